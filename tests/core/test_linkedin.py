"""LinkedIn data export: both header eras, Excel re-saves, zips (also broken and hostile ones)."""

from __future__ import annotations

import shutil
import struct
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from verify_coach.core.importers import detect_format, import_file, import_linkedin, limits
from verify_coach.core.importers.linkedin import csv_rows, split_degree_name
from verify_coach.core.profile import Profile, ProfileError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "linkedin"
OLD = FIXTURES / "2018-export"  # CSVs one folder down, as the 2018 zip unpacks
NEW = FIXTURES / "2024-export"  # re-saved in Excel: BOM + CRLF


def _zip(folder: Path, target: Path, *, prefix: str = "") -> Path:
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zf:
        for f in sorted(folder.rglob("*")):
            if f.is_file():
                zf.write(f, prefix + f.relative_to(folder).as_posix())
    return target


def _copy(src: Path, tmp_path: Path) -> Path:
    dst = tmp_path / src.name
    shutil.copytree(src, dst)
    return dst


def _append(path: Path, rows: str) -> None:
    crlf = path.read_bytes().endswith(b"\r\n")
    with path.open("ab") as fh:
        fh.write((rows.replace("\n", "\r\n") if crlf else rows).encode("utf-8"))


def test_fixtures_keep_their_quirks() -> None:
    """If git or an editor normalised these files, the tests below would no longer test the quirks."""
    data = (NEW / "Positions.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    assert (NEW / "Connections.csv").read_bytes().startswith(b"\xef\xbb\xbfNotes:")
    assert b"\r\n" not in (OLD / "Basic_LinkedInDataExport_11-04-2018" / "Positions.csv").read_bytes()


def test_2018_export_folder() -> None:
    r = import_file(OLD)
    p = r.profile
    assert (r.format, r.warnings) == ("linkedin", [])
    assert p.identity.full_name == "Karim Haddad"  # trailing spaces trimmed
    assert p.identity.date_of_birth == "1990-02-17"  # "Feb 17, 1990"
    a = p.identity.address
    assert (a.street, a.city, a.postal_code, a.country) == ("12 Nile Street, Apt 4", "Cairo", "11511", "Egypt")
    assert p.platform.title == "Senior Backend Engineer & Team Lead"  # &amp; unescaped
    assert p.platform.overview == "I design APIs for logistics companies.\nPython & Go, eight years."
    assert [(e.company, e.start, e.end, e.current) for e in p.employment] == [
        ("شركة النيل للبرمجيات", "2018-06", None, True),
        ("Brightline Logistics", "2015-03", "2018-05", False),
        ("Delta Soft", "2012", "2015", False),
    ]
    assert p.employment[1].description == "APIs for route planning & fleet tracking.\n- Python, Django\n- PostgreSQL"
    [edu] = p.education  # Degree Name "Bachelor of Science, Computer Engineering": split at the comma
    assert (edu.school, edu.degree, edu.field_of_study, edu.start, edu.end) == (
        "Cairo University", "Bachelor of Science", "Computer Engineering", "2008", "2012",
    )  # fmt: skip
    assert p.platform.skills == ["Python", "Django", "Go", "PostgreSQL"]  # "python" repeated: once
    assert [(x.name, x.proficiency) for x in p.platform.languages] == [
        ("Arabic", "Native or bilingual proficiency"), ("English", "Full professional proficiency"),
    ]  # fmt: skip
    assert p.platform.english_level == "Full professional proficiency"
    [project] = p.portfolio  # 2018 header: Start Date / End Date
    assert (project.title, project.start, project.end) == ("Parcel Radar", "2016-08", None)
    assert (p.identity.email, p.identity.phone) == ("karim.haddad@example.com", "+20 100 000 1234")
    assert [n.where for n in r.notes] == ["Honors.csv"]


def test_2024_export_resaved_in_excel() -> None:
    r = import_file(NEW)
    p = r.profile
    assert r.warnings == []
    assert p.identity.full_name == "Fang Wang"
    assert p.identity.date_of_birth is None  # "Apr 22": no year is ever invented
    assert any(n.where == "Profile.csv row 2" and "'Apr 22' has no year" in n.message for n in r.notes)
    a = p.identity.address
    assert (a.city, a.region, a.country, a.postal_code) == ("Shenzhen", "Guangdong", "China", "518000")
    assert p.platform.title == "Full-Stack Developer | React & Node.js"
    assert p.platform.overview.startswith("全栈开发工程师")
    lead = p.employment[0]
    assert (lead.company, lead.title, lead.start, lead.current) == ("深圳星河科技有限公司", "Lead Developer", "2021-06", True)
    assert lead.description == "带领五人团队。\nLed a team of five.\n\nShipped the checkout rewrite."  # CRLF inside quotes
    assert [e.company for e in p.employment] == ["深圳星河科技有限公司", "Harbor & Stone Ltd.", "Pearl River Apps"]
    assert (p.employment[2].start, p.employment[2].end) == ("2016", "2016")
    assert [(e.school, e.degree, e.field_of_study, e.start, e.end) for e in p.education] == [
        ("Sun Yat-sen University", "Bachelor of Engineering", "Software Engineering", "2012-08", "2016-06"),
    ]  # Degree Name "Bachelor of Engineering - BE, Software Engineering": LinkedIn's " - BE" is dropped
    assert [(c.name, c.issuer, c.date) for c in p.certifications] == [
        ("AWS Certified Developer – Associate", "Amazon Web Services (AWS)", "2022-01"),
        ("Professional Scrum Master I", "Scrum.org", "2018"),
    ]
    assert [(x.title, x.start, x.end) for x in p.portfolio] == [
        ("Checkout Rewrite", "2022-05", "2022-11"), ("Harbor Inventory", "2019", None),
    ]  # fmt: skip
    assert p.identity.email == "fang.wang@example.com"  # the Primary one, not the first
    assert p.identity.phone == "+86 755 0000 0000"  # PhoneNumbers.csv, blank row skipped
    assert p.platform.skills == ["React.js", "Node.js", "TypeScript"]


@pytest.mark.parametrize("folder", [OLD, NEW], ids=["2018", "2024"])
@pytest.mark.parametrize("prefix", ["", "Basic_LinkedInDataExport_01-02-2024/"], ids=["root", "subfolder"])
def test_the_zip_gives_the_same_profile_as_the_folder(tmp_path: Path, folder: Path, prefix: str) -> None:
    zipped = _zip(folder, tmp_path / "export.zip", prefix=prefix)
    assert detect_format(zipped) == "linkedin"
    from_zip = import_file(zipped)
    assert from_zip.profile == import_file(folder).profile
    assert from_zip.source == str(zipped)
    assert Profile.from_document(from_zip.profile.to_document()) == from_zip.profile


def test_bad_rows_are_skipped_with_file_and_row(tmp_path: Path) -> None:
    folder = _copy(NEW, tmp_path)
    _append(folder / "Positions.csv", "Smarch Corp,Dev,,,Smarch 2019,\nBackwards Ltd,Dev,,,Jun 2020,Jan 2019\n,Nameless,,,2019,\n")
    r = import_file(folder)
    # rows as a spreadsheet shows them: header = row 1, a multi-line description stays in one row
    assert [(w.where, w.message) for w in r.warnings] == [
        ("Positions.csv row 5", "Started On: 'Smarch 2019': 'smarch' is not a month"),
        ("Positions.csv row 6", "ends (2019-01) before it starts (2020-06)"),
        ("Positions.csv row 7", "no Company Name"),
    ]
    assert len(r.profile.employment) == 3  # the good rows are all there
    assert str(r.warnings[0]).startswith(f"{folder}: Positions.csv row 5: ")
    with pytest.raises(ProfileError) as err:
        import_file(folder, strict=True)
    assert (err.value.source, err.value.where) == (str(folder), "Positions.csv row 5")


@pytest.mark.parametrize(
    ("degree_name", "degree", "field_of_study"),
    [
        ("Bachelor of Science - BS, Computer Science", "Bachelor of Science", "Computer Science"),
        ("Master's degree, Data Science", "Master's degree", "Data Science"),
        ("BSc Computer Science", "BSc Computer Science", ""),  # no separator: all of it is the degree
        ("Master of Business Administration - MBA", "Master of Business Administration", ""),
        ("Doctor of Philosophy - PhD, Molecular Biology, Genetics", "Doctor of Philosophy", "Molecular Biology, Genetics"),
        ("Bachelor of Technology - B.Tech, Mechanical Engineering", "Bachelor of Technology", "Mechanical Engineering"),
        ("Bachelor of Laws - LLB", "Bachelor of Laws", ""),
        ("Diploma - IT, Networking", "Diploma - IT", "Networking"),  # "IT" is no abbreviation of "Diploma"
        ("Diploma - IT", "Diploma - IT", ""),
        ("Bachelor of Science,", "Bachelor of Science", ""),
        (", Computer Science", "", "Computer Science"),
        ("", "", ""),
    ],
)
def test_degree_name_is_split_into_degree_and_field_of_study(degree_name: str, degree: str, field_of_study: str) -> None:
    assert split_degree_name(degree_name) == (degree, field_of_study)


def test_education_rows_get_degree_and_field_of_study(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Profile.csv").write_text("First Name,Last Name\nAna,Ruiz\n", encoding="utf-8")
    (folder / "Education.csv").write_text(
        "School Name,Start Date,End Date,Notes,Degree Name,Activities\n"
        '"Universidad de Buenos Aires",2008,2013,,"Bachelor of Arts - BA, Economics",\n'
        "ITBA,2014,2016,,\"Master's degree, Data Science\",\n"
        "UTN,2017,2018,,BSc Computer Science,\n"
        "Colegio Nacional,,2007,,,\n",
        encoding="utf-8",
    )
    r = import_file(folder)
    assert r.warnings == []
    assert [(e.school, e.degree, e.field_of_study) for e in r.profile.education] == [
        ("Universidad de Buenos Aires", "Bachelor of Arts", "Economics"),
        ("ITBA", "Master's degree", "Data Science"),
        ("UTN", "BSc Computer Science", ""),
        ("Colegio Nacional", "", ""),
    ]


def test_notes_preamble_before_the_header_is_skipped_and_counted_in_row_numbers() -> None:
    text = 'Notes:\n"When exporting, some data may be missing."\n\nCompany Name,Title,Started On\nAcme,Dev,2019\n'
    assert list(csv_rows(text, ("company name", "title", "started on"))) == [
        (5, {"company name": "Acme", "title": "Dev", "started on": "2019"}),
    ]  # fmt: skip


def test_excel_variants_semicolons_and_windows_encoding(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    folder.mkdir()
    (folder / "Positions.csv").write_bytes("Company Name;Title;Started On;Finished On\r\nCafé Noir;Barista;2015;2016\r\n".encode("cp1252"))
    r = import_file(folder)
    assert [(e.company, e.start, e.end) for e in r.profile.employment] == [("Café Noir", "2015", "2016")]
    assert [n.where for n in r.notes] == ["Positions.csv"] and "not UTF-8" in r.notes[0].message
    (folder / "Positions.csv").write_bytes("Company Name\tTitle\tStarted On\r\n北京小米\tDev\tJun 2018\r\n".encode("utf-16"))
    r = import_file(folder)
    assert [(e.company, e.start) for e in r.profile.employment] == [("北京小米", "2018-06")]  # UTF-16 + tabs


def test_a_broken_file_inside_the_export_is_skipped(tmp_path: Path) -> None:
    folder = _copy(NEW, tmp_path)
    (folder / "Skills.csv").write_bytes(b"\x00\x01binary\x00")
    (folder / "Languages.csv").write_text("just some words\nwithout a header\n", encoding="utf-8")
    (folder / "Education.csv").write_text("Start Date,End Date,Degree Name\n2010,2014,BSc\n", encoding="utf-8")
    r = import_file(folder)
    assert [(w.where, w.message) for w in r.warnings] == [
        ("Education.csv", "has no School Name column"),
        ("Skills.csv", "this is a binary file, not CSV text"),
        ("Languages.csv", "no header row found (expected columns such as Name, Proficiency)"),
    ]
    assert r.profile.identity.full_name == "Fang Wang" and r.profile.platform.skills == []


def test_a_zip_that_is_no_linkedin_export(tmp_path: Path) -> None:
    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("holiday.jpg", b"\xff\xd8\xff")
        zf.writestr("notes.csv", "a,b\n1,2\n")
    with pytest.raises(ProfileError, match="not a LinkedIn data export: it has neither Profile.csv nor Positions.csv"):
        import_file(path)


def test_an_export_with_nothing_in_it(tmp_path: Path) -> None:
    path = tmp_path / "empty-export.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Profile.csv", "First Name,Last Name,Headline\n")
        zf.writestr("Positions.csv", "Company Name,Title,Description,Location,Started On,Finished On\n")
    with pytest.raises(ProfileError, match="found nothing to import"):
        import_file(path)


@pytest.mark.parametrize("keep", [0.3, 0.7, 0.98])
def test_truncated_zip_is_reported_as_damaged(tmp_path: Path, keep: float) -> None:
    data = _zip(NEW, tmp_path / "full.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: int(len(data) * keep)])
    assert detect_format(cut) == "linkedin"  # it starts like a zip
    with pytest.raises(ProfileError, match="damaged or incomplete") as err:
        import_file(cut)
    assert err.value.source == str(cut)


def test_corrupt_member_is_reported_as_damaged(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Positions.csv", "Company Name,Title,Started On\n" + "Acme,Dev,2019\n" * 200)
    data = bytearray(path.read_bytes())
    start = data.index(b"Positions.csv") + len("Positions.csv")
    for i in range(start + 5, start + 60):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    with pytest.raises(ProfileError, match="Positions.csv: the zip file is damaged"):
        import_file(path)


def test_zip_bomb_is_refused_by_its_compression_ratio(tmp_path: Path) -> None:
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Profile.csv", "First Name,Last Name\nA,B\n")
        zf.writestr("Positions.csv", b"Company Name\n" + b"\n" * (4 * 1024 * 1024))  # 4 MiB of newlines → ~4 KiB
    with pytest.raises(ProfileError, match="Positions.csv is compressed suspiciously well"):
        import_file(path)


def test_member_larger_than_the_limit_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Profile.csv", "First Name,Last Name\nA,B\n")
        zf.writestr("Positions.csv", b"Company Name\n" + b"\n" * (limits.MAX_CSV_BYTES + 10))
    with pytest.raises(ProfileError, match="Positions.csv is too large"):
        import_file(path)


def test_zip_whose_header_lies_about_the_size_is_not_read_past_the_cap(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_CSV_BYTES", 64 * 1024)
    path = tmp_path / "liar.zip"
    body = b"Company Name\n" + b"Acme\n" * 100_000  # ~500 KiB, far above the lowered cap
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("Positions.csv", body)
    data = bytearray(path.read_bytes())
    # claim 1000 bytes in both the local header (offset 22) and the central directory entry (offset 24)
    local = data.index(b"PK\x03\x04")
    struct.pack_into("<L", data, local + 22, 1000)
    central = data.index(b"PK\x01\x02")
    struct.pack_into("<L", data, central + 24, 1000)
    path.write_bytes(bytes(data))
    with pytest.raises(ProfileError) as err:
        import_file(path)
    assert "damaged" in str(err.value) or "zip bomb" in str(err.value)


def test_too_many_members_and_too_much_declared_content(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("Profile.csv", "First Name,Last Name\nA,B\n")
        for i in range(20):
            zf.writestr(f"junk/{i}.txt", "x" * 1000)
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 10)
    with pytest.raises(ProfileError, match="holds 21 files"):
        import_file(path)
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 100)
    monkeypatch.setattr(limits, "MAX_ZIP_TOTAL_BYTES", 5000)
    with pytest.raises(ProfileError, match="would unpack to"):
        import_file(path)


def test_import_linkedin_directly_and_strict_passes_a_clean_export() -> None:
    r = import_linkedin(NEW, strict=True)
    assert r.format == "linkedin" and r.profile.identity.full_name == "Fang Wang"


# -- property tests ------------------------------------------------------------------------------

_CSV_CELLS = st.sampled_from(
    ["", "Acme", "Jun 2018", "2017", "Apr 22", "2019-13", "Smarch 2019", "Present", "&amp;", "a\nb", '"', "Yes", "  ", "é"]
) | st.text(max_size=10)
_CSV_TEXT = st.lists(st.lists(_CSV_CELLS, min_size=1, max_size=7), max_size=6).map(
    lambda rows: "\n".join(",".join('"' + c.replace('"', '""') + '"' if ("," in c or "\n" in c) else c for c in r) for r in rows)
)
_HEADERS = [
    "Company Name,Title,Description,Location,Started On,Finished On",
    "First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location",
    "School Name,Start Date,End Date,Notes,Degree Name,Activities",
    "Title,Description,Url,Start Date,End Date",
    "Name,Url,Authority,Started On,Finished On,License Number",
    "Name,Proficiency",
    "Email Address,Confirmed,Primary,Updated On",
]
_FILE_NAMES = ["Positions.csv", "Profile.csv", "Education.csv", "Projects.csv", "Certifications.csv", "Languages.csv", "Email Addresses.csv", "Skills.csv", "PhoneNumbers.csv"]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    name=st.sampled_from(_FILE_NAMES),
    header=st.sampled_from(_HEADERS),
    body=_CSV_TEXT,
    bom=st.booleans(),
)
def test_random_csv_text_never_crashes(tmp_path: Path, name: str, header: str, body: str, bom: bool) -> None:
    folder = tmp_path / "export"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / "Profile.csv").write_text("First Name,Last Name\nAna,Ruiz\n", encoding="utf-8")
    (folder / name).write_bytes((b"\xef\xbb\xbf" if bom else b"") + (header + "\n" + body).encode("utf-8", "surrogatepass"))
    _import_or_profile_error(folder)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.sampled_from(_FILE_NAMES), data=st.binary(max_size=400))
def test_random_bytes_in_a_csv_never_crash(tmp_path: Path, name: str, data: bytes) -> None:
    folder = tmp_path / "export"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    (folder / name).write_bytes(data)
    _import_or_profile_error(folder)
    zipped = tmp_path / "export.zip"
    with zipfile.ZipFile(zipped, "w") as zf:
        zf.writestr(name, data)
    _import_or_profile_error(zipped)


def _import_or_profile_error(path: Path) -> None:
    try:
        result = import_file(path)
    except ProfileError:
        return
    assert Profile.from_document(result.profile.to_document()) == result.profile
    result.profile.to_json().encode("utf-8")
