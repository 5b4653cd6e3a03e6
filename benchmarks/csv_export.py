"""CSV export of a history of 1,000,000 answers: time and peak memory, streamed versus built in memory.

Builds a fresh data dir with the demo profile and ``--attempts`` answers (raw SQL inserts, in one
transaction), then measures each way of exporting in its own child process, so that each peak
resident set size (``ru_maxrss``) is that way's own:

- ``stream``: ``export_to_file(coach, "csv", ...)``, what the CLI and the app run (rows fetched and written a
  batch at a time);
- ``in_memory``: ``render_csv`` (the whole file as one string, then written), how the export worked before
  issue 17;
- ``baseline``: a plain ``sqlite3`` scan of the same query writing nothing (the floor: reading the rows).

The machines are shared and noisy: compare the figures with the baseline of the same run.

    python benchmarks/csv_export.py [--attempts 1000000] [--keep DIR]

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sqlite3
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify_coach.core.store.schema import DB_FILENAME  # noqa: E402

TARGET_S = 5.0  # a million answers
TARGET_PEAK_MB = 200


def _max_rss_mb() -> float:
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # kilobytes on Linux, bytes on macOS
    return round(kb / (1024 * 1024 if sys.platform == "darwin" else 1024), 1)


def build(data_dir: Path, attempts: int) -> float:
    """A demo profile and ``attempts`` answers over its facts; returns the seconds it took."""
    from verify_coach.core.coach import Coach
    from verify_coach.core.demo import make_demo_profile
    from verify_coach.core.store import open_store

    t0 = time.perf_counter()
    store = open_store(data_dir)
    coach = Coach(store)
    coach.save_profile("Demo", make_demo_profile(seed=0))
    pid = coach.active_profile_id()
    store.close()
    con = sqlite3.connect(data_dir / store.path.name)
    fact_ids = [r[0] for r in con.execute("SELECT id FROM fact WHERE profile_id=? AND active=1", (pid,))]
    sid = con.execute("INSERT INTO study_session (profile_id, mode, started_at, asked, correct) VALUES (?, 'practice', ?, 0, 0)",
                      (pid, "2025-01-01 00:00:00")).lastrowid
    rng = random.Random(1)
    start = datetime(2025, 1, 1)
    sql = ("INSERT INTO attempt (session_id, profile_id, fact_id, question_id, form, prompt, fact_keys, answer,"
           " expected, correct, score, feedback, latency_ms, rating, scheduled, created_at)"
           " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
    batch = []
    for i in range(attempts):
        ok = rng.random() < 0.8
        batch.append((sid, pid, fact_ids[i % len(fact_ids)], "q", "recall", "Which city were you born in?", "identity.birth_city",
                      "Chengdu" if ok else "Chongqing", "Chengdu", ok, 1.0 if ok else 0.0, "", rng.randint(800, 15000),
                      3 if ok else 1, 1, (start + timedelta(seconds=i * 20)).isoformat(" ")))
        if len(batch) == 50_000:
            con.executemany(sql, batch)
            batch.clear()
    if batch:
        con.executemany(sql, batch)
    con.execute("UPDATE study_session SET asked=? WHERE id=?", (attempts, sid))
    con.commit()
    con.close()
    return round(time.perf_counter() - t0, 1)


def measure(way: str, data_dir: Path, out: Path) -> dict[str, float]:
    """One way of exporting, in this (child) process: seconds and peak RSS (MB), before and after."""
    from verify_coach.core.coach import Coach
    from verify_coach.core.export import export_to_file
    from verify_coach.core.export.csv_history import _SQL, render_csv
    from verify_coach.core.store import open_store

    coach = Coach(open_store(data_dir))
    pid = coach.active_profile_id()
    rss0 = _max_rss_mb()
    t0 = time.perf_counter()
    if way == "stream":
        export_to_file(coach, "csv", out)
    elif way == "in_memory":
        out.write_bytes(render_csv(coach).encode("utf-8"))
    else:  # baseline: read the rows, write nothing
        con = sqlite3.connect(coach.store.path)
        for _ in con.execute(str(_SQL).replace(":pid", "?"), (pid,)):
            pass
        con.close()
    seconds = time.perf_counter() - t0
    return {"seconds": round(seconds, 2), "peak_rss_mb": _max_rss_mb(), "rss_before_mb": rss0,
            "file_mb": round(out.stat().st_size / 1e6, 1) if out.exists() else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attempts", type=int, default=1_000_000)
    ap.add_argument("--keep", help="build the data dir here (reused when it exists)")
    ap.add_argument("--ways", default="baseline,stream,in_memory")
    ap.add_argument("--measure", help=argparse.SUPPRESS)  # child process: way,data_dir,out
    args = ap.parse_args()
    if args.measure:
        way, data_dir, out = args.measure.split(",")
        print(json.dumps(measure(way, Path(data_dir), Path(out))))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(args.keep) if args.keep else Path(tmp) / "data"
        built = None
        if not (data_dir / DB_FILENAME).exists():
            built = build(data_dir, args.attempts)
        result: dict[str, object] = {"attempts": args.attempts, "build_s": built,
                                     "target": {"seconds": TARGET_S, "peak_rss_mb": TARGET_PEAK_MB}}
        for way in args.ways.split(","):
            out = Path(tmp) / f"{way}.csv"
            proc = subprocess.run([sys.executable, __file__, "--measure", f"{way},{data_dir},{out}"],
                                  capture_output=True, text=True, check=True, env={**os.environ})
            result[way] = json.loads(proc.stdout.strip().splitlines()[-1])
            out.unlink(missing_ok=True)
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
