"""Dialogs that save what they ask for, and stay open on a refusal so nothing typed is lost.

« Enregistrer » sends the input to a service through the task runner; a ``ValidationError``
shows its messages beside the fields and keeps the dialog open, any other error goes through
:class:`Prompts`. Callers use the ``ask()`` classmethods and never deal with ``exec()``; tests
replace ``exec`` to fill the real widgets and press the real button.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.fields import EntityForm

Save = Callable[[Any], Mutation[Any]]


class FormDialog(QDialog):
    """An :class:`EntityForm` with « Enregistrer » / « Annuler » that saves through ``tasks``."""

    def __init__(self, context: PageContext, save: Save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks, self._prompts, self._save = context.tasks, context.prompts, save
        # Saves are announced as coming from the page that opened the dialog.
        self._initiator = context.initiator
        self.result_value: Any = None
        self.form = EntityForm(self)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.button_box.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self._on_button_box_accepted)
        self.button_box.rejected.connect(self.reject)

    def value(self) -> Any:
        """The input to save, read from the fields (raise ValidationError for local checks)."""
        raise NotImplementedError

    def save_button(self) -> Any:
        """The « Enregistrer » button (tests press it)."""
        return self.button_box.button(QDialogButtonBox.StandardButton.Save)

    def _on_button_box_accepted(self) -> None:
        try:
            value = self.value()
        except ValidationError as error:
            self.form.show_errors(error.errors)
            return
        self.form.clear_errors()
        self.button_box.setEnabled(False)
        self._tasks.run(
            lambda: self._save(value),
            self._on_saved,
            self._on_save_failed,
            write=True,
            initiator=self._initiator,
        )

    def saved_message(self, value: Any) -> str:
        """What the status bar says once ``value`` is saved (dialogs name what they saved)."""
        return self.tr("Enregistré.")

    def _on_saved(self, mutation: Mutation[Any]) -> None:
        self.button_box.setEnabled(True)
        self.result_value = mutation.value
        self._prompts.notify(self.parentWidget() or self, self.saved_message(mutation.value))
        self.accept()

    def _on_save_failed(self, error: BaseException) -> None:
        self.button_box.setEnabled(True)
        if isinstance(error, ValidationError):
            self.form.show_errors(error.errors)
        else:
            self._prompts.show_error(self, error)


def run_dialog(dialog: FormDialog) -> Any:
    """Show ``dialog`` modally; the saved value, or None when cancelled."""
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    result = dialog.result_value if accepted else None
    dialog.deleteLater()
    return result
