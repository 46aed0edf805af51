"""Dates typed in date fields are read as a French user means them."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from gusp_desktop.domain.typed_dates import parse_typed_date
from gusp_desktop.ui.dialogs.action_fields import OptionalDate
from gusp_desktop.ui.widgets.date_edit import DateEdit

TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("24/06/2027", dt.date(2027, 6, 24)),
        ("15/02", dt.date(2026, 2, 15)),
        ("3/7/27", dt.date(2027, 7, 3)),
        ("24.06.2027", dt.date(2027, 6, 24)),
        ("15/02/5022", None),
        ("01/01/1850", None),
        ("31/02/2027", None),
        ("demain", None),
    ],
)
def test_parse_typed_date(typed: str, expected: dt.date | None) -> None:
    assert parse_typed_date(typed, TODAY) == expected


_HOLDERS: list[QWidget] = []


def _field(qtbot) -> DateEdit:
    holder = QWidget()
    _HOLDERS.append(holder)  # the field lives as long as its window
    layout = QVBoxLayout(holder)
    edit = DateEdit(QDate(2026, 12, 4), today=lambda: TODAY)
    layout.addWidget(edit)
    layout.addWidget(QLineEdit())
    qtbot.addWidget(holder)
    holder.show()
    return edit


def _type(qtbot, edit: DateEdit, text: str) -> None:
    edit.setFocus()
    edit.lineEdit().selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_a_full_date_typed_over_the_old_one_is_taken(qtbot) -> None:
    edit = _field(qtbot)
    _type(qtbot, edit, "24/06/2027")
    assert edit.date() == QDate(2027, 6, 24)


def test_day_and_month_are_in_the_current_year(qtbot) -> None:
    edit = _field(qtbot)
    _type(qtbot, edit, "15/02")
    assert edit.date() == QDate(2026, 2, 15)
    assert edit.text() == "15/02/2026"


def test_an_absurd_year_is_refused_with_a_reason(qtbot) -> None:
    edit = _field(qtbot)
    _type(qtbot, edit, "15/02/5022")
    assert edit.date() == QDate(2026, 12, 4)
    assert "Date refusée" in edit.last_refusal and "5022" in edit.last_refusal
    assert edit.maximumDate().year() == 2099


def test_the_action_form_deadline_uses_the_field(qtbot) -> None:
    deadline = OptionalDate("fixée au")
    qtbot.addWidget(deadline)
    deadline.enabled_check.setChecked(True)
    assert isinstance(deadline.date_edit, DateEdit)
    deadline.show()
    deadline.date_edit.setFocus()
    deadline.date_edit.lineEdit().selectAll()
    qtbot.keyClicks(deadline.date_edit, "24/06/2027")
    qtbot.keyClick(deadline.date_edit, Qt.Key.Key_Return)
    assert deadline.value() == dt.date(2027, 6, 24)
