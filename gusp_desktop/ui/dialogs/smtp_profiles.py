"""« Profils d'envoi » : the SMTP servers relances leave through, edited from the window.

Profiles are kept in this computer's settings, passwords only in the system keyring (the
« Mémoriser » box is disabled when there is no secure keyring: the password is then asked at
each sending). The same settings as ``smtp add|remove``.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.relances import SmtpProfile, SmtpSecurity
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

SECURITY_LABELS = {
    SmtpSecurity.STARTTLS: QT_TRANSLATE_NOOP("SmtpProfilesDialog", "STARTTLS (port 587)"),
    SmtpSecurity.SSL: QT_TRANSLATE_NOOP("SmtpProfilesDialog", "SSL (port 465)"),
    SmtpSecurity.NONE: QT_TRANSLATE_NOOP("SmtpProfilesDialog", "Aucune (réseau interne seulement)"),
}


class SmtpProfilesDialog(QDialog):
    """List, add, change and remove SMTP profiles."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._settings = context.services.relances.settings
        self._delivery = context.services.relance_delivery
        self.setWindowTitle(self.tr("Profils d'envoi"))
        self._build_ui()
        self.refresh()

    def _build_ui(self) -> None:
        self.profile_list = QListWidget()
        self.name_edit, self.host_edit = QLineEdit(), QLineEdit()
        self.port_spin = QSpinBox()
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(587)
        self.security_combo = QComboBox()
        for security, label in SECURITY_LABELS.items():
            self.security_combo.addItem(self.tr(label), security.value)
        self.user_edit, self.sender_edit = QLineEdit(), QLineEdit()
        self.sender_name_edit, self.ca_edit = QLineEdit(), QLineEdit()
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self.tr("Mémoriser dans le trousseau du système"))
        keyring = self._delivery.secrets.is_persistent
        self.remember_check.setEnabled(keyring)
        self.remember_check.setChecked(keyring)
        if not keyring:
            self.remember_check.setToolTip(
                self.tr("Aucun trousseau sécurisé : le mot de passe sera demandé à chaque envoi.")
            )
        form = QFormLayout()
        form.addRow(self.tr("Nom du profil"), self.name_edit)
        form.addRow(self.tr("Serveur"), self.host_edit)
        form.addRow(self.tr("Port"), self.port_spin)
        form.addRow(self.tr("Sécurité"), self.security_combo)
        form.addRow(self.tr("Identifiant"), self.user_edit)
        form.addRow(self.tr("Mot de passe"), self.password_edit)
        form.addRow("", self.remember_check)
        form.addRow(self.tr("Adresse d'expédition"), self.sender_edit)
        form.addRow(self.tr("Nom affiché"), self.sender_name_edit)
        form.addRow(self.tr("Certificat d'autorité (facultatif)"), self.ca_edit)
        self.save_button = QPushButton(self.tr("Enregistrer le profil"))
        self.remove_button = QPushButton(self.tr("Supprimer"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(self.profile_list)
        top.addLayout(form, 1)
        layout.addLayout(top)
        layout.addLayout(row)
        layout.addWidget(close)
        self.profile_list.currentTextChanged.connect(self._show)
        self.save_button.clicked.connect(self.save)
        self.remove_button.clicked.connect(self.remove)

    def refresh(self) -> None:
        """The saved profiles, by name."""
        self.profile_list.clear()
        for profile in self._settings.smtp_profiles():
            self.profile_list.addItem(profile.name)
        self.remove_button.setEnabled(self.profile_list.count() > 0)

    def _show(self, name: str) -> None:
        found = [p for p in self._settings.smtp_profiles() if p.name == name]
        if not found:
            return
        profile = found[0]
        self.name_edit.setText(profile.name)
        self.host_edit.setText(profile.host)
        self.port_spin.setValue(profile.port)
        self.security_combo.setCurrentIndex(self.security_combo.findData(profile.security.value))
        self.user_edit.setText(profile.user)
        self.sender_edit.setText(profile.sender)
        self.sender_name_edit.setText(profile.sender_name)
        self.ca_edit.setText(profile.ca_file)
        self.password_edit.clear()

    def profile(self) -> SmtpProfile:
        """The profile as typed."""
        return SmtpProfile(
            name=self.name_edit.text(),
            host=self.host_edit.text(),
            sender=self.sender_edit.text(),
            port=self.port_spin.value(),
            security=SmtpSecurity(self.security_combo.currentData()),
            user=self.user_edit.text(),
            sender_name=self.sender_name_edit.text(),
            ca_file=self.ca_edit.text(),
        )

    def save(self) -> None:
        """Keep the profile; the password goes to the keyring only, when asked and possible."""
        try:
            saved = self._settings.save_smtp_profile(self.profile())
            password = self.password_edit.text()
            if password and saved.user and self.remember_check.isChecked():
                self._delivery.remember_password(saved, password)
        except Exception as error:  # noqa: BLE001 - shown as the user should read it
            self.context.prompts.show_error(self, error)
            return
        self.password_edit.clear()
        self.refresh()
        self.context.prompts.info(
            self,
            self.tr("Profil d'envoi"),
            self.tr("Profil « {name} » enregistré : {where}").format(
                name=saved.name, where=saved.describe()
            ),
        )

    def remove(self) -> None:
        """Remove the selected profile and forget its password."""
        if self.profile_list.currentRow() < 0:
            return
        name = self.profile_list.currentItem().text()
        question = self.tr("Supprimer le profil « {name} » et son mot de passe ?").format(name=name)
        if not self.context.prompts.confirm(self, self.tr("Profil d'envoi"), question):
            return
        try:
            removed = self._settings.remove_smtp_profile(name)
            self._delivery.forget_password(removed)
        except Exception as error:  # noqa: BLE001 - shown as the user should read it
            self.context.prompts.show_error(self, error)
            return
        self.refresh()
