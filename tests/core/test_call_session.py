"""The mock-call controller without Qt: a stub view (captions only, no voice), a fake clock, a real Coach."""

from __future__ import annotations

from typing import Any

import pytest

from verify_coach.core.session import SyncRunner
from verify_coach.core.session.call import NO_FACTS, CallSession, CallState

from .test_practice_session import Deferred


class Clock:
    def __init__(self) -> None:
        self.ms = 50_000.0

    def __call__(self) -> float:
        return self.ms


class StubView:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def names(self) -> list[str]:
        return [n for n, _ in self.calls]

    def last(self, name: str) -> Any:
        return next(a for n, a in reversed(self.calls) if n == name)

    def show_connecting(self) -> None: self.calls.append(("connecting", None))
    def start_failed(self, message: str) -> None: self.calls.append(("failed", message))
    def show_connected(self, call: Any, path: Any) -> None: self.calls.append(("connected", path))
    def show_item(self, item: Any, total: int) -> None: self.calls.append(("item", (item, total)))
    def show_closing(self, text: str) -> None: self.calls.append(("closing", text))
    def say(self, text: str, hold_ms: int | None = None) -> None: self.calls.append(("say", (text, hold_ms)))
    def stop_speaking(self) -> None: self.calls.append(("stop", None))
    def show_paused(self, paused: bool) -> None: self.calls.append(("paused", paused))
    def call_over(self) -> None: self.calls.append(("over", None))
    def show_report(self, report: Any, duration_ms: int, first: bool) -> None:
        self.calls.append(("report", (report, duration_ms, first)))
    def history_changed(self) -> None: self.calls.append(("history", None))
    def tick(self) -> None: pass


@pytest.fixture
def ready(upwork):
    return upwork


def connected(coach: Any, tmp_path: Any) -> tuple[CallSession, StubView, Clock]:
    view, clock = StubView(), Clock()
    s = CallSession(view, SyncRunner(coach), now_ms=clock, countdown_ms=5000, slow_ms=12_000)
    s.seed = 4
    assert s.start(length="short", record=False, data_dir=tmp_path)
    assert s.state is CallState.GREETING and view.names()[:2] == ["connecting", "connected"]
    return s, view, clock


def answer_all(s: CallSession, clock: Clock, *, wrong_first: bool = False) -> None:
    first = True
    while s.state in (CallState.ASKING, CallState.ANSWERING):
        s.spoken()  # the agent finished asking
        clock.ms += 1500
        item = s.item
        if item.is_open:
            s.rate("good")
        else:
            s.first_keystroke()
            clock.ms += 1000
            s.submit("certainly not this" if (wrong_first and first) else item.question.answer)
            first = False


def test_the_agent_greets_asks_and_the_clock_starts_when_it_has_asked(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path)
    assert view.last("say")[1] is not None  # the greeting is held long enough to read
    s.spoken()
    assert s.state is CallState.ASKING and s.index == 0
    clock.ms += 3000  # the agent is still asking: no clock yet
    assert not s.qclock.started and s.countdown().kind == "listen"
    s.spoken()
    assert s.state is CallState.ANSWERING
    clock.ms += 2000
    assert s.countdown().kind == "start" and s.countdown().seconds == 3
    clock.ms += 4000
    assert s.countdown().kind == "late" and s.countdown().seconds == 1


def test_a_whole_call_ends_in_a_report_with_every_answer(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path)
    s.skip()  # Enter during the greeting
    answer_all(s, clock, wrong_first=True)
    assert s.state is CallState.CLOSING
    s.spoken()  # the closing words said
    assert s.state is CallState.REPORT
    report, duration, first = view.last("report")
    assert first and duration > 0
    assert len(s.results) == len(s.call.fact_items)
    first_answer = s.results[min(s.results)]
    assert not first_answer.correct and first_answer.hesitation_ms == 1500 and first_answer.latency_ms == 2500
    assert view.names()[-1] == "history"


def test_pause_freezes_the_clocks_and_refuses_answers(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path)
    s.spoken()
    s.spoken()
    clock.ms += 1000
    s.toggle_pause()
    assert s.paused and view.last("paused") is True and s.countdown().kind == "paused"
    clock.ms += 60_000
    assert not s.submit("anything")
    s.toggle_pause()
    assert s.qclock.elapsed_ms() == 1000 and s.call_clock.elapsed_ms() < 60_000


def test_ending_early_keeps_the_answers_given(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path)
    s.spoken()
    s.spoken()
    s.submit(s.item.question.answer)
    s.end()
    assert s.state is CallState.REPORT and len(s.results) == 1
    assert "over" in view.names()


def test_i_was_right_on_the_report_works_it_out_again(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path)
    s.spoken()
    s.spoken()
    s.submit("certainly not this")
    s.end()
    wrong = next(a for a in s.results.values() if not a.correct)
    s.override(wrong.attempt_id, True)
    report, _, first = view.last("report")
    assert not first and s.results[min(s.results)].correct
    s.override(wrong.attempt_id, False)
    assert not s.results[min(s.results)].correct


def test_no_facts_refuses_to_start(coach, tmp_path):
    from verify_coach.core.profile import Profile

    coach.save_profile("Empty", Profile())
    view = StubView()
    s = CallSession(view, Deferred(coach))
    s.start(length="short", record=False, data_dir=tmp_path)
    s.run.drain()
    assert s.state is CallState.IDLE and view.last("failed") == NO_FACTS


def test_leaving_while_the_call_connects_closes_its_session_unseen(ready, tmp_path):
    view, runner = StubView(), Deferred(ready)
    s = CallSession(view, runner)
    s.start(length="short", record=False, data_dir=tmp_path)
    s.leave()
    runner.drain()
    assert s.state is CallState.IDLE and "connected" not in view.names()
    with ready.store.reader() as con:
        assert con.execute("SELECT count(*) FROM study_session WHERE ended_at IS NULL").fetchone()[0] == 0
