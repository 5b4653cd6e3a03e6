"""Timeline: "Put these jobs in order, earliest first" (3-4 items) and "Which came first: A or B?".

Only entries whose dates can be told apart are compared: ``2019`` and ``2019-03`` cannot (March 2019 may
be before or after "2019"), ``2018`` and ``2019-03`` can. Entries with the same name (two jobs at one
company) are compared only once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import dates
from ..facts import Fact
from .context import Context, make_question
from .model import Question, make_id, norm


@dataclass(frozen=True)
class Section:
    prefix: str  # entity prefix
    attributes: tuple[str, ...]  # the date that places an entry, first found
    pair: str  # {a} {b}
    order: str
    quote: bool = False


SECTIONS: tuple[Section, ...] = (
    Section("employment:", ("start",), "Which job did you start first: {a} or {b}?",
            "Put these jobs in order of when you started them, earliest first."),
    Section("portfolio:", ("completed", "end"), "Which project did you finish first: {a} or {b}?",
            "Put these portfolio projects in order of completion, earliest first."),
    Section("education:", ("end",), "Where did you finish your studies first: {a} or {b}?",
            "Put these schools in the order you finished them, earliest first."),
    Section("certification:", ("date",), "Which certification did you earn first: {a} or {b}?",
            "Put these certifications in the order you earned them, earliest first."),
    Section("platform_job:", ("start",), "Which {p} job started first: {a} or {b}?",
            "Put these {p} jobs in the order they started, earliest first.", quote=True),
)

ORDER_SIZE = 4


def _before(a: str, b: str) -> bool:
    """Is date ``a`` certainly before ``b`` (compared at the precision both have)?"""
    n = min(len(a.split("-")), len(b.split("-")))
    return dates.sort_key(a)[:n] < dates.sort_key(b)[:n]


def chain(ctx: Context, section: Section) -> list[Fact]:
    """Date facts of the section's entries in time order, keeping only entries that can be ordered
    against the previous one and whose names are new."""
    items: list[Fact] = []
    for entity, attrs in ctx.by_entity.items():
        if not entity.startswith(section.prefix):
            continue
        f = next((attrs[a] for a in section.attributes if a in attrs), None)
        if f is not None and f.subject and ";" not in f.subject:
            items.append(f)
    items.sort(key=lambda f: (dates.sort_key(f.value), f.key))
    out: list[Fact] = []
    names: set[str] = set()
    for f in items:
        n = norm(f.subject)
        if n in names or (out and not _before(out[-1].value, f.value)):
            continue
        names.add(n)
        out.append(f)
    return out


def _label(section: Section, f: Fact) -> str:
    return f"\u201c{f.subject}\u201d" if section.quote else f.subject


def pair_questions(ctx: Context, section: Section, items: list[Fact]) -> list[Question]:
    out = []
    for a, b in zip(items, items[1:], strict=False):
        keys = (a.key, b.key)
        qid = make_id("timeline", keys, "pair")
        first, second = (a, b) if ctx.rng("pair", qid).random() < 0.5 else (b, a)
        prompt = section.pair.format(a=_label(section, first), b=_label(section, second), p=ctx.platform)
        q = make_question("timeline", prompt, a.subject, "choice", keys, a.category,
                          choices=(first.subject, second.subject), variant="pair")
        if q is not None:
            out.append(q)
    return out


def windows(n: int, size: int = ORDER_SIZE) -> list[tuple[int, int]]:
    """Overlapping windows of ``size`` covering ``0..n`` (each at least 3 long)."""
    if n < 3:
        return []
    if n <= size:
        return [(0, n)]
    out = []
    for start in range(0, n, size - 1):
        lo, hi = start, min(n, start + size)
        if hi - lo < 3:
            lo = n - size
        if (lo, hi) not in out:
            out.append((lo, hi))
        if hi == n:
            break
    return out


def order_questions(ctx: Context, section: Section, items: list[Fact]) -> list[Question]:
    out = []
    for lo, hi in windows(len(items)):
        group = items[lo:hi]
        keys = tuple(f.key for f in group)
        names = [f.subject for f in group]
        shown = names[:]
        ctx.rng("order", make_id("timeline", keys, "order")).shuffle(shown)
        if shown == names:  # never show them already in order
            shown = shown[1:] + shown[:1]
        q = make_question("timeline", section.order.format(p=ctx.platform), "; ".join(names), "order", keys,
                          group[0].category, choices=tuple(shown), variant="order")
        if q is not None:
            out.append(q)
    return out


def timeline_questions(ctx: Context) -> list[Question]:
    out: list[Question] = []
    for section in SECTIONS:
        items = chain(ctx, section)
        out += order_questions(ctx, section, items)
        out += pair_questions(ctx, section, items)
    return out
