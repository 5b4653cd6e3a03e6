"""One practice question as a card, and the feedback shown under it once it is answered.

The card is built once and refilled for every question (``set_question``): nothing is created on
the way from one question to the next, so "Enter -> next question" stays instant. It knows three
ways of answering, after ``Question.answer_kind``:

- typed (date, money, number, name, text, list): a line edit;
- ``choice`` (multiple choice, true or false, "which came first"): big numbered buttons;
- ``order`` (timeline): a list to reorder by dragging or with Alt+Up / Alt+Down.

The card does not grade or store anything: it emits ``submitted(text)`` and the screen does the rest.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .. import theme
from ..i18n import fill
from ..icons import icon
from .format import category_name
from .grading_text import grading_text
from .layout import plain_label

MAX_CHOICES = 6
ORDER_SEPARATOR = "; "


def repolish(w: QWidget) -> None:
    """Re-apply the style sheet after an object name or dynamic property changed."""
    w.style().unpolish(w)
    w.style().polish(w)
    w.update()


def order_text(answer: str) -> str:
    """``"a; b; c"`` -> ``"a → b → c"`` (how an order answer is shown)."""
    items = [s.strip() for s in answer.split(";") if s.strip()]
    return " → ".join(items) if len(items) > 1 else answer


def _informative(feedback: str, order: bool) -> bool:
    """Is the grader's line worth showing next to "Correct answer: ..."? Not when it only repeats it."""
    f = feedback.strip()
    if not f or f in ("Right.", "Right order.", "No answer."):
        return False
    if order and f.startswith("Not quite"):
        return False
    return not (f.startswith("Not quite \u2014 ") and ("the profile says" in f or "it's" in f))


class OrderList(QListWidget):
    """A list to put in order: drag the items, or move the selected one with Alt+Up / Alt+Down."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("orderList")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def set_items(self, items: tuple[str, ...]) -> None:
        self.clear()
        self.addItems(list(items))
        if items:
            self.setCurrentRow(0)
        row = self.sizeHintForRow(0) if items else 36
        self.setFixedHeight(max(1, len(items)) * row + 2 * self.frameWidth() + 8)

    def items(self) -> list[str]:  # type: ignore[override]  # (the texts, in the order shown)
        return [self.item(i).text() for i in range(self.count())]

    def move_current(self, step: int) -> bool:
        row = self.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.count():
            return False
        item = self.takeItem(row)
        self.insertItem(target, item)
        self.setCurrentRow(target)
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            event.accept()
            return
        super().keyPressEvent(event)


class QuestionCard(QFrame):
    """The prompt and the way to answer it. Emits ``submitted(answer_text)``; ``give_up`` for "I don't know"."""

    submitted = Signal(str)
    give_up = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.question: Any = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 22, 28, 22)
        lay.setSpacing(14)
        self.category = plain_label("", objectName="cardTitle")
        lay.addWidget(self.category)
        self.prompt = plain_label("", objectName="prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.prompt.setAccessibleName(self.tr("Question"))
        self.prompt.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        lay.addWidget(self.prompt)

        self.inputs = QStackedWidget()
        # typed
        self.answer = QLineEdit(objectName="answer")
        self.answer.setAccessibleName(self.tr("Answer"))
        self.answer.setPlaceholderText(self.tr("Type your answer as you would say it"))
        self.answer.setClearButtonEnabled(False)
        typed = QWidget()
        tl = QVBoxLayout(typed)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.answer)
        tl.addStretch(1)
        self.inputs.addWidget(typed)
        # choices (built once; extra buttons are hidden)
        choices = QWidget()
        cl = QVBoxLayout(choices)
        cl.setContentsMargins(0, 0, 0, 0)
        cl.setSpacing(8)
        self.choice_buttons: list[QPushButton] = []
        for i in range(MAX_CHOICES):
            b = QPushButton(objectName="choice")
            b.setAccessibleName(fill(self.tr("Choice %1"), str(i + 1)))
            b.setMinimumHeight(44)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            b.clicked.connect(lambda _=False, n=i: self.pick(n))
            cl.addWidget(b)
            self.choice_buttons.append(b)
        cl.addStretch(1)
        self.inputs.addWidget(choices)
        # order
        self.order = OrderList()
        self.order.setAccessibleName(self.tr("Order of the items"))
        order_page = QWidget()
        ol = QVBoxLayout(order_page)
        ol.setContentsMargins(0, 0, 0, 0)
        ol.addWidget(self.order)
        ol.addStretch(1)
        self.inputs.addWidget(order_page)
        # said aloud (a typed question while "Answer aloud" is on)
        from .aloud import ListeningPanel

        self.listening = ListeningPanel()
        self.inputs.addWidget(self.listening)
        self.aloud = False
        self.inputs.currentChanged.connect(lambda _: self._fit_inputs())
        lay.addWidget(self.inputs)

        self.action_row = QWidget()
        row = QHBoxLayout(self.action_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.hint = plain_label("", objectName="muted")
        self.hint.setWordWrap(True)
        row.addWidget(self.hint, 1)
        self.dont_know = QPushButton(self.tr("I don't know"))
        self.dont_know.setAccessibleName(self.tr("I don't know"))
        self.dont_know.setToolTip(self.tr("Count this question as missed and see the answer"))
        self.dont_know.clicked.connect(self.give_up.emit)
        row.addWidget(self.dont_know)
        self.submit = QPushButton(self.tr("Submit"), objectName="primary")
        self.submit.setAccessibleName(self.tr("Submit answer"))
        self.submit.setToolTip(self.tr("Submit (Enter)"))
        self.submit.clicked.connect(self.request_submit)
        row.addWidget(self.submit)
        lay.addWidget(self.action_row)
        self.chosen: int | None = None

    # -------------------------------------------------------------------------------- filling
    @property
    def mode(self) -> str:
        """typed | choice | order"""
        kind = getattr(self.question, "answer_kind", "text")
        return kind if kind in ("choice", "order") else "typed"

    def set_question(self, q: Any) -> None:
        """Show ``q`` fresh: empty answer, nothing picked, inputs enabled."""
        self.question = q
        self.chosen = None
        self.category.setText(category_name(q.category).upper())
        self.prompt.setText(q.prompt)
        mode = self.mode
        if mode == "choice":
            choices = tuple(q.choices or ())
            for i, b in enumerate(self.choice_buttons):
                if i < len(choices):
                    b.setText(f"{i + 1}   {choices[i]}")
                    b.setProperty("state", "")
                    b.setEnabled(True)
                    b.setVisible(True)
                    repolish(b)
                else:
                    b.setVisible(False)
            n = min(len(choices), MAX_CHOICES)
            self.hint.setText(fill(self.tr("Press 1–%1 or click a choice"), str(n)))
            self.inputs.setCurrentIndex(1)
        elif mode == "order":
            self.order.set_items(tuple(q.choices or ()))
            self.order.setEnabled(True)
            self.hint.setText(self.tr("Drag the items, or select one and press Alt+↑ / Alt+↓. Enter submits."))
            self.inputs.setCurrentIndex(2)
        else:
            self.answer.clear()
            self.answer.setReadOnly(False)
            self.answer.setEnabled(True)
            self.hint.setText("" if self.aloud else self.tr("Press Enter to submit"))
            self.inputs.setCurrentIndex(3 if self.aloud else 0)
        self._fit_inputs()
        self.action_row.setVisible(True)
        self.submit.setVisible(mode != "choice" and not self.speaking)
        self.submit.setEnabled(True)
        self.dont_know.setEnabled(True)

    @property
    def speaking(self) -> bool:
        """The current question is answered aloud."""
        return self.aloud and self.mode == "typed"

    def set_aloud(self, on: bool) -> None:
        """Answer typed questions aloud (the listening panel instead of the field), or typed again."""
        self.aloud = on
        if self.question is not None and self.mode == "typed":
            self.inputs.setCurrentIndex(3 if on else 0)
            self.submit.setVisible(not on)
            self.hint.setText("" if on else self.tr("Press Enter to submit"))

    def _fit_inputs(self) -> None:
        page = self.inputs.currentWidget()
        if page is not None:
            self.inputs.setFixedHeight(page.sizeHint().height())

    def focus_input(self) -> None:
        mode = self.mode
        if mode == "choice":
            self.choice_buttons[0].setFocus(Qt.FocusReason.OtherFocusReason)
        elif mode == "order":
            self.order.setFocus(Qt.FocusReason.OtherFocusReason)
        elif self.speaking:
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # keys go to the screen: Enter, 1–3, A
        else:
            self.answer.setFocus(Qt.FocusReason.OtherFocusReason)

    # -------------------------------------------------------------------------------- answering
    def answer_text(self) -> str:
        """What would be submitted now: the typed text, or the order joined with ``"; "``."""
        if self.mode == "order":
            return ORDER_SEPARATOR.join(self.order.items())
        if self.mode == "choice":
            choices = tuple(self.question.choices or ())
            return choices[self.chosen] if self.chosen is not None and self.chosen < len(choices) else ""
        return self.answer.text().strip()

    def pick(self, index: int) -> bool:
        """Pick choice ``index`` (0-based) and submit it. False when there is no such choice."""
        if self.mode != "choice" or not self.isEnabled() or self.chosen is not None:
            return False
        if not 0 <= index < len(self.question.choices or ()):
            return False
        self.chosen = index
        self.submitted.emit(self.answer_text())
        return True

    def focused_choice(self) -> int | None:
        for i, b in enumerate(self.choice_buttons):
            if b.isVisible() and b.hasFocus():
                return i
        return None

    def request_submit(self) -> None:
        """Enter / the Submit button: submit what is there (typed answers must not be empty)."""
        if self.mode == "choice":
            i = self.focused_choice()
            if i is not None:
                self.pick(i)
            return
        text = self.answer_text()
        if not text:
            self.hint.setText(self.tr("Type an answer first, or click “I don't know”."))
            self.answer.setFocus()
            return
        self.submitted.emit(text)

    def lock(self) -> None:
        """After submitting: the answer stays visible but can no longer change."""
        self.answer.setReadOnly(True)
        self.order.setEnabled(False)
        for b in self.choice_buttons:
            b.setEnabled(False)
        self.submit.setEnabled(False)
        self.dont_know.setEnabled(False)

    def settle(self) -> None:
        """Once the feedback shows: the hint and the answer buttons are out of the way."""
        self.action_row.setVisible(False)

    def mark_choices(self, given: str, expected: str) -> None:
        """Colour the right choice green and a wrong pick red."""
        if self.mode != "choice":
            return
        for i, c in enumerate(self.question.choices or ()):
            b = self.choice_buttons[i]
            state = "right" if c == expected else "wrong" if c == given else ""
            b.setProperty("state", state)
            b.setEnabled(bool(state))  # the two that matter stay readable
            repolish(b)


class FeedbackPanel(QFrame):
    """Right or wrong, what you said next to the right answer, why, and the fact it came from."""

    next_requested = Signal()
    undo_requested = Signal()
    override_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("feedbackGood")
        lay = QVBoxLayout(self)
        lay.setContentsMargins(20, 16, 20, 16)
        lay.setSpacing(8)
        head = QHBoxLayout()
        head.setSpacing(10)
        self.mark = plain_label()
        self.mark.setFixedSize(QSize(26, 26))
        head.addWidget(self.mark)
        self.verdict = plain_label("", objectName="good")
        self.verdict.setProperty("size", "big")
        self.verdict.setAccessibleName(self.tr("Result"))
        head.addWidget(self.verdict)
        head.addStretch(1)
        self.latency = plain_label("", objectName="muted")
        self.latency.setAccessibleName(self.tr("Time taken"))
        head.addWidget(self.latency)
        lay.addLayout(head)

        self.given = plain_label("")
        self.given.setWordWrap(True)
        self.given.setAccessibleName(self.tr("Your answer"))
        self.given.setTextFormat(Qt.TextFormat.PlainText)
        self.expected = plain_label("")
        self.expected.setWordWrap(True)
        self.expected.setAccessibleName(self.tr("Correct answer"))
        self.expected.setTextFormat(Qt.TextFormat.PlainText)
        self.expected.setProperty("strong", True)
        self.note = plain_label("")
        self.note.setWordWrap(True)
        self.note.setAccessibleName(self.tr("Feedback"))
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.fact = plain_label("", objectName="muted")
        self.fact.setWordWrap(True)
        self.fact.setAccessibleName(self.tr("Fact"))
        self.fact.setTextFormat(Qt.TextFormat.PlainText)
        for w in (self.given, self.expected, self.note, self.fact):
            lay.addWidget(w)

        row = QHBoxLayout()
        self.override = QPushButton(self.tr("I was right (Ctrl+Shift+R)"))
        self.override.setIcon(icon("check"))
        self.override.setAccessibleName(self.tr("I was right"))
        self.override.setToolTip(self.tr("Your answer was right and the grader missed it: count it as right "
                                         "(rated Hard) and accept this answer from now on. Ctrl+Z takes it back."))
        self.override.clicked.connect(self.override_requested.emit)
        self.override.setVisible(False)
        row.addWidget(self.override)
        row.addStretch(1)
        self.undo = QPushButton(self.tr("Undo (Ctrl+Z)"))
        self.undo.setIcon(icon("undo"))
        self.undo.setAccessibleName(self.tr("Undo last answer"))
        self.undo.setToolTip(self.tr("Remove this answer from your history and ask the question again"))
        self.undo.clicked.connect(self.undo_requested.emit)
        row.addWidget(self.undo)
        self.next = QPushButton(self.tr("Next question (Enter)"), objectName="primary")
        self.next.setAccessibleName(self.tr("Next question"))
        self.next.clicked.connect(self.next_requested.emit)
        row.addWidget(self.next)
        lay.addLayout(row)

    def show_result(
        self, *, correct: bool, given: str, expected: str, feedback: str, fact: str, latency: str,
        order: bool = False, last: bool = False, can_override: bool = False,
        belief: tuple[str, str] | None = None,
    ) -> None:
        """``belief``: for a true-or-false question, what the user believed and what is so (two lines,
        ``format.belief_said`` / ``belief_truth``) shown instead of "You said: True" / "Correct answer: False"."""
        self._shown = dict(correct=correct, given=given, expected=expected, feedback=feedback, fact=fact,
                           latency=latency, order=order, last=last, can_override=can_override, belief=belief)
        self.setObjectName("feedbackGood" if correct else "feedbackBad")
        repolish(self)
        self.verdict.setObjectName("good" if correct else "bad")
        self.verdict.setText(self.tr("Right") if correct else self.tr("Not quite"))
        repolish(self.verdict)
        c = theme.colors()
        color = c["good"] if correct else c["bad"]
        self.mark.setPixmap(icon("check" if correct else "cross", color).pixmap(QSize(26, 26)))
        shown_given = order_text(given) if order else given
        shown_expected = order_text(expected) if order else expected
        if belief is not None:
            self.given.setText(belief[0])
            self.given.setVisible(not correct)
            self.expected.setText(belief[1])
        else:
            self.given.setText(fill(self.tr("You said: %1"), shown_given or self.tr("(no answer)")))
            self.given.setVisible(not correct or shown_given != shown_expected)
            self.expected.setText(fill(self.tr("Correct answer: %1"), shown_expected))
        self.note.setText(grading_text(feedback))  # the grader's English, in the interface language
        self.note.setVisible(belief is None and _informative(feedback, order))
        self.fact.setText(fact)
        self.fact.setVisible(bool(fact))
        self.latency.setText(latency)
        self.next.setText(self.tr("See the summary (Enter)") if last else self.tr("Next question (Enter)"))
        self.undo.setEnabled(True)
        self.override.setVisible(can_override and not correct)
        self.override.setEnabled(True)

    def show_again(self) -> None:
        """The verdict as it was before "I was right" (after Ctrl+Z took the override back)."""
        if getattr(self, "_shown", None):
            self.show_result(**self._shown)  # type: ignore[arg-type]  # (the keywords it was called with)

    def show_overridden(self) -> None:
        """The user said "I was right": the verdict now counts as right."""
        self.setObjectName("feedbackGood")
        repolish(self)
        self.verdict.setObjectName("good")
        self.verdict.setText(self.tr("Marked right by you"))
        repolish(self.verdict)
        self.mark.setPixmap(icon("check", theme.colors()["good"]).pixmap(QSize(26, 26)))
        self.note.setText(self.tr("Counted as right (rated Hard); this answer is accepted for this fact from now on. "
                                  "Ctrl+Z takes it back."))
        self.note.setVisible(True)
        self.override.setVisible(False)

    def show_error(self, message: str) -> None:
        """The answer could not be saved (e.g. the fact left the profile meanwhile)."""
        self.setObjectName("feedbackBad")
        repolish(self)
        self.verdict.setObjectName("bad")
        self.verdict.setText(self.tr("Not saved"))
        repolish(self.verdict)
        self.mark.clear()
        self.given.setText(message)
        self.given.setVisible(True)
        for w in (self.expected, self.note, self.fact):
            w.setVisible(False)
        self.latency.setText("")
        self.undo.setEnabled(False)
