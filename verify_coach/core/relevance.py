"""How likely a verification agent is to ask a fact on the call: a weight per fact, and the facts that matter.

An agent checks who you are and where you live, your current and recent employers with their dates and
titles, your education, recent projects, your hourly rate and main skills. Counts (skills listed, employers
listed, platform jobs), star ratings, budgets, the Job Success Score, total earnings, profile categories and
certificate issuers are trivia: they stay in the "all facts" drill, and never decide readiness or which
facts a normal session or the mock call asks.

The weight depends on the fact's category and attribute (its key says both) and, for dated entries, on how
recent the entry is (``recency``): an agent asks about the current job and the last few years, seldom about
a job that ended twelve years ago. The entry's latest date is stored with the fact, so the first look and the
coach compute the same readiness from the same rows. Whether a fact *matters* never depends on its age.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

MATTERS = 0.3  # a fact with a lower weight is trivia

_WEIGHTS: dict[tuple[str, str], float] = {
    # identity and location
    ("identity", "full_name"): 1.0, ("identity", "date_of_birth"): 1.0, ("identity", "city"): 0.9,
    ("identity", "country"): 0.9, ("identity", "street"): 0.8, ("identity", "region"): 0.7,
    ("identity", "postal_code"): 0.5, ("identity", "nationality"): 0.7, ("identity", "id_document_type"): 0.9,
    ("identity", "phone"): 0.4, ("identity", "email"): 0.5,
    # the platform profile
    ("rate", "hourly_rate"): 1.0, ("platform", "title"): 0.8, ("platform", "location"): 0.8,
    ("platform", "member_since"): 0.5, ("platform", "time_zone"): 0.4, ("platform", "payment_methods"): 0.4,
    ("languages", "english_level"): 0.7, ("languages", "proficiency"): 0.5, ("languages", "languages"): 0.6,
    ("skills", "top_skills"): 0.8,
    # employment
    ("employment", "company"): 1.0, ("employment", "title"): 1.0, ("employment", "start"): 0.9,
    ("employment", "end"): 0.9, ("employment", "location"): 0.5, ("employment", "duration_months"): 0.5,
    ("employment", "first_employer"): 0.6, ("employment", "current_employer"): 1.0,
    ("employment", "years_experience"): 0.8,
    # education
    ("education", "school"): 0.9, ("education", "degree"): 0.9, ("education", "field_of_study"): 0.8,
    ("education", "start"): 0.5, ("education", "end"): 0.7,
    # certifications and portfolio
    ("certifications", "names"): 0.5, ("certifications", "date"): 0.3,
    ("portfolio", "client"): 0.7, ("portfolio", "role"): 0.7, ("portfolio", "completed"): 0.6,
    ("portfolio", "start"): 0.5, ("portfolio", "end"): 0.5, ("portfolio", "skills"): 0.6,
    ("portfolio", "employer_at_time"): 0.5, ("portfolio", "most_recent_project"): 0.8,
    # the platform's work history
    ("platform", "client"): 0.4, ("platform", "start"): 0.3, ("platform", "rate"): 0.4,
}
TRIVIA = frozenset({
    ("skills", "skill_count"), ("employment", "employer_count"), ("platform", "platform_job_count"),
    ("platform", "rating"), ("platform", "budget"), ("platform", "job_success"), ("platform", "total_earnings"),
    ("platform", "total_jobs"), ("platform", "categories"), ("certifications", "issuer"),
})
_TRIVIA_WEIGHT = 0.1
_DEFAULT = 0.5


def attribute_of(key: str) -> str:
    """``employment.start.3fa9c1d2e0`` -> ``start``."""
    parts = key.split(".")
    return parts[1] if len(parts) >= 3 else ""


def weight(category: str, key_or_attribute: str) -> float:
    """How likely an agent is to ask this fact (0–1); trivia weigh 0.1."""
    attribute = attribute_of(key_or_attribute) if "." in key_or_attribute else key_or_attribute
    if (category, attribute) in TRIVIA:
        return _TRIVIA_WEIGHT
    return _WEIGHTS.get((category, attribute), _DEFAULT)


def matters(category: str, key_or_attribute: str) -> bool:
    """Whether the fact counts for readiness, a normal session and the mock call (not trivia)."""
    return weight(category, key_or_attribute) >= MATTERS


# Dated entries lose weight with age: full weight up to RECENT_YEARS after the entry's latest date, then
# linearly down to the category's floor at OLD_YEARS. A school is asked about longer than an old job.
RECENT_YEARS = 3.0
OLD_YEARS = 12.0
_RECENCY_FLOOR = {"employment": 0.5, "portfolio": 0.5, "platform": 0.5, "certifications": 0.6, "education": 0.8}


def recency(category: str, placed_at: str | None, today: date | None = None) -> float:
    """The factor (floor..1) for an entry whose latest date is ``placed_at`` (ISO, partial, or "now")."""
    floor = _RECENCY_FLOOR.get(category)
    if floor is None or not placed_at or placed_at == "now" or not placed_at[:4].isdigit():
        return 1.0
    today = today or date.today()
    month = int(placed_at[5:7]) if len(placed_at) >= 7 and placed_at[5:7].isdigit() else 12
    age = today.year - int(placed_at[:4]) + (today.month - month) / 12
    if age <= RECENT_YEARS:
        return 1.0
    if age >= OLD_YEARS:
        return floor
    return 1.0 - (1.0 - floor) * (age - RECENT_YEARS) / (OLD_YEARS - RECENT_YEARS)


_DATE_ATTRIBUTES = ("start", "end", "completed", "date")


def entry_dates(facts: Sequence) -> dict[str, str]:  # type: ignore[type-arg]
    """Each dated entry's latest date (``facts``: ``core.facts.Fact``): the end of a job, the completion of a
    project; "now" for a job with a start and no end (the current one)."""
    latest: dict[str, str] = {}
    ended: set[str] = set()
    for f in facts:
        if f.kind == "date" and f.attribute in _DATE_ATTRIBUTES and f.value:
            latest[f.entity] = max(latest.get(f.entity, ""), f.value)
            if f.attribute in ("end", "completed"):
                ended.add(f.entity)
    for entity in latest:
        if entity.startswith("employment:") and entity not in ended:
            latest[entity] = "now"
    return latest


def weighted_readiness(items: Sequence[tuple], today: date | None = None) -> float:
    """Readiness: the weighted recall at the call of the facts that matter. ``items``: (category, key, recall)
    or (category, key, recall, placed_at) — the entry's latest date, when it has one."""
    rows = [(weight(c, k) * recency(c, rest[0] if rest else None, today), r) for c, k, r, *rest in items
            if matters(c, k)]
    if not rows:
        return 0.0
    total = sum(w for w, _ in rows)
    return sum(w * r for w, r in rows) / total
