"""The connection profile dialog: where the team's server is, and « Tester la connexion ».

The password field is never saved with the profile: « Mémoriser le mot de passe » puts it in the
secure system keyring, and is disabled (with the reason shown) when the machine has none, in
which case the password is asked for at each connection. Without a CA file the dialog keeps a
visible warning that the server's identity is not verified.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.credentials import CredentialError, SecretStore, default_secret_store
from gusp_desktop.db.profiles import ConnectionProfile, Diagnosis, ProfileStore, diagnose
from gusp_desktop.domain.errors import GuspError, ValidationError
from gusp_desktop.ui.labels import error_message
from gusp_desktop.ui.service_messages import service_text
from gusp_desktop.ui.tasks import TaskRunner

Tester = Callable[[ConnectionProfile, str | None], Diagnosis]
WARNING_STYLE = "color: #8a4b00; background: #fff4e0; padding: 6px; border-radius: 4px;"
OK_STYLE = "color: #1e5e20;"
ERROR_STYLE = "color: #a01010;"


class ConnectionDialog(QDialog):
    """Create or edit a connection profile; accept saves it (and the password if asked)."""

    def __init__(
        self,
        store: ProfileStore,
        profile: ConnectionProfile | None = None,
        *,
        secrets: SecretStore | None = None,
        tasks: TaskRunner | None = None,
        tester: Tester = diagnose,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._secrets = secrets if secrets is not None else default_secret_store()
        self._tasks = tasks
        self._tester = tester
        self.saved_profile: ConnectionProfile | None = None
        self.last_diagnosis: Diagnosis | None = None
        self.setWindowTitle(self.tr("Connexion au serveur partagé"))
        self._build()
        self._fill(profile)
        self._update_warning()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name_edit = self._line("name", form, self.tr("Nom du profil"))
        self.host_edit = self._line("host", form, self.tr("Serveur"))
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(5432)
        form.addRow(self.tr("Port"), self.port_spin)
        self.database_edit = self._line("database", form, self.tr("Base"))
        self.user_edit = self._line("user", form, self.tr("Utilisateur"))
        self.password_edit = self._line("password", form, self.tr("Mot de passe"))
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Certificat de l'autorité (CA)"), self._ca_row())
        layout.addLayout(form)
        self.remember_box = QCheckBox(self.tr("Mémoriser le mot de passe"), self)
        if not self._secrets.is_persistent:
            self.remember_box.setEnabled(False)
            self.remember_box.setToolTip(self.tr(self._secrets.description))
        layout.addWidget(self.remember_box)
        self.warning_label = _wrapped_label(self, WARNING_STYLE)
        self.result_label = _wrapped_label(self, "")
        layout.addWidget(self.warning_label)
        layout.addWidget(self.result_label)
        layout.addWidget(self._buttons())

    def _line(self, name: str, form: QFormLayout, label: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setObjectName(f"{name}_edit")
        form.addRow(label, edit)
        return edit

    def _ca_row(self) -> QWidget:
        row = QWidget(self)
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        self.ca_edit = QLineEdit(row)
        self.ca_edit.setObjectName("ca_edit")
        self.ca_edit.setPlaceholderText(self.tr("facultatif : vérifie l'identité du serveur"))
        self.ca_edit.textChanged.connect(self._update_warning)
        browse = QPushButton(self.tr("Parcourir…"), row)
        browse.clicked.connect(self._browse_ca)
        box.addWidget(self.ca_edit)
        box.addWidget(browse)
        return row

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.test_button = box.addButton(
            self.tr("Tester la connexion"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.test_button.setObjectName("test_button")
        self.test_button.clicked.connect(self.test_connection)
        box.accepted.connect(self.save)
        box.rejected.connect(self.reject)
        return box

    def _fill(self, profile: ConnectionProfile | None) -> None:
        if profile is None:
            return
        self.name_edit.setText(profile.name)
        self.host_edit.setText(profile.host)
        self.port_spin.setValue(profile.port)
        self.database_edit.setText(profile.database)
        self.user_edit.setText(profile.user)
        self.ca_edit.setText(profile.ca_file)
        stored = self._secrets.get(profile.secret_key)
        if stored:
            self.password_edit.setText(stored)
            self.remember_box.setChecked(True)

    # -- behaviour ---------------------------------------------------------------------------

    def profile(self) -> ConnectionProfile:
        """The profile as typed (not validated)."""
        return ConnectionProfile(
            name=self.name_edit.text(),
            host=self.host_edit.text(),
            port=self.port_spin.value(),
            database=self.database_edit.text(),
            user=self.user_edit.text(),
            ca_file=self.ca_edit.text(),
        )

    def _update_warning(self) -> None:
        warning = self.profile().warning
        self.warning_label.setText(self.tr(warning))
        self.warning_label.setVisible(bool(warning))

    def _browse_ca(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificat de l'autorité"), "", self.tr("Certificats (*.pem *.crt)")
        )
        if name:
            self.ca_edit.setText(name)

    def test_connection(self) -> None:
        """« Tester la connexion »: the diagnosis appears under the form."""
        try:
            profile = self.profile().validated()
        except ValidationError as exc:
            self._show_result(False, error_message(exc))
            return
        password = self.password_edit.text() or None
        self.test_button.setEnabled(False)
        self.result_label.setText(self.tr("Test en cours…"))
        if self._tasks is None:
            self._on_tested(self._tester(profile, password))
            return
        self._tasks.run(
            lambda: self._tester(profile, password), self._on_tested, self._on_test_failed
        )

    def _on_tested(self, diagnosis: Diagnosis) -> None:
        self.last_diagnosis = diagnosis
        self.test_button.setEnabled(True)
        text = service_text(diagnosis.message)
        text += f"\n({diagnosis.detail})" if diagnosis.detail else ""
        self._show_result(diagnosis.ok, text)

    def _on_test_failed(self, error: BaseException) -> None:
        self.test_button.setEnabled(True)
        self._show_result(False, str(error))

    def _show_result(self, ok: bool, text: str) -> None:
        self.result_label.setStyleSheet(OK_STYLE if ok else ERROR_STYLE)
        self.result_label.setText(text)

    def save(self) -> None:
        """Save the profile (and the password in the keyring if asked), then close."""
        try:
            profile = self._store.save(self.profile())
            self._save_password(profile)
        except GuspError as exc:
            self._show_result(False, error_message(exc))
            return
        except CredentialError as exc:
            self._show_result(False, str(exc))
            return
        self.saved_profile = profile
        self.accept()

    def _save_password(self, profile: ConnectionProfile) -> None:
        password = self.password_edit.text()
        if self.remember_box.isChecked() and password:
            self._secrets.set(profile.secret_key, password)
        elif self._secrets.is_persistent:
            self._secrets.delete(profile.secret_key)


def _wrapped_label(parent: QWidget, style: str) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(style)
    return label


def edit_connection(
    parent: QWidget | None,
    profile: ConnectionProfile | None = None,
    store: ProfileStore | None = None,
) -> ConnectionProfile | None:
    """Open the dialog modally; the saved profile, or None when cancelled."""
    dialog = ConnectionDialog(store or ProfileStore(), profile, parent=parent)
    dialog.exec()
    return dialog.saved_profile
