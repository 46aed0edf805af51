"""Plan d'actions page on the demo territory: filters, SQL sort, status change in the table."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QComboBox
from sqlalchemy import select

from gusp_desktop.db.models import Action, ActionUpdate
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.models.action_table import COLUMNS, STATUS_COLUMN
from gusp_desktop.ui.pages.actions import ActionsPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.helpers import type_text

DEADLINE_COLUMN = [c.sort_key for c in COLUMNS].index("deadline")


@pytest.fixture
def page(qtbot, page_context: PageContext) -> ActionsPage:
    page = ActionsPage(page_context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def numbers(page: ActionsPage) -> list[str]:
    return [page.model.row_at(r).number for r in range(page.model.rowCount())]


def history(services: Services, number: str) -> list[ActionUpdate]:
    with services.context.read() as session:
        action_id = session.scalar(select(Action.id).where(Action.number == number))
        query = select(ActionUpdate).where(ActionUpdate.action_id == action_id)
        return list(session.scalars(query.order_by(ActionUpdate.sequence)))


def select_number(qtbot, page: ActionsPage, number: str) -> int:
    row = numbers(page).index(number)
    rect = page.table_view.visualRect(page.model.index(row, 1))
    page.table_view.scrollTo(page.model.index(row, 1))
    rect = page.table_view.visualRect(page.model.index(row, 1))
    qtbot.mouseClick(page.table_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return row


def test_shows_every_demo_action_with_overdue_rows_highlighted(page: ActionsPage) -> None:
    assert page.model.rowCount() == 60
    assert page.count_label.text() == "60 actions"
    tinted = {
        page.model.row_at(r).number: page.model.row_at(r)
        for r in range(60)
        if page.model.index(r, 0).data(Qt.ItemDataRole.BackgroundRole) is not None
    }
    # Overdue rows are highlighted; restricted ones (the cellule de veille's) are tinted too.
    late = [number for number, row in tinted.items() if not row.is_restricted]
    assert sorted(late) == sorted(
        ["HM-25-002", "HM-25-005", "HM-25-010", "HM-25-015", "HM-25-018", "CO-25-009", "PR-25-029"]
    )
    restricted = [page.model.row_at(r) for r in range(60) if page.model.row_at(r).is_restricted]
    assert restricted and all(row.number in tinted for row in restricted)


def test_free_text_with_accents_filters_in_sql(qtbot, page: ActionsPage) -> None:
    page.filter_bar.search_edit.setFocus()
    with qtbot.waitSignal(page.model.loaded, timeout=3000):
        type_text(page.filter_bar.search_edit, "ÉCLAIRAGE vandalisé")
    assert page.filter_bar.search_edit.text() == "ÉCLAIRAGE vandalisé"
    assert numbers(page) == ["HM-25-024"]
    assert page.count_label.text() == "1 action"
    page.filter_bar.search_edit.clear()
    with qtbot.waitSignal(page.model.loaded, timeout=3000):
        type_text(page.filter_bar.search_edit, "jeu à ressort")
    assert numbers(page) == ["HM-25-031"]


def test_typing_runs_one_query_per_pause_not_per_key(qtbot, page: ActionsPage) -> None:
    loads: list[bool] = []
    page.model.loaded.connect(lambda: loads.append(True))
    type_text(page.filter_bar.search_edit, "encombrants")
    assert loads == []  # still within the 150 ms pause
    qtbot.waitUntil(lambda: loads == [True], timeout=3000)


def test_combined_filters(qtbot, page: ActionsPage) -> None:
    bar = page.filter_bar
    bar.quartier_combo.setCurrentIndex(bar.quartier_combo.findData("HM"))
    bar.theme_combo.setCurrentIndex(bar.theme_combo.findData(Theme.PROPRETE.value))
    assert all(n.startswith("HM-") for n in numbers(page))
    assert "HM-25-001" in numbers(page) and "HM-25-013" not in numbers(page)
    sites = [bar.site_combo.itemText(i) for i in range(1, bar.site_combo.count())]
    assert sites and all(s.startswith("HM — ") for s in sites)
    bar.overdue_check.setChecked(True)
    assert sorted(numbers(page)) == ["HM-25-002", "HM-25-005", "HM-25-010"]
    bar.pilot_combo.setCurrentIndex(bar.pilot_combo.findData("PM"))
    assert numbers(page) == ["HM-25-005"]
    qtbot.mouseClick(bar.reset_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 60


def test_status_and_deadline_range_filters(page: ActionsPage) -> None:
    import datetime as dt

    bar = page.filter_bar
    bar.status_combo.setCurrentIndex(bar.status_combo.findData(ActionStatus.REPORTEE.value))
    assert page.model.rowCount() == 4
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("open"))
    bar.deadline_check.setChecked(True)
    bar.from_date_edit.setDate(QDate(2025, 6, 1))
    bar.to_date_edit.setDate(QDate(2025, 6, 30))
    shown = [page.model.row_at(r) for r in range(page.model.rowCount())]
    assert shown
    deadlines = [r.deadline for r in shown]
    assert all(
        d is not None and dt.date(2025, 6, 1) <= d <= dt.date(2025, 6, 30) for d in deadlines
    )
    assert all(r.status not in (ActionStatus.REALISEE, ActionStatus.ABANDONNEE) for r in shown)


def test_header_click_sorts_by_deadline_descending(qtbot, page: ActionsPage) -> None:
    header = page.table_view.horizontalHeader()
    x = header.sectionViewportPosition(DEADLINE_COLUMN) + header.sectionSize(DEADLINE_COLUMN) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    if page.model.query.descending is False:  # first click sorts ascending on most styles
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.query.sort_key == "deadline"
    assert page.model.query.descending is True
    rows = [page.model.row_at(r) for r in range(60)]
    deadlines = [r.deadline for r in rows if r.deadline is not None]
    assert deadlines == sorted(deadlines, reverse=True)
    assert deadlines[0].isoformat() == "2025-12-31"


def test_selecting_a_row_shows_its_detail_and_history(qtbot, page: ActionsPage) -> None:
    select_number(qtbot, page, "HM-25-038")
    panel = page.detail_panel
    assert panel.heading_label.text() == "HM-25-038 — Portage des courses pendant les pannes"
    assert "Marve Habitat" in panel.value_text("pilot")
    assert panel.value_text("atfpb").startswith("7 – Animation")
    assert "2025" in panel.value_text("deadline")
    assert panel.history_view.entry_count() >= 2


def edit_status(qtbot, page: ActionsPage, number: str, status: ActionStatus) -> None:
    row = select_number(qtbot, page, number)
    index = page.model.index(row, STATUS_COLUMN)
    page.table_view.edit(index)
    editor = page.table_view.findChild(QComboBox, "status_editor")
    assert editor is not None
    position = editor.findData(status.value)
    editor.setCurrentIndex(position)
    editor.activated.emit(position)


def test_status_change_in_the_table_is_recorded_in_history(
    qtbot, page: ActionsPage, prompts: ScriptedPrompts, demo_services: Services
) -> None:
    before = history(demo_services, "HM-25-015")
    prompts.answers.append("Patrouilles communes terminées, rodéos en baisse.")
    edit_status(qtbot, page, "HM-25-015", ActionStatus.REALISEE)
    assert prompts.shown[-1][0:2] == ("text", "Changement d'état")
    after = history(demo_services, "HM-25-015")
    assert len(after) == len(before) + 1
    entry = after[-1]
    assert entry.status == ActionStatus.REALISEE
    assert entry.comment == "Patrouilles communes terminées, rodéos en baisse."
    assert entry.author == "claire"
    assert entry.progress == 100
    row = numbers(page).index("HM-25-015")
    assert page.model.index(row, STATUS_COLUMN).data() == "Réalisée"
    assert page.model.index(row, 0).data(Qt.ItemDataRole.BackgroundRole) is None
    assert page.detail_panel.history_view.entry_count() == len(after)


def test_forbidden_transition_shows_the_french_rule(
    qtbot, page: ActionsPage, prompts: ScriptedPrompts, demo_services: Services
) -> None:
    before = history(demo_services, "HM-25-001")  # réalisée
    edit_status(qtbot, page, "HM-25-001", ActionStatus.REPORTEE)
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("error", "Changement d'état refusé")
    assert text.startswith("Une action « Réalisée » ne peut pas passer à « Reportée »")
    assert len(history(demo_services, "HM-25-001")) == len(before)


def test_cancelling_the_comment_changes_nothing(
    qtbot, page: ActionsPage, prompts: ScriptedPrompts, demo_services: Services
) -> None:
    before = history(demo_services, "HM-25-002")
    prompts.answers.append(None)
    edit_status(qtbot, page, "HM-25-002", ActionStatus.REALISEE)
    assert len(history(demo_services, "HM-25-002")) == len(before)
    row = numbers(page).index("HM-25-002")
    assert page.model.index(row, STATUS_COLUMN).data() == "En cours"


def test_a_change_made_elsewhere_reloads_the_table(
    page: ActionsPage, tasks, demo_services: Services
) -> None:
    from gusp_desktop.domain.actions import StatusChange

    tasks.data_changed.connect(page.on_changes)  # as the main window does
    page.filter_bar.overdue_check.setChecked(True)
    assert page.model.rowCount() == 7
    target = demo_services.actions.get_by_number("CO-25-009").row
    tasks.run(
        lambda: demo_services.actions.follow_up(
            target.id,
            target.version,
            StatusChange(status=ActionStatus.REALISEE, outcome="Rochers posés."),
        ),
        write=True,
        initiator=object(),
    )
    assert page.model.rowCount() == 6
    assert "CO-25-009" not in numbers(page)


def test_works_with_the_threaded_runner(
    qtbot, demo_services: Services, prompts, page_context: PageContext
) -> None:
    from gusp_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    page = ActionsPage(replace(page_context, tasks=runner))
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.refresh()
    assert page.model.rowCount() == 60
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        type_text(page.filter_bar.search_edit, "tags")
    qtbot.waitUntil(lambda: numbers(page) == ["HM-25-039"], timeout=5000)
    prompts.answers.append("Tags effacés.")
    edit_status(qtbot, page, "HM-25-039", ActionStatus.REALISEE)
    qtbot.waitUntil(
        lambda: history(demo_services, "HM-25-039")[-1].status == ActionStatus.REALISEE,
        timeout=5000,
    )
    qtbot.waitUntil(lambda: page.model.index(0, STATUS_COLUMN).data() == "Réalisée", timeout=5000)
    runner.shutdown()
