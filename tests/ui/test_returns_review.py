"""A partner's returned tableau de suivi in the window: from the Documents menu or dropped on
the plan, reviewed in a dialog, accepted row by row or field by field, then applied."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.dialogs.returns_review import ReturnsReviewDialog
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.test_documents_menu import menu_action
from tests.ui.test_main_window import open_window

AUTHOR = "Inès Taleb – Marve Habitat (OPH)"


def _returned(services: Services, folder: Path) -> Path:
    """MH's plan, exported, then filled in: two answers, a locked cell, a bad percentage."""
    exported = services.exports.export_action_plan(
        ActionQuery(involving_code="MH"), folder / "plan-MH.xlsx", "xlsx"
    )
    book = load_workbook(exported)
    sheet = book.active
    assert isinstance(sheet, Worksheet)
    titles = {str(cell.value): cell.column for cell in sheet[1]}
    lines = {str(row[0].value): row[0].row for row in sheet.iter_rows(min_row=2)}
    sheet.cell(lines["HM-25-010"], titles["%"], 80)
    sheet.cell(lines["HM-25-010"], titles["Commentaire"], "Porte réparée.")
    sheet.cell(lines["HM-25-013"], titles["%"], 95)
    sheet.cell(lines["HM-25-018"], titles["Action"], "Autre intitulé")
    sheet.cell(lines["HM-25-018"], titles["%"], 70)
    sheet.cell(lines["HM-25-055"], titles["%"], 140)
    returned = folder / "retour-MH.xlsx"
    book.save(returned)
    return returned


def _dialog(window: MainWindow) -> ReturnsReviewDialog:
    dialog = window.findChild(ReturnsReviewDialog)
    assert isinstance(dialog, ReturnsReviewDialog)
    return dialog


def _rows(dialog: ReturnsReviewDialog) -> dict[str, tuple[str, bool]]:
    """Action number → (status shown, can be ticked)."""
    found = {}
    for index in range(dialog.tree.topLevelItemCount()):
        item = dialog.tree.topLevelItem(index)
        assert item is not None
        checkable = bool(item.flags() & Qt.ItemFlag.ItemIsUserCheckable)
        found[item.text(0).split(" ")[0]] = (item.text(1), checkable)
    return found


def test_review_from_the_documents_menu_and_apply_a_choice(
    qtbot, demo_services: Services, tasks, settings_path: Path, tmp_path: Path
) -> None:
    returned = _returned(demo_services, tmp_path)
    prompts = ScriptedPrompts(str(returned), None)  # the file to open; the final message
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    menu_action(window, "Importer un tableau de suivi renvoyé…").trigger()
    dialog = _dialog(window)
    rows = _rows(dialog)
    assert rows["HM-25-010"] == ("Correct", True)
    assert rows["HM-25-018"] == ("Cellule verrouillée modifiée", True)
    assert rows["HM-25-055"] == ("Valeur invalide", False)
    assert not dialog.apply_button.isEnabled()
    qtbot.mouseClick(dialog.accept_all_button, Qt.MouseButton.LeftButton)
    assert dialog.decision().accepted == dialog.review.auto_decision().accepted
    assert {dialog.review.rows[line - 2].action_number for line in dialog.decision().accepted} == {
        "HM-25-010",
        "HM-25-013",
    }
    locked_row = next(
        dialog.tree.topLevelItem(i)
        for i in range(dialog.tree.topLevelItemCount())
        if dialog.tree.topLevelItem(i).text(0).startswith("HM-25-018")  # type: ignore[union-attr]
    )
    assert locked_row is not None
    locked_row.setCheckState(0, Qt.CheckState.Checked)  # a whole row accepted by hand
    assert "progress" in dialog.decision().fields(int(locked_row.data(0, Qt.ItemDataRole.UserRole)))
    locked_row.setCheckState(0, Qt.CheckState.Unchecked)
    progress_013 = next(
        item for item in dialog.field_items() if item.parent().text(0).startswith("HM-25-013")
    )
    progress_013.setCheckState(0, Qt.CheckState.Unchecked)  # rejected by hand
    dialog.sender_edit.setText("Inès Taleb")
    combo = dialog.seance_combo
    assert combo.itemData(0) == dialog.review.seance_id and "COTECH" in combo.itemText(0)
    assert combo.itemData(combo.count() - 1) is None  # « aucune séance »
    combo.setCurrentIndex(1)  # another coming séance
    chosen = combo.currentData()
    assert isinstance(chosen, int) and chosen != dialog.review.seance_id
    assert dialog.apply_button.isEnabled()
    before_013 = demo_services.actions.get_by_number("HM-25-013").row.progress
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert dialog.applied is not None and dialog.applied.author == AUTHOR
    detail = demo_services.actions.get_by_number("HM-25-010")
    assert detail.row.progress == 80
    assert any(
        h.author == AUTHOR and h.comment == "Porte réparée." and h.seance_id == chosen
        for h in detail.history
    )
    assert demo_services.actions.get_by_number("HM-25-013").row.progress == before_013
    assert prompts.shown[-1][0] == "info"


def test_a_file_dropped_on_the_plan_opens_its_review(
    qtbot, demo_services: Services, tasks, settings_path: Path, tmp_path: Path
) -> None:
    returned = _returned(demo_services, tmp_path)
    window = open_window(qtbot, demo_services, tasks, ScriptedPrompts(), settings_path)
    window.show_page("actions")
    page = window.actions_page
    assert page.acceptDrops()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(returned))])
    drop = QDropEvent(
        QPointF(QPoint(20, 20)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    enter = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dragEnterEvent(enter)
    assert enter.isAccepted()
    page.dropEvent(drop)
    assert drop.isAccepted()
    dialog = _dialog(window)
    assert dialog.review.source == "retour-MH.xlsx"
    points = len(demo_services.actions.get_by_number("HM-25-010").history)
    dialog.reject()
    assert len(demo_services.actions.get_by_number("HM-25-010").history) == points
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    refused = QDragEnterEvent(
        QPoint(20, 20),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dragEnterEvent(refused)
    assert not refused.isAccepted()
