"""Demo profiles: deterministic, realistic, and with a timeline that holds together."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify_coach.core import dates
from verify_coach.core.demo import (
    DEMO_SIZES,
    HOURLY_RATE_RANGES,
    SUPPORTED_LOCALES,
    make_demo_profile,
    transliterate_uk,
)
from verify_coach.core.facts import extract_facts
from verify_coach.core.profile import Profile

TODAY = date(2025, 6, 15)
FREELANCE = "Self-employed"


# -- the invariants every demo profile must satisfy ------------------------------------------------


def _idx(text: str) -> int:
    return dates.PartialDate.parse(text).month_index()


def _precision(text: str | None) -> str:
    assert text, "a date is missing"
    return dates.PartialDate.parse(text).precision


def _not_after_today(text: str, today: date) -> None:
    pd = dates.PartialDate.parse(text)
    assert (pd.year, pd.month or 1, pd.day or 1) <= (today.year, today.month, today.day), f"{text} is after {today}"


def _age(dob: str, today: date) -> int:
    b = date.fromisoformat(dob)
    return today.year - b.year - ((today.month, today.day) < (b.month, b.day))


def check_profile(p: Profile, today: date, size: str, locale: str) -> None:
    today_idx = today.year * 12 + today.month - 1
    ident, pl = p.identity, p.platform

    # dates: the precision real profiles have, and nothing after today
    assert _precision(ident.date_of_birth) == "day"
    for e in p.employment:
        assert _precision(e.start) == "month"
        assert e.end is None or _precision(e.end) == "month"
    for ed in p.education:
        assert _precision(ed.start) in ("year", "month") and _precision(ed.end) in ("year", "month")
    for c in p.certifications:
        assert _precision(c.date) == "month"
    for pr in p.portfolio:
        assert _precision(pr.completed) == "month"
    assert _precision(pl.member_since) == "month"
    for j in p.platform_jobs:
        assert _precision(j.start) == "month"
        assert j.end is None or _precision(j.end) == "month"
    every_date = [ident.date_of_birth, pl.member_since]
    every_date += [d for e in p.employment for d in (e.start, e.end) if d]
    every_date += [d for ed in p.education for d in (ed.start, ed.end) if d]
    every_date += [c.date for c in p.certifications if c.date]
    every_date += [pr.completed for pr in p.portfolio if pr.completed]
    every_date += [d for j in p.platform_jobs for d in (j.start, j.end) if d]
    for d in every_date:
        _not_after_today(d, today)

    # age
    lo, hi = (55, 65) if size == "large" else (22, 50)
    assert lo <= _age(ident.date_of_birth, today) <= hi

    # education: in order, from age 17-20, ending before or around the first job
    birth_year = int(ident.date_of_birth[:4])
    assert 1 <= len(p.education) <= 2
    assert 17 <= int(p.education[0].start[:4]) - birth_year <= 20
    for a, b in zip(p.education, p.education[1:], strict=False):
        assert int(b.start[:4]) >= int(a.end[:4])
    for ed in p.education:
        assert dates.sort_key(ed.start) < dates.sort_key(ed.end)
    edu_end = dates.PartialDate.parse(p.education[-1].end)
    first = dates.PartialDate.parse(p.employment[0].start)
    if edu_end.month:
        assert first.month_index() > edu_end.month_index()
    else:
        assert first.year >= edu_end.year
    edu_end_last_month = edu_end.year * 12 + (edu_end.month or 12) - 1
    assert first.month_index() - edu_end_last_month <= 6, "first job starts long after school"

    # jobs: chronological, no overlap, only the last may be current, the last current or ended recently
    jobs = p.employment
    for a, b in zip(jobs, jobs[1:], strict=False):
        assert a.end is not None and not a.current
        assert _idx(a.start) <= _idx(a.end) < _idx(b.start), f"{a.company} overlaps {b.company}"
    last = jobs[-1]
    if last.current:
        assert last.end is None
    else:
        assert last.end is not None and today_idx - _idx(last.end) <= 6
    assert all(e.company and e.title for e in jobs)
    assert sum(e.company == FREELANCE for e in jobs) <= 1
    if any(e.company == FREELANCE for e in jobs):
        assert last.company == FREELANCE and last.current

    # portfolio: inside the job it belongs to, for that employer (or a client in the freelance period)
    employers = {e.company for e in jobs if e.company != FREELANCE}
    for pr in p.portfolio:
        when = _idx(pr.completed)
        owners = [e for e in jobs if _idx(e.start) <= when <= (_idx(e.end) if e.end else today_idx)]
        assert len(owners) == 1, f"{pr.title} ({pr.completed}) is outside every job"
        owner = owners[0]
        if owner.company == FREELANCE:
            assert pr.client and pr.client not in employers
        else:
            assert pr.client == owner.company
        assert pr.role and pr.skills and pr.description
    titles = [pr.title for pr in p.portfolio]
    assert len(set(titles)) == len(titles)

    # the platform: joined before every job, work history in order, numbers that fit
    member = _idx(pl.member_since)
    starts = [_idx(j.start) for j in p.platform_jobs]
    assert starts == sorted(starts)
    for j in p.platform_jobs:
        assert member < _idx(j.start) <= today_idx
        if j.end:
            assert _idx(j.start) <= _idx(j.end) <= today_idx
        assert (j.rate is None) != (j.budget is None)
        assert j.currency == "USD"
        assert j.rating is None or 1 <= j.rating <= 5
    assert pl.platform == "Upwork" and pl.currency == "USD"
    lo_rate, hi_rate = HOURLY_RATE_RANGES[locale]
    assert lo_rate <= pl.hourly_rate <= hi_rate
    assert pl.total_jobs >= len(p.platform_jobs)
    assert 85 <= pl.job_success <= 100
    assert pl.total_earnings >= sum(j.budget or 0 for j in p.platform_jobs)
    assert 8 <= len(pl.skills) <= 15 and len(set(pl.skills)) == len(pl.skills)
    assert 1 <= len(pl.categories) <= 3 and pl.payment_methods
    assert pl.title and 2 <= pl.overview.count(". ") + 1 <= 3

    # identity
    assert ident.full_name.count(" ") >= 1
    assert ident.address.street and ident.address.city and ident.address.postal_code
    assert pl.location.endswith(", " + ident.address.country)
    assert pl.time_zone.startswith("UTC")
    assert ident.id_document_type in ("Passport", "National ID card", "Driver's license")
    assert "@" in ident.email and ident.email.isascii()
    assert ident.phone.startswith("+")
    english = [lang for lang in pl.languages if lang.name == "English"]
    assert len(english) == 1 and english[0].proficiency == pl.english_level

    # the file format accepts it unchanged
    assert p.problems() == []
    assert Profile.from_document(p.to_document()) == p


# -- determinism -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "typical"])
def test_same_arguments_give_the_same_profile(size: str) -> None:
    a = make_demo_profile(7, "de_DE", size, TODAY)
    b = make_demo_profile(7, "de_DE", size, TODAY)
    assert a == b
    assert a.to_json() == b.to_json()


def test_different_seeds_give_different_people() -> None:
    profiles = [make_demo_profile(seed, "en_US", "small", TODAY) for seed in range(8)]
    assert len({p.identity.full_name for p in profiles}) == 8
    assert len({p.to_json() for p in profiles}) == 8


def test_other_locale_or_day_changes_the_profile() -> None:
    base = make_demo_profile(3, "en_US", "small", TODAY)
    assert make_demo_profile(3, "en_GB", "small", TODAY) != base
    assert make_demo_profile(3, "en_US", "small", date(2024, 1, 10)) != base


def test_the_global_random_generator_is_left_alone() -> None:
    random.seed(1234)
    state = random.getstate()
    make_demo_profile(5, "fr_FR", "typical", TODAY)
    assert random.getstate() == state


def test_default_today_is_the_real_today() -> None:
    p = make_demo_profile(2, "en_US", "small")
    today = date.today()
    check_profile(p, today, "small", "en_US")


# -- timelines over many seeds, every locale ---------------------------------------------------------


@pytest.mark.parametrize("locale", SUPPORTED_LOCALES)
def test_timeline_holds_for_many_seeds(locale: str) -> None:
    for seed in range(30):
        check_profile(make_demo_profile(seed, locale, "small", TODAY), TODAY, "small", locale)
    for seed in range(4):
        check_profile(make_demo_profile(seed, locale, "typical", TODAY), TODAY, "typical", locale)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    seed=st.integers(min_value=0, max_value=2**63),
    locale=st.sampled_from(SUPPORTED_LOCALES),
    size=st.sampled_from(["small", "typical"]),
    today=st.dates(min_value=date(2016, 1, 1), max_value=date(2045, 12, 31)),
)
def test_timeline_holds_for_any_seed_and_day(seed: int, locale: str, size: str, today: date) -> None:
    check_profile(make_demo_profile(seed, locale, size, today), today, size, locale)


def test_a_leap_day_today_works() -> None:
    today = date(2024, 2, 29)
    for seed in range(5):
        check_profile(make_demo_profile(seed, "en_AU", "typical", today), today, "typical", "en_AU")


# -- sizes -----------------------------------------------------------------------------------------


def test_sizes_constant() -> None:
    assert DEMO_SIZES == ("small", "typical", "large")


def test_small_profile_counts() -> None:
    for seed in range(5):
        p = make_demo_profile(seed, "en_GB", "small", TODAY)
        assert len(p.employment) == 2
        assert len(p.education) == 1
        assert len(p.portfolio) == 3
        assert len(p.platform_jobs) == 3


def test_typical_profile_counts() -> None:
    seen_masters = seen_freelance = seen_employed = False
    for seed in range(25):
        p = make_demo_profile(seed, "pl_PL", "typical", TODAY)
        assert 3 <= len(p.employment) <= 5
        assert 1 <= len(p.education) <= 2
        assert 1 <= len(p.certifications) <= 3
        assert 6 <= len(p.portfolio) <= 10
        assert 8 <= len(p.platform_jobs) <= 15
        seen_masters |= len(p.education) == 2
        seen_freelance |= p.employment[-1].company == FREELANCE
        seen_employed |= p.employment[-1].company != FREELANCE
    assert seen_masters and seen_freelance and seen_employed


@pytest.fixture(scope="module")
def large() -> Profile:
    return make_demo_profile(11, "en_IN", "large", TODAY)


def test_large_profile_is_big_enough_for_benchmarks(large: Profile) -> None:
    assert len(large.employment) >= 40
    assert len(large.portfolio) >= 150
    assert len(extract_facts(large, today=TODAY)) >= 1500


def test_large_profile_has_short_contracts_and_a_consistent_timeline(large: Profile) -> None:
    check_profile(large, TODAY, "large", "en_IN")
    for e in large.employment[:-1]:
        assert 3 <= dates.months_between(e.start, e.end) <= 12


def test_large_profiles_for_other_seeds_and_locales() -> None:
    for seed, locale in ((0, "en_US"), (1, "zh_CN")):
        p = make_demo_profile(seed, locale, "large", TODAY)
        check_profile(p, TODAY, "large", locale)
        assert len(p.employment) >= 40 and len(p.portfolio) >= 150
        assert len(extract_facts(p, today=TODAY)) >= 1500


# -- careers -------------------------------------------------------------------------------------


LEVEL_WORDS = ("Junior", "Senior", "Lead", "Head", "Principal", "Director", "Art Director", "Managing Editor")


def test_titles_climb_from_junior_to_senior() -> None:
    climbed = 0
    for seed in range(20):
        p = make_demo_profile(seed, "en_US", "typical", TODAY)
        titles = [e.title for e in p.employment if e.company != FREELANCE]
        ranks = [_rank(t) for t in titles]
        assert ranks == sorted(ranks), titles
        climbed += ranks[-1] > ranks[0]
    assert climbed >= 10


def _rank(title: str) -> int:
    if title.startswith(("Junior", "Editorial Assistant", "Marketing Assistant", "Advertising Assistant",
                         "Digital Marketing Assistant")):
        return 0
    if title.startswith("Senior"):
        return 2
    if any(w in title for w in ("Lead", "Head", "Principal", "Director", "Managing Editor")):
        return 3
    return 1


def test_a_profile_stays_in_one_field() -> None:
    p = make_demo_profile(4, "en_US", "typical", TODAY)
    project_skills = {s for pr in p.portfolio for s in pr.skills}
    # the projects mostly use the skills the profile lists
    assert len(project_skills & set(p.platform.skills)) >= len(project_skills) // 2


def test_names_look_real() -> None:
    p = make_demo_profile(9, "en_US", "typical", TODAY)
    for pr in p.portfolio:
        words = pr.title.split()
        assert len(words) >= 2 and words[0][0].isupper() and words[1][0].isupper()
    for ed in p.education:
        assert any(w in ed.school for w in ("University", "Institute", "College"))
    assert all(len(e.company) > 2 for e in p.employment)
    assert not any(" a e" in j.title or " a a" in j.title for j in p.platform_jobs)


# -- locales ---------------------------------------------------------------------------------------


def _latin(text: str) -> bool:
    return all(not ch.isalpha() or "LATIN" in unicodedata.name(ch, "") for ch in text)


@pytest.mark.parametrize("locale", ["zh_CN", "ja_JP", "uk_UA"])
def test_non_latin_locales_give_latin_script(locale: str) -> None:
    for seed in range(5):
        p = make_demo_profile(seed, locale, "typical", TODAY)
        a = p.identity.address
        for text in (p.identity.full_name, a.street, a.city, a.region, p.platform.location,
                     *(e.company for e in p.employment), *(ed.school for ed in p.education)):
            assert _latin(text), text


def test_ukrainian_transliteration_follows_the_national_system() -> None:
    assert transliterate_uk("Київ") == "Kyiv"
    assert transliterate_uk("Олександр Згурський") == "Oleksandr Zghurskyi"
    assert transliterate_uk("Юлія Ярошенко") == "Yuliia Yaroshenko"


@pytest.mark.parametrize(
    ("locale", "country", "nationality", "native"),
    [
        ("en_US", "United States", "American", None),
        ("en_GB", "United Kingdom", "British", None),
        ("de_DE", "Germany", "German", "German"),
        ("zh_CN", "China", "Chinese", "Chinese"),
        ("pt_BR", "Brazil", "Brazilian", "Portuguese"),
        ("uk_UA", "Ukraine", "Ukrainian", "Ukrainian"),
        ("en_PH", "Philippines", "Filipino", None),
    ],
)
def test_identity_matches_the_country(locale: str, country: str, nationality: str, native: str | None) -> None:
    for seed in range(3):
        p = make_demo_profile(seed, locale, "small", TODAY)
        assert p.identity.address.country == country
        assert p.identity.nationality == nationality
        assert p.platform.location.endswith(f", {country}")
        names = {lang.name: lang.proficiency for lang in p.platform.languages}
        if native:
            assert names[native] == "Native or Bilingual"
        if locale in ("en_US", "en_GB"):
            assert names["English"] == "Native or Bilingual"
            assert p.identity.id_document_type != "National ID card"


@pytest.mark.parametrize(
    ("locale", "lo", "hi"),
    [("en_US", 60, 150), ("en_IN", 15, 45), ("en_PH", 15, 45), ("zh_CN", 20, 60), ("de_DE", 55, 120)],
)
def test_hourly_rates_fit_the_market(locale: str, lo: int, hi: int) -> None:
    rates = [make_demo_profile(seed, locale, "small", TODAY).platform.hourly_rate for seed in range(25)]
    assert all(lo <= r <= hi for r in rates)
    assert len(set(rates)) > 3


def test_every_supported_locale_has_a_rate_range() -> None:
    assert set(HOURLY_RATE_RANGES) == set(SUPPORTED_LOCALES)
    assert {"en_US", "en_GB", "en_IN", "zh_CN", "de_DE", "fr_FR", "es_ES", "pt_BR", "pl_PL", "uk_UA", "en_PH"} <= set(
        SUPPORTED_LOCALES
    )


# -- the file format -------------------------------------------------------------------------------


@pytest.mark.parametrize("size", ["small", "typical"])
def test_round_trip_through_json(size: str) -> None:
    for locale in SUPPORTED_LOCALES:
        p = make_demo_profile(1, locale, size, TODAY)
        again = Profile.from_json(p.to_json())
        assert again == p
        assert again.to_json() == p.to_json()


def test_facts_of_a_typical_profile() -> None:
    p = make_demo_profile(6, "es_ES", "typical", TODAY)
    facts = extract_facts(p, today=TODAY)
    cats = {f.category for f in facts}
    assert {"identity", "rate", "employment", "education", "portfolio", "skills", "languages", "platform"} <= cats
    assert any(f.attribute == "employer_at_time" for f in facts)


# -- errors ------------------------------------------------------------------------------------------


def test_unknown_size_is_refused() -> None:
    with pytest.raises(ValueError, match="size 'huge'.*small, typical, large"):
        make_demo_profile(0, "en_US", "huge", TODAY)


def test_a_locale_faker_does_not_have_is_refused() -> None:
    with pytest.raises(ValueError, match="Faker has no locale 'xx_XX'"):
        make_demo_profile(0, "xx_XX", "small", TODAY)


def test_a_faker_locale_without_demo_data_is_refused_clearly() -> None:
    with pytest.raises(ValueError, match="no demo data for the locale 'ru_RU'.*en_US"):
        make_demo_profile(0, "ru_RU", "small", TODAY)


def test_a_hyphenated_locale_is_accepted() -> None:
    assert make_demo_profile(0, "en-US", "small", TODAY) == make_demo_profile(0, "en_US", "small", TODAY)
