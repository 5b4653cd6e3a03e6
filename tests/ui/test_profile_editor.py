"""The Profile screen: editing, validation next to the field, entries, undo/revert, saving with history."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QLineEdit, QMessageBox
from sqlmodel import select

from tests.ui.conftest import wait_idle
from verify_coach.core.coach import Coach
from verify_coach.core.profile import Profile
from verify_coach.core.store import open_store
from verify_coach.core.store.models import Attempt, FactRow, ReviewState

EXAMPLE = Path(__file__).resolve().parents[2] / "resources" / "example-profile.json"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def app(make_app, data_dir):
    """The app with one saved profile, "Upwork" (the example profile), on the Profile screen."""
    store = open_store(data_dir)
    Coach(store).save_profile("Upwork", Profile.load(EXAMPLE))
    store.close()
    return make_app()


@pytest.fixture
def editor(app, qtbot):
    app.window.show_screen("profile")
    scr = app.window.screen("profile")
    wait_idle(qtbot, app)
    qtbot.waitUntil(lambda: scr.profile_name == "Upwork")
    return scr


def retype(qtbot, widget: QLineEdit, text: str, *, leave: bool = True) -> None:
    """Type ``text`` over the field's value; then leave it (Return), as problems show once the field is left."""
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    qtbot.keyClicks(widget, text)
    if leave:
        widget.editingFinished.emit()  # what Return or a click elsewhere does


def select_entry(scr, section: str, index: int) -> None:
    scr.tabs.setCurrentIndex(list(scr.lists).index(section) + 2)
    scr.lists[section].entries.set_current(index)


def save_and_wait(qtbot, scr) -> object:
    with qtbot.waitSignal(scr.saved, timeout=10_000) as sig:
        qtbot.keyClick(scr, Qt.Key.Key_S, CTRL)
    return sig.args[0]


def test_edit_save_keeps_history_of_unchanged_facts(app, editor, qtbot):
    coach = app.ctx.coach
    facts = {(f.subject, f.attribute): f for f in coach.facts("Upwork")}
    changed = facts[("Brightline Logistics", "title")]
    kept = [facts[("", "full_name")], facts[("Freelance (Upwork)", "title")]]
    plan = coach.start_session("review", count=3, fact_keys=[changed.key] + [f.key for f in kept], seed=1)
    for q in plan.questions:
        coach.answer(plan, q, q.answer, 2500)
    coach.end_session(plan)

    select_entry(editor, "employment", 1)
    title = editor.field("employment", "title")
    assert title.text() == "Backend Developer"
    retype(qtbot, title, "Senior Backend Developer")
    assert editor.state_label.text() == "● Unsaved changes"
    result = save_and_wait(qtbot, editor)
    wait_idle(qtbot, app)

    assert 1 <= result.added == result.retired < 10 and result.kept > 50  # the title and facts built on it
    assert f"{result.added} facts changed, {result.kept} kept their history" in editor.status.text()
    assert not editor.has_unsaved_changes()
    _name, saved = coach.load_profile("Upwork")
    assert saved.employment[1].title == "Senior Backend Developer"
    with coach.store.session() as s:
        rows = {r.key: r for r in s.exec(select(FactRow)).all()}
        for f in kept:  # same fact row, still active, history attached
            row = rows[f.key]
            assert row.active
            assert s.get(ReviewState, row.id).attempts == 1
            assert len(s.exec(select(Attempt).where(Attempt.fact_id == row.id)).all()) == 1
        old = rows[changed.key]
        assert not old.active and s.get(ReviewState, old.id).attempts == 1  # retired, history kept
        new = [r for r in rows.values() if r.value == "Senior Backend Developer"]
        assert len(new) == 1 and new[0].active and s.get(ReviewState, new[0].id) is None


def test_bad_end_date_is_shown_next_to_the_field_and_save_is_refused(app, editor, qtbot):
    select_entry(editor, "employment", 0)
    end = editor.field("employment", "end")
    retype(qtbot, end, "2015-02")
    assert "before it starts" in editor.field_error("employment", "end")
    assert end.property("invalid") is True
    assert "⚠" in editor.lists["employment"].entries.list.item(0).text()
    assert "1 problem to fix" in editor.status.text()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, app)
    assert "Not saved" in editor.status.text()
    assert app.ctx.coach.load_profile("Upwork")[1].employment[0].end == "2018-06"

    retype(qtbot, end, "2019-13")
    assert "no month 13" in editor.field_error("employment", "end")
    retype(qtbot, end, "2018-06")
    assert editor.field_error("employment", "end") == ""
    assert end.property("invalid") is False
    assert not editor.has_unsaved_changes()


def test_negative_rate_and_bad_number_are_flagged(editor, qtbot):
    editor.tabs.setCurrentIndex(1)
    rate = editor.field("platform", "hourly_rate")
    retype(qtbot, rate, "-5")
    assert editor.field_error("platform", "hourly_rate") == "cannot be negative"
    retype(qtbot, editor.field("platform", "total_jobs"), "many")
    assert "whole number" in editor.field_error("platform", "total_jobs")
    assert len(editor.errors) == 2
    assert not editor.save()
    editor.discard()  # closing the window would ask


def test_add_reorder_remove_employment_entry(app, editor, qtbot):
    select_entry(editor, "employment", 2)
    entries = editor.lists["employment"].entries
    qtbot.mouseClick(entries.add_button, Qt.MouseButton.LeftButton)
    assert entries.count() == 4 and entries.current() == 3
    company = editor.field("employment", "company")
    assert not editor.field_error("employment", "company")  # a new entry does not start in an error state
    qtbot.keyClicks(company, "Acme Robotics")
    qtbot.keyClicks(editor.field("employment", "start"), "2024-01")
    qtbot.mouseClick(editor.field("employment", "current"), Qt.MouseButton.LeftButton)
    assert entries.list.item(3).text().startswith("Acme Robotics")

    qtbot.keyClick(entries.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert [e["company"] for e in editor.doc["employment"]][2:] == ["Acme Robotics", "Freelance (Upwork)"]
    assert entries.current() == 2

    qtbot.mouseClick(entries.remove_button, Qt.MouseButton.LeftButton)
    assert entries.count() == 3
    assert "Ctrl+Z" in editor.status.text()
    qtbot.keyClick(entries.list, Qt.Key.Key_Z, CTRL)  # removing asked nothing; undo brings it back
    assert entries.count() == 4 and editor.doc["employment"][2]["company"] == "Acme Robotics"

    save_and_wait(qtbot, editor)
    wait_idle(qtbot, app)
    saved = app.ctx.coach.load_profile("Upwork")[1]
    assert [e.company for e in saved.employment][2:] == ["Acme Robotics", "Freelance (Upwork)"]
    assert saved.employment[2].current and saved.employment[2].start == "2024-01"


def test_undo_and_redo_a_field_edit(editor, qtbot):
    name = editor.field("identity", "full_name")
    retype(qtbot, name, "Wei Z.")
    retype(qtbot, editor.field("identity", "address.city"), "Chongqing")
    qtbot.keyClick(editor.field("identity", "address.city"), Qt.Key.Key_Z, CTRL)
    assert editor.field("identity", "address.city").text() == "Chengdu"
    assert name.text() == "Wei Z."
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL)  # the whole typing in one field is one step
    assert name.text() == "Wei Zhang"
    assert not editor.has_unsaved_changes()
    qtbot.keyClick(name, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert name.text() == "Wei Z."
    editor.discard()


def test_revert_goes_back_to_the_saved_version_and_can_be_undone(editor, qtbot):
    retype(qtbot, editor.field("identity", "phone"), "+1 555 0100")
    select_entry(editor, "education", 0)
    qtbot.mouseClick(editor.lists["education"].entries.remove_button, Qt.MouseButton.LeftButton)
    assert editor.revert_button.isEnabled()
    qtbot.mouseClick(editor.revert_button, Qt.MouseButton.LeftButton)
    assert not editor.has_unsaved_changes()
    assert editor.field("identity", "phone").text() == "+86 138 0000 1234"
    assert editor.lists["education"].entries.count() == 1
    editor.undo_stack.undo()
    assert editor.field("identity", "phone").text() == "+1 555 0100"
    assert editor.lists["education"].entries.count() == 0
    editor.discard()


def test_can_leave_asks_save_discard_cancel(app, editor, qtbot, monkeypatch):
    answers = []

    def ask(parent, title, text, *args):
        answers.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", staticmethod(ask))
    retype(qtbot, editor.field("identity", "nationality"), "Singaporean")

    reply = QMessageBox.StandardButton.Cancel
    app.window.show_screen("welcome")
    assert app.window.current == "profile" and len(answers) == 1 and "Upwork" in answers[0]
    assert editor.has_unsaved_changes()

    reply = QMessageBox.StandardButton.Discard
    app.window.show_screen("welcome")
    assert app.window.current == "welcome"
    assert not editor.has_unsaved_changes() and editor.doc["identity"]["nationality"] == "Chinese"

    app.window.show_screen("profile")
    wait_idle(qtbot, app)
    retype(qtbot, editor.field("identity", "nationality"), "Singaporean")
    reply = QMessageBox.StandardButton.Save
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        app.window.show_screen("welcome")
    wait_idle(qtbot, app)
    assert app.ctx.coach.load_profile("Upwork")[1].identity.nationality == "Singaporean"


def test_new_profile_then_switch_between_profiles(app, editor, qtbot, monkeypatch):
    qtbot.keyClick(app.window, Qt.Key.Key_N, CTRL)
    assert editor.is_draft and editor.banner.isVisible()
    assert editor.field("identity", "full_name").text() == ""
    retype(qtbot, editor.field("identity", "full_name"), "Wei Zhang")
    editor.tabs.setCurrentIndex(1)
    retype(qtbot, editor.field("platform", "platform").lineEdit(), "Fiverr")
    asked = []

    def get_text(parent, title, label, echo, text):
        asked.append(text)
        return "Fiverr", True

    monkeypatch.setattr(QInputDialog, "getText", staticmethod(get_text))
    result = save_and_wait(qtbot, editor)
    wait_idle(qtbot, app)
    assert asked == ["Fiverr"]  # suggested from the platform
    assert result.added > 0 and "Saved “Fiverr”" in editor.status.text()
    assert not editor.is_draft and editor.name_label.text() == "Fiverr"
    infos = {p.name: p for p in app.ctx.coach.profiles()}
    assert set(infos) == {"Upwork", "Fiverr"} and infos["Fiverr"].active

    box = app.window.profile_box
    qtbot.waitUntil(lambda: box.count() == 2)
    box.setCurrentIndex(box.findText("Upwork"))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: editor.profile_name == "Upwork", timeout=10_000)
    wait_idle(qtbot, app)
    assert editor.field("platform", "platform").currentText() == "Upwork"
    assert editor.lists["employment"].entries.count() == 3


def test_rename_and_delete_profile(app, editor, qtbot, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("Upwork 2025", True)))
    qtbot.mouseClick(editor.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.profile_name == "Upwork 2025")
    wait_idle(qtbot, app)
    assert [p.name for p in app.ctx.coach.profiles()] == ["Upwork 2025"]

    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(editor.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.is_draft, timeout=10_000)  # nothing left: a blank new profile
    wait_idle(qtbot, app)
    assert "history" in asked[0]
    assert app.ctx.coach.profiles() == []
    assert "no profile yet" in editor.banner_text.text()


# -- the form model (no window) ------------------------------------------------------------------
def test_form_round_trip_and_every_problem_reported_by_field():
    from verify_coach.ui.screens import profile_form as pf

    profile = Profile.load(EXAMPLE)
    form = pf.to_form(profile)
    assert pf.validate(form) == (profile, {})
    form["employment"][0]["end"] = "2019-13"
    form["employment"][1]["end"] = "1990"
    form["platform"]["hourly_rate"] = "-5"
    form["platform"]["languages"].append(["", "Fluent"])
    form["education"].append(pf.blank_entry("education"))
    valid, errors = pf.validate(form)
    assert valid is None
    assert errors == {
        "employment[0].end": "'2019-13': there is no month 13",
        "employment[1].end": "ends (1990) before it starts (2018-07)",
        "platform.hourly_rate": "cannot be negative",
        "platform.languages[2].name": "a language needs a name",
        "education[1].school": "this field is required",
    }
    assert pf.locate("platform.languages[2].name") == ("platform", None, "languages", "[2].name")
    assert pf.locate("identity.address.city") == ("identity", None, "address.city", "")
    assert pf.field_message("[2].name", "a language needs a name") == "Row 3: a language needs a name"


def test_form_keeps_partial_dates_and_plain_numbers():
    from verify_coach.ui.screens import profile_form as pf

    form = pf.to_form(Profile())
    form["employment"].append(pf.blank_entry("employment") | {"company": "Acme", "start": "2019-3", "end": "2020"})
    form["platform"]["total_earnings"] = "1500000"
    profile, errors = pf.validate(form)
    assert errors == {} and profile is not None
    assert (profile.employment[0].start, profile.employment[0].end) == ("2019-03", "2020")  # no day invented
    assert pf.number_text(profile.platform.total_earnings) == "1500000"
    assert pf.number_text(4.85) == "4.85" and pf.date_hint("2019-03") == "March 2019"


def test_first_profile_typed_in_from_an_empty_app(make_app, qtbot, monkeypatch):
    app = make_app()
    assert app.window.current == "welcome"
    qtbot.mouseClick(app.window.screen("welcome").create_button, Qt.MouseButton.LeftButton)
    scr = app.window.screen("profile")
    wait_idle(qtbot, app)
    assert app.window.current == "profile" and scr.is_draft and scr.banner.isVisible()
    assert not scr.has_unsaved_changes()  # an untouched blank draft: leaving asks nothing
    qtbot.keyClicks(scr.field("identity", "full_name"), "Ana Silva")
    select_entry(scr, "employment", 0)
    assert scr.lists["employment"].stack.currentIndex() == 1  # the empty state says what to do
    qtbot.mouseClick(scr.lists["employment"].empty_add, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(scr.field("employment", "company"), "Acme")
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a: ("Upwork", True)))
    save_and_wait(qtbot, scr)
    wait_idle(qtbot, app)
    assert app.window.profile_names == ["Upwork"]
    assert app.ctx.coach.load_profile("Upwork")[1].employment[0].company == "Acme"


def test_an_employers_name_in_another_script_is_typed_in_and_accepted_as_an_answer(app, editor, qtbot, tmp_path):
    select_entry(editor, "employment", 1)
    local = editor.field("employment", "local_name")
    assert local.text() == ""
    local.setFocus()
    local.setText("明线物流")  # typed with an input method: QTest cannot send CJK key events
    local.textEdited.emit("明线物流")
    editor.window().grab().save(str(tmp_path / "employment.png"))
    save_and_wait(qtbot, editor)
    wait_idle(qtbot, app)
    coach = app.ctx.coach
    assert coach.load_profile("Upwork")[1].employment[1].local_name == "明线物流"
    fact = next(f for f in coach.facts("Upwork") if f.attribute == "company" and f.value == "Brightline Logistics")
    plan = coach.start_session("review", count=1, fact_keys=[fact.key], seed=1)
    assert plan.facts[fact.key].aliases == ("明线物流",)
    from verify_coach.core.questions.model import new_question

    q = new_question("q-t", "recall", "Where did you work?", None, fact.value, "name", (fact.key,), "employment")
    assert coach.answer(plan, q, "明线物流", 2500).verdict.correct
    coach.end_session(plan)


def test_a_narrow_window_stacks_the_fields_and_keeps_the_entry_buttons_readable(app, editor, qtbot):
    """At 900 px the job form is one column (no sideways scrolling, dates not squashed); at 1180 it is two."""
    section = editor.lists["employment"]
    select_entry(editor, "employment", 0)
    form = section.form
    start, end = form.editors["start"], form.editors["end"]

    def rows() -> tuple[int, int]:
        return start.mapTo(form, start.rect().topLeft()).y(), end.mapTo(form, end.rect().topLeft()).y()

    app.window.resize(1180, 780)
    qtbot.waitUntil(lambda: rows()[0] == rows()[1])
    app.window.resize(900, 600)
    qtbot.waitUntil(lambda: rows()[1] > rows()[0])
    scroll = section.stack.widget(0)
    assert not scroll.horizontalScrollBar().isVisible()
    assert start.width() >= 250  # a date field wide enough to read "2020-09" and its hint
    for button in section.entries.findChildren(type(section.empty_add)):
        if button.isVisible() and len(button.text()) > 1:  # the arrows are icon-sized on purpose
            assert button.width() >= button.minimumSizeHint().width(), button.text()


def test_the_name_on_the_id_is_saved_and_a_note_says_how_it_differs_as_you_type(app, editor, qtbot, tmp_path):
    """The example profile is "Wei Zhang" with "ZHANG WEI" on the ID: the note says so at once, goes away
    when the two match (capitals alone are fine) and the fields below do not move when it comes and goes."""
    from verify_coach.core.names import compare_id_name

    editor.tabs.setCurrentIndex(0)
    form = editor.forms["identity"]
    id_name = editor.field("identity", "id_name")
    below = editor.field("identity", "date_of_birth")

    def below_y() -> int:
        return below.mapTo(form, below.rect().topLeft()).y()

    assert id_name.text() == "ZHANG WEI"
    qtbot.waitUntil(lambda: "the same words in a different order" in form.note("id_name"))
    assert form.note("id_name") == compare_id_name("Wei Zhang", "ZHANG WEI").message
    assert form.notes["id_name"].isVisible()
    assert "Exactly as printed on the ID you will show" in [lbl.text() for lbl in form.findChildren(QLabel)]
    editor.window().grab().save(str(tmp_path / "identity-note.png"))
    y = below_y()

    retype(qtbot, id_name, "WEI ZHANG")  # only capitals differ: fine, no note
    qtbot.waitUntil(lambda: form.note("id_name") == "")
    assert below_y() == y
    retype(qtbot, id_name, "Wei Zhang Hao")
    qtbot.waitUntil(lambda: "your ID has “Hao”, which your profile leaves out" in form.note("id_name"))
    assert below_y() == y
    retype(qtbot, id_name, "WEI ZHANG")
    save_and_wait(qtbot, editor)
    wait_idle(qtbot, app)
    saved = app.ctx.coach.load_profile("Upwork")[1]
    assert saved.identity.id_name == "WEI ZHANG"
    assert not any(f.value == "WEI ZHANG" for f in app.ctx.coach.facts("Upwork"))  # not asked as a question


def test_editing_the_full_name_updates_the_note_too(editor, qtbot):
    form = editor.forms["identity"]
    retype(qtbot, editor.field("identity", "full_name"), "Zhang Wei")
    qtbot.waitUntil(lambda: form.note("id_name") == "")
    name = editor.field("identity", "full_name")
    name.setFocus()
    name.setText("张伟")  # typed with an input method: QTest cannot send CJK key events
    name.textEdited.emit("张伟")
    qtbot.waitUntil(lambda: "Chinese characters" in form.note("id_name") and "pinyin" in form.note("id_name"))
    editor.discard()


def test_ctrl_tab_switches_the_sections(editor, qtbot):
    scr = editor
    scr.tabs.setCurrentIndex(0)
    scr.tabs.currentWidget().setFocus()
    qtbot.keyClick(scr, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert scr.tabs.currentIndex() == 1
    qtbot.keyClick(scr, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert scr.tabs.currentIndex() == 0
    qtbot.keyClick(scr, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert scr.tabs.currentIndex() == scr.tabs.count() - 1  # it wraps round


def test_a_new_entry_shows_its_missing_name_once_left_or_saved(app, editor, qtbot):
    entries = editor.lists["employment"].entries
    qtbot.mouseClick(entries.add_button, Qt.MouseButton.LeftButton)
    new = entries.current()
    assert not editor.field_error("employment", "company") and not editor.save()  # blocked all the same
    assert editor.field_error("employment", "company")  # saving was tried: now it says why
    from verify_coach.ui import theme
    from verify_coach.ui.icons import icon

    tab = editor.tabs.currentIndex()  # the tab says so with a warning sign (a cross looked like "close tab")
    assert editor.tabs.tabIcon(tab).cacheKey() == icon("warning", theme.colors()["bad"]).cacheKey()
    assert editor.tabs.tabToolTip(tab) == "This section has a problem to fix"
    qtbot.mouseClick(entries.add_button, Qt.MouseButton.LeftButton)  # another new one
    assert not editor.field_error("employment", "company")
    select_entry(editor, "employment", new)  # leaving the second one
    select_entry(editor, "employment", new + 1)
    assert editor.field_error("employment", "company")
    editor.revert()  # leave nothing unsaved behind


def test_choices_show_in_the_interface_language_and_stay_english_in_the_profile(qtbot):
    from PySide6.QtCore import QCoreApplication, QTranslator
    from PySide6.QtWidgets import QComboBox

    from verify_coach.ui.i18n import TRANSLATIONS
    from verify_coach.ui.screens import profile_form as pf
    from verify_coach.ui.widgets.record_form import RecordForm

    tr = QTranslator()
    assert tr.load(str(TRANSLATIONS / "verify_coach_zh_CN.qm"))
    QCoreApplication.installTranslator(tr)
    try:
        form = RecordForm(pf.SPECS["identity"], name="identity")
        qtbot.addWidget(form)
        combo = form.editor("id_document_type")
        assert isinstance(combo, QComboBox) and combo.itemText(0) == "护照" and combo.itemData(0) == "Passport"
        form.set_values({"id_document_type": "Passport"})
        assert combo.currentText() == "护照" and form.value("id_document_type") == "Passport"
        with qtbot.waitSignal(form.edited) as sig:
            combo.setCurrentIndex(combo.findData("Residence permit"))
        assert sig.args == ["id_document_type", "Residence permit"]  # kept in English (the call is in English)
        form.set_values({"id_document_type": "Green card"})  # a free text stays as typed
        assert combo.currentText() == "Green card" and form.value("id_document_type") == "Green card"
    finally:
        QCoreApplication.removeTranslator(tr)


def test_a_problem_waits_until_the_field_is_left_and_goes_as_soon_as_it_is_fixed(app, editor, qtbot):
    select_entry(editor, "employment", 0)
    end = editor.field("employment", "end")
    retype(qtbot, end, "2015-02", leave=False)  # still typing: nothing shows yet, nothing jumps
    assert editor.field_error("employment", "end") == ""
    QApplication.processEvents()  # the layout settles
    top = editor.field("employment", "location").mapTo(editor, end.rect().topLeft())
    end.editingFinished.emit()
    QApplication.processEvents()
    assert "before it starts" in editor.field_error("employment", "end")  # shown once left...
    assert editor.field("employment", "location").mapTo(editor, end.rect().topLeft()) == top  # ...in room kept
    end.setFocus()
    end.end(False)
    qtbot.keyClick(end, Qt.Key.Key_Backspace)  # "2015-0"
    assert "no month 0" in editor.field_error("employment", "end")  # a problem already shown follows the typing
    end.selectAll()
    qtbot.keyClicks(end, "2018-06")
    assert editor.field_error("employment", "end") == ""  # and goes as soon as it is fixed
    editor.revert()
