"""Automatic backups while the app runs, so that quitting never waits for one.

A backup of a large history takes seconds (a million answers: copy, integrity check, zip). The app used to
make it when the window closed, and quitting then took that long. Now a thread of its own -- neither the UI
thread nor the worker, so neither the window nor the user's answers wait for it -- makes one a little
after the database is open and again every so often, whenever the data changed since the last one
(``core.backup.auto_backup_is_current``). At quit, only a small database that changed since is backed
up on the spot (``QUIT_BACKUP_MAX_BYTES``: well under a second); a backup still running is cancelled
(``BackupCancelled``: it stops between steps within a fraction of a second and leaves nothing behind).

Whatever replaces all the data (restore, "Delete all my data") runs inside :meth:`BackgroundBackups.paused`:
a running backup is cancelled first and none starts meanwhile, so no backup of the old data is written
after it has been deleted.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

FIRST_DELAY_S = 120.0  # after the database is open: start-up and the first answers come first
EVERY_S = 30 * 60.0


class BackgroundBackups:
    """The automatic backups of one app run. ``coach_of()`` gives the Coach in use (None: not open)."""

    def __init__(self, coach_of: Callable[[], Any], *, first_delay_s: float | None = None,
                 every_s: float | None = None):
        self._coach_of = coach_of
        self.first_delay_s = FIRST_DELAY_S if first_delay_s is None else first_delay_s
        self.every_s = EVERY_S if every_s is None else every_s
        self._stop = threading.Event()  # the app is quitting
        self._cancel = threading.Event()  # the running backup gives up
        self._lock = threading.RLock()  # held while a backup runs, and while paused
        self._pausers = 0
        self._thread: threading.Thread | None = None
        self.made: list[Path] = []  # what this run backed up (newest last)
        self.done = threading.Event()  # set after each backup attempt (for tests)

    def start(self) -> None:
        if self._thread is None:
            # a daemon: should quitting ever find it in a step that cannot stop at once, the process does
            # not wait; what it leaves is a scratch copy, removed at the next start (core.scratch)
            self._thread = threading.Thread(target=self._run, name="auto-backup", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        delay = self.first_delay_s
        while not self._stop.wait(delay):
            delay = self.every_s
            self.backup_now()

    def backup_now(self) -> Path | None:
        """Make an automatic backup if the data changed since the last one (on the calling thread)."""
        from ..core.backup import BackupCancelled, auto_backup, auto_backup_is_current

        with self._lock:
            self._cancel.clear()  # before looking at the pausers: see paused()
            if self._pausers or self._stop.is_set():
                return None
            coach = self._coach_of()
            try:
                if coach is None or auto_backup_is_current(coach.store.data_dir):
                    return None
                path = auto_backup(coach, cancel=self._cancel)
                self.made.append(path)
                log.info("automatic backup written: %s", path)
                return path
            except BackupCancelled:
                log.info("automatic backup cancelled")
            except Exception:  # a failed automatic backup must never disturb the app
                log.exception("automatic backup failed")
            finally:
                self.done.set()
            return None

    @contextlib.contextmanager
    def paused(self) -> Iterator[None]:
        """No automatic backup inside the block; one running is cancelled first (call off the UI thread)."""
        with self._lock_count():
            self._cancel.set()
            with self._lock:
                yield

    @contextlib.contextmanager
    def _lock_count(self) -> Iterator[None]:
        self._pausers += 1
        try:
            yield
        finally:
            self._pausers -= 1

    def stop(self, wait_s: float = 2.0) -> bool:
        """Quitting: cancel a running backup and wait up to ``wait_s`` for it to stop. True: it stopped."""
        self._stop.set()
        self._cancel.set()
        if self._thread is None:
            return True
        self._thread.join(wait_s)
        return not self._thread.is_alive()

    def at_quit(self, coach: Any) -> Path | None:
        """The backup quitting makes: only of a small database that changed since the last backup."""
        from ..core.backup import QUIT_BACKUP_MAX_BYTES, auto_backup, auto_backup_is_current, database_bytes

        data_dir = Path(coach.store.data_dir)
        if auto_backup_is_current(data_dir):
            return None
        if database_bytes(data_dir) > QUIT_BACKUP_MAX_BYTES:
            log.info("quitting without an automatic backup: the database is large; it is backed up while the app"
                     " runs (last this run: %s)", self.made[-1] if self.made else "none yet")
            return None
        path = auto_backup(coach)
        self.made.append(path)
        return path
