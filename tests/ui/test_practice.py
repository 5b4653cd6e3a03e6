"""The Practice screen, driven from the keyboard like a user would, checked on screen and in the database."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPushButton, QWidget
from sqlmodel import select

from tests.ui.conftest import wait_idle
from verify_coach.core.questions import build_questions
from verify_coach.core.store.models import Attempt, StudySession
from verify_coach.ui.ops import Changes

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


# ----------------------------------------------------------------------------------------------- helpers
@pytest.fixture
def app(make_app, settle_sessions):
    """The demo application; a session still running when the test ends is settled (``settle_sessions``)."""
    settle_sessions["app"] = make_app(demo=True)
    return settle_sessions["app"]


def open_practice(app: Any, qtbot: Any) -> Any:
    win = app.window
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow, timeout=5_000)
    with qtbot.waitSignal(win.screen("practice").ready, timeout=15_000):
        win.show_screen("practice")
    wait_idle(qtbot, app)
    scr = win.screen("practice")
    scr.seed = 11
    return scr


def questions(app: Any) -> list[Any]:
    _, profile = app.ctx.coach.load_profile()
    return build_questions(profile, seed=0)


def first(qs: list[Any], **want: Any) -> Any:
    return next(q for q in qs if all(getattr(q, k) == v for k, v in want.items()))


def start_with(app: Any, qtbot: Any, scr: Any, qs: list[Any], mode: str = "practice") -> None:
    """Start a real session, then ask exactly ``qs`` (so the test knows the forms)."""
    scr.start(mode, None)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    scr.plan.questions = list(qs)
    scr.progress.setRange(0, len(qs))
    scr.session.ask(0)


def key(qtbot: Any, scr: Any, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """Press a key where the keyboard focus is (it must be inside the practice screen)."""
    w = QApplication.focusWidget()
    assert w is not None and scr.isAncestorOf(w), f"focus is not in the practice screen: {w!r}"
    qtbot.keyClick(w, k, mods)


def type_answer(qtbot: Any, scr: Any, text: str) -> None:
    w = QApplication.focusWidget()
    assert w is scr.card.answer, "the answer box has the focus when a typed question shows"
    qtbot.keyClicks(w, text)
    key(qtbot, scr, Qt.Key.Key_Return)


def wait_feedback(qtbot: Any, scr: Any) -> None:
    qtbot.waitUntil(lambda: scr.state == "feedback", timeout=15_000)


def attempts(app: Any, plan: Any) -> list[tuple[str, bool, int, str]]:
    """(answer, correct, latency_ms, primary fact key) of the session's attempts, from the database."""
    with app.ctx.coach.store.session() as s:
        rows = s.exec(select(Attempt).where(Attempt.session_id == plan.id).order_by(Attempt.id)).all()  # type: ignore[arg-type]
        return [(a.answer, a.correct, a.latency_ms, a.fact_keys.split()[0]) for a in rows]


def session_row(app: Any, plan: Any) -> tuple[int, int, Any]:
    with app.ctx.coach.store.session() as s:
        row = s.get(StudySession, plan.id)
        return row.asked, row.correct, row.ended_at


def named(parent: QWidget, name: str, cls: type = QWidget) -> Any:
    found = [w for w in parent.findChildren(cls) if w.accessibleName() == name and w.isVisible()]
    assert found, f"no visible control named {name!r}"
    return found[0]


def put_in_order(qtbot: Any, scr: Any, want: list[str]) -> None:
    """Reorder the timeline list with the keyboard only: arrows select, Alt+Up moves."""
    lst = scr.card.order
    for target, text in enumerate(want):
        row = lst.items().index(text)
        while lst.currentRow() < row:
            key(qtbot, scr, Qt.Key.Key_Down)
        while lst.currentRow() > row:
            key(qtbot, scr, Qt.Key.Key_Up)
        for _ in range(row - target):
            key(qtbot, scr, Qt.Key.Key_Up, ALT)
    assert lst.items() == want


# ----------------------------------------------------------------------------------------------- tests
def test_start_panel_offers_the_modes_and_asks_for_a_call_date(app, qtbot):
    scr = open_practice(app, qtbot)
    assert scr.pages.currentWidget() is scr.start_page
    for name in ("Start practice", "Practise weak facts", "Cram before the call"):
        assert named(scr, name, QPushButton).isEnabled()
    assert named(scr, "Set the date of the call", QPushButton)  # no call date yet: the hint shows
    assert scr.length_box.value() == app.ctx.prefs.get("session_length")
    scr.length_box.setValue(4)
    assert app.ctx.prefs.get("session_length") == 4
    qtbot.mouseClick(named(scr, "Start practice", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    assert len(scr.plan.questions) == 4
    assert scr.progress_label.text() == "Question 1 of 4"


def test_a_session_answered_from_the_keyboard_is_recorded_as_typed(app, qtbot):
    scr = open_practice(app, qtbot)
    qs = questions(app)
    typed = first(qs, form="recall", answer_kind="name")
    other = next(q for q in qs if q.form == "recall" and q.answer_kind == "text" and q.id != typed.id)
    choice = first(qs, form="choice")
    order = first(qs, answer_kind="order")
    start_with(app, qtbot, scr, [typed, other, choice, order])
    plan = scr.plan

    # 1. a right typed answer; the timer runs while the user thinks
    assert scr.card.prompt.text() == typed.prompt
    qtbot.waitUntil(lambda: float(scr.timer_label.text().split()[0]) >= 0.4, timeout=5_000)
    type_answer(qtbot, scr, typed.answer)
    wait_feedback(qtbot, scr)
    assert scr.feedback.verdict.text() == "Right"
    assert typed.answer in scr.feedback.expected.text()
    fact = plan.facts[typed.fact_keys[0]]
    assert fact.label in scr.feedback.fact.text()
    key(qtbot, scr, Qt.Key.Key_Return)  # Enter: next question

    # 2. a wrong typed answer: what was typed next to the right answer
    qtbot.waitUntil(lambda: scr.state == "question")
    assert scr.progress_label.text() == "Question 2 of 4"
    assert scr.card.answer.text() == ""
    type_answer(qtbot, scr, "Certainly not this 4711")
    wait_feedback(qtbot, scr)
    assert scr.feedback.verdict.text() == "Not quite"
    assert "Certainly not this 4711" in scr.feedback.given.text()
    assert other.answer in scr.feedback.expected.text()
    key(qtbot, scr, Qt.Key.Key_Return)

    # 3. multiple choice: the number key picks and submits
    qtbot.waitUntil(lambda: scr.state == "question")
    assert scr.card.choice_buttons[0].isVisible() and not scr.card.answer.isVisible()
    n = choice.choices.index(choice.answer) + 1
    key(qtbot, scr, Qt.Key(Qt.Key.Key_0 + n))
    wait_feedback(qtbot, scr)
    assert scr.feedback.verdict.text() == "Right"
    assert scr.card.choice_buttons[n - 1].property("state") == "right"
    key(qtbot, scr, Qt.Key.Key_Return)

    # 4. a timeline: reorder with the keyboard, Enter submits "a; b; c"
    qtbot.waitUntil(lambda: scr.state == "question")
    assert scr.card.order.isVisible()
    want = [s.strip() for s in order.answer.split(";")]
    assert scr.card.order.items() != want
    put_in_order(qtbot, scr, want)
    key(qtbot, scr, Qt.Key.Key_Return)
    wait_feedback(qtbot, scr)
    assert scr.feedback.verdict.text() == "Right"
    assert scr.feedback.next.text().startswith("See the summary")

    rows = attempts(app, plan)
    assert [(a, c, k) for a, c, _, k in rows] == [
        (typed.answer, True, typed.fact_keys[0]),
        ("Certainly not this 4711", False, other.fact_keys[0]),
        (choice.answer, True, choice.fact_keys[0]),
        ("; ".join(want), True, order.fact_keys[0]),
    ]
    assert rows[0][2] >= 300  # latency: from the question showing to Enter
    assert session_row(app, plan)[:2] == (4, 3)

    with qtbot.waitSignal(app.ctx.bus.changed, check_params_cb=lambda c: bool(c & Changes.HISTORY), timeout=15_000):
        key(qtbot, scr, Qt.Key.Key_Return)  # after the last question: the summary
    qtbot.waitUntil(lambda: scr.state == "summary")
    assert scr.summary_view.score.text() == "3 of 4"
    assert session_row(app, plan)[2] is not None


def test_a_wrong_choice_is_marked_and_the_right_one_shown(app, qtbot):
    scr = open_practice(app, qtbot)
    tf = first(questions(app), form="truefalse")
    start_with(app, qtbot, scr, [tf])
    wrong = next(i for i, c in enumerate(tf.choices) if c != tf.answer)
    key(qtbot, scr, Qt.Key(Qt.Key.Key_1 + wrong))
    wait_feedback(qtbot, scr)
    assert scr.feedback.verdict.text() == "Not quite"
    assert scr.card.choice_buttons[wrong].property("state") == "wrong"
    assert scr.card.choice_buttons[tf.choices.index(tf.answer)].property("state") == "right"
    assert attempts(app, scr.plan)[0][:2] == (tf.choices[wrong], False)


def test_a_wrong_true_or_false_answer_shows_what_you_believed(app, qtbot, qapp, tmp_path):
    """Never "You said: True": the feedback and the summary say what the user believed, and what is so."""
    from verify_coach.core.belief import belief_of
    from verify_coach.core.questions.context import display
    from verify_coach.ui import i18n
    from verify_coach.ui.widgets import format as fmt

    scr = open_practice(app, qtbot)
    tf = first(questions(app), form="truefalse")
    value = display(next(f for f in app.ctx.coach.facts() if f.key == tf.fact_keys[0]))
    start_with(app, qtbot, scr, [tf])
    wrong = next(i for i, c in enumerate(tf.choices) if c != tf.answer)
    key(qtbot, scr, Qt.Key(Qt.Key.Key_1 + wrong))
    wait_feedback(qtbot, scr)
    fb = scr.feedback
    believed, truth = tf.choices[wrong].lower(), tf.answer.lower()
    assert fb.given.isVisible() and fb.given.text() == f"You believed this was {believed}."
    assert fb.expected.text() == f"It is {truth}: your profile has {value}."
    assert not fb.note.isVisible()  # the grader's line would only say it again
    shown = [w.text() for w in fb.findChildren(QLabel) if w.isVisible()]
    assert not any(t.startswith(("You said", "Correct answer")) for t in shown)
    scr.grab().save(str(tmp_path / "practice-truefalse.png"))

    with qtbot.waitSignal(app.ctx.bus.changed, check_params_cb=lambda c: bool(c & Changes.HISTORY), timeout=15_000):
        key(qtbot, scr, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: scr.state == "summary")
    texts = [lab.text() for lab in scr.summary_view.findChildren(QLabel)]
    assert f"You believed this was {believed}." in texts
    assert f"It is {truth}: your profile has {value}." in texts
    assert not any(t.startswith(("You said", "Right answer")) for t in texts)
    scr.grab().save(str(tmp_path / "summary-truefalse.png"))

    # In Chinese too.
    belief = belief_of("truefalse", tf.prompt, tf.choices[wrong], tf.answer)
    try:
        i18n.install_translator(qapp, "zh_CN")
        assert fmt.belief_said(belief) == ("你以为这句话是对的。" if belief.thought_true else "你以为这句话是错的。")
        assert fmt.belief_truth(belief, value) == (
            f"这句话是{'对' if belief.is_true else '错'}的：你的资料写的是 {value}。")
        assert fmt.belief_short(belief) == f"以为“{belief.claim}”是{'对' if belief.thought_true else '错'}的"
    finally:
        i18n.install_translator(qapp, "en")


def test_a_choice_that_is_a_small_number_is_graded_by_its_text(app, qtbot):
    """Choices "3", "5", "2", "4": picking "2" (key 3) is right, not read as "the second choice"."""
    scr = open_practice(app, qtbot)
    base = first(questions(app), form="recall")
    q = replace(base, id="q-choice-digits", form="choice", prompt="How many years did you work there?",
                choices=("3", "5", "2", "4"), answer="2", answer_kind="choice")
    start_with(app, qtbot, scr, [q])
    key(qtbot, scr, Qt.Key.Key_3)
    wait_feedback(qtbot, scr)
    assert scr.feedback.verdict.text() == "Right"
    assert attempts(app, scr.plan)[0][:2] == ("2", True)


def test_enter_on_the_summary_practises_again(app, qtbot):
    scr = open_practice(app, qtbot)
    start_with(app, qtbot, scr, [first(questions(app), form="recall")])
    key(qtbot, scr, Qt.Key.Key_Escape)  # before answering anything
    qtbot.waitUntil(lambda: scr.state == "summary", timeout=15_000)
    assert scr.summary_view.score.text() == "0 of 0"
    assert not scr.summary_view.undo.isVisible()
    key(qtbot, scr, Qt.Key.Key_Return)  # "Practise again" has the focus
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)


def test_undo_removes_the_last_attempt_and_asks_again(app, qtbot):
    scr = open_practice(app, qtbot)
    qs = [q for q in questions(app) if q.form == "recall"][:2]
    start_with(app, qtbot, scr, qs)
    plan = scr.plan
    type_answer(qtbot, scr, qs[0].answer)
    wait_feedback(qtbot, scr)
    key(qtbot, scr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "question")
    type_answer(qtbot, scr, "a slip of the finger")
    wait_feedback(qtbot, scr)
    assert len(attempts(app, plan)) == 2

    key(qtbot, scr, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    wait_idle(qtbot, app)
    assert scr.card.prompt.text() == qs[1].prompt
    assert scr.card.answer.text() == "" and not scr.feedback.isVisible()
    assert scr.progress_label.text() == "Question 2 of 2"
    assert [a for a, *_ in attempts(app, plan)] == [qs[0].answer]
    assert session_row(app, plan)[:2] == (1, 1)

    type_answer(qtbot, scr, qs[1].answer)
    wait_feedback(qtbot, scr)
    assert [(a, c) for a, c, *_ in attempts(app, plan)] == [(qs[0].answer, True), (qs[1].answer, True)]


def test_undo_from_the_summary(app, qtbot):
    scr = open_practice(app, qtbot)
    q = first(questions(app), form="recall")
    start_with(app, qtbot, scr, [q])
    type_answer(qtbot, scr, "oops")
    wait_feedback(qtbot, scr)
    key(qtbot, scr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "summary", timeout=15_000)
    qtbot.mouseClick(named(scr, "Undo last answer", QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    wait_idle(qtbot, app)
    assert scr.card.prompt.text() == q.prompt
    assert attempts(app, scr.plan) == []


def test_escape_ends_with_a_summary_of_what_was_missed(app, qtbot):
    scr = open_practice(app, qtbot)
    qs = [q for q in questions(app) if q.form == "recall"][:3]
    start_with(app, qtbot, scr, qs)
    type_answer(qtbot, scr, qs[0].answer)
    wait_feedback(qtbot, scr)
    key(qtbot, scr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "question")
    type_answer(qtbot, scr, "no idea at all")
    wait_feedback(qtbot, scr)
    with qtbot.waitSignal(app.ctx.bus.changed, check_params_cb=lambda c: bool(c & Changes.HISTORY), timeout=15_000):
        key(qtbot, scr, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: scr.state == "summary")
    assert scr.pages.currentWidget() is scr.summary_page
    assert scr.summary_view.score.text() == "1 of 2"
    texts = [lab.text() for lab in scr.summary_view.findChildren(QLabel)]
    assert qs[1].prompt in texts
    assert "You said: no idea at all" in texts
    assert any(t.startswith("Right answer: ") and qs[1].answer in t for t in texts)
    assert "ended after 2 of 3" in scr.summary_view.subtitle.text()

    # "Drill the missed ones" practises exactly the missed fact
    qtbot.mouseClick(scr.summary_view.drill, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    assert scr.plan.mode == "review"
    assert [q.fact_keys[0] for q in scr.plan.questions] == [qs[1].fact_keys[0]]


def test_weak_mode_practises_the_facts_missed_before(app, qtbot):
    scr = open_practice(app, qtbot)
    scr.start("weak", None)  # nothing answered yet: nothing is weak
    qtbot.waitUntil(lambda: scr.state == "idle" and scr.start_message.isVisible(), timeout=15_000)
    assert "No weak facts yet" in scr.start_message.text()

    coach = app.ctx.coach
    plan = coach.start_session("practice", 6, seed=5)
    missed = []
    for i, q in enumerate(plan.questions):
        coach.answer(plan, q, q.answer if i % 2 else "wrong on purpose", 3000)
        if not i % 2:
            missed.append(q.fact_keys[0])
    coach.end_session(plan)
    app.ctx.changed(Changes.HISTORY)

    with qtbot.waitSignal(scr.ready, timeout=15_000):
        app.window.findChild(QAction, "actWeak").trigger()  # Study > Practise weak facts (Ctrl+W)
    assert scr.state == "question" and scr.plan.mode == "weak"
    assert {q.fact_keys[0] for q in scr.plan.questions} == set(missed)


def test_review_mode_starts_with_the_given_facts(app, qtbot):
    keys = [f.key for f in app.ctx.coach.facts()][2:5]
    scr = app.window.screen("practice")
    app.ctx.bus.start_session.emit("review", keys)  # what the Review screen's "drill these" does
    qtbot.waitUntil(lambda: scr.state == "question", timeout=15_000)
    assert scr.plan.mode == "review"
    assert [q.fact_keys[0] for q in scr.plan.questions] == keys
    assert scr.progress_label.text() == "Question 1 of 3"


def test_timer_turns_amber_when_hesitating(app, qtbot):
    app.ctx.prefs.set("slow_seconds", 2)  # one number: the time to aim for is the slow threshold
    scr = open_practice(app, qtbot)
    start_with(app, qtbot, scr, [first(questions(app), form="recall")])
    assert scr.limit_label.text() == "/ aim for 2 s"
    assert scr.timer_label.property("level") == ""
    seen = [scr.timer_label.text()]
    qtbot.waitUntil(lambda: seen.append(scr.timer_label.text()) or scr.timer_label.property("level") == "slow",
                    timeout=5_000)
    assert len(set(seen)) > 3  # it counted up on the way (every 100 ms)
    assert float(scr.timer_label.text().split()[0]) >= 1.5  # amber with a quarter of the time left
    qtbot.waitUntil(lambda: scr.timer_label.property("level") == "over", timeout=5_000)
    assert float(scr.timer_label.text().split()[0]) >= 2.0  # red once the answer counts as slow
    type_answer(qtbot, scr, "x")
    wait_feedback(qtbot, scr)
    assert not scr.ticker.isActive()  # the clock stops once the answer is in


def _one_answered_of_three(app, qtbot, monkeypatch) -> tuple[Any, list[Any], list[str], list[Any]]:
    """A session of three with one answer in; "Leave?" is answered with ``answer[0]`` (No first) and its
    texts are kept in ``asked``: (screen, questions, asked, answer)."""
    scr = open_practice(app, qtbot)
    qs = [q for q in questions(app) if q.form == "recall"][:3]
    start_with(app, qtbot, scr, qs)
    type_answer(qtbot, scr, qs[0].answer)
    wait_feedback(qtbot, scr)
    asked_: list[str] = []
    answer = [QMessageBox.StandardButton.No]
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda _p, _t, text, *a: asked_.append(text) or answer[0]))
    return scr, qs, asked_, answer


def test_leaving_mid_session_asks_then_ends_it_and_keeps_the_answers(app, qtbot, monkeypatch):
    scr, qs, asked_, answer = _one_answered_of_three(app, qtbot, monkeypatch)
    app.window.show_screen("dashboard")  # asks first: No stays in the session
    assert app.window.current == "practice" and scr.state == "feedback"
    assert len(asked_) == 1 and "answered: 1, still to ask: 2" in asked_[0]
    answer[0] = QMessageBox.StandardButton.Yes
    app.window.show_screen("dashboard")  # Yes: the session ends, its answers are kept
    assert app.window.current == "dashboard"
    qtbot.waitUntil(lambda: scr.state == "summary", timeout=15_000)
    wait_idle(qtbot, app)
    asked, correct, ended = session_row(app, scr.plan)
    assert (asked, correct) == (1, 1) and ended is not None
    assert [a for a, *_ in attempts(app, scr.plan)] == [qs[0].answer]

    with qtbot.waitSignal(scr.ready, timeout=15_000):
        app.window.show_screen("practice")  # coming back: the summary of the session that was left
    assert scr.pages.currentWidget() is scr.summary_page
    assert scr.summary_view.score.text() == "1 of 1"
    app.window.show_screen("dashboard")
    with qtbot.waitSignal(scr.ready, timeout=15_000):
        app.window.show_screen("practice")  # once seen, the start panel is back
    assert scr.pages.currentWidget() is scr.start_page


def test_quitting_mid_session_with_ctrl_q_asks_first(app, qtbot, monkeypatch):
    scr, qs, asked_, answer = _one_answered_of_three(app, qtbot, monkeypatch)
    quit_action = app.window.findChild(QAction, "actQuit")
    assert quit_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Quit)  # Ctrl+Q
    quit_action.trigger()  # No: the window stays, and so does the session
    assert app.window.isVisible() and scr.state == "feedback"
    assert len(asked_) == 1 and "still to ask: 2" in asked_[0]
    answer[0] = QMessageBox.StandardButton.Yes
    quit_action.trigger()  # Yes: the window closes and the session ends with its answer kept
    assert not app.window.isVisible()
    wait_idle(qtbot, app)
    qtbot.waitUntil(lambda: session_row(app, scr.plan)[2] is not None, timeout=15_000)
    assert session_row(app, scr.plan)[:2] == (1, 1)


def test_next_question_appears_at_once(app, qtbot):
    scr = open_practice(app, qtbot)
    qs = [q for q in questions(app) if q.form in ("recall", "choice")][:8]
    start_with(app, qtbot, scr, qs)
    for q in qs[:-1]:
        scr.submit(q.answer)
        wait_feedback(qtbot, scr)
        pending = app.ctx.tasks.pending
        key(qtbot, scr, Qt.Key.Key_Return)
        # shown synchronously, before any event is processed: no round trip to the worker
        assert scr.state == "question" and app.ctx.tasks.pending == pending


def test_every_control_has_an_accessible_name(app, qtbot):
    scr = open_practice(app, qtbot)
    qs = questions(app)
    start_with(app, qtbot, scr, [first(qs, form="recall"), first(qs, form="choice")])
    for name in ("Answer", "Submit answer", "I don't know", "End session", "Time on this question", "Progress"):
        assert named(scr, name)
    type_answer(qtbot, scr, "something")
    wait_feedback(qtbot, scr)
    for name in ("Next question", "Undo last answer", "Result", "Correct answer"):
        assert named(scr, name)
    key(qtbot, scr, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: scr.state == "question")
    for i in range(1, 5):
        assert named(scr, f"Choice {i}", QPushButton)
    visible_buttons = [b for b in scr.findChildren(QPushButton) if b.isVisible()]
    assert all(b.accessibleName() for b in visible_buttons)


def test_a_profile_without_facts_gets_an_empty_state(make_app, qtbot):
    from verify_coach.core.profile import Profile

    app = make_app(demo=False)
    app.ctx.coach.save_profile("Blank", Profile())
    with qtbot.waitSignal(app.window.screen_shown, timeout=15_000):
        app.ctx.changed(Changes.PROFILE)
        wait_idle(qtbot, app)
        app.window.show_screen("practice")
    scr = app.window.screen("practice")
    qtbot.waitUntil(lambda: scr.state == "empty", timeout=15_000)
    assert scr.pages.currentWidget() is scr.empty_page
    assert named(scr, "Open the profile editor", QPushButton).isEnabled()
    scr.start("practice", None)  # e.g. Ctrl+P anyway: the coach refuses, the empty state stays
    qtbot.waitUntil(lambda: scr.state == "empty", timeout=15_000)
    wait_idle(qtbot, app)


def test_i_was_right_counts_a_wrong_answer_right_and_ctrl_z_takes_it_back(app, qtbot, tmp_path):
    scr = open_practice(app, qtbot)
    qs = [q for q in questions(app) if q.form == "recall" and q.answer_kind in ("name", "text")][:1]
    start_with(app, qtbot, scr, qs)
    plan = scr.plan
    type_answer(qtbot, scr, "the way I say it")
    wait_feedback(qtbot, scr)
    button = named(scr, "I was right", QPushButton)
    assert button.isVisible() and scr.feedback.verdict.text() == "Not quite"

    key(qtbot, scr, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: scr.feedback.verdict.text() == "Marked right by you", timeout=15_000)
    wait_idle(qtbot, app)
    scr.window().grab().save(str(tmp_path / "override.png"))
    assert not scr.feedback.override.isVisible()
    assert [(a, c) for a, c, *_ in attempts(app, plan)] == [("the way I say it", True)]
    assert session_row(app, plan)[:2] == (1, 1)
    assert app.ctx.coach.stats().to_json()["overrides"]["total"] == 1

    key(qtbot, scr, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: scr.feedback.verdict.text() == "Not quite", timeout=15_000)
    wait_idle(qtbot, app)
    assert scr.state == "feedback" and scr.feedback.override.isVisible()
    assert [(a, c) for a, c, *_ in attempts(app, plan)] == [("the way I say it", False)]
    assert app.ctx.coach.stats().to_json()["overrides"]["total"] == 0


def test_there_is_no_i_was_right_after_a_right_answer_or_a_choice(app, qtbot):
    scr = open_practice(app, qtbot)
    qs = [first(questions(app), form="recall", answer_kind="text")]
    start_with(app, qtbot, scr, qs)
    type_answer(qtbot, scr, qs[0].answer)
    wait_feedback(qtbot, scr)
    assert not scr.feedback.override.isVisible()
    key(qtbot, scr, Qt.Key.Key_R, CTRL | Qt.KeyboardModifier.ShiftModifier)
    wait_idle(qtbot, app)
    assert app.ctx.coach.stats().to_json()["overrides"]["total"] == 0


def test_the_header_readiness_follows_each_answer(app, qtbot):
    scr = open_practice(app, qtbot)
    qs = [q for q in questions(app) if q.form == "recall"][:2]
    start_with(app, qtbot, scr, qs)
    pill = app.window.readiness
    qtbot.waitUntil(lambda: pill.text() != "", timeout=10_000)
    before = pill.text()
    type_answer(qtbot, scr, qs[0].answer)
    wait_feedback(qtbot, scr)
    qtbot.waitUntil(lambda: pill.text() != before, timeout=10_000)  # mid-session, not at its end
    assert scr.state == "feedback"
