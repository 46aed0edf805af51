"""A searchable list of records beside the form that edits one: shared by Annuaire and Territoire.

Each kind of record (organisation, contact, instance, member, quartier, site) is described by a
:class:`RecordAdapter`; :class:`RecordPanel` does the rest the same way everywhere: loading in
the background, « Nouveau » (Ctrl+N), « Enregistrer » (Ctrl+S) with the service's messages
shown beside the fields, and « Supprimer » (Suppr) after confirmation, the service refusing a
delete that would orphan history with a message the user reads as is.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.changes import ChangeSet, Mutation
from gusp_desktop.domain.errors import ConflictError, ValidationError
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.dialogs.conflict import Choice
from gusp_desktop.ui.dialogs.fields import EntityForm
from gusp_desktop.ui.labels import error_message
from gusp_desktop.ui.models.records_table import RecordsModel
from gusp_desktop.ui.pages import touches
from gusp_desktop.ui.widgets.empty_hint import show_when_empty


class RecordAdapter(QObject):
    """One kind of record: how to load, show, edit, save and delete it."""

    #: Heading of the panel.
    heading = ""
    #: Entities whose change means the list must be reloaded.
    entities: tuple[str, ...] = ()
    #: Narrows the list (e.g. the organisation whose contacts are shown); None = everything.
    scope: Any = None

    def headers(self) -> list[str]:
        """Column titles."""
        raise NotImplementedError

    def load(self) -> tuple[Sequence[Any], Any]:
        """Rows and the choices the form offers (runs in the background)."""
        raise NotImplementedError

    def apply_choices(self, choices: Any) -> None:
        """Fill the form's combo boxes (GUI thread)."""

    def cells(self, row: Any) -> list[str]:
        """Texts of one row."""
        raise NotImplementedError

    def build(self, form: EntityForm) -> None:
        """Create the form's fields."""
        raise NotImplementedError

    def fill(self, row: Any | None) -> None:
        """Show ``row`` in the form (None: a blank new record)."""
        raise NotImplementedError

    def value(self, row: Any | None) -> Any:
        """The input read from the form; raise ValidationError for what it can check itself."""
        raise NotImplementedError

    def save(self, row: Any | None, value: Any) -> Mutation[Any]:
        """Create (row None) or update (runs in the background)."""
        raise NotImplementedError

    def delete(self, row: Any) -> Mutation[Any]:
        """Delete (runs in the background)."""
        raise NotImplementedError

    def describe(self, row: Any) -> str:
        """How a confirmation names the record: « l'organisation « MH » »."""
        raise NotImplementedError

    def can_create(self) -> bool:
        """Whether « Nouveau » makes sense now (members need an instance…)."""
        return True


class RecordPanel(PagePart):
    """List, search box and form of one kind of record."""

    #: The record shown in the form changed (None: a new record is being typed).
    current_changed = Signal(object)
    #: A save or delete committed (its ChangeSet), so related lists can follow.
    written = Signal(object)

    def __init__(
        self, adapter: RecordAdapter, context: PageContext, parent: QWidget | None = None
    ) -> None:
        super().__init__(context, parent)
        self.adapter = adapter
        self.current: Any | None = None
        self._pending: tuple[Any | None, Any] = (None, None)
        self._wanted: int | None = None
        self.model = RecordsModel(adapter, self)
        self.form = EntityForm(self)
        adapter.build(self.form)
        self._build_ui()
        self._connect_signals()
        self.start_new()

    def _build_ui(self) -> None:
        self.heading_label = QLabel(self.adapter.heading)
        self.heading_label.setStyleSheet("font-weight: bold;")
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Rechercher…"))
        self.search_edit.setClearButtonEnabled(True)
        self.record_view = QTableView()
        self.record_view.setModel(self.model)
        self.record_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.record_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.record_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.record_view.verticalHeader().hide()
        show_when_empty(
            self.record_view,
            self.tr(
                "Rien ici pour l'instant : « Nouveau » (Ctrl+N) pour créer, "
                "ou effacez la recherche."
            ),
        )
        header = self.record_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.new_button = QPushButton(self.tr("Nouveau"))
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.delete_button = QPushButton(self.tr("Supprimer"))
        buttons = QHBoxLayout()
        for button in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self._buttons = buttons
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.record_view, 2)
        layout.addWidget(self.form, 3)
        layout.addLayout(buttons)
        self._shortcut(self, QKeySequence.StandardKey.New, self.start_new, children=True)
        self._shortcut(self, QKeySequence.StandardKey.Save, self.save, children=True)
        self._shortcut(
            self.record_view, QKeySequence.StandardKey.Delete, self.delete, children=False
        )

    def add_button(self, text: str) -> QPushButton:
        """A further button after the panel's own, for an action on the record shown."""
        button = QPushButton(text)
        self._buttons.addWidget(button)
        return button

    def _shortcut(
        self, owner: QWidget, key: QKeySequence.StandardKey, slot: Any, children: bool
    ) -> None:
        action = QAction(owner)
        action.setShortcut(key)
        context = (
            Qt.ShortcutContext.WidgetWithChildrenShortcut
            if children
            else Qt.ShortcutContext.WidgetShortcut
        )
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        owner.addAction(action)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_textChanged)
        self.record_view.selectionModel().currentRowChanged.connect(
            self._on_record_view_currentRowChanged
        )
        self.model.modelReset.connect(self._on_model_modelReset)
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)

    # -- loading and selection -----------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        """Load the rows again (in the background), then show ``select_id`` or the current one."""
        if select_id is not None:
            self._wanted = select_id
        elif self.current is not None:
            self._wanted = self.current.id
        self._tasks.run(
            self.adapter.load, self._on_loaded, lambda error: self._prompts.show_error(self, error)
        )

    def _on_loaded(self, result: tuple[Sequence[Any], Any]) -> None:
        rows, choices = result
        self.adapter.apply_choices(choices)
        wanted, self._wanted = self._wanted, None
        found = next((r for r in rows if wanted is not None and r.id == wanted), None)
        if not self._typing_over(found):
            self.current = found
        self.model.set_rows(rows)
        if self.current is None and not self.form.dirty:
            self.start_new()

    def _typing_over(self, found: Any | None) -> bool:
        """Whether the form holds input to keep: a new record, or edits of ``found``.

        Kept input on a record changed elsewhere is then refused as a conflict on save,
        never silently overwritten.
        """
        if not self.form.dirty:
            return False
        return self.current is None or (found is not None and found.id == self.current.id)

    def _on_model_modelReset(self) -> None:
        """Keep the current record selected after the rows changed."""
        row = self.model.row_of(self.current.id) if self.current is not None else -1
        self.record_view.selectionModel().blockSignals(True)
        if row >= 0:
            self.record_view.selectRow(row)
        else:
            self.record_view.clearSelection()
        self.record_view.selectionModel().blockSignals(False)
        if self.current is not None and not self.form.dirty:
            self._show(self.current)

    def select_id(self, record_id: int) -> bool:
        """Show one record of the list; False when it is not in it."""
        row = self.model.row_of(record_id)
        if row < 0:
            return False
        self.record_view.selectRow(row)
        return True

    def _on_record_view_currentRowChanged(
        self, current: QModelIndex, _previous: QModelIndex
    ) -> None:
        if not current.isValid():
            return
        row = self.model.visible[current.row()]
        if self.current is not None and row.id == self.current.id:
            return
        if self.form.dirty and not self._confirm_discard():
            self._on_model_modelReset()
            return
        self._show(row)

    def _confirm_discard(self) -> bool:
        return self._prompts.confirm(
            self,
            self.tr("Modifications non enregistrées"),
            self.tr("Abandonner les modifications en cours du formulaire ?"),
        )

    def _show(self, row: Any) -> None:
        self.current = row
        self.adapter.fill(row)
        self.form.clear_errors()
        self.form.mark_clean()
        self.delete_button.setEnabled(True)
        self.save_button.setEnabled(True)
        self.current_changed.emit(row)

    def start_new(self) -> None:
        """Empty the form for a new record."""
        if self.current is not None and self.form.dirty and not self._confirm_discard():
            return
        self.current = None
        self.record_view.clearSelection()
        self.adapter.fill(None)
        self.form.clear_errors()
        self.form.mark_clean()
        self.delete_button.setEnabled(False)
        self.save_button.setEnabled(self.adapter.can_create())
        self.current_changed.emit(None)

    def new_record(self) -> None:
        """« Nouveau » from the window: a blank form, the cursor in its first field."""
        self.start_new()
        if self.current is None:
            self.form.focus_first()

    def _on_search_edit_textChanged(self, text: str) -> None:
        self.model.set_filter(text)

    # -- saving and deleting -------------------------------------------------------------

    def save(self) -> None:
        """Save the form: errors appear beside the fields, nothing is written on refusal."""
        if self.current is None and not self.adapter.can_create():
            return
        row = self.current
        try:
            value = self.adapter.value(row)
        except ValidationError as error:
            self.form.show_errors(error.errors)
            return
        self.form.clear_errors()
        self._submit(row, value)

    def _submit(self, row: Any | None, value: Any) -> None:
        adapter = self.adapter
        self._pending = (row, value)
        self._tasks.run(
            lambda: adapter.save(row, value),
            self._on_saved,
            self._on_save_failed,
            write=True,
            initiator=self._initiator,
        )

    def _on_saved(self, mutation: Mutation[Any]) -> None:
        self.form.mark_clean()
        self.current = mutation.value
        what = " — ".join(c for c in self.adapter.cells(mutation.value)[:2] if c)
        self._prompts.notify(self, self.tr("Enregistré : {what}.").format(what=what))
        self.reload(select_id=mutation.value.id)
        self.written.emit(mutation.changes)

    def _on_save_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
            return
        if isinstance(error, ConflictError):
            self._resolve_conflict(error)
            return
        self._prompts.show_error(self, error)

    def _resolve_conflict(self, error: ConflictError) -> None:
        """Someone saved this record meanwhile: the user decides, nothing of theirs is lost.

        Cancelling leaves the form as typed (unsaved); « Prendre l'autre version » reloads;
        keeping or merging saves again on top of the stored version.
        """
        resolution = self._prompts.resolve_conflict(self, error)
        if resolution is None:
            return
        if resolution.choice is Choice.THEIRS:
            self.form.mark_clean()
            self.reload(select_id=error.entity_id)
            return
        row, value = self._pending
        names = {f.name for f in dataclasses.fields(value)}
        value = dataclasses.replace(
            value, **{k: v for k, v in resolution.values.items() if k in names}
        )
        if row is not None and resolution.base_version is not None:
            row = dataclasses.replace(row, version=resolution.base_version)
        self._submit(row, value)

    def delete(self) -> None:
        """Delete the record shown, after confirmation; the service may refuse."""
        row = self.current
        if row is None:
            return
        question = self.tr("Supprimer {what} ?").format(what=self.adapter.describe(row))
        if not self._prompts.confirm(self, self.tr("Confirmer la suppression"), question):
            return
        adapter = self.adapter
        self._tasks.run(
            lambda: adapter.delete(row),
            self._on_deleted,
            self._on_delete_failed,
            write=True,
            initiator=self._initiator,
        )

    def _on_deleted(self, mutation: Mutation[Any]) -> None:
        self.form.mark_clean()
        self.current = None
        self.reload()
        self.written.emit(mutation.changes)

    def _on_delete_failed(self, error: BaseException) -> None:
        if isinstance(error, ValidationError):
            self._prompts.error(self, self.tr("Suppression refusée"), error_message(error))
        else:
            self._prompts.show_error(self, error)


def reload_touched(
    panels: list[RecordPanel], changes: ChangeSet, skip: RecordPanel | None = None
) -> None:
    """Reload the panels whose lists show what ``changes`` touched (``skip`` reloads itself)."""
    for panel in panels:
        if panel is not skip and touches(changes, *panel.adapter.entities):
            panel.reload()
