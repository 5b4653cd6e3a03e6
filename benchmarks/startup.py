"""Start-up speed and memory of the desktop app against a bare PySide6 window, measured from outside.

Runs a minimal PySide6 window and `verify-coach --smoke` alternately, several times, on a data dir with a
demo profile and some history, and prints medians and ratios as JSON, each ratio beside the two absolute
figures (ms, MiB) it is made of:

- first paint of verify_coach  <= 2 x the bare window's whole run (start to exit)
- ready (first screen filled)  <= 4 x the bare window's whole run
- peak memory                  <= 2.5 x the bare window's

"Ready" is when the dashboard shows the history's figures: read by the first look (``core.firstlook``,
sqlite3 only). The rest of the core (SQLAlchemy, SQLModel, pydantic) loads after that; the time the
database is open for writing is printed too, as ``database_open_ms`` (no target: what the user asks
for before it is done waits for it, with "Opening your data…" in the status bar).

Peak memory is each child's own: it prints its ``VmHWM`` (``/proc/self/status``, the high-water mark of
its resident set since it was started) at exit. The ``ru_maxrss`` the kernel reports for a child on Linux
is at least the resident set of the process that started it (the parent's pages are counted at fork), so
this script never imports the app: the data is prepared in a child process of its own, and the measured
children are started from this small stdlib-only process. ``ru_maxrss`` is printed too, as a cross-check
(``max_rss_mib``), with the launcher's own resident set (``launcher_rss_mib``), below which it cannot go.

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

# Each measured child prints its own peak resident set at exit (after Qt has shut down; the high-water
# mark never goes down). Linux only, like the rest of this script (os.wait4).
HWM = r"""
import atexit
def _hwm():
    with open("/proc/self/status") as f:
        kib = next(line.split()[1] for line in f if line.startswith("VmHWM:"))
    print(f"vm-hwm-kib={kib}", flush=True)
atexit.register(_hwm)
"""

BARE = HWM + r"""
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

# `python -m verify_coach ARGS`, with the VmHWM print at exit (runpy is what -m uses).
APP = HWM + r"""
import runpy, sys
sys.argv = ["verify_coach", *sys.argv[1:]]
runpy.run_module("verify_coach", run_name="__main__", alter_sys=True)
"""


def own_rss_mib() -> float:
    with open("/proc/self/status") as f:
        return int(next(line.split()[1] for line in f if line.startswith("VmRSS:"))) / 1024


def run(cmd: list[str], env: dict[str, str]) -> dict[str, float]:
    """Times from spawn to each 'name=' / marker line and to exit, the child's own peak resident set
    (VmHWM, MiB) and the kernel's ru_maxrss for it (MiB)."""
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env, text=True)
    marks: dict[str, float] = {}
    assert p.stdout is not None
    for line in p.stdout:
        key, _, value = line.strip().partition("=")
        if key == "vm-hwm-kib":
            marks["vm_hwm_mib"] = int(value) / 1024
        else:
            marks[key] = (time.perf_counter() - t0) * 1000
    _, status, usage = os.wait4(p.pid, 0)
    marks["exit"] = (time.perf_counter() - t0) * 1000
    marks["max_rss_mib"] = usage.ru_maxrss / 1024
    marks["status"] = os.waitstatus_to_exitcode(status)
    if "vm_hwm_mib" not in marks:
        raise RuntimeError(f"{cmd[:3]} exited ({marks['status']}) without printing its peak memory")
    return marks


def prepare(data_dir: Path) -> None:
    """A demo profile with three practice sessions of history. Runs in a child process of its own
    (``--prepare DIR``): the process that starts the measured children must not have loaded the app."""
    sys.path.insert(0, str(REPO))
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
    ap.add_argument("--prepare", metavar="DIR", help=argparse.SUPPRESS)  # internal: fill DIR and exit
    args = ap.parse_args()
    if args.prepare:
        prepare(Path(args.prepare))
        return 0
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        subprocess.run([sys.executable, __file__, "--prepare", str(data)], env=env, check=True)
        assert not {"PySide6", "verify_coach"} & set(sys.modules), "the launcher must stay small"
        launcher_rss = own_rss_mib()
        bare, app = [], []
        for _ in range(args.runs):
            bare.append(run([sys.executable, "-c", BARE], env))
            app.append(run([sys.executable, "-c", APP, "--data-dir", str(data), "--smoke"], env))
    med = lambda rows, k: round(statistics.median(r[k] for r in rows), 1)  # noqa: E731
    bare_run = med(bare, "exit")
    out = {
        "runs": args.runs,
        "launcher_rss_mib": round(launcher_rss, 1),
        "bare_window": {"first_paint_ms": med(bare, "first-paint"), "whole_run_ms": bare_run,
                        "peak_memory_mib": med(bare, "vm_hwm_mib"), "max_rss_mib": med(bare, "max_rss_mib")},
        "verify_coach": {"first_paint_ms": med(app, "first-paint-ms"), "ready_ms": med(app, "ready-ms"),
                         "database_open_ms": med(app, "open-ms"), "whole_run_ms": med(app, "exit"),
                         "peak_memory_mib": med(app, "vm_hwm_mib"), "max_rss_mib": med(app, "max_rss_mib"),
                         "exit_codes": sorted({int(r["status"]) for r in app})},
    }
    vc, bw = out["verify_coach"], out["bare_window"]

    def ratio(mine: float, theirs: float, target: float, unit: str) -> dict[str, float]:
        return {"verify_coach_" + unit: mine, "bare_window_" + unit: theirs, "ratio": round(mine / theirs, 2),
                "target": target}

    out["ratios"] = {
        "first_paint_vs_bare_run": ratio(vc["first_paint_ms"], bare_run, 2.0, "ms"),
        "ready_vs_bare_run": ratio(vc["ready_ms"], bare_run, 4.0, "ms"),
        "memory_vs_bare": ratio(vc["peak_memory_mib"], bw["peak_memory_mib"], 2.5, "mib"),
    }
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
