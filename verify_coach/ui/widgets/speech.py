"""The agent's voice: QTextToSpeech behind a small interface, with a silent fallback (captions only).

QtTextToSpeech (and QtMultimedia, for the audio-output check) are imported inside functions, only when
the mock call screen asks for a speaker, so the rest of the app starts without them.

``Speaker.say(text)`` speaks and emits ``finished`` once that utterance is over (or at once when speech
is unavailable), so the call moves on the same way with or without a voice. ``problem`` says, for the
user, why there is no voice and how to fix it.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer, Signal

from ..i18n import fill

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads the literal context and text

# Words per second of a voice at rate 0; the watchdog allows this plus a margin before giving up waiting.
WORDS_PER_SECOND = 2.2
# How long an engine may take to start speaking before it is taken as broken.
START_MS = 3000
SLOWER = 0.4  # how much slower "a bit slower, please" is said (on the -1..1 scale of QTextToSpeech.rate)


def _import_tts() -> Any:
    from PySide6 import QtTextToSpeech  # noqa: PLC0415 - lazy on purpose

    return QtTextToSpeech


def audio_output_missing() -> bool | None:
    """True when the system reports no audio output; None when that cannot be known (no QtMultimedia)."""
    try:
        from PySide6.QtMultimedia import QMediaDevices  # noqa: PLC0415 - lazy on purpose
    except (ImportError, OSError) as exc:
        log.info("QtMultimedia unavailable for the audio check: %s", exc)
        return None
    try:
        return len(QMediaDevices.audioOutputs()) == 0
    except Exception:  # a broken audio backend: do not guess
        log.exception("audio output check failed")
        return None


class Speaker(QObject):
    """Says one thing at a time. Without an engine it is silent and ``finished`` follows ``say`` at once."""

    finished = Signal()  # the current utterance is over (not emitted for one that was stopped)
    speaking_changed = Signal(bool)
    failed = Signal(str)  # the engine broke while in use; the speaker is silent from now on

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.tts: Any = None
        self.problem = ""
        self.engine = ""
        self._text = ""
        self._active = False
        self._paused = False
        self._started = False
        self._can_pause = False
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.timeout.connect(self._give_up)
        self._silent = QTimer(self)  # without a voice: the time to read a caption that must be read first
        self._silent.setSingleShot(True)
        self._silent.timeout.connect(self._done)
        self._hold_ms = 0
        self._states: Any = None
        self._restore_rate: float | None = None  # the chosen speed, while one utterance is said slower

    # ------------------------------------------------------------------ set-up
    @classmethod
    def create(cls, parent: QObject | None = None, *, engine: str | None = None, voice: str = "",
               rate: float = 0.0, check_audio: bool = True) -> Speaker:
        """A speaker on ``engine`` (None: the system's default); silent, with ``problem`` set, when speech
        cannot work here."""
        sp = cls(parent)
        if check_audio and audio_output_missing():
            sp.problem = translate(
                "Speaker", "No audio output found — questions are shown as captions. Connect speakers or "
                           "headphones to hear the agent.")
            return sp
        try:
            qtts = _import_tts()
        except (ImportError, OSError) as exc:
            log.info("QtTextToSpeech unavailable: %s", exc)
            sp.problem = fill(translate(
                "Speaker", "Speech is unavailable (the Qt speech module could not be loaded: %1) — questions "
                           "are shown as captions."), str(exc))
            return sp
        tts_cls = qtts.QTextToSpeech
        try:
            engines = list(tts_cls.availableEngines())
        except Exception:  # pragma: no cover - defensive
            engines = []
        if not engines or (engine is not None and engine not in engines):
            sp.problem = translate(
                "Speaker", "Speech is unavailable (install speech-dispatcher) — questions are shown as "
                           "captions.")
            return sp
        tts = tts_cls(engine, sp) if engine else tts_cls(sp)
        if tts.state() == tts_cls.State.Error:
            why = tts.errorString() or translate("Speaker", "engine error")
            sp.problem = fill(translate(
                "Speaker", "Speech is unavailable (%1; install or start speech-dispatcher) — questions are "
                           "shown as captions."), why)
            tts.deleteLater()
            return sp
        sp.tts = tts
        sp._states = tts_cls.State
        sp.engine = tts.engine()
        try:
            sp._can_pause = bool(tts.engineCapabilities() & qtts.QTextToSpeech.Capability.PauseResume)
        except Exception:  # older Qt without capabilities
            sp._can_pause = False
        tts.stateChanged.connect(sp._state_changed)
        sp.set_voice(voice)
        sp.set_rate(rate)
        return sp

    @property
    def available(self) -> bool:
        return self.tts is not None

    def voices(self) -> list[str]:
        if self.tts is None:
            return []
        return [v.name() for v in self.tts.availableVoices()]

    def voice(self) -> str:
        return self.tts.voice().name() if self.tts is not None else ""

    def set_voice(self, name: str) -> None:
        if self.tts is None or not name:
            return
        for v in self.tts.availableVoices():
            if v.name() == name:
                self.tts.setVoice(v)
                return

    def set_rate(self, rate: float) -> None:
        if self.tts is not None:
            self.tts.setRate(max(-1.0, min(1.0, float(rate))))

    def rate(self) -> float:
        return float(self.tts.rate()) if self.tts is not None else 0.0

    # ------------------------------------------------------------------ speaking
    @property
    def speaking(self) -> bool:
        return self._active and self._started

    def say(self, text: str, *, hold_ms: int = 0, slower: bool = False) -> None:
        """Speak ``text``. Without a voice, ``finished`` comes after ``hold_ms`` (0: at once), the time to
        read a caption the user must read before anything else happens (a greeting). ``slower``: this
        utterance only, noticeably slower than the chosen speed ("a bit slower, please")."""
        self.stop()
        if slower and self.tts is not None:
            self._restore_rate = self.rate()
            self.tts.setRate(max(-1.0, self._restore_rate - SLOWER))
        self._text = text
        self._active = True
        self._paused = False
        self._started = False
        self._hold_ms = hold_ms
        if self.tts is None:
            self._silent.start(max(0, hold_ms))
            return
        if self.tts.state() == self._states.Error:
            self._fail(fill(self.tr("Speech is unavailable (%1) — questions are shown as captions."), self.tts.errorString() or self.tr("engine error")))
            return
        self.tts.say(text)
        self._arm_watchdog(text)

    def stop(self) -> None:
        """Stop the current utterance without emitting ``finished``."""
        was = self._active
        self._active = False
        self._paused = False
        self._back_to_speed()
        self._watchdog.stop()
        self._silent.stop()
        if self.tts is not None and was:
            self.tts.stop()
        if was:
            self.speaking_changed.emit(False)

    def pause(self) -> None:
        if not self._active or self._paused:
            return
        self._paused = True
        self._watchdog.stop()
        if self.tts is None:
            self._silent.stop()
            return
        if self._can_pause:
            self.tts.pause()
        else:
            self.tts.stop()

    def resume(self) -> None:
        if not self._active or not self._paused:
            return
        self._paused = False
        if self.tts is None:
            self._silent.start(max(0, self._hold_ms))
            return
        if self._can_pause and self._started:
            self.tts.resume()
        else:
            self.tts.say(self._text)
        self._arm_watchdog(self._text)

    def _arm_watchdog(self, text: str) -> None:
        """First wait for the engine to start speaking (``START_MS``), then for it to finish."""
        self._watchdog.start(START_MS if not self._started else self._speech_ms(text))

    def _speech_ms(self, text: str) -> int:
        words = max(1, len(text.split()))
        speed = WORDS_PER_SECOND * (2.0 ** self.rate())
        return int((words / speed + 4.0) * 1000)

    def _state_changed(self, state: Any) -> None:
        states = self._states
        if state == states.Error:
            message = self.tts.errorString() if self.tts is not None else ""
            self._fail(fill(self.tr("Speech stopped working (%1) — questions are shown as captions."), message or self.tr("engine error")))
            return
        if not self._active:
            return
        if state == states.Speaking:
            if not self._started:
                self._started = True
                self._watchdog.start(self._speech_ms(self._text))
            self.speaking_changed.emit(True)
        elif state == states.Ready and self._started and not self._paused:
            self._done()

    def _give_up(self) -> None:
        """The engine never started, or never said it finished: do not leave the call hanging."""
        if not self._active or self._paused:
            return
        if not self._started:
            self._fail(self.tr("Speech did not start (is speech-dispatcher running?) — questions are shown as "
                               "captions."))
            return
        log.info("speech watchdog: moving on without the engine's end signal")
        self._done()

    def _fail(self, problem: str) -> None:
        """The engine broke: stay silent from now on (captions), and say so once."""
        log.warning("speech engine failed: %s", problem)
        tts, self.tts = self.tts, None
        if tts is not None:
            with contextlib.suppress(RuntimeError):
                tts.stateChanged.disconnect(self._state_changed)
            tts.stop()
            tts.deleteLater()
        self.problem = problem
        self.failed.emit(problem)
        if self._active and not self._paused:
            self._done()

    def _done(self) -> None:
        if not self._active or self._paused:
            return
        self._active = False
        self._back_to_speed()
        self._watchdog.stop()
        self._silent.stop()
        self.speaking_changed.emit(False)
        self.finished.emit()

    def _back_to_speed(self) -> None:
        if self._restore_rate is not None and self.tts is not None:
            self.tts.setRate(self._restore_rate)
        self._restore_rate = None

    def locales(self) -> list[tuple[str, str]]:
        """The accents the engine offers for English voices: (locale code, its name), e.g. ("en_GB",
        "English (United Kingdom)"); empty when the engine does not say."""
        if self.tts is None:
            return []
        out: dict[str, str] = {}
        for v in self.tts.availableVoices():
            try:
                loc = v.locale()
            except AttributeError:  # Qt before 6.6
                return []
            code = loc.name()
            if code.startswith("en"):
                out[code] = f"{QLocale.languageToString(loc.language())} ({QLocale.territoryToString(loc.territory())})"
        return sorted(out.items(), key=lambda kv: kv[1])

    def voices_for(self, locale: str) -> list[str]:
        """The voices of one accent (every voice for an empty ``locale``)."""
        if self.tts is None:
            return []
        if not locale:
            return self.voices()
        out = []
        for v in self.tts.availableVoices():
            try:
                if v.locale().name() == locale:
                    out.append(v.name())
            except AttributeError:
                return self.voices()
        return out
