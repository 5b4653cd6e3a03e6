"""The seam for transcription: something that could propose what the user said, for the self-check.

verify_coach ships no speech-recognition engine. The ones installable here either misheard most short
answers in a trial (pocketsphinx's bundled model) or need model weights fetched from a hub, which a
local-first app must not do. The user therefore rates each spoken answer against "Say it like this".

An engine plugs in as a :class:`Transcriber`: ``PracticeSession.transcriber`` and
``CallSession.transcriber`` call :meth:`Transcriber.propose` with the answer's audio once it has ended,
and the self-check shows the proposal ("It sounded like: …") above the Right / Close / Wrong buttons. The
proposal never decides the rating and is never stored. ``propose`` runs where the answer ended (the UI
thread in the app), so an engine must answer within a few hundred milliseconds or return None.
"""

from __future__ import annotations

import logging
from typing import Protocol

log = logging.getLogger(__name__)


class Transcriber(Protocol):
    name: str

    def propose(self, pcm: bytes, sample_rate: int, *, expected: str) -> str | None:
        """What the audio (16-bit mono PCM) seems to say, or None when unsure. ``expected`` is the profile's
        value, which an engine may use as a hint (a grammar of the one right answer and its near misses)."""
        ...


def proposal(transcriber: Transcriber | None, pcm: bytes | None, sample_rate: int, expected: str) -> str:
    """The transcriber's proposal ("" without one, without audio, or when it fails: logged, never raised)."""
    if transcriber is None or not pcm:
        return ""
    try:
        return (transcriber.propose(pcm, sample_rate, expected=expected) or "").strip()
    except Exception as exc:  # noqa: BLE001 - a broken engine must not break the self-check
        log.warning("transcriber %s failed: %s", getattr(transcriber, "name", "?"), type(exc).__name__)
        return ""


__all__ = ["Transcriber", "proposal"]
