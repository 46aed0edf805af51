"""Child process of the crash test: open a séance's minutes, type, then wait to be killed.

Run as ``python -m tests.ui.autosave_crash_child DB_PATH SEANCE_ID TEXT`` with
``GUSP_DATA_DIR`` set. It uses the real threaded task runner, as the application does, and a
debounce far longer than the test so that the text never reaches the database: only the
recovery journal holds it when the parent sends SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from gusp_desktop.db.engine import make_engine  # noqa: E402
from gusp_desktop.ui import autosave  # noqa: E402
from gusp_desktop.ui.context import PageContext  # noqa: E402
from gusp_desktop.ui.pages.seances.page import SeancesPage  # noqa: E402
from gusp_desktop.ui.prompts import ScriptedPrompts  # noqa: E402
from gusp_desktop.ui.settings import AppSettings  # noqa: E402
from gusp_desktop.ui.tasks import TaskRunner  # noqa: E402
from tests.fixtures.databases import make_services  # noqa: E402
from tests.ui.helpers import type_text  # noqa: E402

READY = "TYPED"
WAIT_S = 60.0


def _wait_for(app: QApplication, condition: object) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise SystemExit("séance jamais affichée")
        app.processEvents()
        time.sleep(0.01)


def main(db_path: str, seance_id: int, text: str) -> None:
    """Type ``text`` at the end of the first point's notes, announce it, then block."""
    app = QApplication([])
    autosave.AUTOSAVE_DELAY_MS = 600_000
    services = make_services(make_engine(f"sqlite:///{db_path}"), Path(db_path).parent / "data")
    settings = AppSettings(Path(db_path).with_suffix(".ini"))
    page = SeancesPage(PageContext(services, TaskRunner(), ScriptedPrompts(), settings))
    page.show()
    page.refresh()
    page.open_seance(seance_id)
    minutes = page.seance_view.minutes_editor
    _wait_for(app, lambda: bool(minutes.panels))
    panel = minutes.panel(minutes.point_list.item(0).data(0x0100))
    panel.notes_edit.moveCursor(panel.notes_edit.textCursor().MoveOperation.End)
    type_text(panel.notes_edit, text)
    _wait_for(app, lambda: bool(minutes.journal.entries(seance_id)))
    print(READY, flush=True)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
