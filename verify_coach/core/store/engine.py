"""Opening the database: data dir, permissions, checks, pragmas and migrations.

Order matters: a file that is not a database, or one written by a newer version, is detected with
a read-only connection *before* anything could change it (even switching on WAL writes to a file).
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlmodel import Session, create_engine

from ..errors import UserError
from ..paths import ENV_DATA_DIR, default_data_dir, ensure_private_dir  # noqa: F401  (re-exported)
from ..scratch import clean_stale, scratch_file
from .schema import (  # noqa: F401  (re-exported)
    DB_FILENAME,
    REVISIONS,
    SQLITE_MAGIC,
    check_shape,
    head_revision,
    shape_of,
    shape_problem,
    unreadable_date,
)

log = logging.getLogger(__name__)

MIGRATIONS = Path(__file__).with_name("migrations")


class StoreError(UserError, RuntimeError):
    """The database cannot be used. ``str()`` is a message for the user."""

    def __init__(self, message: str, path: Path | None = None):
        super().__init__(message)
        self.path = path


class CorruptDatabaseError(StoreError):
    pass


BUSY_MESSAGE = (
    "Your verify_coach data is in use by another verify_coach (the desktop app or a command in another "
    "terminal), which has held it for a while. Nothing was saved this time. Close the other one, or wait "
    "for it to finish, and try again."
)


class StoreBusyError(StoreError):
    """Another connection held the write lock for longer than the busy timeout and the retries.

    ``str()`` says so plainly (``BUSY_MESSAGE``); nothing of the transaction was written."""

    def __init__(self, message: str = BUSY_MESSAGE, path: Path | None = None):
        super().__init__(message, path)


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


def _nonempty(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def wal_of(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def inspect_file(path: Path) -> str | None:
    """The schema revision of an existing database (None for a new or empty file).

    Reads with an immutable connection, so nothing on disk changes: no ``-wal``/``-shm`` file is created
    and no lock taken. The file's structure (``sqlite_master``) must be exactly what the migrations make
    at its revision (``schema.shape_problem``), with no trigger and no view. Raises CorruptDatabaseError
    (the file is not verify_coach's, or is damaged) / NewerDatabaseError without changing the file.
    """
    wal = wal_of(path)
    if path.is_dir():
        raise CorruptDatabaseError(f"{path} is a folder, not a database file.", path)
    if not path.exists() or path.stat().st_size == 0:
        if _nonempty(wal):
            # SQLite would treat the empty file as a new database and throw the log's pages away.
            raise CorruptDatabaseError(
                f"{path} is empty, but the write-ahead log beside it ({wal.name}) is not: the database "
                "file was lost or cut short. Nothing was opened or changed, so the log is kept.", path
            )
        return None
    with open(path, "rb") as fh:
        magic = fh.read(len(SQLITE_MAGIC))
    if magic != SQLITE_MAGIC:
        raise CorruptDatabaseError(f"{path} is not a verify_coach database (not an SQLite file).", path)
    try:
        # immutable: read without creating -wal/-shm files or taking locks, so nothing changes on disk.
        con = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
        try:
            revision, problem = check_shape(con)
            if revision is None and problem is None:
                return None  # an empty SQLite file: no table at all
            ok = con.execute("PRAGMA quick_check").fetchone() if problem is None else None
            # (with a log beside the file, the dates are checked on the live view: ``_check_live``)
            bad_date = unreadable_date(con) if ok and ok[0] == "ok" and not _nonempty(wal) else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(f"{path} is damaged and cannot be read ({exc}).", path) from None
    if problem == "newer":
        raise NewerDatabaseError(
            f"{path} was written by a newer version of verify_coach (schema {revision}). "
            "Please update verify_coach to open it.",
            path,
        )
    if problem:
        raise CorruptDatabaseError(f"{path} is an SQLite database, but not one of verify_coach's ({problem}).", path)
    if ok and ok[0] != "ok":  # one line: SQLite's report holds line breaks
        raise CorruptDatabaseError(f"{path} is damaged ({' '.join(str(ok[0]).split())}).", path)
    if bad_date:
        raise CorruptDatabaseError(f"{path} is damaged ({bad_date}). Nothing was changed.", path)
    return revision


BUSY_TIMEOUT_MS = 5000  # SQLite waits this long for another connection's write lock (busy_timeout)
WRITE_ATTEMPTS = 3  # BEGIN IMMEDIATE is tried this often (each waiting BUSY_TIMEOUT_MS) before StoreBusyError
RETRY_PAUSE_S = 0.2  # between two attempts
WRITE_OPTION = "verify_coach_write"  # the execution option that makes ``_on_begin`` issue BEGIN IMMEDIATE


def is_busy(exc: BaseException) -> bool:
    """True for SQLite's "database is locked" / SQLITE_BUSY (raw or wrapped by SQLAlchemy)."""
    orig = getattr(exc, "orig", exc)
    if not isinstance(orig, sqlite3.OperationalError):
        return False
    code = getattr(orig, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    text = str(orig).lower()
    return "database is locked" in text or "database is busy" in text


@dataclass
class Store:
    """The open database. One SQLModel session per operation.

    Reads: ``with store.session() as s: ...`` (a deferred ``BEGIN``: WAL readers never wait).
    Writes: ``with store.session(write=True) as s: ...; s.commit()``: the transaction starts with
    ``BEGIN IMMEDIATE``, so it holds the write lock before its first read. Another writer is then
    waited for (``busy_timeout``, ``WRITE_ATTEMPTS`` times) instead of failing at the first write with
    SQLITE_BUSY; when it holds on for longer, :class:`StoreBusyError` (a ``UserError``) says so and
    nothing was written. A deferred transaction that reads and then writes must never be used for
    writes: SQLite refuses its upgrade at once, without calling the busy handler."""

    path: Path
    engine: sa.Engine

    @property
    def data_dir(self) -> Path:
        return self.path.parent

    @functools.cached_property
    def _write_engine(self) -> sa.Engine:
        """The same engine (pool, events) with the option that makes ``_on_begin`` issue BEGIN IMMEDIATE."""
        return self.engine.execution_options(**{WRITE_OPTION: True})

    @contextlib.contextmanager
    def session(self, *, write: bool = False) -> Iterator[Session]:
        with Session(self._write_engine if write else self.engine, expire_on_commit=False) as s:
            try:
                yield s
            except sa.exc.OperationalError as exc:
                if is_busy(exc):  # (a write session already holds the lock: only a reader's rare case)
                    raise StoreBusyError(path=self.path) from exc
                raise

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
    cur.execute(f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_MS)}")
    for attempt in range(1, WRITE_ATTEMPTS + 1):  # a new file needs the exclusive lock to become WAL
        try:
            cur.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or attempt == WRITE_ATTEMPTS:
                raise  # busy: worded by faults.as_store_error, like every busy opening
            time.sleep(RETRY_PAUSE_S)
    # WAL + NORMAL: a commit survives the process being killed (not necessarily a power cut).
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _on_begin(conn: sa.Connection) -> None:
    if not conn.get_execution_options().get(WRITE_OPTION):
        conn.exec_driver_sql("BEGIN")
        return
    for attempt in range(1, WRITE_ATTEMPTS + 1):
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")  # waits up to busy_timeout for another writer
            return
        except sa.exc.OperationalError as exc:
            if not is_busy(exc):
                raise
            log.warning("the database is locked by another connection (attempt %d of %d)", attempt, WRITE_ATTEMPTS)
            if attempt < WRITE_ATTEMPTS:
                time.sleep(RETRY_PAUSE_S)
    raise StoreBusyError()


def make_engine(path: Path) -> sa.Engine:
    # hide_parameters: an error never quotes the statement's values (names, birth dates, answers) into a log
    engine = create_engine(f"sqlite:///{path}", connect_args={"check_same_thread": False}, hide_parameters=True)
    sa.event.listen(engine, "connect", _on_connect)
    sa.event.listen(engine, "begin", _on_begin)
    return engine


def _backup_before_migrating(path: Path, revision: str) -> Path:
    """A copy of the database as it is, before a migration changes it: made in a scratch file of the data
    dir, then renamed over any copy an earlier, interrupted attempt left (the file is still at
    ``revision``, so the new copy is as good as the old one, and a partial old one is replaced)."""
    dest = path.with_name(f"{path.name}.before-{head_revision()}-from-{revision}.bak")
    with scratch_file(path.parent, "premigration") as tmp:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    return dest


def _busy(exc: BaseException) -> bool:
    """Another process holds the database (a lock, not a problem of the file): not a reason to set it aside."""
    text = str(getattr(exc, "orig", None) or exc)
    return "locked" in text or "busy" in text


def _open_failure(path: Path, exc: BaseException) -> StoreError:
    """What a failure while opening, checking or migrating a file tells the user."""
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if "readonly" in low or "read-only" in low or "disk is full" in low or "no space" in low:
        # a full disk or a read-only folder: nothing wrong with the file (``faults.as_store_error`` words it;
        # the caller maps it, which keeps this module free of an import cycle)
        raise exc
    return CorruptDatabaseError(f"{path} could not be opened as a verify_coach database ({text}).", path)


def _check_live(engine: sa.Engine, path: Path) -> str | None:
    """The revision of the database as SQLite sees it with its write-ahead log, checked as ``inspect_file``
    checks the file alone (only needed when a log is there: it may hold what the file does not show)."""
    with engine.connect() as conn:
        con = conn.connection.driver_connection
        assert isinstance(con, sqlite3.Connection)
        revision, problem = check_shape(con)
        bad_date = unreadable_date(con) if problem is None and revision is not None else None
        conn.rollback()
    if problem == "newer":
        raise NewerDatabaseError(
            f"{path} was written by a newer version of verify_coach (schema {revision}). "
            "Please update verify_coach to open it.", path)
    if problem:
        raise CorruptDatabaseError(f"{path} is an SQLite database, but not one of verify_coach's ({problem}).", path)
    if bad_date:
        raise CorruptDatabaseError(f"{path} is damaged ({bad_date}). Nothing was changed.", path)
    return revision


def open_store(data_dir: Path | str | None = None, *, filename: str = DB_FILENAME) -> Store:
    """Open (creating or upgrading) the database in ``data_dir``.

    The file is inspected before anything could change it (``inspect_file``); a file that is not
    verify_coach's, or any failure to open it, raises a StoreError subclass with a user-facing message.
    Scratch copies that an interrupted backup, restore or upgrade left in the data dir are removed.
    """
    directory = ensure_private_dir(Path(data_dir) if data_dir else default_data_dir())
    path = directory / filename
    revision = inspect_file(path)
    clean_stale(directory)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    head = head_revision()
    engine = make_engine(path)
    try:
        if _nonempty(wal_of(path)):
            revision = _check_live(engine, path)
        if revision and revision != head:
            log.info("backing up %s before migrating %s -> %s", path, revision, head)
            _backup_before_migrating(path, revision)
        if revision != head:
            upgrade(engine)
    except StoreError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        if _busy(exc):  # in use elsewhere: raised as it is (the app must not offer to set it aside)
            raise
        log.exception("opening %s failed", path)
        raise _open_failure(path, exc) from exc
    return Store(path=path, engine=engine)


def upgrade(engine: sa.Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = _alembic_config()
    with engine.execution_options(**{WRITE_OPTION: True}).begin() as conn:  # BEGIN IMMEDIATE
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def current_revision(engine: sa.Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()
