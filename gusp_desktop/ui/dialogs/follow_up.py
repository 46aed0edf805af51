"""A follow-up point from the plan d'actions: state, progress, a postponed deadline and why.

The point is written to the action's history with its author. Postponing asks for the reason
(« report » : the partners read it in the next comité), closing asks for the outcome, and a
closed action can be reopened — each is one line of history, never a silent edit.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QSpinBox,
    QWidget,
)

from gusp_desktop.domain.actions import ActionRow, StatusChange
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.rules import (
    CLOSED_ACTION_STATUSES,
    action_status_error,
    can_change_action_status,
)
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.action_fields import OptionalDate, to_qdate
from gusp_desktop.ui.dialogs.base import FormDialog, run_dialog
from gusp_desktop.ui.i18n import short_date
from gusp_desktop.ui.labels import tr_label


class ProgressField(QWidget):
    """A percentage: a slider for the hand, a spin box for the keyboard, kept in step."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 100)
        self.slider.setSingleStep(5)
        self.slider.setPageStep(10)
        self.spin_box = QSpinBox()
        self.spin_box.setRange(0, 100)
        self.spin_box.setSuffix("\u00a0%")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.spin_box)
        self.slider.valueChanged.connect(self.spin_box.setValue)
        self.spin_box.valueChanged.connect(self.slider.setValue)

    def value(self) -> int:
        """The percentage shown."""
        return self.spin_box.value()

    def set_value(self, value: int) -> None:
        """Show ``value`` %."""
        self.spin_box.setValue(value)


class PlanFollowUpDialog(FormDialog):
    """One follow-up point: on the action chosen in the plan, or picked among a séance's."""

    def __init__(
        self,
        context: PageContext,
        rows: Sequence[ActionRow],
        parent: QWidget | None = None,
        seance_id: int | None = None,
        action_id: int | None = None,
    ) -> None:
        actions = context.services.actions

        def save(change: tuple[ActionRow, StatusChange]) -> Mutation[ActionRow]:
            row, point = change
            return actions.follow_up(row.id, row.version, point)

        super().__init__(context, save, parent)
        self._actions = {r.id: r for r in rows}
        self._seance_id = seance_id
        self._today = context.services.context.today()
        self.setMinimumWidth(560)
        self._build_fields(rows)
        self.action_combo.currentIndexChanged.connect(self._on_action_combo_changed)
        self.status_combo.currentIndexChanged.connect(self._on_status_or_date_changed)
        self.revised.enabled_check.toggled.connect(self._on_status_or_date_changed)
        if action_id is not None:
            self.action_combo.setCurrentIndex(max(0, self.action_combo.findData(action_id)))
        self._on_action_combo_changed()

    @property
    def row(self) -> ActionRow:
        """The action followed up."""
        return self._actions[int(self.action_combo.currentData())]

    def _build_fields(self, rows: Sequence[ActionRow]) -> None:
        self.action_combo = QComboBox()
        for row in rows:
            late = self.tr(" (en retard)") if row.overdue else ""
            self.action_combo.addItem(f"{row.number} — {row.title}{late}", row.id)
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.status_combo = QComboBox()
        for status in ActionStatus:
            self.status_combo.addItem(tr_label(status), status)
        self.progress = ProgressField()
        self.revised = OptionalDate(self.tr("Reporter au"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setPlaceholderText(self.tr("Pourquoi l'échéance change"))
        self.outcome_edit = QPlainTextEdit()
        self.outcome_edit.setTabChangesFocus(True)
        self.outcome_edit.setPlaceholderText(self.tr("Ce qui a été fait, ce qui reste"))
        self.outcome_edit.setMaximumHeight(80)
        self.comment_edit = QPlainTextEdit()
        self.comment_edit.setTabChangesFocus(True)
        self.comment_edit.setMaximumHeight(100)
        add = self.form.add
        add("action", self.tr("Action"), self.action_combo)
        add("current", self.tr("Aujourd'hui"), self.heading_label)
        add("status", self.tr("État"), self.status_combo)
        add("progress", self.tr("Avancement"), self.progress)
        add("revised_deadline", self.tr("Échéance"), self.revised)
        add("deadline_reason", self.tr("Motif du report"), self.reason_edit)
        add("outcome", self.tr("Résultat"), self.outcome_edit)
        add("comment", self.tr("Commentaire"), self.comment_edit)
        # From the plan the action is already chosen: its name is the window's title.
        self.form.set_row_visible("action", len(rows) > 1)

    def _on_action_combo_changed(self, *_args: object) -> None:
        """Start from the chosen action's current state, which the user then changes."""
        if self.action_combo.currentIndex() < 0:
            return
        row = self.row
        title = self.tr("Suivi de l'action {number}").format(number=row.number)
        self.setWindowTitle(title if self._seance_id is None else self.tr("Point de suivi"))
        deadline = short_date(row.deadline) if row.deadline else self.tr("sans échéance")
        text = self.tr("{number} — {title}\n{status}, {progress}\u00a0%, échéance : {deadline}")
        self.heading_label.setText(
            text.format(
                number=row.number, title=row.title, status=tr_label(row.status),
                progress=row.progress, deadline=deadline,
            )
        )  # fmt: skip
        grey = QBrush(self.status_combo.palette().color(QPalette.ColorRole.PlaceholderText))
        for index, status in enumerate(ActionStatus):
            allowed = can_change_action_status(row.status, status)
            self.status_combo.setItemData(
                index, None if allowed else grey, Qt.ItemDataRole.ForegroundRole
            )
        self.status_combo.setCurrentIndex(self.status_combo.findData(row.status))
        self.progress.set_value(row.progress)
        self.revised.date_edit.setDate(to_qdate(row.deadline or self._today))
        self._on_status_or_date_changed()

    # -- state of the form ------------------------------------------------------------------

    def chosen_status(self) -> ActionStatus:
        """The state picked in the combo box."""
        return ActionStatus(self.status_combo.currentData())

    def closing(self) -> bool:
        """Whether this point closes the action (it then asks for the outcome)."""
        status = self.chosen_status()
        return status in CLOSED_ACTION_STATUSES and status != self.row.status

    def reopening(self) -> bool:
        """Whether this point reopens a closed action."""
        return self.row.status in CLOSED_ACTION_STATUSES and self.chosen_status() != self.row.status

    def _on_status_or_date_changed(self, *_args: object) -> None:
        closing = self.closing()
        self.form.set_row_visible("outcome", closing)
        self.form.set_row_visible("deadline_reason", self.revised.enabled_check.isChecked())
        if self.chosen_status() == ActionStatus.REALISEE and closing:
            self.progress.set_value(100)
        self.save_button().setText(self._save_text())

    def saved_message(self, value: Any) -> str:
        """« Point de suivi enregistré : HM-25-002 — En cours, 60 %. »"""
        row: ActionRow = value
        return self.tr("Point de suivi enregistré : {number} — {status}, {progress} %.").format(
            number=row.number, status=tr_label(row.status), progress=row.progress
        )

    def _save_text(self) -> str:
        if self.closing():
            return self.tr("Clore l'action")
        if self.reopening():
            return self.tr("Rouvrir l'action")
        return self.tr("Enregistrer")

    # -- value -----------------------------------------------------------------------------

    def value(self) -> tuple[ActionRow, StatusChange]:
        """The action and its follow-up point; local checks explain what is missing."""
        if self.action_combo.currentIndex() < 0:
            raise ValidationError({"action": self.tr("Choisissez l'action suivie.")})
        status = self.chosen_status()
        errors: dict[str, str] = {}
        if not can_change_action_status(self.row.status, status):
            errors["status"] = action_status_error(self.row.status, status)
        revised = self.revised.value()
        reason = self.reason_edit.text().strip()
        comment = self.comment_edit.toPlainText().strip()
        moved = revised is not None and revised != self.row.deadline
        if moved and not (reason or comment):
            errors["deadline_reason"] = self.tr("Indiquez le motif du report.")
        outcome = self.outcome_edit.toPlainText().strip()
        if self.closing() and not outcome:
            errors["outcome"] = self.tr("Indiquez le résultat de l'action avant de la clore.")
        if errors:
            raise ValidationError(errors)
        progress = self.progress.value()
        return self.row, StatusChange(
            status=None if status == self.row.status else status,
            comment=comment,
            revised_deadline=revised if moved else None,
            progress=None if progress == self.row.progress else progress,
            seance_id=self._seance_id,
            deadline_reason=reason if moved else "",
            outcome=outcome if self.closing() else "",
        )

    @classmethod
    def ask(
        cls, context: PageContext, row: ActionRow, parent: QWidget | None = None
    ) -> ActionRow | None:
        """Record a follow-up point on ``row``; the updated action, or None when cancelled."""
        dialog = cls(context, [row], parent)
        result: ActionRow | None = run_dialog(dialog)
        return result
