"""One database for the window and the command line, one configuration folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gusp_desktop.db.engine import resolve_url
from gusp_desktop.main import main
from gusp_desktop.paths import LAST_DATABASE_FILE, last_database
from gusp_desktop.ui.app import choose_database
from gusp_desktop.ui.dialogs.welcome import WelcomeDialog
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.settings import SETTINGS_FILE, AppSettings


@pytest.fixture
def folders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("GUSP_DB_URL", raising=False)
    monkeypatch.setenv("GUSP_USER", "claire")
    return tmp_path


def test_demo_chosen_in_the_window_is_what_the_command_line_lists(
    folders: Path, tasks, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def pick_demo(dialog: WelcomeDialog) -> int:
        dialog.demo_button.click()
        return int(dialog.result())

    monkeypatch.setattr(WelcomeDialog, "exec", pick_demo)
    chosen = choose_database(None, AppSettings(), tasks, ScriptedPrompts())
    assert chosen is not None and chosen.endswith("demo.sqlite3")
    assert last_database() == str(Path(chosen).resolve())
    assert resolve_url(None).database == str(Path(chosen).resolve())

    assert main(["actions", "list", "--format", "json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert len(listed) > 50  # the demo's plan (restricted actions aside)
    assert all(row["number"][:3] in ("HM-", "PR-", "CO-") for row in listed)
    assert main(["--db", chosen, "actions", "list", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out) == listed


def test_settings_live_in_the_configuration_folder(folders: Path) -> None:
    settings = AppSettings()
    settings.language = "en"
    settings.sync()
    assert settings.path == folders / "config" / SETTINGS_FILE
    assert "en" in settings.path.read_text(encoding="utf-8")


def test_a_vanished_last_database_falls_back_to_the_default(folders: Path) -> None:
    (folders / "config").mkdir(parents=True, exist_ok=True)
    (folders / "config" / LAST_DATABASE_FILE).write_text("/nulle/part.sqlite3\n")
    assert last_database() is None
    assert resolve_url(None).database == str((folders / "data" / "gusp.sqlite3").resolve())
