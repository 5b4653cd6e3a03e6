"""Error dialogs: a short message with the details, and the offer of a fresh database."""

from __future__ import annotations

import os
import shutil
import traceback
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.store import DB_FILENAME
from ..i18n import fill

translate = QCoreApplication.translate  # lupdate reads the literal context and text


class ErrorDialog:
    @staticmethod
    def show_exception(parent: QWidget | None, exc: BaseException, log_path: Path | None) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("ErrorDialog", "Something went wrong"))
        short = str(exc).strip() or type(exc).__name__
        box.setText(translate("ErrorDialog",
                              "verify_coach hit an unexpected problem. Your answers so far are saved."))
        info = short
        if log_path:
            where = translate("ErrorDialog", "Details were written to %1")
            info += "\n\n" + fill(where, str(log_path))
        box.setInformativeText(info)
        from ...core.privacy import scrub  # no statement parameters or profile values in the details

        box.setDetailedText(scrub("".join(traceback.format_exception(type(exc), exc, exc.__traceback__))))
        box.setAccessibleName("error-dialog")
        box.exec()


def set_aside(data_dir: Path) -> Path:
    """Move the database (and its -wal/-shm) to a dated folder; never deletes anything."""
    dest = data_dir / f"set-aside-{datetime.now():%Y%m%d-%H%M%S}"
    dest.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(dest, 0o700)  # owner-only: a complete old database (name, birth date, address) goes in here
    for suffix in ("", "-wal", "-shm"):
        src = data_dir / f"{DB_FILENAME}{suffix}"
        if src.exists():
            shutil.move(str(src), str(dest / src.name))
    return dest


def offer_fresh_database(parent: QWidget | None, exc: BaseException, data_dir: Path) -> bool:
    """Explain why the database cannot be opened; offer to start fresh, keeping the old file aside."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("ErrorDialog", "Cannot open your data"))
    box.setText(str(exc))
    box.setInformativeText(
        translate("ErrorDialog", "You can start with a fresh database. The current file will be kept, "
                                 "untouched, in a folder next to it, so nothing is deleted.")
    )
    fresh = box.addButton(translate("ErrorDialog", "Start fresh, keep the old file"),
                          QMessageBox.ButtonRole.AcceptRole)
    box.addButton(translate("ErrorDialog", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(fresh)
    box.exec()
    if box.clickedButton() is not fresh:
        return False
    kept = set_aside(data_dir)
    QMessageBox.information(parent, translate("ErrorDialog", "Old data kept"),
                            fill(translate("ErrorDialog", "Your old data is in %1"), str(kept)))
    return True
