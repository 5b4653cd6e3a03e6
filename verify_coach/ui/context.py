"""What every screen is given: the service (coach), the worker, preferences and the event bus.

Screens never touch the database themselves: they call ``ctx.tasks.run(lambda: ctx.coach.X(...),
success=...)`` and react to the bus signals that say what changed (no global refresh).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSettings, Signal

from .tasks import TaskManager

if TYPE_CHECKING:  # the core (SQLAlchemy, fsrs...) is loaded after the window has painted
    from ..core.coach import Coach
    from ..core.scheduling import Timing


class Bus(QObject):
    """What changed, so each screen decides whether to reload."""

    profile_changed = Signal()  # active profile switched, edited, imported or created
    history_changed = Signal()  # answers recorded or undone, sessions ended
    call_changed = Signal()  # call date set or cleared
    prefs_changed = Signal()  # settings saved
    navigate = Signal(str)  # ask the main window to show a screen by name
    start_session = Signal(str, object)  # mode, optional list of fact keys to drill


class Prefs:
    """User preferences in ``settings.ini`` in the data dir (so tests and portable installs are isolated)."""

    DEFAULTS: dict[str, Any] = {
        "session_length": 15,
        "seconds_per_question": 20,
        "slow_seconds": 12,
        "theme": "system",  # system | light | dark
        "language": "system",  # system | en | zh_CN
        "voice": "",
        "speech_rate": 0.0,
        "answer_countdown": 5,
        "call_length": "typical",
    }

    def __init__(self, data_dir: Path):
        self.path = data_dir / "settings.ini"
        self.qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        default = self.DEFAULTS.get(key)
        value = self.qs.value(key, default)
        if isinstance(default, bool):
            return str(value).lower() in ("1", "true", "yes")
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, float):
            try:
                return float(value)
            except (TypeError, ValueError):
                return default
        return value

    def set(self, key: str, value: Any) -> None:
        self.qs.setValue(key, value)

    def sync(self) -> None:
        self.qs.sync()

    def timing(self) -> Timing:
        return timing_for(self.get("slow_seconds"))


def timing_for(slow_seconds: int) -> Timing:
    """The core's Timing for the "what counts as slow" setting (safe to call on the worker)."""
    from ..core.scheduling import Timing

    slow = max(2, int(slow_seconds)) * 1000
    return Timing(fast_ms=min(5000, slow // 2), slow_ms=slow)


@dataclass
class AppContext:
    data_dir: Path
    prefs: Prefs
    tasks: TaskManager
    bus: Bus
    coach: Coach | None = None
    extras: dict[str, Any] = field(default_factory=dict)
    waiting: list[Callable[[], Any]] = field(default_factory=list)

    def when_open(self, fn: Callable[[], Any]) -> bool:
        """Run ``fn`` now if the database is open, else once it is (the first screen can show before).

        Returns True when ``fn`` ran now."""
        if self.coach is not None:
            fn()
            return True
        self.waiting.append(fn)
        return False

    def opened(self) -> None:
        """The database is open: do what the user asked for meanwhile, in order."""
        waiting, self.waiting = self.waiting, []
        for fn in waiting:
            fn()

    def run(self, fn: Any, success: Any = None, failure: Any = None, name: str = "", owner: Any = None) -> None:
        self.tasks.run(fn, success=success, failure=failure, name=name, owner=owner)
