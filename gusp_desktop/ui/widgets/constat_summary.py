"""The dashboard's field-work box: constats still « à qualifier », walk by walk.

A walk leaves constats to turn into actions, deal with directly or close; until then they wait
here. A line opens the walk's séance, where the « Terrain » tab qualifies them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from datetime import date as dt_date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from gusp_desktop.ui.i18n import short_date
from gusp_desktop.ui.widgets.empty_hint import show_when_empty

if TYPE_CHECKING:  # the dashboard is painted empty before the field work's vocabulary is read
    from gusp_desktop.domain.field_work import ConstatRow

REF_ROLE = Qt.ItemDataRole.UserRole


def constats_tree(make: Callable[[list[str], int], QTreeWidget]) -> QTreeWidget:
    """The list, built like the dashboard's others (``make(headers, stretched column)``)."""
    tree = make(
        [
            QCoreApplication.translate("ConstatSummary", "Marche"),
            QCoreApplication.translate("ConstatSummary", "Dernier constat"),
            QCoreApplication.translate("ConstatSummary", "À qualifier"),
        ],
        0,
    )
    show_when_empty(
        tree, QCoreApplication.translate("ConstatSummary", "Aucun constat à qualifier.")
    )
    return tree


def waiting_by_walk(rows: Sequence[ConstatRow]) -> list[tuple[int | None, str, dt_date, int]]:
    """(séance id, quartier, last day, count) of the constats à qualifier, most first."""
    from gusp_desktop.domain.field_work import ConstatStatus

    waiting = [r for r in rows if r.status is ConstatStatus.A_QUALIFIER]
    counts = Counter((r.seance_id, r.quartier_code) for r in waiting)
    last: dict[tuple[int | None, str], dt_date] = {}
    for row in waiting:
        key = (row.seance_id, row.quartier_code)
        last[key] = max(last.get(key, row.observed_on), row.observed_on)
    ordered = sorted(counts.items(), key=lambda pair: (-pair[1], pair[0][1]))
    return [(seance, quartier, last[(seance, quartier)], n) for (seance, quartier), n in ordered]


def fill_constats(tree: QTreeWidget, rows: Sequence[ConstatRow]) -> None:
    """One line per walk (or « hors marche » per quartier) with constats to qualify."""
    tree.clear()
    for seance_id, quartier, day, count in waiting_by_walk(rows):
        label = (
            QCoreApplication.translate("ConstatSummary", "Marche du {date} — {quartier}").format(
                date=short_date(day), quartier=quartier
            )
            if seance_id is not None
            else QCoreApplication.translate("ConstatSummary", "Hors marche — {quartier}").format(
                quartier=quartier
            )
        )
        item = QTreeWidgetItem([label, short_date(day), str(count)])
        if seance_id is not None:
            item.setData(0, REF_ROLE, ("seance", seance_id))
        item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
        tree.addTopLevelItem(item)
