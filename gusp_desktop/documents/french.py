"""French typography and date formatting for the documents.

An administrative document is judged on details: « jeudi 12 juin 2025 », « 14 h 30 » and a
colon that never starts a line. These helpers produce those forms once, so that every builder
writes them the same way.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from babel.dates import format_date

NNBSP = "\u202f"
"""Narrow no-break space, used before ; : ! ? » and after «."""

NBSP = "\u00a0"
"""No-break space, used inside times and between a number and its unit."""

_SPACE_BEFORE = re.compile(r"[ \u00a0\u202f]+([;:!?»])")
_SPACE_AFTER_OPENING = re.compile(r"«[ \u00a0\u202f]*")
_SPACE_BEFORE_CLOSING = re.compile(r"(?<=\S)»")


def french_typography(text: str) -> str:
    """Make the spaces around ; : ! ? and guillemets unbreakable, as French typography wants.

    Only spaces already typed before ; : ! ? are converted: adding one where there is none would
    damage addresses such as ``https://…`` or times such as ``14:30``. Guillemets always get
    their inner narrow space.
    """
    text = _SPACE_BEFORE.sub(NNBSP + r"\1", text)
    text = _SPACE_AFTER_OPENING.sub("«" + NNBSP, text)
    return _SPACE_BEFORE_CLOSING.sub(NNBSP + "»", text)


def long_date(value: date) -> str:
    """« jeudi 12 juin 2025 », with « 1er » for the first day of the month."""
    text = str(format_date(value, format="full", locale="fr_FR"))
    if value.day == 1:
        text = re.sub(r"\b1 ", "1er ", text, count=1)
    return text


def short_date(value: date) -> str:
    """« 12/06/2025 », the form used in tables and exports."""
    return value.strftime("%d/%m/%Y")


def format_time(value: time | datetime) -> str:
    """« 14 h 30 » or « 9 h », with no-break spaces so that the time is never split."""
    if value.minute == 0:
        return f"{value.hour}{NBSP}h"
    return f"{value.hour}{NBSP}h{NBSP}{value.minute:02d}"


def long_datetime(value: datetime) -> str:
    """« jeudi 12 juin 2025 à 14 h 30 »."""
    return f"{long_date(value.date())} à {format_time(value)}"


def time_range(start: time | datetime, end: time | datetime) -> str:
    """« de 14 h 30 à 16 h », as written in a convocation."""
    return f"de {format_time(start)} à {format_time(end)}"
