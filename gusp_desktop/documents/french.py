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
# A run of ; : ! ? glued to a word and followed by a space or the end: « Rodéos: patrouilles ».
_GLUED_BEFORE = re.compile(r"(?<=[^\s\u00a0\u202f;:!?«(\[/])([;:!?]+)(?=\s|$)")
_SPACE_AFTER_OPENING = re.compile(r"«[ \u00a0\u202f]*")
_SPACE_BEFORE_CLOSING = re.compile(r"(?<=\S)»")
_APOSTROPHE = re.compile(r"(?<=[^\W\d_])'(?=[^\W\d_])")


def french_typography(text: str) -> str:
    """Text as French typography prints it, for rendering only (stored text is never changed).

    A narrow no-break space before ; : ! ? (added when the punctuation is glued to the word and
    followed by a space or the end, so that addresses such as ``https://…``, times such as
    ``14:30`` and ratios stay as typed) and inside « »; a typographic apostrophe between two
    letters (« l’école »). Applying it twice changes nothing.
    """
    text = _SPACE_BEFORE.sub(NNBSP + r"\1", text)
    text = _GLUED_BEFORE.sub(NNBSP + r"\1", text)
    text = _SPACE_AFTER_OPENING.sub("«" + NNBSP, text)
    text = _SPACE_BEFORE_CLOSING.sub(NNBSP + "»", text)
    return _APOSTROPHE.sub("\u2019", text)


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
