"""Numeric: number facts (months at a job, years of experience, Job Success Score...), graded as numbers."""

from __future__ import annotations

from ..facts import Fact
from .context import Context
from .model import Question
from .recall import typed_question
from .templates import typed_form


def numeric_question(fact: Fact, ctx: Context) -> Question | None:
    """"How many months did you work at X?" for a number fact; None for other facts."""
    if typed_form(fact) != "numeric":
        return None
    return typed_question(fact, ctx, "numeric")
