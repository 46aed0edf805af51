"""Names proposed for exported files: what the document is, for whom, of when.

« plan-d-actions.pdf » saved five times ends as five files nobody can tell apart in a mail. A
name that says the document, the instance and number or the partner, and the date —
``cr-COTECH-IQ-n4-2026-12-03.pdf``, ``plan-actions-MH-2026-12-04.xlsx`` — sorts by date and
reads on any system (ASCII, no spaces).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

SEANCE_PREFIXES = {
    "convocation": "convocation",
    "agenda": "odj",
    "attendance": "emargement",
    "minutes": "cr",
    "decisions": "releve",
    "cancellation": "annulation",
}


def file_part(text: str) -> str:
    """``text`` as a piece of file name: accents dropped, anything else than letters, digits
    and hyphens turned into one hyphen, case kept (codes such as « COTECH-IQ » stay readable)."""
    for ligature, letters in (("œ", "oe"), ("Œ", "OE"), ("æ", "ae"), ("Æ", "AE")):
        text = text.replace(ligature, letters)
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", ascii_text).strip("-")


def seance_file_name(kind: str, instance_code: str, number: int, day: dt.date, fmt: str) -> str:
    """« cr-COTECH-IQ-n4-2026-12-03.pdf » for the compte rendu of COTECH-IQ n° 4."""
    prefix = SEANCE_PREFIXES.get(kind, file_part(kind).lower() or "document")
    return f"{prefix}-{file_part(instance_code)}-n{number}-{day.isoformat()}.{fmt}"


def plan_file_name(scope: str, day: dt.date, fmt: str) -> str:
    """« plan-actions-MH-2026-12-04.xlsx »; without a partner or quartier, « plan-actions-… »."""
    part = file_part(scope)
    return (
        f"plan-actions-{part}-{day.isoformat()}.{fmt}"
        if part
        else (f"plan-actions-{day.isoformat()}.{fmt}")
    )
