"""Field widgets of the action form: an optional date, an amount in euros, a list of partners.

Each widget reads and writes plain Python values (``date | None``, ``Decimal | None``,
``tuple[int, ...]``), so the dialog converts nothing and the tests set real widgets.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.text import search_key
from gusp_desktop.ui.i18n import NBSP, current_locale
from gusp_desktop.ui.widgets.date_edit import DateEdit

ID_ROLE = Qt.ItemDataRole.UserRole
KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def to_qdate(value: dt.date) -> QDate:
    """A Python date as a QDate."""
    return QDate(value.year, value.month, value.day)


def to_date(value: QDate) -> dt.date:
    """A QDate as a Python date."""
    return dt.date(value.year(), value.month(), value.day())


class OptionalDate(QWidget):
    """A date that may be left empty (a check box turns it on)."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_check = QCheckBox(label)
        self.date_edit = DateEdit()
        self.date_edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_check)
        layout.addWidget(self.date_edit, 1)
        self.enabled_check.toggled.connect(self.date_edit.setEnabled)

    def set_value(self, value: dt.date | None) -> None:
        """Show ``value`` (None: unchecked)."""
        self.enabled_check.setChecked(value is not None)
        if value is not None:
            self.date_edit.setDate(to_qdate(value))

    def value(self) -> dt.date | None:
        """The chosen date, or None."""
        if not self.enabled_check.isChecked():
            return None
        return to_date(self.date_edit.date())


class MoneyEdit(QLineEdit):
    """An amount in euros typed the French way (« 1 250,50 »); empty means unknown."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("non chiffré"))
        self.setAlignment(Qt.AlignmentFlag.AlignRight)

    def set_value(self, amount: Decimal | None) -> None:
        """Show ``amount`` with two decimals (empty for None)."""
        if amount is None:
            self.clear()
        else:
            self.setText(current_locale().toString(float(amount), "f", 2))

    def value(self, field: str = "cost") -> Decimal | None:
        """The amount typed, or None; a ``ValidationError`` on ``field`` when unreadable."""
        text = self.text().replace(NBSP, "").replace("\u202f", "").replace(" ", "")
        text = text.removesuffix("€").replace(",", ".")
        if not text:
            return None
        try:
            amount = Decimal(text)
        except InvalidOperation:
            message = self.tr("Montant illisible : « {text} » (exemple : 1 250,50).")
            raise ValidationError({field: message.format(text=self.text())}) from None
        if not amount.is_finite():
            raise ValidationError({field: self.tr("Montant illisible.")})
        return amount.quantize(Decimal("0.01"))


class PartnerList(QWidget):
    """Organisations taking part, ticked in a list that a few typed letters narrow down."""

    #: The ticked organisations changed.
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filtrer les organisations…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.list_widget = QListWidget()
        self.list_widget.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.list_widget, 1)
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.list_widget.itemChanged.connect(lambda _item: self.changed.emit())

    def set_choices(self, choices: Iterable[tuple[int, str]]) -> None:
        """Offer ``(organisation id, label)`` pairs, keeping what was ticked."""
        ticked = set(self.value())
        self.list_widget.blockSignals(True)
        self.list_widget.clear()
        for organisation_id, label in choices:
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, organisation_id)
            item.setData(KEY_ROLE, search_key(label))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = organisation_id in ticked
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list_widget.addItem(item)
        self.list_widget.blockSignals(False)

    def set_value(self, ids: Iterable[int]) -> None:
        """Tick exactly the organisations ``ids``."""
        wanted = set(ids)
        self.list_widget.blockSignals(True)
        for item in self._items():
            checked = item.data(ID_ROLE) in wanted
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.list_widget.blockSignals(False)

    def value(self) -> tuple[int, ...]:
        """Ids of the ticked organisations, in list order."""
        return tuple(
            int(item.data(ID_ROLE))
            for item in self._items()
            if item.checkState() == Qt.CheckState.Checked
        )

    def set_checked(self, organisation_id: int, checked: bool = True) -> None:
        """Tick or untick one organisation (keyboard users and tests)."""
        for item in self._items():
            if item.data(ID_ROLE) == organisation_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _items(self) -> list[QListWidgetItem]:
        return [self.list_widget.item(row) for row in range(self.list_widget.count())]

    def _on_filter_edit_text_changed(self, text: str) -> None:
        words = search_key(text).split()
        for item in self._items():
            key = str(item.data(KEY_ROLE))
            item.setHidden(not all(word in key for word in words))
