"""The Profile screen: every section of the profile in forms, checked as you type, saved in one step.

The screen keeps a *form document* (see ``profile_form``): the values as the widgets show them.
Every change (a field edit, an entry added, removed or moved, a revert) is one command on a
QUndoStack holding the document before and after, so Ctrl+Z undoes exactly the last change and
typing in one field counts as one change. Saving validates with the profile's own rules, refuses
while a problem is marked, and hands the profile to ``coach.save_profile`` on the worker, which
re-extracts the facts: unchanged facts keep their history.

A *draft* is a profile that is not saved yet (a new profile, or text pasted by the import): it gets
a name when it is first saved.
"""

from __future__ import annotations

import copy
import html
import re
from collections.abc import Sequence
from typing import Any

import shiboken6
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QIcon, QKeySequence, QShortcut, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.audit import Finding, audit
from ...core.coach import Coach, SyncResult
from ...core.errors import UserError
from ...core.names import FINE, NameCheck, compare_id_name
from ...core.profile import Profile
from .. import theme
from ..context import AppContext
from ..i18n import fill
from ..icons import icon
from ..names import name_note
from ..ops import Changes
from ..widgets.audit_panel import AuditPanel, audit_text, most_severe, severity_icon, summary_text, tooltip
from ..widgets.entry_list import EntryList
from ..widgets.layout import button, plain_label, safe_message
from ..widgets.list_field import ListField
from ..widgets.record_form import RecordForm
from . import profile_form as pf
from .base import Screen

_UNKNOWN = object()
Focus = tuple[str, int | None] | None


class _Change(QUndoCommand):
    """One undoable change: the whole form document before and after, and where to show it."""

    def __init__(self, screen: ProfileScreen, before: dict[str, Any], after: dict[str, Any], text: str, *,
                 merge_key: str = "", focus_before: Focus = None, focus_after: Focus = None):
        super().__init__(text)
        self.screen = screen
        self.before, self.after = before, after
        self.merge_key = merge_key
        self.focus_before, self.focus_after = focus_before, focus_after

    def id(self) -> int:
        return 1 if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        """Typing in one field is one change."""
        if not isinstance(other, _Change) or other.merge_key != self.merge_key:
            return False
        self.after, self.focus_after = other.after, other.focus_after
        return True

    def redo(self) -> None:
        self.screen._apply(self.after, self.focus_after)

    def undo(self) -> None:
        self.screen._apply(self.before, self.focus_before)


def _transparent(scroll: QScrollArea) -> None:
    """Let the tab page's background show through the scroll area."""
    scroll.viewport().setAutoFillBackground(False)
    inner = scroll.widget()
    if inner is not None:
        inner.setAutoFillBackground(False)
        inner.setAttribute(Qt.WidgetAttribute.WA_TranslucentBackground)


class _ListSection(QWidget):
    """A list section: the entries on the left, the selected entry's form on the right."""

    def __init__(self, section: str, *, noun: str, add_text: str, add_name: str, empty_text: str,
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.section = section
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 12, 12, 12)
        lay.setSpacing(16)
        self.entries = EntryList(noun=noun, add_text=add_text, add_name=add_name)
        self.entries.setFixedWidth(self._list_width(1180))
        lay.addWidget(self.entries)
        self.form = RecordForm(pf.SPECS[section], name=section)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.form)
        _transparent(scroll)
        empty = QWidget()
        el = QVBoxLayout(empty)
        el.addStretch(1)
        text = QLabel(empty_text)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setProperty("muted", True)
        el.addWidget(text)
        self.empty_add = QPushButton(add_name)
        self.empty_add.setAccessibleName(add_name)
        self.empty_add.clicked.connect(self.entries.add_requested.emit)
        el.addWidget(self.empty_add, 0, Qt.AlignmentFlag.AlignHCenter)
        el.addStretch(2)
        self.stack = QStackedWidget()
        self.stack.addWidget(scroll)
        self.stack.addWidget(empty)
        lay.addWidget(self.stack, 1)

    def _list_width(self, width: int) -> int:
        """The entry list takes about a third of the section, up to 300 pixels, never less than its buttons need."""
        layout = self.entries.layout()
        buttons = layout.minimumSize().width() if layout is not None else 0
        return max(200, buttons, min(300, width * 3 // 10))

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.entries.setFixedWidth(self._list_width(self.width()))


class ProfileScreen(Screen):
    name = "profile"
    saved = Signal(object)  # SyncResult, after a save went through

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Profile"))
        self.profile_name: str | None = None
        self.active_name: object = _UNKNOWN
        self.names: list[str] = []
        self.is_draft = False
        self.doc: dict[str, Any] = pf.to_form(Profile())
        self.saved_doc = copy.deepcopy(self.doc)  # what is in the database (a blank one for a draft)
        self.base_doc = copy.deepcopy(self.doc)  # what Revert goes back to
        self.saved_profile = Profile()
        self.valid_profile: Profile | None = Profile()
        self.errors: dict[str, str] = {}
        # core.audit's findings for the form as it is (kept from the last valid form while the form is invalid)
        self.findings: list[Finding] = []
        self._audit_located: list[tuple[tuple[str, int | None, str, str], Finding]] = []
        # entries just added and not left yet: their empty name is not an error to show (it blocks saving)
        self._fresh: set[tuple[str, int]] = set()
        self._audit_expanded = False
        self._awaiting_load = False
        self._pending_focus: str | None = None
        self.message = ""
        self.message_kind = ""
        self._loading = False
        self._saving = False
        self._generation = 0
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self._build()
        self._shortcuts()
        ctx.bus.on(Changes.PROFILE, self.mark_dirty)
        ctx.guard_profile(self.can_leave)  # an import or save-as first asks about unsaved edits
        self._refresh()

    # ------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(24, 14, 24, 12)
        outer.setSpacing(10)
        top = QHBoxLayout()
        top.setSpacing(8)
        self.name_label = plain_label("", objectName="h2")
        self.name_label.setAccessibleName(self.tr("Profile being edited"))
        self.state_label = QLabel("")
        self.state_label.setProperty("muted", True)
        self.state_label.setAccessibleName(self.tr("Save state"))
        top.addWidget(self.name_label)
        top.addWidget(self.state_label)
        top.addStretch(1)
        self.new_button = button(self.tr("New profile"), self.tr("New profile (Ctrl+N)"), self.new_profile,
                                       "new")
        self.import_button = button(self.tr("Import…"), self.tr("Import a profile (Ctrl+I)"),
                                          self._import, "import")
        self.rename_button = button(self.tr("Rename…"), self.tr("Rename this profile"), self.rename)
        self.delete_button = button(self.tr("Delete…"), self.tr("Delete this profile"), self.delete)
        for b in (self.new_button, self.import_button, self.rename_button, self.delete_button):
            top.addWidget(b)
        outer.addLayout(top)

        self.banner = QFrame(objectName="card")
        bl = QVBoxLayout(self.banner)
        bl.setContentsMargins(14, 10, 14, 10)
        self.banner_text = plain_label("")  # it quotes the file name and the pasted text
        self.banner_text.setWordWrap(True)
        self.banner_text.setAccessibleName(self.tr("About this draft"))
        bl.addWidget(self.banner_text)
        self.banner.setVisible(False)
        outer.addWidget(self.banner)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Profile sections"))
        self.tabs.setDocumentMode(False)
        self.forms: dict[str, RecordForm] = {}
        self.lists: dict[str, _ListSection] = {}
        for section in pf.SECTIONS:
            page = self._list_page(section) if section in pf.LIST_SECTIONS else self._form_page(section)
            self.tabs.addTab(page, self.tr(pf.SECTION_TITLES[section]))
        outer.addWidget(self.tabs, 1)
        outer.addWidget(self._build_audit_box())

        foot = QHBoxLayout()
        foot.setSpacing(8)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setAccessibleName(self.tr("Status"))
        self.status.linkActivated.connect(lambda _link: self.go_to_first_problem())
        foot.addWidget(self.status, 1)
        self.undo_button = button(self.tr("Undo"), self.tr("Undo the last change (Ctrl+Z)"),
                                        self.undo_stack.undo, "undo")
        self.redo_button = button(self.tr("Redo"), self.tr("Redo (Ctrl+Shift+Z)"), self.undo_stack.redo)
        self.revert_button = button(self.tr("Revert"), self.tr("Revert to the saved version"), self.revert)
        self.save_button = button(self.tr("Save"), self.tr("Save the profile (Ctrl+S)"), self.save)
        self.save_button.setObjectName("primary")
        for b in (self.undo_button, self.redo_button, self.revert_button, self.save_button):
            foot.addWidget(b)
        outer.addLayout(foot)

    def _build_audit_box(self) -> QWidget:
        """What the audit finds, under the sections: one line (the counts) that opens the list of findings."""
        self.audit_box = QFrame(objectName="card")
        lay = QVBoxLayout(self.audit_box)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.setSpacing(4)
        head = QHBoxLayout()
        head.setSpacing(6)
        self.audit_icon = QLabel()
        self.audit_icon.setFixedSize(16, 16)
        head.addWidget(self.audit_icon)
        self.audit_toggle = QPushButton("", objectName="linkButton")
        self.audit_toggle.setCursor(Qt.CursorShape.PointingHandCursor)
        self.audit_toggle.setToolTip(self.tr("What in your profile a verification agent may question"))
        self.audit_toggle.clicked.connect(self.toggle_audit)
        head.addWidget(self.audit_toggle)
        head.addStretch(1)
        lay.addLayout(head)
        self.audit_list = AuditPanel(card=False, limit=100)
        self.audit_list.setAccessibleName(self.tr("Before the call: what an agent may question"))
        self.audit_list.open_field.connect(self.focus_field)
        self.audit_scroll = QScrollArea()
        self.audit_scroll.setWidgetResizable(True)
        self.audit_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.audit_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.audit_scroll.setWidget(self.audit_list)
        self.audit_scroll.setMaximumHeight(170)
        _transparent(self.audit_scroll)
        self.audit_scroll.setVisible(False)
        lay.addWidget(self.audit_scroll)
        return self.audit_box

    def resizeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.audit_scroll.setMaximumHeight(max(90, min(220, self.height() // 5)))  # the sections keep the room

    def toggle_audit(self) -> None:
        self._audit_expanded = not self._audit_expanded
        self._show_audit_box()

    def _show_audit_box(self) -> None:
        findings = self.findings
        if findings:
            counts = {s: sum(1 for f in findings if f.severity == s) for s in ("fix", "explain", "note")}
            arrow = "▾" if self._audit_expanded else "▸"
            text = fill(self.tr("%1 Before the call: %2"), arrow, summary_text(counts))
            self.audit_icon.setPixmap(severity_icon(most_severe(findings)).pixmap(16, 16))
        else:
            text = self.tr("Nothing in your profile looks inconsistent.")
            self.audit_icon.setPixmap(icon("check", theme.colors()["good"]).pixmap(16, 16))
        self.audit_toggle.setText(text)
        self.audit_toggle.setAccessibleName(text)
        self.audit_toggle.setEnabled(bool(findings))
        self.audit_scroll.setVisible(self._audit_expanded and bool(findings))

    def _form_page(self, section: str) -> QWidget:
        form = RecordForm(pf.SPECS[section], name=section)
        form.edited.connect(lambda key, value, s=section: self._edit(s, key, value))
        self.forms[section] = form
        holder = QWidget()
        hl = QVBoxLayout(holder)
        hl.setContentsMargins(16, 12, 16, 12)
        hl.addWidget(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(holder)
        _transparent(scroll)
        return scroll

    def _list_page(self, section: str) -> QWidget:
        texts = {
            "employment": (self.tr("job"), self.tr("Add job"), self.tr("Add job"),
                           self.tr("No employment yet. Add each job as your profile lists it.")),
            "education": (self.tr("school"), self.tr("Add school"), self.tr("Add school"),
                          self.tr("No education yet. Add the schools your profile shows.")),
            "certifications": (self.tr("certificate"), self.tr("Add certificate"), self.tr("Add certificate"),
                               self.tr("No certifications yet. Add them if your profile lists any.")),
            "portfolio": (self.tr("project"), self.tr("Add project"), self.tr("Add project"),
                          self.tr("No portfolio projects yet. Add the projects shown on your profile.")),
            "platform_jobs": (self.tr("platform job"), self.tr("Add job"), self.tr("Add platform job"),
                              self.tr("No work history yet. Add the jobs you did through the platform.")),
        }
        noun, add_text, add_name, empty_text = texts[section]
        page = _ListSection(section, noun=noun, add_text=add_text, add_name=add_name, empty_text=empty_text)
        page.form.edited.connect(lambda key, value, s=section: self._edit(s, key, value))
        page.entries.current_changed.connect(lambda i, s=section: self._entry_selected(s, i))
        page.entries.add_requested.connect(lambda s=section: self.add_entry(s))
        page.entries.remove_requested.connect(lambda i, s=section: self.remove_entry(s, i))
        page.entries.move_requested.connect(lambda i, d, s=section: self.move_entry(s, i, d))
        for keys, delta in (("Alt+Up", -1), ("Alt+Down", 1)):
            sc = QShortcut(QKeySequence(keys), page, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda s=section, d=delta: self.move_entry(s, self.lists[s].entries.current(), d))
        self.lists[section] = page
        return page

    def _shortcuts(self) -> None:
        def keys(standard: QKeySequence.StandardKey, *extra: str) -> list[QKeySequence]:
            out = list(QKeySequence.keyBindings(standard))
            return out + [QKeySequence(e) for e in extra if QKeySequence(e) not in out]

        for bindings, slot in (
            (keys(QKeySequence.StandardKey.Save, "Ctrl+S"), self.save),
            (keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"), self.undo_stack.undo),
            (keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z", "Ctrl+Y"), self.undo_stack.redo),
        ):
            sc = QShortcut(self)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.setKeys(bindings)
            sc.activated.connect(lambda s=slot: s())
        # Ctrl+Tab / Ctrl+Shift+Tab: the next or previous section, as in a browser's tabs
        for seq, delta in ((QKeySequence("Ctrl+Tab"), 1), (QKeySequence("Ctrl+Shift+Tab"), -1),
                           (QKeySequence("Ctrl+Backtab"), -1)):
            sc = QShortcut(seq, self, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(lambda d=delta: self.tabs.setCurrentIndex((self.tabs.currentIndex() + d)
                                                                          % max(1, self.tabs.count())))

    # ------------------------------------------------------------------------------ loading
    def reload(self) -> None:
        def load(coach: Coach) -> tuple[list[str], str | None, Profile | None]:
            infos = coach.profiles()
            if not infos:
                return [], None, None
            name, profile = coach.load_profile()
            return [i.name for i in infos], name, profile

        self._awaiting_load = True
        self.ctx.op(self, load, name="load-profile").latest().success(self._loaded).run()

    def _loaded(self, result: tuple[list[str], str | None, Profile | None]) -> None:
        names, active, profile = result
        self.names = list(names)
        prev, self.active_name = self.active_name, active
        switched = prev is not _UNKNOWN and prev != active
        if active is None or profile is None:
            if not self.is_draft:
                self._start_draft(Profile(), self.tr(
                    "You have no profile yet. Fill in the sections below as your profile page shows them and "
                    "press Save, or import one instead (Ctrl+I)."))
        elif not self.is_draft and active == self.profile_name:
            if profile != self.saved_profile and not self.has_unsaved_changes():
                self._load(active, profile)
        elif self.is_draft and not switched:
            pass  # keep the draft
        elif self.has_unsaved_changes():
            self._resolve_switch(active, profile)
        else:
            self._load(active, profile)
        self._update_state()
        self._awaiting_load = False
        if self._pending_focus is not None:  # asked for while the profile was being read
            where, self._pending_focus = self._pending_focus, None
            self.focus_field(where)
        self.ready.emit()

    def _resolve_switch(self, active: str, profile: Profile) -> None:
        """Another profile became active while this one has unsaved changes."""
        current = self.profile_name or self.tr("the new profile")
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"),
            safe_message(fill(self.tr("You switched to “%1”, but “%2” has unsaved changes. Save them first?"), active,
                              current)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            if self.save(make_active=False):
                self._load(active, profile)
        elif answer == QMessageBox.StandardButton.Discard:
            self._load(active, profile)
        elif self.profile_name and not self.is_draft:
            name = self.profile_name
            self.ctx.op(self, lambda coach: coach.set_active(name), changes=Changes.PROFILE, name="switch-back") \
                .success(lambda _: self._switched_back(name)).failure(self._action_failed).run()

    def _switched_back(self, name: str) -> None:
        self.active_name = name

    def _load(self, name: str, profile: Profile) -> None:
        self._fresh.clear()
        self._generation += 1
        self.profile_name, self.is_draft = name, False
        self.saved_profile = profile
        self.doc = pf.to_form(profile)
        self.saved_doc = copy.deepcopy(self.doc)
        self.base_doc = copy.deepcopy(self.doc)
        self.undo_stack.clear()
        self.message = ""
        self._set_banner("")
        self._select_first_entries()
        self._refresh()

    def _start_draft(self, profile: Profile, intro: str) -> None:
        self._generation += 1
        self.profile_name, self.is_draft = None, True
        self.saved_profile = Profile()
        self.doc = pf.to_form(profile)
        self.saved_doc = pf.to_form(Profile())
        self.base_doc = copy.deepcopy(self.doc)
        self.undo_stack.clear()
        self.message = ""
        self._set_banner(intro)
        self._select_first_entries()
        self._refresh()
        self.tabs.setCurrentIndex(0)

    def _select_first_entries(self) -> None:
        for section, page in self.lists.items():
            page.entries.set_entries([], set(), 0)
            if self.doc[section]:
                page.entries.set_entries([pf.entry_title(section, e) for e in self.doc[section]], set(), 0)

    def _set_banner(self, text: str) -> None:
        self.banner_text.setText(text)
        self.banner.setVisible(bool(text))

    # ------------------------------------------------------------------------------ public API
    def has_unsaved_changes(self) -> bool:
        return self.doc != self.saved_doc

    def new_profile(self) -> None:
        """Start a blank profile (Ctrl+N); it is named when first saved."""
        if self.has_unsaved_changes() and not self.can_leave():
            return
        self._start_draft(Profile(), self.tr(
            "A new profile. Fill in what your profile page shows, section by section, then press Save (Ctrl+S) "
            "and give it a name (for example the platform: Upwork, Fiverr)."))
        self.forms["identity"].focus_field("full_name")

    def open_draft(self, profile: Profile, *, origin: str, warnings: Sequence[str] = (),
                   notes: Sequence[str] = ()) -> bool:
        """Show an imported profile as an unsaved draft for the user to check. False if they cancelled."""
        if self.has_unsaved_changes() and not self.can_leave():
            return False
        intro = fill(self.tr("Draft read from %1 — nothing is saved yet. Check every section, fix or fill in what is "
                        "missing, then press Save (Ctrl+S)."), origin)
        if warnings:
            intro += "\n" + self.tr("Skipped because it could not be read:") + self._bullets(warnings)
        if notes:
            intro += "\n" + self.tr("Notes:") + self._bullets(notes)
        self._start_draft(profile, intro)
        return True

    @staticmethod
    def _bullets(items: Sequence[str], limit: int = 5) -> str:
        lines = "".join(f"\n• {x}" for x in items[:limit])
        if len(items) > limit:
            lines += f"\n• … (+{len(items) - limit})"
        return lines

    def busy(self) -> bool:
        return self.has_unsaved_changes() or self._saving

    def can_leave(self) -> bool:
        if not self.has_unsaved_changes() or self._saving:
            return True
        if self.is_draft:
            text = self.tr("This new profile is not saved yet. Save it before leaving?")
        else:
            text = fill(self.tr("Save your changes to “%1” before leaving?"), self.profile_name or "")
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), safe_message(text),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False

    def discard(self) -> None:
        """Drop the unsaved changes (a draft is dropped whole)."""
        if self.is_draft:
            self.is_draft = False
            self.saved_doc = copy.deepcopy(self.doc)
            self.active_name = _UNKNOWN
            self.dirty = True
            self._set_banner("")
            if self.isVisible():
                self.activate()
            return
        self.doc = copy.deepcopy(self.saved_doc)
        self.undo_stack.clear()
        self._refresh()

    def revert(self) -> None:
        """Back to the saved version (or the draft as it was opened), as one change Ctrl+Z can undo."""
        if self.doc == self.base_doc:
            return
        self.undo_stack.push(_Change(self, copy.deepcopy(self.doc), copy.deepcopy(self.base_doc), self.tr("Revert")))
        self._say(self.tr("Back to the saved version. Ctrl+Z brings your changes back."))

    # ------------------------------------------------------------------------------ saving
    def save(self, *, make_active: bool = True) -> bool:
        """Validate and save on the worker. False when refused (problems, no name) or already saving."""
        if self._saving:
            return False
        if self.errors or self.valid_profile is None:
            if self._fresh:  # trying to save: every problem shows now
                self._fresh.clear()
                self._refresh()
            self.go_to_first_problem()
            self._say(self.tr("Not saved: fix the problems marked in red first."), "bad")
            return False
        profile = self.valid_profile
        name = self.profile_name
        if self.is_draft or not name:
            name = self._ask_name(profile)
            if not name:
                return False
        snap, generation, is_new = copy.deepcopy(self.doc), self._generation, name not in self.names
        self._saving = True
        self._update_state()
        self.ctx.op(self, lambda coach: coach.save_profile(name, profile, make_active=make_active),
                    changes=Changes.PROFILE, name="save-profile") \
            .success(lambda r: self._saved(r, name, profile, snap, generation, is_new, make_active)) \
            .failure(self._save_failed).run()
        return True

    def _ask_name(self, profile: Profile) -> str | None:
        base = profile.platform.platform.strip() or self.tr("My profile")
        suggestion, n = base, 2
        while suggestion in self.names:
            suggestion, n = f"{base} {n}", n + 1
        label = self.tr("A name for this profile (for example the platform it is on):")
        for _ in range(5):
            text, ok = QInputDialog.getText(self, self.tr("Save new profile"), label, QLineEdit.EchoMode.Normal,
                                            suggestion)
            if not ok:
                return None
            text = text.strip()
            if text and text not in self.names:
                return text
            label = (fill(self.tr("There is already a profile named “%1”. Choose another name:"), text)
                     if text else self.tr("A profile needs a name:"))
            suggestion = text or suggestion
        return None

    def _saved(self, result: SyncResult, name: str, profile: Profile, snap: dict[str, Any], generation: int,
               is_new: bool, make_active: bool) -> None:
        self._saving = False
        if generation == self._generation:
            self.profile_name, self.is_draft = name, False
            self.saved_profile = profile
            self.saved_doc = snap
            self.base_doc = copy.deepcopy(snap)
            self._set_banner("")
        if make_active:
            self.active_name = name
        if name not in self.names:
            self.names.append(name)
        if is_new:
            text = fill(self.tr("Saved “%1” — %2 facts ready to practise."), name, str(result.added))
        else:
            text = (fill(self.tr("Saved — %1 facts changed, %2 kept their history"), str(result.added), str(result.kept)))
            if result.retired:
                text += fill(self.tr("; %1 no longer asked (their history is kept)"), str(result.retired))
            text += "."
        self._say(text, "good")
        self.ctx.bus.status.emit(text, 8000)
        self.saved.emit(result)

    def _save_failed(self, exc: BaseException) -> None:
        self._saving = False
        if isinstance(exc, UserError):
            self._say(fill(self.tr("Not saved: %1"), str(exc)), "bad")
        else:  # a bug: the error dialog follows
            self._update_state()

    # ------------------------------------------------------------------------------ rename / delete
    def rename(self) -> None:
        if self.is_draft or not self.profile_name:
            return
        old = self.profile_name
        text, ok = QInputDialog.getText(self, self.tr("Rename profile"),
                                        fill(self.tr("New name for “%1”:"), old),
                                        QLineEdit.EchoMode.Normal, old)
        new = text.strip()
        if not ok or not new or new == old:
            return
        self.ctx.op(self, lambda coach: coach.rename_profile(old, new), changes=Changes.PROFILE,
                    name="rename-profile").success(lambda _: self._renamed(old, new)).failure(self._action_failed).run()

    def _renamed(self, old: str, new: str) -> None:
        if self.profile_name == old:
            self.profile_name = new
        if self.active_name == old:
            self.active_name = new
        self.names = [new if n == old else n for n in self.names]
        self._say(fill(self.tr("Renamed to “%1”."), new), "good")

    def delete(self) -> None:
        if self.is_draft:
            self.discard()
            return
        name = self.profile_name
        if not name:
            return
        answer = QMessageBox.question(
            self, self.tr("Delete profile"),
            safe_message(fill(self.tr("Delete the profile “%1”?\n\nThis also removes its facts and all your practice "
                                      "history for it (answers and review schedule). It cannot be undone."), name)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ctx.op(self, lambda coach: coach.delete_profile(name), changes=Changes.PROFILE,
                    name="delete-profile").success(lambda _: self._deleted(name)).failure(self._action_failed).run()

    def _deleted(self, name: str) -> None:
        self._generation += 1
        self.profile_name = None
        self.active_name = _UNKNOWN
        self.saved_doc = copy.deepcopy(self.doc)
        self.names = [n for n in self.names if n != name]
        self.undo_stack.clear()
        self._say(fill(self.tr("Deleted “%1”."), name), "good")

    def _action_failed(self, exc: BaseException) -> None:
        if isinstance(exc, UserError):  # anything else is a bug: the error dialog follows
            QMessageBox.warning(self, self.tr("Cannot do that"), str(exc))

    def _import(self) -> None:
        self.ctx.bus.import_profile.emit()

    # ------------------------------------------------------------------------------ editing
    def _push(self, before: dict[str, Any], text: str, *, merge_key: str = "", focus_before: Focus = None,
              focus_after: Focus = None) -> None:
        self.undo_stack.push(_Change(self, before, copy.deepcopy(self.doc), text, merge_key=merge_key,
                                     focus_before=focus_before, focus_after=focus_after))

    def _label(self, section: str, key: str) -> str:
        s = pf.spec(section, key)
        return self.tr(s.label) if s else key

    def _edit(self, section: str, key: str, value: Any) -> None:
        if self._loading:
            return
        before = copy.deepcopy(self.doc)
        if section in pf.LIST_SECTIONS:
            idx: int | None = self.lists[section].entries.current()
            if idx is None or not 0 <= idx < len(self.doc[section]):
                return
            record = self.doc[section][idx]
            where = f"{section}[{idx}].{key}"
        else:
            idx, record, where = None, self.doc[section], f"{section}.{key}"
        if record.get(key) == value:
            return
        record[key] = copy.deepcopy(value)
        self.message = ""
        self._push(before, fill(self.tr("Edit %1"), self._label(section, key)), merge_key=where,
                   focus_before=(section, idx), focus_after=(section, idx))

    def add_entry(self, section: str) -> None:
        before = copy.deepcopy(self.doc)
        self.doc[section].append(pf.blank_entry(section))
        idx = len(self.doc[section]) - 1
        self._fresh.add((section, idx))  # no "this field is required" before the user has typed anything
        self._push(before, self.tr("Add entry"), focus_before=(section, max(0, idx - 1)), focus_after=(section, idx))
        self.lists[section].form.focus_field(pf.NAME_FIELD[section])

    def remove_entry(self, section: str, index: int) -> None:
        entries = self.doc[section]
        if not 0 <= index < len(entries):
            return
        before = copy.deepcopy(self.doc)
        name = pf.entry_title(section, entries[index])[0]
        del entries[index]
        self._fresh = {(sec, i) for sec, i in self._fresh if sec != section}  # indices moved
        self._push(before, fill(self.tr("Remove “%1”"), name), focus_before=(section, index),
                   focus_after=(section, min(index, len(entries) - 1) if entries else None))
        self._say(fill(self.tr("Removed “%1”. Ctrl+Z brings it back."), name))

    def move_entry(self, section: str, index: int, delta: int) -> None:
        entries = self.doc[section]
        to = index + delta
        if not (0 <= index < len(entries) and 0 <= to < len(entries)):
            return
        before = copy.deepcopy(self.doc)
        entries[index], entries[to] = entries[to], entries[index]
        self._fresh = {(sec, i) for sec, i in self._fresh if sec != section}  # indices moved
        self._push(before, self.tr("Move entry"), focus_before=(section, index), focus_after=(section, to))


    def _apply(self, doc: dict[str, Any], focus: Focus) -> None:
        """Show ``doc`` (an undo/redo step) and the place it changed."""
        self.doc = copy.deepcopy(doc)
        self._refresh()
        if focus is not None:
            self._show(*focus)

    def _show(self, section: str, index: int | None) -> None:
        tab = pf.SECTIONS.index(section)
        if self.tabs.currentIndex() != tab:
            self.tabs.setCurrentIndex(tab)
        if section in self.lists and index is not None and 0 <= index < len(self.doc[section]):
            entries = self.lists[section].entries
            if entries.current() != index:
                entries.set_current(index)

    def _entry_selected(self, section: str, index: int) -> None:
        if self._loading or not 0 <= index < len(self.doc[section]):
            return
        if any(sec == section and i != index for sec, i in self._fresh):  # the new entry was left: check it now
            self._fresh = {(sec, i) for sec, i in self._fresh if sec != section or i == index}
            self._refresh()
        page = self.lists[section]
        self._loading = True
        try:
            page.form.set_values(self.doc[section][index])
            page.form.set_errors(self._field_errors(section, index))
            page.form.set_badges(self._field_badges(section, index))
        finally:
            self._loading = False

    # ------------------------------------------------------------------------------ showing
    def _refresh(self) -> None:
        self.valid_profile, self.errors = pf.validate(self.doc)
        located = [(pf.locate(w), m) for w, m in self.errors.items()]
        # a new entry's empty name is not shown as an error until the entry is left or saving is tried
        self._located = [(loc, m) for loc, m in located
                         if not (loc[1] is not None and (loc[0], loc[1]) in self._fresh
                                 and loc[2] == pf.NAME_FIELD.get(loc[0]) and not str(
                                     self.doc[loc[0]][loc[1]].get(loc[2]) or "").strip())]
        self._audit()
        self._loading = True
        try:
            for section, form in self.forms.items():
                form.set_values(self.doc[section])
                form.set_errors(self._field_errors(section, None))
                form.set_badges(self._field_badges(section, None))
            for section in self.lists:
                self._refresh_list(section)
            self._update_id_name_note()
        finally:
            self._loading = False
        self._update_tabs()
        self._update_state()

    def _update_id_name_note(self) -> None:
        ident = self.doc["identity"]
        check = compare_id_name(str(ident.get("full_name") or ""), str(ident.get("id_name") or ""))
        self.forms["identity"].set_note("id_name", "" if check.status in FINE else self._name_note(check))

    def _name_note(self, check: NameCheck) -> str:
        """``check.message`` in the interface's language (the same words in English)."""
        ident = self.doc["identity"]
        return name_note(check, str(ident.get("full_name") or ""), str(ident.get("id_name") or ""))

    def _refresh_list(self, section: str) -> None:
        page, entries = self.lists[section], self.doc[section]
        current = page.entries.current()
        titles = [pf.entry_title(section, e) for e in entries]
        page.entries.set_entries(titles, self._invalid_entries(section), max(current, 0))
        if entries:
            idx = page.entries.current()
            page.form.set_values(entries[idx])
            page.form.set_errors(self._field_errors(section, idx))
            page.form.set_badges(self._field_badges(section, idx))
            page.stack.setCurrentIndex(0)
        else:
            page.stack.setCurrentIndex(1)

    def _field_errors(self, section: str, index: int | None) -> dict[str, str]:
        out: dict[str, str] = {}
        for (sec, idx, key, detail), message in self._located:
            if sec == section and idx == index:
                out.setdefault(key, pf.field_message(detail, message))
        return out

    def _audit(self) -> None:
        """Audit the form's profile (a few milliseconds, on every change); an invalid form keeps the last
        findings, so the badges do not flicker while a date is half typed."""
        if self.valid_profile is not None:
            self.findings = audit(self.valid_profile)
            self._audit_located = [(pf.locate(w), f) for f in self.findings for w in f.fields]
        self.audit_list.set_findings(self.findings)
        self._show_audit_box()

    def _field_badges(self, section: str, index: int | None) -> dict[str, tuple[str, str, str]]:
        """``{key: (severity, tooltip, text)}``: the audit's markers for one form."""
        mine: dict[str, list[Finding]] = {}
        for (sec, idx, key, _detail), f in self._audit_located:
            if sec == section and idx == index and f not in mine.setdefault(key, []):
                mine[key].append(f)
        return {key: (most_severe(fs), tooltip(fs), " ".join(audit_text(f, "message") for f in fs))
                for key, fs in mine.items()}

    def _invalid_entries(self, section: str) -> set[int]:
        return {idx for (sec, idx, _k, _d), _m in self._located if sec == section and idx is not None}

    def _update_tabs(self) -> None:
        bad = theme.colors()["bad"]
        for i, section in enumerate(pf.SECTIONS):
            title = self.tr(pf.SECTION_TITLES[section])
            if section in pf.LIST_SECTIONS and self.doc[section]:
                title += f" ({len(self.doc[section])})"
            has_error = any(sec == section for (sec, _i, _k, _d), _m in self._located)
            found = [f for (sec, _i, _k, _d), f in self._audit_located if sec == section]
            if self.tabs.tabText(i) != title:
                self.tabs.setTabText(i, title)
            if has_error:
                self.tabs.setTabIcon(i, icon("warning", bad))  # a cross looked like a tab's close button
                self.tabs.setTabToolTip(i, self.tr("This section has a problem to fix"))
            elif found:
                self.tabs.setTabIcon(i, severity_icon(most_severe(found)))
                self.tabs.setTabToolTip(i, self.tr("An agent may question something in this section"))
            else:
                self.tabs.setTabIcon(i, QIcon())
                self.tabs.setTabToolTip(i, "")

    def _problem_place(self, where: str) -> str:
        section, idx, key, _detail = pf.locate(where)
        if not section:
            return where
        parts = [self.tr(pf.SECTION_TITLES[section])]
        if idx is not None and idx < len(self.doc[section]):
            parts.append(pf.entry_title(section, self.doc[section][idx])[0])
        parts.append(self._label(section, key))
        return " › ".join(parts)

    def _stack_moved(self, _index: int) -> None:
        if shiboken6.isValid(self.save_button):  # not while the screen is being destroyed
            self._update_state()

    def _say(self, text: str, kind: str = "") -> None:
        self.message, self.message_kind = text, kind
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.has_unsaved_changes()
        self.name_label.setText(self.profile_name or self.tr("New profile"))
        if self.is_draft:
            state = self.tr("Draft — not saved yet")
        elif self._saving:
            state = self.tr("Saving…")
        elif dirty:
            state = self.tr("● Unsaved changes")
        else:
            state = ""
        self.state_label.setText(state)
        self.save_button.setEnabled(not self._saving and (dirty or self.is_draft))
        self.revert_button.setEnabled(self.doc != self.base_doc)
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        self.rename_button.setEnabled(bool(self.profile_name) and not self.is_draft)
        self.delete_button.setText(self.tr("Discard draft") if self.is_draft else self.tr("Delete…"))
        self.delete_button.setAccessibleName(self.tr("Discard this draft") if self.is_draft
                                             else self.tr("Delete this profile"))
        self.delete_button.setEnabled(self.is_draft or bool(self.profile_name))
        self.status.setText(self._status_html())

    def _status_html(self) -> str:
        c = theme.colors()
        parts = []
        if self.message:
            color = {"good": c["good"], "bad": c["bad"]}.get(self.message_kind, c["text"])
            parts.append(f'<span style="color:{color}">{html.escape(self.message)}</span>')
        if self.errors:
            first_where, first_message = next(iter(self.errors.items()))
            n = len(self.errors)
            head = (self.tr("1 problem to fix before saving") if n == 1
                    else fill(self.tr("%1 problems to fix before saving"), str(n)))
            first = f"{self._problem_place(first_where)}: {first_message}"
            parts.append(f'<span style="color:{c["bad"]}">⚠ {html.escape(head)} — {html.escape(first)}</span> '
                         f'<a href="#problem" style="color:{c["accent"]}">{html.escape(self.tr("Show"))}</a>')
        return "<br>".join(parts)

    def go_to_first_problem(self) -> None:
        if not self.errors:
            return
        section, idx, key, _detail = pf.locate(next(iter(self.errors)))
        if not section:
            return
        self._show(section, idx)
        form = self.lists[section].form if section in self.lists else self.forms[section]
        form.focus_field(key)

    def focus_field(self, where: str) -> bool:
        """Show the field at the where-path ``where`` (``platform.time_zone``, ``employment[1].start``,
        ``platform.payment_methods[0].holder``): its tab, its entry, its row, with the keyboard focus in it.
        Asked for while the profile is being read, it is done (again) once it is shown. False: no such field."""
        if self._awaiting_load:
            self._pending_focus = where
        section, idx, key, detail = pf.locate(where)
        if not section:
            return False
        if section in self.lists and (idx is None or not 0 <= idx < len(self.doc[section])):
            return False
        form = self.lists[section].form if section in self.lists else self.forms[section]
        if key not in form.editors:
            return False
        self._show(section, idx)
        form.focus_field(key)
        ed = form.editor(key)
        m = re.match(r"^\[(\d+)\](?:\.(\w+))?", detail)
        if isinstance(ed, ListField) and m:
            row = int(m.group(1))
            s = pf.spec(section, key)
            col = 1 if s is not None and s.kind == "pairs" and m.group(2) == s.pair_keys[1] else 0
            if row < ed.table.rowCount():
                ed.table.setCurrentCell(row, col)
        return True

    def field_badge(self, section: str, key: str) -> str:
        """The severity of the audit's marker on a field ("" when none; of the selected entry for a list)."""
        form = self.lists[section].form if section in self.lists else self.forms[section]
        return form.badge(key)

    # ------------------------------------------------------------------------------ for tests / tools
    def field(self, section: str, key: str) -> QWidget:
        """The editor widget of a field (of the selected entry for a list section)."""
        form = self.lists[section].form if section in self.lists else self.forms[section]
        return form.editor(key)

    def field_error(self, section: str, key: str) -> str:
        form = self.lists[section].form if section in self.lists else self.forms[section]
        return form.error(key)
