"""The dashboard's charts (QtCharts). Import this module lazily: only the dashboard needs it.

Each chart is built once; ``set_data`` replaces the series' points and ``apply_colors`` follows
``theme.colors()`` so the charts stay readable in the dark theme.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QDateTime, QMargins, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QGraphicsSimpleTextItem, QToolTip, QWidget

from ...core.stats import READY
from .. import theme
from ..i18n import fill
from . import format as fmt


@dataclass(frozen=True)
class CategoryBar:
    """One category of the per-category chart (values in whole percent, as displayed)."""

    name: str  # display name
    readiness: int
    accuracy: int | None  # None: no answers in this category yet
    attempts: int


def _style_axis(axis: QValueAxis | QBarCategoryAxis | QDateTimeAxis, c: dict[str, str], font: QFont) -> None:
    axis.setLabelsBrush(QBrush(QColor(c["text"])))
    axis.setLabelsFont(font)
    axis.setLinePen(QPen(QColor(c["border"])))
    axis.setGridLinePen(QPen(QColor(c["border"]), 1, Qt.PenStyle.DotLine))
    axis.setTitleBrush(QBrush(QColor(c["muted"])))


def _style_chart(chart: QChart, c: dict[str, str]) -> None:
    chart.setBackgroundBrush(QBrush(QColor(c["card"])))
    chart.setBackgroundPen(QPen(Qt.PenStyle.NoPen))
    chart.setBackgroundRoundness(0)
    chart.setPlotAreaBackgroundVisible(False)
    chart.setTitleBrush(QBrush(QColor(c["text"])))
    chart.legend().setLabelColor(QColor(c["text"]))


class _ChartView(QChartView):
    def __init__(self, parent: QWidget | None = None):
        self.chart_ = QChart()
        super().__init__(self.chart_, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart_.setMargins(QMargins(4, 4, 4, 4))
        self.chart_.layout().setContentsMargins(0, 0, 0, 0)
        self.setStyleSheet("background: transparent;")

    def small_font(self) -> QFont:
        f = QFont(self.font())
        f.setPointSizeF(max(7.0, f.pointSizeF() * 0.9))
        return f


class CategoryChart(_ChartView):
    """Readiness at the call and accuracy per category, as horizontal bars (0-100 %)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.readiness_set = QBarSet(self.tr("Readiness at the call"))
        self.accuracy_set = QBarSet(self.tr("Accuracy so far"))
        self.series = QHorizontalBarSeries()
        # Bars are drawn bottom-up within a category: readiness on top, and first in the legend.
        self.series.append(self.accuracy_set)
        self.series.append(self.readiness_set)
        self.series.setLabelsVisible(True)
        self.series.setLabelsFormat("@value%")
        self.series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setBarWidth(0.8)
        self.chart_.addSeries(self.series)
        self.y_axis = QBarCategoryAxis()
        self.x_axis = QValueAxis()
        self.x_axis.setRange(0, 112)  # room for the "100%" labels outside the bars
        self.x_axis.setTickCount(2)
        self.x_axis.setVisible(False)
        self.chart_.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        self.chart_.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.series.attachAxis(self.y_axis)
        self.series.attachAxis(self.x_axis)
        self.chart_.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.chart_.legend().setReverseMarkers(True)
        self.series.hovered.connect(self._hovered)
        self.bars: list[CategoryBar] = []
        # QtCharts draws neither a bar nor its label for 0: a practised category at 0 % gets its "0%" here
        self.zero_labels: list[QGraphicsSimpleTextItem] = []
        self.chart_.plotAreaChanged.connect(lambda _r: self._place_zero_labels())
        self.apply_colors()

    def set_data(self, bars: Sequence[CategoryBar], *, at_call: bool = True) -> None:
        """``at_call``: readiness is for the call (else for tomorrow: no call date is set)."""
        self.readiness_set.setLabel(self.tr("Readiness at the call") if at_call else self.tr("Readiness for tomorrow"))
        self.bars = list(bars)
        shown = list(reversed(self.bars))  # the first category at the top
        self.readiness_set.remove(0, self.readiness_set.count())
        self.accuracy_set.remove(0, self.accuracy_set.count())
        self.readiness_set.append([float(b.readiness) for b in shown])
        self.accuracy_set.append([float(b.accuracy or 0) for b in shown])
        self.y_axis.clear()
        labels = []
        for b in shown:
            labels.append(b.name if b.attempts else fill(self.tr("%1 (not practised)"), b.name))
        self.y_axis.append(labels)
        self.setMinimumHeight(60 + 28 * len(self.bars))
        self._place_zero_labels()

    def _zeros(self) -> list[tuple[float, str]]:
        """Where a "0%" must be written: (y in category units, the text), for practised categories only (the
        readiness bar sits above the accuracy bar within its category)."""
        out = []
        for i, b in enumerate(reversed(self.bars)):
            if not b.attempts:
                continue  # "(not practised)" says it
            if b.readiness == 0:
                out.append((i + 0.2, "0%"))
            if b.accuracy == 0:
                out.append((i - 0.2, "0%"))
        return out

    def _place_zero_labels(self) -> None:
        zeros = self._zeros()
        while len(self.zero_labels) < len(zeros):
            item = QGraphicsSimpleTextItem(self.chart_)
            item.setZValue(10)
            self.zero_labels.append(item)
        c = theme.colors()
        font = self.small_font()
        for item, (y, text) in zip(self.zero_labels, zeros, strict=False):
            at = self.chart_.mapToPosition(QPointF(0, y), self.series)
            item.setText(text)
            item.setFont(font)
            item.setBrush(QBrush(QColor(c["text"])))
            h = item.boundingRect().height()
            item.setPos(at.x() + 4, at.y() - h / 2)
            item.show()
        for item in self.zero_labels[len(zeros):]:
            item.hide()

    def zero_label_texts(self) -> list[str]:
        """The "0%" labels drawn by hand (for tests)."""
        return [i.text() for i in self.zero_labels if i.isVisible()]

    def values(self) -> list[tuple[str, int, int | None]]:
        """What the chart shows, top to bottom: (category, readiness %, accuracy % or None)."""
        return [(b.name, b.readiness, b.accuracy) for b in self.bars]

    def apply_colors(self) -> None:
        c = theme.colors()
        _style_chart(self.chart_, c)
        font = self.small_font()
        _style_axis(self.y_axis, c, font)
        self.y_axis.setGridLineVisible(False)
        self.readiness_set.setColor(QColor(c["accent"]))
        self.readiness_set.setBorderColor(QColor(c["accent"]))
        acc = QColor(c["muted"])
        self.accuracy_set.setColor(acc)
        self.accuracy_set.setBorderColor(acc)
        for s in (self.readiness_set, self.accuracy_set):
            s.setLabelColor(QColor(c["text"]))
            s.setLabelFont(font)

    def _hovered(self, status: bool, index: int, barset: QBarSet) -> None:
        if not status or not (0 <= index < len(self.bars)):
            QToolTip.hideText()
            return
        b = list(reversed(self.bars))[index]
        acc = "—" if b.accuracy is None else f"{b.accuracy}%"
        text = (
            fill(self.tr("%1: readiness at the call %2%, accuracy %3 (%4 answers)"), b.name, str(b.readiness), acc, str(b.attempts))
        )
        QToolTip.showText(self.cursor().pos(), text, self)


class ReadinessChart(_ChartView):
    """Readiness at the call per day (``ProfileStats.days``), from the first day practised up to the call
    date, with the target line and the call date: one point per day, so two sessions minutes apart are one
    point, never a vertical line."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.line = QLineSeries()
        self.line.setName(self.tr("Readiness at the call"))
        self.points = QScatterSeries()
        self.points.setMarkerSize(8)
        self.target = QLineSeries()
        self.target.setName(fill(self.tr("Target %1%"), str(round(READY * 100))))
        self.call = QLineSeries()
        self.call.setName(self.tr("Call date"))
        for series in (self.target, self.call, self.line, self.points):
            self.chart_.addSeries(series)
        self.x_axis = QDateTimeAxis()
        self.x_axis.setFormat(fmt.pattern("d MMM"))
        self.y_axis = QValueAxis()
        self.y_axis.setRange(0, 100)
        self.y_axis.setTickCount(5)
        self.y_axis.setLabelFormat("%d%%")
        self.chart_.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart_.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.target, self.call, self.line, self.points):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        legend = self.chart_.legend()
        legend.setAlignment(Qt.AlignmentFlag.AlignTop)
        for marker in legend.markers(self.points):
            marker.setVisible(False)  # the points are the line's
        self.points.hovered.connect(self._hovered)
        self.days: list[tuple[date, float]] = []
        self.call_day: date | None = None
        self.setMinimumHeight(200)
        self.apply_colors()

    @staticmethod
    def _x(day: date) -> float:
        """A day's x: its local noon, so a point sits in the middle of its day."""
        return float(QDateTime(datetime.combine(day, time(12)).astimezone()).toMSecsSinceEpoch())

    def set_data(self, days: Sequence[tuple[date, float]], *, call_at: datetime | None = None,
                 today: date | None = None) -> None:
        """``days``: (day, readiness 0-1), oldest first; ``call_at``: the call, drawn when still to come."""
        today = today or datetime.now().astimezone().date()
        self.days = sorted(days)
        self.call_day = call_at.astimezone().date() if call_at and call_at.astimezone().date() >= today else None
        pts = [QPointF(self._x(d), 100.0 * r) for d, r in self.days]
        self.line.replace(pts)
        self.points.replace(pts)
        first = min([d for d, _ in self.days] + [today])
        last = max([today] + ([self.call_day] if self.call_day else []))
        if (last - first).days < 6:  # a week at least, so a first day is not one point filling the chart
            if self.call_day:
                first = last - timedelta(days=6)
            else:
                last = first + timedelta(days=6)
        lo, hi = self._x(first) - 43_200_000, self._x(last) + 43_200_000
        self.x_axis.setRange(QDateTime.fromMSecsSinceEpoch(int(lo)), QDateTime.fromMSecsSinceEpoch(int(hi)))
        span = (last - first).days + 1
        self.x_axis.setTickCount(min(8, span + 1) if span <= 7 else 6)
        self.target.replace([QPointF(lo, 100.0 * READY), QPointF(hi, 100.0 * READY)])
        x = self._x(self.call_day) if self.call_day else None
        self.call.replace([QPointF(x, 0.0), QPointF(x, 100.0)] if x is not None else [])
        for marker in self.chart_.legend().markers(self.call):
            marker.setVisible(x is not None)

    def apply_colors(self) -> None:
        c = theme.colors()
        _style_chart(self.chart_, c)
        font = self.small_font()
        _style_axis(self.x_axis, c, font)
        _style_axis(self.y_axis, c, font)
        self.chart_.legend().setFont(font)
        self.line.setPen(QPen(QColor(c["accent"]), 2))
        self.points.setColor(QColor(c["accent"]))
        self.points.setBorderColor(QColor(c["card"]))
        self.target.setPen(QPen(QColor(c["good"]), 1.5, Qt.PenStyle.DashLine))
        self.call.setPen(QPen(QColor(c["muted"]), 1.5, Qt.PenStyle.DotLine))

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        when = QDateTime.fromMSecsSinceEpoch(int(point.x())).toString(fmt.pattern("d MMM"))
        QToolTip.showText(self.cursor().pos(), fill(self.tr("%1: %2% ready"), when, f"{point.y():.0f}"), self)
