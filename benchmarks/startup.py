"""Start-up speed and memory of the desktop app against a bare PySide6 window, measured from outside.

Runs a minimal PySide6 window and `verify-coach --smoke` alternately, several times, on a data dir with a
demo profile and some history, and prints medians and ratios as JSON:

- first paint of verify_coach  <= 2 x the bare window's whole run (start to exit)
- ready (first screen filled)  <= 4 x the bare window's whole run
- peak memory (max RSS)        <= 2.5 x the bare window's

"Ready" is when the dashboard shows the history's figures: read by the first look (``core.firstlook``,
sqlite3 only). The rest of the core (SQLAlchemy, SQLModel, pydantic) loads after that; the time the
database is open for writing is printed too, as ``database_open_ms`` (no target: what the user asks
for before it is done waits for it, with "Opening your data…" in the status bar).

    python benchmarks/startup.py [--runs 5]
"""

from __future__ import annotations

import argparse
import io
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

BARE = r"""
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1180, 780)
class F(QObject):
    done = False
    def eventFilter(self, o, e):
        if not self.done and e.type() == QEvent.Type.Paint:
            self.done = True
            print("first-paint", flush=True)
            QTimer.singleShot(0, app.quit)
        return False
f = F(); w.installEventFilter(f); w.show(); app.exec()
"""


def run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Times from spawn to each 'name=' / marker line, to exit, and the child's max RSS (MiB)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    marks: dict[str, float] = {}
    assert p.stdout is not None
    for line in p.stdout:
        key = line.strip().split("=")[0]
        marks[key] = (time.perf_counter() - t0) * 1000
    _, status, usage = os.wait4(p.pid, 0)
    marks["exit"] = (time.perf_counter() - t0) * 1000
    marks["max_rss_mib"] = usage.ru_maxrss / 1024
    marks["status"] = os.waitstatus_to_exitcode(status)
    return marks


def prepare(data_dir: Path) -> None:
    from verify_coach.cli import main as cli

    cli(["--data-dir", str(data_dir), "demo", "--seed", "0"], stdout=io.StringIO())
    answers = io.StringIO("\n".join(["1", "2019", "Acme", "45", "x"] * 8) + "\n")
    for _ in range(3):
        answers.seek(0)
        cli(["--data-dir", str(data_dir), "practice", "--count", "20", "--seed", str(_)], stdin=answers,
            stdout=io.StringIO())


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    sys.path.insert(0, str(REPO))
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        prepare(data)
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(run([sys.executable, "-c", BARE], env))
            app.append(run([sys.executable, "-m", "verify_coach", "--data-dir", str(data), "--smoke"], env))
    med = lambda rows, k: round(statistics.median(r[k] for r in rows), 1)  # noqa: E731
    bare_run = med(bare, "exit")
    out = {
        "runs": args.runs,
        "bare_window": {"first_paint_ms": med(bare, "first-paint"), "whole_run_ms": bare_run,
                        "max_rss_mib": med(bare, "max_rss_mib")},
        "verify_coach": {"first_paint_ms": med(app, "first-paint-ms"), "ready_ms": med(app, "ready-ms"),
                         "database_open_ms": med(app, "open-ms"),
                         "whole_run_ms": med(app, "exit"), "max_rss_mib": med(app, "max_rss_mib"),
                         "exit_codes": sorted({int(r["status"]) for r in app})},
    }
    out["ratios"] = {
        "first_paint_vs_bare_run": round(out["verify_coach"]["first_paint_ms"] / bare_run, 2),
        "first_paint_target": 2.0,
        "ready_vs_bare_run": round(out["verify_coach"]["ready_ms"] / bare_run, 2),
        "ready_target": 4.0,
        "memory_vs_bare": round(out["verify_coach"]["max_rss_mib"] / out["bare_window"]["max_rss_mib"], 2),
        "memory_target": 2.5,
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
