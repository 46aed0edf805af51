"""Status-bar indicator telling the user that background work is running."""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QWidget


class BusyIndicator(QWidget):
    """An indeterminate bar while tasks run, a real percentage when a task reports progress.

    Hidden when idle, so a glance at the status bar says whether the application is working.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.message_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(False)
        self.progress_bar.setRange(0, 0)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.message_label)
        layout.addWidget(self.progress_bar)
        self.setVisible(False)

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        """Show or hide the indicator (bound to ``TaskRunner.busy_changed``)."""
        if not busy:
            self.progress_bar.setRange(0, 0)
            self.message_label.clear()
        self.setVisible(busy)
        self.setToolTip(self.tr("Travail en cours en arrière-plan…") if busy else "")

    @Slot(int, int, str)
    def set_progress(self, done: int, total: int, message: str) -> None:
        """Show a task's progress (bound to ``TaskRunner.progress``)."""
        if total > 0:
            self.progress_bar.setRange(0, total)
            self.progress_bar.setValue(done)
        self.message_label.setText(message)
