"""The base of every screen: a name, a lazy ``activate()`` and a ``ready`` signal once data shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from ..context import AppContext
from ..ops import Changes


class Screen(QWidget):
    """A page of the main window.

    ``activate()`` is called each time the screen is shown; it (re)loads its data through
    an operation (``ctx.op(self, …)``) when ``dirty`` and emits ``ready`` when the data is on screen. Screens mark
    themselves dirty from the bus signals they care about.
    """

    ready = Signal()
    name = "screen"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.dirty = True
        self.setObjectName(f"screen-{self.name}")
        # Restore and delete-all replace the whole database: every screen reloads when next shown.
        ctx.bus.changed.connect(self._data_replaced)

    def activate(self) -> None:
        if self.dirty:
            self.dirty = False
            self.reload()
        else:
            self.ready.emit()

    def reload(self) -> None:
        self.ready.emit()

    def show_first_look(self, look: Any) -> None:
        """Show ``core.firstlook.FirstLook`` data before the database is open (screens that can)."""
        raise NotImplementedError(f"the {self.name} screen cannot show a first look")

    def run_for_session(self, work: Any, done: Any, failed: Any, *, name: str) -> None:
        """A session controller's ``Runner`` (``core.session``): the work as an operation owned by this
        screen, so its callbacks are dropped once the screen is gone."""
        self.ctx.op(self, work, name=name).success(done).failure(failed).run()

    def _data_replaced(self, what: Changes) -> None:
        if what == Changes.ALL:
            self.dirty = True

    def mark_dirty(self) -> None:
        self.dirty = True
        if self.isVisible():
            self.activate()

    def can_leave(self) -> bool:
        """False when leaving would lose something (the screen asks the user itself)."""
        return True

    def busy(self) -> bool:
        """True while the screen holds what rebuilding it would lose (a session under way, unsaved edits);
        asks nothing."""
        return False
