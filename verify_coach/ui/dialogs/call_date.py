"""Set the date and time of the verification call, and its type (``core/calltypes.py``)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from ...core.calltypes import CALL_TYPES, DEFAULT_CALL_TYPE
from ..widgets.checklist import call_type_name


class CallDateDialog(QDialog):
    def __init__(self, current: datetime | None, parent: QWidget | None = None, *,
                 call_type: str = DEFAULT_CALL_TYPE):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Date of your call"))
        self.cleared = False
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(self.tr("When is your verification call? (your local time)")))
        self.edit = QDateTimeEdit(calendarPopup=True)
        self.edit.setAccessibleName(self.tr("Call date and time"))
        self.edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        start = (current or datetime.now(UTC) + timedelta(days=3)).astimezone()
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        self.edit.setMinimumDateTime(QDateTime.currentDateTime().addDays(-1))
        lay.addWidget(self.edit)
        form = QFormLayout()
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Type of call"))
        for type_id in CALL_TYPES:
            self.kind.addItem(call_type_name(type_id), type_id)
        self.kind.setCurrentIndex(max(0, self.kind.findData(call_type)))
        form.addRow(self.tr("Type of call"), self.kind)
        lay.addLayout(form)
        hint = QLabel(self.tr("Readiness is the predicted recall of your key facts at this moment."))
        hint.setProperty("muted", True)
        hint.setWordWrap(True)
        lay.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        clear = buttons.addButton(self.tr("Clear date"), QDialogButtonBox.ButtonRole.ResetRole)
        clear.setAccessibleName(self.tr("Clear the call date"))
        clear.clicked.connect(self._clear)
        clear.setEnabled(current is not None)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)

    def _clear(self) -> None:
        self.cleared = True
        self.accept()

    def value(self) -> datetime | None:
        if self.cleared:
            return None
        return datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), UTC)

    def call_type(self) -> str:
        """The id of the chosen type of call (kept when the date is cleared)."""
        return str(self.kind.currentData() or DEFAULT_CALL_TYPE)
