"""Marking a name in the notes of a compte rendu: highlighted, saved, occulted in documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.redaction import OCCULTED, SPAN_END, SPAN_START
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.decision_text import DecisionTextDialog
from gusp_desktop.ui.pages.seances.minutes_item import PointMinutesPanel
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.pages.seances.view import TAB_MINUTES
from gusp_desktop.ui.widgets.personal_data_marks import MARK_SHORTCUT, SPAN_BACKGROUND
from tests.ui.helpers import type_text
from tests.unit.documents.tools import pdf_text

NAME = "Odette Marquant"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def seance_id(demo_services: Services) -> int:
    return next(
        s.id
        for s in demo_services.meetings.list_seances()
        if s.instance_code == "COTECH-IQ" and s.status is SeanceStatus.CR_REDACTION
    )


@pytest.fixture
def panel(qtbot: QtBot, page_context: PageContext, seance_id: int) -> PointMinutesPanel:
    page = SeancesPage(page_context)
    qtbot.addWidget(page)
    page.refresh()
    page.open_seance(seance_id)
    page.seance_view.tabs.setCurrentIndex(TAB_MINUTES)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    editor = page.seance_view.minutes_editor
    found: PointMinutesPanel = editor.panel(editor.point_list.item(0).data(0x0100))
    return found


def _background_at(panel: PointMinutesPanel | DecisionTextDialog, position: int) -> str:
    editor = panel.notes_edit if isinstance(panel, PointMinutesPanel) else panel.editor
    block = editor.document().findBlock(position)
    offset = position - block.position()
    for fmt in block.layout().formats():
        if fmt.start <= offset < fmt.start + fmt.length:
            return str(fmt.format.background().color().name())
    return ""


def test_the_shortcut_marks_the_selection_which_is_saved_and_occulted(
    panel: PointMinutesPanel,
    demo_services: Services,
    seance_id: int,
    qtbot: QtBot,
    tmp_path: Path,
) -> None:
    editor = panel.notes_edit
    editor.setFocus()
    editor.moveCursor(QTextCursor.MoveOperation.End)
    type_text(editor, f" Signalé par {NAME}.")
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.movePosition(QTextCursor.MoveOperation.Left)  # the full stop stays outside
    cursor.movePosition(QTextCursor.MoveOperation.Left, QTextCursor.MoveMode.KeepAnchor, len(NAME))
    editor.setTextCursor(cursor)
    assert editor.textCursor().selectedText() == NAME

    qtbot.keyClick(
        editor,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )

    text = editor.toPlainText()
    assert text.endswith(f"Signalé par {SPAN_START}{NAME}{SPAN_END}.")
    inside = text.index(NAME) + 2
    assert _background_at(panel, inside) == SPAN_BACKGROUND.name()
    assert _background_at(panel, text.index("Signalé")) != SPAN_BACKGROUND.name()
    assert panel.marking.mark_action.shortcut().toString() == MARK_SHORTCUT
    assert panel.marking.mark_action in editor.actions()

    def stored() -> str:
        items = demo_services.agenda.list_items(seance_id)
        return next(i.notes for i in items if i.id == panel.item.id)

    qtbot.waitUntil(lambda: stored() == text, timeout=4000)
    document = demo_services.exports.export_seance_document(
        "minutes", seance_id, tmp_path / "cr.pdf", "pdf"
    )
    printed = " ".join(pdf_text(document).split())
    assert NAME not in printed and f"Signalé par {OCCULTED}" in printed


def test_the_mark_under_the_cursor_can_be_taken_away(panel: PointMinutesPanel) -> None:
    editor = panel.notes_edit
    editor.setPlainText(f"Rencontre avec {SPAN_START}{NAME}{SPAN_END} hier.")
    cursor = editor.textCursor()
    cursor.setPosition(len("Rencontre avec ") + 3)
    editor.setTextCursor(cursor)
    assert panel.marking.unmark_at_cursor()
    assert editor.toPlainText() == f"Rencontre avec {NAME} hier."
    assert not panel.marking.unmark_at_cursor()
    editor.setReadOnly(True)
    editor.selectAll()
    assert not panel.marking.mark_selection()


def test_a_decision_is_marked_the_same_way(qtbot: QtBot) -> None:
    dialog = DecisionTextDialog("Nouvelle décision", "Décision :", f"Orienter {NAME} vers le CCAS")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    editor = dialog.editor
    dialog.activateWindow()
    editor.setFocus()
    qtbot.waitUntil(editor.hasFocus, timeout=2000)
    cursor = editor.textCursor()
    cursor.setPosition(len("Orienter "))
    cursor.setPosition(len("Orienter ") + len(NAME), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    qtbot.keyClick(
        editor,
        Qt.Key.Key_O,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert dialog.text() == f"Orienter {SPAN_START}{NAME}{SPAN_END} vers le CCAS"
    assert _background_at(dialog, dialog.text().index(NAME) + 2) == SPAN_BACKGROUND.name()
    assert _background_at(dialog, 0) != SPAN_BACKGROUND.name()
    assert dialog.marking.mark_action in editor.actions()
    assert dialog.marking.unmark_action.text()  # the context menu offers both actions
