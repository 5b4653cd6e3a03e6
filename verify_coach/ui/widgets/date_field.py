"""A partial date typed as text: ``2019``, ``2019-03`` or ``2019-03-14``.

A calendar picker would force a day that the profile does not have, so this is a plain text field
that only accepts digits and dashes in that shape; whether the date exists (``2019-13``) is checked
by the profile's own validation and shown under the field.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QLineEdit, QWidget

from ...core import dates

SHAPE = r"^\d{0,4}(-\d{0,2}(-\d{0,2})?)?$"


class DateField(QLineEdit):
    """A text field for a partial date; ``value()`` is the text as typed, ``problem()`` says what is wrong."""

    def __init__(self, placeholder: str = "YYYY-MM", parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setMaxLength(10)
        self.setValidator(QRegularExpressionValidator(QRegularExpression(SHAPE), self))
        self.setToolTip(
            self.tr("A year (2019), a month (2019-03) or a day (2019-03-14). Leave out what the profile "
                    "does not say: no day is ever made up.")
        )

    def problem(self) -> str | None:
        """The reason the text is not a date, or None (blank is fine)."""
        try:
            dates.parse(self.text())
        except dates.PartialDateError as exc:
            return str(exc)
        return None
