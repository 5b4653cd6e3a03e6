"""The one operation object (ui/ops.py): what a user notices when work runs, fails or arrives late."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QLabel, QMessageBox

from verify_coach.core.coach import CoachError
from verify_coach.ui.ops import Changes

from .conftest import wait_idle


def test_a_user_error_is_a_message_box_a_bug_the_error_dialog(demo_app, qtbot, monkeypatch):
    from verify_coach.ui.dialogs import errors

    boxes, dialogs = [], []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: boxes.append((title, text))))
    monkeypatch.setattr(errors.ErrorDialog, "show_exception", staticmethod(lambda p, e, log: dialogs.append(e)))
    ctx = demo_app.ctx

    def refuse(coach):
        raise CoachError("There is no profile named “Zed”.")

    ctx.op(None, refuse, name="refuse").titled("Cannot do that").run()
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert boxes == [("Cannot do that", "There is no profile named “Zed”.")] and dialogs == []

    def bug(coach):
        raise KeyError("stats")

    seen = []
    ctx.op(None, bug, name="bug").failure(seen.append).run()
    qtbot.waitUntil(lambda: bool(dialogs), timeout=10_000)
    assert isinstance(seen[0], KeyError) and isinstance(dialogs[0], KeyError)  # handler first, then the dialog
    assert len(boxes) == 1


def test_a_result_for_a_closed_widget_is_dropped_but_the_change_is_told(demo_app, qtbot):
    ctx = demo_app.ctx
    owner = QLabel()
    got, heard = [], []
    ctx.bus.changed.connect(heard.append)
    ctx.op(owner, lambda coach: coach.profiles(), changes=Changes.PROFILE, name="gone").success(got.append).run()
    shiboken6.delete(owner)  # the screen closed before the result arrived
    qtbot.waitUntil(lambda: Changes.PROFILE in heard, timeout=10_000)
    assert got == []


def test_latest_request_wins(demo_app, qtbot):
    ctx = demo_app.ctx
    owner = QLabel()
    qtbot.addWidget(owner)
    got = []
    for n in range(3):
        ctx.op(owner, lambda coach, n=n: n, name="reload").latest().success(got.append).run()
    ctx.op(owner, lambda coach: "other", name="other").latest().success(got.append).run()
    wait_idle(qtbot, demo_app)
    assert got == [2, "other"]


def test_an_operation_asked_before_the_database_is_open_runs_once_it_is(make_app, qtbot):
    app = make_app(wait_ready=False)
    ctx = app.ctx
    got = []
    ctx.op(None, lambda coach: coach is ctx.coach, name="early").success(got.append).run()
    qtbot.waitUntil(lambda: got == [True], timeout=15_000)
