"""Linux packaging: the desktop entry and AppStream metainfo validate, the icons render, the .deb has the
right files and control fields (built from a fake bundle, so without PyInstaller), the Depends cover what
Qt's xcb plugin links, and (as root, with apt) the .deb of the real bundle installs, runs and uninstalls."""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import shutil
import struct
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET
import zipfile
from pathlib import Path

import pytest

pytestmark = pytest.mark.deb

REPO = Path(__file__).resolve().parents[2]
LINUX = REPO / "packaging" / "linux"
APP_ID = "io.github.verify_coach.VerifyCoach"
DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
SIZES = (16, 32, 48, 64, 128, 256)


def _build_deb_module():
    """packaging/build_deb.py (not importable as ``packaging.…``: that name is the PyPI package's)."""
    spec = importlib.util.spec_from_file_location("verify_coach_build_deb", REPO / "packaging" / "build_deb.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


build_deb = _build_deb_module()


def _version() -> str:
    with (REPO / "pyproject.toml").open("rb") as fh:
        return tomllib.load(fh)["project"]["version"]


def _tool(name: str, package: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} not installed (apt-get install {package})")
    return path


# ------------------------------------------------------------------------------- desktop entry, metainfo
def test_desktop_file_validates():
    tool = _tool("desktop-file-validate", "desktop-file-utils")
    res = subprocess.run([tool, str(DESKTOP)], capture_output=True, text=True)
    assert res.returncode == 0 and not res.stdout.strip() and not res.stderr.strip(), res.stdout + res.stderr


def test_desktop_entry_opens_the_files_the_app_imports():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(DESKTOP, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Exec"] == "verify-coach %f" and d["Icon"] == APP_ID and d["Terminal"] == "false"
    assert d["MimeType"] == "application/json;application/zip;application/x-zip-compressed;"
    assert not (REPO / "packaging" / "verify_coach.desktop").exists()  # one desktop entry, in packaging/linux


def test_metainfo_validates():
    tool = _tool("appstreamcli", "appstream")
    res = subprocess.run([tool, "validate", "--no-net", "--explain", str(METAINFO)], capture_output=True, text=True)
    assert res.returncode == 0, res.stdout + res.stderr
    assert "E:" not in res.stdout and "W:" not in res.stdout, res.stdout  # infos only (e.g. an older appstream)


def test_metainfo_says_what_the_package_has():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application" and root.findtext("id") == APP_ID
    assert root.findtext("metadata_license") == "CC0-1.0" and root.findtext("project_license") == "MIT"
    assert root.findtext("launchable") == DESKTOP.name
    assert [r.get("version") for r in root.iter("release")][0] == _version()
    assert root.find("content_rating").get("type") == "oars-1.1"
    text = " ".join(" ".join(p.itertext()) for p in root.find("description"))
    for words in ("your own", "before the call", "never during it", "stays on your computer"):
        assert words in " ".join(text.split())
    images = [i.text.strip() for i in root.iter("image")]
    assert images
    prefix = "https://raw.githubusercontent.com/verify-coach/verify_coach/main/"
    for url in images:
        assert url.startswith(prefix) and (REPO / url.removeprefix(prefix)).is_file(), url


# ------------------------------------------------------------------------------------------- icons
def test_icons_render_at_each_size(qapp, tmp_path):
    from PySide6.QtGui import QImage

    written = build_deb.render_icons(build_deb.ICON_SVG, tmp_path, SIZES)
    hicolor = tmp_path / "icons" / "hicolor"
    assert (hicolor / "scalable" / "apps" / f"{APP_ID}.svg").read_bytes() == build_deb.ICON_SVG.read_bytes()
    assert len(written) == len(SIZES) + 1
    for size in SIZES:
        image = QImage(str(hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"))
        assert (image.width(), image.height()) == (size, size)
        alphas = {image.pixelColor(x, y).alpha() for x in range(size) for y in range(size)}
        assert max(alphas) == 255 and min(alphas) == 0, size  # drawn, with a transparent corner


# ------------------------------------------------------------------------------------ Depends
def _needed(path: Path) -> list[str]:
    """DT_NEEDED of a 64-bit little-endian ELF file (what ``readelf -d`` lists; no binutils needed)."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, f"{path}: not a 64-bit LE ELF"
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names = []
    for _name, sh_type, _flags, _addr, offset, size, link, _info, _align, _entsize in sections:
        if sh_type != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link][4]
        for pos in range(offset, offset + size, 16):
            tag, val = struct.unpack_from("<qQ", data, pos)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", strtab + val)
                names.append(data[strtab + val:end].decode())
    return names


def test_depends_cover_the_system_libraries_qt_links():
    """Every library that Qt's xcb plugin, and the Qt libraries and plugins the app loads, link and that
    PySide6 does not carry is named in depends.txt (or, if optional, recommends.txt)."""
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    qxcb = qt / "plugins" / "platforms" / "libqxcb.so"
    if not qxcb.is_file() or sys.platform != "linux":
        pytest.skip(f"no xcb platform plugin at {qxcb}")
    binaries = [qxcb, *(qt / "plugins" / "xcbglintegrations").glob("*.so"),
                *(qt / "plugins" / "multimedia").glob("*.so"), *(qt / "plugins" / "texttospeech").glob("*.so"),
                *(qt / "plugins" / "imageformats").glob("*.so"), *(qt / "plugins" / "iconengines").glob("*.so")]
    for module in ("Core", "Gui", "Widgets", "Svg", "DBus", "XcbQpa", "OpenGL", "Multimedia", "MultimediaWidgets",
                   "Network", "TextToSpeech", "Charts", "OpenGLWidgets"):
        binaries.append(qt / "lib" / f"libQt6{module}.so.6")
    bundled = {p.name for p in (qt / "lib").iterdir()}
    needed = {so: b.name for b in binaries if b.is_file() for so in _needed(b) if so not in bundled}
    listed = " ".join(
        line.split("#", 1)[1] for f in ("depends.txt", "recommends.txt")
        for line in (LINUX / f).read_text(encoding="utf-8").splitlines()
        if "#" in line and line.split("#", 1)[0].strip()
    ).split()
    missing = {so: by for so, by in needed.items() if so not in listed}
    assert not missing, f"not in packaging/linux/depends.txt: {missing}"
    assert _needed(qxcb)  # the parser found something
    for pkg in ("libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0", "libegl1", "libgl1", "libfontconfig1",
                "libdbus-1-3", "libglib2.0-0t64 | libglib2.0-0"):
        assert pkg in build_deb.depends()


# ------------------------------------------------------------------------------------------ the .deb
def _fake_bundle(where: Path) -> Path:
    """A folder shaped like the PyInstaller bundle: ``verify-coach`` runs this source tree."""
    bundle = where / "bundle"
    (bundle / "_internal" / "PySide6").mkdir(parents=True)
    exe = bundle / "verify-coach"
    exe.write_text(f'#!/bin/sh\nPYTHONPATH="{REPO}" exec "{sys.executable}" -m verify_coach "$@"\n', encoding="utf-8")
    exe.chmod(0o700)  # the build makes it 0755
    (bundle / "_internal" / "base_library.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (bundle / "_internal" / "PySide6" / "libpyside6.so.6.11").write_bytes(b"\x7fELF")
    (bundle / "_internal" / "PySide6" / "libpyside6.so.6").symlink_to("libpyside6.so.6.11")
    (bundle / "_internal" / "secret.txt").write_text("x", encoding="utf-8")
    (bundle / "_internal" / "secret.txt").chmod(0o600)  # the build makes it 0644
    return bundle


def _build(bundle: Path, out: Path) -> Path:
    _tool("dpkg-deb", "dpkg")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    res = subprocess.run([sys.executable, str(REPO / "packaging" / "build_deb.py"), str(bundle), "--out", str(out)],
                         capture_output=True, text=True, env=env, timeout=300)
    assert res.returncode == 0, res.stderr
    deb = Path(res.stdout.strip())
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    assert deb == out / f"verify-coach_{_version()}_{arch}.deb" and deb.is_file()
    return deb


@pytest.fixture(scope="module")
def fake_deb(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("deb")
    return _build(_fake_bundle(tmp), tmp / "out")


def test_deb_lays_out_the_bundle_and_the_desktop_files(fake_deb):
    listing = subprocess.run(["dpkg-deb", "-c", str(fake_deb)], capture_output=True, text=True, check=True).stdout
    entries = {}
    for line in listing.splitlines():
        mode, owner, _size, _date, _time, name, *rest = line.split()
        entries[name.removeprefix(".").rstrip("/") or "/"] = (mode, owner, rest)
    icons = [f"/usr/share/icons/hicolor/{s}x{s}/apps/{APP_ID}.png" for s in SIZES]
    files = {
        "/opt/verify-coach/verify-coach": "-rwxr-xr-x",
        "/opt/verify-coach/_internal/base_library.zip": "-rw-r--r--",
        "/opt/verify-coach/_internal/secret.txt": "-rw-r--r--",
        "/opt/verify-coach/_internal/PySide6/libpyside6.so.6.11": "-rw-r--r--",
        "/usr/bin/verify-coach": "-rwxr-xr-x",
        f"/usr/share/applications/{APP_ID}.desktop": "-rw-r--r--",
        f"/usr/share/metainfo/{APP_ID}.metainfo.xml": "-rw-r--r--",
        f"/usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg": "-rw-r--r--",
        "/usr/share/doc/verify-coach/copyright": "-rw-r--r--",
        **dict.fromkeys(icons, "-rw-r--r--"),
    }
    for name, mode in files.items():
        assert name in entries, name
        assert entries[name][0] == mode, (name, entries[name])
    link = entries["/opt/verify-coach/_internal/PySide6/libpyside6.so.6"]
    assert link[0].startswith("l") and link[2] == ["->", "libpyside6.so.6.11"]
    for name, (mode, owner, _rest) in entries.items():
        assert owner == "root/root", name
        if mode.startswith("d"):
            assert mode == "drwxr-xr-x", name
    top = {n for n in entries if n.count("/") == 1 and n != "/"}
    assert top == {"/opt", "/usr"}
    assert not any(Path(n).name.startswith("verify_coach.") for n in entries)  # named by the app id only


def test_deb_control_fields(fake_deb):
    def field(name: str) -> str:
        return subprocess.run(["dpkg-deb", "-f", str(fake_deb), name], capture_output=True, text=True,
                              check=True).stdout.strip()

    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()
    assert field("Package") == "verify-coach" and field("Version") == _version() and field("Architecture") == arch
    assert field("Section") == "education" and field("Priority") == "optional"
    assert "<" in field("Maintainer") and field("Maintainer").endswith(">")
    assert field("Depends") == ", ".join(build_deb.depends())
    assert field("Recommends") == ", ".join(build_deb.recommends())
    assert int(field("Installed-Size")) > 0
    description = field("Description")
    assert description.splitlines()[0].startswith("rehearse your own profile") and "never" in description
    scripts = subprocess.run(["dpkg-deb", "--ctrl-tarfile", str(fake_deb)], capture_output=True, check=True).stdout
    listing = subprocess.run(["tar", "-tvf", "-"], input=scripts, capture_output=True, check=True).stdout.decode()
    for script in ("postinst", "postrm"):
        line = next(ln for ln in listing.splitlines() if ln.endswith(f"./{script}"))
        assert line.startswith("-rwxr-xr-x"), line
    for script in ("postinst", "postrm"):
        text = (LINUX / script).read_text(encoding="utf-8")
        assert "command -v update-desktop-database" in text and "command -v gtk-update-icon-cache" in text
        res = subprocess.run(["sh", "-n", str(LINUX / script)], capture_output=True, text=True)
        assert res.returncode == 0, res.stderr


def test_build_refuses_a_folder_that_is_no_bundle(tmp_path):
    res = subprocess.run([sys.executable, str(REPO / "packaging" / "build_deb.py"), str(tmp_path), "--out",
                          str(tmp_path / "out")], capture_output=True, text=True, timeout=120)
    assert res.returncode == 2 and res.stderr.startswith("build_deb: ") and len(res.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists() or not list((tmp_path / "out").iterdir())


# ---------------------------------------------------------------------------------- install and run
def _can_install() -> str | None:
    if sys.platform != "linux" or not hasattr(os, "geteuid") or os.geteuid() != 0:
        return "installing a .deb needs root"
    for tool in ("apt-get", "dpkg", "dpkg-deb"):
        if shutil.which(tool) is None:
            return f"{tool} not found (not a Debian/Ubuntu system)"
    status = subprocess.run(["dpkg-query", "-W", "-f", "${Status}", "verify-coach"], capture_output=True, text=True)
    if status.stdout.endswith(" installed"):
        return "verify-coach is already installed here; the test would replace it"
    return None


def test_installed_deb_runs_and_uninstalls(bundle_dir, tmp_path):
    reason = _can_install()
    if reason:
        pytest.skip(reason)
    deb = _build(Path(bundle_dir), tmp_path / "out")
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    res = subprocess.run(["apt-get", "install", "-y", f"./{deb.name}"], cwd=deb.parent, capture_output=True,
                         text=True, env=apt_env, timeout=900)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    try:
        home, cwd, data = tmp_path / "home", tmp_path / "cwd", tmp_path / "data"
        home.mkdir()
        cwd.mkdir()
        env = {"PATH": "/usr/bin:/bin", "HOME": str(home), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}

        def run(*args: str, stdin: str | None = None, ok: tuple[int, ...] = (0,)) -> str:
            r = subprocess.run(["/usr/bin/verify-coach", "--data-dir", str(data), *args], input=stdin,
                               capture_output=True, text=True, env=env, cwd=cwd, timeout=300)
            assert r.returncode in ok, f"verify-coach {' '.join(args)}: exit {r.returncode}\n{r.stdout}\n{r.stderr}"
            return r.stdout

        assert "ready-ms=" in run("--smoke")
        assert "Demo" in run("demo")
        out = run("practice", "--count", "2", "--seed", "1", stdin="1\n" * 12)
        assert "Q2/2" in out and "Session over" in out
        sheet = tmp_path / "sheet.pdf"
        run("export", "--format", "pdf", "-o", str(sheet))
        assert sheet.read_bytes().startswith(b"%PDF")
        backup = tmp_path / "backup.zip"
        run("backup", "-o", str(backup))
        assert zipfile.is_zipfile(backup)
        assert "Restored" in run("restore", str(backup))
        findings = json.loads(run("audit", "--json", ok=(0, 1)))
        assert isinstance(findings, list)
        assert (Path("/usr/share/applications") / f"{APP_ID}.desktop").is_file()
        assert (Path("/usr/share/icons/hicolor/256x256/apps") / f"{APP_ID}.png").is_file()
    finally:
        res = subprocess.run(["apt-get", "purge", "-y", "verify-coach"], capture_output=True, text=True,
                             env=apt_env, timeout=600)  # purge: nothing of it left on the machine
    assert res.returncode == 0, res.stdout + res.stderr
    assert not Path("/opt/verify-coach").exists()
    assert not Path("/usr/bin/verify-coach").exists()
    assert not (Path("/usr/share/applications") / f"{APP_ID}.desktop").exists()
    status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", "verify-coach"], capture_output=True, text=True)
    assert status.stdout.strip() in ("", "unknown ok not-installed", "purge ok not-installed"), status.stdout
    # (gone, not "deinstall ok config-files" as a remove leaves it)
