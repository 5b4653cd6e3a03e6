"""The study sheet as one self-contained HTML file (inline CSS, no scripts, no external resources).

Every piece of user text goes through ``html.escape`` (quotes included), so a profile field holding
``<script>`` or ``<b>`` shows as text. The page prints well: ``@page`` sets A4 or US Letter, rows and
tables never break across pages, and the category groups sit in two compact columns.
"""

from __future__ import annotations

from html import escape

from .sheet import SheetEntry, SheetFact, StudySheet

PAPER_CSS = {"a4": "A4", "letter": "letter"}

_CSS = """
@page { size: %(paper)s; margin: 14mm 13mm 16mm 13mm;
  @bottom-left { content: "%(footer)s"; font: 7.5pt sans-serif; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt sans-serif; color: #555; } }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font-family: "Noto Sans", "DejaVu Sans", "Segoe UI", Roboto, Helvetica, Arial,
  "Noto Sans CJK SC", "WenQuanYi Micro Hei", "Droid Sans Fallback", "Microsoft YaHei", sans-serif;
  font-size: 9pt; line-height: 1.3; color: #111; margin: 0 auto; max-width: 190mm; padding: 6mm 0; }
h1 { font-size: 15pt; margin: 0 0 1mm; }
h2 { font-size: 10.5pt; margin: 3mm 0 1mm; padding-bottom: .5mm; border-bottom: 1px solid #999;
  break-after: avoid; page-break-after: avoid; }
.sub { color: #444; margin: 0 0 2mm; }
.facts-head { display: flex; flex-wrap: wrap; gap: 1mm 6mm; margin: 0 0 2mm; }
.readiness { font-size: 11pt; font-weight: bold; }
.cats { color: #333; }
.note { border-left: 3px solid #b45309; background: #fff7ed; padding: 1.5mm 3mm; margin: 2mm 0; }
table { border-collapse: collapse; width: 100%%; }
tr, li, p.entry { break-inside: avoid; page-break-inside: avoid; }
p.entry { margin: 0; padding: .7mm 0; border-bottom: .5px solid #e5e7eb; }
.subj { font-weight: bold; color: #1e3a8a; }
.k { color: #4b5563; }
.kv { white-space: normal; }
td, th { vertical-align: top; padding: .8mm 1.2mm; border-bottom: .5px solid #ddd; text-align: left; }
th { font-size: 8pt; color: #444; font-weight: normal; }
td.label { color: #444; width: 52%%; }
td.value { font-weight: bold; }
tr.weak td { background: #fff1f1; }
tr.weak td.label::before { content: "\\26A0\\00A0"; color: #b91c1c; }
.tag { color: #b91c1c; font-weight: normal; font-size: 8pt; }
.hint { color: #7f1d1d; font-weight: normal; font-size: 8pt; display: block; }
.groups { column-count: 2; column-gap: 7mm; }
.group { break-inside: auto; }
.group h2 { margin-top: 2mm; }
.weak-table td.label { width: 40%%; }
ol.timeline { list-style: none; padding: 0; margin: 0; }
ol.timeline li { padding: .6mm 0; border-bottom: .5px solid #eee; }
.when { display: inline-block; min-width: 38mm; color: #333; font-weight: bold; }
.kind { color: #666; font-size: 8pt; }
ul.checklist { list-style: none; padding: 0; margin: 0; column-count: 2; column-gap: 7mm; }
ul.checklist li { padding: .5mm 0; border-bottom: .5px solid #eee; }
ul.checklist .box { font-size: 11pt; line-height: 1; }
ul.checklist .why { color: #555; font-size: 8pt; display: block; margin-left: 5mm; }
ul.audit { padding-left: 4mm; margin: 0; }
ul.audit li { padding: .4mm 0; }
ul.audit li.fix .sev { color: #a61b1b; }
ul.audit li.explain .sev { color: #8a5a00; }
ul.audit .why { color: #555; font-size: 8pt; }
footer { margin-top: 4mm; color: #555; font-size: 8pt; border-top: 1px solid #999; padding-top: 1mm; }
@media print { body { max-width: none; padding: 0; } }
"""


def _e(text: object) -> str:
    return escape(str(text), quote=True)


def _nbsp(text: str) -> str:
    """Escaped, with no-break spaces: a short label never breaks across lines."""
    return _e(text).replace(" ", "\u00a0")


def _row(f: SheetFact) -> str:
    return (f'<tr class="weak"><td class="label">{_e(f.label)}</td><td class="value">{_e(f.display)}'
            ' <span class="tag">weak</span></td></tr>')


def _runs(facts: tuple[SheetFact, ...]) -> str:
    return "\u00a0\u00b7 ".join(
        f'<span class="kv"><span class="k">{_nbsp(f.short_label)}:</span>\u00a0<b>{_e(f.display)}</b></span>'
        for f in facts)


def _entry(e: SheetEntry) -> str:
    if not e.subject:
        return f'<p class="entry">{_runs(e.facts)}</p>'
    runs = _runs(e.shown)
    return f'<p class="entry"><span class="subj">{_e(e.subject)}</span>' + (f" \u2014 {runs}" if runs else "") + "</p>"


def _weak_row(f: SheetFact) -> str:
    # <br>: the hint goes on its own line in browsers and in Qt's rich text (which ignores display: block)
    hint = f'<br><span class="hint">{_e(f.said_instead)}</span>' if f.typical_wrong else ""
    why = _e(f.reasons_text)
    return (f'<tr class="weak"><td class="label">{_e(f.label)}</td><td class="value">{_e(f.display)}{hint}</td>'
            f'<td class="why">{why}</td></tr>')


def render_html(sheet: StudySheet, *, paper: str = "a4") -> str:
    if paper not in PAPER_CSS:
        raise ValueError(f"Unknown paper size {paper!r}; use a4 or letter.")
    css = _CSS % {"paper": PAPER_CSS[paper], "footer": sheet.footer.replace("\\", "\\\\").replace('"', '\\"')}
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{_e(sheet.title)}</title>",
        f"<style>{css}</style></head><body>",
        f"<h1>{_e(sheet.title)}</h1>",
        f'<p class="sub">{_e(sheet.subtitle())} \u00b7 call: {_e(sheet.call_text())} \u00b7 '
        f"generated {_e(sheet.generated_text())}</p>",
        '<div class="facts-head">',
        f'<span class="readiness">Readiness at the call: {_e(sheet.readiness_text())}</span>',
    ]
    measured = [c for c in sheet.categories if c.recall is not None]
    if measured:
        parts.append('<span class="cats">' + " \u00b7 ".join(
            f"{_e(c.title)} {(c.recall or 0) * 100:.0f}%" for c in measured) + "</span>")
    parts.append("</div>")
    parts.append(f'<p class="note">{_e(sheet.footer)}</p>')

    if sheet.checklist is not None:
        parts.append(f'<section class="checklist"><h2>{_e(sheet.checklist_title())}</h2><ul class="checklist">')
        for i in sheet.checklist.items:
            box = "\u2611" if i.ticked else "\u2610"
            state = "ticked" if i.ticked else "open"
            parts.append(f'<li class="{state}"><span class="box">{box}</span> <b>{_e(i.text)}</b> '
                         f'<span class="why">{_e(i.why)}</span></li>')
        parts.append("</ul></section>")

    if sheet.findings:
        parts.append(f'<section class="audit"><h2>{_e(sheet.findings_title)}</h2><ul class="audit">')
        for a in sheet.findings:
            todo = f' <span class="why">{_e(a.todo)}</span>' if a.severity != "note" else ""
            parts.append(f'<li class="{a.severity}"><b class="sev">{_e(a.label)}:</b> {_e(a.message)}{todo}</li>')
        if sheet.findings_more:
            parts.append(f'<li class="more">{_e(sheet.findings_more)}</li>')
        parts.append("</ul></section>")

    parts.append(f'<section class="weak-section"><h2>Weak facts ({len(sheet.weak)})</h2>')
    if sheet.weak:
        parts.append('<table class="weak-table"><thead><tr><th>Fact</th><th>Right answer</th><th>Why</th></tr></thead>'
                     "<tbody>" + "".join(_weak_row(f) for f in sheet.weak) + "</tbody></table>")
    else:
        parts.append("<p>" + ("No weak facts yet." if sheet.attempts else
                              "No answers yet: practise first to find your weak facts.") + "</p>")
    parts.append("</section>")

    if sheet.groups or sheet.timeline:
        parts.append('<div class="groups">')
        for g in sheet.groups:
            weak = f' <span class="tag">({g.weak_count} weak)</span>' if g.weak_count else ""
            parts.append(f'<section class="group"><h2>{_e(g.title)}{weak}</h2>')
            if g.weak:
                parts.append("<table><tbody>" + "".join(_row(f) for f in g.weak) + "</tbody></table>")
            parts.append("".join(_entry(e) for e in g.entries) + "</section>")
        if sheet.timeline:
            parts.append('<section class="group"><h2>Timeline</h2><ol class="timeline">')
            for t in sheet.timeline:
                detail = f" <span class=\"kind\">({_e(t.detail)})</span>" if t.detail else ""
                kind = "job" if t.kind == "job" else "project"
                parts.append(f'<li><span class="when">{_e(t.period)}</span> <span class="kind">{kind}</span> '
                             f"{_e(t.title)}{detail}</li>")
            parts.append("</ol></section>")
        parts.append("</div>")
    parts.append(f"<footer>{_e(sheet.footer)}</footer>")
    parts.append("</body></html>\n")
    return "\n".join(parts)
