"""What the invitations list and the émargement sheet share: one séance's attendance lines.

Both edit the same rows through the attendance service and, after each change, show the
lines as stored (another window may have changed them meanwhile), so the save-then-reread
step lives here once.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QWidget

from gusp_desktop.domain.attendance import AttendanceDTO
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.ui.context import PageContext, PagePart


class AttendanceLinesPart(PagePart):
    """A page part showing the attendance lines of ``seance_id``."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.seance_id = 0

    def _save_then_reread(
        self,
        call: Callable[[], Mutation[Any]],
        on_saved: Callable[[Mutation[list[AttendanceDTO]]], None],
        on_failed: Callable[[BaseException], None],
    ) -> None:
        """Run one change in the background, then hand back the séance's lines as stored."""
        attendance, seance_id = self._services.attendance, self.seance_id

        def work() -> Mutation[list[AttendanceDTO]]:
            changes = call().changes
            return Mutation(attendance.list_attendance(seance_id), changes)

        self._tasks.run(work, on_saved, on_failed, write=True, initiator=self._initiator)
