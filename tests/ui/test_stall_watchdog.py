"""The stall watchdog: a blocked event loop is noticed, measured and logged with its stack."""

from __future__ import annotations

import logging
import time

import pytest

from gusp_desktop.ui.stall_watchdog import (
    DEFAULT_THRESHOLD_MS,
    StallWatchdog,
    start_watchdog,
    threshold_from_environment,
)


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_blocked_loop_is_recorded_with_the_gui_stack(qapp, caplog) -> None:
    clock = Clock()
    dog = StallWatchdog(250, clock=clock)
    dog.beat()
    clock.now += 0.1
    dog.check()  # 100 ms: not a stall
    clock.now += 0.3
    dog.check()  # 400 ms without a beat: stuck, the stack is taken now
    clock.now += 0.2
    with caplog.at_level(logging.WARNING, logger="gusp_desktop.ui.stall_watchdog"):
        dog.beat()
    assert [round(s.milliseconds) for s in dog.stalls] == [600]
    assert "test_a_blocked_loop_is_recorded_with_the_gui_stack" in dog.stalls[0].stack
    assert "Interface bloquée pendant 600 ms" in caplog.text
    clock.now += 0.02
    dog.beat()  # a normal beat adds nothing
    assert len(dog.stalls) == 1


def test_the_running_watchdog_sees_a_real_stall(qtbot) -> None:
    dog = StallWatchdog(200).start()
    try:
        qtbot.wait(60)
        time.sleep(0.6)  # the GUI thread busy: no event is processed
        qtbot.wait(60)
    finally:
        dog.stop()
    seen = [s for s in dog.stalls if "test_the_running_watchdog_sees_a_real_stall" in s.stack]
    assert len(seen) == 1 and seen[0].milliseconds >= 550  # (a loaded machine may add others)


@pytest.mark.parametrize(
    ("value", "expected"), [("", DEFAULT_THRESHOLD_MS), ("0", 0), ("80", 80), ("x", 250)]
)
def test_threshold_from_the_environment(value: str, expected: int) -> None:
    assert threshold_from_environment({"GUSP_STALL_MS": value}) == expected


def test_zero_turns_it_off(qapp) -> None:
    assert start_watchdog(qapp, {"GUSP_STALL_MS": "0"}) is None
