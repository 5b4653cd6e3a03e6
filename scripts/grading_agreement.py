"""How often ``grade()`` agrees with the fair agent's verdicts of the grading corpus.

    python scripts/grading_agreement.py          # overall and per class, then the disagreeing rows
    python scripts/grading_agreement.py --json   # the same as JSON
    python scripts/grading_agreement.py tests/core/corpus/grading_corpus_independent.tsv   # another corpus
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "core"))

from test_grading_corpus import ROWS, context_kwargs, load_corpus  # noqa: E402

from verify_coach.grading import grade  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("corpus", nargs="?", type=Path, help="a corpus file (default: the main corpus)")
    args = parser.parse_args()
    rows = load_corpus(args.corpus) if args.corpus else ROWS
    per_class: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    false_accepts, false_rejects, disagreements = 0, 0, []
    for row in rows:
        v = grade(row["expected"], row["answer"], row["kind"], **context_kwargs(row["context"]))
        want = row["verdict"] == "accept"
        ok = v.correct is want
        per_class[row["class"]][0] += ok
        per_class[row["class"]][1] += 1
        if not ok:
            false_accepts += not want
            false_rejects += want
            disagreements.append({"line": int(row["line"]), "class": row["class"], "expected": row["expected"],
                                  "answer": row["answer"], "want": row["verdict"], "feedback": v.feedback})
    agree = sum(c[0] for c in per_class.values())
    report = {
        "rows": len(rows), "agreement": round(agree / len(rows), 4),
        "reject_share": round(sum(r["verdict"] == "reject" for r in rows) / len(rows), 3),
        "false_accepts": false_accepts, "false_rejects": false_rejects,
        "per_class": {k: round(a / n, 3) for k, (a, n) in sorted(per_class.items())},
        "disagreements": disagreements,
    }
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
        return 0
    print(f"{agree}/{len(rows)} rows agree ({report['agreement']:.1%}); false accepts {false_accepts}, "
          f"false rejects {false_rejects}; {report['reject_share']:.0%} of the rows should be rejected")
    for k, (a, n) in sorted(per_class.items()):
        print(f"  {k:24} {a}/{n}")
    for d in disagreements:
        print(f"  line {d['line']} [{d['class']}] {d['answer']!r} for {d['expected']!r}: want {d['want']}, said {d['feedback']!r}")
    return 0


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # "| head": the reader has what it wanted
        sys.stderr.close()
        raise SystemExit(0) from None
