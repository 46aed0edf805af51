"""People on a shared server: their login role, their application role, their instances.

``db grant`` and ``db revoke`` land here. A grant creates the login role when missing, makes it
a member of exactly one of this database's group roles (``db/grants.py``), records the matching
``app_user`` row and, with ``--instance``, lets it read the restricted content of instances
(``instance_login``). A revoke takes all of it back in this database, or only the instances
named. Every change is audited in the same transaction. Row-level security reads
``instance_login`` at each query, so a login removed from an instance stops seeing its
restricted rows at once.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

from psycopg import sql
from sqlalchemy import Connection, Engine, select

from gusp_desktop.db import grants, migrate
from gusp_desktop.db.base import Base, utcnow
from gusp_desktop.db.models import AuditEvent, Instance, InstanceLogin, User
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import (
    DatabaseUnavailableError,
    Message,
    NotFoundError,
    ValidationError,
)


@dataclass(frozen=True)
class GrantResult:
    """What ``db grant`` did, for its report."""

    login: str
    role: UserRole
    group: str
    created_login: bool
    instances: tuple[str, ...] = ()


@dataclass(frozen=True)
class RevokeResult:
    """What ``db revoke`` did, for its report."""

    login: str
    instances: tuple[str, ...]
    whole_database: bool


def grant_user(
    engine: Engine,
    login: str,
    role: UserRole,
    *,
    display_name: str = "",
    password: str | None = None,
    instances: Sequence[str] = (),
    prefix: str | None = None,
) -> GrantResult:
    """Give ``login`` the application role ``role`` on this database, in one transaction.

    ``instances`` are codes of instances whose restricted content the login may read from now
    on; ``prefix`` is the start of the group role names for a database without groups yet.
    """
    login = _checked_login(login)
    _require_server(engine)
    with engine.begin() as conn:
        group_prefix = grants.database_prefix(conn, prefix)
        grants.ensure_group_roles(conn, group_prefix)
        grants.apply_group_grants(conn, group_prefix)
        created = _ensure_login(conn, login, password)
        grants.set_membership(conn, login, role, group_prefix)
        _record_user(conn, login, role, display_name or login)
        codes = tuple(_give_instance(conn, login, code) for code in instances)
    return GrantResult(login, role, grants.group_role(role, group_prefix), created, codes)


def revoke_user(engine: Engine, login: str, *, instances: Sequence[str] = ()) -> RevokeResult:
    """Take back ``instances`` from ``login``, or (none named) every right in this database.

    The login role itself stays: it may be used in other databases of the server.
    """
    login = login.strip()
    _require_server(engine)
    with engine.begin() as conn:
        if instances:
            codes = tuple(_take_instance(conn, login, code) for code in instances)
            return RevokeResult(login, codes, whole_database=False)
        prefix = grants.stored_prefix(conn)
        if prefix is not None and grants.role_exists(conn, login):
            grants.set_membership(conn, login, None, prefix)
        codes = tuple(_take_instance(conn, login, code) for code in _instance_codes(conn, login))
        if not _deactivate_user(conn, login) and not codes:
            raise NotFoundError(Message("« {login} » n'a aucun droit sur cette base.", login=login))
    return RevokeResult(login, codes, whole_database=True)


def instance_logins(engine: Engine, instance_code: str) -> list[str]:
    """Logins allowed to read an instance's restricted content, by name."""
    with engine.connect() as conn:
        instance_id = _instance_id(conn, instance_code)
        table = Base.metadata.tables[InstanceLogin.__tablename__]
        query = select(table.c.login).where(table.c.instance_id == instance_id)
        return sorted(conn.scalars(query))


def _require_server(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        raise DatabaseUnavailableError(
            "Les rôles de base de données n'existent que sur un serveur PostgreSQL partagé."
        )
    migrate.ensure_writable_schema(engine)


def _checked_login(login: str) -> str:
    login = login.strip()
    if not login or len(login) > 63 or login.lower().startswith("pg_"):
        raise ValidationError(
            {"user": Message("Nom de connexion invalide : « {login} ».", login=login)}
        )
    if grants.looks_like_group(login):
        raise ValidationError({"user": "Ce nom est celui d'un rôle de groupe, pas d'une personne."})
    return login


def _ensure_login(conn: Connection, login: str, password: str | None) -> bool:
    ident = sql.Identifier(login)
    if grants.role_exists(conn, login):
        if password:
            grants.run(
                conn, sql.SQL("ALTER ROLE {} PASSWORD {}").format(ident, sql.Literal(password))
            )
        return False
    if password:
        statement = sql.SQL("CREATE ROLE {} LOGIN PASSWORD {}").format(ident, sql.Literal(password))
    else:
        statement = sql.SQL("CREATE ROLE {} LOGIN").format(ident)
    grants.run(conn, statement)
    return True


def _author(conn: Connection) -> str:
    return str(conn.exec_driver_sql("SELECT session_user").scalar())[:80]


def _audit(conn: Connection, entity: str, entity_id: int, operation: str, **change: str) -> None:
    event = {"at": utcnow(), "author": _author(conn), "entity": entity, "entity_id": entity_id}
    values = {"operation": operation, "before": "", "after": ""} | change
    conn.execute(Base.metadata.tables[AuditEvent.__tablename__].insert(), event | values)


def _record_user(conn: Connection, login: str, role: UserRole, display_name: str) -> None:
    """Create or update the ``app_user`` row, with its audit event, as the current server user."""
    table = Base.metadata.tables[User.__tablename__]
    now, author = utcnow(), _author(conn)
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
    after = _json(values | {"username": login})
    _audit(conn, "app_user", user_id, "grant", before=before, after=after)


def _deactivate_user(conn: Connection, login: str) -> bool:
    table = Base.metadata.tables[User.__tablename__]
    row = conn.execute(select(table).where(table.c.username == login)).mappings().first()
    if row is None or not row["active"]:
        return row is not None
    stamp = {"updated_at": utcnow(), "updated_by": _author(conn)}
    version = {"version": int(row["version"]) + 1}
    changed = version | stamp | {"active": False}
    conn.execute(table.update().where(table.c.id == row["id"]).values(changed))
    before, after = _json({"active": True}), _json({"active": False, "username": login})
    _audit(conn, "app_user", int(row["id"]), "revoke", before=before, after=after)
    return True


def _instance_id(conn: Connection, code: str) -> int:
    table = Base.metadata.tables[Instance.__tablename__]
    found = conn.scalar(select(table.c.id).where(table.c.code == code.strip()))
    if found is None:
        raise NotFoundError(
            Message("Instance « {code} » introuvable (code attendu, ex. « CV-HM »).", code=code)
        )
    return int(found)


def _instance_codes(conn: Connection, login: str) -> list[str]:
    access = Base.metadata.tables[InstanceLogin.__tablename__]
    instances = Base.metadata.tables[Instance.__tablename__]
    query = (
        select(instances.c.code)
        .join(access, access.c.instance_id == instances.c.id)
        .where(access.c.login == login)
        .order_by(instances.c.code)
    )
    return list(conn.scalars(query))


def _give_instance(conn: Connection, login: str, code: str) -> str:
    instance_id = _instance_id(conn, code)
    access = Base.metadata.tables[InstanceLogin.__tablename__]
    exists = conn.scalar(
        select(access.c.login).where(access.c.login == login, access.c.instance_id == instance_id)
    )
    if exists is None:
        row = {"login": login, "instance_id": instance_id, "granted_by": _author(conn)}
        conn.execute(access.insert().values(row | {"granted_at": utcnow()}))
        _audit(conn, "instance", instance_id, "access", after=_json({"login": login}))
    return code.strip()


def _take_instance(conn: Connection, login: str, code: str) -> str:
    instance_id = _instance_id(conn, code)
    access = Base.metadata.tables[InstanceLogin.__tablename__]
    removed = conn.execute(
        access.delete().where(access.c.login == login, access.c.instance_id == instance_id)
    ).rowcount
    if not removed:
        raise NotFoundError(
            Message(
                "« {login} » n'avait pas accès à l'instance « {code} ».",
                login=login,
                code=code.strip(),
            )
        )
    _audit(conn, "instance", instance_id, "unaccess", before=_json({"login": login}))
    return code.strip()


def _json(values: dict[str, object]) -> str:
    plain = {k: getattr(v, "value", v) for k, v in values.items()}
    return json.dumps(plain, ensure_ascii=False, sort_keys=True)
