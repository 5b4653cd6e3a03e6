"""What every screen is given: the service (coach), the worker, preferences and the event bus.

Screens never touch the database themselves: they run an operation,
``ctx.op(self, lambda coach: coach.X(...), changes=Changes.…).success(...).run()`` (see :mod:`.ops`),
and react to ``bus.changed`` (a :class:`~.ops.Changes` flag) for what changed (no global refresh).
What a screen asks of the window (show a screen, start a session, edit the call date, import, create
a profile) is a command on the bus, never a call up through ``self.window()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from .ops import Changes, Op, owner_alive
from .prefs import Prefs
from .tasks import TaskManager

if TYPE_CHECKING:  # the core (SQLAlchemy, fsrs...) is loaded after the window has painted
    from ..core.coach import Coach


class Bus(QObject):
    """What changed (one signal), and the commands screens give the main window."""

    changed = Signal(object)  # a Changes flag: what an operation changed
    # commands, carried out by the main window
    navigate = Signal(str)  # show a screen by name
    start_session = Signal(str, object)  # mode, optional list of fact keys to drill
    edit_call_date = Signal()  # open the call-date dialog
    import_profile = Signal()  # open the import dialog (choose a file or paste text)
    new_profile = Signal()  # start a new, empty profile in the editor
    open_draft = Signal(object)  # a Draft: open an unsaved profile in the editor
    edit_field = Signal(str)  # open the profile editor at a field (a where-path: ``platform.time_zone``)
    waiting = Signal()  # something the user asked for waits for the database to open
    status = Signal(str, int)  # a message in the window's status bar for so many ms (0: until replaced; "": clear)
    language = Signal()  # the interface language setting changed: the app applies it at once (``Application``)

    def on(self, changes: Changes, slot: Callable[[], Any]) -> None:
        """Call ``slot()`` once whenever an operation changes any of ``changes`` (not after the widget
        the slot belongs to is deleted)."""
        receiver = getattr(slot, "__self__", None)

        def relay(what: Changes) -> None:
            if what & changes and owner_alive(receiver):
                slot()

        self.changed.connect(relay)


@dataclass
class Draft:
    """An unsaved profile (from pasted text) for the editor; ``done(opened)`` says whether the editor took it."""

    profile: Any
    origin: str
    warnings: list[str]
    notes: list[str]
    done: Callable[[bool], Any]


@dataclass
class AppContext:
    data_dir: Path
    prefs: Prefs
    tasks: TaskManager
    bus: Bus
    coach: Coach | None = None
    backups: Any = None  # the automatic backups while the app runs (ui.autobackup.BackgroundBackups)
    waiting: list[Callable[[], Any]] = field(default_factory=list)
    # Checks that may refuse a change to the stored profile (the editor's unsaved edits); see may_change_profile.
    profile_guards: list[Callable[[], bool]] = field(default_factory=list)

    def guard_profile(self, check: Callable[[], bool]) -> None:
        """``check()`` is asked before an import or save-as reads or replaces the stored profile; it may ask
        the user and return False to stop (the check of a deleted widget is dropped)."""
        self.profile_guards.append(check)

    def may_change_profile(self) -> bool:
        self.profile_guards = [g for g in self.profile_guards if owner_alive(getattr(g, "__self__", None))]
        return all(g() for g in self.profile_guards)

    def when_open(self, fn: Callable[[], Any]) -> bool:
        """Run ``fn`` now if the database is open, else once it is (the first screen can show before).

        Returns True when ``fn`` ran now."""
        if self.coach is not None:
            fn()
            return True
        self.waiting.append(fn)
        self.bus.waiting.emit()  # the window says "Opening your data…"
        return False

    def opened(self) -> None:
        """The database is open: do what the user asked for meanwhile, in order."""
        waiting, self.waiting = self.waiting, []
        for fn in waiting:
            fn()

    def op(self, owner: Any, fn: Callable[..., Any], *, changes: Changes = Changes.NONE, name: str = "",
           needs_coach: bool = True) -> Op[Any]:
        """An operation owned by ``owner`` (see :mod:`.ops`): ``fn(coach)`` on the worker."""
        return Op(self, owner, fn, changes=changes, name=name, needs_coach=needs_coach)

    def task(self, owner: Any, fn: Callable[[], Any], *, name: str = "") -> Op[Any]:
        """Disk work that needs no database (reading a file, opening the store): ``fn()`` on the worker."""
        return Op(self, owner, fn, name=name, needs_coach=False)

    def changed(self, changes: Changes) -> None:
        """Say that something changed outside an operation (e.g. settings saved)."""
        self.bus.changed.emit(changes)
