"""The conflict dialog: someone saved the same row meanwhile; nothing is silently overwritten.

A ``ConflictError`` carries the stored values and the ones the user tried to save. The dialog
shows the fields that differ side by side (stored version | yours) and offers three ways out:
keep mine (save again over the stored version, knowingly), take the other version (drop
mine), or merge: text fields get both texts combined line by line, editable before saving,
while the other fields keep the user's value. The caller saves ``Resolution.values`` with
``Resolution.base_version`` as the expected version, so a third writer is still detected.
"""

from __future__ import annotations

import datetime as dt
import difflib
import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.errors import ConflictError
from gusp_desktop.ui.labels import tr_label

IGNORED = frozenset({"id", "version", "number", "search_text", "created_at", "updated_at"})
FIELD_LABELS = {
    "title": "Intitulé",
    "description": "Description",
    "theme": "Thème",
    "status": "État",
    "progress": "Avancement (%)",
    "comment": "Commentaire",
    "priority": "Priorité",
    "initial_deadline": "Échéance initiale",
    "revised_deadline": "Échéance révisée",
    "deadline_note": "Note d'échéance",
    "pilot_organisation_id": "Organisation pilote",
    "pilot_contact_id": "Contact pilote",
    "site_id": "Site",
    "partner_ids": "Partenaires",
    "atfpb_axis": "Axe ATFPB",
    "cost": "Coût",
    "notes": "Notes",
    "text": "Texte",
    "place": "Lieu",
    "summary": "Synthèse",
    "name": "Nom",
}


class Choice(enum.Enum):
    """How the user settled the conflict."""

    MINE = "mine"
    THEIRS = "theirs"
    MERGE = "merge"


@dataclass(frozen=True)
class Resolution:
    """What to save now (nothing for THEIRS) and the version it is based on."""

    choice: Choice
    values: dict[str, Any] = field(default_factory=dict)
    base_version: int | None = None


def conflicting_fields(error: ConflictError) -> list[str]:
    """Fields the user changed whose stored value is different."""
    return [
        key
        for key, value in error.attempted.items()
        if key not in IGNORED and _comparable(error.stored.get(key)) != _comparable(value)
    ]


def _comparable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list | tuple) else value


def is_text(error: ConflictError, key: str) -> bool:
    """True for free-text fields, the only ones a merge can combine."""
    values = (error.stored.get(key), error.attempted.get(key))
    plain = [v for v in values if v is not None]
    return bool(plain) and all(isinstance(v, str) and not isinstance(v, enum.Enum) for v in plain)


def merge_text(stored: str, mine: str) -> str:
    """Both texts combined line by line: common lines once, each side's own lines kept.

    Without the common ancestor nobody can tell an insertion from a deletion, so nothing
    is dropped; the user edits the result before saving.
    """
    if not stored.strip() or stored in mine:
        return mine
    if not mine.strip() or mine in stored:
        return stored
    theirs_lines, my_lines = stored.splitlines(), mine.splitlines()
    merged: list[str] = []
    matcher = difflib.SequenceMatcher(a=theirs_lines, b=my_lines, autojunk=False)
    for _tag, a1, a2, b1, b2 in matcher.get_opcodes():
        merged += theirs_lines[a1:a2]
        merged += [line for line in my_lines[b1:b2] if line not in theirs_lines[a1:a2]]
    return "\n".join(merged)


def resolve(
    error: ConflictError, choice: Choice, merged: Mapping[str, str] | None = None
) -> Resolution:
    """The values to save for ``choice`` (``merged`` holds the edited merged texts)."""
    base = error.stored_version if error.stored_version is not None else error.stored.get("version")
    version = int(base) if base is not None else None
    if choice is Choice.THEIRS:
        return Resolution(choice, {}, version)
    values = dict(error.attempted)
    if choice is Choice.MERGE:
        for key in conflicting_fields(error):
            if is_text(error, key):
                default = merge_text(str(error.stored.get(key) or ""), str(values[key] or ""))
                values[key] = (merged or {}).get(key, default)
    return Resolution(choice, values, version)


def display(value: Any) -> str:
    """A value as the user reads it."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return "oui" if value else "non"
    if hasattr(value, "label"):
        return str(tr_label(value))
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    if isinstance(value, Decimal):
        return f"{value:.2f}".replace(".", ",")
    if isinstance(value, list | tuple):
        return ", ".join(display(v) for v in value) or "—"
    return str(value)


class ConflictDialog(QDialog):
    """Both versions side by side; three buttons decide."""

    def __init__(
        self,
        error: ConflictError,
        labels: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.error = error
        self.labels = {**FIELD_LABELS, **(labels or {})}
        self.fields = conflicting_fields(error)
        self.merge_editors: dict[str, QPlainTextEdit] = {}
        self.resolution: Resolution | None = None
        self.setWindowTitle(self.tr("Conflit de modification"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        layout.addWidget(self._explanation())
        layout.addWidget(self._comparison_table())
        self._add_merge_editors(layout)
        layout.addWidget(self._buttons())

    def _explanation(self) -> QLabel:
        label = QLabel(
            self.tr(
                "Quelqu'un a enregistré {what} pendant votre modification. Rien n'a été "
                "écrasé. Comparez les deux versions puis choisissez."
            ).format(what=self.error.what())
        )
        label.setWordWrap(True)
        return label

    def _comparison_table(self) -> QTableWidget:
        table = QTableWidget(len(self.fields), 3, self)
        table.setObjectName("comparison")
        table.setHorizontalHeaderLabels(
            [self.tr("Champ"), self.tr("Version enregistrée"), self.tr("Votre version")]
        )
        for row, key in enumerate(self.fields):
            cells = (
                self.labels.get(key, key),
                display(self.error.stored.get(key)),
                display(self.error.attempted.get(key)),
            )
            for column, text in enumerate(cells):
                table.setItem(row, column, QTableWidgetItem(text))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.resizeRowsToContents()
        return table

    def _add_merge_editors(self, layout: QVBoxLayout) -> None:
        texts = [key for key in self.fields if is_text(self.error, key)]
        if not texts:
            return
        form = QFormLayout()
        for key in texts:
            editor = QPlainTextEdit(self)
            editor.setObjectName(f"merge_{key}")
            editor.setPlainText(
                merge_text(
                    str(self.error.stored.get(key) or ""), str(self.error.attempted.get(key) or "")
                )
            )
            self.merge_editors[key] = editor
            form.addRow(self.tr("Fusion — {field}").format(field=self.labels.get(key, key)), editor)
        layout.addWidget(QLabel(self.tr("Textes fusionnés (modifiables) :")))
        layout.addLayout(form)

    def _buttons(self) -> QDialogButtonBox:
        box = QDialogButtonBox(self)
        self.keep_button = self._button(box, "keep", self.tr("Garder ma version"), Choice.MINE)
        self.take_button = self._button(
            box, "take", self.tr("Prendre l'autre version"), Choice.THEIRS
        )
        self.merge_button = self._button(box, "merge", self.tr("Fusionner"), Choice.MERGE)
        self.merge_button.setEnabled(bool(self.merge_editors))
        box.addButton(QDialogButtonBox.StandardButton.Cancel).clicked.connect(self.reject)
        return box

    def _button(self, box: QDialogButtonBox, name: str, text: str, choice: Choice) -> QPushButton:
        button = box.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        button.setObjectName(f"{name}_button")
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: Choice) -> None:
        merged = {key: editor.toPlainText() for key, editor in self.merge_editors.items()}
        self.resolution = resolve(self.error, choice, merged)
        self.accept()


def ask_conflict_resolution(
    parent: QWidget | None, error: ConflictError, labels: Mapping[str, str] | None = None
) -> Resolution | None:
    """Show the dialog modally; None when the user cancelled (nothing is saved then)."""
    dialog = ConflictDialog(error, labels, parent)
    dialog.exec()
    return dialog.resolution
