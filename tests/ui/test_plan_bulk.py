"""Changing several actions at once from the plan: confirmation, history per action, undo."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt

from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.bulk_change import BulkChangeDialog
from gusp_desktop.ui.pages.actions import ActionsPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.helpers import type_text

CHOSEN = ("HM-25-002", "HM-25-005", "CO-25-009")  # en cours / à engager, all open


@pytest.fixture
def page(qtbot, page_context: PageContext) -> ActionsPage:
    page = ActionsPage(page_context)
    qtbot.addWidget(page)
    page.resize(1150, 640)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


def numbers(page: ActionsPage) -> list[str]:
    return [page.model.row_at(r).number for r in range(page.model.rowCount())]


def select(qtbot, page: ActionsPage, wanted: tuple[str, ...]) -> None:
    modifier = Qt.KeyboardModifier.NoModifier
    for number in wanted:
        index = page.model.index(numbers(page).index(number), 1)
        page.table_view.scrollTo(index)
        rect = page.table_view.visualRect(index)
        qtbot.mouseClick(
            page.table_view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center()
        )
        modifier = Qt.KeyboardModifier.ControlModifier
    assert sorted(r.number for r in page.plan_view.selected_rows()) == sorted(wanted)


def run_dialog(monkeypatch, fill: Callable[[BulkChangeDialog], None]) -> list[str]:
    errors: list[str] = []

    def fake_exec(dialog: BulkChangeDialog) -> int:
        fill(dialog)
        errors.append(dialog.error_label.text() if dialog.error_label.isVisibleTo(dialog) else "")
        return dialog.result()

    monkeypatch.setattr(BulkChangeDialog, "exec", fake_exec)
    return errors


def statuses(services: Services) -> dict[str, ActionStatus]:
    return {n: services.actions.get_by_number(n).row.status for n in CHOSEN}


def test_status_change_on_three_actions_is_confirmed_recorded_and_undone(
    qtbot, page: ActionsPage, demo_services: Services, prompts: ScriptedPrompts, monkeypatch
) -> None:
    before = statuses(demo_services)
    history = {n: len(demo_services.actions.get_by_number(n).history) for n in CHOSEN}

    def fill(dialog: BulkChangeDialog) -> None:
        assert dialog.windowTitle() == "Modifier 3 actions"
        combo = dialog.status_combo
        combo.setCurrentIndex(combo.findData(ActionStatus.REPORTEE))
        combo.activated.emit(combo.currentIndex())  # picking the state ticks its box
        assert dialog.status_check.isChecked()
        type_text(dialog.comment_edit, "Reportées après le comité de juin.")
        dialog.apply_button.click()

    run_dialog(monkeypatch, fill)
    prompts.answers.append(True)
    select(qtbot, page, CHOSEN)
    assert page.commands.bulk_action.isEnabled()
    page.commands.bulk_action.trigger()
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("confirm", "Modifications groupées")
    assert text.startswith("Appliquer à 3 actions ?") and "Reportée" in text
    assert set(statuses(demo_services).values()) == {ActionStatus.REPORTEE}
    for number in CHOSEN:
        detail = demo_services.actions.get_by_number(number)
        last = detail.history[-1]
        assert len(detail.history) == history[number] + 1
        assert (last.field, last.new_value, last.author) == ("status", "Reportée", "claire")
        assert last.comment == "Reportées après le comité de juin."
    shown = {page.model.row_at(r).number: page.model.row_at(r).status for r in range(60)}
    assert {shown[n] for n in CHOSEN} == {ActionStatus.REPORTEE}
    assert sorted(r.number for r in page.plan_view.selected_rows()) == sorted(CHOSEN)

    assert page.undo_stack.count() == 1
    assert page.undo_stack.undoText().startswith("Modification de 3 actions")
    page.undo_stack.undo()
    assert statuses(demo_services) == before
    assert all(
        demo_services.actions.get_by_number(n).history[-1].comment
        == "Modification groupée annulée."
        for n in CHOSEN
    )
    page.undo_stack.redo()
    assert set(statuses(demo_services).values()) == {ActionStatus.REPORTEE}


def test_a_refused_state_names_the_action_and_changes_nothing(
    qtbot, page: ActionsPage, demo_services: Services, monkeypatch
) -> None:
    def fill(dialog: BulkChangeDialog) -> None:
        dialog.status_check.setChecked(True)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ActionStatus.REPORTEE))
        dialog.apply_button.click()
        dialog.reject()

    errors = run_dialog(monkeypatch, fill)
    select(qtbot, page, ("HM-25-001", "HM-25-002"))  # HM-25-001 is réalisée
    page.commands.bulk_action.trigger()
    assert errors[0].startswith("HM-25-001 : Une action « Réalisée » ne peut pas passer")
    assert demo_services.actions.get_by_number("HM-25-002").row.status is ActionStatus.EN_COURS
    assert page.undo_stack.count() == 0


def test_pilot_theme_and_deadline_shift_are_undone_action_by_action(
    qtbot, page: ActionsPage, demo_services: Services, prompts: ScriptedPrompts, monkeypatch
) -> None:
    before = {n: demo_services.actions.get_by_number(n).row for n in CHOSEN}

    def fill(dialog: BulkChangeDialog) -> None:
        dialog.pilot_check.setChecked(True)
        dialog.pilot_combo.setCurrentIndex(
            dialog.pilot_combo.findText("VSA", Qt.MatchFlag.MatchStartsWith)
        )
        dialog.theme_check.setChecked(True)
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.TRANQUILLITE))
        dialog.shift_check.setChecked(True)
        dialog.shift_spin.setValue(2)  # weeks
        dialog.apply_button.click()

    run_dialog(monkeypatch, fill)
    prompts.answers.append(True)
    select(qtbot, page, CHOSEN)
    page.commands.bulk_action.trigger()
    after = {n: demo_services.actions.get_by_number(n).row for n in CHOSEN}
    for number in CHOSEN:
        assert after[number].pilot_organisation_code == "VSA"
        assert after[number].theme is Theme.TRANQUILLITE
        moved, was = after[number].deadline, before[number].deadline
        assert moved is not None and was is not None
        assert (moved - was).days == 14
    page.undo_stack.undo()
    for number in CHOSEN:
        row = demo_services.actions.get_by_number(number).row
        assert row.pilot_organisation_id == before[number].pilot_organisation_id
        assert row.pilot_contact_id == before[number].pilot_contact_id
        assert row.theme is before[number].theme
        assert row.deadline == before[number].deadline


def test_cancelling_the_confirmation_writes_nothing(
    qtbot, page: ActionsPage, demo_services: Services, prompts: ScriptedPrompts, monkeypatch
) -> None:
    before = statuses(demo_services)

    def fill(dialog: BulkChangeDialog) -> None:
        dialog.status_check.setChecked(True)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ActionStatus.REPORTEE))
        dialog.apply_button.click()

    run_dialog(monkeypatch, fill)
    prompts.answers.append(False)
    select(qtbot, page, CHOSEN)
    page.commands.bulk_action.trigger()
    assert statuses(demo_services) == before
    assert page.undo_stack.count() == 0
