"""Two writers on one data dir (issue 17, items 1, 6b and 18).

Another writer is played by a raw sqlite3 connection holding the write lock (``BEGIN IMMEDIATE``), by a
second CLI process, or by the app's instance lock. What must hold: a write waits for a short lock and
then succeeds; a lock held too long is one clear message (never a traceback or raw SQL); no answer is
dropped without the user being told; the CLI does not write (nor restore) while the app is open; a
second app hands over to the first; quitting while an answer is saved still ends the session.
"""

from __future__ import annotations

import io
import json
import os
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest

from verify_coach.cli import main
from verify_coach.core.errors import UserError
from verify_coach.core.store import engine
from verify_coach.core.store.instance import app_running, hold_instance_lock

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "resources" / "example-profile.json"
DB = "verify_coach.sqlite3"


class Locker:
    """Another writer: a plain sqlite3 connection that holds the database's write lock."""

    def __init__(self, path: Path):
        self.con = sqlite3.connect(path, isolation_level=None, check_same_thread=False, timeout=10)
        self.held = False
        self._mutex = threading.Lock()

    def hold(self) -> None:
        with self._mutex:
            if not self.held:
                self.con.execute("BEGIN IMMEDIATE")
                self.held = True

    def release(self) -> None:
        with self._mutex:
            if self.held:
                self.con.execute("COMMIT")
                self.held = False

    def hold_for(self, seconds: float) -> threading.Timer:
        self.hold()
        timer = threading.Timer(seconds, self.release)
        timer.start()
        return timer

    def close(self) -> None:
        self.release()
        self.con.close()


@pytest.fixture
def locker(data_dir):
    lockers: list[Locker] = []

    def make() -> Locker:
        lk = Locker(data_dir / DB)
        lockers.append(lk)
        return lk

    yield make
    for lk in lockers:
        lk.close()


@pytest.fixture
def short_busy(monkeypatch):
    """SQLite waits 0.15 s for another writer, three times: a lock held longer is a StoreBusyError quickly."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 150)
    monkeypatch.setattr(engine, "RETRY_PAUSE_S", 0.01)


def run(*argv: str, stdin: Any = "", data_dir: Path | None = None) -> tuple[int, str]:
    out = io.StringIO()
    args = (["--data-dir", str(data_dir)] if data_dir else []) + list(argv)
    code = main(args, stdin=io.StringIO(stdin) if isinstance(stdin, str) else stdin, stdout=out)
    return code, out.getvalue()


@pytest.fixture
def imported(data_dir):
    code, _ = run("import", str(EXAMPLE), "--name", "Upwork", data_dir=data_dir)
    assert code == 0
    return data_dir


def counts(data_dir: Path) -> dict[str, Any]:
    con = sqlite3.connect(f"file:{data_dir / DB}?mode=ro", uri=True)
    try:
        return {
            "attempts": con.execute("SELECT count(*) FROM attempt").fetchone()[0],
            "sessions": con.execute("SELECT count(*) FROM study_session").fetchone()[0],
            "unended": con.execute("SELECT count(*) FROM study_session WHERE ended_at IS NULL").fetchone()[0],
            "asked": con.execute("SELECT coalesce(sum(asked), 0) FROM study_session").fetchone()[0],
        }
    finally:
        con.close()


class LockingInput(io.StringIO):
    """Standard input that has another writer take the lock just before line ``at`` is read, for ``hold_s``
    (None: until the test releases it): the answer on that line is written while the lock is held."""

    def __init__(self, text: str, lk: Locker, at: int, hold_s: float | None):
        super().__init__(text)
        self.lk, self.at, self.hold_s, self.n = lk, at, hold_s, 0

    def readline(self, *args: Any) -> str:  # type: ignore[override]
        self.n += 1
        if self.n == self.at:
            if self.hold_s is None:
                self.lk.hold()
            else:
                self.lk.hold_for(self.hold_s)
        return super().readline(*args)


# ------------------------------------------------------------------------------------------ the store
def test_a_write_waits_for_a_short_lock_then_succeeds(upwork, locker):
    """The bug: a deferred transaction read first, then SQLite refused its upgrade at once (no busy wait)."""
    plan = upwork.start_session("practice", 3, seed=1)
    lk = locker()
    lk.hold_for(0.5)
    t0 = time.monotonic()
    res = upwork.answer(plan, plan.questions[0], "anything", 1200)
    waited = time.monotonic() - t0
    assert res.attempt_id and waited >= 0.4
    assert not lk.held
    assert counts(upwork.store.data_dir)["attempts"] == 1


def test_every_coach_write_starts_with_begin_immediate(upwork, locker):
    """A write that cannot get the lock fails at BEGIN, before it reads: set_active, end_session too."""
    plan = upwork.start_session("practice", 2, seed=2)
    lk = locker()
    for write in (lambda: upwork.set_active("Upwork"), lambda: upwork.end_session(plan),
                  lambda: upwork.set_setting("x", "1")):
        lk.hold_for(0.3)
        write()  # waits, then succeeds
        assert not lk.held


def test_a_lock_held_too_long_is_a_clear_error_and_nothing_is_written(short_busy, data_dir, sample_profile, locker):
    from verify_coach.core.coach import Coach

    coach = Coach(engine.open_store(data_dir))  # connections made with the short busy timeout
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 3, seed=1)
    lk = locker()
    lk.hold()
    with pytest.raises(engine.StoreBusyError) as err:
        coach.answer(plan, plan.questions[0], "anything", 1200)
    assert isinstance(err.value, UserError)
    text = str(err.value)
    assert "in use by another verify_coach" in text and "Nothing was saved" in text
    assert "sqlite" not in text.lower() and "SELECT" not in text and "locked" not in text
    lk.release()
    assert counts(data_dir)["attempts"] == 0  # not half written
    coach.answer(plan, plan.questions[0], "anything", 1200)  # and the store still works
    assert counts(data_dir)["attempts"] == 1
    coach.store.close()


def test_a_write_is_tried_write_attempts_times_then_given_up(short_busy, data_dir, sample_profile, locker, caplog):
    """The retries are bounded: BEGIN IMMEDIATE is tried ``WRITE_ATTEMPTS`` times, each waiting the busy
    timeout; a lock released during the retries is then taken by the next attempt (one retry was enough)."""
    import logging

    from verify_coach.core.coach import Coach

    coach = Coach(engine.open_store(data_dir))
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 3, seed=1)
    tries = []
    real = engine.sa.Connection.exec_driver_sql

    def counting(conn, statement, *args, **kwargs):
        if statement == "BEGIN IMMEDIATE":
            tries.append(time.monotonic())
        return real(conn, statement, *args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(engine.sa.Connection, "exec_driver_sql", counting)
        lk = locker()
        lk.hold()
        with caplog.at_level(logging.WARNING, logger=engine.log.name), pytest.raises(engine.StoreBusyError):
            coach.answer(plan, plan.questions[0], "anything", 1200)
        lk.release()
        assert len(tries) == engine.WRITE_ATTEMPTS == 3
        assert [r.getMessage() for r in caplog.records].count(
            "the database is locked by another connection (attempt 3 of 3)") == 1
        assert tries[-1] - tries[0] >= 2 * engine.BUSY_TIMEOUT_MS / 1000  # each attempt waited the timeout

        tries.clear()
        lk.hold_for(0.25)  # longer than one busy timeout (0.15 s), shorter than two
        res = coach.answer(plan, plan.questions[0], "anything", 1200)
        assert res.attempt_id and len(tries) == 2
    assert counts(data_dir)["attempts"] == 1
    coach.store.close()


def test_a_new_database_locked_while_it_is_made_is_waited_for_then_a_clear_error(short_busy, data_dir, capsys,
                                                                                  monkeypatch):
    """Another process holds a brand-new (empty) database while it makes it: turning it into WAL waits like
    a write does (three busy timeouts), then says so in a sentence; nothing is left half made."""
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 400)
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / DB).write_bytes(b"")
    other = sqlite3.connect(data_dir / DB, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN EXCLUSIVE")
    release = threading.Timer(1.0, lambda: other.execute("COMMIT"))  # longer than two busy timeouts
    release.start()
    try:
        engine.open_store(data_dir).close()  # waited it out
    finally:
        release.cancel()
        other.close()
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 150)
    held = data_dir / "held"  # held for longer than that
    held.mkdir()
    (held / DB).write_bytes(b"")
    other = sqlite3.connect(held / DB, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        code, _ = run("import", str(EXAMPLE), "--name", "Upwork", data_dir=held)
        err = capsys.readouterr().err
        assert code == 2 and "in use by another verify_coach" in err and "Traceback" not in err
        assert "locked" not in err and "sqlite" not in err.lower()
    finally:
        other.close()
    assert run("import", str(EXAMPLE), "--name", "Upwork", data_dir=held)[0] == 0  # and then it works


def test_is_busy_tells_a_locked_database_from_other_errors():
    assert engine.is_busy(sqlite3.OperationalError("database is locked"))
    assert not engine.is_busy(sqlite3.OperationalError("no such table: x"))
    assert not engine.is_busy(ValueError("database is locked"))


# ------------------------------------------------------------------------------------------ CLI + CLI
def test_cli_practice_waits_out_another_writer_and_saves_every_answer(imported, locker):
    lk = locker()
    answers = "wrong\n" * 4
    code, out = run("practice", "--json", "--count", "4", "--seed", "1",
                    stdin=LockingInput(answers, lk, at=2, hold_s=0.6), data_dir=imported)
    assert code == 0
    events = [json.loads(line) for line in out.splitlines()]
    verdicts = [e for e in events if e["event"] == "verdict"]
    assert events[-1]["event"] == "summary" and events[-1]["asked"] == len(verdicts) == 4
    c = counts(imported)
    assert c["attempts"] == 4 and c["unended"] == 0


def test_cli_practice_against_a_lock_held_too_long_says_so_and_loses_nothing_silently(
        imported, short_busy, locker, capsys):
    lk = locker()
    answers = "wrong\n" * 4
    code, out = run("practice", "--json", "--count", "4", "--seed", "1",
                    stdin=LockingInput(answers, lk, at=3, hold_s=None), data_dir=imported)
    err = capsys.readouterr().err
    lk.release()
    assert code == 2
    assert "Traceback" not in err and "sqlite" not in err.lower()
    assert "in use by another verify_coach" in err and "The 2 answers before it are saved" in err
    verdicts = [json.loads(line) for line in out.splitlines() if json.loads(line)["event"] == "verdict"]
    assert len(verdicts) == 2
    assert counts(imported)["attempts"] == 2  # every answer shown as saved is saved; the third was reported


def test_two_terminal_practice_sessions_at_once(imported, locker):
    """Two CLI processes practise on one data dir while a third writer holds the lock at their start."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    lk = locker()
    lk.hold_for(1.5)  # both start (and first write) while it is held, then contend
    procs = [subprocess.Popen([sys.executable, "-m", "verify_coach", "--data-dir", str(imported), "practice",
                               "--json", "--count", "6", "--seed", str(seed)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              env=env)
             for seed in (1, 2)]
    results = [p.communicate("wrong\n" * 6, timeout=120) for p in procs]
    asked = 0
    for p, (out, err) in zip(procs, results, strict=True):
        assert p.returncode == 0, err
        assert "Traceback" not in err
        summary = json.loads(out.splitlines()[-1])
        assert summary["event"] == "summary"
        asked += summary["asked"]
    c = counts(imported)
    assert asked == 12 and c["attempts"] == 12 and c["unended"] == 0


# ------------------------------------------------------------------------------------------ app + CLI
@pytest.mark.parametrize("argv", [
    ("practice", "--count", "2"),
    ("call",),
    ("use", "Upwork"),
    ("import", str(EXAMPLE), "--name", "Other"),
    ("call-date", "2099-12-03T15:00"),
    ("checklist", "--tick", "id"),
    ("demo",),
])
def test_cli_writes_are_refused_while_the_app_is_open(imported, argv, capsys):
    before = counts(imported)
    with hold_instance_lock(imported, "app"):
        code, out = run(*argv, stdin="x\n", data_dir=imported)
    err = capsys.readouterr().err
    assert code == 2, out
    assert "desktop app" in err and "is open" in err and "--wait" in err and "Traceback" not in err
    assert counts(imported) == before


@pytest.mark.parametrize("argv", [("stats",), ("profiles",), ("facts",), ("call-date",), ("audit",),
                                  ("import", str(EXAMPLE), "--name", "Upwork", "--dry-run")])
def test_cli_reads_still_work_while_the_app_is_open(imported, argv):
    with hold_instance_lock(imported, "app"):
        code, _ = run(*argv, data_dir=imported)
    assert code in (0, 1)  # audit: 1 when something must be fixed


def test_cli_wait_starts_once_the_app_has_closed(imported, capsys):
    lock = hold_instance_lock(imported, "app")
    threading.Timer(0.5, lock.release).start()
    code, out = run("--wait", "practice", "--json", "--count", "2", "--seed", "1", stdin="wrong\nwrong\n",
                    data_dir=imported)
    assert code == 0
    assert "Waiting for the verify_coach desktop app" in capsys.readouterr().err
    assert counts(imported)["attempts"] == 2


def test_cli_wait_max_gives_up_with_a_clear_refusal(imported, capsys):
    lock = hold_instance_lock(imported, "app")
    try:
        t0 = time.monotonic()
        code, _ = run("--wait-max", "0.3", "practice", "--count", "2", stdin="wrong\nwrong\n", data_dir=imported)
        waited = time.monotonic() - t0
        err = capsys.readouterr().err
        assert code == 2 and waited >= 0.3
        assert "(at most 0.3 seconds)" in err and "after 0.3 seconds" in err and "still open on your data" in err and "nothing was changed" in err
        assert counts(imported)["attempts"] == 0
        with pytest.raises(SystemExit) as usage:  # argparse's usage error
            run("--wait-max", "soon", "practice", data_dir=imported)
        assert usage.value.code == 2
        assert "expected a number of seconds above 0, found 'soon'" in capsys.readouterr().err
    finally:
        lock.release()


def test_restore_is_refused_while_the_app_is_open(imported, tmp_path, capsys):
    backup = tmp_path / "b.zip"
    assert run("backup", "-o", str(backup), data_dir=imported)[0] == 0
    run("practice", "--count", "1", "--seed", "1", stdin="wrong\n", data_dir=imported)
    before = counts(imported)
    with hold_instance_lock(imported, "app"):
        code, _ = run("restore", str(backup), data_dir=imported)
    err = capsys.readouterr().err
    assert code == 2 and "desktop app" in err and "Traceback" not in err
    assert not list(imported.glob("before-restore-*"))  # nothing was moved aside
    assert counts(imported) == before
    assert run("restore", str(backup), data_dir=imported)[0] == 0  # with the app closed it works
    assert list(imported.glob("before-restore-*"))


def test_restore_holds_the_lock_while_it_swaps_the_files(imported, tmp_path, monkeypatch):
    from verify_coach.core import backup as backup_mod

    zip_path = tmp_path / "b.zip"
    assert run("backup", "-o", str(zip_path), data_dir=imported)[0] == 0
    seen: list[bool] = []
    real = backup_mod.restore_backup

    def spy(*args: Any, **kwargs: Any) -> Any:
        seen.append(app_running(imported))  # an app starting now would find the data dir taken
        return real(*args, **kwargs)

    monkeypatch.setattr(backup_mod, "restore_backup", spy)
    assert run("restore", str(zip_path), data_dir=imported)[0] == 0
    assert seen == [True]
    assert not app_running(imported)


# ------------------------------------------------------------------------------------------ call + CLI
class ReportingRunner:
    """Like the app's runner: failures go to ``failed`` (the app never lets them escape)."""

    def __init__(self, coach: Any):
        self.coach = coach

    def __call__(self, work: Any, done: Any, failed: Any, *, name: str) -> None:
        try:
            result = work(self.coach)
        except Exception as exc:  # noqa: BLE001
            failed(exc)
        else:
            done(result)


class CallViewStub:
    def __init__(self) -> None:
        self.not_saved: list[str] = []
        self.reports: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *a, **k: None

    def show_not_saved(self, message: str) -> None:
        self.not_saved.append(message)

    def show_report(self, report: Any, duration_ms: int, first: bool) -> None:
        self.reports.append(report)


class Clock:
    ms = 0.0

    def __call__(self) -> float:
        return self.ms


def _answer_turns(s: Any, clock: Clock, lk: Locker, lock_at: int) -> int:
    """Answer the call's turns; the other writer takes the lock before fact answer ``lock_at``."""
    from verify_coach.core.session.call import CallState

    n = 0
    while s.state in (CallState.ASKING, CallState.ANSWERING, CallState.ID_STEP, CallState.ID_CHECK):
        if s.state is CallState.ID_STEP:
            s.spoken()
            continue
        item = s.item
        if s.state is CallState.ID_CHECK:
            s.id_checked({c.id for c in item.checks})
            continue
        s.spoken()
        clock.ms += 1500
        if item.is_open:
            s.rate("good", covered=tuple(range(len(item.points))) if item.open.checklist else None)
            continue
        n += 1
        if n == lock_at:
            lk.hold()
        s.first_keystroke()
        clock.ms += 1000
        assert s.submit(item.question.answer)
    return n


def _screening_call(data_dir, sample_profile, locker, tmp_path):
    """A screening call on a fresh coach, past its intro: (coach, view, clock, lock, session)."""
    from verify_coach.core.coach import Coach
    from verify_coach.core.session.call import CallSession

    coach = Coach(engine.open_store(data_dir))
    coach.save_profile("Upwork", sample_profile)
    view, clock, lk = CallViewStub(), Clock(), locker()
    s = CallSession(view, ReportingRunner(coach), now_ms=clock)
    s.seed = 4
    s.start(call_type="screening", data_dir=tmp_path)
    s.skip()
    return coach, view, clock, lk, s


def test_mock_call_answers_during_a_long_lock_are_reported_and_the_call_still_ends(
        short_busy, data_dir, sample_profile, locker, tmp_path):
    from verify_coach.core.session.call import CallState

    coach, view, clock, lk, s = _screening_call(data_dir, sample_profile, locker, tmp_path)
    answered = _answer_turns(s, clock, lk, lock_at=2)
    assert answered >= 3
    unsaved = answered - 1  # from the second fact answer on, while the lock is held
    assert len(view.not_saved) >= unsaved and len(s.unsaved) >= unsaved
    assert all("was not saved" in m and "in use by another verify_coach" in m for m in view.not_saved)
    lk.release()  # the other writer is done before the call ends
    s.spoken()  # the closing words
    assert s.state is CallState.REPORT and view.reports
    c = counts(data_dir)
    assert c["attempts"] == len(s.results) == 1  # only the first answer is saved, and it is in the report
    assert c["unended"] == 0  # the call's session has its end time
    coach.store.close()


def test_mock_call_end_during_a_long_lock_is_said_and_tried_again(
        short_busy, data_dir, sample_profile, locker, tmp_path):
    from verify_coach.core.session.call import CallState

    coach, view, clock, lk, s = _screening_call(data_dir, sample_profile, locker, tmp_path)
    s.spoken()
    s.spoken()
    s.submit(s.item.question.answer)
    lk.hold()
    s.end()
    assert s.state is CallState.REPORT and view.reports  # the report shows all the same
    assert not s.end_saved and any("end of this call was not saved" in m for m in view.not_saved)
    lk.release()
    assert counts(data_dir)["unended"] == 1
    coach.store.close()


def test_terminal_call_against_a_lock_held_too_long_stops_with_a_clear_message(imported, short_busy, locker,
                                                                             capsys):
    lk = locker()
    code, facts = run("facts", "--json", data_dir=imported)
    values = {f["key"]: f["value"] for f in json.loads(facts)}

    class Caller(io.StringIO):
        """Answers each question with the profile's value; the other writer takes the lock on the 2nd."""

        def __init__(self, out: io.StringIO):
            super().__init__()
            self.out, self.seen, self.n = out, 0, 0

        def readline(self, *args: Any) -> str:  # type: ignore[override]
            events = [json.loads(x) for x in self.out.getvalue().splitlines()]
            qs = [e for e in events if e["event"] == "question"]
            q = qs[-1]
            if q["kind"] == "fact":
                self.n += 1
                if self.n == 2:
                    lk.hold()
                return values.get(q["fact_keys"][0], "x") + "\n"
            if q["kind"] == "open":
                return "all\n" if q["checklist"] else "1\n"
            return "all\n"

    out = io.StringIO()
    code = main(["--data-dir", str(imported), "call", "--json", "--seed", "3"], stdin=Caller(out), stdout=out)
    err = capsys.readouterr().err
    lk.release()
    assert code == 2
    assert "Traceback" not in err and "in use by another verify_coach" in err and "The call stopped there" in err
    assert counts(imported)["attempts"] == 1


# ------------------------------------------------------------------------------------------ practice
class PracticeViewStub:
    def __init__(self) -> None:
        self.end_errors: list[str | None] = []
        self.answer_errors: list[str | None] = []
        self.summaries: list[Any] = []

    def __getattr__(self, name: str) -> Any:
        return lambda *a, **k: None

    def show_end_error(self, message: str | None) -> None:
        self.end_errors.append(message)

    def show_answer_error(self, message: str | None) -> None:
        self.answer_errors.append(message)

    def show_summary(self, summary: Any, plan: Any, can_undo: bool) -> None:
        self.summaries.append(summary)


def test_practice_says_when_an_answer_or_the_end_is_not_saved_and_ending_again_works(
        short_busy, data_dir, sample_profile, locker):
    from verify_coach.core.coach import Coach
    from verify_coach.core.session.practice import PracticeSession, State

    coach = Coach(engine.open_store(data_dir))
    coach.save_profile("Upwork", sample_profile)
    view, lk = PracticeViewStub(), locker()
    s = PracticeSession(view, ReportingRunner(coach), seed=1)
    s.start("practice", 3)
    assert s.state is State.QUESTION
    assert s.submit("certainly not this")
    assert s.state is State.FEEDBACK and s.records and not view.answer_errors
    s.next()
    lk.hold()
    assert s.submit("again not this")
    assert s.state is State.FEEDBACK and len(s.records) == 1  # not counted as answered…
    assert view.answer_errors and "in use by another verify_coach" in (view.answer_errors[-1] or "")  # …and said
    s.end()
    assert view.end_errors and "in use by another verify_coach" in (view.end_errors[-1] or "")
    assert not view.summaries and counts(data_dir)["unended"] == 1
    lk.release()
    s.end()  # ending again, once the other writer is done
    assert s.state is State.SUMMARY and view.summaries
    c = counts(data_dir)
    assert c["unended"] == 0 and c["attempts"] == 1
    coach.store.close()
