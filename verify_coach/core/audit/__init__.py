"""The profile consistency audit: what in a profile would make a verification agent suspicious.

Accounts are put on hold less for a forgotten date than for what looks inconsistent: a profile name that
differs from the ID or the payout account, a location that does not match the address or the time zone, a
timeline that does not add up, a claim the agent will probe. :func:`audit` reads a :class:`Profile` and
returns :class:`Finding` s, each with a severity:

* ``fix``: fix it before the call (the profile contradicts itself or the ID);
* ``explain``: true things can look like this: be ready to explain it (practice and the mock call ask);
* ``note``: worth knowing.

Qt-free, offline and fast (the large demo profile in a few milliseconds): the profile editor runs it as the
user types. The checks and their thresholds are described in ``docs/audit.md``; the thresholds are data
(:mod:`.thresholds`). The English texts are templates marked for translation (context ``Audit``): the
interface renders them in its language with :meth:`Finding.text`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from .thresholds import DEFAULT, Thresholds

SEVERITIES = ("fix", "explain", "note")
SEVERITY_RANK = {s: i for i, s in enumerate(SEVERITIES)}
#: Arguments whose values are themselves texts marked for translation (how two names differ).
TRANSLATED_ARGS = frozenset({"how"})


@dataclass(frozen=True)
class Finding:
    """One thing the audit found.

    ``check``: the stable id of the check (``timeline.overlap``); ``fields``: the profile fields involved, as
    the editor's where-paths (``employment[1].start``, ``platform.time_zone``); ``fact_keys``: the key facts
    involved. ``templates``: the English message, why an agent would ask and what to do, with ``{name}``
    placeholders filled from ``args``. ``question`` and ``points``: for ``explain``, what the agent asks and
    what a good answer covers (in English: the call is in English)."""

    check: str
    severity: str
    fields: tuple[str, ...]
    fact_keys: tuple[str, ...]
    templates: tuple[str, str, str]
    args: tuple[tuple[str, str], ...] = ()
    question: str = ""
    points: tuple[str, ...] = ()

    def text(self, part: str, translate: Callable[[str], str] | None = None) -> str:
        """``part`` (``message``, ``why`` or ``todo``), translated by ``translate`` when given."""
        template = self.templates[("message", "why", "todo").index(part)]
        values = dict(self.args)
        if translate is not None:
            template = translate(template) or template
            values.update({k: translate(v) or v for k, v in values.items() if k in TRANSLATED_ARGS})
        try:
            return template.format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that broke a placeholder
            return self.templates[("message", "why", "todo").index(part)].format(**values)

    @property
    def message(self) -> str:
        return self.text("message")

    @property
    def why(self) -> str:
        return self.text("why")

    @property
    def todo(self) -> str:
        return self.text("todo")

    @property
    def key(self) -> str:
        """Which finding this is, stable while the profile keeps the same inconsistency: the check and the
        fields it involves (practice records its answers under this key)."""
        return self.check + ":" + ",".join(self.fields)

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``audit --json`` row (``docs/cli.md``: stable)."""
        return {"check": self.check, "severity": self.severity, "fact_keys": list(self.fact_keys),
                "message": self.message, "fields": list(self.fields), "why": self.why, "todo": self.todo,
                "question": self.question, "points": list(self.points)}


def audit(profile: Any, *, today: date | None = None, thresholds: Thresholds = DEFAULT,
          facts: list[Any] | None = None) -> list[Finding]:
    """Every finding for ``profile``, the most severe first (then in the order of the profile)."""
    from .checks import run

    found = run(profile, today or date.today(), thresholds, facts)
    return sorted(found, key=lambda f: SEVERITY_RANK[f.severity])


def must_fix(findings: Iterable[Finding]) -> bool:
    return any(f.severity == "fix" for f in findings)


def by_field(findings: Iterable[Finding]) -> dict[str, list[Finding]]:
    """The findings that involve each field (the editor's badges)."""
    out: dict[str, list[Finding]] = {}
    for f in findings:
        for where in f.fields:
            out.setdefault(where, []).append(f)
    return out


def counts(findings: Iterable[Finding]) -> dict[str, int]:
    out = dict.fromkeys(SEVERITIES, 0)
    for f in findings:
        out[f.severity] += 1
    return out


def explain_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The findings practice and the mock call turn into open questions."""
    return [f for f in findings if f.severity == "explain" and f.question]


__all__ = ["DEFAULT", "SEVERITIES", "Finding", "Thresholds", "audit", "by_field", "counts", "explain_findings",
           "must_fix"]
