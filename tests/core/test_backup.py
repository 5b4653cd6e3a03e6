"""Backups (consistent while the app writes), restore (refuses what is not ours, keeps the old data),
automatic backups with rotation, and "Delete all my data"."""

from __future__ import annotations

import hashlib
import io
import json
import os
import sqlite3
import stat
import threading
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from verify_coach.core.backup import BackupError, auto_backup, delete_all_data, make_backup, restore_backup
from verify_coach.core.coach import Coach
from verify_coach.core.profile import Profile
from verify_coach.core.store import DB_FILENAME, open_store
from verify_coach.core.store.engine import head_revision, make_engine, upgrade

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _question(fact):
    return SimpleNamespace(id=f"q-{fact.key}", form="recall", prompt=f"{fact.label}?", answer=fact.value,
                           answer_kind=fact.kind, fact_keys=(fact.key,), choices=None)


def _attempt_ids(db: Path) -> set[int]:
    con = sqlite3.connect(db)
    try:
        return {r[0] for r in con.execute("SELECT id FROM attempt")}
    finally:
        con.close()


@pytest.fixture
def demo(coach, sample_profile):
    coach.save_profile("Demo", sample_profile)
    coach.save_profile("Zhang 张伟/2", sample_profile, make_active=False)  # a name that is not a file name
    return coach


def _zip(path: Path, files: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return path


# ------------------------------------------------------------------------------------------ backup
def test_backup_holds_the_database_every_profile_and_a_manifest(demo, tmp_path, sample_profile):
    out = tmp_path / "out"
    out.mkdir()
    path = make_backup(demo, out / "backup.zip", now=NOW)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert os.listdir(out) == ["backup.zip"]  # written atomically: no temporary file left
    with zipfile.ZipFile(path) as z:
        manifest = json.loads(z.read("manifest.json"))
        assert manifest["app"] == "verify_coach" and manifest["kind"] == "backup" and manifest["format"] == 1
        assert manifest["schema"] == head_revision() and manifest["created_at"] == NOW.isoformat()
        assert [p["name"] for p in manifest["profiles"]] == ["Demo", "Zhang 张伟/2"]
        for entry in manifest["profiles"]:
            assert "/" not in entry["file"].removeprefix("profiles/")
            assert Profile.from_json(z.read(entry["file"]).decode("utf-8")) == sample_profile
        db = tmp_path / "copy.sqlite3"
        db.write_bytes(z.read(DB_FILENAME))
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT COUNT(*) FROM profile").fetchone()[0] == 2
    finally:
        con.close()


def test_backup_into_a_folder_names_the_file(demo, tmp_path):
    path = make_backup(demo, tmp_path, now=NOW)
    assert path.parent == tmp_path and path.name.startswith("verify_coach-backup-20261120-120000")


def test_backup_taken_while_answers_are_written_is_consistent_and_complete(demo, tmp_path):
    facts = demo.facts()
    committed: list[int] = []
    stop = threading.Event()
    enough = threading.Event()
    errors: list[BaseException] = []

    def writer() -> None:
        try:
            plan = demo.start_session("practice", 1, seed=1)
            i = 0
            while not stop.is_set() and i < 5000:
                res = demo.answer(plan, _question(facts[i % len(facts)]), "wrong", 1500 + i)
                committed.append(res.attempt_id)  # returned after the commit
                i += 1
                if i >= 20:
                    enough.set()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)
            enough.set()

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        assert enough.wait(60)
        before = set(committed)
        path = make_backup(demo, tmp_path / "live.zip")
        during = len(committed)
    finally:
        stop.set()
        thread.join(60)
    assert not errors
    assert during > len(before)  # the writer really kept writing while the backup ran (or right up to it)

    target = tmp_path / "restored"
    restore_backup(path, target)
    db = target / DB_FILENAME
    con = sqlite3.connect(db)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        con.close()
    assert before <= _attempt_ids(db)  # every answer committed before the backup is in it
    store = open_store(target)
    try:
        assert Coach(store).stats("Demo").to_json()["attempts"] >= len(before)
    finally:
        store.close()


# ------------------------------------------------------------------------------------------ restore
def test_restore_keeps_the_previous_data_and_returns_where(demo, tmp_path, data_dir, sample_profile):
    path = make_backup(demo, tmp_path / "b.zip")
    demo.save_profile("Added later", sample_profile)
    demo.store.close()

    kept = restore_backup(path, data_dir)
    assert kept.parent == data_dir and kept.name.startswith("before-restore-")
    assert (kept / DB_FILENAME).is_file()
    store = open_store(data_dir)
    try:
        assert [p.name for p in Coach(store).profiles()] == ["Demo", "Zhang 张伟/2"]
    finally:
        store.close()
    old = open_store(kept)  # the data from before the restore is intact and opens
    try:
        assert "Added later" in [p.name for p in Coach(old).profiles()]
    finally:
        old.close()


class Killed(BaseException):
    """Stands for a SIGKILL: no except clause and no cleanup of ours catches it."""


@pytest.mark.parametrize("at", ["before the swap", "after the swap"])
def test_a_kill_during_a_restore_leaves_one_whole_database(demo, tmp_path, data_dir, sample_profile, monkeypatch, at):
    import verify_coach.core.backup as backup_mod

    path = make_backup(demo, tmp_path / "b.zip")
    demo.save_profile("Added later", sample_profile)
    demo.store.close()
    db = data_dir / DB_FILENAME
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst) == db:
            if at == "after the swap":
                real_replace(src, dst)
            raise Killed
        return real_replace(src, dst)

    monkeypatch.setattr(backup_mod.os, "replace", replace)
    with pytest.raises(Killed):
        restore_backup(path, data_dir)
    monkeypatch.undo()
    store = open_store(data_dir)  # the data dir always holds a whole database: the old one or the restored one
    try:
        names = [p.name for p in Coach(store).profiles()]
    finally:
        store.close()
    assert ("Added later" in names) == (at == "before the swap")
    kept = next(data_dir.glob("before-restore-*"))
    old = open_store(kept)  # and the data from before is in before-restore-* either way
    try:
        assert "Added later" in [p.name for p in Coach(old).profiles()]
    finally:
        old.close()


def test_restore_of_an_older_backup_runs_the_migrations(tmp_path, data_dir):
    old_db = tmp_path / DB_FILENAME
    engine = make_engine(old_db)
    upgrade(engine, "0001")
    engine.dispose()
    backup = _zip(tmp_path / "old.zip", {
        "manifest.json": json.dumps({"app": "verify_coach", "kind": "backup", "format": 1, "schema": "0001"}),
        DB_FILENAME: old_db.read_bytes(),
    })
    restore_backup(backup, data_dir)
    con = sqlite3.connect(data_dir / DB_FILENAME)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    finally:
        con.close()


def _good_backup_bytes(coach: Coach, tmp_path: Path) -> bytes:
    return make_backup(coach, tmp_path / "good.zip").read_bytes()


def _with_db(tmp_path: Path, good: bytes, change) -> bytes:
    """The good backup with its database changed by ``change(path)``."""
    with zipfile.ZipFile(io.BytesIO(good)) as z:
        manifest = z.read("manifest.json")
        db = tmp_path / "edit.sqlite3"
        db.write_bytes(z.read(DB_FILENAME))
    change(db)
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("manifest.json", manifest)
        z.writestr(DB_FILENAME, db.read_bytes())
    return buf.getvalue()


def _newer_schema(db: Path) -> None:
    con = sqlite3.connect(db)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()


def _damage(db: Path) -> None:
    data = bytearray(db.read_bytes())
    page = 4096
    for i in range(page * 2, min(len(data), page * 6)):
        data[i] = 0xA5
    db.write_bytes(bytes(data))


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda good, tmp: b"just some text, not a zip", "not a zip"),
        (lambda good, tmp: good[: len(good) // 2], "not a zip file, or a damaged one"),
        (lambda good, tmp: _zip(tmp / "x.zip", {"notes.txt": "hi"}).read_bytes(), "no manifest"),
        (lambda good, tmp: _zip(tmp / "x.zip", {"manifest.json": json.dumps({"app": "other", "kind": "backup"}),
                                                DB_FILENAME: b""}).read_bytes(), "not a verify_coach backup"),
        (lambda good, tmp: _zip(tmp / "x.zip", {"manifest.json": json.dumps(
            {"app": "verify_coach", "kind": "backup", "format": 1, "schema": "9999"})}).read_bytes(), "newer version"),
        (lambda good, tmp: _zip(tmp / "x.zip", {"manifest.json": json.dumps(
            {"app": "verify_coach", "kind": "backup", "format": 7})}).read_bytes(), "newer version"),
        (lambda good, tmp: _with_db(tmp, good, _newer_schema), "newer version"),
        (lambda good, tmp: _with_db(tmp, good, _damage), "damaged"),
        (lambda good, tmp: _zip(tmp / "x.zip", {"manifest.json": json.dumps(
            {"app": "verify_coach", "kind": "backup", "format": 1})}).read_bytes(), "holds no database"),
    ],
    ids=["text", "truncated", "no-manifest", "other-app", "newer-manifest", "newer-format", "newer-db",
         "damaged-db", "no-db"],
)
def test_restore_refuses_what_is_not_a_good_backup_and_changes_nothing(demo, tmp_path, data_dir, make, message):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(make(_good_backup_bytes(demo, tmp_path), tmp_path))
    demo.store.close()
    db = data_dir / DB_FILENAME
    before, listing = _digest(db), sorted(os.listdir(data_dir))
    with pytest.raises(BackupError, match=message):
        restore_backup(bad, data_dir)
    assert _digest(db) == before and sorted(os.listdir(data_dir)) == listing
    assert isinstance(BackupError("x"), ValueError)


def test_restore_of_a_missing_file_says_so(tmp_path, data_dir):
    with pytest.raises(BackupError, match="no such file"):
        restore_backup(tmp_path / "nope.zip", data_dir)


# ------------------------------------------------------------------------------------------ automatic
def test_auto_backup_keeps_only_the_newest(demo, data_dir):
    folder = data_dir / "backups"
    folder.mkdir()
    (folder / "mine.zip").write_bytes(b"the user's own file")
    made = [auto_backup(demo, keep=3, now=NOW + timedelta(minutes=i)) for i in range(5)]
    autos = sorted(p.name for p in folder.glob("auto-*.zip"))
    assert autos == sorted(p.name for p in made[-3:])
    assert (folder / "mine.zip").read_bytes() == b"the user's own file"
    assert all(stat.S_IMODE(os.stat(p).st_mode) == 0o600 for p in made[-3:])
    assert stat.S_IMODE(os.stat(folder).st_mode) == 0o700
    with pytest.raises(ValueError):
        auto_backup(demo, keep=0)


def test_two_auto_backups_in_the_same_instant_do_not_overwrite_each_other(demo, data_dir):
    a = auto_backup(demo, now=NOW)
    b = auto_backup(demo, now=NOW)
    assert a != b and a.exists() and b.exists()


# ------------------------------------------------------------------------------------------ delete
def test_delete_all_data_removes_ours_and_nothing_else(demo, data_dir, tmp_path):
    auto_backup(demo)
    make_backup(demo, tmp_path / "elsewhere.zip")
    (data_dir / "verify_coach.log").write_text("log")
    (data_dir / "verify_coach.log.1").write_text("old log")
    (data_dir / "before-restore-20260101-000000-000000").mkdir()
    (data_dir / "settings.ini").write_text("[General]\ntheme=dark\n")
    (data_dir / "notes.txt").write_text("not ours")
    (data_dir / f"{DB_FILENAME}.before-0002-from-0001.bak").write_bytes(b"old copy")
    demo.store.close()

    removed = delete_all_data(data_dir)
    assert sorted(os.listdir(data_dir)) == ["notes.txt", "settings.ini"]
    assert data_dir / DB_FILENAME in removed and data_dir / "backups" in removed
    assert (tmp_path / "elsewhere.zip").exists()  # a backup the user saved elsewhere is theirs to keep
    store = open_store(data_dir)  # the app can start afresh
    try:
        assert Coach(store).profiles() == []
    finally:
        store.close()


def test_delete_all_data_removes_an_emptied_folder(coach, data_dir):
    coach.store.close()
    delete_all_data(data_dir)
    assert not data_dir.exists()
    assert delete_all_data(data_dir) == []


# ------------------------------------------------------------------------------------------ CLI
def test_cli_backup_and_restore(demo, tmp_path, data_dir, capsys):
    from verify_coach.cli import main

    demo.store.close()
    zip_path = tmp_path / "cli.zip"
    assert main(["--data-dir", str(data_dir), "backup", "-o", str(zip_path)]) == 0
    assert main(["--data-dir", str(data_dir), "restore", str(zip_path)]) == 0
    out = capsys.readouterr().out
    assert f"Backed up to {zip_path}" in out and "Your previous data was kept at" in out


def test_cli_restore_of_a_foreign_file_is_a_clear_error(tmp_path, data_dir, capsys):
    from verify_coach.cli import main

    bad = tmp_path / "photo.zip"
    bad.write_bytes(b"\x89PNG not a zip")
    assert main(["--data-dir", str(data_dir), "restore", str(bad)]) == 2
    assert "is not a verify_coach backup" in capsys.readouterr().err
