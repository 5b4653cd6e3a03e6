"""``practice --aloud`` and ``call --aloud`` in the terminal, with real sound: espeak-ng speaks into the
virtual microphone each time a question is printed (skipped with the reason where it cannot start)."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from typing import Any

import pytest

from ..conftest import REPO

pytestmark = pytest.mark.audio
EXAMPLE = REPO / "resources" / "example-profile.json"


def cli(data_dir: Any, *argv: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir), *argv],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO, env=dict(os.environ), bufsize=1)


@pytest.fixture
def imported(data_dir):
    res = subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(data_dir), "import",
                          str(EXAMPLE), "--name", "Upwork"], capture_output=True, text=True, cwd=REPO)
    assert res.returncode == 0, res.stderr
    return data_dir


def drive(proc: subprocess.Popen, say: Any, *, answers: dict[str, str] | None = None,
          limit_s: float = 120) -> list[dict[str, Any]]:
    """Answer every question the way a user would: say fact answers aloud after a pause, rate them 1/2/3
    (``answers`` maps a prompt's word to the rating), tick everything else."""
    assert proc.stdout is not None and proc.stdin is not None
    events: list[dict[str, Any]] = []
    end = time.monotonic() + limit_s
    said = 0
    while time.monotonic() < end:
        line = proc.stdout.readline()
        if not line:
            break
        ev = json.loads(line)
        events.append(ev)
        kind = ev.get("event")
        if kind == "question":
            if ev.get("kind") in ("open",) or ev.get("checklist") is not None:
                proc.stdin.write(("all" if ev.get("checklist") else "1") + "\n")
            elif ev.get("kind") == "id_check":
                proc.stdin.write("all\n")
            elif ev.get("answer_kind") in ("choice", "order"):
                proc.stdin.write("1\n" if ev.get("answer_kind") == "choice" else "1 2 3\n")
            else:
                said += 1
                say("July twenty eighteen" if said % 2 else "Brightline Logistics", 1.0)
        elif kind == "expected":
            rating = "1"
            for word, r in (answers or {}).items():
                if word in json.dumps(ev):
                    rating = r
            proc.stdin.write(rating + "\n")
        if kind in ("summary", "report"):
            break
    proc.stdin.close()
    proc.wait(timeout=30)
    return events


def test_practice_aloud_prints_what_it_heard_and_records_the_rating(imported, virtual_mic):
    proc = cli(imported, "practice", "--aloud", "--json", "--count", "3", "--seed", "4", "--pause", "0.8")
    events = drive(proc, virtual_mic)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    heard = [e for e in events if e["event"] == "heard"]
    assert heard, events
    for h in heard:
        assert set(h) == {"event", "id", "onset_ms", "end_ms"}
        # spoken 1 s after the question was printed (espeak takes a moment to start)
        assert h["onset_ms"] is not None and 800 <= h["onset_ms"] <= 4000, h
        assert h["end_ms"] - h["onset_ms"] >= 500, h
    rated = [e for e in events if e["event"] == "rated"]
    assert len(rated) == len(heard) and all(e["rating"] == "right" and e["correct"] for e in rated)
    assert events[-1]["event"] == "summary"
    con = sqlite3.connect(imported / "verify_coach.sqlite3")
    rows = con.execute("SELECT spoken, self_rating, hesitation_ms, latency_ms FROM attempt WHERE spoken = 1").fetchall()
    con.close()
    assert len(rows) == len(heard)
    for (spoken, rating, hesitation, latency), h in zip(rows, heard, strict=True):
        assert spoken == 1 and rating == "right"
        assert abs(hesitation - h["onset_ms"]) <= 150 and abs(latency - h["end_ms"]) <= 150


def test_call_aloud_takes_the_facts_aloud(imported, virtual_mic):
    proc = cli(imported, "call", "--aloud", "--json", "--type", "kyc", "--seed", "2", "--pause", "0.8")
    events = drive(proc, virtual_mic, limit_s=240)
    assert proc.returncode == 0, proc.stderr.read() if proc.stderr else ""
    heard = [e for e in events if e["event"] == "heard"]
    assert heard and all(h["onset_ms"] is not None for h in heard)
    report = events[-1]
    assert report["event"] == "report"


def test_aloud_without_a_microphone_says_so_and_exits_2(imported, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("PULSE_SERVER", "XDG_RUNTIME_DIR")}
    env["PULSE_SERVER"] = "unix:" + str(tmp_path / "no-such-socket")
    res = subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(imported), "practice", "--aloud"],
                         input="", capture_output=True, text=True, cwd=REPO, env=env, timeout=60)
    assert res.returncode == 2
    assert "No microphone found" in res.stderr and "Traceback" not in res.stderr
    con = sqlite3.connect(imported / "verify_coach.sqlite3")
    assert con.execute("SELECT count(*) FROM study_session").fetchone() == (0,)  # nothing started
    con.close()
