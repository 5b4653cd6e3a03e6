"""File → Back up… and Restore backup… (the work runs on the worker; the UI shows progress)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.errors import UserError
from ..context import AppContext
from ..i18n import fill
from ..opening import replace_data
from ..widgets.format import file_size

if TYPE_CHECKING:
    from ...core.coach import Coach

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


def backup(ctx: AppContext, parent: QWidget) -> None:
    """Back up; when recordings of spoken answers are kept, ask first whether the backup includes them."""
    ctx.op(parent, lambda coach: coach.recordings_usage(), name="backup-recordings") \
        .success(lambda usage: _backup(ctx, parent, usage)).run()


def _backup(ctx: AppContext, parent: QWidget, usage: tuple[int, int]) -> None:
    count, size = usage
    with_recordings = False
    if count:
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            parent, translate("Backup", "Back up"),
            fill(translate("Backup", "Include the %1 recordings of your spoken answers (%2) in the backup? "
                                     "Without them the backup is smaller; your answers and ratings are in it "
                                     "either way."), str(count), file_size(size)),
            buttons.Yes | buttons.No | buttons.Cancel, buttons.No)
        if answer == buttons.Cancel:
            return
        with_recordings = answer == buttons.Yes
    default = str(Path.home() / f"verify_coach-backup-{datetime.now():%Y-%m-%d}.zip")
    path, _ = QFileDialog.getSaveFileName(parent, translate("Backup", "Back up to"), default,
                                          translate("Backup", "Zip files (*.zip)"))
    if not path:
        return
    ctx.bus.status.emit(translate("Backup", "Backing up…"), 0)

    def done(result: Any) -> None:
        ctx.bus.status.emit(fill(translate("Backup", "Backed up to %1"), str(result)), 10_000)

    def failed(exc: BaseException) -> None:
        ctx.bus.status.emit("", 0)
        if isinstance(exc, (UserError, OSError)):
            QMessageBox.warning(parent, translate("Backup", "Backup failed"), str(exc))

    def work(coach: Coach) -> Path:
        from ...core.backup import make_backup

        return make_backup(coach, Path(path), recordings=with_recordings)

    ctx.op(parent, work, name="backup").expect(OSError).success(done).failure(failed).run()


def restore(ctx: AppContext, parent: QWidget) -> None:
    path, _ = QFileDialog.getOpenFileName(parent, translate("Backup", "Restore backup"), str(Path.home()),
                                          translate("Backup", "Zip files (*.zip)"))
    if not path:
        return
    answer = QMessageBox.question(
        parent,
        translate("Backup", "Restore backup"),
        translate("Backup", "Replace your current profiles and history with this backup? Your current data "
                            "is kept aside in the data folder, not deleted."),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return

    def check() -> None:
        from ...core.backup import read_manifest

        read_manifest(Path(path))  # refuses a file that is not ours before the store is closed

    def replace() -> Path:
        from ...core.backup import restore_backup

        return restore_backup(Path(path), ctx.data_dir)

    def done(kept: Path) -> None:
        QMessageBox.information(parent, translate("Backup", "Restored"),
                                fill(translate("Backup", "Backup restored. Your previous data is kept in %1"), str(kept)))

    def failed(exc: BaseException) -> None:
        if isinstance(exc, (UserError, OSError)):
            QMessageBox.warning(parent, translate("Backup", "Cannot restore"), str(exc))

    replace_data(ctx, parent, replace, check=check, name="restore", screen="dashboard", done=done, failed=failed)
