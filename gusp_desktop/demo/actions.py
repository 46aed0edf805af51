"""The 60 actions of the demo plan d'actions (DOMAIN.md §5).

The actions are data, kept in ``actions.json`` beside this module so they can be read and
corrected without touching code; this module turns each entry into an :class:`ActionSeed`
and refuses, at import, an entry whose keys or codes are not the ones the loader knows.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from gusp_desktop.demo.action_seed import STATUS_CODES, ActionSeed, UpdateSeed
from gusp_desktop.domain.enums import AtfpbAxis, Priority, Theme

_OPTIONAL = {"description", "partners", "axis", "revised", "priority", "cost"}
_REQUIRED = {
    "n", "quartier", "site", "title", "pilot", "contact", "deadline", "status", "theme", "origin",
    "history",
}  # fmt: skip


def _update(entry: dict[str, Any]) -> UpdateSeed:
    if entry["status"] not in STATUS_CODES:
        raise ValueError(f"Action de démonstration : état inconnu « {entry['status']} »")
    return UpdateSeed(**entry)


def _action(entry: dict[str, Any]) -> ActionSeed:
    keys = set(entry)
    if not _REQUIRED <= keys <= _REQUIRED | _OPTIONAL:
        raise ValueError(f"Action de démonstration n° {entry.get('n')} : clés {sorted(keys)}")
    values = dict(entry)
    values["theme"] = Theme(entry["theme"])
    values["history"] = tuple(_update(h) for h in entry["history"])
    values["partners"] = tuple(entry.get("partners", ()))
    if "axis" in entry:
        values["axis"] = AtfpbAxis(entry["axis"])
    if "priority" in entry:
        values["priority"] = Priority(entry["priority"])
    return ActionSeed(**values)


def _read_actions() -> tuple[ActionSeed, ...]:
    text = resources.files(__package__).joinpath("actions.json").read_text(encoding="utf-8")
    return tuple(_action(entry) for entry in json.loads(text)["actions"])


ACTIONS: tuple[ActionSeed, ...] = _read_actions()

__all__ = ["ACTIONS", "STATUS_CODES", "ActionSeed"]
