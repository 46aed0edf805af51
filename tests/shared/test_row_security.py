"""Restricted rows are hidden by the server itself from logins outside the instance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass

import psycopg
import pytest
from sqlalchemy import Engine

from gusp_desktop.db import logins
from gusp_desktop.db.engine import make_engine, make_session_factory
from gusp_desktop.db.models import AgendaItem, Decision, Instance, Seance
from gusp_desktop.db.search.documents import rebuild
from gusp_desktop.domain.actions import ActionDraft, ActionQuery, StatusChange
from gusp_desktop.domain.enums import InstanceType, Theme, UserRole
from gusp_desktop.services.accounts import resolve_user
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.confidentiality import ConfidentialSearch
from gusp_desktop.services.search import SearchService
from tests.fixtures.databases import make_context
from tests.shared.conftest import Roles
from tests.shared.helpers import Seed

pytestmark = pytest.mark.postgres

SECRET = "Madame Zerbib"  # a resident named in the cellule de veille


@dataclass(frozen=True)
class Cellule:
    """A restricted instance with one séance, one point, one decision and actions."""

    instance: int
    seance: int
    item: int
    from_cellule: int  # born in the cellule
    marked: int  # marked restricted by hand, no séance


@pytest.fixture
def cellule(admin_engine: Engine, admin_ctx: ServiceContext, seed: Seed) -> Cellule:
    with make_session_factory(admin_engine).begin() as session:
        instance = Instance(
            code="CV-HM",
            name="Cellule de veille",
            type=InstanceType.CELLULE_VEILLE,
            restricted=True,
        )
        session.add(instance)
        session.flush()
        seance = Seance(
            instance_id=instance.id, number=1, starts_at=dt.datetime(2025, 5, 6, 8, tzinfo=dt.UTC)
        )
        session.add(seance)
        session.flush()
        item = AgendaItem(
            seance_id=seance.id, position=1, title="Situation rue des Lilas", notes=SECRET
        )
        session.add(item)
        session.flush()
        session.add(Decision(agenda_item_id=item.id, position=1, text=f"Orienter {SECRET}"))
        ids = (instance.id, seance.id, item.id)
    service = ActionService(admin_ctx)

    def action(title: str, **extra: object) -> int:
        draft = ActionDraft(
            title=title, quartier_id=seed.quartier, theme=Theme.TRANQUILLITE,
            pilot_organisation_id=seed.pilot, **extra,  # type: ignore[arg-type]
        )  # fmt: skip
        created = service.create(draft).value.id
        service.follow_up(created, None, StatusChange(comment=f"Appel à {SECRET}"))
        return created

    born = action(f"Accompagner {SECRET}", origin_seance_id=ids[1])
    marked = action("Signalement sensible", restricted=True)
    with admin_engine.begin() as conn:
        rebuild(conn)
    return Cellule(*ids, from_cellule=born, marked=marked)


@pytest.fixture
def engines() -> Iterator[list[Engine]]:
    found: list[Engine] = []
    yield found
    for engine in found:
        engine.dispose()


def grant(admin: Engine, roles: Roles, label: str, role: UserRole, *instances: str) -> str:
    login = roles.login(label)
    logins.grant_user(admin, login, role, prefix=roles.prefix, instances=instances)
    return login


def raw(roles: Roles, login: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(f"host=127.0.0.1 user={login} dbname={roles.database}", autocommit=True)


def visible(conn: psycopg.Connection[tuple[object, ...]]) -> dict[str, int]:
    """How many restricted things the login sees, table by table."""
    queries = {
        "action": "SELECT count(*) FROM action WHERE title LIKE '%Zerbib%' OR restricted",
        "history": "SELECT count(*) FROM action_update WHERE comment LIKE '%Zerbib%'",
        "seance": "SELECT count(*) FROM seance",
        "agenda_item": "SELECT count(*) FROM agenda_item",
        "decision": "SELECT count(*) FROM decision",
        "search": "SELECT count(*) FROM search_document WHERE body || title LIKE '%Zerbib%'",
        "audit": "SELECT count(*) FROM audit_event WHERE after LIKE '%Zerbib%'",
    }
    return {name: int(str(conn.execute(q).fetchone()[0])) for name, q in queries.items()}  # type: ignore[index]


NOTHING = dict.fromkeys(
    ("action", "history", "seance", "agenda_item", "decision", "search", "audit"), 0
)


def test_a_non_member_sees_no_restricted_row_even_with_raw_sql(
    admin_engine: Engine, cellule: Cellule, roles: Roles
) -> None:
    secretary = grant(admin_engine, roles, "sam", UserRole.SECRETAIRE)
    with raw(roles, secretary) as conn:
        assert visible(conn) == NOTHING
        assert conn.execute("SELECT count(*) FROM action").fetchone() == (4,)  # the open ones
        assert conn.execute("UPDATE action SET title = 'x' WHERE restricted").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):  # no point in a closed séance
            conn.execute(
                "INSERT INTO agenda_item (seance_id, position, title, kind, planned_minutes, "
                "description, notes, restricted, version, created_at, updated_at, created_by, "
                f"updated_by) VALUES ({cellule.seance}, 2, 'x', 'information', 5, '', '', false, "
                "1, now(), now(), '', '')"
            )


def test_members_see_the_instance_and_lose_it_at_once(
    admin_engine: Engine, cellule: Cellule, roles: Roles
) -> None:
    member = grant(admin_engine, roles, "mia", UserRole.SECRETAIRE, "CV-HM")
    with raw(roles, member) as conn:
        seen = visible(conn)
        assert seen["seance"] == seen["agenda_item"] == seen["decision"] == 1
        assert seen["action"] == 1  # born in the cellule; the hand-marked one has no séance
        assert seen["history"] == 1 and seen["search"] >= 3 and seen["audit"] >= 1
        logins.revoke_user(admin_engine, member, instances=["CV-HM"])
        assert visible(conn) == NOTHING  # the same open connection, the very next query


def test_coordinators_administer_every_instance(
    admin_engine: Engine, cellule: Cellule, roles: Roles
) -> None:
    coordinator = grant(admin_engine, roles, "claude", UserRole.COORDINATEUR)
    lecteur = grant(admin_engine, roles, "lea", UserRole.LECTEUR)
    with raw(roles, coordinator) as conn:
        titles = {r[0] for r in conn.execute("SELECT title FROM action WHERE restricted")}
        assert titles == {"Signalement sensible"}  # marked by hand, no séance: coordinators
        assert visible(conn)["seance"] == visible(conn)["decision"] == 1
    with raw(roles, lecteur) as conn:
        assert visible(conn) == NOTHING


def test_a_contact_sitting_in_the_instance_reads_it(
    admin_engine: Engine, cellule: Cellule, roles: Roles
) -> None:
    """Membership recorded in the application (the login's contact sits in the instance)."""
    lecteur = grant(admin_engine, roles, "lea", UserRole.LECTEUR)
    with admin_engine.begin() as conn:
        contact = conn.exec_driver_sql(
            "INSERT INTO contact (organisation_id, civility, first_name, last_name, function,"
            " email, phone, active, version, created_at, updated_at, created_by, updated_by)"
            " VALUES (1, '', 'Léa', 'Martin', '', '', '', true, 1, now(), now(), '', '')"
            " RETURNING id"
        ).scalar_one()
        conn.exec_driver_sql(
            f"UPDATE app_user SET contact_id = {contact} WHERE username = '{lecteur}'"
        )
        conn.exec_driver_sql(
            "INSERT INTO membership (instance_id, contact_id, role, kind, version, created_at,"
            " updated_at, created_by, updated_by) VALUES"
            f" ({cellule.instance}, {contact}, 'membre', 'titulaire', 1, now(), now(), '', '')"
        )
    with raw(roles, lecteur) as conn:
        assert visible(conn)["agenda_item"] == visible(conn)["action"] == 1


def test_nobody_outside_may_lift_the_restriction(
    admin_engine: Engine, cellule: Cellule, roles: Roles
) -> None:
    secretary = grant(admin_engine, roles, "sam", UserRole.SECRETAIRE)
    with raw(roles, secretary) as conn:
        assert conn.execute("SELECT count(*) FROM instance").fetchone() == (1,)  # listed
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            conn.execute("UPDATE instance SET restricted = false")


def test_the_application_of_a_non_member_never_gets_the_rows(
    admin_engine: Engine, cellule: Cellule, roles: Roles, engines: list[Engine]
) -> None:
    secretary = grant(admin_engine, roles, "sam", UserRole.SECRETAIRE)
    engine = make_engine(roles.url(secretary))
    engines.append(engine)
    factory = make_session_factory(engine)
    ctx = ServiceContext(factory, resolve_user(factory, "x", shared=True))
    rows = ActionService(ctx).list_actions()
    assert cellule.from_cellule not in {r.id for r in rows}
    assert cellule.marked not in {r.id for r in rows}
    assert SearchService(ctx).search("Zerbib") == []
    assert SearchService(make_context(admin_engine)).search("Zerbib") != []  # the owner does


def test_a_copy_by_someone_who_cannot_see_everything_is_refused(
    admin_engine: Engine, cellule: Cellule, roles: Roles, engines: list[Engine]
) -> None:
    from gusp_desktop.db.copy import copy_database
    from gusp_desktop.domain.errors import ValidationError

    secretary = grant(admin_engine, roles, "sam", UserRole.SECRETAIRE)
    reader = make_engine(roles.url(secretary))
    target = make_engine("sqlite://")
    engines += [reader, target]
    with pytest.raises(ValidationError, match="propriétaire"):
        copy_database(reader, target)


def _application(roles: Roles, login: str, engines: list[Engine]) -> ServiceContext:
    """The application as ``login`` runs it: her own connection, her own account."""
    engine = make_engine(roles.url(login))
    engines.append(engine)
    factory = make_session_factory(engine)
    return ServiceContext(factory, resolve_user(factory, "x", shared=True))


def test_the_server_and_the_application_rule_agree_for_real_logins(
    admin_engine: Engine, cellule: Cellule, roles: Roles, engines: list[Engine]
) -> None:
    """Search and plan as the window and the command line run them (with the confidentiality
    rule), over a non-owner connection that row-level security also filters."""
    outsider = _application(roles, grant(admin_engine, roles, "sam", UserRole.SECRETAIRE), engines)
    search = SearchService(outsider, ConfidentialSearch())
    assert search.search("Zerbib") == [] and search.search("Lilas") == []
    assert search.search("Signalement sensible") == []
    plan = ActionService(outsider)
    for query in (ActionQuery(), ActionQuery(include_restricted=False)):
        rows = plan.list_actions(query)
        assert rows and not any(r.is_restricted for r in rows)
        assert {cellule.from_cellule, cellule.marked}.isdisjoint(r.id for r in rows)
        assert plan.count_actions(query) == len(rows)
    member_login = grant(admin_engine, roles, "mia", UserRole.SECRETAIRE, "CV-HM")
    member = _application(roles, member_login, engines)
    found = SearchService(member, ConfidentialSearch()).search("Zerbib")
    assert {h.action_id for h in found if h.action_id} == {cellule.from_cellule}
    assert cellule.item in {h.agenda_item_id for h in found}
    readable = {r.id: r for r in ActionService(member).list_actions()}
    assert readable[cellule.from_cellule].is_restricted and cellule.marked not in readable
    public = ActionService(member).list_actions(ActionQuery(include_restricted=False))
    assert cellule.from_cellule not in {r.id for r in public}
