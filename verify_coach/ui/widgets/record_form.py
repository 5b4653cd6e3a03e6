"""A form for one record (the identity, the platform profile, one job...) built from field specs.

Labels sit above their fields in two columns (one when the window is narrow); a problem is shown in red right under the field it is
about, and the field is marked ``invalid``. The form never keeps data of its own: ``edited(key,
value)`` reports each change and ``set_values`` shows what the screen holds.

Ctrl+Z / Ctrl+Shift+Z inside a text field go to the editor's undo history, not to the field's own
(so one Ctrl+Z undoes the last edit, whichever field it was in).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..i18n import fill
from ..screens.profile_form import FieldSpec, date_hint
from .date_field import DateField
from .list_field import ListField

TEXT_KINDS = ("text", "date", "number", "int", "csv")


class UndoKeyFilter(QObject):
    """Lets the editor's Undo/Redo shortcuts win over a text field's own undo."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) and (
            event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)
        ):
            event.ignore()
            return True
        return False


def repolish(widget: QWidget) -> None:
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class RecordForm(QWidget):
    edited = Signal(str, object)

    def __init__(self, specs: Sequence[FieldSpec], *, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.section = name
        self.specs = {s.key: s for s in specs if s.kind != "heading"}
        self.editors: dict[str, QWidget] = {}
        self._shown: dict[str, dict[str, str]] = {}  # a choice field: the text shown -> the value kept
        self._editing: str | None = None  # the line field being typed in (its new problems wait)
        self._last_errors: dict[str, str] = {}
        self.errors: dict[str, QLabel] = {}
        self.hints: dict[str, QLabel] = {}
        self.notes: dict[str, QLabel] = {}
        self.badges: dict[str, QLabel] = {}  # the audit's marker next to a field's label (hidden: none)
        self._filter = UndoKeyFilter(self)
        self._grid = grid = QGridLayout(self)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(6)
        self._cells: list[tuple[FieldSpec, QWidget]] = []
        for spec in specs:
            if spec.kind == "heading":
                head = QLabel(self._tr(spec.label), objectName="h2")
                self._cells.append((spec, head))
            else:
                self._cells.append((spec, self._cell(spec)))
        self._columns = 0
        self._place(2)

    def _place(self, columns: int) -> None:
        """Lay the cells out in ``columns`` columns (two, or one when the form is narrow)."""
        if columns == self._columns:
            return
        self._columns = columns
        grid = self._grid
        for _spec, widget in self._cells:
            grid.removeWidget(widget)
        for r in range(grid.rowCount()):
            grid.setRowStretch(r, 0)
        for c in range(2):
            grid.setColumnStretch(c, 1 if c < columns else 0)
        row = col = 0
        for spec, widget in self._cells:
            if spec.kind == "heading":
                if col:
                    row, col = row + 1, 0
                widget.setContentsMargins(0, 10 if row else 0, 0, 2)
                grid.addWidget(widget, row, 0, 1, columns)
                row += 1
                continue
            span = columns if spec.wide else 1
            if span == 2 and col == 1:
                row, col = row + 1, 0
            grid.addWidget(widget, row, col, 1, span, Qt.AlignmentFlag.AlignTop)
            col += span
            if col >= columns:
                row, col = row + 1, 0
        grid.setRowStretch(row + 1, 1)

    ONE_COLUMN_BELOW = 460  # pixels: narrower than this, the fields stack in one column
    NOTE_LINES = 3  # the room a note keeps under its field, shown or not

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._place(1 if self.width() < self.ONE_COLUMN_BELOW else 2)

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("ProfileScreen", text)

    # -- building ---------------------------------------------------------------------------
    def _cell(self, spec: FieldSpec) -> QWidget:
        cell = QWidget()
        lay = QVBoxLayout(cell)
        lay.setContentsMargins(0, 0, 0, 6)
        lay.setSpacing(3)
        label_text = self._tr(spec.label)
        editor = self._editor(spec)
        editor.setObjectName(f"{self.section}.{spec.key}")
        editor.setAccessibleName(label_text)
        editor.setAccessibleDescription(fill(self.tr("Field of the %1 section"), self.section))
        label = QLabel(label_text if spec.kind != "bool" else " ")  # a check box lines up with the fields
        if spec.kind != "bool":
            label.setBuddy(editor)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.setSpacing(6)
        head.addWidget(label)
        badge = QLabel(objectName="auditBadge")
        badge.setFixedSize(16, 16)
        badge.setVisible(False)
        badge.setProperty("severity", "")
        head.addWidget(badge)
        head.addStretch(1)
        self.badges[spec.key] = badge
        lay.addLayout(head)
        lay.addWidget(editor)
        if spec.hint:
            about = QLabel(self._tr(spec.hint))
            about.setProperty("muted", True)
            about.setWordWrap(True)
            editor.setToolTip(about.text())
            lay.addWidget(about)
        # one line kept under every field for its problem (or a date's hint): nothing below moves when it
        # appears, so a click never lands on the wrong field
        slot = QWidget()
        slot_lay = QVBoxLayout(slot)
        slot_lay.setContentsMargins(0, 0, 0, 0)
        slot_lay.setSpacing(0)
        if spec.kind == "date":
            hint = QLabel("")
            hint.setProperty("muted", True)
            hint.setVisible(False)
            slot_lay.addWidget(hint)
            self.hints[spec.key] = hint
        error = QLabel("", objectName="fieldError")
        error.setWordWrap(True)
        error.setVisible(False)
        error.setAccessibleName(fill(self.tr("Problem with %1"), label_text))
        slot_lay.addWidget(error)
        slot.setMinimumHeight(error.fontMetrics().lineSpacing() + 2)
        lay.addWidget(slot)
        if spec.note:
            note = QLabel("", objectName="fieldNote")
            note.setWordWrap(True)
            note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            note.setAccessibleName(fill(self.tr("Note about %1"), label_text))
            note.setMinimumHeight(note.fontMetrics().lineSpacing() * self.NOTE_LINES)  # room kept: no jumping
            lay.addWidget(note)
            self.notes[spec.key] = note
        self.editors[spec.key] = editor
        self.errors[spec.key] = error
        return cell

    def _editor(self, spec: FieldSpec) -> QWidget:
        key = spec.key
        if spec.kind == "bool":
            box = QCheckBox(self._tr(spec.label))
            box.toggled.connect(lambda v: self.edited.emit(key, bool(v)))
            return box
        if spec.kind == "multiline":
            edit = QPlainTextEdit()
            edit.setFixedHeight(110)
            edit.setTabChangesFocus(True)
            edit.installEventFilter(self._filter)
            edit.textChanged.connect(lambda: self.edited.emit(key, edit.toPlainText()))
            return edit
        if spec.kind == "choice":
            combo = QComboBox()
            combo.setEditable(True)
            combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            for c in spec.choices:  # shown in the interface's language, kept as the English value
                combo.addItem(self._tr(c), c)
            self._shown[key] = {self._tr(c): c for c in spec.choices if self._tr(c) != c}
            combo.setCurrentText("")
            line = combo.lineEdit()
            if line is not None:
                line.installEventFilter(self._filter)
                line.setPlaceholderText(spec.placeholder)
            combo.currentTextChanged.connect(lambda t: self.edited.emit(key, self._stored(key, t)))
            return combo
        if spec.kind in ("list", "pairs"):
            lst = ListField([self._tr(c) for c in spec.columns], noun=self._tr(spec.noun), choices=spec.choices)
            lst.changed.connect(lambda v: self.edited.emit(key, v))
            return lst
        field: QLineEdit = DateField(spec.placeholder or "YYYY-MM") if spec.kind == "date" else QLineEdit()
        if spec.kind != "date":
            field.setPlaceholderText(spec.placeholder)
        field.installEventFilter(self._filter)
        field.textChanged.connect(lambda t: self._text_changed(key, t))
        field.textEdited.connect(lambda _t: self._typing(key))
        field.editingFinished.connect(lambda: self._left(key))
        return field

    def _typing(self, key: str) -> None:
        """The user is typing in ``key``: a new problem there waits until they leave the field."""
        if self._editing != key:
            self._editing = key

    def _left(self, key: str) -> None:
        if self._editing == key:
            self._editing = None
            self.set_errors(self._last_errors)

    def _text_changed(self, key: str, text: str) -> None:
        self._update_hint(key)
        self.edited.emit(key, text)

    # -- values -----------------------------------------------------------------------------
    def _stored(self, key: str, text: str) -> str:
        """A choice as the profile keeps it: "护照" picked in the Chinese interface is "Passport"."""
        return self._shown.get(key, {}).get(text, text)

    def value(self, key: str) -> Any:
        ed = self.editors[key]
        if isinstance(ed, QCheckBox):
            return ed.isChecked()
        if isinstance(ed, QPlainTextEdit):
            return ed.toPlainText()
        if isinstance(ed, QComboBox):
            return self._stored(key, ed.currentText())
        if isinstance(ed, ListField):
            return ed.value()
        assert isinstance(ed, QLineEdit)
        return ed.text()

    def set_values(self, values: Mapping[str, Any]) -> None:
        """Show ``values``; fields whose value is already shown are left alone (cursor, selection)."""
        for key, ed in self.editors.items():
            value = values.get(key)
            if self.value(key) == value:
                continue
            ed.blockSignals(True)
            try:
                if isinstance(ed, QCheckBox):
                    ed.setChecked(bool(value))
                elif isinstance(ed, QPlainTextEdit):
                    ed.setPlainText(str(value or ""))
                elif isinstance(ed, QComboBox):
                    text = str(value or "")
                    ed.setCurrentText(next((t for t, v in self._shown.get(key, {}).items() if v == text), text))
                elif isinstance(ed, ListField):
                    ed.set_value(list(value or []))
                elif isinstance(ed, QLineEdit):
                    ed.setText(str(value or ""))
            finally:
                ed.blockSignals(False)
            self._update_hint(key)

    def _update_hint(self, key: str) -> None:
        hint = self.hints.get(key)
        if hint is None:
            return
        text = date_hint(str(self.value(key)))
        hint.setText(text)
        hint.setVisible(bool(text) and not self.errors[key].text())

    def set_errors(self, errors: Mapping[str, str]) -> None:
        """Show each message under its field (``{key: message}``); clear the others. In the field being typed
        in, a problem that was not shown yet waits until the field is left (a half-typed date is not an error);
        one already shown goes as soon as it is fixed."""
        self._last_errors = dict(errors)
        for key, label in self.errors.items():
            message = errors.get(key, "")
            if message and key == self._editing and not label.text():
                message = ""  # shown when the field is left
            if label.text() != message:
                label.setText(message)
            label.setVisible(bool(message))
            ed = self.editors[key]
            target = ed.table if isinstance(ed, ListField) else ed
            if bool(target.property("invalid")) != bool(message):
                target.setProperty("invalid", bool(message))
                repolish(target)
            self._update_hint(key)

    def set_note(self, key: str, text: str) -> None:
        """The note under a field declared with ``note=True`` ("" for none); its room stays either way."""
        note = self.notes[key]
        if note.text() != text:
            note.setText(text)

    def set_badges(self, badges: Mapping[str, tuple[str, str, str]]) -> None:
        """Mark the fields the audit involves: ``{key: (severity, tooltip, accessible text)}``; clear the others."""
        from .audit_panel import severity_icon

        for key, badge in self.badges.items():
            severity, tip, text = badges.get(key, ("", "", ""))
            if badge.property("severity") != severity:
                badge.setProperty("severity", severity)
                if severity:
                    badge.setPixmap(severity_icon(severity).pixmap(16, 16))
                else:
                    badge.clear()
            if badge.toolTip() != tip:
                badge.setToolTip(tip)
                badge.setAccessibleName(text)
            if badge.isHidden() == bool(severity):
                badge.setVisible(bool(severity))

    def badge(self, key: str) -> str:
        """The severity of the audit's marker on a field ("" when none)."""
        return str(self.badges[key].property("severity") or "")

    def note(self, key: str) -> str:
        return self.notes[key].text()

    def error(self, key: str) -> str:
        return self.errors[key].text()

    def editor(self, key: str) -> QWidget:
        return self.editors[key]

    def focus_field(self, key: str) -> None:
        ed = self.editors.get(key)
        if ed is None:
            return
        target = ed.table if isinstance(ed, ListField) else ed
        parent = self.parentWidget()
        while parent is not None and not isinstance(parent, QScrollArea):
            parent = parent.parentWidget()
        if isinstance(parent, QScrollArea):
            area = parent
            area.ensureWidgetVisible(ed, 40, 60)
            # once more after the layout settled (a tab just shown, a panel just opened)

            def again() -> None:
                if shiboken6.isValid(ed) and shiboken6.isValid(area):
                    area.ensureWidgetVisible(ed, 40, 60)

            QTimer.singleShot(0, again)
        target.setFocus()
        if isinstance(target, QLineEdit):
            target.selectAll()
