"""Choosing a person from the directory by typing part of a name or an organisation."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.text import search_key


class ContactPickerDialog(QDialog):
    """A searchable list of contacts; returns the chosen contact's id."""

    def __init__(
        self,
        title: str,
        prompt: str,
        contacts: Sequence[ContactDTO],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Nom, fonction ou organisation…"))
        self.contact_list = QListWidget()
        self._fill(contacts)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choisir"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(prompt))
        layout.addWidget(self.search_edit)
        layout.addWidget(self.contact_list)
        layout.addWidget(self.button_box)
        self.search_edit.textChanged.connect(self._on_search_edit_textChanged)
        self.contact_list.itemDoubleClicked.connect(self.accept)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        if self.contact_list.count():
            self.contact_list.setCurrentRow(0)

    def _fill(self, contacts: Sequence[ContactDTO]) -> None:
        for contact in contacts:
            text = f"{contact.full_name} — {contact.organisation_code}"
            if contact.function:
                text += f" ({contact.function})"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, contact.id)
            key = search_key(f"{text} {contact.organisation_name}")
            item.setData(Qt.ItemDataRole.UserRole + 1, key)
            self.contact_list.addItem(item)

    @classmethod
    def ask(
        cls,
        title: str,
        prompt: str,
        contacts: Sequence[ContactDTO],
        parent: QWidget | None = None,
    ) -> int | None:
        """The chosen contact's id, or None when cancelled."""
        dialog = cls(title, prompt, contacts, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen_id() if accepted else None
        dialog.deleteLater()
        return chosen

    def chosen_id(self) -> int | None:
        """The selected visible contact."""
        item = self.contact_list.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _on_search_edit_textChanged(self, text: str) -> None:
        """Keep the contacts matching every typed word, accents ignored."""
        words = search_key(text).split()
        first_visible = None
        for row in range(self.contact_list.count()):
            item = self.contact_list.item(row)
            haystack = str(item.data(Qt.ItemDataRole.UserRole + 1))
            item.setHidden(not all(w in haystack for w in words))
            if first_visible is None and not item.isHidden():
                first_visible = item
        if first_visible is None:
            self.contact_list.setCurrentRow(-1)
        else:
            self.contact_list.setCurrentItem(first_visible)
