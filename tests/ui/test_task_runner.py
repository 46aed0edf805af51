"""The background runner once the window has closed."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from gusp_desktop.ui.tasks import TaskRunner


def test_a_task_asked_for_after_shutdown_is_dropped_not_raised(qtbot: QtBot) -> None:
    """A timer firing while the window closes (the idle preload) must not raise."""
    runner = TaskRunner()
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    ran: list[str] = []
    runner.shutdown()

    future = runner.run(lambda: ran.append("ran"))

    assert future.cancelled()
    assert ran == []
    assert busy == []  # the window is not told it is busy with work that will never end


def test_a_task_before_shutdown_still_runs(qtbot: QtBot) -> None:
    runner = TaskRunner()
    results: list[int] = []
    runner.run(lambda: 6 * 7, on_done=results.append)
    qtbot.waitUntil(lambda: results == [42])
    runner.shutdown()
