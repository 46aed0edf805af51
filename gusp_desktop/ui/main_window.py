"""The main window: a thin shell of sidebar, page stack, menus, shortcuts and status bar.

It owns no business logic: pages read and write through services and the task runner; the
window only routes navigation, binds the Édition menu to the visible page's undo stack, shows
errors nobody else handled, and remembers its geometry between sessions.

Pages are built the first time they are shown (:mod:`gusp_desktop.ui.page_stack`): the window
is painted with its visible page only, and the modules of the others are not even imported.
The sidebar, the « Affichage » shortcuts and « ouvrir » know the pages from their catalogue.

The window can also be built and painted **before its database is open**
(:func:`gusp_desktop.ui.app.show_opening_window`): its services are then a
:class:`~gusp_desktop.ui.pending.PendingServices`, only the pages that read no service to be
built (:data:`EARLY_PAGES`) are built, none reads its data, and every action that needs a
service is disabled, the status bar saying the database is being opened.
:meth:`MainWindow.attach_services` then enables them and lets the page read its data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent, QUndoGroup, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

import gusp_desktop
from gusp_desktop import APP_DISPLAY_NAME
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.documents_menu import DocumentsMenu
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.page_stack import LazyPages, PagesByName, import_modules
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.pages.catalogue import PAGES, PageSpec, spec_opening
from gusp_desktop.ui.pending import PendingServices
from gusp_desktop.ui.widgets.busy import BusyIndicator
from gusp_desktop.ui.widgets.icons import icon
from gusp_desktop.ui.widgets.sidebar import COMPACT_BELOW, Sidebar, first_size

if TYPE_CHECKING:
    from gusp_desktop.domain.accounts import CurrentUser
    from gusp_desktop.domain.actions import ActionQuery
    from gusp_desktop.services.registry import Services
    from gusp_desktop.ui.pages.dashboard import DashboardPage
    from gusp_desktop.ui.search_launcher import SearchLauncher


#: Pause between the first page's data and the import of the other pages' modules.
PRELOAD_DELAY_MS = 300
#: Pages whose constructor reads no service: built and painted before the database is open.
EARLY_PAGES = frozenset({"dashboard"})


class MainWindow(QMainWindow, PagesByName):
    """Sidebar navigation over the pages, with menus, toolbar and status bar."""

    def __init__(
        self,
        context: PageContext,
        db_description: str,
        parent: QWidget | None = None,
        *,
        pending: PendingServices | None = None,
    ) -> None:
        """``pending``: the services of ``context`` before the database is open (see
        :meth:`attach_services`); None when they are ready."""
        super().__init__(parent)
        self._context = context
        self._services, self._tasks = context.services, context.tasks
        self._prompts, self._settings = context.prompts, context.settings
        self._db_description = db_description
        self._pending = pending
        self._refreshed: set[str] = set()
        self._opening = True
        self.undo_group = QUndoGroup(self)
        self.sidebar = Sidebar()
        self.stack = QStackedWidget()
        # Sidebar order, by key (the key names the icon and the page remembered at close).
        self.pages = LazyPages(self.stack, self._make_page)
        self._search_launcher: SearchLauncher | None = None
        self._build_sidebar()
        self._build_central()
        self._build_actions()
        self._build_menus()
        self._build_toolbar()
        self._build_status_bar()
        self.setWindowIcon(icon("gusp"))
        self.resize(first_size())
        self.restore_state()
        self._opening = False
        if self.services_ready:
            self._tasks.busy_changed.connect(self._on_busy_changed)
        else:
            self._wait_for_services()

    @property
    def services_ready(self) -> bool:
        """Whether the database is open: pages may read, actions may run."""
        return self._pending is None or self._pending.ready

    def _service_actions(self) -> list[QAction]:
        """What needs a service: creating, searching, refreshing, documents, other pages."""
        return [
            self.new_action,
            self.search_action,
            self.search_everywhere_action,
            self.refresh_action,
            self.documents_menu.menuAction(),
            *self.page_actions,
        ]

    def _wait_for_services(self) -> None:
        """The window as painted while the database opens: nothing that reads can be asked."""
        self.sidebar.setEnabled(False)
        for action in self._service_actions():
            action.setEnabled(False)
        self.database_label.setText(self.tr("Ouverture de la base de données…"))

    def attach_services(self, services: Services, db_description: str) -> None:
        """The database is open: hand ``services`` to every page, enable what was waiting
        and let the shown page read its data (building it first if it had to wait)."""
        assert self._pending is not None and not self._pending.ready
        self._pending.attach(services)
        self._db_description = db_description
        self.database_label.setText(db_description)
        self._show_user()
        self.sidebar.setEnabled(True)
        for action in self._service_actions():
            action.setEnabled(True)
        self._tasks.busy_changed.connect(self._on_busy_changed)
        self._on_sidebar_current_row_changed(self.sidebar.currentRow())

    # -- construction ----------------------------------------------------------------------

    def _build_sidebar(self) -> None:
        for spec in PAGES:
            title = QCoreApplication.translate("Pages", spec.title)
            self.sidebar.add_page(icon(spec.key), title)

    def _make_page(self, spec: PageSpec) -> Page:
        """Build a page on its first showing, wired as if it had always been there."""
        page = spec.load()(self._context)
        self._tasks.data_changed.connect(page.on_changes)
        page.open_requested.connect(self.open_item)
        if spec.key == "dashboard":
            cast("DashboardPage", page).filter_requested.connect(
                self._on_dashboard_filter_requested
            )
        self._settings.restore_splitters(page)
        return page

    @Slot(bool)
    def _on_busy_changed(self, busy: bool) -> None:
        """The first time the window is idle (its page has its data), preload the others.

        Their modules are imported in the background, after a pause that lets the page paint
        what it read; a page's first showing then only builds its widgets.
        """
        if not busy:
            self._tasks.busy_changed.disconnect(self._on_busy_changed)
            QTimer.singleShot(PRELOAD_DELAY_MS, self, self._preload_pages)

    def _preload_pages(self) -> None:
        modules, context = self.pages.unbuilt_modules(), self._services.context

        def preload() -> None:  # the model too: the dashboard was read without it
            context.prepare_model()
            import_modules(modules)

        # A failure is logged by the runner and raised again, to the user, at the first showing.
        self._tasks.run(preload, on_error=lambda _error: None)

    def _build_central(self) -> None:
        self.sidebar.currentRowChanged.connect(self._on_sidebar_current_row_changed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main_splitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.splitter.setSizes([200, 1080])
        self.setCentralWidget(self.splitter)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: str | QKeySequence.StandardKey | None = None,
        icon_name: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if icon_name:
            action.setIcon(icon(icon_name))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        self.preferences_action = self._action(
            self.tr("&Préférences…"), self._on_preferences_action_triggered,
            QKeySequence.StandardKey.Preferences, "preferences",
        )  # fmt: skip
        self.new_action = self._action(self.tr("&Nouveau…"), self._on_new_action_triggered)
        self.quit_action = self._action(self.tr("&Quitter"), self.close, "Ctrl+Q")
        self.undo_action = self.undo_group.createUndoAction(self, self.tr("Annuler"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_group.createRedoAction(self, self.tr("Rétablir"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.undo_action.setIconText(self.tr("Annuler"))  # short in the toolbar, whole in menus
        self.redo_action.setIconText(self.tr("Rétablir"))
        self.search_action = self._action(
            self.tr("&Rechercher"), self._on_search_action_triggered, "Ctrl+F", "search"
        )
        self.search_everywhere_action = self._action(
            self.tr("Rechercher &partout…"), self._on_search_everywhere_triggered, "Ctrl+K",
            "search",
        )  # fmt: skip
        self.refresh_action = self._action(
            self.tr("A&ctualiser"), self._on_refresh_action_triggered, "F5", "refresh"
        )
        self.about_action = self._action(
            self.tr("À &propos de GUSP Desktop"), self._on_about_action_triggered
        )
        self.page_actions: list[QAction] = []
        for row, spec in enumerate(PAGES):
            text = self.sidebar.title(row)
            show = self._page_shower(spec.key)
            self.page_actions.append(self._action(text, show, spec.shortcut, spec.key))

    def _page_shower(self, key: str) -> Callable[[], None]:
        return lambda: self.show_page(key)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Fichier"))
        self.file_menu.addAction(self.new_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.preferences_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Édition"))
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.search_action, self.search_everywhere_action])
        self.view_menu = bar.addMenu(self.tr("&Affichage"))
        self.view_menu.addActions(self.page_actions)
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.refresh_action)
        self.documents_menu = bar.addMenu(self.tr("&Documents"))
        self.documents = DocumentsMenu(
            self, self._context, self._current_seance_id, lambda: self.actions_page.current_query()
        )
        self.documents.build(self.documents_menu)
        self.help_menu = bar.addMenu(self.tr("&Aide"))
        self.help_menu.addAction(self.about_action)

    def _build_toolbar(self) -> None:
        toolbar = self.addToolBar(self.tr("Barre d'outils"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setIconSize(QSize(20, 20))
        toolbar.addActions([self.refresh_action, self.search_everywhere_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action])

    def _build_status_bar(self) -> None:
        self.database_label = QLabel(self._db_description)
        self.user_label_hint = ""
        self.user_label = QLabel()
        if self.services_ready:
            self._show_user()
        self.busy_indicator = BusyIndicator()
        status = self.statusBar()
        status.addWidget(self.database_label, 1)
        status.addPermanentWidget(self.busy_indicator)
        status.addPermanentWidget(self.user_label)
        self._tasks.busy_changed.connect(self.busy_indicator.set_busy)
        self._tasks.progress.connect(self.busy_indicator.set_progress)
        self._tasks.failed.connect(self._on_tasks_failed)

    def _show_user(self) -> None:
        self.user_label.setText(self._user_text(self._services.context.user))
        self.user_label.setToolTip(self.user_label_hint)

    def _user_text(self, user: CurrentUser) -> str:
        """The person at work, or plainly the system account when no person is known."""
        if user.registered:
            return f"{user.display_name} — {tr_label(user.role)}"
        self.user_label_hint = self.tr(
            "Le compte système « {login} » n'est pas un utilisateur enregistré de cette base : "
            "vos modifications portent ce nom. Lancez l'application avec GUSP_USER=identifiant "
            "(par exemple claire) ou demandez à un coordinateur de vous enregistrer."
        ).format(login=user.username)
        return self.tr("Compte système « {login} » (non enregistré) — {role}").format(
            login=user.username, role=tr_label(user.role)
        )

    def _current_seance_id(self) -> int | None:
        """The séance selected on the Séances page (none while that page was never shown)."""
        return self.seances_page.current_seance_id() if self.pages.is_built("seances") else None

    @property
    def search_launcher(self) -> SearchLauncher:
        """The « Rechercher partout » palette, built the first time it is asked for."""
        if self._search_launcher is None:
            from gusp_desktop.ui.search_launcher import SearchLauncher

            self._search_launcher = SearchLauncher(
                self._services.search, self._tasks, self, self.open_item, self._open_point
            )
        return self._search_launcher

    # -- navigation ------------------------------------------------------------------------

    def current_key(self) -> str:
        """Key of the page shown."""
        return self.pages.key_at(max(self.stack.currentIndex(), 0))

    def show_page(self, key: str) -> None:
        """Show a page (its first showing builds and loads it)."""
        self.sidebar.setCurrentRow(self.pages.index_of(key))

    def current_page(self) -> Page:
        """The page shown."""
        return self.pages[self.current_key()]

    @Slot(int)
    def _on_sidebar_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.pages.key_at(row)
        self.setWindowTitle(f"{self.sidebar.title(row)} — {APP_DISPLAY_NAME}")
        ready = self.services_ready
        if not ready and key not in EARLY_PAGES:
            self.stack.setCurrentIndex(row)  # its placeholder, « Chargement… », until ready
            return
        page = self.pages[key]
        self.stack.setCurrentIndex(row)  # the page's scroll area (see ui.page_stack)
        self._bind_undo_stack(page.undo_stack)
        self.new_action.setEnabled(ready and page.can_create())
        if ready and page.key not in self._refreshed:
            self._refreshed.add(page.key)
            if self._opening:  # the first page reads its data once the window is painted
                QTimer.singleShot(0, page.refresh)
            else:
                page.refresh()

    def _bind_undo_stack(self, stack: QUndoStack | None) -> None:
        """Let the Édition menu undo what the shown page recorded (nothing when it has none)."""
        if stack is None:
            active = self.undo_group.activeStack()
            if active is not None:
                active.setActive(False)
            return
        if stack not in self.undo_group.stacks():
            self.undo_group.addStack(stack)
        stack.setActive(True)

    @Slot(str, int)
    def open_item(self, entity: str, entity_id: int) -> None:
        """Show one entity (séance, action, organisation…) on the page that opens it."""
        spec = spec_opening(entity)
        if spec is None or not self.services_ready:
            return
        self.show_page(spec.key)
        self.pages[spec.key].open_entity(entity, entity_id)

    @Slot(object)
    def _on_dashboard_filter_requested(self, query: ActionQuery) -> None:
        if not self.services_ready:
            return
        self.show_page("actions")
        self.actions_page.show_query(query)

    # -- menu actions ----------------------------------------------------------------------

    @Slot()
    def _on_new_action_triggered(self) -> None:
        if not self.services_ready:  # disabled meanwhile; a queued trigger is refused
            return
        page = self.current_page()
        if page.can_create():
            page.new_record()

    @Slot()
    def _on_search_action_triggered(self) -> None:
        """Ctrl+F: the page's own search box, or searching everywhere on a page without one."""
        if not self.services_ready:
            return
        page = self.current_page()
        page.focus_search()
        focused = QApplication.focusWidget()
        if not (isinstance(focused, QLineEdit) and page.isAncestorOf(focused)):
            self.search_launcher.show()

    @Slot()
    def _on_search_everywhere_triggered(self) -> None:
        if self.services_ready:
            self.search_launcher.show()

    def _open_point(self, seance_id: int, item_id: int, tab: int, found: str) -> None:
        """A search result inside a séance: its agenda or compte rendu at that point."""
        self.show_page("seances")
        self.seances_page.open_point(seance_id, item_id, tab, found)

    @Slot()
    def _on_refresh_action_triggered(self) -> None:
        if self.services_ready:
            self.current_page().refresh()

    @Slot()
    def _on_preferences_action_triggered(self) -> None:
        from gusp_desktop.ui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self._settings, self)
        dialog.setObjectName("preferences_dialog")
        dialog.accepted.connect(dialog.deleteLater)
        dialog.rejected.connect(dialog.deleteLater)
        dialog.open()

    @Slot()
    def _on_about_action_triggered(self) -> None:
        text = self.tr(
            "{app} {version}\nSuivi des comités GUSP, du plan d'actions et des comptes rendus."
            "\nLicence EUPL 1.2.\n\n{database}"
        ).format(
            app=APP_DISPLAY_NAME, version=gusp_desktop.__version__, database=self._db_description
        )
        self._prompts.info(self, self.tr("À propos de GUSP Desktop"), text)

    @Slot(object)
    def _on_tasks_failed(self, error: BaseException) -> None:
        self._prompts.show_error(self, error)

    # -- state -----------------------------------------------------------------------------

    def restore_state(self) -> None:
        """Geometry, toolbar, splitters and last page as they were at the last close."""
        settings = self._settings
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)
        if not settings.window_state.isEmpty():
            self.restoreState(settings.window_state)
        settings.restore_splitters(self)
        last = settings.last_page
        self.show_page(last if last in self.pages else "dashboard")

    def save_state(self) -> None:
        """Remember geometry, toolbar, splitters and current page."""
        settings = self._settings
        settings.geometry = self.saveGeometry()
        settings.window_state = self.saveState()
        settings.save_splitters(self)
        settings.last_page = self.current_key()
        settings.sync()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.sidebar.set_compact(event.size().width() < COMPACT_BELOW)
        # The splitter keeps the sidebar's pane at its old share (200 pixels, or what was
        # saved) even when the fixed-width sidebar is narrower: a blank band. No band.
        sizes, width = self.splitter.sizes(), self.sidebar.width()
        if sizes and sizes[0] != width:
            self.splitter.setSizes([width, sum(sizes) - width])
        super().resizeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Let pages with unsaved work refuse, then remember the layout."""
        if not all(page.can_close() for page in self.pages.built()):
            event.ignore()
            return
        self.save_state()
        event.accept()
