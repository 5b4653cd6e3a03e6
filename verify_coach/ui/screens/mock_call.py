"""Mock call: rehearse the verification call itself — spoken, timed, on camera.

Pages: start panel (length, countdown, voice and speed, privacy and recordings) -> the call (a video-call
stage: the agent's tile, your self-view, captions) -> the report (passed / at risk, wrong and slow answers,
open questions, one click to drill).

States (``self.state``)::

    idle -> starting -> greeting -> asking <-> answering ... -> closing -> saving -> report
    (``empty`` instead of idle when the profile has no facts)

The answer clock of a question starts when the agent has finished asking it (at once with captions
only); the time to the first keystroke is the hesitation, the time to Enter the latency. Pausing (F8)
stops the speech, the countdown and every clock.

QtMultimedia and QtTextToSpeech are imported only here, inside functions (see ``widgets.speech`` and
``widgets.self_view``), so the rest of the app never loads them. Without a camera, a speech engine, an
audio output or the multimedia libraries the call still runs, with captions and a placeholder, and a
quiet notice says what is missing and how to fix it.

Nothing of the camera is recorded unless the user turns recording on for a rehearsal.
"""

from __future__ import annotations

import logging
import random
from dataclasses import replace
from typing import Any

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
from ...core.mockcall import CallPlan, FactAnswer, OpenAnswer, PausableClock, Recording
from .. import theme
from ..context import AppContext
from ..icons import icon
from ..ops import Changes
from ..widgets import format as fmt
from ..widgets.call_report import CallReportView
from ..widgets.call_view import CallView
from ..widgets.layout import busy_page, centered, empty_page
from .base import Screen

log = logging.getLogger(__name__)

IN_CALL = ("greeting", "asking", "answering", "closing")
LENGTH_ORDER = ("short", "typical", "long")
NO_FACTS = "This profile has no facts an agent could ask about yet: fill in the profile first."




def reading_ms(text: str) -> int:
    """How long a caption that is not a question stays up without a voice (Enter skips it)."""
    return max(2500, 280 * len(text.split()))


def _size(n: int) -> str:
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    return f"{max(1, n // 1000)} kB"


class MockCallScreen(Screen):
    name = "call"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Mock call"))
        # Set by tests: the speech engine (None: the system's), the question seed, the time source.
        self.speech_engine: str | None = None
        self.seed: int | None = None
        self.now_ms = mockcall.monotonic_ms
        self.state = "idle"
        self.call: CallPlan | None = None
        self.plan: Any = None
        self.index = -1
        self.first_key_ms: int | None = None
        self.results: dict[int, FactAnswer] = {}
        self.open_answers: list[OpenAnswer] = []
        self.sent = 0
        self.paused = False
        self.report: mockcall.CallReport | None = None
        self.weak_count: int | None = None  # weak facts after the call (core.stats.weak_facts)
        self.duration_ms = 0
        self.speaker: Any = None
        self.notices: dict[str, str] = {}
        self.recordings: list[Recording] = []
        self.recording_path: Any = None
        self._token = 0
        self._report_seen = False
        self.qclock = PausableClock(lambda: self.now_ms())
        self.call_clock = PausableClock(lambda: self.now_ms())
        self.ticker = QTimer(self)
        self.ticker.setInterval(100)
        self.ticker.timeout.connect(self._tick)

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
        ctx.bus.on(Changes.PROFILE, self._outside_change)

    # ================================================================================= building
    def _build_start(self) -> QWidget:
        page = QWidget()
        col = QWidget()
        lay = QVBoxLayout(col)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.setSpacing(12)
        lay.addWidget(QLabel(self.tr("Rehearse the verification call"), objectName="h1"))
        intro = QLabel(self.tr(
            "The agent asks your identity and profile questions aloud, in the order of a real call, then a few "
            "open questions. Type each answer as you would say it; answer the open questions out loud and rate "
            "yourself. Look at the camera, not at the keyboard."), objectName="muted")
        intro.setWordWrap(True)
        lay.addWidget(intro)
        self.start_message = QLabel("", objectName="fieldError")
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
        sl.addWidget(QLabel(self.tr("The call"), objectName="h2"))
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(10)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.length_box = QComboBox()
        self.length_box.setAccessibleName(self.tr("Call length"))
        names = {"short": self.tr("Short"), "typical": self.tr("Typical"), "long": self.tr("Long")}
        for key in LENGTH_ORDER:
            preset = mockcall.LENGTHS[key]
            text = (self.tr("%1 — %2 questions, about %3 min").replace("%1", names[key])
                    .replace("%2", str(preset.questions)).replace("%3", str(preset.minutes)))
            self.length_box.addItem(text, key)
        self.length_box.currentIndexChanged.connect(
            lambda _: self.ctx.prefs.set("call_length", self.length_box.currentData()))
        form.addRow(self.tr("Length"), self.length_box)
        cd_row = QHBoxLayout()
        self.countdown_box = QSpinBox()
        self.countdown_box.setRange(1, 30)
        self.countdown_box.setSuffix(" s")
        self.countdown_box.setAccessibleName(self.tr("Seconds to start answering"))
        self.countdown_box.setMinimumWidth(80)
        self.countdown_box.valueChanged.connect(lambda v: self.ctx.prefs.set("answer_countdown", int(v)))
        cd_row.addWidget(self.countdown_box)
        cd_row.addSpacing(6)
        cd_row.addWidget(QLabel(self.tr("to start answering"), objectName="muted"))
        cd_row.addStretch(1)
        form.addRow(self.tr("Countdown"), cd_row)
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
        self.rate_label = QLabel("", objectName="muted")
        self.rate_label.setMinimumWidth(64)
        rate_row.addWidget(self.rate_label)
        form.addRow(self.tr("Speed"), rate_row)
        sl.addLayout(form)
        test_row = QHBoxLayout()
        self.test_voice = QPushButton(self.tr("Test the voice"))
        self.test_voice.setIcon(icon("mic"))
        self.test_voice.setAccessibleName(self.tr("Test the voice"))
        self.test_voice.clicked.connect(self._test_voice)
        self.test_voice.setEnabled(False)
        test_row.addWidget(self.test_voice)
        test_row.addStretch(1)
        sl.addLayout(test_row)
        self.speech_note = QLabel("", objectName="muted")
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
        pl.addWidget(QLabel(self.tr("Camera and privacy"), objectName="h2"))
        self.privacy_note = QLabel("")
        self.privacy_note.setWordWrap(True)
        self.privacy_note.setAccessibleName(self.tr("Privacy"))
        pl.addWidget(self.privacy_note)
        self.record_box = QCheckBox(self.tr("Record this rehearsal so I can watch it back"))
        self.record_box.setAccessibleName(self.tr("Record this rehearsal"))
        self.record_box.setChecked(False)
        self.record_box.toggled.connect(self._update_privacy)
        pl.addWidget(self.record_box)
        pl.addWidget(QLabel(self.tr("Your recordings"), objectName="cardTitle"))
        self.recording_list = QListWidget()
        self.recording_list.setAccessibleName(self.tr("Recordings"))
        self.recording_list.setMinimumHeight(70)
        self.recording_list.setMaximumHeight(120)
        self.recording_list.itemSelectionChanged.connect(self._recording_selected)
        self.recording_list.itemActivated.connect(lambda _: self.play_recording())
        pl.addWidget(self.recording_list)
        self.no_recordings = QLabel(self.tr("No recordings. Turn recording on above to watch yourself afterwards."),
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
        self.start_button.setStyleSheet("font-size: 15px; padding: 8px 22px;")
        self.start_button.setAccessibleName(self.tr("Start the mock call"))
        self.start_button.clicked.connect(self.start_call)
        go.addWidget(self.start_button)
        go.addSpacing(12)
        keys = QLabel(self.tr("In the call: type + Enter answers · 1 / 2 / 3 rate an open answer · F8 pauses · "
                              "Enter skips the greeting"), objectName="muted")
        keys.setWordWrap(True)
        go.addWidget(keys, 1)
        lay.addLayout(go)
        lay.addStretch(1)
        note = QLabel(self.tr("A rehearsal for before the call. On the real call you answer on your own: verify_coach "
                              "has no overlay or prompting for live calls."), objectName="muted")
        note.setWordWrap(True)
        lay.addWidget(note)
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(col, 980), 1)
        self._update_privacy()
        return page

    def _build_steps(self) -> QWidget:
        """How the call goes, in four steps, as on a real call."""
        strip = QFrame(objectName="card")
        row = QHBoxLayout(strip)
        row.setContentsMargins(16, 12, 16, 12)
        row.setSpacing(18)
        accent = theme.colors()["accent"]
        steps = (
            (self.tr("Identity"), self.tr("Full name, date of birth, address, the ID you will show")),
            (self.tr("Your profile"), self.tr("Rate, employers and dates, projects, education, skills")),
            (self.tr("Open questions"), self.tr("Answered out loud, then rated by you")),
            (self.tr("Report"), self.tr("Passed or at risk, and what to drill next")),
        )
        for n, (title, text) in enumerate(steps, 1):
            num = QLabel(str(n))
            num.setFixedSize(26, 26)
            num.setAlignment(Qt.AlignmentFlag.AlignCenter)
            num.setStyleSheet(f"background: {accent}; color: #ffffff; border-radius: 13px; font-weight: 700;")
            row.addWidget(num, 0, Qt.AlignmentFlag.AlignTop)
            col = QVBoxLayout()
            col.setSpacing(2)
            col.addWidget(QLabel(title, styleSheet="font-weight: 600;"))
            body = QLabel(text, objectName="muted")
            body.setWordWrap(True)
            col.addWidget(body)
            col.addStretch(1)
            row.addLayout(col, 1)
        return strip

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
        self.view.skip_requested.connect(self._skip)
        self.view.pause_toggled.connect(self.toggle_pause)
        self.view.end_requested.connect(self.end_call)
        self.view.self_view.status_changed.connect(self._camera_status)
        self.view.self_view.recording_finished.connect(self._recording_finished)
        self.view.self_view.recording_changed.connect(lambda _on: self._update_badge())
        lay.addWidget(self.view, 1)
        notice_row = QHBoxLayout()
        notice_row.setSpacing(8)
        self.notice_icon = QLabel()
        self.notice_icon.setPixmap(icon("help", theme.colors()["muted"]).pixmap(QSize(16, 16)))
        notice_row.addWidget(self.notice_icon, 0, Qt.AlignmentFlag.AlignTop)
        self.notice = QLabel("", objectName="muted")
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
        self.report_view.undo_override_requested.connect(lambda attempt_id: self._override(attempt_id, False))
        outer = QVBoxLayout(page)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(centered(self.report_view, 980), 1)
        return page

    # ================================================================================= helpers
    def _countdown_ms(self) -> int:
        return max(1, int(self.ctx.prefs.get("answer_countdown") or 5)) * 1000

    def _slow_ms(self) -> int:
        return max(1, int(self.ctx.prefs.get("slow_seconds") or 12)) * 1000

    def _outside_change(self) -> None:
        if self.state in ("idle", "empty", "report"):
            self.dirty = True
            if self.isVisible() and self.state != "report":
                self.activate()

    # ================================================================================= start panel
    def activate(self) -> None:
        self.dirty = False
        if self.state in IN_CALL or self.state in ("starting", "saving"):
            self.ready.emit()
            return
        if self.state == "report" and not self._report_seen:
            self._report_seen = True
            self.pages.setCurrentWidget(self.report_page)
            self.ready.emit()
            return
        if self.state == "report":  # seen already: coming back means a new call
            self.state = "idle"
        self._load_prefs()
        coach = self.ctx.coach
        if coach is None:
            return
        data_dir = self.ctx.data_dir

        def load() -> tuple[int, list[Recording]]:
            return len(coach.facts()), mockcall.list_recordings(data_dir)

        self._run(load, success=self._loaded, failure=self._load_failed, name="call-start")
        QTimer.singleShot(0, self._ensure_speaker)

    def reload(self) -> None:
        self.activate()

    def _loaded(self, result: tuple[int, list[Recording]]) -> None:
        n, recs = result
        self._show_recordings(recs)
        if self.state in ("idle", "empty"):
            self.state = "idle" if n else "empty"
            self.pages.setCurrentWidget(self.start_page if n else self.empty_page)
            if n:
                self.start_button.setFocus()
        self.ready.emit()

    def _load_failed(self, exc: BaseException) -> None:
        self.state = "empty"
        self.pages.setCurrentWidget(self.empty_page)
        log.info("mock call: no profile to ask about: %s", exc)
        self.ready.emit()

    def _load_prefs(self) -> None:
        prefs = self.ctx.prefs
        i = self.length_box.findData(str(prefs.get("call_length") or "typical"))
        self.length_box.blockSignals(True)
        self.length_box.setCurrentIndex(i if i >= 0 else 1)
        self.length_box.blockSignals(False)
        self.countdown_box.blockSignals(True)
        self.countdown_box.setValue(max(1, min(30, int(prefs.get("answer_countdown") or 5))))
        self.countdown_box.blockSignals(False)
        self.rate_slider.blockSignals(True)
        self.rate_slider.setValue(round(float(prefs.get("speech_rate") or 0.0) * 10))
        self.rate_slider.blockSignals(False)
        self._show_rate()

    def _ensure_speaker(self) -> None:
        """Create the agent's voice (this is where QtTextToSpeech is first imported)."""
        if self.speaker is not None or not shiboken6.isValid(self):
            return
        from ..widgets.speech import Speaker

        prefs = self.ctx.prefs
        self.speaker = Speaker.create(self, engine=self.speech_engine, voice=str(prefs.get("voice") or ""),
                                      rate=float(prefs.get("speech_rate") or 0.0))
        self.speaker.finished.connect(self._spoken)
        self.speaker.speaking_changed.connect(self._speaking_changed)
        self.speaker.failed.connect(self._speech_failed)
        self._fill_voices()

    def _fill_voices(self) -> None:
        sp = self.speaker
        self.voice_box.blockSignals(True)
        self.voice_box.clear()
        voices = sp.voices() if sp is not None else []
        if voices:
            for v in voices:
                self.voice_box.addItem(v, v)
            current = sp.voice()
            i = self.voice_box.findData(current)
            self.voice_box.setCurrentIndex(max(0, i))
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
            self.privacy_note.setStyleSheet(f"color: {theme.colors()['ok']};")
        else:
            self.privacy_note.setText(self.tr(
                "Nothing is recorded. Your camera image is only shown on this screen while the call runs — never "
                "saved or sent anywhere."))
            self.privacy_note.setStyleSheet("")

    # -- recordings ------------------------------------------------------------------------
    def _show_recordings(self, recs: list[Recording]) -> None:
        self.recordings = list(recs)
        self.recording_list.clear()
        for r in recs:
            item = QListWidgetItem(f"{fmt.when(r.modified)} · {_size(r.size)}")
            item.setData(Qt.ItemDataRole.UserRole, str(r.path))
            item.setToolTip(str(r.path))
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

        self._run(delete, success=self._show_recordings, name="delete-recording")

    def _recording_finished(self, path: str) -> None:
        data_dir = self.ctx.data_dir

        def protect() -> list[Recording]:
            from pathlib import Path

            mockcall.protect_recording(Path(path))
            return mockcall.list_recordings(data_dir)

        self._run(protect, success=self._show_recordings, name="protect-recording")

    # ================================================================================= the call
    def new_call(self) -> None:
        """Back to the start panel (Enter starts the next call with the same settings)."""
        if self.state == "report":
            self.state = "idle"
            self.activate()

    def start_call(self) -> None:
        if self.state not in ("idle", "empty", "report"):
            return
        coach = self.ctx.coach
        if coach is None:
            return
        self._ensure_speaker()
        self.speaker.stop()
        length = str(self.length_box.currentData() or "typical")
        self.ctx.prefs.set("call_length", length)
        self.ctx.prefs.set("answer_countdown", int(self.countdown_box.value()))
        record = self.record_box.isChecked()
        seed = self.seed if self.seed is not None else random.randrange(1 << 30)
        data_dir = self.ctx.data_dir
        self.state = "starting"
        self._token += 1
        token = self._token
        self.start_message.setVisible(False)
        self.pages.setCurrentWidget(self.loading_page)

        def prepare() -> tuple[CallPlan, Any, Any]:
            from ...core.coach import CoachError
            from ...core.facts import extract_facts

            _, profile = coach.load_profile()
            facts = extract_facts(profile)
            call = mockcall.plan_call(profile, facts, length=length, seed=seed)
            if not call.fact_items:
                raise CoachError(NO_FACTS)
            plan = coach.start_session("call", count=len(call.fact_keys), fact_keys=call.fact_keys, seed=seed)
            path = mockcall.new_recording_path(data_dir) if record else None
            return call, plan, path

        self._run(prepare, success=lambda r: self._call_ready(token, r), failure=self._start_failed,
                  name="start-call")

    def _start_failed(self, exc: BaseException) -> None:
        self.state = "idle"
        self.pages.setCurrentWidget(self.start_page)
        self.start_message.setText(str(exc) if str(exc) != NO_FACTS else self.tr(
            "This profile has no facts an agent could ask about yet: fill in the profile first."))
        self.start_message.setVisible(True)

    def _call_ready(self, token: int, result: tuple[CallPlan, Any, Any]) -> None:
        call, plan, path = result
        if token != self._token or self.state != "starting":
            coach = self.ctx.coach  # left before the call connected: close the empty session
            if coach is not None:
                self._run(lambda: coach.end_session(plan), name="end-call")
            return
        self.call, self.plan, self.recording_path = call, plan, path
        self.index = -1
        self.results = {}
        self.open_answers = []
        self.sent = 0
        self.paused = False
        self.report = None
        self.notices = {}
        self.view.set_paused(False)
        self.pages.setCurrentWidget(self.call_page)
        sp = self.speaker
        if sp is not None and sp.problem:
            self._set_notice("speech", sp.problem)
        self.view.self_view.start(path)
        if path is not None and not self.view.self_view.live:
            self._set_notice("record", self.tr("Recording needs a camera, so nothing is recorded."))
        self._update_badge()
        self.call_clock.reset()
        self.call_clock.start()
        self.qclock.reset()
        self.state = "greeting"
        self.view.set_phase(self.tr("Connected"))
        self.view.set_caption(call.greeting)
        self.view.show_waiting(self.tr("The agent is introducing the call — press Enter to skip."), "greeting")
        self.ticker.start()
        self._tick()
        sp.say(call.greeting, hold_ms=reading_ms(call.greeting))

    def _update_badge(self) -> None:
        sv = self.view.self_view
        if sv.recording or (self.recording_path is not None and sv.recorder is not None and sv.live):
            self.view.set_badge(self.tr("● REC — this rehearsal is being recorded"), True)
        else:
            self.view.set_badge(self.tr("Rehearsal · nothing is recorded"), False)

    def _camera_status(self, code: str, message: str) -> None:
        self._set_notice("camera", message)
        if self.state in IN_CALL:
            self._update_badge()
            focus = QApplication.focusWidget()
            if focus is None or not self.view.isAncestorOf(focus):  # the video tile that went away had it
                self.view.focus_answer()

    def _set_notice(self, source: str, message: str) -> None:
        if message:
            self.notices[source] = message
        else:
            self.notices.pop(source, None)
        text = "\n".join(self.notices[k] for k in ("camera", "speech", "record") if k in self.notices)
        self.notice.setText(text)
        self.notice_box.setVisible(bool(text))

    # -- questions -------------------------------------------------------------------------
    @property
    def item(self) -> mockcall.CallItem | None:
        if self.call is None or not 0 <= self.index < len(self.call.items):
            return None
        return self.call.items[self.index]

    def _phase_text(self, item: mockcall.CallItem) -> str:
        assert self.call is not None
        phase = {"identity": self.tr("Identity"), "profile": self.tr("Your profile"),
                 "open": self.tr("Open questions")}.get(item.phase, item.phase)
        return (self.tr("%1 · question %2 of %3").replace("%1", phase).replace("%2", str(item.index + 1))
                .replace("%3", str(len(self.call.items))))

    def show_item(self, index: int) -> None:
        assert self.call is not None
        self.index = index
        item = self.call.items[index]
        self.state = "asking"
        self.first_key_ms = None
        self.qclock.reset()
        if self.paused:
            self.qclock.pause()
        self.view.set_phase(self._phase_text(item))
        self.view.set_caption(item.prompt, item.intro)
        if item.is_open:
            self.view.show_rating()
        else:
            self.view.show_typed()
        self._tick()
        self.speaker.say(item.spoken)

    def _spoken(self) -> None:
        """The agent finished saying something (at once when there is no voice)."""
        if self.paused:
            return
        if self.state == "greeting":
            self.show_item(0)
        elif self.state == "asking":
            self.state = "answering"
            if not self.qclock.started:
                self.qclock.start()
            self._tick()
        elif self.state == "closing":
            self._finish()

    def _speaking_changed(self, on: bool) -> None:
        if self.state in IN_CALL:
            self.view.set_agent_speaking(on, self.tr("Speaking…") if on else self.tr("Listening"))

    def _skip(self) -> None:
        if self.paused:
            return
        if self.state == "greeting":
            self.speaker.stop()
            self.show_item(0)
        elif self.state == "closing":
            self.speaker.stop()
            self._finish()

    def _first_keystroke(self) -> None:
        if self.state not in ("asking", "answering") or self.first_key_ms is not None:
            return
        if self.qclock.started:
            self.first_key_ms = self.qclock.elapsed_ms()
        else:  # answering while the agent still speaks: no hesitation, the answer's clock starts now
            self.first_key_ms = 0
            self.qclock.start()
        self._tick()

    def submit(self, text: str) -> None:
        item = self.item
        if item is None or item.is_open or self.state not in ("asking", "answering") or self.paused:
            return
        if not self.qclock.started:
            self.qclock.start()
        latency = self.qclock.elapsed_ms()
        hesitation = mockcall.hesitation_ms(self.first_key_ms if text.strip() else None, latency)
        coach, plan, question = self.ctx.coach, self.plan, item.question
        assert coach is not None and question is not None
        index = item.index
        answer = text.strip()
        self.sent += 1

        def save() -> Any:
            return coach.answer(plan, question, answer, latency, hesitation_ms=hesitation)

        def saved(res: Any) -> None:
            fact = res.fact
            self.results[index] = FactAnswer(
                key=question.fact_keys[0], label=fact.label if fact else question.prompt, prompt=question.prompt,
                phase=item.phase, given=answer, expected=res.expected, correct=res.verdict.correct,
                latency_ms=res.latency_ms, hesitation_ms=hesitation, attempt_id=res.attempt_id,
            )

        self._run(save, success=saved, failure=lambda exc: log.warning("answer not saved: %s", exc),
                  name="call-answer")
        self._next()

    def rate(self, rating: str) -> None:
        item = self.item
        if item is None or not item.is_open or self.state not in ("asking", "answering") or self.paused:
            return
        assert item.open is not None
        self.open_answers.append(OpenAnswer(item.open, item.prompt, rating, self.qclock.elapsed_ms() / 1000))
        self._next()

    def _next(self) -> None:
        assert self.call is not None
        self.speaker.stop()
        if self.index + 1 < len(self.call.items):
            self.show_item(self.index + 1)
            return
        self.state = "closing"
        self.index = len(self.call.items)
        self.view.set_phase(self.tr("Ending the call"))
        self.view.set_caption(self.call.closing)
        self.view.show_waiting(self.tr("The call is ending — press Enter to see your report."), "closing")
        self._tick()
        self.speaker.say(self.call.closing, hold_ms=reading_ms(self.call.closing))

    # -- pause, end ------------------------------------------------------------------------
    def toggle_pause(self) -> None:
        if self.state not in IN_CALL:
            return
        self.paused = not self.paused
        if self.paused:
            self.ticker.stop()
            self.qclock.pause()
            self.call_clock.pause()
            self.speaker.pause()
            self.view.set_countdown(self.tr("Paused"), "")
        else:
            self.qclock.resume()
            self.call_clock.resume()
            self.speaker.resume()
            self.ticker.start()
        self.view.set_paused(self.paused)
        if not self.paused:
            self._tick()

    def end_call(self) -> None:
        """The red button: end now; the answers given are kept and the report shows them."""
        if self.state in IN_CALL:
            self._finish()

    def _finish(self) -> None:
        if self.state not in IN_CALL:
            return
        self.state = "saving"
        self.ticker.stop()
        self.paused = False
        self.speaker.stop()
        self.view.self_view.stop()
        self.call_clock.pause()
        self.duration_ms = self.call_clock.elapsed_ms()
        self.view.set_agent_speaking(False, "")
        coach, plan = self.ctx.coach, self.plan
        assert coach is not None

        def end() -> tuple[Any, int]:
            summary = coach.end_session(plan)
            return summary, len(coach.weak_facts())  # the weak facts now, counted as everywhere else

        self._run(end, success=self._ended, failure=self._end_failed, name="end-call")

    def _end_failed(self, exc: BaseException) -> None:
        log.warning("ending the call failed: %s", exc)
        self._ended((None, None))

    def _ended(self, result: tuple[Any, int | None]) -> None:
        assert self.call is not None
        _summary, self.weak_count = result
        answers = [self.results[i] for i in sorted(self.results)]
        self.report = mockcall.call_report(
            answers, self.open_answers, countdown_ms=self._countdown_ms(), slow_ms=self._slow_ms(),
            planned=len(self.call.fact_items), weak_count=self.weak_count,
        )
        self.state = "report"
        self._report_seen = self.isVisible()
        self.record_box.setChecked(False)  # recording is chosen again for each rehearsal
        self.report_view.show_report(self.report, duration_ms=self.duration_ms)
        if self.isVisible():
            self.pages.setCurrentWidget(self.report_page)
            self.report_view.drill_button.setFocus()
        self.ctx.changed(Changes.HISTORY)

    def _override(self, attempt_id: int, right: bool) -> None:
        """"I was right" on a wrong answer of the report (or its Undo): saved on the worker, then the
        report is worked out again with that answer counted right (or wrong again)."""
        coach, plan = self.ctx.coach, self.plan
        if coach is None or plan is None or self.call is None:
            return

        def work() -> int:
            if right:
                coach.override(plan, attempt_id)
            else:
                coach.undo_override(plan, attempt_id)
            return len(coach.weak_facts())  # an "I was right" counts as right: the count may change

        self._run(work, success=lambda weak: self._overridden(attempt_id, right, weak), name="call-override")

    def _overridden(self, attempt_id: int, right: bool, weak_count: int | None = None) -> None:
        if self.call is None:
            return
        self.weak_count = weak_count
        for i, a in self.results.items():
            if a.attempt_id == attempt_id:
                self.results[i] = replace(a, correct=right, overridden=right)
        answers = [self.results[i] for i in sorted(self.results)]
        self.report = mockcall.call_report(
            answers, self.open_answers, countdown_ms=self._countdown_ms(), slow_ms=self._slow_ms(),
            planned=len(self.call.fact_items), weak_count=self.weak_count,
        )
        self.report_view.show_report(self.report, duration_ms=self.duration_ms)
        self.ctx.changed(Changes.HISTORY)

    # -- the ticking display ---------------------------------------------------------------
    def _tick(self) -> None:
        if self.state not in IN_CALL:
            return
        s = self.call_clock.elapsed_ms() // 1000
        self.view.set_time(f"{s // 60:02d}:{s % 60:02d}")
        if self.paused:
            return
        item = self.item
        if self.state in ("greeting", "closing") or item is None:
            self.view.set_countdown(self.tr("Agent speaking"), "")
            return
        if self.state == "asking" and not self.qclock.started:
            self.view.set_countdown(self.tr("Listen to the question…"), "")
            return
        elapsed = self.qclock.elapsed_ms()
        left = mockcall.countdown_left_ms(elapsed, self._countdown_ms())
        if item.is_open:
            if left:
                self.view.set_countdown(self.tr("Start answering · %1 s").replace("%1", str(-(-left // 1000))),
                                        "running")
            else:
                self.view.set_countdown(self.tr("Answering aloud · %1 s").replace("%1", str(elapsed // 1000)),
                                        "typing")
            return
        if self.first_key_ms is not None:
            self.view.set_countdown(self.tr("Answering · %1 s").replace("%1", f"{elapsed / 1000:.1f}"), "typing")
        elif left:
            self.view.set_countdown(self.tr("Start answering · %1 s").replace("%1", str(-(-left // 1000))),
                                    "running")
        else:
            over = (elapsed - self._countdown_ms()) // 1000
            self.view.set_countdown(self.tr("Hesitating · +%1 s").replace("%1", str(over)), "late")

    # ================================================================================= leaving, keys
    def can_leave(self) -> bool:
        """Leaving mid-call ends it (answers are saved, the camera goes off); the report shows on return."""
        if self.state in IN_CALL:
            self._finish()
        elif self.state == "starting":
            self._token += 1
            self.state = "idle"
        if self.speaker is not None and self.state not in IN_CALL:
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
