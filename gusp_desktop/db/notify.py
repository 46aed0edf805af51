"""Live refresh between clients of a shared PostgreSQL database, without Qt.

After each commit a client publishes its ChangeSet with ``pg_notify('gusp_changes', …)`` on a
connection of its own (:class:`ChangePublisher`, added to ``ServiceContext.listeners``). Other
clients LISTEN on a dedicated autocommit connection (:class:`ChangeFeed`) whose socket the
window watches with a QSocketNotifier (``ui/live_refresh.py``). Changes travel
as plain ``(entity, id)`` pairs so this module needs nothing above the database layer.

Notifications are hints, never data: a receiver re-reads what they name. A notification sent
while a receiver was disconnected is lost, so after reconnecting the receiver re-reads the audit
trail from the last event it knew (:meth:`ChangeFeed.catch_up`); a change set too large for one
payload (8000 bytes) is sent as a "resync" hint that triggers the same catch-up.
"""

from __future__ import annotations

import json
import logging
import threading
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

import psycopg
from psycopg.conninfo import make_conninfo
from psycopg.pq.misc import PGnotify
from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

CHANNEL = "gusp_changes"
Ref = tuple[str, int]
MAX_PAYLOAD = 7900  # PostgreSQL refuses payloads of 8000 bytes or more
# TCP keepalives let the operating system notice a silently dead link within ~20 s.
KEEPALIVES = {
    "keepalives": "1",
    "keepalives_idle": "10",
    "keepalives_interval": "5",
    "keepalives_count": "2",
    "connect_timeout": "3",
}


def new_origin() -> str:
    """A random id for one client, so it can ignore the echo of its own notifications."""
    return uuid.uuid4().hex[:12]


def conninfo_from_url(url: URL | str, application: str = "gusp-desktop") -> str:
    """libpq connection string equivalent to a SQLAlchemy PostgreSQL URL."""
    url = make_url(url) if isinstance(url, str) else url
    options = {str(k): str(v) for k, v in url.query.items() if isinstance(v, str)}
    options.update(KEEPALIVES)
    options.setdefault("application_name", application)
    return make_conninfo(
        host=url.host,
        port=url.port,
        dbname=url.database,
        user=url.username,
        password=url.password,
        **options,
    )


@dataclass(frozen=True)
class Notice:
    """One decoded notification: who sent it and what changed (None: re-read the audit)."""

    origin: str
    refs: frozenset[Ref] | None


def encode(refs: Iterable[Ref], origin: str) -> str:
    """Payload for ``pg_notify``: the changed rows, or a resync hint when they would not fit."""
    pairs = sorted([str(entity), int(entity_id)] for entity, entity_id in refs)
    payload = json.dumps({"o": origin, "c": pairs}, separators=(",", ":"))
    if len(payload.encode("utf-8")) <= MAX_PAYLOAD:
        return payload
    return json.dumps({"o": origin, "resync": True}, separators=(",", ":"))


def decode(payload: str) -> Notice:
    """Inverse of :func:`encode`; a malformed payload asks for a resync rather than failing."""
    try:
        data = json.loads(payload)
        origin = str(data.get("o", ""))
        if data.get("resync"):
            return Notice(origin, None)
        refs = frozenset((str(e), int(i)) for e, i in data["c"])
    except (ValueError, TypeError, KeyError, AttributeError):
        log.warning("Notification illisible ignorée : %.80s", payload)
        return Notice("", None)
    return Notice(origin, refs)


class ChangePublisher:
    """Tells the other clients what a commit changed (wrapped as a ``ServiceContext`` listener).

    It owns one autocommit connection (thread-safe behind a lock: commits happen on the write
    worker) and reconnects once when that connection was lost. A notification that still cannot
    be sent is only logged: the write is committed, and receivers catch up from the audit trail.
    """

    def __init__(self, conninfo: str, origin: str) -> None:
        self.conninfo = conninfo
        self.origin = origin
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None
        self._lock = threading.Lock()

    def publish(self, refs: Iterable[Ref]) -> None:
        """Send one notification naming ``refs`` (nothing when empty)."""
        refs = list(refs)
        if not refs:
            return
        payload = encode(refs, self.origin)
        with self._lock:
            for attempt in (1, 2):
                try:
                    self._send(payload)
                    return
                except psycopg.OperationalError as exc:
                    self._drop()
                    if attempt == 2:
                        log.warning("Notification non envoyée (%s)", str(exc).strip())

    def _send(self, payload: str) -> None:
        if self._conn is None or self._conn.closed:
            self._conn = psycopg.connect(self.conninfo, autocommit=True)
        self._conn.execute("SELECT pg_notify(%s, %s)", (CHANNEL, payload))

    def _drop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        self._conn = None

    def close(self) -> None:
        """Close the publishing connection."""
        with self._lock:
            self._drop()


class ChangeFeed:
    """The receiving side: a dedicated autocommit connection that LISTENs.

    Not thread-safe: everything runs on the thread that watches :meth:`fileno` (the GUI thread).
    Methods raise ``psycopg.OperationalError`` when the connection is lost; the owner then
    calls :meth:`close` and, later, :meth:`connect` again.
    """

    def __init__(self, conninfo: str, origin: str) -> None:
        self.conninfo = conninfo
        self.origin = origin
        self.last_event_id: int | None = None
        self._conn: psycopg.Connection[tuple[object, ...]] | None = None
        self._queued: list[psycopg.Notify] = []

    @property
    def connected(self) -> bool:
        """True while the listening connection is open."""
        return self._conn is not None and not self._conn.closed

    def connect(self) -> set[Ref]:
        """Open, LISTEN, then return what changed since the last event seen (on a reconnect).

        LISTEN comes before reading the audit trail, so a commit racing with the reconnection
        is seen at least once (by the catch-up or by its notification).
        """
        self.close()
        conn = psycopg.connect(self.conninfo, autocommit=True)
        conn.add_notify_handler(self._queued.append)
        conn.execute(f"LISTEN {CHANNEL}")
        self._conn = conn
        if self.last_event_id is None:
            self.last_event_id = self._max_event_id()
            return set()
        return self.catch_up()

    def fileno(self) -> int:
        """Socket to watch for readability."""
        return self._require().fileno()

    def drain(self) -> set[Ref]:
        """Read every pending notification; the rows the other clients changed."""
        conn = self._require()
        conn.pgconn.consume_input()
        if conn.pgconn.status != psycopg.pq.ConnStatus.OK:
            raise psycopg.OperationalError("connexion d'écoute perdue")
        notices = [decode(n.extra.decode("utf-8")) for n in _pending(conn)]
        notices += [decode(n.payload) for n in self._queued]
        self._queued.clear()
        changed: set[Ref] = set()
        for notice in notices:
            if notice.origin == self.origin:
                continue
            changed |= notice.refs if notice.refs is not None else self.catch_up()
        return changed

    def catch_up(self) -> set[Ref]:
        """Rows named by audit events newer than the last one seen."""
        conn = self._require()
        last = self.last_event_id or 0
        rows = conn.execute(
            "SELECT id, entity, entity_id FROM audit_event WHERE id > %s ORDER BY id", (last,)
        ).fetchall()
        if rows:
            self.last_event_id = max(int(str(r[0])) for r in rows)
        return {(str(r[1]), int(str(r[2]))) for r in rows}

    def _max_event_id(self) -> int:
        row = self._require().execute("SELECT coalesce(max(id), 0) FROM audit_event").fetchone()
        return int(str(row[0])) if row else 0

    def _require(self) -> psycopg.Connection[tuple[object, ...]]:
        if self._conn is None or self._conn.closed:
            raise psycopg.OperationalError("connexion d'écoute fermée")
        return self._conn

    def close(self) -> None:
        """Close the listening connection (safe to call twice)."""
        if self._conn is not None:
            self._conn.close()
        self._conn = None


def _pending(conn: psycopg.Connection[tuple[object, ...]]) -> list[PGnotify]:
    found = []
    while (notify := conn.pgconn.notifies()) is not None:
        found.append(notify)
    return found
