"""Pages are built the first time they are shown, and behave then as if always there."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QSplitter

from gusp_desktop.services.registry import Services
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.settings import AppSettings


def open_window(qtbot, services: Services, tasks, prompts, settings_path: Path) -> MainWindow:
    window = create_main_window(services, tasks, prompts, AppSettings(settings_path), "x")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    return window


def built(window: MainWindow) -> list[str]:
    return [page.key for page in window.pages.built()]


def test_only_the_page_shown_is_built(qtbot, demo_services, tasks, prompts, settings_path) -> None:
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    assert built(window) == ["dashboard"]
    assert "actions" in window.pages and len(window.pages) == 7  # named, still not built
    assert built(window) == ["dashboard"]
    assert window.sidebar.count() == 7 and len(window.page_actions) == 7


def test_the_last_page_is_the_only_one_built_at_the_next_start(
    qtbot, demo_services, tasks, prompts, settings_path
) -> None:
    first = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    first.show_page("territory")
    first.close()
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    assert window.current_key() == "territory"
    assert built(window) == ["territory"]
    assert window.stack.currentWidget().isAncestorOf(window.pages["territory"])


def test_a_shortcut_builds_the_page_then_new_and_search_act_on_it(
    qtbot, demo_services, tasks, prompts, settings_path
) -> None:
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "actions" and built(window) == ["dashboard", "actions"]
    page = window.actions_page
    assert window.stack.currentWidget().isAncestorOf(page)
    assert page.model.rowCount() == 60  # built, then loaded
    assert window.new_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(page.filter_bar.search_edit.hasFocus)


def test_ctrl_n_on_a_page_built_by_its_shortcut(
    qtbot, demo_services, tasks, prompts, settings_path, monkeypatch
) -> None:
    from gusp_desktop.ui.pages.plan_commands import PlanCommands

    opened: list[object] = []
    monkeypatch.setattr(PlanCommands, "_open_form", lambda self, request: opened.append(request))
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    window.actions_page.table_view.setFocus()
    qtbot.keyClick(
        window.actions_page.table_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier
    )
    assert len(opened) == 1  # the new action's form


def test_opening_an_entity_builds_the_page_that_shows_it(
    qtbot, demo_services, tasks, prompts, settings_path
) -> None:
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    organisation = demo_services.directory.list_organisations()[2]
    window.open_item("organisation", organisation.id)
    assert window.current_key() == "directory"
    assert built(window) == ["dashboard", "directory"]
    assert window.directory_page.organisation_panel.current == organisation


def test_a_page_built_later_gets_its_saved_splitters_and_others_changes(
    qtbot, demo_services, tasks, prompts, settings_path
) -> None:
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.show_page("directory")
    splitter = next(s for s in window.directory_page.findChildren(QSplitter) if s.objectName())
    sizes = splitter.sizes()
    splitter.setSizes([sizes[0] + 120, *[max(s - 120 // (len(sizes) - 1), 50) for s in sizes[1:]]])
    saved = splitter.sizes()
    assert saved != sizes
    window.close()
    again = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    again.show_page("dashboard")
    assert not again.pages.is_built("actions")
    again.show_page("directory")
    restored = again.directory_page.findChild(QSplitter, splitter.objectName())
    assert restored is not None and restored.sizes() == saved


def test_closing_asks_only_the_pages_that_exist(
    qtbot, demo_services, tasks, prompts, settings_path
) -> None:
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    window.close()
    assert not window.isVisible()
    assert built(window) == ["dashboard"]


def test_the_window_module_imports_no_page_and_no_dialog() -> None:
    code = (
        "import sys, gusp_desktop.ui.main_window; "
        "print(sorted(m for m in sys.modules if m.startswith(("
        "'gusp_desktop.ui.pages.', 'gusp_desktop.ui.dialogs', 'gusp_desktop.ui.map', "
        "'gusp_desktop.ui.search_launcher', 'gusp_desktop.services.exports', "
        "'gusp_desktop.documents', 'openpyxl', 'PySide6.QtCharts')) "
        "and m not in ('gusp_desktop.ui.pages.base', 'gusp_desktop.ui.pages.catalogue')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_once_idle_the_window_imports_the_other_pages_modules_without_building_them(
    qtbot, demo_services, tasks, prompts, settings_path, monkeypatch
) -> None:
    from gusp_desktop.ui import main_window

    imported: list[list[str]] = []
    monkeypatch.setattr(main_window, "import_modules", lambda names: imported.append(list(names)))
    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    qtbot.waitUntil(lambda: bool(imported))
    assert imported == [[f"gusp_desktop.ui.pages.{name}" for name in (
        "seances.page", "actions", "directory.page", "territory", "atfpb", "signalements"
    )]]  # fmt: skip
    assert built(window) == ["dashboard"]
    window.show_page("actions")
    qtbot.wait(main_window.PRELOAD_DELAY_MS + 100)
    assert len(imported) == 1  # once, at the first idle moment
