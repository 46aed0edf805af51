"""Undoable émargement: a status set by mistake (« absent » for « excusé ») comes back with Ctrl+Z.

Like the ordre du jour's commands, undo writes the previous state back through the service,
so the sheet another secretary opens is the one on screen. Commands name a line by its id
(lines are never re-created by a status change) and read its current version when they run.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from gusp_desktop.domain.attendance import AttendanceDTO
from gusp_desktop.domain.enums import AttendanceStatus
from gusp_desktop.ui.labels import tr_label


class StatusWriter(Protocol):
    """What the command needs from the émargement editor."""

    def write_status(
        self, attendance_id: int, status: AttendanceStatus | None, representative: int | None
    ) -> None:
        """Store a line's status (and representative) and show the sheet as stored."""


class SetStatusCommand(QUndoCommand):
    """One line's status: the new one (redo), the one it had before (undo)."""

    def __init__(
        self,
        writer: StatusWriter,
        line: AttendanceDTO,
        status: AttendanceStatus | None,
        representative: int | None,
    ) -> None:
        label = (
            tr_label(status)
            if status is not None
            else QCoreApplication.translate("AttendanceCommand", "non renseigné")
        )
        text = QCoreApplication.translate("AttendanceCommand", "Émargement : {name}, {status}")
        super().__init__(text.format(name=line.contact_name, status=label))
        self._writer, self._id = writer, line.id
        self._before = (line.status, line.represented_by_id)
        self._after = (status, representative)

    def redo(self) -> None:
        self._writer.write_status(self._id, *self._after)

    def undo(self) -> None:
        self._writer.write_status(self._id, *self._before)
