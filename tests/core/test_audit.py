"""The profile consistency audit: every check fires on a profile that has the inconsistency and stays quiet
on one that is close but fine; demo profiles audit clean; injected inconsistencies are found."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify_coach.core.audit import SEVERITIES, Finding, Thresholds, audit, by_field, counts, must_fix, world
from verify_coach.core.demo import SUPPORTED_LOCALES, make_demo_profile
from verify_coach.core.facts import extract_facts
from verify_coach.core.profile import (
    Address,
    Education,
    Employment,
    Identity,
    PaymentMethod,
    PlatformJob,
    PlatformProfile,
    PortfolioProject,
    Profile,
)

TODAY = date(2026, 12, 7)


def base() -> Profile:
    """A consistent profile: nothing to find."""
    return Profile(
        identity=Identity(
            full_name="Lin Mei", id_name="LIN MEI", date_of_birth="1994-03-10",
            address=Address(street="88 Wensan Road", city="Hangzhou", region="Zhejiang", postal_code="310012",
                            country="China"),
            phone="+86 138 0571 2233", email="lin.mei@example.com", nationality="Chinese", id_document_type="Passport",
        ),
        platform=PlatformProfile(
            platform="Upwork", title="Full-Stack Developer", hourly_rate=40, currency="USD", member_since="2021-03",
            location="Hangzhou, China", time_zone="UTC+08:00 Beijing", english_level="Fluent",
            skills=["Python", "Django", "React"], total_jobs=5, total_earnings=12000, job_success=96,
            payment_methods=[PaymentMethod(method="Payoneer", holder="Lin Mei")],
        ),
        employment=[
            Employment(company="Yunbo Tech", title="Backend Developer", start="2016-07", end="2020-06"),
            Employment(company="Hangzhou Data Co.", title="Software Engineer", start="2020-07", current=True),
        ],
        education=[Education(school="Zhejiang University", degree="BSc", start="2012-09", end="2016-06")],
        portfolio=[PortfolioProject(title="Parcel Radar", client="Yunbo Tech", completed="2019-05",
                                    skills=["Python", "Django"], description="A React dashboard for parcels.")],
        platform_jobs=[
            PlatformJob(title="Django API", client="Acme", start="2021-05", end="2021-09", rate=38),
            PlatformJob(title="React admin", client="Globex", start="2022-02", end="2022-06", rate=42),
            PlatformJob(title="Landing page", client="Initech", start="2023-01", end="2023-02", budget=1500),
        ],
    )


def run(p: Profile) -> list[Finding]:
    return audit(p, today=TODAY)


def checks(p: Profile) -> dict[str, str]:
    return {f.check: f.severity for f in run(p)}


def test_a_consistent_profile_has_no_findings() -> None:
    assert run(base()) == []


def mutate(fn: Callable[[Profile], None]) -> Profile:
    p = base()
    fn(p)
    return p


# -- each check: (what triggers it, severity), (what is close but fine) -----------------------------------
def _e(p: Profile, i: int, **kw: object) -> None:
    for k, v in kw.items():
        setattr(p.employment[i], k, v)


CASES: list[tuple[str, str, Callable[[Profile], None], Callable[[Profile], None]]] = [
    ("names.id_name", "fix",
     lambda p: setattr(p.identity, "full_name", "Mei Lin"),  # the ID says LIN MEI
     lambda p: setattr(p.identity, "id_name", "LIN, MEI")),  # capitals and a comma: fine
    ("names.id_name", "fix",
     lambda p: setattr(p.identity, "full_name", "林美"),  # characters vs pinyin
     lambda p: setattr(p.identity, "full_name", "lin mei")),
    ("names.id_name_missing", "note",
     lambda p: setattr(p.identity, "id_name", ""),
     lambda p: setattr(p.identity, "id_name", "Lin Mei")),
    ("names.payout_holder", "fix",
     lambda p: setattr(p.platform.payment_methods[0], "holder", "M. Lin"),  # an initial
     lambda p: setattr(p.platform.payment_methods[0], "holder", "LIN MEI")),
    ("names.payout_holder", "fix",
     lambda p: setattr(p.platform.payment_methods[0], "holder", "Lin Hua"),  # someone else
     lambda p: setattr(p.platform.payment_methods[0], "holder", " Lin  Mei ")),
    ("names.payout_holder_missing", "note",
     lambda p: setattr(p.platform, "payment_methods", [PaymentMethod(method="PayPal")]),
     lambda p: setattr(p.platform, "payment_methods", [])),
    ("place.location_country", "fix",
     lambda p: setattr(p.platform, "location", "Manila, Philippines"),
     lambda p: setattr(p.platform, "location", "杭州, 中国")),
    ("place.location_city", "explain",
     lambda p: setattr(p.platform, "location", "Shanghai, China"),
     lambda p: setattr(p.platform, "location", "China")),
    ("place.time_zone", "fix",
     lambda p: setattr(p.platform, "time_zone", "UTC-05:00 Eastern Time (US & Canada)"),  # a Hangzhou address
     lambda p: setattr(p.platform, "time_zone", "Asia/Shanghai")),
    ("place.time_zone", "fix",
     lambda p: setattr(p.platform, "time_zone", "GMT+9"),
     lambda p: setattr(p.platform, "time_zone", "GMT+8")),
    ("place.phone", "explain",
     lambda p: setattr(p.identity, "phone", "+63 917 555 0100"),
     lambda p: setattr(p.identity, "phone", "0571 8888 2233")),  # a local number says nothing
    ("place.id_document", "explain",
     lambda p: (setattr(p.identity, "nationality", "American"), setattr(p.identity, "id_document_type", "National ID card"),
                setattr(p.identity.address, "country", "United States"), setattr(p.identity.address, "city", "Austin"),
                setattr(p.platform, "location", "Austin, United States"), setattr(p.platform, "time_zone", "UTC-06:00"),
                setattr(p.identity, "phone", "+1 512 555 0100")),
     lambda p: setattr(p.identity, "id_document_type", "National ID card")),  # China issues them
    ("place.id_document", "explain",
     lambda p: setattr(p.identity, "id_document_type", "Residence permit"),
     lambda p: (setattr(p.identity, "id_document_type", "Residence permit"), setattr(p.identity, "nationality", "Vietnamese"))),
    ("timeline.overlap", "explain",
     lambda p: _e(p, 1, start="2019-06"),  # a year of two full-time jobs
     lambda p: _e(p, 1, start="2020-05")),  # a two-month handover
    ("timeline.overlap", "explain",
     lambda p: _e(p, 1, start="2019-06", title="Engineer"),
     lambda p: _e(p, 1, start="2019-06", title="Part-time Engineer")),
    ("timeline.gap", "explain",
     lambda p: _e(p, 1, start="2021-03"),  # eight months between the jobs... but freelancing from 2021-03
     lambda p: _e(p, 1, start="2020-12")),  # five months: not a gap
    ("timeline.gap", "explain",
     lambda p: (_e(p, 1, current=False, end="2023-06"), setattr(p, "platform_jobs", []),
                setattr(p.platform, "total_jobs", None), setattr(p.platform, "total_earnings", None),
                setattr(p.platform, "job_success", None)),  # nothing since mid-2023
     lambda p: _e(p, 1, current=False, end="2023-06")),  # freelancing on the platform since
    ("timeline.too_young", "explain",
     lambda p: (_e(p, 0, start="2009-07"), setattr(p.education[0], "end", "2009-06"),
                setattr(p.education[0], "start", "2005-09")),  # 15
     lambda p: (_e(p, 0, start="2011-07"), setattr(p.education[0], "end", "2011-06"),
                setattr(p.education[0], "start", "2007-09"))),  # 17
    ("timeline.study_while_working", "note",
     lambda p: setattr(p.education[0], "end", "2018-06"),
     lambda p: setattr(p.education[0], "end", "2016-09")),  # three months: within the threshold
    ("timeline.outside_tenure", "explain",
     lambda p: setattr(p.portfolio[0], "completed", "2021-05"),  # for Yunbo Tech, after leaving in 2020-06
     lambda p: setattr(p.portfolio[0], "completed", "2020-07")),  # one month after: rounding
    ("timeline.outside_tenure", "explain",
     lambda p: setattr(p.platform_jobs[0], "client", "Yunbo Tech"),  # 2021, after leaving
     lambda p: setattr(p.platform_jobs[0], "client", "Yunbo Technologies")),
    ("timeline.member_since", "fix",
     lambda p: setattr(p.platform, "member_since", "2021-08"),  # the first job started 2021-05
     lambda p: setattr(p.platform, "member_since", "2021-05")),
    ("timeline.future", "fix",
     lambda p: setattr(p.platform_jobs[2], "end", "2027-02"),
     lambda p: setattr(p.platform_jobs[2], "end", "2026-12")),
    ("timeline.future", "note",
     lambda p: p.education.append(Education(school="Online MBA", start="2025-09", end="2027-06")),
     lambda p: p.education.append(Education(school="Online MBA", start="2024-09", end="2026-06"))),
    ("timeline.end_before_start", "fix",
     lambda p: setattr(p.education[0], "end", "2011-06"),
     lambda p: setattr(p.education[0], "end", "2012")),  # the same year: could be
    ("numbers.total_jobs", "fix",
     lambda p: setattr(p.platform, "total_jobs", 2),  # three are listed
     lambda p: setattr(p.platform, "total_jobs", 3)),
    ("numbers.earnings", "fix",
     lambda p: setattr(p.platform, "total_earnings", 1000),  # a 1500 job is listed
     lambda p: setattr(p.platform, "total_earnings", 1450)),  # within the tolerance
    ("numbers.earnings", "fix",
     lambda p: (setattr(p, "platform_jobs", []), setattr(p.platform, "total_jobs", 0), setattr(p.platform, "job_success", None)),
     lambda p: (setattr(p, "platform_jobs", []), setattr(p.platform, "total_jobs", 0), setattr(p.platform, "job_success", None),
                setattr(p.platform, "total_earnings", 0))),
    ("numbers.job_success", "explain",
     lambda p: (setattr(p.platform, "total_jobs", 2), setattr(p, "platform_jobs", p.platform_jobs[:2])),
     lambda p: (setattr(p.platform, "total_jobs", 3))),
    ("numbers.job_success", "fix",
     lambda p: (setattr(p.platform, "total_jobs", 0), setattr(p, "platform_jobs", []), setattr(p.platform, "total_earnings", None)),
     lambda p: (setattr(p.platform, "total_jobs", 0), setattr(p, "platform_jobs", []), setattr(p.platform, "total_earnings", None),
                setattr(p.platform, "job_success", None))),
    ("numbers.rate", "explain",
     lambda p: setattr(p.platform, "hourly_rate", 95),  # recent jobs paid ~40
     lambda p: setattr(p.platform, "hourly_rate", 75)),
    ("numbers.rate", "explain",
     lambda p: setattr(p.platform, "hourly_rate", 15),
     lambda p: setattr(p.platform, "hourly_rate", 25)),
    ("claims.unused_skills", "note",
     lambda p: p.platform.skills.append("Kubernetes"),
     lambda p: p.platform.skills.append("react")),  # in a project's description
    ("claims.native_english", "note",
     lambda p: setattr(p.platform, "english_level", "Native or Bilingual"),
     lambda p: (setattr(p.platform, "english_level", "Native or Bilingual"), setattr(p.identity, "nationality", "Filipino"),
                setattr(p.identity.address, "country", "Philippines"), setattr(p.identity.address, "city", "Makati"),
                setattr(p.platform, "location", "Makati, Philippines"), setattr(p.identity, "phone", "+63 917 555 0100"))),
    ("claims.seniority", "explain",
     lambda p: (setattr(p.platform, "title", "Lead Engineer"), _e(p, 0, start="2022-03", end="2022-06"),
                _e(p, 1, start="2022-07")),  # under five years
     lambda p: setattr(p.platform, "title", "Senior Full-Stack Developer")),  # ten years: senior is fine
]


@pytest.mark.parametrize(("check", "severity", "bad", "fine"), CASES,
                         ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_each_check_fires_on_the_inconsistency_and_not_on_the_near_miss(check: str, severity: str, bad, fine) -> None:
    found = [f for f in run(mutate(bad)) if f.check == check]
    assert found, f"{check} not found"
    assert {f.severity for f in found} == {severity}
    f = found[0]
    assert f.message and f.why and f.todo and "{" not in f.message + f.why + f.todo
    assert f.fields
    if severity == "explain":
        assert f.question.endswith("?") and len(f.points) >= 2
    else:
        assert not f.question and not f.points
    assert check not in checks(mutate(fine)), [g.message for g in run(mutate(fine)) if g.check == check]


def test_seniority_needs_the_years_the_word_implies() -> None:
    p = base()
    p.platform.title = "Principal Engineer"
    p.employment[0].start = "2022-01"
    p.employment[1].start = "2022-06"
    p.employment[0].end = "2022-05"
    p.education[0].end = "2016-06"
    (f,) = [f for f in run(p) if f.check == "claims.seniority"]
    assert "principal" in f.message and dict(f.args)["years"] == "5" and dict(f.args)["needed"] == "8"
    p.platform.title = "Senior Engineer"
    assert "claims.seniority" not in checks(p)


def test_a_partial_date_is_read_in_the_profile_s_favour() -> None:
    """A bare year neither makes a gap nor an overlap it may not have."""
    p = base()
    p.employment[0].end = "2020"
    p.employment[1].start = "2020"
    assert run(p) == []


def test_findings_name_the_fields_and_the_facts_involved() -> None:
    p = mutate(lambda p: setattr(p.platform, "time_zone", "UTC-05:00"))
    (f,) = [f for f in run(p) if f.check == "place.time_zone"]
    assert f.fields == ("platform.time_zone", "identity.address.country")
    keys = {x.key: x for x in extract_facts(p, today=TODAY)}
    assert {keys[k].attribute for k in f.fact_keys} == {"time_zone", "country"}
    assert "China" in f.message and "UTC+08:00" in f.message
    p = mutate(lambda p: _e(p, 1, start="2019-06"))
    (f,) = [f for f in run(p) if f.check == "timeline.overlap"]
    assert f.fields == ("employment[0].start", "employment[0].end", "employment[1].start", "employment[1].end")
    assert {keys.get(k) is None for k in f.fact_keys}  # keys of this profile's facts
    facts = {x.key: x for x in extract_facts(p, today=TODAY)}
    assert {facts[k].attribute for k in f.fact_keys} == {"start", "end"}
    assert "2019" in f.question and "Yunbo Tech" in f.question and "Hangzhou Data Co." in f.question
    assert by_field([f])["employment[1].start"] == [f]


def test_most_severe_first_and_the_summary_helpers() -> None:
    p = mutate(lambda p: (setattr(p.platform, "time_zone", "UTC-05:00"), setattr(p.identity, "id_name", ""),
                          _e(p, 1, start="2019-06")))
    found = run(p)
    assert [f.severity for f in found] == sorted((f.severity for f in found), key=SEVERITIES.index)
    assert counts(found) == {"fix": 1, "explain": 1, "note": 1}
    assert must_fix(found) and not must_fix([f for f in found if f.severity != "fix"])


def test_json_rows_are_stable() -> None:
    p = mutate(lambda p: setattr(p.platform, "time_zone", "UTC-05:00"))
    row = run(p)[0].to_json()
    assert {"check", "severity", "fact_keys", "message"} <= set(row)
    assert row["check"] == "place.time_zone" and row["severity"] == "fix"
    json.dumps(row)


def test_texts_render_through_a_translation_and_survive_a_broken_one() -> None:
    p = mutate(lambda p: setattr(p.platform, "time_zone", "UTC-05:00"))
    f = run(p)[0]
    zh = "时区“{tz}”不是{country}的时区。"
    assert f.text("message", lambda s: zh if s.startswith("Your time") else s) == f"时区“{dict(f.args)['tz']}”不是China的时区。"
    assert f.text("message", lambda s: "broken {nope}" if s.startswith("Your time") else s) == f.message


def test_thresholds_are_data() -> None:
    p = mutate(lambda p: _e(p, 1, start="2020-12"))  # five months between the jobs
    assert "timeline.gap" not in checks(p)
    assert any(f.check == "timeline.gap" for f in audit(p, today=TODAY, thresholds=Thresholds(gap_months=3)))


def test_every_threshold_is_documented() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "audit.md").read_text(encoding="utf-8")
    for name in Thresholds.__dataclass_fields__:
        assert f"`{name}`" in doc, name
    for check, *_ in CASES:
        assert f"`{check}`" in doc, check


def test_payment_methods_keep_their_holder_and_read_old_files() -> None:
    p = Profile.from_json(json.dumps({"platform": {"payment_methods": ["PayPal", {"method": "Wise", "holder": "Lin Mei"}]}}))
    assert [(m.method, m.holder) for m in p.platform.payment_methods] == [("PayPal", ""), ("Wise", "Lin Mei")]
    doc = json.loads(p.to_json())
    assert doc["platform"]["payment_methods"] == ["PayPal", {"method": "Wise", "holder": "Lin Mei"}]
    assert Profile.from_json(p.to_json()) == p


# -- the world the checks know ----------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "code"), [
    ("China", "CN"), ("中国", "CN"), ("USA", "US"), ("United States", "US"), ("the Philippines", "PH"),
    ("Filipino", "PH"), ("UK", "GB"), ("Viet Nam", "VN"), ("Türkiye", "TR"), ("PH", "PH"), ("Atlantis", None), ("", None),
    ("中国大陆", "CN"), ("P.R. China", "CN"), ("Republic of the Philippines", "PH"), ("Deutschland", "DE"),
    ("España", "ES"), ("Россия", "RU"), ("Brasil", "BR"),
])
def test_country_names(text: str, code: str | None) -> None:
    assert world.country_code(text) == code


@pytest.mark.parametrize(("text", "code"), [
    ("Hangzhou, China", "CN"), ("杭州", "CN"), ("Austin, TX", "US"), ("Manila, PH", "PH"), ("Karachi", "PK"),
    ("Lagos", None),  # Nigeria's, and a town in Portugal
    ("Springfield", None),
])
def test_places(text: str, code: str | None) -> None:
    assert world.place_country(text) == code


@pytest.mark.parametrize(("text", "offsets"), [
    ("UTC+08:00 Beijing", {480}), ("GMT+8", {480}), ("(UTC+05:30) Kolkata", {330}), ("UTC-03:00", {-180}),
    ("UTC", {0}), ("Asia/Shanghai", {480}), ("America/New_York", {-300, -240}), ("sometime", None), ("UTC+25", None),
    ("(UTC+08:00) 北京，重庆，香港特别行政区，乌鲁木齐", {480}), ("北京时间", {480}), ("China Standard Time", {480}),
    ("Pacific Time (US & Canada)", {-480, -420}), ("UTC+5.5", {330}), ("CST", None),  # China, Cuba or Central?
])
def test_time_zones(text: str, offsets: set[int] | None) -> None:
    got = world.tz_offsets(text, 2026)
    assert (set(got) if got is not None else None) == offsets


def test_country_offsets_include_summer_time() -> None:
    assert world.country_offsets("CN", 2026) == {480, 360}  # Beijing time, and Xinjiang's
    assert {-300, -240, -480, -420} <= world.country_offsets("US", 2026)


def test_phone_calling_codes() -> None:
    assert world.phone_countries("+86 138 0000 0000") == {"CN"}
    assert {"US", "CA"} <= world.phone_countries("+1 416 555 0100")  # the code is shared
    assert "GB" in world.phone_countries("+44 7839 603062")
    assert world.phone_countries("0086 138 0000 0000") == {"CN"}
    assert world.phone_countries("138 0000 0000") is None


# -- demo profiles audit clean; injected inconsistencies are found ---------------------------------------
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), locale=st.sampled_from(SUPPORTED_LOCALES),
       size=st.sampled_from(("small", "typical", "large")))
def test_demo_profiles_have_nothing_to_fix(seed: int, locale: str, size: str) -> None:
    p = make_demo_profile(seed, locale, size, today=TODAY)
    fixes = [f.message for f in audit(p, today=TODAY) if f.severity == "fix"]
    assert fixes == []


def _last_job(p: Profile) -> Employment:
    return max(p.employment, key=lambda e: e.start or "")


INJECTIONS: dict[str, Callable[[Profile], None]] = {
    "names.id_name": lambda p: setattr(p.identity, "full_name", " ".join(reversed(p.identity.full_name.split()))),
    "names.payout_holder": lambda p: setattr(p.platform.payment_methods[0], "holder", "Someone Else"),
    "place.time_zone": lambda p: setattr(p.platform, "time_zone",
                                         "UTC+14:00" if p.identity.address.country != "Kiribati" else "UTC-10:00"),
    "place.location_country": lambda p: setattr(p.platform, "location",
                                                "Reykjavik, Iceland"),
    "timeline.future": lambda p: setattr(_last_job(p), "start", f"{TODAY.year + 1}-03"),
    "timeline.member_since": lambda p: setattr(p.platform, "member_since", f"{TODAY.year}-{TODAY.month:02d}"),
    "numbers.total_jobs": lambda p: setattr(p.platform, "total_jobs", max(0, len(p.platform_jobs) - 1)),
    "timeline.overlap": lambda p: p.employment.append(Employment(
        company="Injected Overlap Ltd", title="Engineer", current=True,
        start=max((e for e in p.employment if "self" not in e.company.casefold() and "freelance" not in e.title.casefold()),
                  key=lambda e: e.start or "").start)),
    "claims.unused_skills": lambda p: p.platform.skills.append("Quantum Basket Weaving"),
}


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), locale=st.sampled_from(SUPPORTED_LOCALES), check=st.sampled_from(sorted(INJECTIONS)))
def test_an_injected_inconsistency_is_found(seed: int, locale: str, check: str) -> None:
    p = make_demo_profile(seed, locale, "typical", today=TODAY)
    if check == "timeline.member_since" and not p.platform_jobs:
        return
    INJECTIONS[check](p)
    assert check in {f.check for f in audit(p, today=TODAY)}


_dates = st.one_of(st.none(), st.builds(lambda y, m: f"{y}-{m:02d}", st.integers(1950, 2035), st.integers(1, 12)),
                   st.integers(1950, 2035).map(str))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(tz=st.text(max_size=30), phone=st.text(max_size=20), loc=st.text(max_size=30), country=st.text(max_size=20),
       name=st.text(max_size=20), holder=st.text(max_size=20), title=st.text(max_size=30),
       d=st.lists(_dates, min_size=6, max_size=6), rate=st.one_of(st.none(), st.floats(0, 1000)),
       jobs=st.one_of(st.none(), st.integers(0, 50)))
def test_the_audit_never_fails_on_odd_values(tz, phone, loc, country, name, holder, title, d, rate, jobs) -> None:
    p = base()
    p.platform.time_zone, p.identity.phone, p.platform.location = tz, phone, loc
    p.identity.address.country, p.identity.full_name, p.platform.title = country, name, title
    p.platform.payment_methods[0].holder = holder
    p.employment[0].start, p.employment[0].end, p.employment[1].start = d[0], d[1], d[2]
    p.identity.date_of_birth, p.platform.member_since, p.platform_jobs[0].start = d[3], d[4], d[5]
    p.platform.hourly_rate, p.platform.total_jobs = rate, jobs
    values = " ".join((tz, phone, loc, country, name, holder, title))
    for f in audit(p, today=TODAY):
        assert f.severity in SEVERITIES and f.message and f.why and f.todo
        for text in (f.message, f.why, f.todo):  # every placeholder filled (unless the user typed one)
            assert all(m in values for m in re.findall(r"\{[a-z_]+\}", text)), text


def test_country_names_and_name_differences_are_translated_inside_the_message() -> None:
    zh = {"Your time zone “{tz}” is not a time zone of {country} ({theirs}).": "时区“{tz}”不属于{country}（{theirs}）。",
          "China": "中国", "the same words in a different order": "顺序不同",
          "Your profile name “{profile}” is not the name on your ID, “{id}”: {how}.": "“{profile}”≠“{id}”：{how}。"}
    p = mutate(lambda p: (setattr(p.platform, "time_zone", "UTC-05:00"), setattr(p.identity, "full_name", "Mei Lin")))
    texts = {f.check: f.text("message", lambda s: zh.get(s, s)) for f in run(p)}
    assert texts["place.time_zone"].startswith("时区“UTC-05:00”不属于中国（UTC+")
    assert texts["names.id_name"] == "“Mei Lin”≠“LIN MEI”：顺序不同。"
