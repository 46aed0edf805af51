"""The contract between the main window and the pages of its stack.

The window knows pages only through :class:`Page`: it shows them in the sidebar by ``title``
with their ``shortcut``, forwards every committed ``ChangeSet`` to :meth:`Page.on_changes`,
routes Ctrl+F, « Nouveau » and « Actualiser » to the page shown, opens an entity on the page
that declares it in ``opens``, binds the Édition menu to its ``undo_stack`` and asks
:meth:`Page.can_close` before quitting. Every hook is typed here, so the window never probes
a page for what it might support.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from gusp_desktop.domain.changes import ChangeSet
from gusp_desktop.ui.context import PageContext, PagePart


class Page(PagePart):
    """One sidebar entry of the main window.

    Writes made by the page and its widgets are announced with the page as initiator, so
    :meth:`on_changes` can tell its own edits (already shown) from everybody else's.
    """

    #: Names the sidebar icon and the page remembered between sessions.
    key: ClassVar[str]
    #: Sidebar and window title: French source text, translated in the ``Pages`` context.
    title: ClassVar[str]
    #: Keyboard shortcut that shows the page (« Affichage » menu).
    shortcut: ClassVar[str]
    #: Kinds of entity this page shows when asked to open one (``"seance"``, ``"action"``…).
    opens: ClassVar[frozenset[str]] = frozenset()

    #: Ask the window to show an entity on the page that opens it: (entity, id).
    open_requested = Signal(str, int)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context.acting_for(self), parent)
        #: History driven by the Édition menu while the page is shown (None: nothing to undo).
        self.undo_stack: QUndoStack | None = None

    def refresh(self) -> None:
        """Read again everything the page shows (in the background)."""
        raise NotImplementedError

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """A commit happened (here, in another page or another client): follow what it touched."""
        raise NotImplementedError

    def focus_search(self) -> None:
        """Ctrl+F: put the cursor in the page's search box (pages without one ignore it)."""

    def can_create(self) -> bool:
        """Whether « Nouveau » means something on this page."""
        return False

    def new_record(self) -> None:
        """« Nouveau »: start typing a new record of what the page lists."""

    def open_entity(self, entity: str, entity_id: int) -> None:
        """Show one entity of a kind listed in ``opens``."""

    def can_close(self) -> bool:
        """Asked before the window closes: False keeps it open (unsaved work)."""
        return True
