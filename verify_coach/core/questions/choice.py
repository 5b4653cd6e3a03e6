"""Multiple choice: the typed prompt with four options, the right one exactly once."""

from __future__ import annotations

from ..facts import Fact
from .context import Context, display
from .distractors import distractors_for
from .model import Question, make_id, new_question
from .templates import safe_prompt

CHOICE_KINDS = ("date", "money", "number", "name", "text")

# Numbers are shown with their unit ("32 months"), so an option never reads like an option's number.
UNITS: dict[str, tuple[str, str]] = {
    "duration_months": ("month", "months"),
    "years_experience": ("year", "years"),
    "employer_count": ("employer", "employers"),
    "total_jobs": ("job", "jobs"),
    "platform_job_count": ("job", "jobs"),
    "skill_count": ("skill", "skills"),
    "rating": ("star", "stars"),
}


def with_unit(fact: Fact, text: str) -> str:
    """``32`` -> ``32 months``, ``96`` -> ``96%`` for a number fact; other values unchanged."""
    if fact.kind != "number":
        return text
    if fact.attribute == "job_success":
        return f"{text}%"
    one, many = UNITS.get(fact.attribute, ("", ""))
    return f"{text} {one if text == '1' else many}".strip() if many else f"{text} (number)"


def choice_question(fact: Fact, ctx: Context) -> Question | None:
    """Four options (the answer and three distractors of the same type), in a seeded order."""
    if fact.kind not in CHOICE_KINDS:
        return None
    wrong = distractors_for(fact, ctx)
    if not wrong:
        return None
    if fact.kind == "number":
        right = with_unit(fact, fact.value)
        options = [right, *(with_unit(fact, w) for w in wrong)]
    else:
        right = display(fact)
        options = [right, *wrong]
    qid = make_id("choice", (fact.key,))
    ctx.rng("choice-order", qid).shuffle(options)
    # The first prompt that does not give the fact's value away (shared with the typed question).
    prompt = safe_prompt(fact, ctx)
    if prompt is None:
        return None
    return new_question(qid, "choice", prompt, tuple(options), right, "choice", (fact.key,), fact.category)
