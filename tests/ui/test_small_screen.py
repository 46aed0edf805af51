"""A 1920 × 1080 laptop at 150 % leaves 1280 × 720 logical pixels: every page must fit it.

Measured in the application's own style (Fusion pads buttons more than Qt's default). Each
page sits in a scroll area that scrolls only when the window is smaller than the page can
shrink to; at 1280 × 720 none may need to, and on a smaller screen (1366 × 768 at 150 %:
911 × 512) the window still fits, its pages scrolling instead of being cut.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea
from pytestqt.qtbot import QtBot

from gusp_desktop.services.registry import Services
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.pages.seances.seance_list import ID_ROLE
from tests.ui.test_main_window import open_window

SCREEN = (1280, 720)
SMALLER = (911, 512)


@pytest.fixture
def window(
    qtbot: QtBot, qapp: QApplication, demo_services: Services, tasks, prompts, settings_path
) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    from gusp_desktop.ui.theme import apply_theme

    style, palette = qapp.style().name() or "fusion", qapp.palette()
    apply_theme(qapp, dark=False)
    try:
        yield open_window(qtbot, demo_services, tasks, prompts, settings_path)
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)


def _room(window: MainWindow) -> tuple[int, int, int, int]:
    """(page's minimum width, room, minimum height, room) of the page shown."""
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    page, viewport = window.current_page().minimumSizeHint(), area.viewport().size()
    return page.width(), viewport.width(), page.height(), viewport.height()


def _assert_fits(window: MainWindow, what: str) -> None:
    width, room_width, height, room_height = _room(window)
    assert width <= room_width and height <= room_height, (what, width, height)
    assert (window.width(), window.height()) == SCREEN, what


def test_every_page_fits_1280_by_720_without_scrolling(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(*SCREEN)
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(20)
        _assert_fits(window, key)


def test_every_seance_tab_fits_1280_by_720_without_scrolling(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    seances = demo_services.meetings.list_seances()
    walk = next(s for s in seances if s.instance_code.startswith("DEM"))
    window.resize(*SCREEN)
    window.open_item("seance", walk.id)
    tabs = window.seances_page.seance_view.tabs
    qtbot.waitUntil(lambda: tabs.count() >= 6)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        qtbot.wait(20)
        _assert_fits(window, tabs.tabText(index))


def test_a_smaller_screen_scrolls_the_page_instead_of_cutting_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(*SMALLER)
    window.show_page("seances")
    qtbot.wait(20)
    assert (window.width(), window.height()) == SMALLER
    area = window.stack.currentWidget()
    assert isinstance(area, QScrollArea)
    assert area.verticalScrollBar().maximum() > 0  # the page is reachable, not cut
    window.resize(*SCREEN)
    qtbot.wait(20)
    assert area.verticalScrollBar().maximum() == 0
    assert area.horizontalScrollBar().maximum() == 0


def test_at_1280_by_720_the_seance_list_shows_every_column_whole(
    qtbot: QtBot, window: MainWindow, demo_services: Services
) -> None:
    """The sidebar's titles give way (icons only) and the minutes' statuses say « CR » so the
    list keeps « État » readable beside a walk's « Terrain » tab, the widest; on a wider
    window the statuses are whole again."""
    seances = demo_services.meetings.list_seances()
    walk = next(s for s in seances if s.instance_code.startswith("DEM"))
    window.resize(*SCREEN)
    window.open_item("seance", walk.id)
    tabs = window.seances_page.seance_view.tabs
    qtbot.waitUntil(lambda: tabs.count() >= 6)
    tabs.setCurrentIndex(tabs.count() - 1)
    qtbot.wait(20)
    tree = window.seances_page.seance_tree
    header, metrics = tree.header(), tree.fontMetrics()
    groups = [tree.topLevelItem(g) for g in range(tree.topLevelItemCount())]
    rows = [group.child(r) for group in groups for r in range(group.childCount())]
    assert len(rows) == len(seances)
    for column in range(tree.columnCount()):
        widest = max(metrics.horizontalAdvance(row.text(column)) for row in rows)
        assert widest < header.sectionSize(column), tree.headerItem().text(column)
    last = tree.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        tree.viewport().width()
    )
    by_id = {s.id: s for s in seances}
    shown = {row.text(last) for row in rows}
    assert "CR validé" in shown and "Convoquée" in shown
    window.resize(1700, 900)
    qtbot.waitUntil(lambda: "Compte rendu validé" in {row.text(last) for row in rows})
    for row in rows:
        assert row.text(last) == by_id[row.data(0, ID_ROLE)].status.label
