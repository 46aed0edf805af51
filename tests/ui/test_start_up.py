"""Start-up: the main window is painted before the database layer is imported, then filled.

Until the database is open the window shows its page in its loading state and refuses
whatever needs a service; a database refused at opening is still explained as before.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from gusp_desktop.ui import app as app_module
from gusp_desktop.ui.app import make_runtime, open_database, show_opening_window
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.pages.catalogue import PAGES
from gusp_desktop.ui.pages.dashboard import DashboardData, DashboardPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.tasks import ImmediateTaskRunner


@pytest.fixture
def data_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The user's folders in a temporary directory, no database named by the environment."""
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    monkeypatch.setenv("GUSP_USER", "claire")
    return tmp_path / "data"


@pytest.fixture
def opening(
    qtbot, data_dirs: Path, tasks: ImmediateTaskRunner, prompts, settings_path: Path
) -> Iterator[MainWindow]:
    """The window as ``run_gui`` paints it, before any database is chosen."""
    window = show_opening_window(tasks, prompts, AppSettings(settings_path))
    qtbot.addWidget(window)
    yield window
    window.hide()


def _ran(tasks: ImmediateTaskRunner) -> list[bool]:
    """Records every change of the runner's busy state (a task run shows as True, False)."""
    seen: list[bool] = []
    tasks.busy_changed.connect(seen.append)
    return seen


def test_painting_the_window_imports_no_database_layer(tmp_path: Path) -> None:
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from gusp_desktop.ui.app import make_application, show_opening_window
        from gusp_desktop.ui.prompts import Prompts
        from gusp_desktop.ui.settings import AppSettings
        from gusp_desktop.ui.tasks import TaskRunner
        app = make_application([])
        tasks = TaskRunner()
        settings = AppSettings(Path({str(tmp_path)!r}) / "s.ini")
        window = show_opening_window(tasks, Prompts(), settings)
        loaded = sorted(m for m in sys.modules if m.split('.')[0] in
                        ('sqlalchemy', 'psycopg', 'cryptography', 'keyring', 'alembic'))
        print(window.isVisible(), window.pages.is_built("dashboard"), loaded)
        tasks.shutdown()
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip().splitlines()[-1] == "True True []"


def test_the_dashboard_is_filled_before_the_model_is_imported(
    data_dirs: Path, demo_db_path: Path, tmp_path: Path
) -> None:
    """The first page reads through connections of the Core tables; mapping the model waits
    for the idle preload, which imports and configures it in a worker."""
    code = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from PySide6.QtCore import QEventLoop, QTimer
        from gusp_desktop.ui.app import (
            make_application, make_runtime, open_database, show_opening_window,
        )
        from gusp_desktop.ui.prompts import Prompts
        from gusp_desktop.ui.settings import AppSettings
        from gusp_desktop.ui.tasks import TaskRunner

        def wait(done):
            loop, timer = QEventLoop(), QTimer()
            timer.timeout.connect(lambda: done() and loop.quit())
            timer.start(20)
            QTimer.singleShot(30_000, loop.quit)
            loop.exec()

        def model():
            return [m for m in ("sqlalchemy.orm", "gusp_desktop.db.models") if m in sys.modules]

        app = make_application([])
        tasks, prompts = TaskRunner(), Prompts()
        settings = AppSettings(Path({str(tmp_path)!r}) / "s.ini")
        window = show_opening_window(tasks, prompts, settings)
        runtime, notices = make_runtime({str(demo_db_path)!r}, settings, prompts, window)
        open_database(runtime, notices, window, tasks, prompts)
        wait(lambda: window.dashboard_page.data is not None)
        print(window.dashboard_page.data.by_status != [], model())
        wait(lambda: len(model()) == 2)
        from gusp_desktop.db.models import Action
        wait(lambda: Action.__mapper__.configured)
        print(model(), Action.__mapper__.configured)
        tasks.shutdown()
        runtime.close()
        """
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    filled, preloaded = out.strip().splitlines()[-2:]
    assert filled == "True []"
    assert preloaded == "['sqlalchemy.orm', 'gusp_desktop.db.models'] True"


def test_the_window_is_painted_loading_then_filled(
    opening: MainWindow, tasks: ImmediateTaskRunner, prompts, demo_db_path: Path, settings_path
) -> None:
    window, dashboard = opening, opening.dashboard_page
    assert window.isVisible() and not _ready(window)
    assert window.current_key() == "dashboard" and dashboard.isVisible()
    assert _filled(dashboard) is None
    assert dashboard.summary_label.text() == "Chargement du tableau de bord…"
    assert _hint(dashboard.overdue_tree) == "Chargement…"
    assert not dashboard.overdue_button.isEnabled()
    assert window.database_label.text() == "Ouverture de la base de données…"
    assert not window.sidebar.isEnabled() and not window.refresh_action.isEnabled()
    assert not window.documents_menu.menuAction().isEnabled()

    runtime, notices = make_runtime(str(demo_db_path), AppSettings(settings_path), prompts, window)
    try:
        open_database(runtime, notices, window, tasks, prompts)
        data = _filled(dashboard)
        assert _ready(window) and data is not None
        assert dashboard.summary_label.text().startswith("Aujourd'hui : ")
        assert _hint(dashboard.overdue_tree) == "Aucune action en retard."
        assert dashboard.overdue_button.isEnabled() == (data.overdue_total > 0)
        assert window.database_label.text() == f"Fichier local : {demo_db_path}"
        assert window.user_label.text() == "Claire Demarquette — Coordinateur"
        assert window.sidebar.isEnabled() and window.refresh_action.isEnabled()
        assert window.documents_menu.menuAction().isEnabled()
        entries = [action.text().replace("&", "") for action in window.file_menu.actions()]
        assert "Serveur partagé…" in entries and "Sauvegardes…" in entries
        seen = _ran(tasks)
        window.refresh_action.trigger()
        assert seen == [True, False]  # F5 reads the dashboard again
        window.show_page("actions")
        assert window.actions_page.model.rowCount() > 0
    finally:
        runtime.close()
    assert prompts.shown == []


def test_what_needs_the_database_is_refused_until_it_is_open(
    qtbot, opening: MainWindow, tasks: ImmediateTaskRunner, prompts
) -> None:
    window = opening
    seen = _ran(tasks)
    for action in (
        window.refresh_action,
        window.new_action,
        window.search_action,
        window.search_everywhere_action,
        *window.page_actions,
    ):
        action.trigger()  # a menu entry or a shortcut: disabled, nothing happens
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    window.open_item("action", 1)  # a request that slipped through is refused too
    window.dashboard_page.overdue_button.click()
    window.dashboard_page.filter_requested.emit(None)
    assert seen == [] and prompts.shown == []
    assert window.current_key() == "dashboard"
    assert [key for key in window.pages if window.pages.is_built(key)] == ["dashboard"]
    assert window._search_launcher is None


def test_a_page_other_than_the_dashboard_waits_for_the_database(
    qtbot, data_dirs: Path, tasks, prompts, settings_path: Path, demo_db_path: Path
) -> None:
    settings = AppSettings(settings_path)
    settings.last_page = "actions"
    settings.sync()
    window = show_opening_window(tasks, prompts, AppSettings(settings_path))
    qtbot.addWidget(window)
    assert window.current_key() == "actions" and not window.pages.is_built("actions")
    placeholder = window.stack.currentWidget()
    assert isinstance(placeholder, QLabel) and placeholder.text() == "Chargement…"
    runtime, notices = make_runtime(str(demo_db_path), settings, prompts, window)
    try:
        open_database(runtime, notices, window, tasks, prompts)
        assert window.pages.is_built("actions") and window.current_key() == "actions"
        assert window.actions_page.model.rowCount() > 0
    finally:
        runtime.close()
        window.hide()


class _Refusals(ScriptedPrompts):
    """Scripted prompts that also note whether the painted window stood behind each error."""

    def __init__(self) -> None:
        super().__init__()
        self.window_shown: list[bool] = []
        self.window: MainWindow | None = None

    def error(self, parent, title: str, text: str) -> None:
        self.window_shown.append(self.window is not None and self.window.isVisible())
        super().error(parent, title, text)


@pytest.fixture
def start(qapp, data_dirs: Path, settings_path: Path, monkeypatch: pytest.MonkeyPatch) -> _Refusals:
    """``run_gui`` on the test's application, preferences and scripted prompts."""
    prompts = _Refusals()
    painted = show_opening_window

    def paint(tasks, prompts_, settings) -> MainWindow:
        prompts.window = painted(tasks, prompts_, settings)
        return prompts.window

    monkeypatch.setattr(app_module, "configure_logging", lambda: None)
    monkeypatch.setattr(app_module, "make_application", lambda: qapp)
    monkeypatch.setattr(app_module, "AppSettings", lambda: AppSettings(settings_path))
    monkeypatch.setattr(app_module, "Prompts", lambda: prompts)
    monkeypatch.setattr(app_module, "TaskRunner", ImmediateTaskRunner)
    monkeypatch.setattr(app_module, "show_opening_window", paint)
    monkeypatch.setattr("gusp_desktop.ui.i18n.install_translators", lambda *_args: [])
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    return prompts


def test_a_newer_database_is_explained_over_the_painted_window(
    start: _Refusals, tmp_path: Path, sqlite_template: Path
) -> None:
    future = tmp_path / "future.sqlite3"
    shutil.copy(sqlite_template, future)
    with sqlite3.connect(future) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    assert app_module.run_gui(str(future)) == 1
    [(kind, title, text)] = start.shown
    assert (kind, title) == ("error", "Base de données trop récente")
    assert text.endswith("Installez la dernière version de GUSP Desktop.")
    assert start.window_shown == [True]
    assert start.window is not None and not start.window.isVisible()
    assert not start.window.services_ready


def test_a_damaged_file_is_explained_over_the_painted_window(
    start: _Refusals, tmp_path: Path
) -> None:
    damaged = tmp_path / "notes.gusp"
    damaged.write_text("pas une base", encoding="utf-8")
    assert app_module.run_gui(str(damaged)) == 1
    [(kind, title, text)] = start.shown  # no backup of it: no restore is offered
    assert (kind, title) == ("error", "Base de données inaccessible")
    assert text.startswith(f"Le fichier « {damaged} » n'est pas une base GUSP")
    assert start.window_shown == [True]


def test_a_refused_server_is_explained_over_the_painted_window(start: _Refusals) -> None:
    assert app_module.run_gui("postgresql+psycopg://claire@127.0.0.1:9/gusp") == 1
    [(kind, title, text)] = start.shown
    assert (kind, title) == ("error", "Base de données inaccessible")
    assert text.endswith("Vérifiez le fichier ou le serveur choisi, puis relancez.")
    assert start.window_shown == [True]


def test_the_catalogue_describes_each_page_as_its_class_does() -> None:
    """The window shows a page's entry, shortcut and « open » routing before building it."""
    described = [(s.key, s.title, s.shortcut, s.opens, s.load()) for s in PAGES]
    actual = [(c.key, c.title, c.shortcut, c.opens, c) for c in _page_classes()]
    assert described == actual


def _ready(window: MainWindow) -> bool:
    return window.services_ready


def _filled(page: DashboardPage) -> DashboardData | None:
    """What the dashboard shows (read through a call: it changes under the test's feet)."""
    return page.data


def _hint(tree) -> str:
    from gusp_desktop.ui.widgets.empty_hint import EmptyHint

    hint = tree.findChild(EmptyHint)
    assert hint is not None
    return str(hint.label.text())


def _page_classes() -> list[type[Page]]:
    """The pages in the main window's sidebar order."""
    from gusp_desktop.ui.pages.actions import ActionsPage
    from gusp_desktop.ui.pages.atfpb import AtfpbPage
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
