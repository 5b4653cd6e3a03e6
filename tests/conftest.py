"""Test setup shared by every test: offscreen Qt, and a fresh private data dir per test."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

from pathlib import Path  # noqa: E402

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
