"""The text of a decision, with the same personal-data marking as the notes of a point.

A decision can name a resident (« Orienter Mme X vers … »): the secretary marks the name as
in the notes (context menu, Ctrl+Maj+O), it is highlighted here and printed « [occulté] »
outside the restricted instance's own documents.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.ui.widgets.personal_data_marks import PersonalDataMarking


class DecisionTextDialog(QDialog):
    """A few lines of text; « OK » needs some words."""

    def __init__(self, title: str, label: str, value: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.editor = QPlainTextEdit(value)
        self.editor.setTabChangesFocus(True)
        self.editor.setMinimumWidth(420)
        self.editor.setFixedHeight(110)
        self.marking = PersonalDataMarking(self.editor)
        hint = QLabel(self.tr("Ctrl+Maj+O : marquer la sélection comme donnée personnelle."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (QLabel(label), self.editor, hint, buttons):
            layout.addWidget(widget)

    def text(self) -> str:
        """The decision as typed, marks included."""
        return self.editor.toPlainText()


def ask_decision_text(parent: QWidget | None, title: str, label: str, value: str) -> str | None:
    """The decision's text, or None when cancelled."""
    dialog = DecisionTextDialog(title, label, value, parent)
    return dialog.text() if dialog.exec() == QDialog.DialogCode.Accepted else None
