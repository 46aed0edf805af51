"""Roles enforced by the server: a lecteur cannot write even with raw SQL; audit is append-only."""

from __future__ import annotations

import json
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, select

from gusp_desktop.db import grants, logins
from gusp_desktop.db.engine import make_engine, make_session_factory
from gusp_desktop.db.models import AuditEvent, User
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import PermissionDeniedError, ValidationError
from gusp_desktop.services.accounts import resolve_user
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from tests.shared.conftest import Roles
from tests.shared.helpers import Seed

pytestmark = pytest.mark.postgres


def grant(admin: Engine, roles: Roles, label: str, role: UserRole) -> str:
    login = roles.login(label)
    logins.grant_user(admin, login, role, display_name=label.title(), prefix=roles.prefix)
    return login


def raw(roles: Roles, login: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(f"host=127.0.0.1 user={login} dbname={roles.database}", autocommit=True)


@pytest.fixture
def as_login(roles: Roles) -> Iterator[list[Engine]]:
    engines: list[Engine] = []
    yield engines
    for engine in engines:
        engine.dispose()


def context_for(roles: Roles, login: str, engines: list[Engine]) -> ServiceContext:
    engine = make_engine(roles.url(login))
    engines.append(engine)
    factory = make_session_factory(engine)
    return ServiceContext(factory, resolve_user(factory, "quelquun", shared=True))


def test_lecteur_raw_update_is_refused_by_the_server(
    admin_engine: Engine, seed: Seed, roles: Roles, as_login: list[Engine]
) -> None:
    login = grant(admin_engine, roles, "lea", UserRole.LECTEUR)
    with raw(roles, login) as conn:
        assert conn.execute("SELECT count(*) FROM action").fetchone() == (len(seed.actions),)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE action SET title = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("DELETE FROM action_update")
    ctx = context_for(roles, login, as_login)
    assert ctx.user == CurrentUser(login, "Lea", UserRole.LECTEUR)
    with pytest.raises(PermissionDeniedError):
        ActionService(ctx).follow_up(seed.actions[0], None, StatusChange(comment="non"))


def test_server_refusal_reaches_the_user_as_permission_denied(
    admin_engine: Engine, seed: Seed, roles: Roles, as_login: list[Engine]
) -> None:
    login = grant(admin_engine, roles, "lea", UserRole.LECTEUR)
    ctx = context_for(roles, login, as_login)
    ctx.user = CurrentUser(login, "Léa", UserRole.COORDINATEUR)  # the application is fooled…
    with pytest.raises(PermissionDeniedError, match="lecture seule"):  # …the server is not
        ActionService(ctx).follow_up(seed.actions[0], None, StatusChange(comment="non"))


def test_secretaire_writes_actions_but_not_the_directory(
    admin_engine: Engine, seed: Seed, roles: Roles, as_login: list[Engine]
) -> None:
    login = grant(admin_engine, roles, "sam", UserRole.SECRETAIRE)
    ctx = context_for(roles, login, as_login)
    assert ctx.user.role is UserRole.SECRETAIRE
    row = ActionService(ctx).follow_up(seed.actions[0], None, StatusChange(comment="fait")).value
    assert row.id == seed.actions[0]
    with raw(roles, login) as conn:
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE organisation SET name = 'x'")
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE app_user SET role = 'coordinateur'")
    with admin_engine.connect() as conn:
        author = conn.scalar(select(AuditEvent.author).order_by(AuditEvent.id.desc()).limit(1))
    assert author == login  # every write records its author: the server login


@pytest.mark.parametrize("role", [UserRole.COORDINATEUR, UserRole.SECRETAIRE, UserRole.LECTEUR])
def test_nobody_but_the_owner_may_change_the_audit_trail(
    admin_engine: Engine, seed: Seed, roles: Roles, role: UserRole
) -> None:
    login = grant(admin_engine, roles, "x", role)
    with raw(roles, login) as conn:
        assert conn.execute("SELECT count(*) FROM audit_event").fetchone() is not None
        for statement in (
            "UPDATE audit_event SET author = 'x'",
            "DELETE FROM audit_event",
            "INSERT INTO audit_event (at, author, entity, entity_id, operation, before, after) "
            "VALUES (now(), 'quelqu''un d''autre', 'action', 1, 'update', '', '')",
            "UPDATE action_update SET comment = 'x'",
            "DELETE FROM action_update",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute(statement)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("TRUNCATE audit_event")


def test_grant_records_the_user_changes_roles_and_audits(
    admin_engine: Engine, roles: Roles
) -> None:
    login = grant(admin_engine, roles, "paul", UserRole.LECTEUR)
    result = logins.grant_user(admin_engine, login, UserRole.COORDINATEUR, prefix=roles.prefix)
    assert not result.created_login and result.group == roles.group("coordinateur")
    with admin_engine.connect() as conn:
        user = conn.execute(select(User.role, User.version).where(User.username == login)).one()
        events = conn.execute(
            select(AuditEvent.before, AuditEvent.after).where(AuditEvent.entity == "app_user")
        ).all()
        member_of = (
            conn.exec_driver_sql(
                "SELECT g.rolname FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid "
                f"JOIN pg_roles u ON u.oid = m.member WHERE u.rolname = '{login}'"
            )
            .scalars()
            .all()
        )
    assert user.role is UserRole.COORDINATEUR and user.version == 2
    assert member_of == [roles.group("coordinateur")]
    assert json.loads(events[1].before)["role"] == "lecteur"
    assert json.loads(events[1].after)["role"] == "coordinateur"


def test_grant_refuses_bad_names(admin_engine: Engine, roles: Roles) -> None:
    for name in ("", "pg_monitor", "gusp_lecteur"):
        with pytest.raises(ValidationError):
            logins.grant_user(admin_engine, name, UserRole.LECTEUR, prefix=roles.prefix)


def test_login_without_app_user_row(admin_engine: Engine, roles: Roles) -> None:
    login = roles.login("inconnu")
    grants.refresh_grants(admin_engine, roles.prefix)
    with psycopg.connect(f"host=127.0.0.1 user=postgres dbname={roles.database}") as conn:
        conn.execute(f'CREATE ROLE "{login}" LOGIN')
    engine = make_engine(roles.url(login))
    factory = make_session_factory(engine)
    try:
        with pytest.raises(PermissionDeniedError, match="aucun droit"):
            resolve_user(factory, "claire", shared=True)
        with psycopg.connect(f"host=127.0.0.1 user=postgres dbname={roles.database}") as conn:
            conn.execute(f'GRANT "{roles.group("secretaire")}" TO "{login}"')
        # A member of a group but unknown to the application may only read.
        assert resolve_user(factory, "claire", shared=True) == CurrentUser(
            login, login, UserRole.LECTEUR, registered=False
        )
    finally:
        engine.dispose()
