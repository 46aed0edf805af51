"""A partner's returned tableau de suivi: what the exported file vouches for, and the review.

An exported plan (XLSX or CSV) carries for each row a *stamp*: the action's id, number and
version and the values of the editable fields as exported, signed with a key kept in the
database (HMAC-SHA256). Each locked cell is signed too, so an import can tell a partner's
legitimate answer (état, avancement, commentaire, nouvelle échéance proposée) from a changed
locked cell, a forged or missing stamp, or a row the application never exported. The
comparison of values read back from Excel, LibreOffice or a CSV goes through one canonical
text form per kind of column, so the same cell reads the same whatever saved it.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import hmac
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Literal

from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.errors import GuspError

STAMP_FORMAT = "gusp-retour-1"
# Last line of a returnable CSV: the ids of every exported row, signed (a CSV has no hidden
# sheet where the exported rows could be listed, so a deleted line would go unnoticed).
MANIFEST_FORMAT = "gusp-liste-1"
ReturnStatus = Literal["ok", "conflict", "locked_cell_changed", "unknown", "invalid"]
FieldStatus = Literal["ok", "conflict", "invalid"]
RETURN_STATUSES: tuple[ReturnStatus, ...] = (
    "ok",
    "conflict",
    "locked_cell_changed",
    "unknown",
    "invalid",
)
STATUS_LABELS: dict[str, str] = {
    "ok": "Correct",
    "conflict": "Conflit",
    "locked_cell_changed": "Cellule verrouillée modifiée",
    "unknown": "Ligne inconnue",
    "invalid": "Valeur invalide",
}
# The columns a partner may fill in, by field name, with their header in the file.
EDITABLE_COLUMNS: dict[str, str] = {
    "status": "État",
    "progress": "%",
    "comment": "Commentaire",
    "proposed_deadline": "Nouvelle échéance proposée",
}
FIELD_LABELS: dict[str, str] = {
    "status": "État",
    "progress": "Avancement (%)",
    "comment": "Commentaire",
    "proposed_deadline": "Nouvelle échéance proposée",
}
NUMBER_COLUMN = "N°"
CELL_MAC_LENGTH = 16  # hex digits per locked cell: 64 bits, enough to notice an edit
_SEPARATOR = "\x1f"
_DATE_TEXT = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})\s*$")
_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?\s*$")
_PERCENT_TEXT = re.compile(r"^\s*(-?\d+(?:[.,]\d+)?)\s*%?\s*$")


class ReturnFileError(GuspError):
    """The returned file cannot be read at all (not a spreadsheet, no plan sheet…)."""


@dataclass(frozen=True)
class RowStamp:
    """What an exported file vouches for about one row (kept in its hidden sheet or column).

    ``organisation`` is the code of the partner the plan was exported for (empty when the
    plan was not filtered on one); ``cells`` holds one short MAC per locked column, in the
    order of ``locked_titles``; ``digest`` signs the stamp itself.
    """

    action_id: int
    number: str
    version: int
    status: str
    progress: int
    revised_deadline: dt.date | None
    organisation: str = ""
    cells: tuple[str, ...] = ()
    digest: str = ""

    def text(self) -> str:
        """The canonical text of the stamp's own fields (what ``digest`` signs)."""
        deadline = self.revised_deadline.isoformat() if self.revised_deadline else ""
        parts = (
            STAMP_FORMAT,
            str(self.action_id),
            self.number,
            str(self.version),
            self.status,
            str(self.progress),
            deadline,
            self.organisation,
        )
        return _SEPARATOR.join(parts)


def mac(key: bytes, text: str) -> str:
    """HMAC-SHA256 of ``text`` under the database's key, in hex."""
    return hmac.new(key, text.encode("utf-8"), hashlib.sha256).hexdigest()


def cell_mac(key: bytes, stamp: RowStamp, title: str, canonical_value: str) -> str:
    """The short MAC of one locked cell, bound to its row's stamp and its column."""
    text = _SEPARATOR.join((stamp.text(), title, canonical_value))
    return mac(key, text)[:CELL_MAC_LENGTH]


def signed(key: bytes, stamp: RowStamp, locked: Sequence[tuple[str, str]]) -> RowStamp:
    """``stamp`` with its cell MACs (``locked``: (column title, canonical value)) and digest."""
    cells = tuple(cell_mac(key, stamp, title, value) for title, value in locked)
    digest = mac(key, stamp.text() + _SEPARATOR + ",".join(cells))
    return dataclasses.replace(stamp, cells=cells, digest=digest)


def stamp_is_genuine(key: bytes, stamp: RowStamp) -> bool:
    """Whether the stamp was written by this database (nothing in it changed)."""
    expected = mac(key, stamp.text() + _SEPARATOR + ",".join(stamp.cells))
    return hmac.compare_digest(expected, stamp.digest)


def changed_locked_columns(
    key: bytes, stamp: RowStamp, titles: Sequence[str], read: Mapping[str, str]
) -> list[str]:
    """Titles of the locked columns whose canonical value no longer matches its MAC."""
    changed = []
    for title, expected in zip(titles, stamp.cells, strict=False):
        actual = cell_mac(key, stamp, title, read.get(title, ""))
        if not hmac.compare_digest(actual, expected):
            changed.append(title)
    if len(stamp.cells) != len(titles):
        changed.extend(titles[len(stamp.cells) :])
    return changed


def manifest_cell(key: bytes, organisation: str, action_ids: Sequence[int]) -> str:
    """The signed list of the exported rows' action ids, as the CSV's last control cell."""
    text = "|".join((MANIFEST_FORMAT, organisation, ",".join(str(i) for i in action_ids)))
    return f"{text}|{mac(key, text)}"


def manifest_ids(key: bytes, cell: str) -> tuple[int, ...] | None:
    """The ids listed by a genuine manifest cell; None when it was altered or is malformed."""
    text, _, digest = cell.rpartition("|")
    parts = text.split("|")
    if len(parts) != 3 or parts[0] != MANIFEST_FORMAT:
        return None
    if not hmac.compare_digest(mac(key, text), digest):
        return None
    try:
        return tuple(int(part) for part in parts[2].split(",") if part)
    except ValueError:
        return None


# -- canonical forms -------------------------------------------------------------------------


CellKind = Literal["text", "date", "int", "percent", "money"]


def canonical(value: object, kind: str) -> str:
    """One text per meaning: a date written by Excel, LibreOffice or a CSV reads the same."""
    if value is None:
        return ""
    if kind == "date":
        parsed = parse_date(value)
        if parsed is not None:
            return parsed.isoformat()
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float | Decimal):
        return _number_text(value)
    text = str(value).replace("\r\n", "\n").replace("\r", "\n").strip()
    return text


def _number_text(value: int | float | Decimal) -> str:
    number = Decimal(str(value)).normalize()
    return format(number, "f")


def parse_date(value: object) -> dt.date | None:
    """A date from a cell: a real date, « 31/07/2025 », « 31/07/25 » or « 2025-07-31 »."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    found = _DATE_TEXT.match(value)
    try:
        if found:
            day, month, year = (int(part) for part in found.groups())
            return dt.date(year + 2000 if year < 100 else year, month, day)
        iso = _ISO_DATE.match(value)
        if iso:
            year, month, day = (int(part) for part in iso.groups())
            return dt.date(year, month, day)
    except ValueError:
        return None
    return None


def parse_status(value: object) -> ActionStatus | None:
    """An état typed as its French label (any case, accents as typed) or its stored value."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return ActionStatus(ActionStatus.parse(value))
    except ValueError:
        return None


def parse_progress(value: object, *, percent_format: bool = False) -> Decimal | None:
    """A number of percent from a cell: 45, « 45 % », « 45,0 », or 0.45 in a % cell."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float | Decimal):
        number = Decimal(str(value))
        return number * 100 if percent_format else number
    if isinstance(value, str):
        found = _PERCENT_TEXT.match(value)
        if found:
            try:
                return Decimal(found.group(1).replace(",", "."))
            except InvalidOperation:
                return None
    return None


# -- the review ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FieldChange:
    """One field of one row: the value exported (``old``), the partner's (``new``), and the
    application's now (``current``), as users read them, with what the review says of it."""

    field: str
    old: str
    new: str
    status: FieldStatus = "ok"
    message: str = ""
    current: str = ""
    value: object = None  # the parsed new value: ActionStatus, int, date or str
    already_recorded: bool = False

    @property
    def label(self) -> str:
        """French name of the field."""
        return FIELD_LABELS.get(self.field, self.field)


@dataclass(frozen=True)
class ReturnRow:
    """One row of the returned file (or one exported row missing from it).

    ``line`` is the spreadsheet's line number (0 for a row deleted from the file);
    ``acceptable`` says whether the coordinator may accept some of its changes.
    """

    line: int
    action_number: str
    changes: tuple[FieldChange, ...]
    status: ReturnStatus
    message: str
    action_id: int | None = None
    exported_version: int | None = None
    current_version: int | None = None
    organisation: str = ""
    acceptable: bool = False

    def auto_fields(self) -> frozenset[str]:
        """Fields accepted by « Tout accepter les changements sans conflit »."""
        if not self.acceptable or self.status not in ("ok", "conflict"):
            return frozenset()
        return frozenset(
            c.field for c in self.changes if c.status == "ok" and not c.already_recorded
        )

    def acceptable_fields(self) -> frozenset[str]:
        """Fields the coordinator may accept by hand (conflicts included, never invalid)."""
        if not self.acceptable:
            return frozenset()
        return frozenset(
            c.field for c in self.changes if c.status != "invalid" and not c.already_recorded
        )


@dataclass(frozen=True)
class ReturnReview:
    """Everything an import found, before anything is written."""

    source: str
    file_format: str
    rows: tuple[ReturnRow, ...]
    organisation_code: str = ""
    organisation_name: str = ""
    seance_id: int | None = None
    seance_label: str = ""
    problems: tuple[str, ...] = ()

    def auto_decision(self) -> ReturnDecision:
        """Every change without conflict accepted, nothing else."""
        return ReturnDecision(
            {row.line: fields for row in self.rows if (fields := row.auto_fields())}
        )

    def counts(self) -> dict[str, int]:
        """Rows per status (every status listed, zero included)."""
        found: dict[str, int] = dict.fromkeys(RETURN_STATUSES, 0)
        for row in self.rows:
            found[row.status] += 1
        return found


@dataclass(frozen=True)
class ReturnDecision:
    """What the coordinator accepted: per file line, the fields to apply."""

    accepted: Mapping[int, frozenset[str]] = field(default_factory=dict)

    def fields(self, line: int) -> frozenset[str]:
        """Accepted fields of one line (empty: the row is rejected)."""
        return self.accepted.get(line, frozenset())


@dataclass(frozen=True)
class AppliedReturn:
    """What an accepted return wrote: the follow-up points, by action number."""

    action_numbers: tuple[str, ...]
    points: int
    author: str
    seance_id: int | None
