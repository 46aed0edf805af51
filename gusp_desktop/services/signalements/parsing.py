"""Reading signalements files: a CSV table, or an Open311 GeoReport v2 ``requests.json``.

Each request becomes an :class:`Incoming` value that remembers its line in the file, so every
refusal names the file and the line. Nothing here touches the database: the importer resolves
categories, quartiers and sites afterwards, in one transaction.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import hashlib
import io
import json
import math
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NoReturn

from gusp_desktop.domain.errors import Message, ValidationError, listing, message_of
from gusp_desktop.domain.signalements import (
    Channel,
    SignalementStatus,
    parse_channel,
    parse_status,
)
from gusp_desktop.domain.text import search_key
from gusp_desktop.domain.timezone import PARIS

MAX_BYTES = 50 * 1024 * 1024
MAX_ERRORS = 10
# Open311 GeoReport v2: what every request of a requests.json must carry for an import.
OPEN311_REQUIRED = ("service_request_id", "status", "service_code", "requested_datetime")
CSV_COLUMNS = {
    "reference": ("reference", "ref", "id", "numero", "n°"),
    "received_at": ("date", "recu le", "date de reception", "received_at", "requested_datetime"),
    "channel": ("canal", "channel"),
    "category": ("categorie", "category", "service_code"),
    "quartier": ("quartier",),
    "site": ("site",),
    "address": ("adresse", "address"),
    "latitude": ("latitude", "lat"),
    "longitude": ("longitude", "lon", "long"),
    "description": ("description", "texte"),
    "organisation": ("organisation", "responsable"),
    "status": ("statut", "status"),
    "reporter": ("signale par", "auteur", "reporter"),
    "phone": ("telephone", "phone"),
    "email": ("courriel", "email", "e-mail"),
}


@dataclass(frozen=True)
class Incoming:
    """One request read from a file, before it is matched against the database."""

    line: int
    external_id: str
    received_at: dt.datetime
    category: str
    channel: Channel = Channel.APPLICATION
    category_name: str = ""
    quartier: str = ""
    site: str = ""
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    description: str = ""
    organisation: str = ""
    status: SignalementStatus = SignalementStatus.RECU
    status_reason: str = ""
    closed_at: dt.datetime | None = None
    reporter: str = ""
    phone: str = ""
    email: str = ""


class FileProblems:
    """Collects « file, line N: what is wrong » and raises them all at once."""

    def __init__(self, path: Path) -> None:
        self.name = path.name
        self.found: list[tuple[int, str]] = []

    def add(self, line: int | None, message: str) -> None:
        where = Message("{name}, ligne {line}", name=self.name, line=line) if line else self.name
        said = message if isinstance(message, Message) else Message(message)
        self.found.append((line or 0, Message("{where} : {message}", where=where, message=said)))

    @property
    def lines(self) -> list[str]:
        """The problems in the file's order."""
        return [text for _, text in sorted(self.found, key=lambda p: p[0])]

    def fail(self, line: int | None, message: str) -> NoReturn:
        """The file cannot be read any further: report this with what was found before."""
        self.add(line, message)
        self.raise_if_any()
        raise AssertionError("unreachable")

    def raise_if_any(self) -> None:
        if not self.found:
            return
        shown = self.lines[:MAX_ERRORS]
        more = len(self.lines) - len(shown)
        tail = [Message("… et {more} autre(s) erreur(s).", more=more)] if more else []
        nothing = Message("Rien n'a été importé.")
        raise ValidationError({"file": listing([*shown, *tail, nothing], "{first}\n{rest}")})


def reason(error: Exception) -> Message:
    """« what was wrong. » from a refusal, translatable whether it was raised with a
    ``Message`` or with plain French."""
    said = message_of(error)
    return Message("{problem}.", problem=said if isinstance(said, Message) else Message(said))


def read_text(path: Path) -> str:
    """The file's text (UTF-8, with or without BOM), or a French refusal naming it."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ValidationError(
                {
                    "file": Message(
                        "{name} : fichier trop gros ({value} Mo, 50 au plus).",
                        name=path.name,
                        value=size // 1048576,
                    )
                }
            )
        return path.read_bytes().decode("utf-8-sig")
    except FileNotFoundError:
        raise ValidationError(
            {"file": Message("{path} : fichier introuvable.", path=path)}
        ) from None
    except UnicodeDecodeError as exc:
        line = path.read_bytes()[: exc.start].count(b"\n") + 1
        raise ValidationError(
            {
                "file": Message(
                    "{name}, ligne {line} : le fichier n'est pas en UTF-8.",
                    name=path.name,
                    line=line,
                )
            }
        ) from None
    except OSError as exc:
        raise ValidationError(
            {
                "file": Message(
                    "{path} : lecture impossible ({strerror}).", path=path, strerror=exc.strerror
                )
            }
        ) from None


def parse_datetime(text: str) -> dt.datetime:
    """ISO 8601 (with offset, or Paris time without), « 14/03/2025 09:30 » or « 14/03/2025 »."""
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    moment = None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        for fmt in ("%d/%m/%Y %H:%M", "%d/%m/%Y %H:%M:%S", "%d/%m/%Y"):
            try:
                moment = dt.datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if moment is None:
        raise ValueError(
            Message("date « {text} » illisible (AAAA-MM-JJTHH:MM ou JJ/MM/AAAA HH:MM)", text=text)
        )
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=PARIS)
    return moment.astimezone(dt.UTC)


def parse_coordinate(value: Any, what: str, limit: float) -> float | None:
    """A latitude or longitude (« 50,36 » accepted), None when empty; refused out of range."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        number = float(str(value).strip().replace(",", "."))
    except ValueError:
        raise ValueError(
            Message("{what} « {value} » n'est pas un nombre", what=Message(what), value=value)
        ) from None
    if not math.isfinite(number) or not -limit <= number <= limit:
        raise ValueError(
            Message(
                "{what} {value} hors limites (entre -{limit} et {limit})",
                what=Message(what),
                value=value,
                limit=f"{limit:g}",
            )
        )
    return number


def fingerprint(received_at: dt.datetime, category: str, address: str, text: str) -> str:
    """A stable name for a line without reference, so importing it again is recognised."""
    key = "|".join([received_at.isoformat(), search_key(category), search_key(address), text])
    return "empreinte:" + hashlib.sha256(key.encode()).hexdigest()[:40]


# -- Open311 -----------------------------------------------------------------------------------


def _json_elements(text: str, problems: FileProblems) -> Iterator[tuple[int, Any]]:
    """(line, element) of the top-level JSON array, read element by element for line numbers."""
    decoder = json.JSONDecoder()
    index = _skip(text, 0)
    if index >= len(text) or text[index] != "[":
        problems.fail(None, Message("une liste JSON de demandes Open311 est attendue (« [ … ] »)."))
    index = _skip(text, index + 1)
    while index < len(text) and text[index] != "]":
        line = text.count("\n", 0, index) + 1
        try:
            element, index = decoder.raw_decode(text, index)
        except json.JSONDecodeError as exc:
            problems.fail(exc.lineno, Message("JSON invalide ({detail}).", detail=exc.msg))
        yield line, element
        index = _skip(text, index)
        if index < len(text) and text[index] == ",":
            index = _skip(text, index + 1)
        elif index < len(text) and text[index] != "]":
            problems.fail(text.count("\n", 0, index) + 1, Message("virgule ou « ] » attendu."))
    if index >= len(text):
        problems.fail(
            text.count("\n") + 1, Message("fin de fichier avant la fin de la liste « ] ».")
        )


def _skip(text: str, index: int) -> int:
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def _open311_request(line: int, item: Any) -> Incoming:
    if not isinstance(item, dict):
        raise ValueError(Message("chaque demande doit être un objet JSON"))
    missing = [k for k in OPEN311_REQUIRED if item.get(k) in (None, "")]
    if missing:
        raise ValueError(Message("champ(s) Open311 manquant(s) : {fields}", fields=tuple(missing)))
    status = str(item["status"]).strip().lower()
    if status not in ("open", "closed"):
        raise ValueError(
            Message("statut Open311 « {status} » inconnu (open ou closed)", status=item["status"])
        )
    received = parse_datetime(str(item["requested_datetime"]))
    closed = None
    if status == "closed":
        updated = item.get("updated_datetime")
        closed = parse_datetime(str(updated)) if updated else received
    return Incoming(
        line=line,
        external_id=str(item["service_request_id"]).strip(),
        received_at=received,
        category=str(item["service_code"]).strip(),
        category_name=str(item.get("service_name") or "").strip(),
        channel=Channel.APPLICATION,
        address=str(item.get("address") or "").strip(),
        latitude=parse_coordinate(item.get("lat"), "latitude", 90.0),
        longitude=parse_coordinate(item.get("long"), "longitude", 180.0),
        description=str(item.get("description") or "").strip(),
        organisation=str(item.get("agency_responsible") or "").strip(),
        status=SignalementStatus.TRAITE if closed else SignalementStatus.RECU,
        status_reason=str(item.get("status_notes") or "").strip(),
        closed_at=closed,
    )


def read_open311(path: Path, problems: FileProblems) -> list[Incoming]:
    """Every readable request of an Open311 GeoReport v2 ``requests.json`` export; the others
    are noted in ``problems``."""
    found: list[Incoming] = []
    for line, item in _json_elements(read_text(path), problems):
        _collect(problems, line, found, functools.partial(_open311_request, line, item))
    return found


def _collect(
    problems: FileProblems, line: int, found: list[Incoming], read: Callable[[], Incoming]
) -> None:
    try:
        found.append(read())
    except ValueError as exc:
        problems.add(line, reason(exc))


# -- CSV ---------------------------------------------------------------------------------------


def _columns(header: list[str], problems: FileProblems) -> dict[str, int]:
    wanted = {alias: key for key, aliases in CSV_COLUMNS.items() for alias in aliases}
    found: dict[str, int] = {}
    for index, title in enumerate(header):
        key = wanted.get(search_key(title).replace("_", " ")) or wanted.get(search_key(title))
        if key is not None and key not in found:
            found[key] = index
    for key, missing in (
        ("received_at", Message("colonne « date » manquante.")),
        ("category", Message("colonne « categorie » manquante.")),
    ):
        if key not in found:
            problems.add(1, missing)
    if "description" not in found and "address" not in found:
        problems.add(1, Message("colonne « description » ou « adresse » manquante."))
    return found


def _csv_request(line: int, cells: list[str], columns: dict[str, int]) -> Incoming:
    def cell(key: str) -> str:
        index = columns.get(key)
        return cells[index].strip() if index is not None and index < len(cells) else ""

    received = parse_datetime(cell("received_at")) if cell("received_at") else None
    if received is None:
        raise ValueError(Message("date de réception vide"))
    if not cell("category"):
        raise ValueError(Message("catégorie vide"))
    channel = parse_channel(cell("channel")) if cell("channel") else Channel.TELEPHONE
    status = parse_status(cell("status")) if cell("status") else SignalementStatus.RECU
    reference = cell("reference") or fingerprint(
        received, cell("category"), cell("address"), cell("description")
    )
    return Incoming(
        line=line,
        external_id=reference,
        received_at=received,
        category=cell("category"),
        channel=channel,
        quartier=cell("quartier"),
        site=cell("site"),
        address=cell("address"),
        latitude=parse_coordinate(cell("latitude"), "latitude", 90.0),
        longitude=parse_coordinate(cell("longitude"), "longitude", 180.0),
        description=cell("description"),
        organisation=cell("organisation"),
        status=status,
        reporter=cell("reporter"),
        phone=cell("phone"),
        email=cell("email"),
    )


def read_csv(path: Path, problems: FileProblems) -> list[Incoming]:
    """Every readable line of a CSV of signalements (« ; », « , » or tab separated, UTF-8);
    the others are noted in ``problems``."""
    text = read_text(path)
    try:
        dialect: Any = csv.Sniffer().sniff(text.split("\n", 1)[0], delimiters=";,\t")
    except csv.Error:
        dialect = "excel"
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        rows = [(reader.line_num, cells) for cells in reader]
    except csv.Error as exc:
        raise ValidationError(
            {
                "file": Message(
                    "{name}, ligne {line_num} : CSV illisible ({exc}).",
                    name=path.name,
                    line_num=reader.line_num,
                    exc=exc,
                )
            }
        ) from None
    if not rows:
        problems.fail(None, Message("fichier vide."))
    columns = _columns(rows[0][1], problems)
    problems.raise_if_any()
    found: list[Incoming] = []
    for line, cells in rows[1:]:
        if not any(c.strip() for c in cells):
            continue
        _collect(problems, line, found, functools.partial(_csv_request, line, cells, columns))
    return found


def read_file(path: Path) -> tuple[str, list[Incoming], FileProblems]:
    """(source, readable requests, problems so far): ``.json`` is Open311, ``.csv`` a table.

    A file that cannot be read at all is refused at once; line problems are collected so the
    importer reports them with its own, in the file's order.
    """
    problems = FileProblems(path)
    suffix = path.suffix.lower()
    if suffix == ".json":
        return "open311", read_open311(path, problems), problems
    if suffix == ".csv":
        return "csv", read_csv(path, problems), problems
    raise ValidationError(
        {
            "file": Message(
                "{name} : format non reconnu (.csv ou .json Open311 attendu).", name=path.name
            )
        }
    )
