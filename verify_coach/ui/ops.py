"""One operation object for all database and disk work (the shape of Anki's ``CollectionOp``).

::

    ctx.op(self, lambda coach: coach.set_active(name), changes=Changes.PROFILE, name="switch") \\
        .success(self._switched).run()

An :class:`Op`

- waits for the database to be open (the first screen can show before it is), then runs ``fn(coach)``
  on the one worker (:mod:`.tasks`; ``needs_coach=False`` runs ``fn()`` for work that needs no database);
- hands the result to ``success`` on the UI thread, unless its owner (the widget that asked) is gone;
- with ``latest()``, drops the result of a request that a newer one of the same name and owner has
  superseded (latest request wins: a reload after a reload, a preview after a preview);
- after success emits ``bus.changed`` with its :class:`Changes` once, **even when the owner is gone**
  (the data did change);
- on failure: a :class:`~verify_coach.core.errors.UserError` (or a type given to ``expect()``) goes to the
  ``failure`` handler, or, without one, to a message box for the user; anything else is a bug: it is
  logged and shown in the error dialog (after the ``failure`` handler, if any, has put the screen right).
- is timed: an operation slower than ``tasks.SLOW_OP_S`` is logged with its name.
"""

from __future__ import annotations

import enum
import logging
import sys
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from ..core.errors import UserError

if TYPE_CHECKING:
    from .context import AppContext

log = logging.getLogger(__name__)
T = TypeVar("T")


class Changes(enum.Flag):
    """What an operation changed, so each screen decides whether to reload (no global refresh)."""

    NONE = 0
    PROFILE = enum.auto()  # the active profile switched, edited, imported, renamed, created or deleted
    HISTORY = enum.auto()  # answers recorded or undone, sessions started or ended
    CALL = enum.auto()  # the call date set or cleared
    PREFS = enum.auto()  # settings saved
    ALL = PROFILE | HISTORY | CALL | PREFS  # the data was replaced (restore, delete all)


# owner -> name -> the serial number of its latest request (latest request wins)
_latest: weakref.WeakKeyDictionary[Any, dict[str, int]] = weakref.WeakKeyDictionary()
_NO_OWNER = object()  # an op without an owner counts its latest requests here


def supersede(owner: Any, name: str) -> int:
    """Count a new request ``name`` of ``owner``; results of earlier ones will be dropped."""
    counters = _latest.setdefault(owner if owner is not None else _NO_OWNER, {})
    counters[name] = counters.get(name, 0) + 1
    return counters[name]


def _is_latest(owner: Any, name: str, serial: int) -> bool:
    return _latest.get(owner if owner is not None else _NO_OWNER, {}).get(name) == serial


def owner_alive(owner: Any) -> bool:
    return owner is None or not isinstance(owner, QObject) or shiboken6.isValid(owner)


class Op(Generic[T]):
    """Build with :meth:`AppContext.op`, configure with the chained methods, start with :meth:`run`."""

    def __init__(self, ctx: AppContext, owner: Any, fn: Callable[..., T], *, changes: Changes = Changes.NONE,
                 name: str = "", needs_coach: bool = True):
        self.ctx, self.owner, self.fn, self.changes = ctx, owner, fn, changes
        self.name = name or getattr(fn, "__name__", "op")
        self.needs_coach = needs_coach
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._expected: tuple[type[BaseException], ...] = (UserError,)
        self._latest = False
        self._serial = 0
        self._message_title = ""

    # -- configuration ---------------------------------------------------------------------
    def success(self, fn: Callable[[T], Any]) -> Op[T]:
        self._success = fn
        return self

    def failure(self, fn: Callable[[BaseException], Any]) -> Op[T]:
        """``fn(exc)`` for a user error, and for a bug before the error dialog shows it."""
        self._failure = fn
        return self

    def expect(self, *types: type[BaseException]) -> Op[T]:
        """Also treat these exceptions as the user's to read (e.g. ``OSError`` for a file they chose)."""
        self._expected = (*self._expected, *types)
        return self

    def latest(self) -> Op[T]:
        """Drop this result if a newer request of the same name and owner is made before it arrives."""
        self._latest = True
        return self

    def titled(self, title: str) -> Op[T]:
        """The title of the message box a user error is shown in when there is no failure handler."""
        self._message_title = title
        return self

    # -- running ---------------------------------------------------------------------------
    def run(self) -> None:
        if self._latest:
            self._serial = supersede(self.owner, self.name)
        if self.needs_coach and self.ctx.coach is None:
            self.ctx.when_open(self._start)  # started, in order, once the database is open
        else:
            self._start()

    def _start(self) -> None:
        if self.needs_coach:
            coach = self.ctx.coach
            fn = self.fn
            work: Callable[[], T] = lambda: fn(coach)  # noqa: E731  (the coach of the moment it starts)
        else:
            work = self.fn
        self.ctx.tasks.run(work, success=self._succeeded, failure=self._failed, name=self.name)

    def _current(self) -> bool:
        return owner_alive(self.owner) and (not self._latest or _is_latest(self.owner, self.name, self._serial))

    def _succeeded(self, result: T) -> None:
        try:
            if self._success is not None and self._current():
                self._success(result)
        finally:
            if self.changes:
                self.ctx.bus.changed.emit(self.changes)

    def _failed(self, exc: BaseException) -> None:
        exc = _as_user_fault(exc, self.ctx.data_dir)
        user = isinstance(exc, self._expected)
        if not self._current():
            if not user:
                log.error("operation %s failed after its screen closed", self.name, exc_info=exc)
            return
        if self._failure is not None:
            self._failure(exc)
        elif user:
            self.ctx.tasks.user_error.emit(self._message_title, exc)
        if not user:
            self.ctx.tasks.error.emit(exc)  # logged and shown in the error dialog


def _as_user_fault(exc: BaseException, data_dir: Any = None) -> BaseException:
    """A full disk or a read-only data dir is the user's to read (a StoreError sentence), not a bug for the
    error dialog: the screen's failure handler shows it where the work was asked for ("Not saved: …")."""
    if isinstance(exc, UserError) or ("sqlite3" not in sys.modules and not isinstance(exc, OSError)):
        return exc  # no database error is possible before sqlite3 is loaded
    from ..core.store.faults import DiskFullError, ReadOnlyDataError, as_store_error

    fault = as_store_error(exc, data_dir)
    if isinstance(fault, (DiskFullError, ReadOnlyDataError)):
        log.warning("operation failed: %s", fault)
        return fault
    return exc
