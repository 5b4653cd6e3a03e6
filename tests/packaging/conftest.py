"""The PyInstaller bundle, built once per test session: the ``bundle_dir`` fixture.

``bundle_dir`` is the folder holding the ``verify-coach`` executable. It is built with
``packaging/build.py`` into the session's temporary folder, or taken from ``VERIFY_COACH_BUNDLE=<dir>``
(a prebuilt bundle: no build). Without PyInstaller (``pip install -e '.[test]'`` installs it) the tests that
use it are skipped, with the reason. Other packaging tests (the .deb) use the same fixture: keep its name.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType

import pytest

from ..conftest import REPO

ENV_BUNDLE = "VERIFY_COACH_BUNDLE"
EXE_NAME = "verify-coach" + (".exe" if sys.platform == "win32" else "")


def _load(path: Path, name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


#: benchmarks/bundle.py (stdlib only): the clean environment, the size and the start-up figures.
bench = _load(REPO / "benchmarks" / "bundle.py", "verify_coach_bench_bundle")


def report(config: pytest.Config, line: str) -> None:
    """A line on the terminal whatever ``-s``/capture says (the terminal reporter), else on stderr."""
    tr = config.pluginmanager.get_plugin("terminalreporter")
    cap = config.pluginmanager.get_plugin("capturemanager")
    if tr is not None and cap is not None:
        with cap.global_and_fixture_disabled():
            tr.write_line(line)
    elif tr is not None:
        tr.write_line(line)
    else:  # pragma: no cover - e.g. -p no:terminal
        print(line, file=sys.stderr)


@pytest.fixture(scope="session")
def bundle_dir(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The folder containing the bundle's ``verify-coach`` executable."""
    given = os.environ.get(ENV_BUNDLE)
    if given:
        folder = Path(given).expanduser().resolve()
        if not (folder / EXE_NAME).is_file():
            pytest.fail(f"{ENV_BUNDLE}={given}: no {EXE_NAME} in that folder")
        report(request.config, f"\nbundle: using {folder} ({ENV_BUNDLE})")
        return folder
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.skip("PyInstaller is not installed (pip install -e '.[test]'), or set VERIFY_COACH_BUNDLE=<dir>")
    base = tmp_path_factory.mktemp("bundle")
    report(request.config, "\nbundle: building with PyInstaller (packaging/build.py)…")
    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--dist", str(base / "dist"),
                           "--work", str(base / "work")], capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if proc.returncode != 0:
        pytest.fail(f"packaging/build.py failed (exit {proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-6000:]}")
    folder = base / "dist" / "verify-coach"
    size = bench.bundle_size(folder)
    report(request.config, f"bundle: built in {seconds:.0f} s: {folder} ({size['size_mb']} MB, {size['files']} files)")
    return folder
