"""Fichier › « Sauvegardes… »: list, back up now, restore after confirming what is lost."""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import text

from gusp_desktop.db.backups import MANUAL, BackupStore
from gusp_desktop.db.engine import make_engine
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.dialogs.backups import BackupsDialog, add_backups_action, offer_restore
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.settings import AppSettings


def _titles(path: Path) -> list[str]:
    with contextlib.closing(sqlite3.connect(path)) as conn:
        return [r[0] for r in conn.execute("SELECT title FROM action ORDER BY id LIMIT 3")]


def _retitle(path: Path, title: str) -> None:
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.execute(text("UPDATE action SET title = :t WHERE id = 1"), {"t": title})
    engine.dispose()


@pytest.fixture
def store(tmp_path: Path, demo_db_path: Path) -> BackupStore:
    backups = BackupStore(tmp_path / "sauvegardes")
    backups.take(demo_db_path, MANUAL)
    return backups


def test_restoring_from_the_dialog(qtbot, demo_db_path: Path, store: BackupStore) -> None:
    before = _titles(demo_db_path)
    _retitle(demo_db_path, "Titre changé après la sauvegarde")
    released: list[bool] = []
    prompts = ScriptedPrompts(True)
    dialog = BackupsDialog(store, demo_db_path, prompts, lambda: released.append(True))
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 1 and dialog.restore_button.isEnabled()
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    kind, _title, question = prompts.shown[0]
    assert kind == "confirm"
    assert "sera remplacée par la sauvegarde manuelle" in question
    assert "d'abord gardée" in question
    assert released == [True] and dialog.restored
    assert _titles(demo_db_path) == before
    assert prompts.shown[-1][0] == "info" and "relancez" in prompts.shown[-1][2]
    assert {b.reason for b in store.entries()} == {MANUAL, "avant-restauration"}


def test_declining_changes_nothing(qtbot, demo_db_path: Path, store: BackupStore) -> None:
    _retitle(demo_db_path, "Garder ce titre")
    prompts = ScriptedPrompts(False)
    dialog = BackupsDialog(store, demo_db_path, prompts, lambda: pytest.fail("libéré"))
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert not dialog.restored and _titles(demo_db_path)[0] == "Garder ce titre"
    before = {b.path for b in store.entries()}
    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    # The new copy is listed first; retention keeps the newest manual copy of the day, so
    # the earlier one stays only when both were taken within the same second.
    entries = store.entries()
    assert entries[0].path not in before
    assert dialog.table.rowCount() == len(entries) >= 1


def test_file_menu_entry(
    qtbot, demo_services, demo_db_path: Path, store: BackupStore, tasks, settings_path
) -> None:
    prompts = ScriptedPrompts()
    window = create_main_window(demo_services, tasks, prompts, AppSettings(settings_path), "x")
    qtbot.addWidget(window)
    action = add_backups_action(window, store, demo_db_path, prompts, lambda: None)
    assert action in window.file_menu.actions()
    assert action.text().replace("&", "") == "Sauvegardes…"


def test_offered_at_start_up_when_the_file_is_damaged(
    qtbot, monkeypatch: pytest.MonkeyPatch, demo_db_path: Path, store: BackupStore
) -> None:
    shown: list[BackupsDialog] = []

    def record(dialog: BackupsDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(BackupsDialog, "exec", record)
    offer_restore(None, store, demo_db_path, ScriptedPrompts(True), lambda: None)
    assert len(shown) == 1 and shown[0].table.rowCount() == 1
    offer_restore(
        None,
        BackupStore(demo_db_path.parent / "vide"),
        demo_db_path,
        ScriptedPrompts(),
        lambda: None,
    )  # no backup: nothing to offer, no question
