"""Plan d'actions page: filters, the SQL-paged table or its groups, the detail, every command.

Everything a coordinator does to the plan starts here: create (Ctrl+N), edit any field
(double-click, Entrée, context menu or « Modifier » in the detail), copy, follow up, change
several actions at once. Columns, filters, order, grouping and selection are remembered in
the settings as they change, so the page comes back as it was left.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QSignalBlocker, Qt, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.actions import ActionDetail, ActionQuery, ActionRow, StatusChange
from gusp_desktop.domain.changes import ChangeSet, Mutation
from gusp_desktop.domain.enums import ActionStatus, Theme, UserRole
from gusp_desktop.domain.rules import action_status_error, can_change_action_status
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP, quoted
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.models.action_columns import column_of
from gusp_desktop.ui.models.action_groups import ActionGroup, ActionGroupModel
from gusp_desktop.ui.models.action_table import ActionTableModel
from gusp_desktop.ui.pages import touches
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.pages.plan_commands import PlanCommands
from gusp_desktop.ui.service_messages import service_text
from gusp_desktop.ui.widgets.action_detail import ActionDetailPanel
from gusp_desktop.ui.widgets.action_filters import ActionFilterBar, FilterOptions
from gusp_desktop.ui.widgets.empty_hint import show_when_empty
from gusp_desktop.ui.widgets.plan_state import PlanViewState, from_json, to_json
from gusp_desktop.ui.widgets.plan_view import PlanView

#: Entities whose change can alter a row of the plan (names, codes and the actions themselves).
SHOWN_ENTITIES = ("action", "organisation", "quartier", "site", "contact", "seance")
HEADER_KEY = "plan/header"
STATE_KEY = "plan/state"
# While words are typed, each keystroke's COUNT waits this long for the typing to pause
# (« Comptage… » meanwhile), so it does not run beside the next keystroke's first page.
COUNT_PAUSE_MS = 300


class ActionsPage(Page):
    """Every action of the territory, as the coordinators' follow-up table."""

    key = "actions"
    title = QT_TRANSLATE_NOOP("Pages", "Plan d'actions")
    shortcut = "Ctrl+3"
    opens = frozenset({"action"})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._settings = context.settings
        self._query = ActionQuery()
        self._selected_id: int | None = None
        self._wanted_ids: set[int] = set()
        self._detail_request = 0
        self._groups_request = 0
        self._restoring = True
        self.undo_stack = QUndoStack(self)
        self.model = ActionTableModel(self._services.actions, self._tasks, self)
        self.model.editable = self._services.context.user.role != UserRole.LECTEUR
        self.model.count_pause_ms = COUNT_PAUSE_MS
        self.group_model = ActionGroupModel(self._services.actions.list_actions, self._tasks, self)
        self.filter_bar = ActionFilterBar()
        self.count_label = QLabel()
        self.group_combo = self._make_group_combo()
        self.plan_view = PlanView(self.model, self.group_model)
        self.table_view = self.plan_view.table_view
        show_when_empty(
            self.table_view,
            self.tr(
                "Aucune action à afficher : « Nouvelle action » (Ctrl+N) pour en créer "
                "une, ou « Effacer les filtres »."
            ),
        )
        self.detail_panel = ActionDetailPanel()
        self.commands = PlanCommands(
            self.context,
            self,
            self.plan_view.selected_rows,
            self._on_action_saved,
            self._on_actions_saved,
        )
        self.detail_panel.add_action_button(self.commands.edit_action)
        self.detail_panel.add_action_button(self.commands.follow_up_action)
        self._lay_out()
        self._restore_view_state()
        self._connect()
        self._restoring = False
        # A partner's returned tableau de suivi dropped on the plan opens its review.
        self.setAcceptDrops(self.commands.writable)

    # -- construction ----------------------------------------------------------------------

    def _make_group_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName("group_combo")
        combo.addItem(self.tr("Sans regroupement"), "")
        combo.addItem(self.tr("Par pilote"), "pilot")
        combo.addItem(self.tr("Par quartier"), "quartier")
        combo.addItem(self.tr("Par thème"), "theme")
        return combo

    def _lay_out(self) -> None:
        self.toolbar = QToolBar()
        self.toolbar.setObjectName("plan_toolbar")
        self.toolbar.addActions(self.commands.actions())
        bar = QHBoxLayout()
        bar.addWidget(self.toolbar, 1)
        bar.addWidget(QLabel(self.tr("Regrouper :")))
        bar.addWidget(self.group_combo)
        bar.addWidget(self.count_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("actions_splitter")
        self.splitter.addWidget(self.plan_view)
        self.splitter.addWidget(self.detail_panel)
        # The table keeps the room it needs; the detail gives way (and may be folded away).
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setCollapsible(0, False)
        self.plan_view.setMinimumWidth(480)
        self.splitter.setSizes([740, 380])
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

    def _connect(self) -> None:
        self.filter_bar.changed.connect(self._on_filter_bar_changed)
        self.group_combo.currentIndexChanged.connect(self._on_group_combo_changed)
        self.model.loaded.connect(self._on_model_loaded)
        self.model.counted.connect(self._on_model_counted)
        self.model.load_failed.connect(self._show_error)
        self.model.status_change_requested.connect(self._on_model_status_change_requested)
        self.plan_view.selection_changed.connect(self._on_plan_view_selection_changed)
        self.plan_view.activated.connect(self.commands.edit)
        self.plan_view.menu_requested.connect(self.commands.show_menu)
        header = self.table_view.horizontalHeader()
        header.sortIndicatorChanged.connect(self._on_sort_indicator_changed)
        for signal in (header.sectionResized, header.sectionMoved):
            signal.connect(lambda *_args: self._save_view_state())
        self.plan_view.column_chooser.changed.connect(self._save_view_state)

    # -- dropped files ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt's name
        """Accept one .xlsx or .csv file: a returned tableau de suivi."""
        _accept_return(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt's name
        """Keep accepting while the file moves over the page."""
        _accept_return(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt's name
        """Review the dropped file (nothing is written before the coordinator applies)."""
        from gusp_desktop.ui.dialogs.returns_review import import_returns

        path = _dropped_return(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        import_returns(self, self.context, path)

    # -- page contract ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload filter choices, the table (or the groups) and the detail shown."""
        self.filter_bar.set_today(self._services.context.today())
        self._tasks.run(self._read_options, self.filter_bar.set_options, self._show_error)
        self._apply_query(self.filter_bar.apply_to(self._query))
        self._load_detail(self._selected_id)

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Reload when actions or what they name changed (our own edits are already shown)."""
        if not touches(changes, *SHOWN_ENTITIES):
            return
        if initiator is self and changes.entities() <= {"action"}:
            return  # our own edit: the page already shows it
        if touches(changes, "organisation", "quartier", "site"):
            self._tasks.run(self._read_options, self.filter_bar.set_options, self._show_error)
        self._reload()
        self._load_detail(self._selected_id)

    def focus_search(self) -> None:
        """Ctrl+F: type to filter the plan."""
        self.filter_bar.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filter_bar.search_edit.selectAll()

    def can_create(self) -> bool:
        """« Nouveau » creates an action (not for a lecteur)."""
        return self.commands.writable

    def new_record(self) -> None:
        """« Nouveau » / Ctrl+N: the action form, empty."""
        self.commands.create()

    def open_entity(self, entity: str, entity_id: int) -> None:
        """Show one action: the table narrows to its number and the detail panel opens it."""
        if entity != "action":
            return
        self._tasks.run(
            lambda: self._services.actions.get(entity_id), self._on_opened, self._show_error
        )

    def can_close(self) -> bool:
        """Remember the page as it is (nothing here is ever left unsaved)."""
        self._save_view_state()
        return True

    def show_query(self, query: ActionQuery) -> None:
        """Show the actions matching ``query`` (the dashboard's charts open the plan this way)."""
        self.filter_bar.show_criteria(query)

    def current_query(self) -> ActionQuery:
        """The filter shown (the plan's exports write exactly these actions)."""
        return self._query

    def current_index(self) -> QModelIndex:
        """Index of the first selected row of the flat table (invalid when none)."""
        rows = sorted(self.table_view.selectionModel().selectedRows(), key=QModelIndex.row)
        return rows[0] if rows else QModelIndex()

    def group_by(self) -> str:
        """ "" (flat), "pilot", "quartier" or "theme"."""
        return str(self.group_combo.currentData() or "")

    # -- querying --------------------------------------------------------------------------

    def _apply_query(self, query: ActionQuery) -> None:
        """Show ``query`` in the table, or as groups when grouping."""
        self._query = dataclasses.replace(query, limit=None, offset=0)
        if self.group_by():
            self._load_groups(self._query)
        else:
            self.model.set_query(self._query)
        self._save_view_state()

    def _reload(self) -> None:
        if self.group_by():
            self._load_groups(self._query)
        else:
            self.model.reload()

    def _load_groups(self, query: ActionQuery) -> None:
        self._groups_request += 1
        request, key = self._groups_request, self.group_by()
        self._tasks.run(
            lambda: self._services.actions.count_groups(query, key),
            lambda groups: self._on_groups_loaded(request, key, query, groups),
            self._show_error,
        )

    def _on_groups_loaded(
        self, request: int, key: str, query: ActionQuery, counts: list[tuple[str, str, int]]
    ) -> None:
        if request != self._groups_request:
            return
        expanded = self._expanded_labels()
        self.group_model.set_groups([_group(key, query, *count) for count in counts])
        for row, group in enumerate(self.group_model.groups()):
            if group.label in expanded:
                self.plan_view.group_view.expand(self.group_model.index(row, 0))
        total = sum(count for _code, _label, count in counts)
        self.count_label.setText(self.tr("%n action(s)", "", total))

    def _expanded_labels(self) -> set[str]:
        view, model = self.plan_view.group_view, self.group_model
        return {
            group.label
            for row, group in enumerate(model.groups())
            if view.isExpanded(model.index(row, 0))
        }

    def _read_options(self) -> FilterOptions:
        quartiers = self._services.territory.list_quartiers()
        sites = self._services.territory.list_sites()
        organisations = self._services.directory.list_organisations(include_inactive=True)
        return FilterOptions(
            quartiers=[(q.code, f"{q.code} — {q.name}") for q in quartiers],
            sites=[(s.id, s.quartier_code, s.name) for s in sites],
            organisations=[(o.code, f"{o.code} — {o.name}") for o in organisations],
        )

    # -- detail ----------------------------------------------------------------------------

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
            self._load_origin_photo(detail)

    def _load_origin_photo(self, detail: ActionDetail) -> None:
        """The first photo of the constats the action came from, read in the background."""
        ids = [c.photo_id for c in detail.origin_constats if c.photo_id is not None]
        if not ids:
            return
        photos, action_id = self._services.field_work.photos, detail.row.id
        self._tasks.run(
            lambda: photos.thumbnails(ids[:1]).get(ids[0]),
            lambda data: self.detail_panel.show_origin_photo(action_id, data),
            self._on_detail_failed,
        )

    def _on_detail_failed(self, error: BaseException) -> None:
        self.detail_panel.clear()
        self._show_error(error)

    def _on_opened(self, detail: ActionDetail) -> None:
        self._selected_id = detail.row.id
        self._wanted_ids = {detail.row.id}
        self.detail_panel.show_detail(detail)
        self._load_origin_photo(detail)
        if self.group_by():
            self.group_combo.setCurrentIndex(0)
        self.filter_bar.show_criteria(ActionQuery(text=detail.row.number))

    def _on_action_saved(self, row: ActionRow) -> None:
        """After a form or a follow-up: show the action saved, where it now sits."""
        self._selected_id = row.id
        self._wanted_ids = {row.id}
        self._reload()
        self._load_detail(row.id)

    def _on_actions_saved(self, ids: list[int]) -> None:
        """After a change of several actions (or its undoing): show them, still selected."""
        self._wanted_ids = set(ids)
        self._reload()
        self._load_detail(self._selected_id)

    def _show_error(self, error: BaseException) -> None:
        self._prompts.show_error(self, error)

    # -- remembered state ------------------------------------------------------------------

    def view_state(self) -> PlanViewState:
        """Filters, order, grouping and selection as they are now."""
        selected = tuple(r.id for r in self.plan_view.selected_rows()) or tuple(
            sorted(self._wanted_ids)
        )
        return PlanViewState(self._query, self.group_by(), selected)

    def _save_view_state(self) -> None:
        if self._restoring:
            return
        self._settings.set_view_state(HEADER_KEY, self.plan_view.header_state())
        self._settings.set_view_text(STATE_KEY, to_json(self.view_state()))

    def _restore_view_state(self) -> None:
        self.plan_view.restore_header(self._settings.view_state(HEADER_KEY))
        state = from_json(self._settings.view_text(STATE_KEY))
        self._query = state.query
        self.filter_bar.show_criteria(state.query)
        self.model.sort(column_of(state.query.sort_key), _order(state.query))
        header = self.table_view.horizontalHeader()
        with QSignalBlocker(header):
            header.setSortIndicator(column_of(state.query.sort_key), _order(state.query))
        self.group_combo.setCurrentIndex(max(self.group_combo.findData(state.group_by), 0))
        self.plan_view.set_grouped(bool(state.group_by))
        self._wanted_ids = set(state.selected_ids)
        self._selected_id = state.selected_ids[0] if state.selected_ids else None

    # -- slots -----------------------------------------------------------------------------

    @Slot()
    def _on_filter_bar_changed(self) -> None:
        self._apply_query(self.filter_bar.apply_to(self._query))

    @Slot(int)
    def _on_group_combo_changed(self, _index: int) -> None:
        self.plan_view.set_grouped(bool(self.group_by()))
        self._apply_query(self.filter_bar.apply_to(self._query))

    @Slot(int, Qt.SortOrder)
    def _on_sort_indicator_changed(self, column: int, _sort_order: Qt.SortOrder) -> None:
        """The table sorted in SQL; a column that cannot sort puts the indicator back."""
        sorted_by = self.model.query
        self._query = dataclasses.replace(
            self._query, sort_key=sorted_by.sort_key, descending=sorted_by.descending
        )
        if column_of(sorted_by.sort_key) != column:
            header = self.table_view.horizontalHeader()
            with QSignalBlocker(header):
                header.setSortIndicator(column_of(sorted_by.sort_key), _order(sorted_by))
        self._save_view_state()

    @Slot(int)
    def _on_model_counted(self, count: int) -> None:
        if not self.group_by():
            self.count_label.setText(self.tr("%n action(s)", "", count))

    @Slot()
    def _on_model_loaded(self) -> None:
        if not self.model.is_counted():
            self.count_label.setText(self.tr("Comptage…"))
        if self._wanted_ids and self.plan_view.select_ids(self._wanted_ids):
            self._wanted_ids = set()

    @Slot()
    def _on_plan_view_selection_changed(self) -> None:
        self.commands.update_enabled()
        action = self.plan_view.current_row()
        if action is not None and action.id != self._selected_id:
            self._selected_id = action.id
            self._load_detail(action.id)
        self._save_view_state()

    @Slot(object, object)
    def _on_model_status_change_requested(self, row: ActionRow, status: ActionStatus) -> None:
        if not can_change_action_status(row.status, status):
            self._prompts.error(
                self,
                self.tr("Changement d'état refusé"),
                service_text(action_status_error(row.status, status)),
            )
            return
        comment = self._prompts.text(
            self,
            self.tr("Changement d'état"),
            self.tr(
                "{number} : {old} → {new}\nCommentaire pour l'historique (facultatif) :"
            ).format(
                number=row.number, old=quoted(tr_label(row.status)), new=quoted(tr_label(status))
            ),
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
        self.group_model.replace_row(mutation.value)
        if mutation.value.id == self.detail_panel.action_id:
            self._load_detail(mutation.value.id)


def _order(query: ActionQuery) -> Qt.SortOrder:
    return Qt.SortOrder.DescendingOrder if query.descending else Qt.SortOrder.AscendingOrder


def _group(key: str, query: ActionQuery, code: str, label: str, count: int) -> ActionGroup:
    """The branch of one pilot, quartier or theme: the plan's query narrowed to it."""
    if key == "pilot":
        narrowed = dataclasses.replace(query, pilot_codes=(code,))
    elif key == "quartier":
        narrowed = dataclasses.replace(query, quartier_codes=(code,))
    else:
        narrowed = dataclasses.replace(query, themes=(Theme(code),))
    return ActionGroup(label, count, narrowed)


def _accept_return(event: QDragMoveEvent) -> None:
    if _dropped_return(event.mimeData()) is not None:
        event.acceptProposedAction()
    else:
        event.ignore()


def _dropped_return(mime: QMimeData) -> Path | None:
    """The returned tableau de suivi among dropped local files, if exactly one."""
    from gusp_desktop.ui.dialogs.returns_review import returned_file

    if not mime.hasUrls():
        return None
    return returned_file([Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()])
