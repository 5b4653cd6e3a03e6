"""Database and file-system failures in words for the user: a full disk, a read-only data folder, a busy
or damaged database. The CLI and the app turn any ``sqlite3`` / SQLAlchemy error (and the OSErrors of
the data folder) into one of these :class:`StoreError` sentences with :func:`as_store_error`; no traceback,
and never the values of the statement (the engine hides them, ``hide_parameters=True``, and
:func:`verify_coach.core.privacy.scrub` removes them from any text that still has them).
"""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from pathlib import Path

from ..privacy import scrub
from .engine import StoreBusyError, StoreError

# SQLite's primary result codes (https://sqlite.org/rescode.html)
_READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB, _BUSY, _LOCKED = 8, 10, 11, 13, 14, 26, 5, 6


class DiskFullError(StoreError):
    """The disk that holds the data folder is full: what was being saved was not saved."""


class ReadOnlyDataError(StoreError):
    """The data folder (or its database) cannot be written: a read-only disk or folder, or no permission."""


def _sqlite_error(exc: BaseException) -> sqlite3.Error | None:
    seen: set[int] = set()
    cur: BaseException | None = exc
    while cur is not None and id(cur) not in seen:
        seen.add(id(cur))
        if isinstance(cur, sqlite3.Error):
            return cur
        orig = getattr(cur, "orig", None)  # sqlalchemy.exc.DBAPIError
        if isinstance(orig, sqlite3.Error):
            return orig
        cur = cur.__cause__ or cur.__context__
    return None


def _writable(folder: Path) -> bool:
    if not os.access(folder, os.W_OK):
        return False
    try:  # a read-only mount says W_OK to root: try for real
        probe = folder / f".write-test-{os.getpid()}"
        fd = os.open(probe, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
        os.close(fd)
        probe.unlink()
        return True
    except OSError:
        return False


def _nearly_full(folder: Path | None) -> bool:
    """Whether the disk of ``folder`` has (almost) no room left: SQLite then often says "disk I/O error" or
    "unable to open" (it cannot make its -wal/-shm files) rather than "disk is full"."""
    if folder is None:
        return False
    try:
        return shutil.disk_usage(folder).free < 256 * 1024
    except OSError:
        return False


def full_message(data_dir: Path | None) -> str:
    where = f" ({data_dir})" if data_dir else ""
    return (f"The disk with your data{where} is full: nothing more can be saved there (the last change was "
            "not). Everything saved before is still there. Free some space and try again.")


def readonly_message(data_dir: Path | None) -> str:
    where = f" {data_dir}" if data_dir else ""
    return (f"Your data folder{where} cannot be written (a read-only disk or folder, or no permission), so "
            "nothing can be saved. Your data is untouched. Make the folder writable, or choose another "
            "folder with --data-dir or VERIFY_COACH_DATA_DIR.")


def as_store_error(exc: BaseException, data_dir: Path | None = None) -> StoreError | None:
    """``exc`` as a StoreError with a message for the user, or None when it is not a database or
    data-folder failure (a bug, to be reported as one). A StoreError is returned as it is."""
    if isinstance(exc, StoreError):
        return exc
    if isinstance(exc, OSError) and not isinstance(exc, sqlite3.Error):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return DiskFullError(full_message(data_dir), data_dir)
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return ReadOnlyDataError(readonly_message(data_dir), data_dir)
        return None
    err = _sqlite_error(exc)
    if err is None:
        return None
    code = getattr(err, "sqlite_errorcode", None)
    primary = code & 0xFF if isinstance(code, int) else None
    text = str(err).lower()
    if primary == _FULL or "disk is full" in text:
        return DiskFullError(full_message(data_dir), data_dir)
    if primary == _READONLY or "readonly database" in text or "read-only" in text:
        return ReadOnlyDataError(readonly_message(data_dir), data_dir)
    if primary in (_CANTOPEN, _IOERR) and _nearly_full(data_dir):
        return DiskFullError(full_message(data_dir), data_dir)
    if primary == _CANTOPEN or "unable to open database" in text:
        if data_dir is not None and not _writable(data_dir):
            return ReadOnlyDataError(readonly_message(data_dir), data_dir)
        return StoreError(f"The database in {data_dir or 'your data folder'} cannot be opened ({scrub(str(err))}).",
                          data_dir)
    if primary in (_BUSY, _LOCKED) or "locked" in text:
        return StoreBusyError(path=data_dir)  # another verify_coach is writing (store.engine.BUSY_MESSAGE)
    if primary in (_CORRUPT, _NOTADB):
        return StoreError(f"The database in {data_dir or 'your data folder'} is damaged ({scrub(str(err))}).", data_dir)
    if primary == _IOERR or "disk i/o" in text:
        if data_dir is not None and not _writable(data_dir):
            return ReadOnlyDataError(readonly_message(data_dir), data_dir)
        return StoreError("The disk with your data could not be read or written (an input/output error); "
                          "nothing more was saved. Check the disk and try again.", data_dir)
    return StoreError(f"A database error stopped this: {scrub(str(err))}.", data_dir)


__all__ = ["DiskFullError", "ReadOnlyDataError", "as_store_error", "full_message", "readonly_message"]
