"""The list side of the plan d'actions: the flat SQL-paged table, or the same rows grouped.

Both views share the columns, the column chooser and the selection vocabulary (the selected
:class:`ActionRow` values), so the page's commands work the same whichever is shown. The
table keeps fixed row heights and column widths: Qt never measures 100 000 rows.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStackedWidget,
    QTableView,
    QTreeView,
    QWidget,
)

from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.ui.models.action_columns import (
    COLUMN_WIDTHS,
    COLUMNS,
    DEFAULT_COLUMNS,
    PROGRESS_COLUMN,
    STATUS_COLUMN,
    TITLE_COLUMN,
)
from gusp_desktop.ui.models.action_groups import ActionGroupModel
from gusp_desktop.ui.models.action_table import ActionTableModel
from gusp_desktop.ui.widgets.column_chooser import ColumnChooser
from gusp_desktop.ui.widgets.progress_delegate import ProgressDelegate
from gusp_desktop.ui.widgets.status_delegate import StatusDelegate

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class _PlanTable(QTableView):
    """The flat table; Entrée opens the action (QTableView would only move the cursor)."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS and self.state() != QAbstractItemView.State.EditingState:
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)


class _GroupTree(QTreeView):
    """The grouped view; Entrée opens an action, or folds/unfolds a group."""

    enter_pressed = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in ENTER_KEYS:
            self.enter_pressed.emit()
            return
        super().keyPressEvent(event)


class PlanView(QStackedWidget):
    """The table (flat) or the tree (grouped) over the same columns."""

    #: The selection changed (read :meth:`selected_rows`).
    selection_changed = Signal()
    #: Double-click or Entrée on an action: the page opens its form.
    activated = Signal(object)
    #: Right-click on a row: the page shows its menu at this global position.
    menu_requested = Signal(QPoint)

    def __init__(
        self,
        table_model: ActionTableModel,
        group_model: ActionGroupModel,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.model, self.group_model = table_model, group_model
        self.table_view = self._make_table()
        self.group_view = self._make_tree()
        self.addWidget(self.table_view)
        self.addWidget(self.group_view)
        self.column_chooser = ColumnChooser(
            self.table_view.horizontalHeader(), DEFAULT_COLUMNS, COLUMN_WIDTHS, self
        )
        self.group_chooser = ColumnChooser(
            self.group_view.header(), DEFAULT_COLUMNS, COLUMN_WIDTHS, self
        )
        self.column_chooser.apply_defaults()
        self.group_chooser.apply_defaults()
        self._connect()

    # -- construction ----------------------------------------------------------------------

    def _make_table(self) -> _PlanTable:
        view = _PlanTable()
        view.setObjectName("plan_table")
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Double-click opens the form; the state changes in place with F2 or a second click.
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        _set_delegates(view)
        view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setAlternatingRowColors(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        rows.hide()
        _shape_header(view.horizontalHeader())
        view.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        return view

    def _make_tree(self) -> _GroupTree:
        view = _GroupTree()
        view.setObjectName("plan_groups")
        view.setModel(self.group_model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformRowHeights(True)
        view.setAlternatingRowColors(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(view))
        _shape_header(view.header())
        return view

    def _connect(self) -> None:
        for view in (self.table_view, self.group_view):
            view.selectionModel().selectionChanged.connect(
                lambda *_args: self.selection_changed.emit()
            )
            view.doubleClicked.connect(self._on_view_double_clicked)
            view.enter_pressed.connect(self._on_enter_pressed)
            view.customContextMenuRequested.connect(
                lambda position, v=view: self.menu_requested.emit(
                    v.viewport().mapToGlobal(position)
                )
            )
        self.group_model.modelReset.connect(self._on_group_model_reset)

    # -- which view ------------------------------------------------------------------------

    def grouped(self) -> bool:
        """Whether the grouped view is shown."""
        return self.currentWidget() is self.group_view

    def set_grouped(self, grouped: bool) -> None:
        """Show the tree (grouped) or the table (flat)."""
        self.setCurrentWidget(self.group_view if grouped else self.table_view)

    def current_view(self) -> QAbstractItemView:
        """The view shown."""
        return self.group_view if self.grouped() else self.table_view

    # -- selection -------------------------------------------------------------------------

    def selected_rows(self) -> list[ActionRow]:
        """The actions selected in the view shown (loaded rows only), in display order."""
        if self.grouped():
            indexes = self.group_view.selectionModel().selectedRows()
            found = [self.group_model.row_at(i) for i in indexes]
        else:
            indexes = self.table_view.selectionModel().selectedRows()
            found = [self.model.row_at(i.row()) for i in sorted(indexes, key=QModelIndex.row)]
        return [row for row in found if row is not None]

    def current_row(self) -> ActionRow | None:
        """The action under the keyboard cursor, or the first selected one."""
        view = self.current_view()
        index = view.currentIndex()
        row = self._row_of(index) if index.isValid() else None
        selected = self.selected_rows()
        if row is not None and row.id in {r.id for r in selected}:
            return row
        return selected[0] if selected else None

    def select_ids(self, ids: set[int]) -> bool:
        """Select the loaded actions among ``ids`` in the view shown; whether any was found."""
        if self.grouped():
            indexes = [self.group_model.index_of(i) for i in ids]
        else:
            rows = [self.model.row_of(i) for i in ids]
            indexes = [self.model.index(r, 0) for r in rows if r is not None]
        indexes = [i for i in indexes if i.isValid()]
        view = self.current_view()
        selection = view.selectionModel()
        flags = selection.SelectionFlag
        selection.clearSelection()
        for index in indexes:
            selection.select(index, flags.Select | flags.Rows)
        if indexes:
            first = min(indexes, key=lambda i: (i.parent().row(), i.row()))
            selection.setCurrentIndex(first, flags.NoUpdate)
            view.scrollTo(first)
        return bool(indexes)

    def _row_of(self, index: QModelIndex) -> ActionRow | None:
        if self.grouped():
            return self.group_model.row_at(index)
        return self.model.row_at(index.row())

    # -- state -----------------------------------------------------------------------------

    def header_state(self) -> QByteArray:
        """Widths, order and shown columns of the flat table."""
        return self.table_view.horizontalHeader().saveState()

    def restore_header(self, state: QByteArray) -> bool:
        """Put back a saved header (both views share it); False when it did not fit."""
        if state.isEmpty():
            return False
        header = self.table_view.horizontalHeader()
        indicator = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        restored = header.restoreState(state) and header.count() == len(COLUMNS)
        if not restored:
            self.column_chooser.apply_defaults()
        header.setSortIndicator(*indicator)  # the query decides the order, not the header
        header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self._copy_columns_to_tree()
        return restored

    def _copy_columns_to_tree(self) -> None:
        table, tree = self.table_view.horizontalHeader(), self.group_view.header()
        for logical in range(len(COLUMNS)):
            tree.setSectionHidden(logical, table.isSectionHidden(logical))
            tree.resizeSection(logical, table.sectionSize(logical))
            tree.moveSection(tree.visualIndex(logical), table.visualIndex(logical))

    # -- slots -----------------------------------------------------------------------------

    def _on_view_double_clicked(self, index: QModelIndex) -> None:
        row = self._row_of(index)
        if row is not None:
            self.activated.emit(row)

    def _on_enter_pressed(self) -> None:
        view = self.current_view()
        index = view.currentIndex()
        if self.grouped() and index.isValid() and not index.parent().isValid():
            self.group_view.setExpanded(index, not self.group_view.isExpanded(index))
            return
        row = self.current_row()
        if row is not None:
            self.activated.emit(row)

    def _on_group_model_reset(self) -> None:
        for row in range(self.group_model.rowCount()):
            self.group_view.setFirstColumnSpanned(row, QModelIndex(), True)


def _set_delegates(view: QTableView) -> None:
    view.setItemDelegateForColumn(STATUS_COLUMN, StatusDelegate(view))
    view.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressDelegate(view))


def _shape_header(header: QHeaderView) -> None:
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(False)
    header.setHighlightSections(False)
    header.setMinimumSectionSize(40)
    for column, width in enumerate(COLUMN_WIDTHS):
        header.resizeSection(column, width)
    # The title takes the room the other columns leave, elided with the whole title as tooltip.
    header.setSectionResizeMode(TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
