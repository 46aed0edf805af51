"""Ctrl+K from any page: the search palette, and each result opened where it lives.

An action or a follow-up comment opens the action in the plan; minutes notes and decisions
open the séance's compte rendu at their agenda point, an agenda point the séance's agenda; a
contact or an organisation opens in the annuaire. The palette keeps the last search, so
Ctrl+K again refines it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from gusp_desktop.domain.search import MATCH_END, MATCH_START, SearchHit, SearchKind
from gusp_desktop.services.search import SearchService
from gusp_desktop.ui.dialogs.search import SearchPalette
from gusp_desktop.ui.pages.seances.view import TAB_AGENDA, TAB_MINUTES
from gusp_desktop.ui.tasks import TaskRunner

OpenItem = Callable[[str, int], None]
#: (séance id, agenda item id, tab, words to select) → the séance opened at that point.
OpenPoint = Callable[[int, int, int, str], None]
_MARKED = re.compile(re.escape(MATCH_START) + "(.*?)" + re.escape(MATCH_END))


def matched_words(snippet: str) -> str:
    """The first words the search marked in a snippet (selected where the result opens)."""
    found = _MARKED.search(snippet)
    return found.group(1) if found else ""


class SearchLauncher(QObject):
    """Owns the palette of a window and routes the chosen result."""

    def __init__(
        self,
        search: SearchService,
        tasks: TaskRunner,
        window: QWidget,
        open_item: OpenItem,
        open_point: OpenPoint,
    ) -> None:
        super().__init__(window)
        self._open_item, self._open_point = open_item, open_point

        def run(text: str, kind: SearchKind | None, limit: int) -> Sequence[SearchHit]:
            return search.search(text, [kind] if kind else None, limit)

        self.palette = SearchPalette(run, tasks, window)
        self.palette.open_requested.connect(self.open_hit)

    def show(self) -> None:
        """Ctrl+K: the palette over the window, the last search selected."""
        self.palette.open()
        self.palette.start()

    def open_hit(self, hit: SearchHit) -> None:
        """Show a result where it lives."""
        kind = hit.kind
        if kind in (SearchKind.ACTION, SearchKind.COMMENT):
            self._open_item("action", hit.action_id or hit.entity_id)
        elif kind in (SearchKind.MINUTES, SearchKind.DECISION, SearchKind.AGENDA):
            self._open_at_point(hit)
        elif kind is SearchKind.SEANCE:
            self._open_item("seance", hit.seance_id or hit.entity_id)
        elif kind is SearchKind.CONTACT:
            self._open_item("contact", hit.contact_id or hit.entity_id)
        elif kind is SearchKind.ORGANISATION:
            self._open_item("organisation", hit.organisation_id or hit.entity_id)

    def _open_at_point(self, hit: SearchHit) -> None:
        if hit.seance_id is None:
            return
        if hit.agenda_item_id is None:
            self._open_item("seance", hit.seance_id)
            return
        tab = TAB_AGENDA if hit.kind is SearchKind.AGENDA else TAB_MINUTES
        self._open_point(hit.seance_id, hit.agenda_item_id, tab, matched_words(hit.snippet))
