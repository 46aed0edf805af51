"""Live refresh of the window when another client commits on the shared server.

The listening connection's socket is watched by a QSocketNotifier in the GUI thread (no extra
thread, STACK-NOTES §8); each readable event drains the notifications and the changes reach the
views through ``TaskRunner.announce``: at once after a quiet moment, and during a burst (ten
colleagues saving) gathered into one refresh per ``THROTTLE_MS``.
When the connection is lost the watcher retries with a growing delay and, once back, re-reads
the audit trail for what changed meanwhile, so a window never silently shows stale data. Each
retry connects on a short-lived thread (an unreachable host can take seconds to time out), and
the new connection is handed back to the GUI thread, which alone reads from it afterwards.

The main window only calls :func:`install_live_refresh` once its services and task runner exist.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

import psycopg
from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal
from sqlalchemy import Engine
from sqlalchemy.engine import URL, make_url

from gusp_desktop.db.notify import (
    ChangeFeed,
    ChangePublisher,
    Ref,
    conninfo_from_url,
    new_origin,
)
from gusp_desktop.domain.changes import ChangeSet, EntityRef
from gusp_desktop.services.base import ChangeListener, ServiceContext
from gusp_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

BACKOFF_S: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0)
THROTTLE_MS = 100  # at most one refresh per 100 ms during a burst of notifications


def change_set(refs: set[Ref]) -> ChangeSet:
    """ChangeSet of plain ``(entity, id)`` pairs."""
    return ChangeSet(frozenset(EntityRef(entity, entity_id) for entity, entity_id in refs))


class LiveRefresh(QObject):
    """Watches a :class:`ChangeFeed` and emits what the other clients changed."""

    #: Rows other clients changed (a ChangeSet).
    changes_arrived = Signal(object)
    #: The listening connection was lost; the French message explains it.
    connection_lost = Signal(str)
    #: The connection is back (changes made meanwhile follow in ``changes_arrived``).
    connection_restored = Signal()
    #: A background reconnection attempt ended: the missed rows, or the error.
    _attempted = Signal(object)

    def __init__(
        self,
        feed: ChangeFeed,
        parent: QObject | None = None,
        backoff: Sequence[float] = BACKOFF_S,
    ) -> None:
        super().__init__(parent)
        self._feed = feed
        self._backoff = tuple(backoff)
        self._attempt = 0
        self._notifier: QSocketNotifier | None = None
        self._pending: set[Ref] = set()
        self._retry = _single_shot(self, self._reconnect)
        self._quiet = _single_shot(self, self._end_of_window)
        self._quiet.setInterval(THROTTLE_MS)
        self._cleanups: list[Callable[[], None]] = []
        self._connector: threading.Thread | None = None
        self._stopped = False
        self._attempted.connect(self._on_attempted)

    @property
    def online(self) -> bool:
        """True while notifications can arrive."""
        return self._notifier is not None

    def start(self) -> bool:
        """Connect now (the window is live as soon as it shows); on failure retry later."""
        try:
            missed = self._feed.connect()
        except psycopg.Error as exc:
            self._lost(exc)
            return False
        self._watch(missed)
        return True

    def stop(self) -> None:
        """Stop listening and retrying (the window is closing)."""
        self._stopped = True
        self._retry.stop()
        self._quiet.stop()
        if self._connector is not None:
            self._connector.join(timeout=5)
        self._close_notifier()
        self._feed.close()
        for cleanup in self._cleanups:
            cleanup()
        self._cleanups.clear()

    def on_stop(self, cleanup: Callable[[], None]) -> None:
        """Run ``cleanup()`` when :meth:`stop` is called."""
        self._cleanups.append(cleanup)

    def _watch(self, missed: set[Ref]) -> None:
        notifier = QSocketNotifier(self._feed.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._on_readable)
        self._notifier = notifier
        self._queue(missed)
        # Notifications that arrived while connecting are already buffered by libpq.
        self._on_readable()

    def _on_readable(self) -> None:
        if self._notifier is None:
            return
        try:
            self._queue(self._feed.drain())
        except psycopg.Error as exc:
            self._lost(exc)

    def _queue(self, refs: set[Ref]) -> None:
        """Emit now if nothing was emitted lately, else gather until the window ends."""
        if not refs:
            return
        self._pending |= refs
        if not self._quiet.isActive():
            self._emit_pending()

    def _end_of_window(self) -> None:
        if self._pending:
            self._emit_pending()

    def _emit_pending(self) -> None:
        refs, self._pending = self._pending, set()
        self._quiet.start()
        self.changes_arrived.emit(change_set(refs))

    def _lost(self, error: BaseException) -> None:
        self._close_notifier()
        self._feed.close()
        message = str(error).strip().splitlines()[0] if str(error).strip() else ""
        log.warning("Écoute des modifications interrompue : %s", message)
        self.connection_lost.emit(
            "Connexion au serveur perdue : reconnexion automatique en cours "
            "(les modifications des autres postes apparaîtront à son retour)."
        )
        self._schedule()

    def _schedule(self) -> None:
        delay = self._backoff[min(self._attempt, len(self._backoff) - 1)]
        self._attempt += 1
        self._retry.start(int(delay * 1000))

    def _reconnect(self) -> None:
        if self._stopped or self._connector is not None:
            return
        self._connector = threading.Thread(
            target=self._connect_in_background, name="gusp-listen", daemon=True
        )
        self._connector.start()

    def _connect_in_background(self) -> None:
        result: set[Ref] | BaseException
        try:
            result = self._feed.connect()
        except psycopg.Error as exc:
            result = exc
        try:
            self._attempted.emit(result)  # queued: handled on the GUI thread
        except RuntimeError:  # the window was destroyed meanwhile
            self._feed.close()

    def _on_attempted(self, result: set[Ref] | BaseException) -> None:
        if self._connector is not None:
            self._connector.join()
        self._connector = None
        if self._stopped:
            self._feed.close()
        elif isinstance(result, BaseException):
            self._feed.close()
            self._schedule()
        else:
            self._attempt = 0
            self._watch(result)
            self.connection_restored.emit()

    def _close_notifier(self) -> None:
        # Disable before the socket closes: Qt must never watch a closed descriptor.
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
        self._notifier = None


def _single_shot(parent: QObject, slot: Callable[[], None]) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    return timer


def install_live_refresh(
    tasks: TaskRunner,
    context: ServiceContext,
    database: Engine | URL | str,
    parent: QObject | None = None,
) -> LiveRefresh | None:
    """Publish this client's commits and announce the others' to ``tasks``.

    Returns None on a local SQLite file (nobody else writes to it). The returned object emits
    ``connection_lost`` / ``connection_restored`` for the status bar; call ``stop()`` on close.
    """
    url = database.url if isinstance(database, Engine) else database
    url = make_url(url) if isinstance(url, str) else url
    if url.get_backend_name() != "postgresql":
        return None
    conninfo, origin = conninfo_from_url(url), new_origin()
    publisher = ChangePublisher(conninfo, origin)

    def publish(changes: ChangeSet) -> None:
        publisher.publish((ref.entity, ref.id) for ref in changes.refs)

    context.listeners.append(publish)
    live = LiveRefresh(ChangeFeed(conninfo, origin), parent if parent is not None else tasks)
    live.changes_arrived.connect(lambda changes: tasks.announce(changes, live))
    live.on_stop(lambda: _detach(context, publish, publisher))
    live.start()
    return live


def _detach(context: ServiceContext, publish: ChangeListener, publisher: ChangePublisher) -> None:
    if publish in context.listeners:
        context.listeners.remove(publish)
    publisher.close()
