"""A date field that understands what people type (see domain.typed_dates).

QDateEdit edits a date section by section: a full date typed over the selection could keep the
old day, and « 15/02 » typed into the year section became 5022. This field reads the whole text
instead: « 24/06/2027 » is that date, « 15/02 » the 15 February of this year, and a year outside
2000–2099 is refused: the date does not change and a tooltip says why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QValidator
from PySide6.QtWidgets import QDateEdit, QToolTip, QWidget

from gusp_desktop.domain.typed_dates import (
    MAX_YEAR,
    MIN_YEAR,
    could_become_a_date,
    parse_typed_date,
)

DISPLAY_FORMAT = "dd/MM/yyyy"
FULL_DATE = re.compile(r"^\s*\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*\d{4}\s*$")


class DateEdit(QDateEdit):
    """A calendar-popup date field, « jj/mm/aaaa », reading typed dates as a French user means
    them."""

    def __init__(
        self,
        value: QDate | None = None,
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self._today = today
        self.last_refusal = ""
        self.setDisplayFormat(DISPLAY_FORMAT)
        self.setCalendarPopup(True)
        self.setDateRange(QDate(MIN_YEAR, 1, 1), QDate(MAX_YEAR, 12, 31))
        self.setToolTip(
            self.tr(
                "Tapez la date (« 24/06/2027 », ou « 15/02 » pour cette année) ou choisissez-la."
            )
        )
        if value is not None:
            self.setDate(value)

    def _parsed(self, text: str) -> dt.date | None:
        return parse_typed_date(text, self._today())

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:  # noqa: D102
        # Only a four-digit year is final: « 15/02/50 » on the way to « 15/02/5022 » must not
        # become 2050 while the user is still typing; shorter forms are completed by fixup.
        if FULL_DATE.match(text) and self._parsed(text) is not None:
            return QValidator.State.Acceptable, text, pos
        if could_become_a_date(text):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def fixup(self, text: str) -> str:  # noqa: D102 - Qt's contract
        parsed = self._parsed(text)
        return parsed.strftime("%d/%m/%Y") if parsed is not None else text

    def refusal(self) -> str:
        """Why the text typed is not taken (empty when it is a date)."""
        text = self.lineEdit().text()
        if self._parsed(text) is not None:
            return ""
        return self.tr(
            "Date refusée : « {text} » n'est pas une date entre {first} et {last} "
            "(jj/mm/aaaa, ou jj/mm pour cette année)."
        ).format(text=text.strip(), first=MIN_YEAR, last=MAX_YEAR)

    def commit_typed(self) -> bool:
        """Take the typed text as the date (« 15/02 », « 3/7/27 » completed), or say why not.

        QDateTimeEdit's own completion works section by section and ignores ``fixup``; this
        runs first when the user presses Entrée or leaves the field.
        """
        text = self.lineEdit().text()
        if text == self.date().toString(DISPLAY_FORMAT):
            return True  # nothing typed since the date was shown
        parsed = self._parsed(text)
        if parsed is not None:
            self.last_refusal = ""
            self.setDate(QDate(parsed.year, parsed.month, parsed.day))
            return True
        self.last_refusal = self.refusal()
        # Qt puts the previous date back silently: say why.
        QToolTip.showText(self.mapToGlobal(self.rect().bottomLeft()), self.last_refusal, self)
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit_typed()
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt's name
        self.commit_typed()
        super().focusOutEvent(event)

    def dateTimeFromText(self, text: str) -> QDateTime:  # noqa: N802 - Qt's name
        parsed = self._parsed(text)
        if parsed is None:
            return self.dateTime()
        return QDateTime(QDate(parsed.year, parsed.month, parsed.day), self.time())
