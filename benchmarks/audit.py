"""The profile audit: how long ``core.audit.audit`` takes on demo profiles, and how many findings demo
profiles and injected inconsistencies produce.

    python benchmarks/audit.py [--repeat 50] [--seeds 30]

* time: median and p95 over ``--repeat`` runs of the audit of the large, typical and small demo profile
  (en_US, seed 0), and of the large one with a finding (the facts are extracted only to name the facts of
  findings), against the baseline of ``extract_facts`` alone, measured in the same run. Target: large <= 50 ms.
* counts: findings by severity and check over ``--seeds`` demo profiles of every supported locale and size
  (a demo profile must have no "fix" finding).
* detection: the share of demo profiles in which each injected inconsistency is found (target: 100 %).

Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.core.test_audit import INJECTIONS  # noqa: E402
from verify_coach.core.audit import audit  # noqa: E402
from verify_coach.core.demo import SUPPORTED_LOCALES, make_demo_profile  # noqa: E402
from verify_coach.core.facts import extract_facts  # noqa: E402

TODAY = date(2026, 12, 7)


def _ms(fn, repeat: int) -> dict[str, float]:
    fn()  # warm the caches (time zones, country names) as a running app has them
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 2), "p95_ms": round(times[int(len(times) * 0.95) - 1], 2)}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--repeat", type=int, default=50)
    ap.add_argument("--seeds", type=int, default=30)
    args = ap.parse_args()
    out: dict[str, object] = {"target_large_ms": 50}
    timing = {}
    for size in ("small", "typical", "large"):
        p = make_demo_profile(0, "en_US", size, today=TODAY)
        timing[size] = {"audit": _ms(lambda p=p: audit(p, today=TODAY), args.repeat),
                        "baseline_extract_facts": _ms(lambda p=p: extract_facts(p, today=TODAY), args.repeat),
                        "entries": len(p.employment) + len(p.portfolio) + len(p.platform_jobs) + len(p.education)}
    p = make_demo_profile(0, "en_US", "large", today=TODAY)
    INJECTIONS["place.time_zone"](p)  # a finding: its facts are extracted to name them
    timing["large_with_a_finding"] = {"audit": _ms(lambda: audit(p, today=TODAY), args.repeat)}
    out["time"] = timing
    by_severity: Counter[str] = Counter()
    by_check: Counter[str] = Counter()
    profiles = 0
    for locale in SUPPORTED_LOCALES:
        for seed in range(args.seeds):
            for size in ("small", "typical", "large"):
                profiles += 1
                for f in audit(make_demo_profile(seed, locale, size, today=TODAY), today=TODAY):
                    by_severity[f.severity] += 1
                    by_check[f"{f.severity} {f.check}"] += 1
    out["demo_profiles"] = {"profiles": profiles, "by_severity": dict(by_severity), "by_check": dict(by_check)}
    detection = {}
    for check, inject in sorted(INJECTIONS.items()):
        found = tried = 0
        for locale in SUPPORTED_LOCALES:
            for seed in range(max(1, args.seeds // 3)):
                p = make_demo_profile(seed, locale, "typical", today=TODAY)
                if check == "timeline.member_since" and not p.platform_jobs:
                    continue
                inject(p)
                tried += 1
                found += check in {f.check for f in audit(p, today=TODAY)}
        detection[check] = {"found": found, "tried": tried, "rate": round(found / tried, 3) if tried else None}
    out["injected"] = detection
    print(json.dumps(out, indent=1))


if __name__ == "__main__":
    main()
