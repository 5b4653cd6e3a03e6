"""The app's first look: the same figures as the Coach, read with sqlite3 alone, and never a change on disk."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from datetime import UTC, datetime, timedelta

import pytest

from verify_coach.core.firstlook import FirstLook, first_look
from verify_coach.core.scheduling import Timing
from verify_coach.core.store import DB_FILENAME

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)


def _history(coach, name: str, seed: int, wrong_every: int = 3) -> None:
    plan = coach.start_session("practice", 30, seed=seed, now=NOW)
    for i, q in enumerate(plan.questions):
        answer = "no idea" if i % wrong_every == 0 else q.answer
        coach.answer(plan, q, answer, 2000 + 900 * i, now=NOW + timedelta(seconds=i))
    coach.end_session(plan, now=NOW + timedelta(minutes=5))


@pytest.fixture
def two_profiles(coach, sample_profile):
    from verify_coach.core.demo import make_demo_profile

    coach.save_profile("Upwork", sample_profile)
    _history(coach, "Upwork", seed=1)
    coach.save_profile("Fiverr", make_demo_profile(seed=3))  # now the active one
    _history(coach, "Fiverr", seed=2, wrong_every=2)
    coach.set_call_at(NOW + timedelta(days=3), "Fiverr")
    return coach


def test_same_figures_as_the_coach(two_profiles, data_dir):
    coach = two_profiles
    timing = Timing(fast_ms=3000, slow_ms=6000)
    coach.timing = timing
    later = NOW + timedelta(days=1)
    look = first_look(data_dir, timing, now=later)
    assert look is not None and look.profile == "Fiverr"
    assert look.profiles == coach.profiles()
    assert [p.name for p in look.profiles] == ["Fiverr", "Upwork"] and look.profiles[0].active
    assert look.stats == coach.stats(now=later)
    assert look.facts == coach.fact_stats(now=later)
    assert look.stats.attempts > 0 and look.stats.call_at and 0 < look.stats.readiness < 1
    assert any(f.weak for f in look.facts)  # the wrong answers show up as weak facts
    missed = [f.key for f in look.facts if f.attempts > f.correct]
    assert missed and look.wrong == coach.wrong_answers(missed)
    assert any(answers == ["no idea"] for answers in look.wrong.values())
    assert look.call_at == coach.call_at() and look.now == later and look.timing == timing


def test_reads_a_database_closed_cleanly(two_profiles, store, data_dir):
    expected = two_profiles.stats(now=NOW)
    store.close()  # checkpoints the write-ahead log into the file and removes it
    assert not (data_dir / f"{DB_FILENAME}-wal").exists()
    look = first_look(data_dir, Timing(), now=NOW)
    assert look is not None and look.stats == expected


def test_a_named_profile_and_the_default_when_none_is_active(two_profiles, data_dir, store):
    look = first_look(data_dir, Timing(), profile="Upwork", now=NOW)
    assert look is not None and look.stats == two_profiles.stats("Upwork", now=NOW)
    assert first_look(data_dir, Timing(), profile="Toptal", now=NOW) is None  # the core will say why
    with store.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM setting WHERE key = 'active_profile'")
    look = first_look(data_dir, Timing(), now=NOW)
    assert look is not None and look.profile == "Upwork" == two_profiles.stats(now=NOW).to_json()["profile"]  # the oldest


def test_no_database_yet_means_no_profiles(data_dir):
    assert first_look(data_dir, Timing()) == FirstLook()
    assert first_look(data_dir, Timing(), profile="Demo") is None  # --demo must create it: the core's job
    assert not (data_dir / DB_FILENAME).exists()


def test_a_database_with_no_profile(store, data_dir):
    assert first_look(data_dir, Timing()) == FirstLook()


@pytest.mark.parametrize("kind", ["garbage", "foreign", "older", "newer", "empty"])
def test_anything_unusual_is_left_to_the_core_untouched(store, data_dir, kind):
    db = data_dir / DB_FILENAME
    store.close()
    if kind == "garbage":
        db.write_bytes(b"not a database" * 100)
    elif kind == "foreign":
        db.unlink()
        import sqlite3

        con = sqlite3.connect(db)
        con.execute("CREATE TABLE notes (body TEXT)")
        con.commit()
        con.close()
    elif kind == "empty":
        db.write_bytes(b"")
    else:
        import sqlite3

        con = sqlite3.connect(db)
        con.execute("UPDATE alembic_version SET version_num = ?", ("0001" if kind == "older" else "9999",))
        con.commit()
        con.close()
    before = sorted(p.name for p in data_dir.iterdir())
    content = db.read_bytes()
    assert first_look(data_dir, Timing()) is None
    assert db.read_bytes() == content
    assert sorted(p.name for p in data_dir.iterdir()) == before  # not even a -wal or -shm file


def test_reads_without_the_orm(two_profiles, data_dir):
    """The point of the first look: SQLAlchemy, SQLModel and pydantic are not imported."""
    code = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from verify_coach.core.firstlook import first_look
        from verify_coach.core.scheduling import Timing
        look = first_look(Path({str(data_dir)!r}), Timing())
        assert look is not None and look.stats.attempts > 0, look
        print(sorted(m for m in ("sqlalchemy", "sqlmodel", "pydantic", "alembic") if m in sys.modules))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
