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

from collections.abc import Iterable
from datetime import date
from typing import Any

from .model import SEVERITIES, SEVERITY_RANK, TRANSLATED_ARGS, Finding
from .thresholds import DEFAULT, Thresholds


def audit(profile: Any, *, today: date | None = None, thresholds: Thresholds = DEFAULT,
          facts: list[Any] | None = None) -> list[Finding]:
    """Every finding for ``profile``, the most severe first (then in the order of the profile)."""
    from .checks import run  # loads the profile model (pydantic): not on the dashboard's first paint

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


__all__ = ["DEFAULT", "SEVERITIES", "SEVERITY_RANK", "TRANSLATED_ARGS", "Finding", "Thresholds", "audit", "by_field", "counts", "explain_findings",
           "must_fix"]
