"""How long quitting the desktop app takes with a large history (1,000,000 answers by default).

Quitting used to make the automatic backup on the spot: copy, check and zip the whole database before
the process could end (about 10 s for a million answers). Now the automatic backups are made while the
app runs (``ui/autobackup.py``), and quitting backs up on the spot only a small database. Figures, in ms,
measured in this run on the same data (these machines are shared and noisy: compare with the baselines):

- ``baseline_file_copy_ms``: reading the database file once (``shutil.copyfile``), the floor of any backup;
- ``old_quit_ms``: what quitting did before: a synchronous ``auto_backup`` then closing the store;
- ``quit_after_background_backup_ms``: ``Application.shutdown()`` when the background backup has run and an
  answer was written since (so the data is not backed up yet: the case that used to cost the most);
- ``quit_during_background_backup_ms``: ``Application.shutdown()`` while a background backup is running (it is
  cancelled, and leaves no scratch copy behind: ``scratch_left``).

Target: quitting <= 1000 ms with a million answers.

    python benchmarks/quit.py [--attempts 1000000]

Prints one JSON object. The history is written with raw SQL inserts (``run.fill_attempts``) in seconds.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from run import fill_attempts  # noqa: E402  (benchmarks/run.py)

from verify_coach.core.coach import Coach  # noqa: E402
from verify_coach.core.demo import make_demo_profile  # noqa: E402
from verify_coach.core.store import DB_FILENAME, open_store  # noqa: E402


def ms_since(t0: float) -> float:
    return round((time.perf_counter() - t0) * 1000, 1)


def build(data_dir: Path, attempts: int) -> dict[str, float]:
    t0 = time.perf_counter()
    coach = Coach(open_store(data_dir))
    coach.save_profile("Large", make_demo_profile(seed=1, size="large"))
    fill_attempts(coach.store, coach.active_profile_id(), attempts)
    coach.store.close()
    return {"build_s": round(time.perf_counter() - t0, 1),
            "database_mib": round((data_dir / DB_FILENAME).stat().st_size / 1024**2, 1)}


def wait_until(qapp, cond, timeout_s: float = 300.0) -> None:
    end = time.monotonic() + timeout_s
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the app did not get there in time")
        qapp.processEvents()
        time.sleep(0.01)


def started_app(qapp, data_dir: Path):
    from verify_coach.ui.app import Application

    app = Application(qapp, data_dir)
    app.start()
    wait_until(qapp, lambda: app.ctx.coach is not None and app.ctx.tasks.pending == 0)
    return app


def scratch(data_dir: Path) -> list[str]:
    return sorted(p.name for p in data_dir.glob(".tmp-*"))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--attempts", type=int, default=1_000_000)
    args = ap.parse_args()
    from PySide6.QtWidgets import QApplication

    from verify_coach.core.backup import auto_backup
    from verify_coach.ui import autobackup

    qapp = QApplication(sys.argv[:1])
    out: dict[str, object] = {"attempts": args.attempts}
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        out.update(build(data, args.attempts))

        t0 = time.perf_counter()
        shutil.copyfile(data / DB_FILENAME, Path(tmp) / "copy")
        out["baseline_file_copy_ms"] = ms_since(t0)

        coach = Coach(open_store(data))  # what quitting did before: back up on the spot, then close
        coach.set_setting("bench", "before")
        t0 = time.perf_counter()
        auto_backup(coach)
        coach.store.close()
        out["old_quit_ms"] = ms_since(t0)

        # 1. the background backup has run; an answer's worth of change since; quit
        app = started_app(qapp, data)
        made = app.ctx.backups.backup_now()  # what the background thread does while the app runs
        app.ctx.coach.set_setting("bench", "after")
        app.window.close()
        t0 = time.perf_counter()
        app.shutdown()
        out["quit_after_background_backup_ms"] = ms_since(t0)
        out["background_backup_made"] = made is not None

        # 2. quit while the background backup is running
        autobackup.FIRST_DELAY_S = 0.0
        app.ctx.coach = None
        app2 = started_app(qapp, data)
        app2.ctx.coach.set_setting("bench", "during")
        wait_until(qapp, lambda: bool(scratch(data)) or app2.ctx.backups.done.is_set(), 60)
        time.sleep(0.3)  # well into it (a small history may be backed up already: then nothing is running)
        app2.window.close()
        t0 = time.perf_counter()
        app2.shutdown()
        out["quit_during_background_backup_ms"] = ms_since(t0)
        out["scratch_left"] = scratch(data)
    out["target_quit_ms"] = 1000
    print(json.dumps(out, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
