"""Answers said aloud, in the practice and mock-call controllers, without Qt or a microphone: the front end's
reports (speech started / ended, monotonic ms) are given by the test on a fake clock."""

from __future__ import annotations

from typing import Any

import pytest
from sqlmodel import select

from tests.core.test_practice_session import FakeClock, StubView
from verify_coach.core.session import SyncRunner
from verify_coach.core.session.practice import PracticeSession, State
from verify_coach.core.store.models import AnswerRecording, Attempt


class View(StubView):
    def show_self_check(self, check: Any) -> None: self._log("self_check", check)


@pytest.fixture
def session(upwork):
    clock = FakeClock()
    view = View()
    s = PracticeSession(view, SyncRunner(upwork), clock=clock, seed=3)
    s.start("practice", 3)
    assert s.state is State.QUESTION
    return s, view, clock, upwork


def attempts(coach: Any, plan: Any) -> list[Attempt]:
    with coach.store.session() as db:
        return list(db.exec(select(Attempt).where(Attempt.session_id == plan.id).order_by(Attempt.id)).all())  # type: ignore[arg-type]


def speak(s: PracticeSession, clock: FakeClock, *, after_s: float, for_s: float, audio: bytes | None = None) -> None:
    """Speech starting ``after_s`` after the question, ``for_s`` long; reported when the pause has run out."""
    start = clock.t
    clock.advance(after_s + for_s + 1.2)  # the microphone reports after the pause
    s.speech_started((start + after_s) * 1000)
    s.speech_ended((start + after_s + for_s) * 1000, audio)


def test_the_voice_times_the_answer_and_the_rating_is_recorded(session):
    s, view, clock, coach = session
    speak(s, clock, after_s=1.4, for_s=2.1)
    assert s.state is State.HEARD
    check = view.last("self_check")
    assert (check.hesitation_ms, check.latency_ms) == (1400, 3500)  # the pause after the answer does not count
    assert check.say_it and check.heard and check.heard_text == ""
    assert s.self_rate("close")
    assert s.state is State.QUESTION and s.index == 1  # on to the next question at once
    (att,) = attempts(coach, s.plan)
    assert att.spoken and att.self_rating == "close" and att.correct and att.rating == 2  # Hard
    assert (att.hesitation_ms, att.latency_ms, att.answer) == (1400, 3500, "")
    rec = s.records[-1]
    assert rec.spoken and rec.self_rating == "close"


def test_a_wrong_self_rating_counts_wrong_and_ctrl_z_takes_it_back(session):
    s, view, clock, coach = session
    speak(s, clock, after_s=0.5, for_s=1.0)
    assert s.self_rate("wrong")
    assert not attempts(coach, s.plan)[0].correct
    assert s.undo()  # at the next question
    assert s.state is State.QUESTION and s.index == 0 and attempts(coach, s.plan) == []


def test_ratings_are_refused_outside_the_self_check_and_unknown_ones_always(session):
    s, view, clock, coach = session
    assert not s.self_rate("right")  # nothing said yet
    speak(s, clock, after_s=0.5, for_s=1.0)
    assert not s.self_rate("perfect")
    assert s.state is State.HEARD and attempts(coach, s.plan) == []


def test_silence_is_recorded_as_no_answer(session):
    s, view, clock, coach = session
    clock.advance(10)
    assert s.no_answer()
    fb = view.last("feedback")
    assert not fb.correct and fb.spoken and not fb.can_override
    (att,) = attempts(coach, s.plan)
    assert att.spoken and att.answer == "" and att.self_rating is None and not att.correct


def test_enter_before_any_speech_is_no_answer_and_after_speech_ends_it_now(session):
    s, view, clock, coach = session
    clock.advance(2)
    s.speech_started(clock.t * 1000 - 500)
    clock.advance(1)
    assert s.end_aloud(b"\0\0" * 1600)
    check = view.last("self_check")
    assert check.hesitation_ms == 1500 and check.latency_ms == 3000


def test_speech_reported_for_before_the_question_counts_from_the_question(session):
    s, view, clock, coach = session
    start = clock.t
    clock.advance(3)
    s.speech_started((start - 1) * 1000)  # (a stale report): never a negative hesitation
    s.speech_ended((start + 2) * 1000)
    assert view.last("self_check").hesitation_ms == 0


def test_recordings_are_kept_only_when_asked_and_never_cost_the_answer(session, monkeypatch):
    s, view, clock, coach = session
    audio = (b"\x10\x00\xf0\xff" * 8000)  # a second of a (loud, silly) tone
    speak(s, clock, after_s=0.5, for_s=1.0, audio=audio)
    s.self_rate("right")  # recordings off: nothing kept
    assert s.records[-1].recording is None
    s.keep_recordings = True
    speak(s, clock, after_s=0.5, for_s=1.0, audio=audio)
    s.self_rate("right")
    path = s.records[-1].recording
    assert path is not None and path.is_file()
    with coach.store.session() as db:
        assert len(db.exec(select(AnswerRecording)).all()) == 1

    def broken(*_a: Any, **_k: Any) -> Any:
        raise OSError("No space left on device")

    monkeypatch.setattr(type(coach), "save_recording", broken)
    speak(s, clock, after_s=0.5, for_s=1.0, audio=audio)
    assert s.self_rate("right")  # the disk is full: the answer is saved all the same
    assert len(attempts(coach, s.plan)) == 3 and s.records[-1].recording is None


def test_a_transcriber_proposes_what_was_said_and_a_broken_one_is_ignored(session):
    s, view, clock, coach = session

    class Echo:
        name = "echo"

        def propose(self, pcm: bytes, sample_rate: int, *, expected: str) -> str | None:
            assert sample_rate == 16000 and pcm
            return f"  {expected} "

    class Broken:
        name = "broken"

        def propose(self, pcm: bytes, sample_rate: int, *, expected: str) -> str | None:
            raise RuntimeError("model missing")

    s.transcriber = Echo()
    speak(s, clock, after_s=0.5, for_s=1.0, audio=b"\1\0" * 100)
    check = view.last("self_check")
    assert check.heard_text == check.expected
    s.self_rate("right")
    s.transcriber = Broken()
    speak(s, clock, after_s=0.5, for_s=1.0, audio=b"\1\0" * 100)
    assert view.last("self_check").heard_text == ""


# ----------------------------------------------------------------------------------------------- the mock call
def test_a_call_takes_fact_answers_aloud_follows_up_on_a_right_one_and_reports_them(upwork, tmp_path):
    from tests.core.test_call_session import StubView as CallStub
    from tests.core.test_call_session import connected
    from verify_coach.core.session.call import CallState

    class CallView(CallStub):
        def show_self_check(self, item: Any, check: Any) -> None: self.calls.append(("self_check", (item, check)))

    s, _, clock = connected(upwork, tmp_path, "screening")
    s.view = view = CallView()
    s.spoken()  # the greeting
    rated = 0
    while s.state in (CallState.ASKING, CallState.ANSWERING, CallState.ID_STEP, CallState.ID_CHECK) and rated < 4:
        if s.state is CallState.ID_STEP:
            s.spoken()
            continue
        if s.state is CallState.ID_CHECK:
            s.id_checked(set())
            continue
        item = s.item
        s.spoken()
        if item.is_open:
            clock.ms += 1500  # (past the Enter guard)
            assert s.rate("good", covered=() if item.open.checklist else None)
            continue
        asked = clock.ms
        clock.ms += 4000
        s.speech_started(asked + 1800)
        assert s.speech_ended(asked + 3000, b"\1\0" * 1600)
        assert s.state is CallState.SELF_CHECK and s.countdown().kind == "rate"
        _, check = view.last("self_check")
        assert (check.hesitation_ms, check.latency_ms) == (1800, 3000) and check.say_it
        assert not s.submit("typed now")  # the answer is being rated
        assert s.self_rate("right" if rated % 2 == 0 else "wrong")
        rated += 1
    spoken = [a for a in s.results.values() if a.spoken]
    assert len(spoken) == rated >= 3
    assert {a.self_rating for a in spoken} == {"right", "wrong"}
    assert all(a.given == "" and a.hesitation_ms == 1800 and a.latency_ms == 3000 for a in spoken)
    s.end()
    assert s.state is CallState.REPORT
    wrong = [a for a in s.report.wrong if a.spoken]
    assert wrong and all(a.self_rating == "wrong" for a in wrong)


def test_silence_in_a_call_is_no_answer(upwork, tmp_path):
    from tests.core.test_call_session import connected
    from verify_coach.core.session.call import CallState

    s, view, clock = connected(upwork, tmp_path, "kyc")
    s.spoken()
    while not (s.item.is_fact and s.state is CallState.ASKING):
        s.spoken() if s.state is not CallState.ID_CHECK else s.id_checked(set())
    s.spoken()
    clock.ms += 10_000
    index = s.index
    assert s.no_answer()
    a = s.results[index]
    assert a.given == "" and not a.correct and a.hesitation_ms is None
