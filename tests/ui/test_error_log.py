"""A bug met by the window is logged with its traceback before the user reads where the log is."""

from __future__ import annotations

import logging
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.error_log import (
    CurrentStderrHandler,
    PrivateRotatingFileHandler,
    configure_logging,
)
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.dialogs.seance import NewSeanceDialog
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.tasks import TaskRunner
from tests.ui.helpers import page_context


@pytest.fixture
def log_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The window's logging set up as at start-up, into this test's own directory."""
    monkeypatch.setenv("GUSP_LOG_DIR", str(tmp_path / "logs"))
    path = configure_logging()
    yield path
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, PrivateRotatingFileHandler | CurrentStderrHandler):
            root.removeHandler(handler)
            handler.close()


@pytest.fixture
def threaded_tasks(qapp: object) -> Iterator[TaskRunner]:
    """The real runner, with its worker threads."""
    runner = TaskRunner()
    yield runner
    runner.shutdown()


def failing_background_step() -> None:
    raise RuntimeError("index des actions corrompu")


def test_background_failure_with_a_handler_is_logged(
    qtbot: QtBot, threaded_tasks: TaskRunner, log_path: Path
) -> None:
    prompts = ScriptedPrompts()
    threaded_tasks.run(failing_background_step, on_error=lambda e: prompts.show_error(None, e))

    qtbot.waitUntil(lambda: bool(prompts.shown), timeout=5000)

    logged = log_path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in logged
    assert "in failing_background_step" in logged
    assert "RuntimeError: index des actions corrompu" in logged
    assert logged.count("RuntimeError: index des actions corrompu") == 1  # logged once
    [(kind, title, text)] = prompts.shown
    assert (kind, title) == ("error", "Erreur inattendue")
    assert "index des actions corrompu" in text and str(log_path) in text
    assert stat.S_IMODE(log_path.stat().st_mode) == 0o600


def test_user_errors_are_shown_but_not_logged(
    qtbot: QtBot, threaded_tasks: TaskRunner, log_path: Path
) -> None:
    def refused() -> None:
        raise ValidationError({"title": "L'intitulé de l'action est obligatoire."})

    errors: list[BaseException] = []
    threaded_tasks.run(refused, on_error=errors.append)

    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    assert "obligatoire" not in log_path.read_text(encoding="utf-8")


def test_dialog_save_failure_is_logged_and_the_dialog_says_where(
    qtbot: QtBot,
    threaded_tasks: TaskRunner,
    demo_services: Services,
    log_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    def create_seance_with_a_bug(_data: object) -> None:
        raise KeyError("duration_minutes")

    monkeypatch.setattr(demo_services.meetings, "create_seance", create_seance_with_a_bug)
    prompts = ScriptedPrompts()
    instances = demo_services.instances.list_instances()
    context = page_context(demo_services, threaded_tasks, prompts, tmp_path / "settings.ini")
    dialog = NewSeanceDialog(context, instances, instances[0].id, parent=None)
    qtbot.addWidget(dialog)
    dialog.place_edit.setText("Maison de quartier")

    dialog.save_button().click()
    qtbot.waitUntil(lambda: bool(prompts.shown), timeout=5000)

    logged = log_path.read_text(encoding="utf-8")
    assert "in create_seance_with_a_bug" in logged
    assert "KeyError: 'duration_minutes'" in logged
    [(kind, title, text)] = prompts.shown
    assert (kind, title) == ("error", "Erreur inattendue")
    assert str(log_path) in text
    assert dialog.save_button().isEnabled()  # the typed input is kept for another try
