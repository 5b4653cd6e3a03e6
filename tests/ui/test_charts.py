"""The dashboard's per-category chart: a practised category at 0 % still says 0 % (QtCharts draws no bar
and no label for 0)."""

from __future__ import annotations

from verify_coach.ui.widgets.charts import CategoryBar, CategoryChart


def test_zero_percent_is_written_for_practised_categories_only(qtbot):
    chart = CategoryChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    chart.set_data([CategoryBar("Identity", 40, 0, 5), CategoryBar("Employment", 70, 80, 6),
                    CategoryBar("Rate", 0, None, 0)])
    chart.show()
    qtbot.waitExposed(chart)
    assert chart.zero_label_texts() == ["0%"]  # Identity's accuracy; Rate is "(not practised)" instead
    (item,) = [i for i in chart.zero_labels if i.isVisible()]
    plot = chart.chart_.plotArea()
    assert plot.contains(item.pos()) or plot.adjusted(-2, -2, 60, 2).contains(item.pos())
    chart.set_data([CategoryBar("Identity", 40, 50, 5)])
    assert chart.zero_label_texts() == []  # gone once it is not 0 any more


def test_over_time_is_readiness_per_day_up_to_the_call_with_a_target_and_a_legend(qtbot):
    from datetime import date, datetime, timedelta

    from PySide6.QtCore import QDateTime

    from verify_coach.ui.widgets.charts import ReadinessChart

    chart = ReadinessChart()
    qtbot.addWidget(chart)
    chart.resize(600, 300)
    today = date(2026, 12, 7)
    call = datetime(2026, 12, 14, 15, 0).astimezone()
    chart.set_data([(today - timedelta(days=2), 0.41), (today, 0.63)], call_at=call, today=today)
    chart.show()
    qtbot.waitExposed(chart)
    # One point per day, in percent, at the day's noon: two sessions minutes apart never make a vertical line.
    xs = [chart.line.at(i).x() for i in range(chart.line.count())]
    assert [round(chart.line.at(i).y()) for i in range(chart.line.count())] == [41, 63]
    assert len(set(xs)) == 2 and xs == sorted(xs)
    # The axis runs from the first day to the call date, and the call is drawn as a vertical line on its day.
    lo, hi = chart.x_axis.min().toMSecsSinceEpoch(), chart.x_axis.max().toMSecsSinceEpoch()
    call_x = chart.call.at(0).x()
    assert lo < xs[0] < xs[1] < call_x < hi
    assert QDateTime.fromMSecsSinceEpoch(int(call_x)).date().toPython() == call.date()
    # The target line spans the chart at 80 %, and the legend names the three lines.
    assert {chart.target.at(i).y() for i in range(chart.target.count())} == {80.0}
    shown = [m.label() for m in chart.chart_.legend().markers() if m.isVisible()]
    assert shown == ["Target 80%", "Call date", "Readiness at the call"]

    # A call already past is not drawn (nor in the legend); a first day alone still gets a week of axis.
    chart.set_data([(today, 0.5)], call_at=call - timedelta(days=30), today=today)
    assert chart.call.count() == 0
    assert [m.label() for m in chart.chart_.legend().markers() if m.isVisible()] == ["Target 80%",
                                                                                      "Readiness at the call"]
    span = chart.x_axis.max().toMSecsSinceEpoch() - chart.x_axis.min().toMSecsSinceEpoch()
    assert span >= 7 * 86_400_000
