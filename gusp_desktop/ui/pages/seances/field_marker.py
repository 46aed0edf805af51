"""A click on the Terrain tab's map opens what the list would: the constat or halte form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

if TYPE_CHECKING:
    from gusp_desktop.ui.pages.seances.field_work import FieldWorkPanel


def open_marker(panel: FieldWorkPanel, kind: str, entity_id: int) -> None:
    """Select the clicked constat or halte in its list and open its form; a signalement
    (no page opens one by id) is described in a message."""
    if kind == "constat":
        rows = panel.model.rows
        index = next((i for i, row in enumerate(rows) if row.id == entity_id), None)
        if index is not None:
            panel.table.selectRow(index)
            panel.edit_constat()
    elif kind == "halte":
        for i in range(panel.halte_list.count()):
            if panel.halte_list.item(i).data(Qt.ItemDataRole.UserRole) == entity_id:
                panel.halte_list.setCurrentRow(i)
                panel.edit_halte()
                return
    elif kind == "signalement":
        panel.map.describe_signalement(entity_id)
