"""Render answering aloud to PNG under docs/screenshots/: practice listening, the self-check, the mock
call's listening strip and self-check, the microphone test and the Settings section.

    QT_QPA_PLATFORM=offscreen python scripts/render_speaking_screens.py [--out docs/screenshots] [--lang zh_CN]

Needs a microphone (run it with the virtual one of ../shared/tools/virtual-audio started and
PULSE_SERVER exported). The speech is reported to the controllers by the script (onset after 1.6 s, end
after 3.4 s), so the pictures are the same on every run; the level meter shows the real microphone. A wrong answer of each is kept as a recording, so the
summary, the missed facts and the call report show their "You said" buttons.
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

from verify_coach.core.mockcall import monotonic_ms  # noqa: E402

TONE = bytes(bytearray(b"\x00\x10\x00\xf0" * 4000)) * 4  # two seconds of a square tone: a recording to keep


def spoken(session: object, started_s: float = 1.6, ended_s: float = 3.4) -> None:
    """Report an answer that began ``started_s`` and ended ``ended_s`` after the question (as the microphone
    would), keeping the recording off the picture's timing."""
    now = monotonic_ms()
    session.qclock.start()  # type: ignore[attr-defined]
    session.qclock._start -= ended_s * 1000 + 1200  # type: ignore[attr-defined]
    session.speech_started(now - (ended_s - started_s) * 1000 - 1200)  # type: ignore[attr-defined]
    session.speech_ended(now - 1200, b"\0\0" * 32000)  # type: ignore[attr-defined]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(REPO / "docs" / "screenshots"))
    ap.add_argument("--lang", default="en")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    prefix = "" if args.lang == "en" else "zh-"
    qapp = QApplication.instance() or QApplication(sys.argv[:1])
    from verify_coach.ui.app import Application
    from verify_coach.ui.context import Prefs

    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"
        prefs = Prefs(data)
        prefs.set("language", args.lang)
        prefs.set("last_screen", "dashboard")
        prefs.set("keep_recordings", True)
        prefs.sync()
        app = Application(qapp, data, demo=True)
        app.window.resize(1180, 780)
        app.start()
        settle(app)
        w = app.window

        # -- practice
        scr = w.screen("practice")
        w.show_screen("practice")
        settle(app)
        scr.set_aloud(True)
        scr.seed = 5
        scr.start("practice", None)
        settle(app, 600)
        s = scr.session
        qs = [q for q in s.plan.questions if q.answer_kind not in ("choice", "order")]
        s.plan.questions = qs
        s.ask(0)
        settle(app, 1200)  # the meter shows the (quiet) microphone
        scr.card.listening.speaking(1600)
        scr.card.listening.meter.set_level(-22, 0.3, False)
        w.grab().save(str(out / f"{prefix}practice-aloud-listening.png"))
        spoken(s)
        settle(app, 200)
        w.grab().save(str(out / f"{prefix}practice-aloud-check.png"))
        s.self_rate("close")
        settle(app)
        spoken(s, 2.2, 4.0)
        s.audio = TONE  # a kept recording to play back
        s.self_rate("wrong")
        settle(app)
        scr.end_session()
        settle(app, 500)
        w.grab().save(str(out / f"{prefix}practice-aloud-summary.png"))
        w.show_screen("review")
        settle(app, 500)
        rev = w.screen("review")
        key = next(iter(rev._recordings), None)
        if key is not None:
            rev._reselect({key})
            settle(app, 200)
        w.grab().save(str(out / f"{prefix}review-aloud.png"))

        # -- the mock call
        call = w.screen("call")
        app.ctx.coach.set_call_type("kyc")
        w.show_screen("call")
        settle(app)
        w.grab().save(str(out / f"{prefix}call-start-aloud.png"))
        call.seed = 3
        call.session.enter_guard_ms = 0
        call.start_call()
        settle(app)
        cs = call.session
        for _ in range(30):
            if cs.item is not None and cs.item.is_fact and cs.state.value == "answering":
                break
            if cs.state.value in ("greeting", "id_step", "closing"):
                cs.skip()
            else:
                cs.spoken()
                call._listen_if_answering()
            settle(app, 100)
        settle(app, 800)
        call.view.meter.set_level(-24, 0.3, False)
        call.view.show_speaking()
        w.grab().save(str(out / f"{prefix}call-aloud-listening.png"))
        now = monotonic_ms()
        cs.qclock._start -= 4600  # type: ignore[attr-defined]
        cs.speech_started(now - 2600)
        cs.speech_ended(now - 1200, TONE)
        settle(app, 200)
        w.grab().save(str(out / f"{prefix}call-aloud-check.png"))
        cs.self_rate("wrong")
        settle(app)
        cs.end()
        settle(app, 800)
        w.grab().save(str(out / f"{prefix}call-aloud-report.png"))

        # -- the microphone test and Settings
        from verify_coach.ui.dialogs.mic_test import MicTestDialog
        from verify_coach.ui.dialogs.settings import SettingsDialog

        dlg = MicTestDialog(app.ctx, w)
        dlg.show()
        settle(app, 900)
        dlg.meter.set_level(-20, 0.35, False)
        dlg.status.setText(dlg.tr("Your microphone works: the app hears you clearly.") + " "
                           + dlg.tr("Press Play to hear yourself."))
        dlg.play.setEnabled(True)
        dlg.grab().save(str(out / f"{prefix}mic-test.png"))
        dlg.done(0)
        sd = SettingsDialog(app.ctx, w)
        sd.show()
        settle(app, 400)
        sd.grab().save(str(out / f"{prefix}settings-speaking.png"))
        sd.reject()
        for name in ("practice-aloud-listening", "practice-aloud-check", "practice-aloud-summary", "review-aloud",
                     "call-start-aloud", "call-aloud-listening", "call-aloud-check", "call-aloud-report", "mic-test",
                     "settings-speaking"):
            print("wrote", out / f"{prefix}{name}.png")
        w.close()
        app.ctx.tasks.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
