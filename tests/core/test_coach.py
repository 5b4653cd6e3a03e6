"""The service layer: profiles, fact history across edits, sessions, answers, undo, stats, readiness."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from verify_coach.core.coach import CoachError
from verify_coach.core.profile import ProfileError

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _count(store, sql):
    with store.engine.connect() as c:
        return c.exec_driver_sql(sql).scalar()


def test_save_profile_extracts_facts_and_activates(coach, sample_profile):
    res = coach.save_profile("Upwork", sample_profile)
    assert res.added > 40 and res.kept == 0
    [info] = coach.profiles()
    assert info.active and info.name == "Upwork" and info.facts == res.added
    assert coach.facts()[0].value == "Wei Zhang"


def test_unchanged_facts_keep_history_changed_start_new(coach, store, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 200, seed=1, now=NOW)
    for q in plan.questions:
        coach.answer(plan, q, q.answer, 3000, now=NOW)
    attempts_before = _count(store, "SELECT COUNT(*) FROM attempt")
    edited = sample_profile.model_copy(deep=True)
    edited.platform.hourly_rate = 50.0
    res = coach.save_profile("Upwork", edited)
    assert res.retired == 1 and res.added == 1
    assert _count(store, "SELECT COUNT(*) FROM attempt") == attempts_before  # nothing lost
    stats = {f["label"]: f for f in coach.stats(now=NOW).to_json()["facts"]}
    rate = stats["Your hourly rate on Upwork"]
    assert rate["attempts"] == 0  # the changed fact starts a new history
    assert stats["Your full name"]["attempts"] >= 1  # unchanged facts keep theirs


def test_answer_is_committed_before_returning(coach, store, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 3, seed=2, now=NOW)
    q = plan.questions[0]
    res = coach.answer(plan, q, "definitely wrong zzz", 4000, now=NOW)
    assert not res.verdict.correct
    # a separate connection (another process would see the same) sees the attempt at once
    code = textwrap.dedent(f"""
        import sqlite3
        c = sqlite3.connect({str(store.path)!r})
        print(c.execute("SELECT answer, correct, latency_ms FROM attempt").fetchall())
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert "definitely wrong zzz" in out and "4000" in out


def test_killing_the_process_after_a_verdict_loses_nothing(tmp_path, sample_profile):
    data = tmp_path / "killed"
    script = textwrap.dedent(f"""
        import os, sys
        from verify_coach.core.store import open_store
        from verify_coach.core.coach import Coach
        from verify_coach.core.profile import Profile
        c = Coach(open_store({str(data)!r}))
        c.save_profile("P", Profile.from_json(sys.stdin.read()))
        plan = c.start_session("practice", 2, seed=1)
        r = c.answer(plan, plan.questions[0], "x", 1234)
        print("verdict", r.verdict.correct, flush=True)
        os._exit(9)  # no clean shutdown at all
    """)
    res = subprocess.run([sys.executable, "-c", script], input=sample_profile.to_json(), capture_output=True, text=True)
    assert res.returncode == 9 and "verdict" in res.stdout
    from verify_coach.core.store import open_store

    s = open_store(data)
    assert _count(s, "SELECT COUNT(*) FROM attempt WHERE latency_ms = 1234") == 1
    s.close()


def test_undo_removes_the_attempt_and_restores_state(coach, store, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 2, seed=3, now=NOW)
    q = plan.questions[0]
    coach.answer(plan, q, q.answer, 3000, now=NOW)
    before = coach.stats(now=NOW).to_json()
    coach.answer(plan, q, "wrong wrong", 3000, now=NOW + timedelta(minutes=1))
    assert coach.undo_last(plan) is not None
    after = coach.stats(now=NOW).to_json()
    assert after["facts"] == before["facts"]
    assert _count(store, "SELECT COUNT(*) FROM attempt") == 1
    assert _count(store, f"SELECT asked FROM study_session WHERE id={plan.id}") == 1
    coach.undo_last(plan)
    assert _count(store, "SELECT COUNT(*) FROM review_state") == 0
    assert coach.undo_last(plan) is None


def test_cram_does_not_change_the_schedule(coach, store, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 5, seed=4, now=NOW)
    for q in plan.questions:
        coach.answer(plan, q, q.answer, 3000, now=NOW)
    cards = _count(store, "SELECT group_concat(card, '|') FROM review_state WHERE card != ''")
    cram = coach.start_session("cram", 5, seed=5, now=NOW + timedelta(hours=1))
    for q in cram.questions:
        coach.answer(cram, q, "nope", 3000, now=NOW + timedelta(hours=1))
    assert _count(store, "SELECT group_concat(card, '|') FROM review_state WHERE card != ''") == cards
    assert _count(store, "SELECT COUNT(*) FROM attempt WHERE scheduled = 0") == len(cram.questions)


def test_readiness_is_recall_at_the_call(coach, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    assert coach.stats(now=NOW).to_json()["readiness"] == 0  # nothing answered yet
    plan = coach.start_session("practice", 500, seed=6, now=NOW)
    for q in plan.questions:
        coach.answer(plan, q, q.answer, 2000, now=NOW)
    coach.set_call_at(NOW + timedelta(days=2))
    soon = coach.stats(now=NOW).to_json()
    coach.set_call_at(NOW + timedelta(days=60))
    later = coach.stats(now=NOW).to_json()
    assert 0 < later["readiness"] < soon["readiness"] <= 1
    assert later["call_at"].startswith("2027-01-19")
    cats = {c["name"]: c for c in soon["categories"]}
    assert cats["identity"]["accuracy"] == 1.0


def test_weak_facts_from_misses_and_slowness(coach, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 4, seed=7, now=NOW)
    a, b, c, *_ = plan.questions
    coach.answer(plan, a, "zzz", 3000, now=NOW)
    coach.answer(plan, b, b.answer, 3000, now=NOW)
    coach.answer(plan, c, c.answer, 30000, now=NOW)  # right but very slow
    facts = {f["key"]: f for f in coach.stats(now=NOW).to_json()["facts"]}
    assert facts[a.fact_keys[0]]["weak"] is True
    assert facts[b.fact_keys[0]]["weak"] is False
    assert facts[c.fact_keys[0]]["weak"] is True
    weak = coach.start_session("weak", 10, seed=8, now=NOW)
    assert {q.fact_keys[0] for q in weak.questions} == {a.fact_keys[0], c.fact_keys[0]}


def test_weak_facts_are_one_definition_trivia_never_and_i_was_right_counts_right(coach, sample_profile):
    from verify_coach.core import relevance, stats
    from verify_coach.core.questions import question_for_fact

    coach.save_profile("Upwork", sample_profile)
    facts = coach.facts()
    trivia = next(f for f in facts if not relevance.matters(f.category, f.key))
    plan = coach.start_session("all", 3, seed=2, now=NOW)
    q = question_for_fact(sample_profile, facts, trivia.key, seed=0)
    coach.answer(plan, q, next((c for c in q.choices or () if c != q.answer), "no idea"), 3000, now=NOW)
    a, b = [q for q in plan.questions if q.fact_keys[0] != trivia.key and q.answer_kind not in ("choice", "order")][:2]
    coach.answer(plan, a, "zzz", 3000, now=NOW)
    res = coach.answer(plan, b, "how I say it", 3000, now=NOW)
    coach.override(plan, res.attempt_id)
    weak = coach.weak_facts(now=NOW)
    assert [f.key for f in weak] == [a.fact_keys[0]]  # the trivia miss and the overridden one are not weak
    assert weak[0].weak_reasons == ("missed recently",)
    data = coach.stats(now=NOW).to_json()
    assert data["weak_count"] == 1 and data["weak_keys"] == [a.fact_keys[0]]
    by_key = {f.key: f for f in coach.fact_stats(now=NOW)}
    assert by_key[trivia.key].attempts == 1 and not by_key[trivia.key].weak
    assert stats.weak_reasons(trivia.category, trivia.key, [[0, 3000, 0]], coach.timing) == ()
    # a weak session drills it, and never the trivia
    assert {q.fact_keys[0] for q in coach.start_session("weak", 10, seed=8, now=NOW).questions} == {a.fact_keys[0]}


def test_the_apps_slow_setting_is_the_clis(coach, store, sample_profile):
    from verify_coach.core.coach import Coach
    from verify_coach.core.scheduling import Timing

    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 1, seed=3, now=NOW)
    q = plan.questions[0]
    coach.answer(plan, q, q.answer, 9000, now=NOW)  # slow for 8 s, not for the default 12 s
    assert coach.weak_facts(now=NOW) == []
    coach.timing = Timing(fast_ms=4000, slow_ms=8000)
    coach.save_timing()
    other = Coach(store)  # as the CLI opens it
    assert other.timing == Timing(fast_ms=4000, slow_ms=8000)
    assert [f.key for f in other.weak_facts(now=NOW)] == [q.fact_keys[0]]
    assert other.weak_facts(now=NOW)[0].weak_reasons == ("slow",)


def test_review_session_drills_the_given_facts(coach, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    keys = [f.key for f in coach.facts()][:3]
    plan = coach.start_session("review", 10, fact_keys=keys, seed=1)
    assert [q.fact_keys[0] for q in plan.questions] == keys


def test_errors_are_clear(coach, sample_profile):
    with pytest.raises(CoachError, match="no profile yet"):
        coach.stats().to_json()
    coach.save_profile("Upwork", sample_profile)
    with pytest.raises(CoachError, match="No profile named 'Fiverr'"):
        coach.set_active("Fiverr")
    with pytest.raises(CoachError, match="Unknown session mode"):
        coach.start_session("party")
    bad = sample_profile.model_copy(deep=True)
    object.__setattr__(bad.employment[0], "end", "2010")
    with pytest.raises(ProfileError, match="before it starts"):
        coach.save_profile("Upwork", bad)


def test_several_profiles_and_switching(coach, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    fiverr = sample_profile.model_copy(deep=True)
    fiverr.platform.platform = "Fiverr"
    coach.save_profile("Fiverr", fiverr)
    assert [p.name for p in coach.profiles() if p.active] == ["Fiverr"]
    coach.set_active("Upwork")
    assert coach.load_profile()[0] == "Upwork"
    coach.delete_profile("Upwork")
    assert [p.name for p in coach.profiles()] == ["Fiverr"]
    assert coach.load_profile()[0] == "Fiverr"


def test_deleting_a_profile_cascades(coach, store, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 2, seed=1)
    coach.answer(plan, plan.questions[0], "x", 100)
    coach.delete_profile("Upwork")
    for table in ("fact", "attempt", "study_session", "review_state"):
        assert _count(store, f"SELECT COUNT(*) FROM {table}") == 0


def test_stats_sessions_listed(coach, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    plan = coach.start_session("practice", 3, seed=1, now=NOW)
    for q in plan.questions:
        coach.answer(plan, q, q.answer, 100, now=NOW)
    coach.end_session(plan, now=NOW)
    [s] = coach.stats(now=NOW).to_json()["sessions"]
    assert s == {"id": plan.id, "mode": "practice", "started_at": NOW.isoformat(), "asked": 3, "correct": 3}
    with pytest.raises(sa.exc.IntegrityError), coach.store.engine.begin() as c:
        c.exec_driver_sql("INSERT INTO attempt (session_id, profile_id, fact_id, question_id, form, prompt, fact_keys,"
                          " answer, expected, correct, score, latency_ms, rating, created_at)"
                          " VALUES (999,1,1,'q','recall','p','k','a','e',1,1,1,3,'2026-01-01')")


def test_choice_answers_by_number_letter_or_text():
    from types import SimpleNamespace

    from verify_coach.core.answering import grade_question

    q = SimpleNamespace(answer_kind="choice", choices=("Acme", "Brightline", "Initech", "Globex"), answer="Initech")
    assert grade_question(q, "3").correct and grade_question(q, "c").correct and grade_question(q, "initech").correct
    assert not grade_question(q, "1").correct
    numeric = SimpleNamespace(answer_kind="choice", choices=("3", "5", "2", "4"), answer="2")
    assert grade_question(numeric, "2").correct  # the text of a choice wins over its position
    assert not grade_question(numeric, "3").correct
    order = SimpleNamespace(answer_kind="order", choices=("B", "A", "C"), answer="A; B; C")
    assert grade_question(order, "2 1 3").correct and grade_question(order, "A; B; C").correct
    partial = grade_question(order, "1 2 3")
    assert not partial.correct and 0 < partial.score < 1


def test_one_rule_for_the_active_profile_the_oldest_when_none_was_chosen(coach, store, sample_profile):
    """Profiles ``zeta`` (made first) and ``alpha``, no active one set: every front end picks zeta."""
    coach.save_profile("zeta", sample_profile, make_active=False)
    coach.save_profile("alpha", sample_profile, make_active=False)
    with store.session() as s:
        s.exec(sa.text("DELETE FROM setting WHERE key = 'active_profile'"))
        s.commit()
    infos = coach.profiles()
    assert [i.name for i in infos] == ["alpha", "zeta"]  # listed by name
    assert [i.name for i in infos if i.active] == ["zeta"]  # exactly one marked, the oldest
    assert coach.load_profile()[0] == "zeta"  # and that is the one commands use
    coach.set_active("alpha")
    assert [i.name for i in coach.profiles() if i.active] == ["alpha"]


def test_stats_are_typed_and_the_cli_shape_is_kept(coach, sample_profile):
    from verify_coach.core.stats import ProfileStats

    coach.save_profile("Upwork", sample_profile)
    st = coach.stats(now=NOW)
    assert isinstance(st, ProfileStats) and st.profile == "Upwork" and st.attempts == 0
    assert st.weak_count == 0 and st.call_at is None and {c.name for c in st.categories}
    data = st.to_json()
    assert set(data) == {"profile", "call_at", "readiness", "attempts", "categories", "facts", "weak_count",
                         "weak_keys", "overrides", "sessions", "readiness_by_day"}
    assert set(data["categories"][0]) == {"name", "attempts", "accuracy", "recall"}
    assert json.loads(json.dumps(data)) == data  # JSON as it is


def test_readiness_is_noted_once_per_day_for_the_over_time_chart(coach, store, sample_profile):
    from verify_coach.core import stats as core_stats

    coach.save_profile("Upwork", sample_profile)
    day1 = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)

    def session(at, right):
        plan = coach.start_session("practice", 4, seed=1, now=at)
        for q in plan.questions:
            coach.answer(plan, q, q.answer if right else "no idea at all", 3_000, now=at)
        coach.end_session(plan, now=at + timedelta(minutes=5))

    session(day1, False)
    session(day1 + timedelta(minutes=20), True)  # the same day: the later session's readiness replaces it
    after_day1 = coach.stats(now=day1 + timedelta(hours=1)).readiness
    session(day1 + timedelta(days=2), True)
    now = day1 + timedelta(days=3)
    st = coach.stats(now=now)
    days = st.to_json()["readiness_by_day"]
    assert [d["date"] for d in days] == ["2026-12-01", "2026-12-03", "2026-12-04"]  # today's live value last
    assert days[0]["readiness"] == pytest.approx(after_day1, abs=1e-3) and after_day1 > 0  # (noted 35 min apart)
    assert days[-1]["readiness"] == st.readiness
    # A damaged value is no history, never an error; deleting the profile deletes its history.
    with coach.store.engine.begin() as c:
        c.exec_driver_sql("UPDATE setting SET value = '[1, 2' WHERE key = ?", (core_stats.days_key(1),))
    assert [d for d, _ in coach.stats(now=now).days] == [now.astimezone().date()]
    coach.delete_profile("Upwork")
    assert _count(store, "SELECT COUNT(*) FROM setting WHERE key LIKE 'readiness_days.%'") == 0
