"""The end of a practice session: the score, what was missed (with the right answers), the slowest answers."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.belief import belief_of
from ..i18n import fill
from ..icons import icon
from .format import belief_said, belief_truth, seconds
from .layout import plain_label
from .question_card import order_text


def missed_fact_keys(missed: list[dict[str, Any]]) -> list[str]:
    """The facts behind the missed questions, each once, in the order they were missed."""
    out: list[str] = []
    for m in missed:
        for key in m.get("fact_keys", []):
            if key not in out:
                out.append(key)
    return out


translate = QCoreApplication.translate  # lupdate reads the literal context and text


def spoken_said(rating: str | None) -> str:
    """What the user "said" of an answer given aloud: their own rating (or that nothing was heard)."""
    if rating is None:
        return translate("SessionSummaryView", "Answered aloud — nothing was heard")
    return {"right": translate("SessionSummaryView", "Answered aloud — you rated it right"),
            "close": translate("SessionSummaryView", "Answered aloud — you rated it close"),
            "wrong": translate("SessionSummaryView", "Answered aloud — you rated it wrong")}.get(rating, rating)


def _label(text: str, name: str = "", *, wrap: bool = True, strong: bool = False, tone: str = "") -> QLabel:
    lab = plain_label(text)
    if name:
        lab.setObjectName(name)
    lab.setWordWrap(wrap)
    lab.setTextFormat(Qt.TextFormat.PlainText)
    if strong:
        lab.setProperty("strong", True)
    if tone:
        lab.setProperty("tone", tone)
    return lab


class SessionSummaryView(QWidget):
    """Filled by ``set_summary(core.coach.SessionSummary, ...)``; the buttons only emit signals."""

    again_requested = Signal()
    drill_requested = Signal(list)  # fact keys
    dashboard_requested = Signal()
    undo_requested = Signal()
    play_requested = Signal(str)  # the kept recording of a spoken answer ("You said ▶")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.missed_keys: list[str] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(14)

        head = QHBoxLayout()
        head.setSpacing(24)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        self.title = _label(self.tr("Session complete"), "h1")
        titles.addWidget(self.title)
        self.subtitle = _label("", "muted")
        titles.addWidget(self.subtitle)
        head.addLayout(titles, 1)
        score_box = QVBoxLayout()
        score_box.setSpacing(0)
        self.score = _label("", "bigNumber", wrap=False)
        self.score.setAccessibleName(self.tr("Score"))
        self.score.setAlignment(Qt.AlignmentFlag.AlignRight)
        score_box.addWidget(self.score)
        self.percent = _label("", "muted", wrap=False)
        self.percent.setAlignment(Qt.AlignmentFlag.AlignRight)
        score_box.addWidget(self.percent)
        head.addLayout(score_box)
        outer.addLayout(head)

        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget()
        body.setObjectName("summaryBody")
        body.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 8, 0)
        self.body.setSpacing(10)
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)
        outer.addWidget(scroll, 1)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.undo = QPushButton(self.tr("Undo last answer"))
        self.undo.setIcon(icon("undo"))
        self.undo.setAccessibleName(self.tr("Undo last answer"))
        self.undo.setToolTip(self.tr("Remove the last answer from your history and ask that question again (Ctrl+Z)"))
        self.undo.clicked.connect(self.undo_requested.emit)
        row.addWidget(self.undo)
        row.addStretch(1)
        self.dashboard = QPushButton(self.tr("Dashboard"))
        self.dashboard.setAccessibleName(self.tr("Dashboard"))
        self.dashboard.clicked.connect(self.dashboard_requested.emit)
        row.addWidget(self.dashboard)
        self.drill = QPushButton(self.tr("Drill the missed ones"))
        self.drill.setAccessibleName(self.tr("Drill the missed ones"))
        self.drill.clicked.connect(lambda: self.drill_requested.emit(list(self.missed_keys)))
        row.addWidget(self.drill)
        self.again = QPushButton(self.tr("Practise again"), objectName="primary")
        self.again.setAccessibleName(self.tr("Practise again"))
        self.again.clicked.connect(self.again_requested.emit)
        row.addWidget(self.again)
        outer.addLayout(row)
        self.sections: list[QWidget] = []

    def set_summary(self, summary: Any, *, mode_name: str, can_undo: bool, order_prompts: set[str] | None = None,
                    recordings: dict[int, str] | None = None) -> None:
        """``recordings``: attempt id -> the kept audio of that spoken answer (a ▶ plays it)."""
        self.recordings = dict(recordings or {})
        order_prompts = order_prompts or set()
        asked, correct = int(summary.asked), int(summary.correct)
        self.subtitle.setText(mode_name)
        self.score.setText(fill(self.tr("%1 of %2"), str(correct), str(asked)))
        if asked:
            pct = round(100 * correct / asked)
            self.percent.setText(fill(self.tr("%1% right"), str(pct)))
        else:
            self.percent.setText(self.tr("no answers"))
        self.missed_keys = missed_fact_keys(list(summary.missed))
        self.drill.setEnabled(bool(self.missed_keys))
        self.drill.setText(
            fill(self.tr("Drill the missed ones (%1)"), str(len(summary.missed)))
            if summary.missed else self.tr("Drill the missed ones")
        )
        self.undo.setVisible(can_undo)
        self._clear()
        explain = list(getattr(summary, "explain", ()))
        if not asked and explain:  # a "be ready to explain" session: no fact question
            self.score.setText(fill(self.tr("%1 of %2"), str(sum(r.rating == "good" for r in explain)),
                                    str(len(explain))))
            self.percent.setText(self.tr("rated good"))
        elif not asked:
            self._add(_label(self.tr("You ended the session before answering a question. Nothing was recorded."),
                             "muted"))
        elif not summary.missed:
            self._add(_label(self.tr("Nothing missed: every answer was right."), "h2"))
        else:
            self._add(_label(self.tr("What you missed"), "h2"))
            for m in summary.missed:
                self._add(self._missed_card(m, m["prompt"] in order_prompts))
        if summary.slowest and asked:
            self._add(_label(self.tr("Slowest answers"), "h2"))
            self._add(self._slowest(summary.slowest))
        self.body.addStretch(1)
        self.set_explain(explain)

    def set_explain(self, records: list[Any]) -> None:
        """The "be ready to explain" questions of the session (``core.explain.ExplainRecord``), each with
        the user's rating and the points left out; after the fact sections."""
        if not records:
            return
        names = {"good": self.tr("Good"), "okay": self.tr("Okay"), "poor": self.tr("Poor")}
        stretch = self.body.takeAt(self.body.count() - 1)  # the stretch set_summary ended with
        del stretch
        self._add(_label(self.tr("Be ready to explain"), "h2"))
        for r in records:
            card = QFrame(objectName="card")
            lay = QVBoxLayout(card)
            lay.setContentsMargins(16, 12, 16, 12)
            lay.setSpacing(4)
            lay.addWidget(_label(r.question.prompt, strong=True))
            lay.addWidget(_label(fill(self.tr("Your rating: %1"), names.get(r.rating, r.rating)),
                                 tone="bad" if r.rating == "poor" else "good" if r.rating == "good" else ""))
            if r.missed:
                lay.addWidget(_label(fill(self.tr("Left out: %1"), "; ".join(r.missed)), "muted"))
            self._add(card)
        self.body.addStretch(1)

    def _clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()

    def _add(self, w: QWidget) -> None:
        self.body.addWidget(w)

    def _missed_card(self, m: dict[str, Any], is_order: bool) -> QWidget:
        card = QFrame(objectName="card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(16, 12, 16, 12)
        lay.setSpacing(4)
        lay.addWidget(_label(m["prompt"], strong=True))
        given = order_text(m.get("answer") or "") if is_order else (m.get("answer") or "")
        expected = order_text(m["expected"]) if is_order else m["expected"]
        belief = belief_of(m.get("form", ""), m["prompt"], m.get("answer") or "", m["expected"])
        if m.get("spoken"):
            said_text = spoken_said(m.get("self_rating"))
            right_text = fill(self.tr("Right answer: %1"), expected)
        elif belief is not None:  # true or false: what the user believed, never "You said: True"
            said_text, right_text = belief_said(belief), belief_truth(belief, m.get("value") or "")
        else:
            said_text = fill(self.tr("You said: %1"), given or self.tr("(no answer)"))
            right_text = fill(self.tr("Right answer: %1"), expected)
        said = _label(said_text, tone="bad")
        said.setAccessibleName(self.tr("Your answer"))
        right = _label(right_text, tone="good")
        right.setAccessibleName(self.tr("Right answer"))
        path = self.recordings.get(int(m.get("attempt_id") or 0))
        if path:
            row = QHBoxLayout()
            row.addWidget(said, 1)
            play = QPushButton(self.tr("▶ You said"))
            play.setAccessibleName(fill(self.tr("Play what you said: %1"), m["prompt"]))
            play.clicked.connect(lambda _=False, p=path: self.play_requested.emit(p))
            row.addWidget(play)
            lay.addLayout(row)
        else:
            lay.addWidget(said)
        lay.addWidget(right)
        return card

    def _slowest(self, slowest: list[dict[str, Any]]) -> QWidget:
        card = QFrame(objectName="card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(16, 10, 16, 10)
        lay.setSpacing(6)
        for s in slowest:
            row = QHBoxLayout()
            row.setSpacing(12)
            t = _label(seconds(int(s["latency_ms"])), wrap=False, strong=True)
            t.setMinimumWidth(56)
            row.addWidget(t)
            row.addWidget(_label(s["prompt"]), 1)
            mark = _label(self.tr("right") if s["correct"] else self.tr("missed"), wrap=False,
                          tone="good" if s["correct"] else "bad")
            row.addWidget(mark)
            lay.addLayout(row)
        return card
