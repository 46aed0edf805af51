"""The one action form: creating, editing and duplicating an action all use it.

A coordinator who learns the form once finds every field at the same place whether the
action is new (from the plan or from a séance), an existing one being corrected, or a copy.
Editing passes the version shown, so a concurrent change opens the conflict dialog instead of
being overwritten; « Garder ma version » and « Fusionner » save again on the stored version.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gusp_desktop.domain.actions import ActionDetail, ActionDraft, ActionEdit, ActionRow
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactDTO, OrganisationDTO
from gusp_desktop.domain.enums import AtfpbAxis, Priority, Theme
from gusp_desktop.domain.errors import ConflictError, ValidationError
from gusp_desktop.domain.territory import QuartierDTO, SiteDTO
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.action_fields import MoneyEdit, OptionalDate, PartnerList, to_qdate
from gusp_desktop.ui.dialogs.base import FormDialog, run_dialog
from gusp_desktop.ui.dialogs.conflict import Choice
from gusp_desktop.ui.dialogs.fields import combo_data, select_data


class FormMode(enum.Enum):
    """What « Enregistrer » does."""

    CREATE = "create"
    EDIT = "edit"


@dataclass(frozen=True)
class ActionFormChoices:
    """What the form offers, read in the background before it opens."""

    quartiers: tuple[QuartierDTO, ...]
    sites: tuple[SiteDTO, ...]
    organisations: tuple[OrganisationDTO, ...]
    contacts: tuple[ContactDTO, ...]
    today: dt.date


def load_form_choices(services: Services) -> ActionFormChoices:
    """Quartiers, sites, active organisations and contacts (runs in the background)."""
    return ActionFormChoices(
        quartiers=tuple(services.territory.list_quartiers()),
        sites=tuple(services.territory.list_sites()),
        organisations=tuple(services.directory.list_organisations()),
        contacts=tuple(c for c in services.directory.list_contacts() if c.active),
        today=services.context.today(),
    )


@dataclass(frozen=True)
class FormRequest:
    """How the form opens: a new action (maybe from a séance), a correction or a copy."""

    mode: FormMode
    #: The action edited or copied (read again just before the form opens).
    action_id: int | None = None
    detail: ActionDetail | None = None
    seance_id: int | None = None
    seance_label: str = ""
    comment: str = ""
    #: Quartiers offered for a new action (a séance offers its instance's perimeter).
    quartier_ids: tuple[int, ...] = ()


class ActionFormDialog(FormDialog):
    """Every field of an action in two columns: what and where | who, when and how much."""

    def __init__(
        self,
        context: PageContext,
        choices: ActionFormChoices,
        request: FormRequest,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, self._save_value, parent)
        self._services = context.services
        self._choices = choices
        self._request = request
        self._version = request.detail.row.version if request.detail else 0
        self._last_value: Any = None
        self._build_fields()
        self._connect_fields()
        self._fill(request)
        self.setWindowTitle(self._window_title())
        self.setMinimumWidth(880)

    # -- construction ----------------------------------------------------------------------

    def _window_title(self) -> str:
        detail = self._request.detail
        if self._request.mode is FormMode.EDIT and detail is not None:
            return self.tr("Modifier l'action {number}").format(number=detail.row.number)
        if detail is not None:
            return self.tr("Dupliquer l'action {number}").format(number=detail.row.number)
        return self.tr("Nouvelle action")

    def _build_fields(self) -> None:
        self.title_edit = QLineEdit()
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMinimumHeight(90)
        self.description_edit.setMaximumHeight(150)
        self.origin_label = QLabel()
        self.origin_label.setWordWrap(True)
        self.origin_note_edit = QPlainTextEdit()
        self.origin_note_edit.setTabChangesFocus(True)
        self.origin_note_edit.setMaximumHeight(64)
        self.origin_note_edit.setPlaceholderText(self.tr("Le constat qui a conduit à l'action"))
        self.indicator_edit = QLineEdit()
        self.indicator_edit.setPlaceholderText(self.tr("Mesure du résultat attendu"))
        self.restricted_check = QCheckBox(
            self.tr("Action à diffusion restreinte (cellule de veille)")
        )
        self.quartier_combo = QComboBox()
        self.site_combo = QComboBox()
        self.theme_combo = _enum_combo(Theme)
        self.organisation_combo = QComboBox()
        self.organisation_combo.setMinimumContentsLength(24)
        self.contact_combo = QComboBox()
        self.partner_list = PartnerList()
        self.partner_list.setMinimumHeight(130)
        self.deadline = OptionalDate(self.tr("fixée au"))
        self.deadline_note_edit = QLineEdit()
        self.deadline_note_edit.setPlaceholderText(self.tr("ex. : après les travaux d'été"))
        self.priority_combo = _enum_combo(Priority)
        self.axis_combo = _enum_combo(AtfpbAxis, none=self.tr("(hors ATFPB)"))
        self.cost_edit = MoneyEdit()
        self._add_rows()

    def _add_rows(self) -> None:
        add = self.form.add
        add("title", self.tr("Intitulé"), self.title_edit)
        add("description", self.tr("Description"), self.description_edit)
        add("origin", self.tr("Origine"), self.origin_label)
        add("origin_note", self.tr("Constat / origine"), self.origin_note_edit)
        add("quartier_id", self.tr("Quartier"), self.quartier_combo)
        add("site_id", self.tr("Site"), self.site_combo)
        add("theme", self.tr("Thème"), self.theme_combo)
        add("indicator", self.tr("Indicateur"), self.indicator_edit)
        add("restricted", self.tr("Confidentialité"), self.restricted_check)
        self.form.add_column()
        add("pilot_organisation_id", self.tr("Organisation pilote"), self.organisation_combo)
        add("pilot_contact_id", self.tr("Contact pilote"), self.contact_combo)
        add("partner_ids", self.tr("Partenaires"), self.partner_list)
        add("initial_deadline", self.tr("Échéance initiale"), self.deadline)
        add("deadline_note", self.tr("Note d'échéance"), self.deadline_note_edit)
        add("priority", self.tr("Priorité"), self.priority_combo)
        add("atfpb_axis", self.tr("Axe ATFPB"), self.axis_combo)
        add("cost", self.tr("Coût (€)"), self.cost_edit)

    def _connect_fields(self) -> None:
        self.quartier_combo.currentIndexChanged.connect(self._on_quartier_combo_index_changed)
        self.organisation_combo.currentIndexChanged.connect(
            self._on_organisation_combo_index_changed
        )

    def _fill(self, request: FormRequest) -> None:
        offered = set(request.quartier_ids)
        for quartier in self._choices.quartiers:
            if not offered or quartier.id in offered or _shown_quartier(request) == quartier.id:
                self.quartier_combo.addItem(f"{quartier.code} — {quartier.name}", quartier.id)
        for organisation in self._choices.organisations:
            label = f"{organisation.code} — {organisation.name}"
            self.organisation_combo.addItem(label, organisation.id)
        self.partner_list.set_choices(
            (o.id, f"{o.code} — {o.name}") for o in self._choices.organisations
        )
        self.deadline.date_edit.setDate(_in_three_months(self._choices.today))
        self._on_quartier_combo_index_changed()
        self._on_organisation_combo_index_changed()
        if request.detail is not None:
            self._show_detail(request.detail, copy=request.mode is FormMode.CREATE)
        self.origin_label.setText(self._origin_text(request))

    def _show_detail(self, detail: ActionDetail, copy: bool) -> None:
        row = detail.row
        title = self.tr("{title} (copie)").format(title=row.title) if copy else row.title
        self.title_edit.setText(title)
        self.description_edit.setPlainText(row.description)
        select_data(self.quartier_combo, row.quartier_id)
        select_data(self.site_combo, row.site_id)
        select_data(self.theme_combo, row.theme)
        select_data(self.organisation_combo, row.pilot_organisation_id)
        select_data(self.contact_combo, row.pilot_contact_id)
        self.partner_list.set_value(detail.partner_ids)
        if copy:  # a copy starts today: a deadline already past is left for the user to set
            future = row.deadline and row.deadline >= self._choices.today
            self.deadline.set_value(row.deadline if future else None)
        else:
            self.deadline.set_value(row.initial_deadline)
        self.deadline_note_edit.setText("" if copy else row.deadline_note)
        select_data(self.priority_combo, row.priority)
        select_data(self.axis_combo, row.atfpb_axis)
        self.cost_edit.set_value(row.cost)
        self.origin_note_edit.setPlainText(row.origin_note)
        self.indicator_edit.setText(row.indicator)
        self.restricted_check.setChecked(row.restricted)

    def _origin_text(self, request: FormRequest) -> str:
        if request.mode is FormMode.EDIT and request.detail is not None:
            return request.detail.origin_label or self.tr("saisie directe dans le plan")
        if request.seance_id is not None:
            return self.tr("Décidée en séance ({seance})").format(seance=request.seance_label)
        return self.tr("saisie directe dans le plan")

    # -- reading the fields ----------------------------------------------------------------

    def value(self) -> ActionDraft | ActionEdit:
        """What to save: a new action, or the edited fields of the shown one."""
        errors: dict[str, str] = {}
        quartier_id, organisation_id = (
            combo_data(self.quartier_combo),
            combo_data(self.organisation_combo),
        )
        if quartier_id is None:
            errors["quartier_id"] = self.tr("Choisissez le quartier de l'action.")
        if organisation_id is None:
            errors["pilot_organisation_id"] = self.tr("Choisissez l'organisation pilote.")
        try:
            cost = self.cost_edit.value()
        except ValidationError as error:
            errors.update(error.errors)
            cost = None
        if errors:
            raise ValidationError(errors)
        fields = self._common_fields(int(str(organisation_id)), cost)
        fields["quartier_id"] = int(str(quartier_id))
        if self._request.mode is FormMode.EDIT:
            detail = self._request.detail
            assert detail is not None
            # Starting from the stored values keeps what the form does not show (revised
            # deadline) exactly as it is.
            return dataclasses.replace(ActionEdit.from_detail(detail), **fields)
        return ActionDraft(**fields, origin_seance_id=self._request.seance_id)

    def _common_fields(self, organisation_id: int, cost: Any) -> dict[str, Any]:
        contact, site = combo_data(self.contact_combo), combo_data(self.site_combo)
        axis = combo_data(self.axis_combo)
        return {
            "title": self.title_edit.text(),
            "description": self.description_edit.toPlainText(),
            "theme": Theme(self.theme_combo.currentData()),
            "pilot_organisation_id": organisation_id,
            "pilot_contact_id": int(str(contact)) if contact is not None else None,
            "site_id": int(str(site)) if site is not None else None,
            "partner_ids": self.partner_list.value(),
            "initial_deadline": self.deadline.value(),
            "deadline_note": self.deadline_note_edit.text().strip(),
            "priority": Priority(self.priority_combo.currentData()),
            "atfpb_axis": AtfpbAxis(str(axis)) if axis is not None else None,
            "cost": cost,
            "origin_note": self.origin_note_edit.toPlainText().strip(),
            "indicator": self.indicator_edit.text().strip(),
            "restricted": self.restricted_check.isChecked(),
        }

    # -- saving ----------------------------------------------------------------------------

    def _save_value(self, value: ActionDraft | ActionEdit) -> Mutation[ActionRow]:
        """Runs in the background: create or update through the action service."""
        self._last_value = value  # what a conflict resolution starts from
        actions = self._services.actions
        if isinstance(value, ActionEdit):
            detail = self._request.detail
            assert detail is not None
            return actions.update(detail.row.id, self._version, value)
        comment, seance_id = self._request.comment, value.origin_seance_id
        return actions.create(value, comment=comment, seance_id=seance_id)

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, ConflictError) and isinstance(self._last_value, ActionEdit):
            self.button_box.setEnabled(True)
            self._resolve_conflict(error, self._last_value)
            return
        super()._on_save_failed(error)

    def _resolve_conflict(self, error: ConflictError, mine: ActionEdit) -> None:
        """Someone saved the action meanwhile: keep mine, take theirs, or merge the texts."""
        resolution = self._prompts.resolve_conflict(self, error)
        if resolution is None:
            return  # the form stays as typed, nothing saved
        if resolution.choice is Choice.THEIRS:
            self.reject()
            return
        names = {f.name for f in dataclasses.fields(ActionEdit)}
        value = dataclasses.replace(
            mine, **{k: v for k, v in resolution.values.items() if k in names}
        )
        if resolution.base_version is not None:
            self._version = resolution.base_version
        self._last_value = value
        self.button_box.setEnabled(False)
        self._tasks.run(
            lambda: self._save_value(value),
            self._on_saved,
            self._on_save_failed,
            write=True,
            initiator=self._initiator,
        )

    # -- dependent choices -----------------------------------------------------------------

    def _on_quartier_combo_index_changed(self, *_args: object) -> None:
        """Offer only the sites of the chosen quartier."""
        quartier_id = combo_data(self.quartier_combo)
        current = combo_data(self.site_combo)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("(aucun site précis)"), None)
        for site in self._choices.sites:
            if site.quartier_id == quartier_id:
                self.site_combo.addItem(site.name, site.id)
        select_data(self.site_combo, current)

    def _on_organisation_combo_index_changed(self, *_args: object) -> None:
        """Offer only the people of the pilot organisation."""
        organisation_id = combo_data(self.organisation_combo)
        current = combo_data(self.contact_combo)
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(aucun)"), None)
        for contact in self._choices.contacts:
            if contact.organisation_id == organisation_id:
                self.contact_combo.addItem(contact.full_name, contact.id)
        select_data(self.contact_combo, current)

    # -- opening ---------------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        context: PageContext,
        choices: ActionFormChoices,
        request: FormRequest,
        parent: QWidget | None = None,
    ) -> ActionRow | None:
        """Show the form modally; the saved action, or None when cancelled."""
        dialog = cls(context, choices, request, parent)
        result: ActionRow | None = run_dialog(dialog)
        return result


def open_action_form(
    context: PageContext,
    request: FormRequest,
    parent: QWidget,
    then: Callable[[ActionRow], None],
) -> None:
    """Read the choices in the background, then show the form; ``then`` gets what was saved.

    Editing re-reads the action first, so the form starts from what is stored now.
    """

    services = context.services

    def load() -> tuple[ActionFormChoices, FormRequest]:
        fresh = request
        if request.action_id is not None:
            detail = services.actions.get(request.action_id)
            fresh = dataclasses.replace(request, detail=detail)
        return load_form_choices(services), fresh

    def show(loaded: tuple[ActionFormChoices, FormRequest]) -> None:
        saved = ActionFormDialog.ask(context, *loaded, parent)
        if saved is not None:
            then(saved)

    context.tasks.run(load, show, lambda error: context.prompts.show_error(parent, error))


def _enum_combo(kind: type[enum.Enum], none: str | None = None) -> QComboBox:
    combo = QComboBox()
    if none is not None:
        combo.addItem(none, None)
    for member in kind:
        combo.addItem(str(getattr(member, "label", member.value)), member)
    return combo


def _shown_quartier(request: FormRequest) -> int | None:
    return request.detail.row.quartier_id if request.detail is not None else None


def _in_three_months(today: dt.date) -> QDate:
    return to_qdate(today).addMonths(3)
