"""Review missed facts: the weak facts (missed recently, missed unexpectedly or answered slowly), with
what the user answered instead.

A QTableView over ``MissedFactsModel`` (one row per fact) through ``MissedFactsFilter`` (category,
search, "show all facts"; numeric columns sort numerically). The figures are those of
``verify-coach stats --json`` (``FactStat.to_json()``), shown with the same rounding as everywhere else.
The facts listed are the weak facts of ``core.stats.weak_facts``, the same ones (and the same count) as
the dashboard, the study sheet, ``verify-coach stats`` and the call report; "Show all facts" lists the
others too. A wrong true-or-false answer is shown as what the user believed (``format.answer_text``).
Selecting rows and pressing Enter (or "Drill these") starts a session on them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.categories import CATEGORIES
from ...core.grading import is_dont_know
from .. import theme
from ..context import AppContext
from ..i18n import fill
from ..icons import icon
from ..ops import Changes, supersede
from ..widgets import format as fmt
from ..widgets.fact_labels import fact_label
from ..widgets.layout import EmptyPanel, plain_label, safe_message
from .base import Screen

if TYPE_CHECKING:
    from ...core.coach import Coach

_ISO_DATE = re.compile(r"^\d{4}-\d{2}(-\d{2})?$")
SORT_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class FactRow:
    """One fact as the table shows it. The figures are the JSON values of ``FactStat.to_json()``."""

    key: str
    label: str
    category: str
    value: str
    wrong: tuple[str, ...]  # recent wrong answers as shown, most recent first, without repeats
    last_seen: datetime | None
    attempts: int
    correct: int
    accuracy: float | None
    recall_at_call: float
    median_latency_ms: int | None
    weak: bool  # ``core.stats.weak_reasons``: listed without "Show all facts"
    weak_reasons: tuple[str, ...] = ()
    # what the table shows, worked out once (on the worker, ``build_rows``): the label and a profile date in
    # the interface language, and the text the search looks in
    shown_label: str = ""
    shown_value: str = ""
    search: str = ""

    def search_text(self) -> str:
        return self.search or "\n".join((self.label, fact_label(self.label), self.value, *self.wrong)).casefold()


def build_rows(facts: list[Any], wrong: dict[str, list[Any]]) -> list[FactRow]:
    """``facts``: ``core.stats.FactStat`` list; ``wrong``: ``coach.wrong_answers`` for (some of) them
    (typed answers, and ``core.belief.Belief`` for true-or-false ones)."""
    rows = []
    for f in facts:
        j = f.to_json()
        # "I don't know" (in any words) is not an answer the user gave for the value: not listed as one
        answers = tuple(dict.fromkeys(fmt.answer_text(a).strip() for a in wrong.get(f.key, [])
                                      if not (isinstance(a, str) and is_dont_know(a))))
        label = fact_label(f.label)
        rows.append(
            FactRow(
                key=f.key, label=f.label, category=f.category, value=f.value, wrong=answers,
                last_seen=f.last_seen, attempts=j["attempts"], correct=j["correct"], accuracy=j["accuracy"],
                recall_at_call=j["recall_at_call"], median_latency_ms=j["median_latency_ms"], weak=j["weak"],
                weak_reasons=tuple(j["weak_reasons"]), shown_label=label,
                shown_value=fmt.partial_date(f.value) if _ISO_DATE.match(f.value) else f.value,
                search="\n".join((f.label, label, f.value, *answers)).casefold(),
            )
        )
    return rows


class MissedFactsModel(QAbstractTableModel):
    FACT, CATEGORY, VALUE, WRONG, LAST_SEEN, ACCURACY, RECALL, MEDIAN = range(8)
    NUMERIC = (ACCURACY, RECALL, MEDIAN)

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.rows: list[FactRow] = []
        self.now = datetime.now(UTC)
        self.recall_header = self.tr("Recall\nat call")

    def headers(self) -> list[str]:
        return [
            self.tr("Fact"), self.tr("Category"), self.tr("Correct value"), self.tr("Your wrong answers"),
            self.tr("Last seen"), self.tr("Accuracy"), self.recall_header, self.tr("Median\ntime"),
        ]

    def set_rows(self, rows: list[FactRow], now: datetime, recall_header: str) -> None:
        self.beginResetModel()
        self.rows = rows
        self.now = now
        self.recall_header = recall_header
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else 8

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = Qt.AlignmentFlag.AlignRight if section in self.NUMERIC else Qt.AlignmentFlag.AlignLeft
            return int(side | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                self.ACCURACY: self.tr("Share of your answers that were right"),
                self.RECALL: self.tr("Predicted chance that you recall it at the call (tomorrow if no date is set)"),
                self.MEDIAN: self.tr("Median time of your recent answers"),
                self.WRONG: self.tr("What you answered instead, most recent first"),
            }.get(section)
        return None

    def text(self, row: FactRow, col: int) -> str:
        if col == self.FACT:
            return row.shown_label or fact_label(row.label)
        if col == self.CATEGORY:
            return fmt.category_name(row.category)
        if col == self.VALUE:  # a profile date the way the interface language writes it
            return row.shown_value or row.value
        if col == self.WRONG:
            return "; ".join(a or self.tr("(no answer)") for a in row.wrong)
        if col == self.LAST_SEEN:
            return fmt.day(row.last_seen, self.now)
        if col == self.ACCURACY:
            return fmt.percent(row.accuracy)
        if col == self.RECALL:
            return fmt.percent(row.recall_at_call)  # 0% for a fact never answered, as readiness counts it
        return fmt.seconds(row.median_latency_ms)

    def sort_key(self, row: FactRow, col: int) -> Any:
        if col == self.LAST_SEEN:
            return row.last_seen.timestamp() if row.last_seen else -1.0
        if col == self.ACCURACY:
            return -1.0 if row.accuracy is None else row.accuracy
        if col == self.RECALL:
            return row.recall_at_call
        if col == self.MEDIAN:
            return -1.0 if row.median_latency_ms is None else float(row.median_latency_ms)
        if col == self.WRONG:
            return (str(len(row.wrong)).zfill(3) + self.text(row, col).casefold()) if row.wrong else ""
        return self.text(row, col).casefold()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(row, col)
        if role == SORT_ROLE:
            return self.sort_key(row, col)
        if role == KEY_ROLE:
            return row.key
        if role == Qt.ItemDataRole.ToolTipRole:  # a tooltip guesses rich text: profile and typed text as it is
            if col == self.FACT and row.weak_reasons:
                return safe_message(self.text(row, self.FACT) + "\n"
                                    + fill(self.tr("Weak: %1"), fmt.weak_reasons(row.weak_reasons)))
            if col in (self.FACT, self.VALUE, self.WRONG):
                return safe_message(self.text(row, col)) or None
            if col == self.LAST_SEEN and row.last_seen:
                return fmt.when(row.last_seen, self.now)
            if col == self.ACCURACY and row.attempts:
                return fill(self.tr("%1 of %2 right"), str(row.correct), str(row.attempts))
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and col in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            c = theme.colors()
            if col == self.WRONG:
                return QColor(c["bad"])
            if col == self.ACCURACY and row.accuracy is not None and row.accuracy < 0.5:
                return QColor(c["bad"])
            if col in (self.CATEGORY, self.LAST_SEEN):
                return QColor(c["muted"])
        return None

    def row_at(self, source_row: int) -> FactRow:
        return self.rows[source_row]


class _RoomyDelegate(QStyledItemDelegate):
    """Wrapped cells with a little air above and below."""

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + 8)


class MissedFactsFilter(QSortFilterProxyModel):
    """Category, search text and "show all facts"."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self.category: str | None = None
        self.search = ""
        self.show_all = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def _changed(self, apply: Any) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.9
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            apply()
            self.invalidateRowsFilter()

    def set_category(self, category: str | None) -> None:
        self._changed(lambda: setattr(self, "category", category or None))

    def set_search(self, text: str) -> None:
        self._changed(lambda: setattr(self, "search", text.strip().casefold()))

    def set_show_all(self, on: bool) -> None:
        self._changed(lambda: setattr(self, "show_all", bool(on)))

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        model = self.sourceModel()
        assert isinstance(model, MissedFactsModel)
        row = model.row_at(source_row)
        if not self.show_all and not row.weak:
            return False
        if self.category and row.category != self.category:
            return False
        return not self.search or all(w in row.search_text() for w in self.search.split())


class ReviewScreen(Screen):
    name = "review"


    # columns that give way, in this order, when the window is narrow: the recall stays in view
    NARROW_HIDDEN = (MissedFactsModel.MEDIAN, MissedFactsModel.LAST_SEEN, MissedFactsModel.CATEGORY)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Hide the least needed columns until the rest fits the width (no horizontal scrollbar); the fact's
        label takes what is left and is elided, its full text in the tooltip."""
        widths = getattr(self, "_widths", None)
        if not widths:
            return
        room = self.table.viewport().width() or self.table.width()
        fact_min = 200
        shown = dict(widths)
        for col in self.NARROW_HIDDEN:
            if sum(shown.values()) + fact_min <= room:
                break
            shown.pop(col)
        for col in widths:
            self.table.setColumnHidden(col, col not in shown)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None):
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Review missed facts"))
        self.loaded_at: datetime | None = None
        self._recordings: dict[str, str] = {}  # fact key -> the newest kept recording of a wrong spoken answer
        self._playback: Any = None
        self.model = MissedFactsModel(self)
        self.proxy = MissedFactsFilter(self)
        self.proxy.setSourceModel(self.model)
        self._build()
        self._shortcuts()
        bus = ctx.bus
        bus.on(Changes.ALL, self.mark_dirty)  # PREFS too: the "slow" threshold and the colours

    # ------------------------------------------------------------------------------ layout
    def _build(self) -> None:
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 18, 24, 20)
        lay.setSpacing(10)

        bar = QHBoxLayout()
        bar.setSpacing(10)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search facts, values and your answers (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search missed facts"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(280)
        self.search.textChanged.connect(self._search_changed)
        bar.addWidget(self.search, 2)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Category"))
        self.category.addItem(self.tr("All categories"), "")
        for cat in CATEGORIES:
            self.category.addItem(fmt.category_name(cat), cat)
        self.category.setMinimumContentsLength(14)
        self.category.currentIndexChanged.connect(self._category_changed)
        bar.addWidget(self.category)
        self.show_all = QCheckBox(self.tr("Show all facts"))
        self.show_all.setAccessibleName(self.tr("Show all facts"))
        self.show_all.setToolTip(self.tr("Also list the facts that are not weak, and those not practised yet"))
        self.show_all.toggled.connect(self._show_all_changed)
        bar.addWidget(self.show_all)
        bar.addStretch(1)
        self.drill_button = QPushButton(self.tr("Drill these"), objectName="primary")
        self.drill_button.setIcon(icon("practice", theme.colors()["accent_text"]))
        self.drill_button.setAccessibleName(self.tr("Drill these"))
        self.drill_button.setToolTip(
            self.tr("Practise the selected facts, or every fact listed when none is selected (Enter)")
        )
        self.drill_button.clicked.connect(self.drill)
        self.play_button = QPushButton(icon("play", theme.colors()["accent"]), self.tr("You said (P)"))
        self.play_button.setAccessibleName(self.tr("Play what you said"))
        self.play_button.setToolTip(self.tr("Play your last wrong answer to the selected fact, when you said it aloud "
                                            "with recordings on (Settings)"))
        self.play_button.clicked.connect(self.play_said)
        self.play_button.setVisible(False)
        bar.addWidget(self.play_button)
        bar.addWidget(self.drill_button)
        lay.addLayout(bar)

        self.summary = plain_label("")
        self.summary.setProperty("muted", True)
        self.summary.setAccessibleName(self.tr("Summary"))
        lay.addWidget(self.summary)

        self.stack = QStackedWidget()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Missed facts"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(MissedFactsModel.RECALL, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(True)
        self.table.setItemDelegate(_RoomyDelegate(self.table))
        # Room for the sort arrow next to right-aligned headers.
        self.table.horizontalHeader().setObjectName("roomyHeader")
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setMinimumSectionSize(30)
        # Row heights follow the wrapped text: worked out for the rows in view (and a few around them) once per
        # change, and for the others as they scroll into view -- never all at once (1,700 rows: half a second)
        self._sized: set[int] = set()
        self._fit_rows = QTimer(self, singleShot=True, interval=30, timeout=self._refit_rows)
        self.table.verticalScrollBar().valueChanged.connect(lambda _v: self._size_rows_in_view())
        hdr = self.table.horizontalHeader()
        hdr.setHighlightSections(False)
        hdr.setStretchLastSection(False)
        hdr.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        hdr.setSectionResizeMode(MissedFactsModel.FACT, QHeaderView.ResizeMode.Stretch)
        widths = {
            MissedFactsModel.CATEGORY: 104, MissedFactsModel.VALUE: 156, MissedFactsModel.WRONG: 166,
            MissedFactsModel.LAST_SEEN: 92, MissedFactsModel.ACCURACY: 84, MissedFactsModel.RECALL: 98,
            MissedFactsModel.MEDIAN: 74,
        }
        for col, w in widths.items():
            self.table.setColumnWidth(col, w)
        self._widths = widths
        self.table.selectionModel().selectionChanged.connect(self._update_drill)
        self.table.doubleClicked.connect(lambda _: self.drill())
        self.stack.addWidget(self.table)
        self.stack.addWidget(self._build_empty())
        lay.addWidget(self.stack, 1)
        self.proxy.rowsInserted.connect(self._update_view)
        self.proxy.rowsRemoved.connect(self._update_view)
        self.proxy.modelReset.connect(self._update_view)
        self.proxy.layoutChanged.connect(self._update_view)
        hdr.sectionResized.connect(lambda *_: self._fit_rows.start())

    def _refit_rows(self) -> None:
        self._sized.clear()
        self._size_rows_in_view()

    def _size_rows_in_view(self, margin: int = 20) -> None:
        """Fit the height of the rows in view, and ``margin`` rows above and below, that are not fitted yet."""
        table = self.table
        n = self.proxy.rowCount()
        if not n:
            return
        top = table.rowAt(0)
        bottom = table.rowAt(table.viewport().height() - 1)
        top = 0 if top < 0 else top
        bottom = n - 1 if bottom < 0 else bottom
        for r in range(max(0, top - margin), min(n, bottom + margin + 1)):
            if r not in self._sized:
                self._sized.add(r)
                table.resizeRowToContents(r)
        if table.rowAt(table.viewport().height() - 1) > bottom:  # the fitted rows are shorter: more came into view
            self._size_rows_in_view(margin)

    def _build_empty(self) -> QWidget:
        self.empty = EmptyPanel("review", "", "", self.tr("Practise now"), self.tr("Practise now"), self._empty_action)
        self.empty_title, self.empty_text, self.empty_button = self.empty.title, self.empty.text, self.empty.button
        return self.empty

    def _shortcuts(self) -> None:
        ctx = Qt.ShortcutContext.WidgetWithChildrenShortcut
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, context=ctx)
        find.activated.connect(self.focus_search)
        for seq in ("Return", "Enter", "Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(seq), self, context=ctx).activated.connect(self.drill)
        QShortcut(QKeySequence("Escape"), self, context=ctx).activated.connect(self.clear_search)
        QShortcut(QKeySequence("P"), self.table, context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            self.play_said)

    # ------------------------------------------------------------------------------ data
    def reload(self) -> None:
        def load(coach: Coach) -> tuple[tuple[datetime, list[Any], dict[str, list[Any]] | None, bool], dict[str, str]]:
            now = datetime.now(UTC)
            facts = coach.fact_stats(now=now)
            missed = [f.key for f in facts if f.attempts > f.correct]
            wrong = coach.wrong_answers(missed)
            kept = {k: str(p) for k, p in coach.last_recordings(missed).items()}
            call = coach.call_at()
            return (now, build_rows(facts, wrong), None, bool(call and call > now)), kept  # rows: off the UI thread

        def loaded(result: tuple[tuple[datetime, list[Any], dict[str, list[Any]] | None, bool], dict[str, str]]) -> None:
            self._recordings = result[1]
            self._loaded(result[0])

        self.ctx.op(self, load, name="review").latest().success(loaded).failure(self._failed).run()

    # ------------------------------------------------------------------------------ "You said ▶"
    def _current_recording(self) -> str | None:
        keys = self.selected_keys()
        return self._recordings.get(keys[0]) if len(keys) == 1 else None

    def play_said(self) -> None:
        """Play the newest kept recording of a wrong spoken answer to the selected fact."""
        path = self._current_recording()
        if path is None:
            return
        if self._playback is None:
            from ...audio import Playback

            self._playback = Playback(self)
            self._playback.failed.connect(lambda text: self.ctx.bus.status.emit(
                fill(self.tr("The recording cannot be played: %1"), text), 10_000))
        self._playback.play_file(path)

    def show_first_look(self, look: Any) -> None:
        """``core.firstlook.FirstLook``: the same figures ``reload`` gets from the coach."""
        now = look.now or datetime.now(UTC)
        self.dirty = False
        supersede(self, "review")  # a reload asked for earlier would be older than this
        has_call = bool(look.call_at and look.call_at > now)
        if look.rows is not None:  # built on the worker with the look (``ui.opening.look_first``)
            self._loaded((now, look.rows, None, has_call))
        else:
            self._loaded((now, look.facts, look.wrong, has_call))

    def _loaded(self, result: tuple[datetime, list[Any], dict[str, list[Any]] | None, bool]) -> None:
        """``result``: (now, FactRows -- or FactStats with ``wrong`` answers, from a first look --, has_call)."""
        now, facts, wrong, has_call = result
        selected = set(self.selected_keys())
        self.loaded_at = now
        header = self.tr("Recall\nat call") if has_call else self.tr("Recall\ntomorrow")
        self.model.set_rows(facts if wrong is None else build_rows(facts, wrong), now, header)
        self._reselect(selected)
        self._update_view()
        self._refit_rows()
        self.ready.emit()

    def _failed(self, exc: BaseException) -> None:
        self.dirty = True
        self.summary.setText(self.tr("The facts could not be loaded."))  # a bug: the error dialog follows
        self.ready.emit()

    def _reselect(self, keys: set[str]) -> None:
        if not keys:
            return
        sel = self.table.selectionModel()
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if idx.data(KEY_ROLE) in keys:
                sel.select(idx, sel.SelectionFlag.Select | sel.SelectionFlag.Rows)

    # ------------------------------------------------------------------------------ view state
    def _update_view(self, *args: Any) -> None:
        self._fit_rows.start()
        rows = self.model.rows
        answered = sum(1 for r in rows if r.attempts)
        missed = sum(1 for r in rows if r.weak)  # len(core.stats.weak_facts): the dashboard's count
        shown = self.proxy.rowCount()
        listed = len(rows) if self.show_all.isChecked() else missed
        self.search.setEnabled(listed > 0)
        self.category.setEnabled(listed > 0)
        self.drill_button.setVisible(shown > 0)
        if shown:
            self.stack.setCurrentWidget(self.table)
        elif not answered and not self.show_all.isChecked():
            self._empty(self.tr("No missed facts yet — practise first"),
                        self.tr("Facts you miss or answer slowly are listed here with what you answered, so you "
                                "can drill exactly those."), self.tr("Practise now"), "practise")
        elif not missed and not self.show_all.isChecked():
            self._empty(self.tr("No weak facts — well done"),
                        self.tr("Your recent answers were right and quick. Show all facts to drill any of "
                                "them anyway."), self.tr("Show all facts"), "show-all")
        else:
            self._empty(self.tr("No facts match the filter"),
                        self.tr("Try another search or category."), self.tr("Clear the filter"), "clear")
        if not listed:
            text = ""
        elif self.show_all.isChecked():
            text = fill(self.tr("%1 of %2 facts shown"), str(shown), str(len(rows)))
        elif shown == missed:
            text = fill(self.tr("%1 weak facts: missed recently or answered slowly"), str(missed))
        else:
            text = fill(self.tr("%1 of %2 weak facts shown"), str(shown), str(missed))
        if shown:
            text += " · " + self.tr("select rows and press Enter to drill them")
        self.summary.setText(text)
        self._update_drill()

    def _empty(self, title: str, text: str, button: str, action: str) -> None:
        self.empty.set_texts(title, text, button)
        self.empty_button.setProperty("action", action)
        self.stack.setCurrentIndex(1)

    def _empty_action(self) -> None:
        action = self.empty_button.property("action")
        if action == "practise":
            self.ctx.bus.start_session.emit("practice", None)
        elif action == "show-all":
            self.show_all.setChecked(True)
        else:
            self.clear_filters()

    def _update_drill(self, *args: Any) -> None:
        self.play_button.setVisible(bool(self._recordings))
        self.play_button.setEnabled(self._current_recording() is not None)
        n = len(self.selected_keys()) or self.proxy.rowCount()
        self.drill_button.setEnabled(n > 0)
        self.drill_button.setText(fill(self.tr("Drill these (%1)"), str(n)) if n else self.tr("Drill these"))

    # ------------------------------------------------------------------------------ filters
    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_view()

    def _category_changed(self, _index: int) -> None:
        self.proxy.set_category(self.category.currentData() or None)
        self._update_view()

    def _show_all_changed(self, on: bool) -> None:
        self.proxy.set_show_all(on)
        self._update_view()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def clear_search(self) -> None:
        if self.search.text():
            self.search.clear()
        else:
            self.table.clearSelection()

    def clear_filters(self) -> None:
        self.search.clear()
        self.category.setCurrentIndex(0)

    # ------------------------------------------------------------------------------ drilling
    def selected_keys(self) -> list[str]:
        """The selected facts' keys, in the order the table shows them."""
        sel = self.table.selectionModel()
        if sel is None:
            return []
        rows = sorted(i.row() for i in sel.selectedRows())
        return [self.proxy.index(r, 0).data(KEY_ROLE) for r in rows]

    def shown_keys(self) -> list[str]:
        return [self.proxy.index(r, 0).data(KEY_ROLE) for r in range(self.proxy.rowCount())]

    def drill(self) -> None:
        """Start a session on the selected facts (all listed facts when none is selected)."""
        keys = self.selected_keys() or self.shown_keys()
        if keys:
            self.ctx.bus.start_session.emit("review", keys)
