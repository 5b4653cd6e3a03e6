"""Listening through the real audio stack: CPU while the microphone listens, and the onset and end of
answers spoken into the virtual microphone, against an idle event loop measured in the same run.

    python benchmarks/listening.py [--seconds 18] [--answers 6]

Starts ``../shared/tools/virtual-audio`` (PulseAudio with a virtual microphone) unless PULSE_SERVER is
set. Each measure runs in a child process: the baseline is a QCoreApplication whose event loop runs for
``--seconds``; the measure opens ``verify_coach.audio.Microphone`` (16 kHz mono, the voice detector on
every chunk, the level meter) and listens for as long, while espeak-ng says an answer every three seconds.
CPU is ``time.process_time`` over wall time, in % of one core; "added" is the measure minus the baseline.
The onset is also checked end to end: the time the microphone reports for each answer minus the moment
``paplay`` began playing it (printed by the child just before it starts; paplay's own start-up, tens of
ms, is inside that figure). Prints one JSON object. Target: CPU added while listening <= 10 % of a core.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
TOOL = REPO.parent / "shared" / "tools" / "virtual-audio"

CHILD = r"""
import json, os, subprocess, sys, tempfile, time
os.environ.setdefault("QT_LOGGING_RULES", "qt.multimedia.*=false")
from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
app = QCoreApplication([])
mode, seconds, answers = sys.argv[1], float(sys.argv[2]), int(sys.argv[3])

def spin(ms):
    loop = QEventLoop(); QTimer.singleShot(int(ms), loop.quit); loop.exec()

if mode == "idle":
    c0, w0 = time.process_time(), time.monotonic()
    spin(seconds * 1000)
    print(json.dumps({"cpu": time.process_time() - c0, "wall": time.monotonic() - w0}))
    sys.exit(0)

from verify_coach.audio import Microphone
from verify_coach.core.mockcall import monotonic_ms
mic = Microphone(pause_ms=800)
assert mic.open(), mic.problem
spin(1500)  # the device's first audio
texts = ["July twenty eighteen", "forty five dollars an hour", "Brightline Logistics", "Zhang Wei",
         "Zhejiang University", "Hangzhou, China"]
wavs = []
for i in range(answers):
    f = tempfile.mktemp(suffix=".wav")
    subprocess.run(["espeak-ng", "-v", "en-us", "-w", f, texts[i % len(texts)]], check=True)
    wavs.append(f)
results = []
c0, w0 = time.process_time(), time.monotonic()
for f in wavs:
    mic.listen()
    played = monotonic_ms()
    p = subprocess.Popen(["paplay", "--device=vc_out", f])
    deadline = time.monotonic() + seconds / max(1, answers)
    while time.monotonic() < deadline and mic.end_ms is None:
        spin(20)
    p.wait()
    results.append({"onset": None if mic.onset_ms is None else mic.onset_ms - played,
                    "ended": mic.end_ms is not None})
    while time.monotonic() < deadline:
        spin(20)
cpu, wall = time.process_time() - c0, time.monotonic() - w0
mic.close()
print(json.dumps({"cpu": cpu, "wall": wall, "answers": results, "backend": mic.detector.backend_name}))
"""


def child(mode: str, seconds: float, answers: int, env: dict[str, str]) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, mode, str(seconds), str(answers)], capture_output=True,
                         text=True, cwd=REPO, env=env, timeout=seconds * 4 + 60)
    if out.returncode != 0:
        raise SystemExit(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=18)
    ap.add_argument("--answers", type=int, default=6)
    args = ap.parse_args()
    env = dict(os.environ, PYTHONPATH=str(REPO))
    if "PULSE_SERVER" not in env:
        started = subprocess.run([str(TOOL), "start"], capture_output=True, text=True, check=True)
        for line in started.stdout.splitlines():
            if line.startswith("export "):
                name, value = line[7:].split("=", 1)
                env[name] = value.strip("'")
    idle = child("idle", args.seconds, args.answers, env)
    listening = child("listen", args.seconds, args.answers, env)
    pct = lambda r: 100 * r["cpu"] / r["wall"]  # noqa: E731
    onsets = [a["onset"] for a in listening["answers"] if a["onset"] is not None]
    print(json.dumps({
        "backend": listening["backend"],
        "cpu_idle_pct": round(pct(idle), 2),
        "cpu_listening_pct": round(pct(listening), 2),
        "cpu_added_pct": round(pct(listening) - pct(idle), 2),
        "answers": len(listening["answers"]),
        "heard": len(onsets),
        "ended": sum(a["ended"] for a in listening["answers"]),
        "onset_after_playback_started_ms": {
            "median": round(statistics.median(onsets)) if onsets else None,
            "max": round(max(onsets)) if onsets else None,
        },
        "target": "cpu_added_pct <= 10",
    }, indent=1))


if __name__ == "__main__":
    main()
