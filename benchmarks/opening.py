"""What the checks of an existing database cost when it is opened, with a large history (1,000,000 answers).

Before anything could change a file, ``store.engine.inspect_file`` reads it immutably: its structure, SQLite's
``quick_check``, and (issue 17) every date column, so that a date that cannot be read ('yesterday', month 13)
is refused with a clear message instead of ending ``stats`` or the dashboard in a traceback. Figures, in ms,
best of ``--repeat`` runs on the same data (these machines are shared and noisy: compare within one run):

- ``baseline_quick_check_ms``: SQLite's ``PRAGMA quick_check`` alone, what opening cost before the date check;
- ``date_check_ms``: ``schema.unreadable_date`` over every date column;
- ``inspect_file_ms``: the whole inspection (structure, quick check, dates);
- ``open_store_ms``: ``open_store`` on the same file (inspection, then the engine).

The opening runs on the app's worker, never on the UI thread (the first screen is painted before it ends).

    python benchmarks/opening.py [--attempts 1000000] [--repeat 3]

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import fill_attempts  # noqa: E402  (benchmarks/run.py)

from verify_coach.core.coach import Coach  # noqa: E402
from verify_coach.core.demo import make_demo_profile  # noqa: E402
from verify_coach.core.store import DB_FILENAME, open_store  # noqa: E402
from verify_coach.core.store.engine import inspect_file  # noqa: E402
from verify_coach.core.store.schema import unreadable_date  # noqa: E402


def best_ms(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return round(best * 1000, 1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attempts", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="vc-bench-open-") as tmp:
        data_dir = Path(tmp)
        t0 = time.perf_counter()
        coach = Coach(open_store(data_dir))
        coach.save_profile("Large", make_demo_profile(seed=1, size="large"))
        fill_attempts(coach.store, coach.active_profile_id(), args.attempts)
        coach.store.close()
        path = data_dir / DB_FILENAME
        build_s = round(time.perf_counter() - t0, 1)
        uri = f"file:{path}?mode=ro&immutable=1"

        def quick_check() -> None:
            con = sqlite3.connect(uri, uri=True)
            try:
                assert con.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            finally:
                con.close()

        def dates() -> None:
            con = sqlite3.connect(uri, uri=True)
            try:
                assert unreadable_date(con) is None
            finally:
                con.close()

        def opened() -> None:
            open_store(data_dir).close()

        out = {
            "attempts": args.attempts,
            "database_mib": round(path.stat().st_size / 1024**2, 1),
            "build_s": build_s,
            "baseline_quick_check_ms": best_ms(quick_check, args.repeat),
            "date_check_ms": best_ms(dates, args.repeat),
            "inspect_file_ms": best_ms(lambda: inspect_file(path), args.repeat),
            "open_store_ms": best_ms(opened, args.repeat),
        }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
