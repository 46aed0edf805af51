"""What the server enforces by itself, whatever client connects: per-database groups, an audit
trail written by triggers under the login's name, an append-only history."""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine, select

from gusp_desktop.db import logins, migrate
from gusp_desktop.db.engine import make_engine, make_session_factory
from gusp_desktop.db.models import AuditEvent
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import NotFoundError
from gusp_desktop.services.accounts import resolve_user
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from tests.fixtures.databases import create_pg_database, drop_pg_database, make_context, pg_url
from tests.shared.conftest import Roles, drop_roles
from tests.shared.helpers import Seed, seed_actions

pytestmark = pytest.mark.postgres


def raw(database: str, login: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(f"host=127.0.0.1 user={login} dbname={database}", autocommit=True)


def events(engine: Engine, **where: object) -> list[AuditEvent]:
    with make_session_factory(engine)() as session:
        query = select(AuditEvent).filter_by(**where).order_by(AuditEvent.id)
        return list(session.scalars(query))


@pytest.fixture
def second_db() -> Iterator[str]:
    """A second migrated database on the same server, seeded with its own actions."""
    name = create_pg_database()
    engine = make_engine(pg_url(name))
    try:
        migrate.upgrade(engine)
        seed_actions(make_context(engine), count=2)
        yield name
    finally:
        engine.dispose()
        drop_pg_database(name)


def test_a_grant_in_one_database_gives_no_right_in_another(
    admin_engine: Engine, seed: Seed, roles: Roles, second_db: str
) -> None:
    bob = roles.login("bob")
    logins.grant_user(admin_engine, bob, UserRole.LECTEUR, prefix=roles.prefix)
    other = make_engine(pg_url(second_db))
    try:
        result = logins.grant_user(other, bob, UserRole.COORDINATEUR, prefix=roles.prefix)
        assert result.group != roles.group("coordinateur")  # each database has its own groups
        with raw(second_db, bob) as conn:  # coordinator in B…
            conn.execute("UPDATE action SET title = 'modifié dans B'")
        with raw(roles.database, bob) as conn:  # …still only a lecteur in A
            assert conn.execute("SELECT count(*) FROM action").fetchone() == (4,)
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                conn.execute("UPDATE action SET title = 'x'")
    finally:
        other.dispose()
        drop_roles(roles.prefix, [roles.database, second_db])


def test_a_raw_update_by_a_coordinator_is_audited_under_its_login(
    admin_engine: Engine, seed: Seed, roles: Roles
) -> None:
    claude = roles.login("claude")
    logins.grant_user(admin_engine, claude, UserRole.COORDINATEUR, prefix=roles.prefix)
    target = seed.actions[1]
    with raw(roles.database, claude) as conn:
        conn.execute("UPDATE action SET title = 'Titre changé en SQL' WHERE id = %s", (target,))
        conn.execute("UPDATE organisation SET name = 'Ville' WHERE id = %s", (seed.partner,))
    [event] = events(admin_engine, entity="action", operation="sql_update")
    assert event.author == claude and event.entity_id == target
    assert json.loads(event.before) == {"title": "Action partagée n° 2"}
    assert json.loads(event.after) == {"title": "Titre changé en SQL"}
    [other] = events(admin_engine, entity="organisation", operation="sql_update")
    assert other.author == claude and json.loads(other.after) == {"name": "Ville"}


def test_the_application_writes_one_event_per_change_with_the_login_as_author(
    admin_engine: Engine, seed: Seed, roles: Roles
) -> None:
    sam = roles.login("sam")
    logins.grant_user(admin_engine, sam, UserRole.SECRETAIRE, prefix=roles.prefix)
    engine = make_engine(roles.url(sam))
    try:
        factory = make_session_factory(engine)
        ctx = ServiceContext(factory, resolve_user(factory, "x", shared=True))
        before = len(events(admin_engine))
        ActionService(ctx).follow_up(seed.actions[0], None, StatusChange(progress=30, comment="ok"))
    finally:
        engine.dispose()
    added = events(admin_engine)[before:]
    # One event, the service's own description: no second row from the triggers for the
    # action, its new follow-up point or its search document.
    assert [(e.entity, e.operation, e.author) for e in added] == [("action", "update", sam)]
    assert json.loads(added[0].after)["progress"] == 30


def test_nobody_may_sign_an_event_with_another_name(
    admin_engine: Engine, seed: Seed, roles: Roles
) -> None:
    claude = roles.login("claude")
    logins.grant_user(admin_engine, claude, UserRole.COORDINATEUR, prefix=roles.prefix)
    forged = [
        {"at": "2020-01-01T00:00:00", "author": "quelqu'un d'autre", "entity": "action",
         "entity_id": seed.actions[0], "operation": "update", "before": "", "after": ""}
    ]  # fmt: skip
    with raw(roles.database, claude) as conn:
        conn.execute("SELECT gusp_audit(%s::jsonb)", (json.dumps(forged),))
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute(
                "INSERT INTO audit_event (at, author, entity, entity_id, operation, before, after)"
                " VALUES (now(), 'quelqu''un d''autre', 'action', 1, 'update', '', '')"
            )
    [event] = events(admin_engine, entity="action", operation="update")
    assert event.author == claude and event.at.year > 2020


def test_history_and_trail_refuse_every_change_but_the_owners(
    admin_engine: Engine, seed: Seed, roles: Roles
) -> None:
    ActionService(make_context(admin_engine)).follow_up(
        seed.actions[0], None, StatusChange(comment="premier point")
    )
    for role in (UserRole.COORDINATEUR, UserRole.SECRETAIRE):
        login = roles.login(role.value)
        logins.grant_user(admin_engine, login, role, prefix=roles.prefix)
        with raw(roles.database, login) as conn:
            for statement in (
                "DELETE FROM action_update",
                "UPDATE action_update SET comment = 'réécrit'",
                "DELETE FROM audit_event",
                "UPDATE audit_event SET author = 'x'",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
    with admin_engine.begin() as conn:  # the owner may
        conn.exec_driver_sql("UPDATE action_update SET comment = comment")


def test_revoke_takes_every_right_back(admin_engine: Engine, seed: Seed, roles: Roles) -> None:
    lea = roles.login("lea")
    logins.grant_user(admin_engine, lea, UserRole.SECRETAIRE, prefix=roles.prefix)
    result = logins.revoke_user(admin_engine, lea)
    assert result.whole_database
    with raw(roles.database, lea) as conn, pytest.raises(psycopg.errors.InsufficientPrivilege):
        conn.execute("SELECT count(*) FROM action")
    revoked = events(admin_engine, entity="app_user", operation="revoke")
    assert len(revoked) == 1 and json.loads(revoked[0].after)["active"] is False
    with pytest.raises(NotFoundError):
        logins.revoke_user(admin_engine, lea, instances=["ABSENTE"])


def test_upgrade_moves_server_wide_groups_to_the_database(
    admin_engine: Engine, seed: Seed, roles: Roles, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A database set up by an earlier version: server-wide groups granted on every table."""
    from gusp_desktop.db import grants

    base = f"{roles.prefix}_ancien"
    monkeypatch.setenv(grants.PREFIX_ENV, base)
    old_reader, old_coordinator = f"{base}_lecteur", f"{base}_coordinateur"
    bob = roles.login("bob")
    with admin_engine.begin() as conn:
        for group in (old_reader, f"{base}_secretaire", old_coordinator):
            conn.exec_driver_sql(f'CREATE ROLE "{group}" NOLOGIN')
            conn.exec_driver_sql(f'GRANT SELECT ON ALL TABLES IN SCHEMA public TO "{group}"')
            conn.exec_driver_sql(f'GRANT USAGE ON SCHEMA public TO "{group}"')
        conn.exec_driver_sql(
            f'GRANT INSERT, UPDATE ON ALL TABLES IN SCHEMA public TO "{old_coordinator}"'
        )
        conn.exec_driver_sql(f'CREATE ROLE "{bob}" LOGIN IN ROLE "{old_coordinator}"')
        conn.exec_driver_sql(
            "INSERT INTO app_user (username, display_name, role, active, version, created_at,"
            " updated_at, created_by, updated_by) VALUES"
            f" ('{bob}', 'Bob', 'lecteur', true, 1, now(), now(), '', '')"
        )  # recorded here as a lecteur, although the shared group made him a coordinator
    assert grants.grants_configured(admin_engine)
    lines = grants.refresh_grants(admin_engine)
    assert lines and "anciens groupes" in lines[0]
    with raw(roles.database, bob) as conn:
        assert conn.execute("SELECT count(*) FROM action").fetchone() == (4,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE action SET title = 'x'")
    assert grants.refresh_grants(admin_engine) == []  # nothing left to move


def test_unknown_login_name_gets_a_fresh_prefix_per_database(
    admin_engine: Engine, roles: Roles
) -> None:
    login = f"{roles.prefix}_{uuid.uuid4().hex[:4]}"
    roles.logins.append(login)
    first = logins.grant_user(admin_engine, login, UserRole.LECTEUR, prefix=roles.prefix)
    again = logins.grant_user(admin_engine, login, UserRole.LECTEUR, prefix="ignoré")
    assert first.group == again.group and first.group.startswith(f"{roles.prefix}_")


def test_a_coordinator_anonymises_a_contact_through_the_server(
    admin_engine: Engine, seed: Seed, roles: Roles
) -> None:
    from gusp_desktop.domain.directory import ContactData
    from gusp_desktop.services.directory import DirectoryService
    from gusp_desktop.services.personal_data.service import PersonalDataService

    contact = (
        DirectoryService(make_context(admin_engine))
        .create_contact(
            ContactData(seed.partner, "Léa", "Martin", email="lea.martin@ville.example")
        )
        .value.id
    )
    claude = roles.login("claude")
    sam = roles.login("sam")
    logins.grant_user(admin_engine, claude, UserRole.COORDINATEUR, prefix=roles.prefix)
    logins.grant_user(admin_engine, sam, UserRole.SECRETAIRE, prefix=roles.prefix)
    denied = pytest.raises(psycopg.errors.InsufficientPrivilege)
    with raw(roles.database, sam) as conn, denied:  # only coordinators may blank the trail
        conn.execute("SELECT gusp_anonymise_contact_audit(%s)", (contact,))
    engine = make_engine(roles.url(claude))
    try:
        factory = make_session_factory(engine)
        ctx = ServiceContext(factory, resolve_user(factory, "x", shared=True))
        report = PersonalDataService(ctx).anonymise(contact).value
    finally:
        engine.dispose()
    assert report.audit_events_redacted == 1
    card = events(admin_engine, entity="contact", entity_id=contact)
    assert [e.operation for e in card] == ["create", "anonymise"]
    assert card[1].author == claude
    assert not any("Martin" in e.before + e.after or "lea.martin" in e.after for e in card)
