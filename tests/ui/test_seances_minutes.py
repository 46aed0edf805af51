"""Writing the compte rendu through the real widgets: notes, decisions, actions, status."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from gusp_desktop.db.models import Action, ActionUpdate
from gusp_desktop.domain.enums import ActionStatus, SeanceStatus, Theme
from gusp_desktop.domain.meetings import SeanceData
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.action import ActionDialog, FollowUpDialog
from gusp_desktop.ui.pages.seances.minutes_item import PointMinutesPanel
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.pages.seances.seance_list import COL_STATUS
from gusp_desktop.ui.pages.seances.view import TAB_MINUTES
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.helpers import type_text

TYPED = "Procès-verbal approuvé à l'unanimité ; prochaine étape : cœur de quartier"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files go to the test's own directory, never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def seance_id(demo_services: Services) -> int:
    """The demo COTECH-IQ séance n° 4, held on 12 June, whose minutes are being written."""
    return next(
        s.id
        for s in demo_services.meetings.list_seances()
        if s.instance_code == "COTECH-IQ" and s.status is SeanceStatus.CR_REDACTION
    )


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
    widget.seance_view.tabs.setCurrentIndex(TAB_MINUTES)
    return widget


def first_panel(page: SeancesPage) -> PointMinutesPanel:
    editor = page.seance_view.minutes_editor
    return editor.panel(editor.point_list.item(0).data(0x0100))


def stored_notes(services: Services, seance_id: int, item_id: int) -> str:
    return next(i.notes for i in services.agenda.list_items(seance_id) if i.id == item_id)


def test_notes_are_journaled_at_once_and_saved_within_two_seconds(
    page: SeancesPage, demo_services: Services, seance_id: int, qtbot: QtBot, data_dir: Path
) -> None:
    panel = first_panel(page)
    before = panel.notes_edit.toPlainText()
    panel.notes_edit.moveCursor(panel.notes_edit.textCursor().MoveOperation.End)

    type_text(panel.notes_edit, " " + TYPED)
    qtbot.waitUntil(lambda: bool(list(data_dir.glob("recovery/*/*.json"))), timeout=1000)

    expected = before + " " + TYPED
    journal = json.loads(next(data_dir.glob("recovery/*/*.json")).read_text(encoding="utf-8"))
    assert journal["text"] == expected
    assert stored_notes(demo_services, seance_id, panel.item.id) == before
    assert panel.state_label.text() == "Modifications en cours…"
    qtbot.waitUntil(
        lambda: stored_notes(demo_services, seance_id, panel.item.id) == expected, timeout=3000
    )
    assert not list(data_dir.glob("recovery/*/*.json"))
    assert panel.state_label.text() == "Enregistré"


def test_decision_and_two_new_actions_tied_to_the_seance(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = first_panel(page)
    prompts.answers.append("Le compte rendu du 24/04 est approuvé à l'unanimité.")
    panel.add_decision_button.click()
    decisions = demo_services.agenda.list_items(seance_id)[0].decisions
    assert decisions[-1].text == "Le compte rendu du 24/04 est approuvé à l'unanimité."
    assert panel.decision_list.count() == len(decisions)

    minutes = page.seance_view.minutes_editor
    created = []
    for title, code in (("Réparer l'éclairage du passage", "VM"), ("Nettoyer les caves", "MH")):
        created.append(_create_action(minutes, monkeypatch, title, code))

    with demo_services.context.read() as session:
        actions = session.scalars(select(Action).where(Action.origin_seance_id == seance_id))
        by_title = {a.title: a for a in actions}
        assert set(by_title) >= {"Réparer l'éclairage du passage", "Nettoyer les caves"}
        for title in ("Réparer l'éclairage du passage", "Nettoyer les caves"):
            first = session.scalar(
                select(ActionUpdate)
                .where(ActionUpdate.action_id == by_title[title].id)
                .order_by(ActionUpdate.sequence)
            )
            assert first is not None and first.seance_id == seance_id
    assert by_title["Nettoyer les caves"].initial_deadline == dt.date(2025, 9, 30)
    texts = [minutes.action_list.item(i).text() for i in range(minutes.action_list.count())]
    assert any("Nettoyer les caves" in t and "décidée en séance" in t for t in texts)
    assert all(row is not None for row in created)


def _create_action(
    minutes: object, monkeypatch: pytest.MonkeyPatch, title: str, code: str
) -> object:
    """Open « Nouvelle action… », first press Enregistrer with no title, then fill it in."""
    seen_errors: list[str] = []

    def fake_exec(dialog: ActionDialog) -> int:
        index = next(
            i
            for i in range(dialog.organisation_combo.count())
            if dialog.organisation_combo.itemText(i).startswith(f"{code} ")
        )
        dialog.organisation_combo.setCurrentIndex(index)
        dialog.contact_combo.setCurrentIndex(1)
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.BATI))
        dialog.deadline.enabled_check.setChecked(True)
        dialog.deadline.date_edit.setDate(QDate(2025, 9, 30))
        dialog.save_button().click()
        seen_errors.append(dialog.form.error_text("title"))
        type_text(dialog.title_edit, title)
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(ActionDialog, "exec", fake_exec)
    minutes.new_action_button.click()  # type: ignore[attr-defined]
    assert seen_errors == ["L'intitulé de l'action est obligatoire."]
    return seen_errors


def test_follow_up_of_an_existing_action_is_recorded_with_the_seance(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    chosen: list[int] = []

    def fake_exec(dialog: FollowUpDialog) -> int:
        row = next(
            dialog._actions[dialog.action_combo.itemData(i)]
            for i in range(dialog.action_combo.count())
            if dialog._actions[dialog.action_combo.itemData(i)].status is ActionStatus.EN_COURS
        )
        chosen.append(row.id)
        dialog.action_combo.setCurrentIndex(dialog.action_combo.findData(row.id))
        dialog.status_combo.setCurrentIndex(dialog.status_combo.findData(ActionStatus.REPORTEE))
        type_text(dialog.comment_edit, "Reportée : l'entreprise intervient après l'été.")
        dialog.revised.enabled_check.setChecked(True)
        dialog.revised.date_edit.setDate(QDate(2025, 10, 15))
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(FollowUpDialog, "exec", fake_exec)
    minutes = page.seance_view.minutes_editor
    minutes.follow_up_button.click()

    detail = demo_services.actions.get(chosen[0])
    last = detail.history[-1]
    assert detail.row.status is ActionStatus.REPORTEE
    assert detail.row.revised_deadline == dt.date(2025, 10, 15)
    assert last.seance_id == seance_id
    assert last.comment == "Reportée : l'entreprise intervient après l'été."
    texts = [minutes.action_list.item(i).text() for i in range(minutes.action_list.count())]
    assert any(detail.row.number in t and "suivie en séance" in t for t in texts)


def test_validating_the_minutes_saves_pending_notes_and_locks_them(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    prompts: ScriptedPrompts,
) -> None:
    panel = first_panel(page)
    type_text(panel.notes_edit, "Dernier ajout. ")
    expected = panel.notes_edit.toPlainText()
    prompts.answers.append(True)

    page.seance_view.lifecycle.buttons["validate"].click()

    stored = demo_services.meetings.get_seance(seance_id)
    assert stored.status is SeanceStatus.CR_VALIDE
    assert stored_notes(demo_services, seance_id, panel.item.id) == expected
    assert first_panel(page).notes_edit.isReadOnly()
    assert page.seance_view.lifecycle.buttons["validate"].isHidden()
    assert page.seance_item(seance_id).text(COL_STATUS) == SeanceStatus.CR_VALIDE.label


def test_held_then_minutes_started_from_the_status_buttons(
    page: SeancesPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    instance = next(i for i in demo_services.instances.list_instances() if i.code == "CV-HM")
    data = SeanceData(instance_id=instance.id, starts_at=dt.datetime(2025, 6, 13, 14, 0))
    new_id = demo_services.meetings.create_seance(data).value.id
    page.refresh()
    page.open_seance(new_id)
    view = page.seance_view

    buttons = view.lifecycle.buttons
    assert not buttons["hold"].isHidden() and buttons["write"].isHidden()
    prompts.answers.append(True)  # « Déclarer tenue la séance du … ? »
    buttons["hold"].click()
    assert demo_services.meetings.get_seance(new_id).status is SeanceStatus.TENUE
    assert not buttons["write"].isHidden()
    buttons["write"].click()
    assert demo_services.meetings.get_seance(new_id).status is SeanceStatus.CR_REDACTION
    assert not buttons["validate"].isHidden()


def test_planned_seance_minutes_are_read_only(page: SeancesPage, demo_services: Services) -> None:
    planned = next(
        s for s in demo_services.meetings.list_seances() if s.status is SeanceStatus.PLANIFIEE
    )
    page.open_seance(planned.id)
    minutes = page.seance_view.minutes_editor

    assert "ne peut pas être modifié" in minutes.notice_label.text()
    assert not minutes.new_action_button.isEnabled()
    assert all(p.notes_edit.isReadOnly() for p in minutes.panels.values())


def test_switching_seance_saves_pending_notes_with_the_threaded_runner(
    qtbot: QtBot, demo_services: Services, seance_id: int, data_dir: Path, page_context: PageContext
) -> None:
    """Leaving a séance sends its pending text; the late result finds its panel closed."""
    from gusp_desktop.ui.tasks import TaskRunner

    runner = TaskRunner()
    page = SeancesPage(replace(page_context, tasks=runner, prompts=ScriptedPrompts()))
    qtbot.addWidget(page)
    try:
        page.refresh()
        page.open_seance(seance_id)
        minutes = page.seance_view.minutes_editor
        qtbot.waitUntil(lambda: bool(minutes.panels), timeout=5000)
        panel = first_panel(page)
        type_text(panel.notes_edit, "Texte à ne pas perdre. ")
        expected = panel.notes_edit.toPlainText()
        other = next(s.id for s in demo_services.meetings.list_seances() if s.id != seance_id)

        page.open_seance(other)

        qtbot.waitUntil(
            lambda: stored_notes(demo_services, seance_id, panel.item.id) == expected,
            timeout=5000,
        )
        qtbot.waitUntil(lambda: not list(data_dir.glob("recovery/*/*.json")), timeout=5000)
        qtbot.waitUntil(lambda: page.seance_view.seance.id == other, timeout=5000)
    finally:
        qtbot.waitUntil(lambda: runner._running == 0, timeout=5000)
        runner.shutdown()


def test_validation_from_the_window_freezes_a_snapshot(
    page: SeancesPage, demo_services: Services, seance_id: int, prompts: ScriptedPrompts
) -> None:

    prompts.answers.append(True)
    page.seance_view.lifecycle.buttons["validate"].click()
    version = demo_services.signed_minutes.current_version(seance_id)
    assert version is not None and version.number == 1


def test_faits_marquants_prochaine_reunion_and_diffusion_are_autosaved(
    page: SeancesPage,
    demo_services: Services,
    seance_id: int,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from gusp_desktop.ui.dialogs.contact_picker import ContactPickerDialog

    highlights = page.seance_view.minutes_editor.highlights
    page.seance_view.minutes_editor.part_tabs.setCurrentWidget(highlights)
    for editor, text in zip(
        highlights.editors(),
        (" Priorité : les encombrants.", "Prochain COTECH le 11/09.", "Diffusion restreinte."),
        strict=True,
    ):
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        type_text(editor, text)
    expected = highlights.typed()
    # Saved after the pause, like the notes of the points.
    qtbot.waitUntil(
        lambda: (
            demo_services.meetings.get_seance(seance_id).distribution_note
            == "Diffusion restreinte."
        ),
        timeout=2500,
    )
    stored = demo_services.meetings.get_seance(seance_id)
    assert (stored.summary, stored.next_meeting_note) == (
        expected.summary.strip(),
        expected.next_meeting_note,
    )
    assert highlights.state_label.text() == "Enregistré"

    outsider = next(
        c
        for c in demo_services.directory.list_contacts()
        if c.id not in {a.contact_id for a in stored.attendance}
    )
    monkeypatch.setattr(ContactPickerDialog, "ask", classmethod(lambda *a, **k: outsider.id))
    highlights.add_recipient_button.click()
    stored = demo_services.meetings.get_seance(seance_id)
    assert [r.contact_id for r in stored.recipients] == [outsider.id]
    assert highlights.recipient_list.count() == 1
    content = demo_services.minutes.minutes_content(seance_id)
    assert content.summary.endswith("Priorité : les encombrants.")

    # The séance's version moved on: the next lifecycle step is not refused as a conflict.
    assert page.seance_view.seance.version == stored.version
