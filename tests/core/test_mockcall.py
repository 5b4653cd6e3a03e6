"""The mock call without Qt: the order of a real call, the length presets, timing, and the pass rule."""

from __future__ import annotations

import os
import stat
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify_coach.core.answering import grade_question
from verify_coach.core.facts import extract_facts
from verify_coach.core.mockcall import (
    IDENTITY_ORDER,
    LENGTHS,
    OPEN_QUESTIONS,
    FactAnswer,
    OpenAnswer,
    PassRule,
    PausableClock,
    call_length,
    call_report,
    countdown_left_ms,
    delete_recording,
    ensure_recordings_dir,
    hesitation_ms,
    list_recordings,
    new_recording_path,
    plan_call,
    slow_reasons,
)
from verify_coach.core.profile import Profile

TODAY = date(2025, 6, 1)


@pytest.fixture
def facts(sample_profile):
    return extract_facts(sample_profile, today=TODAY)


def plan(profile: Profile, length: str = "typical", seed: int = 0):
    return plan_call(profile, length=length, seed=seed, today=TODAY)


# ------------------------------------------------------------------------------------------ the plan
def test_a_typical_call_asks_identity_first_then_the_profile_then_open_questions(sample_profile):
    call = plan(sample_profile)
    phases = [i.phase for i in call.items]
    assert len(call.items) == 20
    assert phases == sorted(phases, key=["identity", "profile", "open"].index)
    ident = [i.question.fact_keys[0].split(".")[1] for i in call.items if i.phase == "identity"]
    assert ident == list(IDENTITY_ORDER)  # the example profile has all six, asked in the agent's order
    assert call.items[0].prompt == "Could you confirm your full name?"
    assert [i.phase for i in call.items[-3:]] == ["open"] * 3
    assert all(i.question is None and i.open is not None for i in call.items[-3:])


def test_profile_questions_follow_rate_employment_projects_education_skills(sample_profile):
    call = plan(sample_profile, "long")
    groups = [i.group for i in call.items if i.phase == "profile"]
    order = ["rate", "employment", "projects", "education", "skills"]
    assert groups == sorted(groups, key=order.index)
    assert set(groups) == set(order)  # a long call touches every part of the profile
    assert groups[0] == "rate" and groups.count("rate") == 1
    assert groups.count("employment") >= groups.count("education")  # the work history weighs most


def test_every_employer_is_asked_about_before_one_is_asked_twice(sample_profile):
    call = plan(sample_profile, "typical", seed=5)
    facts = {f.key: f for f in extract_facts(sample_profile, today=TODAY)}
    employers = [facts[i.fact_key].entity for i in call.items if i.group == "employment" and i.fact_key]
    employers = [e for e in employers if e.startswith("employment:")]
    assert len(set(employers)) == 3


def test_fact_questions_are_typed_recall_and_graded_by_the_core(sample_profile):
    call = plan(sample_profile, "long")
    assert {i.question.form for i in call.fact_items} <= {"recall", "numeric"}
    for item in call.fact_items:
        q = item.question
        assert grade_question(q, q.answer).correct, q.prompt
        assert item.prompt == q.prompt
    assert call.fact_keys == [i.question.fact_keys[0] for i in call.fact_items]
    assert len(set(call.fact_keys)) == len(call.fact_keys)  # no fact asked twice


def test_the_agent_introduces_each_phase_and_greets_with_the_call_length(sample_profile):
    call = plan(sample_profile)
    first_profile = next(i for i in call.items if i.phase == "profile")
    first_open = next(i for i in call.items if i.phase == "open")
    assert first_profile.spoken.startswith("Thank you. Now a few questions about your profile.")
    assert first_profile.spoken.endswith(first_profile.prompt)
    assert "out loud" in first_open.intro
    assert "Upwork" in call.greeting and f"about {call.minutes} minutes" in call.greeting
    assert "identity" in call.greeting
    assert "over" in call.closing


@pytest.mark.parametrize("name, total, identity, opens", [("short", 10, 4, 2), ("typical", 20, 6, 3), ("long", 30, 6, 4)])
def test_length_presets_set_the_number_of_questions(sample_profile, name, total, identity, opens):
    call = plan(sample_profile, name)
    assert len(call.items) == total
    assert sum(i.phase == "identity" for i in call.items) == identity
    assert len(call.open_items) == opens
    assert 25 <= LENGTHS[name].seconds_per_question <= 30  # about 25–30 s a question


def test_a_typical_call_lasts_about_eight_to_ten_minutes():
    assert 8 <= LENGTHS["typical"].minutes <= 10
    assert LENGTHS["short"].minutes < LENGTHS["typical"].minutes < LENGTHS["long"].minutes
    assert call_length("nonsense") is LENGTHS["typical"] and call_length(None) is LENGTHS["typical"]


def test_a_short_call_keeps_the_identity_facts_an_agent_cannot_skip(sample_profile):
    call = plan(sample_profile, "short")
    attrs = [i.fact_key.split(".")[1] for i in call.items if i.phase == "identity"]
    assert attrs == ["full_name", "date_of_birth", "country", "id_document_type"]
    assert "last_project" in {i.open.id for i in call.open_items}


def test_open_questions_are_the_ones_an_agent_asks(sample_profile):
    call = plan(sample_profile, "long")
    prompts = [i.prompt for i in call.open_items]
    assert prompts == [
        "How did you find out about Upwork?",
        "What kind of work will you do on Upwork?",
        "Does anyone else use your account or help you with it?",
        "Tell me about your last project.",
    ]
    assert all(q.tips for q in OPEN_QUESTIONS)


def test_the_same_seed_gives_the_same_call_and_other_seeds_vary_it(sample_profile):
    a, b = plan(sample_profile, seed=3), plan(sample_profile, seed=3)
    assert [i.prompt for i in a.items] == [i.prompt for i in b.items]
    variants = {tuple(plan(sample_profile, seed=s).fact_keys) for s in range(8)}
    assert len(variants) > 1


def test_a_small_profile_gives_a_shorter_call_without_missing_identity():
    profile = Profile.model_validate({
        "identity": {"full_name": "Ana Silva", "address": {"country": "Portugal"}},
        "platform": {"platform": "Fiverr", "hourly_rate": 30, "skills": ["Translation"]},
    })
    call = plan_call(profile, length="typical", today=TODAY)
    assert [i.fact_key.split(".")[1] for i in call.items if i.phase == "identity"] == ["full_name", "country"]
    assert len(call.fact_items) < 17
    assert call.items[-1].phase == "open" and "Fiverr" in call.greeting


def test_a_profile_without_identity_is_greeted_without_announcing_identity_checks():
    profile = Profile.model_validate({"platform": {"platform": "Upwork", "hourly_rate": 30, "skills": ["Go"]}})
    call = plan_call(profile, length="short", today=TODAY)
    assert "identity" not in call.greeting
    assert call.items[0].phase == "profile" and call.items[0].intro == ""


# ------------------------------------------------------------------------------------------ timing
class FakeTime:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


def test_the_clock_does_not_run_while_paused():
    now = FakeTime()
    clock = PausableClock(now)
    assert clock.elapsed_ms() == 0 and not clock.started
    clock.start()
    now.t += 1500
    clock.pause()
    now.t += 60_000
    assert clock.elapsed_ms() == 1500
    clock.resume()
    now.t += 500
    assert clock.elapsed_ms() == 2000
    clock.start()  # the next question starts from zero
    assert clock.elapsed_ms() == 0


def test_a_question_started_during_a_pause_starts_counting_on_resume():
    now = FakeTime()
    clock = PausableClock(now)
    clock.pause()
    clock.start()
    now.t += 5000
    assert clock.elapsed_ms() == 0
    clock.resume()
    now.t += 700
    assert clock.elapsed_ms() == 700


def test_countdown_hesitation_and_slow_answers():
    assert countdown_left_ms(1200, 5000) == 3800
    assert countdown_left_ms(9000, 5000) == 0
    assert hesitation_ms(None, 4000) is None
    assert hesitation_ms(2500, 4000) == 2500
    assert hesitation_ms(5000, 4000) == 4000  # never longer than the answer itself
    assert slow_reasons(6000, 9000, countdown_ms=5000, slow_ms=12_000) == ("hesitated",)
    assert slow_reasons(1000, 13_000, countdown_ms=5000, slow_ms=12_000) == ("slow",)
    assert slow_reasons(7000, 13_000, countdown_ms=5000, slow_ms=12_000) == ("hesitated", "slow")
    assert slow_reasons(5000, 8000, countdown_ms=5000, slow_ms=12_000) == ()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 100_000), min_size=1, max_size=8))
def test_the_clock_measures_only_running_time(steps):
    now = FakeTime()
    clock = PausableClock(now)
    clock.start()
    running = 0
    for i, dt in enumerate(steps):
        if i % 2:
            clock.pause()
        else:
            clock.resume()
            running += dt
        now.t += dt
    assert clock.elapsed_ms() == running


# ------------------------------------------------------------------------------------------ the report
def ans(key: str, correct: bool = True, *, phase: str = "profile", latency: int = 4000,
        hesitation: int | None = 1000) -> FactAnswer:
    return FactAnswer(key, f"label {key}", f"prompt {key}?", phase, "given" if correct else "wrong",
                      "expected", correct, latency, hesitation)


def identity(n: int, wrong: int = 0) -> list[FactAnswer]:
    return [ans(f"identity.{i}", i >= wrong, phase="identity") for i in range(n)]


def report(answers, opens=(), **kw):
    return call_report(answers, opens, countdown_ms=5000, slow_ms=12_000, **kw)


def test_a_clean_call_is_passed():
    r = report(identity(6) + [ans(f"p{i}") for i in range(11)])
    assert r.passed and r.verdict == "passed" and r.reasons == ()
    assert (r.identity_right, r.identity_total, r.right, r.total) == (6, 6, 17, 17)
    assert r.wrong == () and r.slow == () and r.drill_keys == ()


def test_one_wrong_identity_fact_puts_the_call_at_risk():
    r = report(identity(6, wrong=1) + [ans(f"p{i}") for i in range(11)])
    assert not r.passed and r.verdict == "at_risk"
    assert r.reasons == ("identity",)
    assert [a.key for a in r.wrong] == ["identity.0"]
    assert r.identity_ratio == pytest.approx(5 / 6)


def test_overall_below_eighty_percent_is_at_risk():
    profile = [ans(f"p{i}", i >= 4) for i in range(14)]  # 4 wrong of 20 -> 80 %: still passes
    assert report(identity(6) + profile).passed
    profile = [ans(f"p{i}", i >= 5) for i in range(14)]  # 5 wrong of 20 -> 75 %
    r = report(identity(6) + profile)
    assert r.reasons == ("overall",)
    assert r.drill_keys == tuple(f"p{i}" for i in range(5))


def test_more_than_two_slow_or_hesitant_answers_is_at_risk():
    slow = [ans("s1", latency=13_000), ans("s2", hesitation=6000, latency=8000)]
    assert report(identity(6) + slow + [ans("ok")]).passed
    r = report(identity(6) + slow + [ans("s3", latency=20_000, hesitation=9000)])
    assert r.reasons == ("slow",)
    assert [(s.answer.key, s.reasons) for s in r.slow] == [
        ("s1", ("slow",)), ("s2", ("hesitated",)), ("s3", ("hesitated", "slow"))]
    assert r.drill_keys == ("s1", "s2", "s3")


def test_drill_keys_list_wrong_then_slow_facts_once_each():
    r = report([ans("a", False, latency=20_000), ans("b", latency=20_000), ans("c", False)])
    assert r.drill_keys == ("a", "c", "b")


def test_open_answers_are_kept_apart_and_two_poor_ones_put_the_call_at_risk():
    facts = identity(6) + [ans("p")]
    q1, q2 = OPEN_QUESTIONS[0], OPEN_QUESTIONS[3]
    one_poor = [OpenAnswer(q1, q1.text("Upwork"), "poor", 20.0), OpenAnswer(q2, q2.text("Upwork"), "good", 30.0)]
    r = report(facts, one_poor)
    assert r.passed and r.total == 7  # open questions are not counted as facts
    assert [o.question.id for o in r.poor_open] == ["found_platform"]
    two_poor = [one_poor[0], OpenAnswer(q2, q2.text("Upwork"), "poor", 30.0)]
    assert report(facts, two_poor).reasons == ("open",)


def test_a_call_left_early_or_empty_is_not_passed():
    r = report(identity(6), planned=17)
    assert r.reasons == ("incomplete",) and r.planned == 17
    empty = report([], planned=17)
    assert "empty" in empty.reasons and not empty.passed and empty.ratio is None


def test_the_rule_can_be_made_stricter():
    r = call_report(identity(6) + [ans("p", latency=13_000)], countdown_ms=5000, slow_ms=12_000,
                    rule=PassRule(max_slow=0))
    assert r.reasons == ("slow",)


# ------------------------------------------------------------------------------------------ recordings
def test_recordings_live_in_an_owner_only_folder_and_can_be_listed_and_deleted(tmp_path):
    d = ensure_recordings_dir(tmp_path)
    assert stat.S_IMODE(os.stat(d).st_mode) == 0o700
    assert list_recordings(tmp_path) == []
    first = new_recording_path(tmp_path, datetime(2025, 3, 14, 9, 30))
    assert first.name == "rehearsal-20250314-093000.mp4" and first.parent == d
    first.write_bytes(b"x" * 10)
    second = new_recording_path(tmp_path, datetime(2025, 3, 14, 9, 30))
    assert second.name == "rehearsal-20250314-093000-2.mp4"
    second.write_bytes(b"y")
    os.utime(first, (1_700_000_000, 1_700_000_000))
    (d / "notes.txt").write_text("not a recording")
    assert [r.name for r in list_recordings(tmp_path)] == [second.name, first.name]
    delete_recording(tmp_path, first)
    assert [r.name for r in list_recordings(tmp_path)] == [second.name]
    with pytest.raises(ValueError):
        delete_recording(tmp_path, tmp_path / "elsewhere.mp4")


def test_no_recordings_folder_means_no_recordings(tmp_path):
    assert list_recordings(tmp_path / "missing") == []
