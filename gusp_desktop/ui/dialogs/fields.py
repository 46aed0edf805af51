"""A form whose validation messages appear beside the fields they are about.

Services refuse input with ``ValidationError.errors`` mapping each field name to a French
message; the form shows each message in a red label right under its field, and anything not
tied to a field (key ``"_"``) above the fields, so the user sees what to fix where to fix it.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.ui.service_messages import service_text

ERROR_STYLE = "color: #b3261e;"


class EntityForm(QWidget):
    """Labelled fields, each with its own error label, plus a general error line."""

    # The user changed a field (the owner knows the form holds unsaved input).
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.general_error = _error_label("general_error")
        self._layout = QFormLayout()
        self._fields: dict[str, QWidget] = {}
        self._errors: dict[str, QLabel] = {}
        self._labels: dict[str, QWidget | None] = {}
        self.dirty = False
        self._row = QHBoxLayout()
        self._row.addLayout(self._layout, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.general_error)
        outer.addLayout(self._row)
        outer.addStretch(1)

    def add_column(self) -> None:
        """Fields added from now on go into a new column to the right (long forms)."""
        self._layout = QFormLayout()
        self._row.addSpacing(16)
        self._row.addLayout(self._layout, 1)

    def add(self, key: str, label: str, widget: QWidget) -> QWidget:
        """Add ``widget`` under ``label``; errors for ``key`` appear right below it."""
        error = _error_label(f"{key}_error")
        box = QWidget(self)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(widget)
        column.addWidget(error)
        self._layout.addRow(label, box)
        self._fields[key], self._errors[key] = widget, error
        self._labels[key] = self._layout.labelForField(box)
        _watch(widget, self._on_field_edited)
        return widget

    def field(self, key: str) -> QWidget:
        """The widget of a field."""
        return self._fields[key]

    def focus_first(self) -> None:
        """Put the cursor in the first field that accepts input."""
        for widget in self._fields.values():
            if widget.isEnabled():
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    def set_row_visible(self, key: str, visible: bool) -> None:
        """Show or hide a field with its label (fields that only apply in some cases)."""
        box = self._fields[key].parentWidget()
        for widget in (box, self._labels.get(key)):
            if widget is not None:
                widget.setVisible(visible)

    def error_text(self, key: str) -> str:
        """The message shown for ``key`` ("_" for the general line); empty when none."""
        label = self.general_error if key == "_" else self._errors[key]
        return label.text() if label.isVisibleTo(self) else ""

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """Show each message beside its field; unknown fields go to the general line."""
        self.clear_errors()
        general = []
        for key, french in errors.items():
            message = service_text(french)
            label = self._errors.get(key)
            if label is None:
                general.append(message)
            else:
                _show(label, message)
        if general:
            _show(self.general_error, "\n".join(general))
        first = next((self._fields[k] for k in errors if k in self._fields), None)
        if first is not None:
            first.setFocus()

    def clear_errors(self) -> None:
        """Hide every message."""
        for label in (self.general_error, *self._errors.values()):
            label.clear()
            label.hide()

    def mark_clean(self) -> None:
        """The fields now match what is stored."""
        self.dirty = False

    def _on_field_edited(self) -> None:
        self.dirty = True
        self.edited.emit()


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, message: str) -> None:
    label.setText(message)
    label.show()


def _watch(widget: QWidget, slot: object) -> None:
    """Connect the signal a field emits when the user edits it."""
    if isinstance(widget, QLineEdit):
        widget.textEdited.connect(slot)
    elif isinstance(widget, QPlainTextEdit):
        widget.textChanged.connect(slot)
    elif isinstance(widget, QComboBox):
        widget.activated.connect(slot)
    elif isinstance(widget, QAbstractButton):
        widget.clicked.connect(slot)
    elif isinstance(widget, QDateEdit | QAbstractSpinBox):
        widget.editingFinished.connect(slot)
    elif isinstance(widget, QListWidget):
        widget.itemChanged.connect(slot)


def combo_data(combo: QComboBox) -> object:
    """The data of the selected entry (None when nothing or « aucun » is selected)."""
    return combo.currentData() if combo.currentIndex() >= 0 else None


def select_data(combo: QComboBox, value: object) -> None:
    """Select the entry whose data is ``value`` (first entry when absent)."""
    index = combo.findData(value)
    combo.setCurrentIndex(index if index >= 0 else (0 if combo.count() else -1))


def civility_combo() -> QComboBox:
    """« — », « Madame », « Monsieur »: the documents write « Présidente de séance » or
    « Président de séance » from it, and an epicene « Présidence » when it is left blank."""
    combo = QComboBox()
    combo.addItem("—", "")
    combo.addItem(QCoreApplication.translate("Civility", "Madame"), "madame")
    combo.addItem(QCoreApplication.translate("Civility", "Monsieur"), "monsieur")
    return combo
