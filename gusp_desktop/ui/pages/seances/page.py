"""Séances page: the searchable list of séances beside the séance being prepared, held or written.

The list (search, filters, upcoming first) is :class:`SeanceListPanel`; the open séance is
:class:`SeanceView`. The page plans, edits, reschedules and deletes séances from the buttons,
the list's context menu, a double-click or Entrée.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.changes import ChangeSet
from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.instances import InstanceDTO
from gusp_desktop.domain.meetings import SeanceDetail, SeanceSummary
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.seance import SeanceDialog
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP, long_date
from gusp_desktop.ui.pages import touches
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.pages.seances.seance_list import SeanceListPanel
from gusp_desktop.ui.pages.seances.view import SeanceView

#: What the séance list shows (names, numbers, dates, statuses).
LIST_ENTITIES = ("instance", "seance")
#: What an open séance shows; its own changes come back through its widgets.
VIEW_ENTITIES = (
    "seance",
    "agenda_item",
    "decision",
    "attendance",
    "contact",
    "organisation",
    "action",
    "membership",
)


@dataclass(frozen=True)
class SeanceList:
    """What the list shows, loaded in one background call."""

    instances: list[InstanceDTO]
    seances: list[SeanceSummary]
    contacts: list[ContactDTO]
    today: dt.date


def load_seance_list(services: Services) -> SeanceList:
    """Instances, their séances and the active contacts (runs in the background)."""
    contacts = [c for c in services.directory.list_contacts() if c.active]
    return SeanceList(
        services.instances.list_instances(),
        services.meetings.list_seances(),
        contacts,
        services.context.today(),
    )


class SeancesPage(Page):
    """The séances, upcoming first, beside the open séance."""

    key = "seances"
    title = QT_TRANSLATE_NOOP("Pages", "Séances")
    shortcut = "Ctrl+2"
    opens = frozenset({"seance"})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._instances: list[InstanceDTO] = []
        self._wanted: int | None = None
        self.seance_view = SeanceView(self.context, self)
        # The agenda's history is the one the window's Édition menu drives.
        self.undo_stack = self.seance_view.agenda_editor.undo_stack
        self._build_ui()
        self._connect_signals()

    @property
    def seance_tree(self) -> QTreeWidget:
        """The list of séances (a tree of « À venir » and « Passées »)."""
        return self.list_panel.tree

    def _build_ui(self) -> None:
        self.list_panel = SeanceListPanel()
        self.new_seance_button = QPushButton(self.tr("Nouvelle séance…"))
        self.edit_seance_button = QPushButton(self.tr("Modifier…"))
        self.delete_seance_button = QPushButton(self.tr("Supprimer"))
        self.new_action = self._tree_action(QKeySequence.StandardKey.New)
        self.delete_action = self._tree_action(QKeySequence.StandardKey.Delete)
        # Two rows: in one, the three buttons made the list wider than a 1280 px window
        # (a 1920 px laptop at 150 %) leaves beside a walk's « Terrain » tab.
        buttons = QGridLayout()
        buttons.addWidget(self.new_seance_button, 0, 0, 1, 2)
        buttons.addWidget(self.edit_seance_button, 1, 0)
        buttons.addWidget(self.delete_seance_button, 1, 1)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.list_panel, 1)
        self.placeholder_label = QLabel(self.tr("Choisissez une séance dans la liste."))
        self.placeholder_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.view_stack = QStackedWidget()
        self.view_stack.addWidget(self.placeholder_label)
        self.view_stack.addWidget(self.seance_view)
        self.splitter = QSplitter()
        self.splitter.setObjectName("seances_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.view_stack)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([480, 820])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._set_buttons_enabled(False)

    def _tree_action(self, key: QKeySequence.StandardKey) -> QAction:
        """Ctrl+N and Suppr act on séances while the list has the focus."""
        action = QAction(self.seance_tree)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.seance_tree.addAction(action)
        return action

    def _connect_signals(self) -> None:
        panel = self.list_panel
        panel.seance_selected.connect(self._open)
        panel.edit_requested.connect(self.edit_seance)
        panel.menu_requested.connect(self._on_list_panel_menu_requested)
        self.new_seance_button.clicked.connect(self.new_seance)
        self.new_action.triggered.connect(self.new_seance)
        self.edit_seance_button.clicked.connect(self._on_edit_seance_button_clicked)
        self.delete_seance_button.clicked.connect(self._on_delete_seance_button_clicked)
        self.delete_action.triggered.connect(self._on_delete_seance_button_clicked)
        self.seance_view.seance_changed.connect(self._on_seance_view_seance_changed)

    # -- page contract -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list (and the open séance)."""
        services = self._services
        self._tasks.run(
            lambda: load_seance_list(services),
            self._on_list_loaded,
            lambda error: self._prompts.show_error(self, error),
        )

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Reload what another page or another client changed."""
        if initiator is self:
            return
        if touches(changes, *LIST_ENTITIES, "contact"):
            self.refresh()
        elif self.seance_view.seance is not None and touches(changes, *VIEW_ENTITIES):
            self.seance_view.flush()
            self.seance_view.reload()

    def open_entity(self, entity: str, entity_id: int) -> None:
        """Show a séance (``("seance", id)``)."""
        if entity == "seance":
            self.open_seance(entity_id)

    def open_point(self, seance_id: int, item_id: int, tab: int, found: str = "") -> None:
        """Open a séance at one agenda point, in the agenda or the compte rendu tab."""
        self.seance_view.focus_item(tab, item_id, found)
        self.open_seance(seance_id)

    def open_seance(self, seance_id: int) -> None:
        """Select a séance in the list and open it (once the list is loaded)."""
        self._wanted = seance_id
        if not self.list_panel.select(seance_id):
            self.refresh()

    def can_create(self) -> bool:
        """« Nouveau » plans a séance."""
        return True

    def new_record(self) -> None:
        """Plan a séance (same as « Nouvelle séance… »)."""
        self.new_seance()

    def can_close(self) -> bool:
        """Send pending notes now; the recovery journal covers what cannot be saved in time."""
        self.seance_view.flush()
        return True

    def focus_search(self) -> None:
        """Ctrl+F: type in the séance search line."""
        self.list_panel.search_edit.setFocus()
        self.list_panel.search_edit.selectAll()

    # -- list ----------------------------------------------------------------------------

    def _on_list_loaded(self, data: SeanceList) -> None:
        self._instances = data.instances
        self.seance_view.set_contacts(data.contacts)
        wanted = self._wanted
        self.list_panel.set_data(data.instances, data.seances, data.today)
        if wanted is not None and self.list_panel.select(wanted):
            self._wanted = None
        current = self.list_panel.current_seance_id()
        if current is None:
            self._show_placeholder()
        elif self.seance_view.seance is not None and self.seance_view.seance.id == current:
            self.seance_view.reload()

    def seance_item(self, seance_id: int) -> QTreeWidgetItem | None:
        """The list entry of a séance."""
        return self.list_panel.seance_item(seance_id)

    def current_seance_id(self) -> int | None:
        """The séance selected in the list (documents and signing act on it)."""
        return self.list_panel.current_seance_id()

    def _open(self, seance_id: int) -> None:
        current = self.seance_view.seance
        if current is not None and current.id != seance_id:
            self.seance_view.flush()
        self._set_buttons_enabled(True)
        self.view_stack.setCurrentWidget(self.seance_view)
        self.seance_view.open(seance_id)

    def _show_placeholder(self) -> None:
        self._set_buttons_enabled(False)
        self.view_stack.setCurrentWidget(self.placeholder_label)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        self.edit_seance_button.setEnabled(enabled)
        self.delete_seance_button.setEnabled(enabled)

    def _on_seance_view_seance_changed(self, seance: SeanceDetail) -> None:
        self.list_panel.set_status(seance.id, seance.status)

    def _on_list_panel_menu_requested(self, seance_id: int | None, position: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Nouvelle séance…"), self.new_seance)
        if seance_id is not None:
            menu.addAction(self.tr("Modifier ou reporter…"), lambda: self.edit_seance(seance_id))
            menu.addSeparator()
            for action in self.seance_view.lifecycle_actions():
                menu.addAction(action)
            menu.addSeparator()
            menu.addAction(self.tr("Supprimer"), self._on_delete_seance_button_clicked)
        menu.popup(position)
        self.context_menu = menu

    # -- new, edit and delete ------------------------------------------------------------

    def new_seance(self) -> None:
        """Plan a séance of the instance chosen in the filter (or of the open séance's)."""
        if not self._instances:
            self._prompts.info(
                self,
                self.tr("Nouvelle séance"),
                self.tr("Créez d'abord une instance (comité technique, COPIL…) dans l'annuaire."),
            )
            return
        instance_id = self.list_panel.filtered_instance_id()
        if instance_id is None and self.seance_view.seance is not None:
            instance_id = self.seance_view.seance.instance_id
        created = SeanceDialog.ask(self.context, self._instances, instance_id, None, self)
        if created is not None:
            self._wanted = created.id
            self.refresh()

    def _on_edit_seance_button_clicked(self) -> None:
        seance_id = self.current_seance_id()
        if seance_id is not None:
            self.edit_seance(seance_id)

    def edit_seance(self, seance_id: int) -> None:
        """Change the date, place, duration or officers of a séance (reschedule it)."""
        meetings = self._services.meetings
        self._tasks.run(
            lambda: meetings.get_seance(seance_id),
            self._ask_edit,
            lambda error: self._prompts.show_error(self, error),
        )

    def _ask_edit(self, before: SeanceDetail) -> None:
        after = SeanceDialog.ask(self.context, self._instances, None, before, self)
        if after is None:
            return
        self.seance_view.after_edit(before, after)
        self._wanted = after.id
        self.refresh()

    def _on_delete_seance_button_clicked(self) -> None:
        seance = self.seance_view.seance
        if seance is None or seance.id != self.current_seance_id():
            return
        question = self.tr("Supprimer la séance n° {number} du {date} ?").format(
            number=seance.number, date=long_date(seance.local_date)
        )
        if not self._prompts.confirm(self, self.tr("Supprimer une séance"), question):
            return
        meetings = self._services.meetings
        self._tasks.run(
            lambda: meetings.delete_seance(seance.id, seance.version),
            lambda _result: self._on_seance_deleted(),
            lambda error: self._prompts.show_error(self, error),
            write=True,
            initiator=self,
        )

    def _on_seance_deleted(self) -> None:
        self.seance_view.seance = None
        self._show_placeholder()
        self.refresh()
