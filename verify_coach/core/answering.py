"""Grading an answer to a *question* (choices, order, or a typed value graded by ``grading.grade``)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from typing import Any

from .belief import belief_of
from .grading import Context, Verdict, grade

# What a fact's value is, by the fact's attribute (the middle part of its key).
_ROLE_BY_ATTRIBUTE = {
    "full_name": "person",
    "company": "org", "client": "org", "school": "org", "issuer": "org", "first_employer": "org",
    "current_employer": "org", "employer_at_time": "org",
    "city": "place", "region": "place", "country": "place", "location": "place", "nationality": "place",
    "street": "address",
    "title": "title", "role": "title",
    "english_level": "language", "proficiency": "language",
}
# Dates a person gives to the month when asked "when did you…" (a date of birth needs the day).
_MONTH_ENOUGH = frozenset({"start", "end", "completed", "member_since", "date"})
# Lists the question asks for whole: extra items count against the answer.
_WHOLE_LISTS = frozenset({"languages", "payment_methods", "names", "categories"})


def fact_attribute(fact_key: str) -> str:
    """``employment.start.3fa9c1d2e0`` -> ``start``."""
    parts = fact_key.split(".")
    return parts[1] if len(parts) >= 3 else ""


def grading_context(question: Any) -> Context:
    """What the grader should know about the question beyond its answer kind."""
    keys = tuple(getattr(question, "fact_keys", ()) or ())
    attribute = fact_attribute(keys[0]) if keys else ""
    kind = getattr(question, "answer_kind", "")
    return Context(
        role=_ROLE_BY_ATTRIBUTE.get(attribute) if kind in ("name", "text") else None,
        month_enough=kind == "date" and attribute in _MONTH_ENOUGH,
        whole_list=kind == "list" and attribute in _WHOLE_LISTS,
    )


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).casefold()
    return " ".join("".join(ch for ch in text if ch.isalnum() or ch.isspace()).split())


def _pick(choices: tuple[str, ...], answer: str) -> str | None:
    """A choice picked by its number (1-based) or by its text."""
    a = answer.strip()
    for c in choices:  # the text of a choice wins: with choices ("3", "5", "2"), "2" means "2"
        if _norm(c) == _norm(a):
            return c
    if a.isdigit() and 1 <= int(a) <= len(choices):
        return choices[int(a) - 1]
    if len(a) == 1 and a.isalpha() and ord(a.lower()) - 96 <= len(choices):  # a, b, c, d
        return choices[ord(a.lower()) - 97]
    if a.casefold() in ("t", "true", "yes", "y") and "True" in choices:
        return "True"
    if a.casefold() in ("f", "false", "no", "n") and "False" in choices:
        return "False"
    return None


def grade_question(question: Any, answer: str, *, accept: Sequence[str] = ()) -> Verdict:
    """Grade ``answer`` (as typed) against a question from ``core.questions``.

    ``accept``: other forms of the primary fact's value that count as right (its name in another
    script, answers the user overrode as right before); only for typed answers, not choices."""
    answer = (answer or "").strip()
    kind = question.answer_kind
    if not answer:
        return Verdict(False, 0.0, "No answer.")
    if kind == "choice":
        chosen = _pick(tuple(question.choices or ()), answer)
        if chosen is None:
            # A typed answer that is not one of the choices: grade it against the right one.
            return grade(question.answer, answer, "text")
        if _norm(chosen) == _norm(question.answer):
            return Verdict(True, 1.0, "Right.")
        belief = belief_of(getattr(question, "form", ""), getattr(question, "prompt", ""), chosen, question.answer)
        if belief is not None:  # never "Not True.": what the user believed, and what is so
            return Verdict(False, 0.0, belief.sentence())
        return Verdict(False, 0.0, f"Not {chosen}.")
    if kind == "order":
        return _grade_order(tuple(question.choices or ()), question.answer, answer)
    ctx = grading_context(question)
    return grade(
        question.answer, answer, kind,
        role=ctx.role, accept=accept, month_enough=ctx.month_enough, whole_list=ctx.whole_list,
    )


def parse_order(choices: tuple[str, ...], answer: str) -> list[str]:
    """``"2 1 3"``, ``"2,1,3"``, ``"213"`` or the items' names separated by ``;`` -> items in that order."""
    a = answer.strip()
    if re.fullmatch(r"[\d\s,;>-]+", a):
        digits = re.findall(r"\d+", a)
        if len(digits) == 1 and len(digits[0]) == len(choices):
            digits = list(digits[0])
        out = [choices[int(d) - 1] for d in digits if 1 <= int(d) <= len(choices)]
        return out
    parts = [p for p in re.split(r"\s*(?:;|\n|->|>)\s*", a) if p]
    out = []
    for p in parts:
        match = _pick(choices, p)
        if match is not None:
            out.append(match)
    return out


def _grade_order(choices: tuple[str, ...], expected: str, answer: str) -> Verdict:
    want = [s.strip() for s in expected.split(";") if s.strip()]
    got = parse_order(choices, answer)
    if len(got) != len(want) or len(set(got)) != len(want):
        return Verdict(False, 0.0, f"Give all {len(want)} items once each, e.g. 2 1 3.")
    in_place = sum(1 for a, b in zip(got, want, strict=True) if a == b)
    if in_place == len(want):
        return Verdict(True, 1.0, "Right order.")
    return Verdict(False, in_place / len(want), "Not quite: " + " → ".join(want) + ".")
