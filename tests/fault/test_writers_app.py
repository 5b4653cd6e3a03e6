"""Two writers, the desktop app's side (issue 17, items 1 and 18): a second launch hands over to the first,
the mock call tells the user about an answer it could not save, and quitting while an answer is being saved
still ends the session. (Kept apart from test_writers.py, which needs no Qt.)"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from tests.fault.test_writers import DB, Locker
from tests.ui.conftest import _no_modal_boxes, make_app, wait_idle  # noqa: F401  (the UI fixtures)
from verify_coach.core.store import engine
from verify_coach.core.store.instance import hold_instance_lock

REPO = Path(__file__).resolve().parents[2]


def _env() -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}


def _session_rows(data_dir: Path) -> list[tuple[int, int, Any]]:
    con = sqlite3.connect(f"file:{data_dir / DB}?mode=ro", uri=True)
    try:
        return con.execute("SELECT id, asked, ended_at FROM study_session ORDER BY id").fetchall()
    finally:
        con.close()


# ------------------------------------------------------------------------------------------ second launch
def test_a_second_launch_brings_the_first_to_the_front_with_its_file(qtbot, data_dir, tmp_path):
    from verify_coach.ui.single import InstanceServer, server_name

    data_dir.mkdir(parents=True, exist_ok=True)
    given = tmp_path / "profile.json"
    given.write_text("{}", encoding="utf-8")
    with hold_instance_lock(data_dir, "app"):  # the first app
        server = InstanceServer(server_name(data_dir))
        assert server.listen()
        try:
            with qtbot.waitSignal(server.activated, timeout=30_000) as sig:
                proc = subprocess.Popen([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir), str(given)],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=_env())
            qtbot.waitUntil(lambda: proc.poll() is not None, timeout=30_000)  # (events run: the reply goes out)
            _, err = proc.communicate()
        finally:
            server.close()
    assert sig.args == [str(given.resolve())]
    assert proc.returncode == 0, err
    assert "already open" in err and "Traceback" not in err


def test_a_launch_while_a_restore_holds_the_data_dir_says_so(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    with hold_instance_lock(data_dir, "restore"):  # held, but no app listens
        proc = subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir)],
                              capture_output=True, text=True, env=_env(), timeout=60)
    assert proc.returncode == 2
    assert "'verify-coach restore'" in proc.stderr and "Traceback" not in proc.stderr


def test_the_socket_name_is_per_data_dir(tmp_path):
    from verify_coach.ui.single import server_name

    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    assert server_name(a) == server_name(tmp_path / "b" / ".." / "a") != server_name(b)


def test_bring_to_front_imports_the_forwarded_file(qtbot, make_app, monkeypatch, tmp_path):  # noqa: F811
    app = make_app(demo=True)
    seen: list[str] = []
    monkeypatch.setattr(app.window, "import_path", seen.append)
    app.window.showMinimized()
    app.bring_to_front(str(tmp_path / "x.json"))
    qtbot.waitUntil(lambda: seen == [str(tmp_path / "x.json")], timeout=5_000)
    qtbot.waitUntil(lambda: app.window.isVisible() and not app.window.isMinimized(), timeout=5_000)
    app.bring_to_front("")  # no file: only the window
    assert seen == [str(tmp_path / "x.json")]


# ------------------------------------------------------------------------------------------ the mock call
@pytest.fixture
def short_busy(monkeypatch):
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 150)
    monkeypatch.setattr(engine, "RETRY_PAUSE_S", 0.01)


def test_the_mock_call_says_an_answer_was_not_saved_and_still_ends(qtbot, make_app, short_busy,  # noqa: F811
                                                                  data_dir):
    from tests.ui.test_mock_call import Clock, check_id, focus, open_call, rate, right, start
    from tests.ui.test_mock_call import answer as type_answer

    app = make_app(demo=True)  # its connections wait 0.15 s for a lock (short_busy came first)
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock)
    start(qtbot, scr)
    if scr.state == "greeting":
        qtbot.keyClick(focus(scr), Qt.Key.Key_Return)  # skip the greeting
    while True:  # on to the first fact question (as tests/ui/test_mock_call.py's drive)
        qtbot.waitUntil(lambda: scr.state in ("answering", "id_step", "id_check"), timeout=10_000)
        if scr.state in ("id_step", "id_check"):
            check_id(qtbot, scr)
            continue
        item = scr.item
        if item.is_fact:
            break
        if item.open.checklist:
            clock.advance(1000)
            for n in range(1, len(item.points) + 1):
                qtbot.keyClick(focus(scr), getattr(Qt.Key, f"Key_{n}"))
            qtbot.keyClick(focus(scr), Qt.Key.Key_Return)
        else:
            rate(qtbot, scr, Qt.Key.Key_1, clock)
    lk = Locker(data_dir / DB)
    try:
        lk.hold()  # another verify_coach writes, for longer than the busy timeout
        type_answer(qtbot, scr, clock, right(scr))
        qtbot.waitUntil(lambda: bool(scr.session.unsaved), timeout=15_000)
        assert "was not saved" in scr.notice.text() and "in use by another verify_coach" in scr.notice.text()
        assert not scr.notice_box.isHidden()
        assert scr.notice.objectName() == "bad"  # shown as a warning, not as a muted hint
    finally:
        lk.close()
    wait_idle(qtbot, app)
    scr.session.end()  # (as the red button, once confirmed)
    qtbot.waitUntil(lambda: scr.state == "report", timeout=15_000)
    wait_idle(qtbot, app)
    assert not scr.unsaved_note.isHidden() and "was not saved" in scr.unsaved_note.text()
    rows = _session_rows(data_dir)
    assert rows and rows[-1][2] is not None  # the call's session has its end time
    assert rows[-1][1] == len(scr.session.results)  # what the report shows is what was saved


# ------------------------------------------------------------------------------------------ item 18
def test_quitting_while_an_answer_is_saved_still_ends_the_session(qtbot, make_app, data_dir):  # noqa: F811
    from verify_coach.core.session.practice import State

    app = make_app(demo=True)
    win = app.window
    with qtbot.waitSignal(win.screen("practice").ready, timeout=15_000):
        win.show_screen("practice")
    wait_idle(qtbot, app)
    scr = win.screen("practice")
    scr.seed = 11
    scr.start("practice", None)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    gate = threading.Event()
    app.ctx.tasks.run(lambda: gate.wait(10), name="slow-disk")  # the worker is busy: the answer waits
    assert scr.session.submit("certainly not this")
    assert scr.session.state is State.SAVING
    plan_id = scr.session.plan.id
    win.close()  # Ctrl+Q while the answer is being saved
    assert not win.isVisible()
    gate.set()
    app.shutdown()  # what run() does once the event loop has ended
    row = next(r for r in _session_rows(data_dir) if r[0] == plan_id)
    assert row[1] == 1  # the answer is saved
    assert row[2] is not None  # and the session has its end time


# ------------------------------------------------------------------------------------------ practice
def test_practice_says_an_answer_was_not_saved_while_another_writer_holds_the_data(
        qtbot, make_app, short_busy, data_dir):  # noqa: F811
    app = make_app(demo=True)
    win = app.window
    with qtbot.waitSignal(win.screen("practice").ready, timeout=15_000):
        win.show_screen("practice")
    wait_idle(qtbot, app)
    scr = win.screen("practice")
    scr.seed = 11
    scr.start("practice", None)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    lk = Locker(data_dir / DB)
    try:
        lk.hold()
        assert scr.session.submit("certainly not this")
        qtbot.waitUntil(lambda: scr.state == "feedback", timeout=15_000)
        assert scr.feedback.verdict.text() == "Not saved"
        text = scr.feedback.given.text()
        assert "in use by another verify_coach" in text and "Nothing was saved" in text
        assert "sqlite" not in text.lower() and "SELECT" not in text
    finally:
        lk.close()
    assert scr.session.records == []  # not counted as answered
    rows = _session_rows(data_dir)
    assert rows[-1][1] == 0
    scr.leave_now()
    wait_idle(qtbot, app)
    assert _session_rows(data_dir)[-1][2] is not None  # the lock gone, leaving ends the session


# ------------------------------------------------------------------------------------------ start-up
def test_a_database_busy_at_start_up_offers_to_try_again_never_a_fresh_start(qtbot, make_app,  # noqa: F811
                                                                            monkeypatch):
    """(A migration is the one write at start-up: another verify_coach holding the data then is no damage.)"""
    from PySide6.QtWidgets import QMessageBox

    from verify_coach.ui import app as app_mod
    from verify_coach.ui.dialogs import errors

    real = app_mod.open_coach
    opened: list[int] = []

    def busy_once(*args: Any) -> Any:
        opened.append(1)
        if len(opened) == 1:
            raise engine.StoreBusyError()
        return real(*args)

    boxes: list[str] = []
    monkeypatch.setattr(app_mod, "open_coach", busy_once)
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text, *a: boxes.append(text) or QMessageBox.StandardButton.Retry))
    monkeypatch.setattr(errors, "offer_fresh_database", lambda *a: pytest.fail("offered a fresh database"))
    app = make_app(demo=True)  # waits until the database is open: the second try
    assert len(opened) == 2 and boxes == [engine.BUSY_MESSAGE]
    assert app.ctx.coach is not None


def test_a_real_running_app_refuses_cli_writes_and_a_second_launch(data_dir):
    """Not only the lock held by a test: the desktop app itself, started as a user starts it. While it runs,
    CLI writes are refused (nothing written), reads work, and a second launch hands over; once it has gone,
    the same command writes."""
    import signal
    import time

    def cli(*argv: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir), *argv],
                              input=stdin, capture_output=True, text=True, env=_env(), timeout=120)

    assert cli("demo", "--seed", "0").returncode == 0
    before = _session_rows(data_dir)
    app = subprocess.Popen([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir)],
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=_env())
    try:
        log = data_dir / "verify_coach.log"
        end = time.monotonic() + 60
        while not (log.exists() and "first screen ready" in log.read_text(errors="replace")):
            assert app.poll() is None, app.stderr.read() if app.stderr else ""
            assert time.monotonic() < end, "the app did not start"
            time.sleep(0.1)
        refused = cli("practice", "--count", "2", stdin="x\nx\n")
        assert refused.returncode == 2 and "desktop app" in refused.stderr and "is open" in refused.stderr
        assert "Traceback" not in refused.stderr
        assert _session_rows(data_dir) == before
        assert cli("stats").returncode == 0
        second = subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir)],
                                capture_output=True, text=True, env=_env(), timeout=60)
        assert second.returncode == 0 and "already open" in second.stderr, second.stderr
    finally:
        app.send_signal(signal.SIGTERM)
        app.wait(timeout=60)
    done = cli("practice", "--count", "2", stdin="x\nx\n")
    assert done.returncode == 0, done.stderr
    assert len(_session_rows(data_dir)) == len(before) + 1
