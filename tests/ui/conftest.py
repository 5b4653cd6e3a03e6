"""UI test fixtures: the real application object on a fresh data dir, offscreen."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox, QWidget


@pytest.fixture(autouse=True)
def _no_modal_boxes(monkeypatch):
    """A test that opens an unexpected message box fails instead of hanging."""

    def boom(*args, **kwargs):
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(boom))
    from verify_coach.ui.dialogs.errors import ErrorDialog

    def unexpected_error(parent, exc, log_path):
        raise AssertionError(f"unexpected error dialog: {exc!r}")

    monkeypatch.setattr(ErrorDialog, "show_exception", staticmethod(unexpected_error))


@pytest.fixture
def make_app(qtbot, qapp, data_dir):
    """``make_app(demo=True)`` -> the Application with its window shown and the database open."""
    from verify_coach.ui.app import Application

    apps = []

    def make(demo: bool = False, *, wait_ready: bool = True):
        app = Application(qapp, data_dir, demo=demo)
        qtbot.addWidget(app.window)
        app.start()
        qtbot.waitUntil(lambda: app.ctx.coach is not None, timeout=15_000)
        if wait_ready:
            qtbot.waitUntil(lambda: app.ready or app.window.current is not None, timeout=15_000)
            qtbot.waitUntil(lambda: app.ctx.tasks.pending == 0, timeout=15_000)
        apps.append(app)
        return app

    yield make
    for app in apps:
        if app.ctx.backups is not None:
            app.ctx.backups.stop(wait_s=10)  # no automatic backup wakes up after the test
        app.ctx.tasks.wait(10_000)
        qapp.processEvents()  # deliver what the worker finished while the window was closing
        if app.ctx.coach is not None:
            app.ctx.coach.store.close()


@pytest.fixture
def demo_app(make_app):
    return make_app(demo=True)


@pytest.fixture
def settle_sessions(qtbot):
    """Put the app in ``holder["app"]``: when the test ends, a running practice session or mock call (and a
    drill session it started) is ended the way leaving the screen ends it, and every answer and refresh is
    delivered before the window closes."""
    holder: dict[str, Any] = {}

    def settle(_: QWidget) -> None:
        app = holder.get("app")
        if app is None:
            return
        for scr in list(app.window.screens.values()):
            if scr.name == "call":
                scr.session.leave()  # as "Yes, end the call" would
            elif hasattr(scr, "leave_now"):
                scr.leave_now()  # as "Yes, leave" would
        wait_idle(qtbot, app)

    first_closed = QWidget()  # registered before the window, so closed (and settled) first
    qtbot.addWidget(first_closed, before_close_func=settle)
    yield holder
    del first_closed


def wait_idle(qtbot, app, timeout: int = 15_000) -> None:
    qtbot.waitUntil(lambda: app.ctx.tasks.pending == 0, timeout=timeout)


@pytest.fixture
def zh_translator(qapp):
    """The Simplified Chinese translators installed for the test (no app started), English again after."""
    from verify_coach.ui import i18n

    i18n.install_translator(qapp, "zh_CN")
    yield
    i18n.install_translator(qapp, "en")
