"""Building questions: all of a profile's, those of some facts, or one for a practice session."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date

from ..facts import Fact, extract_facts
from ..profile import Profile
from ..seq import unique_by
from .choice import choice_question
from .context import Context
from .cross import client_project_questions, linking_question, month_company_questions
from .model import FORMS, Question, value_in_prompt
from .numeric import numeric_question
from .recall import recall_question
from .reverse import reverse_questions
from .templates import prompts, typed_form
from .timeline import timeline_questions
from .truefalse import truefalse_question

PerFact = Callable[[Fact, Context], Question | None]
Relational = Callable[[Context], list[Question]]

# Forms asked about one fact at a time, and forms built from several entries at once.
PER_FACT: dict[str, tuple[PerFact, ...]] = {
    "recall": (recall_question,),
    "choice": (choice_question,),
    "cross": (linking_question,),
    "numeric": (numeric_question,),
    "truefalse": (truefalse_question,),
}
RELATIONAL: dict[str, tuple[Relational, ...]] = {
    "timeline": (timeline_questions,),
    "cross": (client_project_questions, month_company_questions),
    "reverse": (reverse_questions,),
}

# Which form practice asks for a fact, by attempt (the seed): typed answers first and most often.
ROTATION: dict[str, tuple[str, ...]] = {
    "date": ("typed", "choice", "typed", "linked", "typed", "truefalse"),
    "name": ("typed", "choice", "typed", "linked", "typed", "truefalse"),
    "money": ("typed", "choice", "typed", "truefalse"),
    "number": ("typed", "typed", "choice"),
    "text": ("typed", "typed", "choice", "typed", "truefalse"),
    "list": ("typed",),
}


def _check_forms(forms: Iterable[str] | None) -> tuple[str, ...]:
    if forms is None:
        return FORMS
    forms = tuple(forms)
    unknown = [f for f in forms if f not in FORMS]
    if unknown:
        raise ValueError(f"unknown question form(s) {', '.join(unknown)}; use {', '.join(FORMS)}")
    return forms


def _context(profile: Profile, facts: list[Fact] | None, seed: int, today: date | None) -> tuple[Context, list[Fact]]:
    facts = extract_facts(profile, today=today) if facts is None else facts
    return Context.build(profile, facts, seed, today), facts


def _collect(ctx: Context, facts: list[Fact], forms: tuple[str, ...], keys: set[str] | None) -> list[Question]:
    """Questions of ``forms`` (in ``FORMS`` order), limited to primary facts in ``keys`` if given."""
    out: list[Question] = []
    for form in FORMS:
        if form not in forms:
            continue
        for make in PER_FACT.get(form, ()):
            out += [q for q in (make(f, ctx) for f in facts) if q is not None]
        for build in RELATIONAL.get(form, ()):
            out += [q for q in build(ctx) if keys is None or q.fact_keys[0] in keys]
    return _unique(out)


def _unique(questions: list[Question]) -> list[Question]:
    """Drop repeats of an id (a question reached twice). Two entries that are copies of each other (the
    same school listed twice) keep a question each, as they keep a fact each."""
    return unique_by(questions, lambda q: q.id)


def build_questions(
    profile: Profile, facts: list[Fact] | None = None, *, seed: int = 0, today: date | None = None
) -> list[Question]:
    """Every question for the profile, every form where it applies; the same seed gives the same list.

    ``facts`` defaults to ``extract_facts(profile)``. Grouped by form in ``FORMS`` order, facts in
    profile order within a form.
    """
    ctx, facts = _context(profile, facts, seed, today)
    return _collect(ctx, facts, FORMS, None)


def questions_for_facts(
    profile: Profile,
    facts: list[Fact] | None,
    fact_keys: Iterable[str],
    *,
    seed: int = 0,
    forms: Iterable[str] | None = None,
    today: date | None = None,
) -> list[Question]:
    """The questions whose primary fact is one of ``fact_keys`` (optionally only some forms).

    Each is identical to the same question in ``build_questions`` with the same seed."""
    ctx, facts = _context(profile, facts, seed, today)
    keys = set(fact_keys)
    chosen = [f for f in facts if f.key in keys]
    return _collect(ctx, chosen, _check_forms(forms), keys)


def _of_form(ctx: Context, fact: Fact, form: str) -> list[Question]:
    return _collect(ctx, [fact], (form,), {fact.key})


class QuestionMaker:
    """Questions about single facts of one profile, all from one context built once: what
    ``question_for_fact(..., seed=seed, form=form)`` returns, without building the context each time
    (the mock call asks for its follow-ups one at a time)."""

    def __init__(self, profile: Profile, facts: list[Fact] | None, *, seed: int = 0, today: date | None = None):
        self.ctx, self.facts = _context(profile, facts, seed, today)
        self.seed = seed

    def of_form(self, fact_key: str, form: str) -> Question | None:
        """The question of ``form`` about the fact, or None when it has none (or the fact is unknown)."""
        fact = self.ctx.by_key.get(fact_key)
        if fact is None:
            return None
        found = _of_form(self.ctx, fact, _check_forms([form])[0])
        return found[self.seed % len(found)] if found else None


def question_for_fact(
    profile: Profile,
    facts: list[Fact] | None,
    fact_key: str,
    *,
    seed: int = 0,
    form: str | None = None,
    today: date | None = None,
) -> Question:
    """One question about one fact, for practice.

    With ``form``, a question of that form (ValueError if the fact has none). Otherwise the form turns
    with the seed (pass something that grows with the attempts): the typed answer (recall, numeric for
    numbers, cross for linking facts) most of the time, multiple choice now and then, and for dates and
    names sometimes a reverse/timeline/cross question or a true-or-false statement. KeyError if the fact
    is not in ``facts``.
    """
    ctx, facts = _context(profile, facts, seed, today)
    fact = ctx.by_key.get(fact_key)
    if fact is None:
        raise KeyError(f"no fact {fact_key!r} in this profile")
    if form is not None:
        _check_forms([form])
        found = _of_form(ctx, fact, form)
        if not found:
            raise ValueError(f"no {form} question for fact {fact_key!r}")
        return found[seed % len(found)]
    rotation = ROTATION.get(fact.kind, ("typed",))
    wanted = rotation[seed % len(rotation)]
    turn = seed // len(rotation)
    for step in (wanted, "typed", "choice", "truefalse", "linked"):
        if step == "linked":
            found = _linked(ctx, fact)
            if found:
                return found[turn % len(found)]
            continue
        q = _PER_FACT_STEP[step](fact, ctx) if step != "typed" else _TYPED[typed_form(fact)](fact, ctx)
        if q is not None:
            return q
    raise AssertionError(f"no question for fact {fact_key!r}")  # pragma: no cover - truefalse always exists


_TYPED: dict[str, PerFact] = {"recall": recall_question, "numeric": numeric_question, "cross": linking_question}
_PER_FACT_STEP: dict[str, PerFact] = {"choice": choice_question, "truefalse": truefalse_question}


def _linked(ctx: Context, fact: Fact) -> list[Question]:
    """Reverse, timeline and cross questions whose primary fact is ``fact``."""
    return [
        q for form in ("reverse", "timeline", "cross") for build in RELATIONAL[form] for q in build(ctx)
        if q.fact_keys[0] == fact.key
    ]


# -- a session's questions ----------------------------------------------------------------------------------
TRUEFALSE_SHARE = 0.10  # at most this share of a session is true-or-false


def leaks(q: Question, other: Question, by_key: dict[str, Fact]) -> bool:
    """Does ``q``'s prompt name the answer of ``other`` (its primary fact's value, as its kind)?"""
    fact = by_key.get(other.fact_keys[0])
    if fact is None or q is other or q.fact_keys[0] == fact.key:
        return False
    return value_in_prompt(q.prompt, fact.value, fact.kind)


def session_order(
    questions: list[Question], by_key: dict[str, Fact], reword: Callable[[Question, list[Question]], Question | None] | None = None
) -> list[Question]:
    """The questions in their order, except that a question whose prompt names another question's answer
    ("...as Senior Python Developer, starting in July 2018?") comes after that question. Stable. When every
    question left names another's answer (a company asked by its title, the title asked by its company),
    the first is asked with ``reword(question, others)`` (another of its prompts) if that gives one."""
    left = list(questions)
    out: list[Question] = []
    while left:
        pick = next((q for q in left if not any(leaks(q, o, by_key) for o in left if o is not q)), None)
        if pick is None:
            pick = left[0]
            others = [o for o in left if o is not pick]
            better = reword(pick, others) if reword else None
            left.remove(pick)
            out.append(better or pick)
            continue
        left.remove(pick)
        out.append(pick)
    return out


def rewording(profile: Profile, facts: list[Fact], today: date | None = None) -> Callable[[Question, list[Question]], Question | None]:
    """A ``reword`` for ``session_order``: the question with the first of its fact's prompts that names
    neither its own answer nor any of ``others``' answers (typed and multiple-choice questions only)."""
    ctx, facts = _context(profile, facts, 0, today)

    def reword(q: Question, others: list[Question]) -> Question | None:
        fact = ctx.by_key.get(q.fact_keys[0])
        if fact is not None and q.form not in ("recall", "numeric", "cross", "choice"):
            q = _not_truefalse(profile, facts, fact.key, 0, today) or q  # a statement names a value by design
            if not any(leaks(q, o, ctx.by_key) for o in others):
                return q
        if fact is None or q.form not in ("recall", "numeric", "cross", "choice"):
            return None
        for prompt in prompts(fact, ctx):
            if value_in_prompt(prompt, fact.value, fact.kind):
                continue
            trial = replace(q, prompt=prompt)
            if not any(leaks(trial, o, ctx.by_key) for o in others):
                return trial
        return None

    return reword


def fair_forms(
    questions: list[Question], profile: Profile, facts: list[Fact], seeds: list[int], today: date | None = None
) -> list[Question]:
    """True-or-false questions for identity facts, and those beyond ``TRUEFALSE_SHARE`` of the session, are
    asked in another form (typed, else multiple choice). ``seeds[i]`` is the seed question ``i`` was built with."""
    allowed = int(len(questions) * TRUEFALSE_SHARE)
    out = []
    for q, seed in zip(questions, seeds, strict=True):
        if q.form == "truefalse":
            if q.category != "identity" and allowed > 0:
                allowed -= 1
            else:
                q = _not_truefalse(profile, facts, q.fact_keys[0], seed, today) or q
        out.append(q)
    return out


def _not_truefalse(profile: Profile, facts: list[Fact], key: str, seed: int, today: date | None) -> Question | None:
    for form in ("recall", "numeric", "cross", "choice"):
        try:
            return question_for_fact(profile, facts, key, seed=seed, form=form, today=today)
        except ValueError:
            continue
    return None
