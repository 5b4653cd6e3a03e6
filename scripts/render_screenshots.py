"""Render every screen (demo profile + some history) to PNG under docs/screenshots/.

    QT_QPA_PLATFORM=offscreen python scripts/render_screenshots.py [--out docs/screenshots]

Light and dark, English and Simplified Chinese. Figures come from the real app on a temporary data dir.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from verify_coach.ui.ops import Changes  # noqa: E402


def settle(app: object, ms: int = 300) -> None:
    """Let the worker finish and the event loop paint."""
    loop = QEventLoop()
    deadline = datetime.now() + timedelta(seconds=20)

    def check() -> None:
        if app.ctx.tasks.pending == 0 or datetime.now() > deadline:  # type: ignore[attr-defined]
            QTimer.singleShot(ms, loop.quit)
        else:
            QTimer.singleShot(30, check)

    QTimer.singleShot(30, check)
    loop.exec()


def make_history(coach: object) -> None:
    now = datetime.now(UTC) - timedelta(days=6)
    for day in range(6):
        plan = coach.start_session("practice", 18, seed=day, now=now + timedelta(days=day))  # type: ignore[attr-defined]
        for i, q in enumerate(plan.questions):
            right = (i + day) % 4 != 0
            coach.answer(plan, q, q.answer if right else "not sure", 2500 + (i % 5) * 3500,  # type: ignore[attr-defined]
                         now=now + timedelta(days=day, seconds=20 * i))
        coach.end_session(plan, now=now + timedelta(days=day, minutes=10))  # type: ignore[attr-defined]
    coach.set_call_at(datetime.now(UTC) + timedelta(days=3, hours=4))  # type: ignore[attr-defined]


def shoot(app: object, out: Path, prefix: str) -> None:
    w = app.window  # type: ignore[attr-defined]
    for name in ("dashboard", "review", "profile", "practice", "call"):
        try:
            w.show_screen(name)
        except Exception as exc:  # a screen that cannot be built is reported, not fatal
            print(f"cannot show {name}: {exc}")
            continue
        settle(app)
        if name == "practice":
            scr = w.screen("practice")
            if hasattr(scr, "start"):
                scr.start("practice", None)
                settle(app)
        w.grab().save(str(out / f"{prefix}{name}.png"))
        print("wrote", out / f"{prefix}{name}.png")
        tabs = getattr(w.screen(name), "chart_tabs", None)
        if name == "dashboard" and tabs is not None:  # the "Over time" chart: readiness per day up to the call
            tabs.setCurrentIndex(1)
            settle(app, 100)
            w.grab().save(str(out / f"{prefix}dashboard-over-time.png"))
            print("wrote", out / f"{prefix}dashboard-over-time.png")
            tabs.setCurrentIndex(0)
        if name == "practice" and hasattr(w.screen("practice"), "end_session"):
            w.screen("practice").end_session()
            settle(app)


def shoot_dialogs(app: object, out: Path, tmp: Path) -> None:
    """The import dialogs (another person's file: a new profile by default, the notes shown), the merge
    preview, the export dialog once a sheet is saved, and the paste dialog."""
    from verify_coach.core.importers.detect import import_file
    from verify_coach.core.importers.merge import diff_profiles
    from verify_coach.ui.dialogs.export import ExportDialog
    from verify_coach.ui.dialogs.importing import ImportTargetDialog, MergePreviewDialog, PasteDialog

    coach = app.ctx.coach  # type: ignore[attr-defined]
    win = app.window  # type: ignore[attr-defined]
    jane = REPO.parent / "shared" / "fixtures" / "jsonresume" / "fresh-test-jane-fullstacker.jrs.json"
    source = jane if jane.is_file() else REPO / "resources" / "example-profile.json"
    r = import_file(source)
    infos = coach.profiles()
    active = next((i.name for i in infos if i.active), None)
    notes = [f"{n.where}: {n.message}" if n.where else n.message for n in r.notes]

    def grab(w: object, name: str) -> None:
        w.show()  # type: ignore[attr-defined]
        settle(app, 150)
        w.grab().save(str(out / name))  # type: ignore[attr-defined]
        print("wrote", out / name)
        w.close()  # type: ignore[attr-defined]

    grab(ImportTargetDialog(r.profile, r.format, r.source, [i.name for i in infos], active, win,
                            people={i.name: i.full_name for i in infos}, notes=notes), "import-target.png")
    name, current = coach.load_profile()
    grab(MergePreviewDialog(diff_profiles(current, r.profile).changes, name, str(source), win), "import-preview.png")
    export = ExportDialog(app.ctx, win)  # type: ignore[attr-defined]
    export.show()
    export.write(tmp / "study-sheet.pdf")
    settle(app)
    grab(export, "export-dialog.png")
    paste = PasteDialog(app.ctx, win)  # type: ignore[attr-defined]
    paste.text.setPlainText("Wei Zhang\nChengdu, China\nFull-Stack Python Developer\n$45.00/hr\n\nSkills\n"
                            "Python  Django  React  PostgreSQL\n\nWork history\nData pipeline for a logistics "
                            "startup\nMar 2023 - Jun 2023\n")
    grab(paste, "paste-dialog.png")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    from verify_coach.ui.app import Application

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        for prefix, theme, lang in (("", "light", "en"), ("dark-", "dark", "en"), ("zh-", "light", "zh_CN")):
            from verify_coach.ui.context import Prefs

            prefs = Prefs(data)
            prefs.set("theme", theme)
            prefs.set("language", lang)
            prefs.set("last_screen", "dashboard")
            prefs.sync()
            app = Application(qapp, data, demo=True)
            app.window.resize(1180, 780)
            app.start()
            settle(app)
            if prefix == "":
                # the welcome page first, on an empty profile list, is rendered by the tests' data; here: history
                make_history(app.ctx.coach)
                app.ctx.changed(Changes.HISTORY)
                app.ctx.changed(Changes.CALL)
                settle(app)
            shoot(app, out, prefix)
            if prefix == "":
                shoot_dialogs(app, out, Path(tmp))
            app.window.close()
            app.ctx.tasks.wait()
            app.ctx.coach.store.close()
        # the welcome page on an empty data dir
        empty = Path(tmp) / "empty"
        app = Application(qapp, empty)
        app.window.resize(1180, 780)
        app.start()
        settle(app)
        app.window.grab().save(str(out / "welcome.png"))
        print("wrote", out / "welcome.png")
        app.ctx.tasks.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
