"""Live refresh of the window when another client commits on the shared server.

The listening connection's socket is watched by a QSocketNotifier in the GUI thread (no extra
thread); each readable event drains the notifications and the changes reach the
views through ``TaskRunner.announce``: at once after a quiet moment, and during a burst (ten
colleagues saving) gathered into one refresh per ``THROTTLE_MS``.
When the connection is lost the watcher retries with a growing delay and, once back, re-reads
the audit trail for what changed meanwhile, so a window never silently shows stale data. Each
retry connects on a short-lived thread (an unreachable host can take seconds to time out), and
the new connection is handed back to the GUI thread, which alone reads from it afterwards.

The database side (publishing, listening, the driver and its errors) is
:class:`~gusp_desktop.services.live_changes.SharedChanges`, built by the composition root: this
module only watches a socket and times refreshes. :func:`install_live_refresh` is called once
the window's services and task runner exist.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QObject, QSocketNotifier, QTimer, Signal

from gusp_desktop.domain.changes import ChangeSet
from gusp_desktop.services.live_changes import ListeningLostError, SharedChanges
from gusp_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

BACKOFF_S: tuple[float, ...] = (0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 15.0)
THROTTLE_MS = 100  # at most one refresh per 100 ms during a burst of notifications


class LiveRefresh(QObject):
    """Watches :class:`SharedChanges` and emits what the other clients changed."""

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
        changes: SharedChanges,
        parent: QObject | None = None,
        backoff: Sequence[float] = BACKOFF_S,
    ) -> None:
        super().__init__(parent)
        self._changes = changes
        self._backoff = tuple(backoff)
        self._attempt = 0
        self._notifier: QSocketNotifier | None = None
        self._pending = ChangeSet()
        self._retry = _single_shot(self, self._reconnect)
        self._quiet = _single_shot(self, self._end_of_window)
        self._quiet.setInterval(THROTTLE_MS)
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
            missed = self._changes.connect()
        except ListeningLostError as exc:
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
        self._changes.detach()

    def _watch(self, missed: ChangeSet) -> None:
        notifier = QSocketNotifier(self._changes.fileno(), QSocketNotifier.Type.Read, self)
        notifier.activated.connect(self._on_readable)
        self._notifier = notifier
        self._queue(missed)
        # Notifications that arrived while connecting are already buffered by libpq.
        self._on_readable()

    def _on_readable(self) -> None:
        if self._notifier is None:
            return
        try:
            self._queue(self._changes.drain())
        except ListeningLostError as exc:
            self._lost(exc)

    def _queue(self, changes: ChangeSet) -> None:
        """Emit now if nothing was emitted lately, else gather until the window ends."""
        if not changes:
            return
        self._pending |= changes
        if not self._quiet.isActive():
            self._emit_pending()

    def _end_of_window(self) -> None:
        if self._pending:
            self._emit_pending()

    def _emit_pending(self) -> None:
        changes, self._pending = self._pending, ChangeSet()
        self._quiet.start()
        self.changes_arrived.emit(changes)

    def _lost(self, error: ListeningLostError) -> None:
        self._close_notifier()
        self._changes.disconnect()
        log.warning("%s", error.message)
        self.connection_lost.emit(
            QCoreApplication.translate(
                "LiveRefresh",
                "Connexion au serveur perdue : reconnexion automatique en cours "
                "(les modifications des autres postes apparaîtront à son retour).",
            )
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
        result: ChangeSet | ListeningLostError
        try:
            result = self._changes.connect()
        except ListeningLostError as exc:
            result = exc
        try:
            self._attempted.emit(result)  # queued: handled on the GUI thread
        except RuntimeError:  # the window was destroyed meanwhile
            self._changes.disconnect()

    def _on_attempted(self, result: ChangeSet | ListeningLostError) -> None:
        if self._connector is not None:
            self._connector.join()
        self._connector = None
        if self._stopped:
            self._changes.disconnect()
        elif isinstance(result, ListeningLostError):
            self._changes.disconnect()
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
    tasks: TaskRunner, changes: SharedChanges | None, parent: QObject | None = None
) -> LiveRefresh | None:
    """Announce the other clients' commits to ``tasks`` (this client's are already published).

    ``changes`` comes from the composition root; None on a local SQLite file, where nobody else
    writes. The returned object emits ``connection_lost`` / ``connection_restored`` for the
    status bar; call ``stop()`` on close.
    """
    if changes is None:
        return None
    live = LiveRefresh(changes, parent if parent is not None else tasks)
    live.changes_arrived.connect(lambda received: tasks.announce(received, live))
    live.start()
    return live
