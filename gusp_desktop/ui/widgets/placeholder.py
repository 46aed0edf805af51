"""A page standing in for one that is not part of this build yet."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from gusp_desktop.services.base import ChangeSet
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner


def placeholder_page(page_title: str) -> type[QWidget]:
    """A page class following the page contract that only says it is not available.

    It keeps the sidebar and the shortcuts complete, so the rest of the window can be used and
    tested while a page is being written.
    """

    class PlaceholderPage(QWidget):
        title = page_title

        def __init__(
            self,
            services: Services,
            tasks: TaskRunner,
            prompts: Prompts,
            parent: QWidget | None = None,
        ) -> None:
            super().__init__(parent)
            label = QLabel(self.tr("Cette page n'est pas encore disponible."))
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout = QVBoxLayout(self)
            layout.addWidget(label)

        def refresh(self) -> None:
            """Nothing to load."""

        def on_data_changed(self, changes: ChangeSet, initiator: object) -> None:
            """Nothing shown, nothing to refresh."""

    return PlaceholderPage


def import_page(module: str, class_name: str, page_title: str) -> type[QWidget]:
    """The page class ``module.class_name``, or a placeholder while that module is not written.

    Only a missing page module of the window itself is tolerated; any other import error is a
    real bug and propagates.
    """
    import importlib

    try:
        return getattr(importlib.import_module(module), class_name)  # type: ignore[no-any-return]
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("gusp_desktop.ui."):
            raise
        return placeholder_page(page_title)
