"""Who receives the draft compte rendu for remarks: a list to tick, the usual people ticked.

The service proposes the président de séance and the people present (the secrétaire wrote
the draft); everyone on the sheet and every « copie à » recipient can be ticked as well.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.meetings import SeanceDetail

IdRole = Qt.ItemDataRole.UserRole


class ReviewersDialog(QDialog):
    """Tick the reviewers of the draft; « Envoyer » needs at least one."""

    def __init__(
        self, seance: SeanceDetail, defaults: Sequence[int], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Envoyer le projet en relecture"))
        self.reviewer_list = QListWidget()
        people: dict[int, str] = {}
        for line in seance.attendance:
            people[line.contact_id] = f"{line.contact_name} — {line.organisation_code}"
        for recipient in seance.recipients:
            people[recipient.contact_id] = f"{recipient.name} — {recipient.organisation_code}"
        wanted = set(defaults)
        for contact_id in sorted(people, key=lambda c: (c not in wanted, people[c])):
            item = QListWidgetItem(people[contact_id])
            item.setData(IdRole, contact_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = contact_id in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.reviewer_list.addItem(item)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.send_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.send_button.setText(self.tr("Enregistrer le projet et l'envoyer…"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Le projet de compte rendu, marqué « PROJET — document de travail » sur "
                    "chaque page, est envoyé pour remarques à :"
                )
            )
        )
        layout.addWidget(self.reviewer_list, 1)
        layout.addWidget(self.button_box)
        self.reviewer_list.itemChanged.connect(self._update_send_button)
        self.button_box.accepted.connect(self.accept)
        self.button_box.rejected.connect(self.reject)
        self._update_send_button()
        self.resize(520, 460)

    def chosen(self) -> list[int]:
        """The contact ids ticked, in list order."""
        items = [self.reviewer_list.item(r) for r in range(self.reviewer_list.count())]
        return [
            int(item.data(IdRole))
            for item in items
            if item is not None and item.checkState() is Qt.CheckState.Checked
        ]

    def _update_send_button(self, *_args: object) -> None:
        self.send_button.setEnabled(bool(self.chosen()))

    @classmethod
    def ask(
        cls,
        seance: SeanceDetail,
        defaults: Sequence[int],
        parent: QWidget | None = None,
    ) -> list[int]:
        """The reviewers chosen; empty when cancelled."""
        dialog = cls(seance, defaults, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen() if accepted else []
        dialog.deleteLater()
        return chosen
