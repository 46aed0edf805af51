"""Two main windows on one PostgreSQL database: an edit made in one appears in the other,
without anyone pressing « Actualiser »."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gusp_desktop.db.engine import describe, make_engine
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.services.live_changes import shared_changes
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.live_refresh import LiveRefresh, install_live_refresh
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.fixtures.databases import make_services
from tests.shared.helpers import Seed, edit_of, live_context

pytestmark = pytest.mark.postgres


class Desk:
    """One user's desktop: a main window over its own connection to the shared server."""

    def __init__(self, qtbot: QtBot, url: str, username: str, folder: Path) -> None:
        self.engine = make_engine(url)
        context = live_context(self.engine, username)
        self.services = make_services(self.engine, folder / username, context)
        self.tasks = ImmediateTaskRunner()
        settings = AppSettings(folder / f"{username}.ini")
        self.window: MainWindow = create_main_window(
            self.services, self.tasks, ScriptedPrompts(), settings, describe(self.engine.url)
        )
        qtbot.addWidget(self.window)
        changes = shared_changes(self.services.context, self.engine.url)
        live = install_live_refresh(self.tasks, changes, self.window)
        assert isinstance(live, LiveRefresh)
        self.live = live

    def shown_row(self, action_id: int) -> tuple[str, str] | None:
        """(title, status label) of the action as the plan d'actions table shows it."""
        model = self.window.actions_page.model
        row = model.row_of(action_id)
        found = model.row_at(row) if row is not None else None
        return (found.title, found.status.label) if found is not None else None

    def close(self) -> None:
        self.live.stop()
        self.window.close()
        self.tasks.shutdown()
        self.engine.dispose()


@pytest.fixture
def desks(qtbot: QtBot, shared_url: str, tmp_path: Path, seed: Seed) -> Iterator[list[Desk]]:
    pair = [Desk(qtbot, shared_url, name, tmp_path) for name in ("claire", "samir")]
    yield pair
    for desk in pair:
        desk.close()


def test_an_edit_in_one_window_appears_in_the_other(
    qtbot: QtBot, desks: list[Desk], seed: Seed
) -> None:
    claire, samir = desks
    action_id = seed.actions[0]
    for desk in desks:
        desk.window.show()
        desk.window.show_page("actions")
    qtbot.waitUntil(lambda: samir.shown_row(action_id) is not None, timeout=3000)
    assert samir.shown_row(action_id) == ("Action partagée n° 1", "À engager")

    edit = edit_of(claire.services.actions, action_id, title="Titre changé par Claire")
    version = claire.services.actions.get(action_id).row.version
    claire.services.actions.update(action_id, version, edit)
    qtbot.waitUntil(
        lambda: (samir.shown_row(action_id) or ("", ""))[0] == "Titre changé par Claire",
        timeout=3000,
    )
    samir.services.actions.follow_up(action_id, None, StatusChange(status=ActionStatus.EN_COURS))
    qtbot.waitUntil(
        lambda: (claire.shown_row(action_id) or ("", ""))[1] == ActionStatus.EN_COURS.label,
        timeout=3000,
    )
