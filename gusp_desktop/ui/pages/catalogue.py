"""What the window knows of its pages before any of them is built.

Building a page means importing its module (the plan's table, the séance editor, the map…)
and creating its widgets: together most of the window's start-up before this catalogue. The
window now shows its sidebar, menus and shortcuts from these descriptions and builds a page
the first time it is shown (:mod:`gusp_desktop.ui.page_stack`). Each entry repeats its page
class's ``key``, ``title``, ``shortcut`` and ``opens``; a test keeps both equal. Importing this
module imports no page.
"""

from __future__ import annotations

import dataclasses
import importlib
from typing import TYPE_CHECKING

from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from gusp_desktop.ui.pages.base import Page


@dataclasses.dataclass(frozen=True)
class PageSpec:
    """One sidebar entry: its page class's class attributes, and where that class lives."""

    key: str
    title: str
    shortcut: str
    opens: frozenset[str]
    module: str
    class_name: str

    def load(self) -> type[Page]:
        """Import the page's module (the first time) and return its class."""
        page_class: type[Page] = getattr(importlib.import_module(self.module), self.class_name)
        return page_class


def _spec(key: str, title: str, n: int, opens: set[str], module: str, name: str) -> PageSpec:
    return PageSpec(
        key, title, f"Ctrl+{n}", frozenset(opens), f"gusp_desktop.ui.pages.{module}", name
    )


#: Sidebar order.
PAGES: tuple[PageSpec, ...] = (
    _spec("dashboard", QT_TRANSLATE_NOOP("Pages", "Tableau de bord"), 1, set(), "dashboard",
          "DashboardPage"),
    _spec("seances", QT_TRANSLATE_NOOP("Pages", "Séances"), 2, {"seance"}, "seances.page",
          "SeancesPage"),
    _spec("actions", QT_TRANSLATE_NOOP("Pages", "Plan d'actions"), 3, {"action"}, "actions",
          "ActionsPage"),
    _spec("directory", QT_TRANSLATE_NOOP("Pages", "Annuaire"), 4,
          {"organisation", "instance", "contact"}, "directory.page", "DirectoryPage"),
    _spec("territory", QT_TRANSLATE_NOOP("Pages", "Territoire"), 5, {"quartier"}, "territory",
          "TerritoryPage"),
    _spec("atfpb", QT_TRANSLATE_NOOP("Pages", "ATFPB"), 6, set(), "atfpb", "AtfpbPage"),
    _spec("signalements", QT_TRANSLATE_NOOP("Pages", "Signalements"), 7,
          {"signalement", "signalement_organisation"}, "signalements", "SignalementsPage"),
)  # fmt: skip


def spec_opening(entity: str) -> PageSpec | None:
    """The page that shows ``entity`` when asked to open one (None: no page does)."""
    return next((spec for spec in PAGES if entity in spec.opens), None)
