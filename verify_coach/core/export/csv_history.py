"""The attempt history as CSV: one row per answer, oldest first.

UTF-8 without a byte-order mark, comma-separated, quoted by the ``csv`` module where needed, ``\\r\\n``
line ends (RFC 4180). Times are ISO 8601 in UTC. Spreadsheet programs run text that starts with
``=``, ``@``, ``+`` or ``-`` as a formula, so such a cell gets a leading apostrophe (a plain number such
as ``-5`` or a phone number such as ``+86 138 0000 1234`` is left alone; ``-1-1`` and ``+1/2`` are not).
The file is streamed: rows are fetched and written a batch at a time, so a history of a million answers
takes tens of megabytes, not gigabytes. See docs/exports.md for opening it in Excel.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import IO, Any

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
#: A cell a spreadsheet reads as a number, not a formula: digits with one optional leading sign and one
#: decimal point (``-5``, ``+3.5``). ``-1-1`` or ``+1/2`` are formulas there (they give -2 and 0.5).
_PLAIN_NUMBER = re.compile(r"^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$")
#: A phone number as people write it: a leading ``+`` and digit groups split by single spaces (no ``-``, ``/``
#: or brackets, which a spreadsheet would evaluate).
_PHONE = re.compile(r"^\+\d{1,4}(?: \d{1,6})+$")
_RISKY = frozenset("=@\t\r+-")
#: Rows fetched from the database at a time: the export never holds the whole history in memory.
BATCH = 2_000


def safe_cell(text: str) -> str:
    """Neutralise a cell a spreadsheet would run as a formula (OWASP "CSV injection"): text that starts with
    ``=``, ``@``, a tab or a carriage return, or with ``+``/``-`` unless it is a plain number or a phone number
    such as ``+86 138 0000 1234``, gets a leading apostrophe."""
    if not text or text[0] not in _RISKY:
        return text
    if text[0] in "=@\t\r" or not (_PLAIN_NUMBER.match(text) or _PHONE.match(text)):
        return "'" + text
    return text


_NAIVE = re.compile(r"^\d{4}-\d\d-\d\d[ T]\d\d:\d\d:\d\d(?:\.\d+)?$")


def _time(value: Any) -> str:
    if isinstance(value, str) and _NAIVE.match(value):  # how SQLite holds our UTC times: no parsing needed
        frac = (value[20:23] + "000")[:3] if len(value) > 19 else "000"
        return f"{value[:10]}T{value[11:19]}.{frac}Z"
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return (as_utc(dt) or dt).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _row(r: Any) -> list[str]:
    created, sid, mode, form, prompt, keys, cat, answer, expected, correct, score, latency, spoken, rated, aid = r
    return [
        _time(created), str(sid), mode, form, safe_cell(prompt), keys, cat,
        safe_cell(shown_answer(answer, bool(spoken), rated)),
        safe_cell(expected), "true" if correct else "false", f"{float(score):.3f}", str(int(latency)),
        "true" if spoken else "false", rated or "", str(aid),
    ]


def iter_history_batches(coach: Any, name: str | None = None) -> Iterator[list[list[str]]]:
    """The history's rows, oldest first, ``BATCH`` at a time, in one read transaction."""
    pid = coach.active_profile_id(name)
    with coach.store.reader() as con:  # plain sqlite3 in one read transaction: no per-row ORM cost
        cur = con.execute(_SQL.text, {"pid": pid})
        while part := cur.fetchmany(BATCH):
            yield [_row(r) for r in part]


def iter_history_rows(coach: Any, name: str | None = None) -> Iterator[list[str]]:
    """The history's rows, oldest first, fetched ``BATCH`` at a time."""
    for batch in iter_history_batches(coach, name):
        yield from batch


def history_rows(coach: Any, name: str | None = None) -> list[list[str]]:
    return list(iter_history_rows(coach, name))


def write_csv(coach: Any, out: IO[str], name: str | None = None) -> int:
    """Stream the history as CSV into the text stream ``out`` (opened with ``newline=""``); returns the rows."""
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow(COLUMNS)
    n = 0
    for batch in iter_history_batches(coach, name):
        w.writerows(batch)
        n += len(batch)
    return n


def write_csv_file(coach: Any, path: Path, name: str | None = None) -> int:
    """The history as a CSV file at ``path`` (UTF-8, no BOM), written row by row, flushed and synced."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        n = write_csv(coach, fh, name)
        fh.flush()
        os.fsync(fh.fileno())
    return n


def render_csv(coach: Any, name: str | None = None) -> str:
    """The whole CSV as one string (small histories and tests; the export streams with ``write_csv_file``)."""
    buf = io.StringIO(newline="")
    write_csv(coach, buf, name)
    return buf.getvalue()
