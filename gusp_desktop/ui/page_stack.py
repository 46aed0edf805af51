"""The window's pages by key, each one built the first time it is asked for.

Building every page up front imported the plan's table, the séance editor, the map and their
dialogs, and created thousands of widgets, before the window could be painted; a coordinator
usually opens one or two pages. The stack holds an empty placeholder per page; asking for a
page (showing it, a shortcut, opening an entity on it) imports its module, builds it and puts it
in its placeholder's place. Iterating names every page without building any.

Each page sits in a frameless scroll area that only scrolls when the window is smaller than
the page can shrink to (a 1366 × 768 screen at 150 % leaves 911 × 512 pixels): without it the
stack, as wide as its widest page, pushed the window past such a screen and cut every page's
right side and bottom.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QStackedWidget

from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.pages.catalogue import PAGES, PageSpec

if TYPE_CHECKING:  # imported with their page, when it is first shown
    from gusp_desktop.ui.pages.actions import ActionsPage
    from gusp_desktop.ui.pages.atfpb import AtfpbPage
    from gusp_desktop.ui.pages.dashboard import DashboardPage
    from gusp_desktop.ui.pages.directory.page import DirectoryPage
    from gusp_desktop.ui.pages.seances.page import SeancesPage
    from gusp_desktop.ui.pages.signalements import SignalementsPage
    from gusp_desktop.ui.pages.territory import TerritoryPage

BuildPage = Callable[[PageSpec], Page]


class LazyPages(Mapping[str, Page]):
    """Pages of ``stack`` in sidebar order; ``pages[key]`` builds the page if needed."""

    def __init__(self, stack: QStackedWidget, build: BuildPage) -> None:
        self._stack, self._build = stack, build
        self._built: dict[str, Page] = {}
        self._index = {spec.key: index for index, spec in enumerate(PAGES)}
        for spec in PAGES:
            # Seen only while the window waits for its database (see MainWindow).
            placeholder = QLabel(QCoreApplication.translate("Pages", "Chargement…"))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setObjectName(f"{spec.key}_placeholder")
            stack.addWidget(placeholder)

    def __getitem__(self, key: str) -> Page:
        page = self._built.get(key)
        if page is None:
            page = self._make(PAGES[self._index[key]])
        return page

    def __contains__(self, key: object) -> bool:
        return key in self._index  # without building it (Mapping's own would)

    def __iter__(self) -> Iterator[str]:
        return iter(self._index)

    def __len__(self) -> int:
        return len(self._index)

    def is_built(self, key: str) -> bool:
        """Whether the page exists (a page never shown holds no data and no unsaved work)."""
        return key in self._built

    def built(self) -> list[Page]:
        """The pages built so far, in sidebar order."""
        return [self._built[key] for key in self._index if key in self._built]

    def unbuilt_modules(self) -> list[str]:
        """Modules of the pages not built yet (imported ahead of their first showing)."""
        return [spec.module for spec in PAGES if spec.key not in self._built]

    def key_at(self, index: int) -> str:
        """Key of the page at ``index`` of the stack (and of the sidebar)."""
        return PAGES[index].key

    def index_of(self, key: str) -> int:
        """Row of ``key`` in the sidebar and the stack."""
        return self._index[key]

    def _make(self, spec: PageSpec) -> Page:
        index = self._index[spec.key]
        page = self._build(spec)
        placeholder = self._stack.widget(index)
        assert placeholder is not None  # one per page, from the start
        was_current = self._stack.currentIndex() == index
        self._stack.insertWidget(index, _scrolling(page))
        self._stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if was_current:
            self._stack.setCurrentIndex(index)
        self._built[spec.key] = page
        return page


class PagesByName:
    """The window's pages by name, each built when first asked for (``pages[key]``)."""

    pages: LazyPages

    @property
    def dashboard_page(self) -> DashboardPage:
        return cast("DashboardPage", self.pages["dashboard"])

    @property
    def seances_page(self) -> SeancesPage:
        return cast("SeancesPage", self.pages["seances"])

    @property
    def actions_page(self) -> ActionsPage:
        return cast("ActionsPage", self.pages["actions"])

    @property
    def directory_page(self) -> DirectoryPage:
        return cast("DirectoryPage", self.pages["directory"])

    @property
    def territory_page(self) -> TerritoryPage:
        return cast("TerritoryPage", self.pages["territory"])

    @property
    def atfpb_page(self) -> AtfpbPage:
        return cast("AtfpbPage", self.pages["atfpb"])

    @property
    def signalements_page(self) -> SignalementsPage:
        return cast("SignalementsPage", self.pages["signalements"])


def import_modules(names: Sequence[str]) -> None:
    """Import ``names``: run in a worker once the window is idle, so that a page's first
    showing only builds its widgets (importing the séances page's modules took 250 ms)."""
    for name in names:
        importlib.import_module(name)


def _scrolling(page: Page) -> QScrollArea:
    """The page in a scroll area that scrolls only when the window cannot hold it."""
    area = QScrollArea()
    area.setObjectName(f"{page.key}_scroll")
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
