"""A spoken answer's verdict, from the user's own rating of it ("Right", "Close", "Wrong").

The app cannot hear whether a spoken answer was right: it shows the expected value ("Say it like this")
and the user rates what they said. ``right`` counts as right (scheduled by the answer's time like a typed
answer), ``close`` counts as right but is always scheduled Hard (half the score), ``wrong`` counts as
wrong (Again)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from ..scheduling import Rating, Timing, rating_for

if TYPE_CHECKING:
    from ..grading import Verdict

SELF_RATINGS = ("right", "close", "wrong")


@dataclass(frozen=True)
class SelfRated:
    verdict: Verdict
    forced: Rating | None  # the fsrs rating regardless of the time taken (None: from the time, as typed)

    def rating(self, latency_ms: int, timing: Timing = Timing()) -> Rating:
        return self.forced if self.forced is not None else rating_for(self.verdict.correct, latency_ms, timing)


@cache
def _rated() -> dict[str, SelfRated]:
    # loaded when an answer is rated: listing answers (``shown_answer``) needs no grader
    from ..grading import Verdict

    return {
        "right": SelfRated(Verdict(True, 1.0, "Right \u2014 you rated it right."), None),
        "close": SelfRated(Verdict(True, 0.5, "Close \u2014 you rated it close."), Rating.Hard),
        "wrong": SelfRated(Verdict(False, 0.0, "Not quite \u2014 you rated it wrong."), Rating.Again),
    }


def self_rated(self_rating: str) -> SelfRated:
    """The verdict and schedule of a self-rated answer. Raises ValueError for a rating not in ``SELF_RATINGS``."""
    try:
        return _rated()[self_rating]
    except (KeyError, TypeError):
        raise ValueError(
            f"Unknown self-rating {self_rating!r}; use one of {', '.join(SELF_RATINGS)}."
        ) from None


def spoken_answer_text(self_rating: str | None) -> str:
    """How a spoken answer shows where a typed answer would: ``(said aloud, rated close)``."""
    return f"(said aloud, rated {self_rating})" if self_rating in SELF_RATINGS else "(said aloud)"


def shown_answer(answer: str, spoken: bool, self_rating: str | None) -> str:
    """The answer as listed for the user: the typed text, or ``(said aloud, rated …)`` for a spoken one."""
    return spoken_answer_text(self_rating) if spoken and not (answer or "").strip() else answer


__all__ = ["SELF_RATINGS", "SelfRated", "self_rated", "shown_answer", "spoken_answer_text"]
