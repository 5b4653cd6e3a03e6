"""The study sheet as plain, readable Markdown.

User text is escaped so it always shows as text: characters with a meaning in Markdown (emphasis,
links, code, HTML, tables, entities) get a backslash, and line breaks become spaces so a value can
never start a heading or a list. Bare URLs, e-mail addresses and host names are broken up with backslash
escapes too (``https\\://example\\.com``), so that viewers which make links of them (GitHub, markdown-it with
linkify) show them as text. Our own markup is the only markup in the file.
"""

from __future__ import annotations

import re

from .sheet import SheetEntry, SheetFact, StudySheet

_SPECIAL = re.compile(r"([\\`*_{}\[\]<>|#~&!])")
_SPACES = re.compile(r"\s+")


#: What GitHub, markdown-it's linkify and most viewers turn into a live link without any markup: a scheme
#: (``https:``, ``mailto:``...), an e-mail address (``@``), ``www.`` and a bare host name (``example.com``).
_SCHEME = re.compile(r"(?i)\b([a-z][a-z0-9+.-]{1,31}):(?=//|[^\s]*@)|\b(mailto|tel|javascript|data|file):")
_HOST = re.compile(r"(?i)\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b")


def _no_autolinks(text: str) -> str:
    """Break every bare URL, e-mail address and host name with backslash escapes (``https\\://``,
    ``a\\@b``, ``example\\.com``): a Markdown viewer shows them as they are, but no longer as links."""
    text = _SCHEME.sub(lambda m: (m.group(1) or m.group(2)) + "\\:", text)
    text = _HOST.sub(lambda m: m.group(0).replace(".", "\\."), text)
    return text.replace("@", "\\@")


def md_escape(text: str) -> str:
    """``text`` as literal Markdown text (CommonMark / GitHub): one line, specials backslash-escaped, no
    bare URL that a viewer would make a link of."""
    return _no_autolinks(_SPECIAL.sub(r"\\\1", _SPACES.sub(" ", str(text)).strip()))


def _group_weak_line(f: SheetFact) -> str:
    why = f" *({md_escape(f.reasons_text)})*" if f.reasons_text else ""
    return f"- \u26a0 **{md_escape(f.label)}:** {md_escape(f.display)} \u2014 weak{why}"


def _entry_lines(e: SheetEntry) -> list[str]:
    if not e.subject:
        return [f"- {md_escape(f.short_label)}: **{md_escape(f.display)}**" for f in e.facts]
    runs = " \u00b7 ".join(f"{md_escape(f.short_label)}: **{md_escape(f.display)}**" for f in e.shown)
    return [f"- **{md_escape(e.subject)}**" + (f" \u2014 {runs}" if runs else "")]


def _weak_line(f: SheetFact) -> str:
    why = f" *({md_escape(f.reasons_text)})*" if f.reasons_text else ""
    if f.typical_wrong:
        said = md_escape(f.said_instead)
        return f"- \u26a0 **{md_escape(f.label)}:** {said} \u2014 it is **{md_escape(f.display)}**{why}"
    return f"- \u26a0 **{md_escape(f.label)}:** **{md_escape(f.display)}**{why}"


def render_markdown(sheet: StudySheet) -> str:
    out: list[str] = [f"# {md_escape(sheet.title)}", ""]
    out.append(md_escape(sheet.subtitle()) + "  ")
    out.append(f"Call: {md_escape(sheet.call_text())}  ")
    out.append(f"Readiness at the call: **{md_escape(sheet.readiness_text())}**"
               + (f" ({sheet.attempts} answers so far)" if sheet.attempts else "") + "  ")
    measured = [c for c in sheet.categories if c.recall is not None]
    if measured:
        out.append("By category: " + " \u00b7 ".join(f"{c.title} {(c.recall or 0) * 100:.0f}%" for c in measured) + "  ")
    out.append(f"Generated {md_escape(sheet.generated_text())}")
    out.append("")
    out.append(f"> {md_escape(sheet.footer)}")
    out.append("")

    if sheet.checklist is not None:  # a task list: GitHub and most viewers draw the boxes
        out += [f"## {md_escape(sheet.checklist_title())}", ""]
        for i in sheet.checklist.items:
            out.append(f"- [{'x' if i.ticked else ' '}] **{md_escape(i.text)}** \u2014 {md_escape(i.why)}")
        out.append("")

    if sheet.findings:
        out += [f"## {md_escape(sheet.findings_title)}", ""]
        for a in sheet.findings:
            todo = f" — {md_escape(a.todo)}" if a.severity != "note" else ""
            out.append(f"- **{a.label}:** {md_escape(a.message)}{todo}")
        if sheet.findings_more:
            out.append(f"- {md_escape(sheet.findings_more)}")
        out.append("")

    out.append(f"## Weak facts ({len(sheet.weak)})")
    out.append("")
    if sheet.weak:
        for f in sheet.weak:
            out.append(_weak_line(f))
    else:
        out.append("No weak facts yet." if sheet.attempts else "No answers yet: practise first to find your weak facts.")
    out.append("")

    for g in sheet.groups:
        title = g.title + (f" ({g.weak_count} weak)" if g.weak_count else "")
        out += [f"## {md_escape(title)}", ""]
        out += [_group_weak_line(f) for f in g.weak]
        for e in g.entries:
            out += _entry_lines(e)
        out.append("")

    if sheet.timeline:
        out += ["## Timeline", ""]
        for t in sheet.timeline:
            what = "Job" if t.kind == "job" else "Project"
            detail = f" ({md_escape(t.detail)})" if t.detail else ""
            out.append(f"- **{md_escape(t.period)}** \u2014 {what}: {md_escape(t.title)}{detail}")
        out.append("")

    out += ["---", "", f"*{md_escape(sheet.footer)}*", ""]
    return "\n".join(out)
