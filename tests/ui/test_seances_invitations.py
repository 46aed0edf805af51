"""The « Invitations » tab through the real widgets: seats, members, picker, new contact."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.enums import MemberKind
from gusp_desktop.domain.meetings import SeanceData
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from gusp_desktop.ui.dialogs.new_contact import NewContactDialog
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.pages.seances.view import TAB_INVITATIONS
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.helpers import type_text


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def seance_id(demo_services: Services) -> int:
    """A new séance of the COTECH-IQ, in the autumn."""
    instance = next(i for i in demo_services.instances.list_instances() if i.code == "COTECH-IQ")
    data = SeanceData(instance_id=instance.id, starts_at=dt.datetime(2025, 10, 16, 9, 30))
    return demo_services.meetings.create_seance(data).value.id


@pytest.fixture
def page(qtbot: QtBot, page_context: PageContext, seance_id: int) -> SeancesPage:
    widget = SeancesPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.open_seance(seance_id)
    widget.seance_view.tabs.setCurrentIndex(TAB_INVITATIONS)
    return widget


def test_members_are_invited_with_their_seat_and_suppleants_flagged(
    page: SeancesPage, demo_services: Services, seance_id: int
) -> None:
    editor = page.seance_view.invitations_editor
    instance = demo_services.instances.get_instance(
        demo_services.meetings.get_seance(seance_id).instance_id
    )
    invited = {line.contact_id: line for line in editor.invitees()}
    assert {m.contact_id for m in instance.members} <= set(invited)
    member = instance.members[0]
    assert editor.seat_text(invited[member.contact_id]) == (
        f"{member.role.label} — {member.kind.label.lower()}"
    )
    substitutes = [m for m in instance.members if m.kind is MemberKind.SUPPLEANT]
    count = len(substitutes)
    assert editor.summary_label.text() == f"{len(invited)} invité(s) dont {count} suppléant(s)"
    assert editor.warning_label.isHidden()


def test_remove_everyone_warns_then_invite_the_instance_members_again(
    page: SeancesPage, demo_services: Services, seance_id: int, prompts: ScriptedPrompts
) -> None:
    editor = page.seance_view.invitations_editor
    before = {line.contact_id for line in editor.invitees()}
    for line in editor.invitees():
        assert editor.select_contact(line.contact_id)
        prompts.answers.append(True)  # « Retirer … de la liste des invités ? »
        editor.remove_button.click()
    assert editor.invitees() == []
    assert not editor.warning_label.isHidden()
    assert "Aucun invité" in editor.warning_label.text()
    assert demo_services.meetings.get_seance(seance_id).invitees == ()
    # The émargement tab follows the invitation list.
    assert page.seance_view.attendance_editor.lines() == []

    editor.members_button.click()
    assert {line.contact_id for line in editor.invitees()} == before
    assert editor.warning_label.isHidden()


def test_invite_someone_who_is_not_in_the_annuaire_yet(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    organisation = demo_services.directory.list_organisations()[0]
    seen: list[str] = []

    def fill_contact(dialog: NewContactDialog) -> int:
        seen.append(f"{dialog.first_name_edit.text()}|{dialog.last_name_edit.text()}")
        index = dialog.organisation_combo.findData(organisation.id)
        dialog.organisation_combo.setCurrentIndex(index)
        dialog.function_edit.setText("Chargée de mission habitat")
        dialog.save_button().click()
        return dialog.result()

    def pick(dialog: ContactPickerDialog) -> int:
        type_text(dialog.search_edit, "Awa Diallo")
        assert dialog.chosen_id() is None  # nobody of that name
        dialog.create_button.click()
        return dialog.result()

    monkeypatch.setattr(NewContactDialog, "exec", fill_contact)
    monkeypatch.setattr(ContactPickerDialog, "exec", pick)
    editor = page.seance_view.invitations_editor
    editor.invite_button.click()

    assert seen == ["Awa|Diallo"]
    created = next(c for c in demo_services.directory.list_contacts() if c.last_name == "Diallo")
    assert created.organisation_id == organisation.id
    line = next(x for x in editor.invitees() if x.contact_id == created.id)
    assert editor.seat_text(line) == "Hors instance"
    stored = demo_services.meetings.get_seance(seance_id)
    assert created.id in {a.contact_id for a in stored.invitees}
