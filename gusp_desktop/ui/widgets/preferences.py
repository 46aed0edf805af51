"""Preferences dialog: the interface language (applied at the next start)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from gusp_desktop.ui.settings import LANGUAGES, AppSettings


class PreferencesDialog(QDialog):
    """Edits :class:`AppSettings`; changes are stored only when the user confirms."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Préférences"))
        self.language_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(settings.language), 0))
        note = QLabel(self.tr("La langue choisie s'applique au prochain démarrage."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.button_box = buttons
        form = QFormLayout(self)
        form.addRow(self.tr("Langue de l'interface :"), self.language_combo)
        form.addRow(note)
        form.addRow(buttons)

    def language_changed(self) -> bool:
        """Whether the chosen language differs from the stored one."""
        return bool(self.language_combo.currentData() != self._settings.language)

    def accept(self) -> None:
        """Store the choice, then close."""
        self._settings.language = str(self.language_combo.currentData())
        self._settings.sync()
        super().accept()
