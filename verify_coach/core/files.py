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


#: The data dir's folders that hold personal data (core.backup deletes them on "Delete all my data"):
#: backups, old databases kept aside (by a restore, by "start fresh"), a restore's staging, the mock call's
#: and the spoken answers' recordings.
PERSONAL_DIR_PATTERNS = ("backups", "logs", "before-restore-*", "set-aside-*", ".restore-*", "recordings",
                         "answer-recordings")
_PRIVATE_FILES = ("verify_coach.log*", "settings.ini", "verify_coach.sqlite3*")


def tighten_permissions(data_dir: Path | str) -> None:
    """Owner-only, always: the data dir's folders of personal data 0700 (their files 0600), the logs (rotated
    ones too), the database files and ``settings.ini`` 0600. Repairs what older versions left 0644/0755.
    Cheap (a few globs of the top folder); a folder already owner-only is not walked."""
    directory = Path(data_dir).expanduser()
    if not directory.is_dir():
        return
    with contextlib.suppress(OSError):
        for pattern in _PRIVATE_FILES:
            for p in directory.glob(pattern):
                if p.is_file() and not p.is_symlink() and p.stat().st_mode & 0o077:
                    os.chmod(p, 0o600)
        for pattern in PERSONAL_DIR_PATTERNS:
            for d in directory.glob(pattern):
                if d.is_dir() and not d.is_symlink() and d.stat().st_mode & 0o077:
                    _tighten_tree(d)


def _tighten_tree(root: Path) -> None:
    os.chmod(root, 0o700)
    for base, dirs, names in os.walk(root):
        for n in dirs:
            with contextlib.suppress(OSError):
                os.chmod(os.path.join(base, n), 0o700)
        for n in names:
            p = os.path.join(base, n)
            if not os.path.islink(p):
                with contextlib.suppress(OSError):
                    os.chmod(p, 0o600)


__all__ = ["PERSONAL_DIR_PATTERNS", "tighten_permissions", "write_private_file", "write_private_with"]
