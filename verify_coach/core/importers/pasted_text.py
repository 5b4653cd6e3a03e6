"""Profile text copied from a web page (an Upwork profile, select all → copy) → a draft Profile.

Only what can be recognised reliably is read: the name and location at the top, the title, an
hourly rate such as ``$45.00/hr``, a Job Success badge, the Total jobs and Total earnings figures
(``14`` above ``Total jobs``, ``$10K+`` above ``Total earnings``, or each on one line), and the
sections Skills, Languages, Education, Employment history, Portfolio and Certifications. The Work
history (the jobs done on the platform) is not read: its layout is too loose to tell titles from
client feedback. Everything else is left for the user to fill in; ``notes`` say what was not found.
Odd text never raises: only empty text does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypeVar

from ..profile import Certification, Education, Employment, Language, PortfolioProject, Profile, ProfileError
from . import limits
from .base import (
    Collector,
    DateProblem,
    EntryError,
    ImportResult,
    build,
    check_span,
    clean_text,
    dedupe,
    is_present,
    one_line,
    parse_date,
)
from .countries import COUNTRY_NAMES, split_place

SOURCE = "pasted text"
_T = TypeVar("_T")

#: Page furniture that is copied along with the profile.
CHROME = frozenset(
    {
        "share", "more", "less", "see more", "show more", "show less", "view more", "view profile", "edit",
        "copy link", "profile link", "save", "hire", "invite to job", "contact", "message", "follow",
        "available now", "available", "...", "…", "previous", "next", "top rated", "top rated plus",
        "rising talent", "expert-vetted", "open to work", "offline", "online", "published", "show credential",
        "see all", "view all", "verified", "profile", "portfolio item", "load more", "expand", "collapse",
    }
)  # fmt: skip

_HEADINGS: dict[str, str] = {}
for _section, _names in {
    "skills": "skills|skills and expertise|skills & expertise|top skills",
    "languages": "languages|language",
    "education": "education",
    "employment": "employment history|employment|work experience|experience|professional experience",
    "portfolio": "portfolio|portfolios|projects",
    "certifications": "certifications|certificates|certification|licenses & certifications|licenses and certifications",
    "overview": "about|about me|summary|overview",
    "ignored": "work history|testimonials|other experiences|verifications|linked accounts|hours per week|"
    "reviews|work history and feedback|project catalog|specialized profiles|associated with|agencies|"
    "recommendations",
}.items():
    for _name in _names.split("|"):
        _HEADINGS[_name] = _section

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH}\s+)?\d{{4}}"
_RANGE = re.compile(rf"({_DATE})\s*(?:-|–|—|to)\s*({_DATE}|present|current|now)", re.I)
_SINGLE_YEAR = re.compile(r"^(?:graduated:?\s*)?(\d{4})$", re.I)
_RATE = re.compile(r"([$€£])\s?(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?:/\s*(?:hr|hour|h)\b|per hour)", re.I)
_CURRENCY = {"$": "USD", "€": "EUR", "£": "GBP"}
_LOCAL_TIME = re.compile(r"\b\d{1,2}:\d{2}\s*(?:am|pm)?\s+local time\b", re.I)
_JSS = re.compile(r"^(\d{1,3})\s*%\s*(job success)?", re.I)
_STAT = re.compile(r"^[\d$€£,.%+kKmM\s/<>-]+$")
_STAT_WORDS = ("total jobs", "total hours", "total earnings", "total earned", "job success", "hrs/week", "response time", "hours per week")
#: The figures Upwork shows under the title: label → what it is. A figure stands on the line above its
#: label (``14`` / ``Total jobs``) or on the same line (``14 Total jobs``, ``Total jobs: 14``).
_STAT_LABELS = {
    "total jobs": "jobs", "total earnings": "earnings", "total earned": "earnings", "total hours": "hours",
    "job success": "job success",
}  # fmt: skip
_STAT_LABEL = "|".join(re.escape(k) for k in _STAT_LABELS)
_STAT_BEFORE = re.compile(rf"^(.{{1,20}}?)\s+({_STAT_LABEL})$", re.I)
_STAT_AFTER = re.compile(rf"^({_STAT_LABEL})\s*:\s*(.{{1,20}})$", re.I)
_NUMBER = r"\d{1,3}(?:,\d{3})+|\d+"
_JOBS_VALUE = re.compile(rf"^({_NUMBER})$")
_EARNINGS_VALUE = re.compile(rf"^([$€£])\s?({_NUMBER})(\.\d{{1,2}})?\s*([km])?\s*\+?$", re.I)
_MULTIPLIER = {"": 1, "k": 1_000, "m": 1_000_000}
#: Sections whose figures are someone else's (an agency's), not the freelancer's own.
_OTHERS_FIGURES = frozenset({"associated with", "agencies"})
_LANGUAGE = re.compile(
    r"^([^\W\d_][^:]{0,40}):\s*(basic|conversational|fluent|native or bilingual|native|bilingual|native speaker|"
    r"intermediate|advanced|elementary|proficient|professional)\b.*$",
    re.I,
)
_DEGREE = re.compile(
    r"\b(bachelor|master|b\.?sc|m\.?sc|ph\.?d|mba|associate|diploma|degree|beng|meng|b\.?a|m\.?a|b\.?tech|m\.?tech|"
    r"doctor|high school|licentiate)\b",
    re.I,
)
_NAME_TOKEN = re.compile(r"^[^\W\d_]+(?:[.'’\-][^\W\d_]*)*\.?$")
_COUNT_SUFFIX = re.compile(r"\s*\(\d+\)\s*$")
_ISSUER = re.compile(r"^(?:provider|issuer|issued by|authority|organization)\s*:?\s+(.+)$", re.I)
_ISSUED = re.compile(r"^(?:issued|earned|date|completed)\s*:?\s+(.+)$", re.I)
_SKILL_SPLIT = re.compile(r"\s*[,•·;|]\s*")
_MORE = re.compile(r"^\+\s*\d+(?:\s+more)?$", re.I)


@dataclass
class _Line:
    number: int
    text: str


@dataclass
class _Parsed:
    header: list[_Line] = field(default_factory=list)
    sections: list[tuple[str, str, list[_Line]]] = field(default_factory=list)  # (section, heading, lines)


def import_text(text: str, *, source: str = SOURCE, strict: bool = False) -> ImportResult:
    """A draft profile from pasted text. Raises ProfileError only for empty or oversized text.

    ``warnings``: entries that were recognised but are bad (a job that ends before it starts) and
    were skipped (``strict``: ProfileError instead). ``notes``: what could not be found or read.
    """
    if not isinstance(text, str):
        raise ProfileError("nothing to import: expected text", source=source)
    if len(text) > limits.MAX_TEXT_BYTES or len(text.encode("utf-8", "surrogatepass")) > limits.MAX_TEXT_BYTES:
        raise ProfileError(f"the text is too long (at most {limits.MAX_TEXT_BYTES // 1024} KiB)", source=source)
    cleaned = clean_text(text)
    if not cleaned:
        raise ProfileError("nothing to import: the text is empty", source=source)
    col = Collector(source, strict=strict)
    profile = _TextReader(col).read(cleaned)
    return col.result(profile, "text", allow_empty=True)


def _heading(text: str) -> tuple[str, str] | None:
    key = _COUNT_SUFFIX.sub("", text).rstrip(":").strip().casefold()
    section = _HEADINGS.get(key)
    return (section, text) if section else None


def _split(text: str) -> _Parsed:
    parsed = _Parsed()
    current: list[_Line] = parsed.header
    for number, raw in enumerate(text.split("\n"), start=1):
        line = one_line(raw)
        if not line or line.casefold() in CHROME:
            continue
        head = _heading(line)
        if head:
            current = []
            parsed.sections.append((head[0], head[1], current))
        else:
            current.append(_Line(number, line))
    return parsed


def _is_stat(text: str) -> bool:
    low = text.casefold()
    return bool(_STAT.match(text)) or any(w in low for w in _STAT_WORDS)


def _statish(text: str) -> bool:
    """Whether a short line looks like a figure (``14``, ``$10K+``, or a garbled ``$3O K+``)."""
    return 0 < len(text) <= 20 and (text[0] in "0123456789$€£" or bool(_STAT.match(text)))


def _stat_label(text: str) -> str | None:
    return _STAT_LABELS.get(text.rstrip(":").strip().casefold())


def _find_stats(lines: list[_Line]) -> tuple[list[tuple[str, str | None, _Line]], set[int]]:
    """The figures in one block of lines: ``(kind, value or None, label line)``, and the numbers of
    all the lines they use (labels and values), so that they are not read as anything else."""
    found: list[tuple[str, str | None, _Line]] = []
    used: set[int] = set()
    for i, ln in enumerate(lines):
        kind = _stat_label(ln.text)
        if kind:
            used.add(ln.number)
            prev = lines[i - 1] if i > 0 else None
            if prev is not None and prev.number not in used and _statish(prev.text) and not _stat_label(prev.text):
                used.add(prev.number)
                found.append((kind, prev.text, ln))
            else:
                found.append((kind, None, ln))
            continue
        m = _STAT_BEFORE.match(ln.text)
        value, label = (m.group(1), m.group(2)) if m else (None, None)
        if m is None and (m := _STAT_AFTER.match(ln.text)):
            value, label = m.group(2), m.group(1)
        if value is not None and label is not None and _statish(value.strip()):
            used.add(ln.number)
            found.append((_STAT_LABELS[label.casefold()], value.strip(), ln))
    return found, used


def _jobs(value: str) -> int | None:
    """``1,204`` → 1204; ``None`` if it is not a plain count."""
    m = _JOBS_VALUE.match(value)
    count = int(m.group(1).replace(",", "")) if m else None
    return count if count is not None and count <= 1_000_000_000 else None


def _earnings(value: str) -> tuple[float, str] | None:
    """``$10K+`` → (10000.0, "USD") (a ``+`` means "at least": the figure shown is kept); ``None`` if unclear."""
    m = _EARNINGS_VALUE.match(value)
    if not m:
        return None
    amount = Decimal(m.group(2).replace(",", "") + (m.group(3) or "")) * _MULTIPLIER[(m.group(4) or "").casefold()]
    return (float(amount), _CURRENCY[m.group(1)]) if amount <= 1_000_000_000_000 else None


def _looks_like_name(text: str) -> bool:
    if len(text) > 60 or any(ch.isdigit() for ch in text) or "," in text or _heading(text):
        return False
    tokens = text.split()
    if not 1 <= len(tokens) <= 5 or not all(_NAME_TOKEN.match(t) for t in tokens):
        return False
    latin = [t for t in tokens if t[0].isascii()]
    return all(t[0].isupper() for t in latin)


def _job_line(text: str, following: str) -> tuple[str, str, re.Match[str] | None, bool] | None:
    """``Senior Developer | Acme Corp`` or ``Designer at Studio``, with its dates on the same line or the next:
    (title, company, the date range, whether the dates are on the next line)."""
    m = _RANGE.search(text)
    on_next = False
    if m is None:
        m = _RANGE.search(following)
        on_next = m is not None
    rest = (text[: m.start()] + text[m.end() :]) if m and not on_next else text
    parts = [p.strip() for p in rest.split("|") if p.strip()]
    if "|" in rest and len(parts) >= 2:
        return parts[0], parts[1], m, on_next
    at = re.match(r"^(.{2,80}?)\s+at\s+(.{2,80})$", rest.strip(" -–—")) if m else None
    return (at.group(1), at.group(2), m, on_next) if at else None


def _looks_like_place(text: str) -> bool:
    if any(ch.isdigit() for ch in text) or len(text) > 80:
        return False
    parts = [p.strip() for p in text.split(",")]
    if len(parts) >= 2:
        return all(p and len(p.split()) <= 5 for p in parts)
    return text.casefold() in {n.casefold() for n in COUNTRY_NAMES.values()}


class _TextReader:
    def __init__(self, col: Collector):
        self.col = col
        self.profile = Profile()
        self._full: set[str] = set()
        self._noted: set[str] = set()  # figures whose absence is already explained in a note

    def _room(self, section: str) -> bool:
        """False once a section holds ``MAX_ENTRIES`` entries (reported once)."""
        items = self.profile.platform.languages if section == "languages" else getattr(self.profile, section)
        if len(items) < limits.MAX_ENTRIES:
            return True
        if section not in self._full:
            self._full.add(section)
            self.col.skip(section, f"more than {limits.MAX_ENTRIES} entries; only the first {limits.MAX_ENTRIES} were read")
        return False

    def read(self, text: str) -> Profile:
        parsed = _split(text)
        self._rate(text)
        self._job_success(parsed)
        self._stats(parsed)
        self._header(parsed.header)
        handlers = {
            "skills": self._skills,
            "languages": self._languages,
            "education": self._education,
            "employment": self._employment,
            "portfolio": self._portfolio,
            "certifications": self._certifications,
            "overview": self._overview,
        }
        seen: set[str] = set()
        for section, heading, lines in parsed.sections:
            if section == "ignored":
                if lines:
                    self.col.note(heading, "not read from pasted text; add what you need by hand")
                continue
            seen.add(section)
            handlers[section](lines)
        if "languages" not in seen:  # Upwork's "English: Fluent" lines are recognisable anywhere
            self._languages([ln for ln in parsed.header if _LANGUAGE.match(ln.text)])
        if "employment" not in seen:  # "Title | Company" followed by a date range, anywhere
            self._employment([ln for _, _, lines in parsed.sections for ln in lines] + parsed.header, need_dates=True)
        self._report_missing()
        return self.profile

    # -- whole text -----------------------------------------------------------------------
    def _rate(self, text: str) -> None:
        m = _RATE.search(text)
        if not m:
            return
        amount = float(m.group(2).replace(",", ""))
        if amount <= 100_000:
            self.profile.platform.hourly_rate = amount
            self.profile.platform.currency = _CURRENCY[m.group(1)]

    def _job_success(self, parsed: _Parsed) -> None:
        lines = parsed.header + [ln for _, _, ls in parsed.sections for ln in ls]
        for i, ln in enumerate(lines):
            m = _JSS.match(ln.text)
            if not m:
                continue
            same_line = bool(m.group(2))
            next_line = i + 1 < len(lines) and lines[i + 1].text.casefold().startswith("job success")
            if (same_line or next_line) and int(m.group(1)) <= 100:
                self.profile.platform.job_success = int(m.group(1))
                return

    def _stats(self, parsed: _Parsed) -> None:
        """Total jobs and total earnings; their lines are then taken out so no section reads them."""
        blocks = [("", parsed.header)] + [(heading, lines) for _, heading, lines in parsed.sections]
        found: list[tuple[str, str | None, _Line]] = []
        used: set[int] = set()
        for heading, lines in blocks:
            block_found, block_used = _find_stats(lines)
            used |= block_used
            if _COUNT_SUFFIX.sub("", heading).rstrip(":").strip().casefold() not in _OTHERS_FIGURES:
                found += block_found
        parsed.header[:] = [ln for ln in parsed.header if ln.number not in used]
        for _, _, lines in parsed.sections:
            lines[:] = [ln for ln in lines if ln.number not in used]

        pl = self.profile.platform
        jobs = self._figure("Total jobs", [(v, ln) for k, v, ln in found if k == "jobs"], _jobs)
        if jobs is not None:
            pl.total_jobs = jobs
        earned = self._figure("Total earnings", [(v, ln) for k, v, ln in found if k == "earnings"], _earnings)
        if earned is None:
            return
        amount, currency = earned
        if pl.hourly_rate is not None and pl.currency != currency:
            self._noted.add("Total earnings")
            self.col.note("", f"Total earnings: shown in {currency} but the hourly rate in {pl.currency}; left empty")
            return
        pl.total_earnings = amount
        if pl.hourly_rate is None:
            pl.currency = currency

    def _figure(self, what: str, seen: list[tuple[str | None, _Line]], read: Callable[[str], _T | None]) -> _T | None:
        """The one figure shown for ``what``, or None with a note (unreadable, missing or differing)."""
        if not seen:
            return None
        values = [(value, read(value)) for value, _ in seen if value is not None]
        distinct = {figure for _, figure in values}
        if len(distinct) == 1 and None not in distinct:
            return distinct.pop()
        self._noted.add(what)
        if len(distinct) > 1:
            shown = ", ".join(dict.fromkeys(value for value, _ in values))
            self.col.note("", f"{what}: the text shows different figures ({shown}); left empty")
        elif values:
            self.col.note(f"line {seen[0][1].number}", f"{what}: {values[0][0]!r} is not a figure that can be read; left empty")
        else:
            self.col.note(f"line {seen[0][1].number}", f"{what}: no figure found with it; left empty")
        return None

    # -- the top of the page --------------------------------------------------------------
    def _header(self, header: list[_Line]) -> None:
        texts = [ln.text for ln in header]
        place_at, place = self._location(texts)
        name_at = None
        candidates = range(place_at - 1, max(-1, place_at - 4), -1) if place_at is not None else range(min(5, len(texts)))
        for i in candidates:
            if _looks_like_name(texts[i]) and texts[i] != place:
                name_at = i
                break
        if name_at is not None:
            self.profile.identity.full_name = texts[name_at]
        if place:
            self.profile.platform.location = place
            for attr, value in split_place(place).items():
                setattr(self.profile.identity.address, attr, value)
        after = max(i for i in (-1, name_at, place_at) if i is not None) + 1
        while after < len(texts) and _LOCAL_TIME.search(texts[after]):
            after += 1
        self._title_and_overview(texts[after:])

    def _location(self, texts: list[str]) -> tuple[int | None, str]:
        """(index of the line, location): the line with or before ``3:15 pm local time``, or ``City, Country``."""
        for i, text in enumerate(texts[:12]):
            m = _LOCAL_TIME.search(text)
            if not m:
                continue
            before = text[: m.start()].strip(" -–—·|\t")
            if before and _looks_like_place(before):
                return i, before
            if i > 0 and _looks_like_place(texts[i - 1]):
                return i - 1, texts[i - 1]
            return i, ""
        for i, text in enumerate(texts[:6]):
            if "," in text and _looks_like_place(text):
                return i, text
        return None, ""

    def _title_and_overview(self, texts: list[str]) -> None:
        overview: list[str] = []
        for text in texts:
            if _LANGUAGE.match(text):
                continue
            rest = _RATE.sub("", text).strip(" -–—·|\t")
            if not rest or _is_stat(rest) or _LOCAL_TIME.search(rest):
                continue
            if not self.profile.platform.title and len(rest) <= 150 and len(rest.split()) <= 20 and not rest.endswith("."):
                self.profile.platform.title = rest
                continue
            if len(text.split()) >= 8 or text.endswith((".", "!", "?")):
                overview.append(text)
        if overview and not self.profile.platform.overview:
            self.profile.platform.overview = "\n".join(overview)

    def _overview(self, lines: list[_Line]) -> None:
        text = "\n".join(ln.text for ln in lines if not _is_stat(ln.text))
        if text:
            self.profile.platform.overview = text

    # -- sections -------------------------------------------------------------------------
    def _skills(self, lines: list[_Line]) -> None:
        items = []
        for ln in lines:
            for part in _SKILL_SPLIT.split(ln.text):
                part = part.strip()
                figure = bool(_STAT.match(part)) and any(ch.isdigit() or ch in "$€£" for ch in part)  # "1,230", "$5K"
                if part and len(part) <= 60 and not _MORE.match(part) and part.casefold() not in CHROME and not figure:
                    items.append(part)
        self.profile.platform.skills = dedupe(self.profile.platform.skills + items)[: limits.MAX_ENTRIES]

    def _languages(self, lines: list[_Line]) -> None:
        pl = self.profile.platform
        seen = {x.name.casefold() for x in pl.languages}
        for ln in lines:
            m = _LANGUAGE.match(ln.text) or re.match(r"^([^\W\d_][^:]{0,40}):\s*(.+)$", ln.text)
            if not m:
                continue
            name, level = m.group(1).strip(), one_line(ln.text.split(":", 1)[1])
            if name.casefold() in seen:
                continue
            if not self._room("languages"):
                break
            seen.add(name.casefold())
            pl.languages.append(Language(name=name, proficiency=level))
            if name.casefold() == "english" and not pl.english_level:
                pl.english_level = level

    def _dates(self, m: re.Match[str], where: str) -> tuple[str | None, str | None, bool]:
        try:
            start = parse_date(m.group(1))
            if is_present(m.group(2)):
                return start, None, True
            return start, parse_date(m.group(2)), False
        except DateProblem as exc:
            raise EntryError(str(exc), where) from None

    def _employment(self, lines: list[_Line], *, need_dates: bool = False) -> None:
        i = 0
        while i < len(lines) and self._room("employment"):
            ln = lines[i]
            following = lines[i + 1].text if i + 1 < len(lines) else ""
            entry = _job_line(ln.text, following)
            if entry is None or (need_dates and entry[2] is None):
                i += 1
                continue
            title, company, m, dates_on_next = entry
            j = i + 1 + (1 if dates_on_next else 0)
            description = []
            while j < len(lines) and _job_line(lines[j].text, lines[j + 1].text if j + 1 < len(lines) else "") is None:
                description.append(lines[j].text)
                j += 1
            where = f"line {ln.number}"
            try:
                start, end, current = self._dates(m, where) if m else (None, None, False)
                job = build(
                    Employment, where, company=company, title=title, start=start, end=end, current=current,
                    description="\n".join(description) if not need_dates else "",
                )  # fmt: skip
                check_span("employment", job, where)
                self.profile.employment.append(job)
            except EntryError as exc:
                self.col.skip_error(exc, where)
            i = j

    def _education(self, lines: list[_Line]) -> None:
        current: dict[str, object] | None = None
        for ln in lines:
            if not self._room("education"):
                return
            text = ln.text
            m = _RANGE.fullmatch(text.strip()) or _SINGLE_YEAR.match(text.strip())
            if m and current is not None:
                try:
                    if m.re is _SINGLE_YEAR:
                        current["end"] = parse_date(m.group(1))
                    else:
                        current["start"], current["end"], _ = self._dates(m, f"line {ln.number}")
                except (EntryError, DateProblem) as exc:
                    current["error"] = exc
                continue
            if current is not None and not current.get("degree") and (_DEGREE.search(text) or "," in text):
                degree, _, study = text.partition(",")
                current["degree"], current["field_of_study"] = degree.strip(), study.strip()
                continue
            if m:
                continue
            self._add_school(current)
            current = {"school": text, "where": f"line {ln.number}"}
        self._add_school(current)

    def _add_school(self, values: dict[str, object] | None) -> None:
        if not values:
            return
        where = str(values.pop("where"))
        error = values.pop("error", None)
        try:
            if isinstance(error, EntryError):
                raise error
            if isinstance(error, DateProblem):
                raise EntryError(str(error), where)
            entry = build(Education, where, **values)
            check_span("education", entry, where)
            self.profile.education.append(entry)
        except EntryError as exc:
            self.col.skip_error(exc, where)

    def _portfolio(self, lines: list[_Line]) -> None:
        titles = [ln.text for ln in lines if len(ln.text) <= 120 and not _is_stat(ln.text) and not _RANGE.search(ln.text)]
        known = {p.title.casefold() for p in self.profile.portfolio}
        for title in dedupe(titles):
            if title.casefold() not in known:
                if not self._room("portfolio"):
                    return
                self.profile.portfolio.append(PortfolioProject(title=title))

    def _certifications(self, lines: list[_Line]) -> None:
        current: dict[str, str | None] | None = None
        for ln in lines:
            if not self._room("certifications"):
                return
            issuer, issued = _ISSUER.match(ln.text), _ISSUED.match(ln.text)
            if current is not None and issuer:
                current["issuer"] = issuer.group(1)
            elif current is not None and issued:
                try:
                    current["date"] = parse_date(issued.group(1))
                except DateProblem as exc:
                    self.col.skip(f"line {ln.number}", f"{current['name']}: {exc}; the date was left out")
            else:
                self._add_cert(current)
                current = {"name": ln.text}
        self._add_cert(current)

    def _add_cert(self, values: dict[str, str | None] | None) -> None:
        if values and values.get("name"):
            try:
                self.profile.certifications.append(build(Certification, "certifications", **values))
            except EntryError as exc:
                self.col.skip_error(exc, "certifications")

    def _report_missing(self) -> None:
        p = self.profile
        for missing, what in (
            (not p.identity.full_name, "no name found at the top"),
            (not p.platform.title, "no profile title found"),
            (p.platform.hourly_rate is None, "no hourly rate such as $45.00/hr found"),
            (not p.platform.skills, "no Skills section found"),
            (p.platform.total_jobs is None and "Total jobs" not in self._noted, "no Total jobs figure found"),
            (p.platform.total_earnings is None and "Total earnings" not in self._noted, "no Total earnings figure found"),
        ):
            if missing:
                self.col.note("", what)
