"""A ring gauge for a percentage (readiness), painted with QPainter: cheap enough for the first screen."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from .. import theme


def level(pct: int | None) -> str:
    """The colour level of a percentage: good (>= 80), ok (>= 50), low; the header pill uses the same."""
    if pct is None:
        return "none"
    return "good" if pct >= 80 else "ok" if pct >= 50 else "low"


class RingGauge(QWidget):
    """Shows ``value`` (0..100, or None for "no data") as an arc with the number in the middle."""

    def __init__(
        self, parent: QWidget | None = None, *, diameter: int = 76, thickness: int = 8, show_text: bool = True
    ):
        super().__init__(parent)
        self._value: int | None = None
        self._show_text = show_text
        self._diameter = diameter
        self._thickness = thickness
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFixedSize(QSize(diameter, diameter))

    def value(self) -> int | None:
        return self._value

    def set_value(self, value: int | None) -> None:
        self._value = None if value is None else max(0, min(100, int(value)))
        self.setAccessibleDescription("" if self._value is None else f"{self._value}%")
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._diameter, self._diameter)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        c = theme.colors()
        color = {"good": c["good"], "ok": c["ok"], "low": c["bad"]}.get(level(self._value), c["muted"])
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = self._thickness / 2
        rect = QRectF(half + 1, half + 1, self.width() - self._thickness - 2, self.height() - self._thickness - 2)
        track = QPen(QColor(c["border"]), self._thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
        p.setPen(track)
        p.drawArc(rect, 0, 360 * 16)
        if self._value:
            arc = QPen(QColor(color), self._thickness, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            p.setPen(arc)
            p.drawArc(rect, 90 * 16, -int(self._value * 360 * 16 / 100))
        if not self._show_text:
            p.end()
            return
        font = QFont(self.font())
        font.setPixelSize(max(12, self._diameter // 4))
        font.setBold(True)
        p.setFont(font)
        p.setPen(QColor(c["text"]))
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, "—" if self._value is None else f"{self._value}%")
        p.end()
