"""The 60 actions of the demo plan d'actions (DOMAIN.md §5).

The actions are data, kept in ``actions.json`` beside this module so they can be read and
corrected without touching code; :mod:`~gusp_desktop.demo.seed_file` turns each entry into an
:class:`ActionSeed` and refuses, at import, an entry whose keys or codes are not the ones the
loader knows.
"""

from __future__ import annotations

from gusp_desktop.demo.action_seed import STATUS_CODES, ActionSeed
from gusp_desktop.demo.seed_file import SeedFile, SeedFileError


def _read_actions() -> tuple[ActionSeed, ...]:
    """The actions of ``actions.json``, numbered once each."""
    actions = SeedFile("actions.json").entries("actions", ActionSeed)
    if len({a.n for a in actions}) != len(actions):
        raise SeedFileError("Données de démonstration actions.json : deux actions de même numéro")
    return actions


ACTIONS: tuple[ActionSeed, ...] = _read_actions()

__all__ = ["ACTIONS", "STATUS_CODES", "ActionSeed"]
