"""What was said and decided on one point: notes saved as they are typed, and decisions."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.agenda import AgendaItemDTO, DecisionDTO
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.ui.autosave import NotesAutosaver, RecoveryJournal
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.widgets.personal_data_marks import PersonalDataMarking

IdRole = Qt.ItemDataRole.UserRole
MUTED_STYLE = "color: #5f6368;"


class PointMinutesPanel(PagePart):
    """Notes (autosaved) and decisions of one point of the ordre du jour."""

    #: The decisions shown changed (the live meeting mode mirrors them).
    decisions_changed = Signal()

    def __init__(
        self,
        context: PageContext,
        journal: RecoveryJournal,
        item: AgendaItemDTO,
        *,
        writable: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self.item = item
        self._decisions: dict[int, DecisionDTO] = {}
        self._build_ui(writable)
        self.autosaver = NotesAutosaver(
            self.notes_edit,
            tasks=context.tasks,
            prompts=context.prompts,
            journal=journal,
            save=context.services.minutes.save_notes,
            seance_id=item.seance_id,
            item_id=item.id,
            label=item.title,
            initiator=context.initiator,
        )
        self._connect_signals()
        self.show_item(item)
        self._on_autosaver_state_changed("saved")

    def _build_ui(self, writable: bool) -> None:
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-weight: bold;")
        self.title_label.setWordWrap(True)
        self.description_label = QLabel()
        self.description_label.setStyleSheet(MUTED_STYLE)
        self.description_label.setWordWrap(True)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setReadOnly(not writable)
        self.notes_edit.setPlaceholderText(self.tr("Constats, échanges, points de vue…"))
        self.marking = PersonalDataMarking(self.notes_edit)
        self.state_label = QLabel()
        self.state_label.setStyleSheet(MUTED_STYLE)
        self.decision_list = QListWidget()
        self.decision_list.setMinimumHeight(40)  # the compte rendu fits 720 px high
        buttons = self._decision_buttons(writable)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.description_label)
        layout.addWidget(QLabel(self.tr("Notes")))
        layout.addWidget(self.notes_edit, 3)
        layout.addWidget(self.state_label)
        layout.addWidget(QLabel(self.tr("Décisions")))
        layout.addWidget(self.decision_list, 1)
        layout.addLayout(buttons)
        self._writable = writable

    def _decision_buttons(self, writable: bool) -> QHBoxLayout:
        self.add_decision_button = QPushButton(self.tr("Ajouter une décision…"))
        self.edit_decision_button = QPushButton(self.tr("Modifier…"))
        self.remove_decision_button = QPushButton(self.tr("Supprimer"))
        buttons = QHBoxLayout()
        for button in (
            self.add_decision_button,
            self.edit_decision_button,
            self.remove_decision_button,
        ):
            button.setEnabled(writable)
            buttons.addWidget(button)
        buttons.addStretch(1)
        return buttons

    def _connect_signals(self) -> None:
        self.autosaver.state_changed.connect(self._on_autosaver_state_changed)
        self.add_decision_button.clicked.connect(self._on_add_decision_button_clicked)
        self.edit_decision_button.clicked.connect(self._on_edit_decision_button_clicked)
        self.remove_decision_button.clicked.connect(self._on_remove_decision_button_clicked)
        self.decision_list.itemDoubleClicked.connect(self._on_edit_decision_button_clicked)
        # Ctrl+N and Suppr act on the decisions while the list has the focus.
        for key, slot in (
            (QKeySequence.StandardKey.New, self._on_add_decision_button_clicked),
            (QKeySequence.StandardKey.Delete, self._on_remove_decision_button_clicked),
        ):
            action = QAction(self.decision_list)
            action.setShortcut(key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            self.decision_list.addAction(action)

    # -- showing -------------------------------------------------------------------------

    def show_item(self, item: AgendaItemDTO) -> None:
        """Labels and decisions of the point as stored (the notes editor is left alone)."""
        self.item = item
        title = f"{item.position}. {item.title} — {tr_label(item.kind)}"
        if item.presenter_name:
            title += self.tr(" (présenté par {name})").format(name=item.presenter_name)
        self.title_label.setText(title)
        self.description_label.setText(item.description)
        self.description_label.setVisible(bool(item.description))
        self._show_decisions(item.decisions)
        self.sync_version(item)

    def sync_version(self, item: AgendaItemDTO) -> None:
        """Follow the stored point unless the user has typed something not saved yet.

        With pending text the stored version is kept as the base, so a concurrent change is
        detected as a conflict on the next save instead of being overwritten.
        """
        saver = self.autosaver
        if saver.dirty:
            return
        if item.notes != self.notes_edit.toPlainText():
            saver.reset(item.notes, item.version)
        else:
            saver.version = item.version

    def _show_decisions(self, decisions: tuple[DecisionDTO, ...] | list[DecisionDTO]) -> None:
        self.decision_list.clear()
        self._decisions = {d.id: d for d in decisions}
        for decision in decisions:
            entry = QListWidgetItem(decision.text)
            entry.setData(IdRole, decision.id)
            self.decision_list.addItem(entry)
        self.decisions_changed.emit()

    def decision_texts(self) -> list[str]:
        """The decisions of the point as stored, in order."""
        return [d.text for d in sorted(self._decisions.values(), key=lambda d: d.position)]

    def append_note(self, line: str) -> None:
        """Add a line at the end of the notes; it is saved like typed text."""
        if not self._writable:
            return
        cursor = QTextCursor(self.notes_edit.document())
        cursor.movePosition(QTextCursor.MoveOperation.End)
        text = self.notes_edit.toPlainText()
        cursor.insertText(("\n" if text and not text.endswith("\n") else "") + line + "\n")

    def _on_autosaver_state_changed(self, state: str) -> None:
        texts = {
            "saved": self.tr("Enregistré"),
            "pending": self.tr("Modifications en cours…"),
            "saving": self.tr("Enregistrement…"),
            "failed": self.tr("Échec de l'enregistrement : le texte est gardé sur ce poste."),
        }
        self.state_label.setText(texts.get(state, ""))

    # -- decisions -----------------------------------------------------------------------

    def _current_decision(self) -> DecisionDTO | None:
        entry = self.decision_list.currentItem()
        return self._decisions.get(entry.data(IdRole)) if entry is not None else None

    def _on_add_decision_button_clicked(self) -> None:
        if not self._writable:
            return
        text = self._prompts.decision_text(
            self, self.tr("Nouvelle décision"), self.tr("Décision :")
        )
        if text and text.strip():
            self.add_decision(text)

    def add_decision(self, text: str) -> None:
        """Record a decision at the end of the point's decisions."""
        if self._writable:
            minutes, item_id = self._services.minutes, self.item.id
            self._write(lambda: minutes.add_decision(item_id, text))

    def _on_edit_decision_button_clicked(self, *_args: Any) -> None:
        decision = self._current_decision()
        if decision is None or not self._writable:
            return
        text = self._prompts.decision_text(
            self, self.tr("Modifier la décision"), self.tr("Décision :"), decision.text
        )
        if text and text.strip() and text != decision.text:
            minutes = self._services.minutes
            self._write(lambda: minutes.update_decision(decision.id, decision.version, text))

    def _on_remove_decision_button_clicked(self) -> None:
        decision = self._current_decision()
        if decision is None or not self._writable:
            return
        question = self.tr("Supprimer la décision « {text} » ?").format(text=decision.text)
        if self._prompts.confirm(self, self.tr("Supprimer une décision"), question):
            minutes = self._services.minutes
            self._write(lambda: minutes.remove_decision(decision.id, decision.version))

    def _write(self, call: Callable[[], Mutation[Any]]) -> None:
        """Save a decision change, then show the point's decisions as stored."""
        agenda, seance_id, item_id = self._services.agenda, self.item.seance_id, self.item.id

        def work() -> Mutation[list[DecisionDTO]]:
            changes = call().changes
            items = agenda.list_items(seance_id)
            found = next((i for i in items if i.id == item_id), None)
            return Mutation(list(found.decisions) if found else [], changes)

        self._tasks.run(
            work,
            self._on_decisions_written,
            lambda error: self._prompts.show_error(self, error),
            write=True,
            initiator=self._initiator,
        )

    def _on_decisions_written(self, mutation: Mutation[list[DecisionDTO]]) -> None:
        if shiboken6.isValid(self):  # the panel may have closed while the write ran
            self._show_decisions(mutation.value)
