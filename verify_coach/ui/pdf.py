"""The study sheet as a PDF, with Qt's own PDF writer (QPdfWriter + QTextDocument; no browser).

The text is real, selectable text; Qt embeds (subsets of) the fonts it uses, including a CJK font
for Chinese names. We paginate ourselves: every row (a fact, a weak fact, a timeline entry) is laid
out as its own small QTextDocument and placed whole on a page, so a row never breaks across pages;
a heading always stays with its first row. The category groups flow in two columns. Every page
carries the study-sheet footer and "Page N of M".

``write_pdf`` also accepts an HTML string (e.g. a preview): that is paginated by QTextDocument.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sys
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextDocument,
)

from ..core.checklist import ChecklistItem
from ..core.export.sheet import FOOTER, SheetEntry, SheetFact, SheetFinding, StudySheet, TimelineEntry

# Latin fonts first (CJK fonts draw quotes and dashes full-width), then fonts with Chinese glyphs.
FONT_FAMILIES = [
    "Noto Sans",
    "DejaVu Sans",
    "Segoe UI",
    "Helvetica Neue",
    "Arial",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Droid Sans Fallback",
    "Microsoft YaHei",
    "PingFang SC",
    "sans-serif",
]
PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "letter": QPageSize.PageSizeId.Letter}
RESOLUTION = 1200  # device units per inch (QPdfWriter's default); text stays vector either way

# Layout, in millimetres / points.
MARGIN_MM = {"left": 11.0, "right": 11.0, "top": 10.0, "bottom": 12.5}
COLUMN_GAP_MM = 5.5
COLUMNS_SPACE_MM = 2.0  # between the full-width part (weak facts) and the two columns
HEADING_SPACE_MM = 2.2
ENTRY_PAD_MM = 0.4
GIANT_START_MM = 12.0  # a block taller than a page starts where at least this much room is left
BASE_PT = 7.5
LINE_HEIGHT_PCT = 92  # of the font's own line spacing (DejaVu's is generous)
TEXT = "#111111"
MUTED = "#4b5563"
WEAK = "#b91c1c"
WEAK_BG = "#fdecec"
NOTE_BG = "#fff7ed"
NOTE_BAR = "#b45309"
RULE = "#d9dde3"
SUBJECT = "#1e3a8a"

_app: QGuiApplication | None = None


def ensure_app() -> QGuiApplication:
    """Qt needs an application object for fonts; make a GUI-less one if there is none (CLI, tests)."""
    global _app
    app = QGuiApplication.instance()
    if app is not None:
        return app  # type: ignore[return-value]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(sys.argv[:1] or ["verify_coach"])
    return _app


def base_font(point_size: float = BASE_PT) -> QFont:
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    font.setPointSizeF(point_size)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # No "fi"/"fl" ligatures: copied or searched text must read "profile", not "pro\ufb01le".
    for tag in ("liga", "clig"):
        font.setFeature(QFont.Tag.fromString(tag), 0)
    return font


def _e(text: object) -> str:
    return escape(str(text), quote=True)


_CLASS_STYLES = {
    "label": f"color:{MUTED}",
    "muted": f"color:{MUTED}",
    "weak": f"color:{WEAK}",
    "value": "font-weight:bold",
    "hint": f"color:#7f1d1d; font-size:{BASE_PT - 0.5}pt",
    "small muted": f"color:{MUTED}; font-size:{BASE_PT - 0.5}pt",
    "subject": f"font-weight:bold; color:{SUBJECT}",
}
_CLASS = re.compile(r'class="([a-z ]+)"')
_BLOCK_TAG = re.compile(r'<(p|div|td)((?: [a-z]+="[^"]*")*)>')
_LINE_HEIGHT = f"line-height:{LINE_HEIGHT_PCT}%"


def _block_tag(m: re.Match[str]) -> str:
    tag, attrs = m.group(1), m.group(2)
    if ' style="' in attrs:
        attrs = attrs.replace(' style="', ' style="' + _LINE_HEIGHT + "; ", 1)
        return f"<{tag}{attrs}>"
    return f'<{tag}{attrs} style="{_LINE_HEIGHT}">'


def _inline_styles(html: str) -> str:
    """Our markup with inline styles: ``class="label"`` etc. become ``style=...`` and every paragraph and
    cell gets the line height. (User text is escaped: it holds no tags and no ``class="``.)"""
    return _BLOCK_TAG.sub(_block_tag, _CLASS.sub(lambda m: f'style="{_CLASS_STYLES[m.group(1)]}"', html))


def _nbsp(text: str) -> str:
    """Escaped, with no-break spaces: a short label never breaks across lines."""
    return _e(text).replace(" ", "\u00a0")


# ----------------------------------------------------------------------------------------- blocks
@dataclass
class Block:
    """One unbreakable piece of the sheet (unless it is taller than a whole column)."""

    html: str
    span: str = "col"  # "full" (page width) or "col" (one of two columns)
    space_before: float = 0.0  # mm
    keep_with_next: bool = False
    background: str | None = None
    bar: str | None = None  # a coloured bar on the left (the note)
    rule: str | None = None  # "thin" line below (rows) or "heading" line below
    pad_mm: float = 0.0  # horizontal inner padding (for blocks with a background/bar)
    pad_y_mm: float | None = None  # vertical inner padding (default: 0.6 x pad_mm)
    doc: QTextDocument | None = field(default=None, repr=False)
    height: float = 0.0


@dataclass
class Piece:
    block: Block
    page: int
    x: float
    y: float
    width: float
    offset: float  # where in the block's document this piece starts (only >0 for split giant blocks)
    height: float


class _Units:
    def __init__(self, resolution: int):
        self.res = resolution

    def mm(self, v: float) -> float:
        return v / 25.4 * self.res

    def pt(self, v: float) -> float:
        return v / 72.0 * self.res


class SheetLayout:
    """Builds the blocks of a study sheet and places them on pages (two passes: place, then paint)."""

    def __init__(self, writer: QPdfWriter, sheet: StudySheet):
        self.writer = writer
        self.sheet = sheet
        self.geo = _Geometry(writer)
        self.u = self.geo.u
        self.left, self.right, self.top, self.bottom = self.geo.left, self.geo.right, self.geo.top, self.geo.bottom
        self.full_w = self.geo.full_w
        self.gap = self.u.mm(COLUMN_GAP_MM)
        self.col_w = (self.full_w - self.gap) / 2
        self.font = base_font()
        self.pad = 2  # cellpadding, in Qt's logical pixels (1/96 inch), scaled to the device by Qt
    # -- documents -------------------------------------------------------------------------
    def _doc(self, html: str, width: float) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        doc.setDefaultFont(self.font)
        doc.setUseDesignMetrics(True)
        doc.setDocumentMargin(0)
        doc.setHtml(_inline_styles(html))  # inline styles: much faster than a style sheet per document
        doc.setTextWidth(width)
        return doc

    def _table(self, cells: list[tuple[str, int]]) -> str:
        tds = "".join(f'<td width="{w}%" valign="top">{c}</td>' for c, w in cells)
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="{self.pad}">'
                f"<tr>{tds}</tr></table>")

    # -- the sheet as blocks ---------------------------------------------------------------
    def blocks(self) -> list[Block]:
        s = self.sheet
        out: list[Block] = [
            Block(f'<div style="font-size:14pt; font-weight:bold">{_e(s.title)}</div>'
                  f'<div class="muted">{_e(s.subtitle())} \u00b7 call: {_e(s.call_text())} \u00b7 '
                  f"generated {_e(s.generated_text())}</div>", span="full"),
        ]
        ready = (f'<span style="font-size:10pt; font-weight:bold">Readiness at the call: '
                 f"{_e(s.readiness_text())}</span>")
        if s.attempts:
            ready += f' <span class="muted">({s.attempts} answers so far)</span>'
        measured = [c for c in s.categories if c.recall is not None]
        if measured:
            ready += ' <span class="muted">\u00b7 by category: ' + " \u00b7 ".join(
                f"{_e(c.title)}\u00a0{(c.recall or 0) * 100:.0f}%" for c in measured) + "</span>"
        out.append(Block(f"<div>{ready}</div>", span="full", space_before=1.5))
        out.append(Block(f"<div><b>{_e(s.footer)}</b></div>", span="full", space_before=1.5,
                         background=NOTE_BG, bar=NOTE_BAR, pad_mm=2.0, pad_y_mm=0.9))

        if s.checklist is not None:
            out.append(self._heading(s.checklist_title(), "col", keep=True))
            out += [self._check_row(i) for i in s.checklist.items]

        if s.findings:
            out.append(self._heading(s.findings_title, "col", keep=True))
            out += [self._finding_row(a) for a in s.findings]
            if s.findings_more:
                out.append(Block(f'<div class="small muted">{_e(s.findings_more)}</div>', rule="thin", pad_y_mm=0.5))

        out.append(self._heading(f"Weak facts ({len(s.weak)})", "col", keep=True))
        if s.weak:
            out += [self._weak_row(f) for f in s.weak]
        else:
            msg = "No weak facts yet." if s.attempts else "No answers yet: practise first to find your weak facts."
            out.append(Block(f'<div class="muted">{msg}</div>', rule="thin", pad_y_mm=0.5))

        for g in s.groups:
            extra = f' <span class="weak">({g.weak_count} weak)</span>' if g.weak_count else ""
            out.append(self._heading(f"{_e(g.title)}{extra}", "col", keep=True, escaped=True))
            out += [self._row(f) for f in g.weak]
            out += [self._entry(e) for e in g.entries]
        if s.timeline:
            out.append(self._heading("Timeline", "col", keep=True))
            out += [self._timeline_row(t) for t in s.timeline]
        return out

    def _heading(self, text: str, span: str, *, keep: bool, escaped: bool = False) -> Block:
        body = text if escaped else _e(text)
        return Block(f'<div style="font-size:9.5pt; font-weight:bold">{body}</div>', span=span,
                     space_before=HEADING_SPACE_MM, keep_with_next=keep, rule="heading", pad_y_mm=0.35)

    def _row(self, f: SheetFact) -> Block:
        """A weak fact at the top of its group, as short as an entry (its full label is under Weak facts)."""
        if f.subject and f.display.casefold() == f.subject.casefold():  # "Acme — Company: Acme" says nothing
            label = f'<span class="label">{_e(f.label)}:</span>'
        else:
            head = f'<span class="subject">{_e(f.subject)}</span> \u2014 ' if f.subject else ""
            label = f'{head}<span class="label">{_nbsp(f.short_label)}:</span>'
        html = (f'<p style="margin:0"><span class="weak">\u26a0\u00a0</span>{label}'
                f'\u00a0<b>{_e(f.display)}</b></p>')
        return Block(html, rule="thin", background=WEAK_BG, pad_y_mm=ENTRY_PAD_MM)

    def _entry(self, e: SheetEntry) -> Block:
        """An entry's facts as one paragraph: ``Brightline Logistics — Title: Backend Developer · …``."""
        facts = e.shown if e.subject else e.facts
        # "Label:\u00a0value\u00a0·" stays together; lines break only between items (or inside a long value).
        runs = "\u00a0\u00b7 ".join(
            f'<span class="label">{_nbsp(f.short_label)}:</span>\u00a0<b>{_e(f.display)}</b>'
            for f in facts)
        head = f'<span class="subject">{_e(e.subject)}</span>' if e.subject else ""
        sep = " \u2014 " if head and runs else ""
        return Block(f'<p style="margin:0">{head}{sep}{runs}</p>', rule="thin", pad_y_mm=ENTRY_PAD_MM)

    def _weak_row(self, f: SheetFact) -> Block:
        """Under Weak facts: the full label, the right answer, what the user says instead and why it is weak."""
        value = f'<span class="value">{_e(f.display)}</span>'
        notes = [f'<span class="hint">{_e(f.said_instead)}</span>'] if f.typical_wrong else []
        if f.reasons_text and not notes:  # "you often say" already says it was missed
            notes.append(f'<span class="small muted">{_e(f.reasons_text)}</span>')
        if notes:
            value += "<br>" + " \u00b7 ".join(notes)
        html = self._table([
            (f'<span class="weak">\u26a0\u00a0</span><span class="label">{_e(f.label)}</span>', 50),
            (value, 50),
        ])
        return Block(html, rule="thin", background=WEAK_BG)

    def _finding_row(self, a: SheetFinding) -> Block:
        """A finding of the profile audit: its severity, what the profile shows and, unless a note, what to do."""
        colour = {"fix": "#a61b1b", "explain": "#8a5a00"}.get(a.severity, "#555")
        todo = f' <span class="small muted">{_e(a.todo)}</span>' if a.severity != "note" else ""
        html = (f'<p style="margin:0"><b style="color:{colour}">{_e(a.label)}:</b> {_e(a.message)}{todo}</p>')
        return Block(html, rule="thin", pad_y_mm=ENTRY_PAD_MM)

    def _check_row(self, item: ChecklistItem) -> Block:
        """An item of the checklist: a box (ticked when it is), the text, and why in small muted type."""
        box = "\u2611" if item.ticked else "\u2610"
        html = (f'<p style="margin:0"><span style="font-size:{BASE_PT + 2}pt">{box}</span>\u00a0'
                f'<b>{_e(item.text)}</b> <span class="small muted">{_e(item.why)}</span></p>')
        return Block(html, rule="thin", pad_y_mm=ENTRY_PAD_MM)

    def _timeline_row(self, t: TimelineEntry) -> Block:
        """One line per job or project (their details are in the groups above)."""
        kind = "job" if t.kind == "job" else "project"
        html = (f'<p style="margin:0"><b>{_nbsp(t.period)}</b>\u00a0\u00b7 '
                f'<span class="small muted">{kind}</span> {_e(t.title)}</p>')
        return Block(html, rule="thin", pad_y_mm=ENTRY_PAD_MM)

    # -- placing ---------------------------------------------------------------------------
    def measure(self, blocks: list[Block]) -> None:
        for b in blocks:
            width = self.full_w if b.span == "full" else self.col_w
            b.doc = self._doc(b.html, width - 2 * self.u.mm(b.pad_mm) - (self.u.mm(1.2) if b.bar else 0))
            b.height = b.doc.size().height() + 2 * self._pad_y(b)

    def _pad_y(self, b: Block) -> float:
        return self.u.mm(b.pad_mm * 0.6 if b.pad_y_mm is None else b.pad_y_mm)

    def place(self, blocks: list[Block]) -> list[list[Piece]]:
        """Place the blocks, then balance the two columns of the last page: its columns end at the lowest
        bottom that still holds what they hold (no new page), so the right one is not left mostly empty
        while the left runs to the footer."""
        pages = self._flow(blocks).pages
        last = len(pages) - 1
        cols = [p for p in pages[last] if p.width < self.full_w - 0.5]
        if not cols:
            return pages
        top = min(p.y for p in cols)
        lo = max(p.y + p.height for p in cols if p.x < self.left + 0.5) - top  # the left column's height
        right = [p.y + p.height - top for p in cols if p.x >= self.left + 0.5]
        if not right or max(right) < lo - self.u.mm(15):  # worth balancing: the right column ends well above
            lo, hi = max(p.height for p in cols), lo
            best = pages
            while hi - lo > self.u.mm(1.0):  # the smallest column height (binary search) that adds no page
                mid = (lo + hi) / 2
                trial = self._flow(blocks, {last: top + mid}).pages
                if len(trial) == len(pages):
                    best, hi = trial, mid
                else:
                    lo = mid
            pages = best
        return pages

    def _flow(self, blocks: list[Block], col_bottom: dict[int, float] | None = None) -> _Flow:
        flow = _Flow(self, col_bottom)
        page_h = self.bottom - self.top
        for i, b in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            need = b.height
            if b.keep_with_next and nxt is not None:  # a heading stays with (the start of) what follows
                need += nxt.height if nxt.height <= page_h else self.u.mm(GIANT_START_MM)
            flow.add(b, need)
        return flow

    # -- painting --------------------------------------------------------------------------
    def paint(self, painter: QPainter, pages: list[list[Piece]]) -> None:
        total = len(pages)
        for n, pieces in enumerate(pages):
            if n:
                self.writer.newPage()
            for p in pieces:
                self._paint_piece(painter, p)
            self._paint_page_chrome(painter, n + 1, total)

    def _paint_piece(self, painter: QPainter, p: Piece) -> None:
        b = p.block
        painter.save()
        rect = QRectF(p.x, p.y, p.width, p.height)
        if b.background:
            painter.fillRect(rect, QColor(b.background))
        inset = 0.0
        if b.bar:
            bar_w = self.u.mm(1.0)
            painter.fillRect(QRectF(p.x, p.y, bar_w, p.height), QColor(b.bar))
            inset = self.u.mm(1.2)
        if b.rule and p.offset + p.height >= b.height - 0.5:
            width = self.u.pt(0.5 if b.rule == "thin" else 0.8)
            pen = QPen(QColor(RULE if b.rule == "thin" else "#8a8f98"))
            pen.setWidthF(width)
            painter.setPen(pen)
            y = rect.bottom() - width / 2  # inside the block: the next block's background must not hide it
            painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        pad_x = self.u.mm(b.pad_mm) + inset
        pad_y = self._pad_y(b)
        painter.translate(p.x + pad_x, p.y + pad_y - p.offset)
        painter.setClipRect(QRectF(0, p.offset - pad_y, p.width, p.height))
        assert b.doc is not None
        b.doc.drawContents(painter, QRectF(0, p.offset - pad_y, p.width, p.height))
        painter.restore()

    def _paint_page_chrome(self, painter: QPainter, number: int, total: int) -> None:
        paint_chrome(painter, self.geo, self.sheet.footer or FOOTER, self.sheet.title, number, total)


class _Geometry:
    """The page in device units: paper size, margins, the text area."""

    def __init__(self, writer: QPdfWriter):
        self.u = _Units(writer.resolution())
        rect = writer.pageLayout().fullRectPixels(writer.resolution())
        self.page_w, self.page_h = float(rect.width()), float(rect.height())
        self.left = self.u.mm(MARGIN_MM["left"])
        self.right = self.page_w - self.u.mm(MARGIN_MM["right"])
        self.top = self.u.mm(MARGIN_MM["top"])
        self.bottom = self.page_h - self.u.mm(MARGIN_MM["bottom"])
        self.full_w = self.right - self.left


def paint_chrome(painter: QPainter, geo: _Geometry, footer: str, title: str, number: int, total: int) -> None:
    """The footer of every page (the study-sheet reminder and "Page N of M"); a running title from page 2."""
    u = geo.u
    painter.save()
    painter.setFont(base_font(7.5))
    line_h = u.pt(10)
    y = geo.bottom + u.mm(5)
    pen = QPen(QColor(RULE))
    pen.setWidthF(u.pt(0.5))
    painter.setPen(pen)
    painter.drawLine(QPointF(geo.left, y - u.mm(1.5)), QPointF(geo.right, y - u.mm(1.5)))
    painter.setPen(QColor(MUTED))
    left_w = geo.full_w * 0.78
    top_left = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    painter.drawText(QRectF(geo.left, y, left_w, line_h), top_left, footer)
    painter.drawText(QRectF(geo.left + left_w, y, geo.full_w - left_w, line_h),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop), f"Page {number} of {total}")
    if number > 1 and title:
        painter.drawText(QRectF(geo.left, u.mm(5), geo.full_w, line_h), top_left, f"{title} (continued)")
    painter.restore()


class _Flow:
    """The cursor that places blocks: full-width blocks one under another, column blocks in two
    columns (left, then right, then the next page). A block that does not fit in what is left of
    its column moves whole to the next one; only a block taller than a whole column is split, at a
    line boundary."""

    def __init__(self, lay: SheetLayout, col_bottom: dict[int, float] | None = None):
        self.lay = lay
        self.col_bottom = col_bottom or {}  # page -> where its columns end (balancing), else the page's bottom
        self.pages: list[list[Piece]] = [[]]
        self.page = 0
        self.mode = "full"
        self.col = 0
        self.col_top = lay.top
        self.y = lay.top

    @property
    def frame_top(self) -> float:
        return self.col_top if self.mode == "col" else self.lay.top

    @property
    def x(self) -> float:
        return self.lay.left + (self.col * (self.lay.col_w + self.lay.gap) if self.mode == "col" else 0)

    @property
    def width(self) -> float:
        return self.lay.col_w if self.mode == "col" else self.lay.full_w

    def advance(self) -> None:
        if self.mode == "col" and self.col == 0:
            self.col, self.y = 1, self.col_top
            return
        self.pages.append([])
        self.page += 1
        self.col, self.col_top, self.y = 0, self.lay.top, self.lay.top

    def set_mode(self, mode: str) -> None:
        if mode == self.mode:
            return
        if mode == "col":
            gap = self.lay.u.mm(COLUMNS_SPACE_MM) if self.y > self.lay.top + 0.5 else 0.0
            self.col, self.col_top = 0, self.y + gap
            self.y = self.col_top
        else:  # below the longer of the two columns
            self.y = max((p.y + p.height for p in self.pages[self.page]), default=self.lay.top)
        self.mode = mode

    def add(self, b: Block, need: float) -> None:
        self.set_mode(b.span)
        bottom = self._bottom()
        at_top = self.y <= self.frame_top + 0.5
        space = 0.0 if at_top else self.lay.u.mm(b.space_before)
        giant = b.height > self.lay.bottom - self.lay.top  # taller than any column: it will be continued anyway
        if giant:
            need = self.lay.u.mm(GIANT_START_MM)
        # Move on while it does not fit and moving on can help (we are not at the top of a page).
        while self.y + space + need > bottom and self.y > self.lay.top + 0.5:
            self.advance()
            bottom = self._bottom()
            space = 0.0
        self.y += space
        if self.y + b.height <= bottom or b.doc is None:
            self._piece(b, 0.0, b.height)
            return
        pad_y = self.lay._pad_y(b)
        breaks = [v + pad_y for v in _line_bottoms(b.doc)]
        offset = 0.0
        while True:  # a block taller than a whole column: continue it in the next column
            bottom = self._bottom()
            room = bottom - self.y
            if b.height - offset <= room:
                end = b.height
            else:
                fits = [v for v in breaks if offset < v <= offset + room]
                end = max(fits) if fits else offset + room
            self._piece(b, offset, end - offset)
            offset = end
            if offset >= b.height - 0.5:
                return
            self.advance()

    def _bottom(self) -> float:
        return self.col_bottom.get(self.page, self.lay.bottom) if self.mode == "col" else self.lay.bottom

    def _piece(self, b: Block, offset: float, height: float) -> None:
        self.pages[self.page].append(Piece(b, self.page, self.x, self.y, self.width, offset, height))
        self.y += height


def _line_bottoms(doc: QTextDocument) -> list[float]:
    """The y of the bottom of every laid-out line of ``doc`` (where it may be cut without halving text)."""
    layout = doc.documentLayout()
    out: set[float] = set()
    block = doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        lines = block.layout()
        for i in range(lines.lineCount()):
            line = lines.lineAt(i)
            out.add(round(top + line.y() + line.height(), 2))
        block = block.next()
    return sorted(out)


# ----------------------------------------------------------------------------------------- writer
def _writer(path: Path, paper: str, title: str) -> QPdfWriter:
    if paper not in PAGE_SIZES:
        raise ValueError(f"Unknown paper size {paper!r}; use a4 or letter.")
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(PAGE_SIZES[paper]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("verify_coach")
    return writer


def write_pdf(sheet: StudySheet | str, path: Path | str, paper: str = "a4") -> int:
    """Write ``sheet`` (a StudySheet, or HTML) as a PDF at ``path``; returns the number of pages.

    The caller handles atomicity and permissions (``core.export.export_to_file`` does)."""
    ensure_app()
    path = Path(path)
    if isinstance(sheet, str):
        return _write_html(sheet, path, paper)
    writer = _writer(path, paper, sheet.title)
    layout = SheetLayout(writer, sheet)
    blocks = layout.blocks()
    layout.measure(blocks)
    pages = layout.place(blocks)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Cannot write a PDF to {path}.")
    try:
        layout.paint(painter, pages)
    finally:
        ended = painter.end()
    _check_written(ended, path)
    return len(pages)


def _write_html(html: str, path: Path, paper: str) -> int:
    """Any HTML, paginated by QTextDocument (lines never split; long table rows may)."""
    writer = _writer(path, paper, "Study sheet")
    geo = _Geometry(writer)
    left, top, width, height = geo.left, geo.top, geo.full_w, geo.bottom - geo.top
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    doc.setDefaultFont(base_font())
    doc.setUseDesignMetrics(True)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, height))
    total = max(1, doc.pageCount())
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"Cannot write a PDF to {path}.")
    try:
        for n in range(total):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(left, top - n * height)
            clip = QRectF(0, n * height, width, height)
            painter.setClipRect(clip)
            doc.drawContents(painter, clip)
            painter.restore()
            paint_chrome(painter, geo, FOOTER, "", n + 1, total)
    finally:
        ended = painter.end()
    _check_written(ended, path)
    return total


def _check_written(ended: bool, path: Path) -> None:
    """Raise OSError unless the PDF at ``path`` was written whole. Qt reports no write error (a full disk
    gives a truncated file and ``end()`` may still say yes), so the file itself is checked: not empty and
    ending with the ``%%EOF`` trailer that Qt writes last (``end()`` has closed the file). The caller's temporary file is then dropped and
    the old file is left as it was."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            fh.seek(max(0, size - 64))
            tail = fh.read()
    except OSError as exc:
        raise OSError(exc.errno, f"The PDF could not be written ({exc.strerror})", str(path)) from None
    if not ended or size == 0 or b"%%EOF" not in tail:
        free = _free_bytes(path.parent)
        why = "the disk is full" if free is not None and free < 1024 * 1024 else "the file came out incomplete"
        raise OSError(errno.ENOSPC if why == "the disk is full" else errno.EIO,
                      f"The PDF could not be written: {why}", str(path))


def _free_bytes(folder: Path) -> int | None:
    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return None
