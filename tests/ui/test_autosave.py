"""Recovery journal and autosave conflicts: no text is lost, none is overwritten unseen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from gusp_desktop import paths
from gusp_desktop.db.engine import database_key
from gusp_desktop.domain.agenda import AgendaItemDTO
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.autosave import RecoveryJournal
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.ui.helpers import page_context, type_text

RECOVERED = "Texte tapé avant l'arrêt brutal : « cœur de quartier », échéance reportée."


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files go to the test's own directory, never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def seance_id(demo_services: Services) -> int:
    """The demo séance whose minutes are being written (COTECH-IQ n° 4)."""
    return next(
        s.id for s in demo_services.meetings.list_seances() if s.status is SeanceStatus.CR_REDACTION
    )


@pytest.fixture
def item(demo_services: Services, seance_id: int) -> AgendaItemDTO:
    """Its second point, which has notes already."""
    return demo_services.agenda.list_items(seance_id)[1]


def open_page(
    qtbot: QtBot,
    services: Services,
    tasks: ImmediateTaskRunner,
    prompts: ScriptedPrompts,
    seance_id: int,
) -> SeancesPage:
    page = SeancesPage(page_context(services, tasks, prompts, paths.data_dir() / "settings.ini"))
    qtbot.addWidget(page)
    page.refresh()
    page.open_seance(seance_id)
    return page


def notes(services: Services, seance_id: int, item_id: int) -> str:
    return next(i.notes for i in services.agenda.list_items(seance_id) if i.id == item_id)


def test_journal_writes_atomically_per_database_and_point(tmp_path: Path) -> None:
    journal = RecoveryJournal("sqlite:////a.sqlite3", root=tmp_path)
    other = RecoveryJournal("sqlite:////b.sqlite3", root=tmp_path)

    journal.write(4, 22, "premier jet", 3)
    journal.write(4, 22, "second jet, plus complet", 3)
    journal.write(4, 23, "autre point", 1)

    entries = journal.entries(4)
    assert [(e.item_id, e.text, e.base_version) for e in entries] == [
        (22, "second jet, plus complet", 3),
        (23, "autre point", 1),
    ]
    assert other.entries(4) == []
    assert not list(tmp_path.rglob("*.tmp"))
    journal.discard(4, 22)
    assert [e.item_id for e in journal.entries(4)] == [23]


def test_unreadable_journal_file_is_skipped(tmp_path: Path) -> None:
    journal = RecoveryJournal("clé", root=tmp_path)
    journal.write(1, 2, "bon", 1)
    journal.path(1, 3).write_text("{pas du json", encoding="utf-8")

    assert [e.item_id for e in journal.entries(1)] == [2]


def test_recovered_text_is_offered_back_and_saved(
    qtbot: QtBot,
    demo_services: Services,
    tasks: ImmediateTaskRunner,
    seance_id: int,
    item: AgendaItemDTO,
) -> None:
    journal = RecoveryJournal.for_services(demo_services)
    journal.write(seance_id, item.id, RECOVERED, item.version)
    prompts = ScriptedPrompts(True)

    page = open_page(qtbot, demo_services, tasks, prompts, seance_id)

    kind, title, text = prompts.shown[0]
    assert kind == "confirm" and title == "Texte non enregistré retrouvé"
    assert text.startswith("Un texte non enregistré a été retrouvé")
    assert text.endswith("Le récupérer ?")
    assert RECOVERED in text
    assert notes(demo_services, seance_id, item.id) == RECOVERED
    assert page.seance_view.minutes_editor.panel(item.id).notes_edit.toPlainText() == RECOVERED
    assert journal.entries(seance_id) == []


def test_declined_recovery_is_discarded_and_nothing_changes(
    qtbot: QtBot,
    demo_services: Services,
    tasks: ImmediateTaskRunner,
    seance_id: int,
    item: AgendaItemDTO,
) -> None:
    journal = RecoveryJournal.for_services(demo_services)
    journal.write(seance_id, item.id, RECOVERED, item.version)
    prompts = ScriptedPrompts(False)

    open_page(qtbot, demo_services, tasks, prompts, seance_id)

    assert notes(demo_services, seance_id, item.id) == item.notes
    assert journal.entries(seance_id) == []


def test_recovery_over_notes_changed_since_shows_both_and_keeps_both(
    qtbot: QtBot,
    demo_services: Services,
    tasks: ImmediateTaskRunner,
    seance_id: int,
    item: AgendaItemDTO,
) -> None:
    journal = RecoveryJournal.for_services(demo_services)
    journal.write(seance_id, item.id, RECOVERED, item.version)
    colleague = "Notes reprises par la collègue depuis un autre poste."
    demo_services.minutes.save_notes(item.id, item.version, colleague)
    prompts = ScriptedPrompts(True)

    open_page(qtbot, demo_services, tasks, prompts, seance_id)

    question = prompts.shown[0][2]
    assert "ont changé depuis" in question
    assert colleague in question and RECOVERED in question
    stored = notes(demo_services, seance_id, item.id)
    assert stored.startswith(colleague) and stored.endswith(RECOVERED)


def test_text_equal_to_the_stored_notes_is_dropped_silently(
    qtbot: QtBot,
    demo_services: Services,
    tasks: ImmediateTaskRunner,
    seance_id: int,
    item: AgendaItemDTO,
) -> None:
    journal = RecoveryJournal.for_services(demo_services)
    journal.write(seance_id, item.id, item.notes, item.version)
    prompts = ScriptedPrompts()

    open_page(qtbot, demo_services, tasks, prompts, seance_id)

    assert prompts.shown == []
    assert journal.entries(seance_id) == []


def test_recovery_on_validated_minutes_shows_the_text_for_copying(
    qtbot: QtBot,
    demo_services: Services,
    tasks: ImmediateTaskRunner,
    seance_id: int,
    item: AgendaItemDTO,
) -> None:
    demo_services.signed_minutes.validate(seance_id)
    journal = RecoveryJournal.for_services(demo_services)
    journal.write(seance_id, item.id, RECOVERED, item.version)
    prompts = ScriptedPrompts()

    open_page(qtbot, demo_services, tasks, prompts, seance_id)

    assert prompts.shown[0][0] == "info" and RECOVERED in prompts.shown[0][2]
    assert notes(demo_services, seance_id, item.id) == item.notes
    assert journal.entries(seance_id) == []


@pytest.mark.parametrize("keep_mine", [True, False])
def test_conflicting_autosave_shows_both_versions(
    qtbot: QtBot,
    demo_services: Services,
    tasks: ImmediateTaskRunner,
    seance_id: int,
    item: AgendaItemDTO,
    keep_mine: bool,
) -> None:
    prompts = ScriptedPrompts()
    page = open_page(qtbot, demo_services, tasks, prompts, seance_id)
    panel = page.seance_view.minutes_editor.panel(item.id)
    type_text(panel.notes_edit, "Ajout de la secrétaire. ")
    mine = panel.notes_edit.toPlainText()
    colleague = "Version enregistrée entre-temps par un collègue."
    demo_services.minutes.save_notes(item.id, item.version, colleague)
    prompts.answers.append(keep_mine)

    panel.autosaver.flush()

    question = prompts.shown[0][2]
    assert prompts.shown[0][1] == "Conflit de modification"
    assert colleague in question and mine in question
    stored = notes(demo_services, seance_id, item.id)
    if keep_mine:
        assert stored == mine
    else:
        assert stored.startswith(colleague) and stored.endswith(mine)
    assert panel.notes_edit.toPlainText() == stored
    assert RecoveryJournal.for_services(demo_services).entries(seance_id) == []


def test_database_key_hides_passwords() -> None:
    key = database_key(make_url("postgresql+psycopg://claire:secret@serveur/gusp"))
    assert "secret" not in key
    assert key.startswith("postgresql+psycopg://claire:") and key.endswith("@serveur/gusp")


def test_journal_of_the_services_database(demo_services: Services, demo_db_path: Path) -> None:
    """The journal is keyed by the database the services were built on, nothing else."""
    journal = RecoveryJournal.for_services(demo_services)
    assert journal.directory == RecoveryJournal(f"sqlite:///{demo_db_path}").directory
