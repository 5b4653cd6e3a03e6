"""The helpers that replaced copies: the call countdown with its grace period, unique_by."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from verify_coach.core.dates import CALL_GRACE_S, call_countdown
from verify_coach.core.seq import unique_by

NOW = datetime(2026, 12, 7, 12, 0, tzinfo=UTC)


def test_the_call_countdown_ahead_now_within_the_grace_period_then_past():
    assert call_countdown(None, NOW).phase == "none"
    c = call_countdown(NOW + timedelta(days=2, hours=3, minutes=7, seconds=30), NOW)
    assert (c.phase, c.days, c.hours, c.minutes) == ("ahead", 2, 3, 7)
    assert call_countdown(NOW, NOW).phase == "now"
    assert call_countdown(NOW - timedelta(seconds=CALL_GRACE_S), NOW).phase == "now"
    past = call_countdown(NOW - timedelta(seconds=CALL_GRACE_S + 1), NOW)
    assert (past.phase, past.days_ago) == ("past", 0)
    assert call_countdown(NOW - timedelta(days=3, hours=1), NOW).days_ago == 3


def test_unique_by_keeps_the_first_of_each_in_order():
    assert unique_by(["Python", "python", "Go", "PYTHON", "go"], str.casefold) == ["Python", "Go"]
    assert unique_by([], str.casefold) == []


def test_private_writes_work_where_os_has_no_fchmod(tmp_path, monkeypatch):
    """Windows before Python 3.13 has no os.fchmod: saving a profile or an export must still work."""
    import os

    from verify_coach.core.files import write_private_file

    monkeypatch.delattr(os, "fchmod", raising=False)
    target = tmp_path / "sheet.md"
    write_private_file(target, b"hello")
    assert target.read_bytes() == b"hello"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.md"]  # no temporary file left
