"""A "be ready to explain" question in practice: what the agent asks, an optional typed answer, then what a
good answer covers (tick what you said) and the user's own rating, Good / Okay / Poor (1/2/3).

The question and its points are in English (the call is in English); everything else is translated.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .layout import plain_label


class ExplainCard(QFrame):
    """Emits ``answered(text)`` (the text may be empty: answered aloud) and ``rated(rating, covered)``."""

    answered = Signal(str)
    rated = Signal(str, list)  # good | okay | poor, the indexes of the points ticked

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, objectName="card")
        self.points: tuple[str, ...] = ()
        self.boxes: list[QCheckBox] = []
        lay = QVBoxLayout(self)
        lay.setContentsMargins(22, 20, 22, 20)
        lay.setSpacing(10)
        self.kind = plain_label(self.tr("Be ready to explain"), objectName="muted")
        self.kind.setAccessibleName(self.tr("Question type"))
        lay.addWidget(self.kind)
        self.prompt = plain_label("", objectName="h2")
        self.prompt.setWordWrap(True)
        self.prompt.setAccessibleName(self.tr("Question"))
        lay.addWidget(self.prompt)
        self.why = plain_label("", objectName="muted")
        self.why.setWordWrap(True)
        lay.addWidget(self.why)
        self.hint = plain_label(self.tr("Answer out loud as you would on the call, or type your answer (you may leave it "
                                   "empty)."), objectName="muted")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Your answer"))
        self.text.setPlaceholderText(self.tr("Your answer (optional)"))
        self.text.setFixedHeight(90)
        self.text.setTabChangesFocus(True)
        self.text.installEventFilter(self)
        lay.addWidget(self.text)
        row = QHBoxLayout()
        row.addStretch(1)
        self.done = QPushButton(self.tr("I have answered (Ctrl+Enter)"), objectName="primary")
        self.done.setAccessibleName(self.tr("I have answered"))
        self.done.clicked.connect(self._answered)
        row.addWidget(self.done)
        lay.addLayout(row)

        self.covers = QFrame()
        cl = QVBoxLayout(self.covers)
        cl.setContentsMargins(0, 6, 0, 0)
        cl.setSpacing(6)
        cl.addWidget(plain_label(self.tr("What a good answer covers"), objectName="h2"))
        self.tick_hint = plain_label(self.tr("Tick what you covered, then rate your answer."), objectName="muted")
        self.tick_hint.setWordWrap(True)
        cl.addWidget(self.tick_hint)
        self.box_area = QVBoxLayout()
        self.box_area.setSpacing(4)
        cl.addLayout(self.box_area)
        rate = QHBoxLayout()
        rate.setSpacing(8)
        rate.addWidget(plain_label(self.tr("How was your answer?")))
        rate.addStretch(1)
        self.rate_buttons: dict[str, QPushButton] = {}
        for rating, text in (("good", self.tr("1  Good")), ("okay", self.tr("2  Okay")), ("poor", self.tr("3  Poor"))):
            b = QPushButton(text)
            b.setAccessibleName(text)
            b.clicked.connect(lambda _=False, r=rating: self.rate(r))
            rate.addWidget(b)
            self.rate_buttons[rating] = b
        cl.addLayout(rate)
        lay.addWidget(self.covers)
        self.covers.setVisible(False)

    @property
    def rating_shown(self) -> bool:
        return self.covers.isVisible()

    def set_question(self, prompt: str, points: tuple[str, ...], why: str = "") -> None:
        """A new explain question: the answer box, the points hidden until it is answered."""
        self.points = tuple(points)
        self.prompt.setText(prompt)
        self.why.setText(why)
        self.why.setVisible(bool(why))
        self.text.clear()
        self.text.setReadOnly(False)
        self.hint.setVisible(True)
        self.done.setVisible(True)
        self.done.setEnabled(True)
        while self.box_area.count():
            item = self.box_area.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()
        self.boxes = []
        for p in self.points:
            b = QCheckBox(p)
            b.setAccessibleName(p)
            self.box_area.addWidget(b)
            self.boxes.append(b)
        self.covers.setVisible(False)
        for rb in self.rate_buttons.values():
            rb.setEnabled(True)

    def focus_input(self) -> None:
        if self.rating_shown:
            self.rate_buttons["good"].setFocus()
        else:
            self.text.setFocus()

    def _answered(self) -> None:
        if not self.rating_shown:
            self.answered.emit(self.text.toPlainText())

    def show_points(self) -> None:
        """Answered: the text stays (read-only), what a good answer covers shows, to rate against."""
        self.text.setReadOnly(True)
        self.text.setVisible(bool(self.text.toPlainText().strip()))
        self.hint.setVisible(False)
        self.done.setVisible(False)
        self.covers.setVisible(True)
        self.focus_input()

    def covered(self) -> list[int]:
        return [i for i, b in enumerate(self.boxes) if b.isChecked()]

    def rate(self, rating: str) -> None:
        if self.rating_shown:
            for b in self.rate_buttons.values():
                b.setEnabled(False)
            self.rated.emit(rating, self.covered())

    def lock(self) -> None:
        self.done.setEnabled(False)
        for b in self.rate_buttons.values():
            b.setEnabled(False)

    def unlock_rating(self) -> None:
        for b in self.rate_buttons.values():
            b.setEnabled(True)

    def eventFilter(self, obj, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        if obj is self.text and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._answered()
            return True
        return super().eventFilter(obj, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        plain = not (mods & ~Qt.KeyboardModifier.KeypadModifier)
        if self.rating_shown and plain:
            ratings = {int(Qt.Key.Key_1): "good", int(Qt.Key.Key_2): "okay", int(Qt.Key.Key_3): "poor"}
            if int(key) in ratings:
                self.rate(ratings[int(key)])
                event.accept()
                return
        if not self.rating_shown and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and (
                mods & Qt.KeyboardModifier.ControlModifier or not self.text.hasFocus()):
            self._answered()
            event.accept()
            return
        super().keyPressEvent(event)
