"""Spoken answers: the self-rating's verdict and schedule, and recordings of spoken answers (OGG/Opus,
owner-only, deleted with their answer, profile or data, in backups only when asked)."""

from __future__ import annotations

import io
import json
import logging
import os
import sqlite3
import stat
import zipfile
from datetime import UTC, datetime

import numpy as np
import pytest
import soundfile as sf

from verify_coach.core import recordings
from verify_coach.core.backup import delete_all_data, make_backup, restore_backup
from verify_coach.core.coach import Coach, CoachError
from verify_coach.core.scheduling import Rating
from verify_coach.core.speech.rating import SELF_RATINGS, self_rated, shown_answer, spoken_answer_text
from verify_coach.core.store import open_store

NOW = datetime(2026, 11, 20, 9, 0, tzinfo=UTC)
RATE = 16000


def _pcm(seconds: float = 1.0, rate: int = RATE) -> bytes:
    t = np.arange(int(rate * seconds)) / rate
    return (np.sin(2 * np.pi * 220 * t) * 8000).astype("<i2").tobytes()


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _count(store, sql: str) -> int:
    with store.engine.connect() as c:
        return int(c.exec_driver_sql(sql).scalar() or 0)


@pytest.fixture
def plan(upwork):
    return upwork.start_session("practice", 200, seed=1, now=NOW)


def _spoken(coach, plan, i: int = 0, rating: str = "right", latency: int = 3000):
    return coach.answer(plan, plan.questions[i], "", latency, spoken=True, self_rating=rating, now=NOW)


# ------------------------------------------------------------------------------------------ self-rating
def test_the_self_rating_makes_the_verdict():
    right, close, wrong = (self_rated(r) for r in SELF_RATINGS)
    assert (right.verdict.correct, right.verdict.score, right.forced) == (True, 1.0, None)
    assert (close.verdict.correct, close.verdict.score, close.forced) == (True, 0.5, Rating.Hard)
    assert close.verdict.feedback == "Close \u2014 you rated it close."
    assert (wrong.verdict.correct, wrong.verdict.score, wrong.forced) == (False, 0.0, Rating.Again)
    assert close.rating(500) == Rating.Hard and wrong.rating(500) == Rating.Again
    assert right.rating(500) == Rating.Easy and right.rating(60_000) == Rating.Hard  # by the time, as typed
    for bad in ("Right", "", "good", None):
        with pytest.raises(ValueError):
            self_rated(bad)  # type: ignore[arg-type]


def test_a_spoken_answer_shows_as_said_aloud():
    assert spoken_answer_text("close") == "(said aloud, rated close)"
    assert shown_answer("", True, "wrong") == "(said aloud, rated wrong)"
    assert shown_answer("Brightline", False, None) == "Brightline"
    assert shown_answer("", False, None) == ""


@pytest.mark.parametrize(("rating", "correct", "fsrs"), [("right", True, None), ("close", True, Rating.Hard),
                                                         ("wrong", False, Rating.Again)])
def test_coach_answer_schedules_a_self_rated_answer(upwork, store, plan, rating, correct, fsrs):
    res = _spoken(upwork, plan, rating=rating, latency=1000)
    assert res.verdict.correct is correct and res.spoken and res.self_rating == rating
    if fsrs is not None:
        assert res.rating == int(fsrs)
    with store.engine.connect() as c:
        row = c.exec_driver_sql("SELECT spoken, self_rating, answer, correct, rating, score FROM attempt").one()
    assert tuple(row[:4]) == (1, rating, "", int(correct))
    assert row[4] == res.rating
    fact = next(f for f in upwork.stats(now=NOW).to_json()["facts"] if f["key"] == plan.questions[0].fact_keys[0])
    assert fact["correct"] == int(correct)


def test_close_is_rated_hard_even_when_fast_and_survives_a_replay(upwork, store, plan):
    close = _spoken(upwork, plan, 0, "close", latency=200)
    assert close.rating == int(Rating.Hard)
    _spoken(upwork, plan, 1, "right", latency=200)
    upwork.undo_last(plan)  # replays the other fact; the close one keeps its stored rating
    assert _count(store, "SELECT rating FROM attempt") == int(Rating.Hard)


def test_a_typed_answer_is_not_spoken(upwork, store, plan):
    upwork.answer(plan, plan.questions[0], "something", 2000, now=NOW)
    assert _count(store, "SELECT spoken FROM attempt") == 0
    assert _count(store, "SELECT COUNT(*) FROM attempt WHERE self_rating IS NULL") == 1


def test_an_unknown_self_rating_is_refused(upwork, store, plan):
    with pytest.raises(CoachError, match="self-rating"):
        upwork.answer(plan, plan.questions[0], "", 1000, spoken=True, self_rating="great")
    assert _count(store, "SELECT COUNT(*) FROM attempt") == 0


def test_the_missed_answers_of_a_session_say_they_were_spoken(upwork, plan):
    res = _spoken(upwork, plan, rating="wrong")
    missed = upwork.end_session(plan, now=NOW).missed
    assert len(missed) == 1
    m = missed[0]
    assert (m["attempt_id"], m["spoken"], m["self_rating"], m["answer"]) == (res.attempt_id, True, "wrong", "")
    assert m["shown_answer"] == "(said aloud, rated wrong)"


def test_wrong_answers_list_a_spoken_one_as_said_aloud(upwork, plan):
    _spoken(upwork, plan, rating="wrong")
    key = plan.questions[0].fact_keys[0]
    assert upwork.wrong_answers([key]) == {key: ["(said aloud, rated wrong)"]}


def test_the_history_csv_shows_a_spoken_answer(upwork, plan):
    from verify_coach.core.export.csv_history import COLUMNS, render_csv

    res = _spoken(upwork, plan, rating="close")
    upwork.answer(plan, plan.questions[1], "typed", 2000, now=NOW)
    import csv

    rows = list(csv.DictReader(io.StringIO(render_csv(upwork))))
    assert list(rows[0]) == list(COLUMNS)
    spoken, typed = rows
    assert spoken["answer"] == "(said aloud, rated close)" and spoken["spoken"] == "true"
    assert spoken["self_rating"] == "close" and spoken["attempt_id"] == str(res.attempt_id)
    assert typed["answer"] == "typed" and typed["spoken"] == "false" and typed["self_rating"] == ""


# ------------------------------------------------------------------------------------------ encoding
@pytest.mark.parametrize("rate", [8000, 16000, 22050, 44100, 48000])
def test_encode_opus_round_trips_with_its_duration(rate):
    pcm = _pcm(1.5, rate)
    data = recordings.encode_opus(pcm, rate)
    assert data[:4] == b"OggS" and len(data) < len(pcm) / 4
    info = sf.info(io.BytesIO(data))
    assert info.channels == 1 and info.subtype == "OPUS"
    assert abs(info.frames / info.samplerate - 1.5) < 0.05
    assert abs(recordings.ogg_duration_ms(data) - 1500) < 50
    assert recordings.duration_ms(pcm, rate) == 1500
    samples, _ = sf.read(io.BytesIO(data), dtype="int16")
    assert np.abs(samples).max() > 2000  # the sound is there


def test_encode_opus_takes_odd_or_empty_input_and_refuses_a_bad_rate():
    assert recordings.encode_opus(b"", RATE)[:4] == b"OggS"
    assert recordings.encode_opus(_pcm(0.1) + b"\x01", RATE)[:4] == b"OggS"
    assert recordings.duration_ms(b"", RATE) == 0 and recordings.duration_ms(b"\0\0", 0) == 0
    with pytest.raises(recordings.RecordingError):
        recordings.encode_opus(_pcm(0.1), 0)
    assert recordings.ogg_duration_ms(b"not audio") == 0


# ------------------------------------------------------------------------------------------ the coach's recordings
def test_save_recording_is_private_atomic_and_listed(upwork, store, plan, data_dir):
    res = _spoken(upwork, plan)
    path = upwork.save_recording(res.attempt_id, _pcm(2.0), RATE)
    assert path == data_dir / "answer-recordings" / str(plan.profile_id) / f"{res.attempt_id}.ogg"
    assert _mode(path) == 0o600
    assert _mode(path.parent) == 0o700 and _mode(path.parent.parent) == 0o700
    assert sorted(os.listdir(path.parent)) == [path.name]  # no temporary file left
    assert upwork.recording_for(res.attempt_id) == path
    with store.engine.connect() as c:
        row = c.exec_driver_sql("SELECT attempt_id, profile_id, file, bytes, duration_ms FROM answer_recording").one()
    assert tuple(row) == (res.attempt_id, plan.profile_id, f"answer-recordings/{plan.profile_id}/{res.attempt_id}.ogg",
                          path.stat().st_size, 2000)
    assert upwork.recordings_usage() == (1, path.stat().st_size)
    again = upwork.save_recording(res.attempt_id, _pcm(1.0), RATE)  # recorded again: replaced
    assert again == path and _count(store, "SELECT COUNT(*) FROM answer_recording") == 1
    assert _count(store, "SELECT duration_ms FROM answer_recording") == 1000


def test_save_recording_for_an_unknown_answer_keeps_nothing(upwork, store, data_dir):
    with pytest.raises(CoachError):
        upwork.save_recording(999, _pcm(), RATE)
    assert not (data_dir / "answer-recordings").exists()
    assert upwork.recordings_usage() == (0, 0)


def test_recording_for_serves_only_a_file_whose_row_exists(upwork, store, plan):
    res = _spoken(upwork, plan)
    assert upwork.recording_for(res.attempt_id) is None  # none kept
    path = upwork.save_recording(res.attempt_id, _pcm(), RATE)
    path.unlink()
    assert upwork.recording_for(res.attempt_id) is None  # the file is gone
    path = upwork.save_recording(res.attempt_id, _pcm(), RATE)
    with store.engine.begin() as c:
        c.exec_driver_sql("DELETE FROM answer_recording")
    assert path.exists() and upwork.recording_for(res.attempt_id) is None  # the row is gone
    with store.engine.begin() as c:  # a row that names something else is never served
        c.exec_driver_sql("INSERT INTO answer_recording (attempt_id, profile_id, file, bytes, duration_ms, created_at)"
                          f" VALUES ({res.attempt_id}, {plan.profile_id}, '../../etc/passwd', 1, 1, '2026-01-01')")
    assert upwork.recording_for(res.attempt_id) is None


def test_undo_deletes_the_answers_recording(upwork, store, plan):
    first = _spoken(upwork, plan, 0)
    kept = upwork.save_recording(first.attempt_id, _pcm(), RATE)
    last = _spoken(upwork, plan, 1)
    path = upwork.save_recording(last.attempt_id, _pcm(), RATE)
    assert upwork.undo_last(plan) == last.attempt_id
    assert not path.exists() and kept.exists()
    assert _count(store, "SELECT COUNT(*) FROM answer_recording") == 1
    assert upwork.recording_for(first.attempt_id) == kept


def test_a_recording_that_cannot_be_deleted_is_logged(upwork, store, plan, monkeypatch, caplog):
    res = _spoken(upwork, plan)
    path = upwork.save_recording(res.attempt_id, _pcm(), RATE)
    real_unlink = type(path).unlink

    def refuse(self, *a, **k):
        if self.suffix == ".ogg":
            raise PermissionError("read-only")
        return real_unlink(self, *a, **k)

    monkeypatch.setattr(type(path), "unlink", refuse)
    with caplog.at_level(logging.WARNING, logger="verify_coach.core.recordings"):
        assert upwork.undo_last(plan) == res.attempt_id  # the undo itself goes through
    assert "could not delete" in caplog.text
    assert _count(store, "SELECT COUNT(*) FROM attempt") == 0
    assert path.exists() and upwork.recording_for(res.attempt_id) is None  # left over, never served


def test_delete_profile_deletes_its_recordings(upwork, store, plan, sample_profile, data_dir):
    res = _spoken(upwork, plan)
    path = upwork.save_recording(res.attempt_id, _pcm(), RATE)
    upwork.save_profile("Other", sample_profile, make_active=False)
    other = upwork.start_session("practice", 5, seed=2, name="Other", now=NOW)
    o = _spoken(upwork, other)
    other_path = upwork.save_recording(o.attempt_id, _pcm(), RATE)
    upwork.delete_profile("Upwork")
    assert not path.parent.exists() and other_path.exists()
    assert _count(store, "SELECT COUNT(*) FROM answer_recording") == 1
    assert upwork.recordings_usage()[0] == 1


def test_clear_recordings_deletes_every_file_and_row(upwork, store, plan, data_dir):
    for i in range(3):
        res = _spoken(upwork, plan, i)
        upwork.save_recording(res.attempt_id, _pcm(0.5), RATE)
    count, size = upwork.recordings_usage()
    assert count == 3 and size > 0
    assert upwork.clear_recordings() == 3
    assert upwork.recordings_usage() == (0, 0)
    assert _count(store, "SELECT COUNT(*) FROM answer_recording") == 0
    assert _count(store, "SELECT COUNT(*) FROM attempt") == 3  # the answers stay
    assert not (data_dir / "answer-recordings").exists()
    assert upwork.clear_recordings() == 0


def test_delete_all_data_removes_the_recordings(upwork, store, plan, data_dir):
    res = _spoken(upwork, plan)
    upwork.save_recording(res.attempt_id, _pcm(), RATE)
    store.close()
    removed = delete_all_data(data_dir)
    assert data_dir / "answer-recordings" in removed
    assert not data_dir.exists()


# ------------------------------------------------------------------------------------------ backups
def _recorded(coach, plan, n: int = 2) -> dict[int, bytes]:
    out = {}
    for i in range(n):
        res = _spoken(coach, plan, i)
        out[res.attempt_id] = coach.save_recording(res.attempt_id, _pcm(0.5 + i / 4), RATE).read_bytes()
    return out


def _db_of(zip_path, tmp_path):
    db = tmp_path / "copy.sqlite3"
    with zipfile.ZipFile(zip_path) as z:
        db.write_bytes(z.read("verify_coach.sqlite3"))
    con = sqlite3.connect(db)
    try:
        return con.execute("SELECT COUNT(*) FROM answer_recording").fetchone()[0], \
            con.execute("SELECT COUNT(*) FROM attempt").fetchone()[0]
    finally:
        con.close()


def test_a_backup_leaves_recordings_out_unless_asked(upwork, plan, tmp_path):
    _recorded(upwork, plan)
    path = make_backup(upwork, tmp_path / "plain.zip", now=NOW)
    with zipfile.ZipFile(path) as z:
        assert not [n for n in z.namelist() if n.startswith("answer-recordings")]
        assert json.loads(z.read("manifest.json"))["recordings"] == 0
    assert _db_of(path, tmp_path) == (0, 2)  # the answers are there, the rows of the recordings are not


def test_a_backup_with_recordings_holds_the_files_and_rows(upwork, plan, tmp_path):
    files = _recorded(upwork, plan)
    missing = _spoken(upwork, plan, 2)
    upwork.save_recording(missing.attempt_id, _pcm(), RATE).unlink()  # a row whose file is gone
    path = make_backup(upwork, tmp_path / "full.zip", recordings=True, now=NOW)
    with zipfile.ZipFile(path) as z:
        names = sorted(n for n in z.namelist() if n.startswith("answer-recordings/"))
        assert names == sorted(f"answer-recordings/{plan.profile_id}/{a}.ogg" for a in files)
        assert json.loads(z.read("manifest.json"))["recordings"] == 2
        for a, data in files.items():
            assert z.read(f"answer-recordings/{plan.profile_id}/{a}.ogg") == data
    assert _db_of(path, tmp_path) == (2, 3)


def test_restore_puts_the_recordings_back_owner_only(upwork, store, plan, tmp_path, data_dir):
    files = _recorded(upwork, plan)
    path = make_backup(upwork, tmp_path / "full.zip", recordings=True, now=NOW)
    upwork.clear_recordings()
    newer = _spoken(upwork, plan, 3)
    newer_file = upwork.save_recording(newer.attempt_id, _pcm(), RATE)
    store.close()
    kept = restore_backup(path, data_dir, now=NOW)
    assert (kept / "answer-recordings" / str(plan.profile_id) / newer_file.name).exists()  # kept aside
    restored = open_store(data_dir)
    try:
        coach = Coach(restored)
        for a, data in files.items():
            p = coach.recording_for(a)
            assert p is not None and p.read_bytes() == data
            assert _mode(p) == 0o600 and _mode(p.parent) == 0o700 and _mode(p.parent.parent) == 0o700
        assert coach.recording_for(newer.attempt_id) is None
        assert coach.recordings_usage()[0] == 2
    finally:
        restored.close()


def test_restore_without_recordings_serves_none(upwork, store, plan, tmp_path, data_dir):
    files = _recorded(upwork, plan)
    path = make_backup(upwork, tmp_path / "plain.zip", now=NOW)
    store.close()
    restore_backup(path, data_dir, now=NOW)
    restored = open_store(data_dir)
    try:
        coach = Coach(restored)
        assert all(coach.recording_for(a) is None for a in files)
        assert coach.recordings_usage() == (0, 0)
    finally:
        restored.close()


def test_restore_ignores_members_that_are_not_recordings(upwork, store, plan, tmp_path, data_dir):
    (aid,) = _recorded(upwork, plan, 1)
    path = make_backup(upwork, tmp_path / "full.zip", recordings=True, now=NOW)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("answer-recordings/../../evil.ogg", b"x")
        z.writestr("answer-recordings/1/notes.txt", b"x")
    store.close()
    restore_backup(path, data_dir, now=NOW)
    assert not (tmp_path / "evil.ogg").exists() and not (data_dir.parent / "evil.ogg").exists()
    files = [p.name for p in (data_dir / "answer-recordings").rglob("*") if p.is_file()]
    assert files == [f"{aid}.ogg"]  # only members named like a recording are taken


def test_the_cli_backup_takes_recordings(upwork, plan, tmp_path, data_dir):
    from verify_coach.cli import main

    _recorded(upwork, plan, 1)
    out = tmp_path / "cli.zip"
    assert main(["--data-dir", str(data_dir), "backup", "-o", str(out), "--recordings"]) == 0
    with zipfile.ZipFile(out) as z:
        assert json.loads(z.read("manifest.json"))["recordings"] == 1
    plain = tmp_path / "cli-plain.zip"
    assert main(["--data-dir", str(data_dir), "backup", "-o", str(plain)]) == 0
    with zipfile.ZipFile(plain) as z:
        assert json.loads(z.read("manifest.json"))["recordings"] == 0


def test_migration_0006_downgrades_and_upgrades(tmp_path):
    from alembic import command

    from verify_coach.core.store.engine import _alembic_config, current_revision, make_engine, upgrade

    engine = make_engine(tmp_path / "x.sqlite3")
    upgrade(engine, "0006")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0005")
    assert current_revision(engine) == "0005"
    upgrade(engine, "0006")
    assert current_revision(engine) == "0006"
    engine.dispose()


def test_the_study_sheet_takes_no_spoken_answer_as_a_typical_wrong_one(upwork, plan):
    from verify_coach.core.export.sheet import recent_wrong_values

    q = plan.questions[0]
    fact = plan.facts[q.fact_keys[0]]
    _spoken(upwork, plan, 0, "wrong")
    assert recent_wrong_values(upwork, None, [fact]) == {fact.key: []}


def test_a_call_answer_shows_as_said_aloud():
    from verify_coach.core.mockcall import FactAnswer

    said = FactAnswer(key="k", label="l", prompt="p", phase="x", given="", expected="e", correct=False,
                      latency_ms=1, hesitation_ms=None, attempt_id=7, spoken=True, self_rating="close")
    assert said.shown_given == "(said aloud, rated close)"
    typed = FactAnswer(key="k", label="l", prompt="p", phase="x", given="Lisbon", expected="e", correct=True,
                       latency_ms=1, hesitation_ms=None)
    assert typed.shown_given == "Lisbon" and not typed.spoken and typed.self_rating is None


def test_a_failed_restore_puts_the_current_recordings_back(upwork, store, plan, tmp_path, data_dir, monkeypatch):
    import verify_coach.core.backup as backup
    from verify_coach.core.backup import BackupError

    _recorded(upwork, plan, 1)
    path = make_backup(upwork, tmp_path / "full.zip", recordings=True, now=NOW)
    upwork.clear_recordings()
    res = _spoken(upwork, plan, 2)
    current = upwork.save_recording(res.attempt_id, _pcm(), RATE)
    before = current.read_bytes()
    store.close()

    def broken(_directory):
        raise RuntimeError("cannot open")

    monkeypatch.setattr(backup, "open_store", broken)
    with pytest.raises(BackupError, match="left as it was"):
        restore_backup(path, data_dir, now=NOW)
    files = sorted(p.relative_to(data_dir).as_posix() for p in (data_dir / "answer-recordings").rglob("*.ogg"))
    assert files == [current.relative_to(data_dir).as_posix()] and current.read_bytes() == before


def test_auto_backup_takes_recordings_when_asked(upwork, plan):
    from verify_coach.core.backup import auto_backup

    _recorded(upwork, plan, 1)
    with zipfile.ZipFile(auto_backup(upwork, now=NOW)) as z:
        assert json.loads(z.read("manifest.json"))["recordings"] == 0
    with zipfile.ZipFile(auto_backup(upwork, recordings=True, now=NOW)) as z:
        assert json.loads(z.read("manifest.json"))["recordings"] == 1


def test_a_self_rated_answer_is_a_spoken_one(upwork, store, plan):
    res = upwork.answer(plan, plan.questions[0], "", 1000, self_rating="right", now=NOW)
    assert res.spoken and _count(store, "SELECT spoken FROM attempt") == 1
