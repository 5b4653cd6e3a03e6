"""File → Export (Ctrl+E): the study sheet (PDF, HTML, Markdown) with a live preview, and the history
(CSV) or an Anki deck. The sheet is built and written on the worker thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..context import AppContext
from ..i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from ...core.coach import Coach

FORMATS = (  # labels translated when shown (self.tr in ExportDialog)
    ("pdf", QT_TRANSLATE_NOOP("ExportDialog", "PDF study sheet (*.pdf)")),
    ("html", QT_TRANSLATE_NOOP("ExportDialog", "HTML study sheet (*.html)")),
    ("md", QT_TRANSLATE_NOOP("ExportDialog", "Markdown study sheet (*.md)")),
    ("csv", QT_TRANSLATE_NOOP("ExportDialog", "Answer history, CSV (*.csv)")),
    ("apkg", QT_TRANSLATE_NOOP("ExportDialog", "Anki deck (*.apkg)")),
)


class ExportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Export"))
        self.resize(980, 700)
        self.last_written: Path | None = None
        outer = QHBoxLayout(self)

        left = QVBoxLayout()
        form = QFormLayout()
        self.format = QComboBox()
        self.format.setAccessibleName(self.tr("Export format"))
        for key, label in FORMATS:
            self.format.addItem(self.tr(label), key)
        form.addRow(self.tr("Format"), self.format)
        self.paper = QComboBox()
        self.paper.setAccessibleName(self.tr("Paper size"))
        self.paper.addItem("A4", "a4")
        self.paper.addItem(self.tr("US Letter"), "letter")
        form.addRow(self.tr("Paper"), self.paper)
        self.weak_only = QCheckBox(self.tr("Only the facts I keep missing"))
        self.weak_only.setAccessibleName(self.tr("Only weak facts"))
        form.addRow(self.tr("Include"), self.weak_only)
        left.addLayout(form)
        hint = QLabel(self.tr("The study sheet lists your key facts with the ones you miss first. It is for "
                              "before the call — put it away when the call starts."))
        hint.setWordWrap(True)
        hint.setProperty("muted", True)
        left.addWidget(hint)
        left.addStretch(1)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        left.addWidget(self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)  # "Close" once something is saved
        self.export_button = buttons.addButton(self.tr("Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setAccessibleName(self.tr("Export to a file"))
        self.export_button.setDefault(True)
        buttons.accepted.connect(self.choose_file)
        buttons.rejected.connect(self.reject)
        left.addWidget(buttons)
        box = QWidget()
        box.setLayout(left)
        box.setFixedWidth(320)
        outer.addWidget(box)

        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview"))
        self.preview.setOpenLinks(False)
        outer.addWidget(self.preview, 1)

        self._debounce = QTimer(self, singleShot=True, interval=150, timeout=self.refresh_preview)
        self.format.currentIndexChanged.connect(self._changed)
        self.paper.currentIndexChanged.connect(self._changed)
        self.weak_only.toggled.connect(self._changed)
        self.refresh_preview()

    def fmt(self) -> str:
        return str(self.format.currentData())

    def _changed(self) -> None:
        sheet = self.fmt() in ("pdf", "html", "md")
        self.paper.setEnabled(self.fmt() in ("pdf", "html"))
        self.weak_only.setEnabled(sheet)
        self._debounce.start()

    def refresh_preview(self) -> None:
        fmt, weak, paper = self.fmt(), self.weak_only.isChecked(), str(self.paper.currentData())

        def build(coach: Coach) -> tuple[str, str]:
            from ...core.export import build_sheet, render

            if fmt in ("csv", "apkg"):
                return "text", str(coach.stats().attempts) if fmt == "csv" else ""
            sheet = build_sheet(coach, weak_only=weak)
            if fmt == "md":
                return "md", render(sheet, "md")
            return "html", render(sheet, "html", paper=paper)

        def show(result: tuple[str, str]) -> None:
            kind, text = result
            if kind == "html":
                self.preview.setHtml(text)
            elif kind == "md":
                self.preview.setMarkdown(text)
            elif text:
                self.preview.setPlainText(self.tr("%1 answers in your history.").replace("%1", text))
            else:
                self.preview.setPlainText(self.tr("An Anki deck of the questions of your profile."))
            self.preview_ready()

        self.ctx.op(self, build, name="export-preview").latest().success(show) \
            .failure(lambda e: self.status.setText(str(e))).run()

    def preview_ready(self) -> None:
        """Hook for tests."""

    def choose_file(self) -> None:
        fmt = self.fmt()
        label = dict(FORMATS)[fmt]
        default = str(Path.home() / f"verify_coach-study-sheet.{fmt}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), default, self.tr(label),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        target = Path(path)
        if target.exists() and not self.confirm_replace(target):
            return
        self.write(target)

    def confirm_replace(self, target: Path) -> bool:
        return (
            QMessageBox.question(self, self.tr("Replace file?"),
                                 self.tr("%1 already exists. Replace it?").replace("%1", target.name))
            == QMessageBox.StandardButton.Yes
        )

    def write(self, target: Path) -> None:
        fmt, weak, paper = self.fmt(), self.weak_only.isChecked(), str(self.paper.currentData())
        self.export_button.setEnabled(False)
        self.status.setText(self.tr("Writing %1…").replace("%1", target.name))

        def work(coach: Coach) -> Any:
            from ...core.export import export_to_file
            from ..pdf import write_pdf

            return export_to_file(coach, fmt, target, weak_only=weak, paper=paper, pdf_writer=write_pdf)

        def done(path: Any) -> None:
            self.last_written = Path(path)
            self.export_button.setEnabled(True)
            self.status.setText(self.tr("Saved to %1").replace("%1", str(path)))
            self.cancel_button.setText(self.tr("Close"))  # nothing to cancel any more
            self.exported()

        def failed(exc: BaseException) -> None:
            self.export_button.setEnabled(True)
            self.status.setText("")
            QMessageBox.warning(self, self.tr("Export failed"), str(exc))

        self.ctx.op(self, work, name="export").expect(OSError).success(done).failure(failed).run()

    def exported(self) -> None:
        """Hook for tests."""
