"""Take the README screenshots: the real main window over a fresh demo database.

Run from the repository root, under a virtual X server::

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb \\
        .venv/bin/python docs/screenshots/take_screenshots.py

``GUSP_SHOTS_DIR`` writes the images elsewhere and ``GUSP_SHOTS_SIZE`` (``1280x720``) sizes
every window, to check a screen at 150 % (add ``QT_SCALE_FACTOR=1.5``).

Everything happens in a temporary directory (database, settings, compiled catalogues): the
user's files are never touched. The clock is fixed on the same « today » as the window tests
(15 June 2025), so the demo territory and the screenshots come out the same at each run.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT_DIR = Path(os.environ.get("GUSP_SHOTS_DIR", Path(__file__).resolve().parent))


def _size(variable: str, default: tuple[int, int]) -> tuple[int, int]:
    """``GUSP_SHOTS_SIZE=1280x720``: every window at that size, in logical pixels (with
    ``QT_SCALE_FACTOR=1.5``, what a 1920×1080 laptop at 150 % gives)."""
    width, _, height = os.environ.get(variable, "").partition("x")
    return (int(width), int(height)) if width and height else default


WINDOW_SIZE = _size("GUSP_SHOTS_SIZE", (1400, 900))
#: A common laptop screen: the plan's default columns must fit it beside the detail.
SMALL_SCREEN = _size("GUSP_SHOTS_SIZE", (1366, 768))
#: An action with a long history, shown in the plan and its form.
PLAN_ACTION = "CO-25-009"
#: A word found in actions, follow-ups, decisions and minutes alike.
SEARCHED = "gravats"
#: The demo's « today », as in tests/fixtures/databases.py (FIXED_NOW).
FIXED_NOW = dt.datetime(2025, 6, 15, 10, 0, tzinfo=dt.UTC)
#: Séance states reached once the meeting took place, most complete first.
HELD_PREFERENCE = ("cr_redaction", "cr_relecture", "tenue", "cr_valide", "cr_signe")


def isolate(tmp: Path) -> None:
    """Point every per-user directory into ``tmp`` before the application reads them."""
    for name in ("GUSP_DATA_DIR", "GUSP_CONFIG_DIR", "GUSP_CACHE_DIR"):
        directory = tmp / name.removeprefix("GUSP_").removesuffix("_DIR").lower()
        directory.mkdir()
        os.environ[name] = str(directory)
    os.environ.pop("GUSP_DB_URL", None)
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "xdg-config")  # QSettings, just in case


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="gusp-screenshots-") as name:
        tmp = Path(name)
        isolate(tmp)
        return take_all(tmp)


def take_all(tmp: Path) -> int:
    sys.path.insert(0, str(ROOT))
    from gusp_desktop.bootstrap import SigningSetup, build_services
    from gusp_desktop.credentials import EphemeralSecretStore
    from gusp_desktop.db import migrate
    from gusp_desktop.db.engine import make_engine, make_session_factory
    from gusp_desktop.demo.loader import load_demo
    from gusp_desktop.domain.accounts import CurrentUser
    from gusp_desktop.domain.actions import ActionQuery
    from gusp_desktop.domain.enums import UserRole
    from gusp_desktop.services.base import ServiceContext
    from gusp_desktop.ui.app import create_main_window, make_application
    from gusp_desktop.ui.i18n import install_translators
    from gusp_desktop.ui.prompts import ScriptedPrompts
    from gusp_desktop.ui.settings import AppSettings
    from gusp_desktop.ui.tasks import ImmediateTaskRunner

    app = make_application(["gusp-screenshots"])
    translators = install_translators(app, "fr")

    db_path = tmp / "demo.sqlite3"
    engine = make_engine(f"sqlite:///{db_path}")
    migrate.upgrade(engine)
    context = ServiceContext(
        session_factory=make_session_factory(engine),
        user=CurrentUser("claire", "Claire", UserRole.COORDINATEUR),
        clock=lambda: FIXED_NOW,
    )
    load_demo(context)
    signing = SigningSetup.in_folder(tmp / "data", EphemeralSecretStore())
    services = build_services(context, signing, database=f"sqlite:///{db_path}")

    tasks = ImmediateTaskRunner()
    settings = AppSettings(tmp / "settings.ini")
    window = create_main_window(
        services, tasks, ScriptedPrompts(), settings, "Fichier local : demo.sqlite3"
    )
    window.resize(*WINDOW_SIZE)
    window.show()
    window.activateWindow()
    settle(app)

    shots: list[Path] = []

    def shoot(filename: str, prepare: Callable[[], None]) -> None:
        prepare()
        settle(app)
        path = OUT_DIR / filename
        if not window.grab().save(str(path)):
            raise RuntimeError(f"Impossible d'écrire {path}")
        shots.append(path)

    shoot("01-tableau-de-bord.png", lambda: window.show_page("dashboard"))

    seance_id = held_seance_id(services)
    seances = window.seances_page
    tabs = seances.seance_view.tabs

    def open_seance(tab: int) -> Callable[[], None]:
        def prepare() -> None:
            window.open_item("seance", seance_id)
            settle(app)
            tabs.setCurrentIndex(tab)

        return prepare

    view = seances.seance_view
    shoot("02-seances-ordre-du-jour.png", open_seance(tabs.indexOf(view.agenda_editor)))
    shoot("03-seances-emargement.png", open_seance(tabs.indexOf(view.attendance_editor)))
    shoot("04-seances-compte-rendu.png", open_seance(tabs.indexOf(view.minutes_editor)))

    overdue = services.actions.list_actions(ActionQuery(overdue_only=True))
    if not overdue:
        raise RuntimeError("La démo n'a aucune action en retard")
    actions = window.actions_page

    def select_overdue() -> None:
        window.show_page("actions")
        settle(app)
        row = actions.model.row_of(overdue[0].id)
        if row is None:
            raise RuntimeError(f"Action {overdue[0].number} absente du plan")
        actions.table_view.selectRow(row)

    shoot("05-plan-d-actions.png", select_overdue)
    shoot("06-annuaire.png", lambda: window.show_page("directory"))
    shoot("07-territoire.png", lambda: window.show_page("territory"))

    def select_unjustified() -> None:
        window.show_page("atfpb")
        page = window.atfpb_page
        page.year_spin.setValue(FIXED_NOW.year)
        page.refresh()
        settle(app)
        bilan = page.bilan
        if bilan is None or not bilan.unjustified:
            raise RuntimeError("La démo n'a pas de bilan ATFPB à justifier")
        page.lines_table.selectRow(bilan.lines.index(bilan.unjustified[0]))

    shoot("14-atfpb.png", select_unjustified)

    shots += seance_shots(app, window, services, seance_id)
    shots += plan_shots(app, window, services)
    shots += field_shots(app, window, services)

    window.close()
    settle(app)
    tasks.shutdown()
    engine.dispose()
    del translators
    for path in shots:
        print(path)
    return 0


def seance_shots(app: object, window: object, services: object, held_id: int) -> list[Path]:
    """The séance form, the invitation list and the live meeting mode, each its own window."""
    from gusp_desktop.ui.dialogs.seance import SeanceDialog

    seances = window.seances_page  # type: ignore[attr-defined]
    view = seances.seance_view
    planned = next(
        s
        for s in services.meetings.list_seances()  # type: ignore[attr-defined]
        if s.status.value == "planifiee"
    )
    shots = []

    window.open_item("seance", planned.id)  # type: ignore[attr-defined]
    settle(app)
    detail = services.meetings.get_seance(planned.id)  # type: ignore[attr-defined]
    dialog = SeanceDialog(seances.context, seances._instances, None, detail, window)
    shots.append(grab_window(app, dialog, "08-seance-formulaire.png"))
    dialog.close()

    view.tabs.setCurrentWidget(view.invitations_editor)
    settle(app)
    shots.append(grab_window(app, window, "09-seance-invitations.png"))

    window.open_item("seance", held_id)  # type: ignore[attr-defined]
    settle(app)
    clock = ManualClock()
    view.live_clock = clock
    live = view.open_live_mode()
    live.showNormal()  # without a window manager, full screen keeps the default size
    live.resize(*WINDOW_SIZE)
    clock.advance(14 * 60 + 20)  # the first point took longer than planned
    live.go_next()
    clock.advance(6 * 60 + 5)
    live.tick()
    shots.append(grab_window(app, live, "10-mode-seance.png"))
    live.close()
    return shots


def plan_shots(app: object, window: object, services: object) -> list[Path]:
    """The plan on a 1366×768 screen, the action form and the Ctrl+K search palette."""
    from gusp_desktop.domain.actions import ActionQuery
    from gusp_desktop.ui.dialogs.action_form import (
        ActionFormDialog,
        FormMode,
        FormRequest,
        load_form_choices,
    )

    shots = []
    window.resize(*SMALL_SCREEN)  # type: ignore[attr-defined]
    window.show_page("actions")  # type: ignore[attr-defined]
    plan = window.actions_page  # type: ignore[attr-defined]
    plan.filter_bar.show_criteria(ActionQuery(quartier_codes=("CO",)))
    settle(app)
    action = services.actions.get_by_number(PLAN_ACTION)  # type: ignore[attr-defined]
    plan.plan_view.select_ids({action.row.id})
    settle(app)
    shots.append(grab_window(app, window, "11-plan-1366x768.png"))

    request = FormRequest(FormMode.EDIT, action_id=action.row.id, detail=action)
    form = ActionFormDialog(plan.context, load_form_choices(services), request, window)
    shots.append(grab_window(app, form, "12-formulaire-action.png"))
    form.close()

    launcher = window.search_launcher  # type: ignore[attr-defined]
    launcher.show()
    palette = launcher.palette
    palette.query_edit.setText(SEARCHED)
    palette.run_search()
    palette.resize(760, 520)
    settle(app)
    shots.append(grab_window(app, palette, "13-recherche.png"))
    palette.close()
    window.resize(*WINDOW_SIZE)  # type: ignore[attr-defined]
    return shots


def field_shots(app: object, window: object, services: object) -> list[Path]:
    """A walk's constats and its map, then the signalements page."""
    seances = services.meetings.list_seances()  # type: ignore[attr-defined]
    walk = next(
        s for s in seances if s.instance_code.startswith("DEM") and s.status.value != "planifiee"
    )
    window.open_item("seance", walk.id)  # type: ignore[attr-defined]
    settle(app)
    view = window.seances_page.seance_view  # type: ignore[attr-defined]
    view.tabs.setCurrentWidget(view.field_panel)
    settle(app)
    shots = [grab_window(app, window, "15-terrain-constats.png")]
    panel = view.field_panel
    panel.views.setCurrentWidget(panel.map)
    settle(app, rounds=20)
    shots.append(grab_window(app, window, "16-terrain-carte.png"))
    panel.views.setCurrentIndex(0)
    window.show_page("signalements")  # type: ignore[attr-defined]
    settle(app, rounds=10)
    shots.append(grab_window(app, window, "17-signalements.png"))
    return shots


class ManualClock:
    """Seconds moved by hand, so the live mode shows the same stopwatches at each run."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def grab_window(app: object, widget: object, filename: str) -> Path:
    """Show a separate window, let it settle, and save what it shows."""
    widget.show()  # type: ignore[attr-defined]
    settle(app)
    path = OUT_DIR / filename
    if not widget.grab().save(str(path)):  # type: ignore[attr-defined]
        raise RuntimeError(f"Impossible d'écrire {path}")
    return path


def held_seance_id(services: object) -> int:
    """The most recent séance that took place, preferring one with validated minutes."""
    seances = services.meetings.list_seances()  # type: ignore[attr-defined]
    for status in HELD_PREFERENCE:
        held = [s for s in seances if s.status.value == status]
        if held:
            return max(held, key=lambda s: s.starts_at).id
    raise RuntimeError("La démo n'a aucune séance tenue")


def settle(app: object, rounds: int = 5) -> None:
    """Let layouts, deferred loads and repaints happen before a grab."""
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


if __name__ == "__main__":
    sys.exit(main())
