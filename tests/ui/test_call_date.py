"""The call-date dialog: a time that has passed is refused with a message (never silently replaced), and the
time is to the minute."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QDialogButtonBox

from verify_coach.ui.dialogs.call_date import CallDateDialog


def _at(dlg: CallDateDialog, when: datetime) -> None:
    dlg.edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))


def test_a_new_call_date_starts_in_three_days_on_the_hour_without_seconds(qtbot):
    dlg = CallDateDialog(None)
    qtbot.addWidget(dlg)
    value = dlg.value()
    assert value is not None and value.second == 0 and value.minute == 0
    assert timedelta(days=2, hours=23) < value - datetime.now(UTC) < timedelta(days=3, hours=1)
    assert not dlg.error.isVisibleTo(dlg)


def test_a_past_time_is_refused_with_a_message_and_ok_does_nothing(qtbot):
    dlg = CallDateDialog(None)
    qtbot.addWidget(dlg)
    dlg.show()
    _at(dlg, datetime.now(UTC) - timedelta(days=2))
    assert dlg.error.isVisible() and "has passed" in dlg.error.text()
    dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    assert dlg.isVisible() and dlg.result() == 0  # not accepted
    _at(dlg, datetime.now(UTC) + timedelta(days=1, seconds=37))
    assert not dlg.error.isVisible()
    with qtbot.waitSignal(dlg.accepted, timeout=2000):
        dlg.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()
    value = dlg.value()
    assert value is not None and value.second == 0


def test_a_call_date_that_has_passed_shows_as_it_is_with_the_message(qtbot):
    past = datetime(2024, 5, 6, 14, 30, tzinfo=UTC)
    dlg = CallDateDialog(past)
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.value() == past  # not replaced by a default
    assert dlg.error.isVisible()
