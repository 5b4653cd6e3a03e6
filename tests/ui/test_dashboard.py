"""The dashboard: the figures it shows are the core's statistics, it says what to do when there is
nothing yet, and it follows new answers and a new call date."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from verify_coach.core.stats import weak_facts
from verify_coach.ui.ops import Changes
from verify_coach.ui.widgets.format import category_name

from .conftest import wait_idle
from .test_review import make_history


def pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.0f}%"


def show_dashboard(qtbot, app):
    scr = app.window.screen("dashboard")
    scr.mark_dirty()
    with qtbot.waitSignal(scr.ready, timeout=15_000):
        app.window.show_screen("dashboard")
    wait_idle(qtbot, app)
    return scr


def test_figures_match_the_core_stats(qtbot, demo_app):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    make_history(demo_app)
    scr = show_dashboard(qtbot, demo_app)
    coach = demo_app.ctx.coach
    stats = coach.stats().to_json()
    facts = stats["facts"]

    assert scr.readiness_value.text() == pct(stats["readiness"])
    assert scr.gauge.value() == int(pct(stats["readiness"])[:-1])
    assert scr.answers_value.text() == f"{stats['attempts']:,}"
    answered = sum(f["attempts"] for f in facts)
    assert scr.accuracy_value.text() == pct(sum(f["correct"] for f in facts) / answered)
    assert scr.weak_value.text() == str(stats["weak_count"]) == str(sum(1 for f in facts if f["weak"]))
    assert scr.body_stack.currentWidget() is scr.content

    # Per category: what the chart draws (top to bottom) is the core's recall and accuracy, as percentages.
    shown = scr.category_chart.values()
    want = [
        (category_name(c["name"]), round(c["recall"] * 100), None if c["accuracy"] is None else round(c["accuracy"] * 100))
        for c in stats["categories"]
    ]
    assert shown == want
    drawn = [scr.category_chart.readiness_set.at(i) for i in range(scr.category_chart.readiness_set.count())]
    assert drawn == [float(r) for _, r, _ in reversed(want)]
    # Over time: readiness at the call, one point per day practised (the two sessions' days) and today's live
    # value, which is the gauge's.
    days = stats["readiness_by_day"]
    assert len(stats["sessions"]) == 2 and scr.days_chart.line.count() == len(days) == 3
    assert round(scr.days_chart.line.at(2).y()) == round(stats["readiness"] * 100)
    assert days[-1]["date"] == datetime.now().astimezone().date().isoformat()

    # The weak facts (at most ten), in the core's order, with their recall at the call.
    weak = weak_facts(coach.fact_stats())[:10]
    assert weak and all(f.weak for f in weak)
    table = scr.weakest_table
    assert [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())] == [f.key for f in weak]
    assert [table.item(r, 0).text() for r in range(table.rowCount())] == [f.label for f in weak]
    by_key = {f["key"]: f for f in facts}
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == [
        pct(by_key[f.key]["recall_at_call"]) for f in weak
    ]


def test_empty_state_says_what_to_do(qtbot, demo_app):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    scr = show_dashboard(qtbot, demo_app)
    assert scr.body_stack.currentIndex() == 0
    assert scr.empty_title.isVisible()
    assert scr.empty_title.text() == "Answer your first questions to see how ready you are"
    assert scr.category_chart is None  # no charts are built for an empty history
    assert scr.answers_value.text() == "0"
    # No call date: readiness is for tomorrow, and the card offers to set the date.
    assert scr.readiness_title.text() == "Readiness for tomorrow"
    assert "tomorrow" in scr.call_note.text()
    assert scr.call_button.isVisible() and scr.call_button.text() == "Set your call date"
    with qtbot.waitSignal(demo_app.ctx.bus.start_session, timeout=2000) as blocker:
        qtbot.mouseClick(scr.empty_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["practice", None]


def test_set_call_date_button_opens_the_main_window_dialog(qtbot, demo_app, monkeypatch):
    scr = show_dashboard(qtbot, demo_app)
    calls = []
    monkeypatch.setattr(demo_app.window, "edit_call_date", lambda: calls.append(True))
    qtbot.mouseClick(scr.call_button, Qt.MouseButton.LeftButton)
    assert calls == [True]


def test_reloads_after_history_and_call_changes(qtbot, demo_app):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    scr = show_dashboard(qtbot, demo_app)
    assert scr.answers_value.text() == "0"
    make_history(demo_app, sessions=1, per_session=9)
    with qtbot.waitSignal(scr.ready, timeout=15_000):
        demo_app.ctx.changed(Changes.HISTORY)
    assert scr.answers_value.text() == "9"
    assert scr.body_stack.currentWidget() is scr.content
    assert scr.weakest_table.rowCount() == len(weak_facts(demo_app.ctx.coach.fact_stats())[:10])

    wait_idle(qtbot, demo_app)
    demo_app.ctx.coach.set_call_at(datetime.now(UTC) + timedelta(days=3, hours=5))
    with qtbot.waitSignal(scr.ready, timeout=15_000):
        demo_app.ctx.changed(Changes.CALL)
    assert scr.call_value.text().startswith("3 d")
    assert scr.readiness_title.text() == "Readiness at the call"
    assert scr.readiness_value.text() == pct(demo_app.ctx.coach.stats().to_json()["readiness"])


def test_buttons_start_the_right_sessions(qtbot, demo_app):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    make_history(demo_app, sessions=1)
    scr = show_dashboard(qtbot, demo_app)
    bus = demo_app.ctx.bus
    with qtbot.waitSignal(bus.start_session, timeout=2000) as blocker:
        qtbot.mouseClick(scr.practise_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["practice", None]
    with qtbot.waitSignal(bus.start_session, timeout=2000) as blocker:
        qtbot.mouseClick(scr.weak_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["weak", None]
    # Double-clicking one of the weakest facts drills that fact.
    table = scr.weakest_table
    rect = table.visualItemRect(table.item(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # a double click starts with a press
    with qtbot.waitSignal(bus.start_session, timeout=2000) as blocker:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert blocker.args == ["review", [table.item(0, 0).data(Qt.ItemDataRole.UserRole)]]
    for w in (scr.practise_button, scr.weak_button, scr.call_button, scr.weakest_table, scr.review_button):
        assert w.accessibleName()


def test_the_dashboard_benchmark_still_measures_the_app(qapp, tmp_path):
    """benchmarks/dashboard.py drives the real start-up; on a small history it must still run to the end."""
    import importlib.util

    from tests.conftest import REPO

    spec = importlib.util.spec_from_file_location("bench_dashboard", REPO / "benchmarks" / "dashboard.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    data = tmp_path / "bench"
    bench.build_history(data, 300)
    result = bench.measure(data)
    assert set(result) == {"dashboard_first_fill_ms", "dashboard_reload_ms"}
    assert all(ms > 0 for ms in result.values())


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_at_1000x700_the_dashboard_reflows_with_no_horizontal_scroll_bar(qtbot, make_app, data_dir, qapp, language):
    from PySide6.QtWidgets import QScrollArea

    from verify_coach.ui import i18n
    from verify_coach.ui.context import Prefs

    prefs = Prefs(data_dir)
    prefs.set("language", language)
    prefs.sync()
    try:
        app = make_app(demo=True)
        app.ctx.bus.start_session.disconnect(app.window._start_session)
        make_history(app, sessions=6, per_session=18)
        app.window.resize(1000, 700)
        scr = show_dashboard(qtbot, app)
        app.ctx.coach.set_call_at(datetime.now(UTC) + timedelta(days=3, hours=4))
        app.ctx.changed(Changes.CALL)  # "3 d 3 h" in big type widens the cards' row
        wait_idle(qtbot, app)
        scroll = scr.findChild(QScrollArea)
        qtbot.waitUntil(lambda: scroll.horizontalScrollBar().maximum() == 0, timeout=5_000)
        view = scroll.viewport()
        # The primary buttons and every card are whole inside the view's width (the page scrolls down only).
        for w in (scr.practise_button, scr.weak_button, *scr.figure_cards, scr.weakest_table):
            right = w.mapTo(view, w.rect().topRight()).x()
            assert w.mapTo(view, w.rect().topLeft()).x() >= 0 and right < view.width(), (w, right, view.width())
        # Long fact labels are cut with an ellipsis and their whole text is in the tooltip.
        table = scr.weakest_table
        assert table.textElideMode() == Qt.TextElideMode.ElideRight
        label = table.item(0, 0)
        assert label.text() in label.toolTip()
    finally:
        i18n.install_translator(qapp, "en")
