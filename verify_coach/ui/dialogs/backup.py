"""File → Back up… and Restore backup… (the work runs on the worker; the UI shows progress)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..context import AppContext
from ..ops import Changes

translate = QCoreApplication.translate  # lupdate reads the literal context and text of each call


def backup(ctx: AppContext, parent: QWidget) -> None:
    coach = ctx.coach
    if coach is None:
        return
    default = str(Path.home() / f"verify_coach-backup-{datetime.now():%Y-%m-%d}.zip")
    path, _ = QFileDialog.getSaveFileName(parent, translate("Backup", "Back up to"), default,
                                          translate("Backup", "Zip files (*.zip)"))
    if not path:
        return
    status = getattr(parent, "statusBar", lambda: None)()
    if status:
        status.showMessage(translate("Backup", "Backing up…"))

    def done(result: Any) -> None:
        if status:
            status.showMessage(translate("Backup", "Backed up to %1").replace("%1", str(result)), 8000)

    def failed(exc: BaseException) -> None:
        if status:
            status.clearMessage()
        QMessageBox.warning(parent, translate("Backup", "Backup failed"), str(exc))

    from ...core.backup import make_backup

    ctx.run(lambda: make_backup(coach, Path(path)), success=done, failure=failed, name="backup")


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
    coach = ctx.coach
    slow = ctx.prefs.get("slow_seconds")

    def work() -> tuple[Path, Any]:
        from ...core.backup import read_manifest, restore_backup
        from ..app import open_coach

        read_manifest(Path(path))  # refuses a file that is not ours before the store is closed
        if coach is not None:
            coach.store.close()
        kept = restore_backup(Path(path), ctx.data_dir)
        return kept, open_coach(ctx.data_dir, slow)

    def done(result: tuple[Path, Any]) -> None:
        kept, new_coach = result
        ctx.coach = new_coach
        for scr in getattr(parent, "screens", {}).values():
            scr.dirty = True
        ctx.changed(Changes.ALL)
        ctx.bus.navigate.emit("dashboard")
        QMessageBox.information(parent, translate("Backup", "Restored"),
                                translate("Backup", "Backup restored. Your previous data is kept in %1")
                                .replace("%1", str(kept)))

    def failed(exc: BaseException) -> None:
        QMessageBox.warning(parent, translate("Backup", "Cannot restore"), str(exc))
        if ctx.coach is not None and coach is not None:
            from ..app import open_coach

            ctx.run(lambda: open_coach(ctx.data_dir, slow), success=lambda c: setattr(ctx, "coach", c), name="reopen")

    ctx.run(work, success=done, failure=failed, name="restore")
