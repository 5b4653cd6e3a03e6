"""Import profiles from what people already have: JSON Resume, a LinkedIn data export, pasted text.

Everything here is Qt-free. Entry points:

- :func:`import_file` (format recognised by content), :func:`import_text`, :func:`detect_format`;
- :func:`diff_profiles` / :func:`apply_diff` to merge an import into an existing profile.

Bad input raises :class:`verify_coach.core.profile.ProfileError` naming the file, the entry and the
problem; bad entries inside an otherwise good file are skipped and listed in ``ImportResult.warnings``
(``strict=True``: the first one raises). See ``docs/importing.md``.
"""

from __future__ import annotations

from .base import FORMATS, ImportIssue, ImportResult
from .detect import detect_format, import_file
from .jsonresume import import_jsonresume
from .linkedin import import_linkedin
from .merge import Change, ProfileDiff, apply_diff, diff_profiles
from .native import import_native
from .pasted_text import import_text

__all__ = [
    "FORMATS",
    "Change",
    "ImportIssue",
    "ImportResult",
    "ProfileDiff",
    "apply_diff",
    "detect_format",
    "diff_profiles",
    "import_file",
    "import_jsonresume",
    "import_linkedin",
    "import_native",
    "import_text",
]
