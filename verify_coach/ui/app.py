"""Start-up of the desktop app, in a few readable steps:

arguments -> data dir -> logging -> Qt application (style, language) -> main window painted ->
database opened on the worker -> first screen filled in.

The window paints before the database is opened; errors anywhere end in a dialog, never in a
traceback on the desktop.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Any

from .logs import setup_logging, since_start_ms  # first: it starts the start-up clock

# isort: split
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from ..core.paths import default_data_dir, ensure_private_dir, resources_dir  # noqa: E402
from .context import AppContext, Bus, Prefs  # noqa: E402
from .opening import look_first, open_coach  # noqa: E402
from .tasks import TaskManager  # noqa: E402

log = logging.getLogger("verify_coach")
RESOURCES = resources_dir()


def show_error(parent: Any, exc: BaseException, ctx: AppContext | None = None) -> None:
    """A short message and the details; the app keeps running."""
    from .dialogs.errors import ErrorDialog

    log.error("unexpected error", exc_info=exc)
    if _say_store_fault(parent, exc, ctx):
        return
    ErrorDialog.show_exception(parent, exc, ctx.data_dir / "verify_coach.log" if ctx else None)


def _say_store_fault(parent: Any, exc: BaseException, ctx: AppContext | None) -> bool:
    """A full disk, a read-only data folder, a busy database: one clear sentence, not the error dialog."""
    if "sqlite3" not in sys.modules and not isinstance(exc, OSError):
        return False  # no database error is possible before sqlite3 is loaded
    from PySide6.QtWidgets import QMessageBox

    from ..core.store.faults import as_store_error

    fault = as_store_error(exc, ctx.data_dir if ctx else None)
    if fault is None:
        return False
    QMessageBox.warning(parent, "verify_coach", str(fault))
    return True


def make_context(data_dir: Path) -> AppContext:
    from ..core.files import tighten_permissions

    ensure_private_dir(data_dir)
    tighten_permissions(data_dir)  # logs, settings.ini, set-aside-*: owner-only, also when older versions left them open
    return AppContext(data_dir=data_dir, prefs=Prefs(data_dir), tasks=TaskManager(), bus=Bus())


class _PaintWatch(QObject):
    def __init__(self, callback: Any):
        super().__init__()
        self.callback = callback
        self.fired = False

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if not self.fired and event.type() == QEvent.Type.Paint:
            self.fired = True
            QTimer.singleShot(0, self.callback)
        return False


class Application:
    """Owns the context and the main window; used by ``run`` and by the UI tests."""

    def __init__(self, qapp: QApplication, data_dir: Path, *, demo: bool = False, smoke: bool = False,
                 open_path: str | None = None):
        from .i18n import install_translator
        from .main_window import MainWindow
        from .theme import apply_theme

        self.qapp = qapp
        self.ctx = make_context(data_dir)
        self.log_path = setup_logging(data_dir)  # None: the log cannot be written (said on the status bar)
        self.demo = demo
        self.smoke = smoke
        self.open_path = open_path  # ``verify-coach FILE``: imported once the window and the database are ready
        self.ready = False
        self.looked = False  # the first screen was filled from the first look
        apply_theme(qapp, self.ctx.prefs.get("theme"))
        install_translator(qapp, self.ctx.prefs.get("language"))
        self.window = MainWindow(self.ctx)
        self.window.setAcceptDrops(True)
        self.window.restore_state()
        self._language_pending = False
        self.ctx.bus.language.connect(self._language_changed)
        self.ctx.tasks.error.connect(lambda exc: show_error(self.window, exc, self.ctx))
        self.ctx.tasks.user_error.connect(self._user_error)
        self._paint = _PaintWatch(self._painted)
        self.window.installEventFilter(self._paint)

    def _user_error(self, title: str, exc: BaseException) -> None:
        """A user error no screen handled: say what is wrong, in a message box (no traceback)."""
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self.window, title or "verify_coach", str(exc))

    # -- start-up sequence ---------------------------------------------------------------
    # show the window -> first look (sqlite3 only) fills the first screen -> the core loads and opens
    # the database -> what the user clicked meanwhile runs. Without a first look (first run with
    # --demo, another schema revision, a damaged file) the first screen waits for the core.
    def start(self) -> None:
        self.window.show()
        if self.log_path is None:
            self._say_no_log()
        data_dir, slow = self.ctx.data_dir, self.ctx.prefs.get("slow_seconds")
        first = self._first_target(True)  # (with profiles; the look tells whether there are any)
        self.ctx.task(self, lambda: look_first(data_dir, slow, "Demo" if self.demo else None, screen=first),
                      name="first-look") \
            .expect(Exception).success(self._looked).failure(self._look_failed).run()

    def _say_no_log(self) -> None:
        self.window.statusBar().showMessage(
            f"The log file cannot be written in {self.ctx.data_dir} (a read-only or full disk?).")

    def _painted(self) -> None:
        self.window.removeEventFilter(self._paint)  # no Python call for every later event
        log.info("start-up: first paint at %d ms", since_start_ms())
        if self.smoke:
            print(f"first-paint-ms={since_start_ms()}", flush=True)

    def _looked(self, look: Any) -> None:
        if look is not None:
            target = self._first_target(bool(look.profiles))
            if target in ("welcome", "dashboard", "review"):  # the screens a first look can fill (not the editor)
                self.looked = True
                self.window.screen(target).ready.connect(self._on_ready)
                self.window.show_first_look(look, target)
        self._open_store()

    def _look_failed(self, exc: BaseException) -> None:
        log.warning("first look failed", exc_info=exc)
        self._open_store()

    def _open_store(self) -> None:
        data_dir, slow = self.ctx.data_dir, self.ctx.prefs.get("slow_seconds")
        self.ctx.task(self, lambda: open_coach(data_dir, slow), name="open-store") \
            .expect(Exception).success(self._store_opened).failure(self._store_failed).run()

    def _store_opened(self, coach: Any) -> None:
        log.info("start-up: database open at %d ms", since_start_ms())
        if self.smoke and self.ctx.coach is None:
            print(f"open-ms={since_start_ms()}", flush=True)
        self.ctx.coach = coach
        if not self.smoke and self.ctx.backups is None:
            from .autobackup import BackgroundBackups

            self.ctx.backups = BackgroundBackups(lambda: self.ctx.coach)
            self.ctx.backups.start()
        if self.demo:
            self.ctx.op(self, self._ensure_demo, name="demo").success(lambda _: self._first_screen()).run()
        else:
            self._first_screen()

    @staticmethod
    def _ensure_demo(coach: Any) -> None:
        from ..core.demo import make_demo_profile

        names = [p.name for p in coach.profiles()]
        if "Demo" in names:
            coach.set_active("Demo")
        else:
            coach.save_profile("Demo", make_demo_profile(seed=0, locale="en_US", size="typical"))

    def _first_screen(self) -> None:
        if self.looked:  # already on screen, and nothing could change meanwhile (no writes without the core)
            self._caught_up()
            return
        self.ctx.op(self, lambda coach: coach.profiles(), name="profiles").success(self._show_first).run()

    def _first_target(self, has_profiles: bool) -> str:
        if not has_profiles:
            return "welcome"
        last = self.ctx.prefs.get("last_screen")
        return last if last in ("dashboard", "review", "profile") else "dashboard"

    def _show_first(self, profiles: list[Any]) -> None:
        log.info("start-up: profiles listed at %d ms", since_start_ms())
        w = self.window
        w.profile_names = [p.name for p in profiles]
        w.refresh_header()
        target = self._first_target(bool(profiles))
        scr = w.screen(target)
        scr.ready.connect(self._on_ready)
        w.show_screen(target)
        self._caught_up()

    def _caught_up(self) -> None:
        self.window.data_opened()
        if self.log_path is None:  # said again: opening the data cleared the status bar
            self._say_no_log()
        self._smoke_done()
        self._open_given_file()

    def _open_given_file(self) -> None:
        """The file named on the command line (a file manager's "Open with") goes to the import flow, once."""
        path, self.open_path = self.open_path, None
        if path and not self.smoke:
            log.info("start-up: importing %s", path)
            QTimer.singleShot(0, lambda: self.window.import_path(path))

    def _on_ready(self) -> None:
        if self.ready:
            return
        self.ready = True
        heavy = [m for m in ("sqlalchemy", "sqlmodel", "pydantic") if m in sys.modules]
        log.info("start-up: first screen ready at %d ms (ORM loaded: %s)", since_start_ms(),
                 ", ".join(heavy) or "none")
        if self.smoke:
            print(f"ready-ms={since_start_ms()}", flush=True)
        self._smoke_done()

    def _smoke_done(self) -> None:
        """The smoke run ends once the first screen shows its data *and* the core has opened the database."""
        if self.smoke and self.ready and self.ctx.coach is not None:
            QTimer.singleShot(0, self.qapp.quit)

    def _store_failed(self, exc: BaseException) -> None:
        from ..core.store import StoreBusyError, StoreError

        self.window.statusBar().clearMessage()  # no more "Opening your data…"
        from ..core.store.faults import DiskFullError, ReadOnlyDataError, as_store_error

        fault = as_store_error(exc, self.ctx.data_dir)
        if isinstance(exc, StoreBusyError) or isinstance(fault, StoreBusyError):
            # another verify_coach is writing: nothing is wrong with the file
            from PySide6.QtWidgets import QMessageBox

            buttons = QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close
            if QMessageBox.warning(self.window, "verify_coach", str(fault or exc), buttons,
                                   QMessageBox.StandardButton.Retry) == QMessageBox.StandardButton.Retry:
                self._open_store()
                return
            self.qapp.exit(2)
            return
        if isinstance(fault, (DiskFullError, ReadOnlyDataError)):  # nothing to set aside: say what is wrong
            from PySide6.QtWidgets import QMessageBox

            log.warning("the database cannot be opened: %s", fault)
            self.window.statusBar().showMessage(str(fault))
            QMessageBox.warning(self.window, "verify_coach", str(fault))
            return
        if isinstance(exc, StoreError):
            from .dialogs.errors import offer_fresh_database

            if offer_fresh_database(self.window, exc, self.ctx.data_dir):
                self._forget_first_look()
                self._open_store()
                return
            self.qapp.exit(2)
            return
        show_error(self.window, exc, self.ctx)

    def _forget_first_look(self) -> None:
        """What the first look showed came from the file just set aside: every screen reloads."""
        self.looked = False
        for scr in self.window.screens.values():
            scr.dirty = True

    # -- a new interface language, at once ---------------------------------------------------
    def _language_changed(self) -> None:
        """Install the chosen language and rebuild the window in it: every screen, menu and dialog built
        from now on speaks it, with no restart. A session under way or unsaved edits are not thrown away:
        the window is rebuilt once they are over (the status bar says so)."""
        from .i18n import install_translator

        install_translator(self.qapp, self.ctx.prefs.get("language"))
        if not self._language_pending:
            self._language_pending = True
            self._rebuild_when_idle(first=True)

    def _rebuild_when_idle(self, first: bool = False) -> None:
        import shiboken6

        w = self.window
        if not shiboken6.isValid(w):  # the window is gone (closed meanwhile): nothing to rebuild
            self._language_pending = False
            return
        if w.busy() or self.ctx.tasks.pending or self.ctx.coach is None:
            if first and w.busy():
                self.ctx.bus.status.emit(QCoreApplication.translate(
                    "MainWindow", "The new language applies as soon as you finish what you are doing."), 0)
            QTimer.singleShot(400, self._rebuild_when_idle)
            return
        self._language_pending = False
        w.rebuild()
        log.info("interface language applied: window rebuilt on %s", w.current)

    def bring_to_front(self, path: str = "") -> None:
        """A second launch on the same data dir (``ui.single``): show this window, and import its file."""
        w = self.window
        if w.isMinimized():
            w.showNormal()
        w.show()
        w.raise_()
        w.activateWindow()
        if path:
            log.info("a second launch asked to import %s", path)
            w.when_open(lambda: w.import_path(path))

    def shutdown(self) -> None:
        """Quitting: finish the queued work -- the worker's last jobs *and their callbacks*, so an answer still
        being saved ends its session (issue 17) -- then the automatic backup, made on the spot only for a small
        database; a large one is backed up while the app runs (``ui.autobackup``), so quitting stays fast."""
        self.ctx.tasks.drain(10_000)
        backups = self.ctx.backups
        stopped = backups.stop() if backups is not None else True
        coach = self.ctx.coach
        if coach is not None and not self.smoke and stopped:
            try:
                from .autobackup import BackgroundBackups

                (backups or BackgroundBackups(lambda: coach)).at_quit(coach)
            except Exception:  # a failed auto backup must not block quitting
                log.exception("automatic backup failed")
        if coach is not None:
            coach.store.close()


def _excepthook(app: Application | None) -> Any:
    def hook(etype: type[BaseException], value: BaseException, tb: Any) -> None:
        log.error("uncaught exception", exc_info=(etype, value, tb))
        if app is not None and QApplication.instance() is not None:
            try:
                show_error(app.window, value, app.ctx)
                return
            except Exception:
                pass
        from ..core.privacy import scrub

        sys.stderr.write(scrub("".join(traceback.format_exception(etype, value, tb))))

    return hook


def _say_before_any_window(message: str) -> None:
    """A problem that stops the app before its window: in a message box too (started from a menu, nobody
    reads stderr). Not in the smoke run or without a display."""
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or sys.platform in ("win32", "darwin")):
        return
    try:
        from PySide6.QtWidgets import QMessageBox

        existing = QApplication.instance()
        _qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
        QMessageBox.critical(None, "verify_coach", message)
    except Exception:  # noqa: BLE001 - stderr has said it already
        log.debug("no message box for %s", message)


def run(args: argparse.Namespace) -> int:
    data_dir = Path(args.data_dir).expanduser() if getattr(args, "data_dir", None) else default_data_dir()
    try:
        ensure_private_dir(data_dir)
    except OSError as exc:
        sys.stderr.write(f"verify-coach: cannot use the data folder {data_dir}: {exc.strerror}\n")
        _say_before_any_window(f"verify_coach cannot use its data folder {data_dir}: {exc.strerror or exc}. "
                               "Make it writable, or choose another one with --data-dir or VERIFY_COACH_DATA_DIR.")
        return 2
    if getattr(args, "smoke", False) and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    QApplication.setAttribute(Qt.ApplicationAttribute.AA_ShareOpenGLContexts)
    existing = QApplication.instance()
    qapp = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    qapp.setApplicationName("verify_coach")
    qapp.setOrganizationName("verify_coach")
    qapp.setApplicationDisplayName("verify_coach")
    from ..core.store.instance import try_instance_lock
    from .single import InstanceServer, server_name

    open_path = getattr(args, "open_file", None)
    lock = try_instance_lock(data_dir, "app")
    if lock is None:  # another app (or a restore) has this data dir
        return hand_over(data_dir, open_path)
    server = InstanceServer(server_name(data_dir))
    try:
        server.listen()
        app = Application(qapp, data_dir, demo=getattr(args, "demo", False), smoke=getattr(args, "smoke", False),
                          open_path=open_path)
        server.activated.connect(app.bring_to_front)
        sys.excepthook = _excepthook(app)
        app.start()
        code = qapp.exec()
        app.shutdown()
        return code
    finally:
        server.close()
        lock.release()


def hand_over(data_dir: Path, open_path: str | None) -> int:
    """The data dir is in use: bring the app that has it to the front (exit 0), or say who has it (2)."""
    from ..core.store.instance import describe, holder
    from .single import notify_running, server_name

    if notify_running(server_name(data_dir), open_path):
        log.info("verify_coach is already open on %s: its window was brought to the front", data_dir)
        sys.stderr.write("verify-coach: verify_coach is already open on this data; its window was brought to "
                         "the front.\n")
        return 0
    message = (f"Your verify_coach data ({data_dir}) is in use by {describe(holder(data_dir))}. "
               "Close it first, then open verify_coach again.")
    sys.stderr.write(f"verify-coach: {message}\n")
    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(None, "verify_coach", message)
    return 2
