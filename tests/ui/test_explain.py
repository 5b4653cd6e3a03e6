""""Be ready to explain" on screen: an explain finding of the audit asked in practice (the checklist after
the answer, the rating kept apart from the fact attempts, the summary line) and in the mock call (the
checklist turn and the report's line with the points left out)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from sqlmodel import select

from tests.ui.conftest import wait_idle
from tests.ui.test_mock_call import (
    Clock,
    drive,
    focus,
    no_audio_output,  # noqa: F401  (the fixture)
    open_call,
    start,
)
from tests.ui.test_practice import open_practice
from verify_coach.core.profile import Employment
from verify_coach.core.store.models import Attempt, ExplainAnswer

CTRL = Qt.KeyboardModifier.ControlModifier
OVERLAP = "Your profile shows two full-time jobs in 2021, at Acme and Globex. Can you tell me about that?"


def _render(w: QWidget, name: str) -> None:
    """With VERIFY_COACH_RENDER=<dir>, keep a picture of what the test sees (for a look by eye)."""
    out = os.environ.get("VERIFY_COACH_RENDER")
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # the layout settles, as it has by the time a person looks
        w.grab().save(str(Path(out) / f"{name}.png"))


def _overlap_profile(app: Any, qtbot: Any) -> None:
    """The demo profile with two overlapping full-time jobs: the audit's timeline.overlap (explain)."""
    wait_idle(qtbot, app)
    coach = app.ctx.coach
    name, profile = coach.load_profile()
    profile.employment = [Employment(company="Acme", title="Developer", start="2020-01", end="2022-06"),
                          Employment(company="Globex", title="Engineer", start="2021-01", end="2023-03")]
    profile.platform.title = "Developer"  # no seniority claim: the overlap is the one explain finding
    coach.save_profile(name, profile)
    assert [q.check for q in coach.explain_questions()] == ["timeline.overlap"]


@pytest.fixture
def practice_app(make_app, settle_sessions):
    settle_sessions["app"] = make_app(demo=True)
    return settle_sessions["app"]


@pytest.fixture
def call_app(make_app, settle_sessions):
    settle_sessions["app"] = make_app(demo=True)
    return settle_sessions["app"]


def _labels(w: QWidget) -> list[str]:
    return [lab.text() for lab in w.findChildren(QLabel) if lab.isVisibleTo(w)]


def test_practice_asks_an_explain_question_then_shows_what_a_good_answer_covers(practice_app, qtbot):
    app = practice_app
    _overlap_profile(app, qtbot)
    scr = open_practice(app, qtbot)
    card = scr.mode_cards["explain"]
    assert card.isVisibleTo(scr) and "Be ready to explain (1)" in _labels(card)
    qtbot.mouseClick(scr.mode_buttons["explain"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.state == "explain", timeout=15_000)
    ec = scr.explain_card
    assert ec.isVisibleTo(scr) and not scr.card.isVisibleTo(scr)
    assert ec.prompt.text() == OVERLAP
    assert not ec.covers.isVisibleTo(scr)  # the points show only once answered
    assert scr.progress_label.text() == "Question 1 of 1"
    _render(scr, "practice_explain_question")
    assert QApplication.focusWidget() is ec.text
    qtbot.keyClicks(ec.text, "Acme was my main job; Globex was evenings for six months.")
    qtbot.keyClick(ec.text, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: scr.state == "explain_rate", timeout=5_000)
    assert ec.covers.isVisibleTo(scr)
    assert [b.text() for b in ec.boxes] == ["Which one was your main job", "How long they overlapped, and why",
                                           "How you found the time for both"]
    ec.boxes[0].setChecked(True)  # ticked with the mouse (Tab and Space also do)
    ec.boxes[1].setChecked(True)
    _render(scr, "practice_explain_answered")
    qtbot.keyClick(focus(scr), Qt.Key.Key_2)  # Okay
    qtbot.waitUntil(lambda: scr.state == "summary", timeout=15_000)
    wait_idle(qtbot, app)
    texts = _labels(scr.summary_view)
    assert "Be ready to explain" in texts and OVERLAP in texts
    assert "Your rating: Okay" in texts and "Left out: How you found the time for both" in texts
    _render(scr, "practice_explain_summary")
    with app.ctx.coach.store.session() as s:
        rows = s.exec(select(ExplainAnswer)).all()
        assert [(r.check, r.rating, r.session_id) for r in rows] == [("timeline.overlap", "okay", scr.plan.id)]
        assert s.exec(select(Attempt)).all() == []  # never a fact attempt
    assert app.ctx.coach.explain_answers() == {rows[0].finding_key: "okay"}


def test_a_normal_practice_session_ends_with_the_explain_question(practice_app, qtbot):
    app = practice_app
    _overlap_profile(app, qtbot)
    scr = open_practice(app, qtbot)
    scr.length_box.setValue(3)
    scr.start("practice", None)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    n = len(scr.plan.questions)
    assert [q.check for q in scr.plan.explain] == ["timeline.overlap"]
    assert scr.progress_label.text() == f"Question 1 of {n + 1}"
    for _ in range(n):
        qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
        scr.submit("", allow_empty=True)
        qtbot.waitUntil(lambda: scr.state == "feedback", timeout=15_000)
        scr.next_question()
    qtbot.waitUntil(lambda: scr.state == "explain", timeout=15_000)
    assert scr.explain_card.prompt.text() == OVERLAP
    qtbot.keyClick(scr.explain_card.text, Qt.Key.Key_Return, CTRL)  # answered aloud: nothing typed
    qtbot.waitUntil(lambda: scr.state == "explain_rate", timeout=5_000)
    qtbot.keyClick(focus(scr), Qt.Key.Key_1)  # Good, nothing ticked
    qtbot.waitUntil(lambda: scr.state == "summary", timeout=15_000)
    wait_idle(qtbot, app)
    assert "Your rating: Good" in _labels(scr.summary_view)
    # Ctrl+Z at the summary takes the explain rating back and asks it again
    scr.undo()
    qtbot.waitUntil(lambda: scr.state == "explain", timeout=15_000)
    wait_idle(qtbot, app)
    assert app.ctx.coach.explain_answers() == {}
    with app.ctx.coach.store.session() as s:
        assert len(s.exec(select(Attempt)).all()) == n  # the fact answers stay


@pytest.mark.usefixtures("no_audio_output")
def test_the_mock_call_asks_the_explain_question_with_its_checklist(call_app, qtbot):
    app = call_app
    _overlap_profile(app, qtbot)
    clock = Clock()
    scr = open_call(app, qtbot, clock=clock, call_type="upwork", aloud=False)
    start(qtbot, scr)
    explain = [i for i in scr.call.items if i.phase == "explain"]
    assert [i.prompt for i in explain] == [OVERLAP]
    assert explain[0].intro == "A few questions about your profile."
    seen: dict[str, Any] = {}

    # drive the call; at the explain turn, look at the screen and tick points 1 and 3 only
    orig_key_click = qtbot.keyClick

    def key_click(w: Any, k: Any, *a: Any, **kw: Any) -> None:
        item = scr.item
        if item is not None and item.phase == "explain" and scr.state == "answering" and "shown" not in seen:
            seen["shown"] = True
            seen["phase"] = scr.view.phase_label.text()
            seen["ticks"] = [b.text() for b in scr.view.point_boxes]
            seen["mode"] = scr.view.mode
            _render(scr, "call_explain_turn")
        if item is not None and item.phase == "explain" and k == Qt.Key.Key_2:
            return  # point 2 left out
        orig_key_click(w, k, *a, **kw)

    qtbot.keyClick = key_click
    try:
        drive(qtbot, scr, clock)
    finally:
        qtbot.keyClick = orig_key_click
    assert seen["mode"] == "checklist"
    assert seen["phase"].startswith("Be ready to explain")
    assert seen["ticks"] == ["1  Which one was your main job", "2  How long they overlapped, and why",
                             "3  How you found the time for both"]
    opened = [o for o in scr.report.open if o.question.phase == "explain"]
    assert [(o.rating, o.missed) for o in opened] == [("okay", ("How long they overlapped, and why",))]
    texts = _labels(scr.report_view)
    assert OVERLAP in texts and "Left out: How long they overlapped, and why" in texts
    _render(scr, "call_report")
    assert scr.report_view.explain_card.isVisibleTo(scr.report_view)
    assert OVERLAP in [lab.text() for lab in scr.report_view.explain_card.findChildren(QLabel)]
    assert OVERLAP not in [lab.text() for lab in scr.report_view.open_card.findChildren(QLabel)]
    # kept with practice's ratings (not as a fact attempt), so the next session asks the least practised first
    qtbot.waitUntil(lambda: app.ctx.coach.explain_answers() != {})
    (key,) = app.ctx.coach.explain_answers()
    assert key.startswith("timeline.overlap:") and app.ctx.coach.explain_answers()[key] == "okay"
