"""Who else uses this data dir: the lock file the desktop app holds for its lifetime (Qt-free).

The app takes ``<data dir>/verify_coach.lock`` (owner-only, 0600) with an exclusive, non-blocking
OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows) when it starts and keeps it until it
exits; the OS drops it when the process dies, so a crash never leaves a stale lock behind. The
file's text says who holds it (``{"what": "app", "pid": ...}``), for messages only: the OS lock is
the truth, never the text.

- ``app_running(data_dir)``: is another verify_coach holding it (the app, or a restore)?
- ``hold_instance_lock(data_dir, what)``: take it, or raise :class:`InstanceBusyError`.
- ``refuse_while_app_runs(data_dir, doing)``: the CLI's check before a command that writes.

A second open file of the same lock in the same process conflicts with the first (``flock`` locks an
open file, not a process), so tests can hold and probe it in one process.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from ..errors import UserError

LOCK_FILENAME = "verify_coach.lock"
_WIN_LOCK_OFFSET = 1 << 20  # Windows locks bytes: lock one far past the text, which stays readable

WHO = {"app": "the verify_coach desktop app", "restore": "'verify-coach restore'"}


class InstanceBusyError(UserError):
    """Another verify_coach holds the data dir's lock. ``str()`` is for the user; ``holder`` says who.
    (A ``UserError``, not a ``StoreError``: this module imports no SQLAlchemy, so the app's start-up
    can check the lock before loading the ORM.)"""

    def __init__(self, message: str, path: Path | None = None, holder: dict[str, Any] | None = None):
        super().__init__(message)
        self.path = path
        self.holder = holder or {}


def lock_path(data_dir: Path | str) -> Path:
    return Path(data_dir).expanduser() / LOCK_FILENAME


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as exc:  # e.g. a file system without locks: say nobody holds it rather than refuse
        import errno

        return exc.errno not in (errno.EAGAIN, errno.EACCES)
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":  # pragma: no cover
        import msvcrt

        os.lseek(fd, _WIN_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    with contextlib.suppress(OSError):
        fcntl.flock(fd, fcntl.LOCK_UN)


def _open_lock_file(path: Path) -> int:
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)  # (a file made by an older umask, or by hand)
    return fd


def holder(data_dir: Path | str) -> dict[str, Any]:
    """What the lock file says about its holder ({} when unknown). For messages only."""
    try:
        text = lock_path(data_dir).read_text(encoding="utf-8")
        data = json.loads(text.split("\0", 1)[0] or "{}")
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def describe(info: dict[str, Any]) -> str:
    """"the verify_coach desktop app (process 1234)"."""
    who = WHO.get(str(info.get("what", "")), "another verify_coach")
    pid = info.get("pid")
    return f"{who} (process {pid})" if isinstance(pid, int) else who


class InstanceLock:
    """The data dir's lock, held until :meth:`release` (or the process ends)."""

    def __init__(self, path: Path, fd: int, what: str):
        self.path, self.what = path, what
        self._fd: int | None = fd

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        with contextlib.suppress(OSError):
            os.ftruncate(fd, 0)  # nobody holds it: no stale text either
        _unlock(fd)
        os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

    def __del__(self) -> None:  # pragma: no cover - a lock forgotten by a test
        with contextlib.suppress(Exception):
            self.release()


def try_instance_lock(data_dir: Path | str, what: str = "app") -> InstanceLock | None:
    """Take the data dir's lock for ``what`` ("app" or "restore"); None if another holds it.
    The data dir must exist."""
    path = lock_path(data_dir)
    fd = _open_lock_file(path)
    if not _try_lock(fd):
        os.close(fd)
        return None
    info = {"what": what, "pid": os.getpid(), "since": datetime.now(UTC).isoformat(timespec="seconds")}
    try:
        os.ftruncate(fd, 0)
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, json.dumps(info).encode())
    except OSError:  # a full disk: the lock itself holds, only the text is missing
        pass
    return InstanceLock(path, fd, what)


def hold_instance_lock(data_dir: Path | str, what: str = "app") -> InstanceLock:
    """Like :func:`try_instance_lock`, but raises :class:`InstanceBusyError` when it is held."""
    lock = try_instance_lock(data_dir, what)
    if lock is None:
        info = holder(data_dir)
        raise InstanceBusyError(
            f"Your verify_coach data ({Path(data_dir).expanduser()}) is in use by {describe(info)}. "
            "Close it first, then try again.", lock_path(data_dir), info)
    return lock


def app_running(data_dir: Path | str) -> bool:
    """True while another verify_coach (the app, or a restore) holds the data dir's lock.
    Never creates the data dir; a data dir without a lock file has nobody in it."""
    path = lock_path(data_dir)
    if not path.is_file():
        return False
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        if _try_lock(fd):
            _unlock(fd)
            return False
        return True
    finally:
        os.close(fd)


def refuse_while_app_runs(data_dir: Path | str, doing: str, *, wait: bool | float = False,
                          waiting: Callable[[str], Any] | None = None, poll_s: float = 0.5) -> None:
    """The check before a terminal command that writes: raise :class:`InstanceBusyError` (a
    ``UserError``: exit code 2) while the app holds the data dir, or, with ``wait``, wait until it has
    closed (``waiting(message)`` is told once). ``wait`` as a number of seconds bounds the wait: still
    open by then, the command is refused as without it."""
    if not app_running(data_dir):
        return
    info = holder(data_dir)
    who = describe(info)
    if wait is not False:
        limit = None if wait is True else float(wait)
        if waiting is not None:
            waiting(f"Waiting for {who} to close"
                    f"{'' if limit is None else f' (at most {_seconds(limit)})'} (Ctrl+C to stop)…")
        deadline = None if limit is None else time.monotonic() + limit
        while app_running(data_dir):
            if deadline is not None and time.monotonic() >= deadline:
                raise InstanceBusyError(
                    f"{who[0].upper()}{who[1:]} is still open on your data ({Path(data_dir).expanduser()}) "
                    f"after {_seconds(limit or 0)}, so '{doing}' did not start; nothing was changed. Close the "
                    "app and try again.", lock_path(data_dir), info)
            time.sleep(poll_s if deadline is None else max(0.0, min(poll_s, deadline - time.monotonic())))
        return
    raise InstanceBusyError(
        f"{who[0].upper()}{who[1:]} is open on your data ({Path(data_dir).expanduser()}), so '{doing}' would "
        "change it behind the app's back. Close the app first (or do this in the app), or add --wait to "
        "start as soon as it is closed. Commands that only read, like stats and export, work meanwhile.",
        lock_path(data_dir), info)


def _seconds(value: float) -> str:
    """"0.5 seconds", "1 second", "30 seconds", "10 minutes"."""
    if value >= 120:
        return f"{round(value / 60)} minutes"
    shown = f"{value:.1f}".rstrip("0").rstrip(".") if value < 10 else str(round(value))
    return f"{shown} second{'' if shown == '1' else 's'}"


__all__ = [
    "LOCK_FILENAME",
    "InstanceBusyError",
    "InstanceLock",
    "app_running",
    "describe",
    "hold_instance_lock",
    "holder",
    "lock_path",
    "refuse_while_app_runs",
    "try_instance_lock",
]
