"""The mix of question forms in typical practice sessions: demo profiles in four locales, five sessions of
20 questions each, through ``Coach.start_session`` (in a temporary data dir). Run from the repository:
``python3 scripts/session_mix.py``."""

from __future__ import annotations

import collections
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify_coach.core.coach import Coach  # noqa: E402
from verify_coach.core.demo import make_demo_profile  # noqa: E402
from verify_coach.core.store import open_store  # noqa: E402


def main() -> None:
    forms: collections.Counter[str] = collections.Counter()
    n = 0
    with tempfile.TemporaryDirectory() as d:
        coach = Coach(open_store(Path(d)))
        for loc in ("en_US", "zh_CN", "en_IN", "de_DE"):
            coach.save_profile(loc, make_demo_profile(3, loc, "typical"))
            for seed in range(5):
                plan = coach.start_session("practice", 20, seed=seed, name=loc)
                forms.update(q.form for q in plan.questions)
                n += len(plan.questions)
    print(f"{n} questions: " + ", ".join(f"{k} {v} ({v / n:.0%})" for k, v in forms.most_common()))


if __name__ == "__main__":
    main()
