"""The confidentiality rule in search and in the plan, on SQLite and PostgreSQL.

The tests connect as the database's owner, whom PostgreSQL's row-level security never
filters: what is checked here is the application's own rule, the only one on a SQLite file.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import Engine, select, text, update

from gusp_desktop.db import migrate
from gusp_desktop.db.migrate import SchemaState
from gusp_desktop.db.models import AgendaItem, Instance, InstanceLogin, Seance, SearchDocument
from gusp_desktop.db.search import analysis
from gusp_desktop.db.search.schema import FTS_TABLE, TS_CONFIG, VECTOR_COLUMN
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.actions import ActionQuery
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.redaction import OCCULTED, SPAN_END, SPAN_START
from gusp_desktop.domain.search import MATCH_END, MATCH_START, SearchKind
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.confidentiality import ConfidentialSearch
from gusp_desktop.services.search import SearchService
from tests.db import test_search
from tests.db.test_actions import World, draft
from tests.db.test_search import Place
from tests.fixtures.databases import downgrade

ACTION = SearchKind.ACTION
world = test_search.world
place = test_search.place


def as_user(ctx: ServiceContext, role: UserRole = UserRole.SECRETAIRE) -> ServiceContext:
    return dataclasses.replace(ctx, user=CurrentUser("bob", "Bob", role), listeners=[])


def _secret_seance(ctx: ServiceContext, place: Place) -> int:
    with ctx.read() as session:
        seance_id = session.scalar(select(Seance.id).where(Seance.id != place.seance_id))
    assert seance_id is not None
    return seance_id


def _grant(ctx: ServiceContext, seance_id: int) -> None:
    with ctx.session_factory.begin() as session:
        seance = session.get(Seance, seance_id)
        assert seance is not None
        session.add(InstanceLogin(login="bob", instance_id=seance.instance_id))


def test_search_hides_a_restricted_instance_from_a_non_member(
    ctx: ServiceContext, place: Place
) -> None:
    outsider = SearchService(as_user(ctx), ConfidentialSearch())
    assert outsider.search("intimidations") == []
    assert outsider.search("menaces")  # open content is still found
    coordinator = SearchService(ctx, ConfidentialSearch())
    assert [h.agenda_item_id for h in coordinator.search("intimidations")] == [place.secret_item_id]


def test_a_login_granted_the_instance_finds_its_content(ctx: ServiceContext, place: Place) -> None:
    _grant(ctx, _secret_seance(ctx, place))
    member = SearchService(as_user(ctx, UserRole.LECTEUR), ConfidentialSearch())
    found = member.search("intimidations")
    assert [(h.agenda_item_id, h.restricted) for h in found] == [(place.secret_item_id, True)]


def test_restricted_actions_follow_the_rule_in_search_and_plan(
    ctx: ServiceContext, place: Place, world: World
) -> None:
    secret_seance = _secret_seance(ctx, place)
    actions = ActionService(ctx)
    born = actions.create(
        draft(world, title="Veille discrète sur la montée 4", origin_seance_id=secret_seance)
    ).value
    marked = actions.create(draft(world, title="Veille signalée à la main", restricted=True)).value
    outsider_ctx = as_user(ctx)
    outsider = SearchService(outsider_ctx, ConfidentialSearch())
    assert outsider.search("veille") == []
    listed = {r.id for r in ActionService(outsider_ctx).list_actions()}
    assert born.id not in listed and marked.id not in listed and place.lighting in listed
    assert ActionService(outsider_ctx).count_actions() == len(listed)
    # A member of the instance reads what was born there, not what is marked without a séance.
    _grant(ctx, secret_seance)
    member = SearchService(outsider_ctx, ConfidentialSearch())
    assert {h.action_id for h in member.search("veille", [ACTION])} == {born.id}
    rows = {r.id: r for r in ActionService(outsider_ctx).list_actions()}
    assert born.id in rows and rows[born.id].is_restricted and marked.id not in rows
    # The coordinator administers everything; a list for partners shows none of it.
    everyone = {
        h.action_id for h in SearchService(ctx, ConfidentialSearch()).search("veille", [ACTION])
    }
    assert everyone == {born.id, marked.id}
    public = {r.id for r in actions.list_actions(ActionQuery(include_restricted=False))}
    assert born.id not in public and marked.id not in public and place.lighting in public


def _mark_names(ctx: ServiceContext, place: Place, *, rebuild: bool = True) -> None:
    """Personal data marked in an open item and in the restricted instance's item."""
    with ctx.session_factory.begin() as session:
        open_item = session.get(AgendaItem, place.item_id)
        secret_item = session.get(AgendaItem, place.secret_item_id)
        assert open_item is not None and secret_item is not None
        open_item.notes = "Gardien ⟪Jean Martin⟫ agressé ; plainte après des menaces répétées."
        secret_item.notes = "Famille ⟪Durand, 4 rue des Lilas⟫ suivie après des intimidations."
    if rebuild:
        SearchService(ctx).rebuild_index()


def _snippets(search: SearchService, text: str) -> str:
    return " ".join(f"{h.title} {h.snippet}" for h in search.search(text))


def test_marked_personal_data_is_occulted_in_snippets(ctx: ServiceContext, place: Place) -> None:
    _mark_names(ctx, place)
    outsider = _snippets(SearchService(as_user(ctx), ConfidentialSearch()), "menaces")
    coordinator = _snippets(SearchService(ctx, ConfidentialSearch()), "menaces")
    for shown in (outsider, coordinator):  # an open instance's text: occulted for everyone
        assert OCCULTED in shown and f"{MATCH_START}menaces{MATCH_END}" in shown
        assert "Martin" not in shown and SPAN_START not in shown and SPAN_END not in shown
    # The restricted instance's members (and its administrator) read the words, highlighted.
    _grant(ctx, _secret_seance(ctx, place))
    member = SearchService(as_user(ctx, UserRole.LECTEUR), ConfidentialSearch())
    for search in (member, SearchService(ctx, ConfidentialSearch())):
        shown = _snippets(search, "intimidations Durand")
        assert f"{MATCH_START}Durand{MATCH_END}" in shown and "Lilas" in shown
        assert OCCULTED not in shown and SPAN_START not in shown and SPAN_END not in shown


def _index_holds(ctx: ServiceContext, word: str) -> bool:
    """Whether the engine's own index (FTS5 table or ``tsvector``) has ``word`` anywhere."""
    with ctx.read() as session:
        if session.get_bind().dialect.name == "sqlite":
            found = session.execute(
                text(f"SELECT count(*) FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :w"),
                {"w": analysis.fts5_query(analysis.parse_query(word))},
            )
        else:
            found = session.execute(
                text(
                    f"SELECT count(*) FROM search_document WHERE {VECTOR_COLUMN} @@ "
                    f"plainto_tsquery('{TS_CONFIG}', :w)"
                ),
                {"w": word},
            )
        return bool(found.scalar())


def test_a_marked_name_finds_nothing_where_nobody_may_read_it(
    ctx: ServiceContext, place: Place
) -> None:
    """The open COTECH's notes name a person inside a mark: the index never holds the name,
    so nobody finds the notes by it; the rest of the text is still found."""
    _mark_names(ctx, place, rebuild=False)  # written through the ORM: the index follows
    outsider = SearchService(as_user(ctx), ConfidentialSearch())
    coordinator = SearchService(ctx, ConfidentialSearch())
    for search in (outsider, coordinator):
        assert search.search("Martin") == [] and search.search("Jean Martin") == []
        assert [h.agenda_item_id for h in search.search("menaces")] == [place.item_id]
        assert search.search("occulté") == []  # nor the placeholder the snippet shows
    assert not _index_holds(ctx, "Martin")
    with ctx.read() as session:
        doc = session.scalars(
            select(SearchDocument)
            .where(SearchDocument.agenda_item_id == place.item_id)
            .where(SearchDocument.kind == SearchKind.MINUTES.value)
        ).one()
    assert "Martin" not in f"{doc.label} {doc.title} {doc.body} {doc.body_terms}".casefold()
    SearchService(ctx).rebuild_index()  # a rebuild writes the same documents
    assert coordinator.search("Martin") == [] and not _index_holds(ctx, "Martin")


def test_the_restricted_instance_readers_find_their_notes_by_a_marked_name(
    ctx: ServiceContext, place: Place
) -> None:
    """A cellule de veille follows families by name: its members and the coordinator find
    its notes by the marked name; anyone else finds nothing (nor any other of its words)."""
    _mark_names(ctx, place, rebuild=False)
    outsider = SearchService(as_user(ctx), ConfidentialSearch())
    assert outsider.search("Durand") == [] and outsider.search("Lilas") == []
    _grant(ctx, _secret_seance(ctx, place))
    member = SearchService(as_user(ctx, UserRole.LECTEUR), ConfidentialSearch())
    for search in (member, SearchService(ctx, ConfidentialSearch())):
        assert [h.agenda_item_id for h in search.search("Durand")] == [place.secret_item_id]
        assert [h.agenda_item_id for h in search.search("rue des Lilas")] == [place.secret_item_id]
        assert search.search("Martin") == []  # the open instance's mark stays out


def test_an_instance_made_restricted_indexes_its_marked_names_again(
    ctx: ServiceContext, place: Place
) -> None:
    """The index follows the instance's flag both ways (its documents are rewritten)."""
    _mark_names(ctx, place, rebuild=False)
    coordinator = SearchService(ctx, ConfidentialSearch())
    with ctx.session_factory.begin() as session:
        seance = session.get_one(Seance, place.seance_id)
        session.get_one(Instance, seance.instance_id).restricted = True
    assert [h.agenda_item_id for h in coordinator.search("Martin")] == [place.item_id]
    with ctx.session_factory.begin() as session:
        seance = session.get_one(Seance, place.seance_id)
        session.get_one(Instance, seance.instance_id).restricted = False
    assert coordinator.search("Martin") == [] and not _index_holds(ctx, "Martin")


def test_upgrading_a_database_rebuilds_an_index_that_held_marked_names(
    ctx: ServiceContext, engine: Engine, place: Place
) -> None:
    """A database indexed before the rule (names in the index) is re-indexed by the upgrade."""
    _mark_names(ctx, place, rebuild=False)
    # Back to the schema of the rule (0014); its index is then written as before the rule and
    # the database stamped one step earlier, as a file last opened before 0014 would be.
    downgrade(engine, "0014_search_without_marks")
    notes = "Gardien Jean Martin agressé ; plainte après des menaces répétées."
    with engine.begin() as conn:  # the document as the former analysis wrote it
        conn.execute(
            update(SearchDocument)
            .where(SearchDocument.agenda_item_id == place.item_id)
            .where(SearchDocument.kind == SearchKind.MINUTES.value)
            .values(body=notes, body_terms=analysis.terms(notes))
        )
        conn.execute(text("UPDATE alembic_version SET version_num = '0013_contact_civility'"))
    assert _index_holds(ctx, "Martin")
    assert migrate.upgrade(engine) is SchemaState.OLDER
    assert not _index_holds(ctx, "Martin")
    assert SearchService(ctx, ConfidentialSearch()).search("Martin") == []
    assert [h.agenda_item_id for h in SearchService(ctx).search("menaces")] == [place.item_id]
