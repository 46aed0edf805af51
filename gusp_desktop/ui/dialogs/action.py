"""Actions decided or followed up during a séance, entered without leaving the minutes.

Both dialogs tie what they save to the séance: a new action records it as its origin and in
its first history line; a follow-up point records it in the action's history.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gusp_desktop.domain.actions import ActionDraft, ActionRow, StatusChange
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactDTO, OrganisationDTO
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.territory import QuartierDTO
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.base import FormDialog, run_dialog
from gusp_desktop.ui.dialogs.fields import combo_data


@dataclass(frozen=True)
class ActionChoices:
    """What the action dialogs offer, loaded in the background before they open."""

    seance_id: int
    seance_label: str
    quartiers: tuple[QuartierDTO, ...]
    organisations: tuple[OrganisationDTO, ...]
    contacts: tuple[ContactDTO, ...]
    open_actions: tuple[ActionRow, ...]


class OptionalDate(QWidget):
    """A date that may be left empty (a check box turns it on)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_check = QCheckBox(label)
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.date_edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self.date_edit, 1)
        self.enabled_check.toggled.connect(self.date_edit.setEnabled)

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None: unchecked)."""
        self.enabled_check.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(QDate(value.year, value.month, value.day))

    def value(self) -> dt.date | None:
        """The chosen date, or None."""
        if not self.enabled_check.isChecked():
            return None
        result = self.date_edit.date().toPython()
        assert isinstance(result, dt.date)
        return result


class ActionDialog(FormDialog):
    """A new action of the plan, decided in this séance."""

    def __init__(
        self, context: PageContext, choices: ActionChoices, parent: QWidget | None = None
    ) -> None:
        services = context.services
        comment = f"Action décidée en séance ({choices.seance_label})."

        def save(draft: ActionDraft) -> Mutation[ActionRow]:
            return services.actions.create(draft, comment=comment, seance_id=choices.seance_id)

        super().__init__(context, save, parent)
        self.setWindowTitle(self.tr("Nouvelle action"))
        self._choices = choices
        self._build_fields(services.context.today())
        self.organisation_combo.currentIndexChanged.connect(
            self._on_organisation_combo_currentIndexChanged
        )
        self._on_organisation_combo_currentIndexChanged()

    @classmethod
    def ask(
        cls,
        context: PageContext,
        choices: ActionChoices,
        parent: QWidget | None = None,
        title: str = "",
    ) -> ActionRow | None:
        """Create an action tied to the séance; the new action, or None when cancelled."""
        dialog = cls(context, choices, parent)
        dialog.title_edit.setText(title)
        result: ActionRow | None = run_dialog(dialog)
        return result

    def _build_fields(self, today: dt.date) -> None:
        self.title_edit = QLineEdit()
        self.quartier_combo = QComboBox()
        for quartier in self._choices.quartiers:
            self.quartier_combo.addItem(f"{quartier.code} — {quartier.name}", quartier.id)
        self.theme_combo = QComboBox()
        for theme in Theme:
            self.theme_combo.addItem(theme.label, theme)
        self.organisation_combo = QComboBox()
        for organisation in self._choices.organisations:
            self.organisation_combo.addItem(
                f"{organisation.code} — {organisation.name}", organisation.id
            )
        self.contact_combo = QComboBox()
        self.deadline = OptionalDate(self.tr("Échéance"))
        self.deadline.date_edit.setDate(QDate(today.year, today.month, today.day).addMonths(3))
        self.form.add("title", self.tr("Intitulé"), self.title_edit)
        self.form.add("quartier_id", self.tr("Quartier"), self.quartier_combo)
        self.form.add("theme", self.tr("Thème"), self.theme_combo)
        self.form.add(
            "pilot_organisation_id", self.tr("Organisation pilote"), self.organisation_combo
        )
        self.form.add("pilot_contact_id", self.tr("Contact pilote"), self.contact_combo)
        self.form.add("initial_deadline", self.tr("Échéance"), self.deadline)

    def value(self) -> ActionDraft:
        """The action to create, tied to the séance as its origin."""
        quartier_id, organisation_id = (
            combo_data(self.quartier_combo),
            combo_data(self.organisation_combo),
        )
        errors = {}
        if quartier_id is None:
            errors["quartier_id"] = self.tr("Choisissez le quartier de l'action.")
        if organisation_id is None:
            errors["pilot_organisation_id"] = self.tr("Choisissez l'organisation pilote.")
        if errors:
            raise ValidationError(errors)
        contact = combo_data(self.contact_combo)
        return ActionDraft(
            title=self.title_edit.text(),
            quartier_id=int(str(quartier_id)),
            theme=Theme(self.theme_combo.currentData()),
            pilot_organisation_id=int(str(organisation_id)),
            pilot_contact_id=int(str(contact)) if contact is not None else None,
            initial_deadline=self.deadline.value(),
            origin_seance_id=self._choices.seance_id,
        )

    def _on_organisation_combo_currentIndexChanged(self) -> None:
        """Offer only the people of the pilot organisation."""
        organisation_id = combo_data(self.organisation_combo)
        self.contact_combo.clear()
        self.contact_combo.addItem(self.tr("(aucun)"), None)
        for contact in self._choices.contacts:
            if contact.organisation_id == organisation_id:
                self.contact_combo.addItem(contact.full_name, contact.id)


class FollowUpDialog(FormDialog):
    """A follow-up point on an existing action, recorded in its history with the séance."""

    def __init__(
        self,
        context: PageContext,
        choices: ActionChoices,
        action_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        services = context.services

        def save(change: tuple[ActionRow, StatusChange]) -> Mutation[ActionRow]:
            row, status_change = change
            return services.actions.follow_up(row.id, row.version, status_change)

        super().__init__(context, save, parent)
        self.setWindowTitle(self.tr("Point de suivi d'une action"))
        self._choices = choices
        self._today = services.context.today()
        self._actions = {a.id: a for a in choices.open_actions}
        self._build_fields()
        self.action_combo.currentIndexChanged.connect(self._on_action_combo_currentIndexChanged)
        if action_id is not None:
            self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action_id)))
        self._on_action_combo_currentIndexChanged()

    def _build_fields(self) -> None:
        self.action_combo = QComboBox()
        for row in self._choices.open_actions:
            late = self.tr(" (en retard)") if row.overdue else ""
            self.action_combo.addItem(f"{row.number} — {row.title}{late}", row.id)
        self.status_combo = QComboBox()
        for status in ActionStatus:
            self.status_combo.addItem(status.label, status)
        self.comment_edit = QPlainTextEdit()
        self.revised = OptionalDate(self.tr("Nouvelle échéance"))
        self.form.add("action", self.tr("Action"), self.action_combo)
        self.form.add("status", self.tr("État"), self.status_combo)
        self.form.add("comment", self.tr("Commentaire"), self.comment_edit)
        self.form.add("revised_deadline", self.tr("Échéance révisée"), self.revised)

    @classmethod
    def ask(
        cls,
        context: PageContext,
        choices: ActionChoices,
        action_id: int | None = None,
        parent: QWidget | None = None,
    ) -> ActionRow | None:
        """Record a follow-up point; the updated action, or None when cancelled."""
        dialog = cls(context, choices, action_id, parent)
        result: ActionRow | None = run_dialog(dialog)
        return result

    def value(self) -> tuple[ActionRow, StatusChange]:
        """The action and its follow-up point, tied to the séance."""
        row = self._selected_row()
        if row is None:
            raise ValidationError({"action": self.tr("Choisissez l'action suivie.")})
        status = ActionStatus(self.status_combo.currentData())
        return row, StatusChange(
            status=None if status is row.status else status,
            comment=self.comment_edit.toPlainText().strip(),
            revised_deadline=self.revised.value(),
            seance_id=self._choices.seance_id,
        )

    def _selected_row(self) -> ActionRow | None:
        action_id = combo_data(self.action_combo)
        return self._actions.get(int(str(action_id))) if action_id is not None else None

    def _on_action_combo_currentIndexChanged(self) -> None:
        """Start from the action's current state, which the user then changes."""
        row = self._selected_row()
        if row is None:
            return
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status))
        deadline = row.deadline or self._today
        self.revised.date_edit.setDate(QDate(deadline.year, deadline.month, deadline.day))


def quartiers_of(
    perimeter: Sequence[int], quartiers: Sequence[QuartierDTO]
) -> tuple[QuartierDTO, ...]:
    """The instance's perimeter, or every quartier when it has none."""
    chosen = tuple(q for q in quartiers if q.id in perimeter)
    return chosen or tuple(quartiers)
