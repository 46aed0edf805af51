"""Undoable changes to the ordre du jour: each redo and undo is a call to the service.

Undoing is not a local trick: it writes the previous state back to the database, so the
agenda another secretary opens is the one on screen. A point removed then restored comes back
with a new id; commands therefore name points by a stable *key* (the id they first had),
which the editor resolves to the current id when the command runs.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from gusp_desktop.domain.agenda import AgendaItemData, AgendaItemDTO
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.models.agenda_table import item_data

Call = Callable[[], Mutation[Any]]


class AgendaWriter(Protocol):
    """What commands need from the editor."""

    services: Services
    seance_id: int

    def submit(self, prepare: Callable[[], Call], after: Callable[[Any], None] | None) -> None:
        """Queue a write; ``prepare`` builds the call when its turn comes."""

    def item(self, key: int) -> AgendaItemDTO:
        """The point known by ``key``, as currently stored (LookupError when gone)."""

    def alias(self, key: int, item_id: int) -> None:
        """The point known by ``key`` now has id ``item_id``."""

    def select_key(self, key: int) -> None:
        """Select the point known by ``key`` once the rows are back."""


class AddItemCommand(QUndoCommand):
    """Add a point (redo) and remove it again (undo)."""

    def __init__(self, writer: AgendaWriter, data: AgendaItemData, position: int | None) -> None:
        super().__init__(
            QCoreApplication.translate("AgendaCommand", "Ajouter « {title} »").format(
                title=data.title
            )
        )
        self._writer, self._data, self._position = writer, data, position
        self.key: int | None = None

    def redo(self) -> None:
        agenda, seance_id = self._writer.services.agenda, self._writer.seance_id
        data, position = self._data, self._position
        self._writer.submit(lambda: lambda: agenda.add_item(seance_id, data, position), self._added)

    def undo(self) -> None:
        if self.key is None:
            return
        _remove(self._writer, self.key)

    def _added(self, item: AgendaItemDTO) -> None:
        if self.key is None:
            self.key = item.id
        self._writer.alias(self.key, item.id)
        self._writer.select_key(self.key)


class RemoveItemCommand(QUndoCommand):
    """Remove a point (redo) and put it back with its notes and decisions (undo)."""

    def __init__(self, writer: AgendaWriter, key: int) -> None:
        self._snapshot = writer.item(key)
        super().__init__(
            QCoreApplication.translate("AgendaCommand", "Supprimer « {title} »").format(
                title=self._snapshot.title
            )
        )
        self._writer, self._key = writer, key

    def redo(self) -> None:
        _remove(self._writer, self._key)

    def undo(self) -> None:
        services, seance_id, snapshot = (
            self._writer.services,
            self._writer.seance_id,
            self._snapshot,
        )
        self._writer.submit(lambda: lambda: _restore(services, seance_id, snapshot), self._restored)

    def _restored(self, item: AgendaItemDTO) -> None:
        self._writer.alias(self._key, item.id)
        self._writer.select_key(self._key)


class EditItemCommand(QUndoCommand):
    """Change a point's fields (redo) and put the previous ones back (undo)."""

    def __init__(
        self, writer: AgendaWriter, key: int, before: AgendaItemData, after: AgendaItemData
    ) -> None:
        super().__init__(
            QCoreApplication.translate("AgendaCommand", "Modifier « {title} »").format(
                title=before.title
            )
        )
        self._writer, self._key, self._before, self._after = writer, key, before, after

    def redo(self) -> None:
        self._write(self._after)

    def undo(self) -> None:
        self._write(self._before)

    def _write(self, data: AgendaItemData) -> None:
        writer, key = self._writer, self._key
        agenda = writer.services.agenda

        def prepare() -> Call:
            item = writer.item(key)
            return lambda: agenda.update_item(item.id, item.version, data)

        writer.submit(prepare, lambda _item: writer.select_key(key))


class MoveItemCommand(QUndoCommand):
    """Move a point to a position (redo) and back to where it was (undo)."""

    def __init__(self, writer: AgendaWriter, key: int, before: int, after: int) -> None:
        title = writer.item(key).title
        super().__init__(
            QCoreApplication.translate("AgendaCommand", "Déplacer « {title} »").format(title=title)
        )
        self._writer, self._key, self._before, self._after = writer, key, before, after

    def redo(self) -> None:
        self._move(self._after)

    def undo(self) -> None:
        self._move(self._before)

    def _move(self, position: int) -> None:
        writer, key = self._writer, self._key
        agenda = writer.services.agenda

        def prepare() -> Call:
            item_id = writer.item(key).id
            return lambda: agenda.move_item(item_id, position)

        writer.submit(prepare, lambda _items: writer.select_key(key))


def _remove(writer: AgendaWriter, key: int) -> None:
    agenda = writer.services.agenda

    def prepare() -> Call:
        item = writer.item(key)
        return lambda: agenda.remove_item(item.id, item.version)

    writer.submit(prepare, None)


def _restore(services: Services, seance_id: int, snapshot: AgendaItemDTO) -> Mutation[Any]:
    """Add a removed point back where it was, then its notes and decisions (in the worker)."""
    added = services.agenda.add_item(seance_id, item_data(snapshot), snapshot.position)
    changes = added.changes
    item = added.value
    if snapshot.notes:
        saved = services.minutes.save_notes(item.id, item.version, snapshot.notes)
        changes |= saved.changes
    for decision in snapshot.decisions:
        changes |= services.minutes.add_decision(item.id, decision.text).changes
    return Mutation(item, changes)
