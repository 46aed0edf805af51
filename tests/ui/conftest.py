"""Fixtures shared by every window test: services over real SQLite files, inline tasks.

The demo territory is loaded once per test session into a template file and copied for each
test, because loading it costs far more than copying a file.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from gusp_desktop.db.engine import make_engine
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.fixtures.databases import make_services
from tests.fixtures.demo import DemoTemplates
from tests.ui import helpers


@pytest.fixture(scope="session")
def demo_template(demo_templates: DemoTemplates) -> Path:
    """A migrated SQLite file holding the demo territory (loaded once per session)."""
    return demo_templates.template()


def _services_over(path: Path) -> Iterator[Services]:
    """Services over the file at ``path``; identities and signed files in ``data`` beside it."""
    engine = make_engine(f"sqlite:///{path}")
    try:
        yield make_services(engine, path.parent / "data")
    finally:
        engine.dispose()


@pytest.fixture
def demo_db_path(tmp_path: Path, demo_template: Path) -> Path:
    """This test's own copy of the demo database file."""
    path = tmp_path / "gusp.sqlite3"
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def demo_services(demo_db_path: Path) -> Iterator[Services]:
    """Services over a fresh copy of the demo territory, clock fixed on its « today »."""
    yield from _services_over(demo_db_path)


@pytest.fixture
def empty_services(tmp_path: Path, sqlite_template: Path) -> Iterator[Services]:
    """Services over a migrated, empty SQLite file."""
    path = tmp_path / "empty.sqlite3"
    shutil.copy(sqlite_template, path)
    yield from _services_over(path)


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The ``.ts`` files compiled to ``.qm`` once per session, outside the user's cache."""
    from gusp_desktop.ui.i18n import compile_catalogues

    return compile_catalogues(tmp_path_factory.mktemp("i18n"))


@pytest.fixture(scope="session", autouse=True)
def french_interface(qapp: QApplication, catalogues: Path) -> Iterator[None]:
    """The interface in French, as the application starts by default (plurals, Qt buttons)."""
    from gusp_desktop.ui.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "fr", catalogues)
    yield
    remove_translators(qapp, translators)


@pytest.fixture
def tasks(qapp: object) -> Iterator[ImmediateTaskRunner]:
    """A task runner that runs everything inline: deterministic, no threads."""
    runner = ImmediateTaskRunner()
    yield runner
    runner.shutdown()


@pytest.fixture
def prompts() -> ScriptedPrompts:
    """Prompts answered by the test (queue answers in ``prompts.answers``)."""
    return ScriptedPrompts()


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    """Path of a throw-away settings file, so tests never touch the user's preferences."""
    return tmp_path / "settings.ini"


@pytest.fixture
def page_context(
    demo_services: Services,
    tasks: ImmediateTaskRunner,
    prompts: ScriptedPrompts,
    settings_path: Path,
) -> PageContext:
    """What a page is built from: the demo territory, inline tasks, scripted prompts."""
    return helpers.page_context(demo_services, tasks, prompts, settings_path)


@pytest.fixture
def app_settings(settings_path: Path) -> object:
    """Preferences stored in a throw-away INI file."""
    from gusp_desktop.ui.settings import AppSettings

    return AppSettings(settings_path)
