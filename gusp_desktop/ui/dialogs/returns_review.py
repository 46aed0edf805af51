"""« Importer un tableau de suivi renvoyé »: review a partner's file, accept or reject, apply.

The review (read in the background, nothing written) is shown as a tree: one line per row of
the file with its status and message, under it one line per field, old → new, and the value
the application holds now when they differ. Each row and each field has a check box; only what
the review allows can be ticked (never an invalid value, an unknown row or a locked cell).
« Tout accepter les changements sans conflit » ticks exactly what the command line's
``--apply-all`` would apply. « Appliquer » writes the ticked fields in one transaction.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.returns import (
    STATUS_LABELS,
    AppliedReturn,
    FieldChange,
    ReturnDecision,
    ReturnReview,
    ReturnRow,
)
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.labels import tr_label

FILE_FILTER = "Tableaux de suivi (*.xlsx *.csv)"
RETURN_SUFFIXES = (".xlsx", ".csv")
STATUS_COLOURS = {
    "ok": "#e8f5e9",
    "conflict": "#fff3cd",
    "locked_cell_changed": "#fde2e1",
    "unknown": "#eeeeee",
    "invalid": "#f8d7da",
}
_LINE, _FIELD = Qt.ItemDataRole.UserRole, Qt.ItemDataRole.UserRole + 1


def import_returns(parent: QWidget, context: PageContext, path: Path | None = None) -> None:
    """Ask for the file (unless dropped), review it in the background, then show the review."""
    if path is None:
        path = context.prompts.open_path(
            parent,
            QCoreApplication.translate(
                "ReturnsReviewDialog", "Importer un tableau de suivi renvoyé"
            ),
            FILE_FILTER,
        )
        if path is None:
            return
    service = context.services.returns
    chosen = path
    context.tasks.run(
        lambda: service.review(chosen),
        lambda review: ReturnsReviewDialog(context, review, parent).open(),
        lambda error: context.prompts.show_error(parent, error),
    )


def returned_file(paths: list[Path]) -> Path | None:
    """The single .xlsx or .csv among dropped files, else None (the drop is refused)."""
    found = [p for p in paths if p.suffix.lower() in RETURN_SUFFIXES]
    return found[0] if len(found) == 1 else None


class ReturnsReviewDialog(QDialog):
    """The review of one returned file, with the coordinator's choices."""

    def __init__(self, context: PageContext, review: ReturnReview, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("returns_review")
        self.setWindowTitle(self.tr("Tableau de suivi renvoyé : {name}").format(name=review.source))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(1100, 640)
        self._context, self.review = context, review
        self.applied: AppliedReturn | None = None
        self.seance_combo = QComboBox()
        self.seance_combo.setObjectName("returns_seance")
        self.sender_edit = QLineEdit()
        self.sender_edit.setPlaceholderText(self.tr("Nom de la personne qui a renvoyé le fichier"))
        self.tree = self._make_tree()
        self.accept_all_button = QPushButton(self.tr("Tout accepter les changements sans conflit"))
        self.reject_all_button = QPushButton(self.tr("Tout rejeter"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.buttons.button(QDialogButtonBox.StandardButton.Apply)
        self.apply_button.setText(self.tr("Appliquer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self._lay_out()
        self._fill()
        self._fill_seances()
        self.accept_all_button.clicked.connect(self.accept_without_conflict)
        self.reject_all_button.clicked.connect(self.reject_all)
        self.apply_button.clicked.connect(self.apply)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemChanged.connect(self._update_apply)
        self._update_apply()

    # -- construction ----------------------------------------------------------------------

    def _make_tree(self) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName("returns_tree")
        tree.setColumnCount(5)
        tree.setHeaderLabels(
            [
                self.tr("Action / champ"),
                self.tr("Statut"),
                self.tr("Exporté → renvoyé"),
                self.tr("Dans l'application"),
                self.tr("Message"),
            ]
        )
        tree.setAlternatingRowColors(False)
        tree.setWordWrap(True)
        for column, width in enumerate((190, 170, 280, 140)):
            tree.setColumnWidth(column, width)
        return tree

    def _lay_out(self) -> None:
        review = self.review
        counts = review.counts()
        summary = ", ".join(
            f"{tr_label(STATUS_LABELS[status])} : {count}"
            for status, count in counts.items()
            if count
        )
        header = QFormLayout()
        header.addRow(self.tr("Fichier :"), QLabel(review.source))
        header.addRow(
            self.tr("Partenaire :"),
            QLabel(review.organisation_name or self.tr("(pilote de chaque action)")),
        )
        header.addRow(self.tr("Points rattachés à :"), self.seance_combo)
        header.addRow(self.tr("Lignes :"), QLabel(summary))
        header.addRow(self.tr("Transmis par :"), self.sender_edit)
        for problem in review.problems:
            header.addRow(QLabel(problem))
        bottom = QDialogButtonBox()
        bottom.addButton(self.accept_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        bottom.addButton(self.reject_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.tree, 1)
        layout.addWidget(bottom)
        layout.addWidget(self.buttons)

    def _fill(self) -> None:
        self.tree.blockSignals(True)
        for row in self.review.rows:
            item = self._row_item(row)
            self.tree.addTopLevelItem(item)
            for change in row.changes:
                item.addChild(self._field_item(row, change))
            item.setExpanded(bool(row.changes))
        self.tree.blockSignals(False)

    def _row_item(self, row: ReturnRow) -> QTreeWidgetItem:
        where = self.tr("ligne {line}").format(line=row.line) if row.line else self.tr("supprimée")
        item = QTreeWidgetItem(
            [
                f"{row.action_number or '—'} ({where})",
                tr_label(STATUS_LABELS[row.status]),
                "",
                "",
                row.message,
            ]
        )
        item.setData(0, _LINE, row.line)
        item.setToolTip(4, row.message)
        brush = QBrush(QColor(STATUS_COLOURS[row.status]))
        for column in range(5):
            item.setBackground(column, brush)
        if row.acceptable_fields():
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate
            )
            item.setCheckState(0, Qt.CheckState.Unchecked)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        return item

    def _field_item(self, row: ReturnRow, change: FieldChange) -> QTreeWidgetItem:
        current = change.current if change.current and change.current != change.old else ""
        status = {
            "ok": self.tr("Correct"),
            "conflict": self.tr("Conflit"),
            "invalid": self.tr("Valeur invalide"),
        }[change.status]
        item = QTreeWidgetItem(
            [tr_label(change), status, f"{change.old} → {change.new}", current, change.message]
        )
        item.setData(0, _LINE, row.line)
        item.setData(0, _FIELD, change.field)
        item.setToolTip(2, f"{change.old} → {change.new}")
        if change.field in row.acceptable_fields():
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked)
        else:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsUserCheckable)
        return item

    def _fill_seances(self) -> None:
        """The review's séance first, then the other coming ones, and « no séance »."""
        review = self.review
        if review.seance_id is not None:
            self.seance_combo.addItem(review.seance_label, review.seance_id)
        service = self._context.services.returns
        self._context.tasks.run(service.coming_seances, self._add_seances, lambda _error: None)

    def _add_seances(self, seances: list[tuple[int, str]]) -> None:
        for seance_id, label in seances:
            if seance_id != self.review.seance_id:
                self.seance_combo.addItem(label, seance_id)
        self.seance_combo.addItem(self.tr("(aucune séance)"), None)

    # -- choices ---------------------------------------------------------------------------

    def field_items(self) -> list[QTreeWidgetItem]:
        """Every field line that can be ticked."""
        items: list[QTreeWidgetItem] = []
        for index in range(self.tree.topLevelItemCount()):
            parent = self.tree.topLevelItem(index)
            assert parent is not None
            for child in range(parent.childCount()):
                item = parent.child(child)
                if item is not None and item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                    items.append(item)
        return items

    def accept_without_conflict(self) -> None:
        """Tick what ``--apply-all`` would apply, untick everything else."""
        wanted = self.review.auto_decision()
        for item in self.field_items():
            line, field = item.data(0, _LINE), item.data(0, _FIELD)
            ticked = field in wanted.fields(line)
            item.setCheckState(0, Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def reject_all(self) -> None:
        """Untick everything."""
        for item in self.field_items():
            item.setCheckState(0, Qt.CheckState.Unchecked)

    def decision(self) -> ReturnDecision:
        """The ticked fields, per line of the file."""
        accepted: dict[int, set[str]] = {}
        for item in self.field_items():
            if item.checkState(0) == Qt.CheckState.Checked:
                accepted.setdefault(int(item.data(0, _LINE)), set()).add(str(item.data(0, _FIELD)))
        return ReturnDecision({line: frozenset(fields) for line, fields in accepted.items()})

    def _update_apply(self, *_args: object) -> None:
        self.apply_button.setEnabled(bool(self.decision().accepted))

    # -- applying --------------------------------------------------------------------------

    def apply(self) -> None:
        """Write the ticked fields (one transaction), then say what was done."""
        decision = self.decision()
        if not decision.accepted:
            return
        seance_id = self.seance_combo.currentData()
        review = dataclasses.replace(
            self.review,
            seance_id=seance_id,
            seance_label=self.seance_combo.currentText() if seance_id is not None else "",
        )
        service = self._context.services.returns
        sender = self.sender_edit.text()
        self.apply_button.setEnabled(False)
        self._context.tasks.run(
            lambda: service.apply(review, decision, sender=sender),
            self._on_applied,
            self._on_failed,
            write=True,
            initiator=self._context.initiator,
        )

    def _on_applied(self, mutation: Mutation[AppliedReturn]) -> None:
        self.applied = mutation.value
        text = self.tr(
            "{count} action(s) mise(s) à jour : points de suivi au nom de {author}."
        ).format(count=len(mutation.value.action_numbers), author=mutation.value.author)
        self._context.prompts.info(self, self.tr("Tableau de suivi importé"), text)
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self._update_apply()
        self._context.prompts.show_error(self, error)
