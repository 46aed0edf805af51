"""Minutes text is never lost: a crash journal on disk and a debounced save to the database.

Every change to the notes of a point is written at once (atomically) to a small JSON file in a
recovery directory under the user's data directory; about 1.5 s after the last keystroke the
text is saved to the database through the task runner, and the file is removed once that save
succeeded. When the process dies in between, the file still holds what the database does not,
and the next time the séance is opened the user is offered the text back. Nothing saved is ever
overwritten without the user seeing both versions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import logging
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from gusp_desktop import paths
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import ConflictError
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.privacy import private_folder
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner

log = logging.getLogger(__name__)

#: Pause after the last keystroke before the database save (the promise is « within 2 s »).
AUTOSAVE_DELAY_MS = 1500
#: Longest excerpt of a text quoted in a question, so the dialog still fits on screen.
EXCERPT_MAX = 1500

SaveNotes = Callable[[int, int, str], Mutation[int]]


@dataclass(frozen=True)
class RecoveryEntry:
    """Text typed in a point's notes, and the stored version it was typed over."""

    seance_id: int
    item_id: int
    text: str
    base_version: int
    written_at: str


class RecoveryJournal:
    """One JSON file per point with unsaved text, under ``data_dir()/recovery/<database>``."""

    def __init__(self, key: str, root: Path | None = None) -> None:
        digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]
        self.directory = (root or paths.data_dir() / "recovery") / digest

    @classmethod
    def for_services(cls, services: Services) -> RecoveryJournal:
        """The journal of the database ``services`` work on (so it is only ever offered back on
        that same database)."""
        return cls(services.database)

    def path(self, seance_id: int, item_id: int) -> Path:
        """File holding the unsaved notes of one point."""
        return self.directory / f"seance-{seance_id}-point-{item_id}.json"

    def write(self, seance_id: int, item_id: int, text: str, base_version: int) -> None:
        """Record ``text`` at once; the rename makes the file either old or complete."""
        entry = RecoveryEntry(
            seance_id, item_id, text, base_version, dt.datetime.now(dt.UTC).isoformat()
        )
        data = json.dumps(asdict(entry), ensure_ascii=False).encode("utf-8")
        private_folder(self.directory)  # notes may name residents: owner only
        write_bytes_atomic(self.path(seance_id, item_id), data, private=True)

    def entries(self, seance_id: int) -> list[RecoveryEntry]:
        """Unsaved texts of a séance; an unreadable file is logged and left for a human."""
        found = []
        for path in sorted(self.directory.glob(f"seance-{seance_id}-point-*.json")):
            try:
                found.append(RecoveryEntry(**json.loads(path.read_text(encoding="utf-8"))))
            except (OSError, ValueError, TypeError):
                log.warning("Fichier de récupération illisible : %s", path)
        return found

    def discard(self, seance_id: int, item_id: int) -> None:
        """Forget a point's journal (its text is in the database or was declined)."""
        self.path(seance_id, item_id).unlink(missing_ok=True)


def excerpt(text: str) -> str:
    """The text as quoted in a question, shortened when very long."""
    if len(text) <= EXCERPT_MAX:
        return text or "(vide)"
    return text[:EXCERPT_MAX] + " […]"


class NotesAutosaver(QObject):
    """Keeps one notes editor saved: journal on every change, database after a pause."""

    #: "saved", "pending", "saving" or "failed": the editor's status line follows it.
    state_changed = Signal(str)
    #: (item id, version): the notes are stored; other editors of the point expect this version.
    saved = Signal(int, int)

    def __init__(
        self,
        editor: QPlainTextEdit,
        *,
        tasks: TaskRunner,
        prompts: Prompts,
        journal: RecoveryJournal,
        save: SaveNotes,
        seance_id: int,
        item_id: int,
        label: str,
        initiator: object = None,
    ) -> None:
        super().__init__(editor)
        self._editor, self._tasks, self._prompts = editor, tasks, prompts
        self._journal, self._save = journal, save
        self.seance_id, self.item_id, self._label = seance_id, item_id, label
        self._initiator = initiator
        self.version = 0
        self._last_saved = ""
        self._in_flight = False
        self._again = False
        self._debounce = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._journal_timer = QTimer(self, singleShot=True, interval=0)
        self._debounce.timeout.connect(self._on_debounce_timeout)
        self._journal_timer.timeout.connect(self._on_journal_timer_timeout)
        editor.textChanged.connect(self._on_editor_textChanged)

    # -- public ------------------------------------------------------------------------

    @property
    def dirty(self) -> bool:
        """Whether the editor holds text the database does not have yet."""
        return self._editor.toPlainText() != self._last_saved

    def reset(self, text: str, version: int) -> None:
        """Show the stored notes without counting them as a change."""
        self._debounce.stop()
        self._journal_timer.stop()
        self._editor.blockSignals(True)
        self._editor.setPlainText(text)
        self._editor.blockSignals(False)
        self._last_saved, self.version = text, version
        self.state_changed.emit("saved")

    def flush(self) -> None:
        """Save now what is waiting for the pause (before leaving or changing status)."""
        if self._journal_timer.isActive():
            self._journal_timer.stop()
            self._on_journal_timer_timeout()
        if self._debounce.isActive() or self.dirty:
            self._debounce.stop()
            self.save_now()

    def save_now(self) -> None:
        """Send the current text to the database unless a save of this point is running."""
        if self._in_flight:
            self._again = True
            return
        text = self._editor.toPlainText()
        if text == self._last_saved or self._editor.isReadOnly():
            self._set_state_after_save(text)
            return
        self._in_flight = True
        self.state_changed.emit("saving")
        item_id, version = self.item_id, self.version
        self._tasks.run(
            lambda: self._save(item_id, version, text),
            lambda mutation: self._on_saved(text, mutation),
            lambda error: self._on_save_failed(text, error),
            write=True,
            initiator=self._initiator,
        )

    def recover(self, entry: RecoveryEntry) -> None:
        """Offer back text found in the journal; stored notes are never replaced unseen."""
        if entry.text == self._last_saved:
            self._journal.discard(self.seance_id, self.item_id)
            return
        if self._editor.isReadOnly():
            self._show_unrecoverable(entry)
        elif entry.base_version == self.version:
            self._offer_plain_recovery(entry)
        else:
            self._offer_recovery_over_changes(entry)

    # -- slots -------------------------------------------------------------------------

    def _on_editor_textChanged(self) -> None:
        if self._editor.isReadOnly():
            return
        self._journal_timer.start()
        self._debounce.start()
        self.state_changed.emit("pending")

    def _on_journal_timer_timeout(self) -> None:
        text = self._editor.toPlainText()
        if text == self._last_saved:
            self._journal.discard(self.seance_id, self.item_id)
            return
        try:
            self._journal.write(self.seance_id, self.item_id, text, self.version)
        except OSError:
            log.exception("Journal de récupération impossible à écrire")

    def _on_debounce_timeout(self) -> None:
        self.save_now()

    def _on_saved(self, text: str, mutation: Mutation[int]) -> None:
        if not shiboken6.isValid(self._editor):
            # The panel closed (séance switched) after flushing: the text is stored.
            self._journal.discard(self.seance_id, self.item_id)
            return
        self._in_flight = False
        self.version, self._last_saved = mutation.value, text
        self.saved.emit(self.item_id, self.version)
        if self._editor.toPlainText() == text:
            self._journal.discard(self.seance_id, self.item_id)
        self._set_state_after_save(self._editor.toPlainText())
        if self._again:
            self._again = False
            self.save_now()

    def _on_save_failed(self, text: str, error: BaseException) -> None:
        if not shiboken6.isValid(self._editor):
            # The panel closed: the journal keeps the text for the next opening.
            return
        self._in_flight = False
        self._again = False
        if isinstance(error, ConflictError):
            self._resolve_conflict(error)
            return
        # The journal still holds the text: nothing is lost, the next keystroke retries.
        self.state_changed.emit("failed")
        self._prompts.show_error(self._parent_widget(), error)

    # -- helpers -----------------------------------------------------------------------

    def _set_state_after_save(self, text: str) -> None:
        self.state_changed.emit("saved" if text == self._last_saved else "pending")

    def _parent_widget(self) -> QWidget | None:
        return self._editor.window()

    def _resolve_conflict(self, error: ConflictError) -> None:
        """Someone else saved these notes: show both texts and let the user decide."""
        stored = str(error.stored.get("notes", ""))
        version = error.stored_version or error.stored.get("version")
        mine = self._editor.toPlainText()
        if version is None:
            self.state_changed.emit("failed")
            self._prompts.show_error(self._parent_widget(), error)
            return
        self.version = int(version)
        if stored == mine:
            self._last_saved = stored
            self._journal.discard(self.seance_id, self.item_id)
            self.saved.emit(self.item_id, self.version)
            self.state_changed.emit("saved")
            return
        if not self._ask_keep_mine(stored, mine):
            self._last_saved = stored
            self._replace_text(merged(stored, mine, self.tr("Votre texte non enregistré")))
        self.save_now()

    def _ask_keep_mine(self, stored: str, mine: str) -> bool:
        text = self.tr(
            "Les notes du point « {point} » ont été modifiées ailleurs pendant que vous "
            "écriviez.\n\nVersion enregistrée :\n{stored}\n\nVotre version :\n{mine}\n\n"
            "Remplacer la version enregistrée par la vôtre ?\n"
            "(Non : les deux textes sont conservés l'un sous l'autre.)"
        ).format(point=self._label, stored=excerpt(stored), mine=excerpt(mine))
        return self._prompts.confirm(
            self._parent_widget(), self.tr("Conflit de modification"), text
        )

    def _offer_plain_recovery(self, entry: RecoveryEntry) -> None:
        text = self.tr(
            "Un texte non enregistré a été retrouvé pour le point « {point} » "
            "(l'application s'est fermée avant de l'enregistrer) :\n\n{text}\n\n"
            "Le récupérer ?"
        ).format(point=self._label, text=excerpt(entry.text))
        title = self.tr("Texte non enregistré retrouvé")
        if self._prompts.confirm(self._parent_widget(), title, text):
            self._replace_text(entry.text)
            self.save_now()
        else:
            self._journal.discard(self.seance_id, self.item_id)

    def _offer_recovery_over_changes(self, entry: RecoveryEntry) -> None:
        stored = self._editor.toPlainText()
        text = self.tr(
            "Un texte non enregistré a été retrouvé pour le point « {point} », mais les notes "
            "enregistrées ont changé depuis.\n\nVersion enregistrée :\n{stored}\n\n"
            "Texte retrouvé :\n{text}\n\nLe récupérer ?\n"
            "(Oui : les deux textes sont conservés l'un sous l'autre.)"
        ).format(point=self._label, stored=excerpt(stored), text=excerpt(entry.text))
        title = self.tr("Texte non enregistré retrouvé")
        if self._prompts.confirm(self._parent_widget(), title, text):
            self._replace_text(merged(stored, entry.text, self.tr("Texte retrouvé")))
            self.save_now()
        else:
            self._journal.discard(self.seance_id, self.item_id)

    def _show_unrecoverable(self, entry: RecoveryEntry) -> None:
        """The minutes are closed to edits: show the text so it can still be copied."""
        text = self.tr(
            "Un texte non enregistré a été retrouvé pour le point « {point} », mais le compte "
            "rendu ne peut plus être modifié. Le voici pour mémoire :\n\n{text}"
        ).format(point=self._label, text=entry.text)
        self._prompts.info(self._parent_widget(), self.tr("Texte non enregistré retrouvé"), text)
        self._journal.discard(self.seance_id, self.item_id)

    def _replace_text(self, text: str) -> None:
        """Put ``text`` in the editor as a user change (journaled, then saved)."""
        self._editor.setPlainText(text)
        self._on_journal_timer_timeout()


def merged(stored: str, mine: str, heading: str) -> str:
    """Both texts one under the other, so choosing never destroys either."""
    if not stored.strip():
        return mine
    return f"{stored.rstrip()}\n\n— {heading} —\n{mine}"
