"""« Identités de signature »: the authorities and signers kept on this computer.

Creating an authority or an identity asks for a new passphrase twice; using an authority to
issue a certificate asks for its passphrase unless the secure keyring remembers it. Key
generation and PKCS#12 encryption run in the background.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.credentials import identity_secret_key
from gusp_desktop.domain.errors import message_of
from gusp_desktop.domain.signed_minutes import SignedMinutesError, SignerRole
from gusp_desktop.error_log import log_unexpected
from gusp_desktop.services.signed_minutes.identities import SigningIdentities, passphrase_label
from gusp_desktop.signing.identities import IdentityInfo
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner

P12_FILTER = "Certificats PKCS#12 (*.p12 *.pfx)"
PEM_FILTER = "Certificat PEM (*.pem)"
COLUMNS = (
    QT_TRANSLATE_NOOP("IdentitiesDialog", "Nom"),
    QT_TRANSLATE_NOOP("IdentitiesDialog", "Type"),
    QT_TRANSLATE_NOOP("IdentitiesDialog", "Titulaire"),
    QT_TRANSLATE_NOOP("IdentitiesDialog", "Qualité"),
    QT_TRANSLATE_NOOP("IdentitiesDialog", "Émetteur"),
    QT_TRANSLATE_NOOP("IdentitiesDialog", "Valable jusqu'au"),
)


class NewIdentityDialog(QDialog):
    """Name, issuing authority, e-mail and capacity of a new signer."""

    def __init__(self, authorities: tuple[IdentityInfo, ...], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nouvelle identité de signature"))
        self.name_edit = QLineEdit()
        self.ca_combo = QComboBox()
        for info in authorities:
            self.ca_combo.addItem(info.name, info.name)
        self.email_edit = QLineEdit()
        self.role_combo = QComboBox()
        self.role_combo.addItem(self.tr("(non précisée)"), None)
        for role in SignerRole:
            self.role_combo.addItem(tr_label(role).capitalize(), role.value)
        form = QFormLayout(self)
        form.addRow(self.tr("Nom"), self.name_edit)
        form.addRow(self.tr("Autorité émettrice"), self.ca_combo)
        form.addRow(self.tr("Courriel"), self.email_edit)
        form.addRow(self.tr("Qualité"), self.role_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, str | None, SignerRole | None]:
        role = self.role_combo.currentData()
        return (
            self.name_edit.text().strip(),
            str(self.ca_combo.currentData() or ""),
            self.email_edit.text().strip() or None,
            SignerRole(role) if role else None,
        )


class IdentitiesDialog(QDialog):
    """List, create, import and export signing identities."""

    def __init__(
        self,
        identities: SigningIdentities,
        tasks: TaskRunner,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Identités de signature"))
        self.resize(820, 420)
        self._identities, self._tasks, self._prompts = identities, tasks, prompts
        self._build()
        self.refresh()

    def _build(self) -> None:
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.remember_check = QCheckBox(self.tr("Mémoriser les nouvelles phrases secrètes"))
        self.remember_check.setEnabled(self._identities.can_remember)
        note = QLabel(self._identities.secrets.description)
        note.setWordWrap(True)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Nouvelle autorité…"), self.new_authority),
            (self.tr("Nouvelle identité…"), self.new_identity),
            (self.tr("Importer un .p12…"), self.import_pkcs12),
            (self.tr("Exporter le certificat de l'autorité…"), self.export_authority),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addWidget(self.remember_check)
        layout.addWidget(note)
        layout.addWidget(close)

    def refresh(self) -> None:
        """Reload the list from the identity folder."""
        self.rows = self._identities.list()
        self.table.setRowCount(len(self.rows))
        for index, info in enumerate(self.rows):
            values = (
                info.name,
                self.tr("Autorité") if info.is_authority else self.tr("Signataire"),
                info.subject_cn,
                info.role or "",
                info.issuer_cn or "",
                f"{info.not_after:%d/%m/%Y}",
            )
            for column, text in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(text))

    # -- actions ---------------------------------------------------------------------------

    def new_authority(self) -> None:
        """An organisation authority: name, organisation, new passphrase."""
        name = self._prompts.text(self, self.tr("Nouvelle autorité"), self.tr("Nom de l'autorité"))
        if not name:
            return
        organisation = self._prompts.text(
            self, self.tr("Nouvelle autorité"), self.tr("Organisation"), name
        )
        secret = self._new_passphrase(name)
        if organisation is None or secret is None:
            return
        remember = self.remember_check.isChecked()
        self._run(
            lambda: self._identities.create_ca(name, organisation, secret, remember=remember),
            self.tr("Autorité créée"),
        )

    def new_identity(self) -> None:
        """A signer issued by one of this computer's authorities."""
        authorities = self._identities.authorities()
        if not authorities:
            self._prompts.error(
                self,
                self.tr("Aucune autorité"),
                self.tr("Créez d'abord l'autorité de l'organisation, ou importez un .p12."),
            )
            return
        values = self.ask_identity(authorities)
        if values is None:
            return
        name, ca_name, email, role = values
        ca_secret = self._existing_passphrase(ca_name)
        secret = self._new_passphrase(name) if ca_secret is not None else None
        if ca_secret is None or secret is None:
            return
        remember = self.remember_check.isChecked()
        self._run(
            lambda: self._identities.create_identity(
                name, ca_name, ca_secret, secret, email=email, role=role, remember=remember
            ),
            self.tr("Identité créée"),
        )

    def ask_identity(
        self, authorities: tuple[IdentityInfo, ...]
    ) -> tuple[str, str, str | None, SignerRole | None] | None:
        """The new identity's fields, or None when cancelled (tests replace ``exec``)."""
        dialog = NewIdentityDialog(authorities, self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        values = dialog.values() if accepted else None
        dialog.deleteLater()
        return values

    def import_pkcs12(self) -> None:
        """A certificate bought from a provider, as a .p12/.pfx file and its passphrase."""
        path = self._prompts.open_path(self, self.tr("Certificat à importer"), P12_FILTER)
        if path is None:
            return
        name = self._prompts.text(
            self, self.tr("Importer"), self.tr("Nom de l'identité"), path.stem
        )
        if not name:
            return
        secret = self._prompts.passphrase(
            self, self.tr("Phrase secrète du fichier « {name} » :").format(name=path.name)
        )
        if not secret:
            return
        remember = self.remember_check.isChecked()
        self._run(
            lambda: self._identities.import_pkcs12(path, name, secret, remember=remember),
            self.tr("Certificat importé"),
        )

    def export_authority(self) -> None:
        """Write the selected (or only) authority's certificate for partners."""
        authority = self._selected_authority()
        if authority is None:
            return
        suggested = Path.home() / f"{authority.name}.pem"
        title = self.tr("Exporter le certificat de l'autorité")
        path = self._prompts.save_path(self, title, suggested, PEM_FILTER)
        if path is not None:
            self._run(lambda: self._identities.export_ca(authority.name, path), title)

    # -- helpers ---------------------------------------------------------------------------

    def _selected_authority(self) -> IdentityInfo | None:
        selected = [self.rows[i.row()] for i in self.table.selectionModel().selectedRows()]
        authorities = [i for i in selected if i.is_authority] or list(
            self._identities.authorities()
        )
        if len(authorities) != 1:
            self._prompts.error(
                self,
                self.tr("Autorité à choisir"),
                self.tr("Sélectionnez dans la liste l'autorité dont exporter le certificat."),
            )
            return None
        return authorities[0]

    def _new_passphrase(self, name: str) -> str | None:
        first = self._prompts.passphrase(
            self, self.tr("Nouvelle phrase secrète pour « {name} » :").format(name=name)
        )
        if not first:
            return None
        if self._prompts.passphrase(self, self.tr("Confirmez la phrase secrète :")) != first:
            self._prompts.error(
                self,
                self.tr("Phrase secrète"),
                self.tr("Les deux saisies de la phrase secrète diffèrent."),
            )
            return None
        return first

    def _existing_passphrase(self, name: str) -> str | None:
        resolver = self._identities.resolver(lambda label: self._prompts.passphrase(self, label))
        try:
            resolved = resolver.resolve(identity_secret_key(name), passphrase_label(name))
        except Exception as exc:  # a passphrase file that cannot be read, for instance
            log_unexpected(exc, "Phrase secrète illisible")
            self._prompts.show_error(self, SignedMinutesError(message_of(exc)))
            return None
        return resolved.value if resolved else None

    def _run(self, work: Callable[[], Any], done_title: str) -> None:
        def done(result: Any) -> None:
            self.refresh()
            what = result.name if isinstance(result, IdentityInfo) else str(result)
            self._prompts.info(self, done_title, what)

        self._tasks.run(work, done, lambda error: self._prompts.show_error(self, error))
