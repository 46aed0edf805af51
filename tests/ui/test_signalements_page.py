"""The Signalements page and the dashboard's box, through the real widgets on the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.signalements import Channel, SignalementQuery, SignalementStatus
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.signalement import SignalementDialog, StatusDialog
from gusp_desktop.ui.pages.dashboard import DashboardPage
from gusp_desktop.ui.pages.signalements import OPEN, SignalementsPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.widgets.signalement_summary import ORGANISATION_FILTER, shown_counts
from tests.ui.helpers import type_text


@pytest.fixture
def page(qtbot: QtBot, page_context: PageContext) -> SignalementsPage:
    widget = SignalementsPage(page_context)
    qtbot.addWidget(widget)
    widget.show()
    widget.activateWindow()
    qtbot.waitExposed(widget)
    widget.refresh()
    return widget


def choose(combo: object, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_list_filters_agree_with_the_service(
    page: SignalementsPage, demo_services: Services
) -> None:
    records = demo_services.signalements.records
    assert page.model.rowCount() == len(records.list_signalements()) == 30
    page.overdue_check.setChecked(True)
    overdue = records.list_signalements(SignalementQuery(overdue_only=True))
    assert overdue and [r.id for r in page.model.rows] == [r.id for r in overdue]
    page.overdue_check.setChecked(False)
    choose(page.organisation_combo, "MH ")
    assert {r.organisation_code for r in page.model.rows} == {"MH"}
    choose(page.status_combo, "Traité")
    assert {r.status for r in page.model.rows} == {SignalementStatus.TRAITE}
    page.table.selectRow(0)
    assert page.detail is not None and "Historique" in page.detail_view.toPlainText()
    assert page.minimumSizeHint().width() < 1100  # fits a laptop beside the sidebar


def test_status_and_deadline_stay_in_sight_beside_long_places(page: SignalementsPage) -> None:
    """The place gives up width first: on a 1366 px screen beside the sidebar (the page about
    1190 px wide) the last column still ends inside the table."""
    page.resize(1190, 600)
    header = page.table.horizontalHeader()
    last = page.model.columnCount() - 1
    assert header.sectionViewportPosition(last) + header.sectionSize(last) <= (
        page.table.viewport().width()
    )
    assert "Choisissez un signalement" in page.detail_view.toPlainText()  # nothing selected


def test_intake_form_refuses_then_records_a_signalement(
    qtbot: QtBot,
    page: SignalementsPage,
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fake_exec(dialog: SignalementDialog) -> int:
        dialog.show()
        dialog.activateWindow()
        qtbot.waitExposed(dialog)
        choose(dialog.channel_combo, Channel.GARDIEN.label)
        choose(dialog.category_combo, "Ascenseur en panne")
        choose(dialog.quartier_combo, "HM ")
        choose(dialog.site_combo, "Tour Aubépines A")
        type_text(dialog.description_edit, "Ascenseur bloqué au 7e")
        type_text(dialog.reporter_edit, "Jeanne Habitante")
        type_text(dialog.latitude_edit, "95")
        type_text(dialog.longitude_edit, "3,5")
        dialog.save_button().click()
        assert "Latitude hors limites" in dialog.form.error_text("coordinates")
        dialog.latitude_edit.setText("50,36")
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(SignalementDialog, "exec", fake_exec)
    page.new_record()
    created = page.selected()
    assert created is not None and created.description == "Ascenseur bloqué au 7e"
    assert (created.organisation_code, created.channel, created.latitude) == (
        "MH",
        Channel.GARDIEN,
        50.36,
    )
    assert "Jeanne" not in " ".join(page.model.data(page.model.index(0, c)) for c in range(10))
    assert "Jeanne Habitante" in page.detail_view.toPlainText()
    assert demo_services.signalements.records.get(created.id).reporter is not None


def test_status_change_needs_a_reason_to_reject_and_actions_link(
    qtbot: QtBot,
    page: SignalementsPage,
    demo_services: Services,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    choose(page.status_combo, "Reçu")
    page.table.selectRow(0)
    row = page.selected()
    assert row is not None

    def fake_exec(dialog: StatusDialog) -> int:
        choose(dialog.status_combo, "Rejeté")
        dialog.save_button().click()
        assert dialog.form.error_text("status") == "Indiquez le motif du rejet."
        type_text(dialog.reason_edit, "Hors du périmètre GUSP")
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(StatusDialog, "exec", fake_exec)
    qtbot.keyClick(page.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    stored = demo_services.signalements.records.get_row(row.id)
    assert (stored.status, stored.status_reason) == (
        SignalementStatus.REJETE,
        "Hors du périmètre GUSP",
    )

    select_data_text(page, OPEN)
    target = next(r for r in page.model.rows if not r.action_number and r.organisation_code)
    page.table.selectRow(page.model.row_of(target.id))
    qtbot.keyClick(page.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    linked = demo_services.signalements.records.get_row(target.id)
    assert linked.action_number
    action = demo_services.actions.get_by_number(linked.action_number)
    assert f"Signalement n° {target.id}" in action.row.origin_note
    assert page.selected() is not None and page.selected().action_number == linked.action_number


def select_data_text(page: SignalementsPage, value: object) -> None:
    page.status_combo.setCurrentIndex(page.status_combo.findData(value))


def test_attach_to_an_action_by_number(
    page: SignalementsPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    target = next(r for r in page.model.rows if not r.action_number)
    number = demo_services.actions.list_actions()[0].number
    page.table.selectRow(page.model.row_of(target.id))
    prompts.answers.append(number)
    page.attach_button.click()
    assert demo_services.signalements.records.get_row(target.id).action_number == number


def test_dashboard_counts_open_and_overdue_by_organisation(
    qtbot: QtBot, page_context: PageContext, demo_services: Services
) -> None:
    dashboard = DashboardPage(page_context)
    qtbot.addWidget(dashboard)
    dashboard.refresh()
    shown = shown_counts(dashboard.signalements_tree)
    rows = demo_services.signalements.records.list_signalements(SignalementQuery(open_only=True))
    expected: dict[str, tuple[int, int]] = {}
    for row in rows:
        opened, late = expected.get(row.organisation_code, (0, 0))
        expected[row.organisation_code] = (opened + 1, late + int(row.overdue))
    assert shown == expected and sum(late for _, late in shown.values()) > 0
    requested: list[tuple[str, int]] = []
    dashboard.open_requested.connect(lambda kind, ident: requested.append((kind, ident)))
    item = dashboard.signalements_tree.topLevelItem(0)
    assert item is not None
    dashboard.signalements_tree.itemActivated.emit(item, 0)
    assert requested and requested[0][0] == ORGANISATION_FILTER
