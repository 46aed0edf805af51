"""« Signer le compte rendu », and the entry points the main window calls for signed minutes.

The passphrase is asked through :class:`Prompts` at the moment of signing, unless the secure
system keyring already holds it; it is handed to the background task in memory and kept
nowhere else. Signing runs through the task runner with progress, so the window stays alive.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.credentials import PassphraseSource, identity_secret_key
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.signed_minutes import (
    MinutesVersionInfo,
    PassphraseRejectedError,
    SignedMinutesError,
    SignerRole,
    SigningOutcome,
)
from gusp_desktop.services.signed_minutes.identities import SigningIdentities, passphrase_label
from gusp_desktop.services.signed_minutes.report import quiet_pyhanko
from gusp_desktop.services.signed_minutes.service import SignedMinutesService
from gusp_desktop.signing.identities import IdentityInfo
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.identities import IdentitiesDialog
from gusp_desktop.ui.dialogs.verify import VerifyDialog
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import Progress, TaskRunner

PDF_FILTER = "Documents PDF (*.pdf)"


def open_sign_dialog(
    parent: QWidget | None, context: PageContext, seance_id: int
) -> SigningOutcome | None:
    """« Signer le compte rendu » of a séance; the signing done, or None when cancelled."""
    quiet_pyhanko()
    services = context.services
    dialog = SignDialog(
        services.signed_minutes,
        services.identities,
        context.tasks,
        context.prompts,
        seance_id,
        parent,
    )
    dialog.exec()
    outcome = dialog.outcome
    dialog.deleteLater()
    return outcome


def open_verify_dialog(parent: QWidget | None, context: PageContext) -> None:
    """« Vérifier un document signé »: any PDF, checked against signatures and database."""
    quiet_pyhanko()
    signed_minutes = context.services.signed_minutes
    dialog = VerifyDialog(signed_minutes, context.tasks, context.prompts, parent)
    dialog.exec()
    dialog.deleteLater()


def open_identities_dialog(parent: QWidget | None, context: PageContext) -> None:
    """« Identités de signature »: authorities and signers of this computer."""
    identities = context.services.identities
    dialog = IdentitiesDialog(identities, context.tasks, context.prompts, parent)
    dialog.exec()
    dialog.deleteLater()


def suggested_name(version: MinutesVersionInfo | None, seance_id: int) -> str:
    number = version.number if version else 1
    return f"compte-rendu-seance-{seance_id}-v{number}-signe.pdf"


class SignDialog(QDialog):
    """Choose who signs and in which capacity, then sign in the background."""

    def __init__(
        self,
        service: SignedMinutesService,
        identities: SigningIdentities,
        tasks: TaskRunner,
        prompts: Prompts,
        seance_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Signer le compte rendu"))
        self._service, self._identities = service, identities
        self._tasks, self._prompts, self._seance_id = tasks, prompts, seance_id
        self.outcome: SigningOutcome | None = None
        self.version: MinutesVersionInfo | None = None
        self._source: PassphraseSource | None = None
        self._signers: dict[str, IdentityInfo] = {}
        self._pending = ("", "")
        self._running = False
        self._build()
        self._fill_identities(identities.signers())
        self._tasks.run(lambda: service.versions(seance_id), self._show_versions, self._failed)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.identity_combo = QComboBox()
        self.role_combo = QComboBox()
        for role in SignerRole:
            self.role_combo.addItem(tr_label(role).capitalize(), role.value)
        self.output_edit = QLineEdit()
        browse = QPushButton(self.tr("Parcourir…"))
        browse.clicked.connect(self._on_browse_clicked)
        output_row = QHBoxLayout()
        output_row.addWidget(self.output_edit, 1)
        output_row.addWidget(browse)
        self.source_edit = QLineEdit()
        self.source_edit.setPlaceholderText(self.tr("dernière révision gardée sur cet ordinateur"))
        pick_source = QPushButton(self.tr("Choisir…"))
        pick_source.clicked.connect(self._on_pick_source_clicked)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_edit, 1)
        source_row.addWidget(pick_source)
        self.remember_check = QCheckBox(self.tr("Mémoriser la phrase secrète dans le trousseau"))
        self.remember_check.setEnabled(self._identities.can_remember)
        keyring_note = QLabel(self._identities.secrets.description)
        keyring_note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Signataire"), self.identity_combo)
        form.addRow(self.tr("Qualité"), self.role_combo)
        form.addRow(self.tr("Fichier signé"), output_row)
        form.addRow(self.tr("Révision reçue"), source_row)
        form.addRow("", self.remember_check)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 100)
        self.progress_label = QLabel()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sign_button = self.buttons.addButton(
            self.tr("Signer"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.rejected.connect(self.reject)
        self.sign_button.clicked.connect(self._on_sign_clicked)
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.state_label)
        layout.addWidget(self.hint_label)
        layout.addLayout(form)
        layout.addWidget(keyring_note)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.buttons)
        self.identity_combo.currentIndexChanged.connect(self._on_identity_changed)

    def _fill_identities(self, signers: tuple[IdentityInfo, ...]) -> None:
        self._signers = {i.name: i for i in signers}
        for info in signers:
            self.identity_combo.addItem(f"{info.name} — {info.subject_cn}", info.name)
        if not signers:
            self.hint_label.setText(
                self.tr(
                    "Aucune identité de signature sur cet ordinateur : créez-en une ou "
                    "importez un certificat dans « Identités de signature »."
                )
            )
            self.sign_button.setEnabled(False)
        self._on_identity_changed()

    # -- reactions -------------------------------------------------------------------------

    def _show_versions(self, versions: list[MinutesVersionInfo]) -> None:
        self.version = versions[-1] if versions else None
        if not self.output_edit.text():
            suggested = Path.home() / suggested_name(self.version, self._seance_id)
            self.output_edit.setText(str(suggested))
        if self.version is None:
            self.state_label.setText(
                self.tr("Aucune version figée : le compte rendu doit être validé avant signature.")
            )
            return
        signed = ", ".join(f.signer_name for f in self.version.signed_files) or self.tr("aucune")
        self.state_label.setText(
            self.tr(
                "Séance {seance} — version {number} : {status}. Signatures déjà apposées : "
                "{signed}."
            ).format(
                seance=self.version.seance_label,
                number=self.version.number,
                status=tr_label(self.version.status),
                signed=signed,
            )
        )
        taken = self.version.signed_roles
        free = [
            i for i in range(self.role_combo.count()) if self.role_combo.itemData(i) not in taken
        ]
        if free and self.role_combo.currentData() in taken:
            self.role_combo.setCurrentIndex(free[0])

    def _on_identity_changed(self) -> None:
        """Take the capacity recorded with the identity, which the user may still change."""
        info = self._signers.get(self.identity_combo.currentData())
        if info is None or not info.role:
            return
        try:
            role = SignerRole.parse(info.role)
        except SignedMinutesError:
            return
        self.role_combo.setCurrentIndex(self.role_combo.findData(role.value))

    def _on_browse_clicked(self) -> None:
        current = Path(self.output_edit.text() or suggested_name(self.version, self._seance_id))
        title = self.tr("Enregistrer le compte rendu signé")
        path = self._prompts.save_path(self, title, current, PDF_FILTER)
        if path is not None:
            self.output_edit.setText(str(path.with_suffix(".pdf")))

    def _on_pick_source_clicked(self) -> None:
        """The file the previous signer sent, when it is not kept on this computer."""
        path = self._prompts.open_path(self, self.tr("Révision signée reçue"), PDF_FILTER)
        if path is not None:
            self.source_edit.setText(str(path))

    def _on_sign_clicked(self) -> None:
        name = self.identity_combo.currentData()
        output = self.output_edit.text().strip()
        if not name or not output:
            self._prompts.error(
                self,
                self.tr("Signature impossible"),
                self.tr("Choisissez un signataire et le fichier à écrire."),
            )
            return
        passphrase = self._passphrase(name)
        if passphrase is None:
            return
        role = SignerRole(self.role_combo.currentData())
        source = Path(self.source_edit.text().strip()) if self.source_edit.text().strip() else None
        self._set_running(True)

        def work(progress: Progress) -> Mutation[SigningOutcome]:
            def report(fraction: float, message: str) -> None:
                progress.update(round(fraction * 100), 100, message)

            return self._service.sign(
                self._seance_id,
                name,
                role,
                passphrase,
                Path(output),
                source=source,
                progress=report,
            )

        self._pending = (name, passphrase)
        self._tasks.run(
            work,
            self._on_signed,
            self._on_sign_failed,
            write=True,
            with_progress=True,
            initiator=self,
        )

    def _passphrase(self, name: str) -> str | None:
        resolver = self._identities.resolver(lambda label: self._prompts.passphrase(self, label))
        resolved = resolver.resolve(identity_secret_key(name), passphrase_label(name))
        self._source = resolved.source if resolved else None
        return resolved.value if resolved else None

    def reject(self) -> None:
        """Closing is refused while signing: the task reports back to this dialog."""
        if not self._running:
            super().reject()

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.buttons.setEnabled(not running)
        self.sign_button.setEnabled(not running)
        self.identity_combo.setEnabled(not running)
        if running:
            self._tasks.progress.connect(self._on_progress)
            self.progress_bar.setValue(0)
        else:
            self._tasks.progress.disconnect(self._on_progress)

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, message: str) -> None:
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_label.setText(message)

    def _on_signed(self, mutation: Mutation[SigningOutcome]) -> None:
        self._set_running(False)
        name, passphrase = self._pending
        self._pending = ("", "")
        outcome = mutation.value
        self.outcome = outcome
        if self.remember_check.isChecked() and self._source is PassphraseSource.PROMPT:
            self._identities.remember(name, passphrase)
        self._prompts.info(
            self,
            self.tr("Compte rendu signé"),
            self.tr("Signature {count} ({role}, {signer}) enregistrée.\nFichier : {path}").format(
                count=outcome.signed.signature_count,
                role=tr_label(outcome.signed.role_label),
                signer=outcome.signed.signer_name,
                path=outcome.output,
            ),
        )
        self.accept()

    def _on_sign_failed(self, error: BaseException) -> None:
        self._set_running(False)
        name, _passphrase = self._pending
        self._pending = ("", "")
        if isinstance(error, PassphraseRejectedError) and self._source is PassphraseSource.STORE:
            self._identities.forget(name)
        self.progress_label.clear()
        self._prompts.show_error(self, error)

    def _failed(self, error: BaseException) -> None:
        self._prompts.show_error(self, error)
