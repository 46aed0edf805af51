"""The route of a walk: objectives and ordered haltes, created, edited, moved and deleted."""

from __future__ import annotations

import dataclasses

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Constat, Halte, Parcours, Seance, Site
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.field_work import (
    NAME_MAX,
    PLACE_MAX,
    TEXT_MAX,
    HalteDraft,
    HalteRow,
)
from gusp_desktop.domain.field_work import Parcours as ParcoursValue
from gusp_desktop.domain.text import check_length, check_required, clean
from gusp_desktop.services.base import ServiceContext, UnitOfWork, diff, get_or_404, row_values
from gusp_desktop.services.field_work.common import (
    WALK_TYPES,
    WRITERS,
    check_coordinates,
    is_restricted,
    walk_seance,
)


class ParcoursService:
    """Use cases of a walk's route."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    # -- reading ---------------------------------------------------------------------------

    def get(self, seance_id: int) -> ParcoursValue:
        """Objectives and haltes of a séance (empty for a séance that is not a walk)."""
        with self.context.read() as session:
            seance = get_or_404(session, Seance, seance_id, "Séance")
            parcours = session.get(Parcours, seance_id)
            return ParcoursValue(
                seance_id=seance_id,
                version=parcours.version if parcours else None,
                objectives=parcours.objectives if parcours else "",
                haltes=tuple(haltes(session, seance_id)),
                is_walk=seance.instance.type in WALK_TYPES,
                restricted=is_restricted(session, seance_id),
                quartier_ids=tuple(q.id for q in seance.instance.quartiers),
            )

    def halte(self, halte_id: int) -> HalteRow:
        """One halte."""
        with self.context.read() as session:
            return _row(session, get_or_404(session, Halte, halte_id, "Halte"))

    # -- writing ---------------------------------------------------------------------------

    def set_objectives(
        self, seance_id: int, objectives: str, expected_version: int | None = None
    ) -> Mutation[ParcoursValue]:
        """Write what the walk sets out to look at."""
        objectives = objectives.strip()
        errors: dict[str, str] = {}
        check_length(errors, "objectives", objectives, "Les objectifs", TEXT_MAX)
        if errors:
            raise ValidationError(errors)
        with self.context.write(*WRITERS) as uow:
            walk_seance(uow.session, seance_id)
            row = uow.session.get(Parcours, seance_id)
            if row is None:
                row = Parcours(seance_id=seance_id, objectives=objectives)
                uow.stamp(row, created=True)
                uow.session.add(row)
                uow.audit(
                    "seance", seance_id, "update", {"objectives": ""}, {"objectives": objectives}
                )
            else:
                uow.expect_version("parcours", row, expected_version, {"objectives": objectives})
                before = row.objectives
                row.objectives = objectives
                uow.stamp(row)
                uow.audit(
                    "seance",
                    seance_id,
                    "update",
                    *diff({"objectives": before}, {"objectives": objectives}),
                )
        return Mutation(self.get(seance_id), uow.changes())

    def add_halte(self, seance_id: int, draft: HalteDraft) -> Mutation[HalteRow]:
        """Append a halte at the end of the route."""
        with self.context.write(*WRITERS) as uow:
            walk_seance(uow.session, seance_id)
            draft = _validated(uow.session, seance_id, draft)
            last = uow.session.scalar(
                select(func.max(Halte.position)).where(Halte.seance_id == seance_id)
            )
            halte = Halte(seance_id=seance_id, position=(last or 0) + 1, **_columns(draft))
            uow.stamp(halte, created=True)
            uow.session.add(halte)
            uow.session.flush()
            uow.audit("halte", halte.id, "create", None, row_values(halte))
            uow.touch("seance", seance_id)
            halte_id = halte.id
        return Mutation(self.halte(halte_id), uow.changes())

    def update_halte(
        self, halte_id: int, draft: HalteDraft, expected_version: int | None = None
    ) -> Mutation[HalteRow]:
        """Change a halte's name, place, coordinates or time."""
        with self.context.write(*WRITERS) as uow:
            halte = get_or_404(uow.session, Halte, halte_id, "Halte")
            draft = _validated(uow.session, halte.seance_id, draft, halte_id)
            values = _columns(draft)
            uow.expect_version("halte", halte, expected_version, values)
            before = row_values(halte)
            for key, value in values.items():
                setattr(halte, key, value)
            uow.stamp(halte)
            uow.session.flush()
            uow.audit("halte", halte.id, "update", *diff(before, row_values(halte)))
            uow.touch("seance", halte.seance_id)
        return Mutation(self.halte(halte_id), uow.changes())

    def move_halte(self, halte_id: int, offset: int) -> Mutation[ParcoursValue]:
        """Move a halte earlier (-1) or later (+1) along the route."""
        with self.context.write(*WRITERS) as uow:
            halte = get_or_404(uow.session, Halte, halte_id, "Halte")
            order = list(
                uow.session.scalars(
                    select(Halte).where(Halte.seance_id == halte.seance_id).order_by(Halte.position)
                )
            )
            index = order.index(halte)
            target = max(0, min(len(order) - 1, index + offset))
            order.insert(target, order.pop(index))
            _renumber(uow, order)
            seance_id = halte.seance_id
        return Mutation(self.get(seance_id), uow.changes())

    def delete_halte(self, halte_id: int) -> Mutation[int]:
        """Remove a halte; its constats and photos stay on the walk, without a halte."""
        with self.context.write(*WRITERS) as uow:
            halte = get_or_404(uow.session, Halte, halte_id, "Halte")
            seance_id = halte.seance_id
            uow.audit("halte", halte.id, "delete", row_values(halte), None)
            for constat in uow.session.scalars(select(Constat).where(Constat.halte_id == halte_id)):
                constat.halte_id = None
                uow.stamp(constat)
                uow.audit(
                    "constat", constat.id, "update", {"halte_id": halte_id}, {"halte_id": None}
                )
            uow.session.delete(halte)
            uow.session.flush()
            rest = list(
                uow.session.scalars(
                    select(Halte).where(Halte.seance_id == seance_id).order_by(Halte.position)
                )
            )
            _renumber(uow, rest)
            uow.touch("seance", seance_id)
        return Mutation(halte_id, uow.changes())


def haltes(session: Session, seance_id: int) -> list[HalteRow]:
    """The haltes of a walk in route order."""
    query = select(Halte).where(Halte.seance_id == seance_id).order_by(Halte.position, Halte.id)
    return [_row(session, h) for h in session.scalars(query)]


def _row(session: Session, halte: Halte) -> HalteRow:
    site = session.get(Site, halte.site_id) if halte.site_id else None
    return HalteRow(
        id=halte.id,
        version=halte.version,
        seance_id=halte.seance_id,
        position=halte.position,
        name=halte.name,
        site_id=halte.site_id,
        site_name=site.name if site else "",
        address=halte.address,
        latitude=halte.latitude,
        longitude=halte.longitude,
        arrives_at=halte.arrives_at,
        notes=halte.notes,
    )


def _validated(
    session: Session, seance_id: int, draft: HalteDraft, halte_id: int | None = None
) -> HalteDraft:
    draft = dataclasses.replace(
        draft, name=clean(draft.name), address=clean(draft.address), notes=draft.notes.strip()
    )
    errors: dict[str, str] = {}
    check_required(errors, "name", draft.name, "Le nom de la halte")
    check_length(errors, "name", draft.name, "Le nom de la halte", NAME_MAX)
    check_length(errors, "address", draft.address, "L'adresse", PLACE_MAX)
    check_length(errors, "notes", draft.notes, "Les notes", TEXT_MAX)
    check_coordinates(errors, draft.latitude, draft.longitude)
    if draft.site_id is not None and session.get(Site, draft.site_id) is None:
        errors["site_id"] = "Site inconnu."
    same_name = select(Halte.id).where(Halte.seance_id == seance_id, Halte.name == draft.name)
    if halte_id is not None:
        same_name = same_name.where(Halte.id != halte_id)
    if draft.name and session.scalar(same_name) is not None:
        errors["name"] = Message("Ce parcours a déjà une halte « {name} ».", name=draft.name)
    if errors:
        raise ValidationError(errors)
    return draft


def _columns(draft: HalteDraft) -> dict[str, object]:
    return {f.name: getattr(draft, f.name) for f in dataclasses.fields(HalteDraft)}


def _renumber(uow: UnitOfWork, ordered: list[Halte]) -> None:
    """Give positions 1…n in this order, auditing the haltes that moved."""
    for position, halte in enumerate(ordered, start=1):
        if halte.position != position:
            uow.audit(
                "halte", halte.id, "update", {"position": halte.position}, {"position": position}
            )
            halte.position = position
            uow.stamp(halte)
    uow.session.flush()


def find_halte(session: Session, seance_id: int, name: str) -> Halte:
    """A halte of the walk by its name (or its position number), for the command line."""
    wanted = clean(name)
    query = select(Halte).where(Halte.seance_id == seance_id)
    for halte in session.scalars(query):
        if halte.name.casefold() == wanted.casefold() or str(halte.position) == wanted:
            return halte
    raise NotFoundError(
        Message(
            "La séance n° {seance_id} n'a pas de halte « {name} ».", seance_id=seance_id, name=name
        )
    )
