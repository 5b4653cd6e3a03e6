#!/usr/bin/env python3
"""Build ``verify-coach_<version>_<arch>.deb`` from a PyInstaller onedir bundle.

    python packaging/build_deb.py BUNDLE_DIR [--out DIR]

BUNDLE_DIR holds the executable ``verify-coach`` and its ``_internal/`` folder (``packaging/build.py``
makes it). The package installs:

- the bundle to ``/opt/verify-coach/``, and ``/usr/bin/verify-coach``, a two-line sh launcher;
- the desktop entry, the hicolor icons (the SVG and PNGs rendered here with Qt's QSvgRenderer) and the
  AppStream metainfo from ``packaging/linux/``;
- ``/usr/share/doc/verify-coach/copyright``;
- ``DEBIAN/control`` whose Depends and Recommends are ``packaging/linux/depends.txt`` and
  ``recommends.txt``, and postinst/postrm that refresh the desktop database and the icon cache.

Needs ``dpkg-deb`` (and ``dpkg`` for the architecture) and PySide6 (for the icons).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
LINUX = HERE / "linux"
APP_ID = "io.github.verify_coach.VerifyCoach"
PACKAGE = "verify-coach"
PREFIX = Path("opt") / PACKAGE
ICON_SVG = REPO / "resources" / "icons" / "app.svg"
ICON_SIZES = (16, 32, 48, 64, 128, 256)
HOMEPAGE = "https://github.com/verify-coach/verify_coach"
DEFAULT_MAINTAINER = "The verify_coach developers <verify-coach@users.noreply.github.com>"
SUMMARY = "rehearse your own profile before an identity-verification call"
DESCRIPTION = """\
verify_coach turns the key facts of your own, true profile (dates, rates, employers,
projects, education) into the questions an agent asks on a live identity-verification
video call (freelance platforms, bank video-KYC, visa interviews, background checks).
Practise, review the facts you missed, rehearse a mock call, see what in the profile an
agent may question, and export a one-page study sheet.
.
It imports its own JSON profiles, JSON Resume files and LinkedIn data exports. Everything
stays on this computer: no account, no network. It is for practice before the call, never
for use during it."""


class BuildError(Exception):
    """One line for stderr; exit code 2."""


def version() -> str:
    with (REPO / "pyproject.toml").open("rb") as fh:
        return str(tomllib.load(fh)["project"]["version"])


def architecture() -> str:
    try:
        return subprocess.run(["dpkg", "--print-architecture"], check=True, capture_output=True,
                              text=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError) as exc:
        raise BuildError(f"cannot ask dpkg for the architecture: {exc}") from None


def read_list(path: Path) -> list[str]:
    """The packages of ``depends.txt``/``recommends.txt``: one a line, ``#`` starts a comment."""
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        item = line.split("#", 1)[0].strip()
        if item:
            items.append(" | ".join(alt.strip() for alt in item.split("|")))
    return items


def depends() -> list[str]:
    return read_list(LINUX / "depends.txt")


def recommends() -> list[str]:
    return read_list(LINUX / "recommends.txt")


def render_icons(svg: Path, share: Path, sizes: tuple[int, ...] = ICON_SIZES) -> list[Path]:
    """``share/icons/hicolor/{scalable,NxN}/apps/APP_ID.{svg,png}``: the SVG, and PNGs rendered from it."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QCoreApplication.instance() or QGuiApplication([sys.argv[0]])  # noqa: F841 - QPainter needs one
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise BuildError(f"{svg}: not an SVG Qt can render")
    hicolor = share / "icons" / "hicolor"
    scalable = hicolor / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written = [scalable]
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter)
        painter.end()
        target = hicolor / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise BuildError(f"could not write {target}")
        written.append(target)
    return written


def _installed_size_kib(root: Path) -> int:
    total = 0
    for p in root.rglob("*"):
        if p.is_relative_to(root / "DEBIAN"):
            continue
        total += 1 if p.is_symlink() or p.is_dir() else -(-p.stat().st_size // 1024)
    return max(1, total)


def control_text(root: Path, *, version: str, arch: str, maintainer: str) -> str:
    fields = {
        "Package": PACKAGE,
        "Version": version,
        "Architecture": arch,
        "Maintainer": maintainer,
        "Installed-Size": str(_installed_size_kib(root)),
        "Depends": ", ".join(depends()),
        "Recommends": ", ".join(recommends()),
        "Section": "education",
        "Priority": "optional",
        "Homepage": HOMEPAGE,
        "Description": SUMMARY + "\n" + "\n".join(f" {line}" for line in DESCRIPTION.splitlines()),
    }
    return "".join(f"{k}: {v}\n" for k, v in fields.items() if v)


def _normalise_modes(root: Path) -> None:
    """0755 for folders and executables, 0644 for everything else; symlinks are left as they are."""
    for dirpath, _dirnames, filenames in os.walk(root):  # os.walk does not follow symlinked folders
        os.chmod(dirpath, 0o755)
        for name in filenames:
            p = Path(dirpath) / name
            if not p.is_symlink():
                os.chmod(p, 0o755 if p.stat().st_mode & 0o111 else 0o644)


def _md5sums(root: Path) -> str:
    lines = []
    for p in sorted(root.rglob("*")):
        if p.is_file() and not p.is_symlink() and not p.is_relative_to(root / "DEBIAN"):
            lines.append(f"{hashlib.md5(p.read_bytes()).hexdigest()}  {p.relative_to(root).as_posix()}\n")
    return "".join(lines)


def stage(bundle: Path, root: Path, *, arch: str, maintainer: str = DEFAULT_MAINTAINER) -> None:
    """Lay out the package's files under ``root`` (its DEBIAN/ included)."""
    exe = bundle / PACKAGE
    if not (exe.is_file() and os.access(exe, os.X_OK)):
        raise BuildError(f"{bundle} is not a bundle: no executable {PACKAGE} in it")
    shutil.copytree(bundle, root / PREFIX, symlinks=True)

    launcher = root / "usr" / "bin" / PACKAGE
    launcher.parent.mkdir(parents=True)
    launcher.write_text(f'#!/bin/sh\nexec /{PREFIX.as_posix()}/{PACKAGE} "$@"\n', encoding="utf-8")
    launcher.chmod(0o755)

    share = root / "usr" / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copyfile(LINUX / f"{APP_ID}.desktop", share / "applications" / f"{APP_ID}.desktop")
    (share / "metainfo").mkdir()
    shutil.copyfile(LINUX / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.metainfo.xml")
    render_icons(ICON_SVG, share)
    doc = share / "doc" / PACKAGE
    doc.mkdir(parents=True)
    shutil.copyfile(LINUX / "copyright", doc / "copyright")

    _normalise_modes(root)
    debian = root / "DEBIAN"
    debian.mkdir()
    for script in ("postinst", "postrm"):
        shutil.copyfile(LINUX / script, debian / script)
        (debian / script).chmod(0o755)
    (debian / "md5sums").write_text(_md5sums(root), encoding="utf-8")
    (debian / "control").write_text(control_text(root, version=version(), arch=arch, maintainer=maintainer),
                                    encoding="utf-8")
    for name in ("control", "md5sums"):
        (debian / name).chmod(0o644)
    debian.chmod(0o755)


def build(bundle: Path, out: Path, *, maintainer: str = DEFAULT_MAINTAINER) -> Path:
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found (apt-get install dpkg)")
    arch = architecture()
    out.mkdir(parents=True, exist_ok=True)
    target = out / f"{PACKAGE}_{version()}_{arch}.deb"
    with tempfile.TemporaryDirectory(prefix="verify-coach-deb-") as tmp:
        root = Path(tmp) / "root"
        root.mkdir()
        stage(bundle.resolve(), root, arch=arch, maintainer=maintainer)
        res = subprocess.run(["dpkg-deb", "--build", "--root-owner-group", str(root), str(target)],
                             capture_output=True, text=True)
        if res.returncode != 0:
            raise BuildError(f"dpkg-deb failed: {res.stderr.strip() or res.stdout.strip()}")
    return target


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Build the verify-coach .deb from a PyInstaller onedir bundle.")
    p.add_argument("bundle", type=Path, help="the bundle folder (with the verify-coach executable)")
    p.add_argument("--out", type=Path, default=Path("dist"), help="where the .deb goes (default: dist)")
    p.add_argument("--maintainer", default=os.environ.get("DEB_MAINTAINER", DEFAULT_MAINTAINER),
                   help="the Maintainer field, 'Name <email>' (default: $DEB_MAINTAINER or a placeholder)")
    args = p.parse_args(argv)
    try:
        deb = build(args.bundle, args.out, maintainer=args.maintainer)
    except BuildError as exc:
        sys.stderr.write(f"build_deb: {exc}\n")
        return 2
    print(deb)
    return 0


if __name__ == "__main__":
    sys.exit(main())
