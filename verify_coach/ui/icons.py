"""SVG icons from ``resources/icons``, tinted for the current palette and crisp at any DPI."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..core.paths import resources_dir

ICONS = resources_dir() / "icons"


class _SvgEngine(QIconEngine):
    """Renders the SVG at the exact pixel size asked for (high-DPI screens included)."""

    def __init__(self, data: bytes):
        super().__init__()
        self.data = data
        self.renderer = QSvgRenderer(QByteArray(data))

    def paint(self, painter: QPainter, rect, mode, state) -> None:  # noqa: ANN001
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.4)
        self.renderer.render(painter, rect)

    def pixmap(self, size: QSize, mode, state) -> QPixmap:  # noqa: ANN001
        pm = QPixmap(size)
        pm.fill(Qt.GlobalColor.transparent)
        p = QPainter(pm)
        self.paint(p, pm.rect(), mode, state)
        p.end()
        return pm

    def clone(self) -> QIconEngine:
        return _SvgEngine(self.data)


@lru_cache(maxsize=64)
def _svg(name: str) -> str | None:
    """The icon's SVG text, read from disk once per run (a theme change only re-tints it)."""
    try:
        return (ICONS / f"{name}.svg").read_text(encoding="utf-8")
    except OSError:
        return None


@lru_cache(maxsize=128)
def _icon(name: str, color: str) -> QIcon:
    svg = _svg(name)
    if svg is None:
        return QIcon()
    return QIcon(_SvgEngine(svg.replace("currentColor", color).encode("utf-8")))


def icon(name: str, color: str | None = None) -> QIcon:
    if color is None:
        app = QGuiApplication.instance()
        color = app.palette().color(QPalette.ColorRole.WindowText).name() if app else "#333333"  # type: ignore[attr-defined]
    return _icon(name, color)


def clear_cache() -> None:
    _icon.cache_clear()
