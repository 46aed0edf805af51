"""Adding someone to the annuaire without leaving what one is doing (inviting, noting an arrival).

The person picker opens this form when the person sought is not in the annuaire yet; the name
typed in the search line is proposed as first and last name.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from gusp_desktop.domain.directory import ContactData, ContactDTO, OrganisationDTO
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.base import FormDialog, run_dialog
from gusp_desktop.ui.dialogs.fields import civility_combo, combo_data


def split_name(text: str) -> tuple[str, str]:
    """« Awa Diallo » → (« Awa », « Diallo »); a single word is taken as the last name."""
    words = text.split()
    if len(words) < 2:
        return "", " ".join(words)
    return words[0], " ".join(words[1:])


class NewContactDialog(FormDialog):
    """Organisation, civility, first and last name, function, e-mail and phone of a new contact."""

    def __init__(
        self,
        context: PageContext,
        organisations: Sequence[OrganisationDTO],
        typed_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, context.services.directory.create_contact, parent)
        self.setWindowTitle(self.tr("Nouveau contact dans l'annuaire"))
        self.organisation_combo = QComboBox()
        for organisation in organisations:
            if organisation.active:
                text = f"{organisation.code} — {organisation.name}"
                self.organisation_combo.addItem(text, organisation.id)
        self.organisation_combo.setCurrentIndex(-1)
        self.civility_combo = civility_combo()
        self.first_name_edit = QLineEdit()
        self.last_name_edit = QLineEdit()
        self.function_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        first, last = split_name(typed_name)
        self.first_name_edit.setText(first)
        self.last_name_edit.setText(last)
        form = self.form
        form.add("organisation_id", self.tr("Organisation"), self.organisation_combo)
        form.add("civility", self.tr("Civilité"), self.civility_combo)
        form.add("first_name", self.tr("Prénom"), self.first_name_edit)
        form.add("last_name", self.tr("Nom"), self.last_name_edit)
        form.add("function", self.tr("Fonction"), self.function_edit)
        form.add("email", self.tr("Adresse électronique"), self.email_edit)
        form.add("phone", self.tr("Téléphone"), self.phone_edit)
        self.setMinimumWidth(460)

    @classmethod
    def ask(
        cls,
        context: PageContext,
        organisations: Sequence[OrganisationDTO],
        typed_name: str = "",
        parent: QWidget | None = None,
    ) -> ContactDTO | None:
        """The contact created, or None when cancelled."""
        dialog = cls(context, organisations, typed_name, parent)
        result: ContactDTO | None = run_dialog(dialog)
        return result

    def value(self) -> ContactData:
        """The contact to create (the organisation must be chosen)."""
        organisation_id = combo_data(self.organisation_combo)
        if organisation_id is None:
            raise ValidationError({"organisation_id": self.tr("Choisissez son organisation.")})
        return ContactData(
            organisation_id=int(str(organisation_id)),
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            function=self.function_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            civility=str(self.civility_combo.currentData() or ""),
        )
