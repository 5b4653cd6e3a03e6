"""Before the call: the dashboard's checklist card (from 48 hours before the call, ticks saved and kept for the
call date) and the type of call in the call-date dialog."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt

from verify_coach.core.calltypes import CALL_TYPES
from verify_coach.core.checklist import ITEMS
from verify_coach.ui.ops import Changes
from verify_coach.ui.widgets.checklist import CALL_TYPE_NAMES, ITEM_TEXTS

from .conftest import wait_idle
from .test_dashboard import show_dashboard


def set_call(qtbot, app, scr, when, call_type=None):
    coach = app.ctx.coach
    wait_idle(qtbot, app)
    if call_type:
        coach.set_call_type(call_type)
    coach.set_call_at(when)
    with qtbot.waitSignal(scr.ready, timeout=15_000):
        app.ctx.changed(Changes.CALL)
    wait_idle(qtbot, app)


def test_the_card_shows_only_from_48_hours_before_the_call(qtbot, demo_app):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    scr = show_dashboard(qtbot, demo_app)
    card = scr.checklist_card
    assert not card.isVisible()  # no call date
    set_call(qtbot, demo_app, scr, datetime.now(UTC) + timedelta(days=3))
    assert not card.isVisible()  # three days ahead: not yet
    set_call(qtbot, demo_app, scr, datetime.now(UTC) + timedelta(hours=47))
    assert card.isVisible()
    assert card.title.text() == "Before your call" and card.kind.text() == "Upwork video verification"
    assert card.progress.text() == "0 of 8 ready"
    assert "Headset off" not in [r.label.text() for r in card.rows.values()]  # Upwork allows a headset
    assert card.rows["light"].toolTip().startswith("The agent compares your face with your ID photo")
    set_call(qtbot, demo_app, scr, datetime.now(UTC) - timedelta(hours=2))
    assert not card.isVisible()  # the call is over


def test_a_tick_is_saved_and_still_there_after_a_reload(qtbot, demo_app):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    scr = show_dashboard(qtbot, demo_app)
    when = datetime.now(UTC) + timedelta(hours=20)
    set_call(qtbot, demo_app, scr, when, "kyc")
    card = scr.checklist_card
    assert card.kind.text() == "Bank video-KYC" and card.progress.text() == "0 of 10 ready"
    assert card.rows["headset_off"].label.text() == "Headset off"
    bus = demo_app.ctx.bus
    with qtbot.waitSignal(bus.changed, timeout=10_000, check_params_cb=lambda c: bool(c & Changes.CALL)):
        qtbot.mouseClick(card.box("light"), Qt.MouseButton.LeftButton)
    assert card.progress.text() == "1 of 10 ready"
    # a click on an item's text ticks it too
    with qtbot.waitSignal(bus.changed, timeout=10_000, check_params_cb=lambda c: bool(c & Changes.CALL)):
        qtbot.mouseClick(card.rows["paper_pen"].label, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, demo_app)
    assert sorted(card.ticked()) == ["light", "paper_pen"] and card.progress.text() == "2 of 10 ready"
    assert sorted(i.id for i in demo_app.ctx.coach.checklist().items if i.ticked) == ["light", "paper_pen"]

    # what the next start shows: a new dashboard reads the ticks back
    from verify_coach.ui.screens.dashboard import DashboardScreen

    fresh = DashboardScreen(demo_app.ctx)
    qtbot.addWidget(fresh)
    fresh.show()
    with qtbot.waitSignal(fresh.ready, timeout=15_000):
        fresh.reload()
    wait_idle(qtbot, demo_app)
    assert fresh.checklist_card.isVisible()
    assert sorted(fresh.checklist_card.ticked()) == ["light", "paper_pen"]
    assert fresh.checklist_card.progress.text() == "2 of 10 ready"

    # unticking is saved too; a new call date starts empty
    with qtbot.waitSignal(bus.changed, timeout=10_000, check_params_cb=lambda c: bool(c & Changes.CALL)):
        qtbot.mouseClick(card.box("light"), Qt.MouseButton.LeftButton)
    wait_idle(qtbot, demo_app)
    assert [i.id for i in demo_app.ctx.coach.checklist().items if i.ticked] == ["paper_pen"]
    set_call(qtbot, demo_app, scr, when + timedelta(hours=2))
    assert card.ticked() == [] and card.progress.text() == "0 of 10 ready"


def test_the_call_date_dialog_saves_the_type_of_call(qtbot, demo_app, monkeypatch):
    from verify_coach.ui.dialogs import call_date

    seen = []

    def run(dlg):
        seen.append(dlg)
        assert [dlg.kind.itemText(i) for i in range(dlg.kind.count())] == [t.name for t in CALL_TYPES.values()]
        assert dlg.call_type() == ("upwork" if len(seen) == 1 else "kyc")  # the stored type is chosen
        dlg.kind.setCurrentIndex(dlg.kind.findData("kyc"))
        return 1

    when = datetime.now(UTC) + timedelta(days=1)
    monkeypatch.setattr(call_date.CallDateDialog, "exec", run)
    monkeypatch.setattr(call_date.CallDateDialog, "value", lambda self: when)
    w = demo_app.window
    w.edit_call_date()
    qtbot.waitUntil(lambda: demo_app.ctx.coach.call_type() == "kyc", timeout=10_000)
    wait_idle(qtbot, demo_app)
    assert demo_app.ctx.coach.call_at() == when.replace(second=0, microsecond=0)  # stored to the minute
    w.edit_call_date()
    qtbot.waitUntil(lambda: len(seen) == 2, timeout=10_000)
    wait_idle(qtbot, demo_app)


def test_the_translated_tables_follow_the_core():
    """The app marks the core's texts for translation: a changed core text must be changed here too."""
    assert {i.id: (i.text, i.why) for i in ITEMS} == ITEM_TEXTS
    assert {t.id: t.name for t in CALL_TYPES.values()} == CALL_TYPE_NAMES
    assert QCoreApplication.translate("Checklist", "Headset off") == "Headset off"


def test_the_card_is_there_at_the_next_start(make_app, qtbot):
    app = make_app(demo=True)
    coach = app.ctx.coach
    coach.set_call_at(datetime.now(UTC) + timedelta(hours=3))
    coach.tick("vpn_off")
    wait_idle(qtbot, app)
    app.window.close()
    again = make_app()  # the dashboard first fills from the first look, then the checklist follows
    scr = again.window.screen("dashboard")
    assert again.window.current == "dashboard"
    qtbot.waitUntil(lambda: scr.checklist_card.isVisible(), timeout=10_000)
    assert scr.checklist_card.ticked() == ["vpn_off"] and scr.checklist_card.progress.text() == "1 of 8 ready"


def test_at_1000_px_the_dashboard_needs_no_sideways_scrolling_on_the_day_of_the_call(qtbot, demo_app):
    from PySide6.QtWidgets import QScrollArea

    demo_app.window.resize(1000, 700)
    scr = show_dashboard(qtbot, demo_app)
    set_call(qtbot, demo_app, scr, datetime.now(UTC) + timedelta(hours=20))  # "19 h 59 min" in big type
    assert scr.checklist_card.isVisible() and scr.call_value.text().startswith("19 h")
    scroll = scr.findChild(QScrollArea)
    qtbot.waitUntil(lambda: not scroll.horizontalScrollBar().isVisible(), timeout=5000)
    assert scr.checklist_card.progress.visibleRegion().boundingRect().width() == scr.checklist_card.progress.width()
