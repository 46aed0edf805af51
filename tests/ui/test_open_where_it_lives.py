"""Opening a record where it lives: a séance at one point of its minutes, a contact."""

from __future__ import annotations

from pathlib import Path

import pytest

from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.pages.seances.view import TAB_AGENDA, TAB_MINUTES
from gusp_desktop.ui.settings import AppSettings


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files go to the test's own directory, never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def window(qtbot, demo_services: Services, tasks, prompts, settings_path: Path) -> MainWindow:
    window = create_main_window(
        demo_services, tasks, prompts, AppSettings(settings_path), "Fichier local : x"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def held_seance(services: Services):  # type: ignore[no-untyped-def]
    return next(
        s
        for s in services.meetings.list_seances()
        if s.instance_code == "COTECH-IQ" and s.status is SeanceStatus.CR_REDACTION
    )


def test_a_seance_opens_at_one_point_of_its_minutes(window: MainWindow, demo_services) -> None:
    seance = demo_services.meetings.get_seance(held_seance(demo_services).id)
    item = seance.agenda[-1]
    page = window.seances_page
    window.show_page("seances")
    page.open_point(seance.id, item.id, TAB_MINUTES)
    view = page.seance_view
    assert view.seance is not None and view.seance.id == seance.id
    assert view.tabs.currentIndex() == TAB_MINUTES
    current = view.minutes_editor.point_list.currentItem()
    assert current is not None and current.text().endswith(item.title)
    page.open_point(seance.id, seance.agenda[0].id, TAB_AGENDA)  # already open: at once
    assert view.tabs.currentIndex() == TAB_AGENDA


def test_a_contact_opens_among_its_organisation_in_the_annuaire(
    window: MainWindow, demo_services
) -> None:
    contact = next(c for c in demo_services.directory.list_contacts() if c.active)
    window.open_item("contact", contact.id)
    page = window.directory_page
    assert window.current_key() == "directory"
    assert page.organisation_panel.current.id == contact.organisation_id
    assert page.contact_panel.current.id == contact.id
