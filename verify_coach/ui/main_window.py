"""The main window: a sidebar of screens, a header with the call countdown and readiness, menus.

Screens are imported and built the first time they are shown, so start-up only pays for the
first one.
"""

from __future__ import annotations

import importlib
import logging
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, QRect, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .context import AppContext, Draft
from .i18n import fill
from .icons import icon
from .ops import Changes
from .screens.base import Screen
from .widgets import format as fmt

if TYPE_CHECKING:
    from ..core.coach import Coach
    from ..core.firstlook import FirstLook
    from ..core.stats import ProfileStats

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

# name -> (module, class); imported on first use
SCREENS: dict[str, tuple[str, str]] = {
    "welcome": ("verify_coach.ui.screens.welcome", "WelcomeScreen"),
    "dashboard": ("verify_coach.ui.screens.dashboard", "DashboardScreen"),
    "practice": ("verify_coach.ui.screens.practice", "PracticeScreen"),
    "review": ("verify_coach.ui.screens.review", "ReviewScreen"),
    "profile": ("verify_coach.ui.screens.profile_editor", "ProfileScreen"),
    "call": ("verify_coach.ui.screens.mock_call", "MockCallScreen"),
}


def format_countdown(call_at: datetime | None, now: datetime | None = None) -> str:
    """'in 3 days 4 h', 'in 2 h 05 min', 'now', 'was 2 days ago' (in the interface language)."""
    from ..core.dates import call_countdown

    c = call_countdown(call_at, now or datetime.now(UTC))
    if c.phase == "none":
        return ""
    if c.phase == "now":
        return translate("MainWindow", "now")
    if c.phase == "past":
        if not c.days_ago:
            return translate("MainWindow", "was earlier today")
        if c.days_ago == 1:
            return translate("MainWindow", "was 1 day ago")
        return fill(translate("MainWindow", "was %1 days ago"), c.days_ago)
    if c.days == 1:
        return fill(translate("MainWindow", "in 1 day %1 h"), c.hours)
    if c.days:
        return fill(translate("MainWindow", "in %1 days %2 h"), c.days, c.hours)
    return fill(translate("MainWindow", "in %1 h %2 min"), c.hours, f"{c.minutes:02d}")


class MainWindow(QMainWindow):
    screen_shown = Signal(str)

    def __init__(self, ctx: AppContext):
        super().__init__()
        self.ctx = ctx
        self.setWindowTitle("verify_coach")
        self.setWindowIcon(icon("app"))
        self.setMinimumSize(QSize(900, 600))
        self.screens: dict[str, Screen] = {}
        self.current: str | None = None
        self.stats: ProfileStats | None = None
        self.call_at: datetime | None = None
        self.profile_names: list[str] = []
        self._build()
        self._build_menus()
        ctx.bus.navigate.connect(self.show_screen)
        ctx.bus.on(Changes.PROFILE | Changes.HISTORY | Changes.CALL, self.refresh_header)
        ctx.bus.start_session.connect(self._start_session)
        ctx.bus.edit_call_date.connect(self.edit_call_date)
        # bound methods only: a window replaced by another (a new interface language) stops listening
        ctx.bus.import_profile.connect(self._import_requested)
        ctx.bus.new_profile.connect(self._new_requested)
        ctx.bus.open_draft.connect(self._open_draft)
        ctx.bus.edit_field.connect(self._edit_field_requested)
        ctx.bus.status.connect(self._show_status)
        ctx.bus.waiting.connect(self._waiting)
        ctx.bus.on(Changes.PREFS, self.refresh_icons)
        self._tick = QTimer(self, interval=30_000, timeout=self._update_countdown)
        self._tick.start()

    # ------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        root = QWidget(objectName="root")
        outer = QHBoxLayout(root)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)

        side = QFrame(objectName="sidebar")
        side.setFixedWidth(200)
        sl = QVBoxLayout(side)
        sl.setContentsMargins(12, 16, 12, 12)
        sl.setSpacing(4)
        brand = QLabel("verify_coach", objectName="brand")
        sl.addWidget(brand)
        sl.addSpacing(12)
        self.nav = QButtonGroup(self)
        self.nav.setExclusive(True)
        self.nav_buttons: dict[str, QToolButton] = {}
        self._nav_icons: dict[str, str] = {}
        for name, text, ico in (
            ("dashboard", self.tr("Dashboard"), "dashboard"),
            ("practice", self.tr("Practise"), "practice"),
            ("review", self.tr("Missed facts"), "review"),
            ("call", self.tr("Mock call"), "call"),
            ("profile", self.tr("Profile"), "profile"),
        ):
            b = QToolButton(objectName="navButton", text=text, checkable=True)
            b.setIcon(icon(ico))
            self._nav_icons[name] = ico
            b.setIconSize(QSize(20, 20))
            b.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            b.setAccessibleName(text)
            b.clicked.connect(lambda _=False, n=name: self.show_screen(n))
            self.nav.addButton(b)
            self.nav_buttons[name] = b
            sl.addWidget(b)
        sl.addStretch(1)
        sl.addWidget(QLabel(self.tr("Profile"), objectName="sideCaption"))
        self.profile_box = QComboBox(objectName="profileSwitcher")
        self.profile_box.setAccessibleName(self.tr("Active profile"))
        self.profile_box.activated.connect(self._switch_profile)
        sl.addWidget(self.profile_box)
        outer.addWidget(side)

        main = QWidget()
        ml = QVBoxLayout(main)
        ml.setContentsMargins(0, 0, 0, 0)
        ml.setSpacing(0)
        header = QFrame(objectName="header")
        hl = QHBoxLayout(header)
        hl.setContentsMargins(24, 10, 16, 10)
        self.title = QLabel("", objectName="screenTitle")
        hl.addWidget(self.title)
        hl.addStretch(1)
        self.countdown = QLabel("", objectName="countdown")
        self.countdown.setAccessibleName(self.tr("Time until the call"))
        self.readiness = QLabel("", objectName="readinessPill")
        self.readiness.setAccessibleName(self.tr("Readiness for the call"))
        self.call_button = QPushButton(self.tr("Set call date…"), objectName="callButton")
        self.call_button.setAccessibleName(self.tr("Set the date of the call"))
        self.call_button.clicked.connect(self.edit_call_date)
        hl.addWidget(self.countdown)
        hl.addSpacing(12)
        hl.addWidget(self.readiness)
        hl.addSpacing(12)
        hl.addWidget(self.call_button)
        ml.addWidget(header)
        self.stack = QStackedWidget(objectName="stack")
        ml.addWidget(self.stack, 1)
        outer.addWidget(main, 1)
        self.sidebar = side
        self.header = header
        self.setCentralWidget(root)
        self.statusBar().setSizeGripEnabled(True)

    def _action(
        self, menu: Any, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str | None, slot: Any, name: str,
        *, needs_data: bool = True,
    ) -> QAction:
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
        if needs_data:  # used in the moment before the database is open: done once it is
            act.triggered.connect(lambda _=False, fn=slot: self.when_open(fn))
        else:
            act.triggered.connect(slot)
        menu.addAction(act)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        mb = self.menuBar()
        f = mb.addMenu(self.tr("&File"))
        self._action(f, self.tr("&Import profile…"), "Ctrl+I", self.import_profile, "actImport")
        self._action(f, self.tr("&New profile"), "Ctrl+N", self.new_profile, "actNew")
        self._action(f, self.tr("Save profile &as…"), "Ctrl+Shift+S", self.save_profile_as, "actSaveAs")
        f.addSeparator()
        self._action(f, self.tr("&Export study sheet…"), "Ctrl+E", self.export_sheet, "actExport")
        self._action(f, self.tr("&Back up…"), None, self.backup, "actBackup")
        self._action(f, self.tr("&Restore backup…"), None, self.restore, "actRestore")
        f.addSeparator()
        self._action(f, self.tr("&Settings…"), "Ctrl+,", self.open_settings, "actSettings")
        self._action(f, self.tr("&Quit"), QKeySequence.StandardKey.Quit, self.close, "actQuit",
                     needs_data=False)
        s = mb.addMenu(self.tr("&Study"))
        self._action(s, self.tr("&Practise"), "Ctrl+P", lambda: self._start_session("practice", None), "actPractice")
        self._action(s, self.tr("Practise &weak facts"), "Ctrl+W", lambda: self._start_session("weak", None), "actWeak")
        self._action(s, self.tr("&Cram before the call"), "Ctrl+Shift+C", lambda: self._start_session("cram", None), "actCram")
        self._action(s, self.tr("&Review missed facts"), "Ctrl+R", lambda: self.show_screen("review"), "actReview")
        self._action(s, self.tr("&Mock call"), "Ctrl+M", lambda: self.show_screen("call"), "actCall")
        self._action(s, self.tr("Set call &date…"), "Ctrl+T", self.edit_call_date, "actCallDate")
        v = mb.addMenu(self.tr("&View"))
        self._action(v, self.tr("&Dashboard"), "Ctrl+D", lambda: self.show_screen("dashboard"), "actDashboard")
        self._action(v, self.tr("&Profile"), "Ctrl+Shift+P", lambda: self.show_screen("profile"), "actProfile")
        h = mb.addMenu(self.tr("&Help"))
        self._action(h, self.tr("&Help and shortcuts"), QKeySequence.StandardKey.HelpContents, self.show_help, "actHelp",
                     needs_data=False)
        self._action(h, self.tr("&About verify_coach"), None, self.show_about, "actAbout", needs_data=False)

    def refresh_icons(self) -> None:
        """Re-tint the icons after the theme changed."""
        for name, b in self.nav_buttons.items():
            b.setIcon(icon(self._nav_icons[name]))

    # ------------------------------------------------------------------------------ screens
    def screen(self, name: str) -> Screen:  # type: ignore[override]  # (a page by name, made on first use)
        if name not in self.screens:
            module, cls = SCREENS[name]
            widget = getattr(importlib.import_module(module), cls)(self.ctx)
            self.screens[name] = widget
            self.stack.addWidget(widget)
        return self.screens[name]

    def show_screen(self, name: str) -> None:
        if self.ctx.coach is None:
            self.when_open(lambda: self.show_screen(name))
            self._sync_nav()
            return
        if name not in ("welcome", "profile") and not self.profile_names:
            name = "welcome"
        if self.current and self.current != name and not self.screens[self.current].can_leave():
            self._sync_nav()
            return
        self._present(name).activate()
        self.screen_shown.emit(name)

    def _present(self, name: str) -> Screen:
        scr = self.screen(name)
        self.current = name
        self.stack.setCurrentWidget(scr)
        self.title.setText(scr.windowTitle())
        self._sync_nav()
        self.ctx.prefs.set("last_screen", name)
        return scr

    def show_first_look(self, look: FirstLook, name: str) -> None:
        """The header and the first screen from ``core.firstlook``, before the database is open."""
        self._show_header(([p.name for p in look.profiles], look.profile, look.stats))
        self._present(name).show_first_look(look)
        self.screen_shown.emit(name)

    def when_open(self, fn: Any) -> None:
        """Do ``fn`` now, or once the database is open (a click in the first moment is not lost)."""
        self.ctx.when_open(fn)

    def _import_requested(self) -> None:
        self.when_open(self.import_profile)

    def _new_requested(self) -> None:
        self.when_open(self.new_profile)

    def _edit_field_requested(self, where: str) -> None:
        self.when_open(lambda: self.edit_field(where))

    def _waiting(self) -> None:
        self.statusBar().showMessage(self.tr("Opening your data…"))

    def rebuild(self) -> None:
        """Build the sidebar, header, menus and screens again, in the interface language now installed, on
        the same screen: the window itself (its place, size and connections) stays. Call when not ``busy()``."""
        current = self.current or "dashboard"
        for act in self.actions():
            self.removeAction(act)
            act.deleteLater()
        self.menuBar().clear()
        self.nav.deleteLater()
        self.screens.clear()  # the screens go with the old central widget
        self.current = None
        old = self.takeCentralWidget()
        if old is not None:
            old.deleteLater()
        self._build()
        self._build_menus()
        self.refresh_header()
        self.show_screen(current)

    def busy(self) -> bool:
        """True while a screen holds something a rebuilt window would lose (a session, unsaved edits)."""
        return any(scr.busy() for scr in self.screens.values())

    def data_opened(self) -> None:
        """The database is open: catch up on what was asked meanwhile."""
        self.statusBar().clearMessage()
        self.ctx.opened()

    def _sync_nav(self) -> None:
        for n, b in self.nav_buttons.items():
            b.setChecked(n == self.current)

    def _start_session(self, mode: str, fact_keys: Any) -> None:
        if self.ctx.coach is None:
            self.when_open(lambda: self._start_session(mode, fact_keys))
            return
        if not self.profile_names:
            self.show_screen("welcome")
            return
        self.show_screen("practice")
        if self.current == "practice":
            self.screen("practice").start(mode, fact_keys)  # type: ignore[attr-defined]

    # ------------------------------------------------------------------------------ header
    def refresh_header(self) -> None:
        if self.ctx.coach is None:
            return

        def load(coach: Coach) -> tuple[list[str], str | None, ProfileStats | None]:
            infos = coach.profiles()
            active = next((p.name for p in infos if p.active), None)  # the core marks one when there is any
            return [p.name for p in infos], active, (coach.stats(active) if active else None)

        self.ctx.op(self, load, name="header").success(self._show_header).latest().run()

    def _show_header(self, result: tuple[list[str], str | None, ProfileStats | None]) -> None:
        names, active, stats = result
        had_profiles = bool(self.profile_names)
        self.profile_names = names
        self.profile_box.blockSignals(True)
        self.profile_box.clear()
        self.profile_box.addItems(names)
        if active:
            self.profile_box.setCurrentText(active)
        self.profile_box.blockSignals(False)
        self.profile_box.setEnabled(bool(names))
        self.stats = stats
        self.call_at = stats.call_at if stats else None
        if stats:
            pct = round(stats.readiness * 100)
            self.readiness.setText(fill(self.tr("Readiness %1%"), str(pct)))
            self.readiness.setProperty("level", "good" if pct >= 80 else "ok" if pct >= 50 else "low")
            self.readiness.style().unpolish(self.readiness)
            self.readiness.style().polish(self.readiness)
        self.readiness.setVisible(bool(stats))
        self.countdown.setVisible(bool(names))  # no profile yet: nothing to time
        self.call_button.setVisible(bool(names))
        self._update_countdown()
        # The first profile appeared (demo, import, editor) or the last one went: move to the right page.
        if names and not had_profiles and self.current == "welcome":
            self.show_screen("dashboard")
        elif not names and self.current not in (None, "welcome", "profile"):
            self.show_screen("welcome")
        self.header_updated()

    def header_updated(self) -> None:
        """Hook for tests and the smoke run."""

    def _update_countdown(self) -> None:
        text = format_countdown(self.call_at)
        if not text:
            self.countdown.setText(self.tr("No call date set"))
            self.call_button.setText(self.tr("Set call date…"))
        else:
            when = fmt.moment(self.call_at) if self.call_at else ""
            self.countdown.setText(fill(self.tr("Call %1 · %2"), text, when))
            self.call_button.setText(self.tr("Change…"))

    def _switch_profile(self, index: int) -> None:
        name = self.profile_box.itemText(index)
        if name:
            self.ctx.op(self, lambda coach: coach.set_active(name), changes=Changes.PROFILE,
                        name="switch-profile").run()

    # ------------------------------------------------------------------------------ actions
    def edit_call_date(self) -> None:
        if self.ctx.coach is None:
            self.when_open(self.edit_call_date)
            return
        # the dialog's data first (the type of call is read on the worker), then the dialog
        self.ctx.op(self, lambda coach: coach.call_type(), name="call-type").latest() \
            .success(self._edit_call_date).run()

    def _edit_call_date(self, call_type: str) -> None:
        from .dialogs.call_date import CallDateDialog

        dlg = CallDateDialog(self.call_at, self, call_type=call_type)
        if dlg.exec():
            when, kind = dlg.value(), dlg.call_type()

            def save(coach: Any) -> None:
                coach.set_call_type(kind)
                coach.set_call_at(when)

            self.ctx.op(self, save, changes=Changes.CALL, name="set-call").run()

    def import_profile(self) -> None:
        from .dialogs.importing import start_import

        start_import(self.ctx, self)

    def import_path(self, path: str) -> None:
        from .dialogs.importing import import_path

        import_path(self.ctx, self, path)

    def new_profile(self) -> None:
        self.show_screen("profile")
        if self.current == "profile":
            self.screen("profile").new_profile()  # type: ignore[attr-defined]

    def edit_field(self, where: str) -> None:
        """The profile editor, at the field ``where`` (a where-path, as the audit names fields)."""
        self.show_screen("profile")
        if self.current == "profile":
            self.screen("profile").focus_field(where)  # type: ignore[attr-defined]

    def _open_draft(self, draft: Draft) -> None:
        self.show_screen("profile")
        editor = self.screen("profile")
        draft.done(bool(editor.open_draft(  # type: ignore[attr-defined]
            draft.profile, origin=draft.origin, warnings=draft.warnings, notes=draft.notes)))

    def _show_status(self, text: str, ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    def save_profile_as(self) -> None:
        from .dialogs.importing import save_profile_as

        save_profile_as(self.ctx, self)

    def export_sheet(self) -> None:
        from .dialogs.export import ExportDialog

        ExportDialog(self.ctx, self).exec()

    def backup(self) -> None:
        from .dialogs.backup import backup

        backup(self.ctx, self)

    def restore(self) -> None:
        from .dialogs.backup import restore

        restore(self.ctx, self)

    def open_settings(self) -> None:
        from .dialogs.settings import SettingsDialog

        SettingsDialog(self.ctx, self).exec()

    def show_help(self) -> None:
        from .dialogs.help import HelpDialog

        HelpDialog(self).exec()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About verify_coach"),
            self.tr(
                "<b>verify_coach</b><br>Rehearse the facts of your own profile before an identity-verification "
                "call. Everything stays on this computer."
            ),
        )

    # ------------------------------------------------------------------------------ drag & drop, state
    def dragEnterEvent(self, e: Any) -> None:  # noqa: N802
        if e.mimeData().hasUrls():
            e.acceptProposedAction()

    def dropEvent(self, e: Any) -> None:  # noqa: N802
        urls = [u.toLocalFile() for u in e.mimeData().urls() if u.isLocalFile()]
        if urls:
            self.when_open(lambda: self.import_path(urls[0]))

    def restore_state(self) -> None:
        """Reopen exactly where the window was: the client area's own rectangle (``window/rect``) and whether
        it was maximised, not ``saveGeometry()``'s frame geometry, which drifts by the frame's size on window
        managers that add the frame after the window is placed. A window whose title bar is on no screen any
        more (a monitor unplugged) is moved onto the primary screen, and shrunk to fit."""
        qs = self.ctx.prefs.qs
        rect = _rect(qs.value("window/rect"))
        if rect is None:
            geo = qs.value("window/geometry")  # written by earlier versions
            if isinstance(geo, QByteArray) and not geo.isEmpty() and self.restoreGeometry(geo):
                return
            self.resize(1180, 780)
            return
        grip = rect.topLeft() + QPoint(min(120, rect.width() // 2), 10)  # where the title bar can be grabbed
        screen = QGuiApplication.primaryScreen()
        if QGuiApplication.screenAt(grip) is None and screen is not None:  # e.g. its monitor was unplugged
            avail = screen.availableGeometry()
            rect.setSize(rect.size().boundedTo(avail.size()))
            rect.moveLeft(max(avail.left(), min(rect.left(), avail.right() - rect.width() + 1)))
            rect.moveTop(max(avail.top(), min(rect.top(), avail.bottom() - rect.height() + 1)))
        self.setGeometry(rect)
        if str(qs.value("window/maximized", "false")).lower() == "true":
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)

    def save_state(self) -> None:
        qs = self.ctx.prefs.qs
        maximized = bool(self.windowState() & (Qt.WindowState.WindowMaximized | Qt.WindowState.WindowFullScreen))
        r = self.normalGeometry() if maximized and self.normalGeometry().isValid() else self.geometry()
        qs.setValue("window/rect", f"{r.x()},{r.y()},{r.width()},{r.height()}")
        qs.setValue("window/maximized", "true" if maximized else "false")
        qs.remove("window/geometry")
        self.ctx.prefs.sync()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.current and not self.screens[self.current].can_leave():
            event.ignore()
            return
        self.save_state()
        super().closeEvent(event)


def _rect(value: object) -> QRect | None:
    """``"x,y,w,h"`` (``window/rect``) as a rectangle; None when missing or not four whole numbers."""
    try:
        x, y, w, h = (int(v) for v in str(value).split(","))
    except (TypeError, ValueError):
        return None
    return QRect(x, y, w, h) if w >= 200 and h >= 150 else None
