"""How long the dashboard takes to fill in with 100,000 answers in the history.

Builds a fresh data dir with the demo profile and ``--attempts`` answers (inserted in bulk; the
per-fact review state is computed by replaying them exactly as ``Coach.answer`` would), starts the
desktop app offscreen as a returning user (the dashboard is the first screen), then measures from
``app.start()`` to the dashboard's ``ready`` signal (first look: window shown, figures read with
sqlite3, screen built and filled), and a reload through the coach after ``history_changed``.

    python benchmarks/dashboard.py [--attempts 100000] [--keep DIR]

Prints JSON: {"dashboard_first_fill_ms": ..., "dashboard_reload_ms": ..., "attempts": ..., "target_ms": 1000}
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy as sa  # noqa: E402
from sqlmodel import select  # noqa: E402

from verify_coach.core import scheduling  # noqa: E402
from verify_coach.core.coach import Coach  # noqa: E402
from verify_coach.core.store import open_store  # noqa: E402
from verify_coach.core.store.models import Attempt, FactRow, ReviewState, StudySession  # noqa: E402
from verify_coach.ui.ops import Changes  # noqa: E402

TARGET_MS = 1000
PER_SESSION = 100


def _profile():  # noqa: ANN202
    try:
        from verify_coach.core.demo import make_demo_profile

        return make_demo_profile(seed=0, locale="en_US", size="typical")
    except ImportError:  # the demo module is optional here: the example profile will do
        from verify_coach.core.profile import Profile

        return Profile.load(Path(__file__).resolve().parents[1] / "resources" / "example-profile.json")


def build_history(data_dir: Path, attempts: int, seed: int = 0) -> dict[str, float]:
    """A profile with ``attempts`` answers over the last 60 days. Returns timings of the set-up."""
    t0 = time.perf_counter()
    coach = Coach(open_store(data_dir))
    coach.save_profile("Demo", _profile())
    pid = coach.active_profile_id()
    rng = random.Random(seed)
    now = datetime.now(UTC).replace(tzinfo=None)
    start = now - timedelta(days=60)
    n_sessions = max(1, attempts // PER_SESSION)
    step = (now - timedelta(hours=1) - start) / n_sessions
    with coach.store.session() as s:
        facts = [(r.id, r.key) for r in s.exec(select(FactRow).where(FactRow.profile_id == pid))]
        sessions = [
            StudySession(profile_id=pid, mode="practice", started_at=start + step * i,
                         ended_at=start + step * i + timedelta(minutes=30), asked=0, correct=0)
            for i in range(n_sessions)
        ]
        s.add_all(sessions)
        s.commit()
        session_ids = [x.id for x in sessions]
        session_starts = [x.started_at for x in sessions]

    rows = []
    states: dict[int, scheduling.FactState] = {}
    per_session: dict[int, list[int]] = {}
    for i in range(attempts):
        k = min(i // PER_SESSION, n_sessions - 1)
        fact_id, key = facts[rng.randrange(len(facts))]
        correct = rng.random() < 0.78
        latency = rng.randint(1500, 20000)
        at = session_starts[k] + timedelta(seconds=(i % PER_SESSION) * 15)
        rating = scheduling.rating_for(correct, latency, coach.timing)
        states.setdefault(fact_id, scheduling.FactState()).apply(correct, latency, rating, at.replace(tzinfo=UTC))
        counts = per_session.setdefault(session_ids[k], [0, 0])
        counts[0] += 1
        counts[1] += int(correct)
        rows.append({
            "session_id": session_ids[k], "profile_id": pid, "fact_id": fact_id, "question_id": f"q-bench-{key}",
            "form": "recall", "prompt": f"Question about {key}?", "fact_keys": key,
            "answer": "right" if correct else f"wrong {rng.randrange(100)}", "expected": "right",
            "correct": correct, "score": 1.0 if correct else 0.0, "feedback": "", "latency_ms": latency,
            "hesitation_ms": None, "rating": int(rating), "scheduled": True, "created_at": at,
        })
    t_gen = time.perf_counter()
    with coach.store.session() as s:
        s.connection().execute(sa.insert(Attempt.__table__), rows)  # type: ignore[attr-defined]
        for sid, (asked, ok) in per_session.items():
            s.exec(sa.update(StudySession).where(StudySession.id == sid).values(asked=asked, correct=ok))  # type: ignore[call-overload]
        for fact_id, st in states.items():
            Coach._store_state(s, fact_id, st, s.get(ReviewState, fact_id))
        s.commit()
    coach.store.close()
    t_end = time.perf_counter()
    return {"generate_s": round(t_gen - t0, 2), "insert_s": round(t_end - t_gen, 2)}


def measure(data_dir: Path) -> dict[str, int]:
    """Start the app as a returning user (the dashboard is the first screen) and time the dashboard:
    from ``app.start()`` to the dashboard's ``ready`` (its figures come from the first look, before the
    ORM is loaded), then a reload through the coach once the database is open.

    Waits run a QEventLoop until a signal, never a processEvents() polling loop (with PySide6 6.12 on
    Python 3.11 every call of a void Qt method drops a reference to None, so polling aborts the process)."""
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from verify_coach.ui.app import Application

    qapp = QApplication.instance() or QApplication([])
    app = Application(qapp, data_dir)
    app.ctx.prefs.set("last_screen", "dashboard")
    app.window.resize(1180, 780)
    loop = QEventLoop()
    marks: list[float] = []
    first_ready = app._on_ready

    def on_first_ready() -> None:
        marks.append(time.perf_counter())
        first_ready()
        loop.quit()

    def run_loop(timeout_s: float = 60.0) -> None:
        timer = QTimer(singleShot=True, interval=int(timeout_s * 1000))
        timer.timeout.connect(loop.quit)
        timer.start()
        loop.exec()
        if not timer.isActive():
            raise TimeoutError("the dashboard did not get ready")
        timer.stop()

    app._on_ready = on_first_ready  # type: ignore[method-assign]
    t0 = time.perf_counter()
    app.start()
    run_loop()
    if not app.looked or app.window.current != "dashboard":
        raise RuntimeError("the dashboard was not the first screen filled by the first look")
    fill = (marks[0] - t0) * 1000
    app.ctx.tasks.idle.connect(loop.quit)
    while app.ctx.coach is None or app.ctx.tasks.pending:
        run_loop()
    app.ctx.tasks.idle.disconnect(loop.quit)
    dash = app.window.screen("dashboard")
    dash.ready.connect(lambda: (marks.append(time.perf_counter()), loop.quit()))
    t1 = time.perf_counter()
    app.ctx.changed(Changes.HISTORY)
    run_loop()
    reload_ms = (marks[1] - t1) * 1000
    app.ctx.tasks.wait()
    app.ctx.coach.store.close()  # type: ignore[union-attr]
    app.window.close()
    return {"dashboard_first_fill_ms": round(fill), "dashboard_reload_ms": round(reload_ms)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--attempts", type=int, default=100_000)
    ap.add_argument("--keep", help="build the data dir here (kept) instead of a temporary one")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(args.keep) if args.keep else Path(tmp) / "data"
        setup = build_history(data_dir, args.attempts)
        result = measure(data_dir)
    print(json.dumps({**result, "attempts": args.attempts, "target_ms": TARGET_MS, "setup": setup}))
    return 0 if max(result.values()) <= TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
