"""File → Back up… and Restore backup… (the work runs on the worker; the UI shows progress)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ...core.errors import UserError
from ..context import AppContext
from ..i18n import fill
from ..opening import replace_data
from ..widgets.format import file_size
from ..widgets.layout import safe_message

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

    def read(_coach: Any) -> dict[str, Any]:  # on the worker: the file is opened and checked there
        from ...core.backup import describe, read_manifest

        return describe(read_manifest(Path(path)))

    def unreadable(exc: BaseException) -> None:
        if isinstance(exc, (UserError, OSError)):
            QMessageBox.warning(parent, translate("Backup", "Cannot restore"), str(exc))

    ctx.op(parent, read, name="restore-read").expect(OSError).success(lambda d: _confirm_restore(ctx, parent, path, d)) \
        .failure(unreadable).run()


def backup_text(info: dict[str, Any]) -> str:
    """Which backup this is: "made on 7 December 2026, 12:46 · 2 profiles: Demo, Lin Mei · 340 answers"."""
    parts = []
    when = info.get("created_at")
    if when is not None:
        local = when.astimezone()
        parts.append(fill(translate("Backup", "made on %1"), QLocale().toString(
            QDateTime.fromSecsSinceEpoch(int(local.timestamp())), QLocale.FormatType.LongFormat)))
    names = info.get("profiles") or []
    if len(names) == 1:
        parts.append(fill(translate("Backup", "1 profile: %1"), names[0]))
    elif names:
        parts.append(fill(translate("Backup", "%1 profiles: %2"), str(len(names)), ", ".join(names)))
    answers = info.get("answers")
    if answers is not None:
        parts.append(translate("Backup", "1 answer") if answers == 1
                     else fill(translate("Backup", "%1 answers"), str(answers)))
    recordings = int(info.get("recordings") or 0)
    if recordings:
        parts.append(translate("Backup", "1 recording") if recordings == 1
                     else fill(translate("Backup", "%1 recordings"), str(recordings)))
    return " · ".join(parts)


def _confirm_restore(ctx: AppContext, parent: QWidget, path: str, info: dict[str, Any]) -> None:
    answer = QMessageBox.question(
        parent,
        translate("Backup", "Restore backup"),
        safe_message(fill(translate("Backup", "Restore “%1”?\n%2\n\nThis replaces your current profiles and history. "
                                              "Your current data is kept aside in the data folder, not deleted."),
                          Path(path).name, backup_text(info))),
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
