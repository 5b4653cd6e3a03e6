"""What every question form needs, computed once per build: facts by key and by entry, the platform name,
today's date, and the pools of distractor candidates (see ``distractors.Pools``)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from zlib import adler32, crc32

from .. import dates
from ..facts import Fact, spoken_value
from ..profile import Profile
from .distractors import Pools, country_key
from .model import Question, Rng, make_id, new_question, norm, reveals, value_in_prompt


@dataclass(frozen=True)
class Period:
    """A job on the timeline in month indexes: ``lo..hi`` is when it may have run (the widest reading of
    partial dates), ``sure_lo..sure_hi`` when it certainly ran (may be empty)."""

    entity: str
    company: str
    title: Fact | None
    lo: int
    hi: int
    sure_lo: int
    sure_hi: int


def _month_range(pd: dates.PartialDate) -> tuple[int, int]:
    """First and last month a partial date may mean (``2019`` -> January..December 2019)."""
    if pd.month is None:
        return pd.year * 12, pd.year * 12 + 11
    return pd.month_index(), pd.month_index()


@dataclass(eq=False)  # compared and hashed by identity: the generators cache per context
class Context:
    profile: Profile
    facts: list[Fact]
    seed: int
    today: date
    platform: str
    by_key: dict[str, Fact]
    by_entity: dict[str, dict[str, Fact]]
    pools: Pools
    country: str = ""  # ``distractors.country_key`` of where the person lives
    _twins: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _periods: list[Period] | None = None
    _idx: dict | None = None  # type: ignore[type-arg]
    _seed_prefix: bytes = field(default=b"", init=False, repr=False)

    def __post_init__(self) -> None:
        self._seed_prefix = (str(self.seed) + "\x1f").encode("utf-8")  # the seed is fixed per build

    @classmethod
    def build(cls, profile: Profile, facts: list[Fact], seed: int, today: date | None = None) -> Context:
        by_entity: dict[str, dict[str, Fact]] = {}
        for f in facts:
            by_entity.setdefault(f.entity, {}).setdefault(f.attribute, f)
        twins: dict[tuple[str, str], list[str]] = {}
        for entity, attrs in by_entity.items():
            prefix, sep, _ = entity.partition(":")
            subject = next(iter(attrs.values())).subject
            if sep and subject:
                twins.setdefault((prefix, norm(subject)), []).append(entity)
        return cls(
            profile=profile,
            facts=facts,
            seed=seed,
            today=today or date.today(),
            platform=profile.platform.platform or "the platform",
            by_key={f.key: f for f in facts},
            by_entity=by_entity,
            pools=Pools.from_facts(facts),
            country=_country(profile),
            _twins={k: v for k, v in twins.items() if len(v) > 1},
        )

    def rng(self, *parts: object) -> Rng:
        """A generator that depends only on the seed and ``parts`` (not on what was built before)."""
        # ``stable_int(self.seed, *parts)``, inlined: the parts are nearly always texts.
        try:
            raw = self._seed_prefix + "\x1f".join(parts).encode("utf-8")  # type: ignore[arg-type]
        except TypeError:  # a part that is not a text
            raw = "\x1f".join(map(str, (self.seed, *parts))).encode("utf-8")
        if not parts:
            raw = str(self.seed).encode("utf-8")
        return Rng(crc32(raw) | (adler32(raw) << 32))

    def twins(self, fact: Fact) -> list[str]:
        """Other entries of the same kind with the same name (two jobs at one company)."""
        prefix, sep, _ = fact.entity.partition(":")
        if not sep or not self._twins:
            return []
        return [e for e in self._twins.get((prefix, norm(fact.subject)), ()) if e != fact.entity]

    def sibling(self, fact: Fact, attribute: str) -> Fact | None:
        """Another fact of the same entry (the title of the job whose start this is...)."""
        return self.by_entity.get(fact.entity, {}).get(attribute)

    def sibling_value(self, fact: Fact, attribute: str) -> str:
        f = self.sibling(fact, attribute)
        return f.value if f else ""

    def ongoing(self, fact: Fact) -> bool:
        """A job without an end (current, or never ended)."""
        return fact.category == "employment" and self.sibling(fact, "end") is None

    def periods(self) -> list[Period]:
        """The jobs placed on the timeline (those with a start), in profile order."""
        if self._periods is None:
            now = self.today.year * 12 + self.today.month - 1
            out = []
            for entity, attrs in self.by_entity.items():
                if not entity.startswith("employment:") or "start" not in attrs or "company" not in attrs:
                    continue
                s = dates.PartialDate.parse(attrs["start"].value)
                e = dates.PartialDate.parse(attrs["end"].value) if "end" in attrs else None
                lo, sure_lo = _month_range(s)
                sure_hi, hi = _month_range(e) if e else (now, now)
                out.append(Period(entity, attrs["company"].value, attrs.get("title"), lo, hi, sure_lo, sure_hi))
            self._periods = out
        return self._periods

    def also_true(self, fact: Fact) -> set[str]:
        """Normal forms of other values that would also answer the fact's question (never distractors)."""
        attr = fact.attribute
        if attr == "employer_at_time" and fact.when:
            lo, hi = _month_range(dates.PartialDate.parse(fact.when))
            return {norm(p.company) for p in self.periods() if p.lo <= hi and lo <= p.hi}
        idx = self._index()
        if attr == "current_employer":
            return idx["current"]
        if attr == "first_employer" and fact.when:
            lo, hi = _month_range(dates.PartialDate.parse(fact.when))
            return {norm(p.company) for p in self.periods() if p.lo <= hi and lo <= p.sure_lo}
        if fact.category == "employment" and attr == "company":
            title, start = norm(self.sibling_value(fact, "title")), self.sibling_value(fact, "start")
            return idx["title"].get(title, set()) | idx["start"].get(start, set())
        if fact.category == "education" and attr == "school":
            study = {norm(self.sibling_value(fact, a)) for a in ("field_of_study", "degree")} - {""}
            return set().union(*(idx["study"].get(x, set()) for x in study))
        if attr == "most_recent_project" and fact.when:
            return idx["when"].get(fact.when, set())
        return set()

    def _index(self) -> dict:  # type: ignore[type-arg]
        """Entries by shared values, to find answers that would also be right (built once)."""
        if self._idx is None:
            idx: dict = {"current": set(), "title": {}, "start": {}, "study": {}, "when": {}}  # type: ignore[type-arg]
            for entity, a in self.by_entity.items():
                if entity.startswith("employment:") and "company" in a:
                    c = norm(a["company"].value)
                    if "end" not in a:
                        idx["current"].add(c)
                    if "title" in a:
                        idx["title"].setdefault(norm(a["title"].value), set()).add(c)
                    if "start" in a:
                        idx["start"].setdefault(a["start"].value, set()).add(c)
                elif entity.startswith("education:") and "school" in a:
                    for k in ("field_of_study", "degree"):
                        if k in a:
                            idx["study"].setdefault(norm(a[k].value), set()).add(norm(a["school"].value))
                elif entity.startswith("portfolio:"):
                    any_fact = next(iter(a.values()))
                    if any_fact.when:
                        idx["when"].setdefault(any_fact.when, set()).add(norm(any_fact.subject))
            self._idx = idx
        return self._idx



def _country(profile: Profile) -> str:
    country = profile.identity.address.country or profile.platform.location.rpartition(",")[2]
    return country_key(country.strip())


def display(fact: Fact) -> str:
    """A fact's value as a person says it (``facts.spoken_value``, cached: the same values are said often)."""
    return _spoken(fact.value, fact.kind)


@lru_cache(maxsize=1 << 16)
def _spoken(value: str, kind: str) -> str:
    return spoken_value(value, kind)


def in_date(value: str) -> str:
    """``in March 2019`` / ``on 14 March 2019`` / ``in 2019``."""
    pd = dates.PartialDate.parse(value)
    return ("on " if pd.day else "in ") + pd.human()


def make_question(
    form: str,
    prompt: str,
    answer: str,
    answer_kind: str,
    fact_keys: tuple[str, ...],
    category: str,
    *,
    choices: tuple[str, ...] | None = None,
    variant: str = "",
    guard: tuple[str, str] | None = None,
    qid: str | None = None,
) -> Question | None:
    """A question, or None when its prompt would give the answer away.

    ``guard`` is an extra ``(value, kind)`` that must not appear in the prompt either (the underlying
    fact's value in its own kind, e.g. ``2019-03`` for a choice answered ``March 2019``); it then replaces
    the check of the answer text, which is one of its forms. ``qid`` saves recomputing the id.
    """
    if guard and form != "truefalse":
        if value_in_prompt(prompt, *guard):
            return None
    elif reveals(form, prompt, choices, answer, answer_kind):
        return None
    return new_question(
        qid or make_id(form, fact_keys, variant), form, prompt, choices, answer, answer_kind, fact_keys, category
    )
