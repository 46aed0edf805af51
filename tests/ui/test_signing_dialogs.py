"""The signing dialogs on the demo territory: sign, verify, manage identities (inline tasks)."""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from gusp_desktop.credentials import (
    EphemeralSecretStore,
    MemorySecretStore,
    identity_secret_key,
)
from gusp_desktop.db.models import Contact, Seance
from gusp_desktop.db.models import Organisation as OrganisationRow
from gusp_desktop.domain.signed_minutes import SignerRole, SigningOutcome
from gusp_desktop.services.registry import Services
from gusp_desktop.services.signed_minutes.identities import SigningIdentities
from gusp_desktop.signing.identities import IdentityStore
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs import signing as signing_dialogs
from gusp_desktop.ui.dialogs.identities import IdentitiesDialog
from gusp_desktop.ui.dialogs.signing import SignDialog, open_sign_dialog
from gusp_desktop.ui.dialogs.verify import VerifyDialog
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.e2e.test_signing_support import secrets_in
from tests.unit.signing.helpers import (
    CA_PASSPHRASE,
    PRESIDENT_PASSPHRASE,
    SECRETARY_PASSPHRASE,
    Organisation,
    appended_page,
    build_organisation,
)

SECRETARY = "Claire Demarquette"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Never the user's real data or configuration directory."""
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def org(tmp_path: Path) -> Organisation:
    """The organisation's identities in the data directory the dialogs read by default."""
    return build_organisation(tmp_path / "data")


@pytest.fixture
def seance_id(demo_services: Services) -> int:
    """COTECH-IQ n° 4 of the demo, whose minutes are validated here."""
    (found,) = [
        s.id
        for s in demo_services.meetings.list_seances()
        if s.instance_code == "COTECH-IQ" and s.number == 4
    ]
    demo_services.signed_minutes.validate(found)
    with demo_services.context.session_factory.begin() as session:  # the test president
        seance = session.get(Seance, found)
        assert seance is not None
        chair = Contact(
            organisation_id=session.scalars(select(OrganisationRow.id)).first(),
            first_name="Pierre",
            last_name="Martin",
        )
        session.add(chair)
        session.flush()
        seance.president_id = chair.id
    return found


def sign_dialog(qtbot, services: Services, tasks, prompts, seance: int, secrets=None) -> SignDialog:
    identities = SigningIdentities(services.identities.store, secrets or EphemeralSecretStore())
    dialog = SignDialog(services.signed_minutes, identities, tasks, prompts, seance)
    qtbot.addWidget(dialog)
    return dialog


def outcome_of(dialog: SignDialog) -> SigningOutcome | None:
    return dialog.outcome


def fill(dialog: SignDialog, name: str, output: Path) -> None:
    dialog.identity_combo.setCurrentIndex(dialog.identity_combo.findData(name))
    dialog.output_edit.setText(str(output))


def test_sign_dialog_signs_in_the_background_with_progress(
    qtbot,
    demo_services,
    tasks: ImmediateTaskRunner,
    prompts: ScriptedPrompts,
    org,
    seance_id,
    tmp_path: Path,
) -> None:
    dialog = sign_dialog(qtbot, demo_services, tasks, prompts, seance_id)
    assert dialog.state_label.text().startswith(
        "Séance COTECH-IQ n° 4 du 12/06/2025 — version 1 : Validé."
    )
    assert not dialog.remember_check.isEnabled(), "no secure keyring in tests"
    fill(dialog, SECRETARY, tmp_path / "signe.pdf")
    assert dialog.role_combo.currentData() == SignerRole.SECRETAIRE.value
    prompts.answers.append(SECRETARY_PASSPHRASE)
    with qtbot.waitSignal(tasks.data_changed) as changed:
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert "seance" in changed.args[0].entities()
    assert prompts.shown[0] == (
        "passphrase",
        "Phrase secrète",
        "Phrase secrète de l'identité « Claire Demarquette » :",
    )
    assert dialog.outcome is not None and (tmp_path / "signe.pdf").exists()
    assert dialog.progress_bar.value() == 100
    assert dialog.result() == QDialog.DialogCode.Accepted
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("info", "Compte rendu signé")
    assert "Signature 1 (secrétaire de séance, Claire Demarquette)" in text


def test_wrong_passphrase_keeps_the_dialog_open(
    qtbot, demo_services, tasks, prompts: ScriptedPrompts, org, seance_id, tmp_path: Path
) -> None:
    dialog = sign_dialog(qtbot, demo_services, tasks, prompts, seance_id)
    fill(dialog, SECRETARY, tmp_path / "signe.pdf")
    prompts.answers.append("pas la bonne phrase")
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is None and dialog.sign_button.isEnabled()
    assert prompts.shown[-1] == (
        "error",
        "Opération impossible",
        "Phrase secrète incorrecte pour « Claire Demarquette ».",
    )
    assert not (tmp_path / "signe.pdf").exists()


def test_cancelling_the_passphrase_signs_nothing(
    qtbot, demo_services, tasks, prompts: ScriptedPrompts, org, seance_id, tmp_path: Path
) -> None:
    dialog = sign_dialog(qtbot, demo_services, tasks, prompts, seance_id)
    fill(dialog, SECRETARY, tmp_path / "signe.pdf")
    prompts.answers.append(None)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert dialog.outcome is None and not (tmp_path / "signe.pdf").exists()


def test_secure_keyring_remembers_and_forgets_a_rejected_passphrase(
    qtbot, demo_services, tasks, prompts: ScriptedPrompts, org, seance_id, tmp_path: Path
) -> None:
    keyring = MemorySecretStore()
    dialog = sign_dialog(qtbot, demo_services, tasks, prompts, seance_id, keyring)
    assert dialog.remember_check.isEnabled()
    fill(dialog, SECRETARY, tmp_path / "un.pdf")
    dialog.remember_check.setChecked(True)
    prompts.answers.append(SECRETARY_PASSPHRASE)
    qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
    assert keyring.get(identity_secret_key(SECRETARY)) == SECRETARY_PASSPHRASE
    keyring.set(identity_secret_key("Pierre Martin"), "ancienne phrase")
    second = sign_dialog(qtbot, demo_services, tasks, prompts, seance_id, keyring)
    fill(second, "Pierre Martin", tmp_path / "deux.pdf")
    qtbot.mouseClick(second.sign_button, Qt.MouseButton.LeftButton)  # no prompt: keyring
    assert second.outcome is None and keyring.get(identity_secret_key("Pierre Martin")) is None
    prompts.answers.append(PRESIDENT_PASSPHRASE)
    qtbot.mouseClick(second.sign_button, Qt.MouseButton.LeftButton)
    outcome = outcome_of(second)  # read again: the click above changed it
    assert outcome is not None and outcome.signed.signature_count == 2


def test_open_sign_dialog_returns_the_outcome(
    qtbot,
    demo_services,
    tasks,
    prompts: ScriptedPrompts,
    org,
    seance_id,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    page_context: PageContext,
) -> None:
    def run(dialog: SignDialog) -> int:
        fill(dialog, SECRETARY, tmp_path / "signe.pdf")
        prompts.answers.append(SECRETARY_PASSPHRASE)
        dialog.sign_button.click()
        return int(dialog.result())

    monkeypatch.setattr(SignDialog, "exec", run)
    outcome = open_sign_dialog(None, page_context, seance_id)
    assert outcome is not None and outcome.output == tmp_path / "signe.pdf"


def test_verify_dialog_shows_signatures_registration_and_problems(
    qtbot, demo_services, tasks, prompts: ScriptedPrompts, org, seance_id, tmp_path: Path
) -> None:
    service = demo_services.signed_minutes
    service.sign(seance_id, SECRETARY, "secrétaire", SECRETARY_PASSPHRASE, tmp_path / "1.pdf")
    signed = tmp_path / "2.pdf"
    service.sign(seance_id, "Pierre Martin", "président", PRESIDENT_PASSPHRASE, signed)
    dialog = VerifyDialog(service, tasks, prompts)
    qtbot.addWidget(dialog)
    prompts.answers.append(str(signed))
    dialog.choose_file()
    assert dialog.table.rowCount() == 2
    row = [dialog.table.item(1, c).text() for c in range(dialog.table.columnCount())]
    assert row[1:3] == ["Pierre Martin", "président de séance"]
    assert row[4:] == ["Autorité GUSP Roubaix", "oui", "oui", "oui"]
    assert dialog.table.item(0, 7).text() == "non (signatures ajoutées ensuite)"
    assert dialog.verdict_label.text() == "Document intègre : 2 signatures valides et approuvées."
    assert "COTECH-IQ n° 4 du 12/06/2025 (version 1, 2 signatures" in (
        dialog.registration_label.text()
    )
    assert dialog.problems_list.item(0).text() == "Aucun."
    altered = tmp_path / "altere.pdf"
    altered.write_bytes(appended_page(signed.read_bytes()))
    dialog.verify_file(altered)
    assert dialog.verdict_label.text().startswith("Document non valide")
    problems = [dialog.problems_list.item(i).text() for i in range(dialog.problems_list.count())]
    assert "Le fichier a été modifié après la dernière signature sans nouvelle signature." in (
        problems
    )
    assert dialog.registration_label.text() == "Base de données : fichier inconnu de la base"


def test_open_verify_dialog(qtbot, page_context: PageContext, org, monkeypatch) -> None:
    shown: list[VerifyDialog] = []

    def record(dialog: VerifyDialog) -> int:
        shown.append(dialog)
        return 0

    monkeypatch.setattr(VerifyDialog, "exec", record)
    signing_dialogs.open_verify_dialog(None, page_context)
    assert shown and shown[0].windowTitle() == "Vérifier un document signé"


def test_identities_dialog_creates_exports_and_imports(
    qtbot, tasks, prompts: ScriptedPrompts, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    identities = SigningIdentities(IdentityStore(tmp_path / "ids"), EphemeralSecretStore())
    dialog = IdentitiesDialog(identities, tasks, prompts)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 0
    prompts.answers.extend(
        ["Autorité Test", "Ville de Marvelin", "phrase-ca-1234", "phrase-ca-1234"]
    )
    dialog.new_authority()
    assert dialog.table.item(0, 0).text() == "Autorité Test"
    values = ("Léa Dufossé", "Autorité Test", "lea@example.fr", SignerRole.SECRETAIRE)
    monkeypatch.setattr(dialog, "ask_identity", lambda authorities: values)
    prompts.answers.extend(["phrase-ca-1234", "phrase-lea-1234", "autre chose"])
    dialog.new_identity()
    assert prompts.shown[-1][2] == "Les deux saisies de la phrase secrète diffèrent."
    prompts.answers.extend(["phrase-ca-1234", "phrase-lea-1234", "phrase-lea-1234"])
    dialog.new_identity()
    assert [dialog.table.item(r, 3).text() for r in range(2)] == ["", "secrétaire"]
    dialog.table.selectRow(0)
    prompts.answers.append(str(tmp_path / "autorite.pem"))
    dialog.export_authority()
    assert b"BEGIN CERTIFICATE" in (tmp_path / "autorite.pem").read_bytes()
    external = build_organisation(tmp_path / "ailleurs")
    prompts.answers.extend([str(external.president.path), "Pierre importé", PRESIDENT_PASSPHRASE])
    dialog.import_pkcs12()
    assert dialog.table.rowCount() == 3
    assert not any(kind == "error" for kind, *_ in prompts.shown[-3:])


def test_signing_from_the_window_leaves_no_secret_behind(
    qtbot,
    demo_services,
    tasks,
    prompts: ScriptedPrompts,
    org,
    seance_id,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    app_settings,
) -> None:
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    caplog.set_level(logging.DEBUG)
    for name, passphrase, output in (
        (SECRETARY, SECRETARY_PASSPHRASE, "un.pdf"),
        ("Pierre Martin", PRESIDENT_PASSPHRASE, "deux.pdf"),
    ):
        dialog = sign_dialog(qtbot, demo_services, tasks, prompts, seance_id)
        fill(dialog, name, tmp_path / output)
        prompts.answers.append(passphrase)
        qtbot.mouseClick(dialog.sign_button, Qt.MouseButton.LeftButton)
        assert dialog.outcome is not None
    app_settings.sync()
    passphrases = {
        "Autorité GUSP Roubaix": CA_PASSPHRASE,
        "Pierre Martin": PRESIDENT_PASSPHRASE,
        SECRETARY: SECRETARY_PASSPHRASE,
    }
    leaks = secrets_in([tmp_path], tmp_path / "data" / "identities", passphrases, [caplog.text])
    assert leaks == []
    assert not any(temp_dir.iterdir()), "temporary files were left behind"


def test_without_identities_the_dialog_says_what_to_do(
    qtbot, demo_services, tasks, prompts, seance_id, tmp_path: Path, monkeypatch
) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "vide"))
    dialog = sign_dialog(qtbot, demo_services, tasks, prompts, seance_id)
    assert not dialog.sign_button.isEnabled()
    assert "Aucune identité de signature" in dialog.hint_label.text()
    assert "version 1 : Validé. Signatures déjà apposées : aucune." in dialog.state_label.text()
