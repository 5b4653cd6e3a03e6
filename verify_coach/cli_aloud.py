"""``--aloud`` in the terminal: listen to one spoken answer on the default microphone.

``practice --aloud`` and ``call --aloud`` print a question, then :func:`TerminalEar.listen` runs Qt's
event loop (a ``QCoreApplication``, no window) until the answer has ended, the silence ran out or the
microphone failed. What was heard prints as ``heard`` (with ``--json`` one object a line, times in ms from
the moment the question was printed); the user then types the self-rating, 1/2/3.

Qt Multimedia is loaded only here, only with ``--aloud``: the other commands never load Qt.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from typing import IO, Any

from .core.errors import UserError
from .core.mockcall import monotonic_ms

NO_MICROPHONE_EXIT = 2
SILENCE_MS = 10_000  # the countdown (5 s) plus a grace (5 s)


class NoMicrophone(UserError):
    """There is no microphone to listen with: the command says so and exits with code 2."""


@dataclass
class Heard:
    onset_ms: float | None  # from the moment the question was printed
    end_ms: float | None
    onset_at: float | None  # monotonic ms (for the session controllers)
    end_at: float | None
    audio: bytes
    problem: str = ""  # the microphone failed meanwhile (the session goes on typed)


class TerminalEar:
    """The default input device, opened once for the whole session."""

    def __init__(self, *, pause_ms: int = 1200, silence_ms: int = SILENCE_MS):
        os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
        from PySide6.QtCore import QCoreApplication

        self.app = QCoreApplication.instance() or QCoreApplication([])
        from .audio import Microphone, input_devices, no_microphone_reason

        if not input_devices():
            raise NoMicrophone(no_microphone_reason().replace(" and choose it in Settings", "")
                               or "No microphone found.")
        self.silence_ms = silence_ms
        self.mic = Microphone(device_id=None, pause_ms=pause_ms)
        if not self.mic.open():
            raise NoMicrophone(self.mic.problem)
        self.failed = ""
        self.mic.failed.connect(self._failed)
        self._wait_for_audio()

    def _failed(self, message: str) -> None:
        self.failed = message

    def _loop(self, until: Any, timeout_ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(loop.quit)
        poll = QTimer()
        poll.setInterval(20)
        def check() -> None:
            if until():
                loop.quit()

        poll.timeout.connect(check)
        timer.start(timeout_ms)
        poll.start()
        if not until():
            loop.exec()
        poll.stop()
        timer.stop()

    def _wait_for_audio(self) -> None:
        self._loop(lambda: self.mic._got_audio or bool(self.failed), 5000)
        if self.failed:
            raise NoMicrophone(self.failed)

    def listen(self, since_ms: float) -> Heard:
        """Listen for one answer; times are from ``since_ms`` (monotonic ms: the question was printed)."""
        if self.failed or not self.mic.active:
            return Heard(None, None, None, None, b"", self.failed or "The microphone is not available.")
        self.mic.listen()
        started = monotonic_ms()
        self._loop(lambda: bool(self.failed) or self.mic.end_ms is not None
                   or (self.mic.onset_ms is None and monotonic_ms() - started > self.silence_ms),
                   self.silence_ms + 60_000)
        self.mic.stop_listening()
        onset, end = self.mic.onset_ms, self.mic.end_ms
        if onset is not None and end is None:  # failed mid-answer, or ran long: it ends now
            end = monotonic_ms()
        return Heard(None if onset is None else onset - since_ms, None if end is None else end - since_ms,
                     onset, end, self.mic.take(), self.failed)

    def close(self) -> None:
        self.mic.close()


def heard_event(qid: str, heard: Heard) -> dict[str, Any]:
    return {"event": "heard", "id": qid,
            "onset_ms": None if heard.onset_ms is None else round(heard.onset_ms),
            "end_ms": None if heard.end_ms is None else round(heard.end_ms)}


def print_heard(out: IO[str], as_json: bool, qid: str, heard: Heard) -> None:
    if as_json:
        out.write(json.dumps(heard_event(qid, heard), ensure_ascii=False) + "\n")
    elif heard.onset_ms is None:
        out.write("(nothing heard — counted as no answer)\n")
    else:
        assert heard.end_ms is not None
        out.write(f"(heard you: started after {heard.onset_ms / 1000:.1f} s, "
                  f"finished after {heard.end_ms / 1000:.1f} s)\n")
    out.flush()


RATING_KEYS = {"1": "right", "2": "close", "3": "wrong", "right": "right", "close": "close", "wrong": "wrong"}

__all__ = ["NO_MICROPHONE_EXIT", "Heard", "NoMicrophone", "RATING_KEYS", "TerminalEar", "heard_event",
           "print_heard"]
