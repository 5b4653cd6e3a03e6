"""Fair multiple-choice options, over many demo profiles in several locales: wrong options are of the
profile's own country, script and domain; an employer question never offers a client; a date option fits
the entry's other dates; a certificate's issuers are of its field; a Chinese name gets Chinese names."""

from __future__ import annotations

from datetime import date

import pytest

from verify_coach.core import dates
from verify_coach.core.demo import make_demo_profile
from verify_coach.core.facts import extract_facts
from verify_coach.core.grading import _is_pinyin
from verify_coach.core.questions.context import Context
from verify_coach.core.questions.distractors import ISSUER_FIELDS, _script, _spells_pinyin, make_distractors
from verify_coach.core.questions.model import human_to_iso, norm
from verify_coach.grading import grade

TODAY = date(2026, 12, 6)
LOCALES = ("en_US", "zh_CN", "en_IN", "es_MX", "uk_UA", "en_PH", "pt_BR", "pl_PL")
SEEDS = range(6)
CASES = [(loc, seed) for loc in LOCALES for seed in SEEDS]


def _options(locale: str, seed: int):
    profile = make_demo_profile(seed=seed, locale=locale, today=TODAY)
    facts = extract_facts(profile)
    ctx = Context.build(profile, facts, seed=seed, today=TODAY)
    for f in facts:
        opts = make_distractors(f, ctx)
        if opts:
            yield profile, ctx, f, opts


def _key(iso: str) -> tuple[int, ...]:
    d = dates.PartialDate.parse(iso)
    return tuple(x for x in (d.year, d.month, d.day) if x is not None)


@pytest.mark.parametrize(("locale", "seed"), CASES)
def test_wrong_options_are_of_the_answers_script_and_never_the_answer(locale, seed):
    for _, _, f, opts in _options(locale, seed):
        if f.kind in ("name", "text"):
            assert all(_script(o) == _script(f.value) for o in opts), (f.key, f.value, opts)
            for o in opts:
                assert not grade(f.value, o, f.kind).correct, (f.value, o)


@pytest.mark.parametrize(("locale", "seed"), CASES)
def test_an_employer_question_never_offers_a_client(locale, seed):
    for profile, _, f, opts in _options(locale, seed):
        if (f.category, f.attribute) in (("employment", "company"), ("employment", "current_employer"),
                                         ("employment", "first_employer")):
            employers = {norm(e.company) for e in profile.employment}
            clients = {norm(p.client) for p in profile.portfolio if p.client} - employers
            clients |= {norm(j.client) for j in profile.platform_jobs if j.client} - employers
            assert not {norm(o) for o in opts} & clients, (f.value, opts)


@pytest.mark.parametrize(("locale", "seed"), CASES)
def test_a_date_option_fits_the_other_dates_of_its_entry(locale, seed):
    for _, ctx, f, opts in _options(locale, seed):
        if f.kind != "date" or f.category not in ("employment", "education", "portfolio"):
            continue
        start, end = ctx.sibling_value(f, "start"), ctx.sibling_value(f, "end") or ctx.sibling_value(f, "completed")
        for o in opts:
            k = _key(human_to_iso(o) or f.value)
            if f.attribute == "start" and end:
                e = _key(end)
                assert k[: len(e)] <= e[: len(k)], (f.key, f.value, end, o)
            if f.attribute in ("end", "completed") and start:
                s = _key(start)
                assert k[: len(s)] >= s[: len(k)], (f.key, f.value, start, o)
            assert k <= (TODAY.year, TODAY.month, TODAY.day)[: len(k)] or _key(f.value) > k, (f.key, o)


@pytest.mark.parametrize(("locale", "seed"), CASES)
def test_a_certificates_issuers_are_of_its_field(locale, seed):
    fields = [set(v) for v in ISSUER_FIELDS.values()]
    for _, _, f, opts in _options(locale, seed):
        if (f.category, f.attribute) == ("certifications", "issuer"):
            assert any(set(opts) <= field for field in fields), (f.subject, f.value, opts)


@pytest.mark.parametrize("seed", SEEDS)
def test_a_chinese_name_gets_chinese_names_written_the_same_way(seed):
    for _, _, f, opts in _options("zh_CN", seed):
        if (f.category, f.attribute) == ("identity", "full_name"):
            bare = [o.split("(")[0] for o in opts]
            assert all(_spells_pinyin(w.lower()) for o in bare for w in o.split()), opts
    for value in ("Lin Mei (林美)", "林美", "Zhang Xiaoming"):
        profile = make_demo_profile(seed=seed, locale="zh_CN", today=TODAY)
        profile.identity.full_name = value
        facts = extract_facts(profile)
        ctx = Context.build(profile, facts, seed=seed, today=TODAY)
        f = next(x for x in facts if (x.category, x.attribute) == ("identity", "full_name"))
        opts = make_distractors(f, ctx)
        assert len(opts) == 3
        if "(" in value:
            assert all(o.endswith(")") and _script(o) == "cjk" for o in opts), opts
        elif value.isascii():
            assert all(o.isascii() and all(_spells_pinyin(w.lower()) for w in o.split()) for o in opts), opts
        else:
            assert all(not o.isascii() and " " not in o for o in opts), opts


@pytest.mark.parametrize(("locale", "seed"), [(loc, s) for loc in ("zh_CN", "en_IN", "uk_UA", "pt_BR") for s in SEEDS])
def test_cities_and_streets_are_of_the_addresss_country(locale, seed):
    """A city's options are cities of the same country (our table when it has the country); a street keeps
    the address's script and shape."""
    from verify_coach.core.questions.distractors import CITIES

    for _profile, ctx, f, opts in _options(locale, seed):
        if (f.category, f.attribute) == ("identity", "city") and ctx.country in CITIES:
            known = {norm(c.split(",")[0]) for c in (*CITIES[ctx.country], *ctx.pools.named.get("place", []))}
            assert {norm(o.split(",")[0]) for o in opts} <= known, (f.value, opts)
        if (f.category, f.attribute) == ("identity", "street"):
            assert all(_script(o) == _script(f.value) for o in opts), opts
    assert _is_pinyin("xiaoming")
