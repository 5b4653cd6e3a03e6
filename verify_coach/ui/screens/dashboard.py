"""The dashboard: how ready the user is for the call, what to practise next, and how it is going.

It is the first screen a returning user sees, so it stays light: the cards are plain labels, the
charts (QtCharts) are imported and built once, the first time there is a history to chart, and a
reload only replaces their points. The figures come from ``coach.stats()`` (a
``core.stats.ProfileStats``) and ``coach.fact_stats()``; both cost O(facts), not O(attempts).
The weak facts (the card's count and the table) are ``core.stats.weak_facts``, as on every other screen.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core import stats as core_stats
from ...core.checklist import Checklist
from ...core.dates import call_countdown
from ...core.firstlook import FirstLook
from .. import theme
from ..context import AppContext
from ..i18n import fill
from ..icons import icon
from ..ops import Changes, supersede
from ..widgets import format as fmt
from ..widgets.audit_panel import AuditPanel
from ..widgets.checklist import ChecklistCard
from ..widgets.fact_labels import fact_label
from ..widgets.gauge import RingGauge, level
from ..widgets.layout import EmptyPanel, plain_label, safe_message
from .base import Screen


def _card(title: str) -> tuple[QFrame, QVBoxLayout, QLabel]:
    card = QFrame(objectName="card")
    lay = QVBoxLayout(card)
    lay.setContentsMargins(16, 14, 16, 14)
    lay.setSpacing(4)
    label = plain_label(title, objectName="cardTitle")
    lay.addWidget(label)
    return card, lay, label


def _muted(text: str = "") -> QLabel:
    label = plain_label(text)
    label.setProperty("muted", True)
    label.setWordWrap(True)
    return label


class DashboardScreen(Screen):
    name = "dashboard"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Dashboard"))
        self.stats: core_stats.ProfileStats | None = None
        self.weak: list[core_stats.FactStat] = []  # core_stats.weak_facts, the most at risk first
        self.weakest: list[core_stats.FactStat] = []  # the first ten of them, in the table
        self.call_at: datetime | None = None
        self.checklist: Checklist | None = None  # for the call date (None: no date); shown from 48 h before
        self._ticking: dict[str, bool] = {}  # ticks the user made that are still being saved
        self.category_chart: Any = None  # widgets.charts.CategoryChart, built on first use
        self.days_chart: Any = None  # widgets.charts.ReadinessChart
        self.findings: list[Any] = []  # core.audit.Finding of the active profile, the most severe first
        self._build()
        bus = ctx.bus
        bus.on(Changes.HISTORY | Changes.PROFILE | Changes.CALL, self.mark_dirty)
        bus.on(Changes.PREFS, self._restyle)
        self._clock = QTimer(self, interval=60_000, timeout=self._show_call)
        self._clock.timeout.connect(self._show_checklist)  # the card appears 48 h before the call
        self._clock.start()

    # ------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        body = QWidget(objectName="dashboardBody")
        body.setAutoFillBackground(False)
        scroll.setWidget(body)
        scroll.viewport().setAutoFillBackground(False)
        outer.addWidget(scroll)
        self.scroll_area = scroll
        lay = QVBoxLayout(body)
        lay.setContentsMargins(24, 18, 24, 20)
        lay.setSpacing(14)

        lay.addLayout(self._build_headline())
        lay.addLayout(self._build_cards())
        self.audit_panel = AuditPanel(title=self.tr("Before the call"))
        self.audit_panel.setAccessibleName(self.tr("Before the call: what in your profile an agent may question"))
        self.audit_panel.open_field.connect(self.ctx.bus.edit_field.emit)
        self.audit_panel.hide()  # until the profile is read
        lay.addWidget(self.audit_panel)
        self.checklist_card = ChecklistCard()
        self.checklist_card.item_clicked.connect(self._tick)
        self.checklist_card.hide()
        lay.addWidget(self.checklist_card)
        self.body_stack = QStackedWidget()
        self.body_stack.addWidget(self._build_empty())
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(0, 0, 0, 0)
        self.content_layout.setSpacing(14)
        self.body_stack.addWidget(self.content)
        lay.addWidget(self.body_stack, 1)

    def _build_headline(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        text = QVBoxLayout()
        text.setSpacing(2)
        self.headline = plain_label(self.tr("Loading your progress…"), objectName="h2")
        self.headline.setWordWrap(True)
        self.subline = _muted()
        text.addWidget(self.headline)
        text.addWidget(self.subline)
        row.addLayout(text, 1)
        self.practise_button = QPushButton(self.tr("Practise now"), objectName="primary")
        self.practise_button.setIcon(icon("practice", theme.colors()["accent_text"]))
        self.practise_button.setAccessibleName(self.tr("Practise now"))
        self.practise_button.setToolTip(self.tr("A session of due, weak and new facts (Ctrl+P)"))
        self.practise_button.clicked.connect(self.practise)
        self.weak_button = QPushButton(self.tr("Drill weak facts"))
        self.weak_button.setAccessibleName(self.tr("Drill weak facts"))
        self.weak_button.setToolTip(self.tr("Only the facts you missed or answered slowly (Ctrl+W)"))
        self.weak_button.clicked.connect(self.drill_weak)
        row.addWidget(self.weak_button, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.practise_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return row

    def _build_cards(self) -> QGridLayout:
        grid = self.cards_grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(12)
        self.figure_cards: list[QFrame] = []
        self._card_columns = 0

        card, lay, self.readiness_title = _card(self.tr("Readiness at the call"))
        row = QHBoxLayout()
        self.readiness_value = plain_label("—", objectName="bigNumber")
        self.readiness_value.setAccessibleName(self.tr("Readiness"))
        self.gauge = RingGauge(diameter=46, thickness=6, show_text=False)
        row.addWidget(self.readiness_value)
        row.addStretch(1)
        row.addWidget(self.gauge)
        lay.addLayout(row)
        self.readiness_note = _muted()
        lay.addWidget(self.readiness_note)
        lay.addStretch(1)
        self.figure_cards.append(card)

        card, lay, _ = _card(self.tr("Time to the call"))
        self.call_value = plain_label("—", objectName="bigNumber")
        self.call_value.setAccessibleName(self.tr("Time to the call"))
        lay.addWidget(self.call_value)
        self.call_note = _muted()
        lay.addWidget(self.call_note)
        self.call_button = QPushButton(self.tr("Set your call date"))
        self.call_button.setAccessibleName(self.tr("Set your call date"))
        self.call_button.setIcon(icon("calendar"))
        self.call_button.clicked.connect(self.set_call_date)
        lay.addWidget(self.call_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        self.figure_cards.append(card)

        card, lay, _ = _card(self.tr("Answers so far"))
        self.answers_value = plain_label("—", objectName="bigNumber")
        self.answers_value.setAccessibleName(self.tr("Answers so far"))
        self.answers_note = _muted()
        lay.addWidget(self.answers_value)
        lay.addWidget(self.answers_note)
        lay.addStretch(1)
        self.figure_cards.append(card)

        card, lay, _ = _card(self.tr("Accuracy"))
        self.accuracy_value = plain_label("—", objectName="bigNumber")
        self.accuracy_value.setAccessibleName(self.tr("Accuracy"))
        self.accuracy_note = _muted()
        lay.addWidget(self.accuracy_value)
        lay.addWidget(self.accuracy_note)
        lay.addStretch(1)
        self.figure_cards.append(card)

        card, lay, _ = _card(self.tr("Weak facts"))
        self.weak_value = plain_label("—", objectName="bigNumber")
        self.weak_value.setAccessibleName(self.tr("Weak facts"))
        self.weak_note = _muted()
        lay.addWidget(self.weak_value)
        lay.addWidget(self.weak_note)
        lay.addStretch(1)
        self.figure_cards.append(card)
        self._reflow_cards()
        return grid

    def _reflow_cards(self) -> None:
        """The five figure cards in one row, or in two (3 + 2) when the window is too narrow for one
        ("19 h 59 min" in big type is wide): never a horizontal scroll bar at 1000 px."""
        cards = self.figure_cards
        room = self.width() - 48 - 16  # the body's margins and the scroll bar
        # the preferred widths (a wrapped note's minimum is narrower than it looks), and a little slack
        one_row = sum(max(c.minimumSizeHint().width(), c.sizeHint().width()) for c in cards) + 12 * (len(cards) - 1) + 8
        self._set_columns(len(cards) if one_row <= room else 3)
        QTimer.singleShot(0, self._no_overflow)  # once laid out: the estimate must not leave a scroll bar

    def _no_overflow(self) -> None:
        bar = self.scroll_area.horizontalScrollBar()
        if self._card_columns == len(self.figure_cards) and bar.maximum() > 0:
            self._set_columns(3)

    def _set_columns(self, columns: int) -> None:
        cards = self.figure_cards
        if columns == self._card_columns:
            return
        self._card_columns = columns
        for c in cards:
            self.cards_grid.removeWidget(c)
        for n, c in enumerate(cards):
            self.cards_grid.addWidget(c, n // columns, n % columns)
        for col in range(len(cards)):
            self.cards_grid.setColumnStretch(col, 1 if col < columns else 0)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802  (Qt's name)
        super().resizeEvent(event)
        self._reflow_cards()

    def _build_empty(self) -> QWidget:
        self.empty = EmptyPanel(
            "practice",
            self.tr("Answer your first questions to see how ready you are"),
            self.tr("A session asks what a verification agent would ask about your profile and takes a few "
                    "minutes. Your readiness per category, your weakest facts and your progress then show here."),
            self.tr("Practise now"), self.tr("Start your first practice session"), self.practise,
        )
        self.empty_title, self.empty_button = self.empty.title, self.empty.button
        self.empty.setMinimumHeight(300)
        return self.empty

    def _build_content(self) -> None:
        """The charts and the weakest facts; built once, the first time there is a history."""
        from ..widgets.charts import CategoryChart, ReadinessChart  # QtCharts: only when needed

        row = QHBoxLayout()
        row.setSpacing(14)
        card = QFrame(objectName="card")
        lay = QVBoxLayout(card)
        lay.setContentsMargins(10, 8, 10, 10)
        self.chart_tabs = QTabWidget()
        self.chart_tabs.setDocumentMode(True)
        self.chart_tabs.tabBar().setDrawBase(False)
        self.chart_tabs.setAccessibleName(self.tr("Charts"))
        self.category_chart = CategoryChart()
        self.category_chart.setAccessibleName(self.tr("Readiness and accuracy by category"))
        self.chart_tabs.addTab(self.category_chart, self.tr("By category"))
        self.days_chart = ReadinessChart()
        self.days_chart.setAccessibleName(self.tr("Readiness at the call per day, up to the call date"))
        self.chart_tabs.addTab(self.days_chart, self.tr("Over time"))
        self.chart_tabs.setTabToolTip(0, self.tr("Readiness at the call and accuracy so far, per category"))
        self.chart_tabs.setTabToolTip(1, self.tr("Your readiness at the call each day you practised, up to the call date"))
        lay.addWidget(self.chart_tabs, 1)
        row.addWidget(card, 1)

        card, lay, _ = _card(self.tr("Your weak facts"))
        self.weakest_table = QTableWidget(0, 3)
        self.weakest_table.setAccessibleName(self.tr("Your weak facts"))
        self.weakest_table.setHorizontalHeaderLabels([self.tr("Fact"), self.tr("Recall"), self.tr("Why")])
        recall = QTableWidgetItem(self.tr("Recall"))
        recall.setToolTip(self.tr("Predicted recall at the call"))
        self.weakest_table.setHorizontalHeaderItem(1, recall)
        hdr = self.weakest_table.horizontalHeader()
        hdr.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        hdr.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        hdr.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.weakest_table.setColumnWidth(2, 110)
        self.weakest_table.verticalHeader().setVisible(False)
        self.weakest_table.verticalHeader().setDefaultSectionSize(28)
        self.weakest_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.weakest_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.weakest_table.setShowGrid(False)
        self.weakest_table.setAlternatingRowColors(True)
        self.weakest_table.setWordWrap(False)
        self.weakest_table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.weakest_table.setToolTip(self.tr("Double-click a fact to drill it"))
        self.weakest_table.itemActivated.connect(self._drill_weakest_row)
        self.weakest_table.setMinimumHeight(28 * 10 + 36)
        lay.addWidget(self.weakest_table, 1)
        links = QHBoxLayout()
        self.weakest_note = _muted()
        links.addWidget(self.weakest_note, 1)
        self.review_button = QPushButton(self.tr("Review missed facts"))
        self.review_button.setAccessibleName(self.tr("Review missed facts"))
        self.review_button.clicked.connect(lambda: self.ctx.bus.navigate.emit("review"))
        links.addWidget(self.review_button)
        lay.addLayout(links)
        row.addWidget(card, 1)
        self.content_layout.addLayout(row)

        self.content_layout.addStretch(1)

    # ------------------------------------------------------------------------------ data
    def reload(self) -> None:
        self.ctx.op(self, lambda coach: (coach.stats(), coach.fact_stats()), name="dashboard").latest() \
            .success(self._loaded).failure(self._failed).run()
        self._load_checklist()
        self._load_audit()

    def show_first_look(self, look: FirstLook) -> None:
        assert look.stats is not None
        self.dirty = False
        supersede(self, "dashboard")  # a reload asked for earlier would be older than this
        self._loaded((look.stats, look.facts))
        self._load_checklist()  # needs the core: it follows once the database is open
        self._load_audit()

    def _load_audit(self) -> None:
        """The active profile read and audited on the worker (``core.audit``); the figures never wait for it."""

        def work(coach: Any) -> list[Any]:
            from ...core.audit import audit

            return audit(coach.load_profile()[1])

        self.ctx.op(self, work, name="dashboard-audit").latest() \
            .success(self._audit_loaded).failure(lambda _exc: self._audit_loaded(None)).run()

    def _audit_loaded(self, findings: list[Any] | None) -> None:
        if findings is None:
            self.findings = []
            self.audit_panel.hide()
            return
        self.findings = findings
        self.audit_panel.set_findings(self.findings)
        self.audit_panel.show()

    def _load_checklist(self) -> None:
        """The checklist on its own: the figures (and ``ready``) never wait for it."""
        self.ctx.op(self, lambda coach: coach.checklist(), name="dashboard-checklist").latest() \
            .success(self._checklist_loaded).failure(lambda _exc: self._checklist_loaded(None)).run()

    def _checklist_loaded(self, checklist: Checklist | None) -> None:
        self.checklist = checklist
        self._show_checklist()

    def _loaded(self, result: tuple[core_stats.ProfileStats, list[core_stats.FactStat]]) -> None:
        stats, facts = result
        self.stats = stats
        self.call_at = stats.call_at
        self.weak = core_stats.weak_facts(facts)
        self.weakest = self.weak[:10]
        self._show_cards(stats)
        self._show_call()
        if stats.attempts:
            if self.category_chart is None:
                self._build_content()
            self._show_charts(stats)
            self._show_weakest()
            self.body_stack.setCurrentWidget(self.content)
        else:
            self.body_stack.setCurrentIndex(0)
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.dirty = True  # try again next time the screen shows
        from ...core.coach import CoachError

        if isinstance(exc, CoachError):  # e.g. no profile any more: say so, and offer the way in
            self.ready.emit()
            self.ctx.bus.navigate.emit("welcome")
            return
        self.headline.setText(self.tr("Your progress could not be loaded."))
        self.subline.setText(str(exc))  # a bug: the error dialog follows
        self.ready.emit()

    # ------------------------------------------------------------------------------ figures
    def _show_cards(self, stats: core_stats.ProfileStats) -> None:
        facts = stats.facts
        pct = fmt.percent_value(stats.readiness) or 0
        answered = sum(f.attempts for f in facts)
        right = sum(f.correct for f in facts)
        weak = len(self.weak)  # == stats.weak_count: the same definition, the same figures
        seen = sum(1 for f in facts if f.attempts)
        has_call = self.call_at is not None and self.call_at > datetime.now(UTC)

        self.readiness_value.setText(f"{pct}%")
        self.gauge.set_value(pct)
        self.readiness_value.setProperty("level", level(pct))
        self.readiness_title.setText(self.tr("Readiness at the call") if has_call else self.tr("Readiness for tomorrow"))
        self.readiness_note.setText(
            fill(self.tr("%1 of %2 facts practised"), str(seen), str(len(facts)))
        )

        attempts = stats.attempts
        self.answers_value.setText(f"{attempts:,}")
        if stats.sessions:
            last = stats.sessions[0].started_at
            self.answers_note.setText(fill(self.tr("Last session: %1"), fmt.when(last)))
        else:
            self.answers_note.setText(self.tr("No practice yet"))

        acc = right / answered if answered else None
        self.accuracy_value.setText(fmt.percent(acc))
        self.accuracy_note.setText(
            fill(self.tr("%1 of %2 answers right"), f"{right:,}", f"{answered:,}")
            if answered else self.tr("Nothing answered yet")
        )

        self.weak_value.setText(str(weak) if attempts else "—")
        self.weak_note.setText(
            self.tr("Missed recently or answered slowly") if weak
            else self.tr("None right now") if attempts else self.tr("Shows after your first session")
        )
        self.weak_button.setVisible(attempts > 0)
        self.practise_button.setVisible(attempts > 0)  # the empty state has its own button

        if not attempts:
            self.headline.setText(self.tr("Start with a short practice session"))
            self.subline.setText(fill(self.tr("Your profile has %1 facts to rehearse."), str(len(facts))))
        else:
            when = self.tr("at the call") if has_call else self.tr("if the call were tomorrow")
            self.headline.setText(
                fill(self.tr("You would recall about %1% of your facts %2."), str(pct), when)
            )
            if weak:
                self.subline.setText(fill(self.tr("Drill your %1 weak facts first, then keep practising."), str(weak)))
            elif seen < len(facts):
                self.subline.setText(fill(self.tr("%1 facts are still new: keep practising to cover them all."), str(len(facts) - seen)))
            else:
                self.subline.setText(self.tr("No weak facts: a short session a day keeps them fresh."))

    def _show_call(self) -> None:
        self._show_call_text()
        self._reflow_cards()  # the countdown's width changes

    def _show_call_text(self) -> None:
        call = self.call_at
        c = call_countdown(call, datetime.now(UTC))
        if call is None:
            self.call_value.setText(self.tr("Not set"))
            self.call_note.setText(self.tr("Readiness is for tomorrow until you set a date."))
            self.call_button.setText(self.tr("Set your call date"))
            return
        local = fmt.moment(call)
        self.call_button.setText(self.tr("Change the date"))
        if c.phase == "past":
            self.call_value.setText(self.tr("Passed"))
            self.call_note.setText(fill(self.tr("The call was on %1. Set the date of your next call."), local))
            self.call_button.setText(self.tr("Set your call date"))
            return
        if c.phase == "now":
            self.call_value.setText(self.tr("Now"))
        elif c.days:
            self.call_value.setText(fill(self.tr("%1 d %2 h"), c.days, c.hours))
        else:
            self.call_value.setText(fill(self.tr("%1 h %2 min"), c.hours, f"{c.minutes:02d}"))
        self.call_note.setText(local)

    def _show_checklist(self) -> None:
        cl = self.checklist
        if cl is None or not cl.shows(datetime.now(UTC)):
            self.checklist_card.hide()
            return
        self.checklist_card.set_checklist(cl, self._ticking)
        self.checklist_card.show()

    def _tick(self, item_id: str, ticked: bool) -> None:
        """Save a tick for the call date; the box shows it at once, and keeps it while it is being saved."""
        self._ticking[item_id] = ticked
        self.ctx.op(self, lambda coach: coach.tick(item_id, ticked), changes=Changes.CALL, name="tick") \
            .success(lambda _: self._tick_saved(item_id, ticked)) \
            .failure(lambda exc: self._tick_failed(item_id, ticked, exc)).run()

    def _tick_saved(self, item_id: str, ticked: bool) -> None:
        if self._ticking.get(item_id) is ticked:  # not clicked again in the meantime
            del self._ticking[item_id]

    def _tick_failed(self, item_id: str, ticked: bool, exc: BaseException) -> None:
        self._tick_saved(item_id, ticked)
        self._load_checklist()  # put the boxes right: what is stored
        from ...core.errors import UserError

        if isinstance(exc, UserError):  # e.g. the call date was cleared meanwhile
            self.ctx.bus.status.emit(str(exc), 8000)

    def _show_charts(self, stats: core_stats.ProfileStats) -> None:
        from ..widgets.charts import CategoryBar

        bars = [
            CategoryBar(
                name=fmt.category_name(c.name),
                readiness=fmt.percent_value(c.recall) or 0,
                accuracy=fmt.percent_value(c.accuracy),
                attempts=c.attempts,
            )
            for c in stats.categories
        ]
        has_call = self.call_at is not None and self.call_at > datetime.now(UTC)
        self.category_chart.set_data(bars, at_call=has_call)
        self.days_chart.set_data(stats.days, call_at=self.call_at)

    def _show_weakest(self) -> None:
        short = {"missed recently": self.tr("missed"), "missed unexpectedly": self.tr("missed"), "slow": self.tr("slow")}
        table = self.weakest_table
        table.setRowCount(len(self.weakest))
        c = theme.colors()
        for row, f in enumerate(self.weakest):
            label = QTableWidgetItem(fact_label(f.label))
            label.setData(Qt.ItemDataRole.UserRole, f.key)
            label.setToolTip(safe_message(f"{label.text()}\n{fmt.category_name(f.category)} · {f.value}"))
            recall = QTableWidgetItem(fmt.percent(round(f.recall_at_call, 4)))
            recall.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            why = QTableWidgetItem(fmt.list_separator().join(dict.fromkeys(short.get(r, r) for r in f.weak_reasons)))
            why.setToolTip(safe_message(fmt.weak_reasons(f.weak_reasons)))
            why.setForeground(QColor(c["bad"]))
            table.setItem(row, 0, label)
            table.setItem(row, 1, recall)
            table.setItem(row, 2, why)
        total = len(self.weak)
        if not total:
            note = self.tr("No weak facts right now: what you miss or answer slowly shows up here.")
        elif total > len(self.weakest):
            note = fill(self.tr("%1 weak facts in all."), str(total))
        else:
            note = self.tr("Double-click a fact to drill it.")
        self.weakest_note.setText(note)

    def weakest_keys(self) -> list[str]:
        return [f.key for f in self.weakest]

    # ------------------------------------------------------------------------------ actions
    def practise(self) -> None:
        self.ctx.bus.start_session.emit("practice", None)

    def drill_weak(self) -> None:
        self.ctx.bus.start_session.emit("weak", None)

    def set_call_date(self) -> None:
        self.ctx.bus.edit_call_date.emit()

    def _drill_weakest_row(self, item: QTableWidgetItem) -> None:
        first = self.weakest_table.item(item.row(), 0)
        key = first.data(Qt.ItemDataRole.UserRole) if first is not None else None
        if key:
            self.ctx.bus.start_session.emit("review", [key])

    def _restyle(self) -> None:
        """The theme may have changed: recolour what is painted by hand."""
        if self.category_chart is not None:
            self.category_chart.apply_colors()
            self.days_chart.apply_colors()
            if self.weakest:
                self._show_weakest()
        self.practise_button.setIcon(icon("practice", theme.colors()["accent_text"]))
        self.call_button.setIcon(icon("calendar"))
        self.gauge.update()
        self.empty.retint()
        self.audit_panel.retint()
