"""Pages shown in the main window's stack, one per sidebar entry.

Every page is a :class:`gusp_desktop.ui.pages.base.Page` built from one
:class:`gusp_desktop.ui.context.PageContext`; the base class lists the hooks the window calls.
Splitters with an ``objectName`` have their state saved with the window's.
"""

from __future__ import annotations

from gusp_desktop.domain.changes import ChangeSet


def touches(changes: ChangeSet, *entities: str) -> bool:
    """Whether a change set concerns any of ``entities`` (helper for ``Page.on_changes``)."""
    return bool(changes.entities() & set(entities))
