"""Dates as people type them in a date field: « 24/06/2027 », « 24/6/27 », « 15/02 ».

A date field that keeps the old day when a full date is typed over it, or reads « 15/02 » as
the year 5022, makes deadlines wrong without anyone noticing. The field asks this function:
a day and a month alone are in the current year, a two-digit year is in this century, and a
year outside the years a plan d'actions can concern is refused.
"""

from __future__ import annotations

import datetime as dt
import re

MIN_YEAR = 2000
MAX_YEAR = 2099
_TYPED = re.compile(r"^\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*(?:[/.\-]\s*(\d{2}|\d{4}))?\s*$")
_PARTIAL = re.compile(r"^\s*\d{0,2}(?:\s*[/.\-]\s*\d{0,2}(?:\s*[/.\-]\s*\d{0,4})?)?\s*$")


def parse_typed_date(text: str, today: dt.date) -> dt.date | None:
    """The date ``text`` means, or None when it is not a complete, plausible date."""
    match = _TYPED.match(text)
    if match is None:
        return None
    day, month, year_text = match.groups()
    if year_text is None:
        year = today.year
    elif len(year_text) == 2:
        year = 2000 + int(year_text)
    else:
        year = int(year_text)
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, int(month), int(day))
    except ValueError:
        return None


def could_become_a_date(text: str) -> bool:
    """Whether ``text`` is on its way to a date (« 24/0 », « 24/06/20 »): the field lets the
    user go on typing instead of refusing the keystroke."""
    return bool(_PARTIAL.match(text))
