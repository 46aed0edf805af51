"""Editing the Annuaire through the real widgets, checking the database after each step."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.directory import OrganisationData
from gusp_desktop.domain.enums import MemberKind, MemberRole, OrganisationType
from gusp_desktop.domain.errors import NotFoundError
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.conflict import Choice
from gusp_desktop.ui.pages.directory.instances import InstanceAdapter, MemberAdapter
from gusp_desktop.ui.pages.directory.page import TAB_INSTANCES, DirectoryPage
from gusp_desktop.ui.pages.directory.records import ContactAdapter, OrganisationAdapter
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.widgets.record_panel import RecordPanel
from tests.ui.helpers import adapter_of, type_text


@pytest.fixture
def page(
    qtbot: QtBot,
    page_context: PageContext,
) -> DirectoryPage:
    widget = DirectoryPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def select(panel: RecordPanel, first_cell: str) -> None:
    """Click the row whose first column reads ``first_cell``."""
    row = next(
        r for r in range(panel.model.rowCount()) if panel.model.index(r, 0).data() == first_cell
    )
    panel.record_view.selectRow(row)


def press(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    """Press a key as the user does: on the active window, ``widget`` having the focus.

    Sent to the window (not the widget) so that Qt's shortcut map sees it, as it does for
    real key presses.
    """
    window = widget.window()
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    QTest.keyClick(window.windowHandle(), key, modifier)


def codes(services: Services) -> set[str]:
    return {o.code for o in services.directory.list_organisations(include_inactive=True)}


def test_new_organisation_errors_beside_fields_then_saved(
    page: DirectoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    panel = page.organisation_panel
    adapter = adapter_of(panel, OrganisationAdapter)
    panel.new_button.click()
    type_text(adapter.code_edit, "asso quartier")
    type_text(adapter.name_edit, "Association « Vivre ensemble à Marvelin »")
    adapter.type_combo.setCurrentIndex(adapter.type_combo.findData("association"))

    panel.save_button.click()

    assert "lettres majuscules" in panel.form.error_text("code")
    assert panel.form.error_text("name") == ""
    assert "ASSO QUARTIER" not in codes(demo_services)

    adapter.code_edit.clear()
    type_text(adapter.code_edit, "AVE")
    panel.save_button.click()

    stored = demo_services.directory.get_organisation_by_code("AVE")
    assert stored.name == "Association « Vivre ensemble à Marvelin »"
    assert stored.type is OrganisationType.ASSOCIATION
    assert panel.form.error_text("code") == ""
    assert panel.current is not None and panel.current.id == stored.id
    assert panel.delete_button.isEnabled()
    # The refused first try said nothing; the save that worked says so.
    assert prompts.notified == ["Enregistré : AVE — Association « Vivre ensemble à Marvelin »."]


def test_contact_with_bad_email_is_refused_beside_the_field(
    page: DirectoryPage, demo_services: Services
) -> None:
    select(page.organisation_panel, "MH")
    panel = page.contact_panel
    adapter = adapter_of(panel, ContactAdapter)
    organisation = demo_services.directory.get_organisation_by_code("MH")
    before = len(demo_services.directory.list_contacts(organisation_id=organisation.id))
    assert panel.model.rowCount() == before  # the contacts of the selected organisation
    panel.new_button.click()
    assert adapter.organisation_combo.currentData() == organisation.id
    type_text(adapter.first_name_edit, "Hélène")
    type_text(adapter.last_name_edit, "Lefèvre")
    type_text(adapter.email_edit, "helene.lefevre@marve-habitat")

    panel.save_button.click()

    assert panel.form.error_text("email") == (
        "Adresse électronique invalide : « helene.lefevre@marve-habitat »."
    )
    assert len(demo_services.directory.list_contacts(organisation_id=organisation.id)) == before

    type_text(adapter.email_edit, ".fr")
    panel.save_button.click()

    saved = demo_services.directory.list_contacts(search="Hélène Lefèvre")
    assert [c.email for c in saved] == ["helene.lefevre@marve-habitat.fr"]
    assert panel.form.error_text("email") == ""
    assert panel.model.rowCount() == before + 1


def test_delete_refused_when_history_refers_to_it(
    page: DirectoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    select(page.organisation_panel, "MH")
    prompts.answers.append(True)

    page.organisation_panel.delete_button.click()

    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("error", "Suppression refusée")
    assert text.startswith("Impossible de supprimer le partenaire « MH »")
    assert "contact(s)" in text and "action(s)" in text
    assert "MH" in codes(demo_services)


def test_delete_of_an_unused_organisation_after_confirmation(
    page: DirectoryPage, demo_services: Services, prompts: ScriptedPrompts, qtbot: QtBot
) -> None:
    created = demo_services.directory.create_organisation(
        _organisation_data("TMP", "Organisation éphémère")
    ).value
    page.organisation_panel.reload()
    select(page.organisation_panel, "TMP")

    prompts.answers.append(False)
    page.organisation_panel.delete_button.click()
    assert "TMP" in codes(demo_services)
    prompts.answers.append(True)
    press(qtbot, page.organisation_panel.record_view, Qt.Key.Key_Delete)

    assert prompts.shown[-1][2] == "Supprimer l'organisation « TMP » ?"
    assert "TMP" not in codes(demo_services)
    with pytest.raises(NotFoundError):
        demo_services.directory.get_organisation(created.id)
    assert page.organisation_panel.current is None


def test_keyboard_new_and_save(page: DirectoryPage, demo_services: Services, qtbot: QtBot) -> None:
    select(page.organisation_panel, "RQ")
    panel = page.organisation_panel
    adapter = adapter_of(panel, OrganisationAdapter)

    press(qtbot, panel.record_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.current is None and adapter.code_edit.text() == ""
    type_text(adapter.code_edit, "CSC")
    type_text(adapter.name_edit, "Centre socioculturel Léo-Lagrange")
    press(qtbot, adapter.name_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)

    assert demo_services.directory.get_organisation_by_code("CSC").name == (
        "Centre socioculturel Léo-Lagrange"
    )


def test_search_box_filters_accents_ignored(page: DirectoryPage) -> None:
    panel = page.contact_panel
    total = panel.model.rowCount()
    some = panel.model.visible[0]

    type_text(panel.search_edit, some.last_name.upper())

    assert 0 < panel.model.rowCount() < total
    assert some in panel.model.visible


def test_contact_civility_chosen_shown_and_saved(
    page: DirectoryPage, demo_services: Services
) -> None:
    select(page.organisation_panel, "MH")
    panel = page.contact_panel
    adapter = adapter_of(panel, ContactAdapter)
    taleb = next(c for c in demo_services.directory.list_contacts() if c.last_name == "Taleb")
    select(panel, taleb.full_name)
    assert adapter.civility_combo.currentData() == "madame"  # the demo's, as stored
    labels = [adapter.civility_combo.itemText(i) for i in range(adapter.civility_combo.count())]
    assert labels == ["—", "Madame", "Monsieur"]
    adapter.civility_combo.setCurrentIndex(adapter.civility_combo.findData(""))

    panel.save_button.click()

    assert demo_services.directory.get_contact(taleb.id).civility == ""
    adapter.civility_combo.setCurrentIndex(adapter.civility_combo.findData("monsieur"))
    panel.save_button.click()
    assert demo_services.directory.get_contact(taleb.id).civility == "monsieur"


def test_edit_rename_keeps_selection_and_saves(
    page: DirectoryPage, demo_services: Services
) -> None:
    select(page.organisation_panel, "RQ")
    adapter = adapter_of(page.organisation_panel, OrganisationAdapter)
    adapter.name_edit.clear()
    type_text(adapter.name_edit, "Régie des Hauts de Marve")

    page.organisation_panel.save_button.click()

    assert demo_services.directory.get_organisation_by_code("RQ").name == (
        "Régie des Hauts de Marve"
    )
    assert page.organisation_panel.current.code == "RQ"


def test_instance_members_add_refuse_second_president_and_remove(
    page: DirectoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    page.tabs.setCurrentIndex(TAB_INSTANCES)
    select(page.instance_panel, "COTECH-IQ")
    instance = next(i for i in demo_services.instances.list_instances() if i.code == "COTECH-IQ")
    members = page.member_panel
    assert members.model.rowCount() == len(instance.members)
    seated = {m.contact_id for m in instance.members}
    newcomer = next(c for c in demo_services.directory.list_contacts() if c.id not in seated)

    members.new_button.click()
    adapter = adapter_of(members, MemberAdapter)
    adapter.contact_combo.setCurrentIndex(adapter.contact_combo.findData(newcomer.id))
    adapter.role_combo.setCurrentIndex(adapter.role_combo.findData(MemberRole.PRESIDENT.value))
    members.save_button.click()
    assert "déjà un président titulaire" in members.form.error_text("role")

    adapter.kind_combo.setCurrentIndex(adapter.kind_combo.findData(MemberKind.SUPPLEANT.value))
    members.save_button.click()
    stored = demo_services.instances.get_instance(instance.id).members
    seat = next(m for m in stored if m.contact_id == newcomer.id)
    assert (seat.role, seat.kind) == (MemberRole.PRESIDENT, MemberKind.SUPPLEANT)

    prompts.answers.append(True)
    members.delete_button.click()
    stored = demo_services.instances.get_instance(instance.id).members
    assert newcomer.id not in {m.contact_id for m in stored}


def test_new_instance_with_perimeter(page: DirectoryPage, demo_services: Services) -> None:
    page.tabs.setCurrentIndex(TAB_INSTANCES)
    panel = page.instance_panel
    adapter = adapter_of(panel, InstanceAdapter)
    panel.new_button.click()
    type_text(adapter.code_edit, "GT-ECL")
    type_text(adapter.name_edit, "Groupe de travail « Éclairage »")
    adapter.perimeter_list.item(0).setCheckState(Qt.CheckState.Checked)

    panel.save_button.click()

    created = next(i for i in demo_services.instances.list_instances() if i.code == "GT-ECL")
    assert created.name == "Groupe de travail « Éclairage »"
    assert len(created.quartier_ids) == 1
    assert not page.member_panel.form.error_text("contact_id")
    assert page.member_panel.save_button.isEnabled()  # members can now be added


def _organisation_data(code: str, name: str) -> OrganisationData:
    return OrganisationData(code=code, name=name, type=OrganisationType.AUTRE)


def _edit_rq_name_while_someone_else_saves(page: DirectoryPage, services: Services) -> None:
    select(page.organisation_panel, "RQ")
    rq = services.directory.get_organisation_by_code("RQ")
    other = dataclasses.replace(
        OrganisationData(rq.code, rq.name, rq.type, rq.address, rq.active),
        address="12 rue des Filatures, Marvelin",
    )
    services.directory.update_organisation(rq.id, rq.version, other)  # another client
    adapter = adapter_of(page.organisation_panel, OrganisationAdapter)
    adapter.name_edit.clear()
    type_text(adapter.name_edit, "Régie de quartier des Hauts")
    page.organisation_panel.save_button.click()


def test_conflict_keep_mine_saves_on_top_of_the_other_version(
    page: DirectoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    prompts.answers.append(Choice.MINE)
    _edit_rq_name_while_someone_else_saves(page, demo_services)
    stored = demo_services.directory.get_organisation_by_code("RQ")
    assert stored.name == "Régie de quartier des Hauts"
    assert prompts.shown[-1][0] == "conflict"


def test_conflict_cancelled_keeps_the_typed_text_unsaved(
    page: DirectoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    prompts.answers.append(None)
    _edit_rq_name_while_someone_else_saves(page, demo_services)
    stored = demo_services.directory.get_organisation_by_code("RQ")
    assert stored.name != "Régie de quartier des Hauts"
    assert stored.address == "12 rue des Filatures, Marvelin"
    assert (
        adapter_of(page.organisation_panel, OrganisationAdapter).name_edit.text()
        == "Régie de quartier des Hauts"
    )


def test_conflict_take_theirs_shows_the_stored_version(
    page: DirectoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    prompts.answers.append(Choice.THEIRS)
    _edit_rq_name_while_someone_else_saves(page, demo_services)
    stored = demo_services.directory.get_organisation_by_code("RQ")
    assert stored.address == "12 rue des Filatures, Marvelin"
    assert adapter_of(page.organisation_panel, OrganisationAdapter).name_edit.text() == stored.name
