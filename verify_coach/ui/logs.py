"""The app's log file (``verify_coach.log`` in the data dir, owner-only) and the start-up clock."""

from __future__ import annotations

import contextlib
import logging
import os
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path

T0 = time.perf_counter()  # the start-up clock: first imported by ``ui.app``, before Qt
LOG_NAME = "verify_coach.log"


def since_start_ms() -> int:
    """Milliseconds since the app started (for the start-up log lines and the smoke run)."""
    return int((time.perf_counter() - T0) * 1000)


def setup_logging(data_dir: Path) -> Path:
    """Log to the data dir's ``verify_coach.log`` (rotated, 0600); one log file per process."""
    path = data_dir / LOG_NAME
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for h in list(root.handlers):  # one log file per process: the current data dir's
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename).name == LOG_NAME:
            root.removeHandler(h)
            h.close()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    with contextlib.suppress(OSError):
        os.chmod(path, 0o600)
    return path


def close_log_file(data_dir: Path) -> None:
    """Stop writing to the data dir's log (before "Delete all my data")."""
    path = str(data_dir / LOG_NAME)
    root = logging.getLogger()
    for h in list(root.handlers):
        if isinstance(h, RotatingFileHandler) and h.baseFilename == path:
            root.removeHandler(h)
            h.close()
