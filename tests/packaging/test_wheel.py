"""A plain ``pip install`` (a wheel, not the editable checkout) carries everything the app loads at run time:
the icons, the translations and the example profile of ``resources/``, and the migrations."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from ..conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    src = out / "src"  # what an sdist holds, without the checkout's build/ folder (a stale build hides a gap)
    junk = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    for name in ("verify_coach", "resources"):
        shutil.copytree(REPO / name, src / name, ignore=junk)
    for name in ("pyproject.toml", "setup.py", "README.md"):
        shutil.copy2(REPO / name, src / name)
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(src), "-w", str(out)],
                         capture_output=True, text=True, check=False, timeout=600)
    if res.returncode != 0 and "Could not find a version that satisfies" in res.stderr:
        pytest.skip("building a wheel needs setuptools from the package registry, which is not reachable")
    assert res.returncode == 0, res.stderr[-2000:]
    (whl,) = out.glob("verify_coach-*.whl")
    return whl


def test_the_wheel_carries_every_resource_and_migration(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for path in sorted((REPO / "resources").rglob("*")):
        if path.is_file():
            assert f"verify_coach/resources/{path.relative_to(REPO / 'resources').as_posix()}" in names, path
    migrations = sorted((REPO / "verify_coach/core/store/migrations/versions").glob("*.py"))
    assert migrations and all(f"verify_coach/core/store/migrations/versions/{m.name}" in names for m in migrations)


def test_an_installed_wheel_finds_its_resources_and_makes_a_demo(wheel, tmp_path):
    target = tmp_path / "site"
    res = subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--target", str(target), str(wheel)],
                         capture_output=True, text=True, check=False, timeout=600)
    assert res.returncode == 0, res.stderr[-2000:]
    env = {**os.environ, "PYTHONPATH": str(target), "QT_QPA_PLATFORM": "offscreen"}
    probe = ("import json, verify_coach; from verify_coach.core.paths import resources_dir; r = resources_dir(); "
             "print(json.dumps([verify_coach.__file__, str(r), sorted(p.name for p in (r / 'translations').iterdir()), "
             "(r / 'icons' / 'app.svg').is_file(), (r / 'example-profile.json').is_file()]))")
    res = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env, cwd=tmp_path,
                         check=False, timeout=120)
    assert res.returncode == 0, res.stderr
    module, found, translations, icon, example = json.loads(res.stdout)
    assert Path(module).is_relative_to(target) and Path(found) == target / "verify_coach" / "resources"
    assert "verify_coach_zh_CN.qm" in translations and icon and example
    res = subprocess.run([sys.executable, "-m", "verify_coach", "--data-dir", str(tmp_path / "data"), "demo"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, check=False, timeout=300)
    assert res.returncode == 0 and "Traceback" not in res.stderr, res.stderr  # the migrations ran from the wheel
