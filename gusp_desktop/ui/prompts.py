"""Every question the window asks the user goes through one replaceable object.

Tests substitute :class:`ScriptedPrompts`, so no test ever has to poke a modal dialog.
"""

from __future__ import annotations

from collections import deque
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from gusp_desktop.domain.errors import ConflictError, GuspError, ValidationError
from gusp_desktop.error_log import log_unexpected, unexpected_message
from gusp_desktop.ui.labels import error_message

if TYPE_CHECKING:
    from gusp_desktop.ui.dialogs.conflict import Resolution


#: How long a status-bar notice stays (ms).
NOTICE_MS = 6000


class Prompts:
    """Real dialogs."""

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        """Yes/no question; « Non » is the default so Entrée never destroys anything."""
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(parent, title, text, buttons.Yes | buttons.No, buttons.No)
        return bool(answer == buttons.Yes)

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        """Informative message."""
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        """Error message."""
        QMessageBox.warning(parent, title, text)

    def notify(self, parent: QWidget | None, text: str) -> None:
        """Say in the main window's status bar that something worked (no dialog to close).

        A save that changes nothing visible — a contact in the annuaire, a follow-up point —
        otherwise leaves the user wondering whether it was taken.
        """
        window = parent.window() if parent is not None else None
        opener = window.parentWidget() if isinstance(window, QDialog) else None
        if opener is not None:
            window = opener.window()
        if isinstance(window, QMainWindow):
            window.statusBar().showMessage(text, NOTICE_MS)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        """Where to save a file, or None when cancelled."""
        name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
        return Path(name) if name else None

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        """Which file to open, or None when cancelled."""
        name, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return Path(name) if name else None

    def passphrase(self, parent: QWidget | None, label: str) -> str | None:
        """A secret typed by the user (never echoed), or None when cancelled."""
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("Prompts", "Phrase secrète"),
            label,
            QLineEdit.EchoMode.Password,
        )
        return text if ok else None

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        """One line of text, or None when cancelled."""
        text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, value)
        return text if ok else None

    def decision_text(
        self, parent: QWidget | None, title: str, label: str, value: str = ""
    ) -> str | None:
        """A decision's text, personal data markable as in the notes; None when cancelled."""
        from gusp_desktop.ui.dialogs.decision_text import ask_decision_text

        return ask_decision_text(parent, title, label, value)

    def resolve_conflict(self, parent: QWidget | None, error: ConflictError) -> Resolution | None:
        """Both versions side by side: keep mine, take theirs, or merge (None: cancelled)."""
        from gusp_desktop.ui.dialogs.conflict import ask_conflict_resolution

        return ask_conflict_resolution(parent, error)

    def show_error(self, parent: QWidget | None, error: BaseException) -> None:
        """Show an exception the way users should read it.

        A bug (anything but a ``GuspError``) is logged with its traceback before the message,
        which says where the log file is.
        """
        if isinstance(error, ConflictError):
            self.error(
                parent,
                QCoreApplication.translate("Prompts", "Conflit de modification"),
                error_message(error),
            )
        elif isinstance(error, ValidationError):
            self.error(
                parent,
                QCoreApplication.translate("Prompts", "Saisie refusée"),
                error_message(error),
            )
        elif isinstance(error, GuspError):
            self.error(
                parent,
                QCoreApplication.translate("Prompts", "Opération impossible"),
                error_message(error),
            )
        else:
            log_unexpected(error)
            self.error(
                parent,
                QCoreApplication.translate("Prompts", "Erreur inattendue"),
                unexpected_message(error),
            )


class ScriptedPrompts(Prompts):
    """Answers queued by a test; records every message shown."""

    def __init__(self, *answers: Any) -> None:
        self.answers: deque[Any] = deque(answers)
        self.shown: list[tuple[str, str, str]] = []
        self.notified: list[str] = []

    def _next(self, kind: str, title: str, text: str) -> Any:
        self.shown.append((kind, title, text))
        if not self.answers:
            raise AssertionError(f"Question inattendue ({kind}) : {title} — {text}")
        return self.answers.popleft()

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        return bool(self._next("confirm", title, text))

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("info", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.shown.append(("error", title, text))

    def notify(self, parent: QWidget | None, text: str) -> None:
        self.notified.append(text)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: Path, file_filter: str
    ) -> Path | None:
        result = self._next("save_path", title, str(suggested))
        return Path(result) if result else None

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> Path | None:
        result = self._next("open_path", title, file_filter)
        return Path(result) if result else None

    def passphrase(self, parent: QWidget | None, label: str) -> str | None:
        result = self._next("passphrase", "Phrase secrète", label)
        return None if result is None else str(result)

    def text(self, parent: QWidget | None, title: str, label: str, value: str = "") -> str | None:
        result = self._next("text", title, label)
        return None if result is None else str(result)

    def decision_text(
        self, parent: QWidget | None, title: str, label: str, value: str = ""
    ) -> str | None:
        return self.text(parent, title, label, value)

    def resolve_conflict(self, parent: QWidget | None, error: ConflictError) -> Resolution | None:
        from gusp_desktop.ui.dialogs.conflict import resolve

        choice = self._next("conflict", error.entity, error.message)
        return None if choice is None else resolve(error, choice)
