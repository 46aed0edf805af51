"""Preparing a séance through the real widgets: creation, agenda, reordering, undo and redo."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.enums import AgendaItemKind, SeanceStatus
from gusp_desktop.services.agenda import FOLLOW_UP_TITLE, PREVIOUS_MINUTES_TITLE
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.seance import NewSeanceDialog
from gusp_desktop.ui.models.agenda_table import COL_KIND, COL_MINUTES, COL_PRESENTER
from gusp_desktop.ui.pages.seances.agenda import AgendaEditor
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.pages.seances.view import SeanceView
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.tasks import ImmediateTaskRunner

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files go to the test's own directory, never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def page(
    qtbot: QtBot,
    page_context: PageContext,
) -> SeancesPage:
    """The séances page over the demo territory, loaded."""
    widget = SeancesPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def instance_id(services: Services, code: str) -> int:
    return next(i.id for i in services.instances.list_instances() if i.code == code)


def titles(services: Services, seance_id: int) -> list[str]:
    return [i.title for i in services.agenda.list_items(seance_id)]


def plan_seance_through_dialog(
    page: SeancesPage, monkeypatch: pytest.MonkeyPatch, when: dt.datetime
) -> int:
    """Filter on the COTECH-IQ instance, press « Nouvelle séance… » and fill the real dialog."""

    def fake_exec(dialog: NewSeanceDialog) -> int:
        dialog.set_starts_at(when)
        dialog.place_edit.setText("Maison de quartier Jean-Moulin")
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(NewSeanceDialog, "exec", fake_exec)
    combo = page.list_panel.instance_combo
    combo.setCurrentIndex(combo.findText("COTECH-IQ", Qt.MatchFlag.MatchStartsWith))
    page.new_seance_button.click()
    assert page.seance_view.seance is not None
    return page.seance_view.seance.id


def test_new_seance_invites_the_members_and_shows_in_the_list(
    page: SeancesPage, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    seance_id = plan_seance_through_dialog(page, monkeypatch, dt.datetime(2025, 6, 26, 9, 30))

    stored = demo_services.meetings.get_seance(seance_id)
    members = demo_services.instances.get_instance(stored.instance_id).members
    assert stored.status is SeanceStatus.PLANIFIEE
    assert stored.place == "Maison de quartier Jean-Moulin"
    assert stored.local_date == dt.date(2025, 6, 26)
    assert {m.contact_id for m in members} <= {a.contact_id for a in stored.attendance}
    assert page.seance_item(seance_id) is not None
    assert page.seance_tree.currentItem() is page.seance_item(seance_id)


def test_prepare_five_points_reorder_undo_redo(
    page: SeancesPage,
    demo_services: Services,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    seance_id = plan_seance_through_dialog(page, monkeypatch, dt.datetime(2025, 6, 26, 9, 30))
    editor = page.seance_view.agenda_editor

    suggested = [b.text() for b in editor.suggestion_buttons]
    assert any(FOLLOW_UP_TITLE in text for text in suggested)
    assert any(PREVIOUS_MINUTES_TITLE in text for text in suggested)
    prompts.answers.extend(["Point propreté", "Tranquillité résidentielle", "Questions diverses"])
    for _ in range(3):
        editor.add_action.trigger()
    for button in list(editor.suggestion_buttons):
        button.click()
    expected = [
        PREVIOUS_MINUTES_TITLE,
        "Point propreté",
        "Tranquillité résidentielle",
        "Questions diverses",
        FOLLOW_UP_TITLE,
    ]
    assert titles(demo_services, seance_id) == expected
    assert not editor.suggestion_buttons

    # Keyboard: Ctrl+Bas moves « Point propreté » below « Tranquillité résidentielle ».
    editor.agenda_view.selectRow(1)
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Down, CTRL)
    after_keyboard = [expected[0], expected[2], expected[1], expected[3], expected[4]]
    assert titles(demo_services, seance_id) == after_keyboard
    assert editor.agenda_view.currentIndex().row() == 2  # the moved point stays selected

    # A drop, as the view performs it: the last point dropped before the first row.
    model = editor.model
    mime = model.mimeData([model.index(4, 0)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    after_drop = [after_keyboard[4], *after_keyboard[:4]]
    assert titles(demo_services, seance_id) == after_drop

    # Ctrl+Z undoes the drop, then the keyboard move, in the database.
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Z, CTRL)
    assert titles(demo_services, seance_id) == after_keyboard
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Z, CTRL)
    assert titles(demo_services, seance_id) == expected
    # Ctrl+Maj+Z redoes both.
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert titles(demo_services, seance_id) == after_keyboard
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Z, CTRL_SHIFT)
    assert titles(demo_services, seance_id) == after_drop
    assert editor.model.rowCount() == 5


def test_moving_rows_like_the_view_and_a_drop_onto_a_row(
    page: SeancesPage, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    seance_id = plan_seance_through_dialog(page, monkeypatch, dt.datetime(2025, 6, 26, 9, 30))
    editor = page.seance_view.agenda_editor
    for title in ("A", "B", "C"):
        editor.add_item(_data(title))
    model = editor.model

    assert model.moveRows(QModelIndex(), 0, 1, QModelIndex(), 3)  # A after C
    assert titles(demo_services, seance_id) == ["B", "C", "A"]
    assert not model.moveRows(QModelIndex(), 1, 1, QModelIndex(), 2)  # onto itself: no-op
    mime = model.mimeData([model.index(0, 1)])
    assert model.dropMimeData(mime, Qt.DropAction.MoveAction, -1, -1, model.index(2, 0))
    assert titles(demo_services, seance_id) == ["C", "B", "A"]  # dropped onto A: before it


def test_edits_total_and_undo_of_edit_and_remove(
    page: SeancesPage,
    demo_services: Services,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    seance_id = plan_seance_through_dialog(page, monkeypatch, dt.datetime(2025, 6, 26, 9, 30))
    editor: AgendaEditor = page.seance_view.agenda_editor
    for title in ("Accueil", "Bilan propreté", "Divers"):
        editor.add_item(_data(title))
    model = editor.model
    presenter = editor._contacts[0]

    assert model.setData(model.index(1, COL_KIND), AgendaItemKind.DECISION.value)
    assert model.setData(model.index(1, COL_PRESENTER), presenter.id)
    assert model.setData(model.index(1, COL_MINUTES), 200)
    stored = demo_services.agenda.list_items(seance_id)[1]
    assert (stored.kind, stored.presenter_id, stored.planned_minutes) == (
        AgendaItemKind.DECISION,
        presenter.id,
        200,
    )
    assert editor.is_over_time()
    assert "dépassement" in editor.total_label.text()
    assert "#b3261e" in editor.total_label.styleSheet()
    assert not model.setData(model.index(1, COL_MINUTES), 9999)  # refused before any write

    editor.undo_stack.undo()
    assert demo_services.agenda.list_items(seance_id)[1].planned_minutes == 10
    assert not editor.is_over_time()

    editor.agenda_view.selectRow(0)
    prompts.answers.append(True)
    qtbot.keyClick(editor.agenda_view, Qt.Key.Key_Delete)
    assert titles(demo_services, seance_id) == ["Bilan propreté", "Divers"]
    editor.undo_stack.undo()
    assert titles(demo_services, seance_id) == ["Accueil", "Bilan propreté", "Divers"]
    editor.undo_stack.undo()  # the presenter change, on the point that kept its id
    assert demo_services.agenda.list_items(seance_id)[1].presenter_id is None
    editor.undo_stack.redo()
    editor.undo_stack.redo()  # removes « Accueil » again, by its new id
    assert titles(demo_services, seance_id) == ["Bilan propreté", "Divers"]


def test_validated_minutes_lock_the_agenda(page: SeancesPage, demo_services: Services) -> None:
    validated = next(
        s for s in demo_services.meetings.list_seances() if s.status is SeanceStatus.CR_VALIDE
    )
    page.open_seance(validated.id)
    editor = page.seance_view.agenda_editor

    assert not editor.model.editable
    assert not editor.add_action.isEnabled()
    assert not editor.model.flags(editor.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not editor.suggestion_buttons


def _data(title: str) -> AgendaItemData:
    return AgendaItemData(title=title)


def test_agenda_with_the_threaded_runner(
    qtbot: QtBot, demo_services: Services, page_context: PageContext
) -> None:
    """The real runner delivers results later: queued writes still chain ids and versions."""
    from gusp_desktop.domain.meetings import SeanceData
    from gusp_desktop.ui.tasks import TaskRunner

    data = SeanceData(
        instance_id=instance_id(demo_services, "COTECH-IQ"),
        starts_at=dt.datetime(2025, 6, 26, 9, 30),
    )
    seance_id = demo_services.meetings.create_seance(data).value.id
    runner = TaskRunner()
    page = SeancesPage(replace(page_context, tasks=runner))
    qtbot.addWidget(page)
    try:
        page.refresh()
        page.open_seance(seance_id)
        qtbot.waitUntil(lambda: page.seance_view.seance is not None, timeout=5000)
        editor = page.seance_view.agenda_editor
        for title in ("Un", "Deux", "Trois"):
            editor.add_item(_data(title))  # queued before any result came back
        qtbot.waitUntil(lambda: editor.model.rowCount() == 3, timeout=5000)
        editor.agenda_view.selectRow(0)
        editor.move_selected(1)
        editor.undo_stack.undo()
        editor.undo_stack.redo()
        editor.undo_stack.undo()
        qtbot.waitUntil(lambda: not editor._busy and not editor._queue, timeout=5000)
        assert titles(demo_services, seance_id) == ["Un", "Deux", "Trois"]
        assert [i.title for i in editor.model.items] == ["Un", "Deux", "Trois"]
    finally:
        # Let the reads still running deliver: shutdown() cancels pending ones.
        qtbot.waitUntil(lambda: runner._running == 0, timeout=5000)
        runner.shutdown()


def test_ctrl_n_adds_a_point_and_a_seance_where_the_focus_is(
    page: SeancesPage,
    demo_services: Services,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    seance_id = plan_seance_through_dialog(page, monkeypatch, dt.datetime(2025, 6, 26, 9, 30))
    editor = page.seance_view.agenda_editor
    prompts.answers.append("Point ajouté au clavier")

    _press(qtbot, editor.agenda_view, Qt.Key.Key_N, CTRL)
    assert titles(demo_services, seance_id) == ["Point ajouté au clavier"]

    count = len(demo_services.meetings.list_seances())
    _press(qtbot, page.seance_tree, Qt.Key.Key_N, CTRL)  # the dialog is faked to save at once
    assert len(demo_services.meetings.list_seances()) == count + 1


def _press(qtbot: QtBot, widget: object, key: Qt.Key, modifier: Qt.KeyboardModifier) -> None:
    """Press a key on the active window with ``widget`` focused, so shortcuts see it."""
    from PySide6.QtTest import QTest

    window = widget.window()  # type: ignore[attr-defined]
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    widget.setFocus()  # type: ignore[attr-defined]
    qtbot.waitUntil(widget.hasFocus)  # type: ignore[attr-defined]
    QTest.keyClick(window.windowHandle(), key, modifier)


class HeldTaskRunner(ImmediateTaskRunner):
    """Runs each task at once but hands its answer back only when the test says so."""

    def __init__(self) -> None:
        super().__init__()
        self.held: list[Callable[[], None]] = []

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        *,
        write: bool = False,
        with_progress: bool = False,
        initiator: object = None,
    ) -> Future[Any]:
        future: Future[Any] = Future()
        future.set_result(fn())
        if on_done is not None:
            self.held.append(lambda: on_done(future.result()))
        return future


def test_answers_arriving_out_of_order_leave_the_last_seance_asked_for(
    qtbot: QtBot, demo_services: Services, page_context: PageContext
) -> None:
    runner = HeldTaskRunner()
    view = SeanceView(replace(page_context, tasks=runner))
    qtbot.addWidget(view)
    first, second = (s.id for s in demo_services.meetings.list_seances()[:2])
    view.open(first)
    view.open(second)
    answers, runner.held = runner.held, []
    for deliver in reversed(answers):  # the pool answers the second read first
        deliver()
    assert view.seance is not None and view.seance.id == second


def test_long_undo_labels_leave_the_point_buttons_in_the_toolbar(
    page: SeancesPage,
    demo_services: Services,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    """The undo button says « Annuler »; what it undoes is in its tooltip and in the menu."""
    from PySide6.QtWidgets import QToolButton

    plan_seance_through_dialog(page, monkeypatch, dt.datetime(2025, 6, 26, 9, 30))
    editor = page.seance_view.agenda_editor
    long_title = "Point très long sur la gestion des encombrants et des dépôts sauvages " * 3
    prompts.answers.append(long_title)
    editor.add_action.trigger()
    assert editor.undo_action.text().startswith("Annuler Ajouter « Point très long")
    undo_button = editor.toolbar.widgetForAction(editor.undo_action)
    assert isinstance(undo_button, QToolButton)
    assert undo_button.text() == "Annuler"
    assert "Point très long" in undo_button.toolTip()
    window = page.window()
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    for action in (editor.add_action, editor.remove_action, editor.up_action, editor.down_action):
        button = editor.toolbar.widgetForAction(action)
        assert button is not None and button.isVisibleTo(editor.toolbar), action.text()


def test_suggested_points_are_read_when_the_agenda_tab_shows(
    page: SeancesPage, demo_services: Services, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each autosave of the minutes reloads the séance: behind the « Compte rendu » tab the
    suggestions (every open action of the quartiers) are not read again until the agenda
    shows."""
    writing = next(
        s for s in demo_services.meetings.list_seances() if s.status is SeanceStatus.CR_REDACTION
    )
    page.show()
    page.open_seance(writing.id)
    view = page.seance_view
    asked: list[int] = []
    suggest = demo_services.agenda.suggest_items

    def counted(seance_id: int) -> list[AgendaItemData]:
        asked.append(seance_id)
        return suggest(seance_id)

    monkeypatch.setattr(demo_services.agenda, "suggest_items", counted)
    view.tabs.setCurrentWidget(view.minutes_editor)
    page.open_seance(writing.id)  # what a saved note's change does to the view
    view.agenda_editor.load(demo_services.meetings.get_seance(writing.id))
    assert asked == []
    view.tabs.setCurrentWidget(view.agenda_editor)
    qtbot.waitUntil(lambda: asked == [writing.id])
