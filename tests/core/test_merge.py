"""Merging an import into an existing profile: entry-level diff, only accepted changes applied."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from verify_coach.core.importers import Change, ProfileDiff, apply_diff, diff_profiles
from verify_coach.core.profile import Profile


def _profile(**sections: Any) -> Profile:
    return Profile.model_validate(sections)


OLD = _profile(
    identity={"full_name": "Wei Zhang", "email": "wei@example.com", "address": {"city": "Chengdu", "country": "China"}},
    platform={
        "platform": "Fiverr", "title": "Python Developer", "hourly_rate": 40.0, "skills": ["Python", "PHP"],
        "languages": [{"name": "English", "proficiency": "Conversational"}, {"name": "Chinese", "proficiency": "Native"}],
    },
    employment=[
        {"company": "Brightline Logistics", "title": "Backend Developer", "start": "2018-07", "end": "2021-03"},
        {"company": "Acme", "title": "Developer", "start": "2021-04", "current": True, "location": "Remote"},
    ],
    portfolio=[{"title": "Parcel Radar", "client": "Brightline Logistics"}, {"title": "Old Site"}],
    platform_jobs=[{"title": "Parcel API", "client": "Brightline", "rate": 40}],
)  # fmt: skip

NEW = _profile(
    identity={"full_name": "Wei Zhang", "phone": "+86 138 0000 1234", "address": {"city": "Chengdu", "country": "China"}},
    platform={
        "title": "Full-Stack Python Developer", "hourly_rate": 45.0, "skills": ["python", "Django"],
        "languages": [{"name": "English", "proficiency": "Fluent"}, {"name": "Chinese", "proficiency": "Native"}],
    },
    employment=[
        {"company": "Brightline Logistics", "title": "Backend Developer", "start": "2018-07", "end": "2021-03"},
        {"company": "Acme", "title": "Senior Developer", "start": "2021-04", "end": "2023-01"},
        {"company": "Globex", "title": "Lead", "start": "2023-02"},
    ],
    portfolio=[{"title": "Parcel Radar", "client": "Brightline Logistics", "role": "Backend developer"}],
)  # fmt: skip


def _by_summary(diff: ProfileDiff) -> dict[str, Change]:
    return {c.summary(): c for c in diff}


def test_summary_lines_for_a_dry_run() -> None:
    lines = diff_profiles(OLD, NEW).summary_lines()
    assert lines == [
        "+ identity.phone: +86 138 0000 1234",
        "~ platform.title: Python Developer → Full-Stack Python Developer",
        "~ platform.hourly_rate: 40.0 → 45.0",
        "+ platform.skills: Django",
        "- platform.skills: PHP",
        "~ platform.languages: English: proficiency Conversational → Fluent",
        "~ employment: Developer at Acme (2021-04 – now): dates 2021-04 – now → 2021-04 – 2023-01, title Developer → Senior Developer",
        "+ employment: Lead at Globex (2023-02 – ?)",
        "~ portfolio: Parcel Radar: role (none) → Backend developer",
        "- portfolio: Old Site",
    ]


def test_blank_or_default_values_in_the_import_remove_nothing() -> None:
    diff = diff_profiles(OLD, NEW)
    keys = {(c.section, c.key) for c in diff}
    assert ("identity", "email") not in keys  # the import has no email
    assert ("platform", "platform") not in keys  # "Upwork" is only the default: Fiverr stays
    assert not any(c.section == "platform_jobs" for c in diff)  # no platform jobs in the import at all
    assert not any(c.section == "employment" and c.kind == "removed" for c in diff)
    # a location missing from the imported Acme job is not a change either
    acme = next(c for c in diff if c.section == "employment" and c.kind == "changed")
    assert "location" not in acme.new


def test_a_title_edit_at_the_same_company_and_start_is_a_change_not_a_swap() -> None:
    diff = diff_profiles(OLD, NEW)
    employment = [c for c in diff if c.section == "employment"]
    assert [c.kind for c in employment] == ["changed", "added"]
    assert employment[0].old["title"] == "Developer" and employment[0].new["title"] == "Senior Developer"


def test_identical_profiles_have_no_diff() -> None:
    diff = diff_profiles(OLD, OLD)
    assert not diff and len(diff) == 0 and diff.summary_lines() == []


def test_ids_are_stable_and_unique() -> None:
    a, b = diff_profiles(OLD, NEW), diff_profiles(OLD.model_copy(deep=True), NEW.model_copy(deep=True))
    assert [c.id for c in a] == [c.id for c in b]
    assert len({c.id for c in a}) == len(a)
    assert a.ids("removed") == {c.id for c in a.removed}
    assert a.ids() == a.ids("added", "changed", "removed")


def test_accepting_nothing_keeps_the_old_profile() -> None:
    assert apply_diff(OLD, NEW, set()) == OLD


def test_accepting_everything_takes_all_the_imported_values() -> None:
    merged = apply_diff(OLD, NEW, diff_profiles(OLD, NEW).ids())
    assert merged.platform.hourly_rate == 45.0 and merged.platform.title == "Full-Stack Python Developer"
    assert merged.identity.email == "wei@example.com"  # not provided: kept
    assert merged.identity.phone == "+86 138 0000 1234"
    assert merged.platform.platform == "Fiverr"
    assert merged.platform.skills == ["Python", "Django"]
    assert [(x.name, x.proficiency) for x in merged.platform.languages] == [("English", "Fluent"), ("Chinese", "Native")]
    acme = merged.employment[1]
    assert (acme.title, acme.end, acme.current, acme.location) == ("Senior Developer", "2023-01", False, "Remote")
    assert [e.company for e in merged.employment] == ["Brightline Logistics", "Acme", "Globex"]
    assert [x.title for x in merged.portfolio] == ["Parcel Radar"]
    assert merged.portfolio[0].role == "Backend developer"
    assert merged.platform_jobs == OLD.platform_jobs
    assert diff_profiles(merged, NEW).ids("added", "changed") == set()  # nothing left to take


def test_only_the_accepted_changes_are_applied() -> None:
    diff = _by_summary(diff_profiles(OLD, NEW))
    accepted = {diff["+ employment: Lead at Globex (2023-02 – ?)"].id, diff["~ platform.hourly_rate: 40.0 → 45.0"].id}
    merged = apply_diff(OLD, NEW, accepted | {"no-such-id"})
    assert merged.platform.hourly_rate == 45.0
    assert merged.platform.title == "Python Developer"  # change not accepted: old value
    assert [e.company for e in merged.employment] == ["Brightline Logistics", "Acme", "Globex"]
    assert merged.employment[1].title == "Developer"  # unaccepted change keeps the old entry
    assert [x.title for x in merged.portfolio] == ["Parcel Radar", "Old Site"]  # unaccepted removal kept
    assert merged.platform.skills == ["Python", "PHP"]
    assert OLD.platform.hourly_rate == 40.0  # the old profile itself is untouched


def test_accepted_removals_remove_exactly_that_entry() -> None:
    diff = _by_summary(diff_profiles(OLD, NEW))
    merged = apply_diff(OLD, NEW, {diff["- portfolio: Old Site"].id, diff["- platform.skills: PHP"].id})
    assert [x.title for x in merged.portfolio] == ["Parcel Radar"]
    assert merged.platform.skills == ["Python"]


def test_repeated_entries_are_matched_in_order() -> None:
    old = _profile(employment=[{"company": "Acme", "title": "Dev", "start": "2015"}, {"company": "Acme", "title": "Dev", "start": "2019"}])
    new = _profile(employment=[{"company": "Acme", "title": "Dev", "start": "2015"}])
    # the first stint matches the first; the second is offered for removal, not the first
    assert diff_profiles(old, new).summary_lines() == ["- employment: Dev at Acme (2019 – ?)"]
    new2 = _profile(employment=[{"company": "Acme", "title": "Dev", "start": "2016"}, {"company": "Acme", "title": "Dev", "start": "2019"}])
    [change] = diff_profiles(old, new2)
    assert (change.kind, change.old["start"], change.new["start"]) == ("changed", "2015", "2016")
    merged = apply_diff(old, new2, {change.id})
    assert [e.start for e in merged.employment] == ["2016", "2019"]


_IMPORTS = [
    NEW,
    _profile(identity={"full_name": "W. Zhang", "date_of_birth": "1992-08"}, platform={"currency": "EUR", "job_success": 90}),
    _profile(platform={"skills": ["Rust"], "languages": [{"name": "German", "proficiency": "Basic"}]}),
    _profile(education=[{"school": "Sichuan University", "degree": "BEng", "start": "2012", "end": "2016"}],
             certifications=[{"name": "AWS", "issuer": "Amazon", "date": "2022-09"}]),
]  # fmt: skip


@settings(max_examples=80, deadline=None)
@given(st.sampled_from(_IMPORTS), st.data())
def test_any_subset_of_accepted_changes_gives_a_valid_profile(new: Profile, data: st.DataObject) -> None:
    diff = diff_profiles(OLD, new)
    accepted = data.draw(st.sets(st.sampled_from(sorted(diff.ids())))) if diff else set()
    merged = apply_diff(OLD, new, accepted)
    assert Profile.from_document(merged.to_document()) == merged
    rest = diff_profiles(merged, new)
    # what was accepted is no longer a difference; what was not is still offered
    assert not (rest.ids("added", "changed") & {c.id for c in diff if c.id in accepted and c.kind != "removed"})
    assert {c.id for c in diff.added if c.id not in accepted} <= rest.ids("added")
    assert {c.id for c in diff.removed if c.id not in accepted} <= rest.ids("removed")
