"""Filtering and sorting the plan d'actions in SQL, so 100 000 actions stay fluid."""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any, TypeAlias

from sqlalchemy import ColumnElement, Integer, Select, and_, exists, false, func, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.functions import FunctionElement

from gusp_desktop.db.tables import (
    action,
    action_partner,
    contact,
    instance_quartier,
    organisation,
    quartier,
    site,
)
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.rules import CLOSED_ACTION_STATUSES
from gusp_desktop.domain.text import search_key
from gusp_desktop.services.confidentiality import (
    Readable,
    action_condition,
    action_restricted_condition,
)

AnySelect: TypeAlias = Select[*tuple[Any, ...]]

SORT_KEYS = (
    "number",
    "title",
    "quartier",
    "site",
    "theme",
    "pilot",
    "deadline",
    "status",
    "priority",
    "progress",
    "updated",
)


# The tables in Core (``db.tables``): listing the plan needs no mapped class.
PilotOrg = organisation.alias("pilot_org")
PilotContact = contact.alias("pilot_contact")


class Scanned(FunctionElement[int]):
    """A foreign key the SQLite planner must read from the scanned action row, not an index.

    With statistics, SQLite starts the plan's joins from the 14 organisations and reaches the
    actions through ``ix_action_pilot_organisation_id``: 100 000 random reads, five to ten
    times slower than scanning the actions in order (a COUNT with a text filter took 430 ms
    instead of 48 ms). A unary ``+`` hides the index from the join; other engines get the
    plain column. Joins on a filtered table keep the index (it is then the fast way in).
    """

    inherit_cache = True
    name = "scanned"
    type = Integer()


@compiles(Scanned)
def _plain(element: Scanned, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(Scanned, "sqlite")
def _unindexed(element: Scanned, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


class SortedApart(FunctionElement[Any]):
    """A sort key the SQLite planner must not read from an index (sorted after filtering).

    The plan's sort indexes (migration ``0016_plan_sort_indexes``) give the first page of an
    order in a few rows, but with a text filter SQLite cannot tell how many rows match: for a
    rare word it would walk the whole index and read 100 000 rows out of order (150 ms)
    instead of scanning them once and sorting the few that match (20–30 ms). A unary ``+``
    hides the index; other engines get the plain expression (their planners estimate it).
    """

    inherit_cache = True
    name = "sorted_apart"


@compiles(SortedApart)
def _plain_sort(element: SortedApart, compiler: SQLCompiler, **kw: Any) -> str:
    return str(compiler.process(element.clauses, **kw))


@compiles(SortedApart, "sqlite")
def _unindexed_sort(element: SortedApart, compiler: SQLCompiler, **kw: Any) -> str:
    return "+" + str(compiler.process(element.clauses, **kw))


def _key(column: Any, filtered: bool) -> Any:
    return column if filtered else Scanned(column)


def effective_deadline_expr() -> ColumnElement[Any]:
    """SQL form of domain.rules.effective_deadline."""
    return func.coalesce(action.c.revised_deadline, action.c.initial_deadline)


def overdue_expr(today: dt.date) -> ColumnElement[bool]:
    """SQL form of domain.rules.is_overdue (kept equal to it by a test)."""
    return and_(
        effective_deadline_expr() < today,
        action.c.status.not_in(list(CLOSED_ACTION_STATUSES)),
    )


ROW_COLUMNS = [c for c in action.c if c.key != "search_text"]


def base_select(spec: ActionQuery | None = None) -> AnySelect:
    """Action columns joined with what a list shows (``spec``: the filters to come).

    Plain columns rather than ORM entities: building 100 000 identity-mapped objects costs
    ten times more than reading the rows, and lists never modify what they show.
    """
    return _base_select(*_joins_filtered(spec))


@functools.cache
def _base_select(by_quartier: bool, by_pilot: bool) -> AnySelect:
    """Built once per join shape: a statement is immutable (filters make new ones), and
    building it costs more than running it for one action (read after every save)."""
    return (
        select(
            *ROW_COLUMNS,
            quartier.c.code.label("quartier_code"),
            site.c.name.label("site_name"),
            PilotOrg.c.code.label("pilot_code"),
            PilotOrg.c.name.label("pilot_name"),
            (PilotContact.c.first_name + " " + PilotContact.c.last_name).label("contact_name"),
            action_restricted_condition().label("effectively_restricted"),
        )
        .join(quartier, quartier.c.id == _key(action.c.quartier_id, by_quartier))
        .join(PilotOrg, PilotOrg.c.id == _key(action.c.pilot_organisation_id, by_pilot))
        .outerjoin(site, site.c.id == action.c.site_id)
        .outerjoin(PilotContact, PilotContact.c.id == action.c.pilot_contact_id)
    )


def count_select(spec: ActionQuery | None = None) -> AnySelect:
    """The joins filters may need, without the columns: for counting."""
    by_quartier, by_pilot = _joins_filtered(spec)
    return (
        select(func.count(action.c.id))
        .join(quartier, quartier.c.id == _key(action.c.quartier_id, by_quartier))
        .join(PilotOrg, PilotOrg.c.id == _key(action.c.pilot_organisation_id, by_pilot))
    )


def _joins_filtered(spec: ActionQuery | None) -> tuple[bool, bool]:
    """Whether the quartier and the pilot joins are filtered (or it is unknown)."""
    if spec is None:
        return True, True
    return bool(spec.quartier_codes), bool(spec.pilot_codes or spec.involving_code)


def apply_filters(
    query: AnySelect, spec: ActionQuery, today: dt.date, scope: Readable
) -> AnySelect:
    """Add the WHERE clauses of ``spec``, and leave out the restricted actions ``scope`` may
    not show (the confidentiality rule, ``services.confidentiality``)."""
    for condition in _conditions(spec, today):
        query = query.where(condition)
    if not scope.everything:
        query = query.where(action_condition(scope))
    return query


def _conditions(spec: ActionQuery, today: dt.date) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = []
    if spec.quartier_codes:
        conditions.append(quartier.c.code.in_([c.upper() for c in spec.quartier_codes]))
    if spec.site_id is not None:
        conditions.append(action.c.site_id == spec.site_id)
    if spec.themes:
        conditions.append(action.c.theme.in_(list(spec.themes)))
    if spec.axes:
        conditions.append(action.c.atfpb_axis.in_(list(spec.axes)))
    if spec.pilot_codes:
        conditions.append(PilotOrg.c.code.in_([c.upper() for c in spec.pilot_codes]))
    if spec.involving_code:
        conditions.append(_involving(spec.involving_code.upper()))
    if spec.statuses:
        conditions.append(action.c.status.in_(list(spec.statuses)))
    if spec.overdue_only:
        conditions.append(overdue_expr(today))
    if spec.deadline_from is not None:
        conditions.append(effective_deadline_expr() >= spec.deadline_from)
    if spec.deadline_to is not None:
        conditions.append(effective_deadline_expr() <= spec.deadline_to)
    if spec.instance_id is not None:
        conditions.append(_in_instance_perimeter(spec.instance_id))
    conditions.extend(_text_conditions(spec.text))
    return conditions


def _involving(code: str) -> ColumnElement[bool]:
    """Actions an organisation pilots or takes part in: what a partner receives."""
    partner = (
        select(action_partner.c.action_id)
        .join(organisation, organisation.c.id == action_partner.c.organisation_id)
        .where(organisation.c.code == code, action_partner.c.action_id == action.c.id)
    )
    return or_(PilotOrg.c.code == code, exists(partner))


def _in_instance_perimeter(instance_id: int) -> ColumnElement[bool]:
    """An instance follows the actions of its quartiers (all of them when it has none)."""
    perimeter = select(instance_quartier.c.quartier_id).where(
        instance_quartier.c.instance_id == instance_id
    )
    has_perimeter = exists(perimeter)
    return or_(~has_perimeter, action.c.quartier_id.in_(perimeter))


def _text_conditions(text: str) -> list[ColumnElement[bool]]:
    words = search_key(text).split()
    if len(text) > 500:
        return [false()]
    return [action.c.search_text.like(f"%{_escape_like(w)}%", escape="\\") for w in words]


def _escape_like(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


# The sorts migration 0016 indexed. The number's own index (and the quartier's, which the
# number begins with) keeps serving a filtered list, as it did before: the page's default
# order, where a keystroke's first letters match many actions and the index finds 200 fast.
INDEXED_SORTS = frozenset(
    {"title", "theme", "deadline", "status", "priority", "progress", "updated"}
)

# The sort keys that may be empty (no deadline, no site): theirs go last either way. The
# others are NOT NULL and sorted plainly, so one index serves both directions on PostgreSQL.
NULLABLE_SORTS = frozenset({"deadline", "site"})


def apply_order(query: AnySelect, spec: ActionQuery) -> AnySelect:
    """ORDER BY the chosen column, then the number so the order is total and stable."""
    columns: dict[str, Any] = {
        "number": action.c.number,
        "title": action.c.title,
        "quartier": quartier.c.code,
        "site": site.c.name,
        "theme": action.c.theme,
        "pilot": PilotOrg.c.code,
        "deadline": effective_deadline_expr(),
        "status": action.c.status,
        "priority": action.c.priority,
        "progress": action.c.progress,
        "updated": action.c.updated_at,
    }
    if spec.sort_key not in columns:
        raise ValueError(f"Tri inconnu « {spec.sort_key} » (possibles : {', '.join(SORT_KEYS)}).")
    column = columns[spec.sort_key]
    if spec.sort_key in INDEXED_SORTS and search_key(spec.text).split():
        column = SortedApart(column)
    primary = column.desc() if spec.descending else column.asc()
    if spec.sort_key in NULLABLE_SORTS:
        primary = primary.nulls_last()
    tie = action.c.number.desc() if spec.descending else action.c.number.asc()
    query = query.order_by(primary, tie)
    if spec.offset:
        query = query.offset(spec.offset)
    if spec.limit is not None:
        query = query.limit(spec.limit)
    return query
