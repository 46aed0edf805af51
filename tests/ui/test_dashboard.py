"""Tableau de bord on the demo territory (today = 15/06/2025): every entry opens what it shows."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from gusp_desktop.domain.actions import ActionQuery, StatusChange
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.pages.dashboard import DashboardPage
from gusp_desktop.ui.settings import AppSettings

OVERDUE_BY_PILOT = {
    "MH": ["HM-25-010", "HM-25-018"],
    "PM": ["HM-25-005", "HM-25-015"],
    "SD": ["HM-25-002"],
    "VH": ["PR-25-029"],
    "VSA": ["CO-25-009"],
}


@pytest.fixture
def window(qtbot, demo_services, tasks, prompts, settings_path) -> MainWindow:
    window = create_main_window(
        demo_services, tasks, prompts, AppSettings(settings_path), "Fichier local : x"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def dashboard(window: MainWindow) -> DashboardPage:
    page = window.dashboard_page
    assert isinstance(page, DashboardPage)
    return page


def click_item(qtbot, tree: QTreeWidget, item: QTreeWidgetItem) -> None:
    tree.scrollToItem(item)
    rect = tree.visualItemRect(item)
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_lists_the_seven_overdue_actions_grouped_by_pilot(dashboard: DashboardPage) -> None:
    assert dashboard.overdue_actions() == OVERDUE_BY_PILOT
    groups = [
        dashboard.overdue_tree.topLevelItem(i).text(0)
        for i in range(dashboard.overdue_tree.topLevelItemCount())
    ]
    assert groups[0].startswith("MH — Marve Habitat") and groups[0].endswith(" (2)")
    assert "7 actions en retard" in dashboard.summary_label.text()
    assert "dimanche 15 juin 2025" in dashboard.summary_label.text()


def test_clicking_an_overdue_action_opens_it_in_the_plan(
    qtbot, window: MainWindow, dashboard: DashboardPage, demo_services
) -> None:
    group = dashboard.overdue_tree.topLevelItem(1)  # PM
    item = group.child(1)
    assert item.text(0).startswith("HM-25-015")
    click_item(qtbot, dashboard.overdue_tree, item)
    assert window.current_key() == "actions"
    plan = window.actions_page
    expected = demo_services.actions.get_by_number("HM-25-015").row
    assert plan.detail_panel.action_id == expected.id
    assert plan.detail_panel.heading_label.text().startswith("HM-25-015 — Rodéos")
    assert plan.model.row_at(plan.current_index().row()).id == expected.id
    assert plan.detail_panel.history_tree.topLevelItemCount() >= 2


def test_upcoming_seances_cover_the_next_sixty_days(
    qtbot, window: MainWindow, dashboard: DashboardPage, demo_services
) -> None:
    today = dt.date(2025, 6, 15)
    expected = demo_services.meetings.list_seances(
        from_date=today, to_date=today + dt.timedelta(days=60)
    )
    tree = dashboard.seances_tree
    assert tree.topLevelItemCount() == len(expected) > 0
    first = tree.topLevelItem(0)
    assert first.text(0).startswith(("lundi", "mardi", "mercredi", "jeudi", "vendredi"))
    assert " à " in first.text(0) and "2025" in first.text(0)
    opened: list[tuple[str, int]] = []
    dashboard.open_requested.connect(lambda entity, ident: opened.append((entity, ident)))
    click_item(qtbot, tree, first)
    assert opened[0] == ("seance", expected[0].id)
    assert window.current_key() == "seances"


def test_due_soon_lists_open_actions_of_the_next_thirty_days(
    dashboard: DashboardPage, demo_services
) -> None:
    numbers = [
        dashboard.due_soon_tree.topLevelItem(i).text(1).split(" — ")[0]
        for i in range(dashboard.due_soon_tree.topLevelItemCount())
    ]
    assert numbers
    for number in numbers:
        row = demo_services.actions.get_by_number(number).row
        assert dt.date(2025, 6, 15) <= row.deadline <= dt.date(2025, 7, 15)
        assert row.status not in (ActionStatus.REALISEE, ActionStatus.ABANDONNEE)


def test_charts_count_by_status_and_theme_and_open_the_plan(
    window: MainWindow, dashboard: DashboardPage, demo_services
) -> None:
    by_status = dict(dashboard.status_chart.counts)
    assert sum(by_status.values()) == 60
    assert by_status["Réalisée"] == demo_services.actions.count_actions(
        ActionQuery(statuses=(ActionStatus.REALISEE,))
    )
    assert sum(n for _, n in dashboard.theme_chart.counts) == 60
    dashboard.status_chart.bar_clicked.emit(2)  # « Réalisée »
    plan = window.actions_page
    assert window.current_key() == "actions"
    assert plan.model.query.statuses == (ActionStatus.REALISEE,)
    assert plan.model.rowCount() == by_status["Réalisée"]
    theme_index = [t for t, _ in dashboard.data.by_theme].index(Theme.ECLAIRAGE)
    dashboard.theme_chart.slice_clicked.emit(theme_index)
    assert plan.model.query.themes == (Theme.ECLAIRAGE,)
    assert plan.filter_bar.theme_combo.currentText() == Theme.ECLAIRAGE.label


def test_refreshes_when_an_action_is_closed_elsewhere(
    tasks, dashboard: DashboardPage, demo_services
) -> None:
    row = demo_services.actions.get_by_number("HM-25-002").row
    tasks.run(
        lambda: demo_services.actions.follow_up(
            row.id, row.version, StatusChange(status=ActionStatus.REALISEE, comment="Posées.")
        ),
        write=True,
    )
    assert "HM-25-002" not in sum(dashboard.overdue_actions().values(), [])
    assert "6 actions en retard" in dashboard.summary_label.text()
