"""The dashboard's count charts: readable scales, full labels, clicks that open what was clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt

from gusp_desktop.ui.widgets.charts import CountBarChart, nice_scale

COUNTS = [
    ("Propreté, déchets, encombrants", 12),
    ("Stationnement, épaves, voirie", 8),
    ("Abandonnée", 1),
    ("Espaces verts, aires de jeux", 0),
]


def test_round_scales_have_whole_steps() -> None:
    for largest in (1, 3, 7, 29, 33, 60, 99, 1234):
        top, ticks = nice_scale(largest)
        step = top / (ticks - 1)
        assert top >= largest and step == int(step) and step > 0
        assert ticks <= 7


def shown_chart(qtbot, width: int = 600) -> CountBarChart:
    chart = CountBarChart()
    qtbot.addWidget(chart)
    chart.set_counts(COUNTS)
    chart.resize(width, chart.minimumHeight())
    chart.show()
    qtbot.waitExposed(chart)
    return chart


def test_every_category_has_its_row_and_clicking_it_reports_its_index(qtbot) -> None:
    chart = shown_chart(qtbot)
    assert chart.minimumHeight() >= len(COUNTS) * CountBarChart.ROW_HEIGHT
    for index in range(len(COUNTS)):
        with qtbot.waitSignal(chart.bar_clicked, timeout=1000) as clicked:
            qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=chart.row_rect(index).center())
        assert clicked.args == [index]
    assert chart.row_at(chart.height() + 50) == -1


def test_keyboard_moves_between_bars_and_opens_one(qtbot) -> None:
    chart = shown_chart(qtbot)
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    qtbot.keyClick(chart, Qt.Key.Key_Down)
    with qtbot.waitSignal(chart.bar_clicked, timeout=1000) as opened:
        qtbot.keyClick(chart, Qt.Key.Key_Return)
    assert opened.args == [1]


def test_labels_are_drawn_in_full_when_there_is_room(qtbot) -> None:
    chart = shown_chart(qtbot, width=700)
    metrics = chart.fontMetrics()
    widest = max(metrics.horizontalAdvance(label) for label, _ in COUNTS)
    assert chart._label_width(metrics) >= widest
    assert "Propreté, déchets, encombrants : 12" in chart.accessibleDescription()
