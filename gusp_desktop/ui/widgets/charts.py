"""Small clickable count charts for the dashboard and the ATFPB page (QtCharts from PySide6-Addons).

Each bar is an entry point: clicking it opens the plan d'actions filtered on what it
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
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

PALETTE = ("#2b5797", "#e3a21a", "#00a300", "#b91d47", "#7e3878", "#1e7145", "#ff0097",
           "#00aba9", "#603cba", "#da532c")  # fmt: skip


def _chart() -> QChart:
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    return chart


class CountBarChart(QWidget):
    """Horizontal bars, one per category: the label in full on the left, the count after.

    Drawn by hand rather than with QtCharts, whose category axis cuts long French labels
    (« Stationnement, épaves, voirie ») to « … » and hides the figure of a bar of 1. Each row is
    clickable and reachable from the keyboard (arrows, Entrée), like a short list.
    """

    #: Index of the clicked category (in the counts given).
    bar_clicked = Signal(int)

    #: Height of one category's row.
    ROW_HEIGHT = 22
    _GAP = 8

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts: list[tuple[str, int]] = []
        self.current = -1
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_counts(self, counts: list[tuple[str, int]]) -> None:
        """Replace the bars (first category at the top)."""
        self.counts = list(counts)
        self.current = min(self.current, len(self.counts) - 1)
        self.setMinimumHeight(self.ROW_HEIGHT * max(1, len(self.counts)) + self._GAP)
        self.setAccessibleDescription("; ".join(f"{label} : {n}" for label, n in self.counts))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self.minimumHeight())

    def row_at(self, y: int) -> int:
        """Index of the category drawn at height ``y``, or -1."""
        index = (y - self._GAP // 2) // self.ROW_HEIGHT
        return index if 0 <= index < len(self.counts) else -1

    def row_rect(self, index: int) -> QRect:
        """Where category ``index`` is drawn (tests click its centre)."""
        return QRect(0, self._GAP // 2 + index * self.ROW_HEIGHT, self.width(), self.ROW_HEIGHT)

    def _label_width(self, metrics: QFontMetrics) -> int:
        widest = max((metrics.horizontalAdvance(label) for label, _ in self.counts), default=0)
        return min(widest + self._GAP, self.width() // 2)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        label_width = self._label_width(metrics)
        figures = metrics.horizontalAdvance(str(max((n for _, n in self.counts), default=0)))
        room = max(1, self.width() - label_width - figures - 2 * self._GAP)
        largest = max((n for _, n in self.counts), default=0) or 1
        palette = self.palette()
        for index, (label, count) in enumerate(self.counts):
            row = self.row_rect(index)
            if index == self.current and self.hasFocus():
                painter.fillRect(row, palette.highlight().color().lighter(180))
            text_rect = QRect(0, row.top(), label_width - self._GAP, row.height())
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width())
            painter.setPen(palette.text().color())
            flags = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            painter.drawText(text_rect, flags, elided)
            length = round(room * count / largest)
            bar = QRect(label_width, row.top() + 4, length, row.height() - 8)
            painter.fillRect(bar, QColor(PALETTE[0]))
            figure_rect = QRect(bar.right() + 4, row.top(), figures + self._GAP, row.height())
            painter.drawText(figure_rect, Qt.AlignmentFlag.AlignVCenter, str(count))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            index = self.row_at(event.pos().y())
            if index >= 0:
                label, count = self.counts[index]
                QToolTip.showText(event.globalPos(), f"{label} : {count}", self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        hovering = self.row_at(int(event.position().y())) >= 0
        cursor = Qt.CursorShape.PointingHandCursor if hovering else Qt.CursorShape.ArrowCursor
        self.setCursor(cursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        index = self.row_at(int(event.position().y()))
        if event.button() == Qt.MouseButton.LeftButton and index >= 0:
            self.current = index
            self.update()
            self.bar_clicked.emit(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.counts:
            step = 1 if key == Qt.Key.Key_Down else -1
            self.current = max(0, min(len(self.counts) - 1, self.current + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.current >= 0:
            self.bar_clicked.emit(self.current)
        else:
            super().keyPressEvent(event)


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
