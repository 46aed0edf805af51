"""Writing the compte rendu: notes and decisions per point, and the content a CR shows."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, selectinload

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Contact,
    Decision,
    Organisation,
    Seance,
)
from gusp_desktop.domain.agenda import DecisionDTO
from gusp_desktop.domain.attendance import AttendanceDTO
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import AttendanceStatus, SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.meetings import SeanceSummary
from gusp_desktop.domain.minutes import (
    ActionLine,
    MinutesContent,
    MinutesItem,
    NextSeance,
    PersonLine,
)
from gusp_desktop.domain.redaction import RESTRICTED_PLACEHOLDER, redact
from gusp_desktop.domain.rules import MINUTES_EDITABLE, effective_deadline, is_overdue
from gusp_desktop.domain.text import check_length, check_required
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.domain.wording import town_of
from gusp_desktop.services.agenda import (
    contact_name,
    decision_dto,
    organisation_code,
    perimeter_open_actions,
    seance_items,
    store_positions,
)
from gusp_desktop.services.attendance import seance_attendance
from gusp_desktop.services.base import ServiceContext, diff, get_or_404, row_values
from gusp_desktop.services.confidentiality import (
    Readable,
    action_condition,
    document_scope,
    readable,
)
from gusp_desktop.services.seance_records import recipient_lines, seance_summary

_S = SeanceStatus
NOTES_MAX = 200_000
DECISION_MAX = 5_000


def refuse_unless_writable(seance: Seance) -> None:
    """Minutes are written between the meeting and their validation, never outside."""
    status = seance.status
    if status in MINUTES_EDITABLE:
        return
    if status is _S.ANNULEE:
        message = "Une séance annulée n'a pas de compte rendu."
    elif status in (_S.CR_VALIDE, _S.CR_SIGNE):
        state = "signé" if status is _S.CR_SIGNE else "validé"
        message = (
            f"Le compte rendu est {state} : il ne peut plus être modifié "
            "(une correction passe par un erratum)."
        )
    else:
        message = (
            "Le compte rendu se rédige une fois la séance tenue "
            f"(statut actuel : « {status.label} »)."
        )
    raise ValidationError({"_": message})


def _decision_text(text: str) -> str:
    text = text.strip()
    errors: dict[str, str] = {}
    check_required(errors, "text", text, "Le texte de la décision")
    check_length(errors, "text", text, "Le texte de la décision", DECISION_MAX)
    if errors:
        raise ValidationError(errors)
    return text


class MinutesService:
    """Use cases on the text of a compte rendu."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def save_notes(self, item_id: int, expected_version: int, notes: str) -> Mutation[int]:
        """Store a point's notes and return its new version (called by autosave).

        Only this row is written. The text is kept exactly as typed (no trimming, which would
        fight the cursor), and an unchanged text writes nothing. The audit records lengths, not
        the text: a full copy every two seconds would bloat the journal, and the validated
        snapshot is what keeps the words.
        """
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, AgendaItem, item_id, "Point de l'ordre du jour")
            refuse_unless_writable(get_or_404(uow.session, Seance, row.seance_id, "Séance"))
            errors: dict[str, str] = {}
            check_length(errors, "notes", notes, "Le texte des notes", NOTES_MAX)
            if errors:
                raise ValidationError(errors)
            uow.expect_version("agenda_item", row, expected_version, {"notes": notes})
            if row.notes != notes:
                before = len(row.notes)
                row.notes = notes
                uow.stamp(row)
                uow.session.flush()
                uow.audit(
                    "agenda_item",
                    row.id,
                    "notes",
                    {"notes_length": before},
                    {"notes_length": len(notes)},
                )
            version = row.version
        return Mutation(version, uow.changes())

    def add_decision(self, item_id: int, text: str) -> Mutation[DecisionDTO]:
        """Record a decision at the end of a point's decisions."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            item = get_or_404(uow.session, AgendaItem, item_id, "Point de l'ordre du jour")
            refuse_unless_writable(item.seance)
            text = _decision_text(text)
            last = uow.session.scalar(
                select(func.max(Decision.position)).where(Decision.agenda_item_id == item_id)
            )
            row = Decision(agenda_item_id=item_id, position=(last or 0) + 1, text=text)
            uow.stamp(row, created=True)
            item.decisions.append(row)
            uow.session.flush()
            uow.audit("decision", row.id, "create", None, row_values(row))
            dto = decision_dto(row)
        return Mutation(dto, uow.changes())

    def update_decision(
        self, decision_id: int, expected_version: int, text: str
    ) -> Mutation[DecisionDTO]:
        """Reword a decision."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Decision, decision_id, "Décision")
            refuse_unless_writable(row.agenda_item.seance)
            text = _decision_text(text)
            uow.expect_version("decision", row, expected_version, {"text": text})
            before = row_values(row)
            row.text = text
            uow.stamp(row)
            uow.session.flush()
            uow.audit("decision", row.id, "update", *diff(before, row_values(row)))
            dto = decision_dto(row)
        return Mutation(dto, uow.changes())

    def remove_decision(self, decision_id: int, expected_version: int) -> Mutation[None]:
        """Delete a decision and renumber the point's remaining ones."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Decision, decision_id, "Décision")
            item = row.agenda_item
            refuse_unless_writable(item.seance)
            uow.expect_version("decision", row, expected_version, {})
            uow.audit("decision", row.id, "delete", row_values(row), None)
            item.decisions.remove(row)
            uow.session.flush()
            store_positions(uow, item.decisions)
        return Mutation(None, uow.changes())

    def start_writing(self, seance_id: int) -> Mutation[SeanceSummary]:
        """Open the minutes of a held séance (tenue → CR en rédaction); harmless when open."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, Seance, seance_id, "Séance")
            refuse_unless_writable(row)
            if row.status is _S.TENUE:
                row.status = _S.CR_REDACTION
                uow.stamp(row)
                uow.session.flush()
                uow.audit("seance", row.id, "status", {"status": _S.TENUE}, {"status": row.status})
            dto = seance_summary(row)
        return Mutation(dto, uow.changes())

    def minutes_content(
        self, seance_id: int, *, include_restricted: bool = False, with_follow_up: bool = True
    ) -> MinutesContent:
        """All a compte rendu shows, as of today (which decides the « en retard » flags).

        The content is for the instance's members: restricted content of other instances is
        left out (a cellule de veille action in a comité technique's annex), marked spans of
        personal data read « [occulté] » unless the instance itself is restricted. A member
        may ``include_restricted`` what she may read: the document is then marked « Diffusion
        restreinte ». A restricted séance the user may not read does not exist for her.
        Without ``with_follow_up`` the follow-up table (every open action of the instance's
        perimeter, tens of thousands on a large plan) is left empty, for the documents that do
        not print it: the ordre du jour, the convocation, the émargement.
        """
        today = self.context.today()
        with self.context.read() as session:
            seance, view = self._readable(session, seance_id, include_restricted)
            with _names_at_hand(session):
                return _content(session, seance, today, view, with_follow_up)

    def seance_actions(self, seance_id: int) -> SeanceActions:
        """The actions decided and those followed in the séance, as its compte rendu lists them.

        The window's compte rendu tab shows only these two lists: reading them through
        :meth:`minutes_content` also built a line for every open action of the instance's
        perimeter (the compte rendu's follow-up table), tens of thousands on a large plan.
        """
        today = self.context.today()
        with self.context.read() as session:
            seance, view = self._readable(session, seance_id, include_restricted=False)
            return SeanceActions(
                new_actions=_actions(
                    session, session.scalars(_opened_here(seance, view)), today, view
                ),
                followed_actions=_followed_actions(session, seance, today, view),
            )

    def _readable(
        self, session: Session, seance_id: int, include_restricted: bool
    ) -> tuple[Seance, _View]:
        """The séance and what its documents may show to the user (restricted: not found)."""
        user = self.context.user
        seance = get_or_404(session, Seance, seance_id, "Séance")
        instance = seance.instance
        if instance.restricted and not readable(session, user).may_read(instance.id):
            raise NotFoundError(Message("{what} n° {id} introuvable.", what="Séance", id=seance_id))
        scope = document_scope(session, user, instance.id, include_restricted=include_restricted)
        return seance, _View(scope, instance.restricted or include_restricted)


@dataclass(frozen=True)
class SeanceActions:
    """The two action lists of a compte rendu that the window's compte rendu tab shows."""

    new_actions: tuple[ActionLine, ...]
    followed_actions: tuple[ActionLine, ...]


@dataclass(frozen=True)
class _View:
    """What one document may show: ``scope`` of restricted content, spans revealed or not."""

    scope: Readable
    restricted: bool  # a document for the restricted audience: « Diffusion restreinte »

    def text(self, value: str) -> str:
        """Free text as this document shows it (marked spans occulted or not)."""
        return redact(value, reveal=self.restricted)

    def actions(self, query: Select[Action]) -> Select[Action]:
        """``query`` without the restricted actions this document may not show."""
        if self.scope.everything:
            return query
        return query.where(action_condition(self.scope))


@contextlib.contextmanager
def _names_at_hand(session: Session) -> Iterator[Sequence[Contact | Organisation]]:
    """The annuaire's people and organisations, read in two queries and held while a compte
    rendu is built: it names attendees, officers, presenters and pilots line after line, and
    the session, which keeps only the rows something refers to, would read each again."""
    people = session.scalars(select(Contact).options(selectinload(Contact.organisation))).all()
    yield [*people, *session.scalars(select(Organisation))]


def _content(
    session: Session, seance: Seance, today: dt.date, view: _View, with_follow_up: bool = True
) -> MinutesContent:
    instance = seance.instance
    local = seance.starts_at.astimezone(PARIS)
    sheet = seance_attendance(session, seance.id)
    opened_here = _opened_here(seance, view)
    items = seance_items(session, seance.id)
    return MinutesContent(
        seance_id=seance.id,
        seance_number=seance.number,
        instance_code=instance.code,
        instance_name=instance.name,
        instance_type=instance.type.value,
        instance_type_label=instance.type.label,
        confidential=view.restricted,
        quartiers=tuple(f"{q.code} – {q.name}" for q in instance.quartiers),
        starts_at=seance.starts_at,
        local_date=local.date(),
        local_time=f"{local:%H:%M}",
        duration_minutes=seance.duration_minutes,
        place=seance.place,
        status=seance.status.value,
        status_label=seance.status.label,
        president=_officer(session, seance.president_id),
        secretary=_officer(session, seance.secretary_id),
        summary=view.text(seance.summary),
        present=_group(session, sheet, AttendanceStatus.PRESENT),
        excused=_group(session, sheet, AttendanceStatus.EXCUSE),
        absent=_group(session, sheet, AttendanceStatus.ABSENT),
        represented=_group(session, sheet, AttendanceStatus.REPRESENTE),
        unrecorded=_group(session, sheet, None),
        agenda=tuple(_item(session, r, view, instance.restricted) for r in items),
        followed_actions=_followed_actions(session, seance, today, view),
        new_actions=_actions(session, session.scalars(opened_here), today, view),
        follow_up=_actions(
            session, perimeter_open_actions(session, seance, view.scope), today, view
        )
        if with_follow_up
        else (),
        next_meeting_note=view.text(seance.next_meeting_note),
        next_seance=_next_seance(session, seance),
        distribution=tuple(_line(session, d) for d in sheet if d.invited),
        as_of=today,
        copies=tuple(
            _person(get_or_404(session, Contact, r.contact_id, "Contact"))
            for r in recipient_lines(session, seance.id)
        ),
        distribution_note=view.text(seance.distribution_note),
    )


def _person(contact: Contact, represented_by: str = "") -> PersonLine:
    organisation = contact.organisation
    return PersonLine(
        contact.id, contact.full_name, organisation.code, organisation.name, contact.email,
        represented_by, civility=contact.civility, town=town_of(organisation.address),
    )  # fmt: skip


def _officer(session: Session, contact_id: int | None) -> PersonLine | None:
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    return _person(contact) if contact else None


def _line(session: Session, dto: AttendanceDTO) -> PersonLine:
    contact = get_or_404(session, Contact, dto.contact_id, "Contact")
    return _person(contact, dto.represented_by_name)


def _group(
    session: Session, sheet: list[AttendanceDTO], status: AttendanceStatus | None
) -> tuple[PersonLine, ...]:
    """One group of the état des présences, already sorted by organisation then name."""
    return tuple(_line(session, d) for d in sheet if d.status is status)


def _item(session: Session, row: AgendaItem, view: _View, born_restricted: bool) -> MinutesItem:
    """A point; one marked restricted that the document may not show keeps its place, so the
    numbering stays true, and says « [information restreinte] »."""
    hidden = (row.restricted or born_restricted) and not view.scope.may_read(row.seance.instance_id)
    if hidden:
        return MinutesItem(
            position=row.position,
            title=RESTRICTED_PLACEHOLDER,
            kind=row.kind.value,
            kind_label=row.kind.label,
            presenter_name="",
            description="",
            notes="",
            decisions=(),
        )
    return MinutesItem(
        position=row.position,
        title=view.text(row.title),
        kind=row.kind.value,
        kind_label=row.kind.label,
        presenter_name=contact_name(session, row.presenter_id),
        description=view.text(row.description),
        notes=view.text(row.notes),
        decisions=tuple(view.text(d.text) for d in row.decisions),
    )


def _opened_here(seance: Seance, view: _View) -> Select[Action]:
    """The actions decided in ``seance`` that the document may show."""
    return view.actions(
        select(Action).where(Action.origin_seance_id == seance.id).order_by(Action.number)
    )


def _action_line(
    session: Session, action: Action, today: dt.date, view: _View, comment: str = ""
) -> ActionLine:
    return ActionLine(
        number=action.number,
        title=view.text(action.title),
        pilot_code=organisation_code(session, action.pilot_organisation_id),
        pilot_contact_name=contact_name(session, action.pilot_contact_id),
        deadline=effective_deadline(action.initial_deadline, action.revised_deadline),
        status=action.status.value,
        status_label=action.status.label,
        overdue=is_overdue(action.status, action.initial_deadline, action.revised_deadline, today),
        comment=view.text(comment),
    )


def _actions(
    session: Session, rows: Iterable[Action], today: dt.date, view: _View
) -> tuple[ActionLine, ...]:
    return tuple(_action_line(session, a, today, view) for a in rows)


def _followed_actions(
    session: Session, seance: Seance, today: dt.date, view: _View
) -> tuple[ActionLine, ...]:
    """Actions reviewed in this séance, each with the comment of its last point there."""
    updates = session.scalars(
        select(ActionUpdate)
        .where(ActionUpdate.seance_id == seance.id)
        .order_by(ActionUpdate.action_id, ActionUpdate.sequence)
    )
    comments = {u.action_id: u.comment for u in updates}
    actions = session.scalars(
        view.actions(select(Action).where(Action.id.in_(list(comments))).order_by(Action.number))
    )
    return tuple(_action_line(session, a, today, view, comments[a.id]) for a in actions)


def _next_seance(session: Session, seance: Seance) -> NextSeance | None:
    following = session.scalar(
        select(Seance)
        .where(
            Seance.instance_id == seance.instance_id,
            Seance.starts_at > seance.starts_at,
            Seance.status != _S.ANNULEE,
        )
        .order_by(Seance.starts_at, Seance.id)
        .limit(1)
    )
    if following is None:
        return None
    return NextSeance(
        number=following.number,
        starts_at=following.starts_at,
        local_date=following.starts_at.astimezone(PARIS).date(),
        place=following.place,
    )
