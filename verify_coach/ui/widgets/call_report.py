"""The report after a mock call: passed or at risk per the call type's rule (and why), wrong answers, slow
answers, the follow-up threads, the ID self-check, the account and open questions with their self-ratings
and the points left out, one click to drill what went wrong, and how many weak facts the profile has after
the call (``CallReport.weak_count``: ``core.stats.weak_facts``, the dashboard's count). A call ended before
any answer says so and nothing else."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...core.facts import spoken_value
from ...core.mockcall import CallReport, FactAnswer, IdCheck
from ...core.names import FINE, compare_id_name
from .. import theme
from ..i18n import fill
from ..icons import icon
from ..names import name_note
from .checklist import call_type_name
from .format import partial_date, seconds
from .layout import plain_label

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def shown_value(value: str) -> str:
    """How a value reads in the report: ISO dates as the interface language writes them, lists with commas."""
    v = (value or "").strip()
    return partial_date(v) if _ISO.match(v) else spoken_value(v, "list")




def id_check_text(c: IdCheck) -> str:
    """A point of the ID self-check, in the interface's language."""
    if c.id == "readable":
        return QCoreApplication.translate("CallReportView", "The whole ID was readable: sharp, no glare, nothing covered")
    if c.id == "photo":
        return QCoreApplication.translate("CallReportView", "The photo on the ID still looks like you today")
    if c.id == "name":
        return fill(QCoreApplication.translate("CallReportView", "The name on the ID is exactly “%1”"), c.value)
    if c.id == "address":
        return (fill(QCoreApplication.translate("CallReportView", "The address on the ID is in %1"), c.value) if c.value
                else QCoreApplication.translate("CallReportView", "The address on the ID matches your profile"))
    return c.text


def minutes(ms: int) -> str:
    s = max(0, ms // 1000)
    return f"{s // 60}:{s % 60:02d}"


class CallReportView(QWidget):
    drill_requested = Signal(list)  # fact keys
    weak_requested = Signal()
    again_requested = Signal()
    dashboard_requested = Signal()
    override_requested = Signal(int)  # attempt id: "I was right"
    undo_override_requested = Signal(int)  # attempt id: take the "I was right" back
    play_requested = Signal(str)  # the kept recording of an answer said aloud ("You said ▶")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.report: CallReport | None = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(12)

        self.banner = QFrame(objectName="feedbackGood")
        bl = QHBoxLayout(self.banner)
        bl.setContentsMargins(20, 16, 20, 16)
        bl.setSpacing(16)
        self.banner_icon = plain_label()
        bl.addWidget(self.banner_icon, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(4)
        self.verdict = plain_label("", objectName="h1")
        self.verdict.setAccessibleName(self.tr("Call result"))
        text.addWidget(self.verdict)
        self.summary = plain_label("")
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Call summary"))
        self.summary.setProperty("size", "lead")
        text.addWidget(self.summary)
        self.reasons = plain_label("")
        self.reasons.setWordWrap(True)
        self.reasons.setAccessibleName(self.tr("Why the call is at risk"))
        text.addWidget(self.reasons)
        bl.addLayout(text, 1)
        outer.addWidget(self.banner)

        buttons = QHBoxLayout()
        buttons.setSpacing(10)
        self.drill_button = QPushButton("", objectName="primary")
        self.drill_button.setAccessibleName(self.tr("Drill the facts from this call"))
        self.drill_button.clicked.connect(self._drill)
        buttons.addWidget(self.drill_button)
        self.again_button = QPushButton(self.tr("New call…"))
        self.again_button.setAccessibleName(self.tr("Start another mock call"))
        self.again_button.clicked.connect(lambda: self.again_requested.emit())
        buttons.addWidget(self.again_button)
        self.dashboard_button = QPushButton(self.tr("Dashboard"))
        self.dashboard_button.setAccessibleName(self.tr("Back to the dashboard"))
        self.dashboard_button.clicked.connect(lambda: self.dashboard_requested.emit())
        buttons.addWidget(self.dashboard_button)
        buttons.addSpacing(8)
        notes = QVBoxLayout()
        notes.setSpacing(2)
        self.drill_note = plain_label("", objectName="muted")
        self.drill_note.setWordWrap(True)
        notes.addWidget(self.drill_note)
        self.weak_note = plain_label("", objectName="muted")
        self.weak_note.setWordWrap(True)
        self.weak_note.setAccessibleName(self.tr("Weak facts"))
        notes.addWidget(self.weak_note)
        buttons.addLayout(notes, 1)
        outer.addLayout(buttons)

        body = QWidget()
        self.body = QVBoxLayout(body)
        self.body.setContentsMargins(0, 0, 6, 0)
        self.body.setSpacing(12)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        cols = QHBoxLayout()
        cols.setSpacing(12)
        self.wrong_card, self.wrong_list = self._card(self.tr("Wrong answers"))
        self.slow_card, self.slow_list = self._card(self.tr("Slow or hesitant answers"))
        cols.addWidget(self.wrong_card, 1, Qt.AlignmentFlag.AlignTop)
        cols.addWidget(self.slow_card, 1, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(cols)
        self.thread_card, self.thread_list = self._card(self.tr("Follow-ups: how the agent dug in"))
        self.body.addWidget(self.thread_card)
        self.id_card, self.id_list = self._card(self.tr("Your ID (your own check)"))
        self.body.addWidget(self.id_card)
        self.explain_card, self.explain_list = self._card(
            self.tr("Be ready to explain: what in your profile the agent asked about (your own rating)"))
        self.body.addWidget(self.explain_card)
        self.open_card, self.open_list = self._card(self.tr("Account and open questions (your own rating)"))
        self.body.addWidget(self.open_card)
        self.empty_note = plain_label(self.tr("The call ended before any question was answered, so there is nothing "
                                         "to report. Start a new call when you are ready."), objectName="muted")
        self.empty_note.setWordWrap(True)
        self.body.addWidget(self.empty_note)
        self.rule = plain_label("", objectName="muted")
        self.rule.setWordWrap(True)
        self.body.addWidget(self.rule)
        self.body.addStretch(1)

    def _card(self, title: str) -> tuple[QFrame, QVBoxLayout]:
        card = QFrame(objectName="card")
        card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        lay = QVBoxLayout(card)
        lay.setContentsMargins(16, 14, 16, 14)
        lay.setSpacing(8)
        head = plain_label(title, objectName="cardTitle")
        lay.addWidget(head)
        items = QVBoxLayout()
        items.setSpacing(10)
        lay.addLayout(items)
        return card, items

    @staticmethod
    def _clear(lay: QVBoxLayout) -> None:
        while lay.count():
            item = lay.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()

    # ------------------------------------------------------------------ filling in
    def show_report(self, report: CallReport, *, duration_ms: int) -> None:
        self.report = report
        c = theme.colors()
        passed = report.passed
        self.banner.setObjectName("feedbackGood" if passed else "feedbackBad")
        self.banner.style().unpolish(self.banner)
        self.banner.style().polish(self.banner)
        self.banner_icon.setPixmap(
            icon("check" if passed else "cross", c["good"] if passed else c["bad"]).pixmap(QSize(40, 40)))
        self.verdict.setText(fill(self.tr("Passed — %1"), call_type_name(report.call_type)) if passed
                             else fill(self.tr("At risk — %1"), call_type_name(report.call_type)))
        theme.mark(self.verdict, tone="good" if passed else "bad")
        empty = report.empty
        for w in (self.wrong_card, self.slow_card, self.rule):
            w.setVisible(not empty)
        self.empty_note.setVisible(empty)
        parts = []
        if report.identity_total:
            parts.append(fill(self.tr("Identity %1 of %2"), str(report.identity_right), str(report.identity_total)))
        if report.total:
            pct = round(100 * report.right / report.total)
            parts.append(fill(self.tr("All facts %1 of %2 (%3%)"), str(report.right), str(report.total), str(pct)))
        if not empty:
            parts.append(fill(self.tr("%1 slow or hesitant"), str(len(report.slow))))
        if report.follow_ups:
            parts.append(fill(self.tr("%1 follow-ups"), str(report.follow_ups)))
        if report.repeats:
            parts.append(fill(self.tr("asked to repeat %1×"), str(report.repeats)))
        parts.append(fill(self.tr("call time %1"), minutes(duration_ms)))
        self.summary.setText(" · ".join(parts))
        self.reasons.setText("\n".join("• " + self._reason(r) for r in report.reasons))
        self.reasons.setVisible(bool(report.reasons))

        n = len(report.drill_keys)
        if n:
            self.drill_button.setText(fill(self.tr("Drill these %1 facts"), str(n)) if n != 1
                                      else self.tr("Drill this fact"))
            self.drill_note.setText(self.tr("Drill next: the facts you missed or answered slowly on this call."))
        else:
            self.drill_button.setText(self.tr("Practise weak facts"))
            self.drill_note.setText(self.tr("Nothing from this call to drill — keep your weak facts fresh."))
        self.drill_button.setAccessibleName(self.tr("Drill the facts from this call") if n
                                            else self.tr("Practise weak facts"))
        weak = report.weak_count
        self.weak_note.setText(
            "" if weak is None else self.tr("No weak facts after this call.") if weak == 0
            else fill(self.tr("Weak facts after this call: %1"), str(weak)))
        self.weak_note.setVisible(weak is not None)

        self._fill_wrong(report)
        self._fill_slow(report)
        self._fill_threads(report)
        self._fill_id(report)
        self._fill_open(report)
        r = report.rule
        ident = (self.tr("every identity answer is right") if r.identity_min >= 1
                 else fill(self.tr("at least %1% of the identity answers are right"), str(round(r.identity_min * 100))))
        self.rule.setText(
            fill(self.tr("How the result is decided for this type of call: passed when %1, at least %2% of all "
                         "answers are right, no more than %3 answers are slow or hesitant, no more than %4 open "
                         "answers are rated poor, every point of the ID check held (when the call has one), and "
                         "the whole call was answered. Open questions are not graded facts; they are not counted "
                         "in your statistics."), ident, str(round(r.overall_min * 100)), str(r.max_slow),
                 str(r.max_poor_open)))

    def _fill_threads(self, report: CallReport) -> None:
        self._clear(self.thread_list)
        self.thread_card.setVisible(bool(report.threads))
        for t in report.threads:
            w = QWidget()
            lay = QVBoxLayout(w)
            lay.setContentsMargins(0, 0, 0, 0)
            lay.setSpacing(2)
            for n, a in enumerate(t.answers):
                given = self._given(a)
                mark = "✓" if a.correct else "✗"
                text = f"{'' if n == 0 else '↳ '}{a.prompt}  {mark} {given}"
                if not a.correct:
                    text += "  · " + fill(self.tr("Profile: %1"), shown_value(a.expected))
                lab = plain_label(text, objectName="" if a.correct else "bad")
                lab.setWordWrap(True)
                if n == 0:
                    lab.setProperty("strong", True)
                if a.recording:
                    row = QHBoxLayout()
                    row.addWidget(lab, 1)
                    row.addWidget(self._play_button(a))
                    lay.addLayout(row)
                else:
                    lay.addWidget(lab)
            if not any(not a.correct for a in t.answers):
                lay.addWidget(self._note(self.tr("Every answer in this thread matched your profile.")))
            self.thread_list.addWidget(w)

    def _fill_id(self, report: CallReport) -> None:
        self._clear(self.id_list)
        idc = report.id_check
        self.id_card.setVisible(idc is not None)
        if idc is None:
            return
        for c in idc.checks:
            ok = c.id in idc.ticked
            self.id_list.addWidget(self._entry(("✓ " if ok else "✗ ") + id_check_text(c), "", "", bad=not ok))
        check = compare_id_name(idc.full_name, idc.id_name)
        if check.status not in FINE:
            self.id_list.addWidget(self._entry(
                self.tr("The names differ"), name_note(check, idc.full_name, idc.id_name), "", bad=True))

    def _reason(self, code: str) -> str:
        r = self.report
        assert r is not None
        return {
            "identity": self.tr("An identity answer was wrong — an agent checks these first and expects them "
                                "exactly."),
            "overall": fill(self.tr("Fewer than %1% of your answers were right."), str(round(r.rule.overall_min * 100))),
            "slow": fill(self.tr("%1 answers came slowly or after a pause; on a call, hesitation looks like "
                            "uncertainty."), str(len(r.slow))),
            "open": fill(self.tr("You rated %1 open answers poor: rehearse them aloud."), str(len(r.poor_open))),
            "incomplete": fill(self.tr("The call ended early: %1 of %2 questions answered."), str(r.total), str(r.planned)),
            "id_check": self.tr("A point of your ID check did not hold — fix it before the call."),
            "empty": self.tr("No question was answered."),
        }.get(code, code)

    def _fill_wrong(self, report: CallReport) -> None:
        self._clear(self.wrong_list)
        if not report.wrong and not any(a.overridden for a in report.answers):
            self.wrong_list.addWidget(self._note(self.tr("None — every answer matched your profile.")))
            return
        for a in report.wrong:
            given = self._given(a)
            entry = self._entry(
                a.shown_prompt,
                given if a.spoken else fill(self.tr("You said: %1"), given),
                fill(self.tr("Profile: %1"), shown_value(a.expected)),
                bad=True,
            )
            if a.recording:
                self._side_button(entry, self._play_button(a))
            elif a.given.strip() and a.attempt_id and not a.spoken:
                button = QPushButton(self.tr("I was right"))
                button.setAccessibleName(fill(self.tr("I was right: %1"), a.shown_prompt))
                button.setToolTip(self.tr("Your answer was right and the grader missed it: count it as right "
                                          "(rated Hard) and accept this answer from now on."))
                button.clicked.connect(lambda _=False, i=a.attempt_id: self.override_requested.emit(i))
                self._side_button(entry, button)
            self.wrong_list.addWidget(entry)
        for a in (x for x in self._all_answers(report) if x.overridden):
            entry = self._entry(a.shown_prompt, fill(self.tr("You said: %1 — marked right by you"), a.given), "",
                                bad=False)
            button = QPushButton(self.tr("Undo"))
            button.setAccessibleName(fill(self.tr("Undo I was right: %1"), a.shown_prompt))
            button.clicked.connect(lambda _=False, i=a.attempt_id: self.undo_override_requested.emit(i))
            self._side_button(entry, button)
            self.wrong_list.addWidget(entry)

    def _given(self, a: FactAnswer) -> str:
        """What the user answered, as the report shows it (a spoken answer: their own rating)."""
        if a.spoken:
            from .session_summary import spoken_said

            return spoken_said(a.self_rating)
        return a.given.strip() or self.tr("(no answer)")

    def _play_button(self, a: FactAnswer) -> QPushButton:
        button = QPushButton(self.tr("▶ You said"))
        button.setAccessibleName(fill(self.tr("Play what you said: %1"), a.shown_prompt))
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        button.clicked.connect(lambda _=False, p=a.recording: self.play_requested.emit(p))
        return button

    @staticmethod
    def _side_button(entry: QWidget, button: QPushButton) -> None:
        grid = entry.layout()
        assert isinstance(grid, QGridLayout)
        grid.setColumnStretch(0, 1)
        button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        grid.addWidget(button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignTop)

    @staticmethod
    def _all_answers(report: CallReport) -> list[FactAnswer]:
        return list(report.answers)

    def _fill_slow(self, report: CallReport) -> None:
        self._clear(self.slow_list)
        if not report.slow:
            self.slow_list.addWidget(self._note(self.tr("None — you started answering in time every time.")))
            return
        for s in report.slow:
            a: FactAnswer = s.answer
            bits = []
            if "hesitated" in s.reasons:
                bits.append(fill(self.tr("started after %1"), seconds(a.hesitation_ms)))
            if "slow" in s.reasons:
                bits.append(fill(self.tr("answered in %1"), seconds(a.latency_ms)))
            self.slow_list.addWidget(self._entry(a.shown_prompt, " · ".join(bits), "", bad=False))

    def _fill_open(self, report: CallReport) -> None:
        """The open answers, the audit's "be ready to explain" ones in a card of their own."""
        self._clear(self.open_list)
        self._clear(self.explain_list)
        explain = [o for o in report.open if o.question.phase == "explain"]
        self.explain_card.setVisible(bool(explain))
        self.open_card.setVisible(len(explain) < len(report.open))
        names = {"good": self.tr("Good"), "okay": self.tr("Okay"), "poor": self.tr("Poor")}
        for o in report.open:
            tip = "" if o.rating == "good" else fill(self.tr("A good answer: %1"), o.question.tips)
            if o.missed:
                tip = fill(self.tr("Left out: %1"), "; ".join(o.missed))
            (self.explain_list if o.question.phase == "explain" else self.open_list).addWidget(self._entry(
                o.prompt, fill(self.tr("Your rating: %1"), names.get(o.rating, o.rating)), tip,
                bad=o.rating == "poor"))

    def _note(self, text: str) -> QLabel:
        lab = plain_label(text, objectName="muted")
        lab.setWordWrap(True)
        return lab

    def _entry(self, prompt: str, line1: str, line2: str, *, bad: bool) -> QWidget:
        w = QWidget()
        g = QGridLayout(w)
        g.setContentsMargins(0, 0, 0, 0)
        g.setHorizontalSpacing(8)
        g.setVerticalSpacing(2)
        p = plain_label(prompt)
        p.setWordWrap(True)
        p.setProperty("strong", True)
        g.addWidget(p, 0, 0)
        if line1:
            a = plain_label(line1, objectName="bad" if bad else "")
            a.setWordWrap(True)
            g.addWidget(a, 1, 0)
        if line2:
            b = plain_label(line2, objectName="muted")
            b.setWordWrap(True)
            g.addWidget(b, 2, 0)
        return w

    def _drill(self) -> None:
        if self.report is not None and self.report.drill_keys:
            self.drill_requested.emit(list(self.report.drill_keys))
        else:
            self.weak_requested.emit()
