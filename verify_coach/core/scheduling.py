"""Scheduling with FSRS, readiness for the call date, signals of weak facts, and picking what to practise.

FSRS (the ``fsrs`` package) models each fact's memory. Readiness is the predicted probability of
recalling each key fact *at the moment of the call*: that is what the user cares about.
"""

from __future__ import annotations

import json
import random
import statistics
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from fsrs import Card, Rating, Scheduler

RECENT = 10  # answers kept per fact for "recent" signals


@dataclass(frozen=True)
class Timing:
    """What counts as fast and slow (ms from the question appearing to the answer being submitted)."""

    fast_ms: int = 5_000
    slow_ms: int = 12_000


@lru_cache(maxsize=1)
def scheduler() -> Scheduler:
    # No fuzzing: the same history always gives the same schedule (testable, explainable).
    return Scheduler(enable_fuzzing=False)


def rating_for(correct: bool, latency_ms: int, timing: Timing = Timing()) -> Rating:
    """wrong -> Again; right but slow -> Hard; right -> Good; right and fast -> Easy."""
    if not correct:
        return Rating.Again
    if latency_ms >= timing.slow_ms:
        return Rating.Hard
    if latency_ms <= timing.fast_ms:
        return Rating.Easy
    return Rating.Good


def new_card() -> Card:
    return Card(card_id=1)


def card_from_json(text: str | None) -> Card:
    return Card.from_json(text) if text else new_card()


def review(card: Card, rating: Rating, at: datetime) -> Card:
    new, _log = scheduler().review_card(card, rating, review_datetime=_aware(at))
    return new


def recall(card: Card | None, at: datetime) -> float:
    """Predicted recall at ``at``; 0 for a fact never answered.

    FSRS's forgetting curve, R = (1 + F·t/S)^D with the scheduler's decay D and factor F, taken at the
    elapsed time ``t`` in *fractional* days: ``fsrs``'s own ``get_card_retrievability`` counts whole days,
    so a fact missed at 09:00 would be certain (100 %) at a call at 15:00 the same day.
    """
    if card is None or card.last_review is None or not card.stability:
        return 0.0
    at = _aware(at)
    elapsed_days = max(0.0, (at - card.last_review).total_seconds() / 86_400)
    decay, factor = _curve()
    return float((1 + factor * elapsed_days / card.stability) ** decay)


@lru_cache(maxsize=1)
def _curve() -> tuple[float, float]:
    """(decay, factor) of the scheduler's forgetting curve (as fsrs 6 derives them from its parameters)."""
    decay = -float(scheduler().parameters[20])
    return decay, 0.9 ** (1 / decay) - 1


def _aware(dt: datetime) -> datetime:
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


# --------------------------------------------------------------------------- per-fact state
@dataclass
class FactState:
    """The review state of one fact, as kept in ``review_state`` (see store.models.ReviewState)."""

    card: Card | None = None
    attempts: int = 0
    correct: int = 0
    lapses: int = 0
    unexpected_misses: int = 0
    recent: list[list[int]] = field(default_factory=list)  # [correct 0/1, latency_ms, unexpected 0/1]
    last_seen: datetime | None = None

    def apply(
        self, correct: bool, latency_ms: int, rating: Rating, at: datetime, *, scheduled: bool = True
    ) -> bool:
        """Fold one answer in. Returns whether a miss was unexpected (the model predicted recall)."""
        predicted = recall(self.card, at)
        unexpected = (not correct) and predicted >= 0.85
        self.attempts += 1
        self.correct += int(correct)
        if not correct and self.card is not None and self.card.last_review is not None:
            self.lapses += 1
        self.unexpected_misses += int(unexpected)
        self.recent = (self.recent + [[int(correct), int(latency_ms), int(unexpected)]])[-RECENT:]
        self.last_seen = _aware(at)
        if scheduled:
            self.card = review(self.card or new_card(), rating, at)
        return unexpected

    def recent_json(self) -> str:
        return json.dumps(self.recent, separators=(",", ":"))

    def median_latency_ms(self) -> int | None:
        return median_latency(self.recent)


def median_latency(recent: list[list[int]]) -> int | None:
    lat = [r[1] for r in recent]
    return int(statistics.median(lat)) if lat else None


def answer_signals(recent: list[list[int]], timing: Timing = Timing()) -> list[str]:
    """What a fact's recent answers say is wrong with it; an empty list means nothing.

    This is the answers' part of the definition of a weak fact, ``stats.weak_reasons``: use that one.

    - a recent miss (the last answer wrong, or two misses among the last five);
    - a miss the model did not expect (it predicted the user would recall the fact);
    - slow answers (the median of recent answers is slow).
    """
    if not recent:
        return []
    reasons = []
    last5 = recent[-5:]
    if recent[-1][0] == 0 or sum(1 for r in last5 if r[0] == 0) >= 2:
        reasons.append("missed recently")
    if any(r[2] for r in last5):
        reasons.append("missed unexpectedly")
    med = median_latency(last5)
    if med is not None and med >= timing.slow_ms:
        reasons.append("slow")
    return reasons


# --------------------------------------------------------------------------- readiness
def readiness(recalls: list[float]) -> float:
    return sum(recalls) / len(recalls) if recalls else 0.0


def target_time(call_at: datetime | None, now: datetime) -> datetime:
    """The moment readiness is computed for: the call, or a day from now if no call is set."""
    if call_at is not None and _aware(call_at) > _aware(now):
        return _aware(call_at)
    return _aware(now) + timedelta(days=1)


# --------------------------------------------------------------------------- picking facts
@dataclass(frozen=True)
class Candidate:
    fact_key: str
    seen: bool
    recall_at_call: float
    due: bool
    weak: bool


MODES = ("normal", "weak", "cram")


def pick(candidates: list[Candidate], count: int, mode: str, seed: int | None = None) -> list[str]:
    """Choose up to ``count`` fact keys for a session.

    normal: what is due, weak or new first, weighted by how likely it is to be forgotten by the call;
            new facts are introduced gradually (at most half the session).
    weak:   weak facts only (if there are none: the lowest predicted recall among facts seen).
    cram:   the facts least likely to be recalled at the call, seen or not.
    """
    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; use one of {', '.join(MODES)}")
    rng = random.Random(seed)
    jitter = {c.fact_key: rng.random() * 0.05 for c in candidates}

    def risk(c: Candidate) -> float:
        return (1.0 - c.recall_at_call) + (0.6 if c.weak else 0) + (0.3 if c.due else 0) + jitter[c.fact_key]

    if mode == "weak":
        pool = [c for c in candidates if c.weak] or [c for c in candidates if c.seen]
        return [c.fact_key for c in sorted(pool, key=risk, reverse=True)[:count]]
    if mode == "cram":
        return [c.fact_key for c in sorted(candidates, key=risk, reverse=True)[:count]]
    seen = sorted((c for c in candidates if c.seen and (c.due or c.weak or c.recall_at_call < 0.9)), key=risk, reverse=True)
    new = [c for c in candidates if not c.seen]
    rng.shuffle(new)
    # New facts in profile order within a shuffled window keeps related facts apart.
    n_new = min(len(new), max(count // 2, count - len(seen)))
    chosen = seen[: count - n_new] + new[:n_new]
    if len(chosen) < count:  # everything is well known: top up with the least-sure of the rest
        rest = sorted((c for c in candidates if c not in chosen), key=risk, reverse=True)
        chosen += rest[: count - len(chosen)]
    order = [c.fact_key for c in chosen]
    rng.shuffle(order)
    return order
