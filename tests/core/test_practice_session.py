"""The practice controller without Qt: a stub view, a fake clock, a real Coach on a temporary data dir."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest

from verify_coach.core.session import SyncRunner
from verify_coach.core.session.practice import PracticeSession, State


class FakeClock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


class StubView:
    """Records what the controller asked the view to show, in order."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def _log(self, name: str, arg: Any = None) -> None:
        self.calls.append((name, arg))

    def names(self) -> list[str]:
        return [n for n, _ in self.calls]

    def last(self, name: str) -> Any:
        return next(a for n, a in reversed(self.calls) if n == name)

    def show_loading(self) -> None: self._log("loading")
    def show_question(self, index: int, total: int, question: Any) -> None: self._log("question", (index, total, question))
    def show_saving(self) -> None: self._log("saving")
    def show_feedback(self, feedback: Any) -> None: self._log("feedback", feedback)
    def show_answer_error(self, message: str | None) -> None: self._log("answer_error", message)
    def show_overridden(self, record: Any) -> None: self._log("overridden", record)
    def show_override_error(self, message: str | None) -> None: self._log("override_error", message)
    def show_override_undone(self, record: Any) -> None: self._log("override_undone", record)
    def show_ending(self) -> None: self._log("ending")
    def show_end_error(self, message: str | None) -> None: self._log("end_error", message)
    def show_summary(self, summary: Any, plan: Any, can_undo: bool) -> None: self._log("summary", (summary, can_undo))
    def back_to_start(self, reason: str, message: str) -> None: self._log("start", (reason, message))
    def history_changed(self) -> None: self._log("history")


class Deferred:
    """A runner that holds the work until the test lets it run (like the app's worker thread)."""

    def __init__(self, coach: Any) -> None:
        self.coach, self.queue = coach, []

    def __call__(self, work, done, failed, *, name: str) -> None:
        self.queue.append((name, work, done, failed))

    def names(self) -> list[str]:
        return [n for n, *_ in self.queue]

    def step(self) -> str:
        name, work, done, failed = self.queue.pop(0)
        try:
            result = work(self.coach)
        except Exception as exc:  # noqa: BLE001  (handed to the controller as the app's worker does)
            failed(exc)
        else:
            done(result)
        return name

    def drain(self) -> None:
        while self.queue:
            self.step()


@pytest.fixture
def ready(upwork):
    return upwork


def session(coach: Any, **kw: Any) -> tuple[PracticeSession, StubView, FakeClock]:
    view, clock = StubView(), FakeClock()
    return PracticeSession(view, SyncRunner(coach), clock=clock, seed=3, **kw), view, clock


def right_answer(q: Any) -> str:
    return q.answer


def attempts(coach: Any) -> list[tuple[Any, ...]]:
    with coach.store.reader() as con:
        return con.execute("SELECT answer, correct, latency_ms FROM attempt ORDER BY id").fetchall()


def test_a_whole_session_from_first_question_to_summary(ready):
    s, view, clock = session(ready)
    s.start("practice", 3)
    assert s.state is State.QUESTION and view.names() == ["loading", "question"]
    index, total, q = view.last("question")
    assert (index, total) == (0, 3)
    for i in range(3):
        clock.advance(2.5)
        assert s.elapsed_ms() == 2500
        assert s.submit(right_answer(s.current_question))
        fb = view.last("feedback")
        assert s.state is State.FEEDBACK and fb.correct and fb.latency_ms == 2500 and fb.last == (i == 2)
        s.next()
    assert s.state is State.SUMMARY
    summary, can_undo = view.last("summary")
    assert (summary.asked, summary.correct, can_undo) == (3, 3, True)
    assert "history" in view.names()
    assert [r[1] for r in attempts(ready)] == [1, 1, 1]


def test_an_empty_answer_is_refused_unless_given_up(ready):
    s, view, _ = session(ready)
    s.start("practice", 2)
    assert not s.submit("   ") and s.state is State.QUESTION
    assert s.submit("", allow_empty=True)
    assert not view.last("feedback").correct
    assert attempts(ready)[0][:2] == ("", 0)


def test_pause_stops_the_answer_clock(ready):
    s, _, clock = session(ready)
    s.start("practice", 2)
    clock.advance(1)
    s.pause()
    clock.advance(30)  # away from the keyboard
    assert s.elapsed_ms() == 1000
    s.resume()
    clock.advance(2)
    s.submit(right_answer(s.current_question))
    assert attempts(ready)[0][2] == 3000


def test_undo_takes_back_the_answer_and_asks_it_again_fresh(ready):
    s, view, clock = session(ready)
    s.start("practice", 2)
    first = s.current_question
    s.submit("surely wrong")
    assert s.undo() and s.state is State.QUESTION
    assert s.current_question is first and s.records == [] and attempts(ready) == []
    clock.advance(4)
    assert s.elapsed_ms() == 4000  # its clock started again


def test_i_was_right_then_undo_then_undo_again(ready):
    s, view, _ = session(ready)
    s.start("practice", 3)
    while s.current_question.answer_kind in ("choice", "order"):  # "I was right" is for typed answers
        s.submit(right_answer(s.current_question))
        s.next()
    s.submit("not what the profile says")
    assert not view.last("feedback").correct and view.last("feedback").can_override
    assert s.override() and s.records[-1].overridden and s.records[-1].correct
    assert view.names()[-2:] == ["overridden", "history"]
    assert not s.override()  # once
    s.undo()  # the override first
    assert view.names()[-2:] == ["override_undone", "history"] and not s.records[-1].correct
    n = len(s.records)
    s.undo()  # then the answer
    assert len(s.records) == n - 1 and s.state is State.QUESTION


def test_a_right_or_picked_answer_cannot_be_overridden(ready):
    s, view, _ = session(ready)
    s.start("practice", 1)
    s.submit(right_answer(s.current_question))
    assert not s.can_override() and not s.override()


def test_undo_from_the_summary_reopens_the_last_question(ready):
    s, view, _ = session(ready)
    s.start("practice", 1)
    s.submit(right_answer(s.current_question))
    s.next()
    assert s.state is State.SUMMARY
    assert s.undo() and s.state is State.QUESTION and s.summary is None
    assert view.names()[-2:] == ["question", "history"]


def test_ending_while_an_answer_is_saved_ends_once_its_verdict_is_in(ready):
    view, runner = StubView(), Deferred(ready)
    s = PracticeSession(view, runner, clock=FakeClock(), seed=3)
    s.start("practice", 3)
    runner.step()  # the plan
    s.submit("something")
    assert s.state is State.SAVING
    s.end()
    assert s.state is State.SAVING  # not yet: the answer is being committed
    runner.drain()
    assert s.state is State.SUMMARY and view.names()[-4:] == ["feedback", "ending", "summary", "history"]
    assert len(attempts(ready)) == 1


def test_a_new_start_drops_the_old_sessions_late_results(ready):
    view, runner = StubView(), Deferred(ready)
    s = PracticeSession(view, runner, clock=FakeClock(), seed=3)
    s.start("practice", 3)
    runner.step()
    s.submit("late")
    s.start("practice", 2)  # before the answer was committed
    runner.drain()
    assert s.state is State.QUESTION and s.records == []
    assert "feedback" not in view.names()  # the old verdict never showed
    assert len(attempts(ready)) == 1  # but the answer was kept


def test_leaving_while_loading_ends_the_plan_unseen(ready):
    view, runner = StubView(), Deferred(ready)
    s = PracticeSession(view, runner, clock=FakeClock(), seed=3)
    s.start("practice", 3)
    s.leave()
    assert s.state is State.IDLE
    runner.drain()
    assert s.state is State.IDLE and "question" not in view.names()
    assert runner.queue == []
    with ready.store.reader() as con:
        assert con.execute("SELECT count(*) FROM study_session WHERE ended_at IS NULL").fetchone()[0] == 0


def test_nothing_to_ask_goes_back_to_the_start_with_a_reason(ready):
    s, view, _ = session(ready)
    s.start("weak", 5)  # no answers yet: no weak facts
    assert s.state is State.IDLE and view.last("start") == ("no-weak", "")


def test_a_refused_start_says_why(coach):
    view2, runner = StubView(), Deferred(coach)
    s = PracticeSession(view2, runner, clock=FakeClock())
    s.start("practice", 3)
    runner.drain()  # no profile: a CoachError
    reason, message = view2.last("start")
    assert reason == "refused" and "profile" in message.lower()


def test_a_bug_while_answering_shows_no_internal_text(ready):
    view, runner = StubView(), Deferred(ready)
    s = PracticeSession(view, runner, clock=FakeClock(), seed=3)
    s.start("practice", 2)
    runner.step()
    s.submit("x")
    name, _work, done, failed = runner.queue.pop(0)
    failed(RuntimeError("database is locked [SQL: INSERT ...]"))
    assert s.state is State.FEEDBACK and view.last("answer_error") is None


def test_the_terminal_and_the_app_share_this_controller():
    """The CLI's practice command and the practice screen both drive PracticeSession (no second copy)."""
    root = Path(__file__).resolve().parents[2] / "verify_coach"
    for rel in ("cli.py", "ui/screens/practice.py"):
        tree = ast.parse((root / rel).read_text(encoding="utf-8"))
        names = {a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module
                 and n.module.endswith("session.practice") for a in n.names}
        assert "PracticeSession" in names, rel
        assert not any(isinstance(n, ast.Call) and getattr(n.func, "attr", "") == "answer" for n in ast.walk(tree)), \
            f"{rel} records answers itself"
