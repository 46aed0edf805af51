"""Which point of the ordre du jour each action of a compte rendu belongs to.

The database links actions to a séance (reviewed there, or opened there), not to a point. A
reader expects the actions under the point where they were discussed, so an action goes under
the first point whose text cites its number (« HM-25-002 »); the others reviewed go under the
« suivi du plan d'actions » point, and what is left is listed after the points.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from gusp_desktop.domain.minutes import ActionLine, MinutesContent, MinutesItem

NEW_ACTION_COMMENT = "Action ouverte en séance."
_PLAN_WORDS = "plan d'action"
_QUESTIONS = "questions diverses"


@dataclass(frozen=True)
class ItemActions:
    """The actions shown under one point."""

    lines: tuple[ActionLine, ...] = ()


@dataclass(frozen=True)
class Assignment:
    """Actions by point position, and those no point could take."""

    by_position: dict[int, ItemActions] = field(default_factory=dict)
    unassigned: tuple[ActionLine, ...] = ()


# Hyphenated words: an action number such as « HM-25-002 » is one of them.
_HYPHENATED = re.compile(r"\w+(?:-\w+)+")


def _cited_numbers(item: MinutesItem) -> frozenset[str]:
    """Every hyphenated word of the point, read once: the numbers it may cite."""
    text = "\n".join((item.title, item.description, item.notes, *item.decisions))
    return frozenset(_HYPHENATED.findall(text))


def _follow_up_item(items: list[MinutesItem]) -> MinutesItem | None:
    """The point where the plan is reviewed: a « suivi » point about the plan, else any."""
    reviews = [item for item in items if item.kind == "suivi"]
    for item in reviews:
        if _PLAN_WORDS in item.title.casefold().replace("’", "'"):
            return item
    return reviews[0] if reviews else None


def _discussed(content: MinutesContent) -> list[tuple[ActionLine, bool]]:
    """Reviewed actions, then actions opened in the séance; each once, flagged as new."""
    seen: set[str] = set()
    lines: list[tuple[ActionLine, bool]] = []
    for line in content.followed_actions:
        seen.add(line.number)
        lines.append((line, False))
    for line in content.new_actions:
        if line.number not in seen:
            seen.add(line.number)
            lines.append((dataclasses.replace(line, comment=NEW_ACTION_COMMENT), True))
    return lines


def assign_actions(content: MinutesContent) -> Assignment:
    """Place every action discussed in the séance under one point (or in the leftovers).

    Questions diverses never take actions: they have their own section, without a table.
    """
    items = [item for item in content.agenda if _QUESTIONS not in item.title.casefold()]
    review = _follow_up_item(items)
    cited = [(item, _cited_numbers(item)) for item in items]
    placed: dict[int, list[ActionLine]] = {}
    leftovers: list[ActionLine] = []
    for line, new in _discussed(content):
        target = next((item for item, numbers in cited if line.number in numbers), None)
        if target is None and not new:
            target = review
        if target is None:
            leftovers.append(line)
        else:
            placed.setdefault(target.position, []).append(line)
    by_position = {position: ItemActions(tuple(lines)) for position, lines in placed.items()}
    return Assignment(by_position, tuple(leftovers))
