"""Séances as a list: by date, with their instance, over the Core tables.

Only ``db.tables`` here, no mapped class: ``meetings list`` reads the séances without
importing and mapping the model, and one query with the instance joined replaces a query
per séance for its instance. :class:`~gusp_desktop.services.meetings.MeetingService` lists
through the same functions.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Select, not_, select

from gusp_desktop.db.tables import instance, seance
from gusp_desktop.domain.meetings import SeanceSummary
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.confidentiality import NOTHING, readable, seance_condition

_COLUMNS = (
    seance.c.id,
    seance.c.version,
    seance.c.instance_id,
    instance.c.code.label("instance_code"),
    instance.c.name.label("instance_name"),
    instance.c.type.label("instance_type"),
    seance.c.number,
    seance.c.starts_at,
    seance.c.duration_minutes,
    seance.c.place,
    seance.c.status,
    instance.c.restricted,
)


def list_seances(
    context: ServiceContext,
    instance_id: int | None = None,
    from_date: dt.date | None = None,
    to_date: dt.date | None = None,
    *,
    include_restricted: bool = True,
) -> list[SeanceSummary]:
    """Séances by date, optionally of one instance and between two French dates included.

    The window shows what the user may read; a list for a wider audience
    (``include_restricted=False``, the command line's default) leaves out every séance of a
    restricted instance, as ``actions list`` does.
    """
    query = seances_between(instance_id, from_date, to_date)
    with context.read_columns() as session:
        scope = readable(session, context.user) if include_restricted else NOTHING
        if not scope.everything:
            query = query.where(seance_condition(scope))
        return [summary(r) for r in session.execute(query)]


def hides_restricted(
    context: ServiceContext, from_date: dt.date | None = None, to_date: dt.date | None = None
) -> bool:
    """True when séances of a restricted instance the user may not read fall between the
    dates: a count must then say something is left out, without saying how much."""
    query = seances_between(None, from_date, to_date).limit(1)
    with context.read_columns() as session:
        scope = readable(session, context.user)
        if scope.everything:
            return False
        hidden = query.where(not_(seance_condition(scope)))
        return session.execute(hidden).first() is not None


def seances_between(
    instance_id: int | None, from_date: dt.date | None, to_date: dt.date | None
) -> Select[Any]:
    """Séances by date, of one instance or all, between two French dates included."""
    query = (
        select(*_COLUMNS)
        .join(instance, instance.c.id == seance.c.instance_id)
        .order_by(seance.c.starts_at, seance.c.id)
    )
    if instance_id is not None:
        query = query.where(seance.c.instance_id == instance_id)
    if from_date is not None:
        query = query.where(seance.c.starts_at >= paris_midnight(from_date))
    if to_date is not None:
        query = query.where(seance.c.starts_at < paris_midnight(to_date + dt.timedelta(1)))
    return query


def paris_midnight(day: dt.date) -> dt.datetime:
    """The UTC instant a French day begins."""
    return dt.datetime.combine(day, dt.time.min, tzinfo=PARIS).astimezone(dt.UTC)


def summary(r: Any) -> SeanceSummary:
    """Plain copy of a séance read by :func:`seances_between`."""
    return SeanceSummary(
        id=r.id,
        version=r.version,
        instance_id=r.instance_id,
        instance_code=r.instance_code,
        instance_name=r.instance_name,
        instance_type=r.instance_type,
        number=r.number,
        starts_at=r.starts_at,
        local_date=r.starts_at.astimezone(PARIS).date(),
        duration_minutes=r.duration_minutes,
        place=r.place,
        status=r.status,
        restricted=bool(r.restricted),
    )
