"""Render the profile audit to PNG: the dashboard's "Before the call" card (folded and with Show all) and the
profile editor with its badges and findings list, at 1000×700 and at 1600×1000.

    QT_QPA_PLATFORM=offscreen python scripts/render_audit_screens.py OUT_DIR [--lang zh_CN]

The profile is the example profile (resources/example-profile.json) made inconsistent on purpose: a time
zone that is not one of its country's, a location in another country and a payout account in another name.
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

SIZES = {"small": (1000, 700), "large": (1600, 1000)}


def inconsistent_profile() -> object:
    from verify_coach.core.profile import PaymentMethod, Profile

    p = Profile.load(REPO / "resources" / "example-profile.json")
    p.platform.time_zone = "UTC-05:00"
    p.platform.location = "Toronto, Canada"
    p.platform.payment_methods = [PaymentMethod(method="Payoneer", holder="Li Na"),
                                  PaymentMethod(method="Wire transfer", holder="")]
    return p


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    prefix = "" if args.lang == "en" else f"{args.lang}-"
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    from verify_coach.core.coach import Coach
    from verify_coach.core.store import open_store
    from verify_coach.ui.app import Application
    from verify_coach.ui.context import Prefs

    written = []
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        store = open_store(data)
        Coach(store).save_profile("Upwork", inconsistent_profile())  # type: ignore[arg-type]
        store.close()
        prefs = Prefs(data)
        prefs.set("language", args.lang)
        prefs.set("last_screen", "dashboard")
        prefs.sync()
        app = Application(qapp, data)
        app.start()
        settle(app)
        w = app.window
        for size, (width, height) in SIZES.items():
            w.resize(width, height)
            w.show_screen("dashboard")
            settle(app)
            dash = w.screen("dashboard")
            if dash.audit_panel.expanded:  # type: ignore[attr-defined]
                dash.audit_panel.toggle_all()  # type: ignore[attr-defined]
            settle(app, 200)
            for name in (f"{prefix}audit-dashboard-{size}.png",):
                w.grab().save(str(out / name))
                written.append(name)
            if dash.audit_panel.more_button.isVisible():  # type: ignore[attr-defined]
                dash.audit_panel.toggle_all()  # type: ignore[attr-defined]
                settle(app, 200)
                name = f"{prefix}audit-dashboard-all-{size}.png"
                w.grab().save(str(out / name))
                written.append(name)
                dash.audit_panel.toggle_all()  # type: ignore[attr-defined]

            editor = w.screen("profile")
            if not editor._audit_expanded:  # type: ignore[attr-defined]
                editor.toggle_audit()  # the findings list open, as after a click on its line
            app.ctx.bus.edit_field.emit("platform.time_zone")
            settle(app)
            name = f"{prefix}audit-editor-{size}.png"
            w.grab().save(str(out / name))
            written.append(name)
            editor.focus_field("identity.id_name")  # type: ignore[attr-defined]
            settle(app, 200)
            name = f"{prefix}audit-editor-identity-{size}.png"
            w.grab().save(str(out / name))
            written.append(name)
        w.close()
        settle(app)
        app.ctx.tasks.wait(10_000)
        if app.ctx.coach is not None:
            app.ctx.coach.store.close()
    for name in written:
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
