"""The stopwatches of the live meeting mode: one per point of the ordre du jour, one for the séance.

Kept free of Qt and of the wall clock: time comes from an injected ``clock`` (seconds, only
differences matter), so tests move it by hand and the display is deterministic. A pause stops
every stopwatch; only the current point accumulates time, the séance accumulates all of it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

Clock = Callable[[], float]


@dataclass(frozen=True)
class Elapsed:
    """Time spent against time planned, in seconds (``planned`` 0: nothing planned)."""

    seconds: float
    planned: float

    @property
    def overrun(self) -> bool:
        """More time spent than planned (a point without planned time never overruns)."""
        return self.planned > 0 and self.seconds > self.planned

    @property
    def remaining(self) -> float:
        """Seconds left before the planned time (negative once overrun)."""
        return self.planned - self.seconds


class MeetingTimer:
    """Time spent on each point and on the whole séance, paused and resumed at will."""

    def __init__(self, clock: Clock, duration_minutes: int) -> None:
        self._clock = clock
        self._duration = duration_minutes * 60.0
        self._per_item: dict[int, float] = {}
        self._total = 0.0
        self._current: int | None = None
        self._since: float | None = None  # when the running stretch began; None: paused

    @property
    def running(self) -> bool:
        """Whether time is counting now."""
        return self._since is not None

    @property
    def current_item(self) -> int | None:
        """The point time is counted for."""
        return self._current

    def start(self, item_id: int | None = None) -> None:
        """Count time from now (for ``item_id`` when given, else the current point)."""
        if item_id is not None:
            self.switch_to(item_id)
        if self._since is None:
            self._since = self._clock()

    def pause(self) -> None:
        """Stop counting; what was counted is kept."""
        self._bank()
        self._since = None

    def switch_to(self, item_id: int) -> None:
        """Count the coming time for another point; the time so far stays with the previous one."""
        if item_id == self._current:
            return
        self._bank()
        self._current = item_id

    def set_duration(self, duration_minutes: int) -> None:
        """The séance's planned duration changed."""
        self._duration = duration_minutes * 60.0

    def item(self, item_id: int, planned_minutes: int) -> Elapsed:
        """Time spent on one point so far."""
        spent = self._per_item.get(item_id, 0.0)
        if item_id == self._current:
            spent += self._running_stretch()
        return Elapsed(spent, planned_minutes * 60.0)

    def seance(self) -> Elapsed:
        """Time spent on the whole séance so far."""
        return Elapsed(self._total + self._running_stretch(), self._duration)

    def _running_stretch(self) -> float:
        return 0.0 if self._since is None else max(0.0, self._clock() - self._since)

    def _bank(self) -> None:
        """Add the running stretch to the current point and the séance, and restart it."""
        if self._since is None:
            return
        now = self._clock()
        stretch = max(0.0, now - self._since)
        self._total += stretch
        if self._current is not None:
            self._per_item[self._current] = self._per_item.get(self._current, 0.0) + stretch
        self._since = now


def stopwatch_text(seconds: float, *, with_hours: bool = False) -> str:
    """« 07:05 » under an hour, « 1:02:03 » beyond (or always, ``with_hours``); « - » before."""
    sign = "-" if seconds < 0 else ""
    whole = int(abs(seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours or with_hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes:02d}:{secs:02d}"
