"""Keep the search index in step with every ORM write, in the same transaction.

Mapper events run inside the flush, on the flush's own connection: whichever service (or
the demo loader) writes a row, its documents are rewritten before the commit, and a rolled
back transaction leaves the index as it was. Writes that bypass the ORM (bulk inserts of
the benchmarks, raw SQL) are followed by :func:`documents.rebuild`. Deleted rows need no
event: the documents' foreign keys cascade.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Mapper

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Contact,
    Decision,
    Instance,
    Organisation,
    Seance,
    Site,
)
from gusp_desktop.db.search import documents
from gusp_desktop.domain.search import SearchKind as K

Refresher = Callable[[Connection, Any], None]


def refresh(conn: Connection, kind: K, ids: Any) -> None:
    """Rewrite documents (late-bound: ``documents`` imports the models that import us)."""
    documents.refresh(conn, kind, ids)


def ids_where(conn: Connection, column: Any, condition: Any) -> set[int]:
    """Ids a change on a parent row makes stale."""
    return documents.ids_where(conn, column, condition)


def _action(conn: Connection, row: Action) -> None:
    refresh(conn, K.ACTION, [row.id])
    refresh(conn, K.COMMENT, ids_where(conn, ActionUpdate.id, ActionUpdate.action_id == row.id))


def _comment(conn: Connection, row: ActionUpdate) -> None:
    refresh(conn, K.COMMENT, [row.id])


def _agenda_item(conn: Connection, row: AgendaItem) -> None:
    refresh(conn, K.AGENDA, [row.id])
    refresh(conn, K.MINUTES, [row.id])
    refresh(conn, K.DECISION, ids_where(conn, Decision.id, Decision.agenda_item_id == row.id))


def _decision(conn: Connection, row: Decision) -> None:
    refresh(conn, K.DECISION, [row.id])


def _seance_children(conn: Connection, seance_ids: set[int]) -> None:
    if not seance_ids:
        return
    refresh(conn, K.SEANCE, seance_ids)
    items = ids_where(conn, AgendaItem.id, AgendaItem.seance_id.in_(seance_ids))
    refresh(conn, K.AGENDA, items)
    refresh(conn, K.MINUTES, items)
    if items:
        refresh(conn, K.DECISION, ids_where(conn, Decision.id, Decision.agenda_item_id.in_(items)))


def _seance(conn: Connection, row: Seance) -> None:
    _seance_children(conn, {row.id})


def _instance(conn: Connection, row: Instance) -> None:
    _seance_children(conn, ids_where(conn, Seance.id, Seance.instance_id == row.id))


def _contact(conn: Connection, row: Contact) -> None:
    refresh(conn, K.CONTACT, [row.id])
    refresh(conn, K.ACTION, ids_where(conn, Action.id, Action.pilot_contact_id == row.id))


def _organisation(conn: Connection, row: Organisation) -> None:
    refresh(conn, K.ORGANISATION, [row.id])
    refresh(conn, K.CONTACT, ids_where(conn, Contact.id, Contact.organisation_id == row.id))
    refresh(conn, K.ACTION, ids_where(conn, Action.id, Action.pilot_organisation_id == row.id))


def _site(conn: Connection, row: Site) -> None:
    refresh(conn, K.ACTION, ids_where(conn, Action.id, Action.site_id == row.id))


# What to refresh when a row of each mapped class is inserted or updated.
_REFRESHERS: dict[type[Any], Refresher] = {
    Action: _action,
    ActionUpdate: _comment,
    AgendaItem: _agenda_item,
    Decision: _decision,
    Seance: _seance,
    Instance: _instance,
    Contact: _contact,
    Organisation: _organisation,
    Site: _site,
}


def _listener(refresher: Refresher) -> Callable[[Mapper[Any], Connection, Any], None]:
    def after_write(_mapper: Mapper[Any], connection: Connection, target: Any) -> None:
        refresher(connection, target)

    return after_write


def install() -> None:
    """Register the mapper events once (idempotent: importing db.models calls it)."""
    for model, refresher in _REFRESHERS.items():
        if getattr(model, "_search_sync_installed", False):
            continue
        listener = _listener(refresher)
        event.listen(model, "after_insert", listener)
        event.listen(model, "after_update", listener)
        model._search_sync_installed = True
