"""Taking the émargement through the real widgets, then reading the sheet back from the database."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.enums import AttendanceStatus
from gusp_desktop.domain.meetings import SeanceData
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.helpers import type_text

_A = AttendanceStatus


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files go to the test's own directory, never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def seance_id(demo_services: Services) -> int:
    """A new COTECH-IQ séance: the instance's members are invited."""
    instance = next(i for i in demo_services.instances.list_instances() if i.code == "COTECH-IQ")
    data = SeanceData(instance_id=instance.id, starts_at=dt.datetime(2025, 6, 26, 9, 30))
    return demo_services.meetings.create_seance(data).value.id


@pytest.fixture
def page(
    qtbot: QtBot,
    page_context: PageContext,
    seance_id: int,
) -> SeancesPage:
    widget = SeancesPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    widget.open_seance(seance_id)
    return widget


def pick(monkeypatch: pytest.MonkeyPatch, search: str) -> None:
    """Make the next contact picker type ``search`` in its real search box and choose."""

    def fake_exec(dialog: ContactPickerDialog) -> int:
        type_text(dialog.search_edit, search)
        dialog.button_box.accepted.emit()
        return dialog.result()

    monkeypatch.setattr(ContactPickerDialog, "exec", fake_exec)


def sheet(services: Services, seance_id: int) -> dict[int, tuple[_A | None, int | None, bool]]:
    return {
        a.contact_id: (a.status, a.represented_by_id, a.invited)
        for a in services.attendance.list_attendance(seance_id)
    }


def test_attendance_present_excused_represented_and_a_walk_in(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = page.seance_view.attendance_editor
    invited = [a for a in demo_services.attendance.list_attendance(seance_id) if a.invited]
    present, excused, represented = invited[0], invited[1], invited[2]
    contacts = {c.id: c for c in demo_services.directory.list_contacts()}
    on_sheet = {a.contact_id for a in invited}
    # A colleague invited too may represent someone; the walk-in was not invited at all.
    deputy = contacts[invited[3].contact_id]
    walk_in = next(c for c in contacts.values() if c.id not in on_sheet and c.active)

    for line, status in ((present, _A.PRESENT), (excused, _A.EXCUSE)):
        combo = editor.status_combo(line.contact_id)
        combo.setCurrentIndex(combo.findData(status.value))
    pick(monkeypatch, deputy.full_name)
    combo = editor.status_combo(represented.contact_id)
    combo.setCurrentIndex(combo.findData(_A.REPRESENTE.value))
    pick(monkeypatch, f"{walk_in.last_name} {walk_in.organisation_code}")
    editor.add_button.click()

    stored = sheet(demo_services, seance_id)
    assert stored[present.contact_id] == (_A.PRESENT, None, True)
    assert stored[excused.contact_id] == (_A.EXCUSE, None, True)
    assert stored[represented.contact_id] == (_A.REPRESENTE, deputy.id, True)
    assert stored[walk_in.id] == (_A.PRESENT, None, False)
    assert "2 présent(s)" in editor.summary_label.text()  # the walk-in and the first
    item = page.seance_view.attendance_editor.sheet_tree.findItems(
        represented.contact_name, _match_recursive()
    )[0]
    assert item.text(2) == deputy.full_name


def test_cancelled_representative_choice_changes_nothing(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = page.seance_view.attendance_editor
    line = demo_services.attendance.list_attendance(seance_id)[0]
    monkeypatch.setattr(ContactPickerDialog, "exec", lambda dialog: 0)

    combo = editor.status_combo(line.contact_id)
    combo.setCurrentIndex(combo.findData(_A.REPRESENTE.value))

    assert sheet(demo_services, seance_id)[line.contact_id] == (None, None, True)
    assert editor.status_combo(line.contact_id).currentData() is None


def test_walk_in_can_be_removed_but_not_an_invited_person(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = page.seance_view.attendance_editor
    on_sheet = {a.contact_id for a in demo_services.attendance.list_attendance(seance_id)}
    walk_in = next(c for c in demo_services.directory.list_contacts() if c.id not in on_sheet)
    pick(monkeypatch, walk_in.full_name)
    editor.add_button.click()

    group = editor.sheet_tree.topLevelItem(0)
    assert group is not None
    invited_item = group.child(0)
    assert invited_item is not None
    editor.sheet_tree.setCurrentItem(invited_item)
    assert not editor.remove_button.isEnabled()
    walk_in_item = editor.sheet_tree.findItems(walk_in.full_name, _match_recursive())[0]
    editor.sheet_tree.setCurrentItem(walk_in_item)
    assert editor.remove_button.isEnabled()
    prompts.answers.append(True)
    editor.remove_button.click()

    assert walk_in.id not in sheet(demo_services, seance_id)


def _match_recursive() -> Qt.MatchFlag:
    return Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive


def test_status_changes_are_undone_and_redone_in_the_database(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    editor = page.seance_view.attendance_editor
    invited = [a for a in demo_services.attendance.list_attendance(seance_id) if a.invited]
    first, second, deputy = invited[0], invited[1], invited[3]
    combo = editor.status_combo(first.contact_id)
    combo.setCurrentIndex(combo.findData(_A.ABSENT.value))
    pick(monkeypatch, deputy.contact_name)
    combo = editor.status_combo(second.contact_id)
    combo.setCurrentIndex(combo.findData(_A.REPRESENTE.value))
    stack = page.undo_stack
    assert stack is not None and stack.count() == 2
    assert stack.undoText().startswith(f"Émargement : {second.contact_name}, ")

    stack.undo()
    stored = sheet(demo_services, seance_id)
    assert stored[second.contact_id] == (None, None, True)
    assert stored[first.contact_id] == (_A.ABSENT, None, True)
    stack.undo()
    assert sheet(demo_services, seance_id)[first.contact_id] == (None, None, True)
    assert editor.status_combo(first.contact_id).currentData() is None

    stack.redo()
    stack.redo()
    stored = sheet(demo_services, seance_id)
    assert stored[first.contact_id] == (_A.ABSENT, None, True)
    assert stored[second.contact_id] == (_A.REPRESENTE, deputy.contact_id, True)
