"""The question model, stable ids, answer checks and the "does the prompt give the answer away" test."""

from __future__ import annotations

import calendar
import hashlib
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, TypeVar

from .. import dates

T = TypeVar("T")

FORMS = ("recall", "choice", "timeline", "cross", "reverse", "numeric", "truefalse")
ANSWER_KINDS = ("date", "money", "number", "name", "text", "list", "choice", "order")
TRUE, FALSE = "True", "False"


@dataclass(frozen=True)
class Question:
    """One question as a verification agent would ask it, with its right answer.

    ``answer`` is graded with ``answer_kind``: for ``choice`` it is the exact text of the right choice
    (``"True"``/``"False"`` for true-or-false), for ``order`` the items in the right order joined by ``"; "``.
    ``fact_keys[0]`` is the fact the question mainly tests.
    """

    id: str
    form: str
    prompt: str
    choices: tuple[str, ...] | None
    answer: str
    answer_kind: str
    fact_keys: tuple[str, ...]
    category: str

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "form": self.form,
            "prompt": self.prompt,
            "choices": list(self.choices) if self.choices is not None else None,
            "answer": self.answer,
            "answer_kind": self.answer_kind,
            "fact_keys": list(self.fact_keys),
            "category": self.category,
        }

    @property
    def primary_fact(self) -> str:
        return self.fact_keys[0]


_new_object = object.__new__


def new_question(
    id: str,  # noqa: A002 - the field's name
    form: str,
    prompt: str,
    choices: tuple[str, ...] | None,
    answer: str,
    answer_kind: str,
    fact_keys: tuple[str, ...],
    category: str,
) -> Question:
    """``Question(...)`` without the frozen dataclass's per-field ``object.__setattr__`` calls (the same
    object: thousands are built per profile)."""
    q = _new_object(Question)
    q.__dict__.update(
        id=id, form=form, prompt=prompt, choices=choices, answer=answer, answer_kind=answer_kind,
        fact_keys=fact_keys, category=category,
    )
    return q


def make_id(form: str, fact_keys: Sequence[str], variant: str = "") -> str:
    """A stable id: the same form, facts and (seed-independent) variant always give the same id."""
    return _make_id(form, variant, tuple(fact_keys))


@lru_cache(maxsize=1 << 16)
def _make_id(form: str, variant: str, fact_keys: tuple[str, ...]) -> str:
    """``make_id``, cached: every build of a profile (each practice question) asks for the same ids."""
    raw = "\x1f".join((form, variant, *fact_keys))
    return f"q-{form}-" + hashlib.sha1(raw.encode("utf-8")).hexdigest()[:12]


_MASK = (1 << 64) - 1


class Rng:
    """A small deterministic generator (splitmix64) with the few ``random.Random`` methods used here.

    Questions need thousands of independent, reproducible streams (one per question, from the seed and
    the question's id); seeding a Mersenne Twister costs more than building the question itself.
    """

    __slots__ = ("_s",)

    def __init__(self, seed: int) -> None:
        self._s = seed & _MASK

    def _next(self) -> int:
        self._s = z = (self._s + 0x9E3779B97F4A7C15) & _MASK
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        return z ^ (z >> 31)

    # The methods below inline ``_next`` (the same splitmix64 step): they run for every question.
    def random(self) -> float:
        self._s = z = (self._s + 0x9E3779B97F4A7C15) & _MASK
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        return ((z ^ (z >> 31)) >> 11) / 9007199254740992.0  # 2**53

    def randrange(self, n: int) -> int:
        if n <= 0:
            raise ValueError("empty range")
        self._s = z = (self._s + 0x9E3779B97F4A7C15) & _MASK
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
        return (z ^ (z >> 31)) % n

    def randint(self, a: int, b: int) -> int:
        return a + self.randrange(b - a + 1)

    def choice(self, seq: Sequence[T]) -> T:
        return seq[self.randrange(len(seq))]

    def shuffle(self, x: list[Any]) -> None:
        s = self._s
        for i in range(len(x) - 1, 0, -1):
            s = z = (s + 0x9E3779B97F4A7C15) & _MASK
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
            j = (z ^ (z >> 31)) % (i + 1)
            x[i], x[j] = x[j], x[i]
        self._s = s

    def sample(self, population: Sequence[T], k: int) -> list[T]:
        """``k`` distinct items in random order (fewer if there are fewer)."""
        items = list(population)
        n = len(items)
        s = self._s
        for i in range(min(k, n)):
            s = z = (s + 0x9E3779B97F4A7C15) & _MASK
            z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & _MASK
            z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & _MASK
            j = i + (z ^ (z >> 31)) % (n - i)
            items[i], items[j] = items[j], items[i]
        self._s = s
        return items[:k]


_PUNCT = re.compile(r"[^\w\s]|_")


@lru_cache(maxsize=1 << 16)
def norm(text: str) -> str:
    """Compare-normal form: accents folded, casefolded, punctuation dropped, spaces collapsed."""
    return " ".join(_PUNCT.sub("", unicodedata.normalize("NFKD", str(text)).casefold()).split())


@lru_cache(maxsize=1 << 14)
def human(iso: str) -> str:
    """``dates.human`` (``2019-03`` -> ``March 2019``), cached: the same dates are said many times."""
    return dates.human(iso)


@lru_cache(maxsize=1 << 16)
def loose(text: str) -> str:
    """Casefolded with collapsed whitespace (punctuation kept): for substring checks."""
    return " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split())


# -- checking an answer to a choice / order question --------------------------------------------------------
_YES = {"t", "true", "yes", "y", "right", "correct"}
_NO = {"f", "false", "no", "n", "wrong", "incorrect"}


def pick_choice(choices: Sequence[str], answer_text: str) -> str | None:
    """The choice meant by ``answer_text``: its text (case and punctuation ignored) or its 1-based number."""
    a = str(answer_text).strip()
    for c in choices:
        if norm(c) == norm(a):
            return c
    if a.isdigit() and 1 <= int(a) <= len(choices):
        return choices[int(a) - 1]
    if TRUE in choices and a.casefold() in _YES:
        return TRUE
    if FALSE in choices and a.casefold() in _NO:
        return FALSE
    return None


def check_choice(question: Question, answer_text: str) -> bool:
    """Is ``answer_text`` (a 1-based number or a choice's text) the right choice?"""
    if not question.choices:
        raise ValueError(f"question {question.id} has no choices")
    chosen = pick_choice(question.choices, answer_text)
    return chosen is not None and norm(chosen) == norm(question.answer)


def order_items(answer: str) -> list[str]:
    return [s.strip() for s in answer.split(";") if s.strip()]


def check_order(question: Question, items: Sequence[str] | str) -> bool:
    """Are ``items`` (texts or 1-based numbers of the choices, or one ``"; "``-joined text) in the right order?"""
    if question.answer_kind != "order" or not question.choices:
        raise ValueError(f"question {question.id} is not an ordering question")
    if isinstance(items, str):
        items = order_items(items) if ";" in items else items.split()
    got = [pick_choice(question.choices, str(i)) for i in items]
    want = order_items(question.answer)
    return len(got) == len(want) and all(g is not None and norm(g) == norm(w) for g, w in zip(got, want, strict=True))


# -- does a prompt give its own answer away? ----------------------------------------------------------------
_DIGIT = re.compile(r"\d")
_NUM = re.compile(r"\d+(?:[.,]\d+)?")
_AMOUNT = re.compile(r"^\s*(\d+(?:\.\d+)?)")
_AMOUNT_TEXT = re.compile(r"^\d+(?:\.\d+)?(?:\s|%|$)")  # "45.00 USD/hour", "32 months", "96%"; not "7-Eleven"


def _numbers_in(text: str) -> set[float]:
    out = set()
    for tok in _NUM.findall(text):
        try:
            out.add(float(tok.replace(",", ".")))
        except ValueError:  # pragma: no cover - the pattern only matches numbers
            continue
    return out


_MONTH = tuple(calendar.month_name)
_ABBR = tuple(calendar.month_abbr)


@lru_cache(maxsize=1 << 14)
def date_forms(value: str) -> tuple[str, ...]:
    """How a partial date may be written: ISO, ``March 2019``, ``Mar 2019``, ``03/2019``, the bare year."""
    try:
        pd = dates.PartialDate.parse(value)
    except dates.PartialDateError:
        return (value,)
    forms = [pd.iso(), pd.human()]
    if pd.month is None:
        return tuple(forms)
    y, m, d = pd.year, pd.month, pd.day
    month, abbr = _MONTH[m], _ABBR[m]
    if d is None:
        forms += [f"{abbr} {y}", f"{m:02d}/{y}", f"{m}/{y}", f"{month}, {y}"]
    else:
        forms += [f"{month} {d}, {y}", f"{d} {abbr} {y}", f"{abbr} {d}, {y}", f"{d:02d}/{m:02d}/{y}", f"{m:02d}/{d:02d}/{y}"]
    return tuple(forms)


def _text_in(needle: str, hay: str) -> bool:
    n = loose(needle)
    if not n:
        return False
    if len(n) <= 3:  # short answers ("Go", "C1"): as a whole word, or every prompt would "contain" them
        return re.search(rf"(?<!\w){re.escape(n)}(?!\w)", hay) is not None
    return n in hay


def value_in_prompt(prompt: str, value: str, kind: str) -> bool:
    """Does ``prompt`` contain ``value`` (graded as ``kind``) in any of the ways a person would write it?"""
    if kind in ("date", "money", "number") and not _DIGIT.search(prompt):
        return False  # every way of writing a date or an amount has digits
    hay = loose(prompt)
    if kind == "date":
        return any(_text_in(f, hay) for f in date_forms(value))
    if kind in ("money", "number"):
        m = _AMOUNT.match(value)
        if m and float(m.group(1)) in _numbers_in(prompt):
            return True
        return _text_in(value, hay)
    if kind in ("list", "order"):
        return any(_text_in(item, hay) for item in order_items(value))
    v = value.strip()
    if len(v) <= 3 and v.isupper():  # an abbreviation ("IN", "OR", "CA") is not the word "in" or "or"
        return re.search(rf"(?<!\w){re.escape(v)}(?!\w)", prompt) is not None
    return _text_in(value, hay)


def prompt_reveals_answer(q: Question) -> bool:
    """True when the prompt contains the answer.

    Two kinds of question name their options in the prompt by design and are judged differently: a
    true-or-false statement, and "Which came first: A or B?" (its two choices both appear, in an order
    that does not depend on the answer). For those only the choices' presence is checked.
    """
    return reveals(q.form, q.prompt, q.choices, q.answer, q.answer_kind)


def reveals(form: str, prompt: str, choices: tuple[str, ...] | None, answer: str, answer_kind: str) -> bool:
    """``prompt_reveals_answer`` of a question with these fields (before it is built)."""
    if form == "truefalse":
        return False
    if answer_kind == "choice":
        if form == "timeline":
            hay = loose(prompt)
            return not all(loose(c) in hay for c in choices or ())
        iso = human_to_iso(answer)
        if iso:
            return value_in_prompt(prompt, iso, "date")
        return value_in_prompt(prompt, answer, "number" if _AMOUNT_TEXT.match(answer) else "text")
    return value_in_prompt(prompt, answer, answer_kind)


_MONTHS = {calendar.month_name[i].casefold(): i for i in range(1, 13)}
_HUMAN = re.compile(r"^(?:(\d{1,2}) )?([A-Za-z]+) (\d{4})$")


def human_to_iso(text: str) -> str | None:
    """``March 2019`` -> ``2019-03``, ``14 March 2019`` -> ``2019-03-14``, ``2019`` -> ``2019``; else None."""
    t = text.strip()
    if re.fullmatch(r"\d{4}", t):
        return t
    m = _HUMAN.match(t)
    if not m or m.group(2).casefold() not in _MONTHS:
        return None
    month = _MONTHS[m.group(2).casefold()]
    return f"{m.group(3)}-{month:02d}" + (f"-{int(m.group(1)):02d}" if m.group(1) else "")
