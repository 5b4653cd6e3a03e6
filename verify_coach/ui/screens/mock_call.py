"""Mock call: rehearse the verification call itself — spoken, timed, on camera.

Pages: start panel (type of call, countdown, captions, accent, voice and speed, privacy and recordings) ->
the call (a video-call stage: the agent's tile, your self-view, captions, the ID step's card guide) -> the
report (passed / at risk, wrong and slow answers, follow-up threads, the ID self-check, open questions,
one click to drill).

The call (its states, clocks, answers, pause, end and report) is ``core.session.call.CallSession``;
this screen is its view: captions, the agent's voice, the camera tile, the start panel and the report.
``state`` is the controller's state, or ``empty`` on the start panel when the profile has no facts.
Pausing (F8) stops the speech, the countdown and every clock. R / S (Alt+R / Alt+S while typing) ask the
agent to repeat the question, slower with S. Esc ends the call after asking; so does leaving the screen.

QtMultimedia and QtTextToSpeech are imported only here, inside functions (see ``widgets.speech`` and
``widgets.self_view``), so the rest of the app never loads them. Without a camera, a speech engine, an
audio output or the multimedia libraries the call still runs, with captions and a placeholder, and a
quiet notice says what is missing and how to fix it.

Nothing of the camera is recorded unless the user turns recording on for a rehearsal.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSlider,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import mockcall
from ...core.mockcall import CallPlan, FactAnswer, PausableClock, Recording
from ...core.names import FINE, compare_id_name
from ...core.session.call import IN_CALL, NO_FACTS, CallSession, CallState
from .. import theme
from ..context import AppContext
from ..i18n import fill
from ..icons import icon
from ..listener import Listener
from ..names import name_note
from ..ops import Changes
from ..prefs import SETTINGS
from ..widgets import format as fmt
from ..widgets.call_report import CallReportView, id_check_text
from ..widgets.call_view import CallView
from ..widgets.checklist import call_type_name
from ..widgets.layout import busy_page, centered, empty_page, plain_label, safe_message
from .base import Screen

if TYPE_CHECKING:
    from ...core.coach import Coach

log = logging.getLogger(__name__)

TYPE_ORDER = ("upwork", "screening", "kyc")


class MockCallScreen(Screen):
    name = "call"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Mock call"))
        # Set by tests: the speech engine (None: the system's), the question seed, the time source.
        self.speech_engine: str | None = None
        self.session = CallSession(self, self.run_for_session)
        self._start_state = "idle"  # or "empty": the profile has no facts
        self.speaker: Any = None
        self.notices: dict[str, str] = {}
        self.recordings: list[Recording] = []
        self._report_seen = False
        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self._tick)
        self.aloud = False  # this call's fact answers are said aloud (chosen at its start)
        self._answer_playback: Any = None
        self._typed_now = False  # T: the current answer is typed instead
        self.listener = Listener(ctx, self)
        self.listener.started.connect(self._speech_started)
        self.listener.ended.connect(lambda at: self.session.speech_ended(at, self.listener.take()))
        self.listener.silent.connect(self.session.no_answer)
        self.listener.level.connect(lambda db, peak, clip: self.view.meter.set_level(db, peak, clip))
        self.listener.clipping.connect(lambda: self.view.listen_hint.setText(self.tr(
            "Your microphone is clipping: move it away a little or turn its level down.")))
        self.listener.failed.connect(self._mic_failed)

        self.pages = QStackedWidget()
        root = QVBoxLayout(self)
        root.setContentsMargins(28, 20, 28, 16)
        root.addWidget(self.pages)
        self.start_page = self._build_start()
        self.empty_page = self._build_empty()
        self.loading_page = self._build_loading()
        self.call_page = self._build_call()
        self.report_page = self._build_report()
        for p in (self.start_page, self.empty_page, self.loading_page, self.call_page, self.report_page):
            self.pages.addWidget(p)

        self.pause_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F8), self)
        self.pause_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.pause_shortcut.activated.connect(self.toggle_pause)
        self.esc_shortcut = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.esc_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.esc_shortcut.activated.connect(self._escape)
        ctx.bus.on(Changes.PROFILE, self._outside_change)

    # ================================================================================= building
    def _build_start(self) -> QWidget:
        page = QWidget()
        col = QWidget()
        lay = QVBoxLayout(col)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(plain_label(self.tr("Rehearse the verification call"), objectName="h1"))
        intro = plain_label(self.tr(
            "The agent asks aloud, in the order of a real call of the type you choose, follows up on what you "
            "say and asks to see your ID. Say each fact aloud as you would on the call (or type it), then rate "
            "yourself against how to say it; answer the open questions out loud. Look at the camera, not at the "
            "keyboard."), objectName="muted")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.start_message = plain_label("", objectName="fieldError")
        self.start_message.setWordWrap(True)
        self.start_message.setVisible(False)
        lay.addWidget(self.start_message)
        lay.addWidget(self._build_steps())

        cards = QHBoxLayout()
        cards.setSpacing(14)
        # -- the call's settings
        settings = QFrame(objectName="card")
        sl = QVBoxLayout(settings)
        sl.setContentsMargins(18, 16, 18, 16)
        sl.setSpacing(10)
        sl.addWidget(plain_label(self.tr("The call"), objectName="h2"))
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.type_box = QComboBox()
        self.type_box.setAccessibleName(self.tr("Type of call"))
        for key in TYPE_ORDER:
            ct = mockcall.CALL_TYPES[key]
            lo, hi = ct.minutes
            self.type_box.addItem(fill(self.tr("%1 — %2–%3 min"), call_type_name(key), str(lo), str(hi)), key)
        self.type_box.currentIndexChanged.connect(self._type_chosen)
        form.addRow(self.tr("Type of call"), self.type_box)
        cd_row = QHBoxLayout()
        self.countdown_box = QSpinBox()
        SETTINGS["answer_countdown"].limit(self.countdown_box)
        self.countdown_box.setSuffix(" s")
        self.countdown_box.setAccessibleName(self.tr("Seconds to start answering"))
        self.countdown_box.setMinimumWidth(80)
        self.countdown_box.valueChanged.connect(lambda v: self.ctx.prefs.set("answer_countdown", int(v)))
        cd_row.addWidget(self.countdown_box)
        cd_row.addSpacing(6)
        cd_row.addWidget(plain_label(self.tr("to start answering"), objectName="muted"))
        cd_row.addStretch(1)
        form.addRow(self.tr("Countdown"), cd_row)
        self.captions_box = QCheckBox(self.tr("Show captions (untick to practise listening)"))
        self.captions_box.setAccessibleName(self.tr("Show captions"))
        self.captions_box.toggled.connect(lambda on: self.ctx.prefs.set("captions", bool(on)))
        form.addRow(self.tr("Captions"), self.captions_box)
        aloud_row = QHBoxLayout()
        self.aloud_box = QCheckBox(self.tr("Say the facts aloud"))
        self.aloud_box.setAccessibleName(self.tr("Answer aloud in the mock call"))
        self.aloud_box.setToolTip(self.tr("The microphone times your answer; then you rate it against “Say it like "
                                          "this”. Untick to type the facts."))
        self.aloud_box.toggled.connect(lambda on: self.ctx.prefs.set("call_aloud", bool(on)))
        aloud_row.addWidget(self.aloud_box)
        aloud_row.addStretch(1)
        form.addRow(self.tr("Answers"), aloud_row)
        self.mic_note = plain_label("", objectName="muted")
        self.mic_note.setWordWrap(True)
        self.mic_note.setVisible(False)
        form.addRow("", self.mic_note)
        self.accent_box = QComboBox()
        self.accent_box.setAccessibleName(self.tr("Agent's accent"))
        self.accent_box.addItem(self.tr("Any accent"), "")
        self.accent_box.setEnabled(False)
        self.accent_box.currentIndexChanged.connect(self._accent_chosen)
        form.addRow(self.tr("Accent"), self.accent_box)
        self.voice_box = QComboBox()
        self.voice_box.setAccessibleName(self.tr("Agent's voice"))
        self.voice_box.addItem(self.tr("Loading voices…"))
        self.voice_box.setEnabled(False)
        self.voice_box.currentIndexChanged.connect(self._voice_chosen)
        form.addRow(self.tr("Voice"), self.voice_box)
        rate_row = QHBoxLayout()
        self.rate_slider = QSlider(Qt.Orientation.Horizontal)
        self.rate_slider.setRange(-10, 10)
        self.rate_slider.setAccessibleName(self.tr("Speaking speed"))
        self.rate_slider.valueChanged.connect(self._rate_chosen)
        rate_row.addWidget(self.rate_slider, 1)
        self.rate_label = plain_label("", objectName="muted")
        self.rate_label.setMinimumWidth(64)
        rate_row.addWidget(self.rate_label)
        form.addRow(self.tr("Speed"), rate_row)
        self.type_summary = plain_label("", objectName="muted")
        self.type_summary.setWordWrap(True)
        self.type_summary.setAccessibleName(self.tr("About this type of call"))
        sl.insertWidget(1, self.type_summary)
        sl.addLayout(form)
        test_row = QHBoxLayout()
        self.test_voice = QPushButton(self.tr("Test the voice"))
        self.test_voice.setIcon(icon("mic"))
        self.test_voice.setAccessibleName(self.tr("Test the voice"))
        self.test_voice.clicked.connect(self._test_voice)
        self.test_voice.setEnabled(False)
        test_row.addWidget(self.test_voice)
        self.test_mic = QPushButton(self.tr("Test your microphone…"))
        self.test_mic.setIcon(icon("mic"))
        self.test_mic.setAccessibleName(self.tr("Test your microphone"))
        self.test_mic.clicked.connect(self._test_microphone)
        test_row.addWidget(self.test_mic)
        test_row.addStretch(1)
        sl.addLayout(test_row)
        self.speech_note = plain_label("", objectName="muted")
        self.speech_note.setWordWrap(True)
        self.speech_note.setVisible(False)
        sl.addWidget(self.speech_note)
        sl.addStretch(1)
        cards.addWidget(settings, 5)

        # -- privacy and recordings
        privacy = QFrame(objectName="card")
        pl = QVBoxLayout(privacy)
        pl.setContentsMargins(18, 16, 18, 16)
        pl.setSpacing(10)
        pl.addWidget(plain_label(self.tr("Camera and privacy"), objectName="h2"))
        self.privacy_note = plain_label("")
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setAccessibleName(self.tr("Privacy"))
        pl.addWidget(self.privacy_note)
        self.record_box = QCheckBox(self.tr("Record this rehearsal so I can watch it back"))
        self.record_box.setAccessibleName(self.tr("Record this rehearsal"))
        self.record_box.setChecked(False)
        self.record_box.toggled.connect(self._update_privacy)
        pl.addWidget(self.record_box)
        pl.addWidget(plain_label(self.tr("Your recordings"), objectName="cardTitle"))
        self.recording_list = QListWidget()
        self.recording_list.setAccessibleName(self.tr("Recordings"))
        self.recording_list.setMinimumHeight(70)
        self.recording_list.setMaximumHeight(120)
        self.recording_list.itemSelectionChanged.connect(self._recording_selected)
        self.recording_list.itemActivated.connect(lambda _: self.play_recording())
        pl.addWidget(self.recording_list)
        self.no_recordings = plain_label(self.tr("No recordings. Turn recording on above to watch yourself afterwards."),
                                    objectName="muted")
        self.no_recordings.setWordWrap(True)
        pl.addWidget(self.no_recordings)
        rrow = QHBoxLayout()
        self.play_button = QPushButton(self.tr("Play"))
        self.play_button.setIcon(icon("play"))
        self.play_button.setAccessibleName(self.tr("Play the recording"))
        self.play_button.clicked.connect(self.play_recording)
        rrow.addWidget(self.play_button)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setAccessibleName(self.tr("Delete the recording"))
        self.delete_button.clicked.connect(self.delete_recording)
        rrow.addWidget(self.delete_button)
        rrow.addStretch(1)
        pl.addLayout(rrow)
        pl.addStretch(1)
        cards.addWidget(privacy, 4)
        lay.addLayout(cards)

        go = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start the mock call (Enter)"), objectName="primary")
        self.start_button.setIcon(icon("call", "#ffffff"))
        self.start_button.setIconSize(QSize(20, 20))
        self.start_button.setMinimumHeight(42)
        self.start_button.setProperty("size", "large")
        self.start_button.setAccessibleName(self.tr("Start the mock call"))
        self.start_button.clicked.connect(self.start_call)
        go.addWidget(self.start_button)
        go.addSpacing(12)
        keys = plain_label(self.tr("In the call: say (or type) the answer, Enter ends it · 1 / 2 / 3 rate it · T types "
                              "instead · R repeats, S slower (Alt+R / Alt+S while typing) · F8 pauses · Esc ends"),
                      objectName="muted")
        keys.setWordWrap(True)
        go.addWidget(keys, 1)
        lay.addLayout(go)
        lay.addStretch(1)
        note = plain_label(self.tr("A rehearsal for before the call. On the real call you answer on your own: verify_coach "
                              "has no overlay or prompting for live calls."), objectName="muted")
        note.setWordWrap(True)
        lay.addWidget(note)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(col, 980), 1)
        self._update_privacy()
        return page

    def _build_steps(self) -> QWidget:
        """How the call goes, step by step, as on a real call of the chosen type (``_show_steps``)."""
        strip = QFrame(objectName="card")
        self.steps_row = QHBoxLayout(strip)
        self.steps_row.setContentsMargins(16, 12, 16, 12)
        self.steps_row.setSpacing(18)
        self.step_widgets: list[tuple[QLabel, QLabel]] = []
        self._step_numbers: list[QLabel] = []
        for n in range(1, 6):
            num = plain_label(str(n), objectName="stepNumber")
            num.setFixedSize(26, 26)
            num.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.steps_row.addWidget(num, 0, Qt.AlignmentFlag.AlignTop)
            col = QVBoxLayout()
            col.setSpacing(2)
            title = plain_label("", styleSheet="font-weight: 600;")
            col.addWidget(title)
            body = plain_label("", objectName="muted")
            body.setWordWrap(True)
            col.addWidget(body)
            col.addStretch(1)
            self.steps_row.addLayout(col, 1)
            self.step_widgets.append((title, body))
            self._step_numbers.append(num)
        return strip

    def _steps_for(self, key: str) -> list[tuple[str, str]]:
        ident = (self.tr("Identity"), self.tr("Your name, date of birth and where you are right now"))
        id_step = (self.tr("Your ID"), self.tr("Hold it to the camera, then check it as the agent would"))
        report = (self.tr("Report"), self.tr("Passed or at risk, and what to drill next"))
        if key == "screening":
            return [(self.tr("About you"), self.tr("“Tell me about yourself”, answered out loud")),
                    (self.tr("Your work"), self.tr("Employers, projects, the rate — with follow-ups")),
                    (self.tr("Open questions"), self.tr("Remote work, how you found the platform")), report]
        if key == "kyc":
            return [(self.tr("Checklist"), self.tr("Short prompts: name, birth date, address, occupation")),
                    (self.tr("Your ID"), self.tr("Front and back, closer, next to your face")),
                    (self.tr("Liveness"), self.tr("Turn your head, read a code aloud")), report]
        return [ident, id_step,
                (self.tr("Your profile"), self.tr("Your rate, current work and a project — with follow-ups")),
                (self.tr("Your account"), self.tr("Who uses it, remote desktops, other accounts")), report]

    def _show_steps(self, key: str) -> None:
        steps = self._steps_for(key)
        for i, (title, body) in enumerate(self.step_widgets):
            shown = i < len(steps)
            title.setVisible(shown)
            body.setVisible(shown)
            self._step_numbers[i].setVisible(shown)
            if shown:
                title.setText(steps[i][0])
                body.setText(steps[i][1])

    def _type_summary(self, key: str) -> str:
        return {
            "upwork": self.tr("Under 10 minutes on Google Meet. The agent's camera is off, yours is on: your "
                              "identity, your ID, your current work, a project, your rate, and who uses the "
                              "account."),
            "screening": self.tr("10–15 minutes with a recruiter or a client: open questions, your work and "
                                 "rate, remote-work experience, and follow-ups on what you say. No ID."),
            "kyc": self.tr("2–4 minutes of short checklist prompts, your ID front and back, and a liveness "
                           "check. Strict: one wrong identity answer fails the call."),
        }.get(key, "")

    def _type_chosen(self, _index: int) -> None:
        """The type chosen on the start panel is the profile's type of call (as in the call-date dialog)."""
        key = self._show_type()
        self.ctx.op(self, lambda coach: coach.set_call_type(key), changes=Changes.CALL, name="set-call-type").run()

    def _show_type(self) -> str:
        key = str(self.type_box.currentData() or "upwork")
        self.type_summary.setText(self._type_summary(key))
        self._show_steps(key)
        return key

    def _set_type(self, key: str) -> None:
        self.type_box.blockSignals(True)
        self.type_box.setCurrentIndex(max(0, self.type_box.findData(key)))
        self.type_box.blockSignals(False)
        self._show_type()

    def _build_empty(self) -> QWidget:
        return empty_page(
            self.tr("Nothing to ask yet"),
            self.tr("The agent asks about the facts of your profile, and this profile has none yet. Fill in "
                    "your identity, jobs, rates and education, or import your profile."),
            [(self.tr("Open the profile editor"), self.tr("Open the profile editor"),
              lambda: self.ctx.bus.navigate.emit("profile"))],
        )

    def _build_loading(self) -> QWidget:
        return busy_page(self.tr("Connecting the call…"), self.tr("Connecting"))[0]

    def _build_call(self) -> QWidget:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(8)
        self.view = CallView()
        self.view.answer_submitted.connect(self.submit)
        self.view.first_keystroke.connect(self._first_keystroke)
        self.view.rated.connect(self.rate)
        self.view.points_done.connect(lambda covered: self.session.rate("good", covered=tuple(covered)))
        self.view.id_checked.connect(lambda ticked: self.session.id_checked(set(ticked)))
        self.view.repeat_requested.connect(self.repeat)
        self.view.skip_requested.connect(self._skip)
        self.view.pause_toggled.connect(self.toggle_pause)
        self.view.end_requested.connect(self.end_call)
        self.view.aloud_finished.connect(self._aloud_finished)
        self.view.self_rated.connect(self.session.self_rate)
        self.view.type_requested.connect(self._type_instead)
        self.view.self_view.status_changed.connect(self._camera_status)
        self.view.self_view.recording_finished.connect(self._recording_finished)
        self.view.self_view.recording_changed.connect(lambda _on: self._update_badge())
        lay.addWidget(self.view, 1)
        notice_row = QHBoxLayout()
        notice_row.setSpacing(8)
        self.notice_icon = plain_label()
        self.notice_icon.setPixmap(icon("help", theme.colors()["muted"]).pixmap(QSize(16, 16)))
        notice_row.addWidget(self.notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.notice = plain_label("", objectName="muted")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("Notices"))
        notice_row.addWidget(self.notice, 1)
        self.notice_box = QWidget()
        self.notice_box.setLayout(notice_row)
        self.notice_box.setVisible(False)
        lay.addWidget(self.notice_box)
        return page

    def _build_report(self) -> QWidget:
        page = QWidget()
        self.report_view = CallReportView()
        self.report_view.drill_requested.connect(lambda keys: self.ctx.bus.start_session.emit("review", keys))
        self.report_view.weak_requested.connect(lambda: self.ctx.bus.start_session.emit("weak", None))
        self.report_view.again_requested.connect(self.new_call)
        self.report_view.dashboard_requested.connect(lambda: self.ctx.bus.navigate.emit("dashboard"))
        self.report_view.override_requested.connect(lambda attempt_id: self._override(attempt_id, True))
        self.report_view.play_requested.connect(self.play_answer)
        self.report_view.undo_override_requested.connect(lambda attempt_id: self._override(attempt_id, False))
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        # what was not saved (another verify_coach held the data, a full disk…): said above the report
        self.unsaved_note = plain_label("", objectName="bad")  # it quotes the question (profile text)
        self.unsaved_note.setWordWrap(True)
        self.unsaved_note.setAccessibleName(self.tr("Not saved"))
        self.unsaved_note.setVisible(False)
        outer.addWidget(centered(self.unsaved_note, 980))
        outer.addWidget(centered(self.report_view, 980), 1)
        return page

    # ================================================================================= helpers
    def _countdown_ms(self) -> int:
        return int(self.ctx.prefs.get("answer_countdown")) * 1000

    def _slow_ms(self) -> int:
        return int(self.ctx.prefs.get("slow_seconds")) * 1000

    def _outside_change(self) -> None:
        if self.state in ("idle", "empty", "report"):
            self.dirty = True
            if self.isVisible() and self.state != "report":
                self.activate()

    # ================================================================================= start panel
    def activate(self) -> None:
        self.dirty = False
        if self.session.state in IN_CALL or self.state in ("starting", "saving"):
            self.ready.emit()
            return
        if self.state == "report" and not self._report_seen:
            self._report_seen = True
            self.pages.setCurrentWidget(self.report_page)
            self.ready.emit()
            return
        if self.state == "report":  # seen already: coming back means a new call
            self.session.reset()
        self._load_prefs()
        data_dir = self.ctx.data_dir

        def load(coach: Coach) -> tuple[int, list[Recording], str]:
            return len(coach.facts()), mockcall.list_recordings(data_dir), coach.call_type()

        self.ctx.op(self, load, name="call-start").latest().success(self._loaded).failure(self._load_failed).run()
        QTimer.singleShot(0, self._ensure_speaker)

    def reload(self) -> None:
        self.activate()

    def _loaded(self, result: tuple[int, list[Recording], str]) -> None:
        n, recs, call_type = result
        self._show_recordings(recs)
        if self.state in ("idle", "empty"):
            self._set_type(call_type)
        if self.state in ("idle", "empty"):
            self._start_state = "idle" if n else "empty"
            self.pages.setCurrentWidget(self.start_page if n else self.empty_page)
            if n:
                self.start_button.setFocus()
        self.ready.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self._start_state = "empty"
        self.pages.setCurrentWidget(self.empty_page)
        log.info("mock call: no profile to ask about: %s", exc)
        self.ready.emit()

    def _load_prefs(self) -> None:
        prefs = self.ctx.prefs
        self.captions_box.blockSignals(True)
        self.captions_box.setChecked(bool(prefs.get("captions")))
        self.captions_box.blockSignals(False)
        reason = Listener.reason_unavailable()
        self.aloud_box.blockSignals(True)
        self.aloud_box.setChecked(bool(prefs.get("call_aloud")) and not reason)
        self.aloud_box.setEnabled(not reason)
        self.aloud_box.blockSignals(False)
        self.mic_note.setText(reason)
        self.mic_note.setVisible(bool(reason))
        self.countdown_box.blockSignals(True)
        self.countdown_box.setValue(prefs.get("answer_countdown"))
        self.countdown_box.blockSignals(False)
        self.rate_slider.blockSignals(True)
        self.rate_slider.setValue(round(prefs.get("speech_rate") * 10))
        self.rate_slider.blockSignals(False)
        self._show_rate()

    def _ensure_speaker(self) -> None:
        """Create the agent's voice (this is where QtTextToSpeech is first imported)."""
        if self.speaker is not None or not shiboken6.isValid(self):
            return
        from ..widgets.speech import Speaker

        prefs = self.ctx.prefs
        self.speaker = Speaker.create(self, engine=self.speech_engine, voice=prefs.get("voice"),
                                      rate=prefs.get("speech_rate"))
        self.speaker.finished.connect(self._spoken)
        self.speaker.speaking_changed.connect(self._speaking_changed)
        self.speaker.failed.connect(self._speech_failed)
        self._fill_voices()

    def _fill_voices(self) -> None:
        sp = self.speaker
        accents = sp.locales() if sp is not None else []
        self.accent_box.blockSignals(True)
        self.accent_box.clear()
        self.accent_box.addItem(self.tr("Any accent"), "")
        for code, name in accents:
            self.accent_box.addItem(name, code)
        i = self.accent_box.findData(self.ctx.prefs.get("voice_accent"))
        self.accent_box.setCurrentIndex(max(0, i))
        self.accent_box.setEnabled(len(accents) > 1)
        self.accent_box.blockSignals(False)
        accent = str(self.accent_box.currentData() or "")
        self.voice_box.blockSignals(True)
        self.voice_box.clear()
        voices = (sp.voices_for(accent) or sp.voices()) if sp is not None else []
        if voices:
            for v in voices:
                self.voice_box.addItem(v, v)
            current = sp.voice()
            i = self.voice_box.findData(current)
            self.voice_box.setCurrentIndex(max(0, i))
            if i < 0:
                sp.set_voice(voices[0])
        else:
            self.voice_box.addItem(self.tr("No voice — captions only"))
        self.voice_box.setEnabled(bool(voices))
        self.voice_box.blockSignals(False)
        self.rate_slider.setEnabled(bool(sp and sp.available))
        self.test_voice.setEnabled(bool(sp and sp.available))
        problem = sp.problem if sp is not None else ""
        self.speech_note.setText(problem)
        self.speech_note.setVisible(bool(problem))

    def _speech_failed(self, message: str) -> None:
        self._set_notice("speech", message)
        self._fill_voices()

    def _accent_chosen(self, _index: int) -> None:
        self.ctx.prefs.set("voice_accent", str(self.accent_box.currentData() or ""))
        self._fill_voices()

    def _voice_chosen(self, _index: int) -> None:
        name = self.voice_box.currentData()
        if not name:
            return
        self.ctx.prefs.set("voice", name)
        if self.speaker is not None:
            self.speaker.set_voice(name)

    def _rate_chosen(self, value: int) -> None:
        self.ctx.prefs.set("speech_rate", value / 10)
        if self.speaker is not None:
            self.speaker.set_rate(value / 10)
        self._show_rate()

    def _show_rate(self) -> None:
        v = self.rate_slider.value()
        self.rate_label.setText(self.tr("normal") if v == 0 else (f"+{v / 10:.1f}" if v > 0 else f"{v / 10:.1f}"))

    def _test_voice(self) -> None:
        if self.speaker is not None and self.state in ("idle", "empty", "report"):
            # the agent speaks English, as on the call: this sentence is not translated
            self.speaker.say("Hello, I'm the verification agent. Could you confirm your full name?")

    def _update_privacy(self) -> None:
        if self.record_box.isChecked():
            self.privacy_note.setText(self.tr(
                "This rehearsal will be recorded (camera and microphone) to your recordings folder, readable only "
                "by you. Nothing is sent anywhere; delete recordings below at any time."))
            theme.mark(self.privacy_note, tone="ok")
        else:
            self.privacy_note.setText(self.tr(
                "Nothing is recorded. Your camera image is only shown on this screen while the call runs — never "
                "saved or sent anywhere."))
            theme.mark(self.privacy_note, tone="")

    # -- recordings ------------------------------------------------------------------------
    def _show_recordings(self, recs: list[Recording]) -> None:
        self.recordings = list(recs)
        self.recording_list.clear()
        for r in recs:
            item = QListWidgetItem(f"{fmt.when(r.modified)} · {fmt.file_size(r.size)}")
            item.setData(Qt.ItemDataRole.UserRole, str(r.path))
            item.setToolTip(safe_message(str(r.path)))
            self.recording_list.addItem(item)
        self.recording_list.setVisible(bool(recs))
        self.no_recordings.setVisible(not recs)
        if recs:
            self.recording_list.setCurrentRow(0)
        self._recording_selected()

    def _recording_selected(self) -> None:
        has = self.recording_list.currentItem() is not None and bool(self.recordings)
        self.play_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def _selected_recording(self) -> str | None:
        item = self.recording_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def play_recording(self) -> None:
        path = self._selected_recording()
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def delete_recording(self) -> None:
        path = self._selected_recording()
        if not path:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete recording"),
            self.tr("Delete this recording for good? It cannot be restored."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        data_dir = self.ctx.data_dir

        def delete() -> list[Recording]:
            from pathlib import Path

            mockcall.delete_recording(data_dir, Path(path))
            return mockcall.list_recordings(data_dir)

        self.ctx.task(self, delete, name="delete-recording").expect(OSError).success(self._show_recordings).run()

    def _recording_finished(self, path: str) -> None:
        data_dir = self.ctx.data_dir

        def protect() -> list[Recording]:
            from pathlib import Path

            mockcall.protect_recording(Path(path))
            return mockcall.list_recordings(data_dir)

        self.ctx.task(self, protect, name="protect-recording").expect(OSError).success(self._show_recordings).run()

    # ================================================================================= the call
    # The call itself is core.session.call.CallSession; this screen is its view.
    @property
    def state(self) -> str:
        """``idle``/``empty`` (the start panel) or the call's state."""
        return self._start_state if self.session.state is CallState.IDLE else self.session.state.value

    @property
    def call(self) -> CallPlan | None:
        return self.session.call

    @property
    def plan(self) -> Any:
        return self.session.plan

    @property
    def item(self) -> mockcall.CallItem | None:
        return self.session.item

    @property
    def report(self) -> mockcall.CallReport | None:
        return self.session.report

    @property
    def results(self) -> dict[int, FactAnswer]:
        return self.session.results

    @property
    def paused(self) -> bool:
        return self.session.paused

    @property
    def first_key_ms(self) -> int | None:
        return self.session.first_key_ms

    @property
    def qclock(self) -> PausableClock:
        return self.session.qclock

    @property
    def seed(self) -> int | None:
        return self.session.seed

    @seed.setter
    def seed(self, value: int | None) -> None:
        self.session.seed = value

    @property
    def now_ms(self) -> Callable[[], float]:
        return self.session.now_ms

    @now_ms.setter
    def now_ms(self, fn: Callable[[], float]) -> None:
        self.session.now_ms = fn

    def new_call(self) -> None:
        """Back to the start panel (Enter starts the next call with the same settings)."""
        if self.session.state is CallState.REPORT:
            self.session.reset()
            self.activate()

    def start_call(self) -> None:
        if self.state not in ("idle", "empty", "report"):
            return
        self._ensure_speaker()
        self.speaker.stop()
        call_type = str(self.type_box.currentData() or "upwork")
        self.ctx.prefs.set("answer_countdown", int(self.countdown_box.value()))
        self.session.countdown_ms, self.session.slow_ms = self._countdown_ms(), self._slow_ms()
        self.start_message.setVisible(False)
        self.aloud = self.aloud_box.isChecked() and self.aloud_box.isEnabled()
        self.session.keep_recordings = bool(self.ctx.prefs.get("keep_recordings"))
        self.session.start(call_type=call_type, record=self.record_box.isChecked(), data_dir=self.ctx.data_dir)

    def submit(self, text: str) -> None:
        self.session.submit(text)

    def rate(self, rating: str) -> None:
        self.session.rate(rating)

    def repeat(self, slower: bool = False) -> None:
        """"Could you repeat that?" (R) or "a bit slower, please" (S)."""
        if self.session.repeat(slower=slower):
            self.listener.stop()  # the agent speaks: listening starts again once it has finished
        self.view.focus_answer()  # a click on Repeat leaves the answer where it was

    def toggle_pause(self) -> None:
        self.session.toggle_pause()

    def end_call(self) -> None:
        """The red button: end now; the answers given are kept and the report shows them."""
        self.session.end()

    def _first_keystroke(self) -> None:
        self.session.first_keystroke()

    def _skip(self) -> None:
        self.session.skip()

    def _spoken(self) -> None:
        self.session.spoken()
        self._listen_if_answering()

    # -- answering aloud ---------------------------------------------------------------------
    def _speaks_now(self) -> bool:
        item = self.session.item
        return self.aloud and not self._typed_now and item is not None and item.is_fact

    def _listen_if_answering(self) -> None:
        """Once the agent has asked (the clock runs), the microphone listens for the answer."""
        if not self._speaks_now() or self.session.state is not CallState.ANSWERING or self.session.paused:
            return
        from ...audio import SILENCE_GRACE_MS

        if self.listener.listen(self._countdown_ms() + SILENCE_GRACE_MS):
            self.view.show_listening(fill(self.tr("Microphone: %1 · the answer ends after a short pause · Enter "
                                                  "ends it now · T to type instead"), self.listener.device_name))
        else:
            self._mic_failed(self.listener.problem)

    def _speech_started(self, at: float) -> None:
        self.session.speech_started(at)
        self.view.show_speaking()

    def _aloud_finished(self) -> None:
        if not self.listener.heard_speech:
            self.view.listen_hint.setText(self.tr("Nothing heard yet — answer aloud, or press T to type."))
            return
        audio = self.listener.take()
        self.listener.stop()
        self.session.speech_ended(None, audio)

    def _type_instead(self) -> None:
        """T while listening: this answer is typed."""
        self.listener.stop()
        self._typed_now = True
        self.view.show_typed()

    def _mic_failed(self, message: str) -> None:
        """The microphone cannot be used (any more): the rest of the call is typed; an answer under way is kept."""
        self.aloud = False
        self._set_notice("mic", message)
        heard, audio = self.listener.left_over_heard, self.listener.left_over
        if self.session.state is CallState.ANSWERING and self.view.mode == "listening":
            if heard and self.session.speech_ended(None, audio):
                return
            self.view.show_typed()

    def play_answer(self, path: str) -> None:
        """Play the kept recording of an answer said aloud (the report's "You said ▶")."""
        if self._answer_playback is None:
            from ...audio import Playback

            self._answer_playback = Playback(self)
            self._answer_playback.failed.connect(lambda text: self.ctx.bus.status.emit(
                fill(self.tr("The recording cannot be played: %1"), text), 10_000))
        self._answer_playback.play_file(path)

    def _test_microphone(self) -> None:
        from ..dialogs.mic_test import MicTestDialog

        MicTestDialog(self.ctx, self).exec()
        self._load_prefs()

    def show_self_check(self, item: mockcall.CallItem, check: Any) -> None:
        self.listener.stop()
        parts = []
        if check.hesitation_ms is not None:
            parts.append(fill(self.tr("You started after %1 s"), f"{check.hesitation_ms / 1000:.1f}"))
        parts.append(fill(self.tr("finished after %1 s"), f"{check.latency_ms / 1000:.1f}"))
        if check.heard_text:
            parts.insert(0, fill(self.tr("It sounded like: “%1”"), check.heard_text))
        self.view.show_spoken_check(check.say_it, " · ".join(parts))

    def _override(self, attempt_id: int, right: bool) -> None:
        self.session.override(attempt_id, right)

    # -- CallView ----------------------------------------------------------------------------
    def show_connecting(self) -> None:
        self.pages.setCurrentWidget(self.loading_page)

    def start_failed(self, message: str) -> None:
        self.pages.setCurrentWidget(self.start_page)
        self.start_message.setText(message if message != NO_FACTS else self.tr(
            "This profile has no facts an agent could ask about yet: fill in the profile first."))
        self.start_message.setVisible(bool(message))  # a bug (no message): the error dialog says it

    def show_connected(self, call: CallPlan, recording_path: Any) -> None:
        self.notices = {}
        self.view.set_paused(False)
        self.pages.setCurrentWidget(self.call_page)
        sp = self.speaker
        if sp is not None and sp.problem:
            self._set_notice("speech", sp.problem)
        self.view.self_view.start(recording_path)
        if recording_path is not None and not self.view.self_view.live:
            self._set_notice("record", self.tr("Recording needs a camera, so nothing is recorded."))
        self._update_badge()
        ct = call.type
        self.view.set_agent(call.platform and ct.id == "upwork" and fill(self.tr("%1 verification"), call.platform)
                            or self._agent_name(ct.id), ct.agent_camera)
        voice = sp is not None and sp.available
        self.view.set_captions(bool(self.ctx.prefs.get("captions")) or not voice)  # no voice: captions stay
        self.view.set_card_guide(False)
        self.view.set_phase(self.tr("Connected"))
        self.view.set_caption(call.greeting)
        self.view.show_waiting(self.tr("The agent is introducing the call — press Enter to skip."), "greeting")
        self.ticker.start()

    def _agent_name(self, key: str) -> str:
        return {"screening": self.tr("Interviewer"), "kyc": self.tr("Bank video-KYC")}.get(
            key, self.tr("Verification agent"))

    def show_item(self, item: mockcall.CallItem, total: int) -> None:
        self.view.set_card_guide(False)
        self.view.set_phase(self._phase_text(item, total))
        self.view.set_caption(item.prompt, item.intro)
        if item.is_open and item.open is not None and item.open.checklist:
            self.view.show_points(list(item.points))
        elif item.is_open:
            self.view.show_rating()
        else:
            self._typed_now = False
            self.listener.stop()
            if self.aloud:
                self.view.show_listening(self.tr("Listen to the question — then answer aloud."))
            else:
                self.view.show_typed()

    def show_id_step(self, item: mockcall.CallItem, step: int) -> None:
        ins = item.id_step[step]
        self.view.set_phase(fill(self.tr("Your ID · step %1 of %2"), str(step + 1), str(len(item.id_step))))
        self.view.set_caption(ins.text, item.intro if step == 0 else "")
        self.view.set_card_guide(ins.guide, self.tr("Hold your ID here"))
        self.view.show_waiting(self.tr("Do as the agent asks — Enter for the next instruction."), "id_step")

    def show_id_check(self, item: mockcall.CallItem) -> None:
        self.view.set_card_guide(False)
        self.view.set_phase(self.tr("Your ID · the self-check"))
        self.view.set_caption(self.tr("Did your ID pass?"), "")
        call = self.session.call
        note, warn = self._name_note(call.full_name if call else "", call.id_name if call else "")
        self.view.show_id_check([(c.id, id_check_text(c)) for c in item.checks], note, warn)

    def _name_note(self, full_name: str, id_name: str) -> tuple[str, bool]:
        """What the ID check says about the two names (``core.names.compare_id_name``); True: they differ."""
        check = compare_id_name(full_name, id_name)
        if check.status == "unknown":
            return self.tr("Tip: add the name exactly as printed on your ID to your profile, and the app "
                           "compares the two for you."), False
        if check.status in FINE:
            return fill(self.tr("Your ID name “%1” matches your profile name."), " ".join(id_name.split())), False
        return name_note(check, full_name, id_name), True

    def show_closing(self, text: str) -> None:
        self.view.set_phase(self.tr("Ending the call"))
        self.view.set_caption(text)
        self.view.show_waiting(self.tr("The call is ending — press Enter to see your report."), "closing")

    def say(self, text: str, hold_ms: int | None = None, slower: bool = False) -> None:
        self.speaker.say(text, hold_ms=hold_ms or 0, slower=slower)

    def stop_speaking(self) -> None:
        self.speaker.stop()

    def show_paused(self, paused: bool) -> None:
        if paused:
            self.listener.stop()
            self.ticker.stop()
            self.speaker.pause()
            self.view.set_countdown(self.tr("Paused"), "")
        else:
            self.speaker.resume()
            self.ticker.start()
        self.view.set_paused(paused)
        if not paused and self.view.mode == "listening":
            self._listen_if_answering()

    def call_over(self) -> None:
        self.listener.close()
        self.ticker.stop()
        self.speaker.stop()
        self.view.self_view.stop()
        self.view.set_agent_speaking(False, "")

    def show_not_saved(self, message: str) -> None:
        """An answer (or the call's end) did not reach the database: a notice on the call at once; the
        report page lists them all (``session.unsaved``)."""
        self._set_notice("save", message)
        self._show_unsaved()

    def _show_unsaved(self) -> None:
        unsaved = self.session.unsaved
        if unsaved:
            head = self.tr("Not everything of this call was saved. The report shows only what was:")
            self.unsaved_note.setText("\n".join([head, *unsaved]))
        self.unsaved_note.setVisible(bool(unsaved))

    def show_report(self, report: mockcall.CallReport, duration_ms: int, first: bool) -> None:
        self._show_unsaved()
        self.report_view.show_report(report, duration_ms=duration_ms)
        if not first:
            return
        self._report_seen = self.isVisible()
        self.record_box.setChecked(False)  # recording is chosen again for each rehearsal
        if self.isVisible():
            self.pages.setCurrentWidget(self.report_page)
            self.report_view.drill_button.setFocus()

    def history_changed(self) -> None:
        self.ctx.changed(Changes.HISTORY)

    def tick(self) -> None:
        self._tick()

    def _update_badge(self) -> None:
        sv = self.view.self_view
        if sv.recording or (self.session.recording_path is not None and sv.recorder is not None and sv.live):
            self.view.set_badge(self.tr("● REC — this rehearsal is being recorded"), True)
        else:
            self.view.set_badge(self.tr("Rehearsal · nothing is recorded"), False)

    def _camera_status(self, code: str, message: str) -> None:
        self._set_notice("camera", message)
        if self.session.state in IN_CALL:
            self._update_badge()
            focus = QApplication.focusWidget()
            if focus is None or not self.view.isAncestorOf(focus):  # the video tile that went away had it
                self.view.focus_answer()

    def _set_notice(self, source: str, message: str) -> None:
        if message:
            self.notices[source] = message
        else:
            self.notices.pop(source, None)
        text = "\n".join(self.notices[k] for k in ("save", "camera", "speech", "mic", "record")
                         if k in self.notices)
        self.notice.setText(text)
        urgent = "save" in self.notices  # an answer not saved is not a hint: it is shown as a warning
        self.notice_icon.setPixmap(icon("warning" if urgent else "help",
                                        theme.colors()["bad" if urgent else "muted"]).pixmap(QSize(16, 16)))
        if self.notice.objectName() != ("bad" if urgent else "muted"):
            self.notice.setObjectName("bad" if urgent else "muted")
            self.notice.style().unpolish(self.notice)
            self.notice.style().polish(self.notice)
        self.notice_box.setVisible(bool(text))

    def _phase_text(self, item: mockcall.CallItem, total: int) -> str:
        phase = {"identity": self.tr("Identity"), "profile": self.tr("Your profile"),
                 "follow_up": self.tr("Follow-up"), "account": self.tr("Your account"),
                 "explain": self.tr("Be ready to explain"),
                 "open": self.tr("Open questions")}.get(item.phase, item.phase)
        return (fill(self.tr("%1 · question %2 of %3"), phase, str(item.index + 1), str(total)))

    def _speaking_changed(self, on: bool) -> None:
        if self.session.state in IN_CALL:
            self.view.set_agent_speaking(on, self.tr("Speaking…") if on else self.tr("Listening"))

    # -- the ticking display ---------------------------------------------------------------
    def _tick(self) -> None:
        if self.session.state not in IN_CALL:
            return
        s = self.session.time_s()
        self.view.set_time(f"{s // 60:02d}:{s % 60:02d}")
        c = self.session.countdown()
        if c.kind == "paused":
            return
        n = str(int(c.seconds))
        text, level = {
            "agent": (self.tr("Agent speaking"), ""),
            "listen": (self.tr("Listen to the question…"), ""),
            "start": (fill(self.tr("Start answering · %1 s"), n), "running"),
            "aloud": (fill(self.tr("Answering aloud · %1 s"), n), "typing"),
            "typing": (fill(self.tr("Answering · %1 s"), f"{c.seconds:.1f}"), "typing"),
            "late": (fill(self.tr("Hesitating · +%1 s"), n), "late"),
            "rate": (self.tr("Rate your answer · 1 / 2 / 3"), ""),
        }[c.kind]
        self.view.set_countdown(text, level)

    # ================================================================================= leaving, keys
    def confirm_end(self) -> bool:
        """Ask before ending a call that is running (Esc, leaving the screen); True: end it."""
        if self.session.state not in IN_CALL:
            return True
        paused = self.session.paused
        if not paused:
            self.session.toggle_pause()  # the clock does not run while the user decides
        answer = QMessageBox.question(
            self, self.tr("End the call?"),
            self.tr("End the mock call now? The answers you gave are kept and the report shows them."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            return True
        if not paused and self.session.paused:
            self.session.toggle_pause()
        return False

    def _escape(self) -> None:
        if self.session.state in IN_CALL and self.confirm_end():
            self.session.end()

    def busy(self) -> bool:
        return self.session.state in IN_CALL or self.state in ("starting", "saving")

    def can_leave(self) -> bool:
        """Leaving mid-call asks first, then ends it (answers are saved, the camera goes off); the report
        shows on return."""
        if not self.confirm_end():
            return False
        self.session.leave()
        if self.speaker is not None and self.session.state not in IN_CALL:
            self.speaker.stop()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if (key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state == "idle"
                and self.pages.currentWidget() is self.start_page
                and not self.recording_list.hasFocus()):
            self.start_call()
            return
        super().keyPressEvent(event)
