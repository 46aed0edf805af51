"""The plan d'actions as a table model that reads pages of rows from SQL on demand.

With 100 000 actions, loading every row into Python takes seconds and sorting through a
QSortFilterProxyModel takes more than ten. This model knows only how many
rows match (one COUNT) and keeps a bounded cache of pages of 200 rows; a page is fetched in the
background the first time the view paints one of its rows. Sorting and filtering replace the
query and reset the model, so the database does the work with ORDER BY and WHERE.
"""

from __future__ import annotations

import dataclasses
from collections import OrderedDict
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from gusp_desktop.domain.actions import ActionQuery, ActionRow
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.ui.models.action_columns import (
    COLUMNS,
    OVERDUE_BACKGROUND,
    ROW_ROLE,
    STATUS_COLUMN,
    cell_data,
    header_text,
)
from gusp_desktop.ui.tasks import TaskRunner

PAGE_SIZE = 200
MAX_CACHED_PAGES = 60  # 12 000 rows: far more than a screen, far less than the table
PLACEHOLDER = "…"

Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
# What QAbstractTableModel.flags() gives a cell, computed once (PySide6 flag arithmetic is
# Python enum arithmetic, and a paint asks for every visible cell's flags).
_CELL_FLAGS = (
    Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemNeverHasChildren
)
_EDITABLE_FLAGS = _CELL_FLAGS | Qt.ItemFlag.ItemIsEditable
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)

__all__ = ["COLUMNS", "OVERDUE_BACKGROUND", "ROW_ROLE", "STATUS_COLUMN", "ActionTableModel"]


class ActionTableModel(QAbstractTableModel):
    """Actions matching a query, paged from the database, sorted by SQL."""

    #: The first rows of a new query are shown (for "time to first rows" and for tests).
    loaded = Signal()
    #: How many actions match the query (after ``loaded``, once the COUNT answered).
    counted = Signal(int)
    #: The user picked a new status in the table: (row, new status). The page asks and saves.
    status_change_requested = Signal(object, object)
    #: A query failed (database gone…): the page shows the error.
    load_failed = Signal(object)

    def __init__(
        self, actions: ActionService, tasks: TaskRunner, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._actions = actions
        self._tasks = tasks
        self._query = ActionQuery()
        self._count = 0
        self._counted = False
        self._pages: OrderedDict[int, list[ActionRow]] = OrderedDict()
        self._pending: set[int] = set()
        self._wanted: set[int] = set()
        self._generation = 0
        self._recent_page = 0  # the page last moved to the end of ``_pages``
        self.editable = True
        #: How long the COUNT of a query that only changed its text waits (ms). While words
        #: are typed, each keystroke's COUNT would otherwise run beside the next keystroke's
        #: first page; it starts once the typing pauses. 0: at once (the page sets it).
        self.count_pause_ms = 0
        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.timeout.connect(self._on_count_timer_timeout)
        self._count_pause = False
        # Pages asked for while painting are fetched once painting is over, in one batch.
        self._fetch_timer = QTimer(self)
        self._fetch_timer.setSingleShot(True)
        self._fetch_timer.setInterval(0)
        self._fetch_timer.timeout.connect(self._on_fetch_timer_timeout)

    # -- query -----------------------------------------------------------------------------

    @property
    def query(self) -> ActionQuery:
        """The filters and order currently shown."""
        return self._query

    def set_query(self, query: ActionQuery) -> None:
        """Show the actions matching ``query``: first page, then the count, in the background."""
        query = dataclasses.replace(query, limit=None, offset=0)
        # A new order of the same rows keeps the count: one query instead of two per sort.
        same_rows = self._counted and _rows_of(query) == _rows_of(self._query)
        typed = query.text != self._query.text and _untyped(query) == _untyped(self._query)
        self._query = query
        self.reload(known_count=self._count if same_rows else None, typed=typed)

    def reload(self, known_count: int | None = None, typed: bool = False) -> None:
        """Read the first page again, dropping every cached page, then count if needed
        (``typed``: only the text changed, the COUNT waits for a pause in the typing)."""
        self._generation += 1
        self._count_timer.stop()
        self._count_pause = typed and self.count_pause_ms > 0
        generation, spec = self._generation, dataclasses.replace(self._query, limit=PAGE_SIZE)
        self._tasks.run(
            lambda: self._actions.list_actions(spec),
            lambda rows: self._on_first_loaded(generation, rows, known_count),
            self.load_failed.emit,
        )

    def _on_first_loaded(
        self, generation: int, rows: list[ActionRow], known_count: int | None
    ) -> None:
        if generation != self._generation:
            return  # a newer query replaced this one while it ran
        if len(rows) < PAGE_SIZE:
            known_count = len(rows)  # the first page holds every match: no COUNT needed
        self.beginResetModel()
        self._count = len(rows) if known_count is None else known_count
        self._counted = known_count is not None
        self._pages = OrderedDict({0: rows})
        self._recent_page = 0
        self._pending.clear()
        self._wanted.clear()
        self.endResetModel()
        self.loaded.emit()
        if self._counted:
            self.counted.emit(self._count)
            return
        # The rows are on screen already; the scroll bar grows when the COUNT answers.
        if self._count_pause:
            self._count_timer.start(self.count_pause_ms)  # a newer keystroke stops it
        else:
            self._start_count()

    def _on_count_timer_timeout(self) -> None:
        self._start_count()

    def _start_count(self) -> None:
        generation, query = self._generation, self._query
        self._tasks.run(
            lambda: self._actions.count_actions(query),
            lambda count: self._on_count_loaded(generation, count),
            self.load_failed.emit,
        )

    def _on_count_loaded(self, generation: int, count: int) -> None:
        if generation != self._generation:
            return
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self._counted = True
        self.counted.emit(count)

    def is_counted(self) -> bool:
        """Whether ``rowCount()`` is the exact number of matches (not the first page's size)."""
        return self._counted

    # -- paging ----------------------------------------------------------------------------

    def row_at(self, row: int) -> ActionRow | None:
        """The action at ``row`` if its page is loaded (never triggers a fetch)."""
        page = self._pages.get(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if page is not None and offset < len(page) else None

    def row_of(self, action_id: int) -> int | None:
        """Position of a loaded action, or None when it is not in a cached page."""
        for number, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == action_id:
                    return number * PAGE_SIZE + offset
        return None

    def _row(self, row: int) -> ActionRow | None:
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number)
        if page is None or offset >= len(page):
            self._want(number)
            return None
        if self._recent_page != number:  # most recently used last, once per page
            self._pages.move_to_end(number)
            self._recent_page = number
        return page[offset]

    def _want(self, page: int) -> None:
        if page not in self._pending:
            self._wanted.add(page)
            self._fetch_timer.start()

    def _on_fetch_timer_timeout(self) -> None:
        wanted, self._wanted = sorted(self._wanted), set()
        for page in wanted:
            self._fetch(page)

    def _fetch(self, page: int) -> None:
        self._pending.add(page)
        generation = self._generation
        spec = dataclasses.replace(self._query, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
        self._tasks.run(
            lambda: self._actions.list_actions(spec),
            lambda rows: self._on_page_loaded(generation, page, rows),
            self.load_failed.emit,
        )

    def _on_page_loaded(self, generation: int, page: int, rows: list[ActionRow]) -> None:
        if generation != self._generation:
            return
        self._pending.discard(page)
        self._pages[page] = rows
        self._pages.move_to_end(page)
        self._recent_page = page
        while len(self._pages) > MAX_CACHED_PAGES:
            self._pages.popitem(last=False)
        first = page * PAGE_SIZE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    def replace_row(self, updated: ActionRow) -> None:
        """Show a saved action in place (its position stays until the next reload)."""
        row = self.row_of(updated.id)
        if row is None:
            return
        partners = self._pages[row // PAGE_SIZE][row % PAGE_SIZE].partner_codes
        self._pages[row // PAGE_SIZE][row % PAGE_SIZE] = dataclasses.replace(
            updated, partner_codes=updated.partner_codes or partners
        )
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # -- Qt model interface ----------------------------------------------------------------

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            return PLACEHOLDER if role == _DISPLAY else None
        return cell_data(row, index.column(), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        if self.editable and index.column() == STATUS_COLUMN and self.row_at(index.row()):
            return _EDITABLE_FLAGS
        return _CELL_FLAGS

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """A status picked in the table is a request: nothing changes until it is saved."""
        row = self.row_at(index.row())
        if role != Qt.ItemDataRole.EditRole or index.column() != STATUS_COLUMN or row is None:
            return False
        status = ActionStatus(value)
        if status != row.status:
            self.status_change_requested.emit(row, status)
        return False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL: a new ORDER BY, never a sort of Python rows (some columns do not sort)."""
        if not COLUMNS[column].sort_key:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        query = dataclasses.replace(
            self._query, sort_key=COLUMNS[column].sort_key, descending=descending
        )
        if self._generation == 0:
            self._query = query  # nothing shown yet: the first load will use this order
        elif query != self._query:
            self.set_query(query)


def _untyped(query: ActionQuery) -> ActionQuery:
    """A query without its text: equal for two queries that differ only by what is typed."""
    return dataclasses.replace(query, text="")


def _rows_of(query: ActionQuery) -> ActionQuery:
    """The part of a query that decides which rows match (its order left out)."""
    return dataclasses.replace(query, sort_key="number", descending=False)
