"""Who may read restricted content, and what an output for a wider audience leaves out.

This is the one rule every service applies where it reads data for a list, a document or an
export (see « Confidentiality » in ``docs/architecture.md``):

* the current user *may read* the restricted content of an instance when she administers it
  (every coordinator administers every instance), when ``instance_login`` names her login for
  it, or when her user's contact sits in it; a row marked restricted by hand with no séance is
  for coordinators only. PostgreSQL applies the same rule by row-level security; on a SQLite
  file the services are all there is.
* an output *for a wider audience* (a partner's plan, another instance's compte rendu, a
  command-line list) shows no restricted content at all, unless a member asked for it
  (``--include-restricted``), and then only what she may read, marked « Diffusion
  restreinte ». The documents of a restricted instance itself are for its members.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, CompoundSelect, Select, and_, false, or_, select, true, union

from gusp_desktop.db.tables import (
    action,
    app_user,
    constat,
    instance,
    instance_login,
    membership,
    seance,
    search_document,
)
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import PermissionDeniedError

if TYPE_CHECKING:  # a session, or a connection where no mapped class is read
    from gusp_desktop.services.base import Reader

NOT_A_MEMBER = (
    "Vous n'êtes membre d'aucune instance restreinte : « --include-restricted » est réservé "
    "aux membres (et aux coordinateurs qui les administrent). Le document est produit sans "
    "contenu restreint si vous retirez cette option."
)


@dataclass(frozen=True)
class Readable:
    """The instances whose restricted content an output may show.

    ``everything`` also covers rows marked by hand without a séance (coordinators only).
    """

    everything: bool
    instance_ids: frozenset[int] = frozenset()

    def may_read(self, instance_id: int | None) -> bool:
        """True when restricted content of ``instance_id`` (None: no séance) may be shown."""
        if self.everything:
            return True
        return instance_id is not None and instance_id in self.instance_ids

    def only(self, instance_id: int | None) -> Readable:
        """What remains readable for an audience limited to one instance's members."""
        if instance_id is None or not self.may_read(instance_id):
            return NOTHING
        return Readable(False, frozenset({instance_id}))

    @property
    def anything(self) -> bool:
        """True when at least one instance's restricted content is readable."""
        return self.everything or bool(self.instance_ids)


EVERYTHING = Readable(True)
NOTHING = Readable(False)


def readable(session: Reader, user: CurrentUser) -> Readable:
    """The instances ``user`` may read: all for a coordinator, else her grants and seats."""
    if user.role is UserRole.COORDINATEUR:
        return EVERYTHING
    return Readable(False, frozenset(session.scalars(readable_instances(user))))


def output_scope(session: Reader, user: CurrentUser, *, include_restricted: bool) -> Readable:
    """What an output for a wider audience may show: nothing restricted, or, when a member
    asks for it, what she may read; refused in French for someone who is a member of nothing."""
    if not include_restricted:
        return NOTHING
    scope = readable(session, user)
    if not scope.anything or not _any_restricted_readable(session, scope):
        raise PermissionDeniedError(NOT_A_MEMBER)
    return scope


def _any_restricted_readable(session: Reader, scope: Readable) -> bool:
    if scope.everything:
        return True
    query = select(instance.c.id).where(
        instance.c.restricted, instance.c.id.in_(sorted(scope.instance_ids))
    )
    return session.scalar(query.limit(1)) is not None


def restricted_seance_ids() -> Select[int]:
    """Séances of restricted instances, as a sub-select (for ``IN``)."""
    return (
        select(seance.c.id)
        .join(instance, instance.c.id == seance.c.instance_id)
        .where(instance.c.restricted)
    )


def _ids(scope: Readable) -> list[int]:
    """The readable instance ids, in a stable order (for ``IN`` lists)."""
    return sorted(scope.instance_ids)


def seance_condition(scope: Readable) -> ColumnElement[bool]:
    """SQL: the séance (``Seance`` rows) may be shown."""
    if scope.everything:
        return true()
    return _seance_visible(_ids(scope))


def _seance_visible(instance_ids: Any) -> ColumnElement[bool]:
    """``instance_ids``: a list or a sub-select of the instances whose content is readable."""
    closed = select(instance.c.id).where(instance.c.restricted, instance.c.id.not_in(instance_ids))
    return seance.c.instance_id.not_in(closed)


def action_restricted_condition() -> ColumnElement[bool]:
    """SQL: the action is restricted (marked by hand, or born in a restricted instance's
    séance, directly or through one of its constats)."""
    closed = restricted_seance_ids()
    return or_(
        action.c.restricted,
        action.c.origin_seance_id.in_(closed),
        action.c.origin_constat_id.in_(select(constat.c.id).where(constat.c.seance_id.in_(closed))),
    )


def action_condition(scope: Readable) -> ColumnElement[bool]:
    """SQL: the action may be shown: not restricted, or born in an instance ``scope`` reads."""
    if scope.everything:
        return true()
    return _action_visible(_ids(scope) if scope.instance_ids else None)


def _action_visible(instance_ids: Any) -> ColumnElement[bool]:
    """Actions not born in a séance (or a constat of a séance) of a restricted instance outside
    ``instance_ids`` (a list or a sub-select; None: no instance), and, when marked by hand,
    born in one of those instances."""
    if instance_ids is None:
        closed = restricted_seance_ids()
    else:
        closed = restricted_seance_ids().where(instance.c.id.not_in(instance_ids))
    not_closed = and_(
        or_(action.c.origin_seance_id.is_(None), action.c.origin_seance_id.not_in(closed)),
        or_(
            action.c.origin_constat_id.is_(None),
            action.c.origin_constat_id.not_in(
                select(constat.c.id).where(constat.c.seance_id.in_(closed))
            ),
        ),
    )
    if instance_ids is None:
        return and_(not_closed, action.c.restricted == false())
    readable_seances = select(seance.c.id).where(seance.c.instance_id.in_(instance_ids))
    marked_readable = or_(
        action.c.restricted == false(),
        action.c.origin_seance_id.in_(readable_seances),
        action.c.origin_constat_id.in_(
            select(constat.c.id).where(constat.c.seance_id.in_(readable_seances))
        ),
    )
    return and_(not_closed, marked_readable)


def document_scope(
    session: Reader, user: CurrentUser, instance_id: int, *, include_restricted: bool
) -> Readable:
    """What a document of one instance may show: that instance's own restricted content (for
    its members, if ``user`` may read it), plus what a member asked to include."""
    own = readable(session, user).only(instance_id)
    if not include_restricted:
        return own
    asked = output_scope(session, user, include_restricted=True)
    if asked.everything:
        return asked
    return Readable(False, asked.instance_ids | own.instance_ids)


def readable_instances(user: CurrentUser) -> CompoundSelect[tuple[int]]:
    """The rule of :func:`readable` for a non-coordinator as one SQL sub-select of instance ids
    (what the search adds to its queries without a round trip)."""
    granted = select(instance_login.c.instance_id).where(instance_login.c.login == user.username)
    seated = (
        select(membership.c.instance_id)
        .join(app_user, app_user.c.contact_id == membership.c.contact_id)
        .where(app_user.c.username == user.username, app_user.c.active)
    )
    return union(granted, seated)


def search_condition(user: CurrentUser) -> ColumnElement[bool] | None:
    """SQL on ``search_document``: what ``user`` may find (None: everything).

    A document follows the rows it shows (its séance, its action) whatever its own flag, and a
    document flagged restricted also needs its séance's instance to be readable; one flagged
    with neither séance nor action is for coordinators.
    """
    if user.role is UserRole.COORDINATEUR:
        return None
    ids = readable_instances(user)
    seances = select(seance.c.id).where(_seance_visible(ids))
    actions = select(action.c.id).where(_action_visible(ids))
    readable_seances = select(seance.c.id).where(seance.c.instance_id.in_(ids))
    return and_(
        or_(search_document.c.seance_id.is_(None), search_document.c.seance_id.in_(seances)),
        or_(search_document.c.action_id.is_(None), search_document.c.action_id.in_(actions)),
        or_(
            search_document.c.restricted == false(),
            search_document.c.seance_id.in_(readable_seances),
            and_(search_document.c.seance_id.is_(None), search_document.c.action_id.is_not(None)),
        ),
    )


def reveal_condition(user: CurrentUser) -> ColumnElement[bool]:
    """SQL on ``search_document``: its séance belongs to a restricted instance ``user`` reads."""
    own = restricted_seance_ids()
    if user.role is not UserRole.COORDINATEUR:
        own = own.where(instance.c.id.in_(readable_instances(user)))
    return search_document.c.seance_id.in_(own)


class ConfidentialSearch:
    """The search's visibility (``services.search.SearchVisibility``) under this rule."""

    def condition(self, user: CurrentUser) -> ColumnElement[bool] | None:
        """What ``user`` may find."""
        return search_condition(user)

    def reveals(self, user: CurrentUser) -> ColumnElement[bool]:
        """Marked personal data is shown only in the text of a restricted instance ``user``
        may read (as in that instance's own documents); « [occulté] » everywhere else."""
        return reveal_condition(user)
