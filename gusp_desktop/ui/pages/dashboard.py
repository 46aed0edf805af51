"""Tableau de bord: what needs the coordinator's attention today, each entry a way in.

Upcoming séances, overdue actions by pilot organisation, actions due within 30 days, and the
plan's counts by status and by theme. Everything is read in one background task.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.domain.redaction import RESTRICTED_PLACEHOLDER
from gusp_desktop.domain.rules import CLOSED_ACTION_STATUSES
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP, clock_time, long_date, short_date
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.pages import touches
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.widgets.charts import CountBarChart
from gusp_desktop.ui.widgets.constat_summary import constats_tree, fill_constats
from gusp_desktop.ui.widgets.empty_hint import EmptyHint, show_when_empty
from gusp_desktop.ui.widgets.signalement_summary import fill_signalements, signalements_tree

if TYPE_CHECKING:  # what the rows are made of: painting the empty page needs none of it
    from gusp_desktop.domain.actions import ActionRow
    from gusp_desktop.domain.changes import ChangeSet
    from gusp_desktop.domain.field_work import ConstatRow
    from gusp_desktop.domain.meetings import SeanceSummary
    from gusp_desktop.domain.signalement_rules import DelayStats
    from gusp_desktop.services.registry import Services

UPCOMING_DAYS = 60
DUE_SOON_DAYS = 30
LIST_LIMIT = 300  # a dashboard lists what one can read; the plan shows the rest
# The nearest deadlines shown; past them a last line « … et N autres » opens the plan on the
# period. At 100 000 actions thousands fall within it: listed whole, the window stalled.
DUE_SOON_SHOWN = 50
Counted = TypeVar("Counted", ActionStatus, Theme)
# As the plan's filter bar says « open » (its module, with its widgets, loads with the plan).
OPEN_STATUSES = tuple(s for s in ActionStatus if s not in CLOSED_ACTION_STATUSES)
MORE_DUE_SOON = ("due_soon", 0)  # what the last line opens: the plan on the period
REF_ROLE = Qt.ItemDataRole.UserRole
SHOWN_ENTITIES = (
    "action",
    "seance",
    "organisation",
    "instance",
    "quartier",
    "site",
    "signalement",
    "constat",
)


@dataclasses.dataclass(frozen=True)
class DashboardData:
    """Everything the dashboard shows, read in one go."""

    today: dt.date
    seances: Sequence[SeanceSummary]
    overdue: Sequence[ActionRow]
    overdue_total: int
    due_soon: Sequence[ActionRow]
    by_status: Sequence[tuple[ActionStatus, int]]
    by_theme: Sequence[tuple[Theme, int]]
    #: Signalements per organisation: (organisation id, counts and délais).
    signalements: Sequence[tuple[int | None, DelayStats]] = ()
    #: Constats still to qualify (turn into an action, deal with, close).
    constats: Sequence[ConstatRow] = ()
    #: Séances of restricted instances the user may not read fall in the period: the count
    #: says something is left out (never how much).
    seances_hidden: bool = False
    #: Every action due in the period, of which ``due_soon`` holds the nearest.
    due_soon_total: int = 0


def overdue_query() -> ActionQuery:
    """Late actions, grouped by pilot when sorted this way."""
    return ActionQuery(overdue_only=True, sort_key="pilot")


def due_soon_query(today: dt.date) -> ActionQuery:
    """Open actions whose deadline falls within the next 30 days."""
    return ActionQuery(
        statuses=OPEN_STATUSES,
        deadline_from=today,
        deadline_to=today + dt.timedelta(days=DUE_SOON_DAYS),
        sort_key="deadline",
    )


def load_dashboard(services: Services) -> DashboardData:
    """Read the dashboard (runs in a worker thread: no widget here).

    Everything is read by the read-only ``lists`` service, over the database's tables through
    a connection: the window's first page is filled before the model is imported and mapped
    (the idle preload does that afterwards), with what the services' own calls would show.
    """
    from gusp_desktop.domain.field_work import ConstatQuery, ConstatStatus

    today = services.context.today()
    lists = services.lists
    until = today + dt.timedelta(days=UPCOMING_DAYS)
    return DashboardData(
        today=today,
        seances=lists.seances(from_date=today, to_date=until),
        overdue=lists.actions(dataclasses.replace(overdue_query(), limit=LIST_LIMIT)),
        overdue_total=lists.count_actions(overdue_query()),
        due_soon=lists.actions(dataclasses.replace(due_soon_query(today), limit=DUE_SOON_SHOWN)),
        due_soon_total=lists.count_actions(due_soon_query(today)),
        by_status=_every_count(lists.count_action_groups(ActionQuery(), "status"), ActionStatus),
        by_theme=_every_count(lists.count_action_groups(ActionQuery(), "theme"), Theme),
        signalements=lists.signalements_by_organisation(),
        constats=lists.constats(ConstatQuery(status=ConstatStatus.A_QUALIFIER)),
        seances_hidden=lists.hides_restricted(today, until),
    )


def _every_count(
    groups: Sequence[tuple[str, str, int]], vocabulary: type[Counted]
) -> list[tuple[Counted, int]]:
    """Each member of ``vocabulary`` in its order with its count, 0 when no action has it (the
    chart shows every bar): one GROUP BY instead of a COUNT per member."""
    counts = {code: count for code, _label, count in groups}
    return [(member, counts.get(member.value, 0)) for member in vocabulary]


class DashboardPage(Page):
    """The first page: today's agenda of the GUSP coordination.

    Every entry opens what it shows (``open_requested``: ("seance", id) or ("action", id)).
    """

    key = "dashboard"
    title = QT_TRANSLATE_NOOP("Pages", "Tableau de bord")
    shortcut = "Ctrl+1"

    #: Open the plan d'actions filtered by an :class:`ActionQuery`.
    filter_requested = Signal(object)
    #: Everything is shown (start-up measures and tests wait for it).
    loaded = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.data: DashboardData | None = None
        # Until the first read: the window may be painted before its database is open.
        self.summary_label = QLabel(self.tr("Chargement du tableau de bord…"))
        self.seances_tree = self._tree([self.tr("Date"), self.tr("Instance"), self.tr("Lieu")], 1)
        # Places can be long (« Départ : parvis de la mairie annexe »): in a third of the screen
        # they are read in the line's tooltip, so the instance keeps its room.
        self.seances_tree.setColumnHidden(2, True)
        self.overdue_tree = self._tree([self.tr("Action"), self.tr("Échéance"), self.tr("État")], 0)
        self.due_soon_tree = self._tree(
            [self.tr("Échéance"), self.tr("Action"), self.tr("Pilote"), self.tr("État")], 1
        )
        for tree, hint in (
            (self.seances_tree, self.tr("Aucune séance prévue dans les {days} jours.")),
            (self.overdue_tree, self.tr("Aucune action en retard.")),
            (self.due_soon_tree, self.tr("Aucune échéance dans les {days} jours.")),
        ):
            days = UPCOMING_DAYS if tree is self.seances_tree else DUE_SOON_DAYS
            show_when_empty(tree, hint.format(days=days))
        self.signalements_tree = signalements_tree(self._tree)
        self.constats_tree = constats_tree(self._tree)
        self.status_chart = CountBarChart()
        self.theme_chart = CountBarChart()
        self.overdue_button = QPushButton(self.tr("Voir toutes les actions en retard"))
        self.due_soon_button = QPushButton(self.tr("Voir toutes ces échéances"))
        for button in (self.overdue_button, self.due_soon_button):  # until the first read
            button.setEnabled(False)
        self._clicked: tuple[str, int] | None = None
        self._click_timer = QTimer(self)
        self._click_timer.setSingleShot(True)
        self._build_layout()
        self._connect()
        self._empty_hints = self._loading_hints()

    def _trees(self) -> tuple[QTreeWidget, ...]:
        return (
            self.seances_tree,
            self.overdue_tree,
            self.due_soon_tree,
            self.signalements_tree,
            self.constats_tree,
        )

    def _loading_hints(self) -> list[tuple[EmptyHint, str]]:
        """Each list says « Chargement… » until the first read, then what its emptiness means.

        The window may be painted before its database is even open: « Aucune action en
        retard » would then be a claim nobody checked.
        """
        hints = []
        for tree in self._trees():
            hint = tree.findChild(EmptyHint)
            if hint is not None:
                hints.append((hint, hint.label.text()))
                hint.set_text(self.tr("Chargement…"))
        return hints

    def _tree(self, headers: list[str], stretched: int) -> QTreeWidget:
        """A list whose ``stretched`` column takes the room left, elided with a tooltip.

        The other columns fit their contents, so dates, places and states are never pushed
        off the box at 1366 px; the long titles are shortened instead.
        """
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setAlternatingRowColors(True)
        tree.setMinimumHeight(110)
        tree.setUniformRowHeights(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = tree.header()
        header.setStretchLastSection(False)
        for column in range(len(headers)):
            mode = QHeaderView.ResizeMode.ResizeToContents
            if column == stretched:
                mode = QHeaderView.ResizeMode.Stretch
            header.setSectionResizeMode(column, mode)
        return tree

    def _box(self, title: str, *widgets: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        for widget in widgets:
            layout.addWidget(widget)
        return box

    def _build_layout(self) -> None:
        grid_widget = QWidget()
        grid = QGridLayout(grid_widget)
        # Three columns, two rows: the whole dashboard fits a 1366 × 768 screen unscrolled.
        grid.addWidget(self.summary_label, 0, 0, 1, 3)
        upcoming = self.tr("Prochaines séances ({days} jours)").format(days=UPCOMING_DAYS)
        due = self.tr("Échéances des {days} prochains jours").format(days=DUE_SOON_DAYS)
        grid.addWidget(self._box(upcoming, self.seances_tree), 1, 0)
        overdue = self.tr("Actions en retard par pilote")
        grid.addWidget(self._box(overdue, self.overdue_tree, self.overdue_button), 1, 1)
        grid.addWidget(self._box(due, self.due_soon_tree, self.due_soon_button), 1, 2)
        grid.addWidget(self._box(self.tr("Actions par état"), self.status_chart), 2, 0)
        grid.addWidget(self._box(self.tr("Actions par thème"), self.theme_chart), 2, 1)
        field = QWidget()
        stacked = QVBoxLayout(field)
        stacked.setContentsMargins(0, 0, 0, 0)
        signalements = self.tr("Signalements ouverts et en retard par organisation")
        stacked.addWidget(self._box(signalements, self.signalements_tree))
        stacked.addWidget(self._box(self.tr("Constats à qualifier"), self.constats_tree))
        grid.addWidget(field, 2, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def _connect(self) -> None:
        for tree in self._trees():
            tree.itemClicked.connect(self._on_tree_item_clicked)
            tree.itemActivated.connect(self._on_tree_item_activated)
        self._click_timer.timeout.connect(self._on_click_timer_timeout)
        self.status_chart.bar_clicked.connect(self._on_status_chart_bar_clicked)
        self.theme_chart.bar_clicked.connect(self._on_theme_chart_bar_clicked)
        self.overdue_button.clicked.connect(self._on_overdue_button_clicked)
        self.due_soon_button.clicked.connect(self._on_due_soon_button_clicked)

    # -- page contract ---------------------------------------------------------------------

    def refresh(self) -> None:
        """Read everything again in the background."""
        self._tasks.run(
            lambda: load_dashboard(self._services),
            self._show,
            lambda error: self._prompts.show_error(self, error),
        )

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Any change to actions or séances can move a dashboard entry."""
        if touches(changes, *SHOWN_ENTITIES):
            self.refresh()

    # -- filling ---------------------------------------------------------------------------

    def _show(self, data: DashboardData) -> None:
        self.data = data
        for hint, empty_text in self._empty_hints:  # « Chargement… » no more
            hint.set_text(empty_text)
        late = self.tr("%n action(s) en retard", "", data.overdue_total)
        soon = self.tr("%n séance(s) à venir", "", len(data.seances))
        if data.seances_hidden:
            hidden = self.tr("+ séances restreintes non affichées : {placeholder}")
            soon += f" ({hidden.format(placeholder=RESTRICTED_PLACEHOLDER)})"
        today = self.tr("Aujourd'hui : {date}").format(date=long_date(data.today))
        self.summary_label.setText(f"{today}. {late}, {soon}.")
        self._fill_seances(data.seances)
        self._fill_overdue(data.overdue, data.overdue_total)
        self._fill_due_soon(data.due_soon, data.due_soon_total)
        self.status_chart.set_counts([(tr_label(s), n) for s, n in data.by_status])
        self.theme_chart.set_counts([(tr_label(t), n) for t, n in data.by_theme])
        fill_signalements(self.signalements_tree, data.signalements)
        fill_constats(self.constats_tree, data.constats)
        self.loaded.emit()

    def _fill_seances(self, seances: Sequence[SeanceSummary]) -> None:
        self.seances_tree.clear()
        for seance in seances:
            local = seance.starts_at.astimezone(PARIS)
            when = self.tr("{date} à {time}").format(
                date=long_date(seance.local_date), time=clock_time(local)
            )
            instance = f"{seance.instance_code} n° {seance.number} — {seance.instance_name}"
            item = QTreeWidgetItem([when, instance, seance.place])
            tip = f"{instance}\n{seance.place}\n{tr_label(seance.status)}"
            for column in range(3):
                item.setToolTip(column, tip)
            item.setData(0, REF_ROLE, ("seance", seance.id))
            self.seances_tree.addTopLevelItem(item)

    def _fill_overdue(self, overdue: Sequence[ActionRow], total: int) -> None:
        self.overdue_tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        for row in overdue:  # grouped apart, then added in one call (see _fill_due_soon)
            group = groups.get(row.pilot_organisation_code)
            if group is None:
                group = QTreeWidgetItem([_pilot_label(row)])
                groups[row.pilot_organisation_code] = group
            child = QTreeWidgetItem(
                [f"{row.number} — {row.title}", short_date(row.deadline), tr_label(row.status)]
            )
            child.setData(0, REF_ROLE, ("action", row.id))
            child.setToolTip(0, child.text(0))
            group.addChild(child)
        for group in groups.values():
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
        self.overdue_tree.addTopLevelItems(list(groups.values()))
        for group in groups.values():
            group.setFirstColumnSpanned(True)
        self.overdue_tree.expandAll()
        self.overdue_button.setEnabled(total > 0)

    def _fill_due_soon(self, rows: Sequence[ActionRow], total: int) -> None:
        """The nearest deadlines, then « … et N autres » when the period holds more.

        The lines are added in one call: one by one, each insertion re-measured the columns.
        """
        self.due_soon_tree.clear()
        items = []
        for row in rows:
            item = QTreeWidgetItem(
                [
                    short_date(row.deadline),
                    f"{row.number} — {row.title}",
                    row.pilot_organisation_code,
                    tr_label(row.status),
                ]
            )
            item.setData(0, REF_ROLE, ("action", row.id))
            item.setToolTip(1, item.text(1))
            items.append(item)
        others = total - len(rows)
        if others > 0:
            more = QTreeWidgetItem(
                ["", self.tr("… et %n autre(s) : voir le plan", "", others), "", ""]
            )
            more.setData(0, REF_ROLE, MORE_DUE_SOON)
            more.setToolTip(1, self.tr("Ouvrir le plan d'actions sur ces échéances"))
            items.append(more)
        self.due_soon_tree.addTopLevelItems(items)
        self.due_soon_button.setEnabled(bool(rows))

    def due_soon_more(self) -> QTreeWidgetItem | None:
        """The « … et N autres » line, when the period holds more than is listed."""
        count = self.due_soon_tree.topLevelItemCount()
        last = self.due_soon_tree.topLevelItem(count - 1) if count else None
        return last if last is not None and _entry(last) == MORE_DUE_SOON else None

    def overdue_actions(self) -> dict[str, list[str]]:
        """Overdue action numbers by pilot code, as shown (for tests and screen readers)."""
        shown: dict[str, list[str]] = {}
        for i in range(self.overdue_tree.topLevelItemCount()):
            group = self.overdue_tree.topLevelItem(i)
            assert group is not None
            code = group.text(0).split(" — ", 1)[0]
            children = [group.child(j) for j in range(group.childCount())]
            shown[code] = [c.text(0).split(" — ", 1)[0] for c in children if c is not None]
        return shown

    # -- slots -----------------------------------------------------------------------------

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        """Open the entry clicked once the double-click interval is over.

        Opening shows another page under the mouse: done at once, the second click of a
        double-click would land on that page and select whatever is under the cursor there.
        Waiting keeps both clicks on this entry, which then opens once.
        """
        ref = _entry(item)
        if ref is not None:
            self._clicked = ref
            self._click_timer.start(QApplication.doubleClickInterval())

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_activated(self, item: QTreeWidgetItem, _column: int) -> None:
        """Entrée opens the entry at once; a double-click's activation joins its pending click."""
        ref = _entry(item)
        if ref is None:
            return
        if self._click_timer.isActive():
            self._clicked = ref
        else:
            self._open(ref)

    @Slot()
    def _on_click_timer_timeout(self) -> None:
        ref, self._clicked = self._clicked, None
        if ref is not None:
            self._open(ref)

    def _open(self, ref: tuple[str, int]) -> None:
        """Open an entry; the « … et N autres » line opens the plan on the period."""
        if ref == MORE_DUE_SOON:
            self._on_due_soon_button_clicked()
        else:
            self.open_requested.emit(*ref)

    @Slot(int)
    def _on_status_chart_bar_clicked(self, index: int) -> None:
        if self.data is not None:
            status = self.data.by_status[index][0]
            self.filter_requested.emit(ActionQuery(statuses=(status,)))

    @Slot(int)
    def _on_theme_chart_bar_clicked(self, index: int) -> None:
        if self.data is not None:
            theme = self.data.by_theme[index][0]
            self.filter_requested.emit(ActionQuery(themes=(theme,)))

    @Slot()
    def _on_overdue_button_clicked(self) -> None:
        self.filter_requested.emit(overdue_query())

    @Slot()
    def _on_due_soon_button_clicked(self) -> None:
        if self.data is not None:
            self.filter_requested.emit(due_soon_query(self.data.today))


def _entry(item: QTreeWidgetItem) -> tuple[str, int] | None:
    """What a dashboard line opens: ("seance", id) or ("action", id); None for a group line."""
    ref = item.data(0, REF_ROLE)
    if isinstance(ref, tuple | list) and len(ref) == 2:
        return str(ref[0]), int(ref[1])
    return None


def _pilot_label(row: ActionRow) -> str:
    return f"{row.pilot_organisation_code} — {row.pilot_organisation_name}"
