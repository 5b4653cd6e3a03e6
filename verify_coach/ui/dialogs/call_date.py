"""Set the date and time of the verification call, and its type (``core/calltypes.py``).

The time is to the minute. A time that has passed is refused with a message under the field (OK does
nothing until it is changed); a call date that has passed shows as it is, with that message, rather than
being silently replaced."""

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
from ...core.dates import CallTimeError, check_call_time, to_minute
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
        if current is None:  # three days from now, on the hour
            start = (datetime.now(UTC) + timedelta(days=3)).astimezone().replace(minute=0)
        else:
            start = current.astimezone()
        start = to_minute(start)
        self.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(start.timestamp())))
        lay.addWidget(self.edit)
        self.error = QLabel("", objectName="fieldError")
        self.error.setWordWrap(True)
        lay.addWidget(self.error)
        self.edit.dateTimeChanged.connect(lambda _dt: self._check())
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
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._check()

    def _passed(self) -> bool:
        try:
            check_call_time(self._chosen(), datetime.now(UTC))
        except CallTimeError:
            return True
        return False

    def _check(self) -> bool:
        """Say under the field when the chosen time has passed; True when it is fine."""
        passed = self._passed()
        self.error.setText(self.tr("This time has passed. Choose a date and time still to come.") if passed else "")
        self.error.setVisible(passed)
        return not passed

    def _ok(self) -> None:
        if self._check():
            self.accept()
        else:
            self.edit.setFocus()

    def _clear(self) -> None:
        self.cleared = True
        self.accept()

    def _chosen(self) -> datetime:
        return to_minute(datetime.fromtimestamp(self.edit.dateTime().toSecsSinceEpoch(), UTC))

    def value(self) -> datetime | None:
        """The chosen time, to the minute (None: cleared)."""
        if self.cleared:
            return None
        return self._chosen()

    def call_type(self) -> str:
        """The id of the chosen type of call (kept when the date is cleared)."""
        return str(self.kind.currentData() or DEFAULT_CALL_TYPE)
