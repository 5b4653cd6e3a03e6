"""The mock-call controller without Qt: a stub view (captions only, no voice), a fake clock, a real Coach;
every call type end to end, the ID step, follow-ups, repeats and the Enter guard."""

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
    def show_id_step(self, item: Any, step: int) -> None: self.calls.append(("id_step", step))
    def show_id_check(self, item: Any) -> None: self.calls.append(("id_check", item))
    def show_closing(self, text: str) -> None: self.calls.append(("closing", text))
    def say(self, text: str, hold_ms: int | None = None, slower: bool = False) -> None:
        self.calls.append(("say", (text, hold_ms, slower)))
    def stop_speaking(self) -> None: self.calls.append(("stop", None))
    def show_paused(self, paused: bool) -> None: self.calls.append(("paused", paused))
    def call_over(self) -> None: self.calls.append(("over", None))
    def show_report(self, report: Any, duration_ms: int, first: bool) -> None:
        self.calls.append(("report", (report, duration_ms, first)))
    def history_changed(self) -> None: self.calls.append(("history", None))
    def tick(self) -> None: pass
    def show_not_saved(self, message: str) -> None: self.calls.append(("not_saved", message))


@pytest.fixture
def ready(upwork):
    return upwork


def connected(coach: Any, tmp_path: Any, kind: str = "screening", seed: int = 4
              ) -> tuple[CallSession, StubView, Clock]:
    view, clock = StubView(), Clock()
    s = CallSession(view, SyncRunner(coach), now_ms=clock, countdown_ms=5000, slow_ms=12_000)
    s.seed = seed
    assert s.start(call_type=kind, record=False, data_dir=tmp_path)
    assert s.state is CallState.GREETING and view.names()[:2] == ["connecting", "connected"]
    return s, view, clock


def answer_all(s: CallSession, clock: Clock, *, wrong_first: bool = False, ticks: set[str] | None = None) -> None:
    """Answer every turn to the end of the call: facts right (the first wrong if asked), open answers
    good, every point of the ID check held (or ``ticks``)."""
    first = True
    while s.state in (CallState.ASKING, CallState.ANSWERING, CallState.ID_STEP, CallState.ID_CHECK):
        if s.state is CallState.ID_STEP:
            s.spoken()
            continue
        item = s.item
        if s.state is CallState.ID_CHECK:
            s.id_checked({c.id for c in item.checks} if ticks is None else ticks)
            continue
        s.spoken()  # the agent finished asking
        clock.ms += 1500
        if item.is_open:
            assert s.rate("good", covered=tuple(range(len(item.points))) if item.open.checklist else None)
        else:
            s.first_keystroke()
            clock.ms += 1000
            assert s.submit("certainly not this" if (wrong_first and first) else item.question.answer)
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
    assert len(s.results) == sum(i.is_fact for i in s.items) == report.planned == report.total
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
    clock.ms += 1000
    s.submit(s.item.question.answer)
    s.end()
    assert s.state is CallState.REPORT and len(s.results) == 1
    assert "over" in view.names()


def test_i_was_right_on_the_report_works_it_out_again(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path)
    s.spoken()
    s.spoken()
    clock.ms += 1000
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
    s.start(call_type="upwork", record=False, data_dir=tmp_path)
    s.run.drain()
    assert s.state is CallState.IDLE and view.last("failed") == NO_FACTS


def test_leaving_while_the_call_connects_closes_its_session_unseen(ready, tmp_path):
    view, runner = StubView(), Deferred(ready)
    s = CallSession(view, runner)
    s.start(call_type="kyc", record=False, data_dir=tmp_path)
    s.leave()
    runner.drain()
    assert s.state is CallState.IDLE and "connected" not in view.names()
    with ready.store.reader() as con:
        assert con.execute("SELECT count(*) FROM study_session WHERE ended_at IS NULL").fetchone()[0] == 0


def ready_for_id_name(coach: Any, sample_profile: Any, id_name: str) -> Any:
    p = sample_profile.model_copy(deep=True)
    p.identity.id_name = id_name
    coach.save_profile("Upwork", p)
    return coach


@pytest.mark.parametrize("kind", ["upwork", "screening", "kyc"])
def test_every_type_runs_to_a_report_whose_counts_agree(coach, sample_profile, tmp_path, kind):
    ready_for_id_name(coach, sample_profile, sample_profile.identity.full_name)
    for seed in (1, 2, 3):
        s, view, clock = connected(coach, tmp_path, kind, seed)
        s.skip()
        answer_all(s, clock)
        s.spoken()  # the goodbye
        report = view.last("report")[0]
        assert report.passed, report.reasons
        assert report.call_type == kind
        assert report.total == report.planned == sum(i.is_fact for i in s.items)
        assert (report.id_check is not None) == (kind != "screening")
        assert len(report.open) == sum(i.is_open for i in s.items)
        with coach.store.reader() as con:
            mode, asked = con.execute("SELECT mode, asked FROM study_session ORDER BY id DESC").fetchone()
        assert mode == "call" and asked == report.total  # every answer recorded, follow-ups too
        s.reset()


def test_the_id_step_gives_its_instructions_one_after_another_then_the_check(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path, "kyc")
    s.skip()
    while s.state is not CallState.ID_STEP:
        s.spoken()
        clock.ms += 1000
        if s.state is CallState.ANSWERING:
            s.submit(s.item.question.answer)
    item = s.item
    steps = [a for n, a in view.calls if n == "id_step"]
    assert steps == [0]
    s.skip()  # Enter: the next instruction
    s.spoken()  # the agent has said it
    assert [a for n, a in view.calls if n == "id_step"] == [0, 1, 2]
    while s.state is CallState.ID_STEP:
        s.spoken()
    assert s.state is CallState.ID_CHECK and view.last("id_check") is item
    assert not s.submit("typed") and s.countdown().kind == "agent"
    assert s.id_checked({"readable", "photo", "bogus"})
    assert s.id_result.ticked == {"readable", "photo"}
    assert [c.id for c in s.id_result.missing] == ["name", "address"]


def test_a_missing_tick_or_a_different_name_on_the_id_puts_the_call_at_risk(coach, sample_profile, tmp_path):
    ready_for_id_name(coach, sample_profile, "ZHANG WEI")  # a passport prints the family name first
    s, view, clock = connected(coach, tmp_path, "upwork", 2)
    s.skip()
    answer_all(s, clock)
    s.spoken()
    report = view.last("report")[0]
    assert report.reasons == ("id_check",) and report.id_check.names_differ
    ready_for_id_name(coach, sample_profile, "Wei Zhang")
    s, view, clock = connected(coach, tmp_path, "upwork", 2)
    s.skip()
    answer_all(s, clock, ticks={"readable", "photo", "name"})
    s.spoken()
    assert view.last("report")[0].reasons == ("id_check",)


def test_follow_ups_are_put_next_and_reported_as_threads(ready, tmp_path):
    for seed in range(1, 12):
        s, view, clock = connected(ready, tmp_path, "screening", seed)
        s.skip()
        answer_all(s, clock)
        s.spoken()
        report = view.last("report")[0]
        if report.threads:
            break
        s.reset()
    assert report.threads, "no screening call of eleven had a follow-up"
    for t in report.threads:
        root, *rest = t.answers
        assert root.follows is None and all(a.follows is not None for a in rest)
        assert [a.index for a in t.answers] == sorted(a.index for a in t.answers)
    fups = [i for i in s.items if i.phase == "follow_up"]
    assert fups and all(s.items[f.follows].index == f.follows and f.follows < f.index for f in fups)
    assert report.follow_ups == len(fups) <= 4


def test_a_wrong_employer_named_is_followed_up_about_that_employer(ready, tmp_path):
    """Answer every question naming an employer with another employer of the profile."""
    from verify_coach.core.mockcall import NAMING

    seen = []
    for seed in range(1, 25):
        s, view, clock = connected(ready, tmp_path, "screening", seed)
        s.skip()
        while s.state in (CallState.ASKING, CallState.ANSWERING, CallState.ID_STEP, CallState.ID_CHECK):
            s.spoken()
            item = s.item
            clock.ms += 2000
            if item.is_open:
                s.rate("okay")
                continue
            fact = s.plan.facts.get(item.question.fact_keys[0])
            if (fact.category, fact.attribute) in NAMING and item.phase == "profile" \
                    and item.question.answer != "Brightline Logistics":
                assert s.submit("Brightline Logistics")
                nxt = s.item
                if nxt is not None and nxt.phase == "follow_up":
                    seen.append(nxt)
                continue
            s.submit(item.question.answer)
        if s.state is not CallState.REPORT:
            s.end()
        if seen:
            break
        s.reset()
    assert seen, "no follow-up on a wrong employer in 24 calls"
    assert seen[0].prompt.startswith("You said Brightline Logistics")
    assert s.plan.facts[seen[0].fact_key].subject == "Brightline Logistics"


def test_the_enter_guard_ignores_an_enter_meant_for_the_turn_before(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path, "upwork")
    s.skip()  # Enter skips the greeting: question 1 appears
    assert s.state is CallState.ASKING and s.index == 0
    assert not s.submit("")  # the same Enter, a moment later: ignored
    assert s.sent == 0 and s.index == 0
    clock.ms += 500
    assert not s.submit("")
    clock.ms += 400  # 0.9 s after the question appeared
    assert s.submit(s.item.question.answer) and s.sent == 1 and s.index == 1


def test_repeat_and_slower_stop_the_clock_while_the_agent_speaks(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path, "upwork")
    s.skip()
    s.spoken()  # asked: the clock runs
    clock.ms += 2000
    assert s.repeat()
    text, _, slower = view.last("say")
    assert text == s.item.prompt and not slower and s.countdown().kind == "listen"
    clock.ms += 5000  # the agent repeats: this does not count
    s.spoken()
    clock.ms += 1000
    assert s.qclock.elapsed_ms() == 3000
    assert s.repeat(slower=True) and view.last("say")[2] is True
    clock.ms += 4000
    s.spoken()
    s.first_keystroke()
    clock.ms += 1000
    s.submit(s.item.question.answer)
    assert s.results[0].latency_ms == 4000 and s.results[0].repeats == 2
    s.toggle_pause()
    assert not s.repeat()  # not while paused
    s.toggle_pause()
    s.end()
    assert view.last("report")[0].repeats == 2


def test_tell_me_about_yourself_is_rated_from_the_points_covered(ready, tmp_path):
    s, view, clock = connected(ready, tmp_path, "screening")
    s.skip()
    while not (s.item.is_open and s.item.open.checklist):
        s.spoken()
        clock.ms += 1000
        s.submit(s.item.question.answer)
    s.spoken()
    clock.ms += 1000
    n = len(s.item.points)
    assert s.rate("good", covered=(0, 1, 99))  # ignores a point that is not there
    answer = s.open_answers[-1]
    assert answer.covered == (0, 1) and answer.rating == ("okay" if n <= 2 * 2 else "poor")
    assert answer.missed == s.items[answer.index].points[2:]
