"""The microphone: capture through Qt Multimedia, voice detection, levels, playback.

Used by the desktop app and by the terminal's ``--aloud`` (it needs QtCore and QtMultimedia, never
QtWidgets). Qt Multimedia is imported when a microphone is first asked for, so nothing of this is
loaded at start-up.

:class:`Microphone` opens one input device for as long as the user answers aloud (opening a device
takes up to a second, far too long to do per question), captures 16 kHz mono 16-bit PCM, and feeds it
to the Qt-free :class:`~verify_coach.core.speech.vad.VoiceDetector` while an answer is being listened
for (:meth:`Microphone.listen`). It reports, in the monotonic milliseconds of
:func:`verify_coach.core.mockcall.monotonic_ms`, when speech started and when it ended, so the callers
time hesitation and latency against the moment the question was put. The times of the samples are
worked out from the stream itself (the earliest delivery seen gives the offset between stream and
clock), so a busy event loop that reads a chunk late does not make an answer look late.

Everything that can go wrong with a device becomes ``failed(message)`` with a sentence for the user:
no microphone, access refused, the device unplugged or taken by another app. The audio captured so far
stays available (:meth:`Microphone.take`).
"""

from __future__ import annotations

import logging
import math
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QIODevice, QObject, QTimer, Signal

from .core.mockcall import monotonic_ms
from .core.speech import vad

log = logging.getLogger(__name__)
translate = QCoreApplication.translate  # lupdate reads the literal context and text

SAMPLE_RATE = vad.SAMPLE_RATE
BYTES_PER_MS = SAMPLE_RATE * 2 / 1000
SILENCE_GRACE_MS = 5000  # after the countdown: how much longer silence is waited out before "no answer"
LONGEST_ANSWER_MS = 45_000  # an answer that never ends (a noise that never stops) is ended here
LEVEL_MS = 50  # how often the level meter is updated


def _is(value: Any, name: str) -> bool:
    """Compare a Qt audio enum by name: PySide6 has two copies of them (QAudio and QtAudio) that do not
    compare equal."""
    return getattr(value, "name", None) == name


def _qmm() -> Any:
    from PySide6 import QtMultimedia  # noqa: PLC0415 - lazy on purpose

    return QtMultimedia


@dataclass(frozen=True)
class InputDevice:
    id: str  # Qt's device id, as text (saved in the preferences)
    name: str
    default: bool


def input_devices() -> list[InputDevice]:
    """The microphones the system offers (empty when Qt Multimedia or the audio system is missing)."""
    try:
        qmm = _qmm()
        devices = list(qmm.QMediaDevices.audioInputs())
    except Exception as exc:  # noqa: BLE001 - a broken audio backend means: no microphone
        log.info("no audio inputs: %s", exc)
        return []
    return [InputDevice(bytes(d.id().data()).decode("utf-8", "replace"), d.description(), d.isDefault())
            for d in devices]


def _device(device_id: str | None) -> Any:
    qmm = _qmm()
    if device_id:
        for d in qmm.QMediaDevices.audioInputs():
            if bytes(d.id().data()).decode("utf-8", "replace") == device_id:
                return d
    d = qmm.QMediaDevices.defaultAudioInput()
    return None if d.isNull() else d


def no_microphone_reason() -> str:
    """Why answers cannot be spoken here ("" when a microphone is present)."""
    if not input_devices():
        return translate("Microphone", "No microphone found — answers are typed. Connect a microphone or a "
                                       "headset and choose it in Settings to answer aloud.")
    return ""


class Microphone(QObject):
    """One open input device; listens for one answer at a time."""

    level = Signal(float, float, bool)  # rms dBFS, peak 0–1, clipped: for a level meter
    onset = Signal(float)  # speech started (monotonic ms)
    ended = Signal(float)  # the answer is over: the end of the last speech (monotonic ms)
    failed = Signal(str)  # the device cannot be used (any more); a sentence for the user
    opened = Signal()  # the first audio arrived: the device really works

    def __init__(self, parent: QObject | None = None, *, device_id: str | None = None,
                 pause_ms: int = vad.DEFAULT_PAUSE_MS, clock: Any = monotonic_ms):
        super().__init__(parent)
        self.device_id = device_id or None
        self.pause_ms = int(pause_ms)
        self.clock = clock
        self.detector = vad.VoiceDetector(pause_ms=self.pause_ms)
        self.source: Any = None
        self.io: Any = None
        self.device_name = ""
        self.problem = ""  # the last failure, for the user
        self._offset: float | None = None  # clock ms of the stream's position 0 (earliest delivery)
        self._total = 0  # bytes captured since open
        self._listening = False
        self._listen_at = 0  # stream byte position where the current answer began
        self._buffer = bytearray()  # the current answer's audio
        self._level_acc = bytearray()
        self._level_t = 0.0
        self.onset_ms: float | None = None  # of the current answer, monotonic ms
        self.end_ms: float | None = None
        self.clipped = False
        self.peak_db = -96.0
        self._got_audio = False
        self._watch = QTimer(self)  # the device said it started but nothing arrives: it is held or broken
        self._watch.setSingleShot(True)
        self._watch.timeout.connect(self._no_audio)
        self._devices_watch: Any = None
        # the device's state is polled: PySide6 cannot pass QAudio::State to a Python slot
        self._poll = QTimer(self)
        self._poll.setInterval(250)
        self._poll.timeout.connect(self._check_state)

    # ------------------------------------------------------------------ open and close
    @property
    def active(self) -> bool:
        return self.source is not None

    def open(self) -> bool:
        """Open the device; False (with ``problem`` set, ``failed`` not emitted) when it cannot be."""
        if self.source is not None:
            return True
        try:
            qmm = _qmm()
        except (ImportError, OSError) as exc:
            self.problem = translate("Microphone", "Qt Multimedia could not be loaded (%1) — answers are typed."
                                     ).replace("%1", str(exc))
            return False
        device = _device(self.device_id)
        if device is None:
            self.problem = no_microphone_reason() or translate("Microphone", "No microphone found.")
            return False
        fmt = qmm.QAudioFormat()
        fmt.setSampleRate(SAMPLE_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(qmm.QAudioFormat.SampleFormat.Int16)
        if not device.isFormatSupported(fmt):
            log.info("%s: 16 kHz mono not reported as supported; asking anyway", device.description())
        self.device_name = device.description()
        self.source = qmm.QAudioSource(device, fmt, self)
        self.source.setBufferSize(int(BYTES_PER_MS * 200))
        self.io = self.source.start()
        if self.io is None or not _is(self.source.error(), "NoError"):
            self.problem = self._error_text()
            self._drop()
            return False
        self.io.readyRead.connect(self._read)
        self._offset, self._total, self._got_audio = None, 0, False
        self._watch.start(4000)
        self._poll.start()
        media = qmm.QMediaDevices(self)
        media.audioInputsChanged.connect(self._inputs_changed)
        self._devices_watch = media
        return True

    def close(self) -> None:
        self._listening = False
        self._watch.stop()
        self._poll.stop()
        self._drop()

    def _drop(self) -> None:
        src, self.source, self.io = self.source, None, None
        if self._devices_watch is not None:
            self._devices_watch.deleteLater()
            self._devices_watch = None
        if src is not None:
            src.blockSignals(True)
            src.stop()
            src.deleteLater()

    # ------------------------------------------------------------------ listening
    def listen(self) -> None:
        """Listen for one answer from now: speech before this moment does not count."""
        self.detector = vad.VoiceDetector(pause_ms=self.pause_ms)
        self._buffer = bytearray()
        self._listen_at = self._total
        self._listening = True
        self.onset_ms = self.end_ms = None
        self.clipped, self.peak_db = False, -96.0
        self._listen_clock = self.clock()

    def stop_listening(self) -> None:
        self._listening = False

    @property
    def listening(self) -> bool:
        return self._listening

    def take(self) -> bytes:
        """The current answer's audio so far (16 kHz mono int16)."""
        return bytes(self._buffer)

    def set_pause_ms(self, ms: int) -> None:
        self.pause_ms = int(ms)

    def _clock_of(self, stream_ms: float) -> float:
        """The clock time (monotonic ms) of a stream position (ms since the device opened)."""
        return (self._offset or 0.0) + stream_ms

    def _read(self) -> None:
        if self.io is None:
            return
        chunk = bytes(self.io.readAll().data())
        if not chunk:
            return
        now = self.clock()
        if not self._got_audio:
            self._got_audio = True
            self._watch.stop()
            self.opened.emit()
        self._total += len(chunk)
        # the chunk's last sample was captured at ``now`` at the latest: the earliest delivery bounds the offset
        offset = now - self._total / BYTES_PER_MS
        self._offset = offset if self._offset is None else min(self._offset, offset)
        self._meter(chunk, now)
        if not self._listening:
            return
        start = self._listen_at
        if self._total - len(chunk) < start:  # the part of this chunk from before listen()
            chunk = chunk[start - (self._total - len(chunk)):]
        self._buffer.extend(chunk)
        base_ms = start / BYTES_PER_MS  # the detector's 0 in stream ms
        for event in self.detector.feed(chunk):
            at = self._clock_of(base_ms + event.at_ms)
            if event.kind == "onset":
                self.onset_ms = max(at, self._listen_clock)
                self.onset.emit(self.onset_ms)
            elif event.kind == "end":
                self.end_ms = max(at, self.onset_ms or at)
                self._listening = False
                self.ended.emit(self.end_ms)
                return
        if self.onset_ms is not None and len(self._buffer) / BYTES_PER_MS > LONGEST_ANSWER_MS:
            self.end_ms = now
            self._listening = False
            self.ended.emit(now)

    def _meter(self, chunk: bytes, now: float) -> None:
        self._level_acc.extend(chunk)
        if now - self._level_t < LEVEL_MS:
            return
        lv = vad.level(bytes(self._level_acc))
        self._level_acc = bytearray()
        self._level_t = now
        if self._listening:
            self.clipped = self.clipped or lv.clipped
            self.peak_db = max(self.peak_db, 20 * math.log10(lv.peak) if lv.peak > 0 else -96.0)
        self.level.emit(lv.rms_db, lv.peak, lv.clipped)

    # ------------------------------------------------------------------ faults
    def _error_text(self) -> str:
        err = self.source.error() if self.source is not None else None
        name = self.device_name or translate("Microphone", "the microphone")
        if _is(err, "OpenError"):
            return translate("Microphone", "%1 could not be opened: access may be refused (check the system's "
                                           "privacy settings) or another app is using it. Answers are typed."
                             ).replace("%1", name)
        if _is(err, "FatalError"):
            return translate("Microphone", "%1 stopped working (unplugged?). Answers are typed from here; "
                                           "what you said so far is kept.").replace("%1", name)
        return translate("Microphone", "%1 cannot be used right now. Answers are typed.").replace("%1", name)

    def _check_state(self) -> None:
        if self.source is None:
            self._poll.stop()
            return
        if _is(self.source.state(), "StoppedState") and not _is(self.source.error(), "NoError"):
            self._fail(self._error_text())

    def _no_audio(self) -> None:
        if self.source is not None and not self._got_audio:
            name = self.device_name or translate("Microphone", "The microphone")
            self._fail(translate("Microphone", "%1 sends no sound: another app may be holding it, or access "
                                               "is refused. Answers are typed.").replace("%1", name))

    def _inputs_changed(self) -> None:
        if self.source is None:
            return
        ids = {d.id for d in input_devices()}
        if self.device_id and self.device_id not in ids or not ids:
            name = self.device_name or translate("Microphone", "The microphone")
            self._fail(translate("Microphone", "%1 was disconnected. Answers are typed from here; what you "
                                               "said so far is kept.").replace("%1", name))

    def _fail(self, message: str) -> None:
        self.problem = message
        self._listening = False
        self._watch.stop()
        self._poll.stop()
        self._drop()
        self.failed.emit(message)


class Playback(QObject):
    """Plays 16 kHz mono PCM (the microphone test) or an audio file (a kept answer)."""

    finished = Signal()
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._sink: Any = None
        self._buffer: Any = None
        self._player: Any = None
        self._output: Any = None
        self._poll = QTimer(self)  # PySide6 cannot pass QAudio::State to a Python slot: the sink is polled
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check_sink)

    def play_pcm(self, pcm: bytes) -> None:
        self.stop()
        qmm = _qmm()
        fmt = qmm.QAudioFormat()
        fmt.setSampleRate(SAMPLE_RATE)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(qmm.QAudioFormat.SampleFormat.Int16)
        from PySide6.QtCore import QBuffer  # noqa: PLC0415

        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pcm))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._sink = qmm.QAudioSink(qmm.QMediaDevices.defaultAudioOutput(), fmt, self)
        self._sink.start(self._buffer)
        self._poll.start()

    def _check_sink(self) -> None:
        if self._sink is None:
            self._poll.stop()
            return
        if _is(self._sink.state(), "IdleState") or _is(self._sink.state(), "StoppedState"):
            self.stop()
            self.finished.emit()

    def play_file(self, path: str) -> None:
        self.stop()
        qmm = _qmm()
        from PySide6.QtCore import QUrl  # noqa: PLC0415

        self._output = qmm.QAudioOutput(self)
        self._player = qmm.QMediaPlayer(self)
        self._player.setAudioOutput(self._output)
        self._player.mediaStatusChanged.connect(self._status)
        self._player.errorOccurred.connect(lambda _e, text: self.failed.emit(text))
        self._player.setSource(QUrl.fromLocalFile(path))
        self._player.play()

    def _status(self, status: Any) -> None:
        if _is(status, "EndOfMedia"):
            self.finished.emit()

    @property
    def playing(self) -> bool:
        return self._sink is not None or (self._player is not None and self._player.isPlaying())

    def stop(self) -> None:
        self._poll.stop()
        if self._sink is not None:
            sink, self._sink = self._sink, None
            sink.blockSignals(True)
            sink.stop()
            sink.deleteLater()
        if self._player is not None:
            player, self._player = self._player, None
            player.stop()
            player.deleteLater()


__all__ = ["InputDevice", "LONGEST_ANSWER_MS", "Microphone", "Playback", "SILENCE_GRACE_MS", "input_devices",
           "no_microphone_reason"]
