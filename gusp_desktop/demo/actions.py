"""The 60 actions of the demo plan d'actions (DOMAIN.md §5) and the constats behind some of them."""

from __future__ import annotations

from gusp_desktop.demo.action_seed import CONSTATS, STATUS_CODES, ActionSeed, ConstatSeed
from gusp_desktop.demo.actions_1 import ACTIONS_1
from gusp_desktop.demo.actions_2 import ACTIONS_2

ACTIONS: tuple[ActionSeed, ...] = ACTIONS_1 + ACTIONS_2

__all__ = ["ACTIONS", "CONSTATS", "STATUS_CODES", "ActionSeed", "ConstatSeed"]
