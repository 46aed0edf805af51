"""The « Documents » menu exports what the window shows, through the real menu actions."""

from __future__ import annotations

import subprocess
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.test_main_window import open_window


def menu_action(window: MainWindow, *path: str) -> QAction:
    menu = window.documents_menu
    for title in path[:-1]:
        submenu = next(a.menu() for a in menu.actions() if a.text() == title)
        assert isinstance(submenu, QMenu)
        menu = submenu
    return next(a for a in menu.actions() if a.text() == path[-1])


@pytest.fixture
def held_seance(demo_services: Services) -> int:
    seances = demo_services.meetings.list_seances()
    return next(s.id for s in seances if s.status is SeanceStatus.CR_REDACTION)


def test_exports_the_selected_seance_minutes(
    qtbot, demo_services, tasks, settings_path: Path, tmp_path: Path, held_seance: int
) -> None:
    target = tmp_path / "cr.pdf"
    prompts = ScriptedPrompts(str(target), False)  # where to save; do not open it
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.open_item("seance", held_seance)
    menu_action(window, "Séance sélectionnée", "Compte rendu (PDF)…").trigger()
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True).stdout
    assert "COMPTE RENDU" in text.upper() and "Claire Demarquette" in text
    assert prompts.shown[-1][0] == "confirm" and str(target) in prompts.shown[-1][2]


def test_exports_the_filtered_plan_as_xlsx(
    qtbot, demo_services, tasks, settings_path: Path, tmp_path: Path
) -> None:
    target = tmp_path / "plan.xlsx"
    prompts = ScriptedPrompts(str(target), False)
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.show_page("actions")
    page = window.actions_page
    page.filter_bar.overdue_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.query.overdue_only, timeout=2000)
    menu_action(window, "Plan d'actions (filtre affiché)", "XLSX…").trigger()
    sheet = openpyxl.load_workbook(target).active
    numbers = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True) if row[0]]
    assert len(numbers) == 7


def test_exporting_a_convocation_warns_without_recipients_then_marks_it_convened(
    qtbot, demo_services, tasks, settings_path: Path, tmp_path: Path
) -> None:
    planned = next(
        s for s in demo_services.meetings.list_seances() if s.status is SeanceStatus.PLANIFIEE
    )
    for line in demo_services.meetings.get_seance(planned.id).invitees:
        demo_services.attendance.uninvite(line.id, line.version)
    target = tmp_path / "convocation.pdf"
    prompts = ScriptedPrompts(False)  # « L'enregistrer quand même ? » — no
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.open_item("seance", planned.id)
    menu_action(window, "Séance sélectionnée", "Convocation (PDF)…").trigger()
    assert prompts.shown[-1][:2] == ("confirm", "Convocation sans destinataire")
    assert "Aucun destinataire" in prompts.shown[-1][2]
    assert not target.exists()
    assert demo_services.meetings.get_seance(planned.id).status is SeanceStatus.PLANIFIEE

    prompts.answers.extend([True, str(target), False])  # yes; where; do not open it
    menu_action(window, "Séance sélectionnée", "Convocation (PDF)…").trigger()
    assert target.exists()
    stored = demo_services.meetings.get_seance(planned.id)
    assert stored.status is SeanceStatus.CONVOQUEE and stored.convened_at is not None


def test_no_seance_selected_explains_instead_of_failing(
    qtbot, demo_services, tasks, settings_path: Path
) -> None:
    prompts = ScriptedPrompts()
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.seances_page.seance_tree.setCurrentIndex(QModelIndex())  # no séance selected
    menu_action(window, "Séance sélectionnée", "Convocation (ICS)…").trigger()
    assert prompts.shown == [
        (
            "info",
            "Aucune séance sélectionnée",
            "Choisissez d'abord une séance dans la page « Séances ».",
        ),
    ]


def test_installation_logo_is_printed_on_exported_documents(
    qtbot, demo_services, tasks, settings_path: Path, tmp_path: Path, held_seance: int
) -> None:
    from PySide6.QtGui import QColor, QImage

    logo = tmp_path / "logo.png"
    image = QImage(120, 60, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(logo))
    target = tmp_path / "odj.pdf"
    prompts = ScriptedPrompts(str(target), False)
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window._settings.logo_path = str(logo)
    window.open_item("seance", held_seance)
    menu_action(window, "Séance sélectionnée", "Ordre du jour (PDF)…").trigger()
    images = subprocess.run(["pdfimages", "-list", str(target)], capture_output=True, text=True)
    assert len(images.stdout.strip().splitlines()) > 2  # header lines + at least one image


def test_erratum_from_the_menu_opens_a_new_version(
    qtbot, demo_services, tasks, settings_path: Path, held_seance: int
) -> None:

    signed_minutes = demo_services.signed_minutes
    signed_minutes.validate(held_seance)
    prompts = ScriptedPrompts("Nom du représentant de Marve Habitat corrigé")
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.open_item("seance", held_seance)
    menu_action(window, "Erratum du compte rendu…").trigger()
    versions = signed_minutes.versions(held_seance)
    assert [v.number for v in versions] == [1, 2]
    assert prompts.shown[-1][:2] == ("info", "Erratum ouvert")
    seance = demo_services.meetings.get_seance(held_seance)
    assert seance.status is SeanceStatus.CR_REDACTION


def test_exports_propose_a_descriptive_name_in_the_documents_folder(
    qtbot, demo_services, tasks, settings_path: Path, tmp_path: Path, held_seance: int
) -> None:
    from gusp_desktop.ui.documents_menu import documents_folder

    prompts = ScriptedPrompts(None)  # the save dialog is cancelled
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.open_item("seance", held_seance)
    menu_action(window, "Séance sélectionnée", "Compte rendu (PDF)…").trigger()
    seance = demo_services.meetings.get_seance(held_seance)
    proposed = Path(prompts.shown[-1][2])
    assert proposed.parent == documents_folder()
    expected = f"cr-{seance.instance_code}-n{seance.number}-{seance.local_date.isoformat()}.pdf"
    assert proposed.name == expected

    prompts.answers.append(None)
    window.documents._current_query = lambda: ActionQuery(involving_code="MH")
    menu_action(window, "Plan d'actions (filtre affiché)", "XLSX…").trigger()
    today = demo_services.context.today().isoformat()
    assert Path(prompts.shown[-1][2]).name == f"plan-actions-MH-{today}.xlsx"


def test_a_file_that_cannot_be_opened_offers_its_folder(
    qtbot, demo_services, tasks, settings_path: Path, tmp_path: Path, monkeypatch
) -> None:
    from PySide6.QtGui import QDesktopServices

    opened: list[str] = []

    def refuse_files(url) -> bool:  # no application for PDF files, a file manager for folders
        opened.append(url.toLocalFile())
        return Path(url.toLocalFile()).is_dir()

    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(refuse_files))
    target = tmp_path / "cr.pdf"
    target.write_bytes(b"%PDF-1.7\n")
    prompts = ScriptedPrompts(True)  # « Ouvrir le dossier ? » — yes
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.documents.open_saved(target)
    assert prompts.shown[-1][1] == "Ouvrir le dossier"
    assert "n'a pas pu être ouvert" in prompts.shown[-1][2]
    assert opened == [str(target), str(tmp_path)]


def test_the_menu_lists_every_plan_format_of_the_export_service(
    qtbot, demo_services, tasks, prompts, settings_path: Path
) -> None:
    from gusp_desktop.services.exports import PLAN_FORMATS

    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    for fmt in PLAN_FORMATS:
        assert menu_action(window, "Plan d'actions (filtre affiché)", f"{fmt.upper()}…")


def test_an_empty_preference_keeps_the_time_stamping_server_of_the_start(
    qtbot, demo_services: Services, tasks, prompts, settings_path: Path
) -> None:
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    demo_services.signed_minutes.timestamp_url = "https://tsa.demarrage.example"
    settings = window._settings
    settings.timestamp_url = "https://tsa.preference.example"
    window.documents.exports()
    assert demo_services.signed_minutes.timestamp_url == "https://tsa.preference.example"
    settings.timestamp_url = ""
    window.documents.exports()
    assert demo_services.signed_minutes.timestamp_url == "https://tsa.demarrage.example"
