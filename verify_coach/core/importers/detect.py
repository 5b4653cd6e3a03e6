"""Which format a file is in, judged by its content (the extension only breaks ties), and import_file."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..profile import ProfileError, read_text_file, regular_file_error
from . import jsonresume, limits, linkedin, native
from .base import ImportResult, json_type, parse_json
from .pasted_text import import_text

TEXT_SUFFIXES = (".txt", ".text", ".md", "")
SUPPORTED = (
    "a verify_coach profile (.json), a JSON Resume (.json), a LinkedIn data export (.zip or its folder) "
    "or profile text copied from a web page (.txt)"
)
_LINKEDIN_HEADERS = ("company name", "school name", "first name,last name", "email address", "name,proficiency")


def detect_format(path: str | os.PathLike[str]) -> str:
    """``"native"``, ``"jsonresume"``, ``"linkedin"`` or ``"text"``; ProfileError saying why for anything else."""
    return _sniff(Path(path))[0]


def import_file(path: str | os.PathLike[str], *, strict: bool = False) -> ImportResult:
    """Import any supported file or folder. Bad entries are skipped with warnings (``strict``: ProfileError)."""
    p = Path(path)
    fmt, payload = _sniff(p)
    if fmt == "linkedin":
        return linkedin.import_linkedin(p, strict=strict)
    if fmt == "native":
        return native.from_document(payload, source=str(p))
    if fmt == "jsonresume":
        return jsonresume.from_document(payload, source=str(p), strict=strict)
    return import_text(payload, source=str(p), strict=strict)


def _sniff(p: Path) -> tuple[str, Any]:
    """(format, what was read: the JSON document, the text, or None for LinkedIn)."""
    source = str(p)
    problem = regular_file_error(p)  # a device or a named pipe: refused before it is opened
    if problem:
        raise ProfileError(problem, source=source)
    if p.is_dir():
        if linkedin.is_linkedin_folder(p):
            return "linkedin", None
        raise ProfileError("this folder is not a LinkedIn data export (it has neither Profile.csv nor Positions.csv)", source=source)
    try:
        with p.open("rb") as fh:
            head = fh.read(4)
    except FileNotFoundError:
        raise ProfileError("no such file", source=source) from None
    except OSError as exc:
        raise ProfileError(f"cannot read it ({exc.strerror or exc})", source=source) from None
    if head.startswith(linkedin.ZIP_MAGIC):
        return "linkedin", None
    if p.suffix.lower() == ".zip" and head:
        raise ProfileError("not a zip file (its content does not start like one)", source=source)
    text = read_text_file(p, limit=limits.MAX_TEXT_BYTES)
    if text.lstrip()[:1] in ("{", "[") or p.suffix.lower() == ".json":
        return _json_format(parse_json(text, source), source)
    first_line = text.lstrip().split("\n", 1)[0].casefold()
    if p.suffix.lower() == ".csv" or any(h in first_line for h in _LINKEDIN_HEADERS):
        raise ProfileError(
            "this is a single CSV file; to import a LinkedIn export, choose the whole .zip or the folder it unpacked to",
            source=source,
        )
    if p.suffix.lower() in TEXT_SUFFIXES:
        return "text", text
    raise ProfileError(f"not a format I can import; expected {SUPPORTED}", source=source)


def _json_format(doc: Any, source: str) -> tuple[str, Any]:
    if native.looks_like_native(doc):
        return "native", doc
    if not isinstance(doc, dict):
        raise ProfileError(f"this JSON file holds {json_type(doc)}, not a profile (a JSON object)", source=source)
    if jsonresume.looks_like_jsonresume(doc):
        return "jsonresume", doc
    raise ProfileError(
        'a JSON object, but neither a verify_coach profile ("format": "verify_coach.profile") '
        "nor a JSON Resume (basics, work, education...)",
        source=source,
    )
