"""Faits marquants, prochaine réunion and diffusion: the compte rendu's own texts.

The three texts are saved together about 1.5 s after the last keystroke, like the notes of the
points, and at once before the séance changes status or another séance opens. The « copie à »
list names who receives the compte rendu without having been invited.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import ConflictError
from gusp_desktop.domain.meetings import SeanceDetail, SeanceHighlights
from gusp_desktop.domain.rules import MINUTES_EDITABLE
from gusp_desktop.ui.autosave import AUTOSAVE_DELAY_MS
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.dialogs.contact_picker import ContactPickerDialog

IdRole = Qt.ItemDataRole.UserRole
MUTED_STYLE = "color: #5f6368;"


class HighlightsEditor(PagePart):
    """The three texts of the compte rendu and its « copie à » list."""

    #: The séance as stored after a save here (its version moved on).
    stored = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.seance: SeanceDetail | None = None
        self._saved = SeanceHighlights()
        self._in_flight = False
        self._again = False
        self.contacts: list[Any] = []
        self._debounce = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._debounce.timeout.connect(self.save_now)
        self._build_ui()
        for editor in self.editors():
            editor.textChanged.connect(self._on_text_changed)
        self.add_recipient_button.clicked.connect(self._on_add_recipient_button_clicked)
        self.remove_recipient_button.clicked.connect(self._on_remove_recipient_button_clicked)

    def _build_ui(self) -> None:
        self.summary_edit = self._editor(self.tr("Ce qu'il faut retenir de la séance…"))
        self.next_meeting_edit = self._editor(
            self.tr("Date, lieu et ordre du jour pressenti de la prochaine réunion…")
        )
        self.distribution_edit = self._editor(
            self.tr("Mention de diffusion (par exemple : diffusion restreinte aux membres)…")
        )
        self.recipient_list = QListWidget()
        self.recipient_list.setMaximumHeight(110)
        self.add_recipient_button = QPushButton(self.tr("Ajouter un destinataire…"))
        self.remove_recipient_button = QPushButton(self.tr("Retirer"))
        self.state_label = QLabel()
        self.state_label.setStyleSheet(MUTED_STYLE)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_recipient_button)
        buttons.addWidget(self.remove_recipient_button)
        buttons.addStretch(1)
        copies = QVBoxLayout()
        copies.addWidget(self.recipient_list)
        copies.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("Faits marquants"), self.summary_edit)
        form.addRow(self.tr("Prochaine réunion"), self.next_meeting_edit)
        form.addRow(self.tr("Diffusion"), self.distribution_edit)
        form.addRow(self.tr("Copie à"), copies)
        layout = QVBoxLayout(self)
        layout.addLayout(form, 1)
        layout.addWidget(self.state_label)

    def _editor(self, placeholder: str) -> QPlainTextEdit:
        editor = QPlainTextEdit()
        editor.setPlaceholderText(placeholder)
        editor.setTabChangesFocus(True)
        return editor

    def editors(self) -> tuple[QPlainTextEdit, QPlainTextEdit, QPlainTextEdit]:
        """Faits marquants, prochaine réunion, diffusion."""
        return self.summary_edit, self.next_meeting_edit, self.distribution_edit

    # -- showing -------------------------------------------------------------------------

    def load(self, seance: SeanceDetail) -> None:
        """Show the séance's texts unless the user is typing in them."""
        same = self.seance is not None and self.seance.id == seance.id
        if self.seance is not None and not same:
            self.flush()
        self.seance = seance
        writable = seance.status in MINUTES_EDITABLE
        if not (same and self.dirty):
            self._show_texts(self._stored(seance))
        for editor in self.editors():
            editor.setReadOnly(not writable)
        self.add_recipient_button.setEnabled(writable)
        self.remove_recipient_button.setEnabled(writable)
        self._show_recipients(seance)

    @staticmethod
    def _stored(seance: SeanceDetail) -> SeanceHighlights:
        return SeanceHighlights(
            summary=seance.summary,
            next_meeting_note=seance.next_meeting_note,
            distribution_note=seance.distribution_note,
        )

    def _show_texts(self, texts: SeanceHighlights) -> None:
        values = (texts.summary, texts.next_meeting_note, texts.distribution_note)
        for editor, value in zip(self.editors(), values, strict=True):
            editor.blockSignals(True)
            editor.setPlainText(value)
            editor.blockSignals(False)
        self._saved = texts
        self.state_label.setText(self.tr("Enregistré"))

    def _show_recipients(self, seance: SeanceDetail) -> None:
        self.recipient_list.clear()
        for recipient in seance.recipients:
            entry = QListWidgetItem(f"{recipient.name} — {recipient.organisation_code}")
            entry.setData(IdRole, recipient.contact_id)
            self.recipient_list.addItem(entry)

    # -- saving --------------------------------------------------------------------------

    def typed(self) -> SeanceHighlights:
        """The three texts as typed."""
        summary, next_meeting, distribution = (e.toPlainText() for e in self.editors())
        return SeanceHighlights(summary, next_meeting, distribution)

    @property
    def dirty(self) -> bool:
        """Whether something typed is not stored yet."""
        return self.typed() != self._saved

    def _on_text_changed(self) -> None:
        if self.seance is not None and self.seance.status in MINUTES_EDITABLE:
            self.state_label.setText(self.tr("Modifications en cours…"))
            self._debounce.start()

    def flush(self) -> None:
        """Save now what waits for the pause."""
        if self._debounce.isActive() or self.dirty:
            self._debounce.stop()
            self.save_now()

    def save_now(self) -> None:
        """Send the texts to the database (one save at a time)."""
        seance, texts = self.seance, self.typed()
        if seance is None or texts == self._saved or seance.status not in MINUTES_EDITABLE:
            return
        if self._in_flight:
            self._again = True
            return
        self._in_flight = True
        self.state_label.setText(self.tr("Enregistrement…"))
        meetings = self._services.meetings
        self._tasks.run(
            lambda: meetings.update_highlights(seance.id, seance.version, texts),
            lambda mutation: self._on_saved(texts, mutation),
            self._on_save_failed,
            write=True,
            initiator=self._initiator,
        )

    def _on_saved(self, texts: SeanceHighlights, mutation: Mutation[SeanceDetail]) -> None:
        self._in_flight = False
        self._saved = texts
        if self.seance is not None and self.seance.id == mutation.value.id:
            self.seance = mutation.value
            self.stored.emit(mutation.value)
        self.state_label.setText(
            self.tr("Enregistré") if not self.dirty else self.tr("Modifications en cours…")
        )
        if self._again:
            self._again = False
            self.save_now()

    def _on_save_failed(self, error: BaseException) -> None:
        self._in_flight = self._again = False
        self.state_label.setText(self.tr("Échec de l'enregistrement"))
        if isinstance(error, ConflictError):
            self._resolve_conflict()
        else:
            self._prompts.show_error(self, error)

    def _resolve_conflict(self) -> None:
        """Someone else changed the séance: keep my texts over the stored ones, or take theirs."""
        if self.seance is None:
            return
        meetings, seance_id = self._services.meetings, self.seance.id

        def decide(stored: SeanceDetail) -> None:
            self.seance = stored
            question = self.tr(
                "La séance a été modifiée ailleurs pendant que vous écriviez les faits "
                "marquants, la prochaine réunion ou la diffusion. Enregistrer votre version "
                "par-dessus ? (Non : la version enregistrée s'affiche.)"
            )
            if self._prompts.confirm(self, self.tr("Conflit de modification"), question):
                self._saved = self._stored(stored)
                self.save_now()
            else:
                self._show_texts(self._stored(stored))
            self.stored.emit(stored)

        self._tasks.run(lambda: meetings.get_seance(seance_id), decide)

    # -- copie à -------------------------------------------------------------------------

    def _on_add_recipient_button_clicked(self) -> None:
        seance = self.seance
        if seance is None:
            return
        taken = {r.contact_id for r in seance.recipients} | {a.contact_id for a in seance.invitees}
        contact_id = ContactPickerDialog.ask(
            self.tr("Copie du compte rendu"),
            self.tr("Qui reçoit aussi le compte rendu ?"),
            [c for c in self.contacts if c.id not in taken],
            self,
        )
        if contact_id is not None:
            meetings = self._services.meetings
            self._write(lambda: meetings.add_recipient(seance.id, contact_id))

    def _on_remove_recipient_button_clicked(self) -> None:
        entry, seance = self.recipient_list.currentItem(), self.seance
        if entry is not None and seance is not None:
            meetings, contact_id = self._services.meetings, int(entry.data(IdRole))
            self._write(lambda: meetings.remove_recipient(seance.id, contact_id))

    def _write(self, call: Callable[[], Mutation[SeanceDetail]]) -> None:
        self.flush()
        self._tasks.run(
            call,
            self._on_recipients_written,
            lambda error: self._prompts.show_error(self, error),
            write=True,
            initiator=self._initiator,
        )

    def _on_recipients_written(self, mutation: Mutation[SeanceDetail]) -> None:
        self.load(mutation.value)
        self.stored.emit(mutation.value)
