"""The shape every list a service reads shares: filtered columns, an order, plain rows.

Lists select plain columns (never identity-mapped entities, see docs/architecture.md) and build
the domain's frozen rows from them. Some rows need a second look-up keyed by the ids of the
whole page (a constat's photos, an action's partners), so rows are built from the page at
once rather than one by one; :func:`each` covers the lists that need nothing more.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeAlias, TypeVar

from sqlalchemy import Row, Select

if TYPE_CHECKING:  # a session, or a connection where no mapped class is read
    from gusp_desktop.services.base import Reader

AnySelect: TypeAlias = Select[*tuple[Any, ...]]
T = TypeVar("T")
Build: TypeAlias = Callable[[list[Row[Any]]], list[T]]


def each(to_row: Callable[[Row[Any]], T]) -> Build[T]:
    """Build every row on its own (no look-up across the page)."""
    return lambda found: [to_row(r) for r in found]


def read_list(
    session: Reader,
    query: AnySelect,
    build: Build[T],
    *,
    order: Sequence[Any] = (),
) -> list[T]:
    """Order ``query`` (already filtered, possibly paged) in SQL, run it and build the rows.

    ``order`` should end with a unique column, so the order is total and pages follow each
    other without a row appearing twice or never.
    """
    if order:
        query = query.order_by(*order)
    return build(list(session.execute(query)))
