"""The app's log file (``verify_coach.log`` in the data dir, owner-only) and the start-up clock.

The log is owner-only (0600), rotated files too, and every line goes through
:func:`verify_coach.core.privacy.scrub`: no statement parameters, no profile values. A log that cannot be
opened (a read-only or full data dir) is no reason not to start: the app logs to stderr and says so.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

T0 = time.perf_counter()  # the start-up clock: first imported by ``ui.app``, before Qt
LOG_NAME = "verify_coach.log"
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def since_start_ms() -> int:
    """Milliseconds since the app started (for the start-up log lines and the smoke run)."""
    return int((time.perf_counter() - T0) * 1000)


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A RotatingFileHandler whose files, the current one and the rotated ``.1``, ``.2``, are 0600 always
    (the stock one creates each new file with the umask, typically 0644)."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
            with contextlib.suppress(OSError):
                os.fchmod(fd, 0o600)
        return os.fdopen(fd, "a", encoding=self.encoding, errors=self.errors)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 (logging's name)
        """A line that cannot be written (a full disk) is dropped with one note on stderr; the stock
        handler would print the record's message and arguments, personal data included."""
        if logging.raiseExceptions:
            with contextlib.suppress(Exception):
                import sys

                sys.stderr.write(f"verify_coach: a log line could not be written to {self.baseFilename}\n")

    def close(self) -> None:
        """Closing flushes what is buffered; on a full disk that fails, and the lines are dropped (as
        :meth:`handleError` does) rather than stopping whoever closes the log (the next start-up, Delete
        all my data, the app's exit)."""
        try:
            super().close()
        except OSError:
            self.stream = None  # type: ignore[assignment]

    def doRollover(self) -> None:  # noqa: N802 (logging's name)
        super().doRollover()
        for i in range(1, self.backupCount + 1):
            with contextlib.suppress(OSError):
                os.chmod(f"{self.baseFilename}.{i}", 0o600)


def _formatter() -> logging.Formatter:
    from ..core.privacy import ScrubbingFormatter

    return ScrubbingFormatter(FORMAT)


def setup_logging(data_dir: Path) -> Path | None:
    """Log to the data dir's ``verify_coach.log`` (rotated, 0600); one log file per process.

    Returns the log's path, or None when it cannot be opened (then the log goes to stderr; the caller
    tells the user why)."""
    path = data_dir / LOG_NAME
    root = logging.getLogger()
    for h in list(root.handlers):  # one log file per process: the current data dir's
        if isinstance(h, RotatingFileHandler) and Path(h.baseFilename).name == LOG_NAME:
            root.removeHandler(h)
            h.close()
    root.setLevel(logging.INFO)
    try:
        handler: logging.Handler = PrivateRotatingFileHandler(path, maxBytes=1_000_000, backupCount=2, encoding="utf-8")
    except OSError as exc:
        handler = logging.StreamHandler()
        handler.setFormatter(_formatter())
        root.addHandler(handler)
        logging.getLogger("verify_coach").warning("cannot open the log file %s (%s); logging to stderr",
                                                  path, exc.strerror or exc)
        return None
    handler.setFormatter(_formatter())
    root.addHandler(handler)
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
