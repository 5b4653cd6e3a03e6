"""Practice: one question at a time, answered from the keyboard, with instant feedback and a summary.

States (``self.state``)::

    idle -> loading -> question -> saving -> feedback -> question ... -> ending -> summary
     (start panel)                  (answer being committed)

``empty`` replaces ``idle`` when the profile has no facts. Every answer is committed by the coach
(on the worker) before its feedback shows, so ending or leaving a session never loses anything.
Keys: Enter submits / goes on, 1–9 pick a choice, Ctrl+Shift+R "I was right" after a wrong verdict, Ctrl+Z
undoes the last answer (or the "I was right"), Esc ends the session.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import dates
from ...core.belief import belief_of
from .. import theme
from ..context import AppContext
from ..icons import icon
from ..ops import Changes
from ..widgets import format as fmt
from ..widgets.layout import busy_page, centered, empty_page
from ..widgets.question_card import FeedbackPanel, QuestionCard
from ..widgets.session_summary import SessionSummaryView
from .base import Screen

log = logging.getLogger(__name__)

IN_SESSION = ("question", "saving", "feedback")
CONTENT_WIDTH = 780


@dataclass
class AnswerRecord:
    """An answer given in this session (the database has the full attempt)."""

    index: int
    attempt_id: int
    correct: bool
    given: str
    latency_ms: int
    overridden: bool = False


def clock(ms: int) -> str:
    """7300 -> '7.3 s'; 65000 -> '1:05'."""
    if ms < 60_000:
        return f"{ms / 1000:.1f} s"
    secs = ms // 1000
    return f"{secs // 60}:{secs % 60:02d}"




class PracticeScreen(Screen):
    name = "practice"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Practise"))
        self.state = "idle"
        self.mode = "practice"
        self.fact_keys: list[str] | None = None
        self.plan: Any = None
        self.index = 0
        self.records: list[AnswerRecord] = []
        self.summary: Any = None
        self.seed: int | None = None  # tests set it for repeatable sessions
        self._token = 0
        self._end_requested = False
        self._summary_seen = False
        self._leaving = False
        self._message = ""
        self.elapsed = QElapsedTimer()
        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self._tick)
        self.answered_ms = 0

        self.pages = QStackedWidget()
        root = QVBoxLayout(self)
        root.setContentsMargins(32, 24, 32, 20)
        root.addWidget(self.pages)
        self.start_page = self._build_start()
        self.empty_page = self._build_empty()
        self.loading_page = self._build_loading()
        self.session_page = self._build_session()
        self.summary_page = self._build_summary()
        for p in (self.start_page, self.empty_page, self.loading_page, self.session_page, self.summary_page):
            self.pages.addWidget(p)

        ctx.bus.on(Changes.PROFILE | Changes.CALL, self._outside_change)
        ctx.bus.on(Changes.PREFS, self._prefs_changed)

    # ================================================================================= building
    def _build_start(self) -> QWidget:
        page = QWidget()
        col = QWidget()
        lay = QVBoxLayout(col)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(QLabel(self.tr("Practise your profile"), objectName="h1"))
        self.start_info = QLabel("", objectName="muted")
        self.start_info.setWordWrap(True)
        lay.addWidget(self.start_info)
        self.start_message = QLabel("", objectName="fieldError")
        self.start_message.setWordWrap(True)
        self.start_message.setStyleSheet("font-size: 14px;")
        self.start_message.setVisible(False)
        lay.addWidget(self.start_message)
        lay.addSpacing(6)
        cards = QHBoxLayout()
        cards.setSpacing(14)
        self.mode_buttons: dict[str, QPushButton] = {}
        for mode, ico, title, text, button, shortcut in (
            ("practice", "practice", self.tr("Practise"),
             self.tr("A mix of what is due, what you got wrong and new facts, spaced for the long run."),
             self.tr("Start practice"), "Ctrl+P"),
            ("weak", "review", self.tr("Weak facts"),
             self.tr("Only the facts you missed recently, missed unexpectedly or answered slowly."),
             self.tr("Practise weak facts"), "Ctrl+W"),
            ("cram", "clock", self.tr("Cram before the call"),
             self.tr("The facts you are least likely to recall on the call; your long-term schedule is untouched."),
             self.tr("Cram before the call"), "Ctrl+Shift+C"),
        ):
            card = QFrame(objectName="card")
            cl = QVBoxLayout(card)
            cl.setContentsMargins(18, 18, 18, 18)
            cl.setSpacing(8)
            pic = QLabel()
            pic.setPixmap(icon(ico, theme.colors()["accent"]).pixmap(QSize(30, 30)))
            cl.addWidget(pic)
            cl.addWidget(QLabel(title, objectName="h2"))
            body = QLabel(text)
            body.setWordWrap(True)
            body.setProperty("muted", True)
            cl.addWidget(body, 1)
            b = QPushButton(f"{button}  ({shortcut})", objectName="primary" if mode == "practice" else "")
            b.setAccessibleName(button)
            b.clicked.connect(lambda _=False, m=mode: self.start(m, None))
            cl.addWidget(b)
            cards.addWidget(card, 1)
            self.mode_buttons[mode] = b
        lay.addLayout(cards)
        lay.addSpacing(6)

        length = QHBoxLayout()
        length.setSpacing(10)
        lab = QLabel(self.tr("Questions per session:"))
        length.addWidget(lab)
        self.length_box = QSpinBox()
        self.length_box.setRange(3, 100)
        self.length_box.setValue(self._session_length())
        self.length_box.setAccessibleName(self.tr("Questions per session"))
        self.length_box.setMinimumWidth(80)
        self.length_box.valueChanged.connect(lambda v: self.ctx.prefs.set("session_length", int(v)))
        lab.setBuddy(self.length_box)
        length.addWidget(self.length_box)
        self.limit_info = QLabel("", objectName="muted")
        length.addSpacing(12)
        length.addWidget(self.limit_info)
        length.addStretch(1)
        self.all_button = QPushButton(self.tr("Drill all facts, trivia too"))
        self.all_button.setAccessibleName(self.tr("Drill all facts"))
        self.all_button.setToolTip(self.tr("Every fact of the profile, with the ones an agent rarely asks (counts, "
                                           "ratings, budgets, issuers). They never decide your readiness."))
        self.all_button.clicked.connect(lambda: self.start("all", None))
        length.addWidget(self.all_button)
        lay.addLayout(length)

        self.call_hint = QFrame(objectName="card")
        hl = QHBoxLayout(self.call_hint)
        hl.setContentsMargins(16, 10, 12, 10)
        cal = QLabel()
        cal.setPixmap(icon("calendar", theme.colors()["ok"]).pixmap(QSize(20, 20)))
        hl.addWidget(cal)
        hint = QLabel(self.tr("No call date set yet. Set it so practice and cramming aim at the day of the call."))
        hint.setWordWrap(True)
        hl.addWidget(hint, 1)
        self.call_button = QPushButton(self.tr("Set call date…"))
        self.call_button.setAccessibleName(self.tr("Set the date of the call"))
        self.call_button.clicked.connect(self._edit_call_date)
        hl.addWidget(self.call_button)
        lay.addWidget(self.call_hint)
        lay.addStretch(1)
        keys = QLabel(self.tr("In a session: type and press Enter · 1–4 pick a choice · Enter for the next "
                              "question · Ctrl+Z undoes the last answer · Esc ends the session"), objectName="muted")
        keys.setWordWrap(True)
        lay.addWidget(keys)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(col, 900), 1)
        return page

    def _build_empty(self) -> QWidget:
        return empty_page(
            self.tr("Nothing to practise yet"),
            self.tr("This profile has no facts yet. Fill in your jobs, rates, education and skills, or "
                    "import your profile: every detail becomes a question."),
            [
                (self.tr("Open the profile editor"), self.tr("Open the profile editor"),
                 lambda: self.ctx.bus.navigate.emit("profile")),
                (self.tr("Import profile…"), self.tr("Import profile"), self._import),
            ],
        )

    def _build_loading(self) -> QWidget:
        page, self.loading_label = busy_page(self.tr("Preparing your questions…"), self.tr("Preparing"))
        return page

    def _build_session(self) -> QWidget:
        page = QWidget()
        col = QWidget()
        lay = QVBoxLayout(col)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(12)
        self.progress_label = QLabel("", objectName="h2")
        self.progress_label.setAccessibleName(self.tr("Progress"))
        top.addWidget(self.progress_label)
        self.mode_label = QLabel("", objectName="muted")
        top.addWidget(self.mode_label)
        top.addStretch(1)
        clock_icon = QLabel()
        clock_icon.setPixmap(icon("clock", theme.colors()["muted"]).pixmap(QSize(18, 18)))
        top.addWidget(clock_icon)
        self.timer_label = QLabel("0.0 s")
        self.timer_label.setAccessibleName(self.tr("Time on this question"))
        self.timer_label.setMinimumWidth(64)
        self.timer_label.setStyleSheet("font-size: 18px; font-weight: 600;")
        top.addWidget(self.timer_label)
        self.limit_label = QLabel("", objectName="muted")
        self.limit_label.setAccessibleName(self.tr("Time limit"))
        top.addWidget(self.limit_label)
        lay.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        self.progress.setAccessibleName(self.tr("Session progress"))
        lay.addWidget(self.progress)
        lay.addSpacing(6)

        body = QWidget()
        bl = QVBoxLayout(body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(10)
        self.card = QuestionCard()
        self.card.submitted.connect(self.submit)
        self.card.give_up.connect(lambda: self.submit("", allow_empty=True))
        bl.addWidget(self.card)
        self.feedback = FeedbackPanel()
        self.feedback.next_requested.connect(self.next_question)
        self.feedback.undo_requested.connect(self.undo)
        self.feedback.override_requested.connect(self.override)
        self.feedback.setVisible(False)
        bl.addWidget(self.feedback)
        bl.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setWidget(body)
        lay.addWidget(self.scroll, 1)
        bottom = QHBoxLayout()
        self.status = QLabel("", objectName="muted")
        bottom.addWidget(self.status, 1)
        self.end_button = QPushButton(self.tr("End session (Esc)"))
        self.end_button.setAccessibleName(self.tr("End session"))
        self.end_button.setToolTip(self.tr("Your answers are already saved"))
        self.end_button.clicked.connect(self.end_session)
        bottom.addWidget(self.end_button)
        lay.addLayout(bottom)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(col, CONTENT_WIDTH), 1)
        return page

    def _build_summary(self) -> QWidget:
        page = QWidget()
        self.summary_view = SessionSummaryView()
        self.summary_view.again_requested.connect(lambda: self.start(self.mode, self.fact_keys))
        self.summary_view.drill_requested.connect(lambda keys: self.start("review", keys))
        self.summary_view.dashboard_requested.connect(lambda: self.ctx.bus.navigate.emit("dashboard"))
        self.summary_view.undo_requested.connect(self.undo)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(self.summary_view, CONTENT_WIDTH), 1)
        return page

    # ================================================================================= helpers
    def _session_length(self) -> int:
        return max(1, int(self.ctx.prefs.get("session_length") or 15))

    def _slow_ms(self) -> int:
        return max(1, int(self.ctx.prefs.get("slow_seconds") or 12)) * 1000

    def _limit_s(self) -> int:
        return max(1, int(self.ctx.prefs.get("seconds_per_question") or 20))

    def mode_name(self, mode: str) -> str:
        return {
            "practice": self.tr("Practice"),
            "weak": self.tr("Weak facts"),
            "cram": self.tr("Cram before the call"),
            "review": self.tr("Drilling chosen facts"),
            "all": self.tr("All facts"),
        }.get(mode, mode)

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)

    def _edit_call_date(self) -> None:
        self.ctx.bus.edit_call_date.emit()

    def _import(self) -> None:
        self.ctx.bus.import_profile.emit()

    def _outside_change(self) -> None:
        if self.state in ("idle", "empty") and self.isVisible():
            self._load_start()

    def _prefs_changed(self) -> None:
        self.length_box.blockSignals(True)
        self.length_box.setValue(self._session_length())
        self.length_box.blockSignals(False)

    # ================================================================================= start panel
    def activate(self) -> None:
        self.dirty = False
        self._leaving = False
        if self.state == "summary" and self._summary_seen:
            self.state = "idle"
        if self.state in ("idle", "empty"):
            self._load_start()
        else:
            if self.state == "summary":
                self._summary_seen = True
                self._show_page(self.summary_page)
            self.ready.emit()

    def reload(self) -> None:
        self.activate()

    def _load_start(self) -> None:
        coach = self.ctx.coach
        if coach is None:
            return

        def load() -> dict[str, Any]:
            infos = coach.profiles()
            active = next((p for p in infos if p.active), infos[0] if infos else None)
            weak = 0
            if active is not None and active.facts:
                weak = len(coach.weak_facts(active.name))  # stats.weak_facts: the count every screen shows
            return {"profile": active, "weak": weak}

        token = self._token
        self._run(load, success=lambda info: self._show_start(token, info), name="practice-start")

    def _show_start(self, token: int, info: dict[str, Any]) -> None:
        if token != self._token or self.state not in ("idle", "empty"):
            return
        prof = info["profile"]
        if prof is None or not prof.facts:
            self.state = "empty"
            self._show_page(self.empty_page)
            self.ready.emit()
            return
        self.state = "idle"
        self.length_box.blockSignals(True)
        self.length_box.setValue(self._session_length())
        self.length_box.blockSignals(False)
        weak = int(info["weak"])
        text = self.tr("%1 · %2 facts to rehearse · %3 weak").replace("%1", prof.name)
        self.start_info.setText(text.replace("%2", str(prof.facts)).replace("%3", str(weak)))
        self.limit_info.setText(
            self.tr("Aim to answer within %1 s; past %2 s counts as hesitating.")
            .replace("%1", str(self._limit_s())).replace("%2", str(self._slow_ms() // 1000))
        )
        self.call_hint.setVisible(prof.call_at is None)
        self.start_message.setText(self._message)
        self.start_message.setVisible(bool(self._message))
        self._show_page(self.start_page)
        self.mode_buttons["practice"].setFocus()
        self.ready.emit()

    def _back_to_start(self, message: str) -> None:
        self.state = "idle"
        self._message = message
        self._load_start()

    # ================================================================================= session
    def start(self, mode: str, fact_keys: list[str] | None = None) -> None:
        """Start a session (``practice``, ``weak``, ``cram`` or ``review`` with the facts to drill)."""
        coach = self.ctx.coach
        if coach is None:
            return
        if self.state in (*IN_SESSION, "loading", "undoing", "ending"):
            self._end_quietly()
        self._token += 1
        token = self._token
        self.mode = mode
        self.fact_keys = list(fact_keys) if fact_keys else None
        self.plan, self.index, self.records, self.summary = None, 0, [], None
        self._end_requested = False
        self._message = ""
        self.state = "loading"
        self.loading_label.setText(self.tr("Preparing your questions…"))
        self._show_page(self.loading_page)
        keys = self.fact_keys
        count = len(keys) if keys else self._session_length()
        seed = self.seed

        def make() -> Any:
            return coach.start_session(mode, count, seed=seed, fact_keys=keys)

        self._run(make, success=lambda plan: self._plan_ready(token, plan),
                  failure=lambda exc: self._plan_failed(token, exc), name="start-session")

    def _plan_ready(self, token: int, plan: Any) -> None:
        plan.questions = [q for q in plan.questions if q is not None]
        if token != self._token or self.state != "loading":  # superseded or left meanwhile
            self._end_plan(plan)
            return
        if not plan.questions:
            self._end_plan(plan)
            if self.mode == "weak":
                msg = self.tr("No weak facts yet: practise first, and what you miss or answer slowly shows up here.")
            else:
                msg = self.tr("There is nothing to ask in this mode right now.")
            self._back_to_start(msg)
            return
        self.plan = plan
        self.index = 0
        self.mode_label.setText("· " + self.mode_name(plan.mode))
        self.progress.setRange(0, len(plan.questions))
        self.show_question(0)
        self.ready.emit()

    def _plan_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        from ...core.coach import CoachError

        if isinstance(exc, CoachError):
            self._back_to_start(str(exc))
            return
        self.state = "idle"
        self._load_start()
        self.ctx.tasks.error.emit(exc)

    def _end_plan(self, plan: Any) -> None:
        coach = self.ctx.coach
        if coach is not None:
            self._run(lambda: coach.end_session(plan), name="end-empty-session")

    def show_question(self, index: int) -> None:
        """Show question ``index`` fresh, start its clock. Nothing heavy: the plan holds every question."""
        q = self.plan.questions[index]
        n = len(self.plan.questions)
        self.index = index
        self.state = "question"
        self.progress_label.setText(self.tr("Question %1 of %2").replace("%1", str(index + 1)).replace("%2", str(n)))
        self.progress.setValue(index)
        self.feedback.setVisible(False)
        self.card.set_question(q)
        self.scroll.verticalScrollBar().setValue(0)
        self.limit_label.setText(self.tr("/ aim for %1 s").replace("%1", str(self._limit_s())))
        self.status.setText("")
        self._show_page(self.session_page)
        self.card.focus_input()
        self.answered_ms = 0
        self._set_timer_level("")
        self.elapsed.start()
        self.ticker.start()
        self._tick()

    def current_question(self) -> Any:
        return self.plan.questions[self.index] if self.plan is not None else None

    def _tick(self) -> None:
        ms = self.elapsed.elapsed() if self.state == "question" and self.elapsed.isValid() else self.answered_ms
        self.timer_label.setText(clock(ms))
        if ms >= self._limit_s() * 1000:
            level = "over"
        elif ms >= self._slow_ms():
            level = "slow"
        else:
            level = ""
        self._set_timer_level(level)

    def _set_timer_level(self, level: str) -> None:
        if self.timer_label.property("level") == level:
            return
        self.timer_label.setProperty("level", level)
        c = theme.colors()
        color = {"slow": c["ok"], "over": c["bad"]}.get(level, c["text"])
        self.timer_label.setStyleSheet(f"font-size: 18px; font-weight: 600; color: {color};")
        self.limit_label.setStyleSheet(f"color: {c['bad']};" if level == "over" else "")

    def submit(self, text: str, allow_empty: bool = False) -> None:
        """Grade and record the answer on the worker; the feedback shows once it is committed."""
        if self.state != "question" or self.plan is None:
            return
        text = text.strip()
        if not text and not allow_empty:
            return
        latency = int(self.elapsed.elapsed())
        self.answered_ms = latency
        self.ticker.stop()
        self._tick()
        self.state = "saving"
        self.card.lock()
        coach, plan, q, index, token = self.ctx.coach, self.plan, self.current_question(), self.index, self._token
        assert coach is not None
        verdict = _choice_verdict(q, text)

        def save() -> Any:
            return coach.answer(plan, q, text, latency, verdict=verdict)

        self._run(save, success=lambda r: self._answered(token, index, text, r),
                  failure=lambda exc: self._answer_failed(token, exc), name="answer")

    def _answered(self, token: int, index: int, text: str, result: Any) -> None:
        if token != self._token:
            return
        self.records.append(AnswerRecord(index, result.attempt_id, result.verdict.correct, text, result.latency_ms))
        q = self.plan.questions[index]
        fact = self.plan.facts.get(q.fact_keys[0]) if self.plan.facts else None
        fact = fact or result.fact
        expected = _shown_answer(q, result.expected or q.answer)
        value = _shown_value(fact) if fact is not None else ""
        belief = belief_of(q.form, q.prompt, text, result.expected or q.answer)
        lines = None
        if belief is not None:  # true or false: what the user believed, never "You said: True"
            lines = (fmt.belief_said(belief), fmt.belief_truth(belief, value))
            expected = value or expected
        fact_line = ""
        if fact is not None:
            fact_line = (self.tr("From your profile: %1").replace("%1", fact.label) if value == expected
                         else self.tr("From your profile: %1 — %2").replace("%1", fact.label).replace("%2", value))
        self.state = "feedback"
        self.card.mark_choices(text, q.answer)
        self.card.settle()
        self.feedback.show_result(
            correct=result.verdict.correct, given=text, expected=expected,
            feedback=result.verdict.feedback, fact=fact_line, latency=clock(result.latency_ms),
            order=q.answer_kind == "order", last=index + 1 >= len(self.plan.questions),
            can_override=q.answer_kind not in ("choice", "order") and bool(text), belief=lines,
        )
        self.feedback.setVisible(True)
        self.feedback.next.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.scroll.ensureWidgetVisible(self.feedback, 0, 10))
        if self._end_requested:
            self.end_session()

    def _answer_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        from ...core.coach import CoachError

        self.state = "feedback"
        self.feedback.show_error(str(exc) if isinstance(exc, CoachError) else self.tr("The answer could not be saved."))
        self.feedback.setVisible(True)
        self.feedback.next.setFocus()
        if not isinstance(exc, CoachError):
            self.ctx.tasks.error.emit(exc)

    def next_question(self) -> None:
        if self.state != "feedback":
            return
        if self.index + 1 >= len(self.plan.questions):
            self.end_session()
        else:
            self.show_question(self.index + 1)

    def override(self) -> None:
        """"I was right" (Ctrl+Shift+R) after a wrong verdict: count the answer as right, on the worker."""
        if self.state != "feedback" or not self.records or self.plan is None:
            return
        rec = self.records[-1]
        q = self.plan.questions[rec.index]
        if rec.correct or rec.overridden or q.answer_kind in ("choice", "order") or not rec.given:
            return
        coach, plan, token = self.ctx.coach, self.plan, self._token
        assert coach is not None
        self.state = "saving"
        self.feedback.override.setEnabled(False)
        self._run(lambda: coach.override(plan, rec.attempt_id), success=lambda _: self._overridden(token, rec),
                  failure=lambda exc: self._override_failed(token, exc), name="override")

    def _overridden(self, token: int, rec: AnswerRecord) -> None:
        if token != self._token:
            return
        rec.correct, rec.overridden = True, True
        self.state = "feedback"
        self.feedback.show_overridden()
        self.feedback.next.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ctx.changed(Changes.HISTORY)

    def _override_failed(self, token: int, exc: BaseException) -> None:
        if token != self._token:
            return
        from ...core.coach import CoachError

        self.state = "feedback"
        self.feedback.override.setEnabled(True)
        self.status.setText(str(exc) if isinstance(exc, CoachError) else self.tr("That could not be saved."))
        if not isinstance(exc, CoachError):
            self.ctx.tasks.error.emit(exc)

    def undo(self) -> None:
        """Take back the last action: an "I was right" first, else remove the last answer from the
        database and ask that question again, fresh."""
        if self.state not in ("feedback", "summary") or not self.records or self.plan is None:
            return
        coach, plan, token = self.ctx.coach, self.plan, self._token
        assert coach is not None
        if self.records[-1].overridden and self.state == "feedback":
            rec = self.records[-1]
            self.state = "undoing"
            self._run(lambda: coach.undo_last(plan), success=lambda _: self._override_undone(token, rec),
                      name="undo-override")
            return
        from_summary = self.state == "summary"
        self.state = "undoing"
        self._run(lambda: coach.undo_last(plan), success=lambda _: self._undone(token, from_summary),
                  name="undo-answer")

    def _override_undone(self, token: int, rec: AnswerRecord) -> None:
        if token != self._token:
            return
        rec.correct, rec.overridden = False, False
        self.state = "feedback"
        self.feedback.show_again()  # the wrong verdict again; a second Ctrl+Z removes the answer
        self.feedback.next.setFocus(Qt.FocusReason.OtherFocusReason)
        self.ctx.changed(Changes.HISTORY)

    def _undone(self, token: int, from_summary: bool) -> None:
        if token != self._token:
            return
        rec = self.records.pop()
        self.summary = None
        self._summary_seen = False
        self.show_question(rec.index)
        if from_summary:
            self.ctx.changed(Changes.HISTORY)

    def end_session(self) -> None:
        """Esc / End session: show the summary (every answer is already saved)."""
        if self.state == "saving":
            self._end_requested = True
            return
        if self.state not in ("question", "feedback") or self.plan is None:
            return
        self.ticker.stop()
        self.state = "ending"
        coach, plan, token = self.ctx.coach, self.plan, self._token
        assert coach is not None
        self.status.setText(self.tr("Ending the session…"))
        self._run(lambda: coach.end_session(plan), success=lambda s: self._show_summary(token, s),
                  name="end-session")

    def _show_summary(self, token: int, summary: Any) -> None:
        if token != self._token:
            return
        self.summary = summary
        self.state = "summary"
        self._summary_seen = self.isVisible() and not self._leaving
        order_prompts = {q.prompt for q in self.plan.questions if q.answer_kind == "order"}
        n = len(self.plan.questions)
        name = self.mode_name(self.plan.mode)
        if summary.asked < n:
            name = self.tr("%1 · ended after %2 of %3 questions").replace("%1", name).replace(
                "%2", str(summary.asked)).replace("%3", str(n))
        self.summary_view.set_summary(summary, mode_name=name, can_undo=bool(self.records),
                                      order_prompts=order_prompts)
        self._show_page(self.summary_page)
        self.summary_view.again.setFocus()
        self.ctx.changed(Changes.HISTORY)

    def _end_quietly(self) -> None:
        """End the running session without showing its summary (a new one is starting)."""
        self.ticker.stop()
        plan = self.plan
        if plan is not None:
            coach = self.ctx.coach
            assert coach is not None
            self._run(lambda: coach.end_session(plan), success=lambda _: self.ctx.changed(Changes.HISTORY),
                      name="end-session")
        self._token += 1  # a pending answer still commits; its feedback is dropped
        self.plan = None
        self.state = "idle"

    def can_leave(self) -> bool:
        """Leaving mid-session ends it (answers are saved); the summary shows when coming back."""
        if self.state in ("question", "feedback"):
            self._leaving = True
            self.end_session()
        elif self.state == "saving":
            self._leaving = True
            self._end_requested = True
        elif self.state == "loading":
            self._token += 1  # the plan that arrives is ended unseen
            self.state = "idle"
        elif self.state == "summary":
            self._summary_seen = True
        self.ticker.stop()
        return True

    # ================================================================================= keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        plain = not (mods & ~Qt.KeyboardModifier.KeypadModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            focus = QApplication.focusWidget()
            if self.state == "question":
                self.card.request_submit()
            elif self.state == "feedback":
                self.next_question()
            elif isinstance(focus, QPushButton) and self.isAncestorOf(focus) and focus.isEnabled():
                focus.click()  # start panel and summary: Enter presses the focused button
            event.accept()
            return
        if key == Qt.Key.Key_Escape and plain:
            self.end_session()
            event.accept()
            return
        if key == Qt.Key.Key_Z and mods == Qt.KeyboardModifier.ControlModifier:
            self.undo()
            event.accept()
            return
        if key == Qt.Key.Key_R and mods == (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier):
            self.override()
            event.accept()
            return
        if plain and Qt.Key.Key_1 <= key <= Qt.Key.Key_9 and self.state == "question" and self.card.mode == "choice":
            self.card.pick(key - Qt.Key.Key_1)
            event.accept()
            return
        super().keyPressEvent(event)


def _shown_answer(q: Any, answer: str) -> str:
    """A typed date answer in words ("14 March 2019"), everything else as the question has it."""
    if q.answer_kind == "date":
        try:
            return dates.human(answer) or answer
        except dates.PartialDateError:
            return answer
    return answer


def _shown_value(fact: Any) -> str:
    if fact.kind == "date":
        try:
            return dates.human(fact.value) or fact.value
        except dates.PartialDateError:
            return fact.value
    if fact.kind == "list":
        return ", ".join(x.strip() for x in fact.value.split(";") if x.strip())
    return fact.value


def _choice_verdict(q: Any, text: str) -> Any:
    """The verdict for a picked choice whose text is a small number ("3"), which the grader would read as
    the choice's position; None (let the coach grade) for everything else."""
    if q.answer_kind != "choice" or not text.isdigit() or text not in (q.choices or ()):
        return None
    if not 1 <= int(text) <= len(q.choices or ()):
        return None
    from ...core.grading import Verdict

    if text == q.answer:
        return Verdict(True, 1.0, "Right.")
    return Verdict(False, 0.0, f"Not {text}.")


__all__ = ["AnswerRecord", "PracticeScreen", "clock"]
