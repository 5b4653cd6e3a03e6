"""Render the mock call of each call type to PNG under docs/screenshots/: the start panel, a question, the
ID step with its card guide, the ID self-check, "Tell me about yourself", and the report.

    QT_QPA_PLATFORM=offscreen python scripts/render_call_screens.py [--out docs/screenshots] [--lang zh_CN]

The calls run on the real app (demo profile, temporary data dir); answers are typed by the script, some
wrong, so the reports have something to show.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "scripts"))

from PySide6.QtWidgets import QApplication  # noqa: E402
from render_screenshots import settle  # noqa: E402

from verify_coach.core.session.call import IN_CALL, CallState  # noqa: E402


def run_type(app: object, out: Path, key: str, prefix: str) -> None:
    w = app.window  # type: ignore[attr-defined]
    scr = w.screen("call")
    w.show_screen("call")
    settle(app)
    scr.type_box.setCurrentIndex(scr.type_box.findData(key))  # saved as the profile's type of call
    settle(app)
    w.grab().save(str(out / f"{prefix}call-start-{key}.png"))
    s = scr.session
    s.seed = 11
    s.enter_guard_ms = 0
    scr.start_call()
    settle(app)
    shots: set[str] = set()
    n = 0
    while s.state in IN_CALL and n < 60:
        n += 1
        item = s.item
        if s.state in (CallState.GREETING, CallState.CLOSING):
            s.skip()
        elif s.state is CallState.ID_STEP:
            if "id" not in shots and s.step == 1:
                settle(app, 100)
                w.grab().save(str(out / f"{prefix}call-id-step-{key}.png"))
                shots.add("id")
            s.skip()
        elif s.state is CallState.ID_CHECK:
            settle(app, 100)
            boxes = scr.view.check_boxes
            for cid, b in boxes:
                b.setChecked(cid != "address")
            w.grab().save(str(out / f"{prefix}call-id-check-{key}.png"))
            scr.view._ticks_done()
        elif s.state in (CallState.ASKING, CallState.ANSWERING):
            s.spoken()
            if item is not None and item.is_open:
                if item.open is not None and item.open.checklist:
                    for b in scr.view.point_boxes[:3]:
                        b.setChecked(True)
                    if "about" not in shots:
                        settle(app, 100)
                        w.grab().save(str(out / f"{prefix}call-about-{key}.png"))
                        shots.add("about")
                    scr.view._ticks_done()
                else:
                    s.rate("okay")
            elif item is not None:
                if "q" not in shots and item.phase in ("profile", "follow_up"):
                    scr.view.answer.setText(item.question.answer if item.question else "")
                    settle(app, 100)
                    w.grab().save(str(out / f"{prefix}call-{key}.png"))
                    shots.add("q")
                wrong = item.index % 4 == 1
                s.first_keystroke()
                s.submit("not sure" if wrong else (item.question.answer if item.question else ""))
        settle(app, 50)
    settle(app)
    scr.report_view.parentWidget()
    w.grab().save(str(out / f"{prefix}call-report-{key}.png"))
    print("wrote", key)
    scr.new_call()
    settle(app)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    ap.add_argument("--lang", default="en")
    ap.add_argument("--size", default="1180x780")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    from verify_coach.ui.app import Application
    from verify_coach.ui.context import Prefs

    width, height = (int(x) for x in args.size.split("x"))
    prefix = "" if args.lang == "en" else f"{args.lang.split('_')[0]}-"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        prefs = Prefs(data)
        prefs.set("language", args.lang)
        prefs.set("last_screen", "dashboard")
        prefs.sync()
        app = Application(qapp, data, demo=True)
        app.window.resize(width, height)
        app.start()
        settle(app)
        for key in ("upwork", "screening", "kyc"):
            run_type(app, out, key, prefix)
        app.window.close()
        app.ctx.tasks.wait()
        app.ctx.coach.store.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
