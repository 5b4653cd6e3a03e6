"""Reverse questions go from a value back to its entry: "Which company did you join in March 2019?".

A reverse question is made only when the value points to one entry: no other entry (with another name)
has a date that may be the same, or the same client, issuer or level.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .. import dates
from ..facts import Fact
from .context import Context, in_date, make_question
from .model import Question, norm


@dataclass(frozen=True)
class Reverse:
    prefix: str  # entity prefix
    attributes: tuple[str, ...]  # the fact given in the prompt
    prompt: str  # {v}: the value as said; {in_v}: a date with its preposition; {p}: the platform
    answer: Callable[[Fact, Context], Fact | str | None]  # the answer: a fact (its value) or a text
    variant: str


def _sibling(attr: str) -> Callable[[Fact, Context], Fact | None]:
    return lambda f, ctx: ctx.sibling(f, attr)


def _subject(f: Fact, ctx: Context) -> str:
    return f.subject


REVERSES: tuple[Reverse, ...] = (
    Reverse("employment:", ("start",), "Which company did you join {in_v}?", _sibling("company"), "join"),
    Reverse("education:", ("end",), "Which school did you finish {in_v}?", _sibling("school"), "finish_school"),
    Reverse("portfolio:", ("completed", "end"), "Which project did you complete {in_v}?", _subject, "complete"),
    Reverse("certification:", ("date",), "Which certification did you earn {in_v}?", _subject, "earn"),
    Reverse("certification:", ("issuer",), "Which certification do you hold from {v}?", _subject, "issuer"),
    Reverse("platform_job:", ("client",), "Which {p} job did you do for {v}?", _subject, "client_job"),
    Reverse("language:", ("proficiency",), "Which language do you speak at the level \u201c{v}\u201d?", _subject,
            "level_language"),
)


def _same(a: Fact, b: Fact) -> bool:
    """May the two values be the same (dates at the precision both have)?"""
    if a.kind == "date" and b.kind == "date":
        n = min(len(a.value.split("-")), len(b.value.split("-")))
        return dates.sort_key(a.value)[:n] == dates.sort_key(b.value)[:n]
    return norm(a.value) == norm(b.value)


def _bucket(f: Fact) -> str:
    return f.value[:4] if f.kind == "date" else norm(f.value)


def reverse_questions_for(ctx: Context, spec: Reverse) -> list[Question]:
    given: list[tuple[Fact, str, tuple[str, ...]]] = []
    for entity, attrs in ctx.by_entity.items():
        if not entity.startswith(spec.prefix):
            continue
        f = next((attrs[a] for a in spec.attributes if a in attrs), None)
        if f is None:
            continue
        ans = spec.answer(f, ctx)
        text = ans.value if isinstance(ans, Fact) else ans
        if text:
            keys: tuple[str, ...] = (f.key, ans.key) if isinstance(ans, Fact) else (f.key,)
            given.append((f, text, keys))
    buckets: dict[str, list[tuple[Fact, str, tuple[str, ...]]]] = {}
    for g in given:
        buckets.setdefault(_bucket(g[0]), []).append(g)
    out = []
    for f, text, keys in given:
        own = norm(text)  # the cheap test first: another answer, then a value that may be the same
        if any(norm(t) != own and _same(f, o) for o, t, _ in buckets[_bucket(f)]):
            continue
        v = dates.human(f.value) if f.kind == "date" else f.value
        prompt = spec.prompt.format(v=v, in_v=in_date(f.value) if f.kind == "date" else v, p=ctx.platform)
        q = make_question("reverse", prompt, text, "name", keys, f.category, variant=spec.variant)
        if q is not None:
            out.append(q)
    return out


def reverse_questions(ctx: Context) -> list[Question]:
    out: list[Question] = []
    for spec in REVERSES:
        out += reverse_questions_for(ctx, spec)
    return out
