"""ATFPB page: create a convention, a programme line on axis 4 linked to an action, realise
it, and see the chart and the bilan follow; a refused amount shows why and writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.actions import ActionDraft
from gusp_desktop.domain.directory import OrganisationData
from gusp_desktop.domain.enums import OrganisationType, Realisation, Theme
from gusp_desktop.domain.territory import QuartierData
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.atfpb import AmountDialog, ConventionDialog, LineDialog, RealiseDialog
from gusp_desktop.ui.dialogs.fields import select_data
from gusp_desktop.ui.pages.atfpb import MISSING, AtfpbPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.ui.helpers import page_context


def answering(fill: Callable[[QDialog], None]) -> Callable[[QDialog], bool]:
    """A dialog runner that fills the form as a user would, then presses OK."""

    def run(dialog: QDialog) -> bool:
        fill(dialog)
        return True

    return run


def _territory(services: Services) -> str:
    """A bailleur, a quartier and one action there; returns the action's number."""
    bailleur = services.directory.create_organisation(
        OrganisationData("MH", "Marve Habitat", OrganisationType.BAILLEUR)
    ).value
    quartier = services.territory.create_quartier(QuartierData("HM", "Les Hauts")).value
    action = services.actions.create(
        ActionDraft("Encombrants en pied de tour", quartier.id, Theme.PROPRETE, bailleur.id)
    ).value
    return action.number


def _fill_convention(dialog: QDialog) -> None:
    assert isinstance(dialog, ConventionDialog)
    dialog.start_spin.setValue(2025)
    dialog.end_spin.setValue(2027)
    dialog.logements_spin.setValue(500)


def _amount(text: str) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, AmountDialog)
        dialog.amount_edit.setText(text)

    return fill


def _line(number: str) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, LineDialog)
        select_data(dialog.axis_combo, "4")
        dialog.title_edit.setText("Enlèvement hebdomadaire des encombrants")
        dialog.planned_edit.setText("12 000")
        dialog.actions_edit.setText(number)

    return fill


def _realise(amount: str) -> Callable[[QDialog], None]:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, RealiseDialog)
        dialog.realised_edit.setText(amount)
        select_data(dialog.status_combo, Realisation.PARTIEL.value)
        dialog.reason_edit.setPlainText("Marché notifié en mars.")

    return fill


def test_convention_line_realisation_and_chart(
    qtbot: QtBot,
    empty_services: Services,
    tasks: ImmediateTaskRunner,
    prompts: ScriptedPrompts,
    settings_path: Path,
) -> None:
    services = empty_services
    number = _territory(services)
    page = AtfpbPage(page_context(services, tasks, prompts, settings_path))
    qtbot.addWidget(page)
    page.year_spin.setValue(2025)
    page.refresh()
    assert not page.buttons["line"].isEnabled()
    assert page.summary_label.text().startswith("Aucune convention ATFPB")

    page.run_dialog = answering(_fill_convention)
    page.new_convention()
    assert page.convention_combo.currentText().startswith("MH – HM (2025–2027)")
    page.run_dialog = answering(_amount("100 000"))
    page.set_amount()
    page.run_dialog = answering(_line(number))
    page.edit_line(None)

    assert page.lines_table.rowCount() == 1
    assert page.lines_table.item(0, 5).text() == number
    assert page.lines_table.item(0, 6).text() == "Réalisation non renseignée"
    assert page.lines_table.item(0, 1).background().color() == MISSING
    assert page.chart.values[3] == ("4", 12000.0, 0.0)

    page.lines_table.selectRow(0)
    page.run_dialog = answering(_realise("9 500,50"))
    page.realise_selected()

    bilan = page.bilan
    assert bilan is not None and str(bilan.realised_total) == "9500.50"
    assert page.chart.values[3] == ("4", 12000.0, 9500.5)
    assert page.axes_table.item(3, 2).text() == "9\u202f500,50 €"
    assert page.lines_table.item(0, 4).text() == "Partiellement réalisé"
    assert page.lines_table.item(0, 6).text() == ""
    assert "9,5\u00a0%" in page.summary_label.text()
    line = services.atfpb.programme.lines(bilan.convention.id, 2025)[0]
    assert line.action_numbers == (number,) and line.status is Realisation.PARTIEL
    assert prompts.shown == []

    page.run_dialog = answering(_realise("-5"))
    page.realise_selected()
    assert prompts.shown and prompts.shown[-1][1] == "Saisie refusée"
    assert "négatif" in prompts.shown[-1][2]
    assert services.atfpb.programme.get(line.id) == line


def test_plan_filters_by_atfpb_axis(page_context: PageContext, qtbot: QtBot) -> None:
    from gusp_desktop.domain.actions import ActionQuery
    from gusp_desktop.domain.enums import AtfpbAxis
    from gusp_desktop.ui.widgets.action_filters import ActionFilterBar

    services = page_context.services
    expected = {
        r.number
        for r in services.actions.list_actions(ActionQuery())
        if r.atfpb_axis is AtfpbAxis.ANIMATION
    }
    bar = ActionFilterBar()
    qtbot.addWidget(bar)
    select_data(bar.axis_combo, AtfpbAxis.ANIMATION.value)
    query = bar.apply_to(ActionQuery())
    assert query.axes == (AtfpbAxis.ANIMATION,)
    found = {r.number for r in services.actions.list_actions(query)}
    assert found == expected and len(found) >= 2
    bar.reset()
    assert bar.apply_to(ActionQuery()).axes == ()
