"""Database and disk work off the UI thread (the pattern of Anki's taskman).

``TaskManager.run(fn, success=..., failure=...)`` runs ``fn()`` on ONE worker thread (one writer, so
operations never race each other) and calls ``success(result)`` or ``failure(exc)`` back on the UI
thread. Screens do not call it directly: they build an :class:`~verify_coach.ui.ops.Op`, which adds the
database wait, the owner check, latest-request-wins, the "what changed" signal and the error routing.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
SLOW_OP_S = 0.5


class _Relay(QObject):
    done = Signal(object, object, object, object)  # callback, result, failure-callback, exception


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, success: Any, failure: Any, name: str):
        super().__init__()
        self.fn, self.relay, self.success, self.failure, self.name = fn, relay, success, failure, name
        self.setAutoDelete(True)

    def run(self) -> None:  # on the worker thread
        t0 = time.perf_counter()
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the UI thread, never lost
            self.relay.done.emit(None, None, self.failure, exc)
        else:
            self.relay.done.emit(self.success, result, None, None)
        dt = time.perf_counter() - t0
        if dt > SLOW_OP_S:
            log.info("operation %s took %.2f s", self.name, dt)


class TaskManager(QObject):
    """One worker thread for all database/disk work. ``pending`` counts jobs not yet delivered."""

    idle = Signal()
    error = Signal(object)  # a bug: the application shows the error dialog
    user_error = Signal(str, object)  # a UserError nobody handled: title, exception (a message box)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)
        self._relay = _Relay()
        self._relay.done.connect(self._deliver)
        self.pending = 0
        self._lock = threading.Lock()

    def run(
        self,
        fn: Callable[[], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        name: str = "",
    ) -> None:
        self.pending += 1
        self.pool.start(_Job(fn, self._relay, success, failure, name or getattr(fn, "__name__", "op")))

    @Slot(object, object, object, object)
    def _deliver(self, success: Any, result: Any, failure: Any, exc: Any) -> None:
        self.pending -= 1
        try:
            if exc is not None:
                if failure is not None:
                    failure(exc)
                else:
                    self.error.emit(exc)
            elif success is not None:
                success(result)
        finally:
            if self.pending == 0:
                self.idle.emit()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the worker is idle (shutdown and tests only)."""
        return self.pool.waitForDone(msecs)

    def drain(self, msecs: int = 10_000) -> bool:
        """Block until every job is done *and delivered*, the jobs their callbacks start too (quitting: an
        answer still being saved then ends its session, whose end is one more job). Bounded by ``msecs``;
        True when nothing is left. Runs the UI thread's pending events meanwhile (shutdown only)."""
        from PySide6.QtCore import QCoreApplication, QDeadlineTimer

        deadline = QDeadlineTimer(msecs)
        while True:
            if not self.pool.waitForDone(max(0, deadline.remainingTime())):
                return False
            QCoreApplication.sendPostedEvents()  # the queued deliveries: callbacks, which may start jobs
            QCoreApplication.processEvents()
            if self.pending == 0 and self.pool.activeThreadCount() == 0:
                return True
            if deadline.hasExpired():
                return False
