"""The grader's feedback (``core.grading``: "Not quite — the profile says Acme Ltd.") in the interface language.

The core writes feedback in English (the CLI prints it as it is) from a fixed set of sentences, with the
profile's values and the user's words inside. The practice screen shows it translated: the feedback is
matched against those sentences — a main one, then any of the short notes that may follow it ("Not on the
profile: …", "One small typo forgiven.") — and the values found are put into the translated sentence.
Values stay as written; feedback of no known form is shown as it is. ``tests/ui/test_grading_text.py``
checks the sentences against the grader's real output.

Placeholders: ``{a}``, ``{b}``, ``{c}`` values or words; ``{d}`` a date in words (written the interface
language's way); ``{n}``, ``{m}`` counts.
"""

from __future__ import annotations

import functools
import re

from PySide6.QtCore import QCoreApplication

from ..i18n import QT_TRANSLATE_NOOP
from .fact_labels import date_in_words, fill_names

CONTEXT = "Grading"

SENTENCES = (
    QT_TRANSLATE_NOOP("Grading", "Right."),
    QT_TRANSLATE_NOOP("Grading", "No answer."),
    QT_TRANSLATE_NOOP("Grading", "Right \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "Right \u2014 the profile has your full name: {a}."),
    QT_TRANSLATE_NOOP("Grading", "Right \u2014 {a} can be read two ways; it matches {b}."),
    QT_TRANSLATE_NOOP("Grading", "One small typo forgiven."),
    QT_TRANSLATE_NOOP("Grading", "{n} small typos forgiven."),
    QT_TRANSLATE_NOOP("Grading", "Not quite \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "Not quite \u2014 it's {a}."),
    QT_TRANSLATE_NOOP("Grading", "Close, but the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "Close, but an email address must be exact: {a}."),
    QT_TRANSLATE_NOOP("Grading", "Close \u2014 it's {a}."),
    QT_TRANSLATE_NOOP("Grading", "Less precise \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "One digit off \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "The numbers differ \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "The level matters: the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "The profile has no value to compare with."),
    QT_TRANSLATE_NOOP("Grading", "That doesn't read as a date \u2014 it was {d}."),
    QT_TRANSLATE_NOOP("Grading", "Which year? It was {d}."),
    QT_TRANSLATE_NOOP("Grading", "Wrong year: it was {d}."),
    QT_TRANSLATE_NOOP("Grading", "Right \u2014 the profile only says {d}."),
    QT_TRANSLATE_NOOP("Grading", "Only the year \u2014 the month is {a}."),
    QT_TRANSLATE_NOOP("Grading", "Only the year \u2014 it was {d}."),
    QT_TRANSLATE_NOOP("Grading", "Right year, wrong month: it was {d}."),
    QT_TRANSLATE_NOOP("Grading", "Right month \u2014 the profile gives the day too: {d}."),
    QT_TRANSLATE_NOOP("Grading", "Right month, wrong day: it was {d}."),
    QT_TRANSLATE_NOOP("Grading", "That doesn't read as an amount \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "That doesn't read as a number \u2014 it's {a}."),
    QT_TRANSLATE_NOOP("Grading", "Pick one amount \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "Pick one number \u2014 it's {a}."),
    QT_TRANSLATE_NOOP("Grading", "Right amount, different currency: the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "Different amount and currency: the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "Right amount, but the profile says {a} \u2014 {b}, not {c}."),
    QT_TRANSLATE_NOOP("Grading", "Different amount: the profile says {a} ({b})."),
    QT_TRANSLATE_NOOP("Grading", "Different amount: the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "{n} of {m} \u2014 missed {a}."),
    QT_TRANSLATE_NOOP("Grading", "All {n} are there, but the profile doesn't list {a} \u2014 the question asks for "
                                 "the list as it is on your profile."),
    QT_TRANSLATE_NOOP("Grading", "All {n} are there, but the profile doesn't list {a} \u2014 naming everything you "
                                 "can think of is not recalling your profile."),
    QT_TRANSLATE_NOOP("Grading", "All there, but the profile doesn't list {a}."),
    QT_TRANSLATE_NOOP("Grading", "Missing {a} \u2014 the profile says {b}; another organisation may have the rest of "
                                 "that name."),
    QT_TRANSLATE_NOOP("Grading", "Missing {a} \u2014 the profile says {b}."),
    QT_TRANSLATE_NOOP("Grading", "The profile says {a}, without {b}."),
    QT_TRANSLATE_NOOP("Grading", "{a} is not {b} \u2014 that is a different name. The profile says {c}."),
    QT_TRANSLATE_NOOP("Grading", "{a} is a different organisation from {b} ({c} is not in its name)."),
    QT_TRANSLATE_NOOP("Grading", "Not enough to tell which one \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "You said which level it is not \u2014 the profile says {a}."),
    QT_TRANSLATE_NOOP("Grading", "You said it was not {a} \u2014 but the profile says it is."),
    QT_TRANSLATE_NOOP("Grading", "That is far too long for one answer \u2014 say just the value."),
    QT_TRANSLATE_NOOP("Grading", "{a} is not right \u2014 the profile says {b}."),
    QT_TRANSLATE_NOOP("Grading", "{a} instead of {b} \u2014 the profile says {c}."),
    QT_TRANSLATE_NOOP("Grading", "{a} is not {b} \u2014 the profile says {c}."),
    QT_TRANSLATE_NOOP("Grading", "The profile says {a} \u2014 not {b}."),
    QT_TRANSLATE_NOOP("Grading", "{a} is not {b}."),
)
# The notes that may follow the main sentence, each after a space.
NOTES = (
    QT_TRANSLATE_NOOP("Grading", "Not on the profile: {a}."),
    QT_TRANSLATE_NOOP("Grading", "One small typo forgiven."),
    QT_TRANSLATE_NOOP("Grading", "{n} small typos forgiven."),
)

_HOLE = re.compile(r"\\\{([abcdnm])\\\}")


def _compile(template: str) -> re.Pattern[str]:
    def hole(m: re.Match[str]) -> str:
        name = m.group(1)
        return f"(?P<{name}>" + (r"\d+)" if name in "nm" else r".+?)")

    return re.compile(_HOLE.sub(hole, re.escape(template)) + r"\Z", re.DOTALL)


@functools.cache
def _sentences() -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((_compile(t), t) for t in SENTENCES)


@functools.cache
def _notes() -> tuple[tuple[re.Pattern[str], str], ...]:
    # a note at the end of the feedback, after a space: " Not on the profile: X."
    return tuple((re.compile(r"\s" + _compile(t).pattern), t) for t in NOTES)


def parse(feedback: str) -> list[tuple[str, dict[str, str]]] | None:
    """The sentences of ``feedback`` (English template, values), in order; None when it has another form.
    Notes are taken off the end first, so a value never swallows them."""
    text = feedback.strip()
    for start in (i for i in range(len(text) - 1, 0, -1) if text[i].isspace()):  # the last note first
        for pattern, template in _notes():
            m = pattern.match(text, start)
            if m and m.end() == len(text):
                head = parse(text[:start])
                if head:
                    return [*head, (template, m.groupdict())]
    for pattern, template in _sentences():
        m = pattern.match(text)
        if m:
            return [(template, m.groupdict())]
    return None


def _fill(template: str, values: dict[str, str]) -> str:
    translated = QCoreApplication.translate(CONTEXT, template)
    if "d" in values and translated != template:
        values = {**values, "d": date_in_words(values["d"])}
    return fill_names(translated, values)


def grading_text(feedback: str) -> str:
    """``feedback`` in the interface language (as it is in English, or when its form is not known)."""
    parts = parse(feedback)
    if not parts:
        return feedback
    if all(QCoreApplication.translate(CONTEXT, t) == t for t, _ in parts):
        return feedback  # nothing translated (English, or no translation installed)
    out = [_fill(t, v) for t, v in parts]
    joiner = "" if QCoreApplication.translate(CONTEXT, "Right.") != "Right." else " "
    return joiner.join(out)
