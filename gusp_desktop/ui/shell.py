"""The window's frame, painted before the database layer is even imported.

Importing SQLAlchemy, the model and every service takes most of a second; a coordinator who
starts the application should see it open at once. The shell has the main window's place,
size, title and sidebar, and says the database is being opened; the main window replaces it
where it stands as soon as it is built. It imports nothing but Qt and the preferences.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QMainWindow, QSplitter

from gusp_desktop import APP_DISPLAY_NAME
from gusp_desktop.ui.pages.catalogue import PAGES
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.widgets.icons import icon

# The sidebar of the main window, by page key (from the pages' catalogue, which imports none).
PAGE_TITLES = tuple((spec.key, spec.title) for spec in PAGES)


class StartupShell(QMainWindow):
    """Sidebar and an « opening » message where the main window will be."""

    def __init__(self, settings: AppSettings) -> None:
        super().__init__()
        self.setWindowTitle(APP_DISPLAY_NAME)
        self.setWindowIcon(icon("gusp"))
        self.sidebar = QListWidget()
        self.sidebar.setIconSize(QSize(24, 24))
        self.sidebar.setMaximumWidth(240)
        self.sidebar.setEnabled(False)
        for key, title in PAGE_TITLES:
            self.sidebar.addItem(key)
            item = self.sidebar.item(self.sidebar.count() - 1)
            item.setText(QCoreApplication.translate("Pages", title))
            item.setIcon(icon(key))
        self.message = QLabel(
            QCoreApplication.translate("Shell", "Ouverture de la base de données…")
        )
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.message)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 1080])
        self.setCentralWidget(splitter)
        self.resize(1280, 800)
        if not settings.geometry.isEmpty():
            self.restoreGeometry(settings.geometry)


def show_shell(settings: AppSettings) -> StartupShell:
    """Show the shell and let Qt paint it now, before the slow imports that follow."""
    shell = StartupShell(settings)
    shell.show()
    QApplication.processEvents()  # once: map and paint the window
    return shell
