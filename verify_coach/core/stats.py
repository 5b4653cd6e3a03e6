"""Readiness, per-category and per-fact statistics, weak facts, sessions, and the list of profiles.

**Weak facts** are defined here and only here (``weak_reasons`` and ``weak_facts``): the dashboard, the
missed facts, the study sheet, ``verify-coach stats``, the practice screen, weak sessions and the mock call
report all count them with these two functions, so they show the same number. See docs/architecture.md,
"Weak facts".

This is the read side of the store, in plain SQL over a DB-API (``sqlite3``) connection and without
the ORM: the Coach passes ``store.reader()``, and the desktop app's first look (``core.firstlook``)
passes a read-only ``sqlite3`` connection before SQLAlchemy is even imported. One code path, the
same figures either way.

Aggregates come from SQL: per-fact counters live in ``review_state`` (kept up to date in the same
transaction as each answer), so the cost depends on the number of facts, not of attempts.
The JSON shape is documented in ``docs/cli.md`` and is stable.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from . import relevance, scheduling
from .belief import Belief, belief_of
from .categories import CATEGORIES
from .scheduling import Timing
from .speech.rating import shown_answer
from .store.schema import as_utc

SESSIONS_SHOWN = 100
READY = 0.80  # the readiness the dashboard calls good (the gauge, the header pill, the chart's target line)
DAYS_KEPT = 400  # days of readiness history kept per profile (``readiness_days``)
ACTIVE_PROFILE = "active_profile"  # the setting that names the active profile (by id)

_PROFILES_SQL = """
    SELECT p.id, p.name, p.call_at, p.updated_at,
           CAST(CASE WHEN json_valid(p.data) THEN json_extract(p.data, '$.identity.full_name') END AS BLOB),
           CAST(CASE WHEN json_valid(p.data) THEN json_extract(p.data, '$.platform.platform') END AS BLOB),
           (SELECT COUNT(*) FROM fact f WHERE f.profile_id = p.id AND f.active = 1)
    FROM profile p ORDER BY p.name
"""
_FACTS_SQL = """
    SELECT f.key, f.label, f.category, f.value, f.kind, rs.card, rs.last_review,
           COALESCE(rs.attempts, 0), COALESCE(rs.correct, 0), COALESCE(rs.lapses, 0),
           COALESCE(rs.recent, '[]'), rs.last_seen, COALESCE(rs.unexpected_misses, 0), f.placed_at
    FROM fact f LEFT JOIN review_state rs ON rs.fact_id = f.id
    WHERE f.profile_id = :pid AND f.active = 1
    ORDER BY f.position
"""
_SESSIONS_SQL = """
    SELECT id, mode, started_at, ended_at, asked, correct FROM study_session
    WHERE profile_id = :pid AND asked > 0
    ORDER BY started_at DESC, id DESC LIMIT :lim
"""
_ATTEMPTS_SQL = "SELECT COUNT(*) FROM attempt WHERE profile_id = :pid"
_WRONG_SQL = """
    SELECT a.answer, a.form, a.prompt, a.expected, a.spoken, a.self_rating FROM attempt a JOIN fact f ON f.id = a.fact_id
    WHERE f.profile_id = :pid AND f.key = :key AND a.correct = 0
    ORDER BY a.created_at DESC, a.id DESC LIMIT :lim
"""


@dataclass(frozen=True)
class ProfileInfo:
    id: int
    name: str
    active: bool
    full_name: str
    platform: str
    call_at: datetime | None
    facts: int
    updated_at: datetime


@dataclass(frozen=True)
class ProfileRef:
    """Which profile a question is about: enough to compute its statistics."""

    id: int
    name: str
    call_at: datetime | None


def _active_setting(con: sqlite3.Connection) -> str | None:
    row = con.execute("SELECT value FROM setting WHERE key = ?", (ACTIVE_PROFILE,)).fetchone()
    return row[0] if row else None


def profile_list(con: sqlite3.Connection) -> list[ProfileInfo]:
    """Every profile by name, with the number of facts it has. Exactly one is marked active when there
    is any: the one commands use when none is named (``default_profile_id``), so no front end needs a
    rule of its own."""
    active = default_profile_id(con)
    return [
        ProfileInfo(
            id=pid, name=name, active=pid == active, full_name=_text(full_name), platform=_text(platform),
            call_at=_dt(call_at), facts=int(facts), updated_at=_dt(updated) or datetime.now(UTC),
        )
        for pid, name, call_at, updated, full_name, platform, facts in con.execute(_PROFILES_SQL).fetchall()
    ]


def _text(raw: bytes | None) -> str:
    """A name read from a profile's JSON as bytes: a damaged record (not UTF-8) must not stop the list."""
    return bytes(raw).decode("utf-8", "replace") if raw is not None else ""


def default_profile_id(con: sqlite3.Connection) -> int | None:
    """The profile commands use when none is named: the active one, else the oldest."""
    active = _active_setting(con)
    if active and active.isdigit():
        row = con.execute("SELECT id FROM profile WHERE id = ?", (int(active),)).fetchone()
        if row:
            return int(row[0])
    row = con.execute("SELECT MIN(id) FROM profile").fetchone()
    return int(row[0]) if row and row[0] is not None else None


def resolve(con: sqlite3.Connection, name: str | None = None) -> ProfileRef | None:
    """The named profile, or the default one (see ``default_profile_id``); None if there is none."""
    if name is None:
        pid = default_profile_id(con)
        row = None if pid is None else con.execute("SELECT id, name, call_at FROM profile WHERE id = ?", (pid,)).fetchone()
    else:
        row = con.execute("SELECT id, name, call_at FROM profile WHERE name = ?", (name,)).fetchone()
    return ProfileRef(int(row[0]), row[1], _dt(row[2])) if row else None


@dataclass(frozen=True)
class FactStat:
    key: str
    label: str
    category: str
    value: str
    kind: str
    attempts: int
    correct: int
    accuracy: float | None
    recall_now: float
    recall_at_call: float
    median_latency_ms: int | None
    lapses: int
    weak: bool  # ``weak_reasons`` is not empty: see ``weak_reasons`` below, the one definition
    weak_reasons: tuple[str, ...]
    last_seen: datetime | None
    placed_at: str | None = None  # the entry's latest date ("now" for a current job): recent entries weigh more

    def to_json(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "category": self.category,
            "attempts": self.attempts,
            "correct": self.correct,
            "accuracy": _r(self.accuracy),
            "recall_now": _r(self.recall_now),
            "recall_at_call": _r(self.recall_at_call),
            "median_latency_ms": self.median_latency_ms,
            "lapses": self.lapses,
            "weak": self.weak,
            "weak_reasons": list(self.weak_reasons),
        }


def _weighed(f: FactStat) -> tuple[str, str, float, str | None]:
    return f.category, f.key, f.recall_at_call, f.placed_at


def _r(x: float | None) -> float | None:
    return None if x is None else round(x, 4)


def _round(x: float) -> float:
    return round(x, 4)


def _dt(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return as_utc(value)
    return as_utc(datetime.fromisoformat(str(value)))


def fact_stats(
    con: sqlite3.Connection, profile_id: int, call_at: datetime | None, now: datetime, timing: Timing
) -> list[FactStat]:
    target = scheduling.target_time(call_at, now)
    out = []
    rows = con.execute(_FACTS_SQL, {"pid": profile_id}).fetchall()
    for key, label, cat, value, kind, card_json, last_review, n, ok, lapses, recent_json, last_seen, _unexp, placed in rows:
        card = scheduling.card_from_json(card_json) if card_json and last_review else None
        recent = json.loads(recent_json)
        reasons = weak_reasons(cat, key, recent, timing)
        out.append(
            FactStat(
                key=key, label=label, category=cat, value=value, kind=kind, attempts=n, correct=ok,
                accuracy=(ok / n) if n else None,
                recall_now=scheduling.recall(card, now), recall_at_call=scheduling.recall(card, target),
                median_latency_ms=scheduling.median_latency(recent), lapses=lapses,
                weak=bool(reasons), weak_reasons=reasons, last_seen=_dt(last_seen), placed_at=placed,
            )
        )
    return out


@dataclass(frozen=True)
class CategoryStat:
    name: str
    attempts: int
    accuracy: float | None  # None before any answer
    recall: float  # expected recall at the call


@dataclass(frozen=True)
class SessionStat:
    id: int
    mode: str
    started_at: datetime
    asked: int
    correct: int


@dataclass(frozen=True)
class ProfileStats:
    """A profile's readiness and weaknesses (``Coach.stats()``); ``to_json()`` is the stable shape
    ``verify-coach stats --json`` prints."""

    profile: str
    call_at: datetime | None
    readiness: float
    attempts: int
    categories: list[CategoryStat]
    facts: list[FactStat]
    weak_keys: list[str]  # the weak facts, the most at risk first (``weak_facts``)
    overrides: dict[str, Any]  # "I was right": total, by_kind, by_category
    sessions: list[SessionStat]  # the latest first
    # readiness at the call per day: the one noted when each day's last session ended, and today's live
    # value (``readiness_by_day``); oldest first
    days: Sequence[tuple[date, float]] = ()

    @property
    def weak_count(self) -> int:
        return len(self.weak_keys)

    def to_json(self) -> dict[str, Any]:
        return {
            "profile": self.profile,
            "call_at": self.call_at.isoformat() if self.call_at else None,
            "readiness": self.readiness,
            "attempts": self.attempts,
            "categories": [{"name": c.name, "attempts": c.attempts, "accuracy": c.accuracy, "recall": c.recall}
                           for c in self.categories],
            "facts": [f.to_json() for f in self.facts],
            "weak_count": self.weak_count,
            "weak_keys": list(self.weak_keys),
            "overrides": self.overrides,
            "sessions": [{"id": x.id, "mode": x.mode, "started_at": x.started_at.isoformat(), "asked": x.asked,
                          "correct": x.correct} for x in self.sessions],
            "readiness_by_day": [{"date": d.isoformat(), "readiness": r} for d, r in self.days],
        }


def compute(
    con: sqlite3.Connection,
    *,
    profile_id: int,
    profile_name: str,
    call_at: datetime | None,
    now: datetime | None = None,
    timing: Timing | None = None,
    facts: list[FactStat] | None = None,
) -> ProfileStats:
    """Everything ``verify-coach stats --json`` prints (``facts``: this profile's ``fact_stats``, if known)."""
    now = now or datetime.now(UTC)
    timing = timing or Timing()
    if facts is None:
        facts = fact_stats(con, profile_id, call_at, now, timing)
    weak = weak_facts(facts)
    total = con.execute(_ATTEMPTS_SQL, {"pid": profile_id}).fetchone()[0]
    sessions = con.execute(_SESSIONS_SQL, {"pid": profile_id, "lim": SESSIONS_SHOWN}).fetchall()
    cats = []
    for name in CATEGORIES:
        fs = [f for f in facts if f.category == name]
        if not fs:
            continue
        n = sum(f.attempts for f in fs)
        ok = sum(f.correct for f in fs)
        cats.append(CategoryStat(
            name=name, attempts=n, accuracy=_r(ok / n) if n else None,
            recall=_round(relevance.weighted_readiness([_weighed(f) for f in fs], today=now.date())
                      if any(relevance.matters(f.category, f.key) for f in fs)
                      else scheduling.readiness([f.recall_at_call for f in fs])),
        ))
    readiness = _round(relevance.weighted_readiness([_weighed(f) for f in facts], today=now.date()))
    today = now.astimezone().date()
    days = [(d, r) for d, r in readiness_days(con, profile_id) if d < today]
    if total:
        days.append((today, readiness))
    return ProfileStats(
        profile=profile_name,
        call_at=call_at,
        readiness=readiness,
        days=days,
        attempts=int(total),
        categories=cats,
        facts=list(facts),
        weak_keys=[f.key for f in weak],
        overrides=override_counts(con, profile_id),
        sessions=[SessionStat(id=sid, mode=mode, started_at=_dt(started) or now, asked=asked, correct=correct)
                  for sid, mode, started, _ended, asked, correct in sessions],
    )


def days_key(profile_id: int) -> str:
    """The setting that holds a profile's readiness per day (JSON ``{"YYYY-MM-DD": readiness}``)."""
    return f"readiness_days.{int(profile_id)}"


def readiness_days(con: sqlite3.Connection, profile_id: int) -> list[tuple[date, float]]:
    """The readiness noted at the end of each day's last session (``Coach.end_session``), oldest first.
    A damaged value reads as no history, never as an error: it is only a chart."""
    row = con.execute("SELECT value FROM setting WHERE key = ?", (days_key(profile_id),)).fetchone()
    try:
        data = json.loads(row[0]) if row else {}
        out = sorted((date.fromisoformat(k), min(1.0, max(0.0, float(v)))) for k, v in dict(data).items())
    except (TypeError, ValueError):
        return []
    return [(d, r) for d, r in out if r == r][-DAYS_KEPT:]  # r == r: no NaN


def noted_days(previous: str | None, day: date, readiness: float) -> str:
    """The setting's new JSON once ``readiness`` is noted for ``day`` (the latest note of a day wins)."""
    try:
        data = {str(k): float(v) for k, v in dict(json.loads(previous)).items()} if previous else {}
    except (TypeError, ValueError):
        data = {}
    data[day.isoformat()] = _round(readiness)
    return json.dumps(dict(sorted(data.items())[-DAYS_KEPT:]), separators=(",", ":"))


_OVERRIDES_SQL = """
SELECT f.kind, f.category, COUNT(*) FROM attempt a JOIN fact f ON f.id = a.fact_id
WHERE a.profile_id = :pid AND a.overridden GROUP BY f.kind, f.category
"""


def override_counts(con: sqlite3.Connection, profile_id: int) -> dict[str, Any]:
    """How often the user said "I was right" (where grading fails): in all, by fact kind and category."""
    by_kind: dict[str, int] = {}
    by_category: dict[str, int] = {}
    for kind, category, n in con.execute(_OVERRIDES_SQL, {"pid": profile_id}).fetchall():
        by_kind[kind] = by_kind.get(kind, 0) + n
        by_category[category] = by_category.get(category, 0) + n
    return {"total": sum(by_kind.values()), "by_kind": by_kind, "by_category": by_category}


def wrong_answers(
    con: sqlite3.Connection, profile_id: int, fact_keys: list[str], per_fact: int = 5
) -> dict[str, list[str | Belief]]:
    """The user's recent wrong answers for each fact (most recent first). A true-or-false answer is a
    ``Belief`` (what the user thought of the claim; ``str()`` gives ``thought “…” was true``), never "True";
    a spoken answer is ``(said aloud, rated wrong)``."""
    return {
        key: [belief_of(form, prompt, answer, expected) or shown_answer(answer, bool(spoken), rating)
              for answer, form, prompt, expected, spoken, rating
              in con.execute(_WRONG_SQL, {"pid": profile_id, "key": key, "lim": per_fact})]
        for key in fact_keys
    }


# ------------------------------------------------------------------------------------------ weak facts
WEAK_REASONS = ("missed recently", "missed unexpectedly", "slow")


def weak_reasons(category: str, key: str, recent: list[list[int]], timing: Timing) -> tuple[str, ...]:
    """Why a fact is weak; ``()`` means it is not. **The** definition of a weak fact:

    - it matters on the call: trivia (``relevance.matters`` is false: counts, ratings, budgets, the Job
      Success Score, earnings, categories, certificate issuers) are never weak, as they are never asked on
      the call nor in a weak session;
    - and its recent answers (``review_state.recent``, the last ten) show one of ``WEAK_REASONS``: the last
      answer wrong or two misses among the last five; a miss the model did not expect; the median time of
      the last five at or above ``timing.slow_ms`` (``scheduling.answer_signals``).

    An answer overridden with "I was right" is stored as right (rated Hard) and the fact's state is replayed
    (``Coach.override``), so it counts as right here too."""
    if not relevance.matters(category, key):
        return ()
    return tuple(scheduling.answer_signals(recent, timing))


def weak_facts(facts: Iterable[FactStat]) -> list[FactStat]:
    """The weak facts among ``facts`` (``fact_stats``), the most at risk first: lowest predicted recall at
    the call, then most lapses, then in profile order. Every count of weak facts is ``len()`` of this."""
    indexed = [(i, f) for i, f in enumerate(facts) if f.weak]
    return [f for _, f in sorted(indexed, key=lambda t: (t[1].recall_at_call, -t[1].lapses, t[0]))]
