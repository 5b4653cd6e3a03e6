"""Where the data lives. Light on purpose: the app imports it before anything heavy."""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

ENV_DATA_DIR = "VERIFY_COACH_DATA_DIR"


def default_data_dir() -> Path:
    """``VERIFY_COACH_DATA_DIR`` if set, else platformdirs' user data dir."""
    env = os.environ.get(ENV_DATA_DIR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("verify_coach", appauthor=False))


def resources_dir() -> Path:
    """The ``resources/`` folder (translations, icons, the example profile): inside the package in an
    installed wheel (``verify_coach/resources``, see setup.py), next to the package in a source checkout,
    and in the bundle's own folder (``sys._MEIPASS``) when frozen by PyInstaller."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).resolve().parent)) / "resources"
    package = Path(__file__).resolve().parents[1]
    installed = package / "resources"
    return installed if installed.is_dir() else package.parent / "resources"


def ensure_private_dir(path: Path) -> Path:
    """Create the folder if needed and make it owner-only (0700)."""
    path.mkdir(parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # e.g. a folder the user chose on a FAT drive
        os.chmod(path, 0o700)
    return path
