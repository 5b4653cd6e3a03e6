"""Keeping the user's personal data out of logs and error output.

The profile (name, birth date, address, e-mail, phone, answers) must never reach ``verify_coach.log``,
the terminal or an error report. Two defences: the database engine never puts the values of a statement
in its errors (``hide_parameters=True``), and :func:`scrub` removes what libraries still quote from any
text before it is logged or shown: SQLAlchemy's ``[parameters: ...]``, pydantic's ``input_value=...``,
and the text of any value registered with :func:`forget_these` (the active profile's identity).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable

_PARAMETERS = re.compile(r"\[parameters: .*?\](?=\s*(?:\n|\(Background|$))", re.DOTALL)
_INPUT_VALUE = re.compile(r"input_value=.*?(?=, input_type=|\]$|$)", re.MULTILINE)
_SECRETS: set[str] = set()
_LOCK = threading.Lock()
HIDDEN = "[hidden]"


def forget_these(values: Iterable[object]) -> None:
    """Register personal values (at least 3 characters long) that :func:`scrub` replaces wherever they
    appear. Called with the identity of every profile the core loads or saves."""
    new = {str(v).strip() for v in values if v is not None and len(str(v).strip()) >= 3}
    if new:
        with _LOCK:
            _SECRETS.update(new)


def scrub(text: str) -> str:
    """``text`` without statement parameters, validation inputs or registered personal values."""
    text = _PARAMETERS.sub("[parameters hidden]", text)
    text = _INPUT_VALUE.sub(f"input_value={HIDDEN}", text)
    with _LOCK:
        secrets = sorted(_SECRETS, key=len, reverse=True)
    for s in secrets:
        if s in text:
            text = text.replace(s, HIDDEN)
    return text


class ScrubbingFormatter(logging.Formatter):
    """A log formatter whose every line (message and traceback) has been through :func:`scrub`."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


def identity_values(profile: object) -> list[object]:
    """The values of a profile that name the person: what :func:`forget_these` is given."""
    ident = getattr(profile, "identity", None)
    if ident is None:
        return []
    out: list[object] = []
    for field in ("full_name", "id_name", "date_of_birth", "email", "phone"):
        out.append(getattr(ident, field, None))
    name = getattr(ident, "full_name", None)
    if isinstance(name, str):
        out += [w for w in name.split() if len(w) >= 4]
    addr = getattr(ident, "address", None)
    if addr is not None:
        for field in ("street", "city", "postal_code", "region"):
            out.append(getattr(addr, field, None))
    return out


__all__ = ["HIDDEN", "ScrubbingFormatter", "forget_these", "identity_values", "scrub"]
