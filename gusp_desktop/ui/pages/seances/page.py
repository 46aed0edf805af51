"""Séances page: the séances of each instance, and the séance being prepared, held or written up."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
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
from gusp_desktop.ui.dialogs.seance import NewSeanceDialog
from gusp_desktop.ui.i18n import long_date
from gusp_desktop.ui.pages import touches
from gusp_desktop.ui.pages.seances.view import SeanceView
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
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
    """What the tree shows, loaded in one background call."""

    instances: list[InstanceDTO]
    seances: list[SeanceSummary]
    contacts: list[ContactDTO]


def load_seance_list(services: Services) -> SeanceList:
    """Instances, their séances and the active contacts (runs in the background)."""
    contacts = [c for c in services.directory.list_contacts() if c.active]
    return SeanceList(
        services.instances.list_instances(), services.meetings.list_seances(), contacts
    )


class SeancesPage(QWidget):
    """Séances grouped by instance beside the open séance."""

    title = QT_TRANSLATE_NOOP("Pages", "Séances")

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services, self._tasks, self._prompts = services, tasks, prompts
        self._instances: list[InstanceDTO] = []
        self._wanted: int | None = None
        self.seance_view = SeanceView(services, tasks, prompts, self, self)
        self._build_ui()
        self._connect_signals()

    @property
    def undo_stack(self) -> QUndoStack:
        """The agenda's history, which the window's Édition menu drives."""
        return self.seance_view.agenda_editor.undo_stack

    def _build_ui(self) -> None:
        self.seance_tree = QTreeWidget()
        self.seance_tree.setHeaderLabels([self.tr("Séance"), self.tr("Statut")])
        self.seance_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.new_seance_button = QPushButton(self.tr("Nouvelle séance…"))
        self.delete_seance_button = QPushButton(self.tr("Supprimer"))
        self.new_action = self._tree_action(QKeySequence.StandardKey.New)
        self.delete_action = self._tree_action(QKeySequence.StandardKey.Delete)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_seance_button)
        buttons.addWidget(self.delete_seance_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.seance_tree, 1)
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
        self.splitter.setSizes([420, 880])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)

    def _tree_action(self, key: QKeySequence.StandardKey) -> QAction:
        """Ctrl+N and Suppr act on séances while the list has the focus."""
        action = QAction(self.seance_tree)
        action.setShortcut(key)
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.seance_tree.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.seance_tree.currentItemChanged.connect(self._on_seance_tree_currentItemChanged)
        self.new_seance_button.clicked.connect(self._on_new_seance_button_clicked)
        self.new_action.triggered.connect(self._on_new_seance_button_clicked)
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

    def on_data_changed(self, changes: ChangeSet, initiator: object) -> None:
        """Reload what another page or another client changed."""
        if initiator is self:
            return
        if touches(changes, *LIST_ENTITIES, "contact"):
            self.refresh()
        elif self.seance_view.seance is not None and touches(changes, *VIEW_ENTITIES):
            self.seance_view.flush()
            self.seance_view.reload()

    def open_item(self, entity: str, entity_id: int) -> None:
        """Show a séance (``("seance", id)``)."""
        if entity != "seance":
            return
        self._wanted = entity_id
        if not self._select_seance(entity_id):
            self.refresh()

    def can_close(self) -> bool:
        """Send pending notes now; the recovery journal covers what cannot be saved in time."""
        self.seance_view.flush()
        return True

    # -- list ----------------------------------------------------------------------------

    def _on_list_loaded(self, data: SeanceList) -> None:
        self._instances = data.instances
        self.seance_view.set_contacts(data.contacts)
        current = self._wanted or self._current_seance_id()
        self.seance_tree.blockSignals(True)
        self.seance_tree.clear()
        groups = {i.id: self._instance_item(i) for i in data.instances}
        for seance in data.seances:
            self._seance_item(groups[seance.instance_id], seance)
        self.seance_tree.expandAll()
        self.seance_tree.blockSignals(False)
        if current is not None:
            self._select_seance(current)

    def _instance_item(self, instance: InstanceDTO) -> QTreeWidgetItem:
        # The status column is empty on an instance's row: it carries the instance's name.
        item = QTreeWidgetItem(self.seance_tree, [instance.code, instance.name])
        item.setToolTip(0, instance.name)
        item.setData(0, KIND_ROLE, "instance")
        item.setData(0, ID_ROLE, instance.id)
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        return item

    def _seance_item(self, parent: QTreeWidgetItem, seance: SeanceSummary) -> QTreeWidgetItem:
        text = self.tr("n° {number} — {date}").format(
            number=seance.number, date=long_date(seance.local_date)
        )
        item = QTreeWidgetItem(parent, [text, seance.status.label])
        item.setData(0, KIND_ROLE, "seance")
        item.setData(0, ID_ROLE, seance.id)
        return item

    def seance_item(self, seance_id: int) -> QTreeWidgetItem | None:
        """The tree entry of a séance."""
        for group in range(self.seance_tree.topLevelItemCount()):
            parent = self.seance_tree.topLevelItem(group)
            children = [parent.child(r) for r in range(parent.childCount())] if parent else []
            for child in children:
                if child is not None and child.data(0, ID_ROLE) == seance_id:
                    return child
        return None

    def _select_seance(self, seance_id: int) -> bool:
        item = self.seance_item(seance_id)
        if item is None:
            return False
        self._wanted = None
        if self.seance_tree.currentItem() is item:
            self._open(seance_id)
        else:
            self.seance_tree.setCurrentItem(item)
        return True

    def current_seance_id(self) -> int | None:
        """The séance selected in the tree (documents and signing act on it)."""
        return self._current_seance_id()

    def _current_seance_id(self) -> int | None:
        item = self.seance_tree.currentItem()
        if item is None or item.data(0, KIND_ROLE) != "seance":
            return None
        return int(item.data(0, ID_ROLE))

    def _current_instance_id(self) -> int | None:
        item = self.seance_tree.currentItem()
        if item is None:
            return None
        if item.data(0, KIND_ROLE) == "seance":
            item = item.parent()
        return int(item.data(0, ID_ROLE)) if item is not None else None

    def _on_seance_tree_currentItemChanged(self, *_args: object) -> None:
        seance_id = self._current_seance_id()
        self.delete_seance_button.setEnabled(seance_id is not None)
        if seance_id is not None:
            self._open(seance_id)

    def _open(self, seance_id: int) -> None:
        current = self.seance_view.seance
        if current is not None and current.id != seance_id:
            self.seance_view.flush()
        self.view_stack.setCurrentWidget(self.seance_view)
        self.seance_view.open(seance_id)

    def _on_seance_view_seance_changed(self, seance: SeanceDetail) -> None:
        item = self.seance_item(seance.id)
        if item is not None:
            item.setText(1, seance.status.label)

    # -- new and delete ------------------------------------------------------------------

    def _on_new_seance_button_clicked(self) -> None:
        if not self._instances:
            self._prompts.info(
                self,
                self.tr("Nouvelle séance"),
                self.tr("Créez d'abord une instance (comité technique, COPIL…) dans l'annuaire."),
            )
            return
        created = NewSeanceDialog.ask(
            self._services,
            self._tasks,
            self._prompts,
            self._instances,
            self._current_instance_id(),
            self,
        )
        if created is not None:
            self._wanted = created.id
            self.refresh()

    def _on_delete_seance_button_clicked(self) -> None:
        seance = self.seance_view.seance
        if seance is None or seance.id != self._current_seance_id():
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
        self.view_stack.setCurrentWidget(self.placeholder_label)
        self.seance_tree.setCurrentIndex(QModelIndex())
        self.refresh()
