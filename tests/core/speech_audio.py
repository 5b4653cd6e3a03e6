"""Generated test audio for the voice activity detector (tests/core/test_vad.py, benchmarks/vad.py).

Speech comes from espeak-ng (22050 Hz), resampled to 16 kHz, normalised; noise is white, pink (1/f)
or babble (several espeak talkers, reversed and overlapped). Everything is float32 in -1..1 until
``to_pcm`` makes the 16-bit little-endian bytes the app captures.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

import numpy as np

RATE = 16000
TRUTH_AMPLITUDE = 0.005  # a clean sample at least this loud is speech (the speech peaks at 0.5)

HAVE_ESPEAK = shutil.which("espeak-ng") is not None


def resample(x: np.ndarray, src: int, dst: int = RATE) -> np.ndarray:
    """Band-limit (FFT, cut at 0.45 * dst) then interpolate linearly: good enough for speech."""
    if src == dst:
        return x.astype(np.float32)
    spec = np.fft.rfft(x)
    freqs = np.fft.rfftfreq(x.size, 1.0 / src)
    spec[freqs > 0.45 * dst] = 0
    y = np.fft.irfft(spec, n=x.size)
    t = np.arange(0, x.size * dst // src) * (src / dst)
    return np.interp(t, np.arange(x.size), y).astype(np.float32)


def synth(text: str, voice: str = "en-us", speed: int = 150) -> np.ndarray:
    """espeak-ng speech at 16 kHz, peak normalised to 0.5."""
    with tempfile.TemporaryDirectory() as d:
        out = Path(d) / "s.wav"
        subprocess.run(["espeak-ng", "-v", voice, "-s", str(speed), "-w", str(out), text], check=True,
                       capture_output=True)
        with wave.open(str(out), "rb") as w:  # espeak-ng writes 16-bit mono PCM
            sr = w.getframerate()
            x = np.frombuffer(w.readframes(w.getnframes()), dtype="<i2").astype(np.float64) / 32768.0
    y = resample(x, sr)
    return (y * (0.5 / max(1e-9, float(np.abs(y).max())))).astype(np.float32)


def speech_span(clean: np.ndarray, threshold: float = TRUTH_AMPLITUDE) -> tuple[int, int]:
    """First and one-past-last sample of the clean speech above ``threshold``."""
    idx = np.flatnonzero(np.abs(clean) >= threshold)
    return int(idx[0]), int(idx[-1]) + 1


def white(n: int, rng: np.random.Generator) -> np.ndarray:
    return rng.standard_normal(n).astype(np.float32)


def pink(n: int, rng: np.random.Generator) -> np.ndarray:
    spec = np.fft.rfft(rng.standard_normal(n))
    f = np.fft.rfftfreq(n, 1.0 / RATE)
    f[0] = f[1]
    y = np.fft.irfft(spec / np.sqrt(f), n=n)
    return (y / y.std()).astype(np.float32)


def babble(n: int, rng: np.random.Generator, talkers: list[np.ndarray]) -> np.ndarray:
    """Several talkers at once, each reversed, looped and started at a random place."""
    y = np.zeros(n, dtype=np.float64)
    for t in talkers:
        src = t[::-1]
        reps = np.tile(src, n // src.size + 2)
        start = int(rng.integers(0, src.size))
        y += reps[start:start + n] * rng.uniform(0.6, 1.0)
    return (y / max(1e-9, y.std())).astype(np.float32)


def keys(n: int, rng: np.random.Generator, per_s: float = 6.0) -> np.ndarray:
    """Typing: 3-8 ms decaying bursts at random times (``per_s`` a second) over a faint hiss, unit RMS."""
    y = rng.standard_normal(n) * 0.02
    t = 0
    while True:
        t += int(rng.exponential(RATE / per_s)) + RATE // 40
        if t >= n:
            break
        k = int(rng.integers(RATE * 3 // 1000, RATE * 8 // 1000))
        burst = rng.standard_normal(k) * np.exp(-np.arange(k) / (k / 4)) * rng.uniform(0.5, 1.0)
        y[t:t + k] += burst[: n - t]
    return (y / y.std()).astype(np.float32)


def rms(x: np.ndarray) -> float:
    return float(np.sqrt(np.mean(np.square(x, dtype=np.float64))))


@dataclass
class Clip:
    audio: np.ndarray  # float32 at RATE
    onset: int  # truth, in samples
    end: int


def place(clean: np.ndarray, lead_s: float, tail_s: float, noise: np.ndarray | None = None,
          snr_db: float = 10.0, floor: float = 3e-4, rng: np.random.Generator | None = None) -> Clip:
    """``clean`` after ``lead_s`` of silence, then ``tail_s``; with ``noise`` (unit RMS) at ``snr_db``
    below the speech's RMS over its span, else with a faint hiss (``floor`` RMS, about -70 dBFS)."""
    rng = rng or np.random.default_rng(0)
    a, b = speech_span(clean)
    lead = round(lead_s * RATE)
    n = lead + clean.size + round(tail_s * RATE)
    audio = np.zeros(n, dtype=np.float64)
    audio[lead:lead + clean.size] = clean
    if noise is None:
        audio += white(n, rng) * floor
    else:
        audio += noise[:n] * (rms(clean[a:b]) / 10 ** (snr_db / 20))
    return Clip(np.clip(audio, -1, 1).astype(np.float32), lead + a, lead + b)


def to_pcm(x: np.ndarray) -> bytes:
    return (np.clip(x, -1, 1) * 32767).round().astype("<i2").tobytes()


def chunks(pcm: bytes, rng: np.random.Generator, lo: int = 1, hi: int = 3201) -> list[bytes]:
    """``pcm`` cut at random byte counts in lo..hi (odd counts included), in order."""
    out, i = [], 0
    while i < len(pcm):
        k = int(rng.integers(lo, hi))
        out.append(pcm[i:i + k])
        i += k
    return out
