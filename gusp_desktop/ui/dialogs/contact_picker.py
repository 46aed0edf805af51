"""Choosing a person from the directory by typing part of a name or an organisation.

When the caller allows it, « Nouveau contact… » adds the person to the annuaire on the spot
(the name typed so far is proposed) and chooses them.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.text import search_key

#: Creates a contact from the name typed (parent of its dialog given); None when cancelled.
CreateContact = Callable[[str, QWidget], "ContactDTO | None"]


class ContactPickerDialog(QDialog):
    """A searchable list of contacts; returns the chosen contact's id."""

    def __init__(
        self,
        title: str,
        prompt: str,
        contacts: Sequence[ContactDTO],
        parent: QWidget | None = None,
        create: CreateContact | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._create = create
        self.created: ContactDTO | None = None
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Nom, fonction ou organisation…"))
        self.contact_list = QListWidget()
        self._fill(contacts)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Choisir"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.create_button = QPushButton(self.tr("Nouveau contact…"))
        self.create_button.setToolTip(self.tr("Ajouter à l'annuaire une personne qui n'y est pas"))
        self.create_button.setVisible(create is not None)
        self.button_box.addButton(self.create_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.create_button.clicked.connect(self._on_create_button_clicked)
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
        create: CreateContact | None = None,
    ) -> int | None:
        """The chosen (or newly created) contact's id, or None when cancelled."""
        dialog = cls(title, prompt, contacts, parent, create)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen_id() if accepted else None
        dialog.deleteLater()
        return chosen

    def chosen_id(self) -> int | None:
        """The contact just created, else the selected visible contact."""
        if self.created is not None:
            return self.created.id
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

    def _on_create_button_clicked(self) -> None:
        if self._create is None:
            return
        created = self._create(self.search_edit.text().strip(), self)
        if created is not None:
            self.created = created
            self.accept()
