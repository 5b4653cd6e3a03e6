from __future__ import annotations

from datetime import date

from verify_coach.core.facts import CATEGORIES, KINDS, extract_facts
from verify_coach.core.profile import Profile


def _by_attr(facts, attribute):
    return [f for f in facts if f.attribute == attribute]


def test_example_profile_facts(sample_profile):
    facts = extract_facts(sample_profile, today=date(2026, 11, 25))
    values = {(f.attribute, f.value) for f in facts}
    assert ("hourly_rate", "45.00 USD/hour") in values
    assert ("start", "2018-07") in values
    assert ("current_employer", "Freelance (Upwork)") in values
    assert ("first_employer", "Chengdu Kuaidi Technology Co., Ltd.") in values
    assert ("employer_at_time", "Brightline Logistics") in values  # Parcel Radar, 2019-11
    assert ("most_recent_project", "ClinicBook") in values
    assert ("platform_job_count", "3") in values
    assert ("duration_months", "33") in values  # 2018-07 .. 2021-03, both months counted
    assert all(f.category in CATEGORIES and f.kind in KINDS for f in facts)
    assert len({f.key for f in facts}) == len(facts)


def test_no_fact_for_an_empty_field():
    facts = extract_facts(Profile.from_document({"identity": {"full_name": "A B"}}))
    assert [f.attribute for f in facts] == ["full_name"]


def test_editing_one_job_keeps_the_other_keys(sample_profile):
    before = extract_facts(sample_profile, today=date(2026, 11, 25))
    edited = sample_profile.model_copy(deep=True)
    edited.employment[0].title = "Python Developer"
    after = extract_facts(edited, today=date(2026, 11, 25))
    other_jobs = {f.key for f in before if f.entity != before[0].entity and f.category == "employment"
                  and f.subject != "Chengdu Kuaidi Technology Co., Ltd." and not f.derived}
    after_keys = {f.key for f in after}
    assert other_jobs and other_jobs <= after_keys
    # the changed title is a new fact
    old_title = next(f for f in before if f.attribute == "title" and f.subject.startswith("Chengdu"))
    assert old_title.key not in after_keys


def test_current_job_duration_key_does_not_change_with_today(sample_profile):
    a = {f.attribute: f for f in extract_facts(sample_profile, today=date(2026, 1, 1)) if f.subject == "Freelance (Upwork)"}
    b = {f.attribute: f for f in extract_facts(sample_profile, today=date(2026, 9, 1)) if f.subject == "Freelance (Upwork)"}
    assert a["duration_months"].value != b["duration_months"].value
    assert a["duration_months"].key == b["duration_months"].key


def _jobs(*spans: tuple[str, str | None]) -> Profile:
    return Profile.from_document({"identity": {"full_name": "A B"}, "employment": [
        {"company": f"Co {i}", "title": "Dev", "start": s, "end": e, "current": e is None}
        for i, (s, e) in enumerate(spans)]})


def test_a_job_from_january_to_december_lasted_twelve_months():
    facts = extract_facts(_jobs(("2016-01", "2016-12")), today=date(2026, 11, 25))
    by = {f.attribute: f.value for f in facts}
    assert by["duration_months"] == "12"
    assert by["years_experience"] == "1"


def test_a_year_only_start_or_end_gives_no_duration():
    for span in (("2016", "2018-05"), ("2016-03", "2018"), ("2016", None)):
        facts = extract_facts(_jobs(span), today=date(2026, 11, 25))
        attrs = {f.attribute for f in facts}
        assert "duration_months" not in attrs and "years_experience" not in attrs, span


def test_years_of_experience_are_rounded_as_a_person_says_them():
    # 2015-01 .. 2025-11 counted inclusively is 10 years 11 months: "11 years"
    facts = extract_facts(_jobs(("2015-01", "2025-11")), today=date(2026, 11, 25))
    assert {f.attribute: f.value for f in facts}["years_experience"] == "11"
    facts = extract_facts(_jobs(("2015-01", "2020-03")), today=date(2026, 11, 25))  # 5 years 3 months
    assert {f.attribute: f.value for f in facts}["years_experience"] == "5"


def test_the_experience_key_of_a_finished_career_does_not_depend_on_its_value_format():
    a = extract_facts(_jobs(("2015-01", "2020-03")), today=date(2026, 1, 1))
    b = extract_facts(_jobs(("2015-01", "2020-03")), today=date(2027, 6, 1))
    ka = {f.attribute: f.key for f in a}
    kb = {f.attribute: f.key for f in b}
    assert ka["years_experience"] == kb["years_experience"]
