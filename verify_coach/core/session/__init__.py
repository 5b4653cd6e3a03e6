"""Sessions as plain Python: the practice and mock-call controllers (Mnemosyne's review-controller shape).

A controller owns a session's states, clocks, results, undo, pause, end and summary. It talks to its
view through a small ``Protocol`` (show the question, show the verdict, show the summary…) and does its
database work through a :class:`Runner`: the desktop app passes one that runs the work on its worker
thread and calls back on the UI thread (:mod:`verify_coach.ui.ops`); the terminal and the tests pass
:class:`SyncRunner`, which runs it at once. Both front ends therefore drive the same state machine,
and core tests drive every transition with a stub view and a fake clock, without Qt.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    from ..coach import Coach

T = TypeVar("T")
Clock = Callable[[], float]  # monotonic seconds, like time.monotonic


class Runner(Protocol):
    """Runs ``work(coach)`` and hands its result to ``done``, or its exception to ``failed``.

    ``failed`` gets every exception; a front end that shows bugs itself (the app's error dialog)
    does so after ``failed`` has put the session right."""

    def __call__(self, work: Callable[[Coach], Any], done: Callable[[Any], Any],
                 failed: Callable[[BaseException], Any], *, name: str) -> None: ...


class SyncRunner:
    """Runs the work at once, on the calling thread (the terminal, tests). Exceptions propagate:
    the terminal shows a ``UserError`` as a message and exits with code 2."""

    def __init__(self, coach: Coach):
        self.coach = coach

    def __call__(self, work: Callable[[Coach], Any], done: Callable[[Any], Any],
                 failed: Callable[[BaseException], Any], *, name: str) -> None:
        done(work(self.coach))


def monotonic() -> float:
    return time.monotonic()


SAMPLE_RATE = 16_000  # the microphone's audio: 16 kHz mono 16-bit (``core.speech.vad.SAMPLE_RATE``)


def keep_recording(coach: Coach, attempt_id: int, audio: bytes | None) -> Any:
    """Keep the audio of a spoken answer already recorded (``Coach.save_recording``); the path, or None.
    A recording that cannot be kept is logged and dropped: the answer itself is saved either way."""
    if not audio:
        return None
    try:
        return coach.save_recording(attempt_id, audio, SAMPLE_RATE)
    except Exception as exc:  # noqa: BLE001 - a full disk or a codec problem must not lose the answer
        logging.getLogger(__name__).warning("the recording of answer %s was not kept: %s", attempt_id, type(exc).__name__)
        return None


__all__ = ["SAMPLE_RATE", "Clock", "Runner", "SyncRunner", "keep_recording", "monotonic"]
