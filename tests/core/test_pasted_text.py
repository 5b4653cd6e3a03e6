"""Pasted profile text (an Upwork page copied as text) → a draft profile."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from verify_coach.core.importers import import_file, import_text, limits
from verify_coach.core.profile import Profile, ProfileError

PASTED = Path(__file__).resolve().parents[1] / "fixtures" / "pasted"


def _read(name: str) -> str:
    return (PASTED / name).read_text(encoding="utf-8")


def test_full_upwork_page_with_navigation_and_stats() -> None:
    r = import_text(_read("upwork-full-page.txt"))
    p = r.profile
    assert (r.format, r.source, r.warnings) == ("text", "pasted text", [])
    assert p.identity.full_name == "Wei Zhang"  # not "Messages" from the navigation bar above it
    assert p.platform.location == "Chengdu, China"
    assert (p.identity.address.city, p.identity.address.country) == ("Chengdu", "China")
    assert p.platform.title == "Full-Stack Python Developer | Django & React"
    assert (p.platform.hourly_rate, p.platform.currency) == (45.0, "USD")
    assert p.platform.job_success == 96
    assert (p.platform.total_jobs, p.platform.total_earnings) == (14, 30000.0)  # "$30K+": at least, as shown
    assert p.platform.overview.startswith("I build reliable web applications")
    assert [(x.name, x.proficiency) for x in p.platform.languages] == [("English", "Fluent"), ("Chinese", "Native or Bilingual")]
    assert p.platform.english_level == "Fluent"
    assert p.platform.skills == ["Python", "Django", "React", "PostgreSQL", "REST API", "Docker"]
    assert [(e.title, e.company, e.start, e.end, e.current) for e in p.employment] == [
        ("Full-Stack Developer", "Freelance (Upwork)", "2021-04", None, True),
        ("Backend Developer", "Brightline Logistics", "2018-07", "2021-03", False),
        ("Junior Python Developer", "Chengdu Kuaidi Technology Co., Ltd.", "2016-07", "2018-06", False),
    ]
    assert p.employment[1].description == "APIs for route planning and fleet tracking."
    [edu] = p.education
    assert (edu.school, edu.degree, edu.field_of_study, edu.start, edu.end) == (
        "Sichuan University", "Bachelor of Engineering (BEng)", "Computer Science", "2012", "2016",
    )  # fmt: skip
    assert [x.title for x in p.portfolio] == ["Parcel Radar", "Fleet Dashboard", "Checkout Flow Redesign"]
    [cert] = p.certifications
    assert (cert.name, cert.issuer, cert.date) == ("AWS Certified Developer – Associate", "Amazon Web Services", "2022-09")
    # the work history is not read, and the user is told so
    assert "Work history" in {n.where for n in r.notes}
    assert all("Django REST API for a delivery startup" not in x.title for x in p.portfolio)


def test_compact_paste_with_dates_and_rate_on_the_same_line() -> None:
    p = import_text(_read("upwork-compact.txt")).profile
    assert p.identity.full_name == "Ana María Rodríguez"
    assert p.platform.location == "Buenos Aires, Argentina"
    assert p.platform.title == "Senior Data Analyst | SQL, Power BI, Python"
    assert p.platform.hourly_rate == 38.0
    assert p.platform.job_success == 100
    assert p.platform.skills == ["SQL", "Power BI", "Python", "Excel", "Tableau"]  # "+ 3 more" dropped
    assert [x.name for x in p.platform.languages] == ["Spanish", "English", "Portuguese"]
    assert [(e.title, e.company, e.start, e.end, e.current) for e in p.employment] == [
        ("Data Analyst", "Globant", "2019-03", None, True),
        ("Business Intelligence Intern", "Banco Galicia", "2016", "2018", False),
    ]
    assert [(e.school, e.degree, e.field_of_study, e.start, e.end) for e in p.education] == [
        ("Universidad de Buenos Aires", "Licentiate in Economics", "Economics", "2008", "2013"),
    ]
    assert [x.title for x in p.portfolio] == ["Retail Sales Dashboard", "Churn Model for a Bank"]


def test_stats_on_one_line_inside_sections_are_read_and_do_not_leak() -> None:
    text = "\n".join(
        [
            "Lucía Fernández",
            "Valencia, Spain",
            "UX Researcher & Product Designer",
            "Skills",
            "Figma, User Research",
            "€1.2M+ Total earnings",
            "Total jobs: 1,204",
            "Employment history",
            "UX Lead | Acme Studio",
            "2019 - Present",
            "Research for fintech apps.",
            "98% Job Success",
            "Education",
            "Universitat de València",
            "Master's degree, Human-Computer Interaction",
            "2014 - 2016",
            "3,450",
            "Total hours",
            "Certifications",
            "Google UX Design Certificate",
            "1,204",
            "Total jobs",
        ]
    )
    r = import_text(text)
    p = r.profile
    assert r.warnings == []
    assert (p.platform.total_jobs, p.platform.total_earnings, p.platform.currency) == (1204, 1_200_000.0, "EUR")
    assert p.platform.job_success == 98
    assert p.platform.skills == ["Figma", "User Research"]
    assert [(e.company, e.description) for e in p.employment] == [("Acme Studio", "Research for fintech apps.")]
    assert [(e.school, e.degree, e.field_of_study, e.end) for e in p.education] == [
        ("Universitat de València", "Master's degree", "Human-Computer Interaction", "2016"),
    ]
    assert [c.name for c in p.certifications] == ["Google UX Design Certificate"]
    assert not any("Total" in n.message for n in r.notes)  # both found: nothing to say about them


@pytest.mark.parametrize(
    ("shown", "label", "amount", "currency"),
    [
        ("$10K+", "Total earnings", 10_000.0, "USD"),
        ("$1,234", "Total earnings", 1234.0, "USD"),
        ("$2M+", "Total earned", 2_000_000.0, "USD"),
        ("$950+", "Total earned", 950.0, "USD"),
        ("£3.5k+", "Total earnings", 3500.0, "GBP"),
        ("€0", "Total earnings", 0.0, "EUR"),
    ],
)
def test_total_earnings_figure_above_its_label(shown: str, label: str, amount: float, currency: str) -> None:
    p = import_text(f"Wei Zhang\nChengdu, China\nPython Developer\n{shown}\n{label}\n25\nTotal jobs\n").profile
    assert (p.platform.total_earnings, p.platform.currency, p.platform.total_jobs) == (amount, currency, 25)
    assert p.platform.title == "Python Developer" and p.platform.overview == ""


def test_the_hourly_rate_currency_is_kept_and_a_clashing_total_is_left_out() -> None:
    p = import_text("Wei Zhang\nPython Developer\n$45.00/hr\n$10K+\nTotal earnings\n").profile
    assert (p.platform.hourly_rate, p.platform.total_earnings, p.platform.currency) == (45.0, 10_000.0, "USD")
    r = import_text("Wei Zhang\nPython Developer\n$45.00/hr\n€10K+ Total earnings\n")
    assert (r.profile.platform.total_earnings, r.profile.platform.currency) == (None, "USD")
    assert [n.message for n in r.notes if "Total earnings" in n.message] == [
        "Total earnings: shown in EUR but the hourly rate in USD; left empty"
    ]


def test_absent_garbled_or_contradicting_stats_invent_nothing() -> None:
    r = import_text(_read("upwork-compact.txt"))  # no stats at all
    assert (r.profile.platform.total_jobs, r.profile.platform.total_earnings) == (None, None)
    assert {"no Total jobs figure found", "no Total earnings figure found"} <= {n.message for n in r.notes}

    text = "Wei Zhang\nChengdu, China\nPython Developer\n$45.00/hr\n$3O K+\nTotal earnings\nmany\nTotal jobs\nSkills\nPython\n"
    r = import_text(text)
    p = r.profile
    assert (p.platform.total_jobs, p.platform.total_earnings) == (None, None)
    assert p.platform.title == "Python Developer" and p.platform.skills == ["Python"]
    assert [(n.where, n.message) for n in r.notes if "Total" in n.message] == [
        ("line 8", "Total jobs: no figure found with it; left empty"),  # only "many" above it
        ("line 6", "Total earnings: '$3O K+' is not a figure that can be read; left empty"),
    ]

    r = import_text("Wei Zhang\nPython Developer\n14\nTotal jobs\nSkills\nPython\n20 Total jobs\n1,230\n$5K\n")
    assert r.profile.platform.total_jobs is None
    assert r.profile.platform.skills == ["Python"]  # no "20 Total jobs", "1", "230" or "$5K"
    assert "Total jobs: the text shows different figures (14, 20); left empty" in {n.message for n in r.notes}


def test_messy_paste_gives_a_draft_with_warnings_and_notes() -> None:
    path = PASTED / "upwork-messy.txt"
    r = import_file(path)
    p = r.profile
    assert r.format == "text" and r.source == str(path)
    assert p.identity.full_name == ""  # a sentence is not a name
    assert p.platform.hourly_rate == 25.0
    # the job that ends before it starts is skipped; the other is read with its dates on the next line
    assert [(e.title, e.company, e.start, e.current) for e in p.employment] == [("Senior Designer", "Pixel Farm", "2021", True)]
    assert [(w.where, w.message) for w in r.warnings] == [
        ("line 4", "ends (2019-02) before it starts (2020-05)"),
        ("line 17", "Adobe Certified Professional: 'Smarch 2020': 'smarch' is not a month; the date was left out"),
    ]
    assert [(c.name, c.date) for c in p.certifications] == [("Adobe Certified Professional", None)]
    assert {n.message for n in r.notes} >= {"no name found at the top", "no Skills section found"}
    with pytest.raises(ProfileError) as err:
        import_text(path.read_text(encoding="utf-8"), strict=True)
    assert err.value.where == "line 4"


@pytest.mark.parametrize("text", ["", "   \n\t\n", "\x00\x01"])
def test_empty_text_is_nothing_to_import(text: str) -> None:
    with pytest.raises(ProfileError, match="nothing to import"):
        import_text(text)


def test_oversized_text_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_BYTES", 100)
    with pytest.raises(ProfileError, match="too long"):
        import_text("Wei Zhang\n" * 20)


def test_sections_are_cut_at_the_entry_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_ENTRIES", 2)
    text = "Languages\n" + "".join(f"Lang{i}: Fluent\n" for i in range(5)) + "Employment history\n"
    text += "".join(f"Dev | Company {i}\n2019 - 2020\n" for i in range(5))
    r = import_text(text)
    assert [x.name for x in r.profile.platform.languages] == ["Lang0", "Lang1"]
    assert [e.company for e in r.profile.employment] == ["Company 0", "Company 1"]
    assert [(w.where, w.message) for w in r.warnings] == [
        ("languages", "more than 2 entries; only the first 2 were read"),
        ("employment", "more than 2 entries; only the first 2 were read"),
    ]


def test_weird_text_gives_a_draft_not_an_error() -> None:
    r = import_text("🙂🙂🙂\n|||\n$99999999/hr\n2019 - 2018\nSkills\n, , ,\n")
    assert r.profile.platform.hourly_rate is None  # out of range: not taken
    assert r.profile.platform.skills == []
    assert "no hourly rate such as $45.00/hr found" in [n.message for n in r.notes]  # says what was not taken


_WORDS = st.sampled_from(
    [
        "Wei Zhang", "Chengdu, China", "3:15 pm local time", "$45.00/hr", "Skills", "Languages", "Education",
        "Employment history", "Portfolio", "Certifications", "English: Fluent", "Dev | Acme", "January 2019 - Present",
        "2019 - 2018", "2010-2014", "Bachelor, CS", "Issued: March 2021", "Provider: AWS", "96% Job Success",
        "Work history", "|", ":", "", "Smarch 2020 - Present", "$30K+", "Total earnings", "14 Total jobs",
        "Total jobs", "€1.2M+", "1,230", "Total jobs: 7",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_WORDS | st.text(max_size=30), max_size=25).map("\n".join))
def test_any_text_never_crashes_and_round_trips(text: str) -> None:
    try:
        result = import_text(text)
    except ProfileError as exc:
        assert "nothing to import" in str(exc)
        return
    assert Profile.from_document(result.profile.to_document()) == result.profile
    result.profile.to_json().encode("utf-8")
