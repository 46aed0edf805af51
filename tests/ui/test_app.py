"""Composition root: first start, database choice, readable errors."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import Action, Quartier
from gusp_desktop.domain.errors import DatabaseUnavailableError, SchemaTooNewError, ValidationError
from gusp_desktop.error_log import log_file
from gusp_desktop.ui import app as app_module
from gusp_desktop.ui.app import choose_database, make_excepthook, prepare_first_database
from gusp_desktop.ui.dialogs.welcome import DEMO, EMPTY, WelcomeDialog
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.settings import AppSettings


@pytest.fixture
def data_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the user data directory at a temporary one, with no database chosen."""
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    monkeypatch.setenv("GUSP_USER", "claire")
    return tmp_path / "data"


def count(path: Path, model: type) -> int:
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(model)) or 0)
    finally:
        engine.dispose()


def test_welcome_dialog_prepares_the_demo_in_one_click(qtbot, tasks, prompts) -> None:
    asked: list[str] = []
    dialog = WelcomeDialog(tasks, prompts, asked.append)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.demo_button, Qt.MouseButton.LeftButton)
    assert asked == [DEMO]
    assert dialog.choice == DEMO
    assert dialog.result() == WelcomeDialog.DialogCode.Accepted


def test_welcome_dialog_reports_a_failure_and_stays_open(qtbot, tasks, prompts) -> None:
    def refuse(_choice: str) -> None:
        raise ValidationError({"_": "Disque plein."})

    dialog = WelcomeDialog(tasks, prompts, refuse)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.empty_button, Qt.MouseButton.LeftButton)
    assert prompts.shown[-1] == ("error", "Saisie refusée", "Disque plein.")
    assert dialog.choice is None and dialog.empty_button.isEnabled()


def test_first_start_demo_gets_its_own_file(data_dirs: Path) -> None:
    path = prepare_first_database(DEMO, data_dirs)
    assert path == data_dirs / "demo.sqlite3"
    assert count(path, Action) == 60
    assert count(path, Quartier) == 3
    assert prepare_first_database(DEMO, data_dirs) == path  # reopening never reloads
    assert count(path, Action) == 60


def test_first_start_empty_database_is_the_default_file(data_dirs: Path) -> None:
    path = prepare_first_database(EMPTY, data_dirs)
    assert path == data_dirs / "gusp.sqlite3"
    assert count(path, Action) == 0


def test_database_choice_order(data_dirs: Path, settings_path: Path, tasks, monkeypatch) -> None:
    settings = AppSettings(settings_path)
    prompts = ScriptedPrompts()
    assert choose_database("/x/cli.sqlite3", settings, tasks, prompts) == "/x/cli.sqlite3"
    monkeypatch.setenv("GUSP_DB_URL", "sqlite:////x/env.sqlite3")
    assert choose_database(None, settings, tasks, prompts) == "sqlite:////x/env.sqlite3"
    monkeypatch.delenv("GUSP_DB_URL")
    demo = prepare_first_database(DEMO, data_dirs)
    settings.last_database = str(demo)
    assert choose_database(None, settings, tasks, prompts) == str(demo)


def test_the_shared_server_in_use_comes_before_local_files(
    data_dirs: Path, settings_path: Path, tasks
) -> None:
    from gusp_desktop.db.profiles import ConnectionProfile, ProfileStore

    prepare_first_database(EMPTY, data_dirs)
    store = ProfileStore()
    store.save(ConnectionProfile(name="agglo", host="db.example", database="gusp", user="claire"))
    store.set_active("agglo")
    chosen = choose_database(None, AppSettings(settings_path), tasks, ScriptedPrompts())
    assert chosen == "@agglo"


def test_file_menu_offers_the_shared_server(
    qtbot, data_dirs: Path, demo_services, tasks, prompts, settings_path
) -> None:
    from gusp_desktop.ui.app import add_shared_server_action, create_main_window

    window = create_main_window(
        demo_services, tasks, prompts, AppSettings(settings_path), "Fichier local : x"
    )
    qtbot.addWidget(window)
    add_shared_server_action(window, prompts)
    texts = [a.text() for a in window.file_menu.actions()]
    assert texts[texts.index("&Serveur partagé…") + 1] == "&Préférences…"


def test_first_start_asks_with_the_welcome_dialog(
    data_dirs: Path, settings_path: Path, tasks, monkeypatch
) -> None:
    def fake_exec(dialog: WelcomeDialog) -> int:
        dialog.demo_button.click()
        return int(dialog.result())

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    settings = AppSettings(settings_path)
    chosen = choose_database(None, settings, tasks, ScriptedPrompts())
    assert chosen == str(data_dirs / "demo.sqlite3")
    assert AppSettings(settings_path).last_database == chosen
    assert count(Path(chosen), Action) == 60


def test_excepthook_logs_and_shows_a_readable_message(qapp, caplog) -> None:
    prompts = ScriptedPrompts()
    hook = make_excepthook(prompts)
    try:
        raise KeyError("version")
    except KeyError:
        hook(*sys.exc_info())
    [(kind, title, text)] = prompts.shown
    assert (kind, title) == ("error", "Erreur inattendue")
    assert "KeyError : 'version'" in text
    assert str(log_file()) in text
    assert "Erreur non gérée" in caplog.text
    assert "Traceback" in caplog.text


def test_startup_errors_are_explained_in_french() -> None:
    prompts = ScriptedPrompts()
    assert app_module._startup_error(prompts, SchemaTooNewError("Base trop récente.")) == 1
    assert prompts.shown[-1][1] == "Base de données trop récente"
    assert app_module._startup_error(prompts, DatabaseUnavailableError("Serveur injoignable.")) == 1
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("error", "Base de données inaccessible")
    assert text.startswith("Serveur injoignable.")


def test_start_up_pauses_the_collector_and_later_collections_skip_what_it_built() -> None:
    import gc

    from gusp_desktop.ui.app import pause_collector, resume_collector

    assert gc.isenabled()
    pause_collector()
    try:
        assert not gc.isenabled()
        built_at_start = [object() for _ in range(10)]
    finally:
        resume_collector()
    try:
        assert gc.isenabled()
        assert gc.get_freeze_count() >= len(built_at_start)
    finally:
        gc.unfreeze()  # the other tests' objects are collected as usual


def test_the_welcome_dialog_runs_with_the_collector_on(
    qtbot, data_dirs: Path, settings_path: Path, tasks, monkeypatch
) -> None:
    import gc

    seen: list[bool] = []

    def record(self, *_args) -> int:
        seen.append(gc.isenabled())
        return 0

    monkeypatch.setattr(WelcomeDialog, "exec", record)
    gc.disable()
    try:
        assert choose_database(None, AppSettings(settings_path), tasks, ScriptedPrompts()) is None
    finally:
        gc.enable()
    assert seen == [True]
