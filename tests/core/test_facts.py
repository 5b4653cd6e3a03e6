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
    assert ("duration_months", "32") in values  # 2018-07 .. 2021-03
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
