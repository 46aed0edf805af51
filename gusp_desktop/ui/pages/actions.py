"""Plan d'actions page: filter bar, SQL-paged table, in-place status change, detail panel."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.actions import ActionDetail, ActionQuery, ActionRow, StatusChange
from gusp_desktop.domain.changes import ChangeSet, Mutation
from gusp_desktop.domain.enums import ActionStatus, UserRole
from gusp_desktop.domain.rules import action_status_error, can_change_action_status
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP, quoted
from gusp_desktop.ui.models.action_table import COLUMNS, STATUS_COLUMN, ActionTableModel
from gusp_desktop.ui.pages import touches
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.widgets.action_detail import ActionDetailPanel
from gusp_desktop.ui.widgets.action_filters import ActionFilterBar, FilterOptions
from gusp_desktop.ui.widgets.status_delegate import StatusDelegate

#: Entities whose change can alter a row of the plan (names, codes and the actions themselves).
SHOWN_ENTITIES = ("action", "organisation", "quartier", "site", "contact", "seance")
COLUMN_WIDTHS = (90, 360, 70, 160, 190, 70, 90, 100, 90)


class ActionsPage(Page):
    """Every action of the territory, as the coordinators' follow-up table."""

    key = "actions"
    title = QT_TRANSLATE_NOOP("Pages", "Plan d'actions")
    shortcut = "Ctrl+3"
    opens = frozenset({"action"})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._selected_id: int | None = None
        self._detail_request = 0
        self.model = ActionTableModel(self._services.actions, self._tasks, self)
        self.model.editable = self._services.context.user.role != UserRole.LECTEUR
        self.filter_bar = ActionFilterBar()
        self.count_label = QLabel()
        self.table_view = self._make_table()
        self.detail_panel = ActionDetailPanel()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("actions_splitter")
        self.splitter.addWidget(self.table_view)
        self.splitter.addWidget(self.detail_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.count_label)
        layout.addWidget(self.splitter, 1)
        self._connect()

    def _make_table(self) -> QTableView:
        view = QTableView()
        view.setModel(self.model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.SelectedClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        view.setItemDelegateForColumn(STATUS_COLUMN, StatusDelegate(view))
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        # Fixed row heights and column widths: Qt never measures 100 000 rows to lay them out.
        rows = view.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(view.fontMetrics().height() + 8)
        rows.hide()
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate(COLUMN_WIDTHS[: len(COLUMNS)]):
            header.resizeSection(column, width)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        view.setSortingEnabled(True)
        return view

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self._on_filter_bar_changed)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.counted.connect(self._on_model_counted)
        self.model.load_failed.connect(self._on_model_load_failed)
        self.model.status_change_requested.connect(self._on_model_status_change_requested)
        self.table_view.selectionModel().selectionChanged.connect(
            self._on_table_view_selection_changed
        )

    # -- page contract ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload filter choices, the table and the detail shown."""
        self.filter_bar.set_today(self._services.context.today())
        self._tasks.run(self._read_options, self.filter_bar.set_options, self._show_error)
        self.model.set_query(self.filter_bar.apply_to(self.model.query))
        self._load_detail(self._selected_id)

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Reload when actions or what they name changed (our own edits are already shown)."""
        if not touches(changes, *SHOWN_ENTITIES):
            return
        if initiator is self and changes.entities() <= {"action"}:
            return  # our own status change: the row and the detail are already refreshed
        if touches(changes, "organisation", "quartier", "site"):
            self._tasks.run(self._read_options, self.filter_bar.set_options, self._show_error)
        self.model.reload()
        self._load_detail(self._selected_id)

    def focus_search(self) -> None:
        """Ctrl+F: type to search."""
        self.filter_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_edit.selectAll()

    def open_entity(self, entity: str, entity_id: int) -> None:
        """Show one action: the table narrows to its number and the detail panel opens it."""
        if entity != "action":
            return
        self._tasks.run(
            lambda: self._services.actions.get(entity_id), self._on_opened, self._show_error
        )

    def show_query(self, query: ActionQuery) -> None:
        """Show the actions matching ``query`` (the dashboard's charts open the plan this way)."""
        self.filter_bar.show_criteria(query)

    def current_query(self) -> ActionQuery:
        """The filter shown (the plan's exports write exactly these actions)."""
        return self.model.query

    # -- loading ---------------------------------------------------------------------------

    def _read_options(self) -> FilterOptions:
        quartiers = self._services.territory.list_quartiers()
        sites = self._services.territory.list_sites()
        organisations = self._services.directory.list_organisations(include_inactive=True)
        return FilterOptions(
            quartiers=[(q.code, f"{q.code} — {q.name}") for q in quartiers],
            sites=[(s.id, s.quartier_code, s.name) for s in sites],
            organisations=[(o.code, f"{o.code} — {o.name}") for o in organisations],
        )

    def _load_detail(self, action_id: int | None) -> None:
        self._detail_request += 1
        request = self._detail_request
        if action_id is None:
            self.detail_panel.clear()
            return
        self._tasks.run(
            lambda: self._services.actions.get(action_id),
            lambda detail: self._on_detail_loaded(request, detail),
            self._on_detail_failed,
        )

    def _on_detail_loaded(self, request: int, detail: ActionDetail) -> None:
        if request == self._detail_request:
            self.detail_panel.show_detail(detail)

    def _on_detail_failed(self, error: BaseException) -> None:
        self.detail_panel.clear()
        self._show_error(error)

    def _on_opened(self, detail: ActionDetail) -> None:
        self._selected_id = detail.row.id
        self.detail_panel.show_detail(detail)
        self.filter_bar.show_criteria(ActionQuery(text=detail.row.number))

    def _show_error(self, error: BaseException) -> None:
        self._prompts.show_error(self, error)

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_filter_bar_changed(self) -> None:
        self.model.set_query(self.filter_bar.apply_to(self.model.query))

    @Slot(int)
    def _on_model_counted(self, count: int) -> None:
        self.count_label.setText(self.tr("%n action(s)", "", count))

    @Slot()
    def _on_model_loaded(self) -> None:
        if not self.model.is_counted():
            self.count_label.setText(self.tr("Comptage…"))
        row = self.model.row_of(self._selected_id) if self._selected_id is not None else None
        if row is not None:
            self._select_row(row)

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table_view.selectionModel().select(
            index,
            self.table_view.selectionModel().SelectionFlag.ClearAndSelect
            | self.table_view.selectionModel().SelectionFlag.Rows,
        )
        self.table_view.setCurrentIndex(index)
        self.table_view.scrollTo(index)

    @Slot(object)
    def _on_model_load_failed(self, error: BaseException) -> None:
        self._show_error(error)

    @Slot(QItemSelection, QItemSelection)
    def _on_table_view_selection_changed(self, *_args: object) -> None:
        rows = self.table_view.selectionModel().selectedRows()
        action = self.model.row_at(rows[0].row()) if rows else None
        if action is None or action.id == self._selected_id:
            return
        self._selected_id = action.id
        self._load_detail(action.id)

    @Slot(object, object)
    def _on_model_status_change_requested(self, row: ActionRow, status: ActionStatus) -> None:
        if not can_change_action_status(row.status, status):
            self._prompts.error(
                self, self.tr("Changement d'état refusé"), action_status_error(row.status, status)
            )
            return
        comment = self._prompts.text(
            self,
            self.tr("Changement d'état"),
            self.tr(
                "{number} : {old} → {new}\nCommentaire pour l'historique (facultatif) :"
            ).format(number=row.number, old=quoted(row.status.label), new=quoted(status.label)),
        )
        if comment is None:
            return
        change = StatusChange(status=status, comment=comment.strip())
        self._tasks.run(
            lambda: self._services.actions.follow_up(row.id, row.version, change),
            self._on_status_saved,
            self._show_error,
            write=True,
            initiator=self,
        )

    def _on_status_saved(self, mutation: Mutation[ActionRow]) -> None:
        self.model.replace_row(mutation.value)
        if mutation.value.id == self.detail_panel.action_id:
            self._load_detail(mutation.value.id)

    def current_index(self) -> QModelIndex:
        """Index of the selected row (invalid when none)."""
        rows = self.table_view.selectionModel().selectedRows()
        return rows[0] if rows else QModelIndex()
