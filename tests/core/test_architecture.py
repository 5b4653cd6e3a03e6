"""The core never imports Qt; CLI commands that need no Qt do not load it."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "verify_coach" / "core"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_sources_never_import_qt():
    offenders = [
        f"{p.relative_to(CORE)} imports {name}"
        for p in CORE.rglob("*.py")
        for name in _imports(p)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"} or name.startswith("verify_coach.ui")
    ]
    assert offenders == []
    assert len(list(CORE.rglob("*.py"))) > 5  # the scan really looked at the core


def test_importing_the_whole_core_loads_no_qt():
    code = (
        "import sys, pkgutil, importlib, verify_coach.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'verify_coach.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import verify_coach.cli, verify_coach.grading\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(len(bad)); assert not bad, bad\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr


def test_cli_stats_does_not_load_qt(tmp_path):
    code = (
        "import sys; from verify_coach.cli import main\n"
        f"main(['--data-dir', {str(tmp_path)!r}, 'profiles'])\n"
        "assert not [m for m in sys.modules if m.startswith('PySide6')]\n"
    )
    res = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert res.returncode == 0, res.stderr
