"""« Synthèse pour les habitants » from the Documents menu: quartier, period, format, saved."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.resident_summary import ResidentSummaryDialog
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.test_documents_menu import menu_action
from tests.ui.test_main_window import open_window


def _dialog(qtbot: QtBot, context: PageContext) -> ResidentSummaryDialog:
    dialog = ResidentSummaryDialog(context)
    qtbot.addWidget(dialog)
    return dialog


def test_saves_the_chosen_quartier_period_and_format(
    qtbot: QtBot, page_context: PageContext, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, page_context)
    codes = [dialog.quartier_combo.itemData(i) for i in range(dialog.quartier_combo.count())]
    assert codes == ["CO", "HM", "PR"]
    dialog.quartier_combo.setCurrentIndex(codes.index("PR"))
    dialog.from_edit.setDate(QDate(2025, 1, 1))
    dialog.to_edit.setDate(QDate(2025, 6, 15))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("pdf"))
    assert dialog.choice() == ("PR", dt.date(2025, 1, 1), dt.date(2025, 6, 15), "pdf")
    target = tmp_path / "pre-rolland"  # the extension is added when missing
    prompts.answers.append(str(target))
    dialog.save_button.click()
    saved = tmp_path / "pre-rolland.pdf"
    assert dialog.saved == saved and saved.is_file()
    assert "synthese-habitants-PR-20250101-20250615.pdf" in prompts.shown[-1][2]
    text = subprocess.run(["pdftotext", str(saved), "-"], capture_output=True, text=True).stdout
    assert "Le Pré-Rolland" in text and "Ce qui a été signalé" in text
    assert "Synthèse enregistrée" in prompts.notified[-1]


def test_inverted_period_refused_before_asking_where(
    qtbot: QtBot, page_context: PageContext, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    dialog = _dialog(qtbot, page_context)
    dialog.from_edit.setDate(QDate(2025, 6, 1))
    dialog.to_edit.setDate(QDate(2025, 5, 1))
    dialog.save_button.click()
    assert prompts.shown == [
        (
            "error",
            "Période inversée",
            "La date de fin précède la date de début : rien n'a été enregistré.",
        )
    ]
    assert dialog.saved is None and list(tmp_path.glob("*.pdf")) == []


def test_the_documents_menu_opens_it(
    qtbot: QtBot, demo_services: Services, tasks: object, settings_path: Path, monkeypatch
) -> None:
    opened: list[ResidentSummaryDialog] = []

    def shown(self: ResidentSummaryDialog) -> int:
        opened.append(self)
        return 0

    monkeypatch.setattr(ResidentSummaryDialog, "exec", shown)
    window = open_window(qtbot, demo_services, tasks, ScriptedPrompts(), settings_path)
    menu_action(window, "Synthèse pour les habitants…").trigger()
    assert len(opened) == 1 and opened[0].quartier_combo.count() == 3
