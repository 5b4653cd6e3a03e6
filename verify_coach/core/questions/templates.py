"""Spoken prompts for typed questions (recall, numeric, cross), one small table per attribute.

Each ``(category, attribute)`` has prompts in order of preference; a prompt is used only when every field
it names has a value, and (by the caller) only when it does not contain its own answer. Employment facts
of a job that has not ended use the present-tense table.
"""

from __future__ import annotations

import string
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from ..facts import Fact
from .model import human, loose, norm, value_in_prompt

if TYPE_CHECKING:  # the context calls the templates; they only read it
    from .context import Context

Key = tuple[str, str]

PROMPTS: dict[Key, tuple[str, ...]] = {
    # identity: as an agent checks it
    ("identity", "full_name"): ("Could you confirm your full name?",),
    ("identity", "date_of_birth"): ("What is your date of birth?",),
    ("identity", "street"): ("What is your street address?",),
    ("identity", "city"): ("Which city do you live in?",),
    ("identity", "region"): ("Which state or region do you live in?",),
    ("identity", "postal_code"): ("What is your postal code?",),
    ("identity", "country"): ("Which country do you live in?",),
    ("identity", "phone"): ("What phone number is on your account?",),
    ("identity", "email"): ("What email address is on your account?",),
    ("identity", "nationality"): ("What is your nationality?",),
    ("identity", "id_document_type"): ("Which ID document will you show me today?",),
    # platform profile
    ("rate", "hourly_rate"): ("What is your hourly rate on your profile?",),
    ("platform", "title"): ("What is the title of your {p} profile?",),
    ("platform", "member_since"): ("When did you join {p}?",),
    ("platform", "location"): ("What location does your {p} profile show?",),
    ("platform", "time_zone"): ("Which time zone are you in?",),
    ("platform", "total_earnings"): ("How much have you earned on {p} in total?",),
    ("platform", "payment_methods"): ("How do you withdraw your earnings?",),
    ("platform", "categories"): ("Which categories is your {p} profile listed in?",),
    ("platform", "client"): ("Who was the client for your {p} job \u201c{s}\u201d?",),
    ("platform", "start"): ("When did your {p} job \u201c{s}\u201d start?",),
    ("platform", "rate"): ("What was your hourly rate on the {p} job \u201c{s}\u201d?",),
    ("platform", "budget"): ("What was the budget of the {p} job \u201c{s}\u201d?",),
    # languages and skills
    ("languages", "english_level"): ("What English level does your profile show?",),
    ("languages", "proficiency"): ("How well do you speak {s}?",),
    ("languages", "languages"): ("Which languages are on your profile?",),
    ("skills", "top_skills"): ("What are the first skills listed on your profile?",),
    # employment
    ("employment", "company"): (
        "Which company did you work for as {title}, starting in {start}?",
        "Which company did you work for from {start}?",
        "Where did you work as {title}?",
    ),
    ("employment", "title"): ("What was your job title at {s}?",),
    ("employment", "start"): ("When did you start at {s}?",),
    ("employment", "end"): ("When did you leave {s}?",),
    ("employment", "location"): ("Where were you based while working for {s}?",),
    ("employment", "first_employer"): ("Who was your first employer?",),
    ("employment", "current_employer"): ("Where do you work now?",),
    # education
    ("education", "school"): (
        "Where did you study {field}?",
        "Where did you get your {degree}?",
        "Which school did you attend from {start}?",
    ),
    ("education", "degree"): ("What degree did you get from {s}?",),
    ("education", "field_of_study"): ("What did you study at {s}?",),
    ("education", "start"): ("When did you start studying at {s}?",),
    ("education", "end"): ("When did you finish studying at {s}?",),
    # certifications
    ("certifications", "issuer"): ("Who issued your {s} certification?",),
    ("certifications", "date"): ("When did you earn your {s} certification?",),
    ("certifications", "names"): ("Which certifications do you hold?",),
    # portfolio
    ("portfolio", "client"): ("Who did you build {s} for?",),
    ("portfolio", "role"): ("What was your role on {s}?",),
    ("portfolio", "completed"): ("When did you complete {s}?",),
    ("portfolio", "start"): ("When did you start {s}?",),
    ("portfolio", "end"): ("When did you finish {s}?",),
    ("portfolio", "skills"): ("Which skills did you use on {s}?",),
    ("portfolio", "most_recent_project"): ("What is your most recent portfolio project?",),
}

# Number facts (the numeric form).
NUMERIC_PROMPTS: dict[Key, tuple[str, ...]] = {
    ("platform", "total_jobs"): ("How many jobs have you completed on {p}?",),
    ("platform", "job_success"): ("What is your Job Success Score, in percent?",),
    ("platform", "rating"): ("How many stars did the client give you for \u201c{s}\u201d?",),
    ("platform", "platform_job_count"): ("How many jobs does your {p} work history list?",),
    ("skills", "skill_count"): ("How many skills does your profile list?",),
    ("employment", "duration_months"): ("How many months did you work at {s}?",),
    ("employment", "years_experience"): ("How many years of professional experience do you have?",),
    ("employment", "employer_count"): ("How many employers does your profile list?",),
}

# Facts that link two entries (the cross form).
CROSS_PROMPTS: dict[Key, tuple[str, ...]] = {
    ("portfolio", "employer_at_time"): ("Where were you working when you built {s}?",),
}

# A job that has not ended is talked about in the present tense.
ONGOING_PROMPTS: dict[Key, tuple[str, ...]] = {
    ("employment", "company"): (
        "Which company have you worked for as {title} since {start}?",
        "Which company have you worked for since {start}?",
        "Where do you work as {title}?",
    ),
    ("employment", "title"): ("What is your job title at {s}?",),
    ("employment", "location"): ("Where are you based for your work at {s}?",),
    ("employment", "duration_months"): ("How many months have you worked at {s} so far?",),
}

_FORMATTER = string.Formatter()


@cache
def fields_of(template: str) -> tuple[str, ...]:
    return tuple(name for _, name, _, _ in _FORMATTER.parse(template) if name)


def _sibling_date(attr: str) -> Callable[[Fact, Context], str]:
    """A date inside another question's prompt, to the month: a person says "since April 2019", and
    "starting in 30 October 2018" reads wrong."""
    return lambda f, ctx: human(v[:7]) if (v := ctx.sibling_value(f, attr)) else ""


# A project title that is a common-noun phrase ("Tea Farm Booking Site") is said with "the"; a proper
# name ("ClinicBook", "Parcel Radar") is not.
_COMMON_NOUNS = frozenset(
    ["site", "website", "app", "application", "platform", "dashboard", "tool", "system", "portal", "store", "shop", "bot", "extension", "plugin", "page", "api", "service", "engine", "tracker", "redesign", "integration", "migration", "game", "library", "widget"]
)


def spoken_subject(fact: Fact) -> str:
    """The entry as said in a sentence: "the Tea Farm Booking Site", "ClinicBook"."""
    subject = fact.subject
    words = subject.split()
    if (fact.category == "portfolio" and len(words) >= 2 and words[0].casefold() not in ("the", "a", "an")
            and words[-1].casefold().strip(".,") in _COMMON_NOUNS):
        return f"the {subject}"
    return subject


_SELF = ("self-employed", "self employed", "freelance", "freelancer", "freelancing", "independent",
         "independent contractor", "own business", "sole proprietor", "autonomo", "autónomo", "freiberuflich")


def is_self_employment(company: str) -> bool:
    """"Self-employed", "Freelance (Upwork)", "Freelancer": a job with no employer to name."""
    n = norm(company)
    return any(n == s or n.startswith(s + " ") for s in (norm(x) for x in _SELF))


# Self-employment has no company to name: "What did you do as a freelancer?", not "your job title at Freelance".
SELF_PROMPTS: dict[Key, tuple[str, ...]] = {
    ("employment", "title"): ("What did you do when you were self-employed?",),
    ("employment", "start"): ("When did you start freelancing?",),
    ("employment", "end"): ("When did you stop freelancing?",),
    ("employment", "location"): ("Where were you based while freelancing?",),
    ("employment", "duration_months"): ("How many months did you work as a freelancer?",),
}
SELF_ONGOING_PROMPTS: dict[Key, tuple[str, ...]] = {
    ("employment", "title"): ("What do you do as a self-employed freelancer?",),
    ("employment", "location"): ("Where are you based for your freelance work?",),
    ("employment", "duration_months"): ("How many months have you been freelancing so far?",),
}

# Fields a template may use, computed only when a template asks for them.
FIELDS: dict[str, Callable[[Fact, Context], str]] = {
    "s": lambda f, ctx: spoken_subject(f),
    "p": lambda f, ctx: ctx.platform,
    "title": lambda f, ctx: ctx.sibling_value(f, "title"),
    "start": _sibling_date("start"),
    "field": lambda f, ctx: ctx.sibling_value(f, "field_of_study"),
    "degree": lambda f, ctx: ctx.sibling_value(f, "degree"),
    "client": lambda f, ctx: ctx.sibling_value(f, "client"),
}


def fill(template: str, fact: Fact, ctx: Context, extra: dict[str, str] | None = None) -> str | None:
    """The template with its fields filled in, or None if one of them is empty."""
    names = fields_of(template)
    if not names:
        return template.format()
    values: dict[str, str] = {}
    for name in names:
        v = extra.get(name) if extra else None
        if v is None:
            getter = FIELDS.get(name)
            v = getter(fact, ctx) if getter else ""
        if not v:
            return None
        values[name] = v
    return template.format_map(values)


def typed_form(fact: Fact) -> str:
    """The form of the typed question for a fact: numeric for numbers, cross for linking facts, else recall."""
    key = (fact.category, fact.attribute)
    if key in CROSS_PROMPTS:
        return "cross"
    if fact.kind == "number":
        return "numeric"
    return "recall"


def fallback_prompt(fact: Fact) -> str:
    """From the fact's label: "Your time zone" -> "What is your time zone?"; "When you joined X" ->
    "Could you tell me when you joined X?"."""
    label = fact.label.strip().rstrip("?.")
    lowered = label[:1].lower() + label[1:]
    if label.startswith(("Your ", "The ")):
        return f"What is {lowered}?"
    return f"Could you tell me {lowered}?"


def prompts_for(fact: Fact, ctx: Context) -> list[str]:
    """Candidate prompts for the typed question about ``fact``, best first."""
    key = (fact.category, fact.attribute)
    table = None
    if fact.category == "employment" and fact.subject and is_self_employment(fact.subject):
        table = (SELF_ONGOING_PROMPTS.get(key) if ctx.ongoing(fact) else None) or SELF_PROMPTS.get(key)
    table = table or (ONGOING_PROMPTS.get(key) if ctx.ongoing(fact) else None)
    table = table or PROMPTS.get(key) or NUMERIC_PROMPTS.get(key) or CROSS_PROMPTS.get(key) or ()
    out = [p for t in table if (p := fill(t, fact, ctx))]
    if not table:
        out.append(fallback_prompt(fact))
    return with_clauses(out, fact, context_clauses(fact, ctx))


CLAUSES: dict[str, tuple[tuple[str, str], ...]] = {
    "employment": (("title", "the {v} role"), ("start", "the job you started in {v}"), ("location", "in {v}")),
    "education": (("degree", "your {v}"), ("field_of_study", "{v}"), ("start", "from {v}"), ("end", "until {v}")),
    "portfolio": (("client", "for {v}"), ("completed", "completed in {v}"), ("start", "started in {v}")),
    "platform": (("client", "for {v}"), ("start", "started in {v}")),
    "certifications": (("date", "earned in {v}"), ("issuer", "from {v}")),
    "languages": (),
}
_DATE_ATTRS = {"start", "end", "completed", "date"}


def context_clauses(fact: Fact, ctx: Context) -> list[tuple[str, str]]:
    """For an entry that shares its name with another (two jobs at one company), ``(value, words)``
    pairs that tell it apart: ``("Lead Developer", "the Lead Developer role")``. Empty when the name is
    unique or nothing differs."""
    twins = ctx.twins(fact)
    if not twins:
        return []
    out = []
    for attr, text in CLAUSES.get(fact.category, ()):
        own = ctx.sibling(fact, attr)
        if attr == fact.attribute or own is None:
            continue
        if any(norm(ctx.by_entity[t][attr].value) == norm(own.value) for t in twins if attr in ctx.by_entity[t]):
            continue
        said = human(own.value) if attr in _DATE_ATTRS else own.value
        out.append((said, text.format(v=said)))
    return out


def needs_clause(text: str, fact: Fact, clauses: list[tuple[str, str]]) -> list[str]:
    """The clauses to add to ``text``: none if it does not name the entry or already says what differs."""
    if not clauses:
        return []
    hay = loose(text)
    if loose(fact.subject) not in hay or any(loose(v) in hay for v, _ in clauses):
        return []
    return [c for _, c in clauses]


def with_clauses(prompts: list[str], fact: Fact, clauses: list[tuple[str, str]]) -> list[str]:
    """Each prompt that names an entry shared with another, with each telling clause before its "?"."""
    if not clauses:
        return list(prompts)
    out = []
    for p in prompts:
        extra = needs_clause(p, fact, clauses)
        out += [f"{p.rstrip('?')} ({c})?" for c in extra] if extra else [p]
    return out


# Per-context caches (a context lives for one build of questions): the prompts of each fact, and the
# first of them that does not give the answer away.
_PROMPTS: WeakKeyDictionary[Context, dict[str, list[str]]] = WeakKeyDictionary()
_SAFE: WeakKeyDictionary[Context, dict[str, str | None]] = WeakKeyDictionary()


def prompts(fact: Fact, ctx: Context) -> list[str]:
    """``prompts_for(fact, ctx)``, computed once per context and fact."""
    cache = _PROMPTS.setdefault(ctx, {})
    got = cache.get(fact.key)
    if got is None:
        got = cache[fact.key] = prompts_for(fact, ctx)
    return got


def safe_prompt(fact: Fact, ctx: Context) -> str | None:
    """The first of the fact's prompts that does not contain its value (as its kind), computed once:
    the typed question and the multiple choice of a fact both ask it."""
    cache = _SAFE.setdefault(ctx, {})
    if fact.key not in cache:
        value, kind = fact.value, fact.kind
        cache[fact.key] = next((p for p in prompts(fact, ctx) if not value_in_prompt(p, value, kind)), None)
    return cache[fact.key]
