"""The Simplified Chinese interface: it loads, questions stay English, and the translation files are
complete and up to date with the code."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from tests.ui.conftest import wait_idle
from verify_coach.ui import i18n
from verify_coach.ui.context import Prefs

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "translations" / "verify_coach_zh_CN.ts"
QM = REPO / "resources" / "translations" / "verify_coach_zh_CN.qm"
CJK = re.compile(r"[\u4e00-\u9fff]")
PLACEHOLDER = re.compile(r"%\d")
SHORTCUT = re.compile(r"(?:Ctrl\+(?:Shift\+)?(?:[A-Z,]|Enter)|Alt\+(?:Up|Down)|\bF\d{1,2})(?![A-Za-z0-9])")


def _script() -> Any:
    """scripts/update_translations.py as a module (its file list and the Qt tools it runs)."""
    path = REPO / "scripts" / "update_translations.py"
    spec = importlib.util.spec_from_file_location("update_translations", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <translation>) of every message of a .ts file."""
    root = ET.parse(path).getroot()
    out = []
    for ctx in root.iter("context"):
        for m in ctx.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            out.append((ctx.findtext("name") or "", m.findtext("source") or "", translation))
    return out


@pytest.fixture
def chinese(qapp, data_dir):
    """The prefs say zh_CN before the app starts; the translators are removed again afterwards."""
    prefs = Prefs(data_dir)
    prefs.set("language", "zh_CN")
    prefs.sync()
    yield
    i18n.install_translator(qapp, "en")


# ------------------------------------------------------------------------------ the app in Chinese
def test_chinese_menus_sidebar_and_dashboard(chinese, make_app, qtbot):
    app = make_app(demo=True)
    w = app.window
    nav = {name: b.text() for name, b in w.nav_buttons.items()}
    assert nav == {"dashboard": "概览", "practice": "练习", "review": "错题回顾", "call": "模拟通话",
                   "profile": "个人资料"}
    assert w.nav_buttons["practice"].accessibleName() == "练习"
    assert [a.text() for a in w.menuBar().actions()] == ["文件(&F)", "学习(&S)", "查看(&V)", "帮助(&H)"]
    texts = {a.objectName(): a.text() for a in w.findChildren(QAction) if a.objectName()}
    assert texts["actImport"] == "导入资料(&I)…"
    assert texts["actSettings"] == "设置(&S)…"
    assert texts["actCall"] == "模拟通话(&M)"
    assert w.findChild(QAction, "actPractice").shortcut().toString() == "Ctrl+P"  # the keys stay the same
    assert w.current == "dashboard" and w.title.text() == "概览"
    qtbot.waitUntil(lambda: w.readiness.text().startswith("准备度 "), timeout=10_000)
    assert w.countdown.text() == "未设置通话日期"
    # category names are translated where they are shown
    w.show_screen("review")
    wait_idle(qtbot, app)
    box = w.screen("review").category
    categories = [box.itemText(i) for i in range(box.count())]
    assert categories[0] == "全部类别"
    assert "工作经历" in categories and "Employment" not in categories


def test_chinese_welcome_screen(chinese, make_app):
    app = make_app()
    w = app.window
    assert w.current == "welcome"
    assert w.title.text() == "欢迎"
    labels = [lb.text() for lb in w.screen("welcome").findChildren(QLabel)]
    assert "为验证通话做好准备" in labels
    scr = w.screen("welcome")
    assert scr.demo_button.accessibleName() == "试用演示"
    assert scr.import_button.text() == "导入… (Ctrl+I)"


def test_questions_stay_english(chinese, make_app, settle_sessions, qtbot):
    app = make_app(demo=True)
    settle_sessions["app"] = app
    w = app.window
    w.show_screen("practice")
    wait_idle(qtbot, app)
    scr = w.screen("practice")
    scr.start("practice", None)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    q = scr.current_question()
    shown = scr.card.prompt.text()
    assert shown == q.prompt
    assert not CJK.search(shown), shown
    assert scr.progress_label.text() == f"第 1/{len(scr.plan.questions)} 题"
    assert CJK.search(scr.end_button.text())


def test_countdown_and_dates_in_chinese(chinese, qapp):
    from verify_coach.ui.main_window import format_countdown
    from verify_coach.ui.widgets import format as fmt

    i18n.install_translator(qapp, "zh_CN")
    now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert format_countdown(now + timedelta(days=3, hours=4), now) == "3 天 4 小时后"
    assert format_countdown(now + timedelta(hours=2, minutes=5), now) == "2 小时 05 分后"
    assert format_countdown(now - timedelta(days=2), now) == "已于 2 天前"
    assert fmt.category_name("employment") == "工作经历"
    when = datetime(2026, 3, 12, 15, 0).astimezone()
    assert fmt.moment(when).startswith("3月12日 ")
    assert fmt.day(when, now) == "3月12日"
    assert fmt.weak_reasons(("missed recently", "slow")).count("、") == 1  # a Chinese list is joined with 、
    i18n.install_translator(qapp, "en")
    assert fmt.weak_reasons(("missed recently", "slow")) == "missed recently, slow"
    assert format_countdown(now + timedelta(days=3, hours=4), now) == "in 3 days 4 h"
    assert "月" not in fmt.day(when, now)  # the system's own way again


def test_back_to_english_in_settings_applies_at_once(chinese, make_app, qtbot, qapp):
    from PySide6.QtCore import QRect

    from verify_coach.ui.dialogs.settings import SettingsDialog

    app = make_app(demo=True)
    old = app.window
    old.setGeometry(QRect(20, 30, 960, 640))
    old.show_screen("review")
    wait_idle(qtbot, app)
    dlg = SettingsDialog(app.ctx, old)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "设置"
    dlg.language.setCurrentIndex(dlg.language.findData("en"))
    old_nav = old.nav_buttons["practice"]
    dlg.save()  # no "restart verify_coach" box (the autouse guard fails the test on any message box)
    qtbot.waitUntil(lambda: old.nav_buttons["practice"] is not old_nav, timeout=10_000)
    w = app.window
    assert Prefs(app.ctx.data_dir).get("language") == "en"
    # The whole window speaks English now, on the same screen, in the same place.
    assert w.nav_buttons["practice"].text() == "Practise"
    assert [a.text() for a in w.menuBar().actions()] == ["&File", "&Study", "&View", "&Help"]
    assert w.current == "review" and w.title.text() == "Review missed facts" and w.isVisible()
    assert w.geometry() == QRect(20, 30, 960, 640)
    wait_idle(qtbot, app)
    box = w.screen("review").category
    assert box.itemText(0) == "All categories"
    qtbot.waitUntil(lambda: w.readiness.text().startswith("Readiness "), timeout=10_000)
    # Each shortcut is there once (no "ambiguous shortcut" from the menus built twice), and the screens
    # built in Chinese are gone.
    keys = [a.shortcut().toString() for a in w.actions() if not a.shortcut().isEmpty()]
    assert len(keys) == len(set(keys)) and "Ctrl+P" in keys
    assert all(s.parent() is not None for s in w.screens.values()) and set(w.screens) >= {"review"}


def test_chinese_in_settings_applies_at_once(make_app, qtbot, qapp, data_dir):
    from verify_coach.ui.dialogs.settings import SettingsDialog

    Prefs(data_dir).set("language", "en")
    app = make_app(demo=True)
    try:
        old = app.window
        old.show_screen("dashboard")
        wait_idle(qtbot, app)
        assert old.nav_buttons["practice"].text() == "Practise"
        dlg = SettingsDialog(app.ctx, old)
        qtbot.addWidget(dlg)
        dlg.language.setCurrentIndex(dlg.language.findData("zh_CN"))
        old_nav = old.nav_buttons["practice"]
        dlg.save()  # no "restart verify_coach" box (the autouse guard fails the test on any message box)
        qtbot.waitUntil(lambda: old.nav_buttons["practice"] is not old_nav, timeout=10_000)
        w = app.window
        assert Prefs(app.ctx.data_dir).get("language") == "zh_CN"
        assert w.nav_buttons["practice"].text() == "练习" and w.current == "dashboard" and w.isVisible()
        assert [a.text() for a in w.menuBar().actions()] != ["&File", "&Study", "&View", "&Help"]
        wait_idle(qtbot, app)
        qtbot.waitUntil(lambda: w.readiness.text().startswith("准备度"), timeout=10_000)
    finally:
        i18n.install_translator(qapp, "en")


def test_a_new_language_waits_for_the_session_under_way(chinese, make_app, qtbot, qapp, settle_sessions):
    from verify_coach.core.session.practice import State

    app = make_app(demo=True)
    settle_sessions["app"] = app
    old = app.window
    old.show_screen("practice")
    scr = old.screen("practice")
    scr.start("practice", None)
    qtbot.waitUntil(lambda: scr.session.state == State.QUESTION, timeout=10_000)
    prefs = app.ctx.prefs
    prefs.set("language", "en")
    prefs.sync()
    app.ctx.bus.language.emit()
    # Mid-session nothing is rebuilt (the session is not thrown away); the status bar says when it applies.
    assert old.statusBar().currentMessage() == "The new language applies as soon as you finish what you are doing."
    app._rebuild_when_idle()  # a poll while the session is under way: nothing is rebuilt
    assert old.screens["practice"] is scr and scr.session.state == State.QUESTION
    assert old.nav_buttons["practice"].text() == "练习"
    scr.leave_now()
    qtbot.waitUntil(lambda: old.nav_buttons["practice"].text() == "Practise", timeout=10_000)
    assert old.current == "practice" and old.screens["practice"] is not scr


@pytest.mark.parametrize(("system", "expected"), [("zh_CN", "zh_CN"), ("zh_TW", "zh_CN"), ("en_GB", "en"),
                                                  ("de_DE", "en")])
def test_system_language_follows_the_locale(monkeypatch, qapp, system, expected):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale(system)))
    assert i18n.resolve("system") == expected
    assert i18n.resolve("zh_CN") == "zh_CN" and i18n.resolve("en") == "en" and i18n.resolve("fr") == "en"
    try:
        assert i18n.install_translator(qapp, "system") == expected
        dashboard = QCoreApplication.translate("MainWindow", "Dashboard")
        assert dashboard == ("概览" if expected == "zh_CN" else "Dashboard")
    finally:
        monkeypatch.undo()  # the real system locale again, then back to the default language
        i18n.install_translator(qapp, "en")
    assert QLocale().name() == QLocale.system().name()


# ------------------------------------------------------------------------------ the files
def test_every_message_is_translated():
    messages = _messages(TS)
    assert len(messages) > 500
    problems = []
    for ctx, source, tr in messages:
        text = tr.text or ""
        where = f"{ctx}: {source!r}"
        if tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{where} is {tr.get('type')}")
        elif not text.strip():
            problems.append(f"{where} has no translation")
        elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        elif not set(SHORTCUT.findall(source)) <= set(SHORTCUT.findall(text)):
            problems.append(f"{where}: a keyboard shortcut is missing in {text!r}")
        elif re.search(r"&\w", source) and not re.search(r"\(&[A-Z]\)", text):
            problems.append(f"{where}: the mnemonic is missing in {text!r}")
    assert not problems, "\n".join(problems)
    # a few translations a user sees first
    table = {(c, s): (t.text or "") for c, s, t in messages}
    assert table[("MainWindow", "Practise")] == "练习"
    assert table[("Categories", "Employment")] == "工作经历"


def test_ts_file_has_every_string_of_the_code(tmp_path):
    """lupdate over the code finds no message that the .ts file lacks (run scripts/update_translations.py)."""
    script = _script()
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in script.source_files()]
    cmd = [script.tool("pyside6-lupdate"), *files, "-silent", "-locations", "none", "-ts", str(fresh)]
    subprocess.run(cmd, check=True, capture_output=True)
    in_code = {(c, s) for c, s, _ in _messages(fresh)}
    in_ts = {(c, s) for c, s, _ in _messages(TS)}
    assert in_code, "lupdate found no strings"
    assert not in_code - in_ts, f"not in the .ts file: {sorted(in_code - in_ts)[:10]}"
    assert not in_ts - in_code, f"no longer in the code: {sorted(in_ts - in_code)[:10]}"


def test_qm_file_is_compiled_from_the_ts_file(tmp_path):
    script = _script()
    out = tmp_path / "check.qm"
    subprocess.run([script.tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)], check=True)
    assert QM.read_bytes() == out.read_bytes(), "stale .qm: run scripts/update_translations.py --release"


def test_fill_replaces_every_place_once():
    from verify_coach.ui.i18n import fill

    # a profile named "Job %2" must not have its "%2" replaced by the next value
    assert fill("“%1” — %2 facts", "Job %2", 14) == "“Job %2” — 14 facts"
    assert fill("%1%, %1 again, %3 missing", 80) == "80%, 80 again, %3 missing"
