"""Changing several actions at once, after a confirmation, with « Annuler » where it makes sense.

The service applies the change to every action in one transaction or to none. Undoing puts
each action back as it was — its theme, its pilot, its deadline — as a new line of its
history; a change of state is undone only when the rules allow every action to go back
(a finished action may be reopened, but « en cours » never returns to « à engager »).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from itertools import groupby
from typing import TypeVar

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from gusp_desktop.domain.actions import ActionRow, BulkChange
from gusp_desktop.domain.changes import ChangeSet, Mutation
from gusp_desktop.domain.directory import OrganisationDTO
from gusp_desktop.domain.rules import CLOSED_ACTION_STATUSES, can_change_action_status
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.bulk_change import BulkChangeDialog

#: Told which actions were changed (the page reloads and keeps them selected).
Saved = Callable[[list[int]], None]
#: (action ids, change) pairs that together put a selection back as it was.
Steps = list[tuple[list[int], BulkChange]]

UNDO_COMMENT = "Modification groupée annulée."
K = TypeVar("K")


class BulkTexts(QObject):
    """The confirmation and the undo entry, in the user's language."""

    def title(self) -> str:
        """Title of the confirmation."""
        return self.tr("Modifications groupées")

    def question(self, count: int, change: str) -> str:
        """« Appliquer à 3 actions ? » and what changes."""
        return self.tr("Appliquer à %n action(s) ?\n{change}", "", count).format(change=change)

    def undo_text(self, count: int, change: str) -> str:
        """The entry of the Édition menu's « Annuler »."""
        return self.tr("Modification de %n action(s) : {change}", "", count).format(change=change)


def run_bulk_change(
    context: PageContext, page: QWidget, rows: Sequence[ActionRow], saved: Saved
) -> None:
    """Ask what to change, confirm, apply; the page's undo stack gets the way back."""
    directory = context.services.directory

    def ask(organisations: list[OrganisationDTO]) -> None:
        answer = BulkChangeDialog.ask(rows, organisations, page)
        if answer is None:
            return
        change, description = answer
        texts = BulkTexts()
        question = texts.question(len(rows), description)
        if context.prompts.confirm(page, texts.title(), question):
            _apply(context, page, list(rows), change, description, saved)

    context.tasks.run(
        directory.list_organisations, ask, lambda error: context.prompts.show_error(page, error)
    )


def _apply(
    context: PageContext,
    page: QWidget,
    rows: list[ActionRow],
    change: BulkChange,
    description: str,
    saved: Saved,
) -> None:
    actions = context.services.actions
    ids = [r.id for r in rows]
    versions = {r.id: r.version for r in rows}

    def done(result: object) -> None:
        back = undo_steps(rows, change)
        stack = getattr(page, "undo_stack", None)
        if back is not None and stack is not None:
            text = BulkTexts().undo_text(len(rows), description)
            undo = BulkUndo(context, page, text, ids, change, back)
            undo.saved = saved
            stack.push(undo)
        saved(ids)

    context.tasks.run(
        lambda: actions.bulk_update(ids, change, versions),
        done,
        lambda error: context.prompts.show_error(page, error),
        write=True,
        initiator=page,
    )


def undo_steps(rows: Sequence[ActionRow], change: BulkChange) -> Steps | None:
    """The changes that put ``rows`` back as they were; None when that is not possible."""
    steps: Steps = []
    if change.theme is not None:
        steps += _grouped(rows, lambda r: r.theme, lambda theme: BulkChange(theme=theme))
    if change.pilot_organisation_id is not None:
        steps += _grouped(
            rows,
            lambda r: (r.pilot_organisation_id, r.pilot_contact_id),
            lambda pilot: BulkChange(pilot_organisation_id=pilot[0], pilot_contact_id=pilot[1]),
        )
    if change.deadline_shift_days:
        shift = BulkChange(deadline_shift_days=-change.deadline_shift_days)
        steps.append(([r.id for r in rows], shift))
    if change.status is not None:
        status = change.status
        if not all(can_change_action_status(status, r.status) for r in rows):
            return None
        steps += _grouped(
            [r for r in rows if r.status != status],
            lambda r: (r.status, r.outcome),
            lambda old: BulkChange(
                status=old[0], outcome=old[1] if old[0] in CLOSED_ACTION_STATUSES else ""
            ),
        )
    # Every step says why in the actions' history.
    return [(ids, dataclasses.replace(step, comment=UNDO_COMMENT)) for ids, step in steps]


def _grouped(
    rows: Sequence[ActionRow], key: Callable[[ActionRow], K], make: Callable[[K], BulkChange]
) -> Steps:
    """One step per distinct old value, for the actions that had it."""
    ordered = sorted(rows, key=lambda r: repr(key(r)))
    return [
        ([r.id for r in members], make(value))
        for value, members in ((k, list(g)) for k, g in groupby(ordered, key=key))
    ]


class BulkUndo(QUndoCommand):
    """« Annuler » / « Rétablir » for one bulk change, written through the services."""

    def __init__(
        self,
        context: PageContext,
        page: QWidget,
        text: str,
        ids: list[int],
        change: BulkChange,
        back: Steps,
    ) -> None:
        super().__init__(text)
        self._context, self._page = context, page
        #: Called with an action of the selection once undone or redone (the page reloads).
        self.saved: Saved = lambda _ids: None
        self._forward: Steps = [(ids, change)]
        self._back = back
        self._applied = True  # pushed after the change was saved: the first redo is a no-op

    def undo(self) -> None:
        self._run(self._back)
        self._applied = False

    def redo(self) -> None:
        if self._applied:
            return
        self._run(self._forward)
        self._applied = True

    def _run(self, steps: Steps) -> None:
        actions = self._context.services.actions

        def write() -> Mutation[list[ActionRow]]:
            rows: list[ActionRow] = []
            changes = ChangeSet()
            for ids, change in steps:
                mutation = actions.bulk_update(ids, change)
                rows += mutation.value
                changes = changes | mutation.changes
            return Mutation(rows, changes)

        self._context.tasks.run(
            write,
            lambda mutation: self.saved([r.id for r in mutation.value]),
            lambda error: self._context.prompts.show_error(self._page, error),
            write=True,
            initiator=self._page,
        )
