"""Faults around exports, imports and personal data (issue 17, items 2-5, 8-11, 16, 19).

Full disks and read-only data dirs are real where the machine allows it: a small tmpfs mounted for the
test (root, Linux), filled to the last byte, or remounted read-only. Elsewhere those tests are skipped with
the reason, and the portable ones below them (writers that fail with ENOSPC) still run.
"""

from __future__ import annotations

import contextlib
import csv
import errno
import io
import json
import logging
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from verify_coach.cli import main

REPO = Path(__file__).resolve().parents[2]
FORMATS = ("md", "html", "csv", "apkg", "pdf")
IDENTITY = {
    "full_name": "Zhang Weiqiang",
    "date_of_birth": "1988-07-21",
    "email": "weiqiang.zhang@example.org",
    "phone": "+86 138 1234 5678",
    "address": {"street": "17 Qingyang Lane", "city": "Xindu", "postal_code": "610500", "country": "China"},
}
SECRETS = ("Zhang Weiqiang", "1988-07-21", "weiqiang.zhang@example.org", "+86 138 1234 5678", "17 Qingyang Lane",
           "610500")


@pytest.fixture(autouse=True)
def _qt_application(qapp):
    """A QApplication before anything Qt: the PDF writer would otherwise make a QGuiApplication of its own."""
    return qapp


def run(*argv: str, data_dir: Path, stdin: str = "") -> int:
    return main(["--data-dir", str(data_dir), *argv], stdin=io.StringIO(stdin), stdout=io.StringIO())


def _profile_doc(**identity: object) -> dict:
    src = json.loads((REPO / "resources" / "example-profile.json").read_text(encoding="utf-8"))
    src["identity"] = {**src.get("identity", {}), **IDENTITY, **identity}
    return src


@pytest.fixture
def profile_file(tmp_path: Path) -> Path:
    p = tmp_path / "me.json"
    p.write_text(json.dumps(_profile_doc()), encoding="utf-8")
    return p


# ----------------------------------------------------------------------------- real small disks
def _mount_tmpfs(where: Path, size: str) -> bool:
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        return False
    where.mkdir(parents=True, exist_ok=True)
    res = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size},mode=0755", "tmpfs", str(where)],
                         capture_output=True, check=False)
    return res.returncode == 0


def _umount(where: Path) -> None:
    subprocess.run(["umount", "-l", str(where)], capture_output=True, check=False)


def _fill(folder: Path) -> None:
    """Fill the disk of ``folder`` to the last byte (unbuffered: every failed write is seen at once)."""
    for name, size in (("filler", 64 * 1024), ("filler-small", 1)):
        with contextlib.suppress(OSError), open(folder / name, "wb", buffering=0) as fh:
            while True:
                fh.write(b"\0" * size)
    assert shutil.disk_usage(folder).free < 4096


@pytest.fixture
def small_disk(tmp_path: Path):
    """A 4 MiB tmpfs (skipped where it cannot be mounted)."""
    where = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    if not _mount_tmpfs(where, "4m"):
        pytest.skip("a real full disk needs a tmpfs mount (root on Linux); the portable ENOSPC tests still run")
    try:
        yield where
    finally:
        _umount(where)


@pytest.fixture
def with_answers(data_dir: Path, profile_file: Path) -> Path:
    assert run("import", str(profile_file), "--name", "Me", data_dir=data_dir) == 0
    assert run("practice", "--count", "3", "--seed", "1", stdin="a\nb\nc\n", data_dir=data_dir) == 0
    return data_dir


def _pdf_writer():
    pytest.importorskip("PySide6")
    from verify_coach.ui.pdf import write_pdf

    return write_pdf


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_export_onto_a_full_disk_keeps_the_old_file_and_says_why(fmt, with_answers, small_disk, capsys):
    if fmt == "pdf":
        _pdf_writer()
    target = small_disk / f"export.{fmt}"
    assert run("export", "--format", fmt, "-o", str(target), data_dir=with_answers) == 0
    good = target.read_bytes()
    _fill(small_disk)
    capsys.readouterr()
    code = run("export", "--format", fmt, "-o", str(target), "--force", data_dir=with_answers)
    err = capsys.readouterr().err
    assert code != 0
    assert "disk is full" in err and str(target) in err and "unchanged" in err
    assert "Traceback" not in err and ".tmp" not in err
    assert target.read_bytes() == good  # the good file was not replaced by a broken one
    assert sorted(p.name for p in small_disk.iterdir()) == sorted([target.name, "filler", "filler-small"])


def test_a_pdf_that_qt_wrote_only_in_part_is_refused(tmp_path):
    """Qt reports no write error: the file itself is checked (portable: a truncated file, no full disk)."""
    pytest.importorskip("PySide6")
    from verify_coach.ui.pdf import _check_written, write_pdf

    whole = tmp_path / "whole.pdf"
    write_pdf("<p>hello</p>", whole)
    _check_written(True, whole)  # a whole PDF passes
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    with pytest.raises(OSError, match="could not be written"):
        _check_written(True, cut)
    with pytest.raises(OSError):
        _check_written(False, whole)  # QPainter.end() said no


@pytest.mark.parametrize("fmt", ("md", "html", "csv", "apkg", "pdf"))
def test_an_export_whose_writes_fail_with_enospc_keeps_the_old_file(fmt, with_answers, tmp_path, monkeypatch, capsys):
    """Portable: every write into the temporary file fails as on a full disk."""
    from verify_coach.core import files

    target = tmp_path / f"old.{fmt}"
    target.write_bytes(b"the good old file")
    real = files.write_private_with

    def failing(path, write):
        def broken(tmp):
            write(tmp)
            raise OSError(errno.ENOSPC, "No space left on device", str(tmp))

        return real(path, broken)

    monkeypatch.setattr("verify_coach.core.export.write_private_with", failing)
    monkeypatch.setattr("verify_coach.core.export.write_private_file",
                        lambda p, data: failing(p, lambda tmp: tmp.write_bytes(data)))
    if fmt == "pdf":
        _pdf_writer()
    code = run("export", "--format", fmt, "-o", str(target), "--force", data_dir=with_answers)
    err = capsys.readouterr().err
    assert code == 2 and "the disk is full" in err and "Traceback" not in err
    assert target.read_bytes() == b"the good old file"
    assert [p.name for p in tmp_path.glob(".old.*")] == []  # no temporary copy left behind


# ----------------------------------------------------------------------------- practice, data dir
def test_practice_on_a_full_disk_says_so_and_keeps_what_was_saved(small_disk, profile_file, capsys):
    data = small_disk / "data"
    assert run("import", str(profile_file), "--name", "Me", data_dir=data) == 0
    assert run("practice", "--count", "2", "--seed", "1", stdin="a\nb\n", data_dir=data) == 0
    _fill(small_disk)
    capsys.readouterr()
    code = run("practice", "--count", "3", "--seed", "2", stdin="a\nb\nc\n", data_dir=data)
    err = capsys.readouterr().err
    assert code == 2 and "is full" in err and "Traceback" not in err
    assert "Zhang" not in err
    (small_disk / "filler").unlink()
    code = run("stats", "--json", data_dir=data)
    assert code == 0  # nothing lost: the database still opens, with the first session's answers


def test_an_answer_that_cannot_be_saved_on_a_full_disk_is_a_clear_store_error(small_disk, profile_file):
    from verify_coach.core.coach import Coach
    from verify_coach.core.profile import Profile
    from verify_coach.core.store import open_store
    from verify_coach.core.store.faults import DiskFullError, as_store_error

    data = small_disk / "data"
    coach = Coach(open_store(data))
    try:
        coach.save_profile("Me", Profile.load(profile_file))
        plan = coach.start_session("practice", 50, seed=1)
        coach.answer(plan, plan.questions[0], "first", 2000)
        _fill(small_disk)
        with pytest.raises(Exception) as info:
            for q in plan.questions[1:]:
                coach.answer(plan, q, "x" * 20_000, 2000)
        fault = as_store_error(info.value, data)
        assert isinstance(fault, DiskFullError), info.value
        assert "full" in str(fault) and "Zhang" not in str(fault)
    finally:
        coach.store.close()


@pytest.fixture
def full_database(monkeypatch):
    """The portable full disk for practice, where no tmpfs can be mounted: SQLite's own limit. ``fill()`` caps
    the database at the pages it has (``PRAGMA max_page_count``) on every connection made from then on, so
    the next write that needs a page fails exactly as on a full disk (SQLITE_FULL, "database or disk is
    full"); ``make_engine`` is wrapped so that the CLI's own connections get the cap too."""
    from verify_coach.core.store import engine as engine_module

    cap: dict[str, int] = {}
    real = engine_module.make_engine

    def make_engine(path):
        eng = real(path)

        def capped(dbapi_con, _record):
            if "pages" in cap:
                dbapi_con.execute(f"PRAGMA max_page_count = {cap['pages']}")

        engine_module.sa.event.listen(eng, "connect", capped)
        return eng

    monkeypatch.setattr(engine_module, "make_engine", make_engine)

    def fill(db: Path) -> None:
        con = sqlite3.connect(db)
        try:
            cap["pages"] = int(con.execute("PRAGMA page_count").fetchone()[0])
        finally:
            con.close()

    def free() -> None:
        cap.pop("pages", None)

    return fill, free


def test_practice_on_a_full_database_says_so_and_keeps_what_was_saved(full_database, data_dir, profile_file,
                                                                        capsys):
    """As ``test_practice_on_a_full_disk_…`` on a real tmpfs, on any machine: the long answers need new pages."""
    fill, free = full_database
    assert run("import", str(profile_file), "--name", "Me", data_dir=data_dir) == 0
    assert run("practice", "--count", "2", "--seed", "1", stdin="a\nb\n", data_dir=data_dir) == 0
    saved = _attempts(data_dir)
    fill(data_dir / "verify_coach.sqlite3")
    capsys.readouterr()
    long = ("x" * 20_000 + "\n") * 3
    code = run("practice", "--count", "3", "--seed", "2", stdin=long, data_dir=data_dir)
    err = capsys.readouterr().err
    assert code == 2 and "is full" in err and "Traceback" not in err, err
    assert "Zhang" not in err
    assert _attempts(data_dir) == saved  # nothing half written; what was saved is there
    free()
    assert run("practice", "--count", "1", "--seed", "3", stdin="a\n", data_dir=data_dir) == 0
    assert _attempts(data_dir) == saved + 1


def test_an_answer_that_cannot_be_saved_in_a_full_database_is_a_clear_store_error(full_database, data_dir,
                                                                                  profile_file):
    from verify_coach.core.coach import Coach
    from verify_coach.core.profile import Profile
    from verify_coach.core.store import open_store
    from verify_coach.core.store.faults import DiskFullError, as_store_error

    fill, _free = full_database
    coach = Coach(open_store(data_dir))
    try:
        coach.save_profile("Me", Profile.load(profile_file))
        plan = coach.start_session("practice", 50, seed=1)
        coach.answer(plan, plan.questions[0], "first", 2000)
        fill(coach.store.path)
        coach.store.engine.dispose()  # the pooled connections go: the next ones are capped
        with pytest.raises(Exception) as info:
            coach.answer(plan, plan.questions[1], "x" * 20_000, 2000)
        fault = as_store_error(info.value, data_dir)
        assert isinstance(fault, DiskFullError), info.value
        assert "full" in str(fault) and "Zhang" not in str(fault)
        assert _attempts(data_dir) == 1
    finally:
        coach.store.close()


def _attempts(data_dir: Path) -> int:
    con = sqlite3.connect(f"file:{data_dir / 'verify_coach.sqlite3'}?mode=ro", uri=True)
    try:
        return int(con.execute("SELECT count(*) FROM attempt").fetchone()[0])
    finally:
        con.close()


@pytest.fixture
def read_only_data_dir(tmp_path: Path, profile_file: Path):
    """A data dir with a profile in it that then cannot be written: a tmpfs remounted read-only (root), or
    a folder without write permission (others)."""
    where = tmp_path / f"ro-{uuid.uuid4().hex[:6]}"
    mounted = _mount_tmpfs(where, "8m")
    data = where / "data" if mounted else where
    try:
        res = _cli("import", str(profile_file), "--name", "Me", data_dir=data)  # its own process: no file stays open
        assert res.returncode == 0, res.stderr
        before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
        if mounted:
            subprocess.run(["mount", "-o", "remount,ro", str(where)], check=True, capture_output=True)
        else:
            if os.geteuid() == 0:
                pytest.skip("root writes into any folder: a read-only data dir needs a read-only mount")
            os.chmod(data, 0o500)
        yield data, before
    finally:
        if mounted:
            _umount(where)
        else:
            os.chmod(data, 0o700)


def test_cli_on_a_read_only_data_dir_says_what_is_wrong(read_only_data_dir, capsys):
    data, before = read_only_data_dir
    for argv in (["profiles"], ["stats"], ["practice", "--count", "1"], ["demo", "--name", "X"]):
        capsys.readouterr()
        code = run(*argv, data_dir=data, stdin="a\n")
        err = capsys.readouterr().err
        assert code == 2, argv
        assert "cannot be written" in err and str(data) in err, err
        assert "Traceback" not in err and "sqlalchemy" not in err.lower()
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before  # nothing lost


def test_the_app_starts_on_a_read_only_data_dir_and_says_what_is_wrong(read_only_data_dir, qtbot, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from verify_coach.ui.app import Application
    from verify_coach.ui.dialogs.errors import ErrorDialog

    data, before = read_only_data_dir
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(ErrorDialog, "show_exception", staticmethod(
        lambda *a: (_ for _ in ()).throw(AssertionError(f"error dialog: {a[1]!r}"))))
    app = Application(qapp, data)  # the log cannot be opened: no exception, the log goes to stderr
    qtbot.addWidget(app.window)
    assert app.log_path is None
    app.start()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    assert app.window.isVisible()
    assert "cannot be written" in told[0] and str(data) in told[0]
    assert "cannot be written" in app.window.statusBar().currentMessage()
    app.ctx.tasks.wait(10_000)
    assert {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()} == before


def test_the_app_starts_when_its_log_cannot_be_opened(tmp_path, qtbot, qapp):
    from verify_coach.ui.app import Application

    data = tmp_path / "data"
    data.mkdir()
    (data / "verify_coach.log").mkdir()  # not a file: opening it for appending fails, as on a read-only disk
    app = Application(qapp, data)
    qtbot.addWidget(app.window)
    assert app.log_path is None
    app.start()
    qtbot.waitUntil(lambda: app.ctx.coach is not None, timeout=15_000)
    qtbot.waitUntil(lambda: "log file cannot be written" in app.window.statusBar().currentMessage(), timeout=15_000)
    app.ctx.tasks.wait(10_000)
    app.ctx.coach.store.close()


# ----------------------------------------------------------------------------- device files
def _limit_memory() -> None:  # a regression (reading /dev/zero to the end) fails fast instead of eating the machine
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (2 * 1024**3, 2 * 1024**3))


def _cli(*argv: str, data_dir: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir), *argv],
                          capture_output=True, text=True, timeout=timeout, env=env, check=False,
                          preexec_fn=_limit_memory if sys.platform != "win32" else None)


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero here")
def test_importing_dev_zero_is_refused_at_once(data_dir):
    t0 = time.perf_counter()
    res = _cli("import", "/dev/zero", data_dir=data_dir)
    assert res.returncode == 2 and "a device, not a file" in res.stderr and "Traceback" not in res.stderr
    assert time.perf_counter() - t0 < 30


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes here")
def test_importing_a_named_pipe_is_refused_not_waited_on(tmp_path, data_dir):
    fifo = tmp_path / "profile.json"
    os.mkfifo(fifo)
    res = _cli("import", str(fifo), data_dir=data_dir, timeout=30)  # a hang fails with TimeoutExpired
    assert res.returncode == 2 and "named pipe" in res.stderr and "Traceback" not in res.stderr


def test_every_importer_refuses_devices_and_pipes(tmp_path):
    import threading

    from verify_coach.core.importers import (
        detect_format,
        import_file,
        import_jsonresume,
        import_linkedin,
        import_native,
    )
    from verify_coach.core.profile import ProfileError

    fifo = tmp_path / "pipe.zip"
    os.mkfifo(fifo)
    done = threading.Event()

    def unblock() -> None:  # should an importer open the pipe and wait, a writer comes after 5 s: the test fails
        while not done.wait(5):
            with contextlib.suppress(OSError):
                os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))

    threading.Thread(target=unblock, daemon=True).start()
    try:
        for path in (fifo, Path("/dev/null")):  # /dev/null: a device that is harmless to read
            for fn in (detect_format, import_file, import_jsonresume, import_linkedin, import_native):
                with pytest.raises(ProfileError, match="not a file"):
                    fn(path)
    finally:
        done.set()


def test_text_is_read_with_a_cap_whatever_stat_says(tmp_path, monkeypatch):
    """A file that grows (or a /proc file that says 0 bytes) is read no further than the limit."""
    from verify_coach.core.profile import ProfileError, read_text_file

    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 5000)
    real_stat = Path.stat

    class Lying:
        def __init__(self, st):
            self._st = st

        def __getattr__(self, name):
            return 0 if name == "st_size" else getattr(self._st, name)

    monkeypatch.setattr(Path, "stat", lambda self, **kw: Lying(real_stat(self, **kw)))
    with pytest.raises(ProfileError, match="too large"):
        read_text_file(p, limit=1000)


def test_a_native_profile_with_20000_jobs_is_refused_quickly(tmp_path):
    from verify_coach.core.importers import import_file
    from verify_coach.core.profile import ProfileError

    doc = _profile_doc()
    doc["platform_jobs"] = [{"title": f"Job {i}", "rate": 10} for i in range(20_000)]
    p = tmp_path / "huge.json"
    p.write_text(json.dumps(doc), encoding="utf-8")
    t0 = time.perf_counter()
    with pytest.raises(ProfileError, match=r"platform_jobs: 20000 entries; a profile holds at most 1,000"):
        import_file(p)
    assert time.perf_counter() - t0 < 5


# ----------------------------------------------------------------------------- delete all
def test_delete_all_leaves_nothing_personal_in_the_data_dir_or_the_temp_dir(with_answers, tmp_path, monkeypatch):
    from verify_coach.core.backup import delete_all_data, make_backup, personal_data
    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store

    data = with_answers
    systemp = tmp_path / "systemp"
    systemp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(systemp))
    coach = Coach(open_store(data))
    make_backup(coach, data / "backups" / "mine.zip")
    coach.store.close()
    db = data / "verify_coach.sqlite3"
    for folder in ("set-aside-20250101-101010", "before-restore-20250101-101010", ".restore-abc"):
        (data / folder).mkdir(mode=0o700)
        shutil.copy(db, data / folder / db.name)  # a complete old database: name, birth date, address
    (data / "recordings").mkdir()
    (data / "recordings" / "rehearsal-20250101-101010.mp4").write_bytes(b"video of me")
    (data / "answer-recordings" / "1").mkdir(parents=True)
    (data / "answer-recordings" / "1" / "7.ogg").write_bytes(b"my voice")
    (data / ".verify_coach.sqlite3.x1y2.tmp").write_bytes(b"half a copy")
    (data / ".me.json.abc.tmp").write_bytes(json.dumps(IDENTITY).encode())
    (data / "verify_coach.log").write_text("a log\n")
    (data / "verify_coach.log.1").write_text("an old log\n")
    (data / "settings.ini").write_text("[General]\ntheme=dark\n")
    (data / "not-ours.txt").write_text("the user's own file")
    left = systemp / "verify_coach-backup-q1w2e3"
    left.mkdir()
    (left / "verify_coach.sqlite3").write_bytes(db.read_bytes())
    old = time.time() - 3600
    os.utime(left, (old, old))

    kinds = personal_data(data)
    assert {"database", "recordings", "backups", "set aside", "logs", "temporary"} <= set(kinds)
    delete_all_data(data)
    assert sorted(p.name for p in data.iterdir()) == ["not-ours.txt", "settings.ini"]
    assert list(systemp.iterdir()) == []
    everything = b"".join(p.read_bytes() for p in data.rglob("*") if p.is_file())
    assert not any(s.encode() in everything for s in SECRETS)


def test_the_delete_all_confirmation_lists_what_goes(tmp_path, qtbot, qapp):
    from verify_coach.ui.app import make_context
    from verify_coach.ui.dialogs.settings import SettingsDialog

    data = tmp_path / "data"
    (data / "set-aside-20250101-101010").mkdir(parents=True)
    (data / "set-aside-20250102-101010").mkdir()
    ctx = make_context(data)
    dlg = SettingsDialog(ctx, None)
    qtbot.addWidget(dlg)
    text = dlg.what_goes()
    assert "old databases kept aside" in text and "(2)" in text
    assert "recordings of your spoken answers and of your mock calls" in text and "backups" in text


# ----------------------------------------------------------------------------- logs and modes
def _hostile_failure_log(data: Path) -> str:
    """Make the writes fail in the ways the issue saw, log them as the app does, return the log."""
    from PySide6.QtWidgets import QMessageBox

    from verify_coach.core.coach import Coach
    from verify_coach.core.profile import Profile
    from verify_coach.core.store import open_store
    from verify_coach.ui import app as app_module
    from verify_coach.ui.logs import close_log_file, setup_logging

    data.mkdir(parents=True, exist_ok=True)
    assert setup_logging(data) is not None
    profile = Profile.from_document(_profile_doc())
    coach = Coach(open_store(data))
    try:
        with coach.store.engine.begin() as conn:  # every insert of a profile fails, as a full disk would
            conn.exec_driver_sql("CREATE TRIGGER no_more BEFORE INSERT ON profile BEGIN SELECT RAISE(FAIL, 'forced'); END")
        with pytest.raises(Exception) as info:
            coach.save_profile("Me", profile)
        assert "Zhang" not in str(info.value) and "1988" not in str(info.value)  # hide_parameters
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(QMessageBox, "warning", staticmethod(lambda *a: None))
            app_module.show_error(None, info.value)  # what the app does with a failed write
        try:  # pydantic quotes the input of a bad value
            Profile.model_validate({"identity": {"full_name": ["Zhang Weiqiang", "17 Qingyang Lane"]}})
        except Exception as exc:
            logging.getLogger("verify_coach").error("unexpected error", exc_info=exc)
        logging.getLogger("verify_coach").info("saved %s born %s", "Zhang Weiqiang", "1988-07-21")
    finally:
        coach.store.close()
        close_log_file(data)
    return (data / "verify_coach.log").read_text(encoding="utf-8")


def test_after_forced_failures_the_log_holds_no_identity_values(data_dir, qapp):
    log = _hostile_failure_log(data_dir)
    assert "forced" in log and "unexpected error" in log  # the failures were logged
    for secret in SECRETS:
        assert secret not in log, secret


def test_cli_failures_print_no_profile_values(data_dir, profile_file, capsys, monkeypatch):
    import sqlite3

    import sqlalchemy as sa

    from verify_coach.core.coach import Coach

    # a write that fails the way SQLAlchemy reports it: the statement with the profile's values as parameters
    # (a foreign trigger would do it too, but such a file is now refused before anything is written)
    def failing_save(self, name, profile, **_kw):
        raise sa.exc.IntegrityError("INSERT INTO profile (name, data) VALUES (?, ?)",
                                    (name, profile.model_dump_json()), sqlite3.IntegrityError("forced"))

    monkeypatch.setattr(Coach, "save_profile", failing_save)
    code = run("import", str(profile_file), "--name", "Me", data_dir=data_dir)
    err = capsys.readouterr().err
    assert code == 2 and "Traceback" not in err and "forced" in err
    for secret in SECRETS:
        assert secret not in err, secret


def test_a_log_that_cannot_be_flushed_does_not_stop_the_next_start(tmp_path, qapp):
    """A log left on a full disk (its buffered lines cannot be flushed) is closed quietly by the next
    start-up and by Delete all my data, instead of raising ENOSPC out of the app's constructor."""
    import errno

    from verify_coach.ui.logs import LOG_NAME, PrivateRotatingFileHandler, close_log_file, setup_logging

    full, other = tmp_path / "full", tmp_path / "other"
    full.mkdir()
    other.mkdir()
    assert setup_logging(full) is not None
    handler = next(h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler))

    class FullStream:
        def write(self, _text):
            raise OSError(errno.ENOSPC, "No space left on device")

        flush = close = lambda self: FullStream.write(self, "")

    handler.stream.close()
    handler.stream = FullStream()
    try:
        assert setup_logging(other) == other / LOG_NAME  # closed the full one without raising
        assert handler not in logging.getLogger().handlers and handler.stream is None
    finally:
        close_log_file(other)


def test_rotated_logs_settings_and_set_aside_folders_are_owner_only(data_dir, qapp):
    from verify_coach.core.files import tighten_permissions
    from verify_coach.ui.dialogs.errors import set_aside
    from verify_coach.ui.logs import PrivateRotatingFileHandler, close_log_file, setup_logging
    from verify_coach.ui.prefs import Prefs

    old_umask = os.umask(0o022)
    try:
        data_dir.mkdir(parents=True)
        setup_logging(data_dir)
        handler = next(h for h in logging.getLogger().handlers if isinstance(h, PrivateRotatingFileHandler))
        logging.getLogger("verify_coach").info("one line")
        handler.doRollover()
        handler.doRollover()
        logging.getLogger("verify_coach").info("another line")
        close_log_file(data_dir)
        for name in ("verify_coach.log", "verify_coach.log.1", "verify_coach.log.2"):
            assert stat.S_IMODE(os.stat(data_dir / name).st_mode) == 0o600, name

        prefs = Prefs(data_dir)
        prefs.set("theme", "dark")
        prefs.sync()
        assert stat.S_IMODE(os.stat(data_dir / "settings.ini").st_mode) == 0o600

        (data_dir / "verify_coach.sqlite3").write_bytes(b"")
        kept = set_aside(data_dir)
        assert stat.S_IMODE(os.stat(kept).st_mode) == 0o700

        old = data_dir / "set-aside-20200101-000000"  # as an older version left it
        old.mkdir(mode=0o755)
        os.chmod(old, 0o755)
        (old / "verify_coach.sqlite3").write_bytes(b"old")
        os.chmod(old / "verify_coach.sqlite3", 0o644)
        os.chmod(data_dir / "verify_coach.log.1", 0o644)
        tighten_permissions(data_dir)
        assert stat.S_IMODE(os.stat(old).st_mode) == 0o700
        assert stat.S_IMODE(os.stat(old / "verify_coach.sqlite3").st_mode) == 0o600
        assert stat.S_IMODE(os.stat(data_dir / "verify_coach.log.1").st_mode) == 0o600
    finally:
        os.umask(old_umask)


# ----------------------------------------------------------------------------- rich text
HOSTILE_TEXT = "<script>alert(1)</script> Acme <img src=x> <b>Ltd</b>"


def test_markup_in_a_profile_shows_literally_in_the_question_card(qtbot, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from verify_coach.core.profile import Profile
    from verify_coach.core.questions import build_questions
    from verify_coach.ui.widgets.question_card import QuestionCard

    doc = _profile_doc()
    doc["employment"][0]["company"] = HOSTILE_TEXT
    profile = Profile.from_document(doc)
    questions = [q for q in build_questions(profile, seed=0) if "<script>" in q.prompt]
    assert questions, "no question shows the company"
    card = QuestionCard()
    qtbot.addWidget(card)
    card.set_question(questions[0])
    card.show()
    assert card.prompt.text() == questions[0].prompt and "<script>alert(1)</script>" in card.prompt.text()
    for label in card.findChildren(QLabel):
        if "<" in label.text():
            assert label.textFormat() == Qt.TextFormat.PlainText, label.objectName()


def test_labels_that_show_user_text_are_plain_text_across_the_screens(qtbot, qapp):
    """Every QLabel of the practice, mock call and report widgets shows markup given to it as it is."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel

    from verify_coach.ui.widgets import (
        aloud,
        call_report,
        call_view,
        explain_card,
        question_card,
        session_summary,
    )

    widgets = [question_card.QuestionCard(), question_card.FeedbackPanel(), explain_card.ExplainCard(),
               call_view.CallView(), call_report.CallReportView(), session_summary.SessionSummaryView(),
               aloud.ListeningPanel(), aloud.SelfCheckPanel()]
    checked = 0
    for w in widgets:
        qtbot.addWidget(w)
        for label in w.findChildren(QLabel):
            if not label.pixmap().isNull():
                continue  # an icon
            assert label.textFormat() == Qt.TextFormat.PlainText, (type(w).__name__, label.objectName(), label.text())
            checked += 1
    assert checked > 40



def _as_shown(tip: str) -> str:
    """What a tooltip shows: Qt guesses rich text for a tooltip as for a label."""
    from PySide6.QtGui import Qt, QTextDocument

    if not Qt.mightBeRichText(tip):
        return tip
    doc = QTextDocument()
    doc.setHtml(tip)
    return doc.toPlainText()


def test_tooltips_that_show_profile_text_show_markup_as_it_is(qtbot, qapp):
    from verify_coach.core.importers.merge import diff_profiles
    from verify_coach.core.profile import Profile
    from verify_coach.ui.dialogs.importing import MergePreviewDialog
    from verify_coach.ui.widgets.checklist import CheckRow

    old = Profile.from_document(_profile_doc())
    doc = _profile_doc()
    doc["employment"][0]["company"] = HOSTILE_TEXT
    changes = diff_profiles(old, Profile.from_document(doc)).changes
    preview = MergePreviewDialog(changes, "Me", "me.json")
    qtbot.addWidget(preview)
    tips = []
    for i in range(preview.tree.topLevelItemCount()):
        group = preview.tree.topLevelItem(i)
        for j in range(group.childCount()):
            tips += [group.child(j).toolTip(col) for col in range(3)]
    hostile = [t for t in tips if "<script>" in t or "&lt;script" in t]
    assert hostile, tips
    assert any(HOSTILE_TEXT in _as_shown(t) for t in hostile)  # the company as typed, tags and all
    row = CheckRow("Have your ID ready", HOSTILE_TEXT)
    qtbot.addWidget(row)
    assert _as_shown(row.toolTip()) == HOSTILE_TEXT

# ----------------------------------------------------------------------------- CSV and Markdown
def _typed_answers(data: Path, answers: list[str]) -> None:
    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store

    coach = Coach(open_store(data))
    try:
        plan = coach.start_session("practice", 20, seed=2)
        typed = [q for q in plan.questions if q.answer_kind not in ("choice", "order")]
        for q, text in zip(typed, answers, strict=False):
            coach.answer(plan, q, text, 2500)
    finally:
        coach.store.close()


def test_csv_cells_a_spreadsheet_would_evaluate_get_the_apostrophe(with_answers, tmp_path):
    from verify_coach.core.export.csv_history import safe_cell

    for formula in ("-1-1", "+1/2", "-2+3", "+A1", "=1", "@x", "-(1)", "+1 (555) 010-0000", "\tx"):
        assert safe_cell(formula) == "'" + formula, formula
    for plain in ("-5", "+3.5", "-0.25", "+86 138 0000 1234", "Chengdu", "", "1-1"):
        assert safe_cell(plain) == plain, plain
    _typed_answers(with_answers, ["-1-1", "+1/2"])
    target = tmp_path / "h.csv"
    assert run("export", "--format", "csv", "-o", str(target), data_dir=with_answers) == 0
    answers = [r["answer"] for r in csv.DictReader(io.StringIO(target.read_text(encoding="utf-8"), newline=""))]
    assert "'-1-1" in answers and "'+1/2" in answers and "-1-1" not in answers


def test_csv_export_streams_in_batches(with_answers, monkeypatch):
    """The export fetches the rows a batch at a time, never all at once (a million answers took 1.6 GB)."""
    from types import SimpleNamespace

    from verify_coach.core.coach import Coach
    from verify_coach.core.export import csv_history
    from verify_coach.core.store import open_store

    monkeypatch.setattr(csv_history, "BATCH", 2)
    sizes: list[int] = []

    class Spy:
        def __init__(self, cur):
            self.cur = cur

        def fetchmany(self, size):
            sizes.append(size)
            return self.cur.fetchmany(size)

        def fetchall(self):
            raise AssertionError("fetchall: the whole history in memory")

    coach = Coach(open_store(with_answers))
    real_reader = coach.store.reader

    @contextlib.contextmanager
    def reader():
        with real_reader() as con:
            yield SimpleNamespace(execute=lambda sql, params: Spy(con.execute(sql, params)))

    monkeypatch.setattr(coach.store, "reader", reader)
    try:
        out = io.StringIO(newline="")
        n = csv_history.write_csv(coach, out)
    finally:
        coach.store.close()
    assert n == 3 and sizes == [2, 2, 2]  # 2 + 1 rows, then the empty batch that ends it
    assert out.getvalue().count("\r\n") == 4


def test_markdown_export_makes_no_live_links_of_bare_urls(qapp):
    from PySide6.QtGui import QTextDocument

    from verify_coach.core.export.markdown import md_escape

    for text in ("see https://evil.example/login?x=1", "www.evil.example", "write to boss@evil.example",
                 "ftp://files.evil.example/x", "mailto:boss@evil.example"):
        raw = QTextDocument()
        raw.setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        assert "href" in raw.toHtml() or text.startswith("mailto"), text  # md4c (GitHub rules) links it bare
        doc = QTextDocument()
        doc.setMarkdown(md_escape(text), QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        assert "href" not in doc.toHtml(), text
        assert doc.toPlainText().strip() == text  # and it still reads the same


# ----------------------------------------------------------------------------- messages
@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity", '"NaN"', '"inf"', "1e400"])
def test_nan_and_infinity_rates_are_named_in_the_message(value, tmp_path):
    from verify_coach.core.importers import import_file
    from verify_coach.core.profile import ProfileError

    resume = tmp_path / "resume.json"
    resume.write_text('{"basics": {"name": "A B"}, "x-verify-coach": {"hourlyRate": VALUE}}'.replace("VALUE", value),
                      encoding="utf-8")
    result = import_file(resume)
    messages = [w.message for w in result.warnings]
    assert messages and "found a number" not in messages[0]
    assert "finite number" in messages[0] and ("NaN" in messages[0] or "Infinity" in messages[0])

    native = tmp_path / "native.json"
    native.write_text('{"format": "verify_coach.profile", "version": 1, "platform_jobs": [{"title": "x", "rate": VALUE}]}'
                      .replace("VALUE", value), encoding="utf-8")
    with pytest.raises(ProfileError, match=r"platform_jobs\[0\]\.rate: .*finite number"):
        import_file(native)  # Infinity was accepted before, NaN read "greater than or equal to 0"


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32"])
def test_utf16_json_with_a_bom_is_read_not_called_binary(codec, tmp_path):
    from verify_coach.core.importers import import_file

    text = json.dumps(_profile_doc(), ensure_ascii=False)
    p = tmp_path / "profile.json"
    bom = {"utf-16": b"", "utf-16-be": "\ufeff".encode("utf-16-be"), "utf-32": b""}[codec]
    p.write_bytes(bom + text.encode(codec))
    result = import_file(p)
    assert result.profile.identity.full_name == "Zhang Weiqiang"


def test_utf16_without_a_bom_is_still_called_binary(tmp_path):
    from verify_coach.core.importers import import_file
    from verify_coach.core.profile import ProfileError

    p = tmp_path / "profile.json"
    p.write_bytes(json.dumps({"a": 1}).encode("utf-16-le"))
    with pytest.raises(ProfileError, match="binary file"):
        import_file(p)


def test_scrub_removes_parameters_validation_inputs_and_known_identity_values():
    from verify_coach.core.privacy import forget_these, scrub

    sqlalchemy_text = ("(sqlite3.OperationalError) database or disk is full\n"
                       "[SQL: INSERT INTO profile (name, data) VALUES (?, ?)]\n"
                       "[parameters: ('Me', '{\"identity\": {\"full_name\": \"Li [Lee] Na\"}}')]\n"
                       "(Background on this error at: https://sqlalche.me/e/20/e3q8)")
    out = scrub(sqlalchemy_text)
    assert "Li [Lee] Na" not in out and "[parameters hidden]" in out and "disk is full" in out and "INSERT" in out
    pydantic_text = "1 validation error for Identity\nemail\n  Input should be a valid string [type=string_type, input_value=['a@b.example'], input_type=list]"
    assert "a@b.example" not in scrub(pydantic_text) and "input_type=list" in scrub(pydantic_text)
    forget_these(["Qiao Mingyue", "1979-03-02", "x"])
    assert scrub("saving Qiao Mingyue, born 1979-03-02, x") == "saving [hidden], born [hidden], x"


def test_a_full_disk_in_an_app_operation_reaches_the_screen_as_a_sentence_not_the_error_dialog(tmp_path, qtbot, qapp,
                                                                                                 monkeypatch):
    import sqlite3

    from PySide6.QtWidgets import QWidget

    from verify_coach.core.store.faults import DiskFullError
    from verify_coach.ui.app import make_context

    ctx = make_context(tmp_path / "data")
    errors: list[BaseException] = []
    ctx.tasks.error.connect(errors.append)
    owner = QWidget()
    qtbot.addWidget(owner)
    got: list[BaseException] = []

    def answer() -> None:  # what Coach.answer raises when SQLite cannot grow the file
        raise sqlite3.OperationalError("database or disk is full")

    ctx.task(owner, answer, name="answer").failure(got.append).run()
    qtbot.waitUntil(lambda: bool(got), timeout=10_000)
    ctx.tasks.wait(5_000)
    assert isinstance(got[0], DiskFullError) and "is full" in str(got[0])
    assert errors == []  # no error dialog: the screen says "Not saved: The disk with your data … is full"


def test_a_data_folder_that_cannot_be_made_is_said_in_a_message_box(tmp_path, qapp, monkeypatch, capsys):
    import argparse

    from PySide6.QtWidgets import QMessageBox

    from verify_coach.ui.app import run as run_app

    (tmp_path / "a-file").write_text("not a folder")
    told: list[str] = []
    monkeypatch.setenv("DISPLAY", ":0")  # as when started from a menu
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    code = run_app(argparse.Namespace(data_dir=str(tmp_path / "a-file" / "data")))
    assert code == 2
    assert told and "cannot use its data folder" in told[0]
    assert "cannot use the data folder" in capsys.readouterr().err


def test_the_app_starts_on_a_full_disk_and_says_what_is_wrong(small_disk, profile_file, qtbot, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from verify_coach.ui.app import Application
    from verify_coach.ui.dialogs.errors import ErrorDialog

    data = small_disk / "data"
    res = _cli("import", str(profile_file), "--name", "Me", data_dir=data)
    assert res.returncode == 0, res.stderr
    before = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file()}
    _fill(small_disk)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(ErrorDialog, "show_exception", staticmethod(
        lambda *a: (_ for _ in ()).throw(AssertionError(f"error dialog: {a[1]!r}"))))
    app = Application(qapp, data)
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: bool(told), timeout=15_000)
    app.ctx.tasks.wait(10_000)
    assert app.window.isVisible() and "is full" in told[0] and str(data) in told[0]
    after = {p.name: p.read_bytes() for p in data.iterdir() if p.is_file() and p.name in before}
    assert after == before  # nothing lost


def test_practice_in_the_app_on_a_full_disk_says_not_saved_and_keeps_what_was_saved(
        small_disk, profile_file, qtbot, qapp, monkeypatch):
    _practice_in_the_app_until_refused(small_disk / "data", profile_file, lambda _app: _fill(small_disk),
                                       lambda: (small_disk / "filler").unlink(), qtbot, qapp, monkeypatch)


def test_practice_in_the_app_in_a_full_database_says_not_saved_and_keeps_what_was_saved(
        full_database, data_dir, profile_file, qtbot, qapp, monkeypatch):
    """The same on any machine: SQLite's page cap stands in for the tmpfs."""
    fill, free = full_database

    def full(app) -> None:
        fill(app.ctx.coach.store.path)
        app.ctx.coach.store.engine.dispose()  # (no task runs: the answer was committed) new connections are capped

    _practice_in_the_app_until_refused(data_dir, profile_file, full, free, qtbot, qapp, monkeypatch)


def _practice_in_the_app_until_refused(data: Path, profile_file: Path, fill, free, qtbot, qapp, monkeypatch) -> None:
    """Practice in the app, then ``fill(app)``: long answers until one is refused, which says "Not saved … is
    full"; after ``free()``, leaving the session ends it, and every answer shown as saved is in the database."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from verify_coach.ui.app import Application
    from verify_coach.ui.dialogs.errors import ErrorDialog

    assert _cli("import", str(profile_file), "--name", "Me", data_dir=data).returncode == 0
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(ErrorDialog, "show_exception", staticmethod(
        lambda *a: (_ for _ in ()).throw(AssertionError(f"error dialog: {a[1]!r}"))))
    app = Application(qapp, data)
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: app.ctx.coach is not None and app.ctx.tasks.pending == 0, timeout=15_000)
    try:
        win = app.window
        with qtbot.waitSignal(win.screen("practice").ready, timeout=15_000):
            win.show_screen("practice")
        scr = win.screen("practice")
        scr.seed = 3
        scr.start("practice", None)
        qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
        scr.submit("a first answer")
        qtbot.waitUntil(lambda: scr.state == "feedback", timeout=15_000)
        assert scr.feedback.verdict.text() != "Not saved"
        fill(app)
        verdict = ""
        for _ in range(12):  # long answers grow the file until the disk refuses one
            scr.next_question()
            qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
            scr.submit("x" * 60_000)
            qtbot.waitUntil(lambda: scr.state == "feedback", timeout=15_000)
            verdict = scr.feedback.verdict.text()
            if verdict == "Not saved":
                break
        assert verdict == "Not saved"
        text = scr.feedback.given.text()
        assert "is full" in text and "sqlite" not in text.lower() and "Traceback" not in text
        saved = len(scr.session.records)
        assert saved >= 1  # the answers before are still counted; the refused one is not
        free()
        scr.leave_now()
        app.ctx.tasks.wait(10_000)
        qapp.processEvents()
    finally:
        app.ctx.tasks.wait(10_000)
        if app.ctx.coach is not None:
            app.ctx.coach.store.close()
    with sqlite3.connect(data / "verify_coach.sqlite3") as db:
        answers = db.execute("SELECT count(*) FROM attempt").fetchone()[0]
        ended = db.execute("SELECT ended_at FROM study_session ORDER BY id DESC LIMIT 1").fetchone()[0]
    assert answers == saved and ended is not None  # nothing shown as saved was lost; the session has its end
