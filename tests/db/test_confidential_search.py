"""The confidentiality rule in search and in the plan, on SQLite and PostgreSQL.

The tests connect as the database's owner, whom PostgreSQL's row-level security never
filters: what is checked here is the application's own rule, the only one on a SQLite file.
"""

from __future__ import annotations

import dataclasses

from sqlalchemy import select

from gusp_desktop.db.models import AgendaItem, InstanceLogin, Seance
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


def _mark_names(ctx: ServiceContext, place: Place) -> None:
    """Personal data marked in an open item and in the restricted instance's item."""
    with ctx.session_factory.begin() as session:
        open_item = session.get(AgendaItem, place.item_id)
        secret_item = session.get(AgendaItem, place.secret_item_id)
        assert open_item is not None and secret_item is not None
        open_item.notes = "Gardien ⟪Jean Martin⟫ agressé ; plainte après des menaces répétées."
        secret_item.notes = "Famille ⟪Durand, 4 rue des Lilas⟫ suivie après des intimidations."
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
