"""Database and disk work off the UI thread (the pattern of Anki's CollectionOp/QueryOp + taskman).

``ctx.tasks.run(fn, success=..., failure=...)`` runs ``fn()`` on ONE worker thread (one writer,
so operations never race each other) and calls ``success(result)`` or ``failure(exc)`` back on the
UI thread. A failure without a handler goes to the application's error dialog.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)
SLOW_OP_S = 0.5


class _Relay(QObject):
    done = Signal(object, object, object, object, object)  # callback, result, failure-callback, exception, owner


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay, success: Any, failure: Any, name: str, owner: Any):
        super().__init__()
        self.fn, self.relay, self.success, self.failure, self.name = fn, relay, success, failure, name
        self.owner = owner
        self.setAutoDelete(True)

    def run(self) -> None:  # on the worker thread
        t0 = time.perf_counter()
        try:
            result = self.fn()
        except BaseException as exc:  # handed to the UI thread, never lost
            self.relay.done.emit(None, None, self.failure, exc, self.owner)
        else:
            self.relay.done.emit(self.success, result, None, None, self.owner)
        dt = time.perf_counter() - t0
        if dt > SLOW_OP_S:
            log.info("operation %s took %.2f s", self.name, dt)


class TaskManager(QObject):
    """One worker thread for all database/disk work. ``pending`` counts jobs not yet delivered."""

    idle = Signal()
    error = Signal(object)  # an exception nobody handled

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
        owner: QObject | None = None,
    ) -> None:
        """``owner``: the widget that shows the result; if it is gone by then, the callbacks are
        skipped (a failure is still logged)."""
        self.pending += 1
        self.pool.start(_Job(fn, self._relay, success, failure, name or getattr(fn, "__name__", "op"), owner))

    @Slot(object, object, object, object, object)
    def _deliver(self, success: Any, result: Any, failure: Any, exc: Any, owner: Any) -> None:
        self.pending -= 1
        try:
            if owner is not None and not shiboken6.isValid(owner):
                if exc is not None:
                    log.error("background operation failed after its screen closed", exc_info=exc)
                return
            if exc is not None:
                if failure is not None:
                    failure(exc)
                else:
                    log.error("unhandled error in background operation", exc_info=exc)
                    self.error.emit(exc)
            elif success is not None:
                try:
                    success(result)
                except RuntimeError as err:
                    # the widget that asked was closed while the work ran: nothing to show it on
                    if "already deleted" not in str(err):
                        raise
                    log.debug("result for a closed widget dropped: %s", err)
        finally:
            if self.pending == 0:
                self.idle.emit()

    def wait(self, msecs: int = 10_000) -> bool:
        """Block until the worker is idle (shutdown and tests only)."""
        return self.pool.waitForDone(msecs)
