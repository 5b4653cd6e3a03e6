"""Import UI: a file as a new profile, a merge with a preview, broken and partly broken files, pasted text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QInputDialog, QLabel, QMessageBox

from tests.ui.conftest import wait_idle
from verify_coach.core.coach import Coach
from verify_coach.core.importers import apply_diff, diff_profiles, import_file
from verify_coach.core.profile import Profile
from verify_coach.core.store import open_store
from verify_coach.ui.dialogs import importing
from verify_coach.ui.dialogs.importing import (
    ImportChooser,
    ImportTargetDialog,
    MergePreviewDialog,
    PasteDialog,
)

REPO = Path(__file__).resolve().parents[2]
EXAMPLE = REPO / "resources" / "example-profile.json"
FIXTURES = REPO.parent / "shared" / "fixtures" / "jsonresume"
JANE = FIXTURES / "fresh-test-jane-fullstacker.jrs.json"
needs_shared = pytest.mark.skipif(not JANE.is_file(), reason=f"shared fixture not found: {JANE} (../shared next to the repo)")
PASTED = """Wei Zhang
Chengdu, China
Full-Stack Python Developer
$45.00/hr

Skills
Python
Django
React

Languages
English: Fluent
Chinese: Native or Bilingual
"""


@pytest.fixture
def app(make_app, data_dir):
    store = open_store(data_dir)
    Coach(store).save_profile("Upwork", Profile.load(EXAMPLE))
    store.close()
    return make_app()


def dialog(qtbot, app, cls):
    qtbot.waitUntil(lambda: any(d.isVisible() for d in app.window.findChildren(cls)), timeout=10_000)
    return next(d for d in app.window.findChildren(cls) if d.isVisible())


def finish(qtbot, app, flow) -> list[str]:
    ended: list[str] = []
    flow.finished.connect(ended.append)
    return ended


@needs_shared
def test_json_resume_file_becomes_a_new_profile(app, qtbot):
    flow = importing.import_path(app.ctx, app.window, str(JANE))
    ended = finish(qtbot, app, flow)
    target = dialog(qtbot, app, ImportTargetDialog)
    assert "JSON Resume" in target.summary.text() and "Jane Q. Fullstacker · 4 jobs" in target.summary.text()
    target.new_radio.click()
    target.name_edit.setText("Upwork")  # taken: the dialog says so and stays open
    qtbot.mouseClick(target.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert target.isVisible() and "already a profile" in target.error.text()
    target.name_edit.setText("Jane")
    qtbot.mouseClick(target.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == ["imported"], timeout=10_000)
    wait_idle(qtbot, app)

    coach = app.ctx.coach
    assert {p.name for p in coach.profiles()} == {"Upwork", "Jane"}
    _name, jane = coach.load_profile("Jane")
    assert jane == import_file(JANE).profile
    assert jane.identity.full_name == "Jane Q. Fullstacker"
    assert coach.load_profile("Upwork")[1] == Profile.load(EXAMPLE)
    assert app.window.current == "profile"
    editor = app.window.screen("profile")
    qtbot.waitUntil(lambda: editor.profile_name == "Jane", timeout=10_000)
    assert editor.field("identity", "full_name").text() == "Jane Q. Fullstacker"


@needs_shared
def test_merge_preview_applies_only_ticked_changes(app, qtbot):
    flow = importing.import_path(app.ctx, app.window, str(JANE))
    ended = finish(qtbot, app, flow)
    target = dialog(qtbot, app, ImportTargetDialog)
    # Jane is not Wei Zhang: a new profile by default, and merging says whose profile it would change
    assert target.new_radio.isChecked() and target.name_edit.text() == "Jane Q. Fullstacker"
    assert target.other_note.isVisibleTo(target) and "Jane Q. Fullstacker" in target.other_note.text()
    target.merge_radio.click()  # the user chooses to merge all the same
    qtbot.mouseClick(target.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    preview = dialog(qtbot, app, MergePreviewDialog)

    old, new = Profile.load(EXAMPLE), import_file(JANE).profile
    diff = diff_profiles(old, new)
    groups = [preview.tree.topLevelItem(i).text(0) for i in range(preview.tree.topLevelItemCount())]
    assert groups[0].startswith("Identity") and any(g.startswith("Skills") for g in groups)
    assert preview.accepted_ids() == diff.ids("added", "changed")  # removals start unticked
    name_change = next(c for c in diff.changes if c.key == "full_name")
    preview.set_checked(name_change.id, False)
    assert f"{len(diff.ids('added', 'changed')) - 1} of {len(diff)}" in preview.count_label.text()
    assert app.ctx.coach.load_profile("Upwork")[1] == old  # nothing saved before Apply

    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == ["merged"], timeout=10_000)
    wait_idle(qtbot, app)
    _n, merged = app.ctx.coach.load_profile("Upwork")
    assert merged == apply_diff(old, new, diff.ids("added", "changed") - {name_change.id})
    assert merged.identity.full_name == "Wei Zhang"  # unticked: not applied
    assert merged.identity.email == new.identity.email  # ticked: applied
    assert "Python" in merged.platform.skills  # removal not ticked: kept
    assert [p.name for p in app.ctx.coach.profiles()] == ["Upwork"]


def test_broken_file_shows_the_problem_and_changes_nothing(app, qtbot, tmp_path, monkeypatch):
    bad = tmp_path / "my-resume.json"
    bad.write_text('{"basics": {"name": "Jane"', encoding="utf-8")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: shown.append(a[1:3])))
    flow = importing.import_path(app.ctx, app.window, str(bad))
    ended = finish(qtbot, app, flow)
    qtbot.waitUntil(lambda: ended == ["failed"], timeout=10_000)
    title, text = shown[0]
    assert title == "Cannot import this file"
    assert "my-resume.json" in text and "not valid JSON" in text and "Nothing was changed" in text
    assert [p.name for p in app.ctx.coach.profiles()] == ["Upwork"]
    assert app.ctx.coach.load_profile("Upwork")[1] == Profile.load(EXAMPLE)
    assert not app.window.findChildren(ImportTargetDialog)


@needs_shared
@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
def test_partly_bad_file_asks_before_importing_the_rest(app, qtbot, tmp_path, monkeypatch, answer):
    doc = json.loads(JANE.read_text(encoding="utf-8"))
    doc["work"][1]["startDate"] = "2019-13"
    path = tmp_path / "partly.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: asked.append(a[2]) or answer))
    flow = importing.import_path(app.ctx, app.window, str(path))
    ended = finish(qtbot, app, flow)
    if answer == QMessageBox.StandardButton.No:
        qtbot.waitUntil(lambda: ended == ["cancelled"], timeout=10_000)
        assert [p.name for p in app.ctx.coach.profiles()] == ["Upwork"]
    else:
        target = dialog(qtbot, app, ImportTargetDialog)
        target.new_radio.setChecked(True)
        target.name_edit.setText("Partly")
        target.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        qtbot.waitUntil(lambda: ended == ["imported"], timeout=10_000)
        wait_idle(qtbot, app)
        imported = app.ctx.coach.load_profile("Partly")[1]
        assert len(imported.employment) == len(doc["work"]) - 1
    assert "1 entries were skipped" in asked[0] and "work[1]" in asked[0] and "no month 13" in asked[0]


@needs_shared
def test_chooser_opens_a_file(app, qtbot, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(JANE), "")))
    flow = importing.start_import(app.ctx, app.window)
    ended = finish(qtbot, app, flow)
    chooser = dialog(qtbot, app, ImportChooser)
    assert chooser.choice_buttons["file"].accessibleName() == "From a file…"
    qtbot.mouseClick(chooser.choice_buttons["file"], Qt.MouseButton.LeftButton)
    target = dialog(qtbot, app, ImportTargetDialog)
    target.reject()
    qtbot.waitUntil(lambda: ended == ["cancelled"])
    assert [p.name for p in app.ctx.coach.profiles()] == ["Upwork"]


def test_pasted_text_opens_a_draft_that_is_saved_only_from_the_editor(app, qtbot, monkeypatch):
    flow = importing.paste_text(app.ctx, app.window)
    ended = finish(qtbot, app, flow)
    paste = dialog(qtbot, app, PasteDialog)
    assert not paste.read_button.isEnabled()
    qtbot.mouseClick(paste.read_button, Qt.MouseButton.LeftButton)
    paste.text.setPlainText("   \n ")
    assert not paste.read_button.isEnabled()
    paste.text.setPlainText(PASTED)
    qtbot.mouseClick(paste.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == ["draft"], timeout=10_000)

    editor = app.window.screen("profile")
    assert app.window.current == "profile"
    assert editor.is_draft and "pasted text" in editor.banner_text.text()
    assert editor.field("identity", "full_name").text() == "Wei Zhang"
    assert editor.field("platform", "hourly_rate").text() == "45"
    assert [p.name for p in app.ctx.coach.profiles()] == ["Upwork"]  # nothing saved yet

    editor.tabs.setCurrentIndex(1)
    editor.field("platform", "platform").setCurrentText("Fiverr")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("Fiverr", True)))
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    saved = app.ctx.coach.load_profile("Fiverr")[1]
    assert saved.identity.full_name == "Wei Zhang" and saved.platform.hourly_rate == 45
    assert saved.platform.platform == "Fiverr" and "Django" in saved.platform.skills
    assert not editor.is_draft and not editor.banner.isVisible()


def test_paste_dialog_reports_text_with_nothing_to_read(app, qtbot):
    importing.paste_text(app.ctx, app.window)
    paste = dialog(qtbot, app, PasteDialog)
    paste.text.setPlainText("...")
    qtbot.mouseClick(paste.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: paste.error.isVisible(), timeout=10_000)
    assert "Nothing in this text looks like a profile" in paste.error.text()
    assert paste.isVisible() and paste.read_button.isEnabled()
    paste.reject()


def test_save_profile_as_writes_a_native_file(app, qtbot, tmp_path, monkeypatch):
    out = tmp_path / "backup" / "upwork"
    out.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "")))
    importing.save_profile_as(app.ctx, app.window)
    qtbot.waitUntil(lambda: out.with_suffix(".json").exists(), timeout=10_000)
    wait_idle(qtbot, app)
    assert Profile.load(out.with_suffix(".json")) == Profile.load(EXAMPLE)
    assert "Saved “Upwork”" in app.window.statusBar().currentMessage()


@needs_shared
def test_a_merge_that_changes_the_name_asks_first(app, qtbot, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _p, title, text, *a: asked.append(f"{title}\n{text}") or QMessageBox.StandardButton.Cancel))
    flow = importing.import_path(app.ctx, app.window, str(JANE))
    ended = finish(qtbot, app, flow)
    target = dialog(qtbot, app, ImportTargetDialog)
    target.merge_radio.click()
    qtbot.mouseClick(target.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    preview = dialog(qtbot, app, MergePreviewDialog)
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)  # the name change is ticked
    qtbot.waitUntil(lambda: ended == ["cancelled"], timeout=10_000)
    assert len(asked) == 1 and "Wei Zhang → Jane Q. Fullstacker" in asked[0]
    assert app.ctx.coach.load_profile("Upwork")[1] == Profile.load(EXAMPLE)  # cancelled: nothing saved


def test_the_same_person_s_file_merges_by_default_and_notes_are_shown(app, qtbot, tmp_path):
    doc = {"basics": {"name": "Wei Zhang", "email": "wei@example.com"},
           "work": [{"name": "Acme", "position": "Developer", "startDate": "2019-01"}],
           "publications": [{"name": "A paper"}]}
    path = tmp_path / "wei.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    flow = importing.import_path(app.ctx, app.window, str(path))
    finish(qtbot, app, flow)
    target = dialog(qtbot, app, ImportTargetDialog)
    assert target.merge_radio.isChecked() and target.target == "Upwork" and not target.other_person
    assert "publications" in target.notes_label.text()  # what the import noticed, shown
    target.reject()


def test_a_file_of_the_person_of_another_profile_offers_that_profile(make_app, data_dir, qtbot, tmp_path):
    store = open_store(data_dir)
    coach = Coach(store)
    coach.save_profile("Upwork", Profile.load(EXAMPLE))  # Wei Zhang, the active profile
    mei = Profile()
    mei.identity.full_name = "Lin Mei"
    coach.save_profile("Fiverr", mei, make_active=False)
    store.close()
    app = make_app()
    doc = {"basics": {"name": "Lin  Mei", "email": "mei@example.com"},  # spaces and case do not matter
           "work": [{"name": "Acme", "position": "Developer", "startDate": "2019-01"}]}
    path = tmp_path / "mei.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    flow = importing.import_path(app.ctx, app.window, str(path))
    ended = finish(qtbot, app, flow)
    target = dialog(qtbot, app, ImportTargetDialog)
    # Lin Mei's file: her profile is offered and chosen, not the active one (Wei Zhang's)
    assert target.merge_radio.isChecked() and "“Fiverr”" in target.merge_radio.text()
    assert not target.other_note.isVisibleTo(target)
    qtbot.mouseClick(target.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    preview = dialog(qtbot, app, MergePreviewDialog)
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == ["merged"], timeout=10_000)
    wait_idle(qtbot, app)
    merged = app.ctx.coach.load_profile("Fiverr")[1]
    assert merged.identity.email == "mei@example.com" and merged.employment[0].company == "Acme"
    assert app.ctx.coach.load_profile("Upwork")[1] == Profile.load(EXAMPLE)  # Wei Zhang's profile untouched
    assert "“Fiverr”" in app.window.statusBar().currentMessage()


@pytest.mark.parametrize("answer", [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Yes])
def test_a_merge_that_changes_the_date_of_birth_asks_first(app, qtbot, tmp_path, monkeypatch, answer):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _p, title, text, *a: asked.append(f"{title}\n{text}") or answer))
    other = Profile.load(EXAMPLE)  # Wei Zhang again, born on another day
    other.identity.date_of_birth = "1993-02-03"
    path = tmp_path / "wei.json"
    other.save(path)
    flow = importing.import_path(app.ctx, app.window, str(path))
    ended = finish(qtbot, app, flow)
    target = dialog(qtbot, app, ImportTargetDialog)
    assert target.merge_radio.isChecked()  # the same name: a merge by default
    qtbot.mouseClick(target.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    preview = dialog(qtbot, app, MergePreviewDialog)
    qtbot.mouseClick(preview.apply_button, Qt.MouseButton.LeftButton)
    if answer == QMessageBox.StandardButton.Cancel:
        qtbot.waitUntil(lambda: ended == ["cancelled"], timeout=10_000)
        assert app.ctx.coach.load_profile("Upwork")[1] == Profile.load(EXAMPLE)  # cancelled: nothing saved
    else:
        qtbot.waitUntil(lambda: ended == ["merged"], timeout=10_000)
        wait_idle(qtbot, app)
        assert str(app.ctx.coach.load_profile("Upwork")[1].identity.date_of_birth) == "1993-02-03"
    assert len(asked) == 1 and "1992-08-17 → 1993-02-03" in asked[0]


def test_a_name_with_markup_shows_as_typed_in_the_import(make_app, data_dir, qtbot, tmp_path):
    name = "<b>Li</b> <img src=x>"
    store = open_store(data_dir)
    li = Profile.load(EXAMPLE)
    li.identity.full_name = name
    Coach(store).save_profile(name, li)
    store.close()
    app = make_app()
    doc = {"basics": {"name": name, "email": "li@example.com"}}
    path = tmp_path / "<i>li.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    flow = importing.import_path(app.ctx, app.window, str(path))
    ended = finish(qtbot, app, flow)
    target = dialog(qtbot, app, ImportTargetDialog)
    heading = next(lab for lab in target.findChildren(QLabel) if lab.objectName() == "h2")
    assert heading.text() == "Read “<i>li.json”" and heading.textFormat() == Qt.TextFormat.PlainText
    assert target.summary.text() == f"JSON Resume — {name}"
    assert target.summary.textFormat() == Qt.TextFormat.PlainText
    assert f"Merge into “{name}”" in target.merge_radio.text()  # the file's person is this profile's
    qtbot.mouseClick(target.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    preview = dialog(qtbot, app, MergePreviewDialog)
    heading = next(lab for lab in preview.findChildren(QLabel) if lab.objectName() == "h2")
    assert heading.text() == f"Import “<i>li.json” into “{name}”"
    assert heading.textFormat() == Qt.TextFormat.PlainText
    preview.reject()
    qtbot.waitUntil(lambda: ended == ["cancelled"], timeout=10_000)


def test_what_pasted_text_lacked_is_shown_in_the_draft(app, qtbot):
    flow = importing.paste_text(app.ctx, app.window)
    ended = finish(qtbot, app, flow)
    paste = dialog(qtbot, app, PasteDialog)
    paste.text.setPlainText("Wei Zhang\nChengdu, China\nFull-Stack Python Developer\n\nSkills\nPython\n\n"
                            "Work history\nA job with a client\n")  # no rate, no figures; a section not read
    qtbot.mouseClick(paste.read_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ended == ["draft"], timeout=10_000)
    editor = app.window.screen("profile")
    draft, shown, text = editor.is_draft, editor.banner.isVisible(), editor.banner_text.text()
    editor.discard()  # the window closes without asking to save the draft
    assert draft and shown and "Notes:" in text and "• no hourly rate such as $45.00/hr found" in text
    assert "• Work history: not read from pasted text" in text
    assert [p.name for p in app.ctx.coach.profiles()] == ["Upwork"]  # nothing saved
