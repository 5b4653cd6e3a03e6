"""Every preference declared once: its type, default, range or choices and label (as TagStudio's
``app_settings`` and Picard's ``options`` do). ``Prefs.get`` returns the declared type, clamped to the
declared range, so no screen re-coerces a value; the widgets take their limits from :data:`SETTINGS`.

Values live in ``settings.ini`` in the data dir (so tests and portable installs are isolated).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QSettings

from .i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from PySide6.QtWidgets import QSpinBox

    from ..core.scheduling import Timing


@dataclass(frozen=True)
class Setting:
    key: str
    type: type
    default: Any
    label: str = ""  # translated in the "Prefs" context
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()

    def coerce(self, raw: Any) -> Any:
        """``raw`` from the ini file as the declared type, within range; the default when unreadable."""
        try:
            if self.type is bool:
                value: Any = str(raw).lower() in ("1", "true", "yes")
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            return self.default
        if self.choices and value not in self.choices:
            return self.default
        if self.minimum is not None and value < self.minimum:
            value = self.type(self.minimum)
        if self.maximum is not None and value > self.maximum:
            value = self.type(self.maximum)
        return value

    def tr_label(self) -> str:
        return QCoreApplication.translate("Prefs", self.label)

    def limit(self, box: QSpinBox) -> QSpinBox:
        """Give a spin box this setting's range."""
        assert self.minimum is not None and self.maximum is not None
        box.setRange(int(self.minimum), int(self.maximum))
        return box


SETTINGS: dict[str, Setting] = {s.key: s for s in (
    Setting("session_length", int, 15, QT_TRANSLATE_NOOP("Prefs", "Questions per session"), 3, 100),
    # one notion, one number: the time to aim for in practice is the time after which an answer is slow
    Setting("slow_seconds", int, 12, QT_TRANSLATE_NOOP("Prefs", "Answer within"), 2, 120),
    Setting("theme", str, "system", QT_TRANSLATE_NOOP("Prefs", "Theme"), choices=("system", "light", "dark")),
    Setting("language", str, "system", QT_TRANSLATE_NOOP("Prefs", "Interface language"),
            choices=("system", "en", "zh_CN")),
    Setting("voice", str, "", QT_TRANSLATE_NOOP("Prefs", "Voice")),
    Setting("speech_rate", float, 0.0, QT_TRANSLATE_NOOP("Prefs", "Speed"), -1.0, 1.0),
    Setting("answer_countdown", int, 5, QT_TRANSLATE_NOOP("Prefs", "Time to start answering"), 1, 30),
    Setting("captions", bool, True, QT_TRANSLATE_NOOP("Prefs", "Show captions")),
    Setting("voice_accent", str, "", QT_TRANSLATE_NOOP("Prefs", "Accent")),
    Setting("microphone", str, "", QT_TRANSLATE_NOOP("Prefs", "Microphone")),  # "": the system's default
    Setting("answer_aloud", bool, False, QT_TRANSLATE_NOOP("Prefs", "Answer aloud in practice")),
    Setting("call_aloud", bool, True, QT_TRANSLATE_NOOP("Prefs", "Answer aloud in the mock call")),
    Setting("answer_pause", float, 1.2, QT_TRANSLATE_NOOP("Prefs", "An answer ends after a pause of"), 0.5, 4.0),
    Setting("keep_recordings", bool, False, QT_TRANSLATE_NOOP("Prefs", "Keep recordings of my spoken answers")),
    Setting("last_screen", str, "dashboard"),
)}


class Prefs:
    """The user's preferences, typed by :data:`SETTINGS`."""

    def __init__(self, data_dir: Path):
        self.path = data_dir / "settings.ini"
        with contextlib.suppress(OSError):  # one left 0644 by an older version
            if self.path.is_file():
                os.chmod(self.path, 0o600)
        self.qs = QSettings(str(self.path), QSettings.Format.IniFormat)

    def get(self, key: str) -> Any:
        spec = SETTINGS[key]
        return spec.coerce(self.qs.value(key, spec.default))

    def set(self, key: str, value: Any) -> None:
        _owner_only(self.path)  # QSettings keeps the mode of the file it replaces: 0600 before the first write
        self.qs.setValue(key, SETTINGS[key].coerce(value))

    def sync(self) -> None:
        self.qs.sync()
        _owner_only(self.path)

    def timing(self) -> Timing:
        return timing_for(self.get("slow_seconds"))


def _owner_only(path: Path) -> None:
    """Create ``path`` empty and 0600 if it is missing, else make it 0600 (a read-only data dir: no change)."""
    with contextlib.suppress(OSError):
        if path.exists():
            os.chmod(path, 0o600)
        elif path.parent.is_dir():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))


def timing_for(slow_seconds: int) -> Timing:
    """The core's Timing for the "what counts as slow" setting (safe to call on the worker)."""
    from ..core.scheduling import Timing

    slow = max(2, int(slow_seconds)) * 1000
    return Timing(fast_ms=min(5000, slow // 2), slow_ms=slow)


__all__ = ["SETTINGS", "Prefs", "Setting", "timing_for"]
