"""The dashboard's signalements box: open and overdue signalements per organisation.

A line opens the Signalements page on that organisation's open signalements; its reference
is stored where the dashboard keeps every line's (the first column's user role).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from gusp_desktop.ui.widgets.empty_hint import show_when_empty

if TYPE_CHECKING:  # the dashboard is painted empty before the signalements' rules are read
    from gusp_desktop.domain.signalement_rules import DelayStats

#: The kind the Signalements page opens as « the open signalements of this organisation ».
ORGANISATION_FILTER = "signalement_organisation"
REF_ROLE = Qt.ItemDataRole.UserRole


def signalements_tree(make: Callable[[list[str], int], QTreeWidget]) -> QTreeWidget:
    """The list, built like the dashboard's others (``make(headers, stretched column)``)."""
    headers = [
        QCoreApplication.translate("SignalementSummary", "Organisation"),
        QCoreApplication.translate("SignalementSummary", "Ouverts"),
        QCoreApplication.translate("SignalementSummary", "En retard"),
        QCoreApplication.translate("SignalementSummary", "Délai moyen (j)"),
    ]
    tree = make(headers, 0)
    show_when_empty(
        tree, QCoreApplication.translate("SignalementSummary", "Aucun signalement ouvert.")
    )
    return tree


def fill_signalements(tree: QTreeWidget, rows: Sequence[tuple[int | None, DelayStats]]) -> None:
    """One line per organisation with open signalements, the most overdue first."""
    tree.clear()
    shown = [(org, s) for org, s in rows if s.open]
    shown.sort(key=lambda pair: (-pair[1].overdue, -pair[1].open, pair[1].organisation_code))
    for organisation_id, stats in shown:
        mean = "—" if stats.mean_days is None else f"{stats.mean_days:.1f}".replace(".", ",")
        label = (
            stats.organisation_code
            if organisation_id
            else QCoreApplication.translate("SignalementSummary", "À orienter")
        )
        item = QTreeWidgetItem([label, str(stats.open), str(stats.overdue), mean])
        if organisation_id:
            item.setData(0, REF_ROLE, (ORGANISATION_FILTER, organisation_id))
        for column in (1, 2, 3):
            item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight)
        tree.addTopLevelItem(item)


def shown_counts(tree: QTreeWidget) -> dict[str, tuple[int, int]]:
    """(open, overdue) per organisation as shown (tests and screen readers)."""
    found: dict[str, tuple[int, int]] = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None:
            found[item.text(0)] = (int(item.text(1)), int(item.text(2)))
    return found
