"""The window's shell: painted before the database layer is imported, like the main window."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.pages.catalogue import PAGES
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.shell import PAGE_TITLES, StartupShell, show_shell


def test_the_shell_has_the_main_window_sidebar(qtbot, tmp_path: Path) -> None:
    shell = StartupShell(AppSettings(tmp_path / "s.ini"))
    qtbot.addWidget(shell)
    pages = [(cls.key, cls.title) for cls in _page_classes()]
    assert list(PAGE_TITLES) == pages
    texts = [shell.sidebar.item(i).text() for i in range(shell.sidebar.count())]
    assert texts == [title for _key, title in pages]


def test_show_shell_paints_it_and_keeps_the_saved_place(qtbot, tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "s.ini")
    first = StartupShell(settings)
    qtbot.addWidget(first)
    first.setGeometry(20, 30, 500, 400)  # inside the offscreen screen
    settings.geometry = first.saveGeometry()
    shell = show_shell(settings)
    qtbot.addWidget(shell)
    assert shell.isVisible() and shell.size() == first.size()


def test_starting_the_window_imports_no_database_layer_before_the_shell() -> None:
    code = (
        "import sys, gusp_desktop.ui.app, gusp_desktop.ui.shell; "
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('sqlalchemy', 'psycopg', 'cryptography', 'keyring')))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def _page_classes() -> list[type[Page]]:
    """The pages in the main window's sidebar order."""
    from gusp_desktop.ui.pages.actions import ActionsPage
    from gusp_desktop.ui.pages.atfpb import AtfpbPage
    from gusp_desktop.ui.pages.dashboard import DashboardPage
    from gusp_desktop.ui.pages.directory.page import DirectoryPage
    from gusp_desktop.ui.pages.seances.page import SeancesPage
    from gusp_desktop.ui.pages.signalements import SignalementsPage
    from gusp_desktop.ui.pages.territory import TerritoryPage

    return [
        DashboardPage,
        SeancesPage,
        ActionsPage,
        DirectoryPage,
        TerritoryPage,
        AtfpbPage,
        SignalementsPage,
    ]


def test_the_catalogue_describes_each_page_as_its_class_does() -> None:
    """The window shows a page's entry, shortcut and « open » routing before building it."""
    described = [(s.key, s.title, s.shortcut, s.opens, s.load()) for s in PAGES]
    actual = [(c.key, c.title, c.shortcut, c.opens, c) for c in _page_classes()]
    assert described == actual
