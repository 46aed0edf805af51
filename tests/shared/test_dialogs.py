"""The conflict dialog (both versions side by side) and the connection dialog."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton, QTableWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from gusp_desktop.credentials import EphemeralSecretStore, MemorySecretStore, SecretStore
from gusp_desktop.db.profiles import ConnectionProfile, ProfileStore, Verdict
from gusp_desktop.domain.actions import ActionEdit
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.domain.errors import ConflictError
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.ui.dialogs.conflict import (
    Choice,
    ConflictDialog,
    conflicting_fields,
    merge_text,
    resolve,
)
from gusp_desktop.ui.dialogs.connection import ConnectionDialog
from tests.shared.helpers import Seed, edit_of, live_context


def conflict() -> ConflictError:
    stored = {
        "id": 4,
        "version": 7,
        "title": "Bornes enterrées",
        "description": "Commande passée.\nLivraison en mai.",
        "theme": Theme.PROPRETE,
        "status": ActionStatus.EN_COURS,
    }
    attempted = {
        "title": "Bornes enterrées",
        "description": "Commande passée.\nPose prévue en juin.",
        "theme": Theme.ECLAIRAGE,
    }
    return ConflictError("action", 4, stored, attempted, stored_version=7)


def test_merge_keeps_every_line_once() -> None:
    merged = merge_text("Commande passée.\nLivraison en mai.", "Commande passée.\nPose en juin.")
    assert merged.splitlines() == ["Commande passée.", "Livraison en mai.", "Pose en juin."]
    assert merge_text("", "mien") == "mien" and merge_text("a\nb", "a") == "a\nb"


def test_resolutions() -> None:
    error = conflict()
    assert conflicting_fields(error) == ["description", "theme"]
    mine = resolve(error, Choice.MINE)
    assert mine.values == error.attempted and mine.base_version == 7
    assert resolve(error, Choice.THEIRS).values == {}
    merged = resolve(error, Choice.MERGE)
    assert "Livraison en mai." in merged.values["description"]
    assert "Pose prévue en juin." in merged.values["description"]
    assert merged.values["theme"] == error.attempted["theme"]


def test_dialog_shows_both_versions_and_merges(qtbot: QtBot) -> None:
    dialog = ConflictDialog(conflict())
    qtbot.addWidget(dialog)
    table = dialog.findChild(QTableWidget, "comparison")
    assert table is not None and table.rowCount() == 2
    assert table.item(0, 1).text() == "Commande passée.\nLivraison en mai."
    assert table.item(0, 2).text() == "Commande passée.\nPose prévue en juin."
    dialog.merge_editors["description"].setPlainText("Texte fusionné à la main")
    button = dialog.findChild(QPushButton, "merge_button")
    assert button is not None and button.isEnabled()
    button.click()
    assert dialog.resolution is not None
    assert dialog.resolution.values["description"] == "Texte fusionné à la main"


def test_dialog_take_other_version(qtbot: QtBot) -> None:
    dialog = ConflictDialog(conflict())
    qtbot.addWidget(dialog)
    take = dialog.findChild(QPushButton, "take_button")
    assert take is not None
    take.click()
    assert dialog.resolution is not None and dialog.resolution.choice is Choice.THEIRS


def verdict_of(dialog: ConnectionDialog) -> Verdict:
    """The verdict of the dialog's last test of the connection."""
    assert dialog.last_diagnosis is not None
    return dialog.last_diagnosis.verdict


def profile_dialog(qtbot: QtBot, tmp_path: Path, secrets: SecretStore) -> ConnectionDialog:
    dialog = ConnectionDialog(ProfileStore(tmp_path / "c.json"), secrets=secrets)
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.postgres
def test_connection_dialog_tests_and_saves(qtbot: QtBot, tmp_path: Path, shared_db: str) -> None:
    secrets = MemorySecretStore()
    dialog = profile_dialog(qtbot, tmp_path, secrets)
    assert dialog.warning_label.isVisibleTo(dialog)
    assert "non vérifiée" in dialog.warning_label.text()
    for edit, value in (
        (dialog.name_edit, "equipe"),
        (dialog.host_edit, "127.0.0.1"),
        (dialog.database_edit, "base_absente_xyz"),
        (dialog.user_edit, "postgres"),
        (dialog.password_edit, "secret"),
    ):
        edit.setText(value)
    dialog.test_button.click()
    assert dialog.last_diagnosis is not None
    assert dialog.last_diagnosis.verdict is Verdict.DATABASE_MISSING
    assert "n'existe pas" in dialog.result_label.text()
    dialog.database_edit.setText(shared_db)
    dialog.test_button.click()
    assert verdict_of(dialog) is Verdict.OK  # read again: the click above changed it
    dialog.remember_box.setChecked(True)
    dialog.save()
    saved = ProfileStore(tmp_path / "c.json").get("equipe")
    assert saved == ConnectionProfile("equipe", "127.0.0.1", shared_db, "postgres")
    assert secrets.get(saved.secret_key) == "secret"
    assert "secret" not in (tmp_path / "c.json").read_text(encoding="utf-8")


def test_without_secure_keyring_the_password_is_not_remembered(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = profile_dialog(qtbot, tmp_path, EphemeralSecretStore())
    assert not dialog.remember_box.isEnabled()
    assert dialog.remember_box.toolTip()  # says why
    dialog.ca_edit.setText(str(tmp_path / "ca.pem"))
    assert not dialog.warning_label.isVisibleTo(dialog)
    dialog.save()  # invalid: nothing saved, the errors are shown
    assert dialog.saved_profile is None and "Indiquez" in dialog.result_label.text()


@pytest.mark.postgres
def test_merge_resolution_saves_over_the_stored_version(admin_engine: Engine, seed: Seed) -> None:
    claire = ActionService(live_context(admin_engine, "claire"))
    samir = ActionService(live_context(admin_engine, "samir"))
    action_id = seed.actions[0]
    version = samir.get(action_id).row.version
    theirs = "Première ligne.\nDeuxième ligne.\nAjout de Claire."
    claire.update(action_id, version, edit_of(claire, action_id, description=theirs))
    mine = edit_of(samir, action_id, description="Première ligne.\nAjout de Samir.")
    with pytest.raises(ConflictError) as caught:
        samir.update(action_id, version, mine)
    resolution = resolve(caught.value, Choice.MERGE)
    assert resolution.base_version == claire.get(action_id).row.version
    values = {k: v for k, v in resolution.values.items() if k in ActionEdit.__dataclass_fields__}
    samir.update(action_id, resolution.base_version or 0, ActionEdit(**values))
    saved = samir.get(action_id).row.description
    assert "Ajout de Claire." in saved and "Ajout de Samir." in saved
