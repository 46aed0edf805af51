"""One change applied to several actions at once: state, pilot, a deadline shift or theme.

After a comité the coordinator often moves a dozen lines the same way (« tout ce qui est au
bailleur passe à Marve Habitat », « on décale d'un mois ce qui attend les travaux »). Each box
ticked is one change; nothing is applied before the page asks for confirmation, and every
action gets its own history line.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.actions import ActionRow, BulkChange
from gusp_desktop.domain.directory import OrganisationDTO
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.domain.errors import Message
from gusp_desktop.domain.rules import (
    CLOSED_ACTION_STATUSES,
    action_status_error,
    can_change_action_status,
)
from gusp_desktop.ui.i18n import quoted
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.service_messages import service_text

ERROR_STYLE = "color: #b3261e;"


def is_empty(change: BulkChange) -> bool:
    """Nothing ticked."""
    return (
        change.status is None
        and change.pilot_organisation_id is None
        and not change.deadline_shift_days
        and change.theme is None
    )


class BulkChangeDialog(QDialog):
    """Tick what to change; the page confirms and applies it to the selected actions."""

    def __init__(
        self,
        rows: Sequence[ActionRow],
        organisations: Sequence[OrganisationDTO],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.rows = tuple(rows)
        self.choice: BulkChange | None = None
        self.setWindowTitle(self.tr("Modifier %n action(s)", "", len(self.rows)))
        self.setMinimumWidth(520)
        self._build(organisations)

    def _build(self, organisations: Sequence[OrganisationDTO]) -> None:
        numbers = ", ".join(r.number for r in self.rows[:8])
        more = len(self.rows) - 8
        summary = QLabel(numbers + (self.tr(" et %n autre(s)", "", more) if more > 0 else ""))
        summary.setWordWrap(True)
        self.status_check, self.status_combo = QCheckBox(self.tr("État")), QComboBox()
        for status in ActionStatus:
            self.status_combo.addItem(tr_label(status), status)
        self.pilot_check, self.pilot_combo = QCheckBox(self.tr("Pilote")), QComboBox()
        for organisation in organisations:
            self.pilot_combo.addItem(f"{organisation.code} — {organisation.name}", organisation.id)
        self.shift_check = QCheckBox(self.tr("Décaler l'échéance de"))
        self.shift_spin = QSpinBox()
        self.shift_spin.setRange(-520, 520)
        self.shift_spin.setValue(4)
        self.shift_unit_combo = QComboBox()
        self.shift_unit_combo.addItem(self.tr("semaines"), "weeks")
        self.shift_unit_combo.addItem(self.tr("jours"), "days")
        self.theme_check, self.theme_combo = QCheckBox(self.tr("Thème")), QComboBox()
        for theme in Theme:
            self.theme_combo.addItem(tr_label(theme), theme)
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setPlaceholderText(self.tr("Ce que l'on retient de ces actions"))
        self.comment_edit = QLineEdit()
        self.comment_edit.setPlaceholderText(self.tr("Commentaire pour l'historique (facultatif)"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet(ERROR_STYLE)
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.apply_button = self.button_box.button(QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(self.tr("Appliquer…"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self._lay_out(summary)
        self._connect()

    def _lay_out(self, summary: QLabel) -> None:
        shift = QHBoxLayout()
        shift.addWidget(self.shift_spin)
        shift.addWidget(self.shift_unit_combo, 1)
        form = QFormLayout()
        form.addRow(self.status_check, self.status_combo)
        form.addRow(self.pilot_check, self.pilot_combo)
        form.addRow(self.shift_check, shift)
        form.addRow(self.theme_check, self.theme_combo)
        self.outcome_label = QLabel(self.tr("Résultat (pour les actions closes)"))
        form.addRow(self.outcome_label, self.outcome_edit)
        form.addRow(self.tr("Commentaire"), self.comment_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)

    def _connect(self) -> None:
        pairs: list[tuple[QCheckBox, Sequence[QWidget]]] = [
            (self.status_check, [self.status_combo]),
            (self.pilot_check, [self.pilot_combo]),
            (self.shift_check, [self.shift_spin, self.shift_unit_combo]),
            (self.theme_check, [self.theme_combo]),
        ]
        for check, widgets in pairs:
            for widget in widgets:
                widget.setEnabled(False)
                check.toggled.connect(widget.setEnabled)
        # Picking a value ticks its box: the user does not have to do both.
        self.status_combo.activated.connect(lambda _i: self.status_check.setChecked(True))
        self.pilot_combo.activated.connect(lambda _i: self.pilot_check.setChecked(True))
        self.theme_combo.activated.connect(lambda _i: self.theme_check.setChecked(True))
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)
        self.status_check.toggled.connect(lambda _on: self._show_outcome())
        self.status_combo.currentIndexChanged.connect(lambda _i: self._show_outcome())
        self._show_outcome()

    def _closing(self) -> bool:
        status = ActionStatus(self.status_combo.currentData())
        return self.status_check.isChecked() and status in CLOSED_ACTION_STATUSES

    def _show_outcome(self) -> None:
        """Closing actions asks what came of them (the history keeps it)."""
        self.outcome_label.setVisible(self._closing())
        self.outcome_edit.setVisible(self._closing())

    def value(self) -> BulkChange:
        """What is ticked, as a :class:`BulkChange`."""
        days = None
        if self.shift_check.isChecked():
            weeks = self.shift_unit_combo.currentData() == "weeks"
            days = self.shift_spin.value() * (7 if weeks else 1)
        status, theme = self.status_combo.currentData(), self.theme_combo.currentData()
        pilot = self.pilot_combo.currentData()
        return BulkChange(
            status=ActionStatus(status) if self.status_check.isChecked() else None,
            pilot_organisation_id=int(pilot) if self.pilot_check.isChecked() else None,
            deadline_shift_days=days,
            theme=Theme(theme) if self.theme_check.isChecked() else None,
            comment=self.comment_edit.text().strip(),
            outcome=self.outcome_edit.text().strip() if self._closing() else "",
        )

    def refused(self, choice: BulkChange) -> list[str]:
        """Why some selected actions cannot take the new state (one line each, in the
        window's language)."""
        if choice.status is None:
            return []
        status = ActionStatus(choice.status)
        return [
            service_text(
                Message(
                    "{number} : {problem}",
                    number=row.number,
                    problem=action_status_error(row.status, status),
                )
            )
            for row in self.rows
            if not can_change_action_status(row.status, status)
        ]

    def _on_button_box_accepted(self) -> None:
        choice = self.value()
        if is_empty(choice):
            self._show_error(self.tr("Cochez au moins une modification."))
            return
        if self._closing() and not choice.outcome:
            self._show_error(self.tr("Indiquez le résultat : ces actions seront closes."))
            return
        refused = self.refused(choice)
        if refused:
            self._show_error("\n".join(refused[:6]))
            return
        self.choice = choice
        self.accept()

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def describe(self, choice: BulkChange, pilot_label: str = "") -> str:
        """The change in one French sentence, for the confirmation and the undo entry."""
        parts = []
        if choice.status is not None:
            parts.append(self.tr("état → {value}").format(value=quoted(tr_label(choice.status))))
        if choice.pilot_organisation_id is not None:
            parts.append(self.tr("pilote → {value}").format(value=pilot_label))
        if choice.deadline_shift_days:
            parts.append(self.tr("échéance décalée de %n jour(s)", "", choice.deadline_shift_days))
        if choice.theme is not None:
            parts.append(self.tr("thème → {value}").format(value=quoted(tr_label(choice.theme))))
        return ", ".join(parts)

    def pilot_label(self) -> str:
        """The pilot chosen, as shown in the combo box."""
        return self.pilot_combo.currentText()

    @classmethod
    def ask(
        cls,
        rows: Sequence[ActionRow],
        organisations: Sequence[OrganisationDTO],
        parent: QWidget | None = None,
    ) -> tuple[BulkChange, str] | None:
        """The change to apply and its description, or None when cancelled."""
        dialog = cls(rows, organisations, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        result = None
        if accepted and dialog.choice is not None:
            result = dialog.choice, dialog.describe(dialog.choice, dialog.pilot_label())
        dialog.deleteLater()
        return result
