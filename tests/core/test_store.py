from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
from datetime import datetime

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from tests.conftest import REPO
from verify_coach.core.store import (
    CorruptDatabaseError,
    NewerDatabaseError,
    models,  # noqa: F401  (registers the tables)
    open_store,
)
from verify_coach.core.store.engine import (
    DB_FILENAME,
    REVISIONS,
    current_revision,
    head_revision,
    make_engine,
    script_revisions,
    upgrade,
)


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_private_wal_with_foreign_keys(store, data_dir):
    assert stat.S_IMODE(os.stat(data_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(store.path).st_mode) == 0o600
    with store.engine.connect() as c:
        assert c.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert c.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    assert current_revision(store.engine) == head_revision()


def test_migrations_produce_exactly_the_models(store):
    with store.engine.connect() as c:
        diff = compare_metadata(MigrationContext.configure(c), SQLModel.metadata)
    assert diff == []


def test_upgrade_from_the_first_revision_keeps_data(tmp_path):
    path = tmp_path / DB_FILENAME
    engine = make_engine(path)
    upgrade(engine, "0001")
    with engine.begin() as c:
        c.exec_driver_sql(
            "INSERT INTO profile (id, name, data, created_at, updated_at) VALUES (1, 'Old', '{}', '2026-01-01', '2026-01-01')"
        )
        c.exec_driver_sql("INSERT INTO study_session (id, profile_id, mode, started_at) VALUES (1, 1, 'practice', '2026-01-01')")
        c.exec_driver_sql(
            "INSERT INTO fact (id, profile_id, key, category, label, value, kind, entity, attribute, first_seen)"
            " VALUES (1, 1, 'k', 'identity', 'l', 'v', 'name', 'identity', 'full_name', '2026-01-01')"
        )
        c.exec_driver_sql(
            "INSERT INTO attempt (session_id, profile_id, fact_id, question_id, form, prompt, fact_keys, answer, expected,"
            " correct, score, latency_ms, rating, created_at) VALUES (1,1,1,'q','recall','p','k','a','v',1,1.0,900,3,'2026-01-01')"
        )
    engine.dispose()
    assert current_revision(make_engine(path)) == "0001"
    store = open_store(tmp_path)
    assert current_revision(store.engine) == head_revision() != "0001"
    with store.engine.connect() as c:
        row = c.exec_driver_sql("SELECT latency_ms, hesitation_ms FROM attempt").one()
    assert tuple(row) == (900, None)
    backups = list(tmp_path.glob("*.bak"))
    assert len(backups) == 1  # a copy was kept before migrating
    store.close()


def test_newer_database_is_refused_and_left_untouched(tmp_path):
    store = open_store(tmp_path)
    with store.engine.begin() as c:
        c.exec_driver_sql("UPDATE alembic_version SET version_num = '9999'")
    store.close()
    path = tmp_path / DB_FILENAME
    before = _digest(path)
    files_before = sorted(os.listdir(tmp_path))
    with pytest.raises(NewerDatabaseError, match="newer version"):
        open_store(tmp_path)
    assert _digest(path) == before
    assert sorted(os.listdir(tmp_path)) == files_before


@pytest.mark.parametrize("content", [b"this is not a database at all" * 10, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_not_a_database_is_left_untouched(tmp_path, content):
    path = tmp_path / DB_FILENAME
    path.write_bytes(content)
    with pytest.raises(CorruptDatabaseError) as err:
        open_store(tmp_path)
    assert str(path) in str(err.value)
    assert path.read_bytes() == content
    assert sorted(os.listdir(tmp_path)) == [DB_FILENAME]


def test_a_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / DB_FILENAME
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(CorruptDatabaseError, match="not one of verify_coach"):
        open_store(tmp_path)


def test_foreign_keys_are_enforced(store):
    with pytest.raises(sa.exc.IntegrityError), store.engine.begin() as c:
        c.exec_driver_sql("INSERT INTO study_session (profile_id, mode, started_at) VALUES (42, 'practice', '2026-01-01')")


def test_the_revision_list_matches_the_migration_scripts():
    assert list(REVISIONS) == script_revisions()


def test_opening_an_up_to_date_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    open_store(tmp_path).close()
    code = (
        "import sys; from verify_coach.core.store import open_store\n"
        f"open_store({str(tmp_path)!r}).close()\n"
        "print(sorted(m for m in sys.modules if m.startswith('alembic')))\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "[]"  # no alembic module loaded


def test_write_sessions_begin_immediate_and_reads_stay_deferred(store):
    """Issue 17: a write takes the lock before it reads (so the busy timeout applies); reads never wait."""
    import sqlalchemy as sa
    from sqlmodel import select

    from verify_coach.core.store.models import Setting

    seen: list[str] = []

    def record(conn, cursor, statement, *args):
        if statement.startswith("BEGIN"):
            seen.append(statement)

    sa.event.listen(store.engine, "before_cursor_execute", record)
    try:
        with store.session() as s:
            s.exec(select(Setting)).all()
        with store.session(write=True) as s:
            s.add(Setting(key="k", value="v"))
            s.commit()
    finally:
        sa.event.remove(store.engine, "before_cursor_execute", record)
    assert seen == ["BEGIN", "BEGIN IMMEDIATE"]


def test_reads_go_on_while_another_connection_holds_the_write_lock(coach, sample_profile):
    import sqlite3
    import time

    coach.save_profile("Upwork", sample_profile)
    other = sqlite3.connect(coach.store.path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        t0 = time.monotonic()
        assert [p.name for p in coach.profiles()] == ["Upwork"]
        assert coach.stats().profile == "Upwork"
        assert coach.get_setting("nothing") is None
        assert time.monotonic() - t0 < 2  # no busy wait (WAL readers do not wait for a writer)
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_the_schema_snapshot_is_what_the_migrations_make():
    """verify_coach/core/store/expected_schema.py (what inspect_file compares a file with) is up to date:
    run scripts/schema_snapshot.py after adding a migration."""
    import importlib.util

    from verify_coach.core.store.expected_schema import SHAPES

    spec = importlib.util.spec_from_file_location("schema_snapshot", REPO / "scripts" / "schema_snapshot.py")
    assert spec and spec.loader
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)
    assert script.shapes() == SHAPES
    assert list(SHAPES) == list(REVISIONS)


def test_a_database_upgraded_step_by_step_has_the_shape_of_a_new_one(tmp_path):
    """Users' files were migrated from older revisions: they must pass the same shape check as a new file."""
    from verify_coach.core.store.engine import inspect_file
    from verify_coach.core.store.schema import shape_of, shape_problem

    path = tmp_path / DB_FILENAME
    engine = make_engine(path)
    for rev in REVISIONS:
        upgrade(engine, rev)
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        assert shape_problem(shape_of(con), head_revision()) is None
    finally:
        con.close()
    assert inspect_file(path) == head_revision()


# ------------------------------------------------------------------ dates that cannot be read (issue 17)
def _date_con():
    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (c DATETIME)")
    return con


def _passes_the_sql(con, value) -> bool:
    """Whether the fast SQL filter of ``unreadable_date`` lets ``value`` through without Python's look."""
    from verify_coach.core.store.schema import _CANONICAL

    con.execute("DELETE FROM t")
    con.execute("INSERT INTO t VALUES (?)", (value,))
    return not con.execute(f"SELECT count(*) FROM t WHERE c IS NOT NULL AND NOT ({_CANONICAL.format(c='c')})").fetchone()[0]


_DATE_TEXT = st.one_of(
    st.text(alphabet="0123456789-: .T+Za", min_size=0, max_size=30),
    st.builds(
        lambda y, mo, d, h, mi, s, tail: f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}:{s:02d}{tail}",
        st.integers(0, 9999), st.integers(0, 14), st.integers(0, 33), st.integers(0, 25), st.integers(0, 61),
        st.integers(0, 61), st.sampled_from(["", ".123456", ".12345", ".12345Z", "+00:00", "Z", ".1234a6", " "]),
    ),
    st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=False), st.binary(max_size=26),
)


@settings(max_examples=600, deadline=None)
@given(_DATE_TEXT)
def test_what_the_sql_date_filter_lets_through_python_reads(value):
    """The SQL filter may send a readable date on to Python, never let an unreadable one by (Feb 30, 24:00,
    a zone, year 0 or 3000, a number or bytes looking like a date)."""
    from verify_coach.core.store.schema import readable_date

    if _passes_the_sql(_date_con(), value):
        assert readable_date(value), value


@settings(max_examples=300, deadline=None)
@given(st.datetimes(min_value=datetime(1900, 1, 1), max_value=datetime(2999, 12, 31, 23, 59, 59)))
def test_every_date_sqlalchemy_writes_passes_the_sql_date_filter(dt):
    """What SQLAlchemy stores ("YYYY-MM-DD HH:MM:SS.ffffff") needs no look from Python: the check stays fast."""
    from sqlalchemy.dialects import sqlite as sqlite_dialect

    stored = sqlite_dialect.DATETIME().bind_processor(sqlite_dialect.dialect())(dt)
    assert _passes_the_sql(_date_con(), stored), stored
