"""A process killed while holding unsaved minutes text: the next start offers the text back."""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.autosave import RecoveryJournal
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.ui.autosave_crash_child import READY
from tests.ui.helpers import page_context

ROOT = Path(__file__).resolve().parents[2]
TYPED = " Procès-verbal approuvé à l'unanimité ; prochaine étape : cœur de quartier"
START_TIMEOUT_S = 90


def _read_until_ready(process: subprocess.Popen[str]) -> str:
    """The child's first line, or what it printed before dying (never blocks the test forever)."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stdout is not None
    stdout = process.stdout
    threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
    try:
        return lines.get(timeout=START_TIMEOUT_S).strip()
    except queue.Empty:
        return ""


def test_killed_window_text_is_offered_back_after_restart(
    qtbot: QtBot,
    demo_db_path: Path,
    demo_services: Services,
    tasks: ImmediateTaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(data_dir))
    seance = next(
        s for s in demo_services.meetings.list_seances() if s.status is SeanceStatus.CR_REDACTION
    )
    first = demo_services.agenda.list_items(seance.id)[0]
    env = {**os.environ, "GUSP_DATA_DIR": str(data_dir), "QT_QPA_PLATFORM": "offscreen"}
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.ui.autosave_crash_child",
            str(demo_db_path),
            str(seance.id),
            TYPED,
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = _read_until_ready(child)
    finally:
        child.send_signal(signal.SIGKILL)
        _, errors = child.communicate(timeout=30)
    assert ready == READY, errors
    assert child.returncode == -signal.SIGKILL
    # The killed window never saved: the text exists only in the journal.
    assert demo_services.agenda.list_items(seance.id)[0].notes == first.notes
    assert [e.item_id for e in RecoveryJournal.for_services(demo_services).entries(seance.id)] == [
        first.id
    ]

    prompts = ScriptedPrompts(True)
    page = SeancesPage(page_context(demo_services, tasks, prompts, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.refresh()
    page.open_seance(seance.id)

    assert prompts.shown[0][0] == "confirm"
    assert prompts.shown[0][2].startswith("Un texte non enregistré a été retrouvé")
    assert demo_services.agenda.list_items(seance.id)[0].notes == first.notes + TYPED
    assert RecoveryJournal.for_services(demo_services).entries(seance.id) == []
