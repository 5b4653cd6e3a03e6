"""The "be ready to explain" questions: each ``explain`` finding of the audit as an open question.

The audit (:mod:`.audit`) finds what a verification agent would ask about: two full-time jobs at once, a
gap in the work history, a phone number from another country. Practice ends a session with up to two of
them and the mock call asks up to two; the user answers aloud (or types, in practice), then ticks what a
good answer covers (``points``) and rates it good, okay or poor. These ratings are not fact attempts (they
would distort the fact statistics): the coach keeps them in their own table (``explain_answer``,
``Coach.record_explain``), under the finding's :attr:`~.audit.Finding.key`.

Which ones are asked (:func:`choose`): those never rated good first (a "good" last time goes last), then
the least recently practised, ties broken by the seed, so the same seed gives the same choice.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from .questions.model import Rng

PER_SESSION = 2  # explain questions at the end of a normal practice session
PER_CALL = 2  # explain questions of a mock call
RATINGS = ("good", "okay", "poor")


@dataclass(frozen=True)
class ExplainQuestion:
    """One explain finding as a question: ``key`` (the finding's stable key), ``check``, what the agent
    asks (``prompt``, in English) and what a good answer covers (``points``, in English)."""

    key: str
    check: str
    prompt: str
    points: tuple[str, ...]
    message: str = ""


@dataclass(frozen=True)
class ExplainRecord:
    """An explain question answered in a practice session."""

    question: ExplainQuestion
    rating: str  # good | okay | poor
    covered: tuple[int, ...] | None = None  # the points ticked; None: rated without ticking
    answer_id: int = 0  # the explain_answer row
    given: str = ""  # what the user typed (not stored)

    @property
    def missed(self) -> tuple[str, ...]:
        if self.covered is None:
            return ()
        return tuple(p for i, p in enumerate(self.question.points) if i not in self.covered)


def explain_questions(profile: Any, facts: list[Any] | None = None, *, today: date | None = None) -> list[ExplainQuestion]:
    """The profile's explain findings as questions, in the audit's order (one per finding key)."""
    from .audit import audit, explain_findings

    out: dict[str, ExplainQuestion] = {}
    for f in explain_findings(audit(profile, today=today, facts=facts)):
        out.setdefault(f.key, ExplainQuestion(f.key, f.check, f.question, tuple(f.points), f.message))
    return list(out.values())


def choose(questions: Sequence[ExplainQuestion], history: Mapping[str, tuple[str, datetime | None]] | None,
           count: int, seed: int) -> list[ExplainQuestion]:
    """Up to ``count`` questions: those not rated good last time first, then the least recently answered
    (never answered first), ties in an order given by ``seed``. ``history``: key -> (last rating, when)."""
    if count <= 0 or not questions:
        return []
    history = history or {}
    order = list(range(len(questions)))
    Rng(seed * 31_337 + 5).shuffle(order)
    tie = {q.key: order[i] for i, q in enumerate(questions)}

    def rank(q: ExplainQuestion) -> tuple[int, float, int]:
        rating, when = history.get(q.key, ("", None))
        return (1 if rating == "good" else 0, when.timestamp() if when is not None else float("-inf"), tie[q.key])

    return sorted(questions, key=rank)[:count]


__all__ = ["PER_CALL", "PER_SESSION", "RATINGS", "ExplainQuestion", "ExplainRecord", "choose", "explain_questions"]
