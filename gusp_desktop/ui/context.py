"""What every page, panel and dialog of the window works with, handed over as one object.

Pages, their panels and the dialogs they open all read and write through the same services,
run slow work on the same task runner and ask the user through the same prompts. Passing
:class:`PageContext` instead of each of them keeps one constructor shape across the window,
so adding a collaborator means changing this file and the composition root, not forty
signatures.

``initiator`` names who asked for a write: the task runner hands it back with the
``ChangeSet`` so a page can recognise its own edits (already shown) among everybody else's.
A page gives its widgets a context whose initiator is the page itself.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtWidgets import QWidget

from gusp_desktop.services.registry import Services
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.tasks import TaskRunner


@dataclasses.dataclass(frozen=True)
class PageContext:
    """Services, task runner, prompts and preferences shared by the whole window."""

    services: Services
    tasks: TaskRunner
    prompts: Prompts
    settings: AppSettings
    #: Who the writes made through this context are announced as coming from.
    initiator: object = None

    def acting_for(self, initiator: object) -> PageContext:
        """The same context, announcing its writes as coming from ``initiator``."""
        return dataclasses.replace(self, initiator=initiator)


class PagePart(QWidget):
    """A widget of a page (panel, editor, tab) working through the page's context."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._services = context.services
        self._tasks = context.tasks
        self._prompts = context.prompts
        self._initiator = context.initiator
