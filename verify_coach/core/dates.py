"""Partial dates: ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``, kept as precise as they were given.

A profile never invents a day or a month. Everything that needs to order or measure such dates
goes through this module.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime
from functools import lru_cache

from .errors import UserError

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


class PartialDateError(UserError, ValueError):
    """A value that is not a valid partial date."""


@dataclass(frozen=True, order=True)
class PartialDate:
    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        return _parse(str(text).strip())

    @classmethod
    def _parse_uncached(cls, text: str) -> PartialDate:
        m = _ISO.match(text)
        if not m:
            raise PartialDateError(f"{text!r} is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD")
        year = int(m.group(1))
        month = int(m.group(2)) if m.group(2) else None
        day = int(m.group(3)) if m.group(3) else None
        if not 1900 <= year <= 2100:
            raise PartialDateError(f"{text!r}: the year {year} is out of range")
        if month is not None and not 1 <= month <= 12:
            raise PartialDateError(f"{text!r}: there is no month {month}")
        if day is not None:
            assert month is not None
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise PartialDateError(f"{text!r}: {calendar.month_name[month]} {year} has no day {day}")
        return cls(year, month, day)

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        if self.day:
            return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"
        if self.month:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}"

    def human(self) -> str:
        """How a person says it: ``March 2019``, ``14 March 2019`` or ``2019``."""
        if self.day:
            return f"{self.day} {calendar.month_name[self.month or 1]} {self.year}"
        if self.month:
            return f"{calendar.month_name[self.month]} {self.year}"
        return str(self.year)

    def first_day(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)


    def month_index(self) -> int:
        """Months since year 0, using January for a bare year (for ordering and durations)."""
        return self.year * 12 + ((self.month or 1) - 1)

    def shifted_months(self, months: int) -> PartialDate:
        """The same precision, moved by ``months`` (a bare year moves by whole years)."""
        if self.month is None:
            return PartialDate(self.year + months // 12 if months % 12 == 0 else self.year + round(months / 12))
        idx = self.month_index() + months
        year, month0 = divmod(idx, 12)
        day = None
        if self.day:
            day = min(self.day, calendar.monthrange(year, month0 + 1)[1])
        return PartialDate(year, month0 + 1, day)

    def __str__(self) -> str:  # pragma: no cover - convenience
        return self.iso()


@lru_cache(maxsize=4096)
def _parse(text: str) -> PartialDate:
    """Parsing is pure and the result immutable: profiles repeat the same dates many times."""
    return PartialDate._parse_uncached(text)


def parse(text: str | None) -> PartialDate | None:
    if text is None or str(text).strip() == "":
        return None
    return PartialDate.parse(text)


def normalise(text: str | None) -> str | None:
    """Validate and return the canonical ISO spelling (``2019-3`` becomes ``2019-03``)."""
    pd = parse(text)
    return pd.iso() if pd else None


def months_between(start: str, end: str | None, today: date | None = None) -> int:
    """Whole months from ``start`` to ``end`` (``None`` means today), at the precision both share."""
    s = PartialDate.parse(start)
    if end:
        e = PartialDate.parse(end)
    else:
        t = today or date.today()
        e = PartialDate(t.year, t.month)
    return max(0, e.month_index() - s.month_index())


def months_counted(start: str, end: str | None, today: date | None = None) -> int | None:
    """How many months a person counts from ``start`` to ``end`` (``None``: up to this month), both months
    included (January to December 2016 is 12 months); None unless both ends have a month, since a bare
    year gives no duration without inventing one."""
    s = PartialDate.parse(start)
    if end:
        e = PartialDate.parse(end)
    else:
        t = today or date.today()
        e = PartialDate(t.year, t.month)
    if s.month is None or e.month is None:
        return None
    return max(0, e.month_index() - s.month_index() + 1)


def years_said(months: int) -> int:
    """Whole years as a person says them: rounded to the nearest year (10 years 11 months is 11)."""
    return (months + 6) // 12


def sort_key(text: str | None) -> tuple[int, int, int]:
    if not text:
        return (9999, 12, 31)
    pd = PartialDate.parse(text)
    return (pd.year, pd.month or 0, pd.day or 0)


def human(text: str | None) -> str:
    return PartialDate.parse(text).human() if text else ""


CALL_GRACE_S = 900  # a call that began less than 15 minutes ago is still "now"


class CallTimeError(UserError, ValueError):
    """A call date that cannot be set (one that has passed)."""


def to_minute(when: datetime) -> datetime:
    """``when`` without seconds: a call is set to the minute."""
    return when.replace(second=0, microsecond=0)


def check_call_time(when: datetime, now: datetime) -> datetime:
    """A new call date, to the minute; :class:`CallTimeError` when it has passed (the minute under way counts
    as still to come)."""
    minute = to_minute(when)
    if minute < to_minute(now):
        local = minute.astimezone()
        raise CallTimeError(f"{local:%Y-%m-%d %H:%M} has passed: give a date and time still to come")
    return minute


@dataclass(frozen=True)
class CallCountdown:
    """How far the call is: ``phase`` is ``none`` (no date), ``ahead``, ``now`` (up to the grace period
    after it began) or ``past``; ``days``/``hours``/``minutes`` to go (ahead) or ``days_ago`` (past)."""

    phase: str
    days: int = 0
    hours: int = 0
    minutes: int = 0
    days_ago: int = 0


def call_countdown(call_at: datetime | None, now: datetime) -> CallCountdown:
    if call_at is None:
        return CallCountdown("none")
    secs = int((call_at - now).total_seconds())
    if -CALL_GRACE_S <= secs <= 0:
        return CallCountdown("now")
    if secs < 0:
        return CallCountdown("past", days_ago=-secs // 86400)
    days, rem = divmod(secs, 86400)
    hours, rem = divmod(rem, 3600)
    return CallCountdown("ahead", days, hours, rem // 60)
