"""Test your microphone: choose it, see its level, say a sentence, hear it played back.

Opened from Settings and from the mock call's start panel. The chosen device is saved as the
``microphone`` preference; nothing said here is kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..i18n import fill
from ..listener import Listener
from ..widgets.aloud import LevelMeter

SENTENCE = "I started at Brightline Logistics in July twenty eighteen."
TEST_MS = 8000  # the longest a test recording runs
QUIET_DB = -45.0  # a test answer whose loudest moment is below this is "too quiet"


class MicTestDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Test your microphone"))
        self.setMinimumWidth(520)
        self.listener = Listener(ctx, self)
        self.listener.level.connect(self._level)
        self.listener.started.connect(self._hearing)
        self.listener.ended.connect(lambda _at: self._finished(True))
        self.listener.silent.connect(lambda: self._finished(False))
        self.listener.failed.connect(self._failed)
        self._playback: Any = None
        self._max_db = -96.0
        self._clipped = False
        self.audio = b""
        self.verdict = ""  # "good" | "quiet" | "loud" | "silent" | "" (not tested)

        lay = QVBoxLayout(self)
        lay.setSpacing(12)
        intro = QLabel(self.tr("Choose your microphone, then press Record and read the sentence below aloud, as "
                               "you would answer the agent. You hear it played back. Nothing is kept."))
        intro.setWordWrap(True)
        lay.addWidget(intro)
        form = QFormLayout()
        self.device_box = QComboBox()
        self.device_box.setAccessibleName(self.tr("Microphone"))
        self.device_box.currentIndexChanged.connect(self._device_chosen)
        form.addRow(self.tr("Microphone"), self.device_box)
        self.meter = LevelMeter()
        form.addRow(self.tr("Level"), self.meter)
        lay.addLayout(form)
        sentence = QLabel(f"“{SENTENCE}”", objectName="h2")
        sentence.setWordWrap(True)
        lay.addWidget(sentence)
        row = QHBoxLayout()
        self.record = QPushButton(self.tr("Record (R)"), objectName="primary")
        self.record.setAccessibleName(self.tr("Record a test sentence"))
        self.record.setShortcut("R")
        self.record.clicked.connect(self.start_test)
        row.addWidget(self.record)
        self.play = QPushButton(self.tr("Play it back (P)"))
        self.play.setAccessibleName(self.tr("Play the test back"))
        self.play.setShortcut("P")
        self.play.setEnabled(False)
        self.play.clicked.connect(self.play_back)
        row.addWidget(self.play)
        row.addStretch(1)
        lay.addLayout(row)
        self.status = QLabel("", objectName="muted")
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Microphone test result"))
        lay.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self._stop_timer = QTimer(self)
        self._stop_timer.setSingleShot(True)
        self._stop_timer.timeout.connect(lambda: self._finished(self.listener.heard_speech))
        self._fill_devices()

    def _hearing(self, _at: float) -> None:
        self.status.setText(self.tr("Hearing you…"))

    def _fill_devices(self) -> None:
        from ...audio import input_devices

        devices = input_devices()
        self.device_box.blockSignals(True)
        self.device_box.clear()
        if not devices:
            self.device_box.addItem(self.tr("No microphone found"), "")
            self.device_box.setEnabled(False)
            self.record.setEnabled(False)
            self.status.setText(self.listener.reason_unavailable())
            self.device_box.blockSignals(False)
            return
        self.device_box.addItem(self.tr("The system's default"), "")
        for d in devices:
            self.device_box.addItem(d.name + (self.tr(" (default)") if d.default else ""), d.id)
        chosen = str(self.ctx.prefs.get("microphone") or "")
        self.device_box.setCurrentIndex(max(0, self.device_box.findData(chosen)))
        self.device_box.blockSignals(False)
        self._open()

    def _device_chosen(self, _index: int) -> None:
        self.ctx.prefs.set("microphone", str(self.device_box.currentData() or ""))
        self.listener.close()
        self._open()

    def _open(self) -> None:
        if not self.listener.ensure_open():
            self._failed(self.listener.problem)

    def _level(self, db: float, peak: float, clipped: bool) -> None:
        self.meter.set_level(db, peak, clipped)
        if self.listener.listening:
            self._max_db = max(self._max_db, db)
            self._clipped = self._clipped or clipped

    def start_test(self) -> None:
        if self._playback is not None:
            self._playback.stop()
        self._max_db, self._clipped, self.verdict = -96.0, False, ""
        if not self.listener.listen(5000):
            self._failed(self.listener.problem)
            return
        self.record.setEnabled(False)
        self.play.setEnabled(False)
        self.status.setText(self.tr("Listening — read the sentence aloud now."))
        self._stop_timer.start(TEST_MS)

    def _finished(self, heard: bool) -> None:
        self._stop_timer.stop()
        self.audio = self.listener.take()
        self.listener.stop()
        self.record.setEnabled(True)
        if not heard:
            self.verdict = "silent"
            self.status.setText(self.tr("Nothing was heard. Check that the right microphone is chosen and not "
                                        "muted, then try again."))
            return
        self.play.setEnabled(bool(self.audio))
        if self._clipped:
            self.verdict = "loud"
            text = self.tr("Heard you, but the sound is clipping: move the microphone away a little or turn its "
                           "level down.")
        elif self._max_db < QUIET_DB:
            self.verdict = "quiet"
            text = self.tr("Heard you, but quietly: move closer or turn the microphone's level up.")
        else:
            self.verdict = "good"
            text = self.tr("Your microphone works: the app hears you clearly.")
        self.status.setText(text + " " + self.tr("Press Play to hear yourself."))
        self.play.setFocus(Qt.FocusReason.OtherFocusReason)

    def play_back(self) -> None:
        if not self.audio:
            return
        if self._playback is None:
            from ...audio import Playback

            self._playback = Playback(self)
        self._playback.play_pcm(self.audio)

    def _failed(self, message: str) -> None:
        self._stop_timer.stop()
        self.record.setEnabled(bool(self.device_box.currentData() is not None and self.device_box.isEnabled()))
        self.status.setText(message or fill(self.tr("The microphone cannot be used (%1)."), self.tr("unknown")))

    def done(self, result: int) -> None:
        self.listener.close()
        if self._playback is not None:
            self._playback.stop()
        super().done(result)
