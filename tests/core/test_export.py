"""Study sheet (data, Markdown, HTML), CSV history, Anki deck, and how export files are written."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import stat
import zipfile
from datetime import UTC, datetime
from html import escape
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest

from verify_coach.core.export import FOOTER, ExportError, build_sheet, export_to_file, render
from verify_coach.core.export.csv_history import COLUMNS, safe_cell
from verify_coach.core.export.markdown import md_escape
from verify_coach.core.export.sheet import typical_wrong
from verify_coach.core.facts import CATEGORIES, extract_facts
from verify_coach.core.profile import Profile

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)
HOSTILE = '<script>alert(1)</script> <b>x</b> "&\' *em* [a](http://x) | `c` &amp;'


# ------------------------------------------------------------------------------------------ helpers
def _fact(coach, attribute: str, subject: str = ""):
    for f in coach.facts():
        if f.attribute == attribute and (not subject or f.subject == subject):
            return f
    raise AssertionError(f"no fact {attribute} {subject}")


def _question(fact, *, expected: str | None = None, form: str = "recall"):
    """A stand-in question asking for ``fact``'s value (or ``expected``), graded as typed text."""
    return SimpleNamespace(
        id=f"q-test-{fact.key}-{form}", form=form, prompt=f"Tell me: {fact.label}?", answer=expected or fact.value,
        answer_kind=fact.kind if expected is None else "text", fact_keys=(fact.key,), choices=None,
    )


def _answer(coach, fact, answers: list[str], *, expected: str | None = None, form: str = "recall", latency=3000):
    plan = coach.start_session("review", 1, seed=1, fact_keys=[fact.key], now=NOW)
    q = _question(fact, expected=expected, form=form)
    return [coach.answer(plan, q, a, latency, now=NOW) for a in answers]


@pytest.fixture
def demo(coach, sample_profile):
    coach.save_profile("Demo", sample_profile)
    return coach


@pytest.fixture
def with_history(demo):
    """Two weak facts (an identity one and a date) and one well-known fact."""
    country = _fact(demo, "country")
    start = _fact(demo, "start", "Brightline Logistics")
    name = _fact(demo, "full_name")
    _answer(demo, country, ["Japan", "Korea", "japan"])  # Japan twice: the typical wrong answer
    _answer(demo, start, ["2019"])
    _answer(demo, name, [name.value, name.value])
    return SimpleNamespace(coach=demo, country=country, start=start, name=name)


def _sheet(coach, **kw):
    return build_sheet(coach, now=NOW, **kw)


# ------------------------------------------------------------------------------------------ the sheet
def test_sheet_has_every_fact_once_grouped_in_category_order(demo, sample_profile):
    sheet = _sheet(demo)
    keys = [f.key for g in sheet.groups for f in g.facts]
    expected = [f.key for f in extract_facts(sample_profile, today=NOW.date())]
    assert sorted(keys) == sorted(expected) and len(keys) == len(set(keys))
    order = [g.category for g in sheet.groups]
    assert order == [c for c in CATEGORIES if c in order]
    assert order[:3] == ["identity", "rate", "employment"]
    assert sheet.weak == () and sheet.readiness is None
    assert sheet.footer == FOOTER and "put it away before the call" in FOOTER


def test_weak_facts_come_first_and_carry_the_typical_wrong_answer(with_history):
    sheet = _sheet(with_history.coach)
    weak_keys = [f.key for f in sheet.weak]
    assert set(weak_keys) == {with_history.country.key, with_history.start.key}
    assert weak_keys[0] == with_history.country.key  # identity before employment
    by_key = {f.key: f for f in sheet.weak}
    country = by_key[with_history.country.key]
    assert country.typical_wrong == "japan" and country.wrong_count == 2  # as typed most recently
    assert country.hint == "You often say \u201cjapan\u201d \u2014 it is China."
    start = by_key[with_history.start.key]
    assert start.hint == "You said \u201c2019\u201d \u2014 it is July 2018."  # a partial date, in words
    for g in sheet.groups:
        flags = [f.weak for f in g.facts]
        assert flags == sorted(flags, reverse=True)  # weak first in every group
    identity = next(g for g in sheet.groups if g.category == "identity")
    assert identity.facts[0].key == with_history.country.key and identity.weak_count == 1
    assert sheet.readiness is not None and sheet.attempts == 6
    assert not any(f.key == with_history.name.key for f in sheet.weak)


def test_answers_to_other_question_forms_are_not_a_typical_wrong_answer(demo):
    country = _fact(demo, "country")
    # A true-or-false question about the country: "False" is no belief about the country's name.
    _answer(demo, country, ["False", "False"], expected="True", form="truefalse")
    weak = {f.key: f for f in _sheet(demo).weak}
    assert country.key in weak
    assert weak[country.key].typical_wrong is None and weak[country.key].hint == ""


def test_typical_wrong_answer_is_the_most_frequent_recent_one():
    assert typical_wrong(["2019", "2017", "2019 "]) == ("2019", 2)
    assert typical_wrong(["Paris", "LONDON", "london"]) == ("LONDON", 2)  # same answer, any case
    assert typical_wrong(["a", "b"]) == ("a", 1)  # a tie goes to the most recent (first)
    assert typical_wrong(["", "  "]) == (None, 0)  # "I don't know" is not an answer
    # nor is saying so, in any words: it is not what the user believes the value is
    assert typical_wrong(["I don't know", "idk", "不知道", "2019", "Not sure."]) == ("2019", 1)
    assert typical_wrong(["I don't remember", "忘了"]) == (None, 0)


def test_weak_only_sheet_has_only_the_weak_facts(with_history):
    sheet = _sheet(with_history.coach, weak_only=True)
    assert sheet.groups == () and sheet.timeline == ()
    assert {f.key for f in sheet.weak} == {with_history.country.key, with_history.start.key}
    md = render(sheet, "md")
    assert "China" in md and "July 2018" in md
    assert "wei.zhang@example.com" not in md and "Sichuan University" not in md


def test_timeline_is_chronological_with_partial_dates_in_words(coach):
    profile = Profile.from_document({
        "identity": {"full_name": "Ana Souza"},
        "employment": [
            {"company": "Later Co", "title": "Lead", "start": "2020-03", "current": True},
            {"company": "First Co", "title": "Dev", "start": "2015", "end": "2019-12"},
            {"company": "Undated Co"},
        ],
        "portfolio": [{"title": "Site", "client": "Shop", "completed": "2017-06"}],
    })
    coach.save_profile("P", profile)
    periods = [(t.title, t.period) for t in _sheet(coach).timeline]
    assert periods == [
        ("Dev at First Co", "2015 \u2013 December 2019"),
        ("Site", "completed June 2017"),
        ("Lead at Later Co", "since March 2020"),
        ("Undated Co", "date not given"),
    ]


def test_entries_group_facts_by_what_they_belong_to(demo):
    employment = next(g for g in _sheet(demo).groups if g.category == "employment")
    bright = next(e for e in employment.entries if e.subject == "Brightline Logistics")
    shown = {f.short_label: f.display for f in bright.shown}
    assert shown["Started"] == "July 2018" and shown["Left"] == "March 2021"
    assert "Company" not in shown  # said by the subject itself
    summary = next(e for e in employment.entries if e.subject == "")
    assert {f.short_label for f in summary.facts} >= {"First employer", "Current employer"}


# ------------------------------------------------------------------------------------------ Markdown
def test_markdown_lists_weak_facts_first_and_every_value(with_history, sample_profile):
    md = render(_sheet(with_history.coach), "md")
    weak_at = md.index("## Weak facts (2)")
    assert md.index("You often say \u201cjapan\u201d \u2014 it is **China**") > weak_at
    assert weak_at < md.index("## Identity (1 weak)") < md.index("## Employment (1 weak)") < md.index("## Timeline")
    for f in extract_facts(sample_profile, today=NOW.date()):
        if f.kind not in ("date", "money"):
            assert md_escape(f.value) in md, f.label
    assert "July 2018" in md and FOOTER in md
    assert "Hourly rate: **$45/hour**" in md  # money as a person writes it, not "45.00 USD/hour"


def test_money_reads_as_a_person_writes_it():
    from verify_coach.core.export.sheet import money_text

    assert money_text("45.00 USD/hour") == "$45/hour"
    assert money_text("52693 USD") == "$52,693"
    assert money_text("30.50 EUR/hour") == "\u20ac30.50/hour"
    assert money_text("200 CNY") == "200 CNY"
    assert money_text("about 40") == "about 40"


def test_markdown_escapes_user_text(coach, sample_profile):
    p = sample_profile.model_copy(deep=True)
    p.identity.full_name = HOSTILE
    p.identity.address.city = "# not a heading\n- not a list"
    coach.save_profile("Hostile", p)
    md = render(_sheet(coach), "md")
    assert "<script>" not in md and "<b>" not in md
    assert r"\<script\>alert(1)\</script\>" in md and r"\[a\](http\://x)" in md  # no link, not even a bare one
    assert r"\*em\*" in md and r"\[a\]" in md and r"\|" in md and r"\`c\`" in md and r"\&amp;" in md
    assert "\n# not" not in md and "\n- not a list" not in md  # a value never starts a line
    assert md_escape("a_b*c") == r"a\_b\*c"


# ------------------------------------------------------------------------------------------ HTML
class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: set[str] = set()
        self.text: list[str] = []
        self.in_style = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.in_style = tag == "style"

    def handle_endtag(self, tag):
        self.in_style = False

    def handle_data(self, data):
        if not self.in_style:
            self.text.append(data)


def test_html_shows_hostile_profile_text_as_text(coach, sample_profile):
    p = sample_profile.model_copy(deep=True)
    p.identity.full_name = HOSTILE
    p.employment[1].company = "<b>x</b>"
    p.platform.title = '"&\''
    coach.save_profile("Hostile", p)
    html = render(_sheet(coach), "html")
    assert "<script>" not in html and "<b>x</b>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;b&gt;x&lt;/b&gt;" in html
    assert "&quot;&amp;&#x27;" in html
    parsed = _Collector()
    parsed.feed(html)
    assert "script" not in parsed.tags
    text = "".join(parsed.text)
    assert HOSTILE in text and "<b>x</b>" in text and '"&\'' in text  # the reader sees exactly what was typed


def test_html_is_self_contained_and_prints_on_the_chosen_paper(with_history):
    sheet = _sheet(with_history.coach)
    a4, letter = render(sheet, "html", paper="a4"), render(sheet, "html", paper="letter")
    assert "size: A4" in a4 and "size: letter" in letter
    assert "page-break-inside: avoid" in a4 and "column-count: 2" in a4
    for html in (a4, letter):
        assert "src=" not in html and "href=" not in html and "<script" not in html  # nothing external, no code
    assert a4.index("Weak facts (2)") < a4.index("<h2>Identity") and "You often say \u201cjapan\u201d" in a4
    with pytest.raises(ValueError, match="paper"):
        render(sheet, "html", paper="a3")


# ------------------------------------------------------------------------------------------ files
@pytest.mark.parametrize("fmt", ["md", "html", "csv", "apkg"])
def test_export_files_are_private_and_leave_no_temporary_files(demo, tmp_path, fmt):
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    path = out_dir / f"sheet.{fmt}"
    assert export_to_file(demo, fmt, path) == path
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert os.listdir(out_dir) == [path.name]
    assert path.stat().st_size > 0


def test_export_replaces_an_existing_file_only_when_it_succeeds(demo, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    path = out / "sheet.md"
    path.write_text("old sheet")
    export_to_file(demo, "md", path)
    assert path.read_text(encoding="utf-8").startswith("# Study sheet")

    path.write_text("old sheet")
    import verify_coach.core.export.markdown as md_mod

    def boom(sheet):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(md_mod, "render_markdown", boom)
    with pytest.raises(RuntimeError):
        export_to_file(demo, "md", path)
    assert path.read_text() == "old sheet"
    assert os.listdir(out) == ["sheet.md"]


def test_unknown_format_or_paper_is_refused_without_writing(demo, tmp_path):
    with pytest.raises(ValueError, match="Unknown export format 'docx'"):
        export_to_file(demo, "docx", tmp_path / "x.docx")
    with pytest.raises(ValueError, match="paper"):
        export_to_file(demo, "html", tmp_path / "x.html", paper="a3")
    assert os.listdir(tmp_path) == ["data"]


def test_a_pdf_is_written_by_the_writer_the_caller_passes_in(demo, tmp_path):
    """The core has no PDF writer of its own (that needs Qt): without one a PDF is refused, nothing written."""
    with pytest.raises(ExportError, match="pdf_writer"):
        export_to_file(demo, "pdf", tmp_path / "x.pdf")
    assert os.listdir(tmp_path) == ["data"]

    calls = []

    def fake_writer(sheet, tmp, paper):
        calls.append((sheet.title, paper))
        tmp.write_bytes(b"%PDF-fake")

    path = export_to_file(demo, "pdf", tmp_path / "sheet.pdf", paper="letter", pdf_writer=fake_writer)
    assert path.read_bytes() == b"%PDF-fake" and calls == [(build_sheet(demo).title, "letter")]
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert sorted(os.listdir(tmp_path)) == ["data", "sheet.pdf"]


# ------------------------------------------------------------------------------------------ CSV
def test_csv_has_one_row_per_attempt_with_the_right_columns(with_history, tmp_path):
    coach = with_history.coach
    _answer(coach, with_history.name, ["=HYPERLINK(\"http://x\")"])
    path = export_to_file(coach, "csv", tmp_path / "history.csv")
    raw = path.read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf")  # no BOM
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert tuple(rows[0]) == COLUMNS
    body = [dict(zip(COLUMNS, r, strict=True)) for r in rows[1:]]
    assert len(body) == 7  # 3 + 1 + 2 + 1 answers
    first = body[0]
    assert first["answer"] == "Japan" and first["expected"] == "China" and first["correct"] == "false"
    assert first["category"] == "identity" and first["mode"] == "review" and first["question_form"] == "recall"
    assert first["fact_keys"] == with_history.country.key and first["latency_ms"] == "3000"
    assert datetime.fromisoformat(first["time_utc"].replace("Z", "+00:00")) == NOW
    assert [r["correct"] for r in body].count("true") == 2
    assert body[-1]["answer"] == "'=HYPERLINK(\"http://x\")"  # not run as a formula by a spreadsheet


def test_csv_cells_that_look_like_formulas_are_neutralised():
    assert safe_cell("=1+1") == "'=1+1" and safe_cell("@SUM(A1)") == "'@SUM(A1)" and safe_cell("-cmd|x") == "'-cmd|x"
    assert safe_cell("+86 138 0000 1234") == "+86 138 0000 1234" and safe_cell("-5") == "-5"
    assert safe_cell("Chengdu") == "Chengdu" and safe_cell("") == ""


# ------------------------------------------------------------------------------------------ Anki
def test_apkg_is_an_anki_package_of_the_profiles_questions(demo, tmp_path, monkeypatch):
    from verify_coach.core.export.anki import export_apkg
    from verify_coach.core.questions import build_questions

    private_tmp = tmp_path / "systemp"
    private_tmp.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(private_tmp))
    path = export_to_file(demo, "apkg", tmp_path / "deck.apkg")
    assert os.listdir(private_tmp) == []  # the user's facts are not left in the temp folder
    with zipfile.ZipFile(path) as z:
        assert "collection.anki2" in z.namelist()
        db = tmp_path / "c.anki2"
        db.write_bytes(z.read("collection.anki2"))
    con = sqlite3.connect(db)
    try:
        notes = con.execute("SELECT flds FROM notes").fetchall()
        decks = con.execute("SELECT decks FROM col").fetchone()[0]
    finally:
        con.close()
    _, profile = demo.load_profile()
    questions = build_questions(profile, seed=0)
    assert len(notes) == len(questions) > 10
    assert "verify_coach::Demo" in decks
    fronts = "\n".join(n[0] for n in notes)
    assert all(escape(q.prompt) in fronts for q in questions)
    assert all(escape(q.answer.split(";")[0].strip()) in "\n".join(n[0] for n in notes).replace("\x1f", " ")
               for q in questions[:20])

    a, b = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_apkg(demo, a, seed=3, timestamp=1_800_000_000)
    export_apkg(demo, b, seed=3, timestamp=1_800_000_000)
    assert a.read_bytes() == b.read_bytes()  # deterministic: the same seed gives the same file


def test_call_date_is_shown_in_local_time(demo, monkeypatch):
    import time

    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    try:
        demo.set_call_at(datetime(2026, 12, 3, 7, 0, tzinfo=UTC))
        sheet = _sheet(demo)
        assert sheet.call_text() == "Thursday 3 December 2026, 15:00"
        assert "Call: Thursday 3 December 2026, 15:00" in render(sheet, "md")
    finally:
        monkeypatch.undo()
        time.tzset()


def test_the_sheet_prints_the_checklist_when_a_call_date_is_set(demo):
    assert _sheet(demo).checklist is None  # no call date: no checklist
    md = render(_sheet(demo), "md")
    assert "Before the call" not in md and "[ ]" not in md
    demo.set_call_type("kyc")
    demo.set_call_at(datetime(2026, 12, 3, 7, 0, tzinfo=UTC))
    demo.tick("light")
    demo.tick("paper_pen")
    sheet = _sheet(demo)
    assert sheet.checklist is not None and (sheet.checklist.done, sheet.checklist.total) == (2, 10)
    md = render(sheet, "md")
    assert "## Before the call: Bank video-KYC (2 of 10 ready)" in md
    assert "- [x] **Good light on your face** \u2014 The agent compares your face" in md
    assert "- [x] **Paper and a pen**" in md and "- [ ] **Headset off**" in md
    assert md.count("- [ ] ") == 8 and md.index("Before the call") < md.index("## Weak facts")
    html = render(sheet, "html")
    assert "Before the call: Bank video-KYC (2 of 10 ready)" in html
    assert html.count('<li class="ticked"><span class="box">\u2611</span> <b>') == 2
    assert html.count('<li class="open"><span class="box">\u2610</span>') == 8
    assert "<b>Headset off</b>" in html


def test_the_sheet_lists_what_the_agent_may_notice(coach, sample_profile):
    from verify_coach.core.export.html import render_html
    from verify_coach.core.export.markdown import render_markdown

    p = sample_profile.model_copy(deep=True)
    p.platform.time_zone = "UTC-05:00"
    p.identity.address.country = "China"
    p.platform.location = "Hangzhou, China"
    coach.save_profile("Audit", p)
    sheet = _sheet(coach)
    (tz,) = [a for a in sheet.findings if "time zone" in a.message]
    assert tz.severity == "fix" and sheet.findings[0].severity == "fix"
    md = render_markdown(sheet)
    section = md[md.index("## What the agent may notice ("):md.index("## Weak facts")]
    assert "- **Fix:** Your time zone" in section and "UTC-05:00" in section
    html = render_html(sheet)
    assert '<li class="fix"><b class="sev">Fix:</b>' in html
    assert _sheet(coach, weak_only=True).findings == ()
