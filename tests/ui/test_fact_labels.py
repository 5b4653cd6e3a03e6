"""Fact labels in the interface language: every label the core makes has a known phrasing (so none stays in
English in the Chinese tables), the names inside are kept as written, and an unknown label is shown as is."""

from __future__ import annotations

from datetime import date

from verify_coach.core.demo import DEMO_SIZES, SUPPORTED_LOCALES, make_demo_profile
from verify_coach.core.facts import extract_facts
from verify_coach.ui.widgets.fact_labels import LABELS, fact_label, match


def test_every_label_the_core_makes_has_a_known_phrasing():
    seen: set[str] = set()
    for locale in SUPPORTED_LOCALES:
        for size in DEMO_SIZES:
            for f in extract_facts(make_demo_profile(1, locale, size, date(2026, 12, 1)), today=date(2026, 12, 1)):
                found = match(f.label)
                assert found is not None, (locale, f.key, f.label)
                seen.add(found[0])
    unused = set(LABELS) - seen
    # the phrasings no demo reaches: a job with no title, no field of study, a project with no completion date
    assert unused <= {"When you started {s}", "When you finished {s}", "The company where you were employed from {d}", "The company where you were employed",
                      "The company where you were {t}", "Where you studied", "The budget of the {p} job \u201c{t}\u201d",
                      "Your English level on the profile"}, unused


def test_labels_read_in_chinese_with_the_names_as_written(zh_translator):
    assert fact_label("What you studied at University of Phoenix") == "你在 University of Phoenix 学的专业"
    assert fact_label("Your hourly rate on Upwork") == "你在 Upwork 上的时薪"
    assert fact_label("Your hourly rate on the platform") == "你在平台上的时薪"
    assert fact_label("The company where you were Writer from March 2021") == "2021年3月起你任 Writer 的公司"
    assert fact_label("The client of your Upwork job \u201c{s} & <b>\u201d") == "你的 Upwork 工作“{s} & <b>”的客户"
    assert fact_label("Something a later version says") == "Something a later version says"


def test_labels_stay_english_in_english():
    assert fact_label("What you studied at University of Phoenix") == "What you studied at University of Phoenix"


def test_profile_dates_read_in_the_interface_language(zh_translator):
    from verify_coach.ui.screens import profile_form as pf
    from verify_coach.ui.widgets.call_report import shown_value
    from verify_coach.ui.widgets.format import partial_date

    assert pf.date_hint("2019-03") == "2019年3月"  # under the date fields of the editor
    assert shown_value("1998-03-27") == "1998年3月27日" and shown_value("2021") == "2021年"  # the call report
    assert partial_date("not a date") == "not a date"


def test_profile_dates_in_english():
    from verify_coach.ui.widgets.call_report import shown_value

    assert shown_value("1998-03-27") == "27 March 1998" and shown_value("a; b") == "a, b"


def test_the_editor_shows_the_hint_under_a_date_field_in_chinese(zh_translator, qtbot):
    """On the form itself (the call report's value goes through shown_value, tested above)."""
    from verify_coach.ui.screens import profile_form as pf
    from verify_coach.ui.widgets.record_form import RecordForm

    form = RecordForm(pf.SPECS["employment"], name="employment")
    qtbot.addWidget(form)
    form.show()
    form.set_values({"company": "Acme", "title": "Developer", "start": "2019-03", "end": "2021-11"})
    assert form.hints["start"].text() == "2019年3月" and form.hints["end"].text() == "2021年11月"
    assert form.hints["start"].isVisible()
