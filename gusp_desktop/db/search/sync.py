"""Keep the search index in step with every ORM write, in the same transaction.

Mapper events note which rows were inserted or updated; just before the session commits,
their documents (and those of rows whose text shows them: an organisation's name appears in
the actions it pilots) are rewritten in a few set-based statements on the same connection.
Whichever service or loader writes, the index commits or rolls back with the change. Writes
that bypass the ORM (bulk inserts of the benchmarks, raw SQL) are followed by
:func:`documents.rebuild`. Deleted rows need nothing: the documents' foreign keys cascade.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import Connection, event
from sqlalchemy.orm import Mapper, Session, object_session

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

PENDING = "search_index_pending"
# A load made of many units of work joined in one outer transaction (the demo) refreshes the
# index once, at its end: sessions whose ``info`` holds this key hand their pending rows to
# the dictionary it names instead of rewriting documents at each savepoint's commit.
DEFER_TO = "search_index_defer_to"
Pending = dict[type[Any], set[int]]
Stale = dict[K, set[int]]
Expander = Callable[[Connection, set[int], Stale], None]


def _where(conn: Connection, column: Any, parent: Any, ids: set[int]) -> set[int]:
    """Ids of ``column`` whose ``parent`` column is among ``ids`` (in chunks)."""
    found: set[int] = set()
    ordered = sorted(ids)
    for start in range(0, len(ordered), documents.CHUNK):
        chunk = ordered[start : start + documents.CHUNK]
        found |= documents.ids_where(conn, column, parent.in_(chunk))
    return found


def _actions(conn: Connection, ids: set[int], stale: Stale) -> None:
    stale[K.ACTION] |= ids
    stale[K.COMMENT] |= _where(conn, ActionUpdate.id, ActionUpdate.action_id, ids)


def _comments(conn: Connection, ids: set[int], stale: Stale) -> None:
    stale[K.COMMENT] |= ids


def _items(conn: Connection, ids: set[int], stale: Stale) -> None:
    stale[K.AGENDA] |= ids
    stale[K.MINUTES] |= ids
    stale[K.DECISION] |= _where(conn, Decision.id, Decision.agenda_item_id, ids)


def _decisions(conn: Connection, ids: set[int], stale: Stale) -> None:
    stale[K.DECISION] |= ids


def _seances(conn: Connection, ids: set[int], stale: Stale) -> None:
    stale[K.SEANCE] |= ids
    _items(conn, _where(conn, AgendaItem.id, AgendaItem.seance_id, ids), stale)


def _instances(conn: Connection, ids: set[int], stale: Stale) -> None:
    _seances(conn, _where(conn, Seance.id, Seance.instance_id, ids), stale)


def _contacts(conn: Connection, ids: set[int], stale: Stale) -> None:
    stale[K.CONTACT] |= ids
    stale[K.ACTION] |= _where(conn, Action.id, Action.pilot_contact_id, ids)


def _organisations(conn: Connection, ids: set[int], stale: Stale) -> None:
    stale[K.ORGANISATION] |= ids
    stale[K.CONTACT] |= _where(conn, Contact.id, Contact.organisation_id, ids)
    stale[K.ACTION] |= _where(conn, Action.id, Action.pilot_organisation_id, ids)


def _sites(conn: Connection, ids: set[int], stale: Stale) -> None:
    stale[K.ACTION] |= _where(conn, Action.id, Action.site_id, ids)


# Which documents a written row of each mapped class makes stale.
_EXPANDERS: dict[type[Any], Expander] = {
    Action: _actions,
    ActionUpdate: _comments,
    AgendaItem: _items,
    Decision: _decisions,
    Seance: _seances,
    Instance: _instances,
    Contact: _contacts,
    Organisation: _organisations,
    Site: _sites,
}


def _note_write(_mapper: Mapper[Any], _connection: Connection, target: Any) -> None:
    session = object_session(target)
    if session is not None:
        session.info.setdefault(PENDING, {}).setdefault(type(target), set()).add(target.id)


def refresh_pending(session: Session) -> None:
    """Rewrite the documents of every row written in this transaction (before commit).

    Changes not flushed yet (an attribute set just before the commit) are flushed first:
    commit would flush them only after this hook, leaving their documents stale.
    """
    if not session.info.get(PENDING) and not (session.new or session.dirty):
        return
    session.flush()  # the last changes, so their rows are noted too
    if not session.info.get(PENDING):
        return
    pending: Pending = session.info.pop(PENDING, {})
    deferred: Pending | None = session.info.get(DEFER_TO)
    if deferred is not None:
        for model, ids in pending.items():
            deferred.setdefault(model, set()).update(ids)
        return
    conn = session.connection()
    stale: Stale = {kind: set() for kind in K}
    for model, ids in pending.items():
        _EXPANDERS[model](conn, ids, stale)
    for kind, ids in stale.items():
        documents.refresh(conn, kind, ids)


def deferring(target: Pending) -> dict[str, Any]:
    """``info`` for the sessions of a load whose index is refreshed once by
    :func:`take_deferred` (their rows are collected in ``target``)."""
    return {DEFER_TO: target}


def take_deferred(session: Session, target: Pending) -> None:
    """Make ``session`` (the load's last unit of work) refresh, at its commit, the documents
    of every row its load deferred, its own included."""
    session.info.pop(DEFER_TO, None)
    pending: Pending = session.info.setdefault(PENDING, {})
    for model, ids in target.items():
        pending.setdefault(model, set()).update(ids)
    target.clear()


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(PENDING, None)


def install() -> None:
    """Register the events once (idempotent: importing db.models calls it)."""
    if event.contains(Session, "before_commit", refresh_pending):
        return
    for model in _EXPANDERS:
        event.listen(model, "after_insert", _note_write)
        event.listen(model, "after_update", _note_write)
    event.listen(Session, "before_commit", refresh_pending)
    event.listen(Session, "after_rollback", _forget)
