"""An ordered list of short values (skills, categories) or of pairs (language + proficiency).

A table with Add / Remove / Move up / Move down (Alt+Up, Alt+Down). ``changed`` carries the whole
value: ``list[str]`` for one column, ``list[list[str]]`` for two.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill
from .layout import button


class _ChoiceDelegate(QStyledItemDelegate):
    """An editable combo box with suggestions (proficiency levels); any text is allowed."""

    def __init__(self, choices: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.choices = list(choices)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Any) -> QWidget:  # noqa: N802
        box = QComboBox(parent)
        box.setEditable(True)
        box.addItems(self.choices)
        box.setAccessibleName(self.tr("Proficiency"))
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(str(index.data() or ""))

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:  # noqa: N802
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class ListField(QWidget):
    changed = Signal(object)

    def __init__(self, columns: Sequence[str], *, noun: str, choices: Sequence[str] = (),
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.columns = list(columns)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.table = QTableWidget(0, len(self.columns))
        self.table.setHorizontalHeaderLabels(self.columns)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setMinimumHeight(150)
        self.table.setMaximumHeight(190)
        if choices and len(self.columns) > 1:
            self.table.setItemDelegateForColumn(1, _ChoiceDelegate(choices, self.table))
        self.table.itemChanged.connect(lambda _item: self.changed.emit(self.value()))
        self.table.itemSelectionChanged.connect(self._sync_buttons)
        lay.addWidget(self.table, 1)

        side = QVBoxLayout()
        side.setSpacing(4)
        self.add_button = button(self.tr("Add"), fill(self.tr("Add a %1"), noun), self.add_row)
        self.remove_button = button(self.tr("Remove"), fill(self.tr("Remove the selected %1"), noun),
                                          self.remove_row)
        self.up_button = button("↑", fill(self.tr("Move the %1 up (Alt+Up)"), noun),
                                      lambda: self.move_row(-1))
        self.down_button = button("↓", fill(self.tr("Move the %1 down (Alt+Down)"), noun),
                                        lambda: self.move_row(1))
        for b in (self.add_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(b)
        side.addStretch(1)
        lay.addLayout(side)
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            sc = QShortcut(QKeySequence(keys), self.table, context=Qt.ShortcutContext.WidgetShortcut)
            sc.activated.connect(lambda d=delta: self.move_row(d))
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(self.remove_row)
        self._sync_buttons()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    # -- value ------------------------------------------------------------------------------
    def value(self) -> list[Any]:
        rows = []
        for r in range(self.table.rowCount()):
            cells = [(item.text() if (item := self.table.item(r, c)) is not None else "")
                     for c in range(len(self.columns))]
            rows.append(cells[0] if len(self.columns) == 1 else cells)
        return rows

    def set_value(self, rows: list[Any]) -> None:
        current = self.table.currentRow()
        self.table.blockSignals(True)
        try:
            self.table.setRowCount(0)
            for row in rows:
                self._append([row] if len(self.columns) == 1 else list(row))
        finally:
            self.table.blockSignals(False)
        if rows and current >= 0:
            self.table.setCurrentCell(min(current, len(rows) - 1), 0)
        self._sync_buttons()

    def _append(self, cells: list[str]) -> int:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c in range(len(self.columns)):
            self.table.setItem(r, c, QTableWidgetItem(str(cells[c]) if c < len(cells) else ""))
        return r

    # -- actions ------------------------------------------------------------------------------
    def add_row(self) -> None:
        self.table.blockSignals(True)
        r = self._append([""] * len(self.columns))
        self.table.blockSignals(False)
        self.table.setCurrentCell(r, 0)
        self.changed.emit(self.value())
        self.table.setFocus()
        item = self.table.item(r, 0)
        if item is not None:
            self.table.editItem(item)

    def remove_row(self) -> None:
        r = self.table.currentRow()
        if r < 0:
            return
        self.table.blockSignals(True)
        self.table.removeRow(r)
        self.table.blockSignals(False)
        if self.table.rowCount():
            self.table.setCurrentCell(min(r, self.table.rowCount() - 1), 0)
        self._sync_buttons()
        self.changed.emit(self.value())

    def move_row(self, delta: int) -> None:
        r = self.table.currentRow()
        to = r + delta
        if r < 0 or not 0 <= to < self.table.rowCount():
            return
        rows = self.value()
        rows[r], rows[to] = rows[to], rows[r]
        self.set_value(rows)
        self.table.setCurrentCell(to, 0)
        self._sync_buttons()
        self.changed.emit(self.value())

    def _sync_buttons(self) -> None:
        r, n = self.table.currentRow(), self.table.rowCount()
        self.remove_button.setEnabled(r >= 0)
        self.up_button.setEnabled(r > 0)
        self.down_button.setEnabled(0 <= r < n - 1)
