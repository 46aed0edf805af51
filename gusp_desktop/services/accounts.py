"""Who is working: the application user behind a login name."""

from __future__ import annotations

import getpass
import os

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from gusp_desktop.db.models import User
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.services.base import CurrentUser


def login_name() -> str:
    """The user's login: ``GUSP_USER`` when set, else the operating-system account."""
    name = os.environ.get("GUSP_USER") or getpass.getuser() or "utilisateur"
    return name.strip()[:80]


def resolve_user(
    session_factory: sessionmaker[Session], username: str, *, shared: bool
) -> CurrentUser:
    """The registered user with this login, or a default.

    On a local file the person at the keyboard owns the data, so an unknown login is a
    coordinator; on a shared server an unknown login may only read.
    """
    with session_factory() as session:
        user = session.scalar(select(User).where(User.username == username, User.active))
    if user is not None:
        return CurrentUser(user.username, user.display_name, user.role)
    role = UserRole.LECTEUR if shared else UserRole.COORDINATEUR
    return CurrentUser(username, username, role)
