"""Plain values of séances: what is planned or edited, and what lists and documents read."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from gusp_desktop.domain.agenda import AgendaItemDTO
from gusp_desktop.domain.attendance import AttendanceDTO
from gusp_desktop.domain.enums import InstanceType, SeanceStatus
from gusp_desktop.domain.rules import number_is_locked
from gusp_desktop.domain.signed_minutes import SignerRole


@dataclass(frozen=True)
class SeanceData:
    """A séance to plan; None takes the instance's default place, duration and officers."""

    instance_id: int
    starts_at: dt.datetime
    duration_minutes: int | None = None
    place: str | None = None
    president_id: int | None = None
    secretary_id: int | None = None


@dataclass(frozen=True)
class SeanceEditData:
    """Editable fields of a planned séance (``starts_at`` naive = Paris wall-clock time)."""

    starts_at: dt.datetime
    duration_minutes: int
    place: str = ""
    president_id: int | None = None
    secretary_id: int | None = None
    summary: str = ""
    next_meeting_note: str = ""


@dataclass(frozen=True)
class SeanceSummary:
    """A séance in lists and calendars."""

    id: int
    version: int
    instance_id: int
    instance_code: str
    instance_name: str
    instance_type: InstanceType
    number: int
    starts_at: dt.datetime
    local_date: dt.date
    duration_minutes: int
    place: str
    status: SeanceStatus
    # The instance is restricted (cellule de veille): shown marked, to its members only.
    restricted: bool = field(default=False, kw_only=True)


@dataclass(frozen=True)
class SeanceDetail(SeanceSummary):
    """A séance with its officers, notes, agenda and attendance sheet."""

    president_id: int | None
    president_name: str
    secretary_id: int | None
    secretary_name: str
    summary: str
    next_meeting_note: str
    agenda: tuple[AgendaItemDTO, ...]
    attendance: tuple[AttendanceDTO, ...]
    distribution_note: str = ""
    convened_at: dt.datetime | None = None
    ics_sequence: int = 0
    cancelled_at: dt.datetime | None = None
    cancelled_by: str = ""
    cancellation_reason: str = ""
    recipients: tuple[RecipientLine, ...] = ()
    signatures: tuple[SignatureLine, ...] = ()
    missing_signatures: tuple[SignerRole, ...] = ()

    @property
    def invitees(self) -> tuple[AttendanceDTO, ...]:
        """The people invited (the attendance sheet also lists those who came uninvited)."""
        return tuple(a for a in self.attendance if a.invited)

    @property
    def number_locked(self) -> bool:
        """Whether the séance's number is final (convened, held or cancelled)."""
        return number_is_locked(self.status, self.convened_at)


@dataclass(frozen=True)
class RescheduleData:
    """What changes when a séance moves; None keeps the current value.

    ``starts_at`` naive = Paris wall-clock time.
    """

    starts_at: dt.datetime | None = None
    duration_minutes: int | None = None
    place: str | None = None


@dataclass(frozen=True)
class SeanceHighlights:
    """The compte rendu's own texts: faits marquants, prochaine réunion, diffusion note."""

    summary: str = ""
    next_meeting_note: str = ""
    distribution_note: str = ""


@dataclass(frozen=True)
class RecipientLine:
    """Someone who receives the compte rendu without being invited (« copie à »)."""

    id: int
    contact_id: int
    name: str
    organisation_code: str
    organisation_name: str
    email: str


@dataclass(frozen=True)
class SignatureLine:
    """A signature registered on the current version of the compte rendu."""

    signer: str
    role: SignerRole
    signed_at: dt.datetime

    @property
    def role_label(self) -> str:
        return self.role.label


@dataclass(frozen=True)
class ReviewerLine:
    """A person the draft compte rendu was sent to for remarks."""

    contact_id: int
    name: str
    organisation_code: str
    email: str


@dataclass(frozen=True)
class ReviewRound:
    """One sending of the draft compte rendu for remarks (numbered from 1)."""

    seance_id: int
    number: int
    sent_at: dt.datetime
    sent_by: str
    reviewers: tuple[ReviewerLine, ...]


@dataclass(frozen=True)
class SeanceEvent:
    """One line of a séance's history, read from the audit trail.

    ``before_status``/``after_status`` are set for lifecycle transitions; ``label`` says what
    happened in French (« Planifiée → Convoquée », « Date modifiée »…), ``detail`` adds the
    reason, the reviewers or the signer when there is one.
    """

    at: dt.datetime
    author: str
    operation: str
    label: str
    detail: str = ""
    before_status: SeanceStatus | None = None
    after_status: SeanceStatus | None = None
