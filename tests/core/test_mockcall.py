"""The mock call without Qt: the plan of each call type, follow-ups, the ID step, timing and the pass rule."""

from __future__ import annotations

import dataclasses
import os
import stat
from datetime import date, datetime

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify_coach.core import relevance
from verify_coach.core.answering import grade_question
from verify_coach.core.calltypes import CALL_TYPES, call_type
from verify_coach.core.demo import make_demo_profile
from verify_coach.core.facts import extract_facts
from verify_coach.core.mockcall import (
    ACCOUNT_QUESTIONS,
    OPEN_QUESTIONS,
    CallItem,
    FactAnswer,
    IdCheckResult,
    OpenAnswer,
    PassRule,
    PausableClock,
    about_points,
    call_report,
    countdown_left_ms,
    delete_recording,
    ensure_recordings_dir,
    follow_up,
    hesitation_ms,
    id_checks,
    list_recordings,
    new_recording_path,
    plan_call,
    rating_for_points,
    slow_reasons,
    spoken_name,
    threads_of,
)
from verify_coach.core.profile import Profile
from verify_coach.core.questions.model import Rng, reveals

TODAY = date(2025, 6, 1)


@pytest.fixture
def facts(sample_profile):
    return extract_facts(sample_profile, today=TODAY)


def plan(profile: Profile, kind: str = "upwork", seed: int = 0):
    return plan_call(profile, call_type=kind, seed=seed, today=TODAY)


def profiles() -> list[Profile]:
    from pathlib import Path

    repo = Path(__file__).resolve().parents[2]
    out = [Profile.load(repo / "resources" / "example-profile.json")]
    for i, locale in enumerate(("en_US", "zh_CN", "en_GB", "de_DE", "zh_CN", "en_US")):
        out.append(make_demo_profile(seed=i + 1, locale=locale, size=("small", "typical", "large")[i % 3]))
    return out


def run_follow_ups(call, answer_for=lambda item: item.question.answer, seed: int = 0) -> list[CallItem]:
    """The call's turns with the follow-ups the agent asks, as the controller puts them in."""
    items = list(call.items)
    made, i = 0, 0
    while i < len(items):
        item = dataclasses.replace(items[i], index=i)
        items[i] = item
        if item.question is not None:
            asked = {x.fact_key for x in items[: i + 1] if x.fact_key}
            nxt = follow_up(call, item, answer_for(item), asked=asked, made=made, rng=Rng(seed * 97 + i),
                            said=[x.prompt for x in items[: i + 1]])
            if nxt is not None:
                made += 1
                items = items[: i + 1] + [nxt] + [x for x in items[i + 1:] if x.fact_key != nxt.fact_key]
        i += 1
    return items


# ------------------------------------------------------------------------------------------ call types
def test_the_three_call_types_are_one_table_with_upwork_the_default():
    assert list(CALL_TYPES) == ["upwork", "screening", "kyc"]
    assert call_type("nonsense").id == "upwork" and call_type(None).id == "upwork"
    up, scr, kyc = (CALL_TYPES[k] for k in ("upwork", "screening", "kyc"))
    assert not up.agent_camera and scr.agent_camera and kyc.agent_camera  # Upwork's agent has the camera off
    assert up.id_step and kyc.id_step and not scr.id_step
    assert kyc.rule.identity_min == 1.0 and kyc.rule.overall_min == 1.0  # strict
    assert kyc.depth == 0 and scr.depth > up.depth  # more follow-ups in an interview
    assert not kyc.headset_allowed and kyc.paper_and_pen


def test_an_upwork_call_checks_identity_then_the_id_then_work_then_the_account(sample_profile):
    call = plan(sample_profile)
    phases = [i.phase for i in call.items]
    order = ["identity", "id_check", "profile", "account", "open"]
    assert phases == sorted(phases, key=order.index)
    assert phases.count("id_check") == 1 and phases.count("account") == 4
    assert call.items[0].prompt == "Could you tell me your full name, please?"
    where = next(i for i in call.items if i.prompt == "Where are you right now?")
    assert where.phase == "identity" and where.question.fact_keys[0].startswith("identity.city")
    groups = [i.group for i in call.items if i.phase == "profile"]
    assert groups[0] == "rate" and "employment" in groups
    questions = len(call.items) - 1  # the ID step is not a question
    assert 9 <= questions <= 12
    assert "camera is off" in call.greeting and f"about {call.minutes} minutes" in call.greeting


def test_a_screening_starts_with_tell_me_about_yourself_and_ends_with_open_questions(sample_profile):
    call = plan(sample_profile, "screening")
    opens = [i for i in call.items if i.is_open]
    assert opens[0].open.id == "about_yourself" and opens[0].open.checklist
    assert opens[0].points == about_points(sample_profile, extract_facts(sample_profile, today=TODAY))
    assert "remote_experience" in {i.open.id for i in opens}
    assert not any(i.is_id_check for i in call.items)
    assert sum(i.is_fact for i in call.items) >= 8


def test_a_kyc_call_is_short_prompts_then_the_id_front_and_back_and_liveness(sample_profile):
    call = plan(sample_profile, "kyc", seed=4)
    prompts = [i.prompt for i in call.items if i.is_fact]
    assert "Your date of birth?" in prompts and "Your occupation?" in prompts
    assert all(len(p.split()) <= 6 for p in prompts)  # checklist prompts
    step = call.items[-1]
    assert step.is_id_check
    texts = [s.text for s in step.id_step]
    assert any("front" in t for t in texts) and any("back" in t for t in texts)
    code = next(t for t in texts if "code" in t)
    assert sum(ch.isdigit() for ch in code) == 4
    lo, hi = call_type("kyc").minutes
    assert lo <= call.minutes <= hi


def test_an_id_check_compares_the_name_and_the_country(sample_profile):
    checks = {c.id: c for c in id_checks(sample_profile)}
    assert list(checks) == ["readable", "photo", "name", "address"]
    assert checks["name"].value == sample_profile.identity.full_name
    assert checks["address"].value == sample_profile.identity.address.country


@pytest.mark.parametrize("kind", list(CALL_TYPES))
def test_every_type_on_real_profiles_asks_no_trivia_and_no_prompt_gives_its_answer(kind):
    for profile in profiles():
        facts = extract_facts(profile, today=TODAY)
        for seed in (1, 2):
            call = plan_call(profile, facts, call_type=kind, seed=seed, today=TODAY)
            items = run_follow_ups(call, seed=seed)
            for item in items:
                if item.question is None:
                    continue
                q = item.question
                assert relevance.matters(q.category, q.fact_keys[0]) or q.category == "identity", q.fact_keys
                assert not reveals("recall", item.prompt, None, q.answer, q.answer_kind) or q.form == "timeline", \
                    (item.prompt, q.answer)
                assert grade_question(q, q.answer).correct
            keys = [i.fact_key for i in items if i.fact_key]
            assert len(keys) == len(set(keys)), "a fact asked twice"
            assert call.minutes >= 1


def test_the_same_seed_gives_the_same_call_and_other_seeds_vary_it(sample_profile):
    a, b = plan(sample_profile, seed=3), plan(sample_profile, seed=3)
    assert [i.spoken for i in a.items] == [i.spoken for i in b.items]
    variants = {tuple(plan(sample_profile, "screening", seed=s).fact_keys) for s in range(8)}
    assert len(variants) > 1


def test_a_small_profile_gives_a_shorter_call():
    profile = Profile.model_validate({
        "identity": {"full_name": "Ana Silva", "address": {"country": "Portugal"}},
        "platform": {"platform": "Fiverr", "hourly_rate": 30, "skills": ["Translation"]},
    })
    call = plan_call(profile, call_type="upwork", today=TODAY)
    assert [i.fact_key.split(".")[1] for i in call.items if i.phase == "identity"] == ["full_name", "country"]
    assert len(call.fact_items) <= 4 and "Fiverr" in call.greeting
    assert "Fiverr" in next(i for i in call.items if i.open and i.open.id == "other_account").prompt


def test_account_and_open_questions_say_what_an_honest_answer_covers():
    assert {q.id for q in ACCOUNT_QUESTIONS} == {"others_access", "remote_desktop", "other_account", "household"}
    assert all(q.points and q.tips and q.phase == "account" for q in ACCOUNT_QUESTIONS)
    assert all(q.tips for q in OPEN_QUESTIONS)


def test_tell_me_about_yourself_is_checked_against_the_profile(sample_profile, facts):
    points = about_points(sample_profile, facts)
    assert points[0] == "Your name (Wei Zhang)" and "Chengdu" in points[1]
    assert any(p.startswith("Two main skills (Python, Django)") for p in points)
    assert (rating_for_points(6, 6), rating_for_points(3, 6), rating_for_points(2, 6)) == ("good", "okay", "poor")


# ------------------------------------------------------------------------------------------ follow-ups
def naming_item(call, facts, attribute: str = "company", start: str = "2016") -> CallItem:
    """A profile question whose answer names an employer (the one that started in ``start``)."""
    from verify_coach.core.mockcall import _typed_question

    f = next(f for f in facts if f.attribute == attribute and (f.when or "").startswith(start))
    q = _typed_question(call_profile[0], facts, f.key, 0)
    return CallItem(3, "profile", "employment", q.prompt, question=q, entity=f.entity)


call_profile: list[Profile] = []


@pytest.fixture
def screening(sample_profile, facts):
    call_profile[:] = [sample_profile]
    return plan_call(sample_profile, facts, call_type="screening", seed=1, today=TODAY)


def first_follow_up(call, item, answer, asked=None):
    for k in range(40):  # a first follow-up is a matter of chance: try the agent's moods
        nxt = follow_up(call, item, answer, asked=asked or {item.fact_key}, made=0, rng=Rng(k), said=[item.prompt])
        if nxt is not None:
            return nxt
    return None


def test_a_right_name_is_followed_up_on_that_employer(screening, facts):
    item = naming_item(screening, facts)
    nxt = first_follow_up(screening, item, "Chengdu Kuaidi Technology Co., Ltd.")
    assert nxt is not None and nxt.phase == "follow_up" and nxt.follows == item.index and nxt.depth == 1
    assert nxt.prompt.startswith("You said Chengdu Kuaidi Technology \u2014")  # its short name
    assert nxt.entity == item.entity


def test_a_wrong_name_of_another_employer_leads_to_questions_about_that_one(screening, facts):
    item = naming_item(screening, facts)  # the 2016 job: Chengdu Kuaidi
    nxt = first_follow_up(screening, item, "I worked at Brightline")
    assert nxt is not None and nxt.prompt.startswith("You said Brightline Logistics")
    assert nxt.entity != item.entity
    brightline = {f.key for f in facts if f.subject == "Brightline Logistics"}
    assert nxt.fact_key in brightline  # graded against what the profile says about Brightline


def test_a_name_from_another_script_counts_as_naming_the_entry(screening, facts):
    item = naming_item(screening, facts)
    nxt = first_follow_up(screening, item, "成都快递科技")
    assert nxt is not None and nxt.entity == item.entity


@pytest.mark.parametrize("answer", ["Google", "", "Brightline Media", "I don't know"])
def test_no_follow_up_on_a_name_the_profile_does_not_have_or_no_answer(screening, facts, answer):
    assert first_follow_up(screening, naming_item(screening, facts), answer) is None


def test_a_follow_up_never_asks_what_the_question_just_said(screening, facts):
    item = naming_item(screening, facts)  # "Which company did you work for as Junior Python Developer, starting in July 2016?"
    seen = set()
    for k in range(40):
        nxt = follow_up(screening, item, "Chengdu Kuaidi", asked={item.fact_key}, made=0, rng=Rng(k),
                        said=[item.prompt])
        if nxt is not None:
            seen.add(nxt.question.answer)
    assert seen and not seen & {"Junior Python Developer", "2016-07"}, seen


def test_what_you_built_there_accepts_any_project_of_that_employer(sample_profile, facts):
    call_profile[:] = [sample_profile]
    call = plan_call(sample_profile, facts, call_type="screening", seed=1, today=TODAY)
    built = next(e for e in call.book.entries.values() if e.built)
    item = CallItem(5, "follow_up", "employment", "And what did you build there?", question=built.built[0],
                    alternatives=built.built, depth=1, entity=built.entity)
    for q in built.built:
        assert item.question_for(f"I built {q.answer} there") is q
    assert item.question_for("something else") is built.built[0]


@pytest.mark.parametrize("kind", list(CALL_TYPES))
def test_depth_and_the_number_of_follow_ups_stay_within_the_type(kind):
    ct = call_type(kind)
    for profile in profiles():
        call = plan_call(profile, call_type=kind, seed=2, today=TODAY)
        items = run_follow_ups(call, seed=2)
        fups = [i for i in items if i.phase == "follow_up"]
        assert len(fups) <= ct.follow_ups
        assert all(1 <= i.depth <= ct.depth for i in fups)
        for f in fups:
            assert items[f.follows].fact_key is not None  # follows a question asked before it
    if kind == "kyc":
        assert call.book is None


def test_the_agent_says_an_entry_by_its_short_name():
    assert spoken_name("Chengdu Kuaidi Technology Co., Ltd.") == "Chengdu Kuaidi Technology"
    assert spoken_name("Freelance (Upwork)") == "Freelance"
    assert spoken_name("Acme Inc.") == "Acme" and spoken_name("Pied Piper") == "Pied Piper"


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
    assert [o.question.id for o in r.poor_open] == [q1.id]
    two_poor = [one_poor[0], OpenAnswer(q2, q2.text("Upwork"), "poor", 30.0)]
    assert report(facts, two_poor).reasons == ("open",)


def test_a_call_left_early_or_empty_is_not_passed():
    r = report(identity(6), planned=17)
    assert r.reasons == ("incomplete",) and r.planned == 17
    empty = report([], planned=17)
    assert empty.reasons == ("empty",) and not empty.passed and empty.ratio is None


def test_the_rule_can_be_made_stricter():
    r = call_report(identity(6) + [ans("p", latency=13_000)], countdown_ms=5000, slow_ms=12_000,
                    rule=PassRule(max_slow=0))
    assert r.reasons == ("slow",)


def test_an_empty_call_says_so_and_nothing_else():
    r = report([], planned=8, id_expected=True)
    assert r.reasons == ("empty",) and r.empty and not r.passed


def test_a_call_left_before_the_id_step_is_incomplete():
    r = report(identity(3), planned=3, id_expected=True)
    assert r.reasons == ("incomplete",)


def test_the_id_check_decides_with_the_names(sample_profile):
    checks = id_checks(sample_profile)
    everything = frozenset(c.id for c in checks)
    ok = IdCheckResult(checks, everything, "Wei Zhang", "WEI ZHANG")
    assert report(identity(3), id_check=ok).passed
    missing = IdCheckResult(checks, everything - {"address"}, "Wei Zhang", "")
    r = report(identity(3), id_check=missing)
    assert r.reasons == ("id_check",) and [c.id for c in missing.missing] == ["address"]
    swapped = IdCheckResult(checks, everything, "Wei Zhang", "ZHANG WEI")  # ticked, but the names differ
    assert swapped.names_differ and report(identity(3), id_check=swapped).reasons == ("id_check",)
    assert report(identity(3), id_check=missing, call_type="screening").passed  # no ID check to pass


def test_kyc_fails_on_one_wrong_answer_where_upwork_would_pass():
    answers = identity(4) + [ans(f"p{i}", i > 0) for i in range(6)]  # 9 of 10 right
    assert report(answers).passed
    r = report(answers, call_type="kyc")
    assert r.reasons == ("overall",) and r.call_type == "kyc"


def test_follow_ups_are_reported_as_threads_and_repeats_are_counted():
    a = [dataclasses.replace(ans("a"), index=2), dataclasses.replace(ans("b", False), index=3, follows=2),
         dataclasses.replace(ans("c"), index=4, follows=3), dataclasses.replace(ans("d"), index=6),
         dataclasses.replace(ans("e"), index=7, follows=6)]
    threads = threads_of(a)
    assert [[x.key for x in t.answers] for t in threads] == [["a", "b", "c"], ["d", "e"]]
    assert threads[0].right == 2
    r = report(a, repeats=3)
    assert r.follow_ups == 3 and r.repeats == 3 and len(r.threads) == 2


def test_checklist_answers_list_the_points_left_out():
    q = OPEN_QUESTIONS[0]
    o = OpenAnswer(q, q.prompt, "okay", 60.0, ("name", "city", "years", "skills"), (0, 2))
    assert o.missed == ("city", "skills")
    assert OpenAnswer(q, q.prompt, "good", 1.0, ("a",)).missed == ()  # rated only


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
