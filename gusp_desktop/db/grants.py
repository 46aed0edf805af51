"""Application roles enforced by PostgreSQL itself: group roles, GRANTs, login roles.

The services already refuse what a role may not do, but a partner with a lecteur account could
connect with ``psql`` and write anyway. On a shared server each application role is therefore
a group role (``gusp_coordinateur``, ``gusp_secretaire``, ``gusp_lecteur``) holding exactly the
table privileges the services need, and each person's login role is made a member of one.
Nobody but the owner of the tables may UPDATE or DELETE ``audit_event``: application roles can
only append to it.

Group roles are cluster-wide in PostgreSQL; ``GUSP_ROLE_PREFIX`` gives two teams sharing one
server distinct groups (``equipe2_lecteur``…).
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import Connection, Engine, select

from gusp_desktop.db import migrate
from gusp_desktop.db.base import Base, utcnow
from gusp_desktop.db.models import AuditEvent, User
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import DatabaseUnavailableError, ValidationError

PREFIX_ENV = "GUSP_ROLE_PREFIX"
DEFAULT_PREFIX = "gusp"
ROLE_SUFFIX = {
    UserRole.COORDINATEUR: "coordinateur",
    UserRole.SECRETAIRE: "secretaire",
    UserRole.LECTEUR: "lecteur",
}
# What a secrétaire writes through the services: séances, minutes, actions and their history.
SECRETARY_TABLES = frozenset(
    {
        "seance",
        "agenda_item",
        "attendance",
        "decision",
        "minutes_version",
        "signed_file",
        "action",
        "action_update",
        "action_sequence",
        "action_partner",
        "constat",
        "seance_recipient",
        "minutes_reviewer",
        # The search index is rewritten in the same transaction as what it indexes.
        "search_document",
    }
)
APPEND_ONLY_TABLES = frozenset({"audit_event"})
WRITE = "SELECT, INSERT, UPDATE, DELETE"


def role_prefix() -> str:
    """Prefix of the group roles (``GUSP_ROLE_PREFIX`` or ``gusp``)."""
    return os.environ.get(PREFIX_ENV, "").strip() or DEFAULT_PREFIX


def group_role(role: UserRole, prefix: str | None = None) -> str:
    """Name of the database group role of an application role."""
    return f"{prefix or role_prefix()}_{ROLE_SUFFIX[role]}"


@dataclass(frozen=True)
class GrantResult:
    """What ``db grant`` did, for its report."""

    login: str
    role: UserRole
    group: str
    created_login: bool


def _tables() -> list[str]:
    return [table.name for table in Base.metadata.sorted_tables]


def _run(conn: Connection, statement: sql.Composable) -> None:
    """Execute composed DDL on the driver connection, inside SQLAlchemy's transaction."""
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(statement)


def _role_exists(conn: Connection, name: str) -> bool:
    driver = conn.connection.driver_connection
    assert driver is not None
    row = driver.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    return row is not None


def ensure_group_roles(conn: Connection, prefix: str | None = None) -> None:
    """Create the three NOLOGIN group roles if they are missing."""
    for role in UserRole:
        name = group_role(role, prefix)
        if not _role_exists(conn, name):
            _run(conn, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))


def apply_group_grants(conn: Connection, prefix: str | None = None) -> None:
    """Reset the privileges of the group roles on every table of the schema.

    Run again after each ``db upgrade`` so tables added by a migration are covered too.
    """
    groups = {role: sql.Identifier(group_role(role, prefix)) for role in UserRole}
    everyone = sql.SQL(", ").join(groups.values())
    _run(conn, sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(everyone))
    for name in [*_tables(), "alembic_version"]:
        table = sql.Identifier(name)
        _run(conn, sql.SQL("REVOKE ALL ON {} FROM PUBLIC, {}").format(table, everyone))
        _run(conn, sql.SQL("GRANT SELECT ON {} TO {}").format(table, everyone))
        writers = _writers(name)
        if not writers:
            continue
        who = sql.SQL(", ").join(groups[r] for r in writers)
        rights = "INSERT" if name in APPEND_ONLY_TABLES else WRITE
        _run(conn, sql.SQL(f"GRANT {rights} ON {{}} TO {{}}").format(table, who))
    editors = sql.SQL(", ").join([groups[UserRole.COORDINATEUR], groups[UserRole.SECRETAIRE]])
    _run(conn, sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(editors))


def _writers(table: str) -> tuple[UserRole, ...]:
    if table == "alembic_version":
        return ()
    if table in SECRETARY_TABLES or table in APPEND_ONLY_TABLES:
        return (UserRole.COORDINATEUR, UserRole.SECRETAIRE)
    return (UserRole.COORDINATEUR,)


def grants_configured(engine: Engine, prefix: str | None = None) -> bool:
    """True when the group roles exist (so ``db upgrade`` should refresh their GRANTs)."""
    with engine.connect() as conn:
        return all(_role_exists(conn, group_role(role, prefix)) for role in UserRole)


def refresh_grants(engine: Engine, prefix: str | None = None) -> None:
    """Re-apply the group privileges (after a migration added tables)."""
    with engine.begin() as conn:
        ensure_group_roles(conn, prefix)
        apply_group_grants(conn, prefix)


def grant_user(
    engine: Engine,
    login: str,
    role: UserRole,
    *,
    display_name: str = "",
    password: str | None = None,
    prefix: str | None = None,
) -> GrantResult:
    """Give ``login`` the application role ``role`` on this database, in one transaction.

    Creates the login role when missing (with ``password`` if given), makes it a member of
    exactly one group role, and records the matching ``app_user`` row (audited), so the
    application and the server agree on who may do what.
    """
    if engine.dialect.name != "postgresql":
        raise DatabaseUnavailableError(
            "Les rôles de base de données n'existent que sur un serveur PostgreSQL partagé."
        )
    login = _checked_login(login)
    migrate.ensure_writable_schema(engine)
    with engine.begin() as conn:
        ensure_group_roles(conn, prefix)
        apply_group_grants(conn, prefix)
        created = _ensure_login(conn, login, password)
        _set_membership(conn, login, role, prefix)
        _record_user(conn, login, role, display_name or login)
    return GrantResult(login, role, group_role(role, prefix), created)


def _checked_login(login: str) -> str:
    login = login.strip()
    if not login or len(login) > 63 or login.lower().startswith("pg_"):
        raise ValidationError({"user": f"Nom de connexion invalide : « {login} »."})
    if login.startswith(f"{role_prefix()}_") and login.removeprefix(f"{role_prefix()}_") in set(
        ROLE_SUFFIX.values()
    ):
        raise ValidationError({"user": "Ce nom est celui d'un rôle de groupe, pas d'une personne."})
    return login


def _ensure_login(conn: Connection, login: str, password: str | None) -> bool:
    ident = sql.Identifier(login)
    if _role_exists(conn, login):
        if password:
            _run(conn, sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(password)))
        return False
    if password:
        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(password))
    else:
        statement = sql.SQL("CREATE ROLE {} LOGIN").format(ident)
    _run(conn, statement)
    return True


def _set_membership(conn: Connection, login: str, role: UserRole, prefix: str | None) -> None:
    ident = sql.Identifier(login)
    for other in UserRole:
        group = sql.Identifier(group_role(other, prefix))
        if other is role:
            _run(conn, sql.SQL("GRANT {} TO {}").format(group, ident))
        else:
            _run(conn, sql.SQL("REVOKE {} FROM {}").format(group, ident))


def _record_user(conn: Connection, login: str, role: UserRole, display_name: str) -> None:
    """Create or update the ``app_user`` row, with its audit event, as the current server user."""
    table = Base.metadata.tables[User.__tablename__]
    now = utcnow()
    author = str(conn.exec_driver_sql("SELECT current_user").scalar())[:80]
    values = {"role": role, "display_name": display_name, "active": True}
    stamp = {"updated_at": now, "updated_by": author}
    row = conn.execute(select(table).where(table.c.username == login)).mappings().first()
    if row is None:
        first = {"username": login, "version": 1, "created_at": now, "created_by": author}
        inserted = conn.execute(
            table.insert().returning(table.c.id), first | stamp | values
        ).scalar_one()
        user_id, before = int(inserted), ""
    else:
        user_id = int(row["id"])
        before = _json({k: row[k] for k in values})
        version = {"version": int(row["version"]) + 1}
        conn.execute(table.update().where(table.c.id == user_id).values(version | stamp | values))
    event = {"at": now, "author": author, "entity": "app_user", "entity_id": user_id}
    change = {"operation": "grant", "before": before, "after": _json(values | {"username": login})}
    conn.execute(Base.metadata.tables[AuditEvent.__tablename__].insert(), event | change)


def _json(values: dict[str, object]) -> str:
    plain = {k: getattr(v, "value", v) for k, v in values.items()}
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)
