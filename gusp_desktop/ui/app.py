"""Composition root of the desktop application.

Builds, in order: the QApplication and its translators, the preferences, the task runner and
prompts, the main window **painted before the database layer is imported** (its page in its
loading state, see ``MainWindow.attach_services``), then the database choice (asking on first
start) and ``bootstrap.Runtime`` for the services, which the window then receives. Nothing
else in ``ui/`` creates services or reads global state.
"""

from __future__ import annotations

import gc
import logging
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog, QWidget

import gusp_desktop
from gusp_desktop import APP_DISPLAY_NAME, APP_NAME
from gusp_desktop.domain.errors import (
    DatabaseCorruptError,
    DatabaseUnavailableError,
    SchemaTooNewError,
)
from gusp_desktop.error_log import configure_logging, log_unexpected
from gusp_desktop.paths import data_dir, default_database_path, remember_database
from gusp_desktop.privacy import tighten
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.settings import ORGANISATION, AppSettings
from gusp_desktop.ui.stall_watchdog import start_watchdog
from gusp_desktop.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the database layer is imported after the window is painted
    from gusp_desktop.bootstrap import Runtime
    from gusp_desktop.services.registry import Services
    from gusp_desktop.ui.live_refresh import LiveRefresh
    from gusp_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], None]
DEMO_FILE = "demo.sqlite3"


def create_main_window(
    services: Services,
    tasks: TaskRunner,
    prompts: Prompts,
    settings: AppSettings,
    db_description: str,
) -> MainWindow:
    """The main window over ready services (tests build it this way, without ``run_gui``)."""
    from gusp_desktop.ui.context import PageContext
    from gusp_desktop.ui.labels import location_text
    from gusp_desktop.ui.main_window import MainWindow

    context = PageContext(services, tasks, prompts, settings)
    return MainWindow(context, location_text(db_description))


def show_opening_window(tasks: TaskRunner, prompts: Prompts, settings: AppSettings) -> MainWindow:
    """The main window shown and painted before the database layer is even imported.

    Importing SQLAlchemy, mapping the model and opening the file take longer than building
    and painting the window: the coordinator sees the whole window at once, its page saying
    « Chargement… », every action that needs the database disabled. ``open_database`` then
    hands it the services (:meth:`MainWindow.attach_services`).
    """
    from gusp_desktop.ui.context import PageContext
    from gusp_desktop.ui.main_window import MainWindow
    from gusp_desktop.ui.pending import PendingServices

    pending = PendingServices()
    context = PageContext(cast("Services", pending), tasks, prompts, settings)
    window = MainWindow(context, "", pending=pending)
    window.show()
    QApplication.processEvents()  # once: map and paint the window before the slow imports
    return window


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication with names (for QSettings paths) and the window icon."""
    from gusp_desktop.ui.qt_imports import drop_feature_import

    drop_feature_import()  # before the theme, the shell, the database layer are imported
    from gusp_desktop.ui.theme import apply_theme
    from gusp_desktop.ui.widgets.icons import icon

    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APP_NAME)
    # Lets Wayland and desktop shells match the window with its menu entry and icon.
    app.setDesktopFileName("fr.gusp.GuspDesktop")
    app.setApplicationDisplayName(APP_DISPLAY_NAME)
    app.setWindowIcon(icon("gusp"))  # the version is set once the window is painted
    apply_theme(app)
    return app


def pause_collector() -> None:
    """Stop the cyclic garbage collector while the database layer and the window are built.

    Start-up only creates objects that live as long as the process (modules, the ORM
    mapping, the window's widgets): measured, the two full collections it triggered freed
    nothing and cost 150 ms of CPU, one of them in the middle of building the window.
    """
    gc.disable()


def resume_collector() -> None:
    """Collect again, leaving out everything start-up built (``gc.freeze``).

    Frozen objects are never scanned again, so later collections only walk what the work
    of the session allocates.
    """
    gc.freeze()
    gc.enable()


def make_excepthook(prompts: Prompts, previous: ExceptHook | None = None) -> ExceptHook:
    """A ``sys.excepthook`` that logs a bug and tells the user in words they can act on.

    Exceptions escaping a Qt slot end here too. Only the GUI thread may open a dialog; a
    second error raised while the first message is shown is logged without stacking dialogs.
    """
    showing = threading.Lock()

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt) and previous is not None:
            previous(kind, error, tb)
            return
        if not log_unexpected(error, "Erreur non gérée"):
            log.warning("Erreur non gérée : %s", error)
        on_gui_thread = threading.current_thread() is threading.main_thread()
        if QApplication.instance() is None or not on_gui_thread:
            return
        if showing.acquire(blocking=False):
            try:
                prompts.show_error(QApplication.activeWindow(), error)
            finally:
                showing.release()

    return hook


def prepare_first_database(choice: str, directory: Path) -> Path:
    """Create the database chosen at first start; the demo gets its own file in ``directory``.

    The demo lives beside the real database so that trying the application never mixes
    fictional partners with real ones.
    """
    from gusp_desktop.bootstrap import Runtime
    from gusp_desktop.ui.dialogs.welcome import DEMO

    path = directory / DEMO_FILE if choice == DEMO else default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)  # the application's own data folder
    already_there = path.exists()
    runtime = Runtime(str(path))
    try:
        runtime.prepare_schema()
        if choice == DEMO and not already_there:
            from gusp_desktop.demo.loader import load_demo

            load_demo(runtime.context)
    finally:
        runtime.close()
    return path


def choose_database(
    db: str | None, settings: AppSettings, tasks: TaskRunner, prompts: Prompts
) -> str | None:
    """``--db``, ``GUSP_DB_URL``, the shared server in use, the last file, the default file.

    With none of them, the welcome dialog asks; None means the user closed it.
    """
    from gusp_desktop.bootstrap import Settings

    chosen = db or Settings.from_environment().database_url
    if chosen:
        return chosen
    from gusp_desktop.db.profiles import PROFILE_PREFIX, ProfileStore

    active = ProfileStore().active()  # chosen with « connect use » or « Serveur partagé… »
    if active is not None:
        return f"{PROFILE_PREFIX}{active.name}"
    last = settings.last_database
    if last and Path(last).exists():
        return last
    if default_database_path().exists():
        return str(default_database_path())
    from gusp_desktop.ui.dialogs.welcome import WelcomeDialog

    gc.enable()  # the first start creates a database: its garbage is collected as usual
    prepared: dict[str, Path] = {}

    def prepare(choice: str) -> Path:
        prepared[choice] = prepare_first_database(choice, data_dir())
        return prepared[choice]

    dialog = WelcomeDialog(tasks, prompts, prepare)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.choice is None:
        return None
    settings.last_database = str(prepared[dialog.choice])
    settings.sync()
    return settings.last_database


def add_shared_server_action(window: MainWindow, prompts: Prompts) -> None:
    """Fichier › « Serveur partagé… »: edit a connection profile, used from the next start."""
    from PySide6.QtGui import QAction

    from gusp_desktop.db.profiles import ProfileStore
    from gusp_desktop.ui.dialogs.connection import edit_connection

    def edit() -> None:
        store = ProfileStore()
        profile = edit_connection(window, store.active(), store)
        if profile is not None:
            store.set_active(profile.name)
            prompts.info(
                window,
                translate("App", "Serveur partagé"),
                translate("App", "Le serveur « {name} » sera ouvert au prochain démarrage.").format(
                    name=profile.name
                ),
            )

    action = QAction(translate("App", "&Serveur partagé…"), window)
    action.triggered.connect(edit)
    window.file_menu.insertAction(window.preferences_action, action)


def add_local_backups_action(window: MainWindow, runtime: Runtime, prompts: Prompts) -> None:
    """Fichier › « Sauvegardes… » for a local file (a shared server has its own backups)."""
    if runtime.is_shared:
        return
    from gusp_desktop.ui.dialogs.backups import add_backups_action

    add_backups_action(
        window, runtime.backups, Path(str(runtime.url.database)), prompts, runtime.close
    )


def offer_local_restore(runtime: Runtime, prompts: Prompts) -> None:
    """A damaged local file at start-up: propose its automatic backups."""
    if runtime.is_shared:
        return
    from gusp_desktop.ui.dialogs.backups import offer_restore

    offer_restore(None, runtime.backups, Path(str(runtime.url.database)), prompts, runtime.close)


def watch_shared_server(
    window: MainWindow, tasks: TaskRunner, runtime: Runtime
) -> LiveRefresh | None:
    """On a shared server, other clients' changes refresh the pages (LISTEN/NOTIFY)."""
    if not runtime.is_shared:
        return None
    from gusp_desktop.ui.live_refresh import install_live_refresh

    live = install_live_refresh(tasks, runtime.shared_changes(), window)
    if live is not None:
        status = window.statusBar()
        live.connection_lost.connect(
            lambda reason: status.showMessage(
                QCoreApplication.translate(
                    "App", "Serveur injoignable, nouvelle tentative… ({reason})"
                ).format(reason=reason)
            )
        )
        live.connection_restored.connect(
            lambda: status.showMessage(
                QCoreApplication.translate("App", "Serveur de nouveau joint."), 5000
            )
        )
    return live


def _startup_error(prompts: Prompts, error: DatabaseUnavailableError) -> int:
    if isinstance(error, SchemaTooNewError):
        title = translate("App", "Base de données trop récente")
        advice = translate("App", "Installez la dernière version de {app}.").format(
            app=APP_DISPLAY_NAME
        )
    else:
        title = translate("App", "Base de données inaccessible")
        advice = translate("App", "Vérifiez le fichier ou le serveur choisi, puis relancez.")
    from gusp_desktop.ui.service_messages import service_text

    text = f"{service_text(error.message)}\n\n{advice}"
    prompts.error(None, title, text)
    return 1


def make_runtime(
    chosen: str, settings: AppSettings, prompts: Prompts, window: QWidget | None
) -> tuple[Runtime, list[str]]:
    """Import the database layer and prepare to open ``chosen`` (nothing is opened yet).

    What opening has to say (a read-only file, a new file, a backup impossible, private
    files tightened) gathers in the list returned; a passphrase is asked over the window.
    """
    from gusp_desktop.bootstrap import Runtime
    from gusp_desktop.ui.service_messages import service_text

    notices: list[str] = [tighten([settings.path.parent]).message()]
    runtime = Runtime(
        chosen,
        password_prompt=lambda label: prompts.passphrase(window, service_text(label)),
        notice=notices.append,
    )
    return runtime, notices


def open_database(
    runtime: Runtime, notices: list[str], window: MainWindow, tasks: TaskRunner, prompts: Prompts
) -> LiveRefresh | None:
    """Open the database and hand its services to ``window``, whose page then reads; add the
    menu entries that depend on where the database lives. On a shared server, returns what
    follows the other clients' changes (to stop when the window closes).

    A refused opening (newer schema, damaged file, server out of reach) raises
    ``DatabaseUnavailableError`` before the window receives anything.
    """
    from gusp_desktop.db.engine import describe
    from gusp_desktop.ui.labels import location_text

    services = runtime.services
    if not runtime.is_shared:  # the command line now starts from this file too
        remember_database(str(runtime.url.database))
    window.attach_services(services, location_text(describe(runtime.url)))
    if any(notices):
        window.statusBar().showMessage(" ".join(n for n in notices if n))
    add_shared_server_action(window, prompts)
    add_local_backups_action(window, runtime, prompts)
    return watch_shared_server(window, tasks, runtime)


def run_gui(db: str | None) -> int:
    """Open the main window on the chosen database; return the process exit code.

    The window is painted first, its page saying « Chargement… »; the database layer is
    imported after it, then the window receives the services and its page reads its data.
    """
    from gusp_desktop.ui.i18n import install_translators

    configure_logging()
    app = make_application()
    settings = AppSettings()
    translators = install_translators(app, settings.language)
    prompts = Prompts()
    sys.excepthook = make_excepthook(prompts, sys.excepthook)
    tasks = TaskRunner()
    pause_collector()
    window = show_opening_window(tasks, prompts, settings)
    app.setApplicationVersion(gusp_desktop.__version__)
    runtime: Runtime | None = None
    live: LiveRefresh | None = None
    try:
        chosen = choose_database(db, settings, tasks, prompts)
        if chosen is None:
            return 0
        runtime, notices = make_runtime(chosen, settings, prompts, window)
        live = open_database(runtime, notices, window, tasks, prompts)
        resume_collector()
        watchdog = start_watchdog(window)
        try:
            return int(app.exec())
        finally:
            if watchdog is not None:
                watchdog.stop()
    except DatabaseUnavailableError as error:
        code = _startup_error(prompts, error)
        if isinstance(error, DatabaseCorruptError) and runtime is not None:
            offer_local_restore(runtime, prompts)
        return code
    finally:
        gc.enable()
        window.hide()  # not closed: the layout of a window that never opened is not saved
        if live is not None:
            live.stop()
        tasks.shutdown()
        if runtime is not None:
            runtime.close()
        del translators
