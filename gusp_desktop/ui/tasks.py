"""The one way the window runs slow work: off the GUI thread, results back on it.

Database writes share a single worker so they happen in the order the user made them;
reads, exports and signing use a small pool. Callbacks always run on the GUI thread, and
workers never touch widgets. Tests use :class:`ImmediateTaskRunner` to run everything inline.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from gusp_desktop.domain.changes import ChangeSet, Mutation
from gusp_desktop.error_log import log_unexpected

Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


class Progress:
    """Progress reporting handed to a task; thread-safe, throttled by the receiver."""

    def __init__(self, emit: Callable[[int, int, str], None]) -> None:
        self._emit = emit
        self.cancelled = threading.Event()

    def update(self, done: int, total: int, message: str = "") -> None:
        """Report ``done`` out of ``total`` steps."""
        self._emit(done, total, message)


class TaskRunner(QObject):
    """Runs callables in the background and reports on the GUI thread."""

    #: A mutation committed: views refresh what they show of it.
    data_changed = Signal(object, object)  # ChangeSet, initiator
    #: Any task started or finished: the status bar shows a busy indicator.
    busy_changed = Signal(bool)
    #: Progress of the task that asked for it: (done, total, message).
    progress = Signal(int, int, str)
    #: A task failed and had no error callback.
    failed = Signal(object)
    _deliver = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="gusp-write")
        self._pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="gusp-work")
        self._running = 0
        self._closed = False
        self._deliver.connect(self._on_deliver)

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        write: bool = False,
        with_progress: bool = False,
        initiator: object = None,
    ) -> Future[Any]:
        """Run ``fn`` in the background (``fn(progress)`` when ``with_progress``).

        After :meth:`shutdown` nothing runs any more: a timer that fires while the window
        closes gets a cancelled future, as a task dropped at shutdown does.
        """
        if self._closed:
            dropped: Future[Any] = Future()
            dropped.cancel()
            return dropped
        self._set_busy(+1)
        executor = self._writer if write else self._pool
        reporter = Progress(lambda d, t, m: self.progress.emit(d, t, m))
        call = (lambda: fn(reporter)) if with_progress else fn
        future = executor.submit(call)
        future.add_done_callback(lambda f: self._deliver.emit((f, on_done, on_error, initiator)))
        return future

    @Slot(object)
    def _on_deliver(self, packet: tuple[Future[Any], Done | None, Failed | None, object]) -> None:
        future, on_done, on_error, initiator = packet
        self._set_busy(-1)
        if future.cancelled():  # dropped at shutdown: nobody waits for it any more
            return
        error = future.exception()
        if error is not None:
            self._report_error(error, on_error)
            return
        self._finish(future.result(), on_done, initiator)

    def _finish(self, result: Any, on_done: Done | None, initiator: object) -> None:
        if isinstance(result, Mutation) and result.changes:
            self.data_changed.emit(result.changes, initiator)
        if on_done is not None:
            on_done(result)

    def _report_error(self, error: BaseException, on_error: Failed | None) -> None:
        """Log a bug's traceback whoever handles it, then hand the error to its handler.

        Logging here, and not in each of the many error callbacks, means no callback can
        forget it: a user error (``GuspError``) is only shown, anything else is logged first.
        """
        log_unexpected(error, "Tâche en arrière-plan en échec")
        if on_error is not None:
            on_error(error)
        else:
            self.failed.emit(error)

    def _set_busy(self, delta: int) -> None:
        was_busy = self._running > 0
        self._running += delta
        if was_busy != (self._running > 0):
            self.busy_changed.emit(self._running > 0)

    def announce(self, changes: ChangeSet, initiator: object = None) -> None:
        """Tell views that data changed outside a task (e.g. another client's commit)."""
        if changes:
            self.data_changed.emit(changes, initiator)

    def shutdown(self) -> None:
        """Wait for pending writes so nothing is lost when the window closes."""
        self._closed = True
        self._writer.shutdown(wait=True)
        self._pool.shutdown(wait=False, cancel_futures=True)


class ImmediateTaskRunner(TaskRunner):
    """Runs every task inline, for tests: deterministic and without threads."""

    def run(
        self,
        fn: Callable[..., Any],
        on_done: Done | None = None,
        on_error: Failed | None = None,
        *,
        write: bool = False,
        with_progress: bool = False,
        initiator: object = None,
    ) -> Future[Any]:
        future: Future[Any] = Future()
        reporter = Progress(lambda d, t, m: self.progress.emit(d, t, m))
        try:
            future.set_result(fn(reporter) if with_progress else fn())
        except Exception as exc:  # delivered to on_error like the threaded runner does
            future.set_exception(exc)
        self._set_busy(+1)
        self._on_deliver((future, on_done, on_error, initiator))
        return future
