"""verify_coach's own profile file (``"format": "verify_coach.profile"``), as an import.

Our own format has no partial success: a native file is either valid or refused with the
ProfileError that :meth:`Profile.load` gives (which file, which entry, what is wrong).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from ..profile import FORMAT_ID, Profile
from .base import ImportResult


def looks_like_native(doc: Any) -> bool:
    """A JSON object whose ``format`` names verify_coach (a wrong version is then reported by Profile)."""
    return isinstance(doc, dict) and isinstance(doc.get("format"), str) and doc["format"].startswith(FORMAT_ID.split(".")[0])


def import_native(path: str | os.PathLike[str]) -> ImportResult:
    p = Path(path)
    return ImportResult(Profile.load(p), "native", str(p))


def from_document(doc: Any, *, source: str) -> ImportResult:
    return ImportResult(Profile.from_document(doc, source=source), "native", source)
