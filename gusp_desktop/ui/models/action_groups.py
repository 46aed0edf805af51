"""The plan d'actions grouped by pilot, quartier or theme: one branch per group, read lazily.

A comité goes through the plan pilot by pilot (« où en est le bailleur ? »). The groups and
their sizes come first (one small query); a group's actions are read from SQL only when it
is expanded, 200 at a time as the user scrolls, with the same filters and order as the flat
table. Nothing is ever loaded for a group nobody opens, so 100 000 actions stay light.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from gusp_desktop.domain.actions import ActionQuery, ActionRow
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.models.action_columns import COLUMNS, ROW_ROLE, cell_data, header_text
from gusp_desktop.ui.tasks import TaskRunner

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
_GROUP = 0  # internal id of a group's index; a child's is its group's row + 1


@dataclass(frozen=True)
class ActionGroup:
    """One branch: its label, how many actions it holds and the query that reads them."""

    label: str
    count: int
    query: ActionQuery


@dataclass
class _Branch:
    group: ActionGroup
    rows: list[ActionRow] = dataclasses.field(default_factory=list)
    loading: bool = False


ListRows = Callable[[ActionQuery], Sequence[ActionRow]]


class ActionGroupModel(QAbstractItemModel):
    """Groups at the top, their actions below, fetched when a group is expanded."""

    def __init__(self, list_rows: ListRows, tasks: TaskRunner, parent: QObject | None = None):
        super().__init__(parent)
        self._list_rows, self._tasks = list_rows, tasks
        self._branches: list[_Branch] = []
        self._generation = 0

    def set_groups(self, groups: Sequence[ActionGroup]) -> None:
        """Show these groups, collapsed and empty until expanded."""
        self._generation += 1
        self.beginResetModel()
        self._branches = [_Branch(g) for g in groups]
        self.endResetModel()

    def groups(self) -> list[ActionGroup]:
        """The groups shown."""
        return [b.group for b in self._branches]

    def row_at(self, index: Index) -> ActionRow | None:
        """The action of a child index (None for a group or a row still loading)."""
        if not index.isValid() or index.internalId() == _GROUP:
            return None
        branch = self._branches[index.internalId() - 1]
        return branch.rows[index.row()] if index.row() < len(branch.rows) else None

    def index_of(self, action_id: int) -> QModelIndex:
        """Where a loaded action is (invalid when its group was never expanded)."""
        for number, branch in enumerate(self._branches):
            for row, action in enumerate(branch.rows):
                if action.id == action_id:
                    return self.createIndex(row, 0, number + 1)
        return QModelIndex()

    def replace_row(self, updated: ActionRow) -> None:
        """Show a saved action in place."""
        index = self.index_of(updated.id)
        if index.isValid():
            branch = self._branches[index.internalId() - 1]
            branch.rows[index.row()] = updated
            last = self.createIndex(index.row(), len(COLUMNS) - 1, index.internalId())
            self.dataChanged.emit(index, last)

    # -- tree structure --------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = _NO_INDEX) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: Index = _NO_INDEX) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: Index = _NO_INDEX) -> int:
        if not parent.isValid():
            return len(self._branches)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._branches[parent.row()].rows)
        return 0

    def columnCount(self, parent: Index = _NO_INDEX) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: Index = _NO_INDEX) -> bool:
        if not parent.isValid():
            return bool(self._branches)
        return parent.internalId() == _GROUP and self._branches[parent.row()].group.count > 0

    # -- lazy loading ----------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:
        if not parent.isValid() or parent.internalId() != _GROUP:
            return False
        branch = self._branches[parent.row()]
        return not branch.loading and len(branch.rows) < branch.group.count

    def fetchMore(self, parent: Index) -> None:
        if not self.canFetchMore(parent):
            return
        number, generation = parent.row(), self._generation
        branch = self._branches[number]
        branch.loading = True
        spec = dataclasses.replace(branch.group.query, offset=len(branch.rows), limit=PAGE_SIZE)
        list_rows = self._list_rows
        self._tasks.run(
            lambda: list_rows(spec),
            lambda rows: self._on_rows_loaded(generation, number, rows),
            lambda _error: self._on_rows_failed(generation, number),
        )

    def _on_rows_loaded(self, generation: int, number: int, rows: Sequence[ActionRow]) -> None:
        if generation != self._generation:
            return
        branch = self._branches[number]
        branch.loading = False
        if not rows:
            branch.group = dataclasses.replace(branch.group, count=len(branch.rows))
            return
        parent = self.createIndex(number, 0, _GROUP)
        first = len(branch.rows)
        self.beginInsertRows(parent, first, first + len(rows) - 1)
        branch.rows.extend(rows)
        self.endInsertRows()

    def _on_rows_failed(self, generation: int, number: int) -> None:
        if generation == self._generation:
            self._branches[number].loading = False

    # -- data ------------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return header_text(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _GROUP:
            return self._group_data(self._branches[index.row()].group, index.column(), role)
        row = self.row_at(index)
        return None if row is None else cell_data(row, index.column(), role)

    def _group_data(self, group: ActionGroup, column: int, role: int) -> Any:
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{tr_label(group)} ({group.count})"
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == ROW_ROLE:
            return None
        return None
