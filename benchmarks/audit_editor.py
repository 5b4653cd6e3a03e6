"""How long the profile editor's live update takes on a `typical` demo profile: what a keystroke costs.

Measured in one run (these machines are shared and noisy: compare the figures with their baseline, not
across runs):

* ``validate_ms`` (the baseline): ``profile_form.validate`` of the form document alone, which the editor
  already ran on every keystroke before the audit;
* ``audit_ms``: ``core.audit.audit`` of the validated profile;
* ``live_update_ms``: build the form document, validate, audit, and put the badges and the findings list
  on the editor's widgets (``ProfileScreen._refresh``'s audit part, on a real editor, offscreen);
* ``keystroke_ms``: one edit through the editor as typing makes it (undo step, validate, audit, badges,
  every form re-shown).

    python benchmarks/audit_editor.py [--repeat 51] [--seed 0]

Prints JSON with each median and the 16 ms target (one frame at 60 Hz).
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

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

TARGET_MS = 16


def median_ms(fn, repeat: int) -> float:  # noqa: ANN001
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return round(statistics.median(times), 3)


def measure(repeat: int = 51, seed: int = 0) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    from verify_coach.core.audit import audit
    from verify_coach.core.demo import make_demo_profile
    from verify_coach.ui.context import AppContext, Bus
    from verify_coach.ui.prefs import Prefs
    from verify_coach.ui.screens import profile_form as pf
    from verify_coach.ui.screens.profile_editor import ProfileScreen
    from verify_coach.ui.tasks import TaskManager

    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    profile = make_demo_profile(seed, "en_US", "typical")
    profile.platform.time_zone = "UTC-11:00"  # something for the badges to show
    with tempfile.TemporaryDirectory() as tmp:
        ctx = AppContext(data_dir=Path(tmp), prefs=Prefs(Path(tmp)), tasks=TaskManager(), bus=Bus())
        editor = ProfileScreen(ctx)
        editor.resize(1000, 700)
        editor._load("Demo", profile)
        editor.show()
        qapp.processEvents()
        doc = pf.to_form(profile)
        valid, _errors = pf.validate(doc)
        assert valid is not None

        def live_update() -> None:
            form = pf.to_form(profile)
            editor.valid_profile, editor.errors = pf.validate(form)
            editor._audit()
            for section, rf in editor.forms.items():
                rf.set_badges(editor._field_badges(section, None))
            for section, page in editor.lists.items():
                idx = page.entries.current()
                page.form.set_badges(editor._field_badges(section, idx))

        texts = ["UTC-05:00", "UTC+01:00"]
        state = {"n": 0}

        def keystroke() -> None:
            state["n"] += 1
            editor._edit("platform", "time_zone", texts[state["n"] % 2] + str(state["n"] % 10))

        out = {
            "validate_ms": median_ms(lambda: pf.validate(doc), repeat),
            "audit_ms": median_ms(lambda: audit(valid), repeat),
            "live_update_ms": median_ms(live_update, repeat),
            "keystroke_ms": median_ms(keystroke, repeat),
        }
        editor.close()
        editor.deleteLater()
        qapp.processEvents()
        ctx.tasks.wait(5000)
    return out


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=51)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    result = measure(args.repeat, args.seed)
    result["target_ms"] = TARGET_MS
    result["live_update_within_target"] = result["live_update_ms"] <= TARGET_MS
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
