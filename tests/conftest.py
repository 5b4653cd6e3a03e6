"""Test setup shared by every test: offscreen Qt, and a fresh private data dir per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own data dir; nothing touches the real user data dir."""
    d = tmp_path / "data"
    monkeypatch.setenv("VERIFY_COACH_DATA_DIR", str(d))
    return d


@pytest.fixture
def data_dir(_data_dir: Path) -> Path:
    return _data_dir


@pytest.fixture
def store(data_dir: Path):
    from verify_coach.core.store import open_store

    s = open_store(data_dir)
    yield s
    s.close()


@pytest.fixture
def coach(store):
    from verify_coach.core.coach import Coach

    return Coach(store)


@pytest.fixture
def sample_profile():
    from verify_coach.core.profile import Profile

    return Profile.load(REPO / "resources" / "example-profile.json")


@pytest.fixture
def upwork(coach, sample_profile):
    """A coach with the example profile saved as "Upwork" (and active)."""
    coach.save_profile("Upwork", sample_profile)
    return coach


# ------------------------------------------------------------------------------------ real audio
# ../shared/tools/virtual-audio gives the machine a microphone (a PulseAudio null sink's monitor) that
# espeak-ng can speak into. It is started once, before anything loads Qt Multimedia, so every test sees
# the same audio system; tests marked ``audio`` are skipped, with the reason, where it cannot start.
VIRTUAL_AUDIO = SHARED / "tools" / "virtual-audio"
AUDIO: dict[str, str] = {"problem": "not started"}


def _start_virtual_audio() -> str:
    """Start the virtual microphone; "" on success, else why not."""
    import shutil
    import subprocess

    if not VIRTUAL_AUDIO.exists():
        return f"{VIRTUAL_AUDIO} is missing"
    for tool in ("pulseaudio", "pactl", "paplay", "espeak-ng"):
        if shutil.which(tool) is None:
            return f"{tool} is not installed (.ci/run installs it)"
    env = dict(os.environ)
    try:
        out = subprocess.run([str(VIRTUAL_AUDIO), "start"], capture_output=True, text=True, timeout=60, env=env)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return f"virtual-audio did not start: {exc}"
    if out.returncode != 0:
        return f"virtual-audio did not start: {out.stderr.strip()[-300:]}"
    for line in out.stdout.splitlines():  # export NAME='value'
        if line.startswith("export ") and "=" in line:
            name, value = line[len("export "):].split("=", 1)
            os.environ[name] = value.strip("'")
    return ""


def pytest_configure(config: pytest.Config) -> None:
    if os.environ.get("VERIFY_COACH_NO_AUDIO_TESTS"):
        AUDIO["problem"] = "VERIFY_COACH_NO_AUDIO_TESTS is set"
        return
    AUDIO["problem"] = _start_virtual_audio()


def say(text: str, delay_s: float = 0.0) -> Any:
    """Speak ``text`` into the virtual microphone after ``delay_s`` (returns the running process)."""
    import subprocess

    return subprocess.Popen([str(VIRTUAL_AUDIO), "say", text, str(delay_s)], env=dict(os.environ),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


@pytest.fixture
def virtual_mic() -> Any:
    """``say(text, delay_s)`` into a real (virtual) microphone; the test is skipped where there is none."""
    if AUDIO["problem"]:
        pytest.skip(f"no virtual microphone: {AUDIO['problem']}")
    procs: list[Any] = []

    def speak(text: str, delay_s: float = 0.0) -> Any:
        p = say(text, delay_s)
        procs.append(p)
        return p

    yield speak
    for p in procs:
        if p.poll() is None:
            p.kill()
        p.wait()
