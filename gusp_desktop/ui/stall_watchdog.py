"""Notices when the window stops answering, and writes where it was stuck to the error log.

A timer on the GUI thread beats every few tens of milliseconds; a watcher thread checks the
beat. When no beat came for longer than the threshold (250 ms by default), the event loop is
blocked: the watcher takes the GUI thread's stack at that moment (what it is busy with) and,
once the loop answers again, logs the stall with its length. A coordinator never reports
« it froze for a second »; the log does. Started by ``run_gui`` unless ``GUSP_STALL_MS=0``;
tests start one when they want to watch a workflow.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

STALL_ENV = "GUSP_STALL_MS"
DEFAULT_THRESHOLD_MS = 250
BEAT_MS = 20


@dataclass(frozen=True)
class Stall:
    """One period when the event loop did not run: how long, and what the GUI thread did."""

    milliseconds: float
    stack: str


def threshold_from_environment(environ: Mapping[str, str] | None = None) -> int:
    """``GUSP_STALL_MS`` (0 turns the watchdog off), else :data:`DEFAULT_THRESHOLD_MS`."""
    text = (os.environ if environ is None else environ).get(STALL_ENV, "").strip()
    try:
        return max(0, int(text)) if text else DEFAULT_THRESHOLD_MS
    except ValueError:
        return DEFAULT_THRESHOLD_MS


class StallWatchdog(QObject):
    """Records and logs every event-loop stall longer than ``threshold_ms``.

    ``clock`` is injectable so the watcher's arithmetic can be tested without sleeping.
    """

    def __init__(
        self,
        threshold_ms: int = DEFAULT_THRESHOLD_MS,
        parent: QObject | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.threshold = threshold_ms / 1000
        self.stalls: list[Stall] = []
        self._clock = clock
        self._last_beat = clock()
        self._stuck_stack: str | None = None
        self._gui_thread = threading.get_ident()
        self._stop = threading.Event()
        self._lock = threading.Lock()
        self._timer = QTimer(self)
        self._timer.setInterval(BEAT_MS)
        self._timer.timeout.connect(self.beat)
        self._thread = threading.Thread(target=self._watch, name="gusp-stall", daemon=True)

    def start(self) -> StallWatchdog:
        """Start beating (on the GUI thread) and watching (on a thread of its own)."""
        self._last_beat = self._clock()
        self._timer.start()
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop both; the stalls recorded so far stay in :attr:`stalls`."""
        self._timer.stop()
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(timeout=1)

    def beat(self) -> None:
        """The event loop ran: close a stall seen by the watcher, if there was one."""
        now = self._clock()
        with self._lock:
            gap, stack = now - self._last_beat, self._stuck_stack
            self._last_beat, self._stuck_stack = now, None
        if stack is not None or gap > self.threshold + BEAT_MS / 1000:
            self._record(Stall(gap * 1000, stack or ""))

    def check(self) -> None:
        """One look from the watcher: take the GUI thread's stack if it is stuck right now."""
        with self._lock:
            since = self._last_beat
            stuck = self._clock() - since > self.threshold
            if not stuck or self._stuck_stack is not None:
                return
        frame = sys._current_frames().get(self._gui_thread)
        stack = "".join(traceback.format_stack(frame)) if frame is not None else ""
        with self._lock:
            if self._last_beat == since:  # not answered meanwhile: still the same stall
                self._stuck_stack = stack or "(pile indisponible)"

    def _watch(self) -> None:
        while not self._stop.wait(self.threshold / 2):
            self.check()

    def _record(self, stall: Stall) -> None:
        self.stalls.append(stall)
        log.warning(
            "Interface bloquée pendant %.0f ms (seuil %.0f ms). Pile du fil de l'interface :\n%s",
            stall.milliseconds,
            self.threshold * 1000,
            stall.stack or "(bloquée entre deux vérifications)",
        )


def start_watchdog(
    parent: QObject, environ: Mapping[str, str] | None = None
) -> StallWatchdog | None:
    """The watchdog of the running window, or None when ``GUSP_STALL_MS=0`` turns it off."""
    threshold = threshold_from_environment(environ)
    return StallWatchdog(threshold, parent).start() if threshold else None
