"""What identifies a verify_coach database, without importing SQLAlchemy (the app's first look needs it)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

DB_FILENAME = "verify_coach.sqlite3"
SQLITE_MAGIC = b"SQLite format 3\x00"

# The migrations' revisions, oldest first. Opening an up-to-date database needs no Alembic at all
# (it is imported only to migrate); tests/core/test_store.py checks this list against the scripts.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007")


def head_revision() -> str:
    return REVISIONS[-1]


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


def as_utc(dt: datetime | None) -> datetime | None:
    """SQLite drops the zone: datetimes are stored as naive UTC and put back here."""
    if dt is None:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


# ------------------------------------------------------------------------------------------ shape
# What a database of each revision looks like, compared before a file is trusted (store.engine.inspect_file,
# backup restore): a foreign file labelled with one of our revisions, one with missing tables, or one with a
# trigger or a view (which could change or delete data behind the app's back) is refused. The expected shapes
# are in ``expected_schema.py``, written by ``scripts/schema_snapshot.py`` from the migrations themselves;
# tests/core/test_store.py checks that the snapshot is what the migrations make.
Shape = dict[str, object]


def shape_of(con: Any) -> Shape:
    """The structure of an open ``sqlite3`` connection's main database, as plain lists (JSON-able):
    ``{"tables": {name: {"columns": [...], "indexes": [...], "foreign_keys": [...]}}, "other": [...]}``.
    ``other`` lists every trigger and view (none is ours). SQLite's own tables are left out."""
    tables: dict[str, object] = {}
    other: list[list[str]] = []
    rows = con.execute("SELECT type, name, tbl_name FROM sqlite_master ORDER BY type, name").fetchall()
    for kind, name, _table in rows:
        if kind in ("trigger", "view"):
            other.append([kind, name])
        elif kind == "table" and not name.startswith("sqlite_"):
            q = name.replace('"', '""')
            # name, type affinity, NOT NULL, place in the primary key. Not the declared type itself nor the
            # default: how SQLAlchemy renders those (VARCHAR or VARCHAR(32), '1' or 1) may differ between the
            # versions that made a user's file over time, and neither can harm the data.
            columns = [[r[1], affinity(str(r[2])), int(r[3]), int(r[5])]
                       for r in con.execute(f'PRAGMA table_xinfo("{q}")')]
            indexes = []
            for r in con.execute(f'PRAGMA index_list("{q}")').fetchall():
                iq = str(r[1]).replace('"', '""')
                cols = [c[2] for c in con.execute(f'PRAGMA index_info("{iq}")')]
                indexes.append([r[1], int(r[2]), r[3], int(r[4]), cols])
            fks = [[r[2], r[3], r[4], r[5], r[6], r[7]]
                   for r in con.execute(f'PRAGMA foreign_key_list("{q}")')]
            tables[name] = {"columns": columns, "indexes": sorted(indexes), "foreign_keys": sorted(fks, key=repr)}
    return {"tables": tables, "other": other}


def affinity(declared: str) -> str:
    """SQLite's type affinity of a declared column type (https://sqlite.org/datatype3.html, 3.1)."""
    t = declared.upper()
    if "INT" in t:
        return "INTEGER"
    if any(k in t for k in ("CHAR", "CLOB", "TEXT")):
        return "TEXT"
    if "BLOB" in t or not t:
        return "BLOB"
    if any(k in t for k in ("REAL", "FLOA", "DOUB")):
        return "REAL"
    return "NUMERIC"


def expected_shape(revision: str) -> Shape | None:
    """The shape the migrations give a database at ``revision`` (None for a revision we do not know)."""
    from .expected_schema import SHAPES

    return SHAPES.get(revision)


def shape_problem(actual: Shape, revision: str) -> str | None:
    """Why a database labelled ``revision`` is not one of ours (None: it is): a short phrase for the user."""
    other = actual.get("other") or []
    if other:
        kind, name = other[0]  # type: ignore[index]
        return f"it holds a {kind} ({name}) that verify_coach never makes"
    expected = expected_shape(revision)
    if expected is None:
        return f"its schema revision {revision} is unknown"
    have, want = actual["tables"], expected["tables"]
    assert isinstance(have, dict) and isinstance(want, dict)
    missing = sorted(set(want) - set(have))
    if missing:
        return f"it lacks the table{'s' if len(missing) > 1 else ''} {', '.join(missing[:5])}"
    extra = sorted(set(have) - set(want))
    if extra:
        return f"it has table{'s' if len(extra) > 1 else ''} verify_coach never makes ({', '.join(extra[:5])})"
    for name in sorted(want):
        if have[name] != want[name]:
            return f"its table {name} is not shaped as verify_coach makes it"
    return None


def check_shape(con: Any) -> tuple[str | None, str | None]:
    """(revision, problem) of an open database: (None, None) for one with no table at all; problem
    "newer" for a revision we do not know, else a phrase saying why it is not ours (None: it is).

    A damaged schema is an ``sqlite3.DatabaseError``, as when SQLite reports it, also when SQLite's message
    quotes the damaged bytes and Python cannot decode it (a UnicodeDecodeError of its own)."""
    try:
        return _check_shape(con)
    except UnicodeDecodeError:
        import sqlite3

        raise sqlite3.DatabaseError("malformed database schema (text that is not UTF-8)") from None


def _check_shape(con: Any) -> tuple[str | None, str | None]:
    shape = shape_of(con)
    tables = shape["tables"]
    assert isinstance(tables, dict)
    if not tables and not shape["other"]:
        return None, None
    if "alembic_version" not in tables:
        return None, "it has no schema revision"
    rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
    if len(rows) != 1 or not isinstance(rows[0][0], str) or not rows[0][0]:
        return None, "its schema revision is missing"
    revision = rows[0][0]
    if revision not in REVISIONS:
        return revision, "newer"
    return revision, shape_problem(shape, revision)


# ------------------------------------------------------------------------------------------ dates
# SQLAlchemy stores a DateTime as "YYYY-MM-DD HH:MM:SS[.ffffff]" (naive UTC) and reads it back with
# ``datetime.fromisoformat``. A file whose structure is ours can still hold a date that cannot be read
# ('yesterday', month 13, a number): every screen and command showing it would then fail. Restore and
# open look for one (``unreadable_date``) and refuse the file as damaged. SQL finds the candidates (all
# but the canonical form, which ``datetime(julianday())`` gives back unchanged, Feb 30 or 24:00 not; about
# 0.5 s for a million answers, ``benchmarks/opening.py``); Python then judges each candidate exactly.
YEARS = (1900, 2999)  # beyond these, date arithmetic (a due date plus its interval) could overflow
_CANONICAL = (  # (``substr``: a text literal compared with the column itself would take its NUMERIC affinity)
    "typeof({c}) = 'text' AND substr({c}, 1, 4) BETWEEN '1900' AND '2999' AND CASE length({c})"
    " WHEN 26 THEN substr({c}, 20, 1) = '.' AND substr({c}, 21) GLOB '[0-9][0-9][0-9][0-9][0-9][0-9]'"
    " WHEN 19 THEN 1 ELSE 0 END AND datetime(julianday(substr({c}, 1, 19))) IS substr({c}, 1, 19)"
)


def readable_date(value: object) -> bool:
    """Whether SQLAlchemy reads ``value`` back as a naive datetime the app can compute with."""
    if not isinstance(value, str):
        return False
    try:
        dt = datetime.fromisoformat(value)
    except ValueError:
        return False
    return dt.tzinfo is None and YEARS[0] <= dt.year <= YEARS[1]


def date_columns(con: Any) -> list[tuple[str, str]]:
    """(table, column) of every DateTime column of the open database's tables."""
    out = []
    for (table,) in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
    ).fetchall():
        q = str(table).replace('"', '""')
        for r in con.execute(f'PRAGMA table_info("{q}")').fetchall():
            if str(r[2]).upper() in ("DATETIME", "TIMESTAMP"):
                out.append((str(table), str(r[1])))
    return out


def unreadable_date(con: Any) -> str | None:
    """A short phrase naming the first date that cannot be read (table, column, row, value), or None."""
    for table, column in date_columns(con):
        c = '"' + column.replace('"', '""') + '"'
        t = '"' + table.replace('"', '""') + '"'
        rows = con.execute(f"SELECT rowid, {c} FROM {t} WHERE {c} IS NOT NULL AND NOT ({_CANONICAL.format(c=c)})")
        for rowid, value in rows:
            if not readable_date(value):
                shown = repr(value if not isinstance(value, str) or len(value) <= 40 else value[:40] + "…")
                return f"a date that cannot be read in table {table}, column {column}, row {rowid}: {shown}"
    return None
