"""Exports: the study sheet (Markdown, HTML, PDF), the attempt history (CSV) and an Anki deck (apkg).

``export_to_file`` is what the CLI (``verify-coach export``) and the desktop export dialog call. Every
file is written with owner-only permissions (0600) and atomically: into a temporary file in the same
folder, then renamed over the target, so a failed export never leaves half a file or clobbers the old
one. Replacing an existing file is the caller's decision (the CLI asks for ``--force``).

Only the PDF step needs Qt, and the core never imports Qt: the front ends pass the writer in
(``pdf_writer=verify_coach.ui.pdf.write_pdf``).
"""

from __future__ import annotations

import errno
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import UserError
from ..files import write_private_file, write_private_with
from .sheet import FOOTER, StudySheet, build_sheet

FORMATS = ("md", "html", "pdf", "csv", "apkg")
PAPERS = ("a4", "letter")

__all__ = ["FOOTER", "FORMATS", "PAPERS", "PdfWriter", "StudySheet", "build_sheet", "export_to_file", "render", "write_private_with", "ExportError"]

PdfWriter = Callable[[StudySheet, Path, str], object]  # (sheet, file, paper), e.g. ``verify_coach.ui.pdf.write_pdf``


class ExportError(UserError, ValueError):
    """An export that cannot be made as asked: an unknown format or paper size, a folder as the target."""


def render(sheet: StudySheet, fmt: str, *, paper: str = "a4") -> str:
    """The study sheet as text: ``md`` or ``html``."""
    if fmt == "md":
        from .markdown import render_markdown

        return render_markdown(sheet)
    if fmt == "html":
        from .html import render_html

        return render_html(sheet, paper=paper)
    raise ExportError(f"Cannot render a study sheet as {fmt!r} text; use md or html.")


def export_to_file(
    coach: Any,
    fmt: str,
    path: Path | str,
    *,
    weak_only: bool = False,
    paper: str = "a4",
    name: str | None = None,
    now: datetime | None = None,
    pdf_writer: PdfWriter | None = None,
) -> Path:
    """Write an export of profile ``name`` (the active one if None) to ``path``; returns the path.

    ``fmt``: md, html, pdf (study sheet), csv (attempt history), apkg (Anki deck).
    ``weak_only`` and ``paper`` (a4 | letter) apply to the study sheet. A PDF needs ``pdf_writer``."""
    fmt = (fmt or "").lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}; use one of {', '.join(FORMATS)}.")
    if paper not in PAPERS:
        raise ExportError(f"Unknown paper size {paper!r}; use a4 or letter.")
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path} is a folder; give a file name to export to.")
    try:
        _write(coach, fmt, path, weak_only=weak_only, paper=paper, name=name, now=now, pdf_writer=pdf_writer)
    except OSError as exc:
        raise ExportError(f"Could not write {path}: {os_reason(exc)}. "
                          + ("The file that was there is unchanged." if path.exists() else "No file was made.")) from exc
    return path


def os_reason(exc: OSError) -> str:
    """An OSError in words for the user (no paths of temporary files, no errno numbers)."""
    reasons = {errno.ENOSPC: "the disk is full", errno.EDQUOT: "the disk quota is used up",
               errno.EROFS: "the disk is read-only", errno.EACCES: "permission denied", errno.EPERM: "permission denied"}
    if exc.errno in reasons:
        return reasons[exc.errno]
    text = exc.strerror or str(exc)
    return text[0].lower() + text[1:] if text else "an input/output error"


def _write(coach: Any, fmt: str, path: Path, *, weak_only: bool, paper: str, name: str | None,
           now: datetime | None, pdf_writer: PdfWriter | None) -> None:
    if fmt in ("md", "html"):
        sheet = build_sheet(coach, name, weak_only=weak_only, now=now)
        write_private_file(path, render(sheet, fmt, paper=paper).encode("utf-8"))
    elif fmt == "pdf":
        if pdf_writer is None:
            raise ExportError("A PDF export needs a PDF writer (pdf_writer=verify_coach.ui.pdf.write_pdf).")
        writer = pdf_writer
        sheet = build_sheet(coach, name, weak_only=weak_only, now=now)
        write_private_with(path, lambda tmp: writer(sheet, tmp, paper))
    elif fmt == "csv":
        from .csv_history import write_csv_file

        coach.active_profile_id(name)  # an unknown profile is an error before any file is made
        write_private_with(path, lambda tmp: write_csv_file(coach, tmp, name))
    else:
        from .anki import export_apkg

        write_private_with(path, lambda tmp: export_apkg(coach, tmp, name))
