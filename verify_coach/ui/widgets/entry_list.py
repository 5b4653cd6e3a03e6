"""The left side of a list section (jobs, schools...): the entries, and Add / Remove / Move up / Move down.

The widget only shows and asks: the screen owns the data, applies each request as one undoable
change and calls :meth:`EntryList.set_entries` with the result.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from .. import theme
from ..i18n import fill
from .layout import button


class EntryList(QWidget):
    current_changed = Signal(int)
    add_requested = Signal()
    remove_requested = Signal(int)
    move_requested = Signal(int, int)  # index, -1 (up) or +1 (down)

    def __init__(self, *, noun: str, add_text: str, add_name: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.noun = noun
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.list = QListWidget()
        self.list.setAccessibleName(fill(self.tr("List of %1 entries"), noun))
        self.list.setSpacing(2)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentRowChanged.connect(self._row_changed)
        lay.addWidget(self.list, 1)
        row = QHBoxLayout()
        row.setSpacing(6)
        self.add_button = button(add_text, add_name or add_text, self.add_requested.emit)
        self.add_button.setObjectName("primary")
        self.remove_button = button(self.tr("Remove"), fill(self.tr("Remove this %1"), noun),
                                          lambda: self.remove_requested.emit(self.current()))
        self.up_button = button("↑", self.tr("Move up (Alt+Up)"), lambda: self._move(-1))
        self.down_button = button("↓", self.tr("Move down (Alt+Down)"), lambda: self._move(1))
        for b in (self.up_button, self.down_button):
            b.setFixedWidth(34)
        row.addWidget(self.add_button, 1)
        row.addWidget(self.remove_button)
        row.addWidget(self.up_button)
        row.addWidget(self.down_button)
        lay.addLayout(row)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.list,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            lambda: self.remove_requested.emit(self.current()) if self.current() >= 0 else None)
        self._sync_buttons()

    def current(self) -> int:
        return self.list.currentRow()

    def count(self) -> int:
        return self.list.count()

    def set_current(self, index: int) -> None:
        self.list.setCurrentRow(index)

    def set_entries(self, titles: list[tuple[str, str]], invalid: set[int], current: int) -> None:
        """Show the entries (name, detail); ``invalid`` entries are marked; select ``current``."""
        bad = QBrush(QColor(theme.colors()["bad"]))
        self.list.blockSignals(True)
        try:
            while self.list.count() > len(titles):
                self.list.takeItem(self.list.count() - 1)
            for i, (name, detail) in enumerate(titles):
                item = self.list.item(i)
                if item is None:
                    item = QListWidgetItem()
                    self.list.addItem(item)
                text = ("⚠ " if i in invalid else "") + name + (f"\n{detail}" if detail else "")
                if item.text() != text:
                    item.setText(text)
                item.setSizeHint(QSize(0, 46 if detail else 30))
                item.setForeground(bad if i in invalid else QBrush())
                item.setToolTip(self.tr("This entry has a problem to fix") if i in invalid else "")
            if titles:
                self.list.setCurrentRow(min(max(current, 0), len(titles) - 1))
        finally:
            self.list.blockSignals(False)
        self._sync_buttons()

    def _row_changed(self, row: int) -> None:
        self._sync_buttons()
        if row >= 0:
            self.current_changed.emit(row)

    def _move(self, delta: int) -> None:
        i = self.current()
        if i >= 0 and 0 <= i + delta < self.count():
            self.move_requested.emit(i, delta)

    def _sync_buttons(self) -> None:
        i, n = self.current(), self.count()
        self.remove_button.setEnabled(i >= 0)
        self.up_button.setEnabled(i > 0)
        self.down_button.setEnabled(0 <= i < n - 1)
