"""Grade a typed or spoken answer against the value a profile holds for a fact.

``grade(expected, answer, kind) -> Verdict`` is the one public entry point. ``kind`` is the fact's
kind (see :mod:`verify_coach.core.facts`): ``date``, ``money``, ``number``, ``name``, ``text`` or
``list``.

Contract (tested):

* ``grade`` never raises for any answer string; only an unknown ``kind`` raises ``ValueError``.
* ``0 <= score <= 1`` and ``correct`` is true exactly when ``score == 1.0``. Partial credit (a
  less precise date, an amount within 10 %, an off-by-one number, part of a list) always stays
  below 1 and leaves ``correct`` false.
* An answer with no letters or digits ("", "?", "...") or an explicit "I don't know" scores 0
  with the feedback ``No answer.``
* An ``expected`` value that does not parse for its kind (a date that is not ISO, a money value
  without an amount) is compared as text, so a review session never stops on a bad fact.

Fuzzy matching uses rapidfuzz: one small typo (one letter wrong, missing, extra or two neighbours
swapped: an optimal-string-alignment distance of 1) is forgiven in Latin-script words of five or
more letters; digits are never fuzzy. A different key word is never forgiven.

Partial scores, by kind:

* ``date``: only the year of a month 0.5 (of a day 0.4), month without the day 0.7, right year but
  wrong month 0.3, right month but wrong day 0.5, month without a year 0.2, wrong year 0. A more
  precise answer whose coarser part matches is right. ``04/05/2019`` is read both ways (day first,
  month first) and is right when either reading matches; the feedback says which.
* ``money``: within 10 % 0.5; right amount with an explicitly different currency or period
  ("per hour" for a total) 0.3. ``$`` and "dollars" fit any dollar currency.
* ``number``: off by one (or by 5 %) 0.5, within 20 % 0.25. "7 years" also means 84 months.
* ``name``/``text``: a near miss or shared words score below 0.8; legal forms, "The", case,
  accents and punctuation never matter; ``text`` expands common abbreviations and degrees.
* ``list``: the share of listed items recalled; extra items only show in the feedback.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from . import framing, places
from .dates import PartialDate, PartialDateError

KINDS = ("date", "money", "number", "name", "text", "list")


@dataclass(frozen=True)
class Verdict:
    """The outcome of one answer: ``correct`` exactly when ``score == 1.0`` for a graded answer. (A spoken
    answer the user rated "close" is the one exception: right, with half the score; ``speech.rating``.)"""

    correct: bool
    score: float
    feedback: str


NO_ANSWER = Verdict(False, 0.0, "No answer.")


ROLES = ("person", "org", "place", "address", "title", "language")


@dataclass(frozen=True)
class Context:
    """What the question tells the grader beyond the value's kind (all optional).

    ``role``: what a ``name``/``text`` value is (``person``, ``org``, ``place``, ``address``,
    ``title``, ``language``) — a person's name is matched strictly, an organisation by its
    distinctive part. ``month_enough``: the question asks "when did you…", so the month and year
    of a day-precise date are enough. ``whole_list``: the question asks for the whole list, so extra
    items count against the answer.
    """

    role: str | None = None
    month_enough: bool = False
    whole_list: bool = False


_NO_CONTEXT = Context()
_MAX_PARTIAL = 0.99


def _sentence(feedback: str) -> str:
    """No doubled full stop after a value that ends with one (``... Co., Ltd.``)."""
    return feedback[:-1] if feedback.endswith("..") else feedback


def _right(feedback: str = "Right.") -> Verdict:
    return Verdict(True, 1.0, _sentence(feedback))


def _wrong(score: float, feedback: str) -> Verdict:
    return Verdict(False, round(min(max(score, 0.0), _MAX_PARTIAL), 2), _sentence(feedback))


def _q(text: str) -> str:
    return f"\u201c{text}\u201d"


# ---------------------------------------------------------------------------------------------
# Text folding shared by every kind
# ---------------------------------------------------------------------------------------------

# Letters that NFKD does not decompose into a base letter plus an accent.
_FOLD_EXTRA = str.maketrans(
    {"ł": "l", "ø": "o", "đ": "d", "ð": "d", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th",
     "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-", "\u2212": "-"}
)


_THIN_GROUPING = re.compile(r"(?<=\d)[\u00a0\u202f\u2009](?=\d{3}(?!\d))")  # "1 500" -> "1'500"


@lru_cache(maxsize=8192)
def _fold(text: str) -> str:
    """Case, accents and compatibility forms removed: ``Ångström Ｌtd`` -> ``angstrom ltd``."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", _THIN_GROUPING.sub("'", text))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold().translate(_FOLD_EXTRA)


_ALNUM = re.compile(r"[^\W_]")


def _has_content(text: str) -> bool:
    """Any letter or digit at all (an answer of only spaces or punctuation is no answer)."""
    return _ALNUM.search(text) is not None


_DONT_KNOW = re.compile(
    r"\s*(?:i\s+)?(?:do\s*n'?o?t\s+know|dunno|no\s+idea|idk|not\s+sure|"
    r"(?:do\s*n'?o?t|can'?not|can'?t)\s+(?:remember|recall)|forgot|i\s+forget|pass|skip)\s*[.!?]*\s*"
)
_DONT_KNOW_ZH = re.compile(r"\s*(?:我)?(?:不知道|不记得了?|忘了|记不清了?|不清楚)\s*[。！？!?.]*\s*")


def is_dont_know(answer: str) -> bool:
    """An answer that says "I don't know" (or nothing at all), in English or Chinese: never something the user
    believes the value to be."""
    folded = _fold(answer or "")
    return not _has_content(folded) or bool(_DONT_KNOW.fullmatch(folded) or _DONT_KNOW_ZH.fullmatch(folded))


# ---------------------------------------------------------------------------------------------
# Numbers (shared by ``number`` and ``money``)
# ---------------------------------------------------------------------------------------------

_UNITS = {
    "zero": 0, "none": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "grand": 1_000,
           "lakh": 100_000, "lakhs": 100_000, "lac": 100_000, "lacs": 100_000, "crore": 10_000_000,
           "crores": 10_000_000, "decade": 10, "decades": 10}
_NUMBER_WORDS = (*_UNITS, *_TENS, *_SCALES, "hundred", "dozen")
_NUMBER_WORD_RE = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SCALE_WORD_RE = "hundred|thousand|million|billion|dozen|lakhs?|lacs?|crores?|decades?"

# Digits with optional thousands separators and decimals, then an optional scale ("1.5k").
_NUMBER_TOKEN = re.compile(
    rf"""
    (?P<digits>(?<![\d.,])(?:\d{{1,3}}(?:[,.'\u00a0\u202f\u2009]\d{{3}})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?))
    (?:\s?(?P<suffix>k|mn|bn|m)(?![^\W\d_])|\s+(?P<scale>thousand|million|billion|grand|lakhs?|lacs?|crores?)\b)?
    |
    (?P<words>\b(?:a[\s-]+(?={_SCALE_WORD_RE})|(?:{_NUMBER_WORD_RE})\b)
        (?:(?:[\s-]+(?:and[\s-]+)?)(?:{_NUMBER_WORD_RE})\b)*)
    """,
    re.VERBOSE,
)
_SUFFIX_SCALE = {"k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000}


@dataclass(frozen=True)
class _Num:
    values: tuple[float, ...]  # the readings, most likely first ("1.500" is 1.5 or 1500)
    end: int  # where the number ends in the folded text (to find its unit)


def _digit_values(text: str) -> tuple[float, ...]:
    """Readings of a digit group, deciding which separators group thousands and which is decimal."""
    s = re.sub(r"[\u00a0\u202f\u2009']", "", text)
    try:
        if "," in s and "." in s:
            dec = "," if s.rfind(",") > s.rfind(".") else "."
            grp = "." if dec == "," else ","
            return (float(s.replace(grp, "").replace(dec, ".")),)
        for sep in (",", "."):
            if sep not in s:
                continue
            groups = s.split(sep)
            if len(groups) > 2:
                return (float(s.replace(sep, "")),)
            if len(groups[1]) == 3:
                grouped = float(s.replace(sep, ""))
                return (grouped,) if sep == "," else (float(s), grouped)
            return (float(s.replace(sep, ".")),)
        return (float(s),)
    except ValueError:  # pragma: no cover - the regex only lets digits and separators through
        return ()


def _split_word_numbers(words: list[str]) -> list[list[str]]:
    """``seven eight`` is two numbers, ``twenty one`` and ``one hundred and five`` are one."""
    groups: list[list[str]] = []
    prev = ""
    for w in words:
        small = w in _UNITS or w in _TENS
        starts_new = bool(groups) and small and (
            prev in _UNITS or (prev in _TENS and w in _TENS) or (prev in _TENS and _UNITS.get(w, 10) >= 10)
        )
        if not groups or starts_new:
            groups.append([])
        groups[-1].append(w)
        prev = w
    return groups


def _words_value(words: list[str]) -> float:
    total = 0.0
    current = 0.0
    for w in words:
        if w in _UNITS:
            current += _UNITS[w]
        elif w in _TENS:
            current += _TENS[w]
        elif w == "hundred":
            current = (current or 1) * 100
        elif w == "dozen":
            current = (current or 1) * 12
        elif w in _SCALES:
            total += (current or 1) * _SCALES[w]
            current = 0
    return total + current


def _numbers(folded: str, *, money: bool = False) -> list[_Num]:
    """Every number in ``folded`` text, written in digits or in words."""
    out: list[_Num] = []
    for m in _NUMBER_TOKEN.finditer(folded):
        if m.group("digits"):
            values = _digit_values(m.group("digits"))
            suffix = m.group("suffix")
            scale = 1.0
            if suffix and (suffix != "m" or money):
                scale = _SUFFIX_SCALE[suffix]
            elif m.group("scale"):
                scale = _SCALES[m.group("scale")]
            end = m.end() if scale != 1.0 else m.end("digits")
            out.append(_Num(tuple(v * scale for v in values), end))
        else:
            words = [w for w in re.split(r"[\s-]+", m.group("words")) if w and w not in ("and", "a")]
            for group in _split_word_numbers(words):
                out.append(_Num((_words_value(group),), m.end()))
    return out


_SPACED_THOUSANDS = re.compile(r"(?<![\d.,])(\d{1,3})((?: \d{3})+)(?![\d.,]?\d)")


def _numbers_or_spaced(folded: str, *, money: bool = False) -> list[_Num]:
    """Like ``_numbers``, but ``1 500`` is one number when reading it as two gives two amounts."""
    nums = _numbers(folded, money=money)
    if len(nums) > 1 and _SPACED_THOUSANDS.search(folded):
        joined = _numbers(_SPACED_THOUSANDS.sub(lambda m: m.group(1) + m.group(2).replace(" ", "'"), folded), money=money)
        if len(joined) == 1:
            return joined
    return nums


def _fmt_number(x: float) -> str:
    if x != x or x in (float("inf"), float("-inf")):  # nan / inf
        return str(x)
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else f"{x:g}"


# ---------------------------------------------------------------------------------------------
# kind: date
# ---------------------------------------------------------------------------------------------

# English names, not ``calendar.month_name``: that follows the process locale, which Qt may change.
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December")
_MONTH_NAMES: dict[str, int] = {}
for _i in range(1, 13):
    _MONTH_NAMES[_MONTHS[_i].lower()] = _i
    _MONTH_NAMES[_MONTHS[_i][:3].lower()] = _i
_MONTH_NAMES["sept"] = 9
# Full month names in a few more languages (after folding: "März" -> "marz").
for _i, _names in enumerate(
    [
        "enero janvier januar gennaio janeiro",
        "febrero fevrier februar febbraio fevereiro",
        "marzo mars marz marco",
        "abril avril aprile",
        "mayo mai maggio maio",
        "junio juin juni giugno junho",
        "julio juillet juli luglio julho",
        "agosto aout",
        "septiembre septembre settembre setembro",
        "octubre octobre oktober ottobre outubro",
        "noviembre novembre november novembro",
        "diciembre decembre dezember dicembre dezembro",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTH_NAMES.setdefault(_n, _i)
# Polish, Indonesian, Tagalog and Turkish month names, folded ("październik" -> "pazdziernik").
for _i, _names in enumerate(
    [
        "styczen januari pebrero ocak", "luty februari subat", "marzec maret marso mart", "kwiecien nisan",
        "maj mei mayis", "czerwiec hunyo haziran", "lipiec hulyo temmuz", "sierpien agustus agustos",
        "wrzesien setyembre eylul", "pazdziernik oktubre ekim", "listopad nobyembre kasim",
        "grudzien desember disyembre aralik",
    ],
    start=1,
):
    for _n in _names.split():
        _MONTH_NAMES.setdefault(_n, _i)

_DATE_NEGATIONS = frozenset({"not", "never", "no", "before", "after", "until", "till", "or", "between", "except"})
_DATE_HEDGES = re.compile(r"\b(?:not\s+(?:sure|certain)|i\s+think|i\s+believe|maybe|probably|perhaps)\b")
_CJK_DATE = re.compile(r"(\d{4}|(?<!\d)\d{2})\s*年(?:\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*[日号])?)?")
_DATE_TOKEN = re.compile(
    r"(?P<compound>(?<!\d)\d+(?:[-/.]\d+){1,2})(?!\d)|'(?P<yy>\d{2})(?!\d)|"
    r"(?P<num>\d+)(?P<ord>st|nd|rd|th)?|(?P<word>[^\W\d_]+)"
)

_Reading = tuple[int | None, int | None, int | None]  # year, month, day


def _pivot(yy: int) -> int:
    return 2000 + yy if yy < 50 else 1900 + yy


def _valid(r: _Reading) -> bool:
    y, m, d = r
    if y is not None and not 1000 <= y <= 2999:
        return False
    if m is not None and not 1 <= m <= 12:
        return False
    if d is not None:
        if m is None:
            return False
        return 1 <= d <= calendar.monthrange(y or 2000, m)[1]
    return y is not None or m is not None


def _compound_readings(text: str) -> list[_Reading]:
    parts = re.split(r"[-/.]", text)
    lens = [len(p) for p in parts]
    if max(lens) > 4:
        return []
    nums = [int(p) for p in parts]
    cands: list[_Reading] = []
    if len(parts) == 2:
        a, b = nums
        if lens[0] == 4:
            cands = [(a, b, None)]
        elif lens[1] == 4 and lens[0] <= 2:
            cands = [(b, a, None)]
        elif lens[1] == 2 and lens[0] <= 2:  # MM/YY as on many CVs
            cands = [(_pivot(b), a, None)]
    else:
        a, b, c = nums
        if lens[0] == 4 and lens[1] <= 2 and lens[2] <= 2:
            cands = [(a, b, c)]
        elif lens[2] in (2, 4) and lens[0] <= 2 and lens[1] <= 2:
            y = c if lens[2] == 4 else _pivot(c)
            cands = [(y, b, a), (y, a, b)]  # day first, then month first
    out: list[_Reading] = []
    for r in cands:
        if _valid(r) and r not in out:
            out.append(r)
    return out


_TEEN_OR_TENS = "|".join(sorted([*(_u for _u in _UNITS if _UNITS[_u] >= 10), *_TENS], key=len, reverse=True))
_UNIT_WORDS = "|".join(sorted((u for u in _UNITS if 0 < _UNITS[u] < 10), key=len, reverse=True))
_YEAR_WORDS = re.compile(
    rf"\b(?P<century>nineteen|twenty)[\s-]+(?:(?P<oh>oh|o|zero)[\s-]+(?P<ohunit>{_UNIT_WORDS})|"
    rf"(?P<tens>{_TEEN_OR_TENS})(?:[\s-]+(?P<unit>{_UNIT_WORDS}))?)\b"
    rf"|\btwo[\s-]+thousand(?:[\s-]+and)?(?:[\s-]+(?P<rest>(?:{_TEEN_OR_TENS})(?:[\s-]+(?:{_UNIT_WORDS}))?|{_UNIT_WORDS}))?\b"
)
_ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
    "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
}
_ORDINAL_RE = re.compile(
    r"\b(?:(?P<tens>twenty|thirty)[\s-]+)?(?P<ord>" + "|".join(sorted(_ORDINAL_WORDS, key=len, reverse=True)) + r")\b"
)
_LONG_MONTHS = [(name.lower(), i) for i, name in enumerate(_MONTHS) if len(name) >= 5]


def _year_words(m: re.Match[str]) -> str:
    if m.group("century"):
        base = 1900 if m.group("century") == "nineteen" else 2000
        if m.group("oh"):
            return f" {base + _UNITS[m.group('ohunit')]} "
        tens = m.group("tens")
        value = _UNITS.get(tens, _TENS.get(tens, 0)) + (_UNITS[m.group("unit")] if m.group("unit") else 0)
        return f" {base + value} "
    rest = m.group("rest")
    value = int(_words_value(re.split(r"[\s-]+", rest))) if rest else 0
    return f" {2000 + value} "


def _ordinal_words(m: re.Match[str]) -> str:
    return f" {(_TENS[m.group('tens')] if m.group('tens') else 0) + _ORDINAL_WORDS[m.group('ord')]}th "


_VI_MONTH = re.compile(r"\bthang\s+(\d{1,2})\b(?:\s+nam\b)?")  # Vietnamese "tháng 3 năm 2022"


@lru_cache(maxsize=4096)
def _misspelled_month(word: str) -> int | None:
    """"agust" -> 8, "febuary" -> 2: one slip in a month name of five letters or more (same first letter);
    a letter typed twice in a short one ("Jully", "Junne")."""
    if 4 <= len(word) <= 6 and word.isalpha():
        for i in range(1, len(word)):
            if word[i] == word[i - 1] and (undoubled := word[:i] + word[i + 1 :]) in _MONTH_NAMES and len(undoubled) >= 4:
                return _MONTH_NAMES[undoubled]
    if len(word) < 5 or not word.isalpha():
        return None
    for name, i in _LONG_MONTHS:
        if word[0] == name[0] and abs(len(word) - len(name)) <= 1 and OSA.distance(word, name, score_cutoff=1) <= 1:
            return i
    return None


def _date_readings(answer: str) -> list[_Reading]:
    """The dates an answer can mean (two when ``04/05/2019`` is ambiguous); [] when it is no date."""
    s = _fold(framing.chinese_numerals(answer))
    if not s.isascii() or re.search(r"[a-z]", s):
        s = _YEAR_WORDS.sub(_year_words, s)
        s = _ORDINAL_RE.sub(_ordinal_words, s)
    s = _CJK_DATE.sub(lambda m: " " + "-".join(
        str(_pivot(int(g))) if i == 0 and len(g) == 2 else g for i, g in enumerate(m.groups()) if g) + " ", s)
    s = _VI_MONTH.sub(lambda m: f" {_MONTHS[int(m.group(1))].lower()} " if 1 <= int(m.group(1)) <= 12 else m.group(0), s)
    s = _DATE_HEDGES.sub(" ", s)
    years: set[int] = set()
    months: set[int] = set()
    days: set[int] = set()
    bare_two_digit: int | None = None
    compounds: list[str] = []
    for m in _DATE_TOKEN.finditer(s):
        if m.group("compound"):
            compounds.append(m.group("compound"))
        elif m.group("yy"):
            years.add(_pivot(int(m.group("yy"))))
        elif m.group("num"):
            digits = m.group("num")
            n = int(digits) if len(digits) <= 4 else -1
            if len(digits) == 4 and not m.group("ord"):
                years.add(n)
            elif 1 <= len(digits) <= 2 and (m.group("ord") or n <= 31):
                days.add(n)
                if len(digits) == 2 and not m.group("ord"):
                    bare_two_digit = n
            elif len(digits) == 2 and n > 31:
                years.add(_pivot(n))
            else:
                return []
        else:
            word = m.group("word")
            if word in _MONTH_NAMES:
                months.add(_MONTH_NAMES[word])
            elif word in _DATE_NEGATIONS:
                return []
            elif (slip := _misspelled_month(word)) is not None:
                months.add(slip)
    if compounds:
        if len(compounds) > 1 or years or months or days:
            return []
        return _compound_readings(compounds[0])
    if len(years) > 1 or len(months) > 1 or len(days) > 1:
        return []
    y = next(iter(years), None)
    mo = next(iter(months), None)
    d = next(iter(days), None)
    readings: list[_Reading] = [(y, mo, d)]
    if y is None and mo is not None and bare_two_digit is not None:
        readings.append((_pivot(bare_two_digit), mo, None))  # "Mar 19" on a CV is March 2019
    return [r for r in readings if _valid(r)]


def _human(r: _Reading) -> str:
    y, m, d = r
    parts = [str(d)] if d else []
    if m:
        parts.append(_MONTHS[m])
    if y:
        parts.append(str(y))
    return " ".join(parts)


def _score_reading(exp: PartialDate, r: _Reading, month_enough: bool = False) -> tuple[float, str]:
    """Score and feedback of one reading of the answer against the expected partial date."""
    y, m, d = r
    if month_enough and exp.day is not None and d is None and y == exp.year and m == exp.month:
        return 1.0, f"Right \u2014 the profile says {_human((exp.year, exp.month, exp.day))}."
    said = _human((exp.year, exp.month, exp.day))
    if y is None:
        same = exp.month is not None and m == exp.month and (exp.day is None or d in (None, exp.day))
        return (0.2 if same else 0.0), f"Which year? It was {said}."
    if y != exp.year:
        return 0.0, f"Wrong year: it was {said}."
    if exp.month is None:
        return 1.0, ("Right." if m is None else f"Right \u2014 the profile only says {said}.")
    if m is None:
        if exp.day is None:
            return 0.5, f"Only the year \u2014 the month is {_MONTHS[exp.month]}."
        return 0.4, f"Only the year \u2014 it was {said}."
    if m != exp.month:
        return 0.3, f"Right year, wrong month: it was {said}."
    if exp.day is None:
        return 1.0, ("Right." if d is None else f"Right \u2014 the profile only says {said}.")
    if d is None:
        return 0.7, f"Right month \u2014 the profile gives the day too: {said}."
    if d != exp.day:
        return 0.5, f"Right month, wrong day: it was {said}."
    return 1.0, "Right."


def _grade_date(expected: str, answer: str, ctx: Context = _NO_CONTEXT) -> Verdict:
    try:
        exp = PartialDate.parse(expected)
    except PartialDateError:
        return _grade_text(expected, answer)
    readings = _date_readings(answer)
    if not readings:
        return _wrong(0.0, f"That doesn't read as a date \u2014 it was {_human((exp.year, exp.month, exp.day))}.")
    scored = [(*_score_reading(exp, r, ctx.month_enough), r) for r in readings]
    score, feedback, reading = max(scored, key=lambda t: t[0])  # first reading wins ties
    if score == 1.0:
        if any(s < 1.0 for s, _, _ in scored):
            return _right(f"Right \u2014 {_q(answer.strip())} can be read two ways; it matches {_human(reading)}.")
        return _right(feedback)
    return _wrong(score, feedback)


# ---------------------------------------------------------------------------------------------
# kind: money
# ---------------------------------------------------------------------------------------------

_DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "MXN", "JMD", "BSD", "BBD", "BZD",
                      "FJD", "LRD", "NAD", "SBD", "SRD", "TTD", "XCD", "GYD", "BND", "KYD", "BMD", "ZWL"})
_RUPEES = frozenset({"INR", "PKR", "LKR", "NPR", "MUR", "SCR"})
_PESOS = frozenset({"MXN", "PHP", "ARS", "COP", "CLP", "UYU", "DOP", "CUP"})
_KRONOR = frozenset({"SEK", "NOK", "DKK", "ISK"})


def _codes(text: str) -> frozenset[str]:
    return frozenset(text.split())


_CURRENCY_SYMBOLS: dict[str, frozenset[str]] = {
    "$": _DOLLARS, "€": _codes("EUR"), "£": _codes("GBP"), "¥": _codes("CNY JPY"), "₹": _codes("INR"),
    "₨": _RUPEES, "₱": _codes("PHP"), "₽": _codes("RUB"), "₩": _codes("KRW"), "₦": _codes("NGN"),
    "₺": _codes("TRY"), "₴": _codes("UAH"), "₫": _codes("VND"), "฿": _codes("THB"), "₪": _codes("ILS"),
    "৳": _codes("BDT"),
}
_CURRENCY_WORDS: dict[str, frozenset[str]] = {
    word: codes
    for words, codes in [
        ("dollar dollars buck bucks", _DOLLARS),
        ("euro euros", _codes("EUR")),
        ("pound pounds quid sterling", _codes("GBP")),
        ("yuan renminbi rmb kuai 元 块 人民币", _codes("CNY")),
        ("yen 円", _codes("JPY")),
        ("rupee rupees rs", _RUPEES),
        ("peso pesos", _PESOS),
        ("rouble roubles ruble rubles руб рублей", _codes("RUB")),
        ("naira", _codes("NGN")),
        ("lira liras lire", _codes("TRY")),
        ("hryvnia hryvnias", _codes("UAH")),
        ("baht", _codes("THB")),
        ("shekel shekels", _codes("ILS")),
        ("taka", _codes("BDT")),
        ("zl zloty zlotys zlotych", _codes("PLN")),
        ("franc francs", _codes("CHF")),
        ("kr krona kronor krone kroner", _KRONOR),
        ("rand", _codes("ZAR")),
        ("shilling shillings", _codes("KES UGX TZS")),
        ("dirham dirhams", _codes("AED MAD")),
        ("riyal riyals rial rials", _codes("SAR QAR OMR IRR YER")),
        ("rupiah rp", _codes("IDR")),
        ("ringgit rm", _codes("MYR")),
        ("forint forints", _codes("HUF")),
        ("koruna korun koruny", _codes("CZK")),
        ("cedi cedis", _codes("GHS")),
        ("reais", _codes("BRL")),
    ]
    for word in words.split()
}
# Written straight before "$": "US$", "C$", "A$", "R$" ...
_DOLLAR_PREFIXES = {
    "us": "USD", "c": "CAD", "ca": "CAD", "can": "CAD", "a": "AUD", "au": "AUD", "nz": "NZD", "s": "SGD",
    "hk": "HKD", "r": "BRL", "mx": "MXN", "mex": "MXN",
}
# A word before "dollars" or "pesos": "US dollars", "Canadian dollars", "Mexican pesos" ...
_CURRENCY_NATIONS = {
    "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD", "zealand": "NZD",
    "singapore": "SGD", "singaporean": "SGD", "kong": "HKD", "mexican": "MXN", "philippine": "PHP",
    "argentine": "ARS", "argentinian": "ARS", "colombian": "COP", "chilean": "CLP",
}
_MONEY_TOKEN = re.compile(r"\d+(?:[.,'\u00a0]\d+)*|[^\W\d_]+|[^\s\w.,]")

# Periods: a unit after "per", "/", "a", "an" ...; or one word ("hourly"); "for the project" is a total.
_PERIOD_MARKERS = frozenset({"/", "per", "a", "an", "each", "every"})
_PERIOD_UNITS = {
    word: period
    for words, period in [
        ("h hr hrs hour hours", "hour"),
        ("month months mo mos mth", "month"),
        ("year years yr yrs annum", "year"),
        ("week weeks wk wks", "week"),
        ("day days", "day"),
        ("project job contract gig", "total"),
    ]
    for word in words.split()
}
_PERIOD_WORDS = {
    "hourly": "hour", "ph": "hour", "monthly": "month", "pcm": "month", "yearly": "year", "annually": "year",
    "annual": "year", "weekly": "week", "daily": "day", "total": "total", "overall": "total",
    "altogether": "total", "fixed": "total", "flat": "total", "lump": "total",
}

_ISO_CURRENCIES = frozenset(
    {
        "AED", "AFN", "ALL", "AMD", "ANG", "AOA", "ARS", "AUD", "AWG", "AZN", "BAM", "BBD", "BDT", "BGN",
        "BHD", "BIF", "BMD", "BND", "BOB", "BRL", "BSD", "BTN", "BWP", "BYN", "BZD", "CAD", "CDF", "CHF",
        "CLP", "CNY", "COP", "CRC", "CUP", "CVE", "CZK", "DJF", "DKK", "DOP", "DZD", "EGP", "ERN", "ETB",
        "EUR", "FJD", "FKP", "GBP", "GEL", "GHS", "GIP", "GMD", "GNF", "GTQ", "GYD", "HKD", "HNL", "HTG",
        "HUF", "IDR", "ILS", "INR", "IQD", "IRR", "ISK", "JMD", "JOD", "JPY", "KES", "KGS", "KHR", "KMF",
        "KPW", "KRW", "KWD", "KYD", "KZT", "LAK", "LBP", "LKR", "LRD", "LSL", "LYD", "MAD", "MDL", "MGA",
        "MKD", "MMK", "MNT", "MOP", "MRU", "MUR", "MVR", "MWK", "MXN", "MYR", "MZN", "NAD", "NGN", "NIO",
        "NOK", "NPR", "NZD", "OMR", "PAB", "PEN", "PGK", "PHP", "PKR", "PLN", "PYG", "QAR", "RON", "RSD",
        "RUB", "RWF", "SAR", "SBD", "SCR", "SDG", "SEK", "SGD", "SHP", "SLE", "SOS", "SRD", "SSP", "STN",
        "SYP", "SZL", "THB", "TJS", "TMT", "TND", "TOP", "TRY", "TTD", "TWD", "TZS", "UAH", "UGX", "USD",
        "UYU", "UZS", "VES", "VND", "VUV", "WST", "XAF", "XCD", "XOF", "XPF", "YER", "ZAR", "ZMW", "ZWL",
        "USDT", "BTC", "ETH",
    }
)
# Codes that are also English words: only a code when written in capitals ("45 TRY", not "try").
_WORDLIKE_CODES = frozenset({"ALL", "BAM", "BOB", "CUP", "DOP", "GEL", "MAD", "MOP", "PEN", "SOS", "TOP",
                             "TRY", "CAD", "RON", "ERN", "LAK", "NIO", "MUR", "BIF", "WST"})
_CODE_TOKEN = re.compile(r"(?<![^\W\d_])[A-Za-z]{3,4}(?![^\W\d_])")

_PERIOD_PHRASES = {"hour": "per hour", "total": "in total", "month": "per month", "year": "per year",
                   "week": "per week", "day": "per day"}
_EXPECTED_MONEY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([A-Za-z]{3})\s*(?:/\s*(hour|hr|h))?\s*$")


# Chinese money words, as the English the parser reads ("四十五美元每小时" -> "45 dollars per hour").
_ZH_MONEY_WORDS = (("块美金", " dollars "), ("块美元", " dollars "), ("块钱美金", " dollars "), ("美元", " dollars "), ("美金", " dollars "), ("刀", " dollars "), ("人民币", " yuan "),
                   ("块钱", " yuan "), ("欧元", " euros "), ("英镑", " pounds "), ("日元", " yen "),
                   ("每小时", " per hour "), ("一小时", " per hour "), ("每个小时", " per hour "), ("/小时", " per hour "),
                   ("时薪", " hourly "), ("小时", " hour "), ("每月", " per month "), ("总共", " total "))


@dataclass(frozen=True)
class _Money:
    amounts: list[_Num]
    currencies: list[frozenset[str]]
    periods: frozenset[str]


def _parse_money(answer: str, expected_currency: str) -> _Money:
    for zh, en in _ZH_MONEY_WORDS:
        answer = answer.replace(zh, en)
    answer = framing.chinese_numerals(answer)
    folded = _fold(answer)
    tokens = [(m.group(0), m.start(), m.end()) for m in _MONEY_TOKEN.finditer(folded)]
    currencies: list[frozenset[str]] = []
    periods: set[str] = set()
    for i, (t, start, end) in enumerate(tokens):
        prev = tokens[i - 1][0] if i else ""
        prev2 = tokens[i - 2][0] if i > 1 else ""
        if t == "$":
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ("", -1, -1)
            if i and tokens[i - 1][2] == start and prev in _DOLLAR_PREFIXES:
                currencies.append(frozenset({_DOLLAR_PREFIXES[prev]}))
            elif nxt[0] == "us" and nxt[1] == end:
                currencies.append(frozenset({"USD"}))
            else:
                currencies.append(_DOLLARS)
        elif t in _CURRENCY_SYMBOLS:
            currencies.append(_CURRENCY_SYMBOLS[t])
        elif t in _CURRENCY_WORDS:
            nation = "USD" if (prev2, prev) == ("u", "s") else _CURRENCY_NATIONS.get(prev)
            dollars_or_pesos = t.startswith(("dollar", "buck", "peso"))
            currencies.append(frozenset({nation}) if nation and dollars_or_pesos else _CURRENCY_WORDS[t])
        unit = _PERIOD_UNITS.get(t)
        if unit and (
            prev in _PERIOD_MARKERS
            or (unit == "total" and "the" in (prev, prev2))
            or (t in ("h", "hr", "hrs") and prev[:1].isdigit())
        ):
            periods.add(unit)
        elif t in _PERIOD_WORDS:
            periods.add(_PERIOD_WORDS[t])
    for m in _CODE_TOKEN.finditer(unicodedata.normalize("NFKC", answer)):
        token = m.group(0)
        code = token.upper()
        known = code in _ISO_CURRENCIES or code == expected_currency
        if known and (token.isupper() or code not in _WORDLIKE_CODES):
            currencies.append(frozenset({code}))
    return _Money(_numbers_or_spaced(folded, money=True), currencies, frozenset(periods))


def _amount_closeness(expected: float, got: float) -> float:
    """1.0 equal to the cent, 0.5 within 10 %, else 0."""
    if abs(expected - got) < 0.005:
        return 1.0
    if expected and abs(expected - got) <= 0.1 * abs(expected):
        return 0.5
    return 0.0


def _grade_money(expected: str, answer: str, ctx: Context = _NO_CONTEXT) -> Verdict:
    m = _EXPECTED_MONEY.match(expected)
    if not m:
        return _grade_text(expected, answer)
    amount, currency, per_hour = float(m.group(1)), m.group(2).upper(), bool(m.group(3))
    period = "hour" if per_hour else "total"
    shown = expected.strip()
    got = _parse_money(answer, currency)
    if not got.amounts:
        return _wrong(0.0, f"That doesn't read as an amount \u2014 the profile says {shown}.")
    closeness = max(_amount_closeness(amount, v) for n in got.amounts for v in n.values)
    distinct = {n.values[0] for n in got.amounts}
    currency_ok = all(currency in codes for codes in got.currencies)
    period_ok = not got.periods or period in got.periods
    if len(distinct) > 1:
        return _wrong(0.5 * closeness, f"Pick one amount \u2014 the profile says {shown}.")
    if closeness == 1.0 and currency_ok and period_ok:
        if any(len(codes) > 1 for codes in got.currencies) and currency != "USD":
            return _right(f"Right \u2014 the profile says {shown}.")
        return _right()
    if not currency_ok:
        if closeness == 1.0:
            return _wrong(0.3, f"Right amount, different currency: the profile says {shown}.")
        return _wrong(0.0, f"Different amount and currency: the profile says {shown}.")
    if not period_ok:
        said = ", ".join(_PERIOD_PHRASES[p] for p in sorted(got.periods))
        if closeness == 1.0:
            return _wrong(0.3, f"Right amount, but the profile says {shown} \u2014 {_PERIOD_PHRASES[period]}, not {said}.")
        return _wrong(0.0, f"Different amount: the profile says {shown} ({_PERIOD_PHRASES[period]}).")
    if closeness == 0.5:
        return _wrong(0.5, f"Close, but the profile says {shown}.")
    return _wrong(0.0, f"Different amount: the profile says {shown}.")


# ---------------------------------------------------------------------------------------------
# kind: number
# ---------------------------------------------------------------------------------------------

_DENOMINATOR = re.compile(r"\s*(?:/|\bout\s+of\b)\s*(?:5|10|100)(?![\d.,])")
_UNIT_AFTER = re.compile(r"\s*(?P<unit>years?|yrs?|y|months?|mos?|mths?)\b")


_A_UNIT = re.compile(r"(?<![\w.])(?:a|an|one)\s+(years?|months?)\b")
_DOZEN_ZH = re.compile(r"(\d+)\s*打")


def _number_candidates(answer: str) -> tuple[list[tuple[float, ...]], bool]:
    """Readings per number mentioned, and whether it was one quantity (``7 years 3 months``)."""
    folded = _DENOMINATOR.sub(" ", _fold(framing.chinese_numerals(answer)))
    folded = _A_UNIT.sub(r"1 \1", _DOZEN_ZH.sub(lambda m: str(int(m.group(1)) * 12), folded))
    nums = _numbers_or_spaced(folded)
    units: list[str | None] = []
    for n in nums:
        u = _UNIT_AFTER.match(folded, n.end)
        units.append(("year" if u.group("unit").startswith("y") else "month") if u else None)
    if len(nums) == 2 and units == ["year", "month"]:
        return [(nums[0].values[0] * 12 + nums[1].values[0],)], True
    out: list[tuple[float, ...]] = []
    for n, unit in zip(nums, units, strict=True):
        values = list(n.values)
        if unit == "year":
            values += [v * 12 for v in n.values]
        elif unit == "month":
            values += [v / 12 for v in n.values if v % 12 == 0]
        out.append(tuple(values))
    return out, len(out) == 1


def _number_closeness(expected: float, got: float) -> float:
    diff = abs(expected - got)
    if diff < 1e-9 * max(1.0, abs(expected)):
        return 1.0
    if diff <= max(1.0, 0.05 * abs(expected)):
        return 0.5
    if diff <= 0.2 * abs(expected):
        return 0.25
    return 0.0


def _grade_number(expected: str, answer: str, ctx: Context = _NO_CONTEXT) -> Verdict:
    exp_nums = _numbers(_fold(expected))
    if len(exp_nums) != 1 or not _fullmatch_number(expected):
        return _grade_text(expected, answer)
    exp = exp_nums[0].values[0]
    shown = _fmt_number(exp)
    candidates, single = _number_candidates(answer)
    if not candidates:
        return _wrong(0.0, f"That doesn't read as a number \u2014 it's {shown}.")
    best = max(_number_closeness(exp, v) for values in candidates for v in values)
    if not single:
        return _wrong(0.5 * best, f"Pick one number \u2014 it's {shown}.")
    if best == 1.0:
        return _right()
    if best == 0.5:
        return _wrong(0.5, f"Close \u2014 it's {shown}.")
    return _wrong(best, f"Not quite \u2014 it's {shown}.")


_PLAIN_NUMBER = re.compile(r"\s*\d+(?:[.,]\d+)?\s*")


def _fullmatch_number(text: str) -> bool:
    return bool(_PLAIN_NUMBER.fullmatch(text))


# ---------------------------------------------------------------------------------------------
# Words: the normalisation behind ``name``, ``text`` and ``list``
# ---------------------------------------------------------------------------------------------

_PROGRAMMING = [
    (re.compile(r"(?<![^\W_])c\s?\+\+"), " cpp "),
    (re.compile(r"(?<![^\W_])([cf])\s?#"), r" \1sharp "),
    (re.compile(r"\.net\b"), " dotnet "),
]
# Degrees written with dots or a space: "B.Sc.", "M Tech", "Ph.D.", "D.Phil" -> "bsc", "mtech", "phd", "dphil".
_DEGREE_DOTS = re.compile(
    r"(?<![^\W_])(?:([bm])\.?\s?(sc|tech|eng|com|phil)|(ph)\.?\s?(d)|(d)\.?\s?(phil))\.?(?![^\W_])"
)
# Single letters with dots: "U.S.", "S. A.", "B.S." -> "us", "sa", "bs".
_ACRONYM = re.compile(r"(?<![^\W_])[^\W\d_](?:\.\s?[^\W\d_])+\.?(?![^\W_])")
_APOSTROPHE = re.compile(r"(?<=[^\W_])'(?=[^\W_])|(?<=s)'(?!\w)")
_WORD = re.compile(r"[^\W_]+")

_TEXT_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "sr": ("senior",), "snr": ("senior",), "jr": ("junior",), "jnr": ("junior",),
    "dev": ("developer",), "devs": ("developers",), "eng": ("engineer",), "engr": ("engineer",),
    "mgr": ("manager",), "mngr": ("manager",), "univ": ("university",), "uni": ("university",),
    "asst": ("assistant",), "dept": ("department",), "mgmt": ("management",), "mktg": ("marketing",),
    "intl": ("international",), "natl": ("national",), "govt": ("government",),
    "vp": ("vice", "president"), "svp": ("senior", "vice", "president"),
    "ceo": ("chief", "executive", "officer"), "cto": ("chief", "technology", "officer"),
    "cfo": ("chief", "financial", "officer"), "coo": ("chief", "operating", "officer"),
    "cmo": ("chief", "marketing", "officer"), "qa": ("quality", "assurance"),
    "swe": ("software", "engineer"), "sde": ("software", "development", "engineer"),
    "bsc": ("bachelor", "of", "science"), "bs": ("bachelor", "of", "science"),
    "ba": ("bachelor", "of", "arts"), "msc": ("master", "of", "science"), "ms": ("master", "of", "science"),
    "ma": ("master", "of", "arts"), "mba": ("master", "of", "business", "administration"),
    "bba": ("bachelor", "of", "business", "administration"), "phd": ("doctor", "of", "philosophy"),
    "dphil": ("doctor", "of", "philosophy"), "beng": ("bachelor", "of", "engineering"),
    "meng": ("master", "of", "engineering"), "btech": ("bachelor", "of", "technology"),
    "mtech": ("master", "of", "technology"), "bcom": ("bachelor", "of", "commerce"),
    "mcom": ("master", "of", "commerce"), "bfa": ("bachelor", "of", "fine", "arts"),
    "mfa": ("master", "of", "fine", "arts"), "llb": ("bachelor", "of", "laws"), "llm": ("master", "of", "laws"),
    "bachelors": ("bachelor",), "masters": ("master",),
    "va": ("virtual", "assistant"), "pm": ("project", "manager"), "fe": ("front", "end"), "be": ("back", "end"),
    "ux": ("user", "experience"), "ui": ("user", "interface"), "hr": ("human", "resources"), "ml": ("machine", "learning"),
    "seo": ("search", "engine", "optimization"), "csr": ("customer", "service", "representative"),
    "ii": ("2",), "iii": ("3",), "iv": ("4",), "optimisation": ("optimization",),
    "cs": ("computer", "science"), "compsci": ("computer", "science"), "cse": ("computer", "science", "and", "engineering"),
    "bscs": ("bachelor", "of", "science", "computer", "science"), "bsit": ("bachelor", "of", "science", "information", "technology"),
    "bsee": ("bachelor", "of", "science", "electrical", "engineering"), "bsce": ("bachelor", "of", "science", "civil", "engineering"),
    "ece": ("electronics", "and", "communication", "engineering"), "eee": ("electrical", "and", "electronic", "engineering"),
    "mscs": ("master", "of", "science", "computer", "science"), "ee": ("electrical", "engineering"),
    # street addresses
    "st": ("street",), "str": ("street",), "ave": ("avenue",), "av": ("avenue",), "rd": ("road",),
    "blvd": ("boulevard",), "ln": ("lane",), "apt": ("apartment",), "ste": ("suite",), "hwy": ("highway",),
    "pkwy": ("parkway",), "sq": ("square",), "bldg": ("building",),
}
_NAME_ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "univ": ("university",), "intl": ("international",), "natl": ("national",), "dept": ("department",),
    "inst": ("institute",),
}
_SKILL_ALIASES: dict[str, str] = {
    "js": "javascript", "ts": "typescript", "postgres": "postgresql", "psql": "postgresql",
    "k8s": "kubernetes", "golang": "go", "ml": "machine learning", "ai": "artificial intelligence",
    "py": "python", "tf": "tensorflow", "gcp": "google cloud platform", "google cloud": "google cloud platform",
    "aws": "amazon web services", "mongo": "mongodb", "rn": "react native", "ux": "user experience",
    "ui": "user interface", "seo": "search engine optimization", "pg": "postgresql", "mssql": "sql server",
    "ms sql": "sql server", "microsoft sql server": "sql server", "tailwind": "tailwind css", "ps": "photoshop", "ror": "ruby on rails", "rails": "ruby on rails",
}
_PLACE_ALIASES: dict[str, str] = {
    "usa": "united states", "us": "united states", "united states of america": "united states",
    "america": "united states", "uk": "united kingdom", "new york city": "new york", "great britain": "united kingdom",
    "britain": "united kingdom", "uae": "united arab emirates", "holland": "netherlands",
    "czech republic": "czechia", "korea": "south korea", "republic of korea": "south korea",
    "russian federation": "russia", "prc": "china", "peoples republic of china": "china",
    "turkiye": "turkey", "viet nam": "vietnam", "deutschland": "germany", "espana": "spain",
    "brasil": "brazil", "italia": "italy", "中文": "chinese", "汉语": "chinese", "普通话": "chinese", "英语": "english",
    "英文": "english", "日语": "japanese", "西班牙语": "spanish", "法语": "french", "德语": "german", "nederland": "netherlands", "polska": "poland",
    "schweiz": "switzerland", "suisse": "switzerland", "osterreich": "austria", "nyc": "new york city",
    "中国": "china", "日本": "japan",
}
_US_STATES = {
    "al": "alabama", "ak": "alaska", "az": "arizona", "ar": "arkansas", "ca": "california",
    "co": "colorado", "ct": "connecticut", "de": "delaware", "fl": "florida", "ga": "georgia",
    "hi": "hawaii", "id": "idaho", "il": "illinois", "in": "indiana", "ia": "iowa", "ks": "kansas",
    "ky": "kentucky", "la": "louisiana", "me": "maine", "md": "maryland", "ma": "massachusetts",
    "mi": "michigan", "mn": "minnesota", "ms": "mississippi", "mo": "missouri", "mt": "montana",
    "ne": "nebraska", "nv": "nevada", "nh": "new hampshire", "nj": "new jersey", "nm": "new mexico",
    "ny": "new york", "nc": "north carolina", "nd": "north dakota", "oh": "ohio", "ok": "oklahoma",
    "or": "oregon", "pa": "pennsylvania", "ri": "rhode island", "sc": "south carolina",
    "sd": "south dakota", "tn": "tennessee", "tx": "texas", "ut": "utah", "vt": "vermont",
    "va": "virginia", "wa": "washington", "wv": "west virginia", "wi": "wisconsin", "wy": "wyoming",
    "dc": "district of columbia"
}
_PARENTHETICAL = re.compile(r"\s*\([^()]*\)\s*")
_TEXT_STOPWORDS = frozenset({"the", "a", "an", "of", "in", "at", "for", "and", "or", "to", "degree"})

# Legal forms at the end of a company name (after normalisation: "S.A." is "sa", "Sp. z o.o." is "sp z oo").
_LEGAL_FORMS = frozenset(
    {
        "inc", "incorporated", "ltd", "ltda", "limited", "llc", "llp", "lllp", "plc", "corp", "corporation",
        "co", "company", "gmbh", "mbh", "ag", "kg", "kgaa", "ug", "sa", "sas", "sasu", "sarl", "eurl", "spa",
        "srl", "sl", "slu", "bv", "nv", "pty", "pte", "pvt", "oy", "oyj", "ab", "as", "asa", "aps", "kk", "ou",
        "sro", "doo", "kft", "zrt", "bhd", "sdn", "tbk", "jsc", "pjsc", "ojsc", "ooo", "zao", "lda", "gk",
    }
)
_LEGAL_PHRASES = (("s", "de", "rl", "de", "cv"), ("sa", "de", "cv"), ("s", "de", "rl"), ("sp", "z", "oo"),
                  ("sp", "zoo"), ("private", "limited"), ("de", "cv"))
_CJK_LEGAL = re.compile(
    r"^(?:株式会社|有限会社|合同会社|주식회사|\(주\))\s*|\s*(?:股份有限公司|有限责任公司|有限責任公司|有限公司|"
    r"公司|株式会社|有限会社|合同会社|주식회사|\(주\))$"
)
_ACRONYM_SKIP = frozenset({"of", "and", "the", "for", "at", "in", "de"})


def _base_tokens(text: str) -> list[str]:
    s = _fold(text)
    if "+" in s or "#" in s or ".net" in s:
        for pattern, repl in _PROGRAMMING:
            s = pattern.sub(repl, s)
    s = _DEGREE_DOTS.sub(lambda m: "".join(g for g in m.groups() if g), s)
    if "." in s:
        s = _ACRONYM.sub(lambda m: m.group(0).replace(".", "").replace(" ", ""), s)
    if "'" in s:
        s = _APOSTROPHE.sub("", s)
    return _WORD.findall(s.replace("&", " and "))


def _expand(tokens: list[str], table: dict[str, tuple[str, ...]]) -> list[str]:
    out: list[str] = []
    for t in tokens:
        out.extend(table.get(t, (t,)))
    return out


@dataclass(frozen=True)
class _Norm:
    tokens: tuple[str, ...]
    joined: str
    compact: str
    bare: _Norm | None = None  # the same without a parenthetical: "Freelance (Upwork)" -> "freelance"

    @property
    def keys(self) -> tuple[str, tuple[str, ...]]:
        """What an exact match compares: the letters without spaces, and the words in any order."""
        return self.compact, tuple(sorted(self.tokens))


def _norm(tokens: list[str], bare: _Norm | None = None) -> _Norm:
    return _Norm(tuple(tokens), " ".join(tokens), "".join(tokens), bare)


@lru_cache(maxsize=8192)
def _name_norm(text: str, skill: bool = False) -> _Norm:
    bare = None
    nfkc = unicodedata.normalize("NFKC", text)
    if "(" in nfkc and ")" in nfkc:
        without = _PARENTHETICAL.sub(" ", nfkc)
        if without != nfkc and _has_content(without):
            bare = _name_norm(without, skill)
    return _norm(_name_tokens(text, skill), bare)


def _strip_legal_form(tokens: list[str]) -> list[str]:
    """``acme corp`` -> ``acme``, ``smith and co ltd`` -> ``smith``; the name itself always stays."""
    end = len(tokens)
    stripped = False
    while end > 1:
        phrase = next((p for p in _LEGAL_PHRASES if end > len(p) and tuple(tokens[end - len(p) : end]) == p), None)
        if phrase:
            end -= len(phrase)
        elif tokens[end - 1] in _LEGAL_FORMS:
            end -= 1
        else:
            break
        stripped = True
    if stripped and end > 1 and tokens[end - 1] == "and":  # "Smith & Co."
        end -= 1
    return tokens[:end]


_SKILL_VERSION = re.compile(r"([a-z]{3,})(\d)")  # "HTML5", "CSS3", "Vue3"
_DOT_JS = re.compile(r"(?:\.\s?|(?<![,;/&\s])\s)js\s*$")


def _name_tokens(text: str, skill: bool) -> list[str]:
    tokens = _expand(_base_tokens(text), _NAME_ABBREVIATIONS)
    if len(tokens) > 1 and tokens[0] == "the":
        tokens = tokens[1:]
    tokens = _strip_legal_form(tokens)
    joined = " ".join(tokens)
    if not joined.isascii():
        stripped = _CJK_LEGAL.sub("", joined)
        joined = stripped if _has_content(stripped) else joined
    if skill:
        tokens = [m.group(1) if (m := _SKILL_VERSION.fullmatch(t)) else t for t in joined.split()]
        if len(tokens) > 1 and tokens[-1].isdigit() and len(tokens[-1]) <= 2 and tokens[-2].isalpha():
            tokens = tokens[:-1]  # "Angular 2+", "Python 3": the version is not another skill
        if len(tokens) > 1 and tokens[-1] == "js" and _DOT_JS.search(_fold(text)):  # "Node.js" -> "node"
            tokens = tokens[:-1]
        elif len(tokens) == 1 and len(tokens[0]) > 4 and tokens[0].endswith("js"):  # "ReactJS"
            tokens = [tokens[0][:-2]]
        joined = " ".join(tokens)
        joined = _SKILL_ALIASES.get(joined, joined)
    joined = _PLACE_ALIASES.get(joined, joined)
    joined = _PLACE_ALIASES.get(joined, joined)  # "nyc" -> "new york city" -> "new york"
    joined = _US_STATES.get(joined, joined)
    joined = places.ALIASES.get(joined, joined)  # "Bombay" -> "mumbai", "the States" -> "united states"
    return joined.split()


_DIGITS = re.compile(r"\D")


def _typo_ok(a: str, b: str) -> bool:
    """One small typo in a Latin-script word or name of six letters or more; digits must agree.

    Not a changed first letter (another word), not a letter added or dropped at the end unless it doubles
    the one before ("Andela"/"Andel" are two names, "Googlee" is a slip), not a word that is itself another
    known place ("Zhengzhou"/"Zhangzhou")."""
    if len(a) < 6 or len(b) < 6 or abs(len(a) - len(b)) > 1 or not (a.isascii() and b.isascii()):
        return False
    if a[0] != b[0] or OSA.distance(a, b, score_cutoff=1) > 1:  # a changed first letter is another word
        return False
    if len(a) != len(b):
        longer, shorter = (a, b) if len(a) > len(b) else (b, a)
        if longer[:-1] == shorter and longer[-1] not in (longer[-2], "s") and len(shorter) < 8:
            return False
    if b in places.CITIES and a != b or a in places.CITIES and b in places.CITIES:
        return False
    return _DIGITS.sub("", a) == _DIGITS.sub("", b)


_PINYIN = frozenset("""
a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng
cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu
cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e
ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan
guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian
jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan
kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun
luo lv lve lyu ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne
nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nuo nv nve o ou pa pai pan pang pao pei pen peng
pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ran rang rao re
ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei
shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao
te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang
xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan
zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang
zhui zhun zhuo zi zong zou zu zuan zui zun zuo
""".split())  # noqa: SIM905  (a syllable table reads better as text)


@lru_cache(maxsize=4096)
def _is_pinyin(word: str) -> bool:
    """Whether a word splits into two or more pinyin syllables ("xiaoming", "zhengzhou"): a Chinese name or
    place, where one changed letter is another valid name rather than a slip."""
    if not word.isalpha() or not word.isascii() or len(word) > 24:
        return False
    n = len(word)
    reach = [0] * (n + 1)  # reach[i]: the fewest syllables that spell word[:i] (0: not reachable)
    reach[0] = 0
    ok = [False] * (n + 1)
    ok[0] = True
    for i in range(n):
        if not ok[i]:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            if word[i:j] in _PINYIN and (not ok[j] or reach[j] > reach[i] + 1):
                ok[j] = True
                reach[j] = reach[i] + 1
    return ok[n] and reach[n] >= 2


def _initials(tokens: tuple[str, ...]) -> str:
    return "".join(t[0] for t in tokens if t not in _ACRONYM_SKIP)


def _name_match(exp: _Norm, ans: _Norm, strict: bool = False) -> str | None:
    """``exact``, ``typo``, ``acronym``, ``qualifier`` (right but for a parenthetical) or ``None``.
    ``strict`` (places): a slip is forgiven only inside a long word."""
    how = _plain_name_match(exp, ans, strict)
    has_bare = exp.bare is not None or ans.bare is not None
    if how is None and has_bare and _plain_name_match(exp.bare or exp, ans.bare or ans, strict) in ("exact", "typo"):
        return "qualifier"
    return how


def _plain_name_match(exp: _Norm, ans: _Norm, strict: bool = False) -> str | None:
    if not exp.tokens or not ans.tokens:
        return None
    if exp.compact == ans.compact or sorted(exp.tokens) == sorted(ans.tokens):
        return "exact"
    if strict:
        if len(exp.tokens) == len(ans.tokens) and all(
            e == a or _slip_ok(e, a, _PLACE_SLIP_MIN) for e, a in zip(exp.tokens, ans.tokens, strict=True)
        ):
            return "typo"
    elif _typo_ok(exp.compact, ans.compact):
        return "typo"
    for short, long in ((ans, exp), (exp, ans)):
        one_word = len(short.tokens) == 1 and len(short.compact) >= 3 and short.compact.isalpha()
        if one_word and len(long.tokens) >= 2 and short.compact == _initials(long.tokens):
            return "acronym"
    return None


# ---------------------------------------------------------------------------------------------
# kind: name
# ---------------------------------------------------------------------------------------------

def _grade_name(expected: str, answer: str, ctx: Context = _NO_CONTEXT) -> Verdict:
    shown = expected.strip()
    exp, ans = _name_norm(expected), _name_norm(answer)
    if not exp.tokens:
        return _grade_raw(expected, answer)
    strict = ctx.role == "place"
    if strict and (rewritten := _place_rewrite(expected, answer)) != answer:
        answer, ans = rewritten, _name_norm(rewritten)
    how = _name_match(exp, ans, strict)
    if how == "exact":
        return _right()
    if how == "typo":
        return _right("One small typo forgiven.")
    if how in ("acronym", "qualifier"):
        return _right(f"Right \u2014 the profile says {shown}.")
    if "," in expected:  # a place: "Austin, Texas, United States"
        verdict = _grade_place(expected, answer, strict)
        if verdict:
            return verdict
    ratio = fuzz.ratio(exp.joined, ans.joined)
    if ratio >= 85:
        return _wrong(0.5, f"Close, but the profile says {shown}.")
    if set(exp.tokens) & set(ans.tokens):
        return _wrong(0.2, f"Not quite \u2014 the profile says {shown}.")
    return _wrong(0.0, f"Not quite \u2014 the profile says {shown}.")


def _grade_place(expected: str, answer: str, strict: bool = False) -> Verdict | None:
    """Some of the parts of a place, in order: the first part (the city) is enough to be right.

    The answer's units are its comma-separated parts, or its words when it has no commas
    ("Austin TX"); one to three units may name one part of the place."""
    parts = [_name_norm(p) for p in expected.split(",") if _has_content(p)]
    units = [u for u in (answer.split(",") if "," in answer else answer.split()) if _has_content(u)]
    used: list[int] = []
    for i, part in enumerate(parts):
        for n in range(min(3, len(units)), 0, -1):
            if _name_match(part, _name_norm(" ".join(units[:n])), strict) in ("exact", "typo"):
                units = units[n:]
                used.append(i)
                break
    if units or not used:
        return None
    if used[0] == 0:
        return _right() if len(used) == len(parts) else _right(f"Right \u2014 the profile says {expected.strip()}.")
    return _wrong(0.5, f"Less precise \u2014 the profile says {expected.strip()}.")


def _grade_raw(expected: str, answer: str) -> Verdict:
    """For values with nothing to normalise (only symbols): exact after folding."""
    if _fold(expected).strip() == _fold(answer).strip():
        return _right()
    if not _has_content(expected):
        return _wrong(0.0, "The profile has no value to compare with.")
    return _wrong(0.0, f"Not quite \u2014 the profile says {expected.strip()}.")


# ---------------------------------------------------------------------------------------------
# kind: text (titles, degrees, phrases, emails, phone numbers, time zones)
# ---------------------------------------------------------------------------------------------

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_SPOKEN_EMAIL = [(re.compile(r"\s+(?:at|\(at\)|\[at\])\s+"), "@"), (re.compile(r"\s+(?:dot|\(dot\)|\[dot\])\s+"), ".")]
_PHONE = re.compile(r"\+?[\d\s().\-/]{7,}")
_TIME_ZONE = re.compile(r"(?:utc|gmt)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?")


@lru_cache(maxsize=8192)
def _text_tokens(text: str) -> tuple[str, ...]:
    return tuple(_expand(_base_tokens(text), _TEXT_ABBREVIATIONS))


def _content(tokens: tuple[str, ...]) -> list[str]:
    return [t for t in tokens if t not in _TEXT_STOPWORDS] or list(tokens)


def _merge_compounds(tokens: list[str], other: set[str]) -> list[str]:
    """``front end`` -> ``frontend`` when the other side writes it as one word."""
    out: list[str] = []
    i = 0
    while i < len(tokens):
        if i + 1 < len(tokens) and tokens[i] + tokens[i + 1] in other:
            out.append(tokens[i] + tokens[i + 1])
            i += 2
        else:
            out.append(tokens[i])
            i += 1
    return out


def _align(exp: list[str], ans: list[str]) -> tuple[int, int, list[str], list[str]]:
    """Matched words, forgiven typos, missing expected words, extra answer words."""
    exp = _merge_compounds(exp, set(ans))
    ans = _merge_compounds(ans, set(exp))
    missing: list[str] = []
    extra = list(ans)
    for t in exp:
        if t in extra:
            extra.remove(t)
        else:
            missing.append(t)
    typos = 0
    still_missing: list[str] = []
    for t in missing:
        hit = next((a for a in extra if _typo_ok(t, a)), None)
        if hit is None:
            still_missing.append(t)
        else:
            extra.remove(hit)
            typos += 1
    matched = len(exp) - len(still_missing)
    return matched, typos, still_missing, extra


def _typo_feedback(typos: int) -> str:
    return "One small typo forgiven." if typos == 1 else f"{typos} small typos forgiven."


def _grade_text(expected: str, answer: str, ctx: Context = _NO_CONTEXT) -> Verdict:
    shown = expected.strip()
    if _EMAIL.fullmatch(shown):
        return _grade_email(shown, answer)
    if _PHONE.fullmatch(shown) and sum(ch.isdigit() for ch in shown) >= 7:
        return _grade_phone(shown, answer)
    folded = _fold(shown)
    tz = _TIME_ZONE.match(folded)
    is_zone = bool(tz) and not _has_content(_PARENTHETICAL.sub("", folded[tz.end() :] if tz else ""))
    if tz and is_zone:
        tz_answer = _TIME_ZONE.fullmatch(_PARENTHETICAL.sub(" ", _fold(answer)).strip())
        if tz_answer:
            same = _offset(tz) == _offset(tz_answer)
            return _right() if same else _wrong(0.0, f"Not quite \u2014 the profile says {shown}.")
    verdict = _grade_words(expected, answer)
    if not verdict.correct and (alt := _other_expansion(expected)) is not None and _grade_words(alt, answer).correct:
        return _right(f"Right \u2014 the profile says {shown}.")  # "Chemical Eng." is Chemical Engineering
    if not verdict.correct and (alt := _other_expansion(answer)) is not None and _grade_words(expected, alt).correct:
        return _right(f"Right \u2014 the profile says {shown}.")  # "PM" for Product Manager
    if not verdict.correct and "(" in expected:
        # "Freelance (Contract)": the part outside the brackets is enough; for a time zone
        # ("UTC+08:00 (China Standard Time)") so is the name inside them.
        inside = " ".join(re.findall(r"\(([^()]*)\)", expected)) if is_zone else ""
        for part in (_PARENTHETICAL.sub(" ", expected), inside):
            if _has_content(part) and _grade_words(part, answer).correct:
                return _right(f"Right \u2014 the profile says {shown}.")
    return verdict


_OTHER_EXPANSIONS = {"pm": "product manager", "eng": "engineering", "engr": "engineering", "dev": "development", "mgmt": "management",
                     "admin": "administration", "sci": "science", "tech": "technology", "comp": "computer",
                     "econ": "economics", "mech": "mechanical", "elec": "electrical", "info": "information"}
_ABBREVIATED_WORD = re.compile(r"(?<![^\W_])(" + "|".join(_OTHER_EXPANSIONS) + r")\b\.?", re.I)


def _other_expansion(expected: str) -> str | None:
    """The profile's value with its abbreviated words read the other way: in a field of study "Eng." is
    engineering, "Dev" development (in a title they are engineer and developer)."""
    if not _ABBREVIATED_WORD.search(expected):
        return None
    return _ABBREVIATED_WORD.sub(lambda m: _OTHER_EXPANSIONS[m.group(1).lower()], expected)


def _grade_words(expected: str, answer: str) -> Verdict:
    """Titles, degrees and phrases: the same words (abbreviations expanded, typos forgiven)."""
    shown = expected.strip()
    exp_tokens, ans_tokens = _text_tokens(expected), _text_tokens(answer)
    if not exp_tokens:
        return _grade_raw(expected, answer)
    if "".join(exp_tokens) == "".join(ans_tokens):
        return _right()
    exp, ans = _content(exp_tokens), _content(ans_tokens)
    matched, typos, missing, extra = _align(exp, ans)
    if not missing and not extra:
        return _right() if typos == 0 else _right(_typo_feedback(typos))
    share = matched / max(len(exp), len(ans), 1)
    score = 0.8 * share
    if matched == 0:
        ratio = fuzz.ratio("".join(exp_tokens), "".join(ans_tokens))
        score = 0.5 * ratio / 100 if ratio >= 80 else 0.0
    if len(missing) == 1 and len(extra) == 1:
        return _wrong(score, f"{_q(extra[0])} instead of {_q(missing[0])} \u2014 the profile says {_q(shown)}.")
    if missing and not extra and matched:
        words = ", ".join(_q(w) for w in missing)
        return _wrong(score, f"Missing {words} \u2014 the profile says {_q(shown)}.")
    if extra and not missing:
        words = ", ".join(_q(w) for w in extra)
        return _wrong(score, f"The profile says {_q(shown)}, without {words}.")
    return _wrong(score, f"Not quite \u2014 the profile says {_q(shown)}.")


def _offset(m: re.Match[str]) -> int:
    sign, hours, minutes = m.groups()
    total = int(hours or 0) * 60 + int(minutes or 0)
    return -total if sign == "-" else total


def _grade_email(expected: str, answer: str) -> Verdict:
    got = answer.strip()
    if "@" not in got:
        for pattern, repl in _SPOKEN_EMAIL:
            got = pattern.sub(repl, got)
    got = re.sub(r"^mailto:", "", re.sub(r"\s+", "", got), flags=re.I).strip("<>.,;")
    if got.casefold() == expected.casefold():
        return _right()
    if fuzz.ratio(got.casefold(), expected.casefold()) >= 90:
        return _wrong(0.5, f"Close, but an email address must be exact: {expected}.")
    return _wrong(0.0, f"Not quite \u2014 the profile says {expected}.")


def _grade_phone(expected: str, answer: str) -> Verdict:
    exp_variants = {re.sub(r"\D", "", expected), re.sub(r"\D", "", expected.replace("(0)", ""))}
    digits = re.sub(r"\D", "", _fold(answer))
    tries = {digits}
    if digits.startswith("00"):
        tries.add(digits[2:])  # 0044 ... is +44 ...
    if digits.startswith("0"):
        tries.add(digits[1:])  # a national trunk prefix
    pairs = [
        (exp[-len(got) :] if len(got) >= 7 and 0 <= len(exp) - len(got) <= 3 else exp, got)
        for exp in exp_variants
        for got in tries
        if got
    ]
    if any(exp == got for exp, got in pairs):
        return _right()
    if any(OSA.distance(exp, got, score_cutoff=1) <= 1 for exp, got in pairs):
        return _wrong(0.5, f"One digit off \u2014 the profile says {expected}.")
    return _wrong(0.0, f"Not quite \u2014 the profile says {expected}.")


# ---------------------------------------------------------------------------------------------
# kind: list
# ---------------------------------------------------------------------------------------------

_STRONG_SEPARATOR = re.compile(r"[;\uff1b\n\r]+|\s[•·▪]\s")
_BULLET = re.compile(r"^\s*(?:[-*•·▪‣]|\d{1,2}[.)])\s+")
_WEAK_SEPARATOR = re.compile(r"\s*[,\u3001\uff0c]\s*(?:and\s+|&\s*|和\s*)?|\s*/\s*|\s+(?:and|plus|&|\+)\s+|\s*和\s*", re.I)
_MAX_SPAN = 5  # weak-separated pieces one listed item may span ("Web, Mobile & Software Dev")


def _pieces(chunk: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _WEAK_SEPARATOR.finditer(chunk):
        if m.start() > start:
            spans.append((start, m.start()))
        start = max(start, m.end())
    if start < len(chunk):
        spans.append((start, len(chunk)))
    return [s for s in spans if _has_content(chunk[s[0] : s[1]])]


_BRANDS = frozenset({"adobe", "microsoft", "ms", "google", "amazon", "apple", "autodesk", "atlassian", "oracle",
                     "salesforce", "ibm", "sap", "jetbrains"})


class _Items:
    """The listed items, what the answer has named so far, and an index for exact look-ups."""

    def __init__(self, labels: list[str]):
        self.norms = [_name_norm(label, True) for label in labels]
        self.hit: dict[int, str] = {}  # item index -> how it was named ("exact", "typo", ...)
        self.exact: dict[object, list[int]] = {}
        for i, norm in enumerate(self.norms):
            for key in norm.keys:
                self.exact.setdefault(key, []).append(i)
        for i, norm in enumerate(self.norms):  # "Direct to U.S. Bank" names "Direct to U.S. Bank (ACH)"
            for key in norm.bare.keys if norm.bare else ():
                self.exact.setdefault(key, []).append(i)

    def name(self, candidate: str, *, single: bool, record: bool = True) -> bool:
        """Whether ``candidate`` names an item (recording it); joined pieces must name it exactly.
        Naming an item twice is no error; a second item with the same name counts once more."""
        norm = _name_norm(candidate, True)
        if not norm.tokens:
            return False
        found = [(i, "exact") for key in norm.keys for i in self.exact.get(key, ())]
        if not found and single:
            found = [(i, how) for i, item in enumerate(self.norms) if (how := _name_match(item, norm))]
        if not found and single:  # "XD" for "Adobe XD", "Excel" for "Microsoft Excel"
            found = [(i, "exact") for i, item in enumerate(self.norms)
                     if len(item.tokens) > 1 and item.tokens[0] in _BRANDS and item.tokens[1:] == norm.tokens]
        if not found:
            return False
        if record:
            i, how = next(((i, how) for i, how in found if i not in self.hit), found[0])
            self.hit.setdefault(i, how)
        return True


def _items_in_words(piece: str, items: _Items) -> bool:
    """Items named exactly by runs of words inside a longer piece ("I know Python", "Python Django").
    The words around them are taken as filler, not as extra items."""
    words = piece.split()
    spans: list[str] = []
    a = 0
    while a < len(words):
        for b in range(min(len(words), a + _MAX_SPAN), a, -1):
            if items.name(" ".join(words[a:b]), single=False, record=False):
                spans.append(" ".join(words[a:b]))
                a = b
                break
        else:
            if _fold(words[a]).strip(".,!?") not in _LIST_FILLERS:  # "React Native" does not name "React"
                return False
            a += 1
    for span in spans:
        items.name(span, single=False)
    return bool(spans)


_LIST_FILLERS = frozenset(
    ["i", "know", "use", "used", "using", "have", "had", "worked", "work", "with", "and", "also", "some", "a", "an", "bit", "of", "the", "mostly", "mainly", "like", "languages", "language", "skills", "skill", "tools", "tool", "experience", "in", "on", "my", "are", "is", "main", "frameworks", "framework", "etc", "speak", "spoke", "fluent", "good", "at", "do", "did", "mostly", "primarily", "things", "stuff"]
)


_LIST_PO = re.compile(r"(?<=\w)\s+(?:po|opo)(?=\s*(?:[,;.、]|\band\b|$))", re.I)


def _grade_list(expected: str, answer: str, ctx: Context = _NO_CONTEXT) -> Verdict:
    labels = [p.strip() for p in expected.split(";") if _has_content(p)]
    if not labels:
        return _grade_raw(expected, answer)
    items = _Items(labels)
    extras: list[str] = []
    answer = _LIST_PO.sub("", answer)  # "English po, and Tagalog": a Filipino politeness word, not an item
    for raw_chunk in _STRONG_SEPARATOR.split(answer):
        chunk = _BULLET.sub("", raw_chunk)
        if not _has_content(chunk):
            continue
        spans = _pieces(chunk)
        if items.name(chunk, single=len(spans) <= 1):  # one item, separators and all ("Web, Mobile & ...")
            continue
        i = 0
        while i < len(spans):
            for j in range(min(len(spans) - 1, i + _MAX_SPAN - 1), i - 1, -1):
                if items.name(chunk[spans[i][0] : spans[j][1]], single=i == j):
                    i = j + 1
                    break
            else:
                piece = chunk[spans[i][0] : spans[i][1]]
                if not _items_in_words(piece, items):
                    extras.append(piece.strip())
                i += 1
    hit = items.hit
    typos = sum(1 for how in hit.values() if how == "typo")
    missed = [labels[i] for i in range(len(labels)) if i not in hit]
    note = f" {_typo_feedback(typos)}" if typos else ""
    extra_text = ", ".join(extras)
    if not missed:
        if extras and (ctx.whole_list or len(extras) >= max(4, len(labels))):
            # The whole list was asked for, or everything the user could think of was named.
            why = ("the question asks for the list as it is on your profile"
                   if ctx.whole_list else "naming everything you can think of is not recalling your profile")
            return _wrong(len(labels) / (len(labels) + len(extras)),
                          f"All {len(labels)} are there, but the profile doesn't list {extra_text} \u2014 {why}.{note}")
        if extras:
            return _right(f"All there, but the profile doesn't list {extra_text}.{note}")
        return _right(_typo_feedback(typos) if typos else "Right.")
    feedback = f"{len(hit)} of {len(labels)} \u2014 missed {_join_and(missed)}."
    if extras:
        feedback += f" Not on the profile: {extra_text}."
    return _wrong(len(hit) / len(labels), feedback + note)


def _join_and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]



# ---------------------------------------------------------------------------------------------
# Roles: people, organisations, places, languages, addresses, titles
# ---------------------------------------------------------------------------------------------

_PERSON_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "mister",
                            "madame", "dame", "engr", "eng", "atty", "arch", "herr", "frau", "sr", "sra", "srta",
                            "senor", "senora", "dona", "pani", "shri", "smt", "alhaji", "alhaja", "hon",
                            "rev", "po"})
_OLD_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "madam", "mister",
                         "madame", "dame"})
_PERSON_SLIP_MIN = 8  # one slip is forgiven only inside a long word of a name ("Johnson"/"Johnston" no; "Fernandez")
_PLACE_SLIP_MIN = 9  # "Hangzhou"/"Huangzhou", "Lagos"/"Lagoa" are other places
_ORG_GENERIC = frozenset(
    ["telecom", "telecoms", "telecommunications", "grupo", "groupe", "gruppe", "foods", "food", "motors", "airlines",
     "energy", "pharma", "pharmaceuticals", "health", "healthcare", "insurance", "capital", "ventures", "marketing",
     "communications", "electronics", "engineering", "design", "creative", "outsourcing", "bpo", "analytics",
     "web", "it", "bank", "financial", "finance", "retail", "manufacturing", "construction", "realty", "properties",
     "technology", "technologies", "tech", "group", "holding", "holdings", "international", "global", "solutions", "solution", "services", "service", "systems", "system", "software", "consulting", "consultancy", "consultants", "labs", "lab", "studio", "studios", "digital", "company", "corporation", "city", "limited", "enterprise", "enterprises", "industries", "industry", "partners", "associates", "agency", "network", "networks", "information", "science", "sciences", "trading", "logistics", "media", "development", "developments", "innovation", "innovations", "co", "and", "the", "of", "de", "la"]
)
_ORG_TYPES = frozenset(
    ["university", "college", "institute", "school", "academy", "polytechnic", "bank", "hospital", "foundation", "center", "centre", "universidad", "universidade", "universite", "universitat", "universita", "instituto", "institut", "colegio", "escuela", "hochschule"]
)
_ORG_WORD_FORMS = {"tech": "technology", "und": "and", "et": "and", "y": "and", "e": "and", "intl": "international",
                   "universidad": "university", "universidade": "university", "universite": "university",
                   "universitat": "university", "universita": "university", "instituto": "institute",
                   "institut": "institute", "del": "of", "della": "of", "des": "of", "der": "of",
                   "univ": "university", "uni": "university", "inst": "institute", "tech.": "technology",
                   "technische": "technical", "tecnica": "technical", "tecnologica": "technological",
                   "politecnico": "polytechnic", "politechnika": "polytechnic", "munchen": "munich",
                   "koln": "cologne", "wien": "vienna", "warszawa": "warsaw", "warszawska": "warsaw",
                   "nacional": "national", "nationale": "national", "federal": "federal", "estadual": "state"}
_CJK_ORG_SUFFIX = re.compile(r"(?:科技|信息技术|网络|技术|集团)?(?:股份有限公司|有限责任公司|有限公司|公司)$|(?:大学|学院)$")
_PLACE_WORDS = frozenset(
    ["china", "beijing", "shanghai", "shenzhen", "guangzhou", "hangzhou", "nanjing", "wuhan", "chengdu", "chongqing", "tianjin", "xian", "suzhou", "xiamen", "qingdao", "dalian", "shenyang", "harbin", "changsha", "zhengzhou", "jinan", "hefei", "fuzhou", "kunming", "ningbo", "wuxi", "dongguan", "foshan", "zhuhai", "changzhou", "zhejiang", "jiangsu", "guangdong", "fujian", "shandong", "sichuan", "hubei", "hunan", "henan", "hebei", "anhui", "jiangxi", "yunnan", "guizhou", "shaanxi", "shanxi", "liaoning", "jilin", "heilongjiang", "hainan", "guangxi", "xinjiang", "tibet", "taiwan", "taipei", "hong", "kong", "macau", "macao", "india", "mumbai", "delhi", "bangalore", "bengaluru", "hyderabad", "chennai", "pune", "kolkata", "ahmedabad", "noida", "gurgaon", "gurugram", "united", "states", "usa", "us", "america", "new", "york", "london", "paris", "berlin", "munich", "madrid", "barcelona", "rome", "milan", "amsterdam", "toronto", "vancouver", "sydney", "melbourne", "tokyo", "osaka", "seoul", "singapore", "manila", "cebu", "davao", "quezon", "lagos", "abuja", "nairobi", "cairo", "mexico", "guadalajara", "monterrey", "bogota", "medellin", "lima", "santiago", "buenos", "aires", "sao", "paulo", "rio", "janeiro", "kyiv", "kiev", "lviv", "warsaw", "krakow", "moscow", "istanbul", "ankara", "dubai", "karachi", "lahore", "islamabad", "dhaka", "jakarta", "bangkok", "hanoi", "ho", "chi", "minh", "kuala", "lumpur", "pakistan", "bangladesh", "indonesia", "philippines", "vietnam", "thailand", "malaysia", "nigeria", "kenya", "egypt", "brazil", "argentina", "colombia", "peru", "chile", "ukraine", "poland", "russia", "turkey", "germany", "france", "spain", "italy", "netherlands", "canada", "australia", "japan", "korea", "uk", "england", "kingdom", "states", "texas", "california", "florida", "austin", "seattle", "boston", "chicago", "san", "francisco", "los", "angeles", "sf", "la", "nyc", "hk", "sz", "bj", "sh", "gz", "district", "province", "city", "chile", "peru"]
)
_ORG_ABBREVIATIONS: dict[str, str] = {
    "mit": "massachusetts institute of technology", "ucla": "university of california los angeles",
    "nyu": "new york university", "cmu": "carnegie mellon university", "uiuc": "university of illinois urbana champaign",
    "zju": "zhejiang university", "sjtu": "shanghai jiao tong university", "pku": "peking university",
    "thu": "tsinghua university", "ustc": "university of science and technology of china",
    "hku": "university of hong kong", "hkust": "hong kong university of science and technology",
    "nus": "national university of singapore", "ntu": "nanyang technological university",
    "fudan": "fudan university", "whu": "wuhan university", "hust": "huazhong university of science and technology",
    "bupt": "beijing university of posts and telecommunications", "buaa": "beihang university",
    "beihang": "beihang university", "scut": "south china university of technology",
    "uestc": "university of electronic science and technology of china", "xjtu": "xian jiaotong university",
    "nju": "nanjing university", "sysu": "sun yat sen university", "tongji": "tongji university",
    "iit": "indian institute of technology", "iisc": "indian institute of science", "lse": "london school of economics",
    "ucl": "university college london", "eth": "eth zurich", "epfl": "ecole polytechnique federale de lausanne",
    "uc berkeley": "university of california berkeley", "berkeley": "university of california berkeley",
    "ut austin": "university of texas at austin", "up diliman": "university of the philippines diliman",
    "unam": "universidad nacional autonoma de mexico", "usp": "universidade de sao paulo",
    "iitb": "indian institute of technology bombay", "iit b": "indian institute of technology bombay",
    "iitd": "indian institute of technology delhi", "iit d": "indian institute of technology delhi",
    "iitm": "indian institute of technology madras", "iit m": "indian institute of technology madras",
    "iitk": "indian institute of technology kanpur", "iit k": "indian institute of technology kanpur",
    "iit kgp": "indian institute of technology kharagpur", "iitkgp": "indian institute of technology kharagpur",
    "iitr": "indian institute of technology roorkee", "iith": "indian institute of technology hyderabad",
    "bits": "birla institute of technology and science", "bits pilani": "birla institute of technology and science pilani",
    "unilag": "university of lagos", "unn": "university of nigeria nsukka", "oau": "obafemi awolowo university",
    "ui": "university of ibadan", "unilorin": "university of ilorin", "futa": "federal university of technology akure",
    "uon": "university of nairobi", "uoft": "university of toronto", "u of t": "university of toronto",
    "ubc": "university of british columbia", "upd": "university of the philippines diliman",
    "up": "university of the philippines", "admu": "ateneo de manila university", "ateneo": "ateneo de manila university",
    "dlsu": "de la salle university", "ust": "university of santo tomas", "pup": "polytechnic university of the philippines",
    "mapua": "mapua university", "nust": "national university of sciences and technology",
    "lums": "lahore university of management sciences", "fast": "fast national university",
    "kpi": "kyiv polytechnic institute", "knu": "taras shevchenko national university of kyiv",
    "tum": "technical university of munich",
    "uw": "university of washington", "uct": "university of cape town", "wits": "university of the witwatersrand",
    "auc": "american university in cairo", "cu": "cairo university", "buet": "bangladesh university of engineering and technology",
    "hcmut": "ho chi minh city university of technology", "vnu": "vietnam national university",
    "ufrj": "universidade federal do rio de janeiro", "unicamp": "universidade estadual de campinas",
    "itesm": "tecnologico de monterrey", "tec de monterrey": "tecnologico de monterrey", "uba": "universidad de buenos aires",
    "uj": "jagiellonian university", "uw warsaw": "university of warsaw", "pw": "warsaw university of technology",
}
# Chinese names of organisations people list in English (after their legal suffix is removed).
_ZH_ORGS: dict[str, str] = {
    "华为": "huawei", "华为技术": "huawei technologies", "阿里巴巴": "alibaba", "阿里": "alibaba", "腾讯": "tencent",
    "字节跳动": "bytedance", "字节": "bytedance", "百度": "baidu", "京东": "jd", "美团": "meituan", "小米": "xiaomi",
    "网易": "netease", "拼多多": "pinduoduo", "滴滴": "didi", "大疆": "dji", "联想": "lenovo", "中兴": "zte",
    "海康威视": "hikvision", "蚂蚁": "ant", "蚂蚁集团": "ant group", "携程": "trip com", "快手": "kuaishou", "比亚迪": "byd",
    "清华": "tsinghua university", "清华大学": "tsinghua university", "北大": "peking university",
    "北京大学": "peking university", "浙大": "zhejiang university", "浙江大学": "zhejiang university",
    "复旦": "fudan university", "复旦大学": "fudan university", "上海交大": "shanghai jiao tong university",
    "上海交通大学": "shanghai jiao tong university", "南大": "nanjing university", "南京大学": "nanjing university",
    "武大": "wuhan university", "武汉大学": "wuhan university", "中山大学": "sun yat sen university",
    "华科": "huazhong university of science and technology", "华中科技大学": "huazhong university of science and technology",
    "同济": "tongji university", "同济大学": "tongji university", "哈工大": "harbin institute of technology",
    "哈尔滨工业大学": "harbin institute of technology", "中科大": "university of science and technology of china",
    "中国科学技术大学": "university of science and technology of china", "人大": "renmin university of china",
    "中国人民大学": "renmin university of china", "北航": "beihang university", "北京航空航天大学": "beihang university",
    "北邮": "beijing university of posts and telecommunications", "电子科大": "university of electronic science and technology of china",
    "西安交大": "xian jiaotong university", "西安交通大学": "xian jiaotong university", "厦大": "xiamen university",
    "厦门大学": "xiamen university", "华南理工": "south china university of technology", "华南理工大学": "south china university of technology",
}


def _zh_org(answer: str) -> str | None:
    """"阿里巴巴（中国）有限公司" -> "alibaba", "清华" -> "tsinghua university"; ``None`` when not known."""
    text = re.sub(r"[（(][^）)]*[）)]", "", unicodedata.normalize("NFKC", answer)).strip()
    group = "集团" in text
    text = re.sub(r"集团$", "", _CJK_LEGAL.sub("", text).strip())
    core = re.sub(r"(?:科技|信息技术|网络|技术)$", "", text) if text not in _ZH_ORGS else text
    name = _ZH_ORGS.get(text) or _ZH_ORGS.get(core)
    if name is None:
        return None
    return f"{name} group" if group and not name.endswith("group") else name


# Job titles said in Chinese, word by word (longest first when reading).
_ZH_TITLE_WORDS: dict[str, str] = {
    "高级": "senior", "资深": "senior", "初级": "junior", "中级": "", "首席": "chief", "主管": "lead", "组长": "lead",
    "负责人": "lead", "软件": "software", "开发工程师": "developer", "开发人员": "developer", "开发者": "developer",
    "开发": "developer", "工程师": "engineer", "程序员": "developer", "前端": "front end", "后端": "back end",
    "全栈": "full stack", "移动端": "mobile", "产品经理": "product manager", "项目经理": "project manager",
    "经理": "manager", "总监": "director", "设计师": "designer", "平面设计师": "graphic designer", "设计": "designer",
    "数据分析师": "data analyst", "数据科学家": "data scientist", "数据": "data", "分析师": "analyst",
    "测试工程师": "qa engineer", "测试": "qa", "运维工程师": "devops engineer", "运维": "devops", "架构师": "architect",
    "实习生": "intern", "顾问": "consultant", "翻译": "translator", "文案": "copywriter", "编辑": "editor",
    "客服": "customer service representative", "虚拟助理": "virtual assistant", "助理": "assistant", "机器学习": "machine learning",
    "人工智能": "ai", "算法工程师": "algorithm engineer", "网页": "web", "网站": "web", "营销": "marketing", "市场": "marketing",
}
_ZH_TITLE_KEYS = sorted(_ZH_TITLE_WORDS, key=len, reverse=True)


def _zh_title(answer: str) -> str | None:
    """"高级Python开发工程师" -> "senior python developer"; ``None`` unless every Chinese word is known."""
    out: list[str] = []
    i, text = 0, unicodedata.normalize("NFKC", answer)
    while i < len(text):
        ch = text[i]
        if not _has_other_script(ch):
            j = i
            while j < len(text) and not _has_other_script(text[j]):
                j += 1
            out.append(text[i:j])
            i = j
            continue
        key = next((k for k in _ZH_TITLE_KEYS if text.startswith(k, i)), None)
        if key is None:
            return None
        out.append(f" {_ZH_TITLE_WORDS[key]} ")
        i += len(key)
    return " ".join(" ".join(out).split())


_ORG_ARM_WORDS = frozenset({"technologies", "technology", "consulting", "services", "solutions", "international",
                            "global", "systems", "software"})
_ORG_SAFE_EXTRAS = frozenset({"group", "holding", "holdings", "limited", "company", "corporation", "incorporated",
                              "inc", "ltd", "llc", "co", "corp", "plc", "gmbh", "pvt", "private"})
_LANGUAGE_LEVELS = [
    ("native", "native or bilingual, native, natively, bilingual, native speaker, mother tongue, first language, c2 native, "
               "native language, i am a native speaker, it's my mother tongue, 母语"),
    ("fluent", "fluent, fluently, advanced, proficient, full professional proficiency, professional working proficiency, "
               "c1, c2, professional, very good, 流利"),
    ("conversational", "conversational, hold a conversation, conversation, intermediate, upper intermediate, b1, b2, good, limited working proficiency, "
                       "working proficiency, 中级"),
    ("basic", "basic, beginner, elementary, a1, a2, elementary proficiency, 初级"),
]
_LEVEL_OF: dict[str, str] = {}
for _level, _names in _LANGUAGE_LEVELS:
    for _n in _names.split(","):
        _LEVEL_OF.setdefault(" ".join(_WORD.findall(_fold(_n))), _level)
_LEVEL_WORDS = frozenset({"senior", "junior", "lead", "principal", "staff", "chief", "head", "associate", "intern",
                          "trainee", "mid", "entry", "assistant", "deputy", "director", "manager", "vice"})
_SELF_EMPLOYED = frozenset({"self employed", "selfemployed", "freelance", "freelancer", "freelancing", "independent",
                            "independent contractor", "contractor", "my own business", "own business",
                            "for myself", "work for myself", "self", "sole proprietor", "independent consultant",
                            "freelance developer", "self employed freelancer", "myself", "i m a freelancer",
                            "im a freelancer", "a freelancer", "self employment"})
_ADDRESS_WORDS: dict[str, tuple[str, ...]] = {
    "e": ("east",), "w": ("west",), "n": ("north",), "s": ("south",), "ne": ("northeast",), "nw": ("northwest",),
    "se": ("southeast",), "sw": ("southwest",), "dist": ("district",), "flr": ("floor",),
    "fl": ("floor",), "bldg": ("building",), "blk": ("block",), "unit": (), "flat": (), "apt": (), "apartment": (),
    "suite": (), "ste": (), "room": (), "rm": (), "no": (), "number": (), "num": (), "nr": (),
    "first": ("1",), "second": ("2",), "third": ("3",), "fourth": ("4",), "fifth": ("5",), "sixth": ("6",),
    "seventh": ("7",), "eighth": ("8",), "ninth": ("9",), "tenth": ("10",), "dr": ("drive",), "ct": ("court",),
    "pl": ("place",), "cres": ("crescent",), "rd": ("road",), "st": ("street",), "ave": ("avenue",), "av": ("avenue",),
    "blvd": ("boulevard",), "ln": ("lane",), "hwy": ("highway",), "sq": ("square",),
}
_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def _has_other_script(text: str) -> bool:
    return any(ord(ch) > 0x2E7F for ch in text)


def _bracketed_forms(expected: str) -> list[str]:
    """"Lin Mei (林美)" -> ["林美"]: a name in another script, written after the name, counts as the name."""
    return [m for m in re.findall(r"\(([^()]*)\)", expected) if _has_other_script(m) and _has_content(m)]


def _person_tokens(text: str, keep: frozenset[str] | set[str] = frozenset(), titles: frozenset[str] = _PERSON_TITLES) -> list[str]:
    """The words of a name without its titles ("Engr.", "Ms.", a Filipino "po"); a title word that is part of
    the profile's name (``keep``) stays."""
    bare = _PARENTHETICAL.sub(" ", text)
    return [t for t in _base_tokens(bare if _has_content(bare) else text) if t not in titles or t in keep]


def _transposed(a: str, b: str) -> bool:
    """Two neighbouring letters swapped ("Jonhson"): a typing slip, not another name."""
    if len(a) != len(b) or a == b:
        return False
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def _doubled(a: str, b: str) -> bool:
    """The last letter typed twice ("Adebayoo", "Johnsonn"): a slip, not another name. A letter doubled inside
    the word is often another spelling of another person's name (Hasan/Hassan, Mathew/Matthew)."""
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return len(longer) == len(shorter) + 1 and longer[:-1] == shorter and longer[-1] == longer[-2]


def _slip_ok(a: str, b: str, minimum: int = _PERSON_SLIP_MIN) -> bool:
    """One slip inside a long word of a name: not at its first letter, never in a short syllable, and never
    one that spells another Chinese name ("Xiaoming"/"Xiaoling" are two people)."""
    if len(a) >= 5 and a[0] == b[0] and (_transposed(a, b) or len(a) >= 6 and _doubled(a, b)):
        return True
    if minimum == _PERSON_SLIP_MIN:
        if _is_pinyin(a) and _is_pinyin(b):
            return False
        if len(a) == len(b) and a[:-1] == b[:-1] and (a[-1] in "aeiouy" and b[-1] in "aeiouy" or len(a) < 9):
            return False  # Fernanda/Fernando, Mario/Maria: another person; Subramanian/Subramaniam is a slip
        if len(a) != len(b) and max(len(a), len(b)) < 9:  # Bautista/Batista, Kristina/Kristinia
            return False
    return len(a) >= minimum and _typo_ok(a, b)


def _grade_person(expected: str, answer: str) -> Verdict:
    shown = expected.strip()
    exp = _person_tokens(expected, titles=_OLD_TITLES)
    ans = _person_tokens(answer, keep=set(exp))
    if not exp:
        return _grade_raw(expected, answer)
    if "".join(exp) == "".join(ans) or sorted(exp) == sorted(ans) or "".join(exp) == "".join(reversed(ans)):
        return _right()
    left = list(ans)
    slips: list[tuple[str, str]] = []
    missing: list[str] = []
    for t in exp:
        if t in left:
            left.remove(t)
            continue
        hit = next((a for a in left if _slip_ok(t, a)), None)
        if hit is None:
            missing.append(t)
        else:
            left.remove(hit)
            slips.append((t, hit))
    if not missing and not left:
        return _right("One small typo forgiven." if len(slips) == 1 else _typo_feedback(len(slips))) if slips else _right()
    if len(exp) >= 3 and not left and exp[0] not in missing and (
        exp[-1] not in missing or (len(exp) >= 4 and exp[-2] not in missing)  # "Diego Parra" for Diego Miguel Parra Nava
    ):
        return _right(f"Right \u2014 the profile has your full name: {shown}.")
    if len(missing) == 1 and len(left) == 1:
        return _wrong(0.3, f"{_q(left[0].capitalize())} is not {_q(missing[0].capitalize())} \u2014 that is a different "
                           f"name. The profile says {shown}.")
    if missing and not left:
        return _wrong(0.4, f"Missing {', '.join(_q(m.capitalize()) for m in missing)} \u2014 the profile says {shown}.")
    return _wrong(0.2 if set(exp) & set(ans) else 0.0, f"Not quite \u2014 the profile says {shown}.")


# Never an acronym: "not" is the initials of "Narasimhan, Om and Thaker", and "not Narasimhan, Om and Thaker" a denial.
_NEGATION_WORDS = frozenset({"not", "no", "never", "nor"})


def _org_tokens(text: str) -> list[str]:
    tokens = _name_norm(text).tokens
    joined = " ".join(tokens)
    if joined in _ORG_ABBREVIATIONS:
        tokens = tuple(_ORG_ABBREVIATIONS[joined].split())
    return [_ORG_WORD_FORMS.get(t, _one_word_alias(t)) for t in tokens if t != "the"]


def _one_word_alias(token: str) -> str:
    """"bombay" -> "mumbai" inside a name ("IIT Mumbai" is IIT Bombay); aliases of more words are left."""
    alias = places.ALIASES.get(token)
    return alias if alias and " " not in alias else token


def _initial_runs(tokens: list[str]) -> set[str]:
    """Initials of every run of two or more words: "Indian Institute of Technology" -> "iit", "ii", "it"."""
    out: set[str] = set()
    for i in range(len(tokens)):
        for j in range(i + 2, min(len(tokens), i + 6) + 1):
            run = tuple(tokens[i:j])
            if run[0] not in _ACRONYM_SKIP and run[-1] not in _ACRONYM_SKIP:
                out.add(_initials(run))
    return out


def _cjk_org_core(text: str) -> str:
    return _CJK_ORG_SUFFIX.sub("", re.sub(r"\s+", "", unicodedata.normalize("NFKC", text)))


def _cjk_org_match(form: str, answer: str) -> bool:
    """浙大 / 浙江 for 浙江大学, 杭州云波 for 杭州云波科技有限公司 (not 浙江工业大学)."""
    core, ans = _cjk_org_core(form), _cjk_org_core(answer)
    if not core or not ans or not _has_other_script(core):
        return False
    if ans == core:
        return True
    return form.endswith("大学") and len(core) >= 2 and answer.strip() in (core[0] + "大", core[:2] + "大")


def _grade_org(expected: str, answer: str) -> Verdict | None:
    """The distinctive part of an organisation's name is enough; a different one that shares a word is not.
    ``None`` when the plain name rules already decide (exact, acronym, typo)."""
    shown = expected.strip()
    exp, ans = _org_tokens(expected), _org_tokens(answer)
    if not exp or not ans:
        return None
    if " ".join(exp) == " ".join(ans) or sorted(exp) == sorted(ans):
        return _right() if _fold(answer) == _fold(expected) else _right(f"Right \u2014 the profile says {shown}.")
    exp = _merge_compounds(exp, set(ans))  # "Jiao Tong" / "Jiaotong"
    ans = _merge_compounds(ans, set(exp))
    exp_set = set(exp)
    runs = {r: i for i, r in enumerate(_initial_runs(exp))}
    extras: list[str] = []
    extra_places: list[str] = []
    slips = 0
    named: set[str] = set()
    for t in ans:
        if t in exp_set:
            named.add(t)
            continue
        hit = next((e for e in exp if e not in named and _typo_ok(e, t)), None)
        if hit is not None:
            named.add(hit)
            slips += 1
        elif len(t) >= 2 and t.isalpha() and t in runs and t not in _NEGATION_WORDS:  # "IIT Bombay", "TU Munchen"
            for i in range(len(exp)):
                for j in range(i + 2, min(len(exp), i + 6) + 1):
                    if _initials(tuple(exp[i:j])) == t:
                        named.update(e for e in exp[i:j] if e not in _ACRONYM_SKIP)
        elif t in _PLACE_WORDS or t in places.CITIES or places.kind_of(t) and t not in places.DEMONYM_OF:  # "…, China"
            extra_places.append(t)
        elif t not in ("and", "of", "the", "de", "co", "in", "at") and t not in _ORG_SAFE_EXTRAS and not (
            t in _ORG_ARM_WORDS and not any(e in _ORG_GENERIC or e in _ORG_TYPES for e in exp)
            and all(e in ans or e in _ORG_GENERIC or e in _LEGAL_FORMS or e in _ACRONYM_SKIP for e in exp)
        ):  # "Deloitte Consulting" for Deloitte, "Infosys Technologies" for Infosys Limited
            extras.append(t)
    missing_places = [t for t in exp if (t in _PLACE_WORDS or t in places.CITIES) and t not in named]
    if extra_places and missing_places:
        return _wrong(0.2, f"{_q(extra_places[0].title())} is not {_q(missing_places[0].title())} \u2014 the profile says {shown}.")
    distinctive = [t for t in exp if t not in _ORG_GENERIC and t not in _ORG_TYPES and t not in _PLACE_WORDS]
    unnamed = [t for t in distinctive if t not in named]
    if extra_places and unnamed and named:  # "IIT Delhi" for IIT Bombay
        return _wrong(0.2, f"{_q(answer.strip())} is not {shown}.")
    positions = sorted({exp.index(t) for t in named})  # a word said once names one place ("Morris, Johnson and Morris")
    skipped = [t for t in unnamed if positions and positions[0] < exp.index(t) < positions[-1]]
    if skipped and not extras:  # "Pixel Studio" for Pixel Forge Studio
        return _wrong(0.3, f"Missing {_q(skipped[0].capitalize())} \u2014 the profile says {shown}; "
                           f"another organisation may have the rest of that name.")
    place_tokens = [t for t in exp if t in _PLACE_WORDS and t not in ("district", "province", "state", "city")]
    if extras:
        if named:
            return _wrong(0.2, f"{_q(answer.strip().title())} is a different organisation from {shown} "
                               f"({', '.join(_q(e) for e in extras)} is not in its name).")
        return None
    key = distinctive or place_tokens
    if key and any(t in named for t in key):
        if distinctive and not any(t in named for t in distinctive):
            return _wrong(0.3, f"Not enough to tell which one \u2014 the profile says {shown}.")
        return _right(f"Right \u2014 the profile says {shown}." if not slips else "One small typo forgiven.")
    if named:
        return _wrong(0.3, f"Not enough to tell which one \u2014 the profile says {shown}.")
    return None


def _folded_words(text: str) -> str:
    return " ".join(_base_tokens(text))


def _place_rewrite(expected: str, answer: str) -> str:
    """The answer's parts said another way, in the profile's words: a short form the profile's place has
    ("QC" for Quezon City, "LA" when the profile says Los Angeles), a nationality for the country ("Filipino"),
    a generic word the profile does not have ("Guangdong Sheng", "Lagos State")."""
    exp = f" {_folded_words(expected)} "
    out, changed = [], False
    for unit in _place_units(answer):
        f = _folded_words(unit)
        target = places.AMBIGUOUS_ALIASES.get(f) or places.DEMONYM_OF.get(f)
        words = f.split()
        if target and f" {target} " in exp and f" {f} " not in exp:
            out.append(target)
            changed = True
        elif len(words) > 1 and words[-1] in places.SUFFIXES and f" {f} " not in exp:
            out.append(" ".join(words[:-1]))
            changed = True
        else:
            out.append(unit)
    return ", ".join(out) if changed else answer


def _without_place_suffix(expected: str) -> str | None:
    """"Lagos State" -> "Lagos", "Cebu City, Philippines" -> "Cebu, Philippines"; ``None`` when nothing to drop."""
    parts, changed = [], False
    for part in expected.split(","):
        words = _folded_words(part).split()
        if len(words) > 1 and words[-1] in places.SUFFIXES:
            parts.append(" ".join(words[:-1]))
            changed = True
        elif words and all(w in places.SUFFIXES for w in words) and parts:  # "Washington, D.C."
            changed = True
        elif words:
            parts.append(part.strip())
    return ", ".join(parts) if changed and parts else None


def _place_name(folded: str, states: bool) -> str:
    name = places.ALIASES.get(folded, folded)
    if states and len(name) == 2:
        name = _US_STATES.get(name, name)
    return places.country_of(name) or name


def _place_conflict(expected: str, answer: str) -> Verdict | None:
    """A right city in the wrong country, state or province is a wrong answer, even though the city alone would
    be right: "Lagos, Portugal" for Lagos, Nigeria; "Karachi, Punjab" or "Hangzhou, Vietnam" for the city alone
    (``places.CITY_PLACES`` knows where the main cities are)."""
    parts = [_place_name(_folded_words(p), states=True) for p in expected.split(",") if _has_content(p)]
    if not parts:
        return None
    countries: set[str] = set()
    regions: set[str] = set()
    for name in parts[1:] if len(parts) > 1 else ():
        kind = places.kind_of(name)
        if kind == "country":
            countries |= places.countries_of(name)
        elif kind in ("state", "region"):
            regions.add(name)
            countries |= places.countries_of(name)
    where = places.CITY_PLACES.get(places.ALIASES.get(parts[0], parts[0]), [])
    if len(parts) == 1 and places.kind_of(parts[0]) is not None:  # the profile's place is a country or province
        return None
    if where:
        if not countries:
            countries = {c for c, _ in where}
        if not regions:
            regions = {r for c, r in where if c in countries}
    if not countries and not regions:
        return None
    units = _place_units(answer)
    if len(units) >= 2:
        units = units[1:]
    else:
        words = _folded_words(answer).split()
        units = [" ".join(words[-2:]), words[-1]] if len(words) >= 3 else words[1:] if len(words) == 2 else []
    us = "united states" in countries
    for unit in units:
        name = _place_name(_folded_words(unit), states=us)
        kind = places.kind_of(name)
        if kind is None or name == parts[0]:
            continue
        theirs = places.countries_of(name)
        wrong_country = bool(countries and theirs and not theirs & countries)
        wrong_region = kind != "country" and bool(regions) and name not in regions and bool(theirs & countries)
        if wrong_country or wrong_region:
            said = " ".join(w.capitalize() for w in _folded_words(unit).split())
            return _wrong(0.2, f"{_q(said)} is not right \u2014 the profile says {expected.strip()}.")
    return None


def _place_units(answer: str) -> list[str]:
    return [u for u in re.split(r"[,\uff0c\u3001]", answer) if _has_content(u)]


def _grade_place_role(expected: str, answer: str, verdict: Verdict) -> Verdict:
    """A place with extra location words ("Hangzhou, China" for Hangzhou) is still right."""
    units = _place_units(answer)
    if len(units) < 2:
        words = answer.split()
        if len(words) < 2:
            return verdict
        units = [" ".join(words[:-1]), words[-1]] if len(words) >= 2 else units
    for i in range(len(units)):
        core = units[i]
        rest = units[:i] + units[i + 1 :]
        exp_words = set(_folded_words(expected).split())
        if all(all((w in _PLACE_WORDS or w in _US_STATES.values()) and (w not in places.CITIES or w in exp_words)
                   for w in _name_norm(r).tokens) for r in rest):  # "Hangzhou, China"; not "Mumbai, Bengaluru"
            v = _grade_name(expected, core, Context(role="place"))
            if v.correct:
                return _right(f"Right \u2014 the profile says {expected.strip()}.")
    first = _folded_words(units[0])
    exp_text = f" {_folded_words(expected)} "
    inside = any(f" {region} " in exp_text for _, region in places.CITY_PLACES.get(first, ()))  # Ikeja is in Lagos
    if len(_place_units(answer)) >= 2 and (inside or not (
            first in places.CITIES or places.kind_of(first) or first in _PLACE_WORDS
            or set(first.split()) & set(exp_text.split()))) \
            and _grade_name(expected, ", ".join(units[1:]), Context(role="place")).correct:
        # "Ikeja, Lagos, Nigeria", "Whitefield, Bengaluru": a district named before the profile's city
        return _right(f"Right \u2014 the profile says {expected.strip()}.")
    return verdict


_LEVEL_PHRASES = sorted(_LEVEL_OF, key=len, reverse=True)
_LEVEL_RE = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in _LEVEL_PHRASES) + r")(?!\w)")
_LEVEL_DENIAL = re.compile(r"(?:\b(?:not|non|never|isn t|is not|am not|m not|wasn t|no longer)\s+(?:a\s+|an\s+|really\s+|very\s+|yet\s+)?)$")


def _language_level(text: str) -> str | None:
    """The level an answer states; ``"denied"`` when it only says which level it is not ("not a native speaker")."""
    tokens = " ".join(_WORD.findall(_fold(text)))
    if tokens in _LEVEL_OF:
        return _LEVEL_OF[tokens]
    stated: list[str] = []
    denied: list[str] = []
    for m in _LEVEL_RE.finditer(tokens):
        (denied if _LEVEL_DENIAL.search(tokens[: m.start()]) else stated).append(_LEVEL_OF[m.group(0)])
    if stated:
        return stated[0]
    return "denied" if denied else None


_CEFR = re.compile(r"(?<![a-z0-9])([abc][12])(?![a-z0-9])")


def _grade_language(expected: str, answer: str) -> Verdict | None:
    exp_code, ans_code = _CEFR.findall(_fold(expected)), _CEFR.findall(_fold(answer))
    if exp_code and ans_code and exp_code[0] != ans_code[0]:  # C2 is not C1, though both are "fluent"
        return _wrong(0.3, f"The profile says {expected.strip()} \u2014 not {ans_code[0].upper()}.")
    exp, ans = _language_level(expected), _language_level(answer)
    if exp is None or ans is None:
        return None
    if ans == "denied":
        return _wrong(0.0, f"You said which level it is not \u2014 the profile says {expected.strip()}.")
    if exp == ans:
        return _right() if _fold(expected) == _fold(answer) else _right(f"Right \u2014 the profile says {expected.strip()}.")
    return _wrong(0.2, f"The profile says {expected.strip()} \u2014 not {ans}.")


def _address_tokens(text: str) -> tuple[str, ...]:
    out: list[str] = []
    for t in _base_tokens(text):
        t = places.ALIASES.get(t, t) if " " not in places.ALIASES.get(t, "") else t  # "Bombay" -> "mumbai"
        m = _ORDINAL_DIGITS.match(t)
        if m:
            out.append(m.group(1))
            continue
        out.extend(_ADDRESS_WORDS.get(t, _TEXT_ABBREVIATIONS.get(t, (t,))))
    return tuple(out)


_ADDRESS_DROPPABLE = frozenset({"no", "number", "room", "unit", "flat", "apartment", "apt", "suite", "house", "district",
                                "city", "metro", "province", "state", "region", "sector", "phase", "block", "floor",
                                "building", "dist", "ul", "apto", "ap"})


def _droppable_address_word(token: str) -> bool:
    """A word an address may lose and stay the same address: a unit word, a region or country, a postal code
    (digits, five or more). Not the city (the caller checks)."""
    if token.isdigit():
        return len(token) >= 5
    return (token in _ADDRESS_DROPPABLE or token in _PLACE_WORDS or places.kind_of(token) is not None
            or token in places.CITIES or token in _US_STATES or token in _US_STATES.values())


def _grade_address(expected: str, answer: str) -> Verdict | None:
    exp, ans = _address_tokens(expected), _address_tokens(answer)
    if not exp:
        return None
    if sorted(exp) == sorted(ans) or "".join(exp) == "".join(ans):
        return _right()
    matched, typos, missing, extra = _align(list(exp), list(ans))
    if not missing and not extra:
        return _right(_typo_feedback(typos) if typos else "Right.")
    has_number = any(t.isdigit() and len(t) < 5 for t in exp)
    abbreviations = {_US_STATES.get(t, t) for t in exp} | {places.ALIASES.get(t, t) for t in exp}
    cities = {t for i, t in enumerate(exp) if t in places.CITIES and not (i and exp[i - 1] == "metro")}
    if (has_number and all(_droppable_address_word(m) and m not in cities for m in missing) and matched >= 3
            and all(e in _ADDRESS_DROPPABLE or e.isdigit() and len(e) >= 5 or e in abbreviations
                    or places.ALIASES.get(e, e) in abbreviations for e in extra)):  # the street and the numbers are there; the district, region or country may go
        return _right(f"Right \u2014 the profile says {expected.strip()}.")
    digits_missing = [m for m in missing if m.isdigit() and len(m) < 5]  # a postal code may go unsaid
    if digits_missing:
        return _wrong(0.3 * matched / max(len(exp), 1), f"The numbers differ \u2014 the profile says {expected.strip()}.")
    return None


def _is_self_employed(text: str) -> bool:
    return " ".join(_WORD.findall(_fold(text).replace("-", " "))) in _SELF_EMPLOYED


_DEMONYMS = frozenset(["chinese", "indian", "american", "british", "filipino", "nigerian", "mexican", "brazilian", "german", "french", "spanish", "italian", "russian", "ukrainian", "pakistani", "bangladeshi", "vietnamese", "indonesian", "canadian", "australian", "japanese", "korean", "egyptian", "kenyan", "turkish", "polish", "national"])


def _grade_document(expected: str, answer: str) -> Verdict | None:
    """"my Chinese passport" for Passport: a nationality before an ID document adds nothing wrong."""
    exp, ans = _content(_text_tokens(expected)), _content(_text_tokens(answer))
    if not exp or len(exp) > 3 or not any(t in ("passport", "card", "licence", "license", "permit", "id") for t in exp):
        return None
    core = [t for t in exp if t not in _DEMONYMS]
    rest = [t for t in ans if t not in exp]
    if core and all(t in ans for t in core) and rest and all(t in _DEMONYMS or t in _PLACE_WORDS for t in rest):
        return _right(f"Right \u2014 the profile says {expected.strip()}.")
    return None


def _grade_role(expected: str, answer: str, kind: str, ctx: Context) -> Verdict | None:
    """Role-specific rules before the plain kind rules; ``None`` leaves the answer to them."""
    role = ctx.role
    if kind == "text" and role is None and (doc := _grade_document(expected, answer)) is not None:
        return doc
    if _is_self_employed(expected) and _is_self_employed(answer):
        return _right() if _fold(expected) == _fold(answer) else _right(f"Right \u2014 the profile says {expected.strip()}.")
    if role == "person":
        return _grade_person(expected, answer)
    if role == "org":
        return _grade_org(expected, answer)
    if role == "language":
        return _grade_language(expected, answer)
    if role == "address":
        return _grade_address(expected, answer)
    return None


def _level_feedback(expected: str, answer: str, verdict: Verdict) -> Verdict:
    """A title of another level is wrong and says why ("Python Developer" for "Senior Python Developer")."""
    exp, ans = set(_text_tokens(expected)), set(_text_tokens(answer))
    differ = (exp ^ ans) & _LEVEL_WORDS
    if differ and not verdict.correct:
        return _wrong(min(verdict.score, 0.5), f"The level matters: the profile says {_q(expected.strip())}.")
    return verdict


# ---------------------------------------------------------------------------------------------

_GRADERS: dict[str, Callable[[str, str, Context], Verdict]] = {
    "date": _grade_date,
    "money": _grade_money,
    "number": _grade_number,
    "name": _grade_name,
    "text": _grade_text,
    "list": _grade_list,
}




def grade(
    expected: str,
    answer: str,
    kind: str,
    *,
    role: str | None = None,
    accept: Sequence[str] = (),
    month_enough: bool = False,
    whole_list: bool = False,
) -> Verdict:
    """Grade ``answer`` against the profile's ``expected`` value of the given fact ``kind``.

    ``accept`` lists other forms that count as the same value (the name in another script, an
    answer the user marked "I was right" before); the other keywords are described in ``Context``.
    Never raises for any answer; raises ``ValueError`` for a kind that is not one of ``KINDS``.
    """
    grader = _GRADERS.get(kind)
    if grader is None:
        raise ValueError(f"unknown answer kind {kind!r}; expected one of: {', '.join(KINDS)}")
    if role is not None and role not in ROLES:
        raise ValueError(f"unknown role {role!r}; expected one of: {', '.join(ROLES)}")
    expected = "" if expected is None else str(expected)
    answer = "" if answer is None else str(answer)
    if len(answer) > _MAX_ANSWER:
        return _wrong(0.0, "That is far too long for one answer \u2014 say just the value.")
    if not _has_content(answer):
        return NO_ANSWER
    if _DONT_KNOW.fullmatch(_fold(answer)) and _fold(answer).strip() != _fold(expected).strip():
        return NO_ANSWER
    ctx = Context(role, month_enough, whole_list) if (role or month_enough or whole_list) else _NO_CONTEXT
    forms = [str(f) for f in accept if f is not None and _has_content(str(f))]
    if kind == "name" and ctx.role in (None, "person", "org"):
        forms += _bracketed_forms(expected)
    if ctx.role == "place" and _has_other_script(answer) and not _has_other_script(expected):
        answer = places.romanize_zh(framing.strip_zh_framing(answer)) or answer  # "浙江杭州" -> "hangzhou, zhejiang"
    if ctx.role == "org" and _has_other_script(answer) and not _has_other_script(expected):
        answer = _zh_org(framing.strip_zh_framing(answer)) or answer  # "华为" -> "huawei"
    if ctx.role == "title" and _has_other_script(answer) and not _has_other_script(expected):
        answer = _zh_title(framing.strip_zh_framing(answer)) or answer  # "软件工程师" -> "software engineer"
    if ctx.role == "place":
        if (conflict := _place_conflict(expected, answer)) is not None:
            return conflict
        if (bare := _without_place_suffix(expected)) is not None:
            forms.append(bare)
    if ctx.role == "person" and _has_other_script(answer) and re.search(r"[A-Za-z]", answer) and forms:
        latin = " ".join(re.findall(r"[^\W\d_]+", "".join(ch if not _has_other_script(ch) else " " for ch in answer)))
        cjk = "".join(ch for ch in answer if _has_other_script(ch))
        if _grade_framed(grader, expected, latin, kind, ctx).correct and any(_fold(f).strip() == cjk for f in forms):
            return _right(f"Right \u2014 the profile says {expected.strip()}.")  # "林美 Lin Mei"
    if ctx.role == "person" and re.search("[äöüßÄÖÜ]", expected):  # "Mueller" is how Müller is written without umlauts
        forms.append(expected.translate(_UMLAUTS))
    verdict = _grade_framed(grader, expected, answer, kind, ctx)
    if verdict.correct or not forms:
        return verdict
    for form in forms:
        if _fold(form).strip() == _fold(answer).strip() or _grade_framed(grader, form, answer, kind, ctx).correct or (
            kind in ("name", "text") and _cjk_org_match(form, answer)
        ):
            return _right(f"Right \u2014 the profile says {expected.strip()}.")
    return verdict


_TITLE_AT = re.compile(r"\s+[-\u2013\u2014@|]\s+|\s*,\s+|\s+at\s+", re.I)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_MAX_ANSWER = 600  # characters (about 100 spoken words): a pasted essay is not an answer, and grading stays fast


def _grade_one(grader: Callable[[str, str, Context], Verdict], expected: str, answer: str, kind: str,
               ctx: Context) -> Verdict:
    role_verdict = _grade_role(expected, answer, kind, ctx) if kind in ("name", "text") else None
    if role_verdict is not None:
        return role_verdict
    verdict = grader(expected, answer, ctx)
    if not verdict.correct and kind == "name" and ctx.role == "place":
        verdict = _grade_place_role(expected, answer, verdict)
    if kind == "text" and ctx.role == "title":
        if not verdict.correct and (head := _TITLE_AT.split(expected)[0]) != expected and grader(head, answer, ctx).correct:
            return _right(f"Right \u2014 the profile says {expected.strip()}.")  # "DevOps Engineer - Devoteam"
        verdict = _level_feedback(expected, answer, verdict)
    return verdict


def _grade_framed(grader: Callable[[str, str, Context], Verdict], expected: str, answer: str, kind: str,
                  ctx: Context) -> Verdict:
    """Grade the answer and the readings of it without its framing ("I worked at …"); a negation
    before the value ("I never worked at …", "not 2019") turns a right value into a wrong answer."""
    folded = answer.replace("\u2019", "'").replace("\u2018", "'")
    if kind != "list" and ctx.role != "address" and (pair := framing.correction(folded, keep=expected)) is not None:
        said, denied = pair
        verdict = _grade_framed_plain(grader, expected, said, kind, ctx)
        if denied is None:  # taken back: only the last value counts
            if verdict.correct or _grade_framed_plain(grader, expected, folded, kind, ctx).correct:
                return verdict if verdict.correct else _wrong(
                    0.2, f"You took it back and said {_q(said)} \u2014 the profile says {_shown(expected, kind)}.")
            return _grade_framed_plain(grader, expected, folded, kind, ctx)
        if verdict.correct and not _grade_framed_plain(grader, expected, denied, kind, ctx).correct:
            return verdict
        if not verdict.correct and _grade_framed_plain(grader, expected, denied, kind, ctx).correct:
            return _wrong(0.0, f"You said it was not {_shown(expected, kind)} \u2014 but the profile says it is.")
    return _grade_framed_plain(grader, expected, folded, kind, ctx)


_NO_THEN = re.compile(r"^\s*(?:no|nope|nah)\s*[,.!;:\u2014-]+\s*(?=\S)", re.I)


def _grade_framed_plain(grader: Callable[[str, str, Context], Verdict], expected: str, folded: str, kind: str,
                        ctx: Context) -> Verdict:
    answer = folded
    if kind in ("date", "number", "money"):
        answer = folded = _NO_THEN.sub("", folded)  # "No, it was March 2022": a reply, not a denial
        if framing.negated(folded):
            denied = [text for text, negated in framing.readings(folded) if negated]
            if any(grader(expected, text, ctx).correct for text in denied) or grader(expected, answer, ctx).correct:
                return _wrong(0.0, f"You said it was not {_shown(expected, kind)} \u2014 but the profile says it is.")
        return grader(expected, answer, ctx)
    best: Verdict | None = None
    for text, negated in framing.readings(folded, clauses=kind != "list" and ctx.role != "address"):
        verdict = _grade_one(grader, expected, text, kind, ctx)
        if verdict.correct:
            if negated:
                return _wrong(0.0, f"You said it was not {expected.strip()} \u2014 but the profile says it is.")
            return verdict
        if best is None or verdict.score > best.score:
            best = verdict
    return best or NO_ANSWER


def _shown(expected: str, kind: str) -> str:
    if kind == "date":
        try:
            d = PartialDate.parse(expected)
            return _human((d.year, d.month, d.day))
        except PartialDateError:
            pass
    return expected.strip()
