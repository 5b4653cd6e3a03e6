"""Write ``verify_coach/core/store/expected_schema.py``: the shape of a database at every revision, as the
migrations make it (each revision migrated from an empty file, in a temporary folder).

    python scripts/schema_snapshot.py          # rewrite the snapshot
    python scripts/schema_snapshot.py --check  # exit 1 if the snapshot is not what the migrations make

Run it after adding a migration; tests/core/test_store.py fails until the snapshot is up to date.
"""

from __future__ import annotations

import argparse
import pprint
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from verify_coach.core.store.engine import make_engine, upgrade  # noqa: E402
from verify_coach.core.store.schema import REVISIONS, shape_of  # noqa: E402

TARGET = Path(__file__).resolve().parents[1] / "verify_coach" / "core" / "store" / "expected_schema.py"
HEADER = '''"""The shape of a verify_coach database at each schema revision (``schema.shape_of``), as the migrations make it.

Written by ``scripts/schema_snapshot.py``; do not edit by hand. tests/core/test_store.py checks it.
"""

# fmt: off
'''


def shapes() -> dict[str, object]:
    out: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for rev in REVISIONS:
            path = Path(tmp) / f"{rev}.sqlite3"
            engine = make_engine(path)
            upgrade(engine, rev)
            engine.dispose()
            con = sqlite3.connect(path)
            try:
                out[rev] = shape_of(con)
            finally:
                con.close()
    return out


def render(data: dict[str, object]) -> str:
    return HEADER + "SHAPES: dict[str, dict[str, object]] = " + pprint.pformat(data, width=110, sort_dicts=True) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    text = render(shapes())
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("snapshot up to date" if same else f"{TARGET} is out of date: run scripts/schema_snapshot.py")
        return 0 if same else 1
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
