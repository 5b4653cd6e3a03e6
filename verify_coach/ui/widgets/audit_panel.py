"""What the profile audit (``core.audit``) found, as a compact list: grouped by severity, the most severe
first, each row with its message, what to do, why an agent would ask (in the tooltip) and a link that opens
the field involved in the profile editor (``open_field(where)``).

The dashboard shows it as its "Before the call" card; the profile editor shows the same list under its
sections, updated as the user types. Only the first ``limit`` rows show until "Show all" is pressed.
The texts are the audit's English templates translated in the context ``Audit``.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...core.audit import SEVERITIES, Finding
from .. import theme
from ..i18n import QT_TRANSLATE_NOOP, fill
from ..icons import icon
from .layout import plain_label

CTX = "AuditPanel"

GROUP_TITLES = {
    "fix": QT_TRANSLATE_NOOP("AuditPanel", "Fix before the call"),
    "explain": QT_TRANSLATE_NOOP("AuditPanel", "Be ready to explain"),
    "note": QT_TRANSLATE_NOOP("AuditPanel", "Good to know"),
}
BADGE_ICONS = {"fix": "warning", "explain": "warning", "note": "info"}
BADGE_COLORS = {"fix": "bad", "explain": "ok", "note": "muted"}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def audit_text(finding: Finding, part: str) -> str:
    """``part`` (message, why, todo) of ``finding`` in the interface's language."""
    return finding.text(part, lambda s: QCoreApplication.translate("Audit", s))


def severity_icon(severity: str) -> QIcon:
    return icon(BADGE_ICONS.get(severity, "warning"), theme.colors()[BADGE_COLORS.get(severity, "ok")])


def tooltip(findings: Sequence[Finding]) -> str:
    """Rich text: each finding's message, why an agent would ask and what to do (a field badge's tooltip)."""
    parts = []
    for f in findings:
        parts.append(
            f"<p><b>{html.escape(audit_text(f, 'message'))}</b><br>"
            f"{html.escape(audit_text(f, 'why'))}<br>"
            f"<i>{html.escape(audit_text(f, 'todo'))}</i></p>"
        )
    return "<qt>" + "".join(parts) + "</qt>"


def most_severe(findings: Sequence[Finding]) -> str:
    return min((f.severity for f in findings), key=SEVERITIES.index, default="note")


class FindingRow(QWidget):
    """One finding: a marker, the message, what to do (muted, a second line) and a link to the field."""

    open_field = Signal(str)

    def __init__(self, finding: Finding, parent: QWidget | None = None):
        super().__init__(parent)
        self.finding = finding
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 2, 0, 2)
        lay.setSpacing(8)
        self.marker = plain_label()
        self.marker.setPixmap(severity_icon(finding.severity).pixmap(16, 16))
        self.marker.setFixedSize(18, 18)
        lay.addWidget(self.marker, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.setSpacing(1)
        self.message = plain_label(audit_text(finding, "message"))
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.todo = plain_label(audit_text(finding, "todo"))
        self.todo.setWordWrap(True)
        self.todo.setTextFormat(Qt.TextFormat.PlainText)
        self.todo.setProperty("muted", True)
        self.todo.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        text.addWidget(self.message)
        text.addWidget(self.todo)
        lay.addLayout(text, 1)
        self.setToolTip(tooltip([finding]))
        self.link: QPushButton | None = None
        if finding.fields:
            self.link = QPushButton(QCoreApplication.translate("AuditPanel", "Show in profile"), objectName="linkButton")
            self.link.setCursor(Qt.CursorShape.PointingHandCursor)
            self.link.setAccessibleName(fill(QCoreApplication.translate("AuditPanel", "Show in profile: %1"), self.message.text()))
            self.link.setToolTip(QCoreApplication.translate("AuditPanel", "Open the profile editor at this field"))
            where = finding.fields[0]
            self.link.clicked.connect(lambda _=False, w=where: self.open_field.emit(w))
            lay.addWidget(self.link, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.message.text())

    def heightForWidth(self, width: int) -> int:  # noqa: N802  (Qt's name)
        layout = self.layout()
        return layout.heightForWidth(width) if layout is not None else super().heightForWidth(width)


class AuditPanel(QFrame):
    """The findings, grouped by severity; at most ``limit`` rows until "Show all (N)" is pressed."""

    open_field = Signal(str)  # a where-path (``platform.time_zone``): the user wants to edit that field

    def __init__(self, *, title: str | None = None, limit: int = 5, card: bool = True,
                 parent: QWidget | None = None):
        super().__init__(parent)
        if card:
            self.setObjectName("card")
        self.limit = limit
        self.expanded = False
        self.findings: list[Finding] = []
        self._shown: tuple[tuple[str, str], ...] | None = None
        self.rows: list[FindingRow] = []
        self.groups: dict[str, QLabel] = {}
        outer = QVBoxLayout(self)
        m = 16 if card else 0
        outer.setContentsMargins(m, 14 if card else 0, m, 14 if card else 0)
        outer.setSpacing(4)
        head = QHBoxLayout()
        self.title = plain_label(title or "", self, objectName="cardTitle")  # parented: never a window of its own
        head.addWidget(self.title)
        head.addStretch(1)
        self.summary = plain_label("", self)
        self.summary.setProperty("muted", True)
        head.addWidget(self.summary)
        if title:
            outer.addLayout(head)
        else:
            self.title.hide()
            self.summary.hide()
        self.empty = plain_label(QCoreApplication.translate("AuditPanel", "Nothing in your profile looks inconsistent. An agent comparing it with your ID "
                                "and your answers should find nothing to question."))
        self.empty.setWordWrap(True)
        self.empty.setProperty("tone", "good")
        self.empty.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        outer.addWidget(self.empty)
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        outer.addLayout(self.body)
        self.more_button = QPushButton("", objectName="linkButton")
        self.more_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.more_button.clicked.connect(self.toggle_all)
        outer.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)
        self._rebuild()

    # -- data --------------------------------------------------------------------------------
    def set_findings(self, findings: Sequence[Finding]) -> None:
        """Show ``findings`` (most severe first, as ``core.audit.audit`` returns them)."""
        self.findings = list(findings)
        shown = tuple((f.key, audit_text(f, "message")) for f in self.findings)
        if shown == self._shown:
            return  # the same findings: keep the rows (and whatever is under the mouse)
        self._shown = shown
        self._rebuild()

    def toggle_all(self) -> None:
        self.expanded = not self.expanded
        self._rebuild()

    def visible_findings(self) -> list[Finding]:
        return [r.finding for r in self.rows]

    def row_for(self, check: str) -> FindingRow | None:
        return next((r for r in self.rows if r.finding.check == check), None)

    def retint(self) -> None:
        """The theme changed: recolour the markers."""
        self._shown = None
        self.set_findings(self.findings)

    # -- building ----------------------------------------------------------------------------
    def _clear(self) -> None:
        while self.body.count():
            item = self.body.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.hide()
                w.deleteLater()
        self.rows, self.groups = [], {}

    def _rebuild(self) -> None:
        self._clear()
        findings = self.findings
        self.empty.setVisible(not findings)
        n = len(findings)
        shown = findings if self.expanded or n <= self.limit else findings[: self.limit]
        for severity in SEVERITIES:
            mine = [f for f in shown if f.severity == severity]
            if not mine:
                continue
            total = sum(1 for f in findings if f.severity == severity)
            label = plain_label(fill(QCoreApplication.translate("AuditPanel", "%1 (%2)"), _tr(GROUP_TITLES[severity]), str(total)), objectName="auditGroup")
            label.setProperty("severity", severity)
            self.body.addWidget(label)
            self.groups[severity] = label
            for f in mine:
                row = FindingRow(f)
                row.open_field.connect(self.open_field.emit)
                self.body.addWidget(row)
                self.rows.append(row)
        self.more_button.setVisible(n > self.limit)
        self.more_button.setText(QCoreApplication.translate("AuditPanel", "Show fewer") if self.expanded else fill(QCoreApplication.translate("AuditPanel", "Show all (%1)"), str(n)))
        counts = {s: sum(1 for f in findings if f.severity == s) for s in SEVERITIES}
        self.summary.setText(summary_text(counts))


def summary_text(counts: dict[str, int]) -> str:
    """"2 to fix · 1 to explain · 3 notes" (the parts that are not zero)."""
    parts = []
    if counts.get("fix"):
        parts.append(fill(QCoreApplication.translate("AuditPanel", "%1 to fix"), str(counts["fix"])))
    if counts.get("explain"):
        parts.append(fill(QCoreApplication.translate("AuditPanel", "%1 to explain"), str(counts["explain"])))
    if counts.get("note"):
        parts.append(fill(QCoreApplication.translate("AuditPanel", "%1 to know"), str(counts["note"])))
    return " · ".join(parts)
