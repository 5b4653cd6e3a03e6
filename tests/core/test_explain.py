""""Be ready to explain" without Qt: the audit's explain findings in the call plan and in practice, their
ratings in their own table (never fact attempts), undo, and migration 0007."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlmodel import select

from verify_coach.core import explain, mockcall
from verify_coach.core.calltypes import CALL_TYPES
from verify_coach.core.demo import make_demo_profile
from verify_coach.core.profile import Employment
from verify_coach.core.session import SyncRunner
from verify_coach.core.session.practice import PracticeSession, State
from verify_coach.core.store.models import Attempt, ExplainAnswer, StudySession

OVERLAP = "Your profile shows two full-time jobs in 2021, at Acme and Globex. Can you tell me about that?"


def overlap_profile():
    p = make_demo_profile()
    p.employment = [Employment(company="Acme", title="Developer", start="2020-01", end="2022-06"),
                    Employment(company="Globex", title="Engineer", start="2021-01", end="2023-03")]
    return p


@pytest.fixture
def ov(coach):
    coach.save_profile("Overlap", overlap_profile())
    return coach


class View:
    """A PracticeView that notes what it was shown."""

    def __init__(self):
        self.calls = []

    def __getattr__(self, name):
        return lambda *a: self.calls.append((name, a))


def test_the_call_plan_asks_the_explain_findings_before_the_account_questions():
    for ct in CALL_TYPES:
        call = mockcall.plan_call(overlap_profile(), call_type=ct, seed=4)
        phases = [i.phase for i in call.items]
        ex = [i for i in call.items if i.phase == "explain"]
        assert 1 <= len(ex) <= explain.PER_CALL, ct
        assert OVERLAP in [i.prompt for i in ex], ct
        assert ex[0].intro and all(i.open.checklist and i.points for i in ex)
        last_profile = max((n for n, p in enumerate(phases) if p == "profile"), default=-1)
        first_account = min((n for n, p in enumerate(phases) if p in ("account", "open") and n > last_profile),
                            default=len(phases))
        assert all(last_profile < i.index < first_account for i in ex), ct
        without = [i for i in call.items if i.phase != "explain"]
        assert call.minutes >= mockcall.estimate_minutes(call.type, without)


def test_explain_turns_count_in_the_estimate():
    call = mockcall.plan_call(overlap_profile(), call_type="upwork", seed=4)
    secs = [i for i in call.items if i.phase == "explain"]
    assert secs
    many = list(call.items) + secs * 4  # 8+ more explain turns: several minutes more
    assert mockcall.estimate_minutes(call.type, many) > call.minutes


def test_a_clean_demo_profile_gets_no_explain_question():
    call = mockcall.plan_call(make_demo_profile(), call_type="upwork", seed=4)
    assert not [i for i in call.items if i.phase == "explain"]


def test_the_choice_prefers_what_was_not_rated_good_then_the_least_recent():
    qs = explain.explain_questions(overlap_profile())
    assert len(qs) == 2  # the overlap and the seniority claim of the demo title
    a, b = qs
    now = datetime.now(UTC)
    assert explain.choose(qs, {a.key: ("good", now)}, 1, 0) == [b]
    assert explain.choose(qs, {b.key: ("good", now)}, 1, 0) == [a]
    assert explain.choose(qs, {a.key: ("poor", now), b.key: ("poor", now - timedelta(days=3))}, 1, 0) == [b]
    assert explain.choose(qs, None, 2, 5) == explain.choose(qs, None, 2, 5)  # the same seed, the same choice


def test_the_practice_plan_ends_with_the_explain_questions_and_their_ratings_are_no_attempts(ov):
    view = View()
    session = PracticeSession(view, SyncRunner(ov), seed=3)
    session.start("practice", 3)
    plan = session.plan
    assert len(plan.questions) == 3 and [q.prompt for q in plan.explain]
    assert len(plan.explain) <= explain.PER_SESSION
    assert ("show_question", (0, 3 + len(plan.explain), plan.questions[0])) in view.calls
    for _ in plan.questions:
        assert session.submit("nope")
        session.next()
    assert session.state is State.EXPLAIN
    first = session.current_explain
    assert session.rate_explain("good") is False  # not answered yet
    assert session.explain_answered("I worked at both, part time at Globex")
    assert session.state is State.EXPLAIN_RATE
    assert session.rate_explain("okay", (0, 1))
    while session.state is State.EXPLAIN:
        session.explain_answered("")
        session.rate_explain("", (0, 1, 2))  # every point: good
    assert session.state is State.SUMMARY
    recs = session.summary.explain
    assert recs[0].question == first and recs[0].rating == "okay" and recs[0].missed == (first.points[2],)
    with ov.store.session() as s:
        rows = s.exec(select(ExplainAnswer).order_by(ExplainAnswer.id)).all()
        assert [(r.finding_key, r.rating, r.session_id) for r in rows][0] == (first.key, "okay", plan.id)
        assert len(s.exec(select(Attempt)).all()) == 3  # only the fact answers
        assert s.get(StudySession, plan.id).asked == 3
    assert ov.explain_answers()[first.key] == "okay"


def test_undo_takes_back_the_last_explain_rating(ov):
    session = PracticeSession(View(), SyncRunner(ov), seed=3)
    session.start("explain", 5)
    assert not session.plan.questions and session.state is State.EXPLAIN
    n = len(session.plan.explain)
    session.explain_answered("")
    session.rate_explain("poor")
    if n > 1:
        assert session.state is State.EXPLAIN and session.explain_index == 1
        assert session.undo()
        assert session.state is State.EXPLAIN and session.explain_index == 0
        assert ov.explain_answers() == {}
    else:
        assert session.state is State.SUMMARY and session.undo()
        assert ov.explain_answers() == {}


def test_an_explain_session_on_a_clean_profile_has_nothing_to_ask(upwork, coach):
    coach.save_profile("Clean", make_demo_profile())
    view = View()
    session = PracticeSession(view, SyncRunner(coach), seed=1)
    session.start("explain", 5, name="Clean")
    assert session.state is State.IDLE
    assert ("back_to_start", ("no-explain", "")) in view.calls


def test_deleting_the_profile_deletes_its_explain_answers(ov):
    ov.record_explain(None, explain.explain_questions(overlap_profile())[0], "good")
    assert ov.explain_answers()
    ov.delete_profile("Overlap")
    with ov.store.session() as s:
        assert s.exec(select(ExplainAnswer)).all() == []


def test_migration_0007_upgrades_a_0006_database_and_downgrades(tmp_path):
    from alembic import command

    from verify_coach.core.store import open_store
    from verify_coach.core.store.engine import (
        DB_FILENAME,
        _alembic_config,
        current_revision,
        make_engine,
        upgrade,
    )

    engine = make_engine(tmp_path / DB_FILENAME)
    upgrade(engine, "0006")
    with engine.begin() as c:
        c.exec_driver_sql("INSERT INTO profile (id, name, data, created_at, updated_at) VALUES (1, 'Old', '{}', "
                          "'2026-01-01', '2026-01-01')")
    engine.dispose()
    store = open_store(tmp_path)
    try:
        assert current_revision(store.engine) == "0007"
        with store.engine.begin() as c:
            c.exec_driver_sql("INSERT INTO explain_answer (profile_id, finding_key, \"check\", rating, answered_at)"
                              " VALUES (1, 'k', 'timeline.gap', 'good', '2026-01-02')")
            assert c.exec_driver_sql("SELECT name FROM profile").scalar() == "Old"
        cfg = _alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0006")
        assert current_revision(store.engine) == "0006"
        with store.engine.connect() as c:
            tables = {r[0] for r in c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        assert "explain_answer" not in tables
        upgrade(store.engine)
        assert current_revision(store.engine) == "0007"
    finally:
        store.close()


def test_the_terminal_practice_asks_the_explain_questions(ov, data_dir, monkeypatch, capsys):
    import io
    import json

    from verify_coach.cli import main

    ov.store.close()
    monkeypatch.setattr("sys.stdin", io.StringIO("I did both\n1 2\n2\n\nall\n1\n"))
    assert main(["--data-dir", str(data_dir), "practice", "--mode", "explain", "--seed", "1", "--json"]) == 0
    events = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [e["event"] for e in events] == ["explain", "rated", "explain", "rated", "summary"]
    assert events[1]["rating"] == "okay" and len(events[1]["missed"]) == 1
    assert events[-1]["asked"] == 0 and [e["rating"] for e in events[-1]["explain"]] == ["okay", "good"]
