"""Scratch copies of the user's data: always inside the data dir, owner-only, and cleaned at start.

A backup copies the database before zipping it, a restore unpacks the backup before putting it in place,
a migration keeps a copy of the file it is about to change. Those copies hold everything the database
holds, so they never go to the system's temporary folder (shared, often kept across reboots, sometimes
backed up): they are made here, in ``<data dir>/.tmp-<what>-<random>`` (a folder 0700 or a file 0600).

While a scratch copy is in use its maker holds an exclusive lock on it (``flock``; on Windows an open
file cannot be deleted anyway), so :func:`clean_stale` — run whenever the store is opened, by the app
or the CLI — removes only what a killed process left behind, never what another running process is
still writing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

log = logging.getLogger(__name__)

PREFIX = ".tmp-"
# Left by versions before the scratch copies had a common prefix (a restore's staging folder).
OLD_PREFIXES = (".restore-",)
# Where locks do not exist (Windows), only what is older than this counts as left behind.
STALE_AFTER_S = 3600.0

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]


def _lock(path: Path) -> int | None:
    """An fd holding an exclusive lock on ``path`` (None where there are no locks)."""
    if fcntl is None:
        return None
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise
    return fd


def _unlock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing releases the flock


@contextlib.contextmanager
def scratch_dir(data_dir: Path, what: str) -> Iterator[Path]:
    """A private folder ``<data_dir>/.tmp-<what>-XXXX`` (0700), locked while in use, removed on leaving."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    path = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{what}-", dir=data_dir))  # mkdtemp makes it 0700
    fd = _lock(path)
    try:
        yield path
    finally:
        shutil.rmtree(path, ignore_errors=True)
        _unlock(fd)


@contextlib.contextmanager
def scratch_file(data_dir: Path, what: str, suffix: str = "") -> Iterator[Path]:
    """A private empty file ``<data_dir>/.tmp-<what>-XXXX<suffix>`` (0600), locked while in use.
    Removed on leaving unless it was renamed away (``os.replace``) meanwhile."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f"{PREFIX}{what}-", suffix=suffix, dir=data_dir)  # 0600
    os.close(fd)
    path = Path(name)
    lock = _lock(path)
    try:
        yield path
    finally:
        for leftover in (path, *(path.with_name(path.name + s) for s in ("-journal", "-wal", "-shm"))):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        _unlock(lock)


def _in_use(path: Path) -> bool:
    if fcntl is None:
        try:
            return time.time() - path.lstat().st_mtime < STALE_AFTER_S
        except OSError:
            return False
    try:
        fd = _lock(path)
    except OSError:
        return True  # locked by a live process (or unreadable: leave it)
    _unlock(fd)
    return False


def clean_stale(data_dir: Path) -> list[Path]:
    """Remove the scratch copies a killed process left in ``data_dir``; returns what was removed."""
    removed: list[Path] = []
    try:
        entries = list(data_dir.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        if not (name.startswith(PREFIX) or name.startswith(OLD_PREFIXES)):
            continue
        if entry.is_symlink():
            continue
        # the -journal of a scratch database goes with it: judged by its main file's lock
        main = entry
        for side in ("-journal", "-wal", "-shm"):
            if name.endswith(side) and entry.with_name(name[: -len(side)]).exists():
                main = entry.with_name(name[: -len(side)])
        if _in_use(main):
            continue
        try:
            if entry.is_dir():
                shutil.rmtree(entry)
            else:
                entry.unlink()
        except OSError as exc:
            log.warning("could not remove the stale copy %s: %s", entry, exc)
            continue
        removed.append(entry)
        log.info("removed a copy left by an interrupted backup, restore or upgrade: %s", entry)
    return removed


__all__ = ["PREFIX", "clean_stale", "scratch_dir", "scratch_file"]
