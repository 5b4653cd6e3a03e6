"""How long the missed-facts screen holds the UI thread when it loads a large profile (issue 17: 0.9 s on a
1,833-fact profile).

Builds a fresh data dir with the large demo profile (about 1,700 facts), answers every fact wrong once (so
every fact is listed), starts the app offscreen and loads the missed-facts screen a few times. Measured on
the UI thread, in the same run:

- ``loaded_ms``: the screen's ``_loaded`` (the rows were built on the worker; rows in view are fitted to
  their text, the others as they scroll in);
- ``baseline_ms``: the way it worked before -- the rows built on the UI thread and every row fitted at once
  (``resizeRowsToContents``);
- ``max_stall_ms``: the longest the event loop went without running a 5 ms timer while the screen loaded.

The machines are shared and noisy: compare ``loaded_ms`` with ``baseline_ms`` of the same run.

    python benchmarks/missed_facts.py [--size large] [--repeat 3]

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from verify_coach.core.coach import Coach  # noqa: E402
from verify_coach.core.demo import make_demo_profile  # noqa: E402
from verify_coach.core.store import open_store  # noqa: E402


def make_data(data_dir: Path, size: str) -> int:
    coach = Coach(open_store(data_dir))
    coach.save_profile("Large", make_demo_profile(0, "en_US", size))
    facts = coach.facts()
    plan = coach.start_session("review", len(facts), seed=1, fact_keys=[f.key for f in facts])
    for f in facts:
        q = SimpleNamespace(id="q", form="recall", prompt="?", answer=f.value, answer_kind=f.kind,
                            fact_keys=(f.key,), choices=None)
        coach.answer(plan, q, "not the answer", 4000)
    coach.end_session(plan)
    coach.store.close()
    return len(facts)


def run(size: str, repeat: int) -> dict[str, object]:
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    from verify_coach.ui.app import Application
    from verify_coach.ui.screens import review

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        n_facts = make_data(data, size)
        app = Application(qapp, data)
        app.window.resize(1180, 780)
        app.start()

        def spin(pred: object, seconds: float = 60) -> None:
            end = time.monotonic() + seconds
            while not pred() and time.monotonic() < end:  # type: ignore[operator]
                qapp.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

        spin(lambda: app.ctx.coach is not None and app.ctx.tasks.pending == 0)
        scr = app.window.screen("review")
        loads: list[float] = []
        original = scr._loaded

        def timed(result: object) -> None:
            t = time.perf_counter()
            original(result)  # type: ignore[arg-type]
            loads.append((time.perf_counter() - t) * 1000)

        scr._loaded = timed  # type: ignore[method-assign]
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append((now - last[0]) * 1000)
            last[0] = now

        timer = QTimer()
        timer.setInterval(5)
        timer.timeout.connect(tick)
        app.window.show_screen("review")
        spin(lambda: len(loads) >= 1)
        timer.start()
        for i in range(repeat):
            scr.mark_dirty()
            spin(lambda i=i: len(loads) >= i + 2)
            spin(lambda: False, 0.5)
        timer.stop()
        rows = scr.model.rowCount()

        # the baseline: what _loaded did before, on the same screen and data
        facts = app.ctx.coach.fact_stats()
        wrong = app.ctx.coach.wrong_answers([f.key for f in facts if f.attempts > f.correct])
        baseline: list[float] = []
        for _ in range(repeat):
            t = time.perf_counter()
            scr.model.set_rows(review.build_rows(facts, wrong), scr.loaded_at, "Recall")
            scr.table.resizeRowsToContents()
            baseline.append((time.perf_counter() - t) * 1000)
        app.window.close()
        app.ctx.tasks.wait()
        app.ctx.coach.store.close()
    return {
        "facts": n_facts, "rows": rows, "loaded_ms": round(statistics.median(loads[1:]), 1),
        "baseline_ms": round(statistics.median(baseline), 1), "max_stall_ms": round(max(gaps), 1),
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size", default="large", choices=("small", "typical", "large"))
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    print(json.dumps(run(args.size, args.repeat), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
