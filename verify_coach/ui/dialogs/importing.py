"""Import a profile (Ctrl+I, or a file dropped on the window), paste profile text, save a profile as a file.

The flow of a file import, each step on the UI thread and every read or write on the worker:

1. read and recognise the file (``importers.import_file``) with a progress indicator; a broken file
   ends here with a message naming the file and the entry, and nothing is changed;
2. some entries bad, the rest fine: say which were skipped and let the user import the rest;
3. choose: a new profile with a name, or merge into the active profile;
4. merge: a preview of every change (added / changed / removed, grouped by section, with check
   boxes); only the ticked changes are applied, saved in one transaction by ``coach.save_profile``.

Pasted text becomes a *draft* in the profile editor: nothing is saved until the user saves it there.

Dialogs are opened with ``open()`` (window-modal, no nested event loop); the flow goes on from their
signals. Message boxes, file and input dialogs are the static Qt ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.coach import CoachError
from ...core.errors import UserError
from ...core.profile import Profile, ProfileError
from .. import theme
from ..context import AppContext, Draft
from ..i18n import QT_TRANSLATE_NOOP, fill
from ..icons import icon
from ..ops import Changes
from ..screens import profile_form as pf
from ..widgets.layout import plain_label, safe_message

if TYPE_CHECKING:
    from ...core.coach import Coach

FORMAT_NAMES = {
    "native": QT_TRANSLATE_NOOP("Importing", "verify_coach profile"),
    "jsonresume": QT_TRANSLATE_NOOP("Importing", "JSON Resume"),
    "linkedin": QT_TRANSLATE_NOOP("Importing", "LinkedIn data export"),
    "text": QT_TRANSLATE_NOOP("Importing", "profile text"),
}
EXTRA_SECTIONS = {
    "platform.skills": QT_TRANSLATE_NOOP("Importing", "Skills"),
    "platform.categories": QT_TRANSLATE_NOOP("Importing", "Categories"),
    "platform.payment_methods": QT_TRANSLATE_NOOP("Importing", "Payment methods"),
    "platform.languages": QT_TRANSLATE_NOOP("Importing", "Languages"),
}
CHANGE_ID = Qt.ItemDataRole.UserRole + 1


def fit_bold(button: QPushButton) -> None:
    """A default button is drawn bold by the style sheet; make room so its text is not cut."""
    font = QFont(button.font())
    font.setBold(True)
    button.setMinimumWidth(QFontMetrics(font).horizontalAdvance(button.text()) + 44)


def _t(text: str) -> str:
    return QCoreApplication.translate("Importing", text)


def _profile_summary(profile: Profile) -> str:
    """``Jane Doe · 3 jobs · 2 schools · 14 skills``."""
    parts = [profile.identity.full_name] if profile.identity.full_name else []
    for count, one, many in (
        (len(profile.employment), QT_TRANSLATE_NOOP("Importing", "1 job"), QT_TRANSLATE_NOOP("Importing", "%1 jobs")),
        (len(profile.education), QT_TRANSLATE_NOOP("Importing", "1 school"),
         QT_TRANSLATE_NOOP("Importing", "%1 schools")),
        (len(profile.certifications), QT_TRANSLATE_NOOP("Importing", "1 certificate"),
         QT_TRANSLATE_NOOP("Importing", "%1 certificates")),
        (len(profile.portfolio), QT_TRANSLATE_NOOP("Importing", "1 project"),
         QT_TRANSLATE_NOOP("Importing", "%1 projects")),
        (len(profile.platform.skills), QT_TRANSLATE_NOOP("Importing", "1 skill"),
         QT_TRANSLATE_NOOP("Importing", "%1 skills")),
        (len(profile.platform.languages), QT_TRANSLATE_NOOP("Importing", "1 language"),
         QT_TRANSLATE_NOOP("Importing", "%1 languages")),
    ):
        if count:
            parts.append(_t(one) if count == 1 else fill(_t(many), str(count)))
    return " · ".join(parts)


# ==================================================================================== dialogs
class ImportChooser(QDialog):
    """Where the profile comes from: a file, a folder (an unpacked LinkedIn export) or pasted text."""

    chosen = Signal(str)  # "file" | "folder" | "paste"

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importChooser")
        self.setWindowTitle(self.tr("Import a profile"))
        self.setMinimumWidth(520)
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addWidget(QLabel(self.tr("Where is your profile?"), objectName="h2"))
        self.choice_buttons: dict[str, QPushButton] = {}
        for choice, text, detail, ico in (
            ("file", self.tr("From a file…"),
             self.tr("JSON Resume, LinkedIn export .zip, or a verify_coach file"), "import"),
            ("folder", self.tr("From a folder…"), self.tr("A LinkedIn data export that you unpacked"), "import"),
            ("paste", self.tr("Paste profile text…"),
             self.tr("Copy your profile page (Ctrl+A, Ctrl+C) and paste it"), "new"),
        ):
            b = QPushButton(f"{text}\n{detail}")
            b.setIcon(icon(ico))
            b.setObjectName("choice")
            b.setAccessibleName(text)
            b.setToolTip(detail)
            b.setMinimumHeight(54)
            b.setAutoDefault(False)
            b.clicked.connect(lambda _=False, c=choice: self._choose(c))
            lay.addWidget(b)
            self.choice_buttons[choice] = b
        note = QLabel(self.tr("You can also drop a file on the window. Nothing is saved before you confirm."))
        note.setProperty("muted", True)
        note.setWordWrap(True)
        lay.addWidget(note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        fit_bold(buttons.button(QDialogButtonBox.StandardButton.Cancel))
        lay.addWidget(buttons)

    def _choose(self, choice: str) -> None:
        self.accept()
        self.chosen.emit(choice)


class ImportTargetDialog(QDialog):
    """New profile with a name, or merge into the active profile."""

    def __init__(self, profile: Profile, fmt: str, source: str, names: list[str], active: str | None,
                 parent: QWidget | None = None, *, people: dict[str, str] | None = None,
                 notes: Sequence[str] = ()):
        """``people``: each profile's full name (``{profile: person}``): the file's person is matched against
        them, so a second person's file becomes a new profile, never a silent merge. ``notes``: what the
        import noticed (a birth date without a year, a section not kept), shown as they are."""
        super().__init__(parent)
        self.setObjectName("importTarget")
        people = people or {}
        person = " ".join(profile.identity.full_name.split())
        same = next((n for n, who in people.items() if person and " ".join(who.split()).casefold() == person.casefold()),
                    None)
        # merge into the profile of the same person (the active one first); else the active one is offered,
        # not chosen, and said to be of another person when it is
        if same is not None and active is not None and people.get(active, "").casefold() == person.casefold():
            same = active
        target = same or active
        self.target = target
        other = bool(person and target and people.get(target) and same is None)
        self.other_person = other
        self.setWindowTitle(self.tr("Import a profile"))
        self.setMinimumWidth(520)
        self.names = names
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        lay.addWidget(plain_label(fill(self.tr("Read “%1”"), Path(source).name or source), objectName="h2"))
        self.summary = plain_label(f"{_t(FORMAT_NAMES.get(fmt, fmt))} — {_profile_summary(profile)}")
        self.summary.setProperty("muted", True)
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.new_radio = QRadioButton(self.tr("Import as a new profile named:"))
        self.new_radio.setAccessibleName(self.tr("Import as a new profile"))
        base = profile.identity.full_name if fmt != "native" else profile.platform.platform
        self.name_edit = QLineEdit(self._suggest(base or Path(source).stem or self.tr("Imported"), names))
        self.name_edit.setAccessibleName(self.tr("Name of the new profile"))
        self.merge_radio = QRadioButton(
            fill(self.tr("Merge into “%1” — you see each change before anything is saved"), target or "")
        )
        self.merge_radio.setAccessibleName(self.tr("Merge into the active profile"))
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.merge_radio)
        lay.addWidget(self.new_radio)
        row = QHBoxLayout()
        row.setContentsMargins(24, 0, 0, 0)
        row.addWidget(self.name_edit)
        lay.addLayout(row)
        lay.addWidget(self.merge_radio)
        self.other_note = plain_label(
            fill(self.tr("This file is of %1, and “%2” of %3: merging would change whose profile it is."),
                 person, target or "", people.get(target or "", "")) if other else "", objectName="fieldError")
        self.other_note.setWordWrap(True)
        self.other_note.setVisible(other)
        lay.addWidget(self.other_note)
        self.merge_radio.setVisible(bool(target))
        (self.merge_radio if target and not other else self.new_radio).setChecked(True)
        if notes:  # what the import noticed, as it is (a birth date without a year was dropped…)
            box = plain_label("\n".join(f"• {n}" for n in notes[:8])
                              + (f"\n• … (+{len(notes) - 8})" if len(notes) > 8 else ""))
            box.setProperty("muted", True)
            box.setWordWrap(True)
            self.notes_label = box
            lay.addWidget(plain_label(self.tr("Worth knowing about this file:")))
            lay.addWidget(box)
        self.new_radio.toggled.connect(self.name_edit.setEnabled)
        self.name_edit.setEnabled(self.new_radio.isChecked())
        self.error = QLabel("", objectName="fieldError")
        self.error.setVisible(False)
        self.name_edit.textChanged.connect(lambda _t: self.error.setVisible(False))
        lay.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Continue"))
        ok.setAccessibleName(self.tr("Continue the import"))
        fit_bold(ok)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    @staticmethod
    def _suggest(base: str, names: list[str]) -> str:
        name, n = base, 2
        while name in names:
            name, n = f"{base} {n}", n + 1
        return name

    def mode(self) -> str:
        return "merge" if self.merge_radio.isChecked() else "new"

    def name(self) -> str:
        return self.name_edit.text().strip()

    def _accept(self) -> None:
        if self.mode() == "new":
            if not self.name():
                self.error.setText(self.tr("A profile needs a name."))
                self.error.setVisible(True)
                return
            if self.name() in self.names:
                self.error.setText(fill(self.tr("There is already a profile named “%1”."), self.name()))
                self.error.setVisible(True)
                return
        self.accept()


class MergePreviewDialog(QDialog):
    """Every change an import would make, grouped by section, each with a check box."""

    def __init__(self, changes: list[Any], target: str, source: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("mergePreview")
        self.setWindowTitle(self.tr("Review the import"))
        self.resize(900, 600)
        self.changes = {c.id: c for c in changes}
        lay = QVBoxLayout(self)
        lay.setSpacing(10)
        counts = {k: sum(1 for c in changes if c.kind == k) for k in ("added", "changed", "removed")}
        lay.addWidget(plain_label(fill(self.tr("Import “%1” into “%2”"), Path(source).name or source, target),
                                  objectName="h2"))
        intro = QLabel(
            fill(self.tr("%1 to add, %2 to change, %3 to remove. Only the ticked changes are saved, all in one step; "
                    "nothing is saved if you cancel. Removals are not ticked: tick one only if that entry "
                    "should really go."), str(counts["added"]), str(counts["changed"]), str(counts["removed"]))
        )
        intro.setWordWrap(True)
        intro.setProperty("muted", True)
        lay.addWidget(intro)
        self.tree = QTreeWidget()
        self.tree.setAccessibleName(self.tr("Changes to import"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Now"), self.tr("After the import")])
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setRootIsDecorated(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.tree.setColumnWidth(0, 360)
        self._fill(changes)
        self.tree.itemChanged.connect(lambda _i, _c: self._update_count())
        lay.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.all_button = QPushButton(self.tr("Tick all"))
        self.all_button.setAccessibleName(self.tr("Tick all changes"))
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = QPushButton(self.tr("Untick all"))
        self.none_button.setAccessibleName(self.tr("Untick all changes"))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        self.count_label = QLabel("")
        self.count_label.setAccessibleName(self.tr("Number of ticked changes"))
        row.addWidget(self.all_button)
        row.addWidget(self.none_button)
        row.addSpacing(12)
        row.addWidget(self.count_label, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setAccessibleName(self.tr("Apply the ticked changes"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        lay.addLayout(row)
        self._update_count()

    # -- filling ------------------------------------------------------------------------------
    def _section_title(self, section: str) -> str:
        if section in pf.SECTION_TITLES:
            return pf.tr(pf.SECTION_TITLES[section])
        return _t(EXTRA_SECTIONS.get(section, section))

    def _fill(self, changes: list[Any]) -> None:
        c = theme.colors()
        colors = {"added": c["good"], "changed": c["ok"], "removed": c["bad"]}
        kinds = {"added": self.tr("Add"), "changed": self.tr("Change"), "removed": self.tr("Remove")}
        groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont()
        bold.setBold(True)
        for change in changes:
            group = groups.get(change.section)
            if group is None:
                group = QTreeWidgetItem([self._section_title(change.section), "", ""])
                group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                               | Qt.ItemFlag.ItemIsAutoTristate)
                group.setFont(0, bold)
                self.tree.addTopLevelItem(group)
                groups[change.section] = group
            label = self._label(change)
            now, after = self._values(change)
            item = QTreeWidgetItem([f"{kinds[change.kind]}: {label}", now, after])
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(0, Qt.CheckState.Unchecked if change.kind == "removed" else Qt.CheckState.Checked)
            item.setData(0, CHANGE_ID, change.id)
            item.setForeground(0, QBrush(QColor(colors[change.kind])))
            for col, text in enumerate((label, now, after)):
                item.setToolTip(col, safe_message(text))  # a tooltip guesses rich text too
            group.addChild(item)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
            group.setExpanded(group.childCount() <= 12 or len(groups) == 1)  # long lists start folded

    def _label(self, change: Any) -> str:
        if change.section in ("identity", "platform"):
            s = pf.spec(change.section, change.key)
            return pf.tr(s.label) if s else str(change.label)
        return str(change.label)

    def _values(self, change: Any) -> tuple[str, str]:
        if change.kind == "added" and change.section in pf.LIST_SECTIONS:
            return "—", self._show(change.new, change.section)
        if change.kind == "removed" and change.section in pf.LIST_SECTIONS:
            return self._show(change.old, change.section), self.tr("(removed)")
        if change.kind == "removed":
            return self._show(change.old, change.section), self.tr("(removed)")
        return self._show(change.old, change.section), self._show(change.new, change.section)

    def _show(self, value: Any, section: str) -> str:
        if value is None or value == "" or value == []:
            return "—"
        if isinstance(value, dict):
            parts = []
            for key, v in value.items():
                if v in (None, "", [], False) or key == "description":
                    continue
                s = pf.spec(section, key) if section in pf.SPECS else None
                extra = {"name": self.tr("Language"), "proficiency": self.tr("Proficiency")}
                name = pf.tr(s.label) if s else extra.get(key, key.replace("_", " "))
                parts.append(f"{name}: {self._show(v, section)}")
            return "; ".join(parts) or "—"
        if isinstance(value, list):
            return ", ".join(str(v) for v in value)
        if isinstance(value, bool):
            return self.tr("yes") if value else self.tr("no")
        if isinstance(value, float):
            return pf.number_text(value)
        text = " ".join(str(value).split())
        return text if len(text) <= 90 else text[:89] + "…"

    # -- ticking ------------------------------------------------------------------------------
    def items(self) -> list[QTreeWidgetItem]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            if group is not None:
                out += [c for j in range(group.childCount()) if (c := group.child(j)) is not None]
        return out

    def set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for item in self.items():
            item.setCheckState(0, state)

    def set_checked(self, change_id: str, checked: bool) -> None:
        for item in self.items():
            if item.data(0, CHANGE_ID) == change_id:
                item.setCheckState(0, Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def accepted_ids(self) -> set[str]:
        return {item.data(0, CHANGE_ID) for item in self.items() if item.checkState(0) == Qt.CheckState.Checked}

    def _update_count(self) -> None:
        n, total = len(self.accepted_ids()), len(self.changes)
        self.count_label.setText(fill(self.tr("%1 of %2 changes ticked"), str(n), str(total)))
        self.apply_button.setText(fill(self.tr("Apply %1 changes"), str(n)) if n != 1
                                  else self.tr("Apply 1 change"))
        self.apply_button.setEnabled(n > 0)
        fit_bold(self.apply_button)


class PasteDialog(QDialog):
    """A big text box for the text of a profile page; reads it on the worker and hands back a draft."""

    draft_ready = Signal(object)  # ImportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("pasteDialog")
        self.setWindowTitle(self.tr("Paste profile text"))
        self.resize(760, 560)
        lay = QVBoxLayout(self)
        lay.setSpacing(8)
        lay.addWidget(QLabel(self.tr("Paste the text of your profile page"), objectName="h2"))
        how = QLabel(self.tr("Open your profile page in the browser, select everything (Ctrl+A), copy it (Ctrl+C) and "
                             "paste it here (Ctrl+V). What can be recognised opens as a draft in the profile editor, "
                             "where you check and complete it before anything is saved."))
        how.setWordWrap(True)
        how.setProperty("muted", True)
        lay.addWidget(how)
        self.text = QPlainTextEdit()
        self.text.setAccessibleName(self.tr("Profile text"))
        self.text.setPlaceholderText(self.tr("Wei Zhang\nChengdu, China\nFull-Stack Python Developer\n$45.00/hr\n\n"
                                             "Skills\nPython  Django  React\n…"))
        self.text.textChanged.connect(self._text_changed)
        lay.addWidget(self.text, 1)
        self.error = QLabel("", objectName="fieldError")
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.error.setAccessibleName(self.tr("Problem with the pasted text"))
        lay.addWidget(self.error)
        row = QHBoxLayout()
        self.count = QLabel("")
        self.count.setProperty("muted", True)
        row.addWidget(self.count, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.read_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.read_button.setText(self.tr("Open as draft"))
        self.read_button.setAccessibleName(self.tr("Read the text and open it as a draft"))
        fit_bold(self.read_button)
        self.buttons.accepted.connect(self.read)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons)
        lay.addLayout(row)
        self._text_changed()

    def _text_changed(self) -> None:
        text = self.text.toPlainText()
        lines = len([x for x in text.splitlines() if x.strip()])
        self.count.setText(fill(self.tr("%1 lines"), str(lines)) if text.strip() else "")
        self.read_button.setEnabled(bool(text.strip()))
        self.error.setVisible(False)

    def read(self) -> None:
        from ...core.importers import import_text

        text = self.text.toPlainText()
        if not text.strip():
            return
        self.read_button.setEnabled(False)
        self.read_button.setText(self.tr("Reading…"))
        self.ctx.task(self, lambda: import_text(text), name="import-text").success(self._read).failure(self._failed).run()

    def _read(self, result: Any) -> None:
        if result.profile.is_empty():
            self._show_error(self.tr("Nothing in this text looks like a profile. Copy the whole profile page "
                                     "(Ctrl+A, then Ctrl+C) and paste it again."))
            return
        self.accept()
        self.draft_ready.emit(result)

    def _show_error(self, text: str) -> None:
        self.read_button.setText(self.tr("Open as draft"))
        self.read_button.setEnabled(True)
        self.error.setText(text)
        self.error.setVisible(True)

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, ProfileError):  # a bug: the error dialog follows
            self._show_error("")
            self.error.setVisible(False)
            return
        self._show_error(fill(self.tr("This text could not be read: %1"), exc.reason))


# ==================================================================================== the flow
class ImportFlow(QObject):
    """One import, from the chosen file to the saved profile. ``finished`` says how it ended:
    ``imported``, ``merged``, ``draft``, ``nothing``, ``failed`` or ``cancelled``."""

    finished = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx = ctx
        self.parent_widget = parent
        self.progress: QProgressDialog | None = None
        self.result: Any = None
        self.dialog: QDialog | None = None

    def _end(self, how: str) -> None:
        self._stop_progress()
        self.finished.emit(how)
        self.deleteLater()

    # -- progress -----------------------------------------------------------------------------
    def _start_progress(self, text: str) -> None:
        dlg = QProgressDialog(text, "", 0, 0, self.parent_widget)
        dlg.setObjectName("importProgress")
        dlg.setWindowTitle(self.tr("Importing"))
        dlg.setAccessibleName(self.tr("Import progress"))
        dlg.setCancelButton(None)  # type: ignore[arg-type]
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(400)
        dlg.setAutoReset(False)
        dlg.setValue(0)
        self.progress = dlg

    def _stop_progress(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.hide()
            self.progress.deleteLater()
            self.progress = None

    # -- choosing -------------------------------------------------------------------------------
    def choose(self) -> None:
        dlg = ImportChooser(self.parent_widget)
        self.dialog = dlg
        dlg.chosen.connect(self._chosen)
        dlg.rejected.connect(lambda: self._end("cancelled"))
        dlg.open()

    def _chosen(self, choice: str) -> None:
        if choice == "paste":
            self.paste()
            return
        if choice == "folder":
            path = QFileDialog.getExistingDirectory(self.parent_widget, self.tr("Choose the unpacked LinkedIn export"),
                                                    str(Path.home()))
        else:
            path, _filter = QFileDialog.getOpenFileName(
                self.parent_widget, self.tr("Import a profile"), str(Path.home()),
                self.tr("Profiles (*.json *.zip *.txt);;All files (*)"),
            )
        if path:
            self.from_path(path)
        else:
            self._end("cancelled")

    # -- reading a file ---------------------------------------------------------------------------
    def from_path(self, path: str) -> None:
        from ...core.importers import import_file

        self._start_progress(fill(self.tr("Reading “%1”…"), Path(path).name))
        self.ctx.task(self, lambda: import_file(path), name="import-file").expect(OSError).success(self._read) \
            .failure(lambda e: self._read_failed(path, e)).run()

    def _read_failed(self, path: str, exc: BaseException) -> None:
        self._stop_progress()
        if not isinstance(exc, (ProfileError, OSError)):  # a bug: the error dialog follows
            self._end("failed")
            return
        QMessageBox.warning(self.parent_widget, self.tr("Cannot import this file"), self._error_text(path, exc))
        self._end("failed")

    def _error_text(self, path: str, exc: BaseException) -> str:
        text = fill(self.tr("“%1” could not be imported. Nothing was changed."), Path(path).name)
        if isinstance(exc, ProfileError):
            detail = f"{exc.where}: {exc.reason}" if exc.where else exc.reason
        else:
            detail = str(exc)
        return f"{text}\n\n{detail}\n\n{path}"

    def _read(self, result: Any) -> None:
        self._stop_progress()
        self.result = result
        if result.warnings and not self._accept_partial(result):
            self._end("cancelled")
            return
        self.ctx.op(self, lambda coach: coach.profiles(), name="profiles").success(self._choose_target) \
            .failure(self._failed).run()

    def _accept_partial(self, result: Any) -> bool:
        warnings = result.warnings
        lines = "\n".join(f"• {w.where}: {w.message}" if w.where else f"• {w.message}" for w in warnings[:8])
        if len(warnings) > 8:
            lines += "\n• " + fill(self.tr("… and %1 more"), str(len(warnings) - 8))
        text = (fill(self.tr("Part of “%1” could not be used: %2 entries were skipped."), Path(result.source).name, str(len(warnings)))
                + "\n\n" + lines + "\n\n" + self.tr("Import the rest?"))
        answer = QMessageBox.question(self.parent_widget, self.tr("Some entries could not be read"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.Yes)
        return answer == QMessageBox.StandardButton.Yes

    def _choose_target(self, infos: list[Any]) -> None:
        names = [i.name for i in infos]
        active = next((i.name for i in infos if i.active), None)  # the core marks one when there is any
        r = self.result
        notes = [f"{n.where}: {n.message}" if n.where else n.message for n in r.notes]
        dlg = ImportTargetDialog(r.profile, r.format, r.source, names, active, self.parent_widget,
                                 people={i.name: i.full_name for i in infos}, notes=notes)
        self.dialog = dlg
        dlg.accepted.connect(lambda: self._target_chosen(dlg.mode(), dlg.name(), dlg.target))
        dlg.rejected.connect(lambda: self._end("cancelled"))
        dlg.open()

    def _target_chosen(self, mode: str, name: str, active: str | None) -> None:
        if mode == "merge" and active:
            if not self.ctx.may_change_profile():
                self._end("cancelled")
                return
            self._preview(active)
        else:
            self._save_new(name)

    def _save_new(self, name: str) -> None:
        profile = self.result.profile
        self._start_progress(fill(self.tr("Saving “%1”…"), name))
        self.ctx.op(self, lambda coach: coach.save_profile(name, profile), changes=Changes.PROFILE,
                    name="import-save").success(lambda r: self._saved_new(name, r)).failure(self._failed).run()

    def _saved_new(self, name: str, result: Any) -> None:
        self._stop_progress()
        self.ctx.bus.status.emit(fill(self.tr("Imported “%1” — %2 facts to practise."), name, str(result.added)), 10_000)
        self.ctx.bus.navigate.emit("profile")
        self._end("imported")

    # -- merging ----------------------------------------------------------------------------------
    def _preview(self, target: str) -> None:
        from ...core.importers import diff_profiles

        new = self.result.profile

        def load(coach: Coach) -> tuple[Profile, list[Any]]:
            _name, old = coach.load_profile(target)
            return old, list(diff_profiles(old, new).changes)

        self.ctx.op(self, load, name="import-diff").success(lambda r: self._show_preview(target, *r)) \
            .failure(self._failed).run()

    def _show_preview(self, target: str, old: Profile, changes: list[Any]) -> None:
        if not changes:
            QMessageBox.information(self.parent_widget, self.tr("Nothing new"),
                                    fill(self.tr("“%1” has nothing that “%2” does not already have."), Path(self.result.source).name, target))
            self._end("nothing")
            return
        dlg = MergePreviewDialog(changes, target, self.result.source, self.parent_widget)
        self.dialog = dlg
        dlg.accepted.connect(lambda: self._apply(target, old, dlg.accepted_ids()))
        dlg.rejected.connect(lambda: self._end("cancelled"))
        dlg.open()

    def _apply(self, target: str, old: Profile, ids: set[str]) -> None:
        from ...core.importers import apply_diff, diff_profiles

        new = self.result.profile
        who = [c for c in diff_profiles(old, new).changes if c.id in ids and c.section == "identity"
               and c.key in ("full_name", "date_of_birth") and c.old]
        if who:  # never a silent change of whose profile it is
            lines = "\n".join(f"• {c.label}: {c.old} → {c.new}" for c in who)
            answer = QMessageBox.warning(
                self.parent_widget, self.tr("Change whose profile this is?"),
                safe_message(fill(self.tr("This merge changes “%1”:\n%2\n\nYour answers so far were about the "
                                          "old values. Merge anyway?"), target, lines)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
            if answer != QMessageBox.StandardButton.Yes:
                self._end("cancelled")
                return
        self._start_progress(fill(self.tr("Saving “%1”…"), target))
        self.ctx.op(self, lambda coach: coach.save_profile(target, apply_diff(old, new, ids)),
                    changes=Changes.PROFILE, name="import-merge") \
            .success(lambda r: self._merged(target, len(ids), r)).failure(self._failed).run()

    def _merged(self, target: str, count: int, result: Any) -> None:
        self._stop_progress()
        self.ctx.bus.status.emit(fill(self.tr("Merged %1 changes into “%2”; %3 facts kept their history."), str(count), target, str(result.kept)),
                                 10_000)
        self._end("merged")

    def _failed(self, exc: BaseException) -> None:
        self._stop_progress()
        if isinstance(exc, UserError):  # anything else is a bug: the error dialog follows
            QMessageBox.warning(self.parent_widget, self.tr("Import not saved"), str(exc))
        self._end("failed")

    # -- pasted text ------------------------------------------------------------------------------
    def paste(self) -> PasteDialog:
        dlg = PasteDialog(self.ctx, self.parent_widget)
        self.dialog = dlg
        dlg.draft_ready.connect(self._open_draft)
        dlg.rejected.connect(lambda: self._end("cancelled"))
        dlg.open()
        return dlg

    def _open_draft(self, result: Any) -> None:
        self.ctx.bus.open_draft.emit(Draft(
            result.profile, origin=self.tr("pasted text"),
            warnings=[f"{w.where}: {w.message}" if w.where else w.message for w in result.warnings],
            notes=[f"{n.where}: {n.message}" if n.where else n.message for n in result.notes],
            done=lambda opened: self._end("draft" if opened else "cancelled"),
        ))


# ==================================================================================== entry points
def start_import(ctx: AppContext, parent: QWidget) -> ImportFlow:
    """Import (Ctrl+I): choose a file, a folder or pasted text."""
    flow = ImportFlow(ctx, parent)
    flow.choose()
    return flow


def import_path(ctx: AppContext, parent: QWidget, path: str) -> ImportFlow:
    """Import a file or folder (chosen, or dropped on the window)."""
    flow = ImportFlow(ctx, parent)
    flow.from_path(str(path))
    return flow


def paste_text(ctx: AppContext, parent: QWidget) -> ImportFlow:
    """Open the paste dialog directly."""
    flow = ImportFlow(ctx, parent)
    flow.paste()
    return flow


class _SaveAs(QObject):
    def __init__(self, ctx: AppContext, parent: QWidget):
        super().__init__(parent)
        self.ctx, self.parent_widget = ctx, parent

    def start(self) -> None:
        if not self.ctx.may_change_profile():
            return
        self.ctx.op(self, lambda coach: coach.load_profile(), name="load-for-save-as").success(self._loaded) \
            .failure(self._failed).run()

    def _loaded(self, result: tuple[str, Profile]) -> None:
        name, profile = result
        safe = "".join(ch if ch.isalnum() or ch in " -_" else "_" for ch in name).strip() or "profile"
        path, _filter = QFileDialog.getSaveFileName(
            self.parent_widget, self.tr("Save profile as"), str(Path.home() / f"{safe}.json"),
            self.tr("verify_coach profile (*.json)"),
        )
        if not path:
            self.deleteLater()
            return
        if not Path(path).suffix:
            path += ".json"
        self.ctx.task(self, lambda: profile.save(path), name="save-as").expect(OSError) \
            .success(lambda _: self._saved(name, path)).failure(self._failed).run()

    def _saved(self, name: str, path: str) -> None:
        self.ctx.bus.status.emit(fill(self.tr("Saved “%1” to %2"), name, path), 10_000)
        self.deleteLater()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, CoachError):
            QMessageBox.information(self.parent_widget, self.tr("No profile yet"), str(exc))
        elif isinstance(exc, (OSError, UserError)):  # anything else is a bug: the error dialog follows
            QMessageBox.warning(self.parent_widget, self.tr("Could not save the file"), str(exc))
        self.deleteLater()


def save_profile_as(ctx: AppContext, parent: QWidget) -> None:
    """Write the active profile as a native verify_coach JSON file (File › Save profile as…)."""
    _SaveAs(ctx, parent).start()
