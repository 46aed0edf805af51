"""Preferences dialog: interface language, documents logo, time-stamping service, map tiles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from gusp_desktop.ui.map.tiles import PLAN_IGN, template_problem
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
        self.logo_edit = QLineEdit(settings.logo_path)
        self.logo_edit.setPlaceholderText(self.tr("aucun (chemin d'une image PNG ou JPEG)"))
        self.timestamp_edit = QLineEdit(settings.timestamp_url)
        self.timestamp_edit.setPlaceholderText(self.tr("aucun (signatures PAdES B-B)"))
        self.tile_edit = QLineEdit(settings.tile_url)
        self.tile_edit.setPlaceholderText(
            self.tr("Plan IGN (adresse XYZ avec {z}, {x}, {y}, ou « aucun »)")
        )
        self.tile_edit.setToolTip(PLAN_IGN)
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("Langue de l'interface :"), self.language_combo)
        form.addRow(note)
        form.addRow(self.tr("Logo des documents :"), self.logo_edit)
        form.addRow(self.tr("Serveur d'horodatage :"), self.timestamp_edit)
        form.addRow(self.tr("Serveur de fonds de carte :"), self.tile_edit)
        form.addRow(self.error_label)
        form.addRow(buttons)

    def language_changed(self) -> bool:
        """Whether the chosen language differs from the stored one."""
        return bool(self.language_combo.currentData() != self._settings.language)

    def problem(self) -> str:
        """French reason why the form cannot be saved, or an empty string."""
        logo = self.logo_edit.text().strip()
        if logo and not Path(logo).expanduser().is_file():
            return self.tr("Le fichier de logo « {path} » n'existe pas.").format(path=logo)
        url = self.timestamp_edit.text().strip()
        if url and not url.startswith(("http://", "https://")):
            return self.tr("L'adresse du serveur d'horodatage doit commencer par http(s)://.")
        problem = template_problem(self.tile_edit.text().strip())
        return problem

    def accept(self) -> None:
        """Store the choices, then close; an invalid field is explained and nothing is saved."""
        problem = self.problem()
        self.error_label.setText(problem)
        if problem:
            return
        self._settings.language = str(self.language_combo.currentData())
        self._settings.logo_path = self.logo_edit.text().strip()
        self._settings.timestamp_url = self.timestamp_edit.text().strip()
        self._settings.tile_url = self.tile_edit.text().strip()
        self._settings.sync()
        super().accept()
