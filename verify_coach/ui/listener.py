"""The microphone for a screen that takes answers aloud (practice, the mock call, the microphone test).

A thin owner of :class:`verify_coach.audio.Microphone`: opened on first use with the device and the
pause chosen in Settings, kept open while the screen takes answers aloud, closed when it leaves. It
adds the silence timeout ("no answer" after the countdown plus a grace) and turns every device fault
into ``failed(message)``, after which the screen goes on typed.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from .context import AppContext

log = logging.getLogger(__name__)


class Listener(QObject):
    started = Signal(float)  # speech started (monotonic ms)
    ended = Signal(float)  # the answer is over (monotonic ms of its last speech)
    silent = Signal()  # nothing was said before the timeout
    level = Signal(float, float, bool)  # rms dBFS, peak, clipped
    clipping = Signal()  # the signal clips during an answer (once per answer)
    failed = Signal(str)  # the microphone cannot be used any more: go on typed

    def __init__(self, ctx: AppContext, parent: QObject | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.mic: Any = None
        self.problem = ""
        self._silence = QTimer(self)
        self._silence.setSingleShot(True)
        self._silence.timeout.connect(self._timed_out)
        self._clip_told = False
        self.left_over = b""
        self.left_over_heard = False

    @staticmethod
    def reason_unavailable() -> str:
        """Why there is no microphone ("" when there is one)."""
        from ..audio import no_microphone_reason

        return no_microphone_reason()

    @property
    def device_name(self) -> str:
        return self.mic.device_name if self.mic is not None else ""

    def ensure_open(self) -> bool:
        """Open the chosen microphone (the default one when it is gone); False with ``problem`` set."""
        if self.mic is not None and self.mic.active:
            self.mic.set_pause_ms(self._pause_ms())
            return True
        from ..audio import Microphone, input_devices

        wanted = str(self.ctx.prefs.get("microphone") or "")
        if wanted and wanted not in {d.id for d in input_devices()}:
            wanted = ""  # the chosen one is not connected: the system's default
        self.close()
        mic = Microphone(self, device_id=wanted or None, pause_ms=self._pause_ms())
        if not mic.open():
            self.problem = mic.problem
            mic.deleteLater()
            return False
        mic.onset.connect(self._onset)
        mic.ended.connect(self._ended)
        mic.level.connect(self._level)
        mic.failed.connect(self._failed)
        self.mic = mic
        self.problem = ""
        return True

    def _pause_ms(self) -> int:
        return int(float(self.ctx.prefs.get("answer_pause")) * 1000)

    def listen(self, timeout_ms: int | None) -> bool:
        """Listen for one answer from now; ``silent`` after ``timeout_ms`` without speech."""
        if not self.ensure_open():
            return False
        self._clip_told = False
        self.mic.listen()
        if timeout_ms:
            self._silence.start(int(timeout_ms))
        return True

    def stop(self) -> None:
        """Stop listening (the microphone stays open for the next answer)."""
        self._silence.stop()
        if self.mic is not None:
            self.mic.stop_listening()

    @property
    def listening(self) -> bool:
        return self.mic is not None and self.mic.listening

    @property
    def heard_speech(self) -> bool:
        return self.mic is not None and self.mic.onset_ms is not None

    def take(self) -> bytes:
        return self.mic.take() if self.mic is not None else b""

    def close(self) -> None:
        self._silence.stop()
        if self.mic is not None:
            mic, self.mic = self.mic, None
            mic.close()
            mic.deleteLater()

    # ------------------------------------------------------------------ from the microphone
    def _onset(self, at: float) -> None:
        self._silence.stop()
        self.started.emit(at)

    def _ended(self, at: float) -> None:
        self._silence.stop()
        self.ended.emit(at)

    def _level(self, db: float, peak: float, clipped: bool) -> None:
        self.level.emit(db, peak, clipped)
        if clipped and self.listening and not self._clip_told:
            self._clip_told = True
            self.clipping.emit()

    def _timed_out(self) -> None:
        if self.mic is not None and self.mic.listening and self.mic.onset_ms is None:
            self.mic.stop_listening()
            self.silent.emit()

    def _failed(self, message: str) -> None:
        self._silence.stop()
        self.problem = message
        log.info("microphone failed: %s", message)
        mic, self.mic = self.mic, None
        # what was said before the fault is kept for the screen to finish that answer with
        self.left_over = mic.take() if mic is not None else b""
        self.left_over_heard = mic is not None and mic.onset_ms is not None
        if mic is not None:
            mic.deleteLater()
        self.failed.emit(message)
