"""Opening the database: data dir, permissions, checks, pragmas and migrations.

Order matters: a file that is not a database, or one written by a newer version, is detected with
a read-only connection *before* anything could change it (even switching on WAL writes to a file).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, create_engine

from ..errors import UserError
from ..paths import ENV_DATA_DIR, default_data_dir, ensure_private_dir  # noqa: F401  (re-exported)
from .schema import DB_FILENAME, REVISIONS, SQLITE_MAGIC, head_revision  # noqa: F401  (re-exported)

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(UserError, RuntimeError):
    """The database cannot be used. ``str()`` is a message for the user."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.path = path


class CorruptDatabaseError(StoreError):
    pass


class NewerDatabaseError(StoreError):
    pass


def _alembic_config() -> Any:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def known_revisions() -> set[str]:
    return set(REVISIONS)


def script_revisions() -> list[str]:
    """The revisions of the migration scripts on disk, oldest first (Alembic's view)."""
    from alembic.script import ScriptDirectory

    return [s.revision for s in reversed(list(ScriptDirectory.from_config(_alembic_config()).walk_revisions()))]


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing database (None for a new or empty file).

    Raises CorruptDatabaseError / NewerDatabaseError without changing the file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return None
    if path.is_dir():
        raise CorruptDatabaseError(f"{path} is a folder, not a database file.", path)
    with open(path, "rb") as fh:
        magic = fh.read(len(SQLITE_MAGIC))
    if magic != SQLITE_MAGIC:
        raise CorruptDatabaseError(f"{path} is not a verify_coach database (not an SQLite file).", path)
    try:
        # immutable: read without creating -wal/-shm files or taking locks, so nothing changes on disk.
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise CorruptDatabaseError(
                        f"{path} is an SQLite database, but not one of verify_coach's.", path
                    )
                return None
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            ok = con.execute("PRAGMA quick_check").fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"{path} is damaged and cannot be read ({exc}).", path) from None
    if ok and ok[0] != "ok":
        raise CorruptDatabaseError(f"{path} is damaged ({ok[0]}).", path)
    revision = row[0] if row else None
    if revision and revision not in known_revisions():
        raise NewerDatabaseError(
            f"{path} was written by a newer version of verify_coach (schema {revision}). "
            "Please update verify_coach to open it.",
            path,
        )
    return revision


@dataclass
class Store:
    """The open database. One SQLModel session per operation: ``with store.session() as s: ...``."""

    path: Path
    engine: sa.Engine

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as s:
            yield s

    @contextlib.contextmanager
    def reader(self) -> Iterator[sqlite3.Connection]:
        """A plain DB-API connection for the read-only SQL of ``core.stats``, in one read transaction."""
        with self.engine.connect() as conn:
            con = conn.connection.driver_connection
            assert isinstance(con, sqlite3.Connection)
            con.execute("BEGIN")
            try:
                yield con
            finally:
                if con.in_transaction:
                    con.execute("ROLLBACK")

    def close(self) -> None:
        self.engine.dispose()


def _on_connect(dbapi_con: sqlite3.Connection, _record: object) -> None:
    # Let SQLAlchemy issue BEGIN itself so transactions are real (pysqlite's default is not).
    dbapi_con.isolation_level = None
    cur = dbapi_con.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    # WAL + NORMAL: a commit survives the process being killed (not necessarily a power cut).
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_begin(conn: sa.Connection) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(path: Path) -> sa.Engine:
    # hide_parameters: an error never quotes the statement's values (names, birth dates, answers) into a log
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, hide_parameters=True)
    sa.event.listen(engine, "connect", _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    return engine


def _backup_before_migrating(path: Path, revision: str) -> None:
    dest = path.with_name(f"{path.name}.before-{head_revision()}-from-{revision}.bak")
    if dest.exists():
        return
    src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        fd = os.open(dest, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        dst = sqlite3.connect(dest)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def open_store(data_dir: Path | str | None = None, *, filename: str = DB_FILENAME) -> Store:
    """Open (creating or upgrading) the database in ``data_dir``.

    Raises StoreError subclasses with a user-facing message; the file is then left untouched.
    """
    directory = ensure_private_dir(Path(data_dir) if data_dir else default_data_dir())
    path = directory / filename
    revision = inspect_file(path)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    head = head_revision()
    if revision and revision != head:
        log.info("backing up %s before migrating %s -> %s", path, revision, head)
        _backup_before_migrating(path, revision)
    engine = make_engine(path)
    try:
        if revision != head:
            upgrade(engine)
    except Exception:
        engine.dispose()
        raise
    return Store(path=path, engine=engine)


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
