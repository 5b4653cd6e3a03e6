"""What every importer shares: the result types, the skip-or-fail policy, text and date cleaning.

Partial success: an entry that cannot be used (a job whose start date is ``2019-13``, a school
without a name...) is skipped and reported as an :class:`ImportIssue` in ``ImportResult.warnings``.
With ``strict=True`` the first such entry raises :class:`ProfileError` instead. Problems with the
file as a whole (not JSON, a zip that is no LinkedIn export, too large) always raise.
"""

from __future__ import annotations

import calendar
import json
import re
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from .. import dates
from ..profile import Profile, ProfileError
from ..seq import unique_by

FORMATS = ("native", "jsonresume", "linkedin", "text")


@dataclass(frozen=True)
class ImportIssue:
    """One thing an import could not use: which file, which entry, what is wrong."""

    source: str
    where: str
    message: str

    def __str__(self) -> str:
        return ": ".join(p for p in (self.source, self.where, self.message) if p)


@dataclass
class ImportResult:
    """A profile read from another format.

    ``warnings`` lists the entries that were skipped because they were bad (the user decides whether
    to import the rest); ``notes`` lists harmless remarks (a birth date without a year was not kept,
    a section that is not imported...).
    """

    profile: Profile
    format: str
    source: str
    warnings: list[ImportIssue] = field(default_factory=list)
    notes: list[ImportIssue] = field(default_factory=list)


class EntryError(Exception):
    """An entry (or one value of it) that cannot be used. Importers raise it; :class:`Collector` decides."""

    def __init__(self, message: str, where: str | None = None):
        super().__init__(message)
        self.message = message
        self.where = where


class Collector:
    """Collects skipped entries and notes for one import, or fails at the first one when strict."""

    def __init__(self, source: str, *, strict: bool = False):
        self.source = source
        self.strict = strict
        self.warnings: list[ImportIssue] = []
        self.notes: list[ImportIssue] = []

    def skip(self, where: str, message: str) -> None:
        """Report a bad entry: skipped, or with ``strict`` a :class:`ProfileError`."""
        if self.strict:
            raise ProfileError(message, source=self.source, where=where)
        self.warnings.append(ImportIssue(self.source, where, message))

    def skip_error(self, exc: EntryError, where: str) -> None:
        self.skip(exc.where or where, exc.message)

    def note(self, where: str, message: str) -> None:
        self.notes.append(ImportIssue(self.source, where, message))

    def result(self, profile: Profile, fmt: str, *, allow_empty: bool = False) -> ImportResult:
        """The final result; an import that found nothing at all is an error (unless ``allow_empty``)."""
        if profile.is_empty() and not allow_empty:
            detail = ""
            if self.warnings:
                detail = f" ({len(self.warnings)} entries skipped; the first: {self.warnings[0].where}: {self.warnings[0].message})"
            raise ProfileError("found nothing to import" + detail, source=self.source)
        # The importers only build valid entries; this guards the promise that the result round-trips.
        checked = Profile.from_document(profile.to_document(), source=self.source)
        return ImportResult(checked, fmt, self.source, list(self.warnings), list(self.notes))


def limited(items: list[Any], where: str, col: Collector) -> list[Any]:
    """The first ``MAX_ENTRIES`` items of a section; the rest are reported as skipped."""
    from . import limits

    if len(items) <= limits.MAX_ENTRIES:
        return items
    col.skip(where, f"{len(items)} entries; only the first {limits.MAX_ENTRIES} were read")
    return items[: limits.MAX_ENTRIES]


def parse_json(text: str, source: str) -> Any:
    """The JSON value in ``text``, or a ProfileError that says where it is broken."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        hint = " (the file ends too early: was it cut off?)" if exc.pos >= len(text.rstrip()) else ""
        raise ProfileError(
            f"not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg}){hint}", source=source
        ) from None
    except RecursionError:
        raise ProfileError("not usable JSON: it is nested too deeply", source=source) from None
    except ValueError as exc:  # e.g. an integer with thousands of digits
        raise ProfileError(f"not usable JSON ({exc})", source=source) from None


def json_type(value: Any) -> str:
    """How a JSON value is called in messages: ``a number``, ``a list``, ``an object``..."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, float) and value != value:
        return "NaN (not a number)"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return "Infinity" if value > 0 else "-Infinity"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


# -- text ------------------------------------------------------------------------------------

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_SPACES = re.compile(r"[ \t\u00a0]+")


def clean_text(value: str) -> str:
    """Text safe to keep and save: lone surrogates replaced, control characters dropped, ``\\n`` newlines."""
    value = value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    value = value.replace("\r\n", "\n").replace("\r", "\n")
    value = _CONTROL.sub("", value)
    return "\n".join(line.rstrip() for line in value.split("\n")).strip()


def one_line(value: str) -> str:
    """``clean_text`` for a name or title: one line, single spaces."""
    return _SPACES.sub(" ", clean_text(value).replace("\n", " ")).strip()


def dedupe(items: list[str]) -> list[str]:
    """Non-empty items without case-insensitive repeats, first spelling and order kept."""
    return unique_by((item for item in items if item), str.casefold)


# -- dates -----------------------------------------------------------------------------------


class DateProblem(ValueError):
    """A date that cannot be read, or is impossible."""


class NoYear(DateProblem):
    """A month and day without a year (LinkedIn birth dates such as ``Apr 22``)."""


_MONTHS: dict[str, int] = {}
for _i in range(1, 13):
    _MONTHS[calendar.month_name[_i].lower()] = _i
    _MONTHS[calendar.month_abbr[_i].lower()] = _i
_MONTHS["sept"] = 9

PRESENT_WORDS = frozenset({"present", "current", "now", "today", "ongoing", "till now", "to date", "to present"})

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$", re.I)
_MM_YYYY = re.compile(r"^(\d{1,2})/(\d{4})$")
_MON_YYYY = re.compile(r"^([a-z]+)\.?,?\s+(\d{4})$")
_MON_DD_YYYY = re.compile(r"^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
_DD_MON_YYYY = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})$")
_MON_DD = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})$")
_DD_MON = re.compile(r"^(\d{1,2})\s+([a-z]+)\.?$")


def is_present(text: str) -> bool:
    """``Present``, ``Current``, ``now``... as the end of something still going on."""
    return " ".join(text.lower().split()) in PRESENT_WORDS


def _month(name: str, text: str) -> int:
    m = _MONTHS.get(name)
    if m is None:
        raise DateProblem(f"{text!r}: {name!r} is not a month")
    return m


def _iso(text: str, year: str, month: int | None = None, day: str | None = None) -> str:
    iso = year + (f"-{month:02d}" if month else "") + (f"-{int(day):02d}" if day else "")
    try:
        return dates.PartialDate.parse(iso).iso()
    except dates.PartialDateError as exc:
        message = str(exc).replace(repr(iso), repr(text), 1)
        raise DateProblem(message) from None


def parse_date(text: str) -> str | None:
    """A partial ISO date from the spellings found in resumes and exports, or ``None`` for blank.

    Reads ``2019``, ``2019-03``, ``2019-3-14``, ``2019-03-14T00:00:00Z`` (cut to the date), ``03/2019``,
    ``Mar 2019``, ``March 2019``, ``Feb 17, 1998``, ``04 Jul 2023``. Raises :class:`NoYear` for
    ``Apr 22`` (never invents a year) and :class:`DateProblem` for anything else or an impossible date.
    """
    t = " ".join(text.strip().lower().split())
    if not t:
        return None
    if m := _ISO.match(t):
        return _iso(text, m.group(1), int(m.group(2)) if m.group(2) else None, m.group(3))
    if m := _MM_YYYY.match(t):
        return _iso(text, m.group(2), _month_number(m.group(1), text))
    if m := _MON_YYYY.match(t):
        return _iso(text, m.group(2), _month(m.group(1), text))
    if m := _MON_DD_YYYY.match(t):
        return _iso(text, m.group(3), _month(m.group(1), text), m.group(2))
    if m := _DD_MON_YYYY.match(t):
        return _iso(text, m.group(3), _month(m.group(2), text), m.group(1))
    if (m := _MON_DD.match(t)) and m.group(1) in _MONTHS:
        raise NoYear(f"{text!r} has no year")
    if (m := _DD_MON.match(t)) and m.group(2) in _MONTHS:
        raise NoYear(f"{text!r} has no year")
    raise DateProblem(f"{text!r} is not a date I can read (write it as 2019, 2019-03, 2019-03-14 or Mar 2019)")


def _month_number(value: str, text: str) -> int:
    month = int(value)
    if not 1 <= month <= 12:
        raise DateProblem(f"{text!r}: there is no month {month}")
    return month


# -- building entries ------------------------------------------------------------------------

M = TypeVar("M", bound=BaseModel)


def build(model: type[M], where: str, **values: Any) -> M:
    """A profile model from checked values; anything the model still refuses becomes an EntryError."""
    try:
        return model(**values)
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err.get("loc", ()))
        msg = str(err.get("msg", "invalid value")).removeprefix("Value error, ")
        raise EntryError(f"{loc}: {msg}" if loc else msg, where) from None


def assign(model: BaseModel, attr: str, value: Any, where: str) -> None:
    """Set a field through the model's own validation (an invalid value becomes an EntryError)."""
    try:
        setattr(model, attr, value)
    except ValidationError as exc:
        msg = str(exc.errors()[0].get("msg", "invalid value")).removeprefix("Value error, ")
        raise EntryError(msg, where) from None


def check_span(section: str, entry: BaseModel, where: str) -> None:
    """Raise EntryError if the entry ends before it starts (the profile's own rule)."""
    problems = Profile.model_validate({section: [entry.model_dump()]}).problems()
    if problems:
        _, message = problems[0]
        raise EntryError(message, where)
