"""Actions decided or followed up during a séance, entered without leaving the minutes.

Both dialogs tie what they save to the séance: a new action records it as its origin and in
its first history line; a follow-up point records it in the action's history.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtWidgets import (
    QWidget,
)

from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.domain.directory import ContactDTO, OrganisationDTO
from gusp_desktop.domain.territory import QuartierDTO, SiteDTO
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.action_form import (
    ActionFormChoices,
    ActionFormDialog,
    FormMode,
    FormRequest,
)
from gusp_desktop.ui.dialogs.base import run_dialog
from gusp_desktop.ui.dialogs.follow_up import PlanFollowUpDialog


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


class FollowUpDialog(PlanFollowUpDialog):
    """A follow-up point decided in a séance: the plan's follow-up, on one of its actions."""

    def __init__(
        self,
        context: PageContext,
        choices: ActionChoices,
        action_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            context, choices.open_actions, parent, seance_id=choices.seance_id, action_id=action_id
        )
        self.setWindowTitle(self.tr("Point de suivi d'une action"))

    @classmethod
    def ask_in_seance(
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


def quartiers_of(
    perimeter: Sequence[int], quartiers: Sequence[QuartierDTO]
) -> tuple[QuartierDTO, ...]:
    """The instance's perimeter, or every quartier when it has none."""
    chosen = tuple(q for q in quartiers if q.id in perimeter)
    return chosen or tuple(quartiers)
