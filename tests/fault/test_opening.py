"""Hostile restores and foreign files (issue 17, items 6a, 7, 11-15, 17).

A file that is not verify_coach's -- however well it imitates one -- is refused with a clear message before
anything is written: the file stays byte for byte what it was and no ``-wal``/``-shm`` file appears beside
it. Copies of the data never go to the system's temporary folder; the ones an interrupted backup, restore
or upgrade leaves in the data dir are removed at the next start. A record damaged inside the database
does not stop a backup, and practice and export say which profile is damaged.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import tempfile
import textwrap
import time
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.conftest import REPO
from verify_coach.core import backup
from verify_coach.core.backup import BackupError, describe, make_backup, read_manifest, restore_backup
from verify_coach.core.coach import Coach
from verify_coach.core.firstlook import first_look
from verify_coach.core.profile import ProfileError
from verify_coach.core.scheduling import Timing
from verify_coach.core.store import DB_FILENAME, CorruptDatabaseError, open_store
from verify_coach.core.store.engine import head_revision, make_engine, upgrade


def _digests(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` with its content's hash: what "nothing changed" compares."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _ours(path: Path) -> None:
    """A real, empty verify_coach database at the head revision, closed (no -wal left)."""
    engine = make_engine(path)
    upgrade(engine)
    engine.dispose()
    for side in ("-wal", "-shm"):
        assert not path.with_name(path.name + side).exists()


def _hostile(path: Path, kind: str) -> None:
    """A database that claims to be ours, and is not."""
    if kind == "only-the-revision":  # labelled with our revision, none of our tables
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        con.execute("INSERT INTO alembic_version VALUES (?)", (head_revision(),))
    else:
        _ours(path)
        con = sqlite3.connect(path)
        if kind == "missing-table":
            con.execute("DROP TABLE answer_recording")
        elif kind == "trigger":  # deletes the history on the next answer
            con.execute("CREATE TRIGGER wipe AFTER INSERT ON attempt BEGIN DELETE FROM attempt; END")
        elif kind == "view":
            con.execute("CREATE VIEW everything AS SELECT * FROM profile")
        elif kind == "empty-revision":
            con.execute("DELETE FROM alembic_version")
        elif kind == "extra-column":
            con.execute("ALTER TABLE profile ADD COLUMN spy TEXT")
        elif kind == "cascade-changed":  # the same tables, but a profile's deletion no longer cascades
            con.execute("PRAGMA writable_schema=ON")
            sql = con.execute("SELECT sql FROM sqlite_master WHERE name='fact'").fetchone()[0]
            con.execute("UPDATE sqlite_master SET sql=? WHERE name='fact'",
                        (sql.replace("ON DELETE CASCADE", "ON DELETE SET NULL", 1),))
            con.execute("PRAGMA writable_schema=OFF")
        else:
            raise AssertionError(kind)
    con.commit()
    con.close()


HOSTILE = ["only-the-revision", "missing-table", "trigger", "view", "empty-revision", "extra-column",
           "cascade-changed"]


# ------------------------------------------------------------------------------------------ opening
@pytest.mark.parametrize("kind", HOSTILE)
def test_a_file_that_imitates_ours_is_refused_before_anything_is_written(data_dir, kind):
    data_dir.mkdir(parents=True)
    os.chmod(data_dir, 0o700)
    db = data_dir / DB_FILENAME
    _hostile(db, kind)
    os.chmod(db, 0o644)
    before = _digests(data_dir)
    assert first_look(data_dir, Timing()) is None  # the first screen does not show it either
    with pytest.raises(CorruptDatabaseError, match="not one of verify_coach's") as err:
        open_store(data_dir)
    assert str(db) in str(err.value)
    assert _digests(data_dir) == before  # byte for byte, and no -wal/-shm beside it
    assert stat.S_IMODE(db.stat().st_mode) == 0o644  # not even chmodded


def test_an_empty_file_beside_a_write_ahead_log_is_refused_and_the_log_kept(data_dir):
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILENAME
    _ours(db)
    coach = Coach(open_store(data_dir))  # a history that is still in the log
    con = sqlite3.connect(db)
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("INSERT INTO setting (key, value) VALUES ('x', 'in the log')")
    con.commit()
    wal = (data_dir / f"{DB_FILENAME}-wal").read_bytes()
    con.close()
    coach.store.close()
    db.write_bytes(b"")  # the database file lost (cut to 0 bytes), its log beside it
    (data_dir / f"{DB_FILENAME}-wal").write_bytes(wal or b"\x37\x7f\x06\x82" + b"\x00" * 60)
    (data_dir / f"{DB_FILENAME}-shm").unlink(missing_ok=True)
    before = _digests(data_dir)
    with pytest.raises(CorruptDatabaseError, match="write-ahead log"):
        open_store(data_dir)
    assert _digests(data_dir) == before


def test_a_damaged_file_is_refused_by_the_first_look_and_the_core_without_creating_files(data_dir):
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILENAME
    coach = Coach(open_store(data_dir))
    from verify_coach.core.demo import make_demo_profile

    coach.save_profile("Demo", make_demo_profile(seed=0))
    coach.store.close()
    con = sqlite3.connect(f"file:{db}?mode=ro&immutable=1", uri=True)
    page = con.execute("PRAGMA page_size").fetchone()[0]
    root = con.execute("SELECT rootpage FROM sqlite_master WHERE name='fact'").fetchone()[0]
    con.close()
    raw = bytearray(db.read_bytes())
    at = (root - 1) * page  # the facts' first page: the schema and the revision still read, the figures not
    raw[at: at + page] = b"\xee" * page
    db.write_bytes(bytes(raw))
    before = _digests(data_dir)
    first_look(data_dir, Timing())  # may read what is left, or give up: either way it writes nothing
    assert _digests(data_dir) == before
    with pytest.raises(CorruptDatabaseError):
        open_store(data_dir)
    assert _digests(data_dir) == before


def _schema_text_not_utf8(db: Path) -> None:
    """A byte of the schema's text damaged so that SQLite's error message quotes bytes that are not UTF-8
    ("no such column: ve\\x80sion_num"): Python's sqlite3 raises a UnicodeDecodeError for it, not a
    DatabaseError (found by benchmarks/fault_campaign.py, hostile_restores)."""
    raw = db.read_bytes()
    assert raw.count(b"PRIMARY KEY (version_num)") == 1
    db.write_bytes(raw.replace(b"PRIMARY KEY (version_num)", b"PRIMARY KEY (ve\x80sion_num)"))


def _demo_backup_with_damaged_db(data_dir: Path, tmp_path: Path, damage) -> tuple[Path, Path]:
    """A demo profile's backup whose database ``damage(path)`` edited: (the backup, the edited database)."""
    from verify_coach.core.demo import make_demo_profile

    data_dir.mkdir(parents=True)
    coach = Coach(open_store(data_dir))
    coach.save_profile("Demo", make_demo_profile(seed=0))
    good = make_backup(coach, tmp_path / "good.zip")
    coach.store.close()
    bad, edit = tmp_path / "bad.zip", tmp_path / "edit.sqlite3"
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == DB_FILENAME:
                edit.write_bytes(data)
                damage(edit)
                data = edit.read_bytes()
            zout.writestr(info.filename, data)
    return bad, edit


def test_a_schema_whose_text_is_not_utf8_is_refused_as_damaged(data_dir, tmp_path):
    """Opened as the data dir's database, restored from a backup, or by the CLI: the clear message."""
    bad, edit = _demo_backup_with_damaged_db(data_dir, tmp_path, _schema_text_not_utf8)
    before = _digests(data_dir)
    with pytest.raises(BackupError, match="damaged"):
        restore_backup(bad, data_dir)
    assert _digests(data_dir) == before

    other = tmp_path / "other"
    other.mkdir()
    (other / DB_FILENAME).write_bytes(edit.read_bytes())
    with pytest.raises(CorruptDatabaseError, match="damaged"):
        open_store(other)
    for args in (["--data-dir", str(other), "stats"], ["--data-dir", str(data_dir), "restore", str(bad)]):
        r = subprocess.run([sys.executable, "-m", "verify_coach", *args], capture_output=True, text=True,
                           cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.startswith("verify-coach: ") and "damaged" in r.stderr and r.stderr.count("\n") == 1


def _index_out_of_step(db: Path) -> None:
    """An index pointed at an empty b-tree: the structure is ours, the integrity check lists problems whose
    first line holds line breaks ("*** in database main ***\\nPage 10 is never used…")."""
    con = sqlite3.connect(db)
    ix = con.execute("SELECT name FROM sqlite_master WHERE type='index' AND tbl_name='fact' AND sql IS NOT NULL"
                     " ORDER BY name LIMIT 1").fetchone()[0]
    con.execute("CREATE TABLE tmp_empty (a)")
    con.execute("CREATE INDEX tmp_empty_ix ON tmp_empty (a)")
    empty = con.execute("SELECT rootpage FROM sqlite_master WHERE name='tmp_empty_ix'").fetchone()[0]
    con.commit()
    con.execute("PRAGMA writable_schema=ON")
    con.execute("UPDATE sqlite_master SET rootpage=? WHERE name=?", (empty, ix))
    con.execute("DELETE FROM sqlite_master WHERE name IN ('tmp_empty', 'tmp_empty_ix')")
    con.commit()
    con.close()


def test_a_damaged_database_is_refused_in_one_line(data_dir, tmp_path):
    """The integrity check's report is flattened into the one line of the message (restore, opening, CLI);
    found by benchmarks/fault_campaign.py, hostile_restores."""
    bad, edit = _demo_backup_with_damaged_db(data_dir, tmp_path, _index_out_of_step)
    with pytest.raises(BackupError, match="missing from index") as err:
        restore_backup(bad, data_dir)
    assert "\n" not in str(err.value)
    r = subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir), "restore", str(bad)],
                       capture_output=True, text=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
                       timeout=120)
    assert r.returncode == 2 and r.stderr.startswith("verify-coach: ") and r.stderr.count("\n") == 1, r.stderr

    other = tmp_path / "other"
    other.mkdir()
    (other / DB_FILENAME).write_bytes(edit.read_bytes())
    with pytest.raises(CorruptDatabaseError, match="never used") as opened:  # the quick check sees it too
        open_store(other)
    assert "\n" not in str(opened.value)


_DATE_DAMAGE = {  # what a hand edit or another program could leave in a date column of our structure
    "a word": "UPDATE profile SET created_at = 'yesterday'",
    "month 13": "UPDATE profile SET call_at = '2026-13-45 10:00:00'",
    "30 February": "UPDATE profile SET updated_at = '2026-02-30 10:00:00'",
    "a number": "UPDATE fact SET first_seen = 2460000.5 WHERE id = (SELECT min(id) FROM fact)",
    "a time zone": "UPDATE profile SET updated_at = '2026-12-07 10:00:00+05:00'",
    "year 1": "UPDATE profile SET created_at = '0001-01-01 00:00:00'",
}


@pytest.mark.parametrize("damage", sorted(_DATE_DAMAGE))
def test_a_date_that_cannot_be_read_is_refused_on_restore_and_on_open(data_dir, tmp_path, damage):
    """A backup whose structure is ours but whose dates cannot be read used to be restored; ``stats`` and
    ``facts`` then ended in "unexpected error" and a traceback. Now the restore says where the bad date is
    and changes nothing, and a data dir holding one is refused with the same clear sentence."""

    def edit(db: Path) -> None:
        con = sqlite3.connect(db)
        con.execute(_DATE_DAMAGE[damage])
        assert con.total_changes >= 1
        con.commit()
        con.close()

    bad, edited = _demo_backup_with_damaged_db(data_dir, tmp_path, edit)
    before = _digests(data_dir)
    with pytest.raises(BackupError, match=r"damaged \(a date that cannot be read in table \w+, column \w+, row \d+"):
        restore_backup(bad, data_dir)
    assert _digests(data_dir) == before

    other = tmp_path / "other"
    other.mkdir()
    (other / DB_FILENAME).write_bytes(edited.read_bytes())
    kept = _digests(other)
    with pytest.raises(CorruptDatabaseError, match="a date that cannot be read"):
        open_store(other)
    assert _digests(other) == kept
    for args in (["--data-dir", str(other), "stats"], ["--data-dir", str(other), "facts"],
                 ["--data-dir", str(data_dir), "restore", str(bad)]):
        r = subprocess.run([sys.executable, "-m", "verify_coach", *args], capture_output=True, text=True,
                           cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)}, timeout=120)
        assert r.returncode == 2 and "Traceback" not in r.stderr, r.stderr
        assert r.stderr.startswith("verify-coach: ") and "a date that cannot be read" in r.stderr, r.stderr
        assert r.stderr.count("\n") == 1
    for folder, then in ((other, kept), (data_dir, before)):  # (the CLI's empty instance lock aside)
        assert {k: v for k, v in _digests(folder).items() if k != "verify_coach.lock"} == then


def test_a_bad_date_in_the_write_ahead_log_is_seen_too(data_dir):
    """The file alone is read immutably (its log unread): a date written into the log is checked on the live
    view before anything migrates or reads it."""
    from verify_coach.core.demo import make_demo_profile

    coach = Coach(open_store(data_dir))
    coach.save_profile("Demo", make_demo_profile(seed=0))
    coach.store.close()
    db = data_dir / DB_FILENAME
    con = sqlite3.connect(db)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA wal_autocheckpoint=0")
    con.execute("UPDATE profile SET created_at = 'yesterday'")
    con.commit()
    keep = sqlite3.connect(db)  # a second connection: closing the first then leaves the log in place
    keep.execute("SELECT 1 FROM profile").fetchall()
    con.close()
    assert (data_dir / (DB_FILENAME + "-wal")).stat().st_size > 0
    with pytest.raises(CorruptDatabaseError, match="table profile, column created_at"):
        open_store(data_dir)
    keep.close()


def test_dates_the_app_writes_are_never_taken_for_damage(data_dir):
    """Every date a real history holds -- sessions, answers, review states, a call date -- passes the check."""
    from verify_coach.core.demo import make_demo_profile
    from verify_coach.core.store.schema import unreadable_date

    coach = Coach(open_store(data_dir))
    coach.save_profile("Demo", make_demo_profile(seed=0))
    coach.set_call_at(datetime.now(UTC).replace(microsecond=0, second=0) + timedelta(days=3))
    plan = coach.start_session("practice", 5, seed=1)
    for i, q in enumerate(plan.questions[:5]):
        coach.answer(plan, q, "I don't know" if i % 2 else "", 3000)
    coach.end_session(plan)
    coach.store.close()
    con = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert con.execute("SELECT count(*) FROM attempt").fetchone()[0] == 5
        assert con.execute("SELECT count(*) FROM review_state WHERE due IS NOT NULL").fetchone()[0] >= 1
        assert con.execute("SELECT count(*) FROM profile WHERE call_at IS NOT NULL").fetchone()[0] == 1
        assert unreadable_date(con) is None
    finally:
        con.close()


def test_any_failure_while_opening_is_a_store_error(data_dir, monkeypatch):
    """A failure inside the migrations (say a file whose data a migration cannot take) ends in the clear
    message, not a traceback, and the pre-migration copy is kept."""
    import sqlalchemy as sa

    from verify_coach.core.store import StoreError, engine

    data_dir.mkdir(parents=True)
    old = make_engine(data_dir / DB_FILENAME)
    upgrade(old, "0003")
    old.dispose()

    def broken(_engine, revision="head"):
        raise sa.exc.OperationalError("UPDATE fact", {}, sqlite3.OperationalError("no such column: oops"))

    monkeypatch.setattr(engine, "upgrade", broken)
    with pytest.raises(StoreError, match="could not be opened as a verify_coach database"):
        open_store(data_dir)
    assert list(data_dir.glob(f"{DB_FILENAME}.before-*-from-0003.bak"))


def test_a_stale_pre_migration_copy_does_not_stop_a_new_one(data_dir):
    data_dir.mkdir(parents=True)
    db = data_dir / DB_FILENAME
    old = make_engine(db)
    upgrade(old, "0001")
    with old.begin() as c:
        c.exec_driver_sql("INSERT INTO profile (id, name, data, created_at, updated_at)"
                          " VALUES (1, 'Old', '{}', '2026-01-01', '2026-01-01')")
    old.dispose()
    stale = data_dir / f"{DB_FILENAME}.before-{head_revision()}-from-0001.bak"
    stale.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)  # what a kill in the middle of the copy left
    open_store(data_dir).close()
    con = sqlite3.connect(f"file:{stale}?mode=ro", uri=True)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"
        assert con.execute("SELECT name FROM profile").fetchall() == [("Old",)]
    finally:
        con.close()
    assert stat.S_IMODE(stale.stat().st_mode) == 0o600
    assert not list(data_dir.glob(".tmp-*"))


# ------------------------------------------------------------------------------------------ restoring
def _backup_of(tmp_path: Path, db: Path, manifest: dict | None = None) -> Path:
    zip_path = tmp_path / "hostile.zip"
    with zipfile.ZipFile(zip_path, "w") as z:
        z.writestr("manifest.json", json.dumps(manifest or {
            "app": "verify_coach", "kind": "backup", "format": 1, "schema": head_revision(),
            "created_at": "2026-11-20T12:00:00+00:00", "profiles": [], "recordings": 0}))
        z.write(db, DB_FILENAME)
    return zip_path


@pytest.fixture
def current(data_dir, sample_profile):
    """The user's data: a profile, closed; returns the digests of the data dir."""
    coach = Coach(open_store(data_dir))
    coach.save_profile("Mine", sample_profile)
    coach.store.close()
    return _digests(data_dir)


@pytest.mark.parametrize("kind", HOSTILE)
def test_a_hostile_backup_is_refused_and_nothing_changes(tmp_path, data_dir, current, kind):
    src = tmp_path / "src.sqlite3"
    _hostile(src, kind)
    zip_path = _backup_of(tmp_path, src)
    zip_before = zip_path.read_bytes()
    with pytest.raises(BackupError, match="not a verify_coach database"):
        restore_backup(zip_path, data_dir)
    assert zip_path.read_bytes() == zip_before
    assert _digests(data_dir) == current  # the data as it was, nothing aside, no scratch copy left


MANIFESTS = {
    "deep nesting": '{"app": "verify_coach", "kind": "backup", "format": 1, "x": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "a list as schema": {"app": "verify_coach", "kind": "backup", "format": 1, "schema": ["0007"]},
    "an object as schema": {"app": "verify_coach", "kind": "backup", "format": 1, "schema": {"a": 1}},
    "true as format": {"app": "verify_coach", "kind": "backup", "format": True, "schema": "0007"},
    "a string as format": {"app": "verify_coach", "kind": "backup", "format": "1", "schema": "0007"},
    "no format": {"app": "verify_coach", "kind": "backup", "schema": "0007"},
    "a list": [{"app": "verify_coach"}],
}


@pytest.mark.parametrize("which", list(MANIFESTS))
def test_a_malformed_manifest_is_refused_with_a_message(tmp_path, data_dir, current, which):
    src = tmp_path / "src.sqlite3"
    _ours(src)
    manifest = MANIFESTS[which]
    zip_path = tmp_path / "m.zip"
    with zipfile.ZipFile(zip_path, "w") as z:
        z.writestr("manifest.json", manifest if isinstance(manifest, str) else json.dumps(manifest))
        z.write(src, DB_FILENAME)
    with pytest.raises(BackupError, match="verify_coach backup"):
        read_manifest(zip_path)
    with pytest.raises(BackupError, match="verify_coach backup"):
        restore_backup(zip_path, data_dir)
    assert _digests(data_dir) == current


@pytest.mark.parametrize("fields", [
    {"created_at": ["x"], "profiles": "Mine", "answers": True, "recordings": [1]},
    {"created_at": 12, "profiles": [1, None, {"name": ["a"]}], "answers": -3, "recordings": "many"},
    {"created_at": "not a date", "profiles": {"name": "x"}, "answers": 1.5, "recordings": {"n": 1}},
])
def test_describe_never_fails_on_odd_fields(fields):
    told = describe({"app": "verify_coach", "kind": "backup", "format": 1, **fields})
    assert told["answers"] is None and told["recordings"] == 0
    assert isinstance(told["profiles"], list)


# ------------------------------------------------------------------------------------------ damaged records
@pytest.fixture
def damaged(data_dir, sample_profile):
    """Two profiles; "Broken"'s stored JSON holds bytes that are not UTF-8 (passes quick_check)."""
    coach = Coach(open_store(data_dir))
    coach.save_profile("Fine", sample_profile)
    coach.save_profile("Broken", sample_profile)  # the active one
    coach.store.close()
    con = sqlite3.connect(data_dir / DB_FILENAME)
    data = con.execute("SELECT data FROM profile WHERE name='Broken'").fetchone()[0].encode()
    at = data.index(b'"full_name"') + len(b'"full_name":"')
    con.execute("UPDATE profile SET data=CAST(? AS TEXT) WHERE name='Broken'", (data[:at] + b"\xff\xfe" + data[at:],))
    con.commit()
    assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    con.close()
    coach = Coach(open_store(data_dir))
    yield coach
    coach.store.close()


def test_a_damaged_profile_is_backed_up_as_stored(damaged, tmp_path):
    path = make_backup(damaged, tmp_path / "b.zip")
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        entries = {p["name"]: p for p in manifest["profiles"]}
        assert entries["Broken"].get("damaged") is True and "damaged" not in entries["Fine"]
        assert b"\xff\xfe" in z.read(entries["Broken"]["file"])
    restored = tmp_path / "restored"
    restore_backup(path, restored)  # the backup restores: the damage comes back as it was, not worse
    assert [p.name for p in Coach(open_store(restored)).profiles()] == ["Broken", "Fine"]


def test_practice_and_export_name_the_damaged_profile(damaged, tmp_path):
    from verify_coach.core.export.anki import export_apkg
    from verify_coach.core.export.sheet import build_sheet

    assert [p.name for p in damaged.profiles()] == ["Broken", "Fine"]  # the list still shows
    for attempt in (lambda: damaged.start_session("practice", 5, seed=1),
                    lambda: damaged.load_profile(),
                    lambda: export_apkg(damaged, tmp_path / "x.apkg"),
                    lambda: build_sheet(damaged, "Broken")):
        with pytest.raises(ProfileError, match="'Broken' is damaged"):
            attempt()
    damaged.set_active("Fine")
    assert damaged.start_session("practice", 5, seed=1).questions  # the other profile works
    damaged.delete_profile("Broken")  # and the damaged one can be deleted
    assert [p.name for p in damaged.profiles()] == ["Fine"]


# ------------------------------------------------------------------------------------------ scratch copies
def test_a_backup_makes_no_copy_in_the_system_temp_folder(demo_coach, tmp_path, monkeypatch):
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    assert tempfile.gettempdir() == str(system_tmp)
    seen: list[tuple[Path, list[str], int]] = []
    real_check = backup._check_db

    def watching(path, *args):
        seen.append((path, sorted(os.listdir(system_tmp)), stat.S_IMODE(path.parent.stat().st_mode)))
        return real_check(path, *args)

    monkeypatch.setattr(backup, "_check_db", watching)
    make_backup(demo_coach, tmp_path / "out.zip")
    copy, in_system_tmp, mode = seen[0]
    data_dir = demo_coach.store.data_dir
    assert copy.parent.parent == data_dir and copy.parent.name.startswith(".tmp-backup-")
    assert mode == 0o700 and in_system_tmp == []
    assert not list(data_dir.glob(".tmp-*")) and os.listdir(system_tmp) == []


@pytest.fixture
def demo_coach(coach, sample_profile):
    coach.save_profile("Demo", sample_profile)
    return coach


KILLED = {
    "backup": """
        from verify_coach.core.coach import Coach
        from verify_coach.core.store import open_store
        make_backup(Coach(open_store(DATA)), OUT)
    """,
    "restore": """
        restore_backup(ZIP, DATA)
    """,
}


@pytest.mark.parametrize("what", list(KILLED))
def test_a_kill_in_the_middle_leaves_nothing_in_the_system_temp_folder_and_the_copy_is_cleaned_at_start(
        what, demo_coach, data_dir, tmp_path):
    zip_path = make_backup(demo_coach, tmp_path / "good.zip")
    demo_coach.store.close()
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    code = textwrap.dedent("""
        import sys, time
        from pathlib import Path
        from verify_coach.core import backup
        from verify_coach.core.backup import make_backup, restore_backup
        DATA, OUT, ZIP = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
        def stuck(*a, **k):
            print("copied", flush=True)
            time.sleep(600)
        backup._check_db = stuck
    """) + textwrap.dedent(KILLED[what])
    env = dict(os.environ, TMPDIR=str(system_tmp), PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-c", code, str(data_dir), str(tmp_path / "out.zip"), str(zip_path)],
                            env=env, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "copied"
        left = list(data_dir.glob(".tmp-*"))
        assert left, "the copy is in the data dir"
        assert all(stat.S_IMODE(p.stat().st_mode) in (0o600, 0o700) for p in left)
        open_store(data_dir).close()  # while it runs: its copy is in use, and kept
        assert list(data_dir.glob(".tmp-*")) == left
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    assert os.listdir(system_tmp) == []
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and list(data_dir.glob(".tmp-*")):
        open_store(data_dir).close()  # the next start removes what the killed process left
    assert not list(data_dir.glob(".tmp-*"))
    assert not (tmp_path / "out.zip").exists()


def test_copies_left_by_older_versions_and_kills_are_removed_at_start(data_dir):
    open_store(data_dir).close()
    (data_dir / ".restore-abc123").mkdir()
    (data_dir / ".restore-abc123" / DB_FILENAME).write_bytes(b"partial")
    (data_dir / ".tmp-backup-xyz").mkdir()
    (data_dir / ".tmp-backup-xyz" / DB_FILENAME).write_bytes(b"partial")
    (data_dir / ".tmp-backup-q.zip").write_bytes(b"PK partial")
    (data_dir / ".tmp-premigration-r").write_bytes(b"partial")
    (data_dir / ".tmp-premigration-r-journal").write_bytes(b"partial")
    keep = data_dir / "my-notes.txt"
    keep.write_text("mine")
    open_store(data_dir).close()
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(".")) == []
    assert keep.read_text() == "mine"


# ------------------------------------------------------------------------------------------ automatic backups
@pytest.fixture
def slow_check(monkeypatch):
    """The check of a backup's copy takes until the backup is cancelled (then it stops as a real one does)."""
    import threading

    started = threading.Event()
    real = backup._check_db

    def slow(path, cancel=None):
        started.set()
        assert cancel is not None and cancel.wait(30), "never cancelled"
        return real(path, cancel)

    monkeypatch.setattr(backup, "_check_db", slow)
    return started


@pytest.mark.parametrize("how", ["quit", "restore"])
def test_a_running_automatic_backup_is_cancelled_and_leaves_nothing(demo_coach, slow_check, how):
    from verify_coach.ui.autobackup import BackgroundBackups

    data_dir = demo_coach.store.data_dir
    runs = BackgroundBackups(lambda: demo_coach, first_delay_s=0, every_s=3600)
    runs.start()
    assert slow_check.wait(30)
    assert list(data_dir.glob(".tmp-backup-*"))  # it is under way, in the data dir
    t0 = time.monotonic()
    if how == "quit":
        assert runs.stop(wait_s=10)
    else:
        with runs.paused():  # what restore and "Delete all my data" run inside
            assert not list(data_dir.glob(".tmp-*"))
            assert runs.backup_now() is None  # none starts meanwhile
        runs.stop()
    assert time.monotonic() - t0 < 5
    assert not list(data_dir.glob(".tmp-*")) and not list((data_dir / "backups").glob("auto-*.zip"))
    assert runs.made == []


def test_quitting_backs_up_a_small_changed_database_and_leaves_a_large_one_to_the_background(
        demo_coach, monkeypatch):
    from verify_coach.ui.autobackup import BackgroundBackups

    data_dir = demo_coach.store.data_dir
    runs = BackgroundBackups(lambda: demo_coach, first_delay_s=3600)
    made = runs.at_quit(demo_coach)  # small, never backed up: now
    assert made is not None and made.exists()
    assert runs.at_quit(demo_coach) is None  # nothing changed since
    monkeypatch.setattr(backup, "QUIT_BACKUP_MAX_BYTES", 0)  # "large"
    demo_coach.set_setting("x", "changed")
    assert runs.at_quit(demo_coach) is None
    assert runs.backup_now() is not None  # what the background thread does while the app runs
    assert len(list((data_dir / "backups").glob("auto-*.zip"))) == 2


def test_delete_all_my_data_removes_scratch_copies_too(data_dir):
    from verify_coach.core.backup import delete_all_data

    open_store(data_dir).close()
    (data_dir / ".tmp-backup-abc").mkdir()
    (data_dir / ".tmp-backup-abc" / DB_FILENAME).write_bytes(b"a copy of everything")
    (data_dir / ".tmp-backup-def.zip").write_bytes(b"PK a copy of everything")
    delete_all_data(data_dir)
    assert not data_dir.exists() or not list(data_dir.glob(".tmp-*"))


def test_an_anki_export_makes_no_copy_in_the_system_temp_folder(demo_coach, tmp_path, monkeypatch):
    """The deck's collection holds every fact of the profile: it is built in the data dir, never in /tmp."""
    import sqlite3 as sqlite

    from verify_coach.core.export import anki

    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(system_tmp))
    seen: list[tuple[Path, list[str], int]] = []
    real_connect = sqlite.connect

    def watching(path, *args, **kwargs):
        path = Path(path)
        seen.append((path, sorted(os.listdir(system_tmp)), stat.S_IMODE(path.parent.stat().st_mode)))
        return real_connect(path, *args, **kwargs)

    monkeypatch.setattr(anki.sqlite3, "connect", watching)
    out = tmp_path / "out" / "deck.apkg"
    out.parent.mkdir()
    anki.export_apkg(demo_coach, out)
    collection, in_system_tmp, mode = seen[0]
    data_dir = demo_coach.store.data_dir
    assert collection.parent.parent == data_dir and collection.parent.name.startswith(".tmp-apkg-")
    assert mode == 0o700 and in_system_tmp == []
    assert not list(data_dir.glob(".tmp-*")) and os.listdir(system_tmp) == []
    assert sorted(os.listdir(out.parent)) == ["deck.apkg"]
    with zipfile.ZipFile(out) as z:
        assert z.namelist() == ["collection.anki2", "media"]
