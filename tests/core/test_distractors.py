"""Distractors are fair: over demo profiles in several locales, no choice question offers two options
that are the same fact in different words (the right answer never appears twice)."""

from __future__ import annotations

from datetime import date

import pytest

from verify_coach.core.demo import make_demo_profile
from verify_coach.core.facts import extract_facts
from verify_coach.core.questions import build_questions
from verify_coach.grading import grade

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize("locale", ["en_US", "zh_CN", "en_IN", "en_GB"])
@pytest.mark.parametrize("seed", [1, 2])
def test_no_two_options_of_a_name_or_text_choice_are_the_same_fact(locale, seed):
    profile = make_demo_profile(seed, locale, "typical", TODAY)
    facts = {f.key: f for f in extract_facts(profile)}
    checked = 0
    for q in build_questions(profile, seed=seed, today=TODAY):
        if q.form != "choice" or len(q.fact_keys) != 1 or q.fact_keys[0] not in facts:
            continue
        kind = facts[q.fact_keys[0]].kind
        if kind not in ("name", "text"):
            continue
        checked += 1
        opts = list(q.choices or ())
        assert len({o.casefold() for o in opts}) == len(opts), opts
        for i, a in enumerate(opts):
            for b in opts[i + 1:]:
                assert not grade(a, b, kind).correct, f"{q.prompt}: {a!r} and {b!r} are one fact"
    assert checked > 5
