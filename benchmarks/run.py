"""Core speed figures on a `large` demo profile, each with its target and a baseline measured in the
same run (these machines are shared and noisy: compare figures with their baseline, not across runs).

    python benchmarks/run.py [--attempts 1000000] [--repeat 7]

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from grading import grading_figures  # noqa: E402  (benchmarks/grading.py)

from verify_coach.core.coach import Coach  # noqa: E402
from verify_coach.core.demo import make_demo_profile  # noqa: E402
from verify_coach.core.facts import extract_facts  # noqa: E402
from verify_coach.core.importers import import_file  # noqa: E402
from verify_coach.core.questions import build_questions  # noqa: E402
from verify_coach.core.store import open_store  # noqa: E402


def median_ms(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 2)


def fill_attempts(store, profile_id: int, n: int) -> None:
    """Bulk-insert n synthetic attempts spread over the profile's facts, keeping the per-fact counters
    in review_state consistent (as answering would)."""
    con = sqlite3.connect(store.path)
    fact_ids = [r[0] for r in con.execute("SELECT id FROM fact WHERE profile_id=? AND active=1", (profile_id,))]
    cur = con.execute("INSERT INTO study_session (profile_id, mode, started_at, asked, correct) VALUES (?, 'practice', ?, 0, 0)",
                      (profile_id, "2026-01-01 00:00:00"))
    sid = cur.lastrowid
    rng = random.Random(1)
    start = datetime(2025, 1, 1)
    batch = []
    per_fact: dict[int, list[int]] = {}
    for i in range(n):
        fid = fact_ids[i % len(fact_ids)]
        ok = rng.random() < 0.8
        per_fact.setdefault(fid, [0, 0])
        per_fact[fid][0] += 1
        per_fact[fid][1] += ok
        batch.append((sid, profile_id, fid, "q", "recall", "p", "k", "a", "e", ok, 1.0 if ok else 0.0, "",
                      rng.randint(800, 15000), 3 if ok else 1, 1, (start + timedelta(seconds=i * 20)).isoformat(" ")))
        if len(batch) == 50_000:
            con.executemany(
                "INSERT INTO attempt (session_id, profile_id, fact_id, question_id, form, prompt, fact_keys, answer,"
                " expected, correct, score, feedback, latency_ms, rating, scheduled, created_at)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
            batch.clear()
    if batch:
        con.executemany(
            "INSERT INTO attempt (session_id, profile_id, fact_id, question_id, form, prompt, fact_keys, answer,"
            " expected, correct, score, feedback, latency_ms, rating, scheduled, created_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", batch)
    con.executemany(
        "UPDATE review_state SET attempts = attempts + ?, correct = correct + ? WHERE fact_id = ?",
        [(a, c, fid) for fid, (a, c) in per_fact.items()],
    )
    con.execute("UPDATE study_session SET asked=?, correct=? WHERE id=?", (n, sum(c for _, c in per_fact.values()), sid))
    con.commit()
    con.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attempts", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=7)
    args = ap.parse_args()
    out: dict[str, object] = {}
    profile = make_demo_profile(seed=1, size="large")
    facts = extract_facts(profile)
    out["large_profile"] = {"jobs": len(profile.employment), "projects": len(profile.portfolio), "facts": len(facts)}

    # 0. grading: per call over the corpus, and the worst case for long answers
    out["grading"] = grading_figures(args.repeat)

    # 1. build all questions
    out["build_questions_ms"] = {
        "median": median_ms(lambda: build_questions(profile, facts, seed=3), args.repeat),
        "target": 100,
        "baseline_extract_facts_ms": median_ms(lambda: extract_facts(profile), args.repeat),
        "questions": len(build_questions(profile, facts, seed=3)),
    }

    with tempfile.TemporaryDirectory() as tmp:
        # 4. import of the large profile (native file)
        src = Path(tmp) / "large.json"
        profile.save(src)

        def do_import() -> None:
            import_file(src)

        out["import_large_ms"] = {
            "median": median_ms(do_import, args.repeat),
            "target": 200,
            "baseline_json_loads_ms": median_ms(lambda: json.loads(src.read_text()), args.repeat),
        }
        store = open_store(Path(tmp) / "data")
        coach = Coach(store)
        t0 = time.perf_counter()
        coach.save_profile("Large", profile)
        out["save_large_profile_ms"] = round((time.perf_counter() - t0) * 1000, 1)

        # 2. grade and record one answer, committed
        plan = coach.start_session("practice", 200, seed=5)
        qs = plan.questions
        lat: list[float] = []
        now = datetime.now(UTC)
        for i, q in enumerate(qs):
            t0 = time.perf_counter()
            coach.answer(plan, q, q.answer if i % 3 else "wrong", 2500 + i, now=now + timedelta(seconds=i))
            lat.append((time.perf_counter() - t0) * 1000)
        base = sqlite3.connect(Path(tmp) / "baseline.sqlite3")
        base.execute("PRAGMA journal_mode=WAL")
        base.execute("PRAGMA synchronous=NORMAL")
        base.execute("CREATE TABLE t (a, b, c)")
        blat = []
        for i in range(200):
            t0 = time.perf_counter()
            base.execute("INSERT INTO t VALUES (?, ?, ?)", (i, "x" * 40, 1.5))
            base.commit()
            blat.append((time.perf_counter() - t0) * 1000)
        base.close()
        out["answer_commit_ms"] = {
            "median": round(statistics.median(lat), 3),
            "p95": round(sorted(lat)[int(len(lat) * 0.95)], 3),
            "target": 5,
            "baseline_raw_sqlite_insert_commit_ms": round(statistics.median(blat), 3),
        }

        # 5. the study sheet of the large profile (build + write), target 1 s; baseline: building it only
        from verify_coach.core.export import build_sheet, export_to_file
        from verify_coach.ui.pdf import write_pdf

        export_to_file(coach, "pdf", Path(tmp) / "warm.pdf", pdf_writer=write_pdf)  # starts Qt once (not timed)
        sheet_ms = {}
        for fmt in ("md", "html", "pdf"):
            sheet_ms[fmt] = median_ms(
                lambda f=fmt: export_to_file(coach, f, Path(tmp) / f"sheet.{f}", pdf_writer=write_pdf), 3)
        out["study_sheet_large_ms"] = {**sheet_ms, "target": 1000,
                                       "baseline_build_sheet_ms": median_ms(lambda: build_sheet(coach), 3)}

        # 3. stats with N attempts
        # every fact gets a review state first (one real answer each), then bulk history
        plan = coach.start_session("practice", len(facts), seed=6)
        for q in plan.questions:
            coach.answer(plan, q, q.answer, 3000)
        t0 = time.perf_counter()
        fill_attempts(store, plan.profile_id, args.attempts)
        out["fill_attempts_s"] = round(time.perf_counter() - t0, 1)
        con = sqlite3.connect(store.path)
        out["stats_ms"] = {
            "attempts": con.execute("SELECT COUNT(*) FROM attempt").fetchone()[0],
            "median": median_ms(lambda: coach.stats(), args.repeat),
            "target": 300,
            "baseline_count_attempts_ms": median_ms(
                lambda: con.execute("SELECT COUNT(*), SUM(correct) FROM attempt").fetchone(), args.repeat
            ),
        }
        con.close()
        store.close()

    out["ok"] = (
        out["grading"]["ok"]  # type: ignore[index]
        and out["build_questions_ms"]["median"] <= 100  # type: ignore[index]
        and out["answer_commit_ms"]["median"] <= 5  # type: ignore[index]
        and out["stats_ms"]["median"] <= 300  # type: ignore[index]
        and out["import_large_ms"]["median"] <= 200  # type: ignore[index]
        and max(out["study_sheet_large_ms"][f] for f in ("md", "html", "pdf")) <= 1000  # type: ignore[index]
    )
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
