"""Build the PyInstaller onedir bundle: ``python packaging/build.py [--dist DIR] [--work DIR]``.

Runs PyInstaller on ``packaging/verify_coach.spec`` from this checkout (nothing needs to be installed but
the app's dependencies and ``pyinstaller``), then checks the result and prints the executable's path,
the build time and the bundle size. Exit code 0 only if the executable exists.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "packaging" / "verify_coach.spec"
NAME = "verify-coach"


def executable(bundle: Path) -> Path:
    """The app's executable inside a built onedir folder."""
    return bundle / (NAME + (".exe" if sys.platform == "win32" else ""))


def bundle_size(bundle: Path) -> tuple[int, int]:
    """(bytes, files) of a folder, symlinks not followed."""
    total = files = 0
    for dirpath, _dirs, names in os.walk(bundle):
        for n in names:
            p = Path(dirpath) / n
            if not p.is_symlink():
                total += p.stat().st_size
                files += 1
    return total, files


def make_icons(svg: Path = ROOT / "packaging" / "verify_coach.svg") -> list[Path]:
    """``packaging/verify_coach.ico`` (Windows) and ``.icns`` (macOS) from the SVG icon, 256 px, written
    with Qt's own image plugins (imageformats/ico, icns). Committed; run ``build.py --icons`` after
    changing the SVG."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    written = []
    for fmt in ("ico", "icns"):
        out = svg.with_suffix(f".{fmt}")
        writer = QImageWriter(str(out), fmt.encode())
        if not writer.write(image):
            raise RuntimeError(f"could not write {out}: {writer.errorString()}")
        written.append(out)
    return written


def build(dist: Path, work: Path, *, quiet: bool = False) -> Path:
    """Build into ``dist/verify-coach/`` and return that folder. Raises ``RuntimeError`` on failure."""
    try:
        import PyInstaller  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("PyInstaller is not installed: pip install 'pyinstaller>=6.0'") from exc
    dist, work = dist.resolve(), work.resolve()
    out = dist / NAME
    if out.exists():
        shutil.rmtree(out)
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", str(dist), "--workpath", str(work), str(SPEC)]
    env = dict(os.environ)
    # Analyse this checkout's sources, not whatever verify_coach an editable install points at.
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), *filter(None, [env.get("PYTHONPATH")])])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=quiet, text=True)
    if proc.returncode != 0:
        tail = (proc.stderr or "")[-4000:] if quiet else ""
        raise RuntimeError(f"PyInstaller failed (exit {proc.returncode})\n{tail}")
    if not executable(out).is_file():
        raise RuntimeError(f"PyInstaller finished but {executable(out)} is missing")
    strip_python(out)
    return out


def strip_python(bundle: Path) -> list[Path]:
    """Strip the debug symbols of the Python runtime (``libpython*.so*``, ~17 MB of a pyenv build) on Linux,
    where binutils' ``strip`` is there. Only those: stripping the libraries that wheels patched with patchelf
    (Qt's FFmpeg, numpy's OpenBLAS) breaks them, so PyInstaller's own ``strip`` stays off in the spec."""
    tool = shutil.which("strip")
    if not sys.platform.startswith("linux") or tool is None:
        return []
    done = []
    for lib in bundle.rglob("libpython*.so*"):
        if lib.is_file() and not lib.is_symlink():
            subprocess.run([tool, "--strip-debug", str(lib)], check=True)
            done.append(lib)
    return done


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: ./dist)")
    ap.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller work folder (default: ./build)")
    ap.add_argument("--icons", action="store_true", help="only (re)make packaging/verify_coach.ico and .icns")
    args = ap.parse_args(argv)
    if args.icons:
        for out in make_icons():
            print(f"wrote {out.relative_to(ROOT)}")
        return 0
    start = time.perf_counter()
    try:
        out = build(args.dist, args.work)
    except RuntimeError as exc:
        print(f"build.py: {exc}", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - start
    size, files = bundle_size(out)
    print(f"bundle: {executable(out)}")
    print(f"build-seconds={seconds:.0f} size-mb={size / 1e6:.1f} files={files}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
