"""Answering aloud in practice, with real sound: espeak-ng speaks into the virtual microphone.

These tests hear the speech through Qt Multimedia like the app does on a real machine; where the virtual
microphone cannot start they are skipped with the reason (see ``virtual_mic`` in tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from sqlmodel import select

from tests.ui.test_practice import (
    first,
    key,
    open_practice,
    questions,
    start_with,
    type_answer,
    wait_feedback,
)
from verify_coach.core.store.models import Attempt

pytestmark = pytest.mark.audio


@pytest.fixture
def app(make_app, settle_sessions):
    settle_sessions["app"] = make_app(demo=True)
    return settle_sessions["app"]


def rows(app: Any, plan: Any) -> list[Attempt]:
    with app.ctx.coach.store.session() as s:
        return list(s.exec(select(Attempt).where(Attempt.session_id == plan.id).order_by(Attempt.id)).all())  # type: ignore[arg-type]


def typed_questions(app: Any, n: int) -> list[Any]:
    qs = [q for q in questions(app) if q.answer_kind not in ("choice", "order") and q.form == "recall"]
    return qs[:n]


def listen_ready(qtbot: Any, scr: Any) -> None:
    qtbot.waitUntil(lambda: scr.state == "question" and scr.listener.listening, timeout=10_000)
    qtbot.waitUntil(lambda: scr.listener.mic is not None and scr.listener.mic._got_audio, timeout=10_000)


def test_a_spoken_answer_is_timed_by_the_voice_rated_and_recorded(app, qtbot, virtual_mic):
    scr = open_practice(app, qtbot)
    app.ctx.prefs.set("answer_pause", 0.8)
    app.ctx.prefs.set("keep_recordings", True)
    qs = typed_questions(app, 2)
    start_with(app, qtbot, scr, qs)
    key(qtbot, scr, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # Alt+A: the answer field has the focus
    assert scr.aloud and scr.card.speaking
    assert scr.card.listening.isVisible() and not scr.card.answer.isVisible()
    listen_ready(qtbot, scr)
    virtual_mic("July twenty eighteen", 1.5)
    qtbot.waitUntil(lambda: scr.session.hesitation_ms is not None, timeout=15_000)
    qtbot.waitUntil(lambda: scr.state == "heard", timeout=15_000)
    check = scr.session.check
    assert check is not None and check.heard
    # espeak needs a moment to start; the voice starts ~1.5 s after the question, never at once
    assert 1200 <= check.hesitation_ms <= 4000, check
    assert check.latency_ms - check.hesitation_ms >= 700  # "July twenty eighteen" takes a second to say
    assert scr.self_check.isVisible() and scr.self_check.say_it.text().strip("“”")
    assert scr.self_check.play.isVisible()  # what you said can be played back
    key(qtbot, scr, Qt.Key.Key_2)  # Close
    qtbot.waitUntil(lambda: scr.state == "question" and scr.session.index == 1, timeout=15_000)
    (att,) = rows(app, scr.plan)
    assert att.spoken and att.self_rating == "close" and att.correct
    assert att.hesitation_ms == check.hesitation_ms and att.latency_ms == check.latency_ms
    assert att.rating == 2  # Close is scheduled as Hard
    kept = scr.session.records[-1].recording
    assert kept is not None and kept.is_file() and kept.stat().st_size > 500  # real speech, compressed
    # Ctrl+Z at the next question takes the rating back and asks the first question again
    key(qtbot, scr, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: scr.state == "question" and scr.session.index == 0, timeout=15_000)
    assert rows(app, scr.plan) == []
    assert not kept.exists()  # the recording goes with its answer


def test_silence_counts_as_no_answer_and_says_so(app, qtbot, virtual_mic):
    scr = open_practice(app, qtbot)
    app.ctx.prefs.set("answer_countdown", 1)
    qs = typed_questions(app, 2)
    scr.set_aloud(True)
    start_with(app, qtbot, scr, qs)
    listen_ready(qtbot, scr)
    scr.session.silence_ms = 1500
    scr.listener._silence.start(1500)  # shorten the timeout for the test (countdown 1 s + grace)
    wait_feedback(qtbot, scr)
    (att,) = rows(app, scr.plan)
    assert att.spoken and att.answer == "" and not att.correct and att.self_rating is None


def test_typing_and_speaking_mix_in_one_session(app, qtbot, virtual_mic):
    scr = open_practice(app, qtbot)
    app.ctx.prefs.set("answer_pause", 0.8)
    qs = typed_questions(app, 2)
    start_with(app, qtbot, scr, qs)
    type_answer(qtbot, scr, "something wrong")
    wait_feedback(qtbot, scr)
    key(qtbot, scr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "question" and scr.session.index == 1, timeout=10_000)
    key(qtbot, scr, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    listen_ready(qtbot, scr)
    virtual_mic("Brightline Logistics", 0.3)
    qtbot.waitUntil(lambda: scr.state == "heard", timeout=15_000)
    key(qtbot, scr, Qt.Key.Key_1)
    qtbot.waitUntil(lambda: scr.state in ("summary", "ending"), timeout=15_000)
    typed, spoken = rows(app, scr.plan)
    assert not typed.spoken and typed.answer == "something wrong"
    assert spoken.spoken and spoken.self_rating == "right"


def test_enter_ends_an_answer_early(app, qtbot, virtual_mic):
    scr = open_practice(app, qtbot)
    app.ctx.prefs.set("answer_pause", 4.0)  # the pause alone would wait 4 s
    qs = typed_questions(app, 1)
    scr.set_aloud(True)
    start_with(app, qtbot, scr, qs)
    listen_ready(qtbot, scr)
    virtual_mic("forty five dollars an hour", 0.2)
    qtbot.waitUntil(lambda: scr.listener.heard_speech, timeout=15_000)
    key(qtbot, scr, Qt.Key.Key_Return)
    assert scr.state == "heard"


def test_a_microphone_that_fails_mid_session_leaves_it_typed(app, qtbot, virtual_mic):
    scr = open_practice(app, qtbot)
    qs = typed_questions(app, 2)
    scr.set_aloud(True)
    start_with(app, qtbot, scr, qs)
    listen_ready(qtbot, scr)
    scr.listener.mic._fail("Virtual Source was disconnected. Answers are typed from here; what you said so far is kept.")
    assert scr.state == "question" and not scr.card.speaking
    assert "disconnected" in scr.status.text()
    type_answer(qtbot, scr, "Brightline Logistics")
    wait_feedback(qtbot, scr)


def test_no_microphone_refuses_aloud_with_the_reason(app, qtbot, monkeypatch):
    import verify_coach.audio as audio

    monkeypatch.setattr(audio, "input_devices", lambda: [])
    scr = open_practice(app, qtbot)
    scr.set_aloud(True)
    assert not scr.aloud and not scr.aloud_box.isChecked()
    assert "No microphone" in scr.aloud_note.text() and scr.aloud_note.isVisibleTo(scr)
    qs = [first(questions(app), answer_kind="text")]
    start_with(app, qtbot, scr, qs)
    assert scr.card.answer.isVisible()


# ----------------------------------------------------------------------------------------------- the mock call
def test_the_mock_call_takes_fact_answers_aloud_and_reports_them(app, qtbot, virtual_mic):
    from tests.ui.test_mock_call import open_call

    app.ctx.prefs.set("answer_pause", 0.8)
    app.ctx.prefs.set("keep_recordings", True)
    scr = open_call(app, qtbot, call_type="kyc", aloud=True)
    assert scr.aloud_box.isChecked() and scr.aloud_box.isEnabled()
    scr.start_call()
    qtbot.waitUntil(lambda: scr.state == "answering" and scr.listener.listening, timeout=20_000)
    assert scr.session.item.is_fact and scr.view.mode == "listening"
    qtbot.waitUntil(lambda: scr.listener.mic._got_audio, timeout=10_000)
    virtual_mic("My name is Zhang Wei", 1.0)
    qtbot.waitUntil(lambda: scr.state == "self_check", timeout=15_000)
    assert "Say it like this" in scr.view.say_it.text()
    assert scr.session.spoken_check.hesitation_ms >= 800
    qtbot.keyClick(scr.view.spoken_page, Qt.Key.Key_3)  # Wrong
    qtbot.waitUntil(lambda: bool(scr.session.results), timeout=10_000)
    (a,) = scr.session.results.values()
    assert a.spoken and a.self_rating == "wrong" and not a.correct
    assert a.recording and Path(a.recording).is_file()  # kept: recordings are on
    assert oct(Path(a.recording).stat().st_mode & 0o777) == "0o600"
    with app.ctx.coach.store.session() as s:
        att = s.get(Attempt, a.attempt_id)
        assert att.spoken and att.self_rating == "wrong" and att.hesitation_ms == a.hesitation_ms
    scr.session.end()
    qtbot.waitUntil(lambda: scr.state == "report", timeout=15_000)
    plays = [b for b in scr.report_view.findChildren(QPushButton) if b.text() == "▶ You said"]
    assert plays, "the report offers to play the answer back"


def test_the_mock_call_says_why_answers_are_typed_without_a_microphone(app, qtbot, monkeypatch):
    import verify_coach.audio as audio
    from tests.ui.test_mock_call import open_call

    monkeypatch.setattr(audio, "input_devices", lambda: [])
    scr = open_call(app, qtbot, call_type="kyc", aloud=True)
    assert not scr.aloud_box.isChecked() and not scr.aloud_box.isEnabled()
    assert "No microphone" in scr.mic_note.text()


# ----------------------------------------------------------------------------------------------- playback and faults
def test_a_kept_recording_plays_back_loud_enough_for_the_microphone_to_hear_it(app, qtbot, virtual_mic, tmp_path):
    """The virtual speakers feed the virtual microphone: what Playback plays is heard as speech again."""
    import wave

    from verify_coach.audio import Microphone, Playback
    from verify_coach.core import recordings

    wav = tmp_path / "said.wav"
    import subprocess

    subprocess.run(["espeak-ng", "-v", "en-us", "-w", str(wav), "July twenty eighteen"], check=True)
    with wave.open(str(wav)) as w:
        pcm, rate = w.readframes(w.getnframes()), w.getframerate()
    ogg = tmp_path / "said.ogg"
    ogg.write_bytes(recordings.encode_opus(pcm, rate))
    mic = Microphone(app.window, pause_ms=600)
    assert mic.open(), mic.problem
    qtbot.waitUntil(lambda: mic._got_audio, timeout=10_000)
    mic.listen()
    player = Playback(app.window)
    player.play_file(str(ogg))
    qtbot.waitUntil(lambda: mic.end_ms is not None, timeout=15_000)
    assert mic.onset_ms is not None and mic.end_ms - mic.onset_ms >= 600
    player.stop()
    mic.close()


def test_the_microphone_test_hears_a_sentence_and_plays_it_back(app, qtbot, virtual_mic):
    from verify_coach.ui.dialogs.mic_test import MicTestDialog

    app.ctx.prefs.set("answer_pause", 0.8)
    dlg = MicTestDialog(app.ctx, app.window)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.device_box.isEnabled() and dlg.record.isEnabled()
    qtbot.waitUntil(lambda: dlg.listener.mic is not None and dlg.listener.mic._got_audio, timeout=10_000)
    dlg.start_test()
    virtual_mic("I started at Brightline Logistics in July twenty eighteen", 0.3)
    qtbot.waitUntil(lambda: dlg.verdict != "", timeout=20_000)
    assert dlg.verdict in ("good", "quiet") and dlg.play.isEnabled() and len(dlg.audio) > 16000
    assert "Play" in dlg.status.text()
    dlg.play_back()
    dlg.done(0)


def test_a_device_that_sends_nothing_or_clips_is_explained(app, qtbot, virtual_mic):
    from verify_coach.ui.listener import Listener

    lst = Listener(app.ctx)
    assert lst.ensure_open()
    told: list[str] = []
    lst.failed.connect(told.append)
    clipping: list[bool] = []
    lst.clipping.connect(lambda: clipping.append(True))
    lst.listen(None)
    lst._level(-1.0, 1.0, True)
    lst._level(-1.0, 1.0, True)
    assert clipping == [True]  # told once per answer
    lst.mic._got_audio = False
    lst.mic._no_audio()  # the watchdog: the device opened but no sound comes (held by another app)
    assert told and "sends no sound" in told[0] and lst.mic is None
    assert not lst.listening
