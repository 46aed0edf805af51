"""Saves that change nothing visible are confirmed in the main window's status bar."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLabel, QMainWindow

from gusp_desktop.ui.prompts import Prompts


def test_notice_reaches_the_status_bar_from_a_page_and_from_a_dialog(qtbot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    page = QLabel("page")
    window.setCentralWidget(page)
    Prompts().notify(page, "Enregistré : AVE.")
    assert window.statusBar().currentMessage() == "Enregistré : AVE."
    dialog = QDialog(page)
    Prompts().notify(dialog, "Point de suivi enregistré.")
    assert window.statusBar().currentMessage() == "Point de suivi enregistré."


def test_notice_without_a_main_window_is_silent(qtbot) -> None:
    lonely = QLabel("seul")
    qtbot.addWidget(lonely)
    Prompts().notify(lonely, "rien")
    Prompts().notify(None, "rien")
