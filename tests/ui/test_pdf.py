"""The study sheet PDF (Qt's own PDF writer), checked through its extracted text with QtPdf."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import re  # noqa: E402
import shutil  # noqa: E402
import stat  # noqa: E402
import subprocess  # noqa: E402
from datetime import UTC, datetime, timedelta  # noqa: E402
from pathlib import Path  # noqa: E402
from types import SimpleNamespace  # noqa: E402

import pytest  # noqa: E402

from verify_coach.core.export import FOOTER, build_sheet, export_to_file  # noqa: E402
from verify_coach.core.export.sheet import display_value  # noqa: E402
from verify_coach.core.facts import extract_facts  # noqa: E402
from verify_coach.core.profile import Profile  # noqa: E402

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _pages(path: Path) -> list[str]:
    from PySide6.QtPdf import QPdfDocument

    doc = QPdfDocument()
    assert doc.load(str(path)) == QPdfDocument.Error.None_
    try:
        return [doc.getAllText(i).text() for i in range(doc.pageCount())]
    finally:
        doc.close()


def _squash(text: str) -> str:
    """Without any whitespace: where a line wraps does not matter. (PDFium reports a hyphen at the end
    of a line as U+FFFE.)"""
    return re.sub(r"\s+", "", text.replace("\ufffe", "-"))


def _write(coach, tmp_path: Path, name: str = "sheet.pdf", **kw) -> tuple[Path, list[str]]:
    from verify_coach.ui.pdf import write_pdf

    path = tmp_path / name
    write_pdf(build_sheet(coach, now=NOW, weak_only=kw.pop("weak_only", False)), path, kw.pop("paper", "a4"))
    return path, _pages(path)


def _make_weak(coach, attribute: str, wrong: str) -> None:
    fact = next(f for f in coach.facts() if f.attribute == attribute)
    plan = coach.start_session("review", 1, seed=1, fact_keys=[fact.key], now=NOW)
    q = SimpleNamespace(id="q-t", form="recall", prompt="?", answer=fact.value, answer_kind=fact.kind,
                        fact_keys=(fact.key,), choices=None)
    for _ in range(2):
        coach.answer(plan, q, wrong, 4000, now=NOW)


def _typical_profile() -> Profile:
    try:
        from verify_coach.core.demo import make_demo_profile
    except ImportError:  # the demo generator is not there: the example profile is a typical one
        return Profile.load(Path(__file__).resolve().parents[2] / "resources" / "example-profile.json")
    return make_demo_profile(0, "en_US", "typical", NOW.date())


def _large_profile() -> Profile:
    """Many jobs, projects and platform jobs, each with unique names (so rows can be found in the text)."""
    jobs = [{"company": f"Company {i:02d} Holdings", "title": f"Engineer grade {i}", "location": f"City {i:02d}",
             "start": f"{1960 + i}-0{1 + i % 9}", "end": f"{1961 + i}-0{1 + i % 9}"} for i in range(60)]
    projects = [{"title": f"Project {i:02d} Atlas", "role": f"Role {i}", "client": f"Client {i:02d} GmbH",
                 "completed": f"{1980 + i}-1{i % 3}", "skills": [f"Skill{i}a", f"Skill{i}b", f"Skill{i}c"]}
                for i in range(40)]
    platform_jobs = [{"title": f"Gig {i:02d} build", "client": f"Buyer {i:02d} Ltd", "start": f"{2000 + i}-05",
                      "rate": 30 + i, "rating": 4.5} for i in range(20)]
    certs = [{"name": f"Certificate {i:02d}", "issuer": f"Issuer {i:02d}", "date": f"{2001 + i}-03"} for i in range(12)]
    return Profile.from_document({
        "identity": {"full_name": "Maria Large", "date_of_birth": "1975-02-03", "email": "maria@example.com",
                     "address": {"city": "Porto", "country": "Portugal"}, "nationality": "Portuguese"},
        "platform": {"platform": "Upwork", "title": "Everything developer", "hourly_rate": 80,
                     "skills": [f"S{i}" for i in range(30)],
                     "languages": [{"name": "English", "proficiency": "Fluent"}, {"name": "Portuguese", "proficiency": "Native"}]},
        "employment": jobs, "portfolio": projects, "platform_jobs": platform_jobs, "certifications": certs,
        "education": [{"school": f"School {i}", "degree": f"Degree {i}", "start": f"{1993 + i}", "end": f"{1995 + i}"}
                      for i in range(3)],
    })


# ------------------------------------------------------------------------------------------ content
def test_typical_sheet_is_one_page_with_every_fact_weak_first(coach, tmp_path):
    profile = _typical_profile()
    coach.save_profile("Demo", profile)
    _make_weak(coach, "country", "Atlantis")
    _make_weak(coach, "hourly_rate", "99")
    path, pages = _write(coach, tmp_path)
    assert len(pages) == 1
    text = pages[0]
    flat = _squash(text)
    facts = extract_facts(profile, today=NOW.date())
    assert len(facts) > 40
    for f in facts:  # every key fact's value is on the page (dates in words)
        assert _squash(display_value(f.value, f.kind)) in flat, f.label
    weak_at = text.index("Weak facts (2)")
    assert weak_at < text.index("Atlantis") < text.index("Identity (1 weak)")
    assert "You often say \u201cAtlantis\u201d" in text and "\u26a0" in text
    assert text.index("Weak facts") < text.index("Timeline")
    assert "Page 1 of 1" in text and _squash(FOOTER) in flat


def test_large_sheet_has_several_pages_and_never_splits_a_row(coach, tmp_path):
    profile = _large_profile()
    coach.save_profile("Large", profile)
    _make_weak(coach, "full_name", "Mario")
    path, pages = _write(coach, tmp_path)
    assert len(pages) >= 3
    flats = [_squash(p) for p in pages]
    for n, p in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in p
        assert _squash(FOOTER) in flats[n - 1]
    sheet = build_sheet(coach, now=NOW)
    rows = 0
    for g in sheet.groups:
        for e in g.entries:
            if e.subject:  # the whole entry, subject and every value, in one piece on one page
                facts = e.shown
                whole = e.subject + "\u2014" + "\u00b7".join(f"{f.short_label}:{f.display}" for f in facts)
            else:
                whole = "\u00b7".join(f"{f.short_label}:{f.display}" for f in e.facts)
            assert sum(_squash(whole) in flat for flat in flats) == 1, whole[:60]
            rows += 1
        for f in g.weak:  # the short form at the top of its group
            whole = "\u26a0" + (f"{f.subject}\u2014" if f.subject else "") + f"{f.short_label}:{f.display}"
            assert sum(_squash(whole) in flat for flat in flats) == 1, whole
    for f in sheet.weak:  # the long form under "Weak facts"
        assert sum(_squash(f"\u26a0{f.label}{f.display}{f.said_instead}") in flat for flat in flats) == 1, f.label
    for t in sheet.timeline:
        kind = "job" if t.kind == "job" else "project"
        assert sum(_squash(f"{t.period}\u00b7{kind}{t.title}") in flat for flat in flats) == 1, t.title
    assert len(sheet.weak) == 1 and len(sheet.timeline) == 100
    assert rows > 100


def test_large_demo_profile_is_complete_over_several_pages(coach, tmp_path):
    demo = pytest.importorskip("verify_coach.core.demo", reason="the demo profile generator is not available")
    profile = demo.make_demo_profile(0, "en_US", "large", NOW.date())
    coach.save_profile("Large", profile)
    path, pages = _write(coach, tmp_path)
    assert len(pages) >= 5
    flat = _squash("".join(pages))
    for f in extract_facts(profile, today=NOW.date()):
        assert _squash(display_value(f.value, f.kind)) in flat, f.label
    for n, p in enumerate(pages, 1):
        assert f"Page {n} of {len(pages)}" in p


def test_weak_only_sheet_is_short(coach, tmp_path):
    coach.save_profile("Large", _large_profile())
    _make_weak(coach, "full_name", "Mario")
    _, pages = _write(coach, tmp_path, weak_only=True)
    assert len(pages) == 1
    assert "Maria Large" in pages[0] and "Company 07 Holdings" not in pages[0]


def test_hostile_profile_text_is_printed_as_text(coach, tmp_path, sample_profile):
    p = sample_profile.model_copy(deep=True)
    p.identity.full_name = "<b>x</b> <script>alert(1)</script> \"&'"
    p.employment[0].company = "<i>Acme</i> & <br>Sons"
    coach.save_profile("Hostile", p)
    _, pages = _write(coach, tmp_path)
    text = "".join(pages)
    assert "<b>x</b> <script>alert(1)</script> \"&'" in text
    assert _squash("<i>Acme</i> & <br>Sons") in _squash(text)


def test_chinese_names_render_with_an_embedded_font(coach, tmp_path, sample_profile):
    from PySide6.QtGui import QFontDatabase

    from verify_coach.ui.pdf import ensure_app

    ensure_app()
    if not any("CJK" in f or "WenQuanYi" in f or "Droid Sans Fallback" in f for f in QFontDatabase.families()):
        pytest.skip("no font with Chinese glyphs is installed (apt-get install fonts-noto-cjk)")
    p = sample_profile.model_copy(deep=True)
    p.identity.full_name = "张伟"
    p.identity.address.city = "成都"
    coach.save_profile("Zhang", p)
    path, pages = _write(coach, tmp_path)
    assert "张伟" in pages[0] and "成都" in pages[0]
    data = path.read_bytes()
    assert b"/FontFile" in data  # fonts are embedded: the file reads the same on any machine


def test_copied_text_has_no_ligatures(coach, tmp_path, sample_profile):
    """Viewers that copy text as written (pdftotext does) must give "profile", not "pro\ufb01le"."""
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext is not installed (apt-get install poppler-utils)")
    coach.save_profile("Demo", sample_profile)
    path, _ = _write(coach, tmp_path)
    text = subprocess.run([pdftotext, str(path), "-"], capture_output=True, text=True, check=True).stdout
    assert "profile" in text and "Brightline Logistics" in text
    assert "\ufb01" not in text and "\ufb02" not in text


@pytest.mark.parametrize("paper, size", [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size(coach, tmp_path, sample_profile, paper, size):
    from PySide6.QtPdf import QPdfDocument

    coach.save_profile("Demo", sample_profile)
    path, _ = _write(coach, tmp_path, paper=paper)
    doc = QPdfDocument()
    doc.load(str(path))
    got = doc.pagePointSize(0)
    doc.close()
    assert (round(got.width()), round(got.height())) == size


def test_export_to_file_writes_a_private_pdf_atomically(coach, tmp_path, sample_profile):
    coach.save_profile("Demo", sample_profile)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "sheet.pdf"
    target.write_bytes(b"old")
    from verify_coach.ui.pdf import write_pdf

    assert export_to_file(coach, "pdf", target, paper="letter", pdf_writer=write_pdf) == target
    assert target.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    assert os.listdir(out) == ["sheet.pdf"]


def test_the_cli_exports_a_pdf(coach, data_dir, tmp_path, sample_profile):
    from verify_coach.cli import main

    coach.save_profile("Demo", sample_profile)
    target = tmp_path / "cli-sheet.pdf"
    assert main(["--data-dir", str(data_dir), "export", "--format", "pdf", "-o", str(target)]) == 0
    assert "Study sheet" in "".join(_pages(target))


def test_a_row_taller_than_a_page_is_continued_not_lost(coach, tmp_path, sample_profile):
    p = sample_profile.model_copy(deep=True)
    p.portfolio[0].skills = [f"Skill-{i:03d}-long-name" for i in range(700)]
    coach.save_profile("Huge", p)
    _, pages = _write(coach, tmp_path)
    flat = _squash("".join(pages))
    assert all(f"Skill-{i:03d}-long-name" in flat for i in range(700))
    assert len(pages) >= 2


def test_any_html_can_be_written_too(tmp_path):
    from verify_coach.ui.pdf import write_pdf

    path = tmp_path / "preview.pdf"
    html = "<h1>Preview</h1>" + "".join(f"<p>Line {i}</p>" for i in range(150))
    pages = write_pdf(html, path, "a4")
    text = _pages(path)
    assert pages == len(text) >= 2
    assert "Preview" in text[0] and "Line 149" in text[-1] and f"Page 1 of {pages}" in text[0]


def test_the_checklist_is_on_the_pdf_with_its_ticks(coach, sample_profile, tmp_path):
    coach.save_profile("Upwork", sample_profile)
    coach.set_call_at(NOW + timedelta(days=1))
    coach.tick("light")
    path, pages = _write(coach, tmp_path)
    assert len(pages) == 1  # a typical sheet with the checklist still fits on one page
    flat = _squash(pages[0])
    assert "Beforethecall:Upworkvideoverification(1of8ready)" in flat
    assert "\u2611Goodlightonyourface" in flat and "\u2610Aloneinaquietroom" in flat
    assert flat.count("\u2610") == 7 and "Headsetoff" not in flat


@pytest.mark.parametrize("size", ["typical", "large"])
def test_the_last_pages_columns_are_balanced(coach, tmp_path, size):
    """The last page's two columns end at about the same height: the right one is not left mostly empty while
    the left runs to the footer; nothing moves to a new page for it, and every block is still placed once."""
    from PySide6.QtGui import QPainter  # noqa: F401  (Qt's PDF writer needs the app)

    from verify_coach.ui.pdf import SheetLayout, _writer, ensure_app

    demo = pytest.importorskip("verify_coach.core.demo", reason="the demo profile generator is not available")
    ensure_app()
    coach.save_profile("Demo", demo.make_demo_profile(3, "en_US", size, NOW.date()))
    sheet = build_sheet(coach, now=NOW)
    layout = SheetLayout(_writer(tmp_path / "x.pdf", "a4", sheet.title), sheet)
    blocks = layout.blocks()
    layout.measure(blocks)
    unbalanced = layout._flow(blocks).pages
    pages = layout.place(blocks)
    assert len(pages) == len(unbalanced)
    assert sorted(id(p.block) for page in pages for p in page) == sorted(id(p.block) for page in unbalanced
                                                                         for p in page)
    cols = [p for p in pages[-1] if p.width < layout.full_w - 0.5]
    left = max(p.y + p.height for p in cols if p.x < layout.left + 0.5)
    right = max((p.y + p.height for p in cols if p.x >= layout.left + 0.5), default=0.0)
    tallest = max(p.height for p in cols)
    assert abs(left - right) <= tallest + layout.u.mm(8), (left, right, tallest)
    before = [p for p in unbalanced[-1] if p.width < layout.full_w - 0.5]
    assert right > max((p.y + p.height for p in before if p.x >= layout.left + 0.5), default=0.0) or \
        abs(left - right) <= tallest
