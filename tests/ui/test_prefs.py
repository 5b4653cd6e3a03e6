"""Each setting declared once: its range is the same in Settings and on the practice panel."""

from __future__ import annotations

from verify_coach.ui.prefs import SETTINGS, Prefs, Setting


def test_values_come_back_typed_and_within_range(data_dir):
    data_dir.mkdir(parents=True, exist_ok=True)
    p = Prefs(data_dir)
    p.qs.setValue("session_length", "150")  # e.g. saved by an older version that allowed 200
    p.qs.setValue("speech_rate", "fast")  # unreadable
    p.qs.setValue("theme", "neon")  # not a choice
    assert p.get("session_length") == 100
    assert p.get("speech_rate") == 0.0
    assert p.get("theme") == "system"
    p.set("answer_countdown", 0)
    assert p.get("answer_countdown") == 1
    assert Setting("x", int, 3, minimum=1, maximum=5).coerce("7") == 5


def test_settings_and_the_practice_panel_agree_on_the_session_length(demo_app, qtbot, monkeypatch):
    from verify_coach.ui.dialogs.settings import SettingsDialog

    demo_app.ctx.prefs.qs.setValue("session_length", 150)
    dlg = SettingsDialog(demo_app.ctx, demo_app.window)
    qtbot.addWidget(dlg)
    practice = demo_app.window.screen("practice")
    spec = SETTINGS["session_length"]
    for box in (dlg.session_length, practice.length_box):
        assert (box.minimum(), box.maximum()) == (spec.minimum, spec.maximum)
    assert dlg.session_length.value() == 100
    practice.activate()
    qtbot.waitUntil(lambda: practice.length_box.value() == 100, timeout=10_000)
    assert practice._session_length() == 100  # what a session asks for is what the panel shows
