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
