"""The PyInstaller bundle: its size on disk, and its start-up against ``python -m verify_coach``.

    python benchmarks/bundle.py [--bundle DIR] [--runs 3]

Without ``--bundle`` it builds one first (``packaging/build.py`` into a temporary folder). Then, on one data
dir with a demo profile (made by the bundle itself), it runs ``verify-coach --smoke`` from the bundle and
``python -m verify_coach --smoke`` from this checkout alternately, ``--runs`` times each, and prints the
medians of the figures the app prints itself (``first-paint-ms``, ``ready-ms``, ``open-ms``) and of the
wall time from spawn to exit, beside the bundle's size (MB, files). Prints one JSON object. No targets:
figures to compare within one run (shared, noisy machines).

Stdlib only, and it never imports the app: ``tests/packaging`` loads it by path for the same figures.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NAME = "verify-coach"
MARKS = ("first-paint-ms", "ready-ms", "open-ms")


def _build_module():  # noqa: ANN202  (packaging/build.py is a script, not a package module)
    import importlib.util

    spec = importlib.util.spec_from_file_location("verify_coach_build", REPO / "packaging" / "build.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


_build = _build_module()
executable = _build.executable  # the one definition: packaging/build.py


def bundle_size(bundle: Path) -> dict[str, float]:
    """Size on disk of a bundle folder: MB (10^6 bytes) and file count (``build.bundle_size``)."""
    total, files = _build.bundle_size(bundle)
    return {"size_mb": round(total / 1e6, 1), "files": files}


def clean_env(home: Path) -> dict[str, str]:
    """An environment with none of our Python in it: no PYTHON* / virtualenv variables, no PATH entry of
    the interpreter running this, a private HOME, offscreen Qt, a UTF-8 locale."""
    prefixes = {str(Path(p).resolve()) for p in (sys.prefix, sys.base_prefix, sys.exec_prefix)}

    def ours(entry: str) -> bool:
        try:
            resolved = str(Path(entry).resolve())
        except OSError:
            return False
        return any(resolved.startswith(p) for p in prefixes) or "pyenv" in entry or "venv" in entry

    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("PYTHON", "VIRTUAL_ENV", "CONDA", "PYENV", "VERIFY_COACH", "QT_", "PIP_"))}
    env["PATH"] = os.pathsep.join(e for e in os.environ.get("PATH", os.defpath).split(os.pathsep) if e and not ours(e))
    env["HOME"] = str(home)
    env["USERPROFILE"] = str(home)
    env.setdefault("XDG_RUNTIME_DIR", str(home))  # Qt warns without one (kept if set: PulseAudio's socket)
    env["LANG"] = env["LC_ALL"] = "C.UTF-8"
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["QT_LOGGING_RULES"] = "qt.qpa.*=false"
    return env


def source_env(home: Path) -> dict[str, str]:
    """The same, with this checkout importable for ``python -m verify_coach``."""
    env = clean_env(home)
    env["PATH"] = os.environ.get("PATH", os.defpath)
    env["PYTHONPATH"] = str(REPO)
    return env


def smoke(cmd: list[str], env: dict[str, str], cwd: Path) -> dict[str, float]:
    """One ``--smoke`` run: the marks the app prints and the wall time (ms) from spawn to exit."""
    t0 = time.perf_counter()
    p = subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120)
    wall = (time.perf_counter() - t0) * 1000
    if p.returncode != 0:
        raise RuntimeError(f"{cmd[0]} --smoke exited {p.returncode}: {p.stderr[-2000:]}")
    marks: dict[str, float] = {"exit-ms": wall}
    for line in p.stdout.splitlines():
        key, sep, value = line.strip().partition("=")
        if sep and key in MARKS:
            marks[key] = float(value)
    missing = [m for m in MARKS if m not in marks]
    if missing:
        raise RuntimeError(f"{cmd[0]} --smoke printed no {', '.join(missing)}: {p.stdout[-1000:]}")
    return marks


def startup_figures(bundle: Path, runs: int = 3, work: Path | None = None) -> dict[str, dict[str, float]]:
    """Medians of ``runs`` --smoke runs of the bundle and of the source, alternated, on one data dir."""
    with tempfile.TemporaryDirectory(prefix="vc-bundle-bench-") as tmp:
        base = work or Path(tmp)
        home, data = base / "home", base / "data"
        home.mkdir(parents=True, exist_ok=True)
        env_b, env_s = clean_env(home), source_env(home)
        subprocess.run([str(executable(bundle)), "--data-dir", str(data), "demo"], env=env_b, cwd=home,
                       check=True, capture_output=True, timeout=120)
        cmds = {
            "bundle": ([str(executable(bundle)), "--data-dir", str(data), "--smoke"], env_b),
            "source": ([sys.executable, "-m", "verify_coach", "--data-dir", str(data), "--smoke"], env_s),
        }
        got: dict[str, list[dict[str, float]]] = {k: [] for k in cmds}
        for _ in range(runs):
            for k, (cmd, env) in cmds.items():
                got[k].append(smoke(cmd, env, home))
    return {k: {m: round(statistics.median(r[m] for r in rs)) for m in (*MARKS, "exit-ms")} for k, rs in got.items()}


def figures(bundle: Path, runs: int = 3) -> dict[str, object]:
    return {"bundle": str(bundle), **bundle_size(bundle), "runs": runs, "smoke": startup_figures(bundle, runs)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--bundle", type=Path, help="a built bundle folder (default: build one in a temp dir)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if args.bundle:
        print(json.dumps(figures(args.bundle, args.runs), indent=2))
        return 0
    with tempfile.TemporaryDirectory(prefix="vc-bundle-build-") as tmp:
        t0 = time.perf_counter()
        subprocess.run([sys.executable, str(REPO / "packaging" / "build.py"), "--dist", f"{tmp}/dist",
                        "--work", f"{tmp}/work"], check=True, stdout=subprocess.DEVNULL)
        build_s = round(time.perf_counter() - t0)
        out = figures(Path(tmp) / "dist" / NAME, args.runs)
        print(json.dumps({"build_seconds": build_s, **out}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
