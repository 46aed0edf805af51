"""Tableau de bord on the demo territory (today = 15/06/2025): every entry opens what it shows."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QTreeWidget, QTreeWidgetItem, QWidget

from gusp_desktop.domain.actions import ActionQuery, StatusChange
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.pages import dashboard as dashboard_module
from gusp_desktop.ui.pages.dashboard import DashboardPage
from gusp_desktop.ui.settings import AppSettings

LEFT = Qt.MouseButton.LeftButton
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
    window.resize(1400, 900)  # a desktop's window (the test screen is 800 × 600)
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
    assert group is not None
    item = group.child(1)
    assert item is not None
    assert item.text(0).startswith("HM-25-015")
    click_item(qtbot, dashboard.overdue_tree, item)
    qtbot.waitUntil(lambda: window.current_key() == "actions", timeout=3000)
    plan = window.actions_page
    expected = demo_services.actions.get_by_number("HM-25-015").row
    assert plan.detail_panel.action_id == expected.id
    assert plan.detail_panel.heading_label.text().startswith("HM-25-015 — Rodéos")
    assert plan.model.row_at(plan.current_index().row()).id == expected.id
    assert plan.detail_panel.history_view.entry_count() >= 2


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
    assert first is not None
    assert first.text(0).startswith(("lundi", "mardi", "mercredi", "jeudi", "vendredi"))
    assert " à " in first.text(0) and "2025" in first.text(0)
    opened: list[tuple[str, int]] = []
    dashboard.open_requested.connect(lambda entity, ident: opened.append((entity, ident)))
    click_item(qtbot, tree, first)
    qtbot.waitUntil(lambda: window.current_key() == "seances", timeout=3000)
    assert opened == [("seance", expected[0].id)]


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
    assert dashboard.data is not None
    assert [status for status, _n in dashboard.data.by_status] == list(ActionStatus)
    assert dashboard.data.by_theme == [  # every theme in its order, those without action too
        (theme, demo_services.actions.count_actions(ActionQuery(themes=(theme,))))
        for theme in Theme
    ]
    dashboard.status_chart.bar_clicked.emit(2)  # « Réalisée »
    plan = window.actions_page
    assert window.current_key() == "actions"
    assert plan.model.query.statuses == (ActionStatus.REALISEE,)
    assert plan.model.rowCount() == by_status["Réalisée"]
    theme_index = [t for t, _ in dashboard.data.by_theme].index(Theme.ECLAIRAGE)
    dashboard.theme_chart.bar_clicked.emit(theme_index)
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


def send_mouse(widget: QWidget, kind: QEvent.Type, global_pos: QPointF) -> None:
    """One mouse event of the left button, as the system delivers it to ``widget``."""
    local = widget.mapFromGlobal(global_pos)
    buttons = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseButtonRelease else LEFT
    event = QMouseEvent(kind, local, global_pos, LEFT, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def double_click_as_the_system_does(window: MainWindow, tree: QTreeWidget, item) -> None:
    """A double-click whose second click goes to whatever is under the mouse by then."""
    tree.scrollToItem(item)
    visible = tree.visualItemRect(item).intersected(tree.viewport().rect())  # a narrow window
    where = QPointF(tree.viewport().mapToGlobal(visible.center()))
    send_mouse(tree.viewport(), QEvent.Type.MouseButtonPress, where)
    send_mouse(tree.viewport(), QEvent.Type.MouseButtonRelease, where)
    under_mouse = window.childAt(window.mapFromGlobal(where.toPoint()))
    assert under_mouse is not None
    for kind in (
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseButtonRelease,
    ):
        send_mouse(under_mouse, kind, where)


def test_a_click_opens_the_seance_under_the_cursor(
    qtbot, window: MainWindow, dashboard: DashboardPage
) -> None:
    tree = dashboard.seances_tree
    item = tree.topLevelItem(2)
    assert item is not None
    wanted = item.data(0, Qt.ItemDataRole.UserRole)[1]
    opened: list[tuple[str, int]] = []
    dashboard.open_requested.connect(lambda entity, ident: opened.append((entity, ident)))
    click_item(qtbot, tree, item)
    qtbot.waitUntil(lambda: window.current_key() == "seances", timeout=3000)
    assert opened == [("seance", wanted)]
    seances = window.seances_page
    assert seances.current_seance_id() == wanted
    assert seances.seance_view.seance is not None and seances.seance_view.seance.id == wanted


def plan_more_seances(services, count: int) -> None:
    """Upcoming séances enough for the dashboard list to reach the séance list's rows."""
    from gusp_desktop.domain.meetings import SeanceData

    instance_id = services.instances.list_instances()[0].id
    for day in range(count):
        starts = dt.datetime(2025, 7, 1 + day, 9, 30)
        services.meetings.create_seance(SeanceData(instance_id=instance_id, starts_at=starts))


@pytest.mark.parametrize("row", [0, 2, 5, 8])
def test_a_double_click_opens_the_seance_under_the_cursor_once(
    qtbot, window: MainWindow, dashboard: DashboardPage, demo_services, monkeypatch, row: int
) -> None:
    from gusp_desktop.ui.dialogs.seance import SeanceDialog

    monkeypatch.setattr(SeanceDialog, "exec", lambda _dialog: 0)  # nothing may ask; never block
    plan_more_seances(demo_services, 8)
    window.resize(780, 760)
    dashboard.refresh()
    tree = dashboard.seances_tree
    item = tree.topLevelItem(row)
    wanted = item.data(0, Qt.ItemDataRole.UserRole)[1]
    opened: list[tuple[str, int]] = []
    dashboard.open_requested.connect(lambda entity, ident: opened.append((entity, ident)))

    double_click_as_the_system_does(window, tree, item)

    qtbot.waitUntil(lambda: window.current_key() == "seances", timeout=3000)
    qtbot.wait(QApplication.doubleClickInterval() + 100)  # nothing else may follow
    assert opened == [("seance", wanted)]
    seances = window.seances_page
    assert seances.current_seance_id() == wanted
    assert seances.seance_view.seance is not None and seances.seance_view.seance.id == wanted


def test_enter_opens_the_selected_entry_at_once(
    qtbot, window: MainWindow, dashboard: DashboardPage
) -> None:
    tree = dashboard.seances_tree
    item = tree.topLevelItem(1)
    assert item is not None
    wanted = item.data(0, Qt.ItemDataRole.UserRole)[1]
    tree.setFocus()
    tree.setCurrentItem(item)
    qtbot.keyClick(tree, Qt.Key.Key_Return)
    assert window.current_key() == "seances"
    assert window.seances_page.current_seance_id() == wanted


def test_constats_to_qualify_by_walk_open_the_walk(
    qtbot, window: MainWindow, dashboard: DashboardPage, demo_services
) -> None:
    from gusp_desktop.domain.field_work import ConstatQuery, ConstatStatus

    waiting = demo_services.field_work.constats.list_constats(
        ConstatQuery(status=ConstatStatus.A_QUALIFIER)
    )
    tree = dashboard.constats_tree
    shown = [item for i in range(tree.topLevelItemCount()) if (item := tree.topLevelItem(i))]
    counts = [int(item.text(2)) for item in shown]
    assert sum(counts) == len(waiting) > 0
    by_walk = {r.seance_id for r in waiting}
    refs = {item.data(0, Qt.ItemDataRole.UserRole)[1] for item in shown}
    assert refs == by_walk
    first = shown[0]
    click_item(qtbot, tree, first)
    qtbot.waitUntil(lambda: window.current_key() == "seances", timeout=3000)
    assert window.seances_page.current_seance_id() == first.data(0, Qt.ItemDataRole.UserRole)[1]


def test_the_count_says_when_restricted_seances_are_left_out(dashboard: DashboardPage) -> None:
    assert dashboard.data is not None and not dashboard.data.seances_hidden  # a coordinator
    assert "[information restreinte]" not in dashboard.summary_label.text()
    dashboard._show(dataclasses.replace(dashboard.data, seances_hidden=True))
    text = dashboard.summary_label.text()
    assert "séances restreintes non affichées : [information restreinte]" in text


def test_due_soon_lists_the_nearest_then_opens_the_plan_on_the_others(
    qtbot, monkeypatch, window: MainWindow, dashboard: DashboardPage, demo_services
) -> None:
    today = dt.date(2025, 6, 15)
    period = dashboard_module.due_soon_query(today)
    total = demo_services.actions.count_actions(period)
    assert total >= 3
    assert dashboard.due_soon_more() is None  # the demo's few fit the list
    monkeypatch.setattr(dashboard_module, "DUE_SOON_SHOWN", 2)
    with qtbot.waitSignal(dashboard.loaded, timeout=5000):
        dashboard.refresh()
    tree = dashboard.due_soon_tree
    assert tree.topLevelItemCount() == 3
    nearest = demo_services.actions.list_actions(dataclasses.replace(period, limit=2))
    shown = [tree.topLevelItem(i).text(1).split(" — ")[0] for i in range(2)]
    assert shown == [row.number for row in nearest]
    more = dashboard.due_soon_more()
    assert more is not None and more is tree.topLevelItem(2)
    others = total - 2
    assert more.text(1) == f"… et {others} autre{'s' if others > 1 else ''} : voir le plan"
    click_item(qtbot, tree, more)
    qtbot.waitUntil(lambda: window.current_key() == "actions", timeout=3000)
    plan = window.actions_page
    query = plan.model.query
    assert (query.deadline_from, query.deadline_to) == (today, today + dt.timedelta(days=30))
    assert query.statuses == period.statuses
    qtbot.waitUntil(lambda: plan.model.rowCount() == total, timeout=3000)
    # The plan's filter bar knows the period's statuses as its « open » choice.
    from gusp_desktop.ui.widgets.action_filters import OPEN_STATUSES

    assert period.statuses == OPEN_STATUSES
