"""The attempt history as CSV: one row per answer, oldest first.

UTF-8 without a byte-order mark, comma-separated, quoted by the ``csv`` module where needed, ``\\r\\n``
line ends (RFC 4180). Times are ISO 8601 in UTC. Spreadsheet programs run text that starts with
``=``, ``@``, ``+`` or ``-`` as a formula, so such a cell gets a leading apostrophe (a plain number or
phone number such as ``+86 138 0000 1234`` is left alone). See docs/exports.md for opening it in Excel.
"""

from __future__ import annotations

import csv
import io
import re
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from ..speech.rating import shown_answer
from ..store.models import as_utc

COLUMNS = (
    "time_utc",
    "session_id",
    "mode",
    "question_form",
    "prompt",
    "fact_keys",
    "category",
    "answer",
    "expected",
    "correct",
    "score",
    "latency_ms",
    "spoken",
    "self_rating",
    "attempt_id",
)

_SQL = sa.text(
    """
    SELECT a.created_at, a.session_id, s.mode, a.form, a.prompt, a.fact_keys, f.category,
           a.answer, a.expected, a.correct, a.score, a.latency_ms, a.spoken, a.self_rating, a.id
    FROM attempt a
    JOIN study_session s ON s.id = a.session_id
    JOIN fact f ON f.id = a.fact_id
    WHERE a.profile_id = :pid
    ORDER BY a.created_at, a.id
    """
)
_NUMBERISH = re.compile(r"^[+-][\d\s().,/-]*$")


def safe_cell(text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (OWASP "CSV injection")."""
    if text and (text[0] in "=@\t\r" or (text[0] in "+-" and not _NUMBERISH.match(text))):
        return "'" + text
    return text


def _time(value: Any) -> str:
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return (as_utc(dt) or dt).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def history_rows(coach: Any, name: str | None = None) -> list[list[str]]:
    pid = coach.active_profile_id(name)
    with coach.store.engine.connect() as conn:
        rows = conn.execute(_SQL, {"pid": pid}).all()
    out = []
    for created, sid, mode, form, prompt, keys, cat, answer, expected, correct, score, latency, spoken, rated, aid \
            in rows:
        out.append([
            _time(created), str(sid), mode, form, safe_cell(prompt), keys, cat,
            safe_cell(shown_answer(answer, bool(spoken), rated)),
            safe_cell(expected), "true" if correct else "false", f"{float(score):.3f}", str(int(latency)),
            "true" if spoken else "false", rated or "", str(aid),
        ])
    return out


def render_csv(coach: Any, name: str | None = None) -> str:
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(COLUMNS)
    w.writerows(history_rows(coach, name))
    return buf.getvalue()
