"""Actions decided or followed up during a séance, entered without leaving the minutes.

Both dialogs tie what they save to the séance: a new action records it as its origin and in
its first history line; a follow-up point records it in the action's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QPlainTextEdit,
    QWidget,
)

from gusp_desktop.domain.actions import ActionRow, StatusChange
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactDTO, OrganisationDTO
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.territory import QuartierDTO, SiteDTO
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.action_fields import OptionalDate
from gusp_desktop.ui.dialogs.action_form import (
    ActionFormChoices,
    ActionFormDialog,
    FormMode,
    FormRequest,
)
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
    sites: tuple[SiteDTO, ...] = ()


class ActionDialog(ActionFormDialog):
    """A new action decided in this séance: the plan's own form, tied to the séance."""

    def __init__(
        self, context: PageContext, choices: ActionChoices, parent: QWidget | None = None
    ) -> None:
        form_choices = ActionFormChoices(
            quartiers=choices.quartiers,
            sites=choices.sites,
            organisations=choices.organisations,
            contacts=choices.contacts,
            today=context.services.context.today(),
        )
        request = FormRequest(
            FormMode.CREATE,
            seance_id=choices.seance_id,
            seance_label=choices.seance_label,
            comment=f"Action décidée en séance ({choices.seance_label}).",
        )
        super().__init__(context, form_choices, request, parent)

    @classmethod
    def ask_in_seance(
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
