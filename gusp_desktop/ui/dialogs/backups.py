"""Fichier › « Sauvegardes… »: the local database's automatic backups, and restoring one.

The same facts and the same confirmation as ``gusp-desktop db backups`` / ``db restore``: the
dialog states what restoring will lose before anything is replaced, and keeps the current file
as a backup first. Restoring releases the window's connections, then closes the window: every
page would otherwise still show the data of the file that was replaced.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.db import restore as restoring
from gusp_desktop.db.backups import MANUAL, Backup, BackupStore
from gusp_desktop.domain.errors import GuspError
from gusp_desktop.ui.prompts import Prompts

if TYPE_CHECKING:
    from gusp_desktop.ui.main_window import MainWindow

Release = Callable[[], None]
translate = QCoreApplication.translate


class BackupsDialog(QDialog):
    """The list of backups with « Sauvegarder maintenant » and « Restaurer… »."""

    def __init__(
        self,
        store: BackupStore,
        database: Path,
        prompts: Prompts,
        release: Release,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._database, self._prompts = store, database, prompts
        self._release = release
        self.restored = False
        self.setWindowTitle(self.tr("Sauvegardes de la base locale"))
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Date"), self.tr("Motif"), self.tr("Taille")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.where = QLabel(self.tr("Dossier : {folder}").format(folder=store.folder))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.backup_button = QPushButton(self.tr("Sauvegarder maintenant"))
        self.restore_button = QPushButton(self.tr("Restaurer…"))
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.backup_button.clicked.connect(self._on_backup_button_clicked)
        self.restore_button.clicked.connect(self._on_restore_button_clicked)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.where)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self.reload()

    def reload(self) -> None:
        """Read the backup folder again."""
        self.backups: list[Backup] = self._store.entries()
        self.table.setRowCount(len(self.backups))
        for row, backup in enumerate(self.backups):
            cells = (
                f"{backup.taken_at:%d/%m/%Y %H:%M}",
                backup.reason_label,
                f"{backup.size / 1024:.0f} Kio",
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.backups:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Backup | None:
        rows = self.table.selectionModel().selectedRows()
        return self.backups[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.restore_button.setEnabled(chosen is not None and chosen.restorable)

    def _on_backup_button_clicked(self) -> None:
        try:
            self._store.take(self._database, MANUAL)
        except (GuspError, OSError) as error:
            self._prompts.show_error(self, error)
            return
        self.reload()

    def _on_restore_button_clicked(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        try:
            report = restoring.assess(chosen, self._database)
        except GuspError as error:
            self._prompts.show_error(self, error)
            return
        question = "\n".join([*report.lines(), "", self.tr("Restaurer cette sauvegarde ?")])
        if not self._prompts.confirm(self, self.tr("Restaurer une sauvegarde"), question):
            return
        self._release()
        try:
            kept = restoring.restore(report, self._database, self._store)
        except (GuspError, OSError) as error:
            self._prompts.show_error(self, error)
            return
        self.restored = True
        done = self.tr("Base restaurée depuis la {backup}.").format(backup=chosen.describe())
        if kept is not None:
            done += "\n" + self.tr("L'ancienne base est gardée : {path}").format(path=kept)
        done += "\n\n" + self.tr("La fenêtre va se fermer : relancez GUSP Desktop.")
        self._prompts.info(self, self.tr("Restauration terminée"), done)
        self.accept()


def add_backups_action(
    window: MainWindow, store: BackupStore, database: Path, prompts: Prompts, release: Release
) -> QAction:
    """Fichier › « Sauvegardes… »; a restoration closes ``window`` afterwards."""
    action = QAction(translate("BackupsDialog", "Sa&uvegardes…"), window)

    def show() -> None:
        dialog = BackupsDialog(store, database, prompts, release, window)
        dialog.exec()
        if dialog.restored:
            window.close()

    action.triggered.connect(show)
    window.file_menu.insertAction(window.preferences_action, action)
    return action


def offer_restore(
    parent: QWidget | None, store: BackupStore, database: Path, prompts: Prompts, release: Release
) -> None:
    """At start-up, a damaged local file: propose the backups before giving up."""
    if not store.entries():
        return
    if prompts.confirm(
        parent,
        translate("BackupsDialog", "Base endommagée"),
        translate(
            "BackupsDialog",
            "Voulez-vous restaurer une sauvegarde automatique de la base locale ?",
        ),
    ):
        BackupsDialog(store, database, prompts, release, parent).exec()
