"""What matters on the call: trivia (counts, ratings, budgets, issuers…) never decide readiness, a normal
session or the mock call, and stay in the "all facts" drill."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from verify_coach.core import relevance
from verify_coach.core.demo import make_demo_profile
from verify_coach.core.facts import extract_facts
from verify_coach.core.mockcall import plan_call

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
TRIVIA_ATTRS = {"skill_count", "employer_count", "platform_job_count", "rating", "budget", "job_success",
                "total_earnings", "total_jobs", "categories", "issuer"}


def test_identity_employers_and_the_rate_weigh_most_and_trivia_least():
    assert relevance.weight("identity", "full_name") == 1.0
    assert relevance.weight("rate", "hourly_rate") == 1.0
    assert relevance.weight("employment", "employment.company.abc1234567") == 1.0
    for attr in ("skill_count", "employer_count", "job_success", "total_earnings"):
        cat = {"skill_count": "skills", "employer_count": "employment"}.get(attr, "platform")
        assert not relevance.matters(cat, attr)
    assert not relevance.matters("certifications", "issuer")


def test_readiness_is_the_weighted_recall_of_what_matters():
    items = [("identity", "identity.full_name.x", 1.0), ("platform", "platform.job_success.x", 0.0),
             ("employment", "employment.location.x", 0.0)]
    # job success is trivia and does not count; the employer's location weighs half of the name
    assert relevance.weighted_readiness(items) == pytest.approx(1.0 / 1.5)


def test_trivia_answered_wrong_do_not_lower_readiness(coach, sample_profile):
    coach.save_profile("Upwork", sample_profile)
    before = coach.stats(now=NOW).to_json()["readiness"]
    plan = coach.start_session("all", 500, seed=1, now=NOW)
    trivia = [q for q in plan.questions if relevance.attribute_of(q.fact_keys[0]) in TRIVIA_ATTRS]
    assert trivia, "the all-facts drill asks the trivia"
    for q in trivia:
        coach.answer(plan, q, "zzz", 3000, now=NOW)
    assert coach.stats(now=NOW).to_json()["readiness"] == before


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_normal_session_and_the_mock_call_never_ask_trivia(coach, seed):
    profile = make_demo_profile(seed=seed, size="large")
    coach.save_profile("Demo", profile)
    plan = coach.start_session("practice", 60, seed=seed, now=NOW)
    assert not [q for q in plan.questions if relevance.attribute_of(q.fact_keys[0]) in TRIVIA_ATTRS]
    call = plan_call(profile, extract_facts(profile), seed=seed)
    asked = [i.fact_key for i in call.items if i.is_fact]
    assert asked and not [k for k in asked if relevance.attribute_of(k) in TRIVIA_ATTRS]


def test_an_old_entry_weighs_less_than_a_recent_one_but_still_matters():
    today = NOW.date()
    assert relevance.recency("employment", "now", today) == 1.0
    assert relevance.recency("employment", "2025-06", today) == 1.0  # within three years
    assert relevance.recency("employment", "2010-03", today) == 0.5  # ended sixteen years ago
    assert 0.5 < relevance.recency("employment", "2018-11", today) < 1.0
    assert relevance.recency("education", "2005", today) == 0.8  # a degree is asked about for longer
    assert relevance.recency("identity", "1990-01-01", today) == 1.0  # a birth date is not an entry
    items = [("employment", "employment.company.new", 1.0, "now"), ("employment", "employment.company.old", 0.0, "2010")]
    assert relevance.weighted_readiness(items, today=today) == pytest.approx(1.0 / 1.5)
    assert relevance.matters("employment", "employment.company.old")


def test_each_entry_is_dated_by_its_latest_date_and_the_current_job_is_now(sample_profile):
    facts = extract_facts(sample_profile)
    dates = relevance.entry_dates(facts)
    jobs = [e for e in sample_profile.employment]
    for job in jobs:
        entity = next(f.entity for f in facts if f.category == "employment" and f.attribute == "company"
                      and f.value == job.company)
        assert dates[entity] == ("now" if not job.end else max(job.start or "", job.end))


def test_stored_facts_carry_the_date_of_their_entry(coach):
    profile = make_demo_profile(seed=7, locale="en_US")
    coach.save_profile("Demo", profile)
    stats = coach.fact_stats(now=NOW)
    dated = {f.key: f.placed_at for f in stats if f.category == "employment" and f.key.startswith("employment.company.")}
    assert "now" in dated.values() and any(d not in (None, "now") for d in dated.values()), dated


def test_a_database_from_before_the_dates_gets_them_when_it_is_upgraded(data_dir, sample_profile):
    from alembic import command

    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store
    from verify_coach.core.store.engine import _alembic_config

    store = open_store(data_dir)
    Coach(store).save_profile("Upwork", sample_profile)
    cfg = _alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0003")
    store.close()
    store = open_store(data_dir)  # upgrades to the head again
    try:
        with store.reader() as con:
            dated = con.execute("SELECT COUNT(*) FROM fact WHERE placed_at IS NOT NULL").fetchone()[0]
        assert dated > 0
    finally:
        store.close()
