"""Application roles enforced by PostgreSQL itself: per-database group roles and GRANTs.

The services already refuse what a role may not do, but a partner with a lecteur account could
connect with ``psql`` and write anyway. On a shared server each application role is therefore
a group role holding exactly the table privileges the services need, and each person's login
role is made a member of one (``db/logins.py``).

PostgreSQL roles belong to the whole server, while a team's data is one database: a group
shared by every database would turn a coordinator of database B into a coordinator of A. Each
database therefore names its own groups after an identifier kept in its ``app_setting`` table
(``gusp_3f9a1c2e_coordinateur``…), created on the first grant. Databases set up by earlier
versions used server-wide groups (``gusp_coordinateur``…): ``db upgrade`` moves their members
to the database's own groups, from the roles its ``app_user`` table records, and takes every
privilege on this database away from the old groups.

Nobody but the owner of the tables may write ``audit_event`` or change ``action_update``:
application roles append events through ``gusp_audit()`` and follow-up points by INSERT only.
"""

from __future__ import annotations

import os
import re
import secrets

from psycopg import sql
from sqlalchemy import Connection, Engine, select

from gusp_desktop.db.base import Base
from gusp_desktop.db.models import AppSetting
from gusp_desktop.domain.enums import UserRole

PREFIX_ENV = "GUSP_ROLE_PREFIX"
DEFAULT_BASE = "gusp"
PREFIX_SETTING = "database.role_prefix"  # in DATABASE_OWN_KEYS: never copied
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
        "action_sequence",
        "action_partner",
        "constat",
        "constat_action",
        "constat_photo",
        "constat_photo_data",
        "parcours",
        "halte",
        "seance_recipient",
        "minutes_reviewer",
        "signalement",
        "signalement_reporter",
        "signalement_photo",
        "signalement_photo_data",
        # The search index is rewritten in the same transaction as what it indexes.
        "search_document",
        # Relances prepared or sent to pilots, and the actions each was about.
        "relance",
        "relance_action",
    }
)
# Follow-up history: new points only, never changed or removed.
INSERT_ONLY_TABLES = frozenset({"action_update"})
# Personal data the lecteurs may not even read (who reported a signalement).
PERSONAL_TABLES = frozenset({"signalement_reporter"})
# Written by the owner alone (``db grant``, ``db upgrade``, the audit triggers).
OWNER_TABLES = frozenset({"audit_event", "app_setting", "instance_login", "alembic_version"})
WRITE = "SELECT, INSERT, UPDATE, DELETE"
AUDIT_FUNCTION = "gusp_audit(jsonb)"
# Blanks an anonymised contact's name in the events about their card (coordinators only).
ANONYMISE_FUNCTION = "gusp_anonymise_contact_audit(integer)"
# Creates on first use and returns the key signing exported tableaux de suivi (every role).
RETURNS_KEY_FUNCTION = "gusp_returns_key(text)"


def role_base() -> str:
    """Start of the group role names (``GUSP_ROLE_PREFIX`` or ``gusp``)."""
    return os.environ.get(PREFIX_ENV, "").strip() or DEFAULT_BASE


def group_role(role: UserRole, prefix: str) -> str:
    """Name of the database group role of an application role."""
    return f"{prefix}_{ROLE_SUFFIX[role]}"


def legacy_group(role: UserRole) -> str:
    """Server-wide group of earlier versions (``gusp_coordinateur``…)."""
    return group_role(role, role_base())


def stored_prefix(conn: Connection) -> str | None:
    """This database's group prefix, when one was created."""
    table = Base.metadata.tables[AppSetting.__tablename__]
    value = conn.scalar(select(table.c.value).where(table.c.key == PREFIX_SETTING))
    return str(value) if value else None


def database_prefix(conn: Connection, base: str | None = None) -> str:
    """This database's group prefix, created (``base`` + random identifier) on first use."""
    found = stored_prefix(conn)
    if found:
        return found
    prefix = f"{base or role_base()}_{secrets.token_hex(4)}"
    table = Base.metadata.tables[AppSetting.__tablename__]
    conn.execute(table.insert().values(key=PREFIX_SETTING, value=prefix))
    return prefix


def looks_like_group(name: str) -> bool:
    """Whether ``name`` is (or would be) a group role rather than a person's login."""
    suffixes = "|".join(ROLE_SUFFIX.values())
    return re.fullmatch(rf"[a-z0-9_]+_(?:{suffixes})", name) is not None and (
        name.startswith(f"{role_base()}_") or name.startswith(f"{DEFAULT_BASE}_")
    )


def run(conn: Connection, statement: sql.Composable) -> None:
    """Execute composed DDL on the driver connection, inside SQLAlchemy's transaction."""
    driver = conn.connection.driver_connection
    assert driver is not None
    driver.execute(statement)


def role_exists(conn: Connection, name: str) -> bool:
    """Whether a role of that name exists on the server."""
    driver = conn.connection.driver_connection
    assert driver is not None
    row = driver.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
    return row is not None


def ensure_group_roles(conn: Connection, prefix: str) -> None:
    """Create the three NOLOGIN group roles if they are missing."""
    for role in UserRole:
        name = group_role(role, prefix)
        if not role_exists(conn, name):
            run(conn, sql.SQL("CREATE ROLE {} NOLOGIN").format(sql.Identifier(name)))


def _tables() -> list[str]:
    return [table.name for table in Base.metadata.sorted_tables]


def apply_group_grants(conn: Connection, prefix: str) -> None:
    """Reset the privileges of the group roles on every table of the schema.

    Run again after each ``db upgrade`` so tables added by a migration are covered too.
    """
    groups = {role: sql.Identifier(group_role(role, prefix)) for role in UserRole}
    everyone = sql.SQL(", ").join(groups.values())
    editors = sql.SQL(", ").join([groups[UserRole.COORDINATEUR], groups[UserRole.SECRETAIRE]])
    run(conn, sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(everyone))
    for name in [*_tables(), "alembic_version"]:
        table = sql.Identifier(name)
        run(conn, sql.SQL("REVOKE ALL ON {} FROM PUBLIC, {}").format(table, everyone))
        readers = editors if name in PERSONAL_TABLES else everyone
        run(conn, sql.SQL("GRANT SELECT ON {} TO {}").format(table, readers))
        if name in OWNER_TABLES:
            continue
        if name in INSERT_ONLY_TABLES:
            run(conn, sql.SQL("GRANT INSERT ON {} TO {}").format(table, editors))
            continue
        who = editors if name in SECRETARY_TABLES else groups[UserRole.COORDINATEUR]
        run(conn, sql.SQL(f"GRANT {WRITE} ON {{}} TO {{}}").format(table, who))
    run(conn, sql.SQL("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {}").format(editors))
    run(conn, sql.SQL(f"REVOKE ALL ON FUNCTION {AUDIT_FUNCTION} FROM PUBLIC"))
    run(conn, sql.SQL(f"GRANT EXECUTE ON FUNCTION {AUDIT_FUNCTION} TO {{}}").format(editors))
    run(conn, sql.SQL(f"REVOKE ALL ON FUNCTION {ANONYMISE_FUNCTION} FROM PUBLIC"))
    run(conn, sql.SQL(f"REVOKE ALL ON FUNCTION {RETURNS_KEY_FUNCTION} FROM PUBLIC"))
    run(conn, sql.SQL(f"GRANT EXECUTE ON FUNCTION {RETURNS_KEY_FUNCTION} TO {{}}").format(everyone))
    coordinators = groups[UserRole.COORDINATEUR]
    run(
        conn,
        sql.SQL(f"GRANT EXECUTE ON FUNCTION {ANONYMISE_FUNCTION} TO {{}}").format(coordinators),
    )


def set_membership(conn: Connection, login: str, role: UserRole | None, prefix: str) -> None:
    """Make ``login`` a member of exactly the group of ``role`` in this database (None: none).

    Groups of other databases are never touched: a login may be lecteur here and coordinateur
    elsewhere.
    """
    ident = sql.Identifier(login)
    for other in UserRole:
        group = sql.Identifier(group_role(other, prefix))
        if other is role:
            run(conn, sql.SQL("GRANT {} TO {}").format(group, ident))
        else:
            run(conn, sql.SQL("REVOKE {} FROM {}").format(group, ident))


def grants_configured(engine: Engine) -> bool:
    """True when this database has group roles, its own or server-wide ones from before."""
    with engine.connect() as conn:
        return stored_prefix(conn) is not None or bool(_legacy_groups_here(conn))


def refresh_grants(engine: Engine, base: str | None = None) -> list[str]:
    """Re-apply the group privileges (after a migration added tables) and adopt old groups.

    Returns French lines telling what was moved, for ``db upgrade`` to print.
    """
    with engine.begin() as conn:
        prefix = database_prefix(conn, base)
        ensure_group_roles(conn, prefix)
        apply_group_grants(conn, prefix)
        return _adopt_legacy_groups(conn, prefix)


def _legacy_groups_here(conn: Connection) -> list[str]:
    """Server-wide groups of earlier versions that still hold privileges on this database."""
    if conn.dialect.name != "postgresql":
        return []
    driver = conn.connection.driver_connection
    assert driver is not None
    found = []
    for role in UserRole:
        name = legacy_group(role)
        row = driver.execute(
            "SELECT has_table_privilege(r.oid, 'public.action', 'SELECT') "
            "FROM pg_roles r WHERE r.rolname = %s",
            (name,),
        ).fetchone()
        if row is not None and row[0]:
            found.append(name)
    return found


def _adopt_legacy_groups(conn: Connection, prefix: str) -> list[str]:
    """Give each recorded user this database's group, then strip the old groups' rights here."""
    legacy = _legacy_groups_here(conn)
    if not legacy:
        return []
    from gusp_desktop.db.models import User

    users = Base.metadata.tables[User.__tablename__]
    rows = conn.execute(select(users.c.username, users.c.role, users.c.active)).all()
    moved = 0
    for username, role, active in rows:
        if active and role_exists(conn, username):
            set_membership(conn, username, UserRole(role), prefix)
            moved += 1
    for name in legacy:
        ident = sql.Identifier(name)
        for kind in ("TABLES", "SEQUENCES", "FUNCTIONS"):
            run(conn, sql.SQL(f"REVOKE ALL ON ALL {kind} IN SCHEMA public FROM {{}}").format(ident))
        run(conn, sql.SQL("REVOKE ALL ON SCHEMA public FROM {}").format(ident))
    return [
        f"Rôles propres à cette base créés ({prefix}_…) : {moved} compte(s) y ont retrouvé "
        f"leur rôle ; les anciens groupes communs au serveur ({', '.join(legacy)}) n'ont plus "
        "aucun droit sur cette base."
    ]
