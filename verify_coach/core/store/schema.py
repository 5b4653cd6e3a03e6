"""What identifies a verify_coach database, without importing SQLAlchemy (the app's first look needs it)."""

from __future__ import annotations

from datetime import UTC, datetime

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
