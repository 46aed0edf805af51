"""First start: an empty database or the demo territory, one click each.

Shown only when no database was chosen and none exists yet. Preparing the chosen database
(creating the schema, loading the demo) runs in the background with a busy bar, so the dialog
stays responsive; an error leaves both choices available again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop import APP_DISPLAY_NAME
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner
from gusp_desktop.ui.widgets.icons import icon

EMPTY = "empty"
DEMO = "demo"


class WelcomeDialog(QDialog):
    """Asks how to start; ``choice`` tells which database was prepared once accepted."""

    def __init__(
        self,
        tasks: TaskRunner,
        prompts: Prompts,
        prepare: Callable[[str], object],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._prompts = prompts
        self._prepare = prepare
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Bienvenue dans {app}").format(app=APP_DISPLAY_NAME))
        self.setWindowIcon(icon("gusp"))
        self.empty_button = QPushButton(self.tr("Créer une base vide"))
        self.demo_button = QPushButton(self.tr("Ouvrir le territoire de démonstration"))
        self.demo_button.setDefault(True)
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, 0)
        self.progress_bar.hide()
        self._build_layout()
        self.empty_button.clicked.connect(self._on_empty_button_clicked)
        self.demo_button.clicked.connect(self._on_demo_button_clicked)

    def _build_layout(self) -> None:
        intro = QLabel(
            self.tr(
                "Aucune base de données n'est encore ouverte sur ce poste.\n\n"
                "Commencez par une base vide pour saisir votre territoire, ou découvrez "
                "l'application avec le territoire fictif de Marvelin Agglomération "
                "(3 quartiers, 19 séances, 60 actions)."
            )
        )
        intro.setWordWrap(True)
        intro.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.demo_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.progress_bar)
        self.setMinimumWidth(520)

    @Slot()
    def _on_empty_button_clicked(self) -> None:
        self._start(EMPTY)

    @Slot()
    def _on_demo_button_clicked(self) -> None:
        self._start(DEMO)

    def _start(self, choice: str) -> None:
        self._set_working(True)
        self._tasks.run(
            lambda: self._prepare(choice),
            lambda _result: self._on_prepared(choice),
            self._on_failed,
            write=True,
        )

    def _on_prepared(self, choice: str) -> None:
        self.choice = choice
        self._set_working(False)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._set_working(False)
        self._prompts.show_error(self, error)

    def _set_working(self, working: bool) -> None:
        self.empty_button.setEnabled(not working)
        self.demo_button.setEnabled(not working)
        self.progress_bar.setVisible(working)
