"""The plan page a coordinator lives in: columns, remembered state, grouping, form and follow-up."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMenu

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.action_form import ActionFormDialog
from gusp_desktop.ui.dialogs.follow_up import PlanFollowUpDialog
from gusp_desktop.ui.models.action_columns import COLUMNS, DEFAULT_COLUMNS, header_text
from gusp_desktop.ui.pages.actions import ActionsPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.ui.helpers import type_text

DEADLINE = [c.sort_key for c in COLUMNS].index("deadline")
SITE = [c.sort_key for c in COLUMNS].index("site")
PARTNERS = [header_text(i) for i in range(len(COLUMNS))].index("Partenaires")


def build_page(qtbot, context: PageContext, width: int = 1150) -> ActionsPage:
    """A plan page as the window builds it, shown at the room a 1366×768 screen leaves."""
    page = ActionsPage(context)
    qtbot.addWidget(page)
    page.resize(width, 640)
    page.show()
    qtbot.waitExposed(page)
    page.refresh()
    return page


@pytest.fixture
def page(qtbot, page_context: PageContext) -> ActionsPage:
    return build_page(qtbot, page_context)


def shown_columns(page: ActionsPage) -> list[str]:
    header = page.table_view.horizontalHeader()
    visible = [i for i in range(header.count()) if not header.isSectionHidden(i)]
    return [header_text(i) for i in sorted(visible, key=header.visualIndex)]


def numbers(page: ActionsPage) -> list[str]:
    return [page.model.row_at(r).number for r in range(page.model.rowCount())]


def click_row(qtbot, page: ActionsPage, number: str, modifier=Qt.KeyboardModifier.NoModifier):
    row = numbers(page).index(number)
    index = page.model.index(row, 1)
    page.table_view.scrollTo(index)
    rect = page.table_view.visualRect(index)
    qtbot.mouseClick(page.table_view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    return rect


def run_form(monkeypatch, fill: Callable[[ActionFormDialog], None]) -> list[ActionFormDialog]:
    """Replace the form's modal loop: ``fill`` types into the real widgets and saves."""
    seen: list[ActionFormDialog] = []

    def fake_exec(dialog: ActionFormDialog) -> int:
        seen.append(dialog)
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(ActionFormDialog, "exec", fake_exec)
    return seen


# -- columns and layout ------------------------------------------------------------------


def test_default_columns_fit_beside_the_detail_without_scrolling(page: ActionsPage) -> None:
    assert shown_columns(page) == ["N°", "Action", "Quartier", "Pilote", "Échéance", "État",
                                   "Avancement"]  # fmt: skip
    assert len(DEFAULT_COLUMNS) == 7
    table = page.table_view
    assert not table.horizontalScrollBar().isVisible()
    title = page.model.index(numbers(page).index("HM-25-005"), 1)
    assert table.visualRect(title).width() >= 150  # the title keeps a readable width
    assert "Dépôt sauvage" in title.data(Qt.ItemDataRole.ToolTipRole)
    assert page.detail_panel.width() >= 300


def test_detail_panel_gives_way_without_squeezing_the_table(page: ActionsPage) -> None:
    splitter = page.splitter
    splitter.setSizes([200, 2000])  # the user drags the handle far to the left
    assert page.plan_view.width() >= 480
    assert not splitter.isCollapsible(0)


def test_column_chooser_shows_hidden_columns(qtbot, page: ActionsPage) -> None:
    menu = page.plan_view.column_chooser.menu()
    titles = {a.text(): a for a in menu.actions() if a.isCheckable()}
    assert not titles["Partenaires"].isChecked() and titles["Pilote"].isChecked()
    titles["Partenaires"].trigger()
    assert "Partenaires" in shown_columns(page)
    row = numbers(page).index("CO-25-009")
    assert page.model.index(row, PARTNERS).data() == "SD"
    menu.deleteLater()


def test_the_last_column_cannot_be_hidden(page: ActionsPage) -> None:
    chooser = page.plan_view.column_chooser
    for column in DEFAULT_COLUMNS[1:]:
        chooser.set_visible(column, False)
    menu = chooser.menu()
    number = next(a for a in menu.actions() if a.text() == "N°")
    assert number.isChecked() and not number.isEnabled()
    menu.deleteLater()


def test_sorting_on_a_column_sql_cannot_sort_keeps_the_order(qtbot, page: ActionsPage) -> None:
    page.plan_view.column_chooser.set_visible(PARTNERS, True)
    header = page.table_view.horizontalHeader()
    before = numbers(page)
    header.setSortIndicator(PARTNERS, Qt.SortOrder.DescendingOrder)
    assert header.sortIndicatorSection() == 0
    assert page.model.query.sort_key == "number" and numbers(page) == before


# -- state across restarts -----------------------------------------------------------------


def test_columns_filters_sort_grouping_and_selection_survive_a_restart(
    qtbot, demo_services: Services, tasks: ImmediateTaskRunner, settings_path: Path
) -> None:
    context = PageContext(demo_services, tasks, ScriptedPrompts(), AppSettings(settings_path))
    page = build_page(qtbot, context)
    header = page.table_view.horizontalHeader()
    page.plan_view.column_chooser.set_visible(SITE, True)
    header.moveSection(header.visualIndex(SITE), 1)
    header.resizeSection(SITE, 140)
    bar = page.filter_bar
    bar.quartier_combo.setCurrentIndex(bar.quartier_combo.findData("HM"))
    bar.status_combo.setCurrentIndex(bar.status_combo.findData("open"))
    header.setSortIndicator(DEADLINE, Qt.SortOrder.DescendingOrder)
    shown = numbers(page)
    click_row(qtbot, page, shown[2])
    click_row(qtbot, page, shown[4], Qt.KeyboardModifier.ControlModifier)
    chosen = {shown[2], shown[4]}
    page.close()
    page.deleteLater()
    QApplication.processEvents()

    again = build_page(
        qtbot, PageContext(demo_services, tasks, ScriptedPrompts(), AppSettings(settings_path))
    )
    assert shown_columns(again)[:2] == ["N°", "Site"]
    assert again.table_view.horizontalHeader().sectionSize(SITE) == 140
    assert again.filter_bar.quartier_combo.currentData() == "HM"
    assert again.filter_bar.status_combo.currentData() == "open"
    assert again.model.query.sort_key == "deadline" and again.model.query.descending
    assert again.table_view.horizontalHeader().sortIndicatorSection() == DEADLINE
    assert numbers(again) == shown
    assert {r.number for r in again.plan_view.selected_rows()} == chosen
    assert again.detail_panel.action_id in {r.id for r in again.plan_view.selected_rows()}


def test_grouping_by_pilot_is_remembered_and_reads_a_group_when_opened(
    qtbot, demo_services: Services, tasks: ImmediateTaskRunner, settings_path: Path
) -> None:
    context = PageContext(demo_services, tasks, ScriptedPrompts(), AppSettings(settings_path))
    page = build_page(qtbot, context)
    page.filter_bar.overdue_check.setChecked(True)
    page.group_combo.setCurrentIndex(page.group_combo.findData("pilot"))
    assert page.plan_view.grouped()
    labels = [g.label for g in page.group_model.groups()]
    assert labels and all(" — " in label for label in labels)
    assert sum(g.count for g in page.group_model.groups()) == 7
    assert page.count_label.text() == "7 actions"
    pm = next(r for r, g in enumerate(page.group_model.groups()) if g.label.startswith("PM "))
    tree = page.plan_view.group_view
    tree.expand(page.group_model.index(pm, 0))
    child = page.group_model.index(0, 0, page.group_model.index(pm, 0))
    assert page.group_model.row_at(child).pilot_organisation_code == "PM"
    tree.setCurrentIndex(child)
    assert page.detail_panel.action_id == page.group_model.row_at(child).id
    page.close()
    page.deleteLater()

    again = build_page(
        qtbot, PageContext(demo_services, tasks, ScriptedPrompts(), AppSettings(settings_path))
    )
    assert again.group_by() == "pilot" and again.plan_view.grouped()
    assert [g.label for g in again.group_model.groups()] == labels


# -- the form ------------------------------------------------------------------------------


def test_ctrl_n_creates_an_action_from_the_plan(
    qtbot, page: ActionsPage, demo_services: Services, monkeypatch
) -> None:
    def fill(dialog: ActionFormDialog) -> None:
        assert dialog.windowTitle() == "Nouvelle action"
        assert dialog.quartier_combo.isEnabled()
        starts = Qt.MatchFlag.MatchStartsWith
        dialog.quartier_combo.setCurrentIndex(dialog.quartier_combo.findText("PR", starts))
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.ECLAIRAGE))
        org = dialog.organisation_combo.findText("VSA", starts)
        dialog.organisation_combo.setCurrentIndex(org)
        dialog.cost_edit.setText("1 250,50")
        type_text(dialog.description_edit, "Deux candélabres à remplacer côté école.")
        dialog.save_button().click()
        assert dialog.form.error_text("title") == "L'intitulé de l'action est obligatoire."
        type_text(dialog.title_edit, "Éclairer l'allée des Tilleuls")
        dialog.save_button().click()

    seen = run_form(monkeypatch, fill)
    page.table_view.setFocus()
    qtbot.keyClick(page.table_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    created = demo_services.actions.list_actions(ActionQuery(text="allée des Tilleuls"))
    assert len(created) == 1
    action = created[0]
    assert action.number.startswith("PR-25-") and action.pilot_organisation_code == "VSA"
    assert str(action.cost) == "1250.50"
    assert page.detail_panel.action_id == action.id
    assert [r.id for r in page.plan_view.selected_rows()] == [action.id]


def test_double_click_edits_pilot_and_deadline_and_the_history_shows_both(
    qtbot, page: ActionsPage, demo_services: Services, monkeypatch
) -> None:
    before = demo_services.actions.get_by_number("HM-25-038")
    assert before.row.pilot_organisation_code == "MH"

    def fill(dialog: ActionFormDialog) -> None:
        assert dialog.windowTitle() == "Modifier l'action HM-25-038"
        assert dialog.title_edit.text() == before.row.title
        assert dialog.partner_list.value() == before.partner_ids
        starts = Qt.MatchFlag.MatchStartsWith
        dialog.organisation_combo.setCurrentIndex(dialog.organisation_combo.findText("VSA", starts))
        dialog.deadline.set_value(dt.date(2025, 11, 30))
        dialog.priority_combo.setCurrentIndex(dialog.priority_combo.findText("Haute"))
        dialog.partner_list.set_checked(_org(demo_services, "MH"), True)
        type_text(dialog.indicator_edit, "nombre de foyers aidés")
        dialog.save_button().click()

    seen = run_form(monkeypatch, fill)
    rect = click_row(qtbot, page, "HM-25-038")
    qtbot.mouseDClick(page.table_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert len(seen) == 1
    after = demo_services.actions.get_by_number("HM-25-038")
    assert after.row.pilot_organisation_code == "VSA"
    assert after.row.initial_deadline == dt.date(2025, 11, 30)
    assert after.row.indicator == "nombre de foyers aidés"
    assert _org(demo_services, "MH") in after.partner_ids
    new = after.history[len(before.history) :]
    changes = {e.field: (e.old_value, e.new_value, e.author) for e in new}
    assert changes["pilot_organisation_id"][1:] == ("Ville de Saint-Aubrin (VSA)", "claire")
    assert changes["pilot_organisation_id"][0].endswith("(MH)")
    assert changes["initial_deadline"][1:] == ("30/11/2025", "claire")
    assert changes["priority"][1] == "Haute"
    shown = page.detail_panel.history_view.entry_texts()
    assert len(shown) == len(after.history)
    assert any("Pilote : " in t and "→ Ville de Saint-Aubrin (VSA)" in t for t in shown)
    assert any("Échéance initiale : " in t and "→ 30/11/2025" in t for t in shown)
    assert all("claire" in t for t in shown[len(before.history) :])
    row = numbers(page).index("HM-25-038")
    assert page.model.index(row, 5).data() == "VSA"


def test_enter_and_the_context_menu_open_the_same_form(
    qtbot, page: ActionsPage, monkeypatch
) -> None:
    seen = run_form(monkeypatch, lambda dialog: dialog.reject())
    click_row(qtbot, page, "CO-25-009")
    qtbot.keyClick(page.table_view, Qt.Key.Key_Return)
    assert [d.windowTitle() for d in seen] == ["Modifier l'action CO-25-009"]
    menu = page.commands.menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts[:3] == ["Modifier…", "Point de suivi…", "Dupliquer…"]
    next(a for a in menu.actions() if a.text() == "Dupliquer…").trigger()
    assert seen[-1].windowTitle() == "Dupliquer l'action CO-25-009"
    assert seen[-1].title_edit.text() == "Retirer les gravats, poser des rochers (copie)"
    page.detail_panel.buttons.itemAt(0).widget().click()  # « Modifier » in the detail
    assert seen[-1].windowTitle() == "Modifier l'action CO-25-009"
    menu.deleteLater()


def test_a_lecteur_gets_no_command(qtbot, demo_services, tasks, settings_path) -> None:
    import dataclasses

    from gusp_desktop.domain.enums import UserRole

    user = dataclasses.replace(demo_services.context.user, role=UserRole.LECTEUR)
    services = dataclasses.replace(
        demo_services, context=dataclasses.replace(demo_services.context, user=user)
    )
    context = PageContext(services, tasks, ScriptedPrompts(), AppSettings(settings_path))
    page = build_page(qtbot, context)
    click_row(qtbot, page, "CO-25-009")
    assert not page.can_create()
    assert not any(a.isEnabled() for a in page.commands.actions())


def test_an_invalid_cost_is_shown_beside_its_field(
    qtbot, page: ActionsPage, demo_services: Services, monkeypatch
) -> None:
    errors: list[str] = []

    def fill(dialog: ActionFormDialog) -> None:
        dialog.cost_edit.setText("beaucoup")
        dialog.save_button().click()
        errors.append(dialog.form.error_text("cost"))
        dialog.cost_edit.setText("-5")
        dialog.save_button().click()
        errors.append(dialog.form.error_text("cost"))
        dialog.reject()

    run_form(monkeypatch, fill)
    before = demo_services.actions.get_by_number("CO-25-009").row
    click_row(qtbot, page, "CO-25-009")
    page.commands.edit_action.trigger()
    assert errors[0].startswith("Montant illisible : « beaucoup »")
    assert errors[1] == "Le coût ne peut pas être négatif."
    assert demo_services.actions.get_by_number("CO-25-009").row.version == before.version


def _org(services: Services, code: str) -> int:
    return next(o.id for o in services.directory.list_organisations() if o.code == code)


# -- follow-up -----------------------------------------------------------------------------


def run_follow_up(monkeypatch, fill: Callable[[PlanFollowUpDialog], None]) -> None:
    def fake_exec(dialog: PlanFollowUpDialog) -> int:
        fill(dialog)
        return dialog.result()

    monkeypatch.setattr(PlanFollowUpDialog, "exec", fake_exec)


def test_follow_up_records_progress_and_a_postponement_with_its_reason(
    qtbot, page: ActionsPage, demo_services: Services, monkeypatch, prompts: ScriptedPrompts
) -> None:
    messages: list[str] = []

    def fill(dialog: PlanFollowUpDialog) -> None:
        assert dialog.windowTitle() == "Suivi de l'action CO-25-009"
        assert not dialog.action_combo.isVisibleTo(dialog)  # chosen in the plan already
        assert dialog.heading_label.text().endswith("En cours, 60\u00a0%, échéance : 31/05/2025")
        dialog.progress.set_value(75)
        dialog.revised.enabled_check.setChecked(True)
        dialog.revised.date_edit.setDate(QDate(2025, 9, 30))
        dialog.save_button().click()
        messages.append(dialog.form.error_text("deadline_reason"))
        type_text(dialog.reason_edit, "attente du passage de l'entreprise")
        dialog.save_button().click()

    run_follow_up(monkeypatch, fill)
    click_row(qtbot, page, "CO-25-009")
    page.commands.follow_up_action.trigger()
    assert messages == ["Indiquez le motif du report."]
    detail = demo_services.actions.get_by_number("CO-25-009")
    assert detail.row.progress == 75
    assert detail.row.revised_deadline == dt.date(2025, 9, 30)
    entries = {e.field: e for e in detail.history if e.author == "claire"}
    assert entries["revised_deadline"].reason == "attente du passage de l'entreprise"
    assert entries["revised_deadline"].new_value == "30/09/2025"
    assert (entries["progress"].old_value, entries["progress"].new_value) == ("60 %", "75 %")
    shown = page.detail_panel.history_view.entry_texts()
    assert any("Motif : attente du passage de l'entreprise" in t for t in shown)
    assert prompts.notified == ["Point de suivi enregistré : CO-25-009 — En cours, 75 %."]
    row = numbers(page).index("CO-25-009")
    assert page.model.index(row, 8).data() == "75\u00a0%"


def test_closing_asks_for_the_outcome_and_a_closed_action_reopens(
    qtbot, page: ActionsPage, demo_services: Services, monkeypatch
) -> None:
    seen: list[tuple[bool, str, str]] = []

    def close(dialog: PlanFollowUpDialog) -> None:
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ActionStatus.REALISEE))
        seen.append((dialog.outcome_edit.isVisibleTo(dialog), dialog.save_button().text(), ""))
        dialog.save_button().click()
        seen.append((True, "", dialog.form.error_text("outcome")))
        type_text(dialog.outcome_edit, "Rochers posés, plus de dépôts depuis.")
        dialog.save_button().click()

    run_follow_up(monkeypatch, close)
    click_row(qtbot, page, "CO-25-009")
    page.commands.follow_up_action.trigger()
    assert seen[0] == (True, "Clore l'action", "")
    assert seen[1][2] == "Indiquez le résultat de l'action avant de la clore."
    closed = demo_services.actions.get_by_number("CO-25-009")
    assert closed.row.status is ActionStatus.REALISEE and closed.row.progress == 100
    assert closed.row.outcome == "Rochers posés, plus de dépôts depuis."
    assert closed.history[-1].field == "status"
    assert closed.history[-1].reason == "Rochers posés, plus de dépôts depuis."

    def reopen(dialog: PlanFollowUpDialog) -> None:
        assert not dialog.outcome_edit.isVisibleTo(dialog)
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ActionStatus.EN_COURS))
        assert dialog.save_button().text() == "Rouvrir l'action"
        type_text(dialog.comment_edit, "Nouveaux dépôts signalés.")
        dialog.save_button().click()

    run_follow_up(monkeypatch, reopen)
    page.commands.follow_up_action.trigger()
    reopened = demo_services.actions.get_by_number("CO-25-009")
    assert reopened.row.status is ActionStatus.EN_COURS
    last = reopened.history[-1]
    assert (last.field, last.new_value, last.comment) == (
        "status",
        "En cours",
        "Nouveaux dépôts signalés.",
    )


def test_context_menus_of_rows_and_header(qtbot, page: ActionsPage) -> None:
    rect = click_row(qtbot, page, "CO-25-009")
    page.table_view.customContextMenuRequested.emit(QPoint(rect.center()))
    menu = page.findChild(QMenu, "plan_menu")
    assert menu is not None and menu.isVisible()
    assert [a.isEnabled() for a in menu.actions() if a.text() == "Modifier…"] == [True]
    menu.close()
    header = page.table_view.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    columns = header.findChild(QMenu, "column_menu")
    assert columns is not None and columns.isVisible()
    assert columns.actions()[-1].text() == "Colonnes par défaut"
    columns.close()


def test_a_concurrent_edit_opens_the_conflict_dialog_and_keep_mine_saves_over_it(
    qtbot, page: ActionsPage, demo_services: Services, prompts: ScriptedPrompts, monkeypatch
) -> None:
    import dataclasses

    from gusp_desktop.domain.actions import ActionEdit
    from gusp_desktop.ui.dialogs.conflict import Choice

    def fill(dialog: ActionFormDialog) -> None:
        stored = demo_services.actions.get_by_number("HM-25-038")
        other = dataclasses.replace(ActionEdit.from_detail(stored), description="Version de Paul.")
        demo_services.actions.update(stored.row.id, stored.row.version, other)  # meanwhile
        dialog.description_edit.setPlainText("Version de Claire.")
        dialog.save_button().click()

    run_form(monkeypatch, fill)
    prompts.answers.append(Choice.MINE)
    click_row(qtbot, page, "HM-25-038")
    page.commands.edit_action.trigger()
    assert prompts.shown[-1][0] == "conflict"
    detail = demo_services.actions.get_by_number("HM-25-038")
    assert detail.row.description == "Version de Claire."
    descriptions = [e.new_value for e in detail.history if e.field == "description"]
    assert descriptions[-2:] == ["Version de Paul.", "Version de Claire."]
