"""Recall: the typed answer to one fact, asked as an agent would ("When did you start at Brightline?")."""

from __future__ import annotations

from ..facts import Fact
from .context import Context, make_question
from .model import Question, make_id, new_question, norm
from .templates import prompts, safe_prompt, typed_form


def typed_question(fact: Fact, ctx: Context, form: str) -> Question | None:
    """The first of the fact's prompts that does not give its answer away, as a question of ``form``."""
    kind = "number" if form == "numeric" else fact.kind
    if kind == fact.kind and kind not in ("list", "choice"):  # then the same check as the multiple choice
        prompt = safe_prompt(fact, ctx)
        if prompt is None:
            return None
        return new_question(make_id(form, (fact.key,)), form, prompt, None, fact.value, kind, (fact.key,),
                            fact.category)
    answer = _unique_items(fact.value) if kind == "list" else fact.value
    for prompt in prompts(fact, ctx):
        q = make_question(form, prompt, answer, kind, (fact.key,), fact.category)
        if q is not None:
            return q
    return None


def _unique_items(value: str) -> str:
    """A list answer without repeats (two certifications with one name are said once)."""
    seen: dict[str, str] = {}
    for item in value.split(";"):
        seen.setdefault(norm(item), item.strip())
    return "; ".join(v for k, v in seen.items() if k)


def recall_question(fact: Fact, ctx: Context) -> Question | None:
    """One typed question per fact that is neither a number (see numeric) nor a link (see cross)."""
    if typed_form(fact) != "recall":
        return None
    return typed_question(fact, ctx, "recall")
