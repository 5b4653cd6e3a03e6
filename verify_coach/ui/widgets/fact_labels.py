"""Fact labels (``core.facts``: "What you studied at University of Phoenix") in the interface language.

The core writes each label in English from a fixed set of phrasings, with the profile's own names inside
(a school, a company, a project). The tables of the app (missed facts, the dashboard's weak facts) show them
translated: the label is matched against the English phrasing, and the names found in it are put into the
translated one. The names themselves stay as the profile writes them, and a label matching no phrasing
(an older version's wording) is shown as it is. ``tests/ui/test_fact_labels.py`` checks that every label
``extract_facts`` makes, over the demo profiles of every locale, matches one of these.

Placeholders: ``{p}`` a platform name, ``{s}`` a profile name (company, school, project, certificate,
language), ``{t}`` a job or entry title, ``{d}`` a date in words.
"""

from __future__ import annotations

import functools
import re
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from ..i18n import QT_TRANSLATE_NOOP

CONTEXT = "FactLabel"

# The most specific phrasing first: "employed" and "the platform" are the core's own words, not names.
LABELS = (
    QT_TRANSLATE_NOOP("FactLabel", "Your full name"),
    QT_TRANSLATE_NOOP("FactLabel", "Your date of birth"),
    QT_TRANSLATE_NOOP("FactLabel", "Your street address"),
    QT_TRANSLATE_NOOP("FactLabel", "The city you live in"),
    QT_TRANSLATE_NOOP("FactLabel", "Your state / province / region"),
    QT_TRANSLATE_NOOP("FactLabel", "Your postal code"),
    QT_TRANSLATE_NOOP("FactLabel", "The country you live in"),
    QT_TRANSLATE_NOOP("FactLabel", "Your phone number"),
    QT_TRANSLATE_NOOP("FactLabel", "Your email address"),
    QT_TRANSLATE_NOOP("FactLabel", "Your nationality"),
    QT_TRANSLATE_NOOP("FactLabel", "The ID document you will show"),
    QT_TRANSLATE_NOOP("FactLabel", "Your hourly rate on {p}"),
    QT_TRANSLATE_NOOP("FactLabel", "Your profile title on {p}"),
    QT_TRANSLATE_NOOP("FactLabel", "When you joined {p}"),
    QT_TRANSLATE_NOOP("FactLabel", "The location shown on your {p} profile"),
    QT_TRANSLATE_NOOP("FactLabel", "Your time zone"),
    QT_TRANSLATE_NOOP("FactLabel", "Jobs completed on {p} (as shown)"),
    QT_TRANSLATE_NOOP("FactLabel", "Total earnings on {p} (as shown)"),
    QT_TRANSLATE_NOOP("FactLabel", "Your Job Success Score (%)"),
    QT_TRANSLATE_NOOP("FactLabel", "How you withdraw your earnings"),
    QT_TRANSLATE_NOOP("FactLabel", "Your categories on {p}"),
    QT_TRANSLATE_NOOP("FactLabel", "Your English level on the profile"),
    QT_TRANSLATE_NOOP("FactLabel", "Your level of {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "The languages on your profile"),
    QT_TRANSLATE_NOOP("FactLabel", "The first skills listed on your profile"),
    QT_TRANSLATE_NOOP("FactLabel", "How many skills your profile lists"),
    QT_TRANSLATE_NOOP("FactLabel", "The company where you were employed from {d}"),
    QT_TRANSLATE_NOOP("FactLabel", "The company where you were employed"),
    QT_TRANSLATE_NOOP("FactLabel", "The company where you were {t} from {d}"),
    QT_TRANSLATE_NOOP("FactLabel", "The company where you were {t}"),
    QT_TRANSLATE_NOOP("FactLabel", "Your job title at {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "When you started at {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "When you left {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "Where you worked for {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "How many months you have worked at {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "How many months you worked at {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "Your first employer"),
    QT_TRANSLATE_NOOP("FactLabel", "Where you work now"),
    QT_TRANSLATE_NOOP("FactLabel", "Your years of professional experience"),
    QT_TRANSLATE_NOOP("FactLabel", "How many employers your profile lists"),
    QT_TRANSLATE_NOOP("FactLabel", "Where you studied"),
    QT_TRANSLATE_NOOP("FactLabel", "Where you studied {t}"),
    QT_TRANSLATE_NOOP("FactLabel", "Your degree from {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "What you studied at {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "When you finished at {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "Who issued your {s} certification"),
    QT_TRANSLATE_NOOP("FactLabel", "When you earned {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "Your certifications"),
    QT_TRANSLATE_NOOP("FactLabel", "The client or company you built {s} for"),
    QT_TRANSLATE_NOOP("FactLabel", "Your role on {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "When you completed {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "When you started {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "When you finished {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "The skills you used on {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "Where you were working when you built {s}"),
    QT_TRANSLATE_NOOP("FactLabel", "Your most recent portfolio project"),
    QT_TRANSLATE_NOOP("FactLabel", "The client of your {p} job \u201c{t}\u201d"),
    QT_TRANSLATE_NOOP("FactLabel", "When your {p} job \u201c{t}\u201d started"),
    QT_TRANSLATE_NOOP("FactLabel", "Your rate on the {p} job \u201c{t}\u201d"),
    QT_TRANSLATE_NOOP("FactLabel", "The budget of the {p} job \u201c{t}\u201d"),
    QT_TRANSLATE_NOOP("FactLabel", "The client's rating for \u201c{t}\u201d (stars)"),
    QT_TRANSLATE_NOOP("FactLabel", "How many jobs your {p} work history lists"),
)
THE_PLATFORM = QT_TRANSLATE_NOOP("FactLabel", "the platform")  # ``{p}`` when the profile names no platform

_HOLE = re.compile(r"\\\{([pstd])\\\}")


@functools.cache
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(_HOLE.sub(lambda m: f"(?P<{m.group(1)}>.+?)", re.escape(t)) + r"\Z"), t)
                 for t in LABELS)


def match(label: str) -> tuple[str, dict[str, str]] | None:
    """The English phrasing of ``label`` and the names in it; None for a label of no known phrasing."""
    for pattern, template in _patterns():
        m = pattern.match(label)
        if m:
            return template, m.groupdict()
    return None


def date_in_words(text: str) -> str:
    """'March 2021' / '14 March 2021' / '2021' (``dates.human``) in the interface language's form."""
    for fmt, qt in (("%d %B %Y", "d MMMM yyyy"), ("%B %Y", "MMMM yyyy"), ("%Y", "yyyy")):
        try:
            d = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if QLocale().language() == QLocale.Language.Chinese:
            qt = {"d MMMM yyyy": "yyyy年M月d日", "MMMM yyyy": "yyyy年M月", "yyyy": "yyyy年"}[qt]
        return QLocale().toString(QDate(d.year, d.month, d.day), qt)
    return text


def fact_label(label: str) -> str:
    """``label`` in the interface language (as it is in English, or when its phrasing is not known)."""
    found = match(label)
    if found is None:
        return label
    template, names = found
    translated = QCoreApplication.translate(CONTEXT, template)
    if translated == template:
        return label
    if names.get("p") == THE_PLATFORM:
        names["p"] = QCoreApplication.translate(CONTEXT, THE_PLATFORM)
    if "d" in names:
        names["d"] = date_in_words(names["d"])
    return fill_names(translated, names)


_CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")


def fill_names(template: str, values: dict[str, str]) -> str:
    """``template``'s ``{x}`` replaced by ``values`` in one pass (so a value holding "{s}" stays as it is).
    The spaces a Chinese template puts around a name ("你在 {p} 上") are dropped next to a value that begins
    or ends with Chinese ("你在平台上")."""

    def fill(m: re.Match[str]) -> str:
        value = values.get(m.group(2))
        if value is None:
            return m.group(0)
        before = "" if value[:1] and _CJK.match(value[:1]) else m.group(1)
        after = "" if value[-1:] and _CJK.match(value[-1:]) else m.group(3)
        return before + value + after

    return re.sub(r"( ?)\{([a-z])\}( ?)", fill, template)
