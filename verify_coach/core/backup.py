"""Backups, restore, automatic backups and "Delete all my data".

A backup is a zip holding:

- ``verify_coach.sqlite3``: the database, copied with SQLite's online backup API, so the copy is
  consistent even while the app is writing answers (it is a snapshot of one moment);
- ``profiles/<name>.json``: every profile in the native JSON format (readable without the app);
- ``manifest.json``: ``{"app": "verify_coach", "kind": "backup", "format": 1, "created_at": ...,
  "schema": <alembic revision>, "profiles": [{"name": ..., "file": ...}, ...], "recordings": <n>}``
  (a profile whose stored record no longer reads is kept as stored and marked ``"damaged": true``);
- ``answer-recordings/<profile_id>/<attempt_id>.ogg``: the recordings of spoken answers, only when asked
  (``make_backup(..., recordings=True)``). Without them, the copy of the database has no
  ``answer_recording`` rows, so a restore never lists recordings it does not have.

Restoring checks the file thoroughly *before* touching anything, keeps a copy of the current database in
``<data dir>/before-restore-<time>/`` (after its WAL is folded in) and then puts the backup in
its place with one ``os.replace``, so a kill at any moment leaves one whole database, the old or the
restored; if the restored database cannot be opened, the previous data is put back. "Thoroughly" means the manifest field by field
and the database's whole structure (``store.schema.check_shape``), not its revision label alone.

Every intermediate copy (the database copy, the zip being written, the restore's staging folder) is a
scratch copy in the data dir (``core.scratch``): never in the system's temporary folder, and removed at
the next start when a kill interrupted it.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import sqlite3
import tempfile
import threading
import time
import zipfile
import zlib
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from . import recordings as rec
from .files import PERSONAL_DIR_PATTERNS, write_private_with
from .scratch import scratch_dir, scratch_file
from .store.engine import (
    DB_FILENAME,
    SQLITE_MAGIC,
    StoreError,
    check_shape,
    default_data_dir,
    ensure_private_dir,
    known_revisions,
    open_store,
    unreadable_date,
)

APP = "verify_coach"
KIND = "backup"
FORMAT = 1
MANIFEST = "manifest.json"
DB_MEMBER = DB_FILENAME
BACKUPS_DIR = "backups"
AUTO_PREFIX = "auto-"
RESTORE_PREFIX = "before-restore-"
MAX_DB_BYTES = 2 * 1024**3  # a backup claiming a larger database is refused (zip bomb guard)
MAX_RECORDING_BYTES = 64 * 1024**2  # one recording claiming more is not restored (the same guard)
MAX_RECORDINGS_BYTES = 4 * 1024**3
_DB_SIDE_FILES = ("", "-wal", "-shm", "-journal")


class BackupCancelled(Exception):
    """An automatic backup given up because the app is quitting (nothing was left behind)."""


class BackupError(ValueError, StoreError):
    """A backup that cannot be made or restored. ``str()`` is a message for the user.

    A ValueError (a bad file given by the user) and a StoreError (so every front end that reports
    storage problems reports this one the same way)."""

    def __init__(self, message: str, path: Path | None = None):
        ValueError.__init__(self, message)
        self.path = path


# ------------------------------------------------------------------------------------------ helpers
def _stamp(now: datetime | None = None) -> str:
    """``20261125-221611-123456`` (UTC): sorts in time order, unique enough for back-to-back calls."""
    return (now or datetime.now(UTC)).astimezone(UTC).strftime("%Y%m%d-%H%M%S-%f")


def _unique(path: Path) -> Path:
    if not path.exists():
        return path
    for n in range(2, 1000):
        candidate = path.with_name(f"{path.stem}-{n}{path.suffix}")
        if not candidate.exists():
            return candidate
    raise BackupError(f"Cannot find a free file name next to {path}.")


def _safe_name(name: str) -> str:
    """A file name for a profile: letters (any script), digits, space, ``.-_``; nothing else."""
    cleaned = re.sub(r"[^\w .-]", "_", name, flags=re.UNICODE).strip(" .") or "profile"
    return cleaned[:80]


def _sqlite_copy(src: Path, dst: Path) -> None:
    """A consistent copy of a live database (WAL readers never block writers), as one self-contained file."""
    if not src.is_file():
        raise BackupError(f"There is no database at {src} to back up.")
    source = sqlite3.connect(src, timeout=10)
    try:
        fd = os.open(dst, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        os.close(fd)
        target = sqlite3.connect(dst)
        try:
            source.backup(target)  # pages=-1: everything in one step, from one read snapshot
            target.execute("PRAGMA journal_mode=DELETE")  # the copy needs no -wal file next to it
            target.commit()
        finally:
            target.close()
    finally:
        source.close()


def _check_db(path: Path, cancel: threading.Event | None = None) -> str:
    """Integrity and schema of a database file; returns its alembic revision. Raises BackupError.

    The structure must be exactly what the migrations make at the file's revision, with no trigger and
    no view (``store.engine.check_shape``): a file labelled with one of our revisions is not trusted on
    its label alone."""
    with open(path, "rb") as fh:
        if fh.read(len(SQLITE_MAGIC)) != SQLITE_MAGIC:
            raise BackupError("The backup's database is not an SQLite database.")
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        if cancel is not None:  # the integrity check of a large file takes seconds: it stops when asked to
            con.set_progress_handler(lambda: int(cancel.is_set()), 10_000)
        try:
            revision, problem = check_shape(con)
            result = [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()] if problem is None else []
            bad_date = unreadable_date(con) if result == ["ok"] else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        if cancel is not None and cancel.is_set():
            raise BackupCancelled() from None
        raise BackupError(f"The backup's database is damaged ({exc}).") from None
    if problem == "newer":
        raise BackupError(
            f"This backup was made by a newer version of verify_coach (database schema {revision}). "
            "Update verify_coach to restore it."
        )
    if revision is None and problem is None:
        raise BackupError("The backup's database is not a verify_coach database (it is empty).")
    if problem:
        raise BackupError(f"The backup's database is not a verify_coach database ({problem}).")
    if result != ["ok"]:  # SQLite's lines hold line breaks ("*** in database main ***\nPage 10 is never used")
        found = "; ".join(" ".join(str(r).split()) for r in result[:3])
        raise BackupError(f"The backup's database is damaged ({found}).")
    if bad_date:
        raise BackupError(f"The backup's database is damaged ({bad_date}).")
    assert revision is not None
    return revision


def _answer_count(path: Path) -> int:
    """How many answers a database holds (shown before a restore: which backup is it?)."""
    con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM attempt").fetchone()[0])
    except sqlite3.DatabaseError:
        return 0
    finally:
        con.close()


def describe(manifest: dict[str, Any]) -> dict[str, Any]:
    """What a backup holds, for the restore confirmation: ``created_at`` (aware datetime or None),
    ``profiles`` (names), ``answers`` (None for a backup made before the count was kept), ``recordings``.
    Whatever a field holds (a foreign or damaged manifest), this never fails: odd values show as unknown."""
    created: datetime | None
    raw = manifest.get("created_at")
    try:
        created = datetime.fromisoformat(raw) if isinstance(raw, str) else None
    except ValueError:
        created = None
    if created is not None and created.tzinfo is None:
        created = created.replace(tzinfo=UTC)
    answers = manifest.get("answers")
    recordings = manifest.get("recordings")
    profiles = manifest.get("profiles")
    return {"created_at": created,
            "profiles": [str(p.get("name", "")) for p in profiles if isinstance(p, dict)]
            if isinstance(profiles, list) else [],
            "answers": answers if isinstance(answers, int) and not isinstance(answers, bool) and answers >= 0
            else None,
            "recordings": recordings if isinstance(recordings, int) and not isinstance(recordings, bool)
            and recordings >= 0 else 0}


# ------------------------------------------------------------------------------------------ backup
def make_backup(coach: Any, path: Path | str, *, recordings: bool = False, now: datetime | None = None,
                cancel: threading.Event | None = None) -> Path:
    """Back up the database and every profile of ``coach`` to the zip ``path`` (replaced if it exists).

    ``recordings``: include the recordings of spoken answers (``answer-recordings/``); without, the
    database copy has no recording rows. ``path`` may be a folder: the zip is then
    ``verify_coach-backup-<time>.zip`` inside it. Returns the zip's path. The file is private (0600) and
    written atomically.

    The database is copied page by page (SQLite's backup API) and the profiles are read from that copy
    as stored bytes, so a record damaged inside (text that is not UTF-8, a profile that no longer reads)
    is backed up as it is rather than stopping the backup. Every intermediate copy is a scratch copy in
    the data dir (``core.scratch``), never in the system's temporary folder. ``cancel`` (set from another
    thread) gives up between steps with BackupCancelled, leaving nothing behind."""
    now = (now or datetime.now(UTC)).astimezone(UTC)
    target = Path(path).expanduser()
    if target.is_dir():
        target = _unique(target / f"verify_coach-backup-{_stamp(now)}.zip")
    src = Path(coach.store.path)
    data_dir = Path(coach.store.data_dir)

    def check() -> None:
        if cancel is not None and cancel.is_set():
            raise BackupCancelled()

    with scratch_dir(data_dir, "backup") as tmpdir:  # 0700, inside the data dir
        copy = tmpdir / DB_MEMBER
        try:
            _sqlite_copy(src, copy)
        except sqlite3.Error as exc:
            raise BackupError(f"Cannot copy the database for the backup ({exc}).") from None
        check()
        kept = _recordings_of_copy(copy, data_dir, recordings)
        check()
        revision = _check_db(copy, cancel)
        check()
        profiles = _profiles_of_copy(copy)
        manifest = {
            "answers": _answer_count(copy),
            "app": APP,
            "kind": KIND,
            "format": FORMAT,
            "created_at": now.isoformat(),
            "schema": revision,
            "profiles": [{"name": n, "file": f, **({"damaged": True} if bad else {})} for n, f, _, bad in profiles],
            "recordings": len(kept),
        }

        def build(z: zipfile.ZipFile) -> None:
            z.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=2) + "\n")
            with z.open(DB_MEMBER, "w", force_zip64=True) as out, open(copy, "rb") as fh:
                while chunk := fh.read(1024 * 1024):
                    check()
                    out.write(chunk)
            for _, fname, data, _bad in profiles:
                z.writestr(fname, data)
            for rel, data in kept:  # Opus is compressed already
                z.writestr(rel, data, compress_type=zipfile.ZIP_STORED)

        with scratch_file(data_dir, "backup", ".zip") as tmp_zip:
            with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as z:
                build(z)
            check()
            _place(tmp_zip, target)
    return target


def _place(tmp: Path, target: Path) -> None:
    """Move the finished zip ``tmp`` (a scratch file of the data dir) to ``target``, atomically: renamed
    on the same file system, else copied next to the target first (``write_private_with``)."""
    os.chmod(tmp, 0o600)
    with open(tmp, "rb") as fh:
        os.fsync(fh.fileno())
    target.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.replace(tmp, target)
    except OSError:  # another file system (a USB stick, a network folder)
        write_private_with(target, lambda t: shutil.copyfile(tmp, t))


def _profiles_of_copy(copy: Path) -> list[tuple[str, str, bytes, bool]]:
    """Every profile in the database copy as (name, member, JSON bytes, damaged), by name.

    A profile that reads is written in the native format (``Profile.to_json``); one that does not (its
    stored text is not UTF-8, or not a profile any more) is written as the bytes stored, marked damaged."""
    from .profile import Profile

    con = sqlite3.connect(f"file:{copy}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT CAST(name AS BLOB), CAST(data AS BLOB) FROM profile ORDER BY name").fetchall()
    finally:
        con.close()
    out: list[tuple[str, str, bytes, bool]] = []
    used: set[str] = set()
    for raw_name, raw in rows:
        name = bytes(raw_name).decode("utf-8", "replace")
        data = bytes(raw)
        try:
            text, damaged = Profile.model_validate_json(data.decode("utf-8")).to_json().encode("utf-8"), False
        except Exception:  # noqa: BLE001 - a damaged record is kept as it is, never a reason to fail
            text, damaged = data, True
        base = _safe_name(name)
        fname, n = base, 2
        while fname.casefold() in used:
            fname, n = f"{base}-{n}", n + 1
        used.add(fname.casefold())
        out.append((name, f"profiles/{fname}.json", text, damaged))
    return out


def _recordings_of_copy(copy: Path, data_dir: Path, include: bool) -> list[tuple[str, bytes]]:
    """The recordings the database copy lists, read from ``data_dir`` (``include``), as (member, bytes).
    The copy is left listing exactly those: rows whose file is missing, or all of them without
    ``include``, are deleted from it."""
    con = sqlite3.connect(copy)
    try:
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "answer_recording" not in tables:
            return []
        kept: list[tuple[str, bytes]] = []
        gone: list[int] = []
        for row_id, raw in con.execute("SELECT id, CAST(file AS BLOB) FROM answer_recording ORDER BY id").fetchall():
            try:
                rel = bytes(raw).decode("utf-8")
                path = rec.resolve(data_dir, rel) if include else None
                if path is None or path.is_symlink():
                    raise FileNotFoundError(rel)
                kept.append((str(rel), path.read_bytes()))
            except (OSError, UnicodeDecodeError, ValueError):
                gone.append(row_id)
        con.executemany("DELETE FROM answer_recording WHERE id = ?", [(i,) for i in gone])
        con.commit()
        if gone:
            con.execute("VACUUM")  # what the rows said does not linger in free pages
        return kept
    finally:
        con.close()


# ------------------------------------------------------------------------------------------ restore
def read_manifest(zip_path: Path | str) -> dict[str, Any]:
    """The manifest of a backup zip, after checking the file is one of ours. Raises BackupError."""
    zip_path = Path(zip_path)
    if not zip_path.is_file():
        raise BackupError(f"{zip_path}: no such file.")
    try:
        with zipfile.ZipFile(zip_path) as z:
            return _manifest(z, zip_path)
    except zipfile.BadZipFile:
        raise BackupError(f"{zip_path} is not a verify_coach backup (not a zip file, or a damaged one).") from None


MAX_MANIFEST_BYTES = 1024 * 1024


def _manifest(z: zipfile.ZipFile, zip_path: Path) -> dict[str, Any]:
    """The manifest, checked field by field: a file that is not ours, however its manifest is built (deep
    nesting, a list where a revision belongs, ``true`` as the format), is refused with a BackupError."""
    names = set(z.namelist())
    if MANIFEST not in names:
        raise BackupError(f"{zip_path} is not a verify_coach backup (it has no manifest).")
    unreadable = BackupError(f"{zip_path} is not a verify_coach backup (its manifest is unreadable).")
    if z.getinfo(MANIFEST).file_size > MAX_MANIFEST_BYTES:
        raise unreadable
    try:
        manifest = json.loads(z.read(MANIFEST).decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        raise unreadable from None
    if not isinstance(manifest, dict) or manifest.get("app") != APP or manifest.get("kind") != KIND:
        raise BackupError(f"{zip_path} is not a verify_coach backup.")
    fmt = manifest.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool) or fmt < 1:
        raise BackupError(f"{zip_path} is not a verify_coach backup (its format is not a version number).")
    if fmt > FORMAT:
        raise BackupError(f"{zip_path} was made by a newer version of verify_coach (backup format {fmt}); "
                          "update verify_coach to restore it.")
    schema = manifest.get("schema")
    if schema is not None and not isinstance(schema, str):
        raise BackupError(f"{zip_path} is not a verify_coach backup (its schema is not a revision).")
    if schema and schema not in known_revisions():
        raise BackupError(f"{zip_path} was made by a newer version of verify_coach (database schema {schema[:40]}); "
                          "update verify_coach to restore it.")
    if DB_MEMBER not in names:
        raise BackupError(f"{zip_path} is incomplete: it holds no database.")
    if z.getinfo(DB_MEMBER).file_size > MAX_DB_BYTES:
        raise BackupError(f"{zip_path}: the database in it is implausibly large; it was not restored.")
    return manifest


def _fold_wal(db: Path) -> bool:
    """Write the database's WAL into the file itself and close it, so that the file alone holds all of
    it (SQLite then removes the ``-wal``). False when that cannot be done (a damaged database)."""
    if not db.exists():
        return False
    try:
        conn = sqlite3.connect(f"file:{db}?mode=rw", uri=True, timeout=1.0)
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return False
    wal = db.with_name(f"{db.name}-wal")
    return busy == 0 and (not wal.exists() or wal.stat().st_size == 0)


def _set_aside_current(data_dir: Path, keep: Path) -> list[tuple[Path, Path]]:
    """Put the current database in ``keep`` without a moment where the data dir has none.

    The WAL is folded into the file first; then the file is copied into ``keep`` and stays in place until
    the restored one replaces it with one ``os.replace``; a kill at any point leaves the old database or
    the restored one, never no database. Returns the
    ``(original, aside)`` pairs that undo it, the database first. A database whose WAL cannot be folded
    (a damaged one) is moved aside whole, its side files with it, as before."""
    db = data_dir / DB_FILENAME
    moved: list[tuple[Path, Path]] = []
    if not db.exists():
        return moved
    if _fold_wal(db):
        aside, partial = keep / db.name, keep / f"{db.name}.partial"
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, db.open("rb") as current:
            shutil.copyfileobj(current, out, 1024 * 1024)
            out.flush()
            os.fsync(out.fileno())
        os.replace(partial, aside)  # a kill mid-copy leaves a ``.partial``, never a truncated database
        moved.append((db, aside))
        for suffix in _DB_SIDE_FILES[1:]:  # an empty -wal, the -shm: nothing in them, but not the restored file's
            side = data_dir / f"{DB_FILENAME}{suffix}"
            if side.exists():
                os.replace(side, keep / side.name)
        return moved
    for suffix in _DB_SIDE_FILES:
        src = data_dir / f"{DB_FILENAME}{suffix}"
        if src.exists():
            dst = keep / src.name
            os.replace(src, dst)
            moved.append((src, dst))
    return moved


def restore_backup(zip_path: Path | str, data_dir: Path | str | None = None, *, now: datetime | None = None) -> Path:
    """Replace the database in ``data_dir`` (the default data dir if None) by the one in a backup.

    The current database (with its -wal/-shm files and its ``answer-recordings`` folder) is moved to
    ``<data_dir>/before-restore-<time>/``, whose path is returned; the backup's recordings, if it holds any,
    are put in place owner-only. Close the app's store first. Raises BackupError (a ValueError) for a file
    that is not a good backup; nothing is changed then."""
    zip_path = Path(zip_path).expanduser()
    directory = ensure_private_dir(Path(data_dir).expanduser() if data_dir else default_data_dir())
    with scratch_dir(directory, "restore") as staging:  # same file system: os.replace works
        return _restore_from(zip_path, directory, staging, now)


def _restore_from(zip_path: Path, directory: Path, staging: Path, now: datetime | None) -> Path:
    staged = staging / DB_FILENAME
    try:
        with zipfile.ZipFile(zip_path) as z:
            _manifest(z, zip_path)
            fd = os.open(staged, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out, z.open(DB_MEMBER) as src:
                shutil.copyfileobj(src, out, 1024 * 1024)
            staged_recordings = _stage_recordings(z, staging)
    except FileNotFoundError:
        raise BackupError(f"{zip_path}: no such file.") from None
    except IsADirectoryError:
        raise BackupError(f"{zip_path} is a folder, not a backup file.") from None
    except (zipfile.BadZipFile, EOFError, zipfile.LargeZipFile, zlib.error):
        raise BackupError(f"{zip_path} is not a verify_coach backup (not a zip file, or a damaged one).") from None
    _check_db(staged)

    keep = _unique(directory / f"{RESTORE_PREFIX}{_stamp(now)}")
    keep.mkdir(mode=0o700)
    db = directory / DB_FILENAME
    moved = _set_aside_current(directory, keep)
    os.replace(staged, db)  # atomic: a kill before it leaves the old database, after it the restored one
    recordings_dir = directory / rec.RECORDINGS_DIR
    if recordings_dir.exists():  # the current recordings go aside with the database they belong to
        os.replace(recordings_dir, keep / rec.RECORDINGS_DIR)
        moved.append((recordings_dir, keep / rec.RECORDINGS_DIR))
    if staged_recordings is not None:
        os.replace(staged_recordings, recordings_dir)
    try:
        open_store(directory).close()  # runs the migrations an older backup needs
    except Exception as exc:  # put the previous data back, whatever went wrong
        for suffix in _DB_SIDE_FILES[1:]:
            with contextlib.suppress(FileNotFoundError):
                (directory / f"{DB_FILENAME}{suffix}").unlink()
        if staged_recordings is not None:
            rec.remove_tree(recordings_dir)
        if not moved or moved[0][0] != db:  # there was no database before: the restored one goes
            with contextlib.suppress(FileNotFoundError):
                db.unlink()
        for original, aside in moved:
            os.replace(aside, original)
        with contextlib.suppress(OSError):
            keep.rmdir()
        reason = str(exc) if isinstance(exc, StoreError) else type(exc).__name__
        raise BackupError(f"The backup could not be opened ({reason}); your data was left as it was.") from None
    return keep


def _stage_recordings(z: zipfile.ZipFile, staging: Path) -> Path | None:
    """Extract the backup's recordings into ``staging/answer-recordings`` (folders 0700, files 0600).
    Only members named like a recording are taken; an implausibly large one is skipped. None if the
    backup holds none."""
    members = [i for i in z.infolist() if rec.RELATIVE.match(i.filename) and not i.is_dir()]
    members = [i for i in members if i.file_size <= MAX_RECORDING_BYTES]
    if not members or sum(i.file_size for i in members) > MAX_RECORDINGS_BYTES:
        return None
    root = staging / rec.RECORDINGS_DIR
    root.mkdir(mode=0o700)
    for info in members:
        target = staging / info.filename
        target.parent.mkdir(mode=0o700, exist_ok=True)
        rec.owner_only(target.parent)
        fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out, z.open(info) as src:
            shutil.copyfileobj(src, out, 1024 * 1024)
    return root


# ------------------------------------------------------------------------------------------ automatic
def auto_backup(coach: Any, keep: int = 5, *, recordings: bool = False, now: datetime | None = None,
                cancel: threading.Event | None = None) -> Path:
    """A backup in ``<data dir>/backups/auto-<time>.zip``; only the newest ``keep`` automatic backups stay.
    ``recordings``: as in ``make_backup`` (left out by default); ``cancel``: as there (BackupCancelled).

    Backups the user made elsewhere, or named differently, are never deleted."""
    if keep < 1:
        raise ValueError("keep must be at least 1")
    folder = ensure_private_dir(Path(coach.store.data_dir) / BACKUPS_DIR)
    path = make_backup(coach, _unique(folder / f"{AUTO_PREFIX}{_stamp(now)}.zip"), recordings=recordings, now=now,
                       cancel=cancel)
    autos = sorted(p for p in folder.glob(f"{AUTO_PREFIX}*.zip") if p.is_file())
    for old in autos[:-keep]:
        if old != path:
            with contextlib.suppress(FileNotFoundError):
                old.unlink()
    return path


# Quitting makes the automatic backup itself only for a database this small (well under a second); a larger
# one is backed up in the background while the app runs (ui/autobackup.py), so quitting never waits for it.
QUIT_BACKUP_MAX_BYTES = 16 * 1024**2


def database_bytes(data_dir: Path | str) -> int:
    """The size of the database with its write-ahead log (what a backup has to copy)."""
    total = 0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            total += (Path(data_dir) / f"{DB_FILENAME}{suffix}").stat().st_size
    return total


def auto_backup_is_current(data_dir: Path | str) -> bool:
    """True when the newest automatic backup is younger than the last change to the database (its file and
    its write-ahead log): another one would hold the same data."""
    folder = Path(data_dir) / BACKUPS_DIR
    try:
        newest = max((p.stat().st_mtime for p in folder.glob(f"{AUTO_PREFIX}*.zip") if p.is_file()), default=None)
    except OSError:
        return False
    if newest is None or newest > time.time() + 60:  # one from the "future" (the clock was wrong): not to be trusted
        return False
    changed = 0.0
    for suffix in ("", "-wal"):
        with contextlib.suppress(OSError):
            changed = max(changed, (Path(data_dir) / f"{DB_FILENAME}{suffix}").stat().st_mtime)
    return newest > changed


# ------------------------------------------------------------------------------------------ delete
#: Folders in the data dir that hold personal data: backups, old databases kept aside by a restore or by
#: "start fresh" (``set-aside-*``: complete databases, name, birth date and address), a restore's staging,
#: the mock call's recordings and the recordings of spoken answers.
SET_ASIDE_PREFIX = "set-aside-"
MOCK_CALL_RECORDINGS = "recordings"
_PERSONAL_DIRS = PERSONAL_DIR_PATTERNS  # core.files: BACKUPS_DIR, RESTORE_PREFIX*, SET_ASIDE_PREFIX*...
#: The system temp folder's leftovers of a backup, an Anki export or any other verify_coach temp folder
#: (removed at once normally; left behind only if the process was killed).
TEMP_PREFIX = "verify_coach-"


def personal_data(data_dir: Path | str) -> dict[str, list[Path]]:
    """What "Delete all my data" removes, by kind (only kinds with something in them): ``database``,
    ``recordings``, ``backups``, ``set aside``, ``logs``, ``temporary``. Files verify_coach did not make are
    not listed, nor ``settings.ini`` (preferences, no personal data)."""
    directory = Path(data_dir).expanduser()
    out: dict[str, list[Path]] = {}
    if not directory.is_dir():
        return out

    def add(kind: str, p: Path) -> None:
        out.setdefault(kind, []).append(p)

    files = [(f"{DB_FILENAME}{s}", "database") for s in _DB_SIDE_FILES] + [
        (f"{DB_FILENAME}.before-*.bak", "database"), ("verify_coach.log", "logs"), ("verify_coach.log.*", "logs"),
        (".*.tmp", "temporary"),  # an atomic write's temporary copy (core.files), left by a killed process
        (".tmp-*", "temporary"),  # a scratch copy (core.scratch) left by a killed process
    ]
    for pattern, kind in files:
        for p in sorted(directory.glob(pattern)):
            if p.is_file() or p.is_symlink():
                add(kind, p)
    kinds = {BACKUPS_DIR: "backups", "logs": "logs", MOCK_CALL_RECORDINGS: "recordings",
             rec.RECORDINGS_DIR: "recordings", ".restore-*": "temporary"}
    for pattern in _PERSONAL_DIRS:
        for p in sorted(directory.glob(pattern)):
            if p.is_dir() and not p.is_symlink():
                add(kinds.get(pattern, "set aside"), p)
    for p in sorted(directory.glob(".tmp-*")):  # scratch folders (core.scratch)
        if p.is_dir() and not p.is_symlink():
            add("temporary", p)
    for p in _temp_leftovers():
        add("temporary", p)
    return out


def _temp_leftovers(min_age_s: float = 600) -> list[Path]:
    """``verify_coach-*`` folders of this user in the system temp folder, older than ``min_age_s`` (a
    younger one may be another verify_coach's backup at work)."""
    try:
        tmp = Path(tempfile.gettempdir())
        uid = os.getuid() if hasattr(os, "getuid") else None
        now = time.time()
        out = []
        for p in sorted(tmp.glob(f"{TEMP_PREFIX}*")):
            st = p.lstat()
            if p.is_dir() and not p.is_symlink() and (uid is None or st.st_uid == uid) and now - st.st_mtime >= min_age_s:
                out.append(p)
        return out
    except OSError:
        return []


def delete_all_data(data_dir: Path | str) -> list[Path]:
    """"Delete all my data": the database (and its -wal/-shm/-journal files and pre-migration copies),
    the recordings of spoken answers and of mock calls, the backups folder, old databases kept aside by
    restores and by "start fresh" (``set-aside-*``), temporary copies (in the data dir and verify_coach's
    folders in the system temp folder) and the logs. Close the store first.

    Files in the folder that verify_coach did not make are left alone, and so is ``settings.ini``
    (preferences, no personal data). Returns what was removed; the folder itself is removed if empty."""
    directory = Path(data_dir).expanduser()
    removed: list[Path] = []
    for paths in personal_data(directory).values():
        for p in paths:
            if p.is_dir() and not p.is_symlink():
                if p.name == rec.RECORDINGS_DIR:
                    rec.remove_tree(p)  # a file that cannot be deleted is logged, the rest goes on
                else:
                    shutil.rmtree(p)
            else:
                with contextlib.suppress(FileNotFoundError):
                    p.unlink()
            removed.append(p)
    with contextlib.suppress(OSError):
        directory.rmdir()  # only if nothing else is left
    return removed
