"""Practice: one question at a time, answered from the keyboard, with instant feedback and a summary.

The session (its states, clock, undo, end and summary) is ``core.session.practice.PracticeSession``;
this screen is its view: it shows what the controller says and forwards the user's keys and clicks.
``state`` is the controller's state, or ``empty`` on the start panel when the profile has no facts.
Keys: Enter submits / goes on, 1–9 pick a choice, Ctrl+Shift+R "I was right" after a wrong verdict, Ctrl+Z
undoes the last answer (or the "I was right"), Esc ends the session.

"Answer aloud" (A when no text field has focus, Alt+A anywhere) answers the typed questions by voice:
the microphone (:class:`verify_coach.ui.listener.Listener`) times the answer, the self-check shows "Say
it like this" with Hear it (H) and what you said (P), and 1/2/3 rate it Right / Close / Wrong. Enter or
Space ends an answer early. When the microphone fails, the session goes on typed and says why.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.session.practice import (
    BUSY,
    IN_SESSION,
    AnswerRecord,
    Feedback,
    PracticeSession,
    SelfCheck,
    State,
)
from .. import theme
from ..context import AppContext
from ..i18n import fill
from ..icons import icon
from ..listener import Listener
from ..ops import Changes
from ..prefs import SETTINGS
from ..widgets import format as fmt
from ..widgets.aloud import SelfCheckPanel
from ..widgets.explain_card import ExplainCard
from ..widgets.fact_labels import fact_label
from ..widgets.layout import busy_page, centered, empty_page, plain_label
from ..widgets.question_card import FeedbackPanel, QuestionCard
from ..widgets.session_summary import SessionSummaryView
from .base import Screen

if TYPE_CHECKING:
    from ...core.coach import Coach
    from ...core.explain import ExplainQuestion

log = logging.getLogger(__name__)

CONTENT_WIDTH = 780


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
        self.session = PracticeSession(self, self.run_for_session)
        self._start_state = "idle"  # or "empty": the profile has no facts
        self._starting = False
        self._summary_seen = False
        self._leaving = False
        self._message = ""
        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self._tick)
        self.aloud = bool(ctx.prefs.get("answer_aloud"))  # typed questions are answered by voice
        self.mic_problem = ""
        self.listener = Listener(ctx, self)
        self.listener.started.connect(self._speech_started)
        self.listener.ended.connect(self._speech_ended)
        self.listener.silent.connect(self._silence)
        self.listener.level.connect(lambda db, peak, clip: self.card.listening.meter.set_level(db, peak, clip))
        self.listener.clipping.connect(lambda: self.card.listening.too_loud())
        self.listener.failed.connect(self._mic_failed)
        self._speaker: Any = None
        self._playback: Any = None

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

        # Alt+A works while typing too (A alone is a letter there); plain A is handled in keyPressEvent
        self.aloud_shortcut = QShortcut(QKeySequence("Alt+A"), self)
        self.aloud_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.aloud_shortcut.activated.connect(lambda: self.set_aloud(not self.aloud))
        ctx.bus.on(Changes.PROFILE | Changes.CALL, self._outside_change)
        ctx.bus.on(Changes.PREFS, self._prefs_changed)

    # ================================================================================= building
    def _build_start(self) -> QWidget:
        page = QWidget()
        col = QWidget()
        lay = QVBoxLayout(col)
        lay.setContentsMargins(0, 8, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(plain_label(self.tr("Practise your profile"), objectName="h1"))
        self.start_info = plain_label("", objectName="muted")
        self.start_info.setWordWrap(True)
        lay.addWidget(self.start_info)
        self.start_message = plain_label("", objectName="fieldError")
        self.start_message.setWordWrap(True)
        self.start_message.setProperty("size", "lead")
        self.start_message.setVisible(False)
        lay.addWidget(self.start_message)
        lay.addSpacing(6)
        cards = QHBoxLayout()
        cards.setSpacing(14)
        self.mode_buttons: dict[str, QPushButton] = {}
        self.mode_cards: dict[str, QFrame] = {}
        self.mode_titles: dict[str, QLabel] = {}
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
            ("explain", "review", self.tr("Be ready to explain"),
             self.tr("What in your profile an agent would ask about: answer it aloud, then check what a good "
                     "answer covers."),
             self.tr("Practise explaining"), ""),
        ):
            card = QFrame(objectName="card")
            cl = QVBoxLayout(card)
            cl.setContentsMargins(18, 18, 18, 18)
            cl.setSpacing(8)
            pic = plain_label()
            pic.setPixmap(icon(ico, theme.colors()["accent"]).pixmap(QSize(30, 30)))
            cl.addWidget(pic)
            title_label = plain_label(title, objectName="h2")
            cl.addWidget(title_label)
            body = plain_label(text)
            body.setWordWrap(True)
            body.setProperty("muted", True)
            cl.addWidget(body, 1)
            b = QPushButton(f"{button}  ({shortcut})" if shortcut else button, objectName="primary" if mode == "practice" else "")
            b.setAccessibleName(button)
            b.clicked.connect(lambda _=False, m=mode: self.start(m, None))
            cl.addWidget(b)
            cards.addWidget(card, 1)
            self.mode_buttons[mode] = b
            self.mode_cards[mode] = card
            self.mode_titles[mode] = title_label
        lay.addLayout(cards)
        lay.addSpacing(6)

        length = QHBoxLayout()
        length.setSpacing(10)
        lab = plain_label(fill(self.tr("%1:"), SETTINGS["session_length"].tr_label()))
        length.addWidget(lab)
        self.length_box = SETTINGS["session_length"].limit(QSpinBox())
        self.length_box.setValue(self._session_length())
        self.length_box.setAccessibleName(SETTINGS["session_length"].tr_label())
        self.length_box.setMinimumWidth(80)
        self.length_box.valueChanged.connect(lambda v: self.ctx.prefs.set("session_length", int(v)))
        lab.setBuddy(self.length_box)
        length.addWidget(self.length_box)
        self.limit_info = plain_label("", objectName="muted")
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

        aloud_row = QHBoxLayout()
        self.aloud_box = QCheckBox(self.tr("Answer aloud (Alt+A): say each answer, then rate it against “Say it like "
                                           "this”"))
        self.aloud_box.setAccessibleName(self.tr("Answer aloud"))
        self.aloud_box.setChecked(self.aloud)
        self.aloud_box.toggled.connect(self.set_aloud)
        aloud_row.addWidget(self.aloud_box)
        aloud_row.addStretch(1)
        lay.addLayout(aloud_row)
        self.aloud_note = plain_label("", objectName="muted")
        self.aloud_note.setWordWrap(True)
        self.aloud_note.setVisible(False)
        lay.addWidget(self.aloud_note)

        self.call_hint = QFrame(objectName="card")
        hl = QHBoxLayout(self.call_hint)
        hl.setContentsMargins(16, 10, 12, 10)
        cal = plain_label()
        cal.setPixmap(icon("calendar", theme.colors()["ok"]).pixmap(QSize(20, 20)))
        hl.addWidget(cal)
        hint = plain_label(self.tr("No call date set yet. Set it so practice and cramming aim at the day of the call."))
        hint.setWordWrap(True)
        hl.addWidget(hint, 1)
        self.call_button = QPushButton(self.tr("Set call date…"))
        self.call_button.setAccessibleName(self.tr("Set the date of the call"))
        self.call_button.clicked.connect(self._edit_call_date)
        hl.addWidget(self.call_button)
        lay.addWidget(self.call_hint)
        lay.addStretch(1)
        keys = plain_label(self.tr("In a session: type and press Enter · 1–4 pick a choice · Enter for the next "
                              "question · Ctrl+Z undoes the last answer · Esc ends the session · aloud: Enter "
                              "ends an answer, 1/2/3 rate it"), objectName="muted")
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
        self.progress_label = plain_label("", objectName="h2")
        self.progress_label.setAccessibleName(self.tr("Progress"))
        top.addWidget(self.progress_label)
        self.mode_label = plain_label("", objectName="muted")
        top.addWidget(self.mode_label)
        top.addStretch(1)
        self.aloud_toggle = QPushButton(icon("mic", theme.colors()["accent"]), self.tr("Answer aloud (A)"))
        self.aloud_toggle.setCheckable(True)
        self.aloud_toggle.setChecked(self.aloud)
        self.aloud_toggle.setAccessibleName(self.tr("Answer aloud"))
        self.aloud_toggle.setToolTip(self.tr("Say your answers instead of typing them (A, or Alt+A while typing)"))
        self.aloud_toggle.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.aloud_toggle.toggled.connect(self.set_aloud)
        top.addWidget(self.aloud_toggle)
        clock_icon = plain_label()
        clock_icon.setPixmap(icon("clock", theme.colors()["muted"]).pixmap(QSize(18, 18)))
        top.addWidget(clock_icon)
        self.timer_label = plain_label("0.0 s", objectName="timer")
        self.timer_label.setAccessibleName(self.tr("Time on this question"))
        self.timer_label.setMinimumWidth(64)
        top.addWidget(self.timer_label)
        self.limit_label = plain_label("", objectName="timeLimit")
        self.limit_label.setProperty("muted", True)
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
        self.card.give_up.connect(self._give_up)
        self.card.listening.done_requested.connect(self.end_aloud)
        self.card.listening.type_requested.connect(lambda: self.set_aloud(False))
        bl.addWidget(self.card)
        self.explain_card = ExplainCard()
        self.explain_card.answered.connect(lambda text: self.session.explain_answered(text))
        self.explain_card.rated.connect(lambda rating, covered: self.session.rate_explain(rating, tuple(covered)))
        self.explain_card.setVisible(False)
        bl.addWidget(self.explain_card)
        self.self_check = SelfCheckPanel()
        self.self_check.rated.connect(self.self_rate)
        self.self_check.hear_requested.connect(self.hear_it)
        self.self_check.playback_requested.connect(self.play_back)
        self.self_check.setVisible(False)
        bl.addWidget(self.self_check)
        self.feedback = FeedbackPanel()
        self.feedback.next_requested.connect(self.next_question)
        self.feedback.undo_requested.connect(self.undo)
        self.feedback.override_requested.connect(self.override)
        self.feedback.setVisible(False)
        bl.addWidget(self.feedback)
        bl.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidget(body)
        lay.addWidget(self.scroll_area, 1)
        bottom = QHBoxLayout()
        self.status = plain_label("", objectName="muted")
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
        self.summary_view.again_requested.connect(lambda: self.start(self.session.mode, self.session.fact_keys))
        self.summary_view.drill_requested.connect(lambda keys: self.start("review", keys))
        self.summary_view.dashboard_requested.connect(lambda: self.ctx.bus.navigate.emit("dashboard"))
        self.summary_view.undo_requested.connect(self.undo)
        self.summary_view.play_requested.connect(self.play_file)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(self.summary_view, CONTENT_WIDTH), 1)
        return page

    # ================================================================================= helpers
    def _session_length(self) -> int:
        return int(self.ctx.prefs.get("session_length"))

    def _slow_ms(self) -> int:
        return int(self.ctx.prefs.get("slow_seconds")) * 1000

    def _limit_s(self) -> int:
        """The time to aim for: the slow threshold (one number for both, Settings → Practice)."""
        return max(1, self._slow_ms() // 1000)

    def mode_name(self, mode: str) -> str:
        return {
            "practice": self.tr("Practice"),
            "weak": self.tr("Weak facts"),
            "cram": self.tr("Cram before the call"),
            "review": self.tr("Drilling chosen facts"),
            "all": self.tr("All facts"),
            "explain": self.tr("Be ready to explain"),
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
            self.session.reset()
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
        def load(coach: Coach) -> dict[str, Any]:
            infos = coach.profiles()
            active = next((p for p in infos if p.active), None)  # the core marks one when there is any
            weak = 0
            if active is not None and active.facts:
                weak = len(coach.weak_facts(active.name))  # stats.weak_facts: the count every screen shows
            explain = len(coach.explain_questions(active.name)) if active is not None and active.facts else 0
            return {"profile": active, "weak": weak, "explain": explain}

        self.ctx.op(self, load, name="practice-start").latest().success(self._show_start).run()

    def _show_start(self, info: dict[str, Any]) -> None:
        if self.state not in ("idle", "empty"):
            return
        prof = info["profile"]
        if prof is None or not prof.facts:
            self._start_state = "empty"
            self._show_page(self.empty_page)
            self.ready.emit()
            return
        self._start_state = "idle"
        self.length_box.blockSignals(True)
        self.length_box.setValue(self._session_length())
        self.length_box.blockSignals(False)
        weak = int(info["weak"])
        n_explain = int(info.get("explain", 0))
        self.mode_cards["explain"].setVisible(n_explain > 0)
        self.mode_titles["explain"].setText(fill(self.tr("Be ready to explain (%1)"), str(n_explain)))
        self.start_info.setText(fill(self.tr("%1 · %2 facts to rehearse · %3 weak"), prof.name, prof.facts, weak))
        self.limit_info.setText(
            fill(self.tr("Aim to answer within %1 s: a slower answer counts as hesitant and marks the fact weak."),
                 str(self._limit_s()))
        )
        self.call_hint.setVisible(prof.call_at is None)
        self.start_message.setText(self._message)
        self.start_message.setVisible(bool(self._message))
        self._show_page(self.start_page)
        self.mode_buttons["practice"].setFocus()
        self.ready.emit()

    # ================================================================================= session
    # The session itself is core.session.practice.PracticeSession; this screen is its view.
    @property
    def state(self) -> str:
        """``idle``/``empty`` (the start panel) or the session's state."""
        return self._start_state if self.session.state is State.IDLE else self.session.state.value

    @property
    def plan(self) -> Any:
        return self.session.plan

    @property
    def seed(self) -> int | None:
        return self.session.seed

    @seed.setter
    def seed(self, value: int | None) -> None:
        self.session.seed = value

    def start(self, mode: str, fact_keys: list[str] | None = None) -> None:
        """Start a session (``practice``, ``weak``, ``cram`` or ``review`` with the facts to drill)."""
        self._message = ""
        self.session.keep_recordings = bool(self.ctx.prefs.get("keep_recordings"))
        self.session.start(mode, self._session_length(), fact_keys)

    def current_question(self) -> Any:
        return self.session.current_question

    def submit(self, text: str, allow_empty: bool = False) -> None:
        self.session.submit(text, allow_empty=allow_empty)

    def next_question(self) -> None:
        self.session.next()

    # -- answering aloud ---------------------------------------------------------------------
    def set_aloud(self, on: bool) -> None:
        """Answer the typed questions aloud (or type them again). Refused, with the reason shown, when
        there is no microphone."""
        on = bool(on)
        if on:
            reason = self.listener.reason_unavailable()
            if reason:
                self._show_mic_problem(reason)
                on = False
        if on:
            self.mic_problem = ""
            self.aloud_note.setVisible(False)
        self.aloud = on
        self.ctx.prefs.set("answer_aloud", on)
        self._check_aloud(on)
        self.card.set_aloud(on)
        if self.session.state is State.QUESTION and self.card.question is not None:
            if self.card.speaking:
                self._listen_now()
            else:
                self.listener.stop()
                self.card.focus_input()
        if not on:
            self.listener.close()

    def _check_aloud(self, on: bool) -> None:
        """Both "Answer aloud" controls (start panel and session bar) show ``on``, without toggling again."""
        for box in (self.aloud_box, self.aloud_toggle):
            box.blockSignals(True)
            box.setChecked(on)
            box.blockSignals(False)

    def _silence_ms(self) -> int:
        from ...audio import SILENCE_GRACE_MS

        return int(self.ctx.prefs.get("answer_countdown")) * 1000 + SILENCE_GRACE_MS

    def _listen_now(self) -> None:
        self.session.silence_ms = self._silence_ms()
        if not self.listener.listen(self.session.silence_ms):
            self._mic_failed(self.listener.problem)
            return
        self.card.listening.listening(self.listener.device_name)
        self.card._fit_inputs()
        self.card.focus_input()

    def _speech_started(self, at: float) -> None:
        self.session.speech_started(at)
        self.card.listening.speaking(self.session.hesitation_ms)

    def _speech_ended(self, at: float) -> None:
        self.session.speech_ended(at, self.listener.take())

    def _silence(self) -> None:
        self.session.no_answer()

    def end_aloud(self) -> None:
        """Enter / Space / Done while answering aloud: the answer is over now."""
        if self.session.state is State.QUESTION and self.card.speaking:
            heard = self.listener.heard_speech
            audio = self.listener.take()
            self.listener.stop()
            if heard:
                self.session.end_aloud(audio)
            else:
                self.card.listening.hint.setText(self.tr("Nothing heard yet — say your answer, or press “I don't "
                                                         "know”."))
                self._listen_now()

    def _give_up(self) -> None:
        self.listener.stop()
        self.submit("", allow_empty=True)

    def self_rate(self, rating: str) -> None:
        if self.session.self_rate(rating):
            self.self_check.lock()

    def hear_it(self) -> None:
        """Say the self-check's "Say it like this" with the agent's voice, at the chosen speed."""
        check = self.session.check
        if check is None:
            return
        if self._speaker is None:
            from ..widgets.speech import Speaker

            self._speaker = Speaker.create(self, voice=str(self.ctx.prefs.get("voice")),
                                           rate=float(self.ctx.prefs.get("speech_rate")))
        if not self._speaker.available:
            self.status.setText(self._speaker.problem)
            return
        self._speaker.stop()
        self._speaker.say(check.say_it)

    def play_back(self) -> None:
        """Play what the microphone caught of the answer being rated."""
        if not self.session.audio:
            return
        if self._playback is None:
            from ...audio import Playback

            self._playback = Playback(self)
            self._playback.failed.connect(lambda text: self.status.setText(
                fill(self.tr("The recording cannot be played: %1"), text)))
        self._playback.play_pcm(self.session.audio)

    def play_file(self, path: str) -> None:
        """Play a kept recording of a spoken answer ("You said ▶")."""
        if self._playback is None:
            from ...audio import Playback

            self._playback = Playback(self)
            self._playback.failed.connect(lambda text: self.status.setText(
                fill(self.tr("The recording cannot be played: %1"), text)))
        self._playback.play_file(path)

    def _mic_failed(self, message: str) -> None:
        """The microphone cannot be used (any more): the session goes on typed; an answer under way is kept."""
        self._show_mic_problem(message)
        heard, audio = self.listener.left_over_heard, self.listener.left_over
        self.aloud = False  # for this session; the setting stays for the next one
        self._check_aloud(False)
        if self.session.state is State.QUESTION and self.card.speaking:
            if heard and self.session.end_aloud(audio):
                self.card.set_aloud(False)
                return
            self.card.set_aloud(False)
            self.card.focus_input()
        else:
            self.card.set_aloud(False)

    def _show_mic_problem(self, message: str) -> None:
        self.mic_problem = message
        self.status.setText(message)
        self.aloud_note.setText(message)
        self.aloud_note.setVisible(bool(message))

    def override(self) -> None:
        """"I was right" (Ctrl+Shift+R) after a wrong verdict."""
        if self.session.state is State.FEEDBACK:
            self.session.override()

    def undo(self) -> None:
        self.session.undo()

    def end_session(self) -> None:
        """Esc / End session: show the summary (every answer is already saved)."""
        self.session.end()

    # -- PracticeView ------------------------------------------------------------------------
    def show_loading(self) -> None:
        self._starting = True
        self.loading_label.setText(self.tr("Preparing your questions…"))
        self._show_page(self.loading_page)

    def show_question(self, index: int, total: int, question: Any) -> None:
        """Show question ``index`` fresh, start its clock. Nothing heavy: the plan holds every question."""
        starting, self._starting = self._starting, False
        if starting and self.session.plan is not None:
            self.mode_label.setText("· " + self.mode_name(self.session.plan.mode))
            self.progress.setRange(0, total)
        self.progress_label.setText(fill(self.tr("Question %1 of %2"), str(index + 1), str(total)))
        self.progress.setValue(index)
        self.feedback.setVisible(False)
        self.self_check.setVisible(False)
        self.explain_card.setVisible(False)
        self.card.setVisible(True)
        self.card.set_aloud(self.aloud)
        self.card.set_question(question)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.limit_label.setText(fill(self.tr("/ aim for %1 s"), str(self._limit_s())))
        self.status.setText(self.mic_problem if not self.aloud else "")
        self._show_page(self.session_page)
        self.card.focus_input()
        if self.card.speaking:
            self._listen_now()
        else:
            self.listener.stop()
        self._set_timer_level("")
        self.ticker.start()
        self._tick()
        if starting:
            self.ready.emit()

    def show_explain(self, number: int, total: int, question: ExplainQuestion) -> None:
        """A "be ready to explain" question: answer it aloud or typed, then rate it against its points."""
        starting, self._starting = self._starting, False
        if starting and self.session.plan is not None:
            self.mode_label.setText("· " + self.mode_name(self.session.plan.mode))
            self.progress.setRange(0, total)
        self.listener.stop()
        self.progress_label.setText(fill(self.tr("Question %1 of %2"), str(number + 1), str(total)))
        self.progress.setValue(number)
        self.feedback.setVisible(False)
        self.self_check.setVisible(False)
        self.card.setVisible(False)
        self.explain_card.set_question(question.prompt, question.points)
        self.explain_card.setVisible(True)
        self.scroll_area.verticalScrollBar().setValue(0)
        self.limit_label.setText("")
        self.status.setText(self.tr("Not a fact question: your rating is kept apart from your fact scores."))
        self._show_page(self.session_page)
        self.explain_card.focus_input()
        self._set_timer_level("")
        self.ticker.start()
        self._tick()
        if starting:
            self.ready.emit()

    def show_explain_points(self, question: ExplainQuestion, given: str) -> None:
        self.ticker.stop()
        self._tick()
        self.explain_card.show_points()
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.explain_card.covers, 0, 10))

    def show_explain_error(self, message: str | None) -> None:
        self.explain_card.unlock_rating()
        self.status.setText(message or self.tr("That could not be saved."))

    def show_saving(self) -> None:
        self.ticker.stop()
        self._tick()
        self.explain_card.lock()
        self.card.lock()
        self.listener.stop()

    def show_self_check(self, check: SelfCheck) -> None:
        self.ticker.stop()
        self._tick()
        self.listener.stop()
        self.card.listening.stopped()
        self.card.lock()
        self.card.settle()
        self.card._fit_inputs()  # the listening panel is smaller now
        speaker_ok = self._speaker is None or self._speaker.available
        self.self_check.show_check(check.say_it, check.expected, check.fact_label, check.hesitation_ms,
                                   check.latency_ms, can_play=bool(self.session.audio), can_hear=speaker_ok,
                                   slow_ms=int(self.ctx.prefs.get("answer_countdown")) * 1000,
                                   heard_text=check.heard_text)
        self.self_check.setVisible(True)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.self_check, 0, 10))

    def show_feedback(self, fb: Feedback) -> None:
        lines = None
        if fb.belief is not None:
            lines = (fmt.belief_said(fb.belief), fmt.belief_truth(fb.belief, fb.fact_value))
        fact_line = ""
        if fb.fact_label:
            label = fact_label(fb.fact_label)
            fact_line = (fill(self.tr("From your profile: %1"), label) if fb.fact_value == fb.expected
                         else fill(self.tr("From your profile: %1 — %2"), label, fb.fact_value))
        self.card.mark_choices(fb.given, fb.choice_answer)
        self.card.settle()
        self.feedback.show_result(
            correct=fb.correct, given=fb.given, expected=fb.expected, feedback=fb.feedback, fact=fact_line,
            latency=clock(fb.latency_ms), order=fb.order, last=fb.last, can_override=fb.can_override, belief=lines,
        )
        self.feedback.setVisible(True)
        self.feedback.next.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.scroll_area.ensureWidgetVisible(self.feedback, 0, 10))

    def show_answer_error(self, message: str | None) -> None:
        self.feedback.show_error(message or self.tr("The answer could not be saved."))
        self.feedback.setVisible(True)
        self.feedback.next.setFocus()

    def show_overridden(self, record: AnswerRecord) -> None:
        self.feedback.show_overridden()
        self.feedback.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_override_error(self, message: str | None) -> None:
        self.feedback.override.setEnabled(True)
        self.status.setText(message or self.tr("That could not be saved."))

    def show_override_undone(self, record: AnswerRecord) -> None:
        self.feedback.show_again()  # the wrong verdict again; a second Ctrl+Z removes the answer
        self.feedback.next.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_ending(self) -> None:
        self.ticker.stop()
        self.listener.close()
        self.status.setText(self.tr("Ending the session…"))

    def show_end_error(self, message: str | None) -> None:
        """Ending was not saved (e.g. another verify_coach held the data): say so; ending again retries."""
        self.status.setText(fill(self.tr("The session could not be ended: %1 Your answers are saved; end it "
                                         "again in a moment."), message or self.tr("an unexpected error.")))

    def show_summary(self, summary: Any, plan: Any, can_undo: bool) -> None:
        self._summary_seen = self.isVisible() and not self._leaving
        order_prompts = {q.prompt for q in plan.questions if q.answer_kind == "order"}
        n = len(plan.questions)
        name = self.mode_name(plan.mode)
        if summary.asked < n:
            name = fill(self.tr("%1 · ended after %2 of %3 questions"), name, str(summary.asked), str(n))
        kept = {r.attempt_id: str(r.recording) for r in self.session.records if r.recording}
        self.summary_view.set_summary(summary, mode_name=name, can_undo=can_undo, order_prompts=order_prompts,
                                      recordings=kept)
        self._show_page(self.summary_page)
        self.summary_view.again.setFocus()

    def back_to_start(self, reason: str, message: str) -> None:
        if reason == "no-weak":
            message = self.tr("No weak facts yet: practise first, and what you miss or answer slowly shows up here.")
        elif reason == "no-explain":
            message = self.tr("Nothing in your profile needs explaining right now.")
        elif reason == "nothing":
            message = self.tr("There is nothing to ask in this mode right now.")
        self._message = message  # "error" (a bug): no message, the error dialog shows it
        self._load_start()

    def history_changed(self) -> None:
        self.ctx.changed(Changes.HISTORY)

    # -- the clock on screen -----------------------------------------------------------------
    def _tick(self) -> None:
        ms = self.session.elapsed_ms()
        self.timer_label.setText(clock(ms))
        if ms >= self._slow_ms():
            level = "over"  # this answer will count as slow
        elif ms >= self._slow_ms() * 3 // 4:
            level = "slow"  # a quarter of the time left: amber
        else:
            level = ""
        self._set_timer_level(level)

    def _set_timer_level(self, level: str) -> None:
        if self.timer_label.property("level") == level:
            return
        theme.mark(self.timer_label, level=level)
        theme.mark(self.limit_label, level=level, muted=level != "over")

    def can_leave(self) -> bool:
        """Leaving mid-session (the sidebar, another screen, Ctrl+Q) asks first; yes ends the session (its
        answers are already saved) and the summary shows when coming back."""
        if not self.confirm_leave():
            return False
        return self.leave_now()

    def busy(self) -> bool:
        return self.session.state in BUSY

    def confirm_leave(self) -> bool:
        """True when there is nothing to lose, or the user chose to leave the session."""
        if self.session.state not in IN_SESSION or self.session.state is State.SAVING:
            return True  # (while an answer is being saved nothing is lost: leaving ends the session after it)
        done, total = len(self.session.records) + len(self.session.explain_records), self.session.total
        left = total - done
        if left <= 0:
            return True  # the last answer is in: nothing is lost
        was_paused = self.session.paused
        self.session.pause()  # the clock does not run while the user decides
        answer = QMessageBox.question(
            self, self.tr("Leave the session?"),
            fill(self.tr("Leave this session now? Everything you answered is saved (answered: %1, still to ask: "
                         "%2). Start a new session whenever you like."), str(done), str(left)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if not was_paused:
            self.session.resume()
        return answer == QMessageBox.StandardButton.Yes

    def leave_now(self) -> bool:
        """End the session without asking (the user said yes, or the app is being torn down)."""
        if self.session.state in IN_SESSION:
            self._leaving = True
        elif self.session.state is State.SUMMARY:
            self._summary_seen = True
        self.session.leave()
        self.ticker.stop()
        self.listener.close()
        if self._playback is not None:
            self._playback.stop()
        return True

    # ================================================================================= keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key, mods = event.key(), event.modifiers()
        plain = not (mods & ~Qt.KeyboardModifier.KeypadModifier)
        focus = QApplication.focusWidget()
        typing = isinstance(focus, QLineEdit) and not focus.isReadOnly()
        if key == Qt.Key.Key_A and plain and not typing:
            self.set_aloud(not self.aloud)
            event.accept()
            return
        if self.state == "question" and self.card.speaking and plain and key in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.end_aloud()
            event.accept()
            return
        if self.state == "heard" and plain:
            ratings = {int(Qt.Key.Key_1): "right", int(Qt.Key.Key_2): "close", int(Qt.Key.Key_3): "wrong"}
            if int(key) in ratings:
                self.self_rate(ratings[int(key)])
                event.accept()
                return
            if key == Qt.Key.Key_H:
                self.hear_it()
                event.accept()
                return
            if key == Qt.Key.Key_P:
                self.play_back()
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and isinstance(focus, QAbstractButton) \
                    and self.self_check.isAncestorOf(focus):
                focus.click()
                event.accept()
                return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
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
