"""Personal data from the window: export and anonymise a contact from the annuaire, the register
from the Documents menu."""

from __future__ import annotations

import json
from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.personal_data import RegisterDialog
from gusp_desktop.ui.pages.directory.page import DirectoryPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.test_directory import select
from tests.ui.test_documents_menu import menu_action
from tests.ui.test_main_window import open_window

NAME = "Claire Demarquette"


@pytest.fixture
def page(qtbot: QtBot, page_context: PageContext) -> DirectoryPage:
    widget = DirectoryPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def show_contact(page: DirectoryPage) -> None:
    page.organisation_panel.record_view.clearSelection()
    page._rescope(page.contact_panel, None)
    select(page.contact_panel, NAME)
    assert page.contact_panel.current.full_name == NAME


def test_export_a_contact_from_the_annuaire(
    page: DirectoryPage, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    assert not page.export_contact_button.isEnabled()  # nobody shown yet
    show_contact(page)
    assert page.export_contact_button.isEnabled()
    prompts.answers.append(str(tmp_path / "claire.json"))
    page.export_contact_button.click()
    data = json.loads((tmp_path / "claire.json").read_text(encoding="utf-8"))
    assert data["nom"] == NAME and data["lignes"]
    assert prompts.shown[-1][0] == "info"


def test_anonymise_asks_first_then_keeps_the_links(
    page: DirectoryPage, prompts: ScriptedPrompts, demo_services: Services
) -> None:
    show_contact(page)
    contact_id = page.contact_panel.current.id
    prompts.answers.append(False)  # « Non »: nothing changes
    page.anonymise_button.click()
    assert demo_services.directory.get_contact(contact_id).full_name == NAME
    prompts.answers.append(True)
    page.anonymise_button.click()
    kind, _title, question = prompts.shown[-2]
    assert kind == "confirm" and NAME in question and "définitivement" in question
    assert prompts.shown[-1][0] == "info" and "lien conservé" in prompts.shown[-1][2]
    contact = demo_services.directory.get_contact(contact_id)
    assert contact.full_name == f"Personne anonymisée n° {contact_id}" and not contact.active
    names = [
        page.contact_panel.model.index(r, 0).data()
        for r in range(page.contact_panel.model.rowCount())
    ]
    assert NAME not in names  # the list was reloaded


def test_register_dialog_from_the_documents_menu(
    qtbot: QtBot,
    demo_services: Services,
    tasks: object,
    prompts: ScriptedPrompts,
    settings_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    opened: list[RegisterDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        assert isinstance(dialog, RegisterDialog)
        opened.append(dialog)
        prompts.answers.append(str(tmp_path / "registre.docx"))
        dialog.docx_button.click()
        return 0

    monkeypatch.setattr(RegisterDialog, "exec", fake_exec)
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    menu_action(window, "Registre des traitements…").trigger()
    [dialog] = opened
    shown = dialog.view.toPlainText()
    assert "Contacts des partenaires" in shown and "Cellule de veille" in shown
    document = docx.Document(str(tmp_path / "registre.docx"))
    cells = " ".join(c.text for t in document.tables for row in t.rows for c in row.cells)
    assert "Contacts des partenaires" in cells
