"""Reading constats as plain rows: one query for the columns, one each for photos and actions."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy import Row, select
from sqlalchemy.orm import Session, aliased

from gusp_desktop.db.models import (
    Action,
    Constat,
    ConstatPhoto,
    Halte,
    Instance,
    Organisation,
    Quartier,
    Seance,
    Site,
    constat_action,
)
from gusp_desktop.domain.field_work import ConstatQuery, ConstatRow
from gusp_desktop.services.listing import AnySelect, Build, read_list

_Manager = aliased(Organisation)


def base_select() -> AnySelect:
    """Constat columns with the names of what they point to."""
    return (
        select(
            Constat,
            Quartier.code.label("quartier_code"),
            Halte.name.label("halte_name"),
            Halte.position.label("halte_position"),
            Site.name.label("site_name"),
            _Manager.code.label("manager_code"),
            _Manager.name.label("manager_name"),
            Instance.restricted.label("restricted"),
        )
        .join(Quartier, Quartier.id == Constat.quartier_id)
        .outerjoin(Halte, Halte.id == Constat.halte_id)
        .outerjoin(Site, Site.id == Constat.site_id)
        .outerjoin(_Manager, _Manager.id == Constat.gestionnaire_id)
        .outerjoin(Seance, Seance.id == Constat.seance_id)
        .outerjoin(Instance, Instance.id == Seance.instance_id)
    )


def filtered(query: AnySelect, spec: ConstatQuery) -> AnySelect:
    """Apply the list's filters."""
    if spec.seance_id is not None:
        query = query.where(Constat.seance_id == spec.seance_id)
    if spec.quartier_code:
        query = query.where(Quartier.code == spec.quartier_code.strip().upper())
    if spec.status is not None:
        query = query.where(Constat.status == spec.status)
    if spec.halte_id is not None:
        query = query.where(Constat.halte_id == spec.halte_id)
    return query


def listed(session: Session, spec: ConstatQuery) -> list[ConstatRow]:
    """The constats matching ``spec`` by date, walk, halte, then creation."""
    order = (Constat.observed_on, Constat.seance_id, Halte.position.nulls_last(), Constat.id)
    return read_list(session, filtered(base_select(), spec), _builder(session), order=order)


def _builder(session: Session) -> Build[ConstatRow]:
    """Rows with their photos and actions, looked up once for the whole list."""

    def build(found: list[Row[Any]]) -> list[ConstatRow]:
        ids = [r[0].id for r in found]
        photos = photo_ids(session, ids)
        numbers = action_numbers(session, ids)
        return [_row(r, photos.get(r[0].id, ()), numbers.get(r[0].id, ())) for r in found]

    return build


def one(session: Session, constat_id: int) -> ConstatRow | None:
    """One constat as a row, None when it does not exist (or cannot be seen)."""
    found = read_list(session, base_select().where(Constat.id == constat_id), _builder(session))
    return found[0] if found else None


def photo_ids(session: Session, constat_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    """Photo ids per constat, in import order."""
    result: dict[int, list[int]] = {}
    for chunk in _chunks(list(constat_ids)):
        query = (
            select(ConstatPhoto.constat_id, ConstatPhoto.id)
            .where(ConstatPhoto.constat_id.in_(chunk))
            .order_by(ConstatPhoto.id)
        )
        for constat_id, photo_id in session.execute(query):
            if constat_id is not None:
                result.setdefault(constat_id, []).append(photo_id)
    return {k: tuple(v) for k, v in result.items()}


def action_numbers(session: Session, constat_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Numbers of the actions each constat fed."""
    result: dict[int, list[str]] = {}
    for chunk in _chunks(list(constat_ids)):
        query = (
            select(constat_action.c.constat_id, Action.number)
            .join(Action, Action.id == constat_action.c.action_id)
            .where(constat_action.c.constat_id.in_(chunk))
            .order_by(Action.number)
        )
        for constat_id, number in session.execute(query):
            result.setdefault(constat_id, []).append(number)
    return {k: tuple(v) for k, v in result.items()}


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), 900):
        yield ids[start : start + 900]


def _row(r: Any, photos: tuple[int, ...], numbers: tuple[str, ...]) -> ConstatRow:
    c: Constat = r[0]
    return ConstatRow(
        id=c.id,
        version=c.version,
        quartier_id=c.quartier_id,
        quartier_code=r.quartier_code,
        seance_id=c.seance_id,
        halte_id=c.halte_id,
        halte_name=r.halte_name or "",
        site_id=c.site_id,
        site_name=r.site_name or "",
        place=c.place,
        latitude=c.latitude,
        longitude=c.longitude,
        theme=c.theme,
        positive=c.positive,
        gravity=c.gravity,
        gestionnaire_id=c.gestionnaire_id,
        gestionnaire_code=r.manager_code or "",
        gestionnaire_name=r.manager_name or "",
        preconisation=c.preconisation,
        resident_words=c.resident_words,
        description=c.description,
        status=c.status,
        status_reason=c.status_reason,
        observed_on=c.observed_on,
        photo_count=len(photos),
        photo_ids=photos,
        action_numbers=numbers,
        restricted=bool(r.restricted),
    )
