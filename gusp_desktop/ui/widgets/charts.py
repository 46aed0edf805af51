"""Small clickable count charts for the dashboard (QtCharts from PySide6-Addons).

Each bar or slice is an entry point: clicking it opens the plan d'actions filtered on what it
counts, so the chart is a way in, not a picture.
"""

from __future__ import annotations

import math

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QPieSeries,
    QPieSlice,
    QValueAxis,
)
from PySide6.QtCore import QMargins, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

PALETTE = ("#2b5797", "#e3a21a", "#00a300", "#b91d47", "#7e3878", "#1e7145", "#ff0097",
           "#00aba9", "#603cba", "#da532c")  # fmt: skip


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


class CountBarChart(QChartView):
    """Vertical bars, one per category."""

    #: Index of the clicked category.
    bar_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart().legend().hide()
        self.counts: list[tuple[str, int]] = []

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        """Replace the bars."""
        self.counts = list(counts)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet("")
        bars.setColor(QColor(PALETTE[0]))
        bars.append([float(n) for _, n in counts])
        series = QBarSeries()
        series.append(bars)
        series.setLabelsVisible(True)
        series.clicked.connect(self._on_series_clicked)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _ in counts])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setRange(0, max([n for _, n in counts] + [1]) * 1.15)
        values.setLabelFormat("%d")
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)

    @Slot(int, QBarSet)
    def _on_series_clicked(self, index: int, _bars: QBarSet) -> None:
        self.bar_clicked.emit(index)


class CountPieChart(QChartView):
    """A pie with its legend, one slice per non-empty category."""

    #: Index (in the counts given) of the clicked slice.
    slice_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        self.counts: list[tuple[str, int]] = []

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        """Replace the slices (empty categories are left out of the pie)."""
        self.counts = list(counts)
        chart = self.chart()
        chart.removeAllSeries()
        series = QPieSeries()
        for index, (label, count) in enumerate(counts):
            if count <= 0:
                continue
            pie_slice = series.append(f"{label} ({count})", float(count))
            pie_slice.setColor(QColor(PALETTE[index % len(PALETTE)]))
            pie_slice.setProperty("count_index", index)
        series.clicked.connect(self._on_series_clicked)
        chart.addSeries(series)

    @Slot(QPieSlice)
    def _on_series_clicked(self, pie_slice: QPieSlice) -> None:
        index = pie_slice.property("count_index")
        if isinstance(index, int):
            self.slice_clicked.emit(index)


def nice_scale(largest: float) -> tuple[float, int]:
    """A round top for a value axis (1, 2 or 5 × 10ⁿ per step) and its tick count."""
    step = 10 ** math.floor(math.log10(largest / 4)) if largest > 4 else 1.0
    for factor in (1, 2, 5, 10):
        if largest / (step * factor) <= 5:
            step *= factor
            break
    intervals = math.ceil(largest / step)
    return step * intervals, intervals + 1


class PlannedRealisedChart(QChartView):
    """Two bars per category, planned beside realised (the ATFPB bilan, axis by axis).

    The bars only draw the amounts; the exact figures stay in the tables beside the chart.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(_chart(), parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.chart().legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        self.values: list[tuple[str, float, float]] = []

    def set_values(self, values: list[tuple[str, float, float]], names: tuple[str, str]) -> None:
        """Replace the bars: (category, planned, realised) and the two series' names."""
        self.values = list(values)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        series = QBarSeries()
        columns = ([p for _, p, _ in values], [r for _, _, r in values])
        for index, (name, amounts_of_set) in enumerate(zip(names, columns, strict=True)):
            bars = QBarSet(name)
            bars.setColor(QColor(PALETTE[index]))
            bars.append(amounts_of_set)
            series.append(bars)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([label for label, _, _ in values])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        amounts = QValueAxis()
        top, ticks = nice_scale(max([max(p, r) for _, p, r in values] + [1.0]))
        amounts.setRange(0, top)
        amounts.setTickCount(ticks)
        amounts.setLabelFormat("%.0f")
        chart.addAxis(amounts, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(amounts)
