"""Refresh the interface translations: lupdate over every module of ``verify_coach/ui`` (and the Qt audio
module ``verify_coach/audio.py`` and the audit's checks ``verify_coach/core/audit/checks.py``, whose messages
the app shows: their templates are marked with a Qt-free ``QT_TRANSLATE_NOOP``), then lrelease.

    python scripts/update_translations.py            # update the .ts files, compile the .qm files
    python scripts/update_translations.py --release  # only compile (after editing a .ts by hand)

lupdate keeps the translations already in a .ts file and adds new strings as ``unfinished``; translate
those (Qt Linguist, or any editor), then run this script again so the .qm files match the .ts files.
``tests/ui/test_i18n.py`` fails while a message is untranslated or a .qm file is stale.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SOURCES = REPO / "verify_coach" / "ui"
EXTRA_SOURCES = (REPO / "verify_coach" / "audio.py", REPO / "verify_coach" / "core" / "audit" / "checks.py")
TRANSLATIONS = REPO / "resources" / "translations"
LANGUAGES = ("zh_CN",)


def ts_path(lang: str) -> Path:
    return TRANSLATIONS / f"verify_coach_{lang}.ts"


def qm_path(lang: str) -> Path:
    return TRANSLATIONS / f"verify_coach_{lang}.qm"


def source_files() -> list[Path]:
    """Every Python module of the UI layer (and the audio module), in a stable order."""
    return sorted([*SOURCES.rglob("*.py"), *EXTRA_SOURCES])


def tool(name: str) -> str:
    """The path of a PySide6 tool (``pyside6-lupdate``, ``pyside6-lrelease``)."""
    found = shutil.which(name) or shutil.which(name, path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (it ships the Qt translation tools)")
    return found


def lupdate(lang: str) -> None:
    files = [str(p.relative_to(REPO)) for p in source_files()]
    cmd = [tool("pyside6-lupdate"), *files, "-locations", "relative", "-no-obsolete",
           "-source-language", "en", "-target-language", lang, "-ts", str(ts_path(lang).relative_to(REPO))]
    subprocess.run(cmd, cwd=REPO, check=True)


def lrelease(lang: str, out: Path | None = None) -> Path:
    target = out or qm_path(lang)
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(lang)), "-qm", str(target)], cwd=REPO,
                   check=True)
    return target


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--release", action="store_true", help="only compile the .ts files into .qm files")
    args = ap.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for lang in LANGUAGES:
        if not args.release:
            lupdate(lang)
        print("wrote", lrelease(lang).relative_to(REPO))
    return 0


if __name__ == "__main__":
    sys.exit(main())
