"""Importers: format detection, JSON Resume (real sample files), partial success, limits, property tests."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify_coach.core.importers import (
    ImportIssue,
    ImportResult,
    detect_format,
    import_file,
    import_jsonresume,
    import_native,
    jsonresume,
    limits,
)
from verify_coach.core.importers.base import DateProblem, NoYear, parse_date
from verify_coach.core.profile import Employment, Profile, ProfileError

SHARED_FIXTURES = Path(__file__).resolve().parents[2].parent / "shared" / "fixtures"
JSONRESUME = SHARED_FIXTURES / "jsonresume"
needs_shared = pytest.mark.skipif(
    not JSONRESUME.is_dir(), reason=f"shared fixtures not found at {JSONRESUME} (../shared next to the repo)"
)


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    p = tmp_path / name
    p.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return p


def _resume(tmp_path: Path, doc: object, name: str = "resume.json") -> Path:
    return _write(tmp_path, name, json.dumps(doc, ensure_ascii=False))


def _roundtrips(profile: Profile) -> None:
    assert Profile.from_document(profile.to_document()) == profile
    profile.to_json().encode("utf-8")  # saving must not fail (no lone surrogates...)


# -- the real JSON Resume files ------------------------------------------------------------------


@needs_shared
def test_official_sample_maps_every_section_we_keep() -> None:
    r = import_file(JSONRESUME / "official-sample.resume.json")
    p = r.profile
    assert (r.format, r.warnings) == ("jsonresume", [])
    assert p.identity.full_name == "Richard Hendriks"
    assert (p.identity.email, p.identity.phone) == ("richard.hendriks@mail.com", "(912) 555-4321")
    a = p.identity.address
    assert (a.street, a.city, a.region, a.postal_code, a.country) == (
        "2712 Broadway St", "San Francisco", "California", "CA 94115", "United States",
    )  # fmt: skip
    assert p.platform.title == "Programmer"
    assert p.platform.overview.startswith("Richard hails from Tulsa.")
    [job] = p.employment
    assert (job.company, job.title, job.start, job.end, job.current) == (
        "Pied Piper", "CEO/President", "2013-12-01", "2014-12-01", False,
    )  # fmt: skip
    assert job.location == "Palo Alto, CA"
    assert job.description.startswith("Pied Piper is a multi-platform technology")
    assert "- Successfully won Techcrunch Disrupt" in job.description.split("\n")
    [edu] = p.education
    assert (edu.school, edu.degree, edu.field_of_study, edu.start, edu.end) == (
        "University of Oklahoma", "Bachelor", "Information Technology", "2011-06-01", "2014-01-01",
    )  # fmt: skip
    [project] = p.portfolio
    assert (project.title, project.client, project.role) == ("Miss Direction", "Smoogle", "Team lead, Designer")
    assert project.skills == ["GoogleMaps", "Chrome Extension", "Javascript"]
    assert (project.start, project.end) == ("2016-08-24", "2016-08-24")
    # a skill group's name ("Web Development") is a category; its keywords are the skills
    assert p.platform.skills == ["HTML", "CSS", "Javascript", "Mpeg", "MP4", "GIF"]
    assert [(lang.name, lang.proficiency) for lang in p.platform.languages] == [("English", "Native speaker")]
    assert p.platform.english_level == "Native speaker"
    # volunteering is not employment; awards and the rest are mentioned, not imported
    assert all(e.company != "CoderDojo" for e in p.employment)
    assert {n.where for n in r.notes} >= {"volunteer", "awards", "publications"}


@needs_shared
def test_pre_1_0_keys_partial_dates_and_current_job() -> None:
    r = import_file(JSONRESUME / "fresh-test-jane-fullstacker.jrs.json")
    p = r.profile
    assert r.warnings == []
    assert p.identity.full_name == "Jane Q. Fullstacker"
    assert [e.company for e in p.employment] == ["Area 52", "Veridian Dynamics", "Stark Industries", "Dunder Mifflin"]
    assert [e.start for e in p.employment] == ["2013-09", "2011-07", "2008-10", "2008-06"]
    area52 = p.employment[0]
    assert (area52.title, area52.current, area52.end) == ("Head Code Ninja", True, None)
    assert [e.current for e in p.employment[1:]] == [False, False, False]
    assert p.employment[1].end == "2013-08"
    # multi-line postal address: the name and the city line are not part of the street
    a = p.identity.address
    assert (a.street, a.city, a.region, a.postal_code, a.country) == (
        "123 Somewhere Rd.", "Mountain View", "CA", "94035", "United States",
    )  # fmt: skip
    assert [(e.school, e.start, e.end) for e in p.education][0] == ("Cornell University", "2005-09", "2008-05")
    # old "level" instead of "fluency"
    assert [(x.name, x.proficiency) for x in p.platform.languages] == [("English", "Native"), ("Spanish", "Moderate")]
    assert "Technology for Tots" not in {e.company for e in p.employment}
    assert p.platform.skills[:3] == ["JavaScript", "HTML 5", "CSS"]
    assert "Web" not in p.platform.skills and "Database" not in p.platform.skills  # group names are categories
    assert p.platform.skills.count("JavaScript") == 1


@needs_shared
def test_real_resume_with_country_name_instead_of_code() -> None:
    r = import_file(JSONRESUME / "real-roee-shapira.resume.json")
    p = r.profile
    assert r.warnings == []
    assert p.identity.full_name == "Roee Shapira"
    assert (p.identity.address.city, p.identity.address.country) == ("K. Ono", "Israel")
    assert [(e.company, e.start, e.end, e.current) for e in p.employment] == [
        ("Gong.io", "2019-04-30", None, True),
        ("NGSoft", "2018-10-30", "2019-04-29", False),
    ]
    assert p.employment[0].location == "Ramat Gan"
    assert [(e.school, e.degree, e.field_of_study) for e in p.education] == [
        ("John Bryce", "", "Full Stack Development"),
        ("Technion - Israel Institute of Technology", "BSc.", "Chemical Eng."),
    ]
    assert p.portfolio == []  # "projects": []
    assert [x.name for x in p.platform.languages] == ["English", "Hebrew"]


@needs_shared
def test_real_resume_with_legacy_company_key_and_certificates() -> None:
    r = import_file(JSONRESUME / "real-diego-parra.resume.json")
    p = r.profile
    assert r.warnings == []
    assert p.identity.full_name == "Diego Miguel Parra Nava"
    assert p.platform.title == "DevOps & Infrastructure Engineer"
    assert [(e.company, e.start, e.end, e.current) for e in p.employment] == [
        ("Devoteam", "2025-03", None, True),
        ("Agiliza", "2023-09", "2023-12", False),
    ]
    assert p.employment[0].description.startswith("- Led critical migration tasks (AWS to GCP)")
    # region "Spain" repeats the country: kept once, as the country
    assert (p.identity.address.city, p.identity.address.region, p.identity.address.country) == ("Gijon", "", "Spain")
    assert [(c.name, c.issuer, c.date) for c in p.certifications] == [
        ("Professional Cloud Architect", "Google", "2025-01"),
        ("DevOps para procesos ágiles", "Boolean Academia", "2025-01"),
    ]
    assert [pr.title for pr in p.portfolio] == ["resumeJson", "Waypaper Engine"]
    assert p.portfolio[0].start == "2024-11" and p.portfolio[0].end is None
    assert p.platform.english_level == "C2"


@needs_shared
@pytest.mark.parametrize("path", sorted(JSONRESUME.glob("*.json")) if JSONRESUME.is_dir() else [], ids=lambda p: p.name)
def test_every_shared_resume_imports_and_round_trips(path: Path) -> None:
    r = import_file(path)
    assert r.format == "jsonresume" and r.source == str(path)
    assert r.profile.identity.full_name and r.profile.employment
    _roundtrips(r.profile)


# -- JSON Resume details -------------------------------------------------------------------------


def test_extension_key_fills_what_json_resume_lacks(tmp_path: Path) -> None:
    ext = {
        "platform": "Upwork", "hourlyRate": 45, "currency": "eur", "dateOfBirth": "1990-04-12",
        "nationality": "Chinese", "idDocumentType": "Passport", "memberSince": "2021-04",
        "timeZone": "UTC+08:00", "paymentMethods": ["Payoneer", "Wire transfer"], "totalJobs": 14,
        "totalEarnings": "38,500", "jobSuccess": "96%", "categories": ["Web Development"],
        "platformJobs": [{"title": "Parcel API", "client": "Brightline", "startDate": "2022-02", "rate": 40, "rating": 5}],
    }  # fmt: skip
    r = import_file(_resume(tmp_path, {"basics": {"name": "Wei Zhang"}, "x-verify-coach": ext}))
    p = r.profile
    assert r.warnings == []
    assert (p.platform.hourly_rate, p.platform.currency, p.platform.member_since) == (45.0, "EUR", "2021-04")
    assert (p.identity.date_of_birth, p.identity.nationality, p.identity.id_document_type) == (
        "1990-04-12", "Chinese", "Passport",
    )  # fmt: skip
    assert (p.platform.total_jobs, p.platform.total_earnings, p.platform.job_success) == (14, 38500.0, 96)
    assert p.platform.payment_method_names() == ["Payoneer", "Wire transfer"]
    assert p.platform.time_zone == "UTC+08:00"
    [job] = p.platform_jobs
    assert (job.title, job.client, job.start, job.rate, job.rating, job.currency) == (
        "Parcel API", "Brightline", "2022-02", 40.0, 5.0, "EUR",
    )  # fmt: skip


def test_extension_key_under_meta_and_bad_values_are_reported(tmp_path: Path) -> None:
    doc = {
        "basics": {"name": "Wei Zhang"},
        "meta": {"x-verify-coach": {"hourly_rate": -5, "currency": "dollars", "dateOfBirth": "1990-02-30", "timeZone": "UTC+8", "shoeSize": 42}},
    }
    r = import_file(_resume(tmp_path, doc))
    assert r.profile.platform.time_zone == "UTC+8"
    assert r.profile.platform.hourly_rate is None and r.profile.identity.date_of_birth is None
    wheres = {w.where for w in r.warnings}
    assert wheres == {"meta.x-verify-coach.hourly_rate", "meta.x-verify-coach.currency", "meta.x-verify-coach.dateOfBirth"}
    assert any("February 1990 has no day 30" in w.message for w in r.warnings)
    assert [n.where for n in r.notes] == ["meta.x-verify-coach.shoeSize"]


def test_timestamps_are_cut_to_the_date_and_present_means_current(tmp_path: Path) -> None:
    doc = {"work": [
        {"name": "Acme", "startDate": "2019-03-14T00:00:00Z", "endDate": "2020-01-31T12:30:00+02:00"},
        {"name": "Beta", "startDate": "2020-02", "endDate": "Present"},
        {"name": "Gamma", "startDate": 2016, "endDate": "2018"},
    ]}  # fmt: skip
    p = import_file(_resume(tmp_path, doc)).profile
    assert [(e.start, e.end, e.current) for e in p.employment] == [
        ("2019-03-14", "2020-01-31", False), ("2020-02", None, True), ("2016", "2018", False),
    ]  # fmt: skip


def test_bad_entries_are_skipped_with_a_warning_naming_file_entry_and_problem(tmp_path: Path) -> None:
    doc = {
        "basics": {"name": "Ana Ruiz"},
        "work": [
            {"name": "Good One", "startDate": "2018-01"},
            {"name": "Bad Month", "startDate": "2019-13"},
            {"name": "Backwards", "startDate": "2020-05", "endDate": "2019-01"},
            {"position": "No company"},
            "Acme 2019-2021",
        ],
    }
    path = _resume(tmp_path, doc)
    r = import_file(path)
    assert [e.company for e in r.profile.employment] == ["Good One"]
    assert [(w.where, w.message) for w in r.warnings] == [
        ("work[1].startDate", "'2019-13': there is no month 13"),
        ("work[2]", "ends (2019-01) before it starts (2020-05)"),
        ("work[3]", "no company name (name)"),
        ("work[4]", "expected an object, found text"),
    ]
    assert str(r.warnings[0]) == f"{path}: work[1].startDate: '2019-13': there is no month 13"
    assert all(isinstance(w, ImportIssue) and w.source == str(path) for w in r.warnings)


def test_strict_raises_for_the_first_bad_entry(tmp_path: Path) -> None:
    path = _resume(tmp_path, {"basics": {"name": "Ana"}, "work": [{"name": "Ok"}, {"name": "Bad", "endDate": "2019-13"}]})
    with pytest.raises(ProfileError) as err:
        import_file(path, strict=True)
    assert (err.value.source, err.value.where) == (str(path), "work[1].endDate")
    assert "no month 13" in str(err.value)


def test_wrong_types_are_reported_not_crashed(tmp_path: Path) -> None:
    doc = {"basics": {"name": 42, "label": "Designer"}, "work": "Acme 2019-2021", "skills": [{"name": ["x"]}]}
    r = import_file(_resume(tmp_path, doc))
    assert r.profile.platform.title == "Designer"
    assert r.profile.identity.full_name == ""
    assert [(w.where, w.message) for w in r.warnings] == [
        ("basics.name", "expected text, found a number"),
        ("work", "expected a list of entries, found text"),
        ("skills[0].name", "expected text, found a list"),
    ]


def test_a_number_too_large_for_a_float_is_read_not_crashed(tmp_path: Path) -> None:
    """A phone "number" of 400 digits (JSON allows it): math.isfinite() raised OverflowError on it
    (found by benchmarks/fault_campaign.py, hostile_imports)."""
    huge = 10**400
    f = tmp_path / "huge.json"
    doc = {"basics": {"name": "Ada Lovelace", "phone": huge, "profiles": [{"network": "x", "username": huge}]},
           "work": [{"name": "Acme", "position": "Dev", "startDate": "2019", "highlights": [huge]}]}
    f.write_text(json.dumps(doc), encoding="utf-8")  # Python writes the 401 digits as they are
    r = import_file(f)
    assert r.profile.identity.full_name == "Ada Lovelace"
    assert r.profile.identity.phone == str(huge)


def test_import_that_finds_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="found nothing to import.*work\\[0\\]"):
        import_file(_resume(tmp_path, {"basics": {}, "work": [{"startDate": "2019"}]}))


def test_country_codes_are_written_out_and_unknown_values_kept(tmp_path: Path) -> None:
    for code, expected in (("cn", "China"), ("GB", "United Kingdom"), ("XK", "XK"), ("Deutschland", "Deutschland")):
        doc = {"basics": {"name": "A B", "location": {"countryCode": code}}}
        assert import_file(_resume(tmp_path, doc)).profile.identity.address.country == expected


def test_import_jsonresume_refuses_a_document_that_is_not_one(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="not a JSON Resume"):
        import_jsonresume(_resume(tmp_path, {"hello": "world"}))
    with pytest.raises(ProfileError, match="JSON object, not a JSON array|not a list"):
        jsonresume.from_document([1, 2])


# -- detection and file-level errors ---------------------------------------------------------------


def test_detect_format_reads_content_not_the_extension(tmp_path: Path) -> None:
    native = Profile.model_validate({"identity": {"full_name": "Wei Zhang"}})
    native_path = tmp_path / "mine.txt"
    native_path.write_text(native.to_json(), encoding="utf-8")
    assert detect_format(native_path) == "native"
    assert detect_format(_resume(tmp_path, {"basics": {"name": "A"}}, "resume.txt")) == "jsonresume"
    zipped = tmp_path / "export.json"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr("Profile.csv", "First Name,Last Name\nWei,Zhang\n")
    assert detect_format(zipped) == "linkedin"
    assert detect_format(_write(tmp_path, "paste.txt", "Wei Zhang\nChengdu, China\n")) == "text"


def test_native_files_import_unchanged(tmp_path: Path) -> None:
    profile = Profile.model_validate(
        {"identity": {"full_name": "Wei Zhang"}, "employment": [{"company": "Acme", "start": "2019-03"}]}
    )
    path = tmp_path / "wei.json"
    profile.save(path)
    for result in (import_file(path), import_native(path)):
        assert isinstance(result, ImportResult)
        assert (result.format, result.profile, result.warnings) == ("native", profile, [])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("cut.json", '{"basics": {"name": "Ana", "label": "Dev"', "ends too early"),
        ("list.json", '[{"basics": {}}]', "holds a list"),
        ("empty.json", "", "empty"),
        ("blank.json", "   \n", "empty"),
        ("binary.json", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
        ("latin1.json", '{"basics": {"name": "Jos\xe9"}}'.encode("latin-1"), "not UTF-8"),
        ("other.json", '{"name": "x", "version": 3}', "but neither a verify_coach profile"),
        ("number.json", "42", "holds a number"),
        ("deep.json", "[" * 100_000, "JSON"),
        ("newer.json", '{"format": "verify_coach.profile", "version": 99}', "newer verify_coach"),
        ("Positions.csv", "Company Name,Title\nAcme,Dev\n", "single CSV file"),
        ("fake.zip", "this is not a zip", "not a zip file"),
        ("photo.png", "hello", "not a format I can import"),
    ],
)
def test_bad_files_raise_a_clear_profile_error(tmp_path: Path, name: str, content: str | bytes, message: str) -> None:
    path = _write(tmp_path, name, content)
    with pytest.raises(ProfileError) as err:
        import_file(path)
    assert message in str(err.value)
    assert err.value.source == str(path)


def test_missing_file_and_plain_folder(tmp_path: Path) -> None:
    with pytest.raises(ProfileError, match="no such file"):
        import_file(tmp_path / "nope.json")
    with pytest.raises(ProfileError, match="not a LinkedIn data export"):
        import_file(tmp_path)


def test_large_files_are_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = _resume(tmp_path, {"basics": {"name": "A" * 5000}})
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 1024)
    with pytest.raises(ProfileError, match="too large"):
        import_file(path)


def test_too_many_entries_are_cut_with_a_warning(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ENTRIES", 3)
    r = import_file(_resume(tmp_path, {"work": [{"name": f"Company {i}"} for i in range(5)]}))
    assert len(r.profile.employment) == 3
    assert [(w.where, w.message) for w in r.warnings] == [("work", "5 entries; only the first 3 were read")]


# -- dates ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("2016", "2016"), ("2018-7", "2018-07"), ("2019-03-14T00:00:00Z", "2019-03-14"), ("03/2019", "2019-03"),
        ("Jun 2018", "2018-06"), ("September 2022", "2022-09"), ("Sept. 2022", "2022-09"),
        ("Feb 17, 1998", "1998-02-17"), ("04 Jul 2023", "2023-07-04"), ("", None),
    ],
)  # fmt: skip
def test_parse_date_reads_resume_and_export_spellings(text: str, iso: str | None) -> None:
    assert parse_date(text) == iso


def test_parse_date_never_invents_a_year_and_refuses_impossible_dates() -> None:
    with pytest.raises(NoYear):
        parse_date("Apr 22")
    for bad in ("2019-13", "2019-02-30", "Smarch 2019", "13/2019", "next year", "1850"):
        with pytest.raises(DateProblem):
            parse_date(bad)


# -- property tests ------------------------------------------------------------------------------

_FIELDS = st.sampled_from(
    [
        "name", "company", "position", "startDate", "endDate", "summary", "highlights", "location", "institution",
        "studyType", "area", "keywords", "language", "fluency", "level", "roles", "entity", "date", "issuer",
        "countryCode", "city", "address", "postalCode", "email", "phone", "label", "hourlyRate", "currency",
        "dateOfBirth", "platformJobs", "title", "client", "rate", "rating", "jobSuccess", "totalJobs",
    ]
)  # fmt: skip
_DATES = st.sampled_from(["2019", "2019-03", "2019-13", "2019-03-14T00:00:00Z", "Present", "", "Mar 2019", "Apr 22", "2019-02-30"])
_LEAF = (
    st.none() | st.booleans() | st.integers(-(10**6), 10**6) | st.floats() | st.text(max_size=12) | _DATES
)
_ENTRY = st.dictionaries(_FIELDS, _LEAF | st.lists(_LEAF, max_size=3), max_size=6)
_SECTION = st.lists(_ENTRY | _LEAF, max_size=4) | _ENTRY | _LEAF
_RESUME = st.dictionaries(
    st.sampled_from([*jsonresume.SECTIONS, "x-verify-coach", "meta"]), _SECTION | st.dictionaries(_FIELDS, _SECTION, max_size=4), min_size=1, max_size=6
)
_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
    lambda c: st.lists(c, max_size=4) | st.dictionaries(st.text(max_size=8), c, max_size=4),
    max_leaves=20,
)


def _import_or_profile_error(doc: object) -> None:
    try:
        result = jsonresume.from_document(doc, source="t.json")
    except ProfileError:
        return
    _roundtrips(result.profile)


@settings(max_examples=300, deadline=None)
@given(_RESUME)
def test_json_resume_shaped_documents_never_crash(doc: dict) -> None:
    _import_or_profile_error(doc)


@settings(max_examples=150, deadline=None)
@given(_JSON)
def test_any_json_value_never_crashes(doc: object) -> None:
    _import_or_profile_error(doc)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.binary(max_size=300) | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_file_content_never_crashes(tmp_path: Path, data: bytes) -> None:
    for name in ("x.json", "x.txt", "x.zip"):
        path = tmp_path / name
        path.write_bytes(data)
        try:
            result = import_file(path)
        except ProfileError:
            continue
        _roundtrips(result.profile)


def test_results_hold_valid_entries_only(tmp_path: Path) -> None:
    r = import_file(_resume(tmp_path, {"work": [{"name": "A", "startDate": "2019", "endDate": "2018"}, {"name": "B"}]}))
    assert r.profile.employment == [Employment(company="B", current=True)]


def test_a_skill_group_name_is_a_category_and_a_bare_name_is_a_skill():
    from verify_coach.core.importers.jsonresume import from_document

    doc = {"basics": {"name": "A B"}, "skills": [
        {"name": "Backend", "keywords": ["Python", "Django"]}, {"name": "Frontend", "keywords": ["Vue"]},
        {"name": "Go"}, "Rust"]}
    assert from_document(doc).profile.platform.skills == ["Python", "Django", "Vue", "Go", "Rust"]
