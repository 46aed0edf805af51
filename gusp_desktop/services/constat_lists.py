"""Constats as plain rows, over the Core tables: one query for the columns, one each for
photos and actions.

Only ``db.tables`` here, no mapped class: the dashboard's constats still to qualify are read
through a connection (``services.lists``) before the model is imported;
:class:`~gusp_desktop.services.field_work.constats.ConstatService` lists through the same
functions. As there, no confidentiality filter is applied here: the row says whether its walk
is restricted, and PostgreSQL's row-level security hides what a login may not read.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select

from gusp_desktop.db.tables import (
    action,
    constat,
    constat_action,
    constat_photo,
    halte,
    instance,
    organisation,
    quartier,
    seance,
    site,
)
from gusp_desktop.domain.field_work import ConstatQuery, ConstatRow
from gusp_desktop.services.listing import AnySelect, Build, read_list

if TYPE_CHECKING:  # a session, or a connection where no mapped class is read
    from gusp_desktop.services.base import Reader

_Manager = organisation.alias("manager")


def base_select() -> AnySelect:
    """Constat columns with the names of what they point to."""
    return (
        select(
            *constat.c,
            quartier.c.code.label("quartier_code"),
            halte.c.name.label("halte_name"),
            halte.c.position.label("halte_position"),
            site.c.name.label("site_name"),
            _Manager.c.code.label("manager_code"),
            _Manager.c.name.label("manager_name"),
            instance.c.restricted.label("restricted"),
        )
        .join(quartier, quartier.c.id == constat.c.quartier_id)
        .outerjoin(halte, halte.c.id == constat.c.halte_id)
        .outerjoin(site, site.c.id == constat.c.site_id)
        .outerjoin(_Manager, _Manager.c.id == constat.c.gestionnaire_id)
        .outerjoin(seance, seance.c.id == constat.c.seance_id)
        .outerjoin(instance, instance.c.id == seance.c.instance_id)
    )


def filtered(query: AnySelect, spec: ConstatQuery) -> AnySelect:
    """Apply the list's filters."""
    if spec.seance_id is not None:
        query = query.where(constat.c.seance_id == spec.seance_id)
    if spec.quartier_code:
        query = query.where(quartier.c.code == spec.quartier_code.strip().upper())
    if spec.status is not None:
        query = query.where(constat.c.status == spec.status)
    if spec.halte_id is not None:
        query = query.where(constat.c.halte_id == spec.halte_id)
    return query


def listed(session: Reader, spec: ConstatQuery) -> list[ConstatRow]:
    """The constats matching ``spec`` by date, walk, halte, then creation."""
    order = (
        constat.c.observed_on,
        constat.c.seance_id,
        halte.c.position.nulls_last(),
        constat.c.id,
    )
    return read_list(session, filtered(base_select(), spec), _builder(session), order=order)


def _builder(session: Reader) -> Build[ConstatRow]:
    """Rows with their photos and actions, looked up once for the whole list."""

    def build(found: list[Row[Any]]) -> list[ConstatRow]:
        ids = [r.id for r in found]
        photos = photo_ids(session, ids)
        numbers = action_numbers(session, ids)
        return [_row(r, photos.get(r.id, ()), numbers.get(r.id, ())) for r in found]

    return build


def one(session: Reader, constat_id: int) -> ConstatRow | None:
    """One constat as a row, None when it does not exist (or cannot be seen)."""
    query = base_select().where(constat.c.id == constat_id)
    found = read_list(session, query, _builder(session))
    return found[0] if found else None


def photo_ids(session: Reader, constat_ids: Iterable[int]) -> dict[int, tuple[int, ...]]:
    """Photo ids per constat, in import order."""
    result: dict[int, list[int]] = {}
    for chunk in _chunks(list(constat_ids)):
        query = (
            select(constat_photo.c.constat_id, constat_photo.c.id)
            .where(constat_photo.c.constat_id.in_(chunk))
            .order_by(constat_photo.c.id)
        )
        for constat_id, photo_id in session.execute(query):
            if constat_id is not None:
                result.setdefault(constat_id, []).append(photo_id)
    return {k: tuple(v) for k, v in result.items()}


def action_numbers(session: Reader, constat_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """Numbers of the actions each constat fed."""
    result: dict[int, list[str]] = {}
    for chunk in _chunks(list(constat_ids)):
        query = (
            select(constat_action.c.constat_id, action.c.number)
            .join(action, action.c.id == constat_action.c.action_id)
            .where(constat_action.c.constat_id.in_(chunk))
            .order_by(action.c.number)
        )
        for constat_id, number in session.execute(query):
            result.setdefault(constat_id, []).append(number)
    return {k: tuple(v) for k, v in result.items()}


def _chunks(ids: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(ids), 900):
        yield ids[start : start + 900]


def _row(r: Any, photos: tuple[int, ...], numbers: tuple[str, ...]) -> ConstatRow:
    return ConstatRow(
        id=r.id,
        version=r.version,
        quartier_id=r.quartier_id,
        quartier_code=r.quartier_code,
        seance_id=r.seance_id,
        halte_id=r.halte_id,
        halte_name=r.halte_name or "",
        site_id=r.site_id,
        site_name=r.site_name or "",
        place=r.place,
        latitude=r.latitude,
        longitude=r.longitude,
        theme=r.theme,
        positive=r.positive,
        gravity=r.gravity,
        gestionnaire_id=r.gestionnaire_id,
        gestionnaire_code=r.manager_code or "",
        gestionnaire_name=r.manager_name or "",
        preconisation=r.preconisation,
        resident_words=r.resident_words,
        description=r.description,
        status=r.status,
        status_reason=r.status_reason,
        observed_on=r.observed_on,
        photo_count=len(photos),
        photo_ids=photos,
        action_numbers=numbers,
        restricted=bool(r.restricted),
    )
