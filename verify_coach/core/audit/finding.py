"""One finding of the profile audit (its own module, so that the checks import it without going
through the package: no import cycle)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


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
        if translate is not None:
            template = translate(template) or template
        values = dict(self.args)
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
