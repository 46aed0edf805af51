"""Signalements: dysfunctions reported between walks, routed to whoever must act, followed.

A signalement arrives by a channel (phone, e-mail, a gardien, a city's application…), falls in
a category whose délai sets its due date, is routed to the organisation responsible (by editable
rules crossing category or theme with the site's gestionnaire) and moves from « reçu » to
« traité » or « rejeté ». Who reported it is personal data kept apart (:class:`ReporterData`):
it never appears in lists, exports or documents.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.errors import Message
from gusp_desktop.domain.vocabularies import CHANNEL_LABELS as CHANNEL_LABELS
from gusp_desktop.domain.vocabularies import CLOSED_STATUSES as CLOSED_STATUSES
from gusp_desktop.domain.vocabularies import SIGNALEMENT_STATUS_LABELS as STATUS_LABELS
from gusp_desktop.domain.vocabularies import Channel as Channel
from gusp_desktop.domain.vocabularies import SignalementStatus as SignalementStatus

OPEN_STATUSES = frozenset(set(SignalementStatus) - CLOSED_STATUSES)
# The usual order; « rejeté » may follow any open status.
STATUS_ORDER = (
    SignalementStatus.RECU,
    SignalementStatus.TRANSMIS,
    SignalementStatus.PRIS_EN_CHARGE,
    SignalementStatus.TRAITE,
)
SOURCE_MANUAL = "saisie"
SOURCE_CSV = "csv"
SOURCE_OPEN311 = "open311"


def parse_channel(text: str) -> Channel:
    """A channel from its value or French label (« main courante », « Téléphone »)."""
    return Channel(_parse(text, CHANNEL_LABELS, "Canal"))


def parse_status(text: str) -> SignalementStatus:
    """A status from its value or French label (« pris en charge », « traité »)."""
    return SignalementStatus(_parse(text, STATUS_LABELS, "Statut"))


def _parse(text: str, labels: dict[str, str], what: str) -> str:
    wanted = " ".join(text.strip().lower().replace("_", " ").split())
    for value, label in labels.items():
        if wanted in (value.replace("_", " "), label.lower(), _plain(label.lower())):
            return value
    raise ValueError(
        Message(
            "{what} inconnu « {text} » (valeurs possibles : {choices}).",
            what=Message(what),
            text=text,
            choices=", ".join(labels),
        )
    )


def _plain(text: str) -> str:
    return text.translate(str.maketrans("éèêàçô", "eeeaco"))


@dataclass(frozen=True)
class CategoryData:
    """An editable category: what it is about and how many days the responsible has."""

    code: str
    label: str
    theme: Theme
    delay_days: int
    active: bool = True


@dataclass(frozen=True)
class CategoryDTO:
    """A category as stored."""

    id: int
    version: int
    code: str
    label: str
    theme: Theme
    delay_days: int
    active: bool


@dataclass(frozen=True)
class RouteData:
    """A routing rule: signalements of this category (or theme) on sites of this gestionnaire
    go to ``organisation_id``. An empty criterion matches anything."""

    organisation_id: int
    category_id: int | None = None
    theme: Theme | None = None
    gestionnaire_id: int | None = None


@dataclass(frozen=True)
class RouteDTO:
    """A routing rule as stored, with the codes it names."""

    id: int
    category_code: str
    theme: Theme | None
    gestionnaire_code: str
    organisation_id: int
    organisation_code: str
    category_id: int | None = None
    gestionnaire_id: int | None = None


@dataclass(frozen=True)
class ReporterData:
    """Who reported: a contact of the directory, or a name and means of contact.

    Personal data: shown only in the signalement's own form, never in a list or a document.
    """

    name: str = ""
    phone: str = ""
    email: str = ""
    contact_id: int | None = None

    @property
    def empty(self) -> bool:
        """Nobody named (an anonymous signalement)."""
        return not (self.name.strip() or self.phone.strip() or self.email.strip()) and (
            self.contact_id is None
        )


@dataclass(frozen=True)
class SignalementData:
    """The intake form. ``organisation_id`` None lets the routing rules choose."""

    received_at: dt.datetime
    channel: Channel
    category_id: int
    quartier_id: int
    description: str
    site_id: int | None = None
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None
    organisation_id: int | None = None
    reporter: ReporterData = field(default_factory=ReporterData)


@dataclass(frozen=True)
class SignalementRow:
    """One line of the list: no personal data."""

    id: int
    version: int
    received_at: dt.datetime
    channel: Channel
    category_id: int
    category_code: str
    category_label: str
    theme: Theme
    quartier_id: int
    quartier_code: str
    site_id: int | None
    site_name: str
    address: str
    latitude: float | None
    longitude: float | None
    description: str
    organisation_id: int | None
    organisation_code: str
    status: SignalementStatus
    status_reason: str
    due_date: dt.date
    closed_at: dt.datetime | None
    overdue: bool
    action_id: int | None
    action_number: str
    source: str
    external_id: str


@dataclass(frozen=True)
class StatusEvent:
    """One status change of a signalement's history."""

    at: dt.datetime
    author: str
    status: SignalementStatus
    reason: str = ""


@dataclass(frozen=True)
class SignalementPhotoRow:
    """A photo sent with a signalement (its bytes are read apart)."""

    id: int
    signalement_id: int
    filename: str
    taken_at: dt.datetime | None
    width: int
    height: int
    byte_size: int


@dataclass(frozen=True)
class SignalementDetail:
    """A signalement with its reporter (for those allowed to read it), its history and photos."""

    row: SignalementRow
    reporter: ReporterData | None
    reporter_contact_name: str = ""
    history: tuple[StatusEvent, ...] = ()
    photos: tuple[SignalementPhotoRow, ...] = ()


@dataclass(frozen=True)
class SignalementQuery:
    """List filters; None means any."""

    status: SignalementStatus | None = None
    open_only: bool = False
    organisation_id: int | None = None
    quartier_id: int | None = None
    overdue_only: bool = False
    text: str = ""


@dataclass(frozen=True)
class ImportReport:
    """What an import did: how many new, how many already there."""

    path: str
    created: int
    duplicates: int
    created_ids: tuple[int, ...] = ()

    def message(self) -> str:
        """One French sentence for the command line and the window."""
        return (
            f"{self.path} : {self.created} signalement(s) importé(s), "
            f"{self.duplicates} déjà présent(s)."
        )
