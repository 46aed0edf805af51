"""Composition root of the desktop application (placeholder window until the full UI lands)."""

from __future__ import annotations

import sys


def run_gui(db: str | None) -> int:
    """Open the main window on the chosen database."""
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    from gusp_desktop.cli.runtime import Runtime
    from gusp_desktop.db.engine import describe

    runtime = Runtime(db)
    runtime.prepare_schema()
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("GUSP Desktop")
    window.setCentralWidget(QLabel(describe(runtime.url)))
    window.show()
    return app.exec()
