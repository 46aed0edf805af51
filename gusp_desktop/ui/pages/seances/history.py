"""The « Historique » tab: what happened to the séance, who did it and when.

Read from the audit trail by the service: every status change (with the statuses before and
after), date changes, cancellation with its reason, review rounds, validation, signatures.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.meetings import SeanceEvent
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.i18n import clock_time, short_date
from gusp_desktop.ui.labels import tr_label

COL_WHEN, COL_WHO, COL_WHAT, COL_DETAIL = range(4)


class HistoryPanel(PagePart):
    """The séance's history, oldest first, loaded each time the séance is shown."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.seance_id = 0
        self.event_tree = QTreeWidget()
        self.event_tree.setRootIsDecorated(False)
        self.event_tree.setHeaderLabels(
            [self.tr("Date"), self.tr("Par"), self.tr("Événement"), self.tr("Détail")]
        )
        header = self.event_tree.header()
        for column in (COL_WHEN, COL_WHO, COL_WHAT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.empty_label = QLabel(self.tr("Aucun événement enregistré."))
        layout = QVBoxLayout(self)
        layout.addWidget(self.event_tree, 1)
        layout.addWidget(self.empty_label)

    def load(self, seance_id: int) -> None:
        """Read the séance's history (in the background)."""
        self.seance_id = seance_id
        meetings = self._services.meetings
        self._tasks.run(
            lambda: meetings.history(seance_id),
            lambda events: self.show_events(seance_id, events),
            lambda error: self._prompts.show_error(self, error),
        )

    def show_events(self, seance_id: int, events: Sequence[SeanceEvent]) -> None:
        """One row per event; a late answer for another séance is dropped."""
        if seance_id != self.seance_id:
            return
        self.event_tree.clear()
        for event in events:
            local = event.at.astimezone(PARIS)
            when = f"{short_date(local.date())} {clock_time(local)}"
            columns = [when, event.author, event_label(event), event.detail]
            item = QTreeWidgetItem(self.event_tree, columns)
            item.setToolTip(COL_DETAIL, event.detail)
        self.empty_label.setVisible(not events)

    def labels(self) -> list[str]:
        """The « Événement » column, top to bottom."""
        items = [
            self.event_tree.topLevelItem(r) for r in range(self.event_tree.topLevelItemCount())
        ]
        return [item.text(COL_WHAT) for item in items if item is not None]


def event_label(event: SeanceEvent) -> str:
    """« Planifiée → Convoquée » in the window's language; other events as far as known."""
    if event.before_status is not None and event.after_status is not None:
        return f"{tr_label(event.before_status)} → {tr_label(event.after_status)}"
    return tr_label(event.label)
