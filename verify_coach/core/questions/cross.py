"""Cross questions link two parts of the profile:

- "Where were you working when you built Parcel Radar?" (the ``employer_at_time`` fact),
- "Which project did you build for Northwind?" (only when that client has exactly one project),
- "Which company were you working at in March 2019?" (a month only that job covers).
"""

from __future__ import annotations

from collections import Counter

from .. import dates
from ..facts import Fact
from .context import Context, make_question
from .model import Question, norm
from .recall import typed_question
from .templates import typed_form


def linking_question(fact: Fact, ctx: Context) -> Question | None:
    """The typed question for a fact that links two entries (``employer_at_time``)."""
    if typed_form(fact) != "cross":
        return None
    return typed_question(fact, ctx, "cross")


def client_project_questions(ctx: Context) -> list[Question]:
    clients = [f for f in ctx.facts if f.category == "portfolio" and f.attribute == "client" and f.subject]
    counts = Counter(norm(f.value) for f in clients)
    out = []
    for f in clients:
        if counts[norm(f.value)] != 1:
            continue
        q = make_question("cross", f"Which project did you build for {f.value}?", f.subject, "name", (f.key,),
                          f.category, variant="client_project")
        if q is not None:
            out.append(q)
    return out


def month_company_questions(ctx: Context) -> list[Question]:
    """For each job, the middle of the months it certainly ran, if no other company's job may cover it."""
    periods = ctx.periods()
    out = []
    for p in periods:
        if p.sure_lo > p.sure_hi:
            continue
        mid = (p.sure_lo + p.sure_hi) // 2
        me = norm(p.company)
        if any(o.lo <= mid <= o.hi and norm(o.company) != me for o in periods):
            continue
        year, month0 = divmod(mid, 12)
        when = dates.PartialDate(year, month0 + 1)
        attrs = ctx.by_entity[p.entity]
        company = attrs["company"]
        keys = (company.key, attrs["start"].key) + ((attrs["end"].key,) if "end" in attrs else ())
        q = make_question("cross", f"Which company were you working at in {when.human()}?", company.value, "name",
                          keys, company.category, variant=f"month_company:{when.iso()}")
        if q is not None:
            out.append(q)
    return out
