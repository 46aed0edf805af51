"""The main window on the demo territory: navigation, shortcuts, status bar, saved layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from gusp_desktop.domain.errors import NotFoundError
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.dialogs.preferences import PreferencesDialog
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.pages.actions import ActionsPage
from gusp_desktop.ui.pages.territory import QuartierAdapter
from gusp_desktop.ui.prompts import ScriptedPrompts
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.ui.helpers import adapter_of

PAGE_KEYS = ["dashboard", "seances", "actions", "directory", "territory", "atfpb", "signalements"]


def open_window(
    qtbot,
    services: Services,
    tasks,
    prompts,
    settings_path: Path,
    db: str = "Fichier local : x",
    restored: bool = False,
) -> MainWindow:
    """The window on a desktop-sized frame (the test screen is smaller), or ``restored``: at
    the size its settings remember."""
    window = create_main_window(services, tasks, prompts, AppSettings(settings_path), db)
    qtbot.addWidget(window)
    if not restored:
        window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


@pytest.fixture
def window(qtbot, demo_services, tasks, prompts, settings_path) -> MainWindow:
    return open_window(qtbot, demo_services, tasks, prompts, settings_path)


def test_opens_on_the_dashboard_with_every_page_in_the_sidebar(window: MainWindow) -> None:
    assert window.current_key() == "dashboard"
    assert list(window.pages) == PAGE_KEYS
    labels = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert labels == [
        "Tableau de bord",
        "Séances",
        "Plan d'actions",
        "Annuaire",
        "Territoire",
        "ATFPB",
        "Signalements",
    ]
    assert window.pages["dashboard"] is window.dashboard_page
    assert window.windowTitle() == "Tableau de bord — GUSP Desktop"
    assert not window.windowIcon().isNull()
    assert [page.key for page in window.pages.values()] == PAGE_KEYS
    assert [page.shortcut for page in window.pages.values()] == [f"Ctrl+{n}" for n in range(1, 8)]
    assert [a.shortcut().toString() for a in window.page_actions] == [
        f"Ctrl+{n}" for n in range(1, 8)
    ]


def test_sidebar_click_shows_the_page(qtbot, window: MainWindow) -> None:
    item = window.sidebar.item(2)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_key() == "actions"
    page = window.actions_page
    assert isinstance(page, ActionsPage)
    assert page.isVisible() and window.stack.currentWidget().isAncestorOf(page)
    assert page.model.rowCount() == 60  # first showing loaded it


def test_ctrl_number_shortcuts_switch_pages(qtbot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "actions"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dashboard"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "territory"


def test_ctrl_f_focuses_the_plan_search(qtbot, window: MainWindow) -> None:
    window.show_page("actions")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    search = window.actions_page.filter_bar.search_edit
    qtbot.waitUntil(search.hasFocus)


def test_status_bar_names_database_and_user(
    qtbot, demo_services, tasks, prompts, settings_path
) -> None:
    window = open_window(
        qtbot, demo_services, tasks, prompts, settings_path, "Fichier local : /tmp/gusp.sqlite3"
    )
    assert window.database_label.text() == "Fichier local : /tmp/gusp.sqlite3"
    assert window.user_label.text() == "Claire — Coordinateur"


def test_busy_indicator_follows_the_task_runner(window: MainWindow, tasks) -> None:
    assert window.busy_indicator.isHidden()
    tasks.busy_changed.emit(True)
    assert window.busy_indicator.isVisible()
    tasks.progress.emit(3, 10, "Export en cours")
    assert window.busy_indicator.progress_bar.value() == 3
    tasks.busy_changed.emit(False)
    assert window.busy_indicator.isHidden()


def test_unhandled_task_error_reaches_the_user(window: MainWindow, tasks, prompts) -> None:
    def fail() -> None:
        raise NotFoundError("Action n° 999 introuvable.")

    tasks.run(fail)
    assert prompts.shown[-1] == ("error", "Opération impossible", "Action n° 999 introuvable.")


def test_f5_refreshes_the_current_page(qtbot, window: MainWindow, demo_services) -> None:
    dashboard = window.dashboard_page
    assert dashboard.data is not None
    before = dashboard.data
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert dashboard.data is not before


def test_about_goes_through_prompts(window: MainWindow, prompts: ScriptedPrompts) -> None:
    window.about_action.trigger()
    kind, title, text = prompts.shown[-1]
    assert (kind, title) == ("info", "À propos de GUSP Desktop")
    assert "Fichier local" in text


def test_menus_are_french(window: MainWindow) -> None:
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&Fichier", "&Édition", "&Affichage", "&Documents", "&Aide"]
    assert window.undo_action.text().startswith("Annuler")


def test_layout_and_last_page_survive_a_restart(
    qtbot, demo_services, tasks, prompts, settings_path
) -> None:
    first = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    first.show_page("actions")
    # The offscreen screen is 800 × 800: stay within it so no clamping blurs the check.
    first.resize(QSize(max(700, first.minimumSizeHint().width()), 560))
    size = first.size()
    page = first.actions_page
    page.splitter.setSizes([380, 170])
    sizes = page.splitter.sizes()
    first.close()
    assert AppSettings(settings_path).last_page == "actions"

    second = open_window(qtbot, demo_services, tasks, prompts, settings_path, restored=True)
    assert second.current_key() == "actions"
    assert second.size() == size
    assert second.actions_page.splitter.sizes() == sizes


def test_language_preference_is_stored(qtbot, window: MainWindow, settings_path) -> None:
    window.preferences_action.trigger()
    dialog = window.findChild(PreferencesDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    qtbot.mouseClick(dialog.button_box.buttons()[0], Qt.MouseButton.LeftButton)
    assert AppSettings(settings_path).language == "en"


def test_open_item_routes_actions_to_the_plan(window: MainWindow, demo_services) -> None:
    target = demo_services.actions.get_by_number("HM-25-010").row
    window.open_item("action", target.id)
    assert window.current_key() == "actions"
    page = window.actions_page
    assert page.detail_panel.action_id == target.id
    assert page.model.rowCount() == 1
    assert page.current_index().row() == 0


def test_read_only_user_cannot_edit_statuses(qtbot, demo_db_path, prompts, settings_path) -> None:
    from gusp_desktop.db.engine import make_engine
    from gusp_desktop.domain.enums import UserRole
    from tests.fixtures.databases import make_context, make_services

    engine = make_engine(f"sqlite:///{demo_db_path}")
    reader = make_context(engine, role=UserRole.LECTEUR, username="rose")
    services = make_services(engine, demo_db_path.parent / "data", reader)
    window = open_window(qtbot, services, ImmediateTaskRunner(), prompts, settings_path)
    window.show_page("actions")
    model = window.actions_page.model
    assert not model.flags(model.index(0, 7)) & Qt.ItemFlag.ItemIsEditable
    assert window.user_label.text() == "Rose — Lecteur"
    window.close()
    engine.dispose()
    assert QApplication.instance() is not None


def test_edit_menu_drives_the_visible_page_undo_stack(window: MainWindow) -> None:
    from PySide6.QtGui import QUndoCommand, QUndoStack

    done: list[str] = []

    class Note(QUndoCommand):
        def redo(self) -> None:
            done.append("redo")

        def undo(self) -> None:
            done.append("undo")

    page = window.directory_page
    stack = QUndoStack(page)
    page.undo_stack = stack  # any page may expose one
    window.show_page("directory")
    assert window.undo_group.activeStack() is stack
    stack.push(Note("Ajouter un point"))
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "Annuler Ajouter un point"
    window.undo_action.trigger()
    assert done == ["redo", "undo"]
    window.show_page("dashboard")
    assert window.undo_group.activeStack() is None
    assert not window.undo_action.isEnabled()


def test_preferences_refuse_a_missing_logo_and_keep_valid_choices(
    window: MainWindow, tmp_path: Path
) -> None:
    dialog = PreferencesDialog(window._settings, window)
    dialog.logo_edit.setText(str(tmp_path / "absent.png"))
    dialog.accept()
    assert "n'existe pas" in dialog.error_label.text()
    assert window._settings.logo_path == ""
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    dialog.logo_edit.setText(str(logo))
    dialog.timestamp_edit.setText("https://horodatage.example.fr/tsa")
    dialog.accept()
    assert window._settings.logo_path == str(logo)
    assert window._settings.timestamp_url == "https://horodatage.example.fr/tsa"


def test_new_starts_a_record_on_the_page_shown(qtbot, window: MainWindow) -> None:
    assert not window.new_action.isEnabled()  # the dashboard lists nothing to create
    window.show_page("territory")
    assert window.new_action.isEnabled()
    panel = window.territory_page.quartier_panel
    panel.record_view.selectRow(0)
    assert panel.current is not None
    window.new_action.trigger()
    assert panel.current is None
    adapter = adapter_of(panel, QuartierAdapter)
    assert adapter.code_edit.text() == ""
    qtbot.waitUntil(adapter.code_edit.hasFocus)
    window.show_page("actions")
    assert window.new_action.isEnabled()  # a new action of the plan
    window.show_page("dashboard")
    assert not window.new_action.isEnabled()


def test_open_item_routes_an_organisation_to_the_directory(
    window: MainWindow, demo_services
) -> None:
    organisation = demo_services.directory.list_organisations()[2]
    window.show_page("directory")  # loaded, as when a page asks to open one of its records
    window.open_item("organisation", organisation.id)
    assert window.current_key() == "directory"
    assert window.directory_page.organisation_panel.current == organisation


def test_sidebar_keeps_its_width_and_shows_every_title(qtbot, window) -> None:
    """Opening a page that wants room never squeezes the page names."""
    sidebar = window.sidebar
    metrics = sidebar.fontMetrics()
    widest = max(metrics.horizontalAdvance(sidebar.item(r).text()) for r in range(sidebar.count()))
    width = sidebar.width()
    assert sidebar.minimumWidth() == sidebar.maximumWidth() > widest + sidebar.iconSize().width()
    for key in window.pages:
        window.show_page(key)
        qtbot.wait(10)
        assert sidebar.width() == width


def test_narrow_window_shows_the_sidebar_icons_only(qtbot, window) -> None:
    """At 1280 pixels the titles give their room to the page, each in its tooltip."""
    sidebar = window.sidebar
    titled = sidebar.width()
    titles = [sidebar.item(r).text() for r in range(sidebar.count())]
    window.resize(1280, 720)
    qtbot.waitUntil(lambda: sidebar.width() < titled)
    assert window.splitter.sizes()[0] == sidebar.width()
    assert sidebar.width() <= sidebar.iconSize().width() + 40
    assert [sidebar.item(r).text() for r in range(sidebar.count())] == [""] * len(titles)
    assert [sidebar.item(r).toolTip() for r in range(sidebar.count())] == titles
    window.show_page("actions")
    assert window.windowTitle().startswith("Plan d'actions — ")
    # Told apart by their icons alone, the current one visible on the selection's colour.
    icons = [sidebar.item(r).icon() for r in range(sidebar.count())]
    drawn = [i.pixmap(24, 24).toImage() for i in icons]
    assert all(drawn[a] != drawn[b] for a in range(len(drawn)) for b in range(a))
    for entry in icons:
        assert entry.pixmap(24, 24, QIcon.Mode.Selected).toImage() != entry.pixmap(24, 24).toImage()
    window.resize(1400, 900)
    qtbot.waitUntil(lambda: sidebar.width() == titled)
    assert window.splitter.sizes()[0] == titled  # no blank band beside it
    assert [sidebar.item(r).text() for r in range(sidebar.count())] == titles
    assert sidebar.item(0).toolTip() == ""


def test_every_seance_tab_fits_a_1366_pixel_screen(qtbot, window, demo_services, qapp) -> None:
    """A walk's « Terrain » tab (the widest) never forces the window past a laptop's width.

    Measured with the application's own style (Fusion pads buttons more than Qt's default).
    """
    from gusp_desktop.ui.theme import apply_theme

    style, palette = qapp.style().name() or "fusion", qapp.palette()
    apply_theme(qapp, dark=False)
    try:
        _check_seance_tabs_fit(qtbot, window, demo_services)
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)


def _check_seance_tabs_fit(qtbot, window, demo_services) -> None:
    seances = demo_services.meetings.list_seances()
    walk = next(s for s in seances if s.instance_code.startswith("DEM"))
    window.resize(1366, 768)
    window.open_item("seance", walk.id)
    tabs = window.seances_page.seance_view.tabs
    qtbot.waitUntil(lambda: tabs.count() >= 6)
    for index in range(tabs.count()):
        tabs.setCurrentIndex(index)
        assert window.minimumSizeHint().width() <= 1366, tabs.tabText(index)


def test_status_bar_names_the_person_or_says_the_account_is_not_registered(
    qtbot, demo_services, tasks, prompts, settings_path
) -> None:
    import dataclasses

    from gusp_desktop.domain.accounts import CurrentUser
    from gusp_desktop.domain.enums import UserRole

    window = open_window(qtbot, demo_services, tasks, prompts, settings_path)
    assert window.user_label.text().endswith("— Coordinateur")
    assert "Compte système" not in window.user_label.text()
    root = CurrentUser("root", "root", UserRole.COORDINATEUR, registered=False)
    context = dataclasses.replace(demo_services.context, user=root)
    services = dataclasses.replace(demo_services, context=context)
    other = open_window(qtbot, services, tasks, prompts, settings_path)
    label = other.user_label
    assert label.text() == "Compte système « root » (non enregistré) — Coordinateur"
    assert "GUSP_USER" in label.toolTip()


def test_page_and_search_shortcuts_work_wherever_the_focus_is(qtbot, window: MainWindow) -> None:
    """Ctrl+1…, Ctrl+F from inside a text box, a table or the minutes editor alike."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QLineEdit, QPlainTextEdit, QTableView, QTextEdit

    def press(widget, key: Qt.Key) -> None:
        window.activateWindow()
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        QTest.keyClick(window.windowHandle(), key, Qt.KeyboardModifier.ControlModifier)

    keys = list(window.pages)
    for key in keys:
        window.show_page(key)
        page = window.pages[key]
        focusable = [
            w
            for kind in (QLineEdit, QPlainTextEdit, QTextEdit, QTableView)
            for w in page.findChildren(kind)
            if w.isVisible() and w.isEnabled()
        ]
        for widget in focusable[:3]:
            press(widget, Qt.Key.Key_1)
            assert window.current_key() == "dashboard", (key, type(widget).__name__)
            window.show_page(key)
        target = keys.index("actions") + 1
        if focusable:
            press(focusable[0], Qt.Key(Qt.Key.Key_0 + target))
            assert window.current_key() == "actions", key


def test_ctrl_f_on_a_page_without_its_own_search_opens_search_everywhere(
    qtbot, window: MainWindow
) -> None:
    palette = window.search_launcher.palette
    window.show_page("dashboard")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(palette.isVisible)
    palette.hide()
    window.show_page("actions")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.actions_page.filter_bar.search_edit.hasFocus)
    assert not palette.isVisible()


def test_dashboard_fits_a_1366_by_768_screen_without_scrolling(qtbot, window, qapp) -> None:
    from PySide6.QtWidgets import QScrollArea

    from gusp_desktop.ui.theme import apply_theme

    style, palette = qapp.style().name() or "fusion", qapp.palette()
    apply_theme(qapp, dark=False)
    try:
        window.resize(1366, 768)
        window.show_page("dashboard")
        qtbot.wait(50)
        scroll = window.dashboard_page.findChild(QScrollArea)
        assert scroll is not None
        assert scroll.verticalScrollBar().maximum() == 0
        assert scroll.horizontalScrollBar().maximum() == 0
    finally:
        qapp.setStyle(style)
        qapp.setPalette(palette)
