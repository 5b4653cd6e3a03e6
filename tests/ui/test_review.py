"""Review missed facts: the table shows exactly the figures of ``verify-coach stats --json`` for the
weak facts; filter, search, sort and "Drill these" work from the keyboard."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from verify_coach.ui.ops import Changes
from verify_coach.ui.screens.review import KEY_ROLE, MissedFactsModel
from verify_coach.ui.widgets.format import partial_date

from .conftest import wait_idle

COL = MissedFactsModel


def make_history(app: Any, sessions: int = 2, per_session: int = 12, seed: int = 7) -> list[str]:
    """Answer questions through the coach: every third one wrong (typed ``wrong-<n>``), every fourth
    right but slow. Deterministic. Returns the wrong answers typed."""
    wait_idle_now(app)
    coach = app.ctx.coach
    typed = []
    start = datetime.now(UTC) - timedelta(days=sessions)
    for s in range(sessions):
        at = start + timedelta(days=s)
        plan = coach.start_session("practice", per_session, seed=seed + s, now=at)
        for i, q in enumerate(plan.questions):
            n = s * 100 + i
            if i % 3 == 0:
                answer, latency = f"wrong-{n}", 6_000
                typed.append(answer)
            else:
                answer, latency = q.answer, 20_000 if i % 4 == 1 else 3_000
            coach.answer(plan, q, answer, latency, now=at + timedelta(seconds=30 * i))
        coach.end_session(plan, now=at + timedelta(minutes=10))
    return typed


def wait_idle_now(app: Any) -> None:
    app.ctx.tasks.wait(10_000)


def pct(x: float | None) -> str:
    return "—" if x is None else f"{x * 100:.0f}%"


def show_review(qtbot, app):
    scr = app.window.screen("review")
    with qtbot.waitSignal(scr.ready, timeout=15_000):
        app.window.show_screen("review")
    wait_idle(qtbot, app)
    return scr


def table_rows(scr) -> list[dict[str, str]]:
    proxy = scr.proxy
    out = []
    for r in range(proxy.rowCount()):
        row = {"key": proxy.index(r, 0).data(KEY_ROLE)}
        for c, name in enumerate(("label", "category", "value", "wrong", "last", "accuracy", "recall", "median")):
            row[name] = proxy.index(r, c).data()
        out.append(row)
    return out


@pytest.fixture
def history_app(demo_app, qtbot):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)  # the practice screen is not under test
    typed = make_history(demo_app)
    demo_app.typed = typed
    return demo_app


def expected_missed(app: Any, now: datetime) -> dict[str, dict[str, Any]]:
    """The facts listed without "Show all facts": the weak facts of ``stats --json``."""
    stats = app.ctx.coach.stats(now=now).to_json()
    return {f["key"]: f for f in stats["facts"] if f["key"] in stats["weak_keys"]}


def test_rows_match_the_stats_json(qtbot, history_app):
    scr = show_review(qtbot, history_app)
    want = expected_missed(history_app, scr.loaded_at)
    rows = table_rows(scr)
    assert want, "the history has missed facts"
    assert {r["key"] for r in rows} == set(want)
    values = {f.key: f.value for f in history_app.ctx.coach.facts()}
    wrong = history_app.ctx.coach.wrong_answers(list(want))
    for r in rows:
        f = want[r["key"]]
        assert r["label"] == f["label"]
        # a date in words, the interface language's way ("March 2025"); any other value as the profile writes it
        value = values[r["key"]]
        assert r["value"] == (partial_date(value) if re.fullmatch(r"\d{4}-\d{2}(-\d{2})?", value) else value)
        assert r["accuracy"] == pct(f["accuracy"])
        assert r["recall"] == pct(f["recall_at_call"])
        assert r["median"] == f"{f['median_latency_ms'] / 1000:.1f} s"
        for typed in wrong[r["key"]]:
            assert str(typed) in r["wrong"]
    assert any(r["wrong"].startswith("wrong-") for r in rows)
    assert str(len(want)) in scr.summary.text()


def test_show_all_lists_every_fact(qtbot, history_app):
    scr = show_review(qtbot, history_app)
    missed = scr.proxy.rowCount()
    qtbot.mouseClick(scr.show_all, Qt.MouseButton.LeftButton, pos=QPoint(6, scr.show_all.height() // 2))
    assert scr.show_all.isChecked()
    facts = {f["key"]: f for f in history_app.ctx.coach.stats(now=scr.loaded_at).to_json()["facts"]}
    rows = table_rows(scr)
    assert len(rows) == len(facts) > missed
    for r in rows:  # never-answered facts too: the same figures as the JSON
        assert r["accuracy"] == pct(facts[r["key"]]["accuracy"])
        assert r["recall"] == pct(facts[r["key"]]["recall_at_call"])


def test_category_filter_and_search_narrow_the_rows(qtbot, history_app):
    scr = show_review(qtbot, history_app)
    rows = table_rows(scr)
    by_cat: dict[str, int] = {}
    for r in rows:
        by_cat[r["category"]] = by_cat.get(r["category"], 0) + 1
    cat, n = min(by_cat.items(), key=lambda kv: kv[1])
    assert n < len(rows)
    scr.category.setCurrentIndex(scr.category.findText(cat))
    narrowed = table_rows(scr)
    assert len(narrowed) == n and all(r["category"] == cat for r in narrowed)
    scr.category.setCurrentIndex(0)
    assert scr.proxy.rowCount() == len(rows)

    # Ctrl+F focuses the search; typing a wrong answer finds the fact it was given for.
    scr.table.setFocus()
    qtbot.keyClick(scr.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert scr.search.hasFocus()
    target = next(r for r in rows if "wrong-" in r["wrong"])
    answer = next(a for a in target["wrong"].split("; ") if a.startswith("wrong-"))
    qtbot.keyClicks(scr.search, answer)
    found = table_rows(scr)
    assert [r["key"] for r in found] == [target["key"]]
    # Esc clears the search.
    qtbot.keyClick(scr.search, Qt.Key.Key_Escape)
    assert scr.search.text() == ""
    assert scr.proxy.rowCount() == len(rows)
    # A search that matches nothing says so instead of showing an empty table.
    qtbot.keyClicks(scr.search, "zzzz-no-such-thing")
    assert scr.proxy.rowCount() == 0
    assert scr.stack.currentIndex() == 1 and "match" in scr.empty_title.text()


def test_sorting_by_accuracy_is_numeric(qtbot, history_app):
    scr = show_review(qtbot, history_app)
    scr.show_all.setChecked(True)  # facts at 100% too, so "100%" would sort before "50%" as text
    header = scr.table.horizontalHeader()
    x = header.sectionViewportPosition(COL.ACCURACY) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    accuracy = {f["key"]: f["accuracy"] for f in history_app.ctx.coach.stats().to_json()["facts"]}
    shown = [accuracy[r["key"]] for r in table_rows(scr)]
    order = header.sortIndicatorOrder()
    values = [-1.0 if a is None else a for a in shown]
    assert values == sorted(values, reverse=order == Qt.SortOrder.DescendingOrder)
    assert 1.0 in values and any(0 < v < 1 for v in values)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    again = [-1.0 if accuracy[r["key"]] is None else accuracy[r["key"]] for r in table_rows(scr)]
    assert again == sorted(values, reverse=order != Qt.SortOrder.DescendingOrder)


def test_drill_these_starts_a_session_on_the_selection(qtbot, history_app):
    scr = show_review(qtbot, history_app)
    rows = table_rows(scr)
    assert len(rows) >= 3
    view = scr.table
    first = view.visualRect(scr.proxy.index(0, 0)).center()
    third = view.visualRect(scr.proxy.index(2, 0)).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=first)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, pos=third)
    want = [rows[0]["key"], rows[2]["key"]]
    assert scr.drill_button.text().endswith("(2)")
    with qtbot.waitSignal(history_app.ctx.bus.start_session, timeout=2000) as blocker:
        qtbot.mouseClick(scr.drill_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["review", want]
    # Enter on the table does the same.
    with qtbot.waitSignal(history_app.ctx.bus.start_session, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["review", want]
    # Nothing selected: Ctrl+Enter drills every fact listed.
    view.clearSelection()
    with qtbot.waitSignal(history_app.ctx.bus.start_session, timeout=2000) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == ["review", [r["key"] for r in rows]]


def test_empty_state_without_history(qtbot, demo_app):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    scr = show_review(qtbot, demo_app)
    assert scr.proxy.rowCount() == 0
    assert scr.stack.currentIndex() == 1
    assert scr.empty_title.isVisible() and "No missed facts yet" in scr.empty_title.text()
    assert not scr.drill_button.isVisible()
    with qtbot.waitSignal(demo_app.ctx.bus.start_session, timeout=2000) as blocker:
        qtbot.mouseClick(scr.empty_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["practice", None]


def test_reloads_after_new_answers(qtbot, demo_app):
    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    scr = show_review(qtbot, demo_app)
    assert scr.proxy.rowCount() == 0
    make_history(demo_app, sessions=1)
    with qtbot.waitSignal(scr.ready, timeout=15_000):
        demo_app.ctx.changed(Changes.HISTORY)
    assert scr.stack.currentWidget() is scr.table
    assert scr.proxy.rowCount() == len(expected_missed(demo_app, scr.loaded_at)) > 0


def test_controls_have_accessible_names(qtbot, history_app):
    scr = show_review(qtbot, history_app)
    for w in (scr.search, scr.category, scr.show_all, scr.drill_button, scr.table, scr.empty_button):
        assert w.accessibleName(), f"{type(w).__name__} has no accessible name"


def test_at_1000x700_the_recall_stays_in_view_without_a_horizontal_scrollbar(qtbot, history_app):
    from verify_coach.ui.screens.review import MissedFactsModel

    w = history_app.window
    w.resize(1000, 700)
    scr = show_review(qtbot, history_app)
    qtbot.waitUntil(lambda: scr.table.model().rowCount() > 0, timeout=10_000)
    QApplication.processEvents()
    assert not scr.table.isColumnHidden(MissedFactsModel.RECALL) and not scr.table.isColumnHidden(MissedFactsModel.FACT)
    assert not scr.table.horizontalScrollBar().isVisible()
    w.resize(1700, 1000)
    QApplication.processEvents()
    assert not any(scr.table.isColumnHidden(c) for c in range(8))  # room for everything again


def test_i_dont_know_is_not_listed_as_a_wrong_answer():
    from verify_coach.core.stats import FactStat
    from verify_coach.ui.screens.review import build_rows

    f = FactStat(key="k", label="Your city", category="identity", value="Hangzhou", kind="name", attempts=3,
                 correct=0, accuracy=0.0, recall_now=0.2, recall_at_call=0.2, median_latency_ms=4000, lapses=3,
                 weak=True, weak_reasons=("missed recently",), last_seen=None, placed_at=None)
    (row,) = build_rows([f], {"k": ["not sure", "Shanghai", "不知道", "I don't know"]})
    assert row.wrong == ("Shanghai",)  # saying "I don't know" is not an answer the user believes


def test_row_heights_are_fitted_in_view_and_as_rows_scroll_in(qtbot, history_app):
    """Rows wrap to their text, but only the rows in view (and a few around) are measured when the list
    loads; the rest are measured as they scroll into view (measuring 1,700 rows at once stalled the UI)."""
    scr = show_review(qtbot, history_app)
    scr.show_all.setChecked(True)
    wait_idle(qtbot, history_app)
    table = scr.table
    n = scr.proxy.rowCount()
    qtbot.waitUntil(lambda: not scr._fit_rows.isActive() and bool(scr._sized), timeout=5_000)
    visible = [r for r in range(n) if table.rowViewportPosition(r) < table.viewport().height()]
    def fitted(r: int) -> bool:  # fitting it again changes nothing
        before = table.rowHeight(r)
        table.resizeRowToContents(r)
        return table.rowHeight(r) == before

    assert any(table.rowHeight(r) > table.verticalHeader().minimumSectionSize() for r in visible)  # wrapped text
    assert all(fitted(r) for r in visible)
    assert n > len(scr._sized)  # a long list is not measured all at once
    table.scrollToBottom()
    qtbot.waitUntil(lambda: n - 1 in scr._sized, timeout=5_000)
    assert fitted(n - 1)


def test_long_labels_are_elided_with_the_whole_text_and_typed_markup_as_it_is_in_the_tooltip(qtbot, demo_app):
    from PySide6.QtGui import Qt as GuiQt
    from PySide6.QtGui import QTextDocument

    def shown(tip: str) -> str:  # what a tooltip shows: Qt guesses rich text as for a label
        if not GuiQt.mightBeRichText(tip):
            return tip
        doc = QTextDocument()
        doc.setHtml(tip)
        return doc.toPlainText()

    demo_app.ctx.bus.start_session.disconnect(demo_app.window._start_session)
    coach = demo_app.ctx.coach
    plan = coach.start_session("practice", 6, seed=3)
    typed = "<b>Acme</b> <img src=x>"
    for q in plan.questions:
        coach.answer(plan, q, typed, 4_000)
    coach.end_session(plan)
    demo_app.window.resize(1000, 700)
    scr = show_review(qtbot, demo_app)
    qtbot.waitUntil(lambda: scr.proxy.rowCount() > 0, timeout=10_000)
    QApplication.processEvents()
    assert scr.table.textElideMode() == Qt.TextElideMode.ElideRight
    metrics = scr.table.fontMetrics()
    widths = [metrics.horizontalAdvance(scr.proxy.index(r, COL.FACT).data()) for r in range(scr.proxy.rowCount())]
    longest = max(range(len(widths)), key=widths.__getitem__)
    assert widths[longest] > scr.table.columnWidth(COL.FACT)  # at 1000 px some label does not fit: it is elided
    label = scr.proxy.index(longest, COL.FACT).data()
    assert label in shown(scr.proxy.index(longest, COL.FACT).data(Qt.ItemDataRole.ToolTipRole))  # the whole of it
    wrong = [shown(scr.proxy.index(r, COL.WRONG).data(Qt.ItemDataRole.ToolTipRole) or "")
             for r in range(scr.proxy.rowCount())]
    assert any(typed in w for w in wrong), wrong  # the answer as typed, tags and all
