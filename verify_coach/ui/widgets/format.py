"""How figures from ``core.stats`` are shown, in one place so every screen rounds them the same way.

The values come from the JSON shape of ``verify-coach stats --json`` (already rounded to 4 places);
these helpers only turn them into text, the way the CLI does (``f"{x * 100:.0f}%"``).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from ..i18n import QT_TRANSLATE_NOOP, fill

DASH = "—"

# The display names of core.facts.CATEGORIES (marked for lupdate; translated when shown).
CATEGORY_NAMES = {
    "identity": QT_TRANSLATE_NOOP("Categories", "Identity"),
    "rate": QT_TRANSLATE_NOOP("Categories", "Rate"),
    "employment": QT_TRANSLATE_NOOP("Categories", "Employment"),
    "education": QT_TRANSLATE_NOOP("Categories", "Education"),
    "portfolio": QT_TRANSLATE_NOOP("Categories", "Portfolio"),
    "skills": QT_TRANSLATE_NOOP("Categories", "Skills"),
    "languages": QT_TRANSLATE_NOOP("Categories", "Languages"),
    "certifications": QT_TRANSLATE_NOOP("Categories", "Certifications"),
    "platform": QT_TRANSLATE_NOOP("Categories", "Platform"),
}


def category_name(category: str) -> str:
    """'employment' -> 'Employment' (translated when a translator is installed)."""
    english = CATEGORY_NAMES.get(category)
    if english is None:
        return category.replace("_", " ").capitalize()
    return QCoreApplication.translate("Categories", english)


def percent_value(x: float | None) -> int | None:
    """0.6667 -> 67 (the number shown before the % sign); None stays None."""
    return None if x is None else int(f"{x * 100:.0f}")


def percent(x: float | None) -> str:
    """0.6667 -> '67%'; None -> '—'."""
    v = percent_value(x)
    return DASH if v is None else f"{v}%"


def file_size(n: int) -> str:
    """A file's size as people read it: 820 kB, 1.4 MB."""
    if n >= 1_000_000:
        return f"{n / 1_000_000:.1f} MB"
    return f"{max(1, n // 1000)} kB"


def seconds(ms: int | None) -> str:
    """4250 -> '4.3 s'; None -> '—'."""
    return DASH if ms is None else f"{ms / 1000:.1f} s"


def _days_ago(dt: datetime, now: datetime | None) -> tuple[datetime, datetime, int]:
    """Now and ``dt`` in local time, and how many calendar days ago ``dt`` was (0: today)."""
    now = (now or datetime.now(UTC)).astimezone()
    local = dt.astimezone()
    return now, local, (now.date() - local.date()).days


def when(dt: datetime | None, now: datetime | None = None) -> str:
    """A past moment in local time: 'Today 14:05', 'Yesterday 09:12', '12 Mar 14:05', '12 Mar 2023'."""
    if dt is None:
        return QCoreApplication.translate("Format", "Never")
    now, local, days = _days_ago(dt, now)
    if days in (0, 1):
        return fill(QCoreApplication.translate("Format", "Today %1") if days == 0
                    else QCoreApplication.translate("Format", "Yesterday %1"), local.strftime("%H:%M"))
    if local.year == now.year:
        return _local(local, "d MMM HH:mm")
    return _local(local, "d MMM yyyy")


def day(dt: datetime | None, now: datetime | None = None) -> str:
    """A past day, short: 'Today', 'Yesterday', '12 Mar', '12 Mar 2023'; None -> 'Never'."""
    if dt is None:
        return QCoreApplication.translate("Format", "Never")
    now, local, days = _days_ago(dt, now)
    if days == 0:
        return QCoreApplication.translate("Format", "Today")
    if days == 1:
        return QCoreApplication.translate("Format", "Yesterday")
    return _local(local, "d MMM" if local.year == now.year else "d MMM yyyy")


# Chinese reads month before day, with its own characters: "3月12日", not "12 3月".
_ZH_PATTERNS = {
    "d MMM": "M月d日",
    "d MMM yyyy": "yyyy年M月d日",
    "d MMM HH:mm": "M月d日 HH:mm",
    "ddd d MMM, HH:mm": "M月d日 ddd HH:mm",
}


def pattern(english: str) -> str:
    """A Qt date pattern written for English, in the form the interface language reads."""
    if QLocale().language() == QLocale.Language.Chinese:
        return _ZH_PATTERNS.get(english, english)
    return english


def partial_date(text: str) -> str:
    """A profile date (``2019``, ``2019-03``, ``2019-03-14``) the way the interface language writes it:
    "March 2019" / "2019年3月"; a text that is not such a date is returned as it is."""
    from ...core import dates

    try:
        d = dates.PartialDate.parse(dates.normalise(text) or text)
    except (dates.PartialDateError, ValueError):
        return text
    zh = QLocale().language() == QLocale.Language.Chinese
    if d.day:
        fmt = "yyyy年M月d日" if zh else "d MMMM yyyy"
    elif d.month:
        fmt = "yyyy年M月" if zh else "MMMM yyyy"
    else:
        fmt = "yyyy年" if zh else "yyyy"
    return QLocale().toString(QDate(d.year, d.month or 1, d.day or 1), fmt)


def moment(dt: datetime) -> str:
    """A moment in local time with the weekday: 'Tue 3 Dec, 15:00' (month and day names in the UI language)."""
    return _local(dt.astimezone(), "ddd d MMM, HH:mm")


def _local(local: datetime, fmt: str) -> str:
    """Format a local datetime with a Qt pattern, in the language of the interface."""
    qdt = QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute, local.second))
    return QLocale().toString(qdt, pattern(fmt))


# -- a true-or-false answer as what the user believed (core.belief), in the interface language ---------------
def belief_said(belief: Any) -> str:
    """``You believed this was false.`` (next to the question it answers)."""
    if belief.thought_true:
        return QCoreApplication.translate("Format", "You believed this was true.")
    return QCoreApplication.translate("Format", "You believed this was false.")


def belief_truth(belief: Any, value: str = "") -> str:
    """``It is true: your profile has March 2021.`` (``It is true.`` without a value)."""
    if belief.is_true is None:
        return ""
    if not value:
        return (QCoreApplication.translate("Format", "It is true.") if belief.is_true
                else QCoreApplication.translate("Format", "It is false."))
    text = (QCoreApplication.translate("Format", "It is true: your profile has %1.") if belief.is_true
            else QCoreApplication.translate("Format", "It is false: your profile has %1."))
    return fill(text, value)


def belief_short(belief: Any) -> str:
    """In a list of wrong answers: ``thought “you started at Brightline in March 2021” was false``."""
    text = (QCoreApplication.translate("Format", "thought “%1” was true") if belief.thought_true
            else QCoreApplication.translate("Format", "thought “%1” was false"))
    return fill(text, belief.claim)


def answer_text(answer: Any) -> str:
    """A recorded wrong answer as shown: a typed answer as typed, a true-or-false one (``core.belief.Belief``)
    as what the user believed."""
    return answer if isinstance(answer, str) else belief_short(answer)


# Why a fact is weak (core.stats.WEAK_REASONS), marked for lupdate; translated when shown.
WEAK_REASON_NAMES = {
    "missed recently": QT_TRANSLATE_NOOP("Format", "missed recently"),
    "missed unexpectedly": QT_TRANSLATE_NOOP("Format", "missed unexpectedly"),
    "slow": QT_TRANSLATE_NOOP("Format", "slow"),
}


def weak_reasons(reasons: Any) -> str:
    """``("missed recently", "slow")`` -> ``missed recently, slow`` in the interface language."""
    return list_separator().join(QCoreApplication.translate("Format", WEAK_REASON_NAMES.get(r, r)) for r in reasons)


def list_separator() -> str:
    """", " in English, "、" in Chinese: between the items of a short list."""
    return QCoreApplication.translate("Format", ", ", "separator between the items of a short list")
