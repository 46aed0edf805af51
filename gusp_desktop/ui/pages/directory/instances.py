"""Instances (comités, COPIL…) and their members as records of the Annuaire page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
)

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.enums import InstanceType, MemberKind, MemberRole
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.instances import InstanceData, InstanceDTO, MemberDTO
from gusp_desktop.domain.territory import QuartierDTO
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.dialogs.fields import EntityForm, combo_data, select_data
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.widgets.record_panel import RecordAdapter

IdRole = Qt.ItemDataRole.UserRole
MAX_DURATION = 24 * 60


class InstanceAdapter(RecordAdapter):
    """Standing bodies that meet, with their perimeter of quartiers."""

    entities = ("instance", "quartier")

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.heading = self.tr("Instances")

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Nom"), self.tr("Type"), self.tr("Périmètre")]

    def load(self) -> tuple[Sequence[InstanceDTO], Any]:
        return self._services.instances.list_instances(), self._services.territory.list_quartiers()

    def apply_choices(self, quartiers: Sequence[QuartierDTO]) -> None:
        checked = self._checked_quartiers()
        self.perimeter_list.clear()
        for quartier in quartiers:
            item = QListWidgetItem(f"{quartier.code} — {quartier.name}")
            item.setData(IdRole, quartier.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            state = Qt.CheckState.Checked if quartier.id in checked else Qt.CheckState.Unchecked
            item.setCheckState(state)
            self.perimeter_list.addItem(item)

    def cells(self, row: InstanceDTO) -> list[str]:
        perimeter = ", ".join(row.quartier_codes) or self.tr("tout le territoire")
        return [row.code, row.name, tr_label(row.type), perimeter]

    def build(self, form: EntityForm) -> None:
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.type_combo = QComboBox()
        for kind in InstanceType:
            self.type_combo.addItem(tr_label(kind), kind.value)
        self.perimeter_list = QListWidget()
        self.perimeter_list.setMaximumHeight(110)
        self.periodicity_edit = QLineEdit()
        self.restricted_check = QCheckBox(self.tr("Confidentielle (cellule de veille…)"))
        self.place_edit = QLineEdit()
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, MAX_DURATION)
        self.duration_spin.setSuffix(self.tr(" min"))
        form.add("code", self.tr("Code"), self.code_edit)
        form.add("name", self.tr("Nom"), self.name_edit)
        form.add("type", self.tr("Type"), self.type_combo)
        form.add("quartier_ids", self.tr("Périmètre"), self.perimeter_list)
        form.add("periodicity", self.tr("Périodicité"), self.periodicity_edit)
        form.add("restricted", "", self.restricted_check)
        form.add("default_place", self.tr("Lieu habituel"), self.place_edit)
        form.add("default_duration_minutes", self.tr("Durée habituelle"), self.duration_spin)

    def fill(self, row: InstanceDTO | None) -> None:
        self.code_edit.setText(row.code if row else "")
        self.name_edit.setText(row.name if row else "")
        select_data(self.type_combo, row.type.value if row else InstanceType.COTECH.value)
        perimeter = set(row.quartier_ids) if row else set()
        for index in range(self.perimeter_list.count()):
            item = self.perimeter_list.item(index)
            checked = item.data(IdRole) in perimeter
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.periodicity_edit.setText(row.periodicity if row else "")
        self.restricted_check.setChecked(row.restricted if row else False)
        self.place_edit.setText(row.default_place if row else "")
        self.duration_spin.setValue(row.default_duration_minutes if row else 120)

    def _checked_quartiers(self) -> set[int]:
        items = (self.perimeter_list.item(i) for i in range(self.perimeter_list.count()))
        return {int(i.data(IdRole)) for i in items if i.checkState() == Qt.CheckState.Checked}

    def value(self, row: InstanceDTO | None) -> InstanceData:
        return InstanceData(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            type=InstanceType(self.type_combo.currentData()),
            quartier_ids=tuple(sorted(self._checked_quartiers())),
            periodicity=self.periodicity_edit.text(),
            restricted=self.restricted_check.isChecked(),
            default_place=self.place_edit.text(),
            default_duration_minutes=self.duration_spin.value(),
        )

    def save(self, row: InstanceDTO | None, value: InstanceData) -> Mutation[Any]:
        instances = self._services.instances
        if row is None:
            return instances.create_instance(value)
        return instances.update_instance(row.id, row.version, value)

    def delete(self, row: InstanceDTO) -> Mutation[Any]:
        return self._services.instances.delete_instance(row.id, row.version)

    def describe(self, row: InstanceDTO) -> str:
        return self.tr("l'instance « {code} »").format(code=row.code)


class MemberAdapter(RecordAdapter):
    """Who sits in the instance selected beside, with role and titulaire / suppléant."""

    entities = ("instance", "membership", "contact", "organisation")

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.heading = self.tr("Membres de l'instance")

    def headers(self) -> list[str]:
        return [self.tr("Nom"), self.tr("Organisation"), self.tr("Rôle"), self.tr("Qualité")]

    def load(self) -> tuple[Sequence[MemberDTO], Any]:
        services, scope = self._services, self.scope
        members = services.instances.get_instance(scope).members if scope is not None else ()
        contacts = [c for c in services.directory.list_contacts() if c.active]
        return members, contacts

    def apply_choices(self, contacts: Sequence[ContactDTO]) -> None:
        selected = combo_data(self.contact_combo)
        self.contact_combo.clear()
        for contact in contacts:
            self.contact_combo.addItem(
                f"{contact.full_name} ({contact.organisation_code})", contact.id
            )
        select_data(self.contact_combo, selected)

    def cells(self, row: MemberDTO) -> list[str]:
        return [row.contact_name, row.organisation_code, tr_label(row.role), tr_label(row.kind)]

    def build(self, form: EntityForm) -> None:
        self.contact_combo = QComboBox()
        self.contact_combo.setEditable(True)
        self.contact_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.role_combo = QComboBox()
        for role in MemberRole:
            self.role_combo.addItem(tr_label(role), role.value)
        self.kind_combo = QComboBox()
        for kind in MemberKind:
            self.kind_combo.addItem(tr_label(kind), kind.value)
        form.add("contact_id", self.tr("Contact"), self.contact_combo)
        form.add("role", self.tr("Rôle"), self.role_combo)
        form.add("kind", self.tr("Qualité"), self.kind_combo)

    def fill(self, row: MemberDTO | None) -> None:
        # The person of a seat does not change; another person is another member.
        self.contact_combo.setEnabled(row is None)
        select_data(self.contact_combo, row.contact_id if row else None)
        select_data(self.role_combo, row.role.value if row else MemberRole.MEMBRE.value)
        select_data(self.kind_combo, row.kind.value if row else MemberKind.TITULAIRE.value)

    def value(self, row: MemberDTO | None) -> tuple[int, MemberRole, MemberKind]:
        contact_id = row.contact_id if row else combo_data(self.contact_combo)
        if contact_id is None:
            raise ValidationError({"contact_id": self.tr("Choisissez un contact de l'annuaire.")})
        role = MemberRole(self.role_combo.currentData())
        return int(str(contact_id)), role, MemberKind(self.kind_combo.currentData())

    def save(
        self, row: MemberDTO | None, value: tuple[int, MemberRole, MemberKind]
    ) -> Mutation[Any]:
        contact_id, role, kind = value
        instances = self._services.instances
        if row is None:
            return instances.add_member(int(self.scope), contact_id, role, kind)
        return instances.update_member(row.id, row.version, role, kind)

    def delete(self, row: MemberDTO) -> Mutation[Any]:
        return self._services.instances.remove_member(row.id, row.version)

    def describe(self, row: MemberDTO) -> str:
        return self.tr("le siège de {name} dans cette instance").format(name=row.contact_name)

    def can_create(self) -> bool:
        return self.scope is not None
