"""Stalls of the event loop in the main workflows, with what the GUI thread was doing.

The real window on the demo territory plus synthetic actions, the real threaded task runner,
and the application's stall watchdog (``ui/stall_watchdog.py``) at a low threshold (50 ms).
Each workflow is driven through the event loop as a user would (pages shown for the first
time, a séance opened and its tabs, the plan filtered one key at a time, sorted and scrolled,
the search palette, F5); every stall is listed with the workflow and the innermost frames of
the package in the GUI thread's stack at that moment.

A script, not a test: it prints a table and asserts nothing. ``--actions N`` changes the size.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import sys
import tempfile
import threading
import time
import traceback
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from bench_ui import build_database, services_for  # noqa: E402
from PySide6.QtCore import QEventLoop, Qt, QTimer  # noqa: E402
from PySide6.QtGui import QTextCursor  # noqa: E402
from PySide6.QtWidgets import QApplication, QPlainTextEdit  # noqa: E402

from gusp_desktop.domain.enums import SeanceStatus  # noqa: E402
from gusp_desktop.ui.app import create_main_window  # noqa: E402
from gusp_desktop.ui.main_window import MainWindow  # noqa: E402
from gusp_desktop.ui.prompts import ScriptedPrompts  # noqa: E402
from gusp_desktop.ui.settings import AppSettings  # noqa: E402
from gusp_desktop.ui.stall_watchdog import Stall, StallWatchdog  # noqa: E402
from gusp_desktop.ui.tasks import TaskRunner  # noqa: E402

THRESHOLD_MS = 50
_FRAME = re.compile(r'File "[^"]*?/(gusp_desktop/[^"]+)", line (\d+), in (\w+)')


def run_loop(ms: int) -> None:
    """Let the event loop run ``ms`` milliseconds (a nested loop, never processEvents())."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def settle(tasks: TaskRunner, quiet_ms: int = 300, limit_s: float = 60) -> None:
    """Run the loop until no task has run for ``quiet_ms`` (the workflow's work is done)."""
    deadline = time.monotonic() + limit_s
    quiet_since = time.monotonic()
    while time.monotonic() < deadline:
        run_loop(25)
        if tasks._running:  # noqa: SLF001 - the bench reads the runner's state, never sets it
            quiet_since = time.monotonic()
        elif time.monotonic() - quiet_since >= quiet_ms / 1000:
            return


def innermost(stack: str, depth: int = 3) -> str:
    """The innermost frames of the package in a stack, innermost first."""
    frames = [f"{path.split('/')[-1]}:{line} {name}" for path, line, name in _FRAME.findall(stack)]
    return " ← ".join(reversed(frames[-depth:]))


class WorkerAwareWatchdog(StallWatchdog):
    """The application's watchdog, also noting what the task runner's threads were doing.

    A GUI thread stuck outside the package is either in Qt (layout, paint) or waiting for
    the interpreter lock that a worker holds while it reads the database or imports modules;
    the workers' stacks at the same moment tell which.
    """

    def __init__(self, threshold_ms: int) -> None:
        super().__init__(threshold_ms)
        self.workers: list[str] = []
        self._seen = ""

    def check(self) -> None:
        before = self._stuck_stack
        super().check()
        if before is None and self._stuck_stack is not None:
            names = {t.ident: t.name for t in threading.enumerate()}
            busy = [
                innermost("".join(traceback.format_stack(frame)), 2)
                for ident, frame in sys._current_frames().items()
                if names.get(ident, "").startswith("gusp-work")
            ]
            self._seen = " ; ".join(b for b in busy if b)

    def _record(self, stall: Stall) -> None:
        self.workers.append(self._seen)
        self._seen = ""
        super()._record(stall)


def cause(stall: Stall, workers: str) -> str:
    """Where the GUI thread was, else what a worker did meanwhile."""
    where = innermost(stall.stack)
    if where:
        return where
    if workers:
        return f"Qt, ou le verrou de l'interpréteur tenu par une tâche : {workers}"
    return "Qt (mise en page, peinture)"


def type_slowly(window: MainWindow, text: str, tasks: TaskRunner) -> None:
    """The plan's search box, one key every 120 ms, then the results."""
    edit = window.actions_page.filter_bar.search_edit
    edit.setFocus()
    for n in range(1, len(text) + 1):
        edit.setText(text[:n])
        run_loop(120)
    settle(tasks)


def workflows(
    window: MainWindow, tasks: TaskRunner, prompts: ScriptedPrompts, workdir: Path, count: int
) -> list[tuple[str, Callable[[], None]]]:
    """The steps, each named; each ends when its background work is done."""
    services = window._services  # noqa: SLF001 - the bench reads what the window shows

    def show(key: str) -> Callable[[], None]:
        return lambda: (window.show_page(key), settle(tasks))

    def open_seance() -> None:
        seance = services.meetings.list_seances()[0]
        window.open_item("seance", seance.id)
        settle(tasks)
        tabs = window.seances_page.seance_view.tabs
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            settle(tasks, 150)

    def sort_and_scroll() -> None:
        model = window.actions_page.model
        model.sort(6, Qt.SortOrder.DescendingOrder)
        settle(tasks)
        view = window.actions_page.table_view
        for _ in range(5):
            view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
            settle(tasks, 150)

    def search_everywhere() -> None:
        window.search_launcher.show()
        palette = window.search_launcher.palette
        for n in range(1, len("éclairage") + 1):
            palette.query_edit.setText("éclairage"[:n])
            run_loop(120)
        settle(tasks)
        palette.hide()

    def open_organisation() -> None:
        organisation = services.directory.list_organisations()[0]
        window.open_item("organisation", organisation.id)
        settle(tasks)

    def refresh() -> None:
        window.refresh_action.trigger()
        settle(tasks)

    def type_minutes() -> None:
        """The secretary types a point's notes, a key every 120 ms; autosave writes them."""
        writing = next(
            s for s in services.meetings.list_seances() if s.status is SeanceStatus.CR_REDACTION
        )
        window.open_item("seance", writing.id)
        settle(tasks)
        view = window.seances_page.seance_view
        view.tabs.setCurrentWidget(view.minutes_editor)
        view.minutes_editor.point_list.setCurrentRow(0)
        settle(tasks, 150)
        notes = view.minutes_editor.panel_stack.currentWidget().findChild(QPlainTextEdit)
        assert notes is not None and not notes.isReadOnly()
        notes.setFocus()
        notes.moveCursor(QTextCursor.MoveOperation.End)
        for char in " Les habitants demandent un passage le samedi matin.":
            notes.insertPlainText(char)
            run_loop(120)
        settle(tasks, 2500)  # past the autosave's pause

    def exporter(kind: str, name: str) -> Callable[[], None]:
        """« Documents › Séance sélectionnée › <name> (PDF) », written in a task."""

        def export() -> None:
            target = workdir / f"{kind}.pdf"
            prompts.answers.extend([str(target), False])  # where to save; do not open it
            window.documents.export_seance(kind, name, "pdf")
            settle(tasks, 500, limit_s=600)
            assert target.stat().st_size > 0

        return export

    # The compte rendu lists every open action of the séance's quartiers: with 100 000
    # synthetic actions that annex runs to thousands of pages, a document no territory has.
    exports = [("ordre du jour PDF exporté en tâche de fond", exporter("agenda", "Ordre du jour"))]
    if count <= 10_000:
        exports.append(
            ("compte rendu PDF exporté en tâche de fond", exporter("minutes", "Compte rendu"))
        )

    return [
        ("tableau de bord rempli, puis une seconde", lambda: settle(tasks, 1000)),
        ("séances, première ouverture", show("seances")),
        ("une séance et ses onglets", open_seance),
        ("plan d'actions, première ouverture", show("actions")),
        ("plan : frappe « éclairage »", lambda: type_slowly(window, "éclairage", tasks)),
        ("plan : tri par échéance, défilement", sort_and_scroll),
        ("annuaire : une organisation", open_organisation),
        ("territoire, première ouverture", show("territory")),
        ("ATFPB, première ouverture", show("atfpb")),
        ("signalements, première ouverture", show("signalements")),
        ("recherche partout « éclairage »", search_everywhere),
        ("compte rendu : saisie des notes", type_minutes),
        *exports,
        ("tableau de bord, F5", lambda: (window.show_page("dashboard"), refresh())),
    ]


def main(count: int) -> None:
    workdir = Path(tempfile.mkdtemp(prefix="gusp-bench-stalls-"))
    db = workdir / "bench.sqlite3"
    print(f"Base : démo + {count} actions synthétiques…")
    build_database(db, count)
    app = QApplication.instance() or QApplication([])
    services = services_for(db, workdir / "data")
    tasks = TaskRunner()
    settings = AppSettings(workdir / "s.ini")
    prompts = ScriptedPrompts()
    window = create_main_window(services, tasks, prompts, settings, "banc d'essai")
    window.resize(1366, 768)
    window.show()
    logging.getLogger("gusp_desktop.ui.stall_watchdog").setLevel(logging.ERROR)  # listed below
    watchdog = WorkerAwareWatchdog(THRESHOLD_MS).start()
    rows: list[tuple[str, float, int, float, str]] = []
    for name, step in workflows(window, tasks, prompts, workdir, count):
        first = len(watchdog.stalls)
        start = time.perf_counter()
        step()
        elapsed = time.perf_counter() - start
        for stall, workers in zip(watchdog.stalls[first:], watchdog.workers[first:], strict=True):
            rows.append((name, elapsed, 1, stall.milliseconds, cause(stall, workers)))
        if len(watchdog.stalls) == first:
            rows.append((name, elapsed, 0, 0.0, ""))
    watchdog.stop()
    print(f"\nBlocages de la boucle d'événements > {THRESHOLD_MS} ms ({count} actions)\n")
    print(f"{'parcours':38} {'durée':>7}  {'blocage':>8}  où en était le fil de l'interface")
    for name, elapsed, stalled, ms, where in rows:
        stall_text = f"{ms:6.0f} ms" if stalled else "   aucun"
        print(f"{name:38} {elapsed:6.2f}s  {stall_text}  {where}")
    window.close()
    tasks.shutdown()
    del app
    shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--actions", type=int, default=100_000)
    main(parser.parse_args().actions)
