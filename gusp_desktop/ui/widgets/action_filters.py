"""The plan d'actions filter bar: every criterion becomes a WHERE clause, none filters in Python."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, Theme
from gusp_desktop.domain.rules import CLOSED_ACTION_STATUSES
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.widgets.date_edit import DateEdit

#: Typing pauses this long before the query runs, so a word is one query, not one per letter.
TEXT_DEBOUNCE_MS = 150  # typing pauses longer than this between words
OPEN_STATUSES = tuple(s for s in ActionStatus if s not in CLOSED_ACTION_STATUSES)


@dataclasses.dataclass(frozen=True)
class FilterOptions:
    """Choices offered by the combo boxes: (code or id, label) pairs read from the database."""

    quartiers: Sequence[tuple[str, str]] = ()
    sites: Sequence[tuple[int, str, str]] = ()  # id, quartier code, name
    organisations: Sequence[tuple[str, str]] = ()


class ActionFilterBar(QWidget):
    """Quartier, site, theme, pilot, status, overdue, deadline range and free text."""

    #: Some criterion changed (text changes arrive after the debounce delay).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sites: Sequence[tuple[int, str, str]] = ()
        self._building = False
        # Criteria shown before the combo boxes had their choices (a restored session): the
        # quartier, site and pilot are selected once the choices arrive.
        self._pending: ActionQuery | None = None
        self._has_options = False
        self._build_widgets()
        self._build_layout()
        self._text_timer = QTimer(self)
        self._text_timer.setSingleShot(True)
        self._text_timer.setInterval(TEXT_DEBOUNCE_MS)
        self._text_timer.timeout.connect(self.changed)
        self._connect()

    def _build_widgets(self) -> None:
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(
            self.tr("Rechercher : numéro, titre, site, pilote… (Ctrl+F)")
        )
        self.search_edit.setClearButtonEnabled(True)
        self.quartier_combo = self._combo(self.tr("Tous les quartiers"))
        self.site_combo = self._combo(self.tr("Tous les sites"))
        self.theme_combo = self._combo(self.tr("Tous les thèmes"))
        for theme in Theme:
            self.theme_combo.addItem(tr_label(theme), theme.value)
        self.axis_combo = self._combo(self.tr("Tous les axes ATFPB"))
        for axis in AtfpbAxis:
            self.axis_combo.addItem(tr_label(axis), axis.value)
        self.pilot_combo = self._combo(self.tr("Tous les pilotes"))
        self.status_combo = self._combo(self.tr("Tous les états"))
        self.status_combo.addItem(self.tr("Actions ouvertes"), "open")
        for status in ActionStatus:
            self.status_combo.addItem(tr_label(status), status.value)
        self.overdue_check = QCheckBox(self.tr("En retard uniquement"))
        self.deadline_check = QCheckBox(self.tr("Échéance du"))
        year = dt.date.today().year
        self.from_date_edit = self._date_edit(QDate(year, 1, 1))
        self.to_date_edit = self._date_edit(QDate(year, 12, 31))
        self.reset_button = QPushButton(self.tr("Effacer les filtres"))

    def _build_layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.search_edit, 0, 0, 1, 3)
        grid.addWidget(self.overdue_check, 0, 3)
        grid.addWidget(self.reset_button, 0, 4)
        combos = (
            self.quartier_combo,
            self.site_combo,
            self.theme_combo,
            self.axis_combo,
            self.pilot_combo,
            self.status_combo,
        )
        for column, combo in enumerate(combos):
            grid.addWidget(combo, 1, column)
        dates = QHBoxLayout()
        dates.addWidget(self.deadline_check)
        dates.addWidget(self.from_date_edit)
        dates.addWidget(QLabel(self.tr("au")))
        dates.addWidget(self.to_date_edit)
        dates.addStretch(1)
        grid.addLayout(dates, 2, 0, 1, 6)

    def _combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        combo.setMinimumContentsLength(8)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _date_edit(self, value: QDate) -> QDateEdit:
        edit = DateEdit(value)
        edit.setEnabled(False)
        return edit

    def _connect(self) -> None:
        self.search_edit.textChanged.connect(self._on_search_edit_text_changed)
        self.quartier_combo.currentIndexChanged.connect(self._on_quartier_combo_index_changed)
        for combo in (
            self.site_combo,
            self.theme_combo,
            self.axis_combo,
            self.pilot_combo,
            self.status_combo,
        ):
            combo.currentIndexChanged.connect(self._on_criterion_changed)
        self.overdue_check.toggled.connect(self._on_criterion_changed)
        self.deadline_check.toggled.connect(self._on_deadline_check_toggled)
        self.from_date_edit.dateChanged.connect(self._on_date_changed)
        self.to_date_edit.dateChanged.connect(self._on_date_changed)
        self.reset_button.clicked.connect(self.reset)

    # -- slots -----------------------------------------------------------------------------

    @Slot(str)
    def _on_search_edit_text_changed(self, _text: str) -> None:
        self._text_timer.start()

    @Slot(int)
    def _on_quartier_combo_index_changed(self, _index: int) -> None:
        self._fill_sites()
        self._on_criterion_changed()

    def _on_criterion_changed(self, *_args: Any) -> None:
        """Any combo box or check box changed (a plain callable: each sends other arguments)."""
        if not self._building:
            self.changed.emit()

    @Slot(bool)
    def _on_deadline_check_toggled(self, checked: bool) -> None:
        self.from_date_edit.setEnabled(checked)
        self.to_date_edit.setEnabled(checked)
        self._on_criterion_changed()

    @Slot(QDate)
    def _on_date_changed(self, _date: QDate) -> None:
        if self.deadline_check.isChecked():
            self._on_criterion_changed()

    # -- public ----------------------------------------------------------------------------

    def set_options(self, options: FilterOptions) -> None:
        """Fill the combo boxes, keeping what was selected when it still exists."""
        self._building = True
        try:
            _refill(self.quartier_combo, options.quartiers)
            _refill(self.pilot_combo, options.organisations)
            self._sites = options.sites
            self._fill_sites()
            self._has_options = True
            pending, self._pending = self._pending, None
            if pending is not None:
                self._select_places(pending)
        finally:
            self._building = False

    def _select_places(self, query: ActionQuery) -> None:
        _select(self.quartier_combo, query.quartier_codes[0] if query.quartier_codes else None)
        self._fill_sites()
        _select(self.site_combo, query.site_id)
        _select(self.pilot_combo, query.pilot_codes[0] if query.pilot_codes else None)

    def set_today(self, today: dt.date) -> None:
        """Offer the current year as the default deadline range (until the user picks one)."""
        if not self.deadline_check.isChecked():
            self.from_date_edit.setDate(QDate(today.year, 1, 1))
            self.to_date_edit.setDate(QDate(today.year, 12, 31))

    def _fill_sites(self) -> None:
        code = self.quartier_combo.currentData()
        choices = [(i, f"{q} — {name}") for i, q, name in self._sites if code in (None, q)]
        was_building, self._building = self._building, True
        try:
            _refill(self.site_combo, choices)
        finally:
            self._building = was_building

    def apply_to(self, query: ActionQuery) -> ActionQuery:
        """``query`` with this bar's criteria (its sort order is kept)."""
        status = self.status_combo.currentData()
        statuses: tuple[ActionStatus, ...] = ()
        if status == "open":
            statuses = OPEN_STATUSES
        elif status is not None:
            statuses = (ActionStatus(status),)
        theme = self.theme_combo.currentData()
        axis = self.axis_combo.currentData()
        dated = self.deadline_check.isChecked()
        places = self._pending or dataclasses.replace(
            ActionQuery(),
            quartier_codes=_one(self.quartier_combo.currentData()),
            site_id=self.site_combo.currentData(),
            pilot_codes=_one(self.pilot_combo.currentData()),
        )
        return dataclasses.replace(
            query,
            quartier_codes=places.quartier_codes,
            site_id=places.site_id,
            themes=(Theme(theme),) if theme else (),
            axes=(AtfpbAxis(axis),) if axis else (),
            pilot_codes=places.pilot_codes,
            statuses=statuses,
            overdue_only=self.overdue_check.isChecked(),
            deadline_from=_to_date(self.from_date_edit.date()) if dated else None,
            deadline_to=_to_date(self.to_date_edit.date()) if dated else None,
            text=self.search_edit.text().strip(),
        )

    def show_criteria(self, query: ActionQuery) -> None:
        """Set the widgets from a query (the dashboard opens the plan already filtered)."""
        self._building = True
        try:
            self._clear_widgets()
            self._select_places(query)
            if not self._has_options:
                self._pending = query
            _select(self.theme_combo, query.themes[0].value if query.themes else None)
            _select(self.axis_combo, query.axes[0].value if query.axes else None)
            _select(self.status_combo, _status_choice(query.statuses))
            self.overdue_check.setChecked(query.overdue_only)
            self._show_deadlines(query.deadline_from, query.deadline_to)
            self.search_edit.setText(query.text)
        finally:
            self._building = False
        self._text_timer.stop()
        self.changed.emit()

    def _show_deadlines(self, start: dt.date | None, end: dt.date | None) -> None:
        if start is None and end is None:
            return
        self.deadline_check.setChecked(True)
        self.from_date_edit.setDate(
            _to_qdate(start) if start else self.from_date_edit.minimumDate()
        )
        self.to_date_edit.setDate(_to_qdate(end) if end else self.to_date_edit.maximumDate())

    @Slot()
    def reset(self) -> None:
        """Show every action again."""
        self.show_criteria(ActionQuery())

    def flush(self) -> None:
        """Apply a pending text change now instead of waiting for the debounce delay."""
        if self._text_timer.isActive():
            self._text_timer.stop()
            self.changed.emit()

    def _clear_widgets(self) -> None:
        for combo in (
            self.quartier_combo,
            self.site_combo,
            self.theme_combo,
            self.axis_combo,
            self.pilot_combo,
            self.status_combo,
        ):
            combo.setCurrentIndex(0)
        self.overdue_check.setChecked(False)
        self.deadline_check.setChecked(False)
        self.search_edit.clear()


def _one(value: Any) -> tuple[Any, ...]:
    return () if value is None else (value,)


def _status_choice(statuses: tuple[ActionStatus, ...]) -> str | None:
    if set(statuses) == set(OPEN_STATUSES):
        return "open"
    return statuses[0].value if statuses else None


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(max(index, 0))


def _refill(combo: QComboBox, choices: Iterable[tuple[Any, str]]) -> None:
    """Replace every choice but the first (« Tous … ») and keep the selection if possible."""
    current = combo.currentData()
    while combo.count() > 1:
        combo.removeItem(1)
    for data, label in choices:
        combo.addItem(label, data)
    _select(combo, current)


def _to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


def _to_qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)
