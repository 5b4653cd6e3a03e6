"""How long a mock call of each type lasts, on realistic profiles, against the type's documented length.

Runs the real call controller (``core.session.call.CallSession``) on a fresh data dir, profile by profile
(demo profiles in several locales and sizes, the example profile), with a simulated clock: the agent says
2.5 words a second, a typed answer takes 5 s to start and 6 s to type, "Tell me about yourself" 75 s, other
open answers 30 s (60 s in a screening interview) and account answers 15 s, each ID instruction its hold time and the self-check 15 s; one
answer in five is wrong, so follow-ups on wrong names happen too.

    python benchmarks/call_lengths.py [--profiles 12]

Prints JSON per type: turns, follow-ups and minutes (min / median / max), and the documented range.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify_coach.core.calltypes import CALL_TYPES  # noqa: E402
from verify_coach.core.coach import Coach  # noqa: E402
from verify_coach.core.demo import make_demo_profile  # noqa: E402
from verify_coach.core.profile import Profile  # noqa: E402
from verify_coach.core.session import SyncRunner  # noqa: E402
from verify_coach.core.session.call import IN_CALL, CallSession, CallState  # noqa: E402
from verify_coach.core.store import open_store  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
WPS = 2.5


class Clock:
    def __init__(self) -> None:
        self.ms = 0.0

    def __call__(self) -> float:
        return self.ms


class Quiet:
    """A view that only advances the clock by the time the agent speaks."""

    def __init__(self, clock: Clock):
        self.clock = clock

    def say(self, text: str, hold_ms: int | None = None, slower: bool = False) -> None:
        self.clock.ms += max(hold_ms or 0, len(text.split()) / WPS * 1000)

    def __getattr__(self, name: str) -> Any:
        return lambda *a, **k: None


def run_one(coach: Coach, call_type: str, seed: int) -> tuple[int, int, float]:
    clock = Clock()
    s = CallSession(Quiet(clock), SyncRunner(coach), now_ms=clock, enter_guard_ms=0)
    s.seed = seed
    s.start(call_type=call_type)
    n = 0
    while s.state in IN_CALL:
        n += 1
        st = s.state
        if st in (CallState.GREETING, CallState.CLOSING, CallState.ID_STEP, CallState.ASKING):
            s.spoken()
            continue
        item = s.item
        if st is CallState.ID_CHECK and item is not None:
            clock.ms += 15_000
            s.id_checked({c.id for c in item.checks})
        elif item is not None and item.is_open and item.open is not None:
            long = 60_000 if call_type == "screening" else 30_000  # an interviewer lets you talk
            clock.ms += 75_000 if item.open.checklist else 15_000 if item.phase == "account" else long
            s.rate("good", covered=tuple(range(len(item.points))) if item.open.checklist else None)
        elif item is not None and item.question is not None:
            clock.ms += 5000
            s.first_keystroke()
            clock.ms += 6000
            s.submit("not sure" if (seed + n) % 5 == 0 else item.question.answer)
    report = s.report
    assert report is not None
    turns = len(s.items)
    return turns, report.follow_ups, s.duration_ms / 60_000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--profiles", type=int, default=12)
    args = ap.parse_args()
    profiles: list[Profile] = [Profile.load(REPO / "resources" / "example-profile.json")]
    locales = ("en_US", "zh_CN", "en_GB", "de_DE")
    for i in range(max(0, args.profiles - 1)):
        profiles.append(make_demo_profile(seed=i + 1, locale=locales[i % len(locales)],
                                          size=("small", "typical", "large")[i % 3]))
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        coach = Coach(open_store(Path(tmp)))
        rows: dict[str, list[tuple[int, int, float]]] = {t: [] for t in CALL_TYPES}
        for i, p in enumerate(profiles):
            coach.save_profile(f"P{i}", p)
            for t in CALL_TYPES:
                for seed in (1, 2, 3):
                    rows[t].append(run_one(coach, t, seed + 10 * i))
        coach.store.close()
    for t, ct in CALL_TYPES.items():
        turns = [r[0] for r in rows[t]]
        fups = [r[1] for r in rows[t]]
        mins = [r[2] for r in rows[t]]
        out[t] = {
            "calls": len(rows[t]),
            "turns": [min(turns), statistics.median(turns), max(turns)],
            "follow_ups": [min(fups), statistics.median(fups), max(fups)],
            "minutes": [round(min(mins), 1), round(statistics.median(mins), 1), round(max(mins), 1)],
            "documented_minutes": list(ct.minutes),
        }
    for t, row in out.items():
        print(json.dumps({"type": t, **row}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
