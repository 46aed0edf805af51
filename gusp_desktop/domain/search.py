"""What one search across the whole database returns, whatever the engine behind it."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import LabelledEnum

# Around each matched word in a snippet. Brackets that never occur in French text, so the
# window can turn them into bold and the command line can print them as they are.
MATCH_START = "⟦"
MATCH_END = "⟧"
ELLIPSIS = "…"


class SearchKind(LabelledEnum):
    """Where a search result lives."""

    ACTION = "action"
    COMMENT = "comment"
    AGENDA = "agenda"
    MINUTES = "minutes"
    DECISION = "decision"
    SEANCE = "seance"
    CONTACT = "contact"
    ORGANISATION = "organisation"

    @property
    def label(self) -> str:
        """French label shown to users."""
        return _KIND_LABELS[self.value]


_KIND_LABELS = {
    "action": "Action",
    "comment": "Commentaire de suivi",
    "agenda": "Point de l'ordre du jour",
    "minutes": "Notes du compte rendu",
    "decision": "Décision",
    "seance": "Séance",
    "contact": "Contact",
    "organisation": "Organisation",
}


@dataclass(frozen=True)
class SearchHit:
    """One result, best first, with what is needed to open it where it lives.

    ``snippet`` marks matched words with :data:`MATCH_START` / :data:`MATCH_END`.
    ``entity_id`` is the row id in its own table (action, action_update, agenda_item,
    decision, seance, contact, organisation); ``ref`` is ``kind/entity_id``.
    """

    kind: SearchKind
    ref: str
    title: str
    snippet: str
    rank: float
    entity_id: int
    seance_id: int | None = None
    agenda_item_id: int | None = None
    action_id: int | None = None
    action_number: str | None = None
    contact_id: int | None = None
    organisation_id: int | None = None
    restricted: bool = False


def strip_marks(snippet: str) -> str:
    """A snippet without its match markers (for plain-text outputs)."""
    return snippet.replace(MATCH_START, "").replace(MATCH_END, "")
