"""Whole-app flows: first run, shortcuts, call date, settings, export dialog, errors, bad databases."""

from __future__ import annotations

import contextlib
import io
import os
import stat
import subprocess
import sys
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from verify_coach.ui.main_window import format_countdown
from verify_coach.ui.ops import Changes

from .conftest import wait_idle


def _button(widget, name: str) -> QPushButton:
    found = [b for b in widget.findChildren(QPushButton) if b.accessibleName() == name and b.isVisible()]
    assert found, f"no visible button named {name!r}"
    return found[0]


def test_first_run_welcome_then_demo(make_app, qtbot):
    app = make_app()
    w = app.window
    assert w.current == "welcome"
    assert app.ctx.coach.profiles() == []
    qtbot.mouseClick(_button(w, "Try a demo"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: w.current == "dashboard", timeout=15_000)
    wait_idle(qtbot, app)
    [p] = app.ctx.coach.profiles()
    assert p.name == "Demo" and p.facts > 50
    qtbot.waitUntil(lambda: w.profile_box.currentText() == "Demo")
    assert w.readiness.text() == "Readiness 0%"


def test_menu_shortcuts_are_the_documented_ones(demo_app):
    w = demo_app.window
    shortcuts = {a.objectName(): a.shortcut().toString() for a in w.actions() if a.objectName()}
    expected = {
        "actImport": "Ctrl+I", "actNew": "Ctrl+N", "actPractice": "Ctrl+P", "actReview": "Ctrl+R",
        "actDashboard": "Ctrl+D", "actExport": "Ctrl+E", "actSettings": "Ctrl+,", "actHelp": "F1",
        "actCall": "Ctrl+M",
    }
    for name, keys in expected.items():
        assert shortcuts[name] == keys, name
    # listed in the menus (text shows the shortcut next to the entry)
    menu_actions = {a.objectName() for m in w.menuBar().actions() for a in m.menu().actions()}
    assert set(expected) <= menu_actions


def test_shortcuts_switch_screens(demo_app, qtbot):
    w = demo_app.window
    qtbot.keyClick(w, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.current == "review")
    qtbot.keyClick(w, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: w.current == "dashboard")


def test_call_date_shows_countdown_and_feeds_readiness(demo_app, qtbot, monkeypatch):
    from verify_coach.ui.dialogs import call_date

    when = datetime.now(UTC) + timedelta(days=2, hours=5)
    monkeypatch.setattr(call_date.CallDateDialog, "exec", lambda self: 1)
    monkeypatch.setattr(call_date.CallDateDialog, "value", lambda self: when)
    w = demo_app.window
    w.edit_call_date()
    qtbot.waitUntil(lambda: "in 2 days" in w.countdown.text(), timeout=10_000)
    assert demo_app.ctx.coach.call_at() == when.replace(second=0, microsecond=0)  # stored to the minute
    assert demo_app.ctx.coach.stats().to_json()["call_at"] is not None


def test_countdown_texts():
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert format_countdown(None, now) == ""
    assert format_countdown(now + timedelta(days=3, hours=4), now) == "in 3 days 4 h"
    assert format_countdown(now + timedelta(hours=2, minutes=5), now) == "in 2 h 05 min"
    assert format_countdown(now - timedelta(minutes=5), now) == "now"
    assert format_countdown(now - timedelta(days=2), now) == "was 2 days ago"


def test_settings_persist(demo_app, qtbot, data_dir):
    from verify_coach.ui.context import Prefs
    from verify_coach.ui.dialogs.settings import SettingsDialog

    dlg = SettingsDialog(demo_app.ctx, demo_app.window)
    qtbot.addWidget(dlg)
    dlg.session_length.setValue(25)
    dlg.slow.setValue(9)
    dlg.theme.setCurrentIndex(dlg.theme.findData("dark"))
    with qtbot.waitSignal(demo_app.ctx.bus.changed, check_params_cb=lambda c: bool(c & Changes.PREFS)):
        dlg.save()
    fresh = Prefs(data_dir)
    assert fresh.get("session_length") == 25 and fresh.get("slow_seconds") == 9 and fresh.get("theme") == "dark"
    assert demo_app.ctx.coach.timing.slow_ms == 9000  # the core uses the new threshold at once
    from verify_coach.ui.theme import apply_theme

    apply_theme(demo_app.qapp, "light")


def test_one_timing_number_in_settings_practice_and_the_core(demo_app, qtbot):
    """The time to aim for is the time after which an answer is slow: one setting, 12 s by default."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from verify_coach.ui.dialogs.settings import SettingsDialog

    dlg = SettingsDialog(demo_app.ctx, demo_app.window)
    qtbot.addWidget(dlg)
    form = dlg.slow.parentWidget().layout()
    assert isinstance(form, QFormLayout)
    label = form.labelForField(dlg.slow)
    assert isinstance(label, QLabel) and label.text() == "Answer within"
    assert dlg.slow.value() == 12 and dlg.slow.suffix() == " s"
    assert demo_app.ctx.coach.timing.slow_ms == 12_000
    scr = demo_app.window.screen("practice")
    assert scr._limit_s() == 12 and scr._slow_ms() == 12_000


def test_window_geometry_and_last_screen_remembered(make_app, qtbot, data_dir):
    from PySide6.QtCore import QRect

    app = make_app(demo=True)
    app.window.setGeometry(QRect(37, 41, 950, 650))  # offscreen's screen is 800x800; the window's minimum 900x600
    app.window.show_screen("review")
    wait_idle(qtbot, app)
    app.window.close()
    # Reopened three times, exactly where it was each time: no drift of a few pixels per restart.
    for _ in range(3):
        again = make_app()
        assert again.window.current == "review"
        assert again.window.geometry() == QRect(37, 41, 950, 650)
        again.window.close()
    assert again.ctx.prefs.qs.value("window/rect") == "37,41,950,650"

    # A place on no screen any more (a monitor unplugged) is moved onto the screen, its title bar in reach.
    again.ctx.prefs.qs.setValue("window/rect", "5000,-3000,920,640")
    again.ctx.prefs.sync()
    moved = make_app()
    avail = moved.qapp.primaryScreen().availableGeometry()
    top_left = moved.window.geometry().topLeft()
    assert avail.contains(top_left) and top_left.x() <= 10 and top_left.y() <= 10


def test_export_dialog_preview_and_write(demo_app, qtbot, tmp_path, monkeypatch):
    from verify_coach.ui.dialogs.export import ExportDialog

    dlg = ExportDialog(demo_app.ctx, demo_app.window)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(lambda: "Study sheet" in dlg.preview.toPlainText() or dlg.preview.toPlainText() != "",
                    timeout=10_000)
    name = demo_app.ctx.coach.load_profile()[1].identity.full_name
    assert name in dlg.preview.toPlainText()
    dlg.format.setCurrentIndex(dlg.format.findData("md"))
    target = tmp_path / "sheet.md"
    assert dlg.cancel_button.text() == "Cancel"
    dlg.write(target)
    qtbot.waitUntil(lambda: dlg.last_written == target, timeout=10_000)
    assert name in target.read_text(encoding="utf-8")
    assert dlg.cancel_button.text() == "Close"  # once written there is nothing to cancel
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600
    # an existing file is only replaced after confirmation
    asked = []
    monkeypatch.setattr(dlg, "confirm_replace", lambda p: asked.append(p) or False)
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    target.write_text("keep me")
    dlg.choose_file()
    assert asked == [target] and target.read_text() == "keep me"


def test_unexpected_error_shows_dialog_and_is_logged(demo_app, qtbot, monkeypatch, data_dir):
    from verify_coach.ui.dialogs import errors

    shown = []
    monkeypatch.setattr(errors.ErrorDialog, "show_exception", staticmethod(lambda p, e, log: shown.append((e, log))))

    def boom():
        raise RuntimeError("disk on fire")

    demo_app.ctx.task(None, boom, name="boom").run()
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    exc, log = shown[0]
    assert str(exc) == "disk on fire"
    assert "disk on fire" in Path(log).read_text(encoding="utf-8")
    assert demo_app.window.isVisible()  # the app keeps running


@pytest.mark.parametrize("kind", ["garbage", "newer"])
def test_unopenable_database_offers_a_fresh_one_and_keeps_the_old_file(make_app, qtbot, monkeypatch, data_dir, kind):
    from verify_coach.core.store import open_store
    from verify_coach.ui.dialogs import errors

    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "verify_coach.sqlite3"
    if kind == "garbage":
        db.write_bytes(b"not a database" * 50)
    else:
        s = open_store(data_dir)
        with s.engine.begin() as c:
            c.exec_driver_sql("UPDATE alembic_version SET version_num='9999'")
        s.close()
    original = db.read_bytes()
    offered = []

    def accept(parent, exc, directory):
        offered.append(str(exc))
        errors.set_aside(directory)
        return True

    monkeypatch.setattr(errors, "offer_fresh_database", accept)
    app = make_app()
    assert offered and ("newer version" in offered[0] or "not a verify_coach database" in offered[0])
    kept = list(data_dir.glob("set-aside-*/verify_coach.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == original
    assert app.window.current == "welcome"


@pytest.mark.parametrize("kind", ["only-the-revision", "empty-revision", "trigger"])
def test_a_file_that_imitates_ours_ends_in_the_clear_message_not_a_hang(make_app, monkeypatch, data_dir, kind):
    """A file labelled with our revision but not ours used to be opened, changed, then fail with a traceback
    while the window said "Opening your data…" for ever: now it is the "Cannot open your data" offer."""
    from tests.fault.test_opening import _hostile
    from verify_coach.ui.dialogs import errors

    data_dir.mkdir(parents=True, exist_ok=True)
    db = data_dir / "verify_coach.sqlite3"
    _hostile(db, kind)
    original = db.read_bytes()
    offered = []

    def accept(parent, exc, directory):
        offered.append(str(exc))
        assert sorted(p.name for p in directory.iterdir() if p.name.startswith("verify_coach.sqlite3")) == [
            "verify_coach.sqlite3"]  # no -wal/-shm made beside it
        errors.set_aside(directory)
        return True

    monkeypatch.setattr(errors, "offer_fresh_database", accept)
    app = make_app()  # fails on the error dialog (tests/ui/conftest.py) if it is not the clear message
    assert len(offered) == 1 and "not one of verify_coach's" in offered[0]
    kept = list(data_dir.glob("set-aside-*/verify_coach.sqlite3"))
    assert len(kept) == 1 and kept[0].read_bytes() == original
    assert app.window.current == "welcome" and app.window.statusBar().currentMessage() == ""


def test_smoke_mode_prints_timings_and_exits_0(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res = subprocess.run(
        [sys.executable, "-m", "verify_coach", "--data-dir", str(tmp_path / "d"), "--demo", "--smoke"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert res.returncode == 0, res.stderr
    marks = dict(line.split("=") for line in res.stdout.split())
    assert set(marks) == {"first-paint-ms", "ready-ms", "open-ms"}, res.stdout
    assert res.stdout.startswith("first-paint-ms=")
    assert int(marks["first-paint-ms"]) <= int(marks["ready-ms"])


@pytest.mark.parametrize("screen", ["dashboard", "review"])
def test_smoke_on_a_history_is_ready_before_the_orm_loads(tmp_path, screen):
    """With a history, the first screen is filled by the first look, before the database is open, and
    neither it nor the screen imports SQLAlchemy, SQLModel or pydantic."""
    from verify_coach.cli import main as cli
    from verify_coach.ui.context import Prefs

    data = tmp_path / "d"
    cli(["--data-dir", str(data), "demo", "--seed", "0"], stdout=io.StringIO())
    prefs = Prefs(data)
    prefs.set("last_screen", screen)
    prefs.sync()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    res = subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(data), "--smoke"],
                         capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    marks = {k: int(v) for k, v in (line.split("=") for line in res.stdout.split())}
    assert marks["ready-ms"] <= marks["open-ms"]
    ready = [line for line in (data / "verify_coach.log").read_text().splitlines() if "first screen ready" in line]
    assert ready and ready[-1].endswith("(ORM loaded: none)"), ready


def test_help_lists_shortcuts(demo_app, qtbot):
    from verify_coach.ui.dialogs.help import HelpDialog

    dlg = HelpDialog(demo_app.window)
    qtbot.addWidget(dlg)
    from PySide6.QtWidgets import QTextBrowser

    body = dlg.findChild(QTextBrowser).toPlainText()
    for keys in ("Ctrl+P", "Ctrl+R", "Ctrl+M", "Ctrl+E", "F1", "Esc"):
        assert keys in body


def test_delete_all_my_data_after_confirmation(demo_app, qtbot, monkeypatch, data_dir):
    from PySide6.QtWidgets import QInputDialog

    from verify_coach.ui.dialogs.settings import SettingsDialog

    dlg = SettingsDialog(demo_app.ctx, demo_app.window)
    qtbot.addWidget(dlg)
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: told.append(text)))
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("delete", True)))
    dlg.delete_all()  # the word in lower case: nothing is deleted, and the user is told what to type
    wait_idle(qtbot, demo_app)
    assert [p.name for p in demo_app.ctx.coach.profiles()] == ["Demo"]
    assert len(told) == 1 and "“delete”" in told[0] and "DELETE" in told[0]
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("DELETE", True)))
    dlg.delete_all()
    qtbot.waitUntil(lambda: demo_app.window.current == "welcome", timeout=15_000)
    wait_idle(qtbot, demo_app)
    assert demo_app.ctx.coach.profiles() == []  # a fresh, empty database is open
    assert not list(data_dir.glob("backups")) and not list(data_dir.glob("*.bak"))


def test_quitting_makes_an_automatic_backup(make_app, qtbot, data_dir):
    app = make_app(demo=True)
    app.window.close()
    app.shutdown()
    backups = list((data_dir / "backups").glob("auto-*.zip"))
    assert len(backups) == 1
    assert stat.S_IMODE(os.stat(backups[0]).st_mode) == 0o600


def test_quitting_does_not_wait_for_a_backup_of_a_large_history(make_app, qtbot, monkeypatch, data_dir):
    """With a large database the automatic backup runs while the app runs; quitting cancels one under way
    (here one that would never end by itself) and leaves neither a backup nor a scratch copy."""
    import time

    from verify_coach.core import backup
    from verify_coach.ui import autobackup

    started = threading.Event()
    real_check = backup._check_db

    def endless_check(path, cancel=None):
        started.set()
        assert cancel is not None and cancel.wait(60), "the backup was never cancelled"
        return real_check(path, cancel)

    monkeypatch.setattr(backup, "_check_db", endless_check)
    monkeypatch.setattr(backup, "QUIT_BACKUP_MAX_BYTES", 0)  # every database counts as large
    monkeypatch.setattr(autobackup, "FIRST_DELAY_S", 0.0)
    app = make_app(demo=True)
    qtbot.waitUntil(started.is_set, timeout=15_000)
    assert list(data_dir.glob(".tmp-backup-*"))
    app.window.close()
    t0 = time.monotonic()
    app.shutdown()
    assert time.monotonic() - t0 < 3
    assert not list(data_dir.glob(".tmp-*")) and not list((data_dir / "backups").glob("auto-*.zip"))


def test_practising_a_damaged_profile_says_which_profile_it_is(make_app, qtbot, monkeypatch, data_dir, sample_profile):
    """Invalid UTF-8 inside the stored profile (quick_check passes): the app starts, and practice says which
    profile is damaged in a message, not in the error dialog."""
    import sqlite3

    from PySide6.QtWidgets import QMessageBox

    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store

    coach = Coach(open_store(data_dir))
    coach.save_profile("Fine", sample_profile)
    coach.save_profile("Broken", sample_profile)
    coach.store.close()
    con = sqlite3.connect(data_dir / "verify_coach.sqlite3")
    data = con.execute("SELECT data FROM profile WHERE name='Broken'").fetchone()[0].encode()
    at = data.index(b'"full_name"') + len(b'"full_name":"')
    con.execute("UPDATE profile SET data=CAST(? AS TEXT) WHERE name='Broken'", (data[:at] + b"\xff" + data[at:],))
    con.commit()
    con.close()
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append(text)))
    app = make_app()
    assert app.window.current == "dashboard" and app.window.profile_names == ["Broken", "Fine"]
    qtbot.keyClick(app.window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert all("'Broken' is damaged" in text for text in shown)
    wait_idle(qtbot, app)


def test_the_quit_benchmark_runs(tmp_path):
    """benchmarks/quit.py on a small history (the real figures need its default, a million answers)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    res = subprocess.run([sys.executable, "benchmarks/quit.py", "--attempts", "3000"], capture_output=True,
                         text=True, timeout=300, env=env, cwd=Path(__file__).resolve().parents[2])
    assert res.returncode == 0, res.stderr[-2000:]
    import json

    figures = json.loads(res.stdout)
    assert figures["scratch_left"] == [] and figures["background_backup_made"] is True
    assert {"old_quit_ms", "quit_after_background_backup_ms", "quit_during_background_backup_ms"} <= set(figures)


def _history_on_disk(data_dir) -> dict:
    """A demo profile with some answers, written and closed as a previous run of the app would."""
    from verify_coach.core.coach import Coach
    from verify_coach.core.demo import make_demo_profile
    from verify_coach.core.store import open_store

    coach = Coach(open_store(data_dir))
    coach.save_profile("Upwork", make_demo_profile(seed=5))
    plan = coach.start_session("practice", 12, seed=3)
    for i, q in enumerate(plan.questions):
        coach.answer(plan, q, q.answer if i % 3 else "not sure", 2500)
    coach.end_session(plan)
    coach.set_call_at(datetime.now(UTC) + timedelta(days=4))
    stats = coach.stats().to_json()
    coach.store.close()
    return stats


@contextlib.contextmanager
def _started_before_the_database(qapp, qtbot, monkeypatch, data_dir):
    """The app, started with its database held closed: inside the block the first screen is ready and there
    is no coach yet; on leaving it the database opens (and what was clicked meanwhile runs)."""
    from verify_coach.ui import app as app_module

    gate = threading.Event()
    real_open = app_module.open_coach

    def held_open(*args):
        assert gate.wait(30), "the test never let the database open"
        return real_open(*args)

    monkeypatch.setattr(app_module, "open_coach", held_open)
    app = app_module.Application(qapp, data_dir)
    qtbot.addWidget(app.window)
    try:
        app.start()
        qtbot.waitUntil(lambda: app.ready, timeout=15_000)
        assert app.ctx.coach is None
        yield app
    finally:
        gate.set()
    qtbot.waitUntil(lambda: app.ctx.coach is not None, timeout=15_000)


def test_the_first_screen_shows_the_history_before_the_core_has_loaded(qapp, qtbot, monkeypatch, data_dir):
    """Start-up: the dashboard is filled from the first look, and what the user asks for meanwhile is done once
    the database is open (here held closed until the test lets it open)."""
    stats = _history_on_disk(data_dir)
    with _started_before_the_database(qapp, qtbot, monkeypatch, data_dir) as app:
        w = app.window
        assert app.looked
        dash = w.screen("dashboard")
        assert w.current == "dashboard" and dash.isVisible()
        pct = round(stats["readiness"] * 100)
        assert dash.readiness_value.text() == f"{pct}%"
        assert w.readiness.text() == f"Readiness {pct}%"
        assert "in 4 days" in w.countdown.text() or "in 3 days" in w.countdown.text()
        assert w.profile_box.currentText() == "Upwork"
        assert dash.weakest_keys(), "the missed facts are listed"

        qtbot.keyClick(w, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)  # practise, before the core is there
        assert w.current == "dashboard" and w.statusBar().currentMessage() == "Opening your data…"
    practice = w.screen("practice")
    qtbot.waitUntil(lambda: w.current == "practice" and practice.state == "question", timeout=15_000)
    assert w.statusBar().currentMessage() == ""
    practice.leave_now()  # closing mid-session would ask first
    wait_idle(qtbot, app)
    app.ctx.coach.store.close()


def test_without_a_first_look_the_first_screen_waits_for_the_core(qapp, qtbot, monkeypatch, data_dir):
    from verify_coach.ui import app as app_module

    _history_on_disk(data_dir)
    monkeypatch.setattr(app_module, "look_first", lambda *a: None)  # e.g. a database of an older revision
    app = app_module.Application(qapp, data_dir)
    qtbot.addWidget(app.window)
    app.start()
    qtbot.waitUntil(lambda: app.ready, timeout=15_000)
    assert not app.looked and app.ctx.coach is not None and app.window.current == "dashboard"
    assert app.window.screen("dashboard").weakest_keys()
    wait_idle(qtbot, app)
    app.ctx.coach.store.close()


def test_first_run_welcome_shows_at_once_and_a_demo_click_is_kept(qapp, qtbot, monkeypatch, data_dir):
    with _started_before_the_database(qapp, qtbot, monkeypatch, data_dir) as app:
        w = app.window
        assert w.current == "welcome"
        qtbot.mouseClick(_button(w, "Try a demo"), Qt.MouseButton.LeftButton)
        assert w.statusBar().currentMessage() == "Opening your data…"
    qtbot.waitUntil(lambda: w.current == "dashboard" and w.profile_box.currentText() == "Demo", timeout=15_000)
    wait_idle(qtbot, app)
    app.ctx.coach.store.close()


def test_missed_facts_as_the_first_screen_are_the_coachs_rows(qapp, qtbot, monkeypatch, data_dir):
    """Last closed on the missed facts: the first look fills that table, row for row as the coach does."""
    from verify_coach.ui.context import Prefs

    from .test_review import table_rows

    _history_on_disk(data_dir)
    prefs = Prefs(data_dir)
    prefs.set("last_screen", "review")
    prefs.sync()
    with _started_before_the_database(qapp, qtbot, monkeypatch, data_dir) as app:
        assert app.window.current == "review"
        review = app.window.screen("review")
        first = table_rows(review)
    wait_idle(qtbot, app)
    assert first and not any(r["wrong"] == "not sure" for r in first)  # "I don't know" is no wrong answer
    with qtbot.waitSignal(review.ready, timeout=15_000):
        review.mark_dirty()  # visible: reloads through the coach
    assert table_rows(review) == first
    wait_idle(qtbot, app)
    app.ctx.coach.store.close()


def test_missed_facts_rows_are_never_built_on_the_ui_thread(qapp, qtbot, monkeypatch, data_dir):
    """The table's rows (labels, dates and search text of every fact: 77 ms on the large demo) are built on
    the worker, when missed facts is the first screen at start-up as on every later reload."""
    import threading

    from verify_coach.ui.context import Prefs
    from verify_coach.ui.screens import review as review_module

    built: list[bool] = []  # for each build: was it on the UI thread?
    real = review_module.build_rows

    def recording(*args):
        built.append(threading.current_thread() is threading.main_thread())
        return real(*args)

    monkeypatch.setattr(review_module, "build_rows", recording)
    _history_on_disk(data_dir)
    prefs = Prefs(data_dir)
    prefs.set("last_screen", "review")
    prefs.sync()
    with _started_before_the_database(qapp, qtbot, monkeypatch, data_dir) as app:
        assert app.window.current == "review" and app.window.screen("review").model.rowCount() > 0
        assert built == [False]  # the first look's rows
    wait_idle(qtbot, app)
    review = app.window.screen("review")
    with qtbot.waitSignal(review.ready, timeout=15_000):
        review.mark_dirty()
    assert len(built) >= 2 and not any(built), built
    wait_idle(qtbot, app)
    app.ctx.coach.store.close()


def test_a_database_refused_after_the_first_look_leaves_nothing_of_it_on_screen(make_app, monkeypatch, data_dir):
    """The first look read the file, then opening it failed (say a damaged page): with a fresh database the
    screens show the fresh state, not the figures of the file set aside."""
    from verify_coach.core.store import CorruptDatabaseError
    from verify_coach.ui import app as app_module
    from verify_coach.ui.dialogs import errors

    _history_on_disk(data_dir)
    real_open = app_module.open_coach
    calls = []

    def fails_once(*args):
        calls.append(args)
        if len(calls) == 1:
            raise CorruptDatabaseError("damaged", data_dir / "verify_coach.sqlite3")
        return real_open(*args)

    def accept(parent, exc, directory):
        errors.set_aside(directory)
        return True

    monkeypatch.setattr(app_module, "open_coach", fails_once)
    monkeypatch.setattr(errors, "offer_fresh_database", accept)
    app = make_app()
    assert app.looked is False and len(calls) == 2
    w = app.window
    assert w.current == "welcome" and w.profile_names == [] and not w.readiness.isVisible()
    assert w.profile_box.count() == 0


def test_a_profile_named_like_markup_shows_as_typed(demo_app, qtbot, monkeypatch):
    """A label or message that shows the user's data never reads it as rich text."""
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QMessageBox

    from verify_coach.ui.widgets.layout import plain_label, safe_message

    name = "<b>Mei</b> & <i>Co</i>"
    lab = plain_label(name)
    qtbot.addWidget(lab)
    assert lab.textFormat() == Qt.TextFormat.PlainText and lab.text() == name
    doc = QTextDocument()
    doc.setHtml(safe_message(f"Delete the profile “{name}”?\n\nIt cannot be undone."))
    assert doc.toPlainText().startswith(f"Delete the profile “{name}”?")
    assert safe_message("Delete the profile “Mei”?") == "Delete the profile “Mei”?"  # plain text stays plain

    coach = demo_app.ctx.coach
    coach.rename_profile(coach.profiles()[0].name, name)
    w = demo_app.window
    w.show_screen("profile")
    scr = w.screens["profile"]
    qtbot.waitUntil(lambda: scr.name_label.text() == name, timeout=10_000)
    assert scr.name_label.textFormat() == Qt.TextFormat.PlainText
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.Cancel))
    scr.delete()
    doc.setHtml(asked[0])
    assert f"“{name}”" in doc.toPlainText()


def test_standard_buttons_use_the_app_s_icons(demo_app):
    from PySide6.QtWidgets import QApplication, QStyle

    from verify_coach.ui.icons import icon

    style = QApplication.instance().style()
    ok = style.standardIcon(QStyle.StandardPixmap.SP_DialogOkButton)
    cancel = style.standardIcon(QStyle.StandardPixmap.SP_DialogCancelButton)
    assert ok.cacheKey() == icon("check").cacheKey() and cancel.cacheKey() == icon("cross").cacheKey()
    assert not style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).isNull()


def test_f1_lists_every_key_of_the_menus(demo_app):
    """Every menu shortcut is in the help's table (F1), with the keys the screens use."""
    from PySide6.QtGui import QAction, QKeySequence

    from verify_coach.ui.dialogs.help import SHORTCUTS

    listed = " · ".join(k for k, _ in SHORTCUTS)
    keys = {a.shortcut().toString(QKeySequence.SequenceFormat.PortableText)
            for a in demo_app.window.findChildren(QAction) if not a.shortcut().isEmpty()}
    assert keys and all(k in listed for k in keys), sorted(k for k in keys if k not in listed)
    for key in ("F8", "Ctrl+Q", "Ctrl+Shift+P", "1 · 2 · 3", "Ctrl+Tab"):
        assert key in listed, key


@pytest.mark.parametrize("size", [(1000, 700), (1600, 1000)])
def test_the_welcome_subtitle_is_never_cut_off(make_app, qtbot, size):
    app = make_app()
    w = app.window
    w.resize(*size)
    w.show()
    qtbot.waitUntil(lambda: w.current == "welcome", timeout=10_000)
    sub = w.screens["welcome"].subtitle
    qtbot.waitUntil(lambda: sub.isVisible() and sub.width() > 100, timeout=5_000)
    assert sub.height() >= sub.heightForWidth(sub.width())  # every wrapped line fits


def test_the_restore_confirmation_says_which_backup_it_is(demo_app, qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from verify_coach.core.backup import make_backup
    from verify_coach.ui.dialogs import backup

    coach = demo_app.ctx.coach
    name = coach.profiles()[0].name
    plan = coach.start_session("practice", 2)
    q = plan.questions[0]
    coach.answer(plan, q, q.answer, 2000)
    zip_path = make_backup(coach, tmp_path / "backup.zip")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(zip_path), "")))
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _p, _t, text, *a: asked.append(text) or QMessageBox.StandardButton.No))
    backup.restore(demo_app.ctx, demo_app.window)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "“backup.zip”" in asked[0] and "made on" in asked[0]
    assert f"1 profile: {name}" in asked[0] and "1 answer" in asked[0]
    assert [p.name for p in coach.profiles()] == [name]  # No: nothing replaced


@pytest.mark.parametrize("choice", ["light", "dark"])
def test_the_keyboard_focus_shows_on_controls_in_both_themes(qtbot, choice):
    from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QVBoxLayout, QWidget

    from verify_coach.ui.theme import apply_theme

    apply_theme(QApplication.instance(), choice)
    try:
        w = QWidget()
        qtbot.addWidget(w)
        lay = QVBoxLayout(w)
        plain, primary, edit, box = QPushButton("Cancel"), QPushButton("Continue", objectName="primary"), QLineEdit("x"), QCheckBox("Keep")
        for c in (plain, primary, edit, box):
            lay.addWidget(c)
        w.show()
        qtbot.waitExposed(w)
        w.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is w, timeout=5_000)
        for control in (plain, primary, edit, box):
            control.clearFocus()
            QApplication.processEvents()
            before = control.grab().toImage()
            control.setFocus()
            QApplication.processEvents()
            assert control.hasFocus()
            assert control.grab().toImage() != before, f"{type(control).__name__} looks the same with the focus"
    finally:
        apply_theme(QApplication.instance(), "light")
