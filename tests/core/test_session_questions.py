"""Property tests over Faker demo profiles in several locales: durations are never invented, a session is
at most 10 % true-or-false and never about identity that way, and no prompt names an answer asked later."""

from __future__ import annotations

from datetime import date

import pytest

from verify_coach.core import dates
from verify_coach.core.demo import make_demo_profile
from verify_coach.core.facts import extract_facts
from verify_coach.core.questions import question_for_fact
from verify_coach.core.questions.build import fair_forms, leaks, rewording, session_order

TODAY = date(2026, 11, 25)
LOCALES = ("en_US", "zh_CN", "en_IN", "es_MX", "de_DE")


def _session(locale: str, seed: int, count: int = 20):
    profile = make_demo_profile(seed, locale, "typical", TODAY)
    facts = extract_facts(profile, today=TODAY)
    keys = [f.key for f in facts][seed % 5 :: 2][:count]
    seeds = [seed * 31 + i for i in range(len(keys))]
    qs = [question_for_fact(profile, facts, k, seed=s, today=TODAY) for k, s in zip(keys, seeds, strict=True)]
    by_key = {f.key: f for f in facts}
    return profile, facts, by_key, session_order(fair_forms(qs, profile, facts, seeds, TODAY), by_key, rewording(profile, facts, TODAY))


@pytest.mark.parametrize("locale", LOCALES)
def test_a_duration_exists_only_when_both_ends_have_a_month_and_counts_both(locale):
    for seed in range(15):
        profile = make_demo_profile(seed, locale, "typical", TODAY)
        facts = extract_facts(profile, today=TODAY)
        for job in profile.employment:
            dur = [f for f in facts if f.attribute == "duration_months" and f.subject == job.company]
            end = None if job.current or not job.end else job.end
            if not job.start:
                continue
            expected = dates.months_counted(job.start, end, TODAY)
            if expected is None:
                assert not dur, (locale, seed, job.start, job.end)
            elif dur:
                assert int(dur[0].value) == expected


@pytest.mark.parametrize("locale", LOCALES)
def test_a_session_is_at_most_a_tenth_true_or_false_and_never_about_identity_that_way(locale):
    for seed in range(15):
        _, _, _, qs = _session(locale, seed)
        tf = [q for q in qs if q.form == "truefalse"]
        assert len(tf) <= len(qs) // 10, (locale, seed, len(qs), [q.prompt for q in tf])
        assert not [q for q in tf if q.category == "identity"]


@pytest.mark.parametrize("locale", LOCALES)
def test_no_prompt_names_the_answer_of_a_question_asked_later(locale):
    for seed in range(15):
        _, _, by_key, qs = _session(locale, seed)
        for i, q in enumerate(qs):
            for later in qs[i + 1 :]:
                if leaks(q, later, by_key):
                    pytest.fail(f"{locale}/{seed}: {q.prompt!r} names the answer of {later.prompt!r}")


def test_a_prompt_that_names_an_answer_is_moved_after_its_question():
    profile = make_demo_profile(1, "en_US", "typical", TODAY)
    facts = extract_facts(profile, today=TODAY)
    by_key = {f.key: f for f in facts}
    company = next(f for f in facts if f.category == "employment" and f.attribute == "company")
    title = next(f for f in facts if f.entity == company.entity and f.attribute == "title")
    asks_company = question_for_fact(profile, facts, company.key, seed=0, form="recall", today=TODAY)
    asks_title = question_for_fact(profile, facts, title.key, seed=0, form="recall", today=TODAY)
    if not leaks(asks_company, asks_title, by_key):
        pytest.skip("this profile's company prompt does not name the title")
    first, second = session_order([asks_company, asks_title], by_key, rewording(profile, facts, TODAY))
    assert not leaks(first, second, by_key)
    # the company question is asked another way (its start date) rather than by the title it names
    assert title.value not in first.prompt or first.fact_keys == asks_title.fact_keys


def test_a_state_abbreviated_in_or_or_is_still_asked_in_a_typed_question():
    from verify_coach.core.questions.model import value_in_prompt

    assert not value_in_prompt("Which state or region do you live in?", "IN", "name")
    assert not value_in_prompt("Which state or region do you live in?", "OR", "name")
    assert value_in_prompt("You live in IN, right?", "IN", "name")


def _prompts(profile):
    from verify_coach.core.questions import build_questions

    return {q.prompt for q in build_questions(profile, seed=0, today=TODAY)
            if q.form != "truefalse" or q.fact_keys[0].split(".")[1] in ("title", "start", "end", "location")}


def test_self_employment_and_freelancing_are_asked_in_their_own_words():
    from verify_coach.core.profile import Profile

    profile = Profile.from_document({"identity": {"full_name": "A B"}, "employment": [
        {"company": "Self-employed", "title": "Web Designer", "start": "2019-03", "end": "2021-06"},
        {"company": "Freelance (Upwork)", "title": "Python Developer", "start": "2021-07", "current": True}]})
    prompts = _prompts(profile)
    assert not [p for p in prompts if "at Self-employed" in p or "at Freelance" in p]
    assert "What did you do when you were self-employed?" in prompts
    assert "When did you start freelancing?" in prompts


@pytest.mark.parametrize("locale", LOCALES)
def test_no_prompt_asks_for_a_job_title_at_a_self_employment(locale):
    for seed in range(10):
        prompts = _prompts(make_demo_profile(seed, locale, "typical", TODAY))
        bad = [p for p in prompts if any(w in p for w in ("at Self-employed", "at Freelance", "for Self-employed"))]
        assert not bad, (locale, seed, bad)


def test_a_project_named_by_a_common_noun_gets_the_article_and_a_proper_name_does_not():
    from verify_coach.core.profile import Profile

    profile = Profile.from_document({"identity": {"full_name": "A B"}, "portfolio": [
        {"title": "Tea Farm Booking Site", "role": "Lead developer", "completed": "2022-05"},
        {"title": "ClinicBook", "role": "Backend developer", "completed": "2023-02"}]})
    prompts = _prompts(profile)
    assert "What was your role on the Tea Farm Booking Site?" in prompts
    assert "What was your role on ClinicBook?" in prompts
    assert not [p for p in prompts if "on Tea Farm" in p]
