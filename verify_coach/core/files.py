"""Owner-only, atomic file writes: the one implementation every export, backup and profile save uses.

On Windows the mode bits do nothing but the read-only flag: owner-only there comes from where the files
are (the data dir is under the user's own ``%LOCALAPPDATA%``, whose ACL grants only the user, SYSTEM and
Administrators; docs/install.md). ``os.fchmod`` does not exist there before Python 3.13, so it is optional.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path


def write_private_with(path: Path | str, write: Callable[[Path], object]) -> None:
    """``write(tmp)`` fills a private (0600) temporary file next to ``path``, which then replaces ``path``.

    A failure leaves ``path`` as it was and no temporary file behind."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    tmp = Path(name)
    try:
        if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
            os.fchmod(fd, 0o600)
        os.close(fd)
        write(tmp)
        os.chmod(tmp, 0o600)  # in case the writer re-created the file
        with open(tmp, "rb") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
        raise


def write_private_file(path: Path | str, data: bytes) -> None:
    """Write ``data`` atomically with owner-only permissions."""
    write_private_with(path, lambda tmp: tmp.write_bytes(data))


__all__ = ["write_private_file", "write_private_with"]
