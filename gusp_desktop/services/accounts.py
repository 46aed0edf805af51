"""Who is working: the application user behind a login name.

Read from the ``app_user`` table in Core (``db.tables``): every command resolves its user
when it opens the database, and a read-only one then needs no mapped class at all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import select, text
from sqlalchemy.exc import ProgrammingError

from gusp_desktop.db.engine import SessionFactory
from gusp_desktop.db.tables import app_user
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import Message, PermissionDeniedError
from gusp_desktop.services.base import reading

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


def resolve_user(
    session_factory: SessionFactory | sessionmaker[Session], username: str, *, shared: bool
) -> CurrentUser:
    """The registered user with this login, or a default.

    On a local file the person at the keyboard owns the data, so an unknown login is a
    coordinator. On a shared server the identity is the server's login role (``username`` is
    ignored: an environment variable must not let anyone sign as someone else); an unknown login
    may only read, unless it owns the database or is a superuser, who can write anyway.
    """
    if shared:
        return _server_user(session_factory)
    with reading(session_factory) as reader:
        user = reader.execute(
            _USER.where(app_user.c.username == username, app_user.c.active)
        ).first()
    if user is not None:
        return CurrentUser(user.username, user.display_name, user.role)
    return CurrentUser(username, username, UserRole.COORDINATEUR, registered=False)


_USER = select(app_user.c.username, app_user.c.display_name, app_user.c.role, app_user.c.active)

# True for a superuser or a member of the database owner's role.
_PRIVILEGED = text(
    "SELECT r.rolsuper OR pg_has_role(current_user, d.datdba, 'MEMBER') "
    "FROM pg_roles r, pg_database d "
    "WHERE r.rolname = current_user AND d.datname = current_database()"
)


def _server_user(session_factory: SessionFactory | sessionmaker[Session]) -> CurrentUser:
    """The application user behind the PostgreSQL login role of the connection."""
    with reading(session_factory) as reader:
        login = str(reader.scalar(text("SELECT current_user")))
        privileged = bool(reader.scalar(_PRIVILEGED))
        try:
            user = reader.execute(_USER.where(app_user.c.username == login)).first()
        except ProgrammingError as exc:
            if "permission denied" not in str(exc.orig).lower():
                raise
            raise PermissionDeniedError(
                Message(
                    (
                        "Le compte « {login} » n'a aucun droit sur cette base : demandez à un "
                        "coordinateur de lancer « gusp-desktop db grant {login} lecteur »."
                    ),
                    login=login,
                )
            ) from exc
    if user is not None:
        role = user.role if user.active else UserRole.LECTEUR
        return CurrentUser(user.username, user.display_name, role)
    role = UserRole.COORDINATEUR if privileged else UserRole.LECTEUR
    return CurrentUser(login, login, role, registered=False)
