"""The desktop app's first look at the data: what its first screen shows, read before the core loads.

Importing SQLAlchemy, SQLModel and pydantic takes most of a second, and the app used to wait for
them before the dashboard could show a single figure. Those figures, though, are plain SQL
(``core.stats``), so the app reads them first with the standard library's ``sqlite3``, read-only,
and loads the rest of the core while the user already sees them. The code that computes them is
the same either way.

Anything out of the ordinary -- a file that is not a verify_coach database, another schema
revision, a read error -- gives ``None``: the app then opens the database the normal way, which
explains the problem (``store.open_store``). Nothing here writes to the database.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import stats
from .belief import Belief
from .scheduling import Timing
from .stats import FactStat, ProfileStats
from .store.schema import DB_FILENAME, SQLITE_MAGIC, check_shape, head_revision

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FirstLook:
    """What the dashboard, the missed facts and the header show, as the Coach would give it."""

    profiles: list[stats.ProfileInfo] = field(default_factory=list)
    stats: ProfileStats | None = None  # of the profile shown first (what ``Coach.stats()`` returns)
    facts: list[FactStat] = field(default_factory=list)  # its ``Coach.fact_stats()``
    wrong: dict[str, list[str | Belief]] = field(default_factory=dict)  # ``Coach.wrong_answers()`` of the missed facts
    call_at: datetime | None = None
    now: datetime | None = None  # when the figures were computed
    timing: Timing | None = None
    # what the first screen made of the figures on the worker too (the missed-facts table's rows), or None
    rows: list[Any] | None = None

    @property
    def profile(self) -> str | None:
        return self.stats.profile if self.stats else None


def first_look(
    data_dir: Path, timing: Timing, *, profile: str | None = None, now: datetime | None = None
) -> FirstLook | None:
    """The profiles, and the statistics of ``profile`` (default: the active one); None: use the core."""
    path = Path(data_dir) / DB_FILENAME
    try:
        if not path.exists():
            return None if profile else FirstLook()
        with open(path, "rb") as fh:
            if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
                return None
        uri = path.resolve().as_uri()
        # Without a write-ahead log the file is complete and no one has it open in WAL mode: read it all
        # immutably (no -wal or -shm files created, no locks), so a file that is then refused -- damaged,
        # foreign, another revision -- is left exactly as it was.
        wal = path.with_name(path.name + "-wal")
        mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
        con = sqlite3.connect(f"{uri}?{mode}", uri=True, isolation_level=None)
        try:
            con.execute("BEGIN")  # one snapshot for every figure
            if not _ours_at_head(con):
                return None
            return _read(con, timing, profile, now or datetime.now(UTC))
        finally:
            con.close()
    except (OSError, sqlite3.Error, ValueError) as exc:
        log.info("first look skipped: %s", exc)
        return None


def _ours_at_head(con: sqlite3.Connection) -> bool:
    """A verify_coach database at the head revision, shaped as the migrations make it (no trigger, no view)."""
    revision, problem = check_shape(con)
    return revision == head_revision() and problem is None


def _read(con: sqlite3.Connection, timing: Timing, profile: str | None, now: datetime) -> FirstLook | None:
    profiles = stats.profile_list(con)
    ref = stats.resolve(con, profile)
    if ref is None:
        return None if profile else FirstLook(profiles)
    facts = stats.fact_stats(con, ref.id, ref.call_at, now, timing)
    figures = stats.compute(
        con, profile_id=ref.id, profile_name=ref.name, call_at=ref.call_at, now=now, timing=timing, facts=facts
    )
    wrong = stats.wrong_answers(con, ref.id, [f.key for f in facts if f.attempts > f.correct])
    return FirstLook(profiles, figures, facts, wrong, ref.call_at, now, timing)
