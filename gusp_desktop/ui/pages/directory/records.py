"""Organisations and contacts as records of the Annuaire page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactData, ContactDTO, OrganisationData, OrganisationDTO
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.dialogs.fields import EntityForm, civility_combo, combo_data, select_data
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.widgets.record_panel import RecordAdapter


class OrganisationAdapter(RecordAdapter):
    """Partner organisations (inactive ones are listed too: history still names them)."""

    entities = ("organisation", "contact")

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.heading = self.tr("Organisations")

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Nom"), self.tr("Type"), self.tr("Contacts")]

    def load(self) -> tuple[Sequence[OrganisationDTO], Any]:
        return self._services.directory.list_organisations(include_inactive=True), None

    def cells(self, row: OrganisationDTO) -> list[str]:
        name = row.name if row.active else self.tr("{name} (inactive)").format(name=row.name)
        return [row.code, name, tr_label(row.type), str(row.contact_count)]

    def build(self, form: EntityForm) -> None:
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.type_combo = QComboBox()
        for kind in OrganisationType:
            self.type_combo.addItem(tr_label(kind), kind.value)
        self.address_edit = QLineEdit()
        self.active_check = QCheckBox(self.tr("Partenaire actif"))
        form.add("code", self.tr("Code"), self.code_edit)
        form.add("name", self.tr("Nom"), self.name_edit)
        form.add("type", self.tr("Type"), self.type_combo)
        form.add("address", self.tr("Adresse"), self.address_edit)
        form.add("active", "", self.active_check)

    def fill(self, row: OrganisationDTO | None) -> None:
        self.code_edit.setText(row.code if row else "")
        self.name_edit.setText(row.name if row else "")
        select_data(self.type_combo, row.type.value if row else OrganisationType.AUTRE.value)
        self.address_edit.setText(row.address if row else "")
        self.active_check.setChecked(row.active if row else True)

    def value(self, row: OrganisationDTO | None) -> OrganisationData:
        return OrganisationData(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            type=OrganisationType(self.type_combo.currentData()),
            address=self.address_edit.text(),
            active=self.active_check.isChecked(),
        )

    def save(self, row: OrganisationDTO | None, value: OrganisationData) -> Mutation[Any]:
        directory = self._services.directory
        if row is None:
            return directory.create_organisation(value)
        return directory.update_organisation(row.id, row.version, value)

    def delete(self, row: OrganisationDTO) -> Mutation[Any]:
        return self._services.directory.delete_organisation(row.id, row.version)

    def describe(self, row: OrganisationDTO) -> str:
        return self.tr("l'organisation « {code} »").format(code=row.code)


class ContactAdapter(RecordAdapter):
    """People of the organisation selected beside (of every organisation when none is)."""

    entities = ("contact", "organisation")

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.heading = self.tr("Contacts")

    def headers(self) -> list[str]:
        return [self.tr("Nom"), self.tr("Organisation"), self.tr("Fonction"), self.tr("Courriel")]

    def load(self) -> tuple[Sequence[ContactDTO], Any]:
        directory = self._services.directory
        contacts = directory.list_contacts(organisation_id=self.scope)
        return contacts, directory.list_organisations(include_inactive=True)

    def apply_choices(self, choices: Sequence[OrganisationDTO]) -> None:
        selected = combo_data(self.organisation_combo)
        self.organisation_combo.clear()
        for organisation in choices:
            self.organisation_combo.addItem(
                f"{organisation.code} — {organisation.name}", organisation.id
            )
        select_data(self.organisation_combo, selected if selected is not None else self.scope)

    def cells(self, row: ContactDTO) -> list[str]:
        name = row.full_name if row.active else self.tr("{name} (parti)").format(name=row.full_name)
        return [name, row.organisation_code, row.function, row.email]

    def build(self, form: EntityForm) -> None:
        self.organisation_combo = QComboBox()
        self.civility_combo = civility_combo()
        self.first_name_edit = QLineEdit()
        self.last_name_edit = QLineEdit()
        self.function_edit = QLineEdit()
        self.email_edit = QLineEdit()
        self.phone_edit = QLineEdit()
        self.active_check = QCheckBox(self.tr("Toujours en poste"))
        form.add("organisation_id", self.tr("Organisation"), self.organisation_combo)
        form.add("civility", self.tr("Civilité"), self.civility_combo)
        form.add("first_name", self.tr("Prénom"), self.first_name_edit)
        form.add("last_name", self.tr("Nom"), self.last_name_edit)
        form.add("function", self.tr("Fonction"), self.function_edit)
        form.add("email", self.tr("Adresse électronique"), self.email_edit)
        form.add("phone", self.tr("Téléphone"), self.phone_edit)
        form.add("active", "", self.active_check)

    def fill(self, row: ContactDTO | None) -> None:
        select_data(self.organisation_combo, row.organisation_id if row else self.scope)
        select_data(self.civility_combo, row.civility if row else "")
        self.first_name_edit.setText(row.first_name if row else "")
        self.last_name_edit.setText(row.last_name if row else "")
        self.function_edit.setText(row.function if row else "")
        self.email_edit.setText(row.email if row else "")
        self.phone_edit.setText(row.phone if row else "")
        self.active_check.setChecked(row.active if row else True)

    def value(self, row: ContactDTO | None) -> ContactData:
        organisation_id = combo_data(self.organisation_combo)
        if organisation_id is None:
            raise ValidationError({"organisation_id": self.tr("Choisissez une organisation.")})
        return ContactData(
            organisation_id=int(str(organisation_id)),
            first_name=self.first_name_edit.text(),
            last_name=self.last_name_edit.text(),
            function=self.function_edit.text(),
            email=self.email_edit.text(),
            phone=self.phone_edit.text(),
            active=self.active_check.isChecked(),
            civility=str(self.civility_combo.currentData() or ""),
        )

    def save(self, row: ContactDTO | None, value: ContactData) -> Mutation[Any]:
        directory = self._services.directory
        if row is None:
            return directory.create_contact(value)
        return directory.update_contact(row.id, row.version, value)

    def delete(self, row: ContactDTO) -> Mutation[Any]:
        return self._services.directory.delete_contact(row.id, row.version)

    def describe(self, row: ContactDTO) -> str:
        return self.tr("le contact « {name} »").format(name=row.full_name)
