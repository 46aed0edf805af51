"""Pages shown in the main window's stack, one per sidebar entry.

The contract every page follows, so the main window can host pages written by different people:

* a ``QWidget`` subclass constructed as ``Page(services, tasks, prompts, parent=None)``;
* a class attribute ``title`` (French source text, translated in the ``Pages`` context);
* ``refresh() -> None`` reloads what the page shows, through the task runner;
* ``on_data_changed(changes, initiator) -> None`` is connected to ``tasks.data_changed`` and
  reloads only when ``changes`` touches what the page shows.

Optional hooks the main window uses when present: ``open_item(entity, entity_id)`` (show one
séance or action), a signal ``open_requested(str, int)`` (ask the window to open an item on
another page), ``focus_search()`` (Ctrl+F), ``undo_stack`` (a ``QUndoStack`` bound to the
Édition menu while the page is visible) and ``can_close() -> bool`` (asked before quitting).
Splitters with an ``objectName`` have their state saved with the window's.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QWidget

from gusp_desktop.domain.changes import ChangeSet
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner


class PageFactory(Protocol):
    """What the main window needs from a page class."""

    title: str

    def __call__(
        self,
        services: Services,
        tasks: TaskRunner,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> QWidget: ...


def touches(changes: ChangeSet, *entities: str) -> bool:
    """Whether a change set concerns any of ``entities`` (helper for ``on_data_changed``)."""
    return bool(changes.entities() & set(entities))
