"""The study sheet as plain data: what the Markdown, HTML and PDF writers lay out.

A study sheet is for *before* the call: the user reads it, then puts it away (see ``FOOTER``).
It holds the key facts grouped by category, the weak ones first and marked, each weak fact with the
answer the user typically gives instead, readiness for the call, a timeline of jobs and projects and, when a
call date is set, the checklist for the day of the call (``core/checklist.py``; ticked items ticked), and what
the profile audit found (``core/audit``: what the agent may notice).
Everything here is Qt-free and holds the user's text unescaped; each writer escapes for its format.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa

from .. import dates
from ..audit import audit
from ..checklist import Checklist
from ..facts import CATEGORIES, Fact, extract_facts, spoken_value
from ..profile import Profile
from ..relevance import attribute_of
from ..stats import weak_facts

FOOTER = "A study sheet for before the call \u2014 put it away before the call starts."

CATEGORY_TITLES: dict[str, str] = {
    "identity": "Identity",
    "rate": "Rate",
    "employment": "Employment",
    "education": "Education",
    "portfolio": "Portfolio",
    "skills": "Skills",
    "languages": "Languages",
    "certifications": "Certifications",
    "platform": "Platform",
}

# How a fact is named inside its entry ("Brightline Logistics — Started: July 2018"). A fact whose
# attribute is not here keeps its full label.
SHORT_LABELS: dict[str, str] = {
    "full_name": "Name", "date_of_birth": "Born", "street": "Street", "city": "City", "region": "Region",
    "postal_code": "Postal code", "country": "Country", "phone": "Phone", "email": "Email",
    "nationality": "Nationality", "id_document_type": "ID document", "hourly_rate": "Hourly rate",
    "title": "Title", "member_since": "Member since", "location": "Location", "time_zone": "Time zone",
    "total_jobs": "Jobs completed", "total_earnings": "Total earnings", "job_success": "Job Success Score",
    "payment_methods": "Withdrawals", "categories": "Categories", "english_level": "English",
    "proficiency": "Level", "languages": "Languages", "top_skills": "First skills", "skill_count": "Skills listed",
    "company": "Company", "start": "Started", "end": "Ended", "duration_months": "Months",
    "first_employer": "First employer", "current_employer": "Current employer",
    "years_experience": "Years of experience", "employer_count": "Employers listed", "school": "School",
    "degree": "Degree", "field_of_study": "Field", "issuer": "Issuer", "date": "Earned",
    "names": "Certifications", "client": "Client", "role": "Role", "completed": "Completed",
    "skills": "Skills", "employer_at_time": "Employer then", "most_recent_project": "Most recent project",
    "rate": "Rate", "budget": "Budget", "rating": "Rating", "platform_job_count": "Jobs in work history",
}
SHORT_LABEL_OVERRIDES: dict[tuple[str, str], str] = {
    ("employment", "end"): "Left",
    ("education", "end"): "Finished",
    ("portfolio", "end"): "Finished",
    ("platform", "title"): "Profile title",
    ("platform", "location"): "Location shown",
}
# Facts about the profile as a whole even though they name an entry ("Your first employer").
SUMMARY_ATTRIBUTES = frozenset({"first_employer", "current_employer", "most_recent_project"})

WEAK_REASON_TEXT: dict[str, str] = {
    "missed recently": "recent miss",
    "missed unexpectedly": "unexpected miss",
    "slow": "slow answers",
}


@dataclass(frozen=True)
class SheetFact:
    """One key fact as the sheet shows it."""

    key: str
    category: str
    label: str
    value: str  # as stored (a date stays partial ISO: "2018-07")
    display: str  # as a person reads it ("July 2018")
    kind: str
    subject: str = ""  # the entry it belongs to ("Brightline Logistics"); "" for the profile as a whole
    short_label: str = ""  # its name within that entry ("Started")
    weak: bool = False
    weak_reasons: tuple[str, ...] = ()
    typical_wrong: str | None = None  # the user's most frequent recent wrong answer (weak facts only)
    wrong_count: int = 0  # how often ``typical_wrong`` was given among the recent wrong answers
    attempts: int = 0
    accuracy: float | None = None
    recall_at_call: float = 0.0

    @property
    def said_instead(self) -> str:
        """``You often say “2019”`` (``You said …`` if given once; empty if there is none)."""
        if not self.typical_wrong:
            return ""
        verb = "often say" if self.wrong_count > 1 else "said"
        return f"You {verb} \u201c{self.typical_wrong}\u201d"

    @property
    def hint(self) -> str:
        """``You often say “2019” — it is July 2018.`` (empty if there is no typical wrong answer)."""
        return f"{self.said_instead} \u2014 it is {self.display}." if self.typical_wrong else ""

    @property
    def reasons_text(self) -> str:
        return ", ".join(WEAK_REASON_TEXT.get(r, r) for r in self.weak_reasons)


@dataclass(frozen=True)
class SheetEntry:
    """The facts of one entry (a job, a school, a project...) or, with no subject, of the profile itself."""

    subject: str
    facts: tuple[SheetFact, ...]

    @property
    def shown(self) -> tuple[SheetFact, ...]:
        """The facts to list after the subject: a fact whose value *is* the subject (the company of a
        job, the school of a degree) is already said by the subject."""
        if not self.subject:
            return self.facts
        subj = _norm(self.subject)
        return tuple(f for f in self.facts if _norm(f.display) != subj)


@dataclass(frozen=True)
class FactGroup:
    """One category: its weak facts first (with their full question-like labels), then every other
    fact, gathered by the entry it belongs to."""

    category: str
    title: str
    weak: tuple[SheetFact, ...]
    entries: tuple[SheetEntry, ...]

    @property
    def facts(self) -> tuple[SheetFact, ...]:
        """All facts of the group, weak first."""
        return self.weak + tuple(f for e in self.entries for f in e.facts)

    @property
    def weak_count(self) -> int:
        return len(self.weak)


@dataclass(frozen=True)
class CategoryReadiness:
    category: str
    title: str
    recall: float | None  # predicted recall at the call (0..1)
    accuracy: float | None
    attempts: int


@dataclass(frozen=True)
class TimelineEntry:
    kind: str  # "job" or "project"
    title: str  # "Backend Developer at Brightline Logistics" / "Parcel Radar"
    detail: str  # location, client, role...
    start: str | None
    end: str | None
    current: bool
    period: str  # "July 2018 – March 2021", "since May 2021", "completed June 2020", "date not given"


AUDIT_LABELS = {"fix": "Fix", "explain": "Explain", "note": "Note"}
MAX_FINDINGS = 8  # the sheet's section stays short


@dataclass(frozen=True)
class SheetFinding:
    """A finding of the profile audit (``core/audit``), as the sheet lists it."""

    severity: str  # fix | explain | note
    message: str
    todo: str

    @property
    def label(self) -> str:
        return AUDIT_LABELS[self.severity]


@dataclass(frozen=True)
class StudySheet:
    profile_name: str
    full_name: str
    platform: str
    call_at: datetime | None  # UTC
    generated_at: datetime  # UTC
    readiness: float | None  # None: nothing answered yet
    attempts: int
    categories: tuple[CategoryReadiness, ...]
    weak: tuple[SheetFact, ...]
    groups: tuple[FactGroup, ...]
    timeline: tuple[TimelineEntry, ...]
    weak_only: bool = False
    footer: str = FOOTER
    checklist: Checklist | None = None  # the checklist for the call date (None: no call date set)
    findings: tuple[SheetFinding, ...] = ()  # the profile audit, most severe first (at most MAX_FINDINGS)
    findings_total: int = 0

    @property
    def findings_title(self) -> str:
        return f"What the agent may notice ({self.findings_total or len(self.findings)})"

    @property
    def findings_more(self) -> str:
        """"… and 3 more: see Before the call in the app" ("" when all are listed)."""
        more = self.findings_total - len(self.findings)
        return f"\u2026 and {more} more: see \u201cBefore the call\u201d in the app (or verify-coach audit)." if more > 0 else ""

    @property
    def title(self) -> str:
        who = self.full_name or self.profile_name
        return f"Study sheet \u2014 {who}"

    @property
    def fact_count(self) -> int:
        return sum(len(g.facts) for g in self.groups)

    def call_text(self) -> str:
        """The call in local time, as a person reads it (``Thursday 3 December 2026, 15:00``)."""
        if self.call_at is None:
            return "not set"
        local = self.call_at.astimezone()
        return f"{local:%A} {local.day} {local:%B %Y, %H:%M}"

    def generated_text(self) -> str:
        local = self.generated_at.astimezone()
        return f"{local.day} {local:%B %Y, %H:%M}"

    def readiness_text(self) -> str:
        if self.readiness is None:
            return "not measured yet \u2014 practise first"
        return f"{self.readiness * 100:.0f}%"

    def checklist_title(self) -> str:
        """``Before the call: Bank video-KYC (3 of 10 ready)`` ("" without a checklist)."""
        cl = self.checklist
        return f"Before the call: {cl.type_name} ({cl.done} of {cl.total} ready)" if cl else ""

    def subtitle(self) -> str:
        parts = [self.platform] if self.platform else []
        parts.append(f"profile \u201c{self.profile_name}\u201d")
        return " \u00b7 ".join(parts)


# ------------------------------------------------------------------------------------------ building
_MONEY = re.compile(r"^(\d+(?:\.\d+)?) ([A-Z]{3})(/hour)?$")
_CURRENCY_SIGNS = {"USD": "$", "EUR": "\u20ac", "GBP": "\u00a3", "JPY": "\u00a5", "INR": "\u20b9", "PHP": "\u20b1"}


def money_text(value: str) -> str:
    """Money as a person writes it: "45.00 USD/hour" -> "$45/hour", "52693 USD" -> "$52,693",
    "30.50 EUR/hour" -> "€30.50/hour", "200 CNY" -> "200 CNY" (no sign people agree on); anything else as it is."""
    m = _MONEY.match(value.strip())
    if not m:
        return value
    amount, currency, per = float(m.group(1)), m.group(2), m.group(3) or ""
    number = f"{amount:,.0f}" if amount.is_integer() else f"{amount:,.2f}"
    sign = _CURRENCY_SIGNS.get(currency)
    return f"{sign}{number}{per}" if sign else f"{number} {currency}{per}"


def display_value(value: str, kind: str) -> str:
    """A fact's value as a person reads it: dates in words, money as a person writes it ("$45/hour"),
    everything else as it is."""
    if kind == "date":
        return spoken_value(value, kind)
    if kind == "money":
        return money_text(value)
    return value  # lists keep their own separators here


def _norm(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).casefold().split())


def typical_wrong(answers: list[str]) -> tuple[str | None, int]:
    """The most frequent of ``answers`` (most recent first); a tie goes to the more recent one.

    Blank answers and "I don't know" (in any words, ``grading.is_dont_know``) are not a typical answer: they
    are not something the user said the value is. Returns the answer as last typed and how many times it was
    given."""
    from ..grading import is_dont_know

    typed = [a.strip() for a in answers if a and a.strip() and not is_dont_know(a)]
    if not typed:
        return None, 0
    counts = Counter(_norm(a) for a in typed)
    best = max(counts.values())
    for a in typed:  # most recent first: the first with the top count wins ties
        if counts[_norm(a)] == best:
            return a, best
    return None, 0  # pragma: no cover - unreachable


_WRONG_SQL = sa.text(
    """
    SELECT f.key, a.answer, a.expected, a.form FROM attempt a JOIN fact f ON f.id = a.fact_id
    WHERE f.profile_id = :pid AND a.correct = 0 AND a.spoken = 0 AND f.key IN :keys
    ORDER BY a.created_at DESC, a.id DESC
    """
).bindparams(sa.bindparam("keys", expanding=True))
_PICK = re.compile(r"^\s*(?:[1-9]|[a-dA-D])\s*$")


def recent_wrong_values(coach: Any, name: str | None, facts: list[Fact], *, per_fact: int = 5) -> dict[str, list[str]]:
    """The user's recent wrong answers *to the fact's value* (most recent first, at most ``per_fact``).

    Only answers to questions whose right answer was the fact's value count: "False" to a true-or-false
    question or "2 1 3" to an ordering question says nothing about what the user believes the value is.
    A bare choice number ("2") is skipped too: which option it was is not recorded; and so is a spoken answer
    (what was said is not recorded as text, only the user's rating of it)."""
    if not facts:
        return {}
    wanted = {f.key: {_norm(f.value), _norm(display_value(f.value, f.kind))} for f in facts}
    out: dict[str, list[str]] = {k: [] for k in wanted}
    pid = coach.active_profile_id(name)
    with coach.store.engine.connect() as conn:
        rows = conn.execute(_WRONG_SQL, {"pid": pid, "keys": list(wanted)}).all()
    for key, answer, expected, form in rows:
        if len(out[key]) >= per_fact or _norm(expected or "") not in wanted[key]:
            continue
        if form == "choice" and _PICK.match(answer or ""):
            continue
        out[key].append(answer or "")
    return out


def _sheet_fact(f: Fact, st: Any | None, wrong: list[str]) -> SheetFact:
    weak = bool(st is not None and st.weak)  # ``stats.weak_reasons``: the one definition
    answer, count = typical_wrong(wrong) if weak else (None, 0)
    subject = "" if f.attribute in SUMMARY_ATTRIBUTES else f.subject
    short = SHORT_LABEL_OVERRIDES.get((f.category, f.attribute)) or SHORT_LABELS.get(f.attribute, f.label)
    return SheetFact(
        key=f.key, category=f.category, label=f.label, value=f.value, display=display_value(f.value, f.kind),
        kind=f.kind, subject=subject, short_label=short,
        weak=weak, weak_reasons=tuple(st.weak_reasons) if weak and st is not None else (),
        typical_wrong=answer, wrong_count=count,
        attempts=st.attempts if st is not None else 0,
        accuracy=st.accuracy if st is not None else None,
        recall_at_call=st.recall_at_call if st is not None else 0.0,
    )


def _period(start: str | None, end: str | None, current: bool) -> str:
    s, e = dates.human(start), dates.human(end)
    if s and (current or not e):
        return f"since {s}"
    if s and e:
        return s if s == e else f"{s} \u2013 {e}"
    if e:
        return f"until {e}"
    return "date not given"


def _project_period(p: Any) -> str:
    if p.completed:
        return f"completed {dates.human(p.completed)}"
    if p.start and p.end:
        return _period(p.start, p.end, False)
    if p.start:
        return f"started {dates.human(p.start)}"
    if p.end:
        return f"finished {dates.human(p.end)}"
    return "date not given"


def build_timeline(profile: Profile) -> list[TimelineEntry]:
    """Jobs and portfolio projects, oldest first (by start); entries without any date come last."""
    out: list[tuple[tuple[int, int, int], int, TimelineEntry]] = []
    for i, e in enumerate(profile.employment):
        title = f"{e.title} at {e.company}" if e.title else e.company
        end = None if e.current else e.end
        current = e.current or (bool(e.start) and not e.end)
        entry = TimelineEntry("job", title, e.location, e.start, end, current, _period(e.start, end, current))
        out.append((dates.sort_key(e.start or e.end), i, entry))
    for i, p in enumerate(profile.portfolio):
        detail = ", ".join(x for x in (p.role, f"for {p.client}" if p.client else "") if x)
        entry = TimelineEntry("project", p.title, detail, p.start or p.completed, p.completed or p.end, False,
                              _project_period(p))
        out.append((dates.sort_key(p.start or p.completed or p.end), 1000 + i, entry))
    out.sort(key=lambda t: (t[0], t[1]))
    return [t[2] for t in out]


def _group(category: str, facts: list[SheetFact], weak_order: Any, platform: str) -> FactGroup:
    entries: dict[str, list[SheetFact]] = {}
    for sf in facts:
        if not sf.weak:
            entries.setdefault(sf.subject, []).append(sf)
    title = CATEGORY_TITLES.get(category, category.title())
    if category == "platform" and platform:
        title = f"{platform} profile"
    return FactGroup(
        category,
        title,
        tuple(sorted((sf for sf in facts if sf.weak), key=weak_order)),
        tuple(SheetEntry(subject, tuple(fs)) for subject, fs in entries.items()),
    )


def build_sheet(coach: Any, name: str | None = None, *, weak_only: bool = False, now: datetime | None = None) -> StudySheet:
    """The study sheet of profile ``name`` (the active profile if None) from ``coach`` (core.coach.Coach).

    ``weak_only``: only the weak facts (no category groups, no timeline)."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    pname, profile = coach.load_profile(name)
    stats = coach.stats(pname, now=now)
    fact_stats = coach.fact_stats(pname, now=now)
    fstats = {s.key: s for s in fact_stats}
    facts = extract_facts(profile, today=now.date())
    # Every weak fact of the statistics is on the sheet, even one today's extraction words differently
    # (e.g. a duration that grew since the profile was saved): the sheet counts what the dashboard counts.
    extracted = {f.key for f in facts}
    facts += [Fact(key=st.key, category=st.category, label=st.label, value=st.value, kind=st.kind, entity="",
                   attribute=attribute_of(st.key))
              for st in weak_facts(fact_stats) if st.key not in extracted]
    wrong = recent_wrong_values(coach, pname, [f for f in facts if f.key in fstats and fstats[f.key].weak])
    sheet_facts = [_sheet_fact(f, fstats.get(f.key), wrong.get(f.key, [])) for f in facts]

    def weak_order(sf: SheetFact) -> tuple[float, float]:
        return (sf.recall_at_call, sf.accuracy if sf.accuracy is not None else 1.0)

    weak = [sf for sf in sheet_facts if sf.weak]
    weak_sorted = []
    for cat in CATEGORIES:  # by category, then the least likely to be recalled first
        weak_sorted += sorted((sf for sf in weak if sf.category == cat), key=weak_order)
    weak_sorted += [sf for sf in weak if sf.category not in CATEGORIES]

    groups: list[FactGroup] = []
    if not weak_only:
        for cat in CATEGORIES:
            in_cat = [sf for sf in sheet_facts if sf.category == cat]
            if in_cat:
                groups.append(_group(cat, in_cat, weak_order, profile.platform.platform))

    attempts = stats.attempts
    cats = tuple(
        CategoryReadiness(c.name, CATEGORY_TITLES.get(c.name, c.name.title()), c.recall if c.attempts else None,
                          c.accuracy, c.attempts)
        for c in stats.categories
    )
    findings = [] if weak_only else audit(profile, today=now.date())
    return StudySheet(
        profile_name=pname,
        full_name=profile.identity.full_name,
        platform=profile.platform.platform,
        call_at=coach.call_at(pname),
        generated_at=now,
        readiness=stats.readiness if attempts else None,
        attempts=attempts,
        categories=cats,
        weak=tuple(weak_sorted),
        groups=tuple(groups),
        timeline=tuple(build_timeline(profile)) if not weak_only else (),
        weak_only=weak_only,
        checklist=coach.checklist(pname),
        findings=tuple(SheetFinding(f.severity, f.message, f.todo) for f in findings[:MAX_FINDINGS]),
        findings_total=len(findings),
    )
