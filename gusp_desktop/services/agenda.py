"""The ordre du jour of a séance: points, their order, timing and suggested points."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import fields

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from gusp_desktop.db.models import (
    Action,
    AgendaItem,
    Contact,
    Decision,
    Instance,
    Organisation,
    Seance,
)
from gusp_desktop.domain.agenda import AgendaItemData, AgendaItemDTO, AgendaTiming, DecisionDTO
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import AgendaItemKind, InstanceType, SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.rules import CLOSED_ACTION_STATUSES, is_overdue
from gusp_desktop.domain.text import check_length, check_required, clean, search_key
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.base import ServiceContext, UnitOfWork, get_or_404, row_values
from gusp_desktop.services.confidentiality import Readable, action_condition, document_scope

_S = SeanceStatus
# Once the minutes are validated the agenda is part of a frozen record; a cancelled séance has none.
LOCKED_STATUSES = frozenset({_S.CR_VALIDE, _S.CR_SIGNE, _S.ANNULEE})
PREVIOUS_MINUTES_TITLE = "Validation du compte rendu de la séance précédente"
FOLLOW_UP_TITLE = "Suivi du plan d'actions"
TITLE_MAX = 300
DESCRIPTION_MAX = 50_000
PLANNED_MAX = 600


def refuse_if_locked(seance: Seance, what: str) -> None:
    """Refuse editing ``what`` (« L'ordre du jour »…) of a cancelled or validated séance."""
    if seance.status is _S.ANNULEE:
        raise ValidationError(
            {"_": Message("{what} d'une séance annulée ne peut pas être modifié.", what=what)}
        )
    if seance.status in LOCKED_STATUSES:
        state = "signé" if seance.status is _S.CR_SIGNE else "validé"
        raise ValidationError(
            {
                "_": Message(
                    (
                        "{what} ne peut plus être modifié : le compte rendu de la séance est "
                        "{state} (une correction passe par un erratum)."
                    ),
                    what=what,
                    state=state,
                )
            }
        )


def contact_name(session: Session, contact_id: int | None) -> str:
    """Full name of a contact, or "" when none is set."""
    contact = session.get(Contact, contact_id) if contact_id is not None else None
    return contact.full_name if contact else ""


def decision_dto(row: Decision) -> DecisionDTO:
    """Plain copy of a decision row."""
    return DecisionDTO(id=row.id, version=row.version, position=row.position, text=row.text)


def item_dto(session: Session, row: AgendaItem) -> AgendaItemDTO:
    """Plain copy of a point with its presenter's name and its decisions."""
    return AgendaItemDTO(
        id=row.id,
        version=row.version,
        seance_id=row.seance_id,
        position=row.position,
        title=row.title,
        kind=row.kind,
        presenter_id=row.presenter_id,
        presenter_name=contact_name(session, row.presenter_id),
        planned_minutes=row.planned_minutes,
        description=row.description,
        notes=row.notes,
        decisions=tuple(decision_dto(d) for d in row.decisions),
    )


def seance_items(session: Session, seance_id: int) -> list[AgendaItem]:
    """The points of a séance in agenda order, their decisions read in the same go."""
    query = select(AgendaItem).where(AgendaItem.seance_id == seance_id)
    query = query.options(selectinload(AgendaItem.decisions))
    return list(session.scalars(query.order_by(AgendaItem.position, AgendaItem.id)))


def store_positions(uow: UnitOfWork, rows: Sequence[AgendaItem | Decision]) -> None:
    """Number ``rows`` 1..n in the given order.

    Written with a bulk UPDATE that leaves ``version`` alone: the order is not the content, so
    moving a point must not turn the secretary's next autosave of its notes into a conflict.
    """
    for position, row in enumerate(rows, start=1):
        if row.position == position:
            continue
        if isinstance(row, AgendaItem):
            statement = update(AgendaItem).where(AgendaItem.id == row.id)
        else:
            statement = update(Decision).where(Decision.id == row.id)
        uow.session.execute(
            statement.values(position=position, updated_at=uow.now, updated_by=uow.author)
        )
        uow.touch(row.__tablename__, row.id)


def perimeter_open_actions(session: Session, seance: Seance, scope: Readable) -> list[Action]:
    """Open actions of the instance's quartiers (all quartiers when it has no perimeter),
    without the restricted ones ``scope`` may not show."""
    query = select(Action).where(Action.status.not_in(CLOSED_ACTION_STATUSES))
    if not scope.everything:
        query = query.where(action_condition(scope))
    quartier_ids = [q.id for q in seance.instance.quartiers]
    if quartier_ids:
        query = query.where(Action.quartier_id.in_(quartier_ids))
    return list(session.scalars(query.order_by(Action.number)))


def organisation_code(session: Session, organisation_id: int) -> str:
    """Short code of an organisation (MH, SD…)."""
    organisation = session.get(Organisation, organisation_id)
    return organisation.code if organisation else ""


def _validate(session: Session, data: AgendaItemData) -> AgendaItemData:
    errors: dict[str, str] = {}
    try:
        kind = AgendaItemKind(data.kind)
    except ValueError:
        kind = AgendaItemKind.INFORMATION
        errors["kind"] = Message("Nature de point inconnue : « {kind} ».", kind=data.kind)
    data = AgendaItemData(
        title=clean(data.title),
        kind=kind,
        presenter_id=data.presenter_id,
        planned_minutes=data.planned_minutes,
        description=data.description.strip(),
    )
    check_required(errors, "title", data.title, "Le titre du point")
    check_length(errors, "title", data.title, "Le titre du point", TITLE_MAX)
    check_length(errors, "description", data.description, "Le descriptif du point", DESCRIPTION_MAX)
    if not 0 <= data.planned_minutes <= PLANNED_MAX:
        errors["planned_minutes"] = Message(
            "La durée prévue doit être comprise entre 0 et {planned_max} minutes.",
            planned_max=PLANNED_MAX,
        )
    if data.presenter_id is not None and session.get(Contact, data.presenter_id) is None:
        errors["presenter_id"] = "Intervenant inconnu dans l'annuaire."
    if errors:
        raise ValidationError(errors)
    return data


def _editable_seance(uow: UnitOfWork, seance_id: int) -> Seance:
    """The séance, locked against concurrent reordering (PostgreSQL), if its agenda is open."""
    seance = uow.session.scalar(select(Seance).where(Seance.id == seance_id).with_for_update())
    if seance is None:
        raise NotFoundError(Message("{what} n° {id} introuvable.", what="Séance", id=seance_id))
    refuse_if_locked(seance, "L'ordre du jour")
    return seance


def _values(data: AgendaItemData) -> dict[str, object]:
    return {f.name: getattr(data, f.name) for f in fields(AgendaItemData)}


class AgendaService:
    """Use cases on the ordre du jour of a séance."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_items(self, seance_id: int) -> list[AgendaItemDTO]:
        """The points of a séance, in order."""
        with self.context.read() as session:
            get_or_404(session, Seance, seance_id, "Séance")
            return [item_dto(session, r) for r in seance_items(session, seance_id)]

    def add_item(
        self, seance_id: int, data: AgendaItemData, position: int | None = None
    ) -> Mutation[AgendaItemDTO]:
        """Insert a point at ``position`` (1-based; None or too large: at the end)."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            _editable_seance(uow, seance_id)
            data = _validate(uow.session, data)
            items = seance_items(uow.session, seance_id)
            index = len(items) if position is None else min(max(position, 1) - 1, len(items))
            row = AgendaItem(seance_id=seance_id, position=index + 1, **_values(data))
            uow.stamp(row, created=True)
            uow.session.add(row)
            uow.session.flush()
            store_positions(uow, [*items[:index], row, *items[index:]])
            uow.audit("agenda_item", row.id, "create", None, row_values(row))
            dto = item_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def update_item(
        self, item_id: int, expected_version: int, data: AgendaItemData
    ) -> Mutation[AgendaItemDTO]:
        """Edit a point's title, nature, presenter, time and description."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, AgendaItem, item_id, "Point de l'ordre du jour")
            refuse_if_locked(row.seance, "L'ordre du jour")
            data = _validate(uow.session, data)
            values = _values(data)
            uow.update_row("agenda_item", row, expected_version, values)
            dto = item_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def remove_item(self, item_id: int, expected_version: int) -> Mutation[None]:
        """Delete a point (with its notes and decisions) and close the gap in the numbering."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, AgendaItem, item_id, "Point de l'ordre du jour")
            seance = _editable_seance(uow, row.seance_id)
            uow.expect_version("agenda_item", row, expected_version, {})
            uow.delete_row("agenda_item", row)
            uow.session.flush()
            store_positions(uow, seance_items(uow.session, seance.id))
        return Mutation(None, uow.changes())

    def move_item(self, item_id: int, new_position: int) -> Mutation[list[AgendaItemDTO]]:
        """Move one point to ``new_position`` (clamped to 1..n); returns the new order."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            row = get_or_404(uow.session, AgendaItem, item_id, "Point de l'ordre du jour")
            seance = _editable_seance(uow, row.seance_id)
            items = [r for r in seance_items(uow.session, seance.id) if r.id != item_id]
            index = min(max(new_position, 1) - 1, len(items))
            before = row.position
            store_positions(uow, [*items[:index], row, *items[index:]])
            uow.audit("agenda_item", row.id, "move", {"position": before}, {"position": index + 1})
            dtos = [item_dto(uow.session, r) for r in seance_items(uow.session, seance.id)]
        return Mutation(dtos, uow.changes())

    def reorder(self, seance_id: int, ordered_ids: Sequence[int]) -> Mutation[list[AgendaItemDTO]]:
        """Put the points in the given order; the list must hold exactly the séance's points."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            _editable_seance(uow, seance_id)
            items = {r.id: r for r in seance_items(uow.session, seance_id)}
            wanted = list(ordered_ids)
            if len(wanted) != len(items) or set(wanted) != set(items):
                raise ValidationError(
                    {
                        "_": "L'ordre du jour a changé entre-temps (points ajoutés ou supprimés) : "
                        "rechargez-le avant de le réordonner."
                    }
                )
            before = list(items)
            store_positions(uow, [items[i] for i in wanted])
            uow.audit("seance", seance_id, "reorder", {"agenda": before}, {"agenda": wanted})
            dtos = [item_dto(uow.session, r) for r in seance_items(uow.session, seance_id)]
        return Mutation(dtos, uow.changes())

    def timing(self, seance_id: int) -> AgendaTiming:
        """Total planned minutes against the séance's duration."""
        with self.context.read() as session:
            seance = get_or_404(session, Seance, seance_id, "Séance")
            planned = session.scalar(
                select(func.coalesce(func.sum(AgendaItem.planned_minutes), 0)).where(
                    AgendaItem.seance_id == seance_id
                )
            )
            total = int(planned or 0)
            margin = seance.duration_minutes - total
            return AgendaTiming(total, seance.duration_minutes, margin, margin < 0)

    def suggest_items(self, seance_id: int) -> list[AgendaItemData]:
        """Usual points not yet on the agenda: approving the last minutes, action follow-up."""
        with self.context.read() as session:
            seance = get_or_404(session, Seance, seance_id, "Séance")
            if seance.status in LOCKED_STATUSES:
                return []  # nothing can be added any more
            present = {_stem(r.title) for r in seance_items(session, seance_id)}
            candidates = (
                _previous_minutes_item(session, seance),
                _follow_up_item(
                    session,
                    seance,
                    self.context.today(),
                    document_scope(
                        session, self.context.user, seance.instance_id, include_restricted=False
                    ),
                ),
                _atfpb_item(session, seance),
            )
            return [c for c in candidates if c and _stem(c.title) not in present]


def previous_seance(session: Session, seance: Seance) -> Seance | None:
    """The last séance of the same instance held before this one (cancelled ones skipped)."""
    query = (
        select(Seance)
        .where(
            Seance.instance_id == seance.instance_id,
            Seance.id != seance.id,
            Seance.starts_at < seance.starts_at,
            Seance.status != _S.ANNULEE,
        )
        .order_by(Seance.starts_at.desc(), Seance.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def _previous_minutes_item(session: Session, seance: Seance) -> AgendaItemData | None:
    """Suggest approving the previous minutes while they are still a draft."""
    previous = previous_seance(session, seance)
    if previous is None or previous.status not in (_S.CR_REDACTION, _S.CR_RELECTURE):
        return None
    day = previous.starts_at.astimezone(PARIS)
    return AgendaItemData(
        title=PREVIOUS_MINUTES_TITLE,
        kind=AgendaItemKind.DECISION,
        planned_minutes=5,
        description=f"Compte rendu de la séance n° {previous.number} du {day:%d/%m/%Y} "
        f"(« {previous.status.label} »).",
    )


def _follow_up_item(
    session: Session, seance: Seance, today: dt.date, scope: Readable
) -> AgendaItemData | None:
    """Suggest the action follow-up, listing late actions first as comités usually do.

    The point's text goes into the séance's documents: only what its instance's members may
    read is listed (no cellule de veille action in a comité technique's agenda).
    """
    actions = perimeter_open_actions(session, seance, scope)
    if not actions:
        return None
    late = [
        a for a in actions if is_overdue(a.status, a.initial_deadline, a.revised_deadline, today)
    ]
    others = [a for a in actions if a not in late]
    blocks = []
    for label, group in (("Actions en retard", late), ("Autres actions ouvertes", others)):
        if group:
            lines = [
                f"- {a.number} — {a.title} — {organisation_code(session, a.pilot_organisation_id)}"
                for a in group
            ]
            blocks.append(f"{label} :\n" + "\n".join(lines))
    return AgendaItemData(
        title=FOLLOW_UP_TITLE,
        kind=AgendaItemKind.SUIVI,
        # About two minutes per open action, kept within a sensible slot of the meeting.
        planned_minutes=min(60, max(10, 2 * len(actions))),
        description="\n\n".join(blocks),
    )


def _atfpb_item(session: Session, seance: Seance) -> AgendaItemData | None:
    """A COPIL examines the bilans ATFPB: suggest them, with the figures, once they exist.

    The ATFPB package (and the bilan's document builder it carries) is imported here, for a
    COPIL's suggestions only: every séance command goes through this module."""
    from gusp_desktop.services.atfpb.reckoning import copil_item_in

    instance = session.get(Instance, seance.instance_id)
    if instance is None or instance.type is not InstanceType.COPIL:
        return None
    return copil_item_in(session, seance.starts_at.astimezone(PARIS).year)


def _stem(title: str) -> str:
    """First four words, folded: « Suivi du plan d'actions : retards d'abord » is the
    standing follow-up item however the coordinator phrased the rest of its title."""
    return " ".join(search_key(title).split()[:4])
