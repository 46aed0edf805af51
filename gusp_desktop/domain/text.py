"""Text normalisation and validation shared by every service."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from gusp_desktop.domain.errors import Message

_LIGATURES = str.maketrans({"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"})
_SPACES = re.compile(r"\s+")
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9_-]{0,15}$")


def search_key(text: str) -> str:
    """Lower-case, accent-free, ligature-free form used for searching.

    ``coeur`` must find « cœur » and ``etienne`` « Étienne », on SQLite and PostgreSQL alike,
    so both the stored shadow column and the query go through this function.
    """
    decomposed = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SPACES.sub(" ", stripped.lower()).strip()


def clean(text: str | None) -> str:
    """Trim and collapse inner runs of blanks on one-line fields."""
    return _SPACES.sub(" ", text or "").strip()


def check_required(errors: dict[str, str], field: str, value: str, label: str) -> None:
    """Record an error when a required text field is empty."""
    if not value:
        errors[field] = Message("{label} est obligatoire.", label=Message(label))


def check_length(
    errors: dict[str, str], field: str, value: str | None, label: str, limit: int
) -> None:
    """Record an error when a text is longer than the column allows."""
    if value is not None and len(value) > limit:
        errors[field] = Message(
            "{label} : {length} caractères, {limit} au maximum.",
            label=Message(label),
            length=len(value),
            limit=limit,
        )


def check_email(errors: dict[str, str], field: str, value: str | None) -> None:
    """Record an error when a non-empty e-mail address is malformed."""
    if value and not _EMAIL.match(value):
        errors[field] = Message("Adresse électronique invalide : « {value} ».", value=value)


def check_code(errors: dict[str, str], field: str, value: str, label: str) -> None:
    """Short codes (CAMA, HM…) are upper-case letters, digits, - or _."""
    if not _CODE.match(value):
        errors[field] = Message(
            "{label} « {value} » invalide : lettres majuscules, chiffres, - ou _, "
            "16 caractères au plus.",
            label=Message(label),
            value=value,
        )


def parse_iso_date(text: str, label: str = "La date") -> dt.date:
    """Parse ``YYYY-MM-DD`` (or ``DD/MM/YYYY``) with a French error."""
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return dt.datetime.strptime(text.strip(), fmt).date()
        except ValueError:
            continue
    raise ValueError(
        Message(
            "{label} « {text} » n'est pas une date valide (AAAA-MM-JJ attendu).",
            label=Message(label),
            text=text,
        )
    )
