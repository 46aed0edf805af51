"""The database side of live refresh: what other clients commit, and telling them ours.

On a shared PostgreSQL server, every commit of this client is published after it succeeds
(a listener of the service context) and the other clients' commits arrive on a listening
connection (:mod:`gusp_desktop.db.notify`). This object is what the window's live refresh
works with: it watches :meth:`SharedChanges.fileno`, calls :meth:`SharedChanges.drain` when
the socket is readable and receives plain :class:`ChangeSet` values. The driver and its
errors stay on this side: a lost connection raises :class:`ListeningLostError`, so the window
needs neither SQLAlchemy nor the PostgreSQL driver.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import psycopg
from sqlalchemy.engine import URL

from gusp_desktop.db.notify import (
    ChangeFeed,
    ChangePublisher,
    Ref,
    conninfo_from_url,
    new_origin,
)
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.domain.errors import DatabaseUnavailableError, Message
from gusp_desktop.services.base import ServiceContext


class ListeningLostError(DatabaseUnavailableError):
    """The connection that receives the other clients' changes is closed or unreachable."""


def change_set(refs: Iterable[Ref]) -> ChangeSet:
    """ChangeSet of plain ``(entity, id)`` pairs."""
    return ChangeSet(frozenset(EntityRef(entity, entity_id) for entity, entity_id in refs))


class SharedChanges:
    """Publishes this client's commits and receives the others' (one per window).

    Receiving is not thread-safe: :meth:`connect` may run on a helper thread while nothing else
    touches the object, everything else runs on the thread that watches :meth:`fileno`.
    """

    def __init__(self, context: ServiceContext, conninfo: str, origin: str | None = None) -> None:
        origin = origin or new_origin()
        self._context = context
        self._publisher = ChangePublisher(conninfo, origin)
        self._feed = ChangeFeed(conninfo, origin)
        context.listeners.append(self._publish)

    def _publish(self, changes: ChangeSet) -> None:
        self._publisher.publish((ref.entity, ref.id) for ref in changes.refs)

    def connect(self) -> ChangeSet:
        """Open the listening connection; what changed while it was closed (none the first
        time)."""
        return _received(self._feed.connect)

    def fileno(self) -> int:
        """The socket to watch: readable when notifications arrived."""
        try:
            return self._feed.fileno()
        except psycopg.Error as exc:
            raise _lost(exc) from exc

    def drain(self) -> ChangeSet:
        """Every change announced since the last call (this client's own are left out)."""
        return _received(self._feed.drain)

    def disconnect(self) -> None:
        """Close the listening connection; :meth:`connect` opens it again."""
        self._feed.close()

    def detach(self) -> None:
        """Stop publishing and receiving for good (the window is closing)."""
        if self._publish in self._context.listeners:
            self._context.listeners.remove(self._publish)
        self._publisher.close()
        self._feed.close()


def shared_changes(context: ServiceContext, url: URL) -> SharedChanges | None:
    """Live changes for the database at ``url``; None on a local file nobody else writes to."""
    if url.get_backend_name() != "postgresql":
        return None
    return SharedChanges(context, conninfo_from_url(url))


def _received(call: Callable[[], set[Ref]]) -> ChangeSet:
    try:
        return change_set(call())
    except psycopg.Error as exc:
        raise _lost(exc) from exc


def _lost(error: psycopg.Error) -> ListeningLostError:
    detail = str(error).strip().splitlines()[0] if str(error).strip() else ""
    return ListeningLostError(
        Message("Écoute des modifications du serveur interrompue ({detail}).", detail=detail)
    )
