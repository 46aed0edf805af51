"""The list of séances: search, filters (instance, status, year), upcoming séances first.

Séances to come are listed first, soonest at the top, then the past ones, most recent first:
what a coordinator opens most is the next meeting and the last one. The list is rebuilt from
the loaded summaries at every keystroke (a territory holds a few hundred séances at most) and
keeps the selected séance selected; it never selects another one behind the user's back.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.instances import InstanceDTO
from gusp_desktop.domain.meetings import SeanceSummary
from gusp_desktop.domain.text import search_key
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.i18n import clock_time, short_date
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.models.action_columns import RESTRICTED_BACKGROUND
from gusp_desktop.ui.widgets.empty_hint import show_when_empty

ID_ROLE = Qt.ItemDataRole.UserRole
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
_STATUS_PADDING = 16  # the cell's margins around its text
COL_SEANCE, COL_DATE, COL_STATUS = range(3)


@dataclass(frozen=True)
class SeanceFilter:
    """What the user asked to see; None or empty means « all »."""

    text: str = ""
    instance_id: int | None = None
    status: SeanceStatus | None = None
    year: int | None = None

    def matches(self, seance: SeanceSummary) -> bool:
        """Whether ``seance`` passes every filter (words match in any order, accents ignored)."""
        if self.instance_id is not None and seance.instance_id != self.instance_id:
            return False
        if self.status is not None and seance.status is not self.status:
            return False
        if self.year is not None and seance.local_date.year != self.year:
            return False
        haystack = search_key(
            f"{seance.instance_code} {seance.instance_name} n° {seance.number} {seance.place} "
            f"{short_date(seance.local_date)} {tr_label(seance.status)}"
        )
        return all(word in haystack for word in search_key(self.text).split())


def upcoming_first(
    seances: Sequence[SeanceSummary], today: dt.date
) -> tuple[list[SeanceSummary], list[SeanceSummary]]:
    """(to come, soonest first; past, most recent first); a séance today counts as to come."""
    upcoming = sorted((s for s in seances if s.local_date >= today), key=lambda s: s.starts_at)
    past = sorted(
        (s for s in seances if s.local_date < today), key=lambda s: s.starts_at, reverse=True
    )
    return upcoming, past


class SeanceListPanel(QWidget):
    """Search line, three filters and the séances they keep."""

    #: The user selected a séance (its id).
    seance_selected = Signal(int)
    #: Double-click or Entrée on a séance: edit it.
    edit_requested = Signal(int)
    #: Right click: (séance id or None, global position) for the page's context menu.
    menu_requested = Signal(object, QPoint)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._seances: list[SeanceSummary] = []
        self._today = dt.date.today()
        self._pressed_here = False  # a press reached the list since it was last shown
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("seance_search_edit")
        self.search_edit.setPlaceholderText(self.tr("Rechercher : instance, lieu, date, n°…"))
        self.search_edit.setClearButtonEnabled(True)
        self.instance_combo = QComboBox()
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("Tous les états"), None)
        for status in SeanceStatus:
            self.status_combo.addItem(tr_label(status), status.value)
        self.year_combo = QComboBox()
        # Instance names are long: the combos show their start, the list opened shows them
        # whole, so the list keeps room for the séance on a 1280 px wide window.
        for combo in (self.instance_combo, self.status_combo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
        self.tree = QTreeWidget()
        show_when_empty(
            self.tree,
            self.tr(
                "Aucune séance à afficher : « Nouvelle séance… » (Ctrl+N) pour en "
                "créer une, ou élargissez les filtres."
            ),
        )
        self.tree.setObjectName("seance_tree")
        # The place is long and mostly the instance's usual one: it shows as a tooltip.
        self.tree.setHeaderLabels([self.tr("Séance"), self.tr("Date"), self.tr("État")])
        self.tree.setRootIsDecorated(False)
        self.tree.setIndentation(12)  # two levels only: room for the status at 1280 pixels
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.viewport().installEventFilter(self)
        header = self.tree.header()
        for column in (COL_SEANCE, COL_DATE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        filters = QHBoxLayout()
        filters.addWidget(self.status_combo, 1)
        filters.addWidget(self.year_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search_edit)
        layout.addWidget(self.instance_combo)
        layout.addLayout(filters)
        layout.addWidget(self.tree, 1)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self._rebuild)
        for combo in (self.instance_combo, self.status_combo, self.year_combo):
            combo.currentIndexChanged.connect(self._rebuild)
        self.tree.currentItemChanged.connect(self._on_tree_currentItemChanged)
        # Double-click, not « activated »: some styles activate on a single click.
        self.tree.itemDoubleClicked.connect(self._on_tree_itemDoubleClicked)
        self.edit_action = QAction(self.tree)
        self.edit_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.edit_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.edit_action.triggered.connect(self._on_edit_action_triggered)
        self.tree.addAction(self.edit_action)
        self.tree.customContextMenuRequested.connect(self._on_tree_customContextMenuRequested)

    # -- data ----------------------------------------------------------------------------

    def set_data(
        self, instances: Sequence[InstanceDTO], seances: Sequence[SeanceSummary], today: dt.date
    ) -> None:
        """New list from the database; filters and selection are kept when still possible."""
        self._seances, self._today = list(seances), today
        self._fill_combo(
            self.instance_combo,
            self.tr("Toutes les instances"),
            [(f"{i.code} — {i.name}", i.id) for i in instances],
        )
        years = sorted({s.local_date.year for s in seances}, reverse=True)
        every_year = self.tr("Toutes les années")
        self._fill_combo(self.year_combo, every_year, [(str(y), y) for y in years])
        self._rebuild()

    def _fill_combo(
        self, combo: QComboBox, everything: str, entries: list[tuple[str, object]]
    ) -> None:
        kept = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, data in entries:
            combo.addItem(text, data)
        index = combo.findData(kept)
        combo.setCurrentIndex(index if index >= 0 else 0)
        combo.blockSignals(False)

    def current_filter(self) -> SeanceFilter:
        """The filter the widgets show."""
        status = self.status_combo.currentData()
        return SeanceFilter(
            text=self.search_edit.text(),
            instance_id=self.instance_combo.currentData(),
            status=SeanceStatus(status) if status else None,
            year=self.year_combo.currentData(),
        )

    def filtered_instance_id(self) -> int | None:
        """The instance chosen in the filter (a new séance is planned for it)."""
        value = self.instance_combo.currentData()
        return int(value) if value is not None else None

    def shown_ids(self) -> list[int]:
        """Séances listed, top to bottom (tests and keyboard users read them in this order)."""
        return [int(item.data(COL_SEANCE, ID_ROLE)) for item in self._rows()]

    def _rows(self) -> list[QTreeWidgetItem]:
        rows = []
        for group in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(group)
            if parent is not None:
                rows += [parent.child(r) for r in range(parent.childCount())]
        return [row for row in rows if row is not None]

    # -- building the tree ---------------------------------------------------------------

    def _rebuild(self) -> None:
        current = self.current_seance_id()
        wanted = self.current_filter()
        kept = [s for s in self._seances if wanted.matches(s)]
        upcoming, past = upcoming_first(kept, self._today)
        self.tree.blockSignals(True)
        self.tree.clear()
        for title, seances in ((self.tr("À venir"), upcoming), (self.tr("Passées"), past)):
            if seances:
                self._group(f"{title} ({len(seances)})", seances)
        self.tree.expandAll()
        self._fit_statuses()
        item = self.seance_item(current) if current is not None else None
        if item is not None:
            self.tree.setCurrentItem(item)
        self.tree.blockSignals(False)

    def _group(self, title: str, seances: list[SeanceSummary]) -> None:
        group = QTreeWidgetItem(self.tree, [title])
        font = QFont(group.font(COL_SEANCE))
        font.setBold(True)
        group.setFont(COL_SEANCE, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        group.setFirstColumnSpanned(True)
        for seance in seances:
            self._seance_row(group, seance)

    def _seance_row(self, group: QTreeWidgetItem, seance: SeanceSummary) -> QTreeWidgetItem:
        when = clock_time(seance.starts_at.astimezone(PARIS))
        name = self.tr("{code} n° {number}").format(code=seance.instance_code, number=seance.number)
        item = QTreeWidgetItem(group, [name, short_date(seance.local_date), ""])
        item.setData(COL_STATUS, STATUS_ROLE, seance.status.value)
        tip = f"{seance.instance_name}\n{when} — {seance.place or ''}".rstrip(" —")
        if seance.restricted:
            tip += "\n" + self.tr("Diffusion restreinte : réservée aux membres de l'instance")
        for column in (COL_SEANCE, COL_DATE, COL_STATUS):
            item.setToolTip(column, tip)
            if seance.restricted:
                item.setBackground(column, RESTRICTED_BACKGROUND)
        item.setData(COL_SEANCE, ID_ROLE, seance.id)
        return item

    def _short_status(self, status: SeanceStatus) -> str:
        """« CR » for « compte rendu », as the minutes' statuses are said at the table."""
        shorts = {
            SeanceStatus.CR_REDACTION: self.tr("CR en rédaction"),
            SeanceStatus.CR_RELECTURE: self.tr("CR en relecture"),
            SeanceStatus.CR_VALIDE: self.tr("CR validé"),
            SeanceStatus.CR_SIGNE: self.tr("CR signé"),
        }
        return shorts.get(status, tr_label(status))

    def _fit_statuses(self) -> None:
        """Whole statuses when the column has room for them, their short form otherwise
        (the 1280-pixel window), rather than « Compte rendu en rédac… »."""
        rows = self._rows()
        statuses = [SeanceStatus(r.data(COL_STATUS, STATUS_ROLE)) for r in rows]
        metrics = self.tree.fontMetrics()
        whole = [tr_label(s) for s in statuses]
        widest = max((metrics.horizontalAdvance(t) for t in whole), default=0)
        room = self.tree.header().sectionSize(COL_STATUS) - _STATUS_PADDING
        texts = whole if widest <= room else [self._short_status(s) for s in statuses]
        for row, text in zip(rows, texts, strict=True):
            if row.text(COL_STATUS) != text:
                row.setText(COL_STATUS, text)

    def seance_item(self, seance_id: int) -> QTreeWidgetItem | None:
        """The row of a séance, if the filters show it."""
        return next((r for r in self._rows() if r.data(COL_SEANCE, ID_ROLE) == seance_id), None)

    def select(self, seance_id: int) -> bool:
        """Select a séance's row, clearing the filters when they hide it."""
        if self.seance_item(seance_id) is None and seance_id in {s.id for s in self._seances}:
            self.clear_filters()
        item = self.seance_item(seance_id)
        if item is None:
            return False
        if self.tree.currentItem() is item:
            self.seance_selected.emit(seance_id)
        else:
            self.tree.setCurrentItem(item)
        return True

    def clear_filters(self) -> None:
        """Show every séance."""
        for widget in (self.search_edit, self.instance_combo, self.status_combo, self.year_combo):
            widget.blockSignals(True)
        self.search_edit.clear()
        for combo in (self.instance_combo, self.status_combo, self.year_combo):
            combo.setCurrentIndex(0)
        for widget in (self.search_edit, self.instance_combo, self.status_combo, self.year_combo):
            widget.blockSignals(False)
        self._rebuild()

    def set_status(self, seance_id: int, status: SeanceStatus) -> None:
        """Follow a status change made in the séance view."""
        item = self.seance_item(seance_id)
        if item is not None:
            item.setText(COL_STATUS, tr_label(status))

    def current_seance_id(self) -> int | None:
        """The selected séance."""
        item = self.tree.currentItem()
        value = item.data(COL_SEANCE, ID_ROLE) if item is not None else None
        return int(value) if value is not None else None

    # -- signals -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ignore the second half of a double-click that began on another page; fit the
        statuses to the list's new width.

        When the first click of a double-click elsewhere opens a séance, this page comes up
        under the mouse and the system delivers the second click here, where it would select
        whichever séance happens to be under the cursor. A genuine double-click on the list
        always starts with a press the list received since it was shown.
        """
        if watched is self.tree.viewport():
            kind = event.type()
            if kind == QEvent.Type.Show:
                self._pressed_here = False  # the page just came up, maybe under the mouse
            elif kind == QEvent.Type.MouseButtonPress:
                self._pressed_here = True
            elif kind == QEvent.Type.Resize:
                # The stretched « État » column follows once the header has laid out.
                QTimer.singleShot(0, self, self._fit_statuses)
            elif kind == QEvent.Type.MouseButtonDblClick and not self._pressed_here:
                return True
        return super().eventFilter(watched, event)

    def _on_tree_currentItemChanged(self, *_args: object) -> None:
        seance_id = self.current_seance_id()
        if seance_id is not None:
            self.seance_selected.emit(seance_id)

    def _on_tree_itemDoubleClicked(self, item: QTreeWidgetItem, _column: int) -> None:
        value = item.data(COL_SEANCE, ID_ROLE)
        if value is not None:
            self.edit_requested.emit(int(value))

    def _on_edit_action_triggered(self) -> None:
        seance_id = self.current_seance_id()
        if seance_id is not None:
            self.edit_requested.emit(seance_id)

    def _on_tree_customContextMenuRequested(self, position: QPoint) -> None:
        item = self.tree.itemAt(position)
        value = item.data(COL_SEANCE, ID_ROLE) if item is not None else None
        if item is not None and value is not None and item is not self.tree.currentItem():
            self.tree.setCurrentItem(item)  # the menu acts on the séance under the cursor
        self.menu_requested.emit(value, self.tree.viewport().mapToGlobal(position))
