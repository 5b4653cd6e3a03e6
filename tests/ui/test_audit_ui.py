"""The profile audit in the interface: the dashboard's "Before the call" card, the editor's badges as the
user types, the links that open the field involved, and the payment methods' account holder column."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from tests.ui.conftest import wait_idle
from verify_coach.core.audit import Finding
from verify_coach.core.coach import Coach
from verify_coach.core.profile import Profile
from verify_coach.core.store import open_store
from verify_coach.ui.widgets.audit_panel import AuditPanel

from .test_dashboard import show_dashboard
from .test_profile_editor import retype

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "example-profile.json"


def example(**platform: object) -> Profile:
    p = Profile.load(EXAMPLE)
    assert p.identity.address.country == "China"
    for k, v in platform.items():
        setattr(p.platform, k, v)
    return p


@pytest.fixture
def app_with(make_app, data_dir):
    def make(profile: Profile):
        store = open_store(data_dir)
        Coach(store).save_profile("Upwork", profile)
        store.close()
        return make_app()

    return make


def open_editor(qtbot, app):
    app.window.show_screen("profile")
    scr = app.window.screen("profile")
    wait_idle(qtbot, app)
    qtbot.waitUntil(lambda: scr.profile_name == "Upwork")
    return scr


def save_and_wait(qtbot, scr) -> object:
    with qtbot.waitSignal(scr.saved, timeout=10_000) as sig:
        qtbot.mouseClick(scr.save_button, Qt.MouseButton.LeftButton)
    return sig.args[0]


def has_focus(widget) -> bool:
    """The widget has the keyboard focus (offscreen, the window may not be the active one: then the widget
    its window will give the focus to)."""
    return widget.hasFocus() or widget.window().focusWidget() is widget


def test_dashboard_panel_links_to_the_field_and_forgets_a_fixed_finding(qtbot, app_with):
    app = app_with(example(time_zone="UTC-05:00"))
    dash = show_dashboard(qtbot, app)
    panel = dash.audit_panel
    qtbot.waitUntil(lambda: panel.row_for("place.time_zone") is not None, timeout=10_000)
    assert panel.isVisible()
    row = panel.row_for("place.time_zone")
    assert row.finding.severity == "fix"
    assert "UTC-05:00" in row.message.text() and "China" in row.message.text()
    assert row.todo.text() and "time zone" in row.toolTip()
    assert "Fix before the call" in panel.groups["fix"].text()
    assert not panel.empty.isVisible()

    qtbot.mouseClick(row.link, Qt.MouseButton.LeftButton)
    editor = app.window.screen("profile")
    qtbot.waitUntil(lambda: app.window.current == "profile")
    wait_idle(qtbot, app)
    tz = editor.field("platform", "time_zone")
    assert editor.tabs.currentIndex() == 1  # the platform section
    qtbot.waitUntil(lambda: has_focus(tz))
    assert editor.field_badge("platform", "time_zone") == "fix"

    retype(qtbot, tz, "UTC+08:00")
    assert editor.field_badge("platform", "time_zone") == ""
    save_and_wait(qtbot, editor)
    wait_idle(qtbot, app)
    app.window.show_screen("dashboard")
    qtbot.waitUntil(lambda: panel.isVisible() and panel.row_for("place.time_zone") is None, timeout=10_000)
    assert all(f.check != "place.time_zone" for f in dash.findings)


def finding(n: int, severity: str) -> Finding:
    return Finding(f"test.check{n}", severity, (f"employment[{n}].start",), (), (f"Message {n}", "Why", "Todo"))


def test_panel_keeps_to_five_rows_until_show_all(qtbot):
    panel = AuditPanel(title="Before the call")
    qtbot.addWidget(panel)
    panel.resize(700, 500)
    panel.show()
    assert panel.empty.isVisible() and not panel.rows and not panel.more_button.isVisible()
    found = [finding(0, "fix"), finding(1, "fix"), finding(2, "explain"), finding(3, "explain"),
             finding(4, "explain"), finding(5, "note"), finding(6, "note")]
    panel.set_findings(found)
    assert not panel.empty.isVisible()
    assert panel.visible_findings() == found[:5]
    assert set(panel.groups) == {"fix", "explain"} and panel.groups["explain"].text() == "Be ready to explain (3)"
    assert panel.more_button.isVisible() and panel.more_button.text() == "Show all (7)"
    qtbot.mouseClick(panel.more_button, Qt.MouseButton.LeftButton)
    assert panel.visible_findings() == found
    assert panel.groups["note"].text() == "Good to know (2)"
    assert panel.summary.text() == "2 to fix · 3 to explain · 2 to know"
    with qtbot.waitSignal(panel.open_field, timeout=1000) as sig:
        qtbot.mouseClick(panel.rows[6].link, Qt.MouseButton.LeftButton)
    assert sig.args == ["employment[6].start"]
    panel.set_findings(found[:2])
    assert panel.visible_findings() == found[:2] and not panel.more_button.isVisible()


def test_editor_badges_follow_the_typing(qtbot, app_with):
    app = app_with(example())
    editor = open_editor(qtbot, app)
    assert all(f.check != "place.time_zone" for f in editor.findings)
    editor.tabs.setCurrentIndex(1)
    tz = editor.field("platform", "time_zone")
    assert editor.field_badge("platform", "time_zone") == ""

    tz.setFocus()
    tz.selectAll()
    qtbot.keyClick(tz, Qt.Key.Key_Backspace)
    qtbot.keyClicks(tz, "UTC-05:00")
    assert editor.field_badge("platform", "time_zone") == "fix"
    assert editor.field_badge("identity", "address.country") == "fix"  # the other field involved
    badge = editor.forms["platform"].badges["time_zone"]
    assert not badge.isHidden() and "UTC-05:00" in badge.toolTip()
    # the list of findings under the sections has it, with a link to the field
    editor.toggle_audit()
    row = editor.audit_list.row_for("place.time_zone")
    assert row is not None and row.link is not None
    editor.tabs.setCurrentIndex(0)
    qtbot.mouseClick(row.link, Qt.MouseButton.LeftButton)
    assert editor.tabs.currentIndex() == 1
    qtbot.waitUntil(lambda: has_focus(tz))

    # half typed: the form is invalid elsewhere; the badges stay as they were
    retype(qtbot, editor.field("platform", "total_jobs"), "many")
    assert editor.errors and editor.field_badge("platform", "time_zone") == "fix"
    retype(qtbot, editor.field("platform", "total_jobs"), "14")

    retype(qtbot, tz, "UTC+08:00")
    assert editor.field_badge("platform", "time_zone") == ""
    assert editor.field_badge("identity", "address.country") == ""
    assert editor.audit_list.row_for("place.time_zone") is None
    editor.discard()


def test_focus_field_selects_the_entry_of_a_list_section(qtbot, app_with):
    app = app_with(example())
    editor = open_editor(qtbot, app)
    assert editor.focus_field("employment[1].start")
    assert editor.tabs.currentIndex() == 2
    assert editor.lists["employment"].entries.current() == 1
    qtbot.waitUntil(lambda: has_focus(editor.field("employment", "start")))
    assert not editor.focus_field("employment[99].start")
    assert not editor.focus_field("nowhere.at_all")


def test_payment_method_holder_round_trips(qtbot, app_with):
    app = app_with(example())
    editor = open_editor(qtbot, app)
    assert any(f.check == "names.payout_holder_missing" for f in editor.findings)
    assert editor.field_badge("platform", "payment_methods") == "note"
    assert editor.focus_field("platform.payment_methods[1].holder")
    methods = editor.field("platform", "payment_methods")
    table = methods.table
    assert (table.currentRow(), table.currentColumn()) == (1, 1)
    assert table.itemDelegateForColumn(1) is None  # the holder is free text, no choice box
    assert table.horizontalHeaderItem(1).text().startswith("Account holder")
    assert methods.value() == [["Payoneer", ""], ["Wire transfer", ""]]

    for row, holder in ((0, "ZHANG WEI"), (1, "Zhang Wei")):
        table.setCurrentCell(row, 1)
        table.setFocus()
        qtbot.keyClick(table, Qt.Key.Key_F2)  # edit the cell, as the user would
        cell = table.window().focusWidget()
        assert cell is not None and cell is not table
        qtbot.keyClicks(cell, holder)
        qtbot.keyClick(cell, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)  # the delegate commits queued
    assert methods.value() == [["Payoneer", "ZHANG WEI"], ["Wire transfer", "Zhang Wei"]]
    assert all(f.check != "names.payout_holder_missing" for f in editor.findings)
    save_and_wait(qtbot, editor)
    wait_idle(qtbot, app)
    saved = app.ctx.coach.load_profile("Upwork")[1]
    assert [(m.method, m.holder) for m in saved.platform.payment_methods] == [
        ("Payoneer", "ZHANG WEI"), ("Wire transfer", "Zhang Wei")]
    # shown back as saved
    editor._load("Upwork", saved)
    assert editor.field("platform", "payment_methods").value() == [["Payoneer", "ZHANG WEI"],
                                                                   ["Wire transfer", "Zhang Wei"]]
