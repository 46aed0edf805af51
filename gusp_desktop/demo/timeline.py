"""Stories of the demo told in the order of their moments, whatever story they belong to.

A minutes validated on 30 January freezes the plan d'actions as it stood on 30 January: the
actions decided since are in it, the follow-up points of February are not. Each story (an
action's history, a séance's validation) is a generator that yields the moment of its next
step and takes that step when resumed; :func:`tell` resumes the earliest one each time.
"""

from __future__ import annotations

import datetime as dt
import heapq
from collections.abc import Iterable, Iterator

Story = Iterator[dt.datetime]


def tell(stories: Iterable[Story]) -> None:
    """Take every story's steps in the order of their moments; equal moments keep the order
    the stories are given in (a story's own steps never go back in time)."""
    waiting: list[tuple[dt.datetime, int, Story]] = []
    for rank, story in enumerate(stories):
        _wait(waiting, rank, story)
    while waiting:
        _moment, rank, story = heapq.heappop(waiting)
        _wait(waiting, rank, story)


def _wait(waiting: list[tuple[dt.datetime, int, Story]], rank: int, story: Story) -> None:
    """Take the story's pending step (if any), then queue it at the moment of its next one."""
    moment = next(story, None)
    if moment is not None:
        heapq.heappush(waiting, (moment, rank, story))
