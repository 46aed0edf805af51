"""The « Ordre du jour » tab: points in order, with timing, suggestions, undo and redo.

Every change goes through a QUndoCommand whose redo/undo call the service; writes are queued
so each one starts from the ids and versions the previous one returned, and the rows shown
always come back from the database.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.agenda import AgendaItemData, AgendaItemDTO
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.errors import NotFoundError
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.services.agenda import LOCKED_STATUSES, PREVIOUS_MINUTES_TITLE
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.models.agenda_table import (
    COL_KIND,
    COL_MINUTES,
    COL_PRESENTER,
    COL_TITLE,
    AgendaModel,
    ChoiceDelegate,
    MinutesDelegate,
    item_data,
    kind_choices,
)
from gusp_desktop.ui.pages.seances.agenda_undo import (
    AddItemCommand,
    Call,
    EditItemCommand,
    MoveItemCommand,
    RemoveItemCommand,
)

OVER_STYLE = "color: #b3261e; font-weight: bold;"


class AgendaView(QTableView):
    """The points table; Ctrl+Haut / Ctrl+Bas move the current point, Suppr removes it.

    Ctrl+Z and Ctrl+Maj+Z are handled here only when no window-wide shortcut took them first:
    inside the main window its Édition menu drives this page's undo stack, and two shortcuts
    on the same keys would cancel each other out.
    """

    move_requested = Signal(int)
    delete_requested = Signal()
    undo_requested = Signal()
    redo_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        control = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        editing = self.state() == QAbstractItemView.State.EditingState
        if control and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        elif event.key() == Qt.Key.Key_Delete and not editing:
            self.delete_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Redo) or _is_ctrl_shift_z(event):
            self.redo_requested.emit()
        elif event.matches(QKeySequence.StandardKey.Undo):
            self.undo_requested.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()


def _is_ctrl_shift_z(event: QKeyEvent) -> bool:
    wanted = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    return event.key() == Qt.Key.Key_Z and event.modifiers() == wanted


class AgendaEditor(PagePart):
    """Edits the ordre du jour of one séance."""

    #: The points as stored after a change (the minutes tab follows them).
    items_changed = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.services = context.services
        self.seance_id = 0
        self._duration = 0
        self._aliases: dict[int, int] = {}
        self._queue: deque[tuple[Callable[[], Call], Callable[[Any], None] | None]] = deque()
        self._busy = False
        self._select_after: int | None = None
        self._contacts: list[ContactDTO] = []
        self.model = AgendaModel(self)
        self.undo_stack = QUndoStack(self)
        self._build_ui()
        self._connect_signals()

    # -- building ------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self._build_view()
        self.toolbar = QToolBar(self)
        self.add_action = self._action(self.tr("Ajouter un point"), QKeySequence.StandardKey.New)
        self.remove_action = self._action(self.tr("Supprimer le point"), None)
        self.up_action = self._action(self.tr("Monter"), None)
        self.down_action = self._action(self.tr("Descendre"), None)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Annuler"))
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Rétablir"))
        # The toolbar keeps short labels (« Annuler Déplacer « un très long titre »… » pushed
        # the point buttons into an overflow menu); the full text is the button's tooltip.
        self.undo_action.setIconText(self.tr("Annuler"))
        self.redo_action.setIconText(self.tr("Rétablir"))
        self.toolbar.addActions([self.undo_action, self.redo_action])
        self.total_label = QLabel()
        self.total_label.setObjectName("total_label")
        self.suggestions_box = QGroupBox(self.tr("Points suggérés"))
        self.suggestions_layout = QVBoxLayout(self.suggestions_box)
        self.suggestion_buttons: list[QPushButton] = []
        self._choices_stale = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.agenda_view, 1)
        layout.addWidget(self.total_label)
        layout.addWidget(self.suggestions_box)

    def _build_view(self) -> None:
        """The table: rows move by drag and drop, cells edit through combo and spin boxes."""
        self.agenda_view = AgendaView(self)
        self.agenda_view.setModel(self.model)
        self.agenda_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.agenda_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.agenda_view.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda_view.setDragDropOverwriteMode(False)
        self.agenda_view.setDropIndicatorShown(True)
        self.agenda_view.setItemDelegateForColumn(COL_KIND, ChoiceDelegate(kind_choices, self))
        self.agenda_view.setItemDelegateForColumn(
            COL_PRESENTER, ChoiceDelegate(self._presenter_choices, self)
        )
        self.agenda_view.setItemDelegateForColumn(COL_MINUTES, MinutesDelegate(self))
        header = self.agenda_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self.agenda_view.verticalHeader().hide()

    def _action(self, text: str, shortcut: QKeySequence.StandardKey | None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.toolbar.addAction(action)
        self.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.add_action.triggered.connect(self._on_add_action_triggered)
        self.remove_action.triggered.connect(self._on_remove_action_triggered)
        self.up_action.triggered.connect(lambda: self.move_selected(-1))
        self.down_action.triggered.connect(lambda: self.move_selected(1))
        self.agenda_view.move_requested.connect(self.move_selected)
        self.agenda_view.delete_requested.connect(self._on_remove_action_triggered)
        self.agenda_view.undo_requested.connect(self.undo_stack.undo)
        self.agenda_view.redo_requested.connect(self.undo_stack.redo)
        self.model.move_requested.connect(self._on_model_move_requested)
        self.model.edit_requested.connect(self._on_model_edit_requested)
        self.model.modelReset.connect(self._on_model_modelReset)

    # -- loading -------------------------------------------------------------------------

    def load(self, seance: SeanceDetail) -> None:
        """Show a séance's agenda; the undo history belongs to the séance shown before."""
        editable = seance.status not in LOCKED_STATUSES
        if seance.id != self.seance_id or not editable:
            # Another séance's history, or a frozen agenda: nothing left to undo here.
            self.undo_stack.clear()
            self._aliases.clear()
        self.seance_id, self._duration = seance.id, seance.duration_minutes
        self.model.editable = editable
        for action in (self.add_action, self.remove_action, self.up_action, self.down_action):
            action.setEnabled(self.model.editable)
        self.model.set_items(seance.agenda)
        self._load_choices()

    def set_contacts(self, contacts: Sequence[ContactDTO]) -> None:
        """People who may present a point."""
        self._contacts = list(contacts)

    def _presenter_choices(self) -> list[tuple[str, Any]]:
        choices: list[tuple[str, Any]] = [(self.tr("(personne)"), None)]
        choices += [(f"{c.full_name} ({c.organisation_code})", c.id) for c in self._contacts]
        return choices

    def _load_choices(self) -> None:
        """Read the suggested points now, or when the tab is next shown if it is hidden.

        The follow-up suggestion reads every open action of the séance's quartiers: each
        autosave of the minutes reloads the séance, and reading them then, behind another
        tab, held the interpreter long enough to stall typing on a large plan."""
        if self.isHidden() and self.parentWidget() is not None:
            self._choices_stale = True
            return
        self._choices_stale = False
        agenda, seance_id = self.services.agenda, self.seance_id

        def show(suggestions: list[AgendaItemData]) -> None:
            if seance_id == self.seance_id:  # not a late answer about the séance shown before
                self._on_suggestions_loaded(suggestions)

        self._tasks.run(
            lambda: agenda.suggest_items(seance_id),
            show,
            lambda error: self._prompts.show_error(self, error),
        )

    # -- the writer protocol of the commands ---------------------------------------------

    def submit(self, prepare: Callable[[], Call], after: Callable[[Any], None] | None) -> None:
        """Queue a write; ``prepare`` builds it when its turn comes, from the current rows."""
        self._queue.append((prepare, after))
        self._pump()

    def item(self, key: int) -> AgendaItemDTO:
        """The point known by ``key``, as last read from the database."""
        row = self.model.row_of(self._aliases.get(key, key))
        if row < 0:
            raise LookupError(key)
        return self.model.items[row]

    def alias(self, key: int, item_id: int) -> None:
        """Remember the current id of the point known by ``key``."""
        self._aliases[key] = item_id

    def select_key(self, key: int) -> None:
        """Select this point when the rows come back."""
        self._select_after = key

    def key_of(self, item_id: int) -> int:
        """The stable key of a point shown with id ``item_id``."""
        return next((k for k, v in self._aliases.items() if v == item_id), item_id)

    def _pump(self) -> None:
        if self._busy or not self._queue:
            return
        prepare, after = self._queue.popleft()
        try:
            call = prepare()
        except LookupError:
            self._on_write_failed(NotFoundError(self.tr("Ce point n'existe plus.")))
            return
        self._busy = True
        agenda, seance_id = self.services.agenda, self.seance_id

        def work() -> Mutation[Any]:
            result = call()
            return Mutation((result.value, agenda.list_items(seance_id)), result.changes)

        self._tasks.run(
            work,
            lambda mutation: self._on_written(mutation, after),
            self._on_write_failed,
            write=True,
            initiator=self._initiator,
        )

    def _on_written(self, mutation: Mutation[Any], after: Callable[[Any], None] | None) -> None:
        self._busy = False
        value, items = mutation.value
        if after is not None:
            after(value)
        self.model.set_items(items)
        self.items_changed.emit(items)
        self._load_choices()
        self._pump()

    def _on_write_failed(self, error: BaseException) -> None:
        """Show why, forget the undo history (it no longer matches) and reload."""
        self._busy = False
        self._queue.clear()
        # Not now: this may run inside QUndoStack.push/undo, which must finish first.
        QTimer.singleShot(0, self.undo_stack.clear)
        self._prompts.show_error(self, error)
        agenda, seance_id = self.services.agenda, self.seance_id
        self._tasks.run(lambda: agenda.list_items(seance_id), self._on_reloaded)

    def _on_reloaded(self, items: list[AgendaItemDTO]) -> None:
        self.model.set_items(items)
        self.items_changed.emit(items)

    # -- user actions --------------------------------------------------------------------

    def current_key(self) -> int | None:
        """Key of the selected point."""
        index = self.agenda_view.currentIndex()
        if not index.isValid():
            return None
        return self.key_of(self.model.items[index.row()].id)

    def move_selected(self, delta: int) -> None:
        """Move the selected point up (-1) or down (+1)."""
        key = self.current_key()
        if key is None or not self.model.editable:
            return
        position = self.model.row_of(self.item(key).id) + 1
        target = min(max(position + delta, 1), len(self.model.items))
        if target != position:
            self.undo_stack.push(MoveItemCommand(self, key, position, target))

    def add_item(self, data: AgendaItemData, position: int | None = None) -> None:
        """Add a point (undoable)."""
        if self.model.editable:
            self.undo_stack.push(AddItemCommand(self, data, position))

    def _on_add_action_triggered(self) -> None:
        title = self._prompts.text(self, self.tr("Nouveau point"), self.tr("Intitulé du point :"))
        if title and title.strip():
            self.add_item(AgendaItemData(title=title.strip()))

    def _on_remove_action_triggered(self) -> None:
        key = self.current_key()
        if key is None or not self.model.editable:
            return
        item = self.item(key)
        question = self.tr("Supprimer le point « {title} » de l'ordre du jour ?").format(
            title=item.title
        )
        if item.notes or item.decisions:
            question += "\n" + self.tr("Ses notes et ses décisions seront supprimées avec lui.")
        if self._prompts.confirm(self, self.tr("Supprimer un point"), question):
            self.undo_stack.push(RemoveItemCommand(self, key))

    def _on_model_move_requested(self, item_id: int, position: int) -> None:
        key = self.key_of(item_id)
        before = self.model.row_of(item_id) + 1
        self.undo_stack.push(MoveItemCommand(self, key, before, position))

    def _on_model_edit_requested(self, item_id: int, data: AgendaItemData) -> None:
        key = self.key_of(item_id)
        before = item_data(self.item(key))
        self.undo_stack.push(EditItemCommand(self, key, before, data))

    def _on_model_modelReset(self) -> None:
        if self._select_after is not None:
            row = self.model.row_of(self._aliases.get(self._select_after, self._select_after))
            self._select_after = None
            if row >= 0:
                self.agenda_view.selectRow(row)
        self._refresh_total()

    # -- timing and suggestions ----------------------------------------------------------

    def _refresh_total(self) -> None:
        """Planned time against the séance's duration; red when the agenda overruns."""
        total, duration = self.model.total_minutes(), self._duration
        if total > duration:
            text = self.tr("Total prévu : {total} min sur {duration} min (dépassement de {n} min)")
            self.total_label.setStyleSheet(OVER_STYLE)
            n = total - duration
        else:
            text = self.tr("Total prévu : {total} min sur {duration} min (reste {n} min)")
            self.total_label.setStyleSheet("")
            n = duration - total
        self.total_label.setText(text.format(total=total, duration=duration, n=n))

    def is_over_time(self) -> bool:
        """Whether the planned points exceed the séance's duration."""
        return self.model.total_minutes() > self._duration

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._choices_stale:
            self._load_choices()

    def _on_suggestions_loaded(self, suggestions: list[AgendaItemData]) -> None:
        for button in self.suggestion_buttons:
            self.suggestions_layout.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.suggestion_buttons = []
        for data in suggestions if self.model.editable else []:
            button = QPushButton(self.tr("Ajouter « {title} »").format(title=data.title))
            button.setToolTip(data.description)
            # The previous minutes are approved first, as comités usually do.
            position = 1 if data.title == PREVIOUS_MINUTES_TITLE else None
            button.clicked.connect(lambda _=False, d=data, p=position: self.add_item(d, p))
            self.suggestions_layout.addWidget(button)
            self.suggestion_buttons.append(button)
        self.suggestions_box.setVisible(bool(self.suggestion_buttons))
