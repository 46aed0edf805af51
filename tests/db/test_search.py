"""One search across everything, on SQLite (FTS5) and PostgreSQL (tsvector)."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass

import pytest
from sqlalchemy import ColumnElement, Engine, delete, false

from gusp_desktop.db.models import (
    AgendaItem,
    Decision,
    Instance,
    Seance,
    SearchDocument,
)
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.actions import ActionEdit, StatusChange
from gusp_desktop.domain.enums import InstanceType, Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.search import MATCH_END, MATCH_START, SearchKind, strip_marks
from gusp_desktop.services import search as search_module
from gusp_desktop.services.actions.service import ActionService
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.search import SearchService
from tests.db import test_actions
from tests.db.test_actions import World, draft
from tests.fixtures.demo import FreshDemo

world = test_actions.world  # the same small territory as the other action tests


@dataclass
class Place:
    seance_id: int
    item_id: int
    secret_item_id: int
    lighting: int
    heart: int
    terminal: int


@pytest.fixture
def place(ctx: ServiceContext, world: World) -> Place:
    actions = ActionService(ctx)
    lighting = actions.create(
        draft(world, title="Éclairage du parking sud", theme=Theme.ECLAIRAGE, site_id=None)
    ).value
    heart = actions.create(
        draft(world, title="Jardins partagés", description="Au cœur de la cité, côté sud.")
    ).value
    terminal = actions.create(draft(world, title="Remplacer la borne d'apport volontaire")).value
    actions.follow_up(terminal.id, None, StatusChange(comment="Rochers non posés, dépôt revu."))
    with ctx.session_factory.begin() as s:
        open_body = Instance(code="CT-HM", name="Comité technique", type=InstanceType.COTECH)
        secret = Instance(
            code="CV-HM",
            name="Cellule de veille",
            type=InstanceType.CELLULE_VEILLE,
            restricted=True,
        )
        s.add_all([open_body, secret])
        s.flush()
        seances = [
            Seance(
                instance_id=i.id,
                number=1,
                number_year=2025,
                starts_at=dt.datetime(2025, 5, 20, 8, tzinfo=dt.UTC),
            )
            for i in (open_body, secret)
        ]
        s.add_all(seances)
        s.flush()
        item = AgendaItem(
            seance_id=seances[0].id,
            position=1,
            title="Tour D",
            notes="Gardien agressé ; plainte déposée après des menaces répétées.",
        )
        secret_item = AgendaItem(
            seance_id=seances[1].id,
            position=1,
            title="Situations individuelles",
            notes="Famille suivie après des intimidations.",
        )
        s.add_all([item, secret_item])
        s.flush()
        s.add(Decision(agenda_item_id=item.id, position=1, text="Vidéoprotection du hall étudiée."))
        return Place(seances[0].id, item.id, secret_item.id, lighting.id, heart.id, terminal.id)


def refs(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.ref for h in hits]


def test_accents_case_and_ligatures_are_ignored(ctx: ServiceContext, place: Place) -> None:
    search = SearchService(ctx)
    assert search.search("eclairage")[0].ref == f"action/{place.lighting}"
    assert search.search("ÉCLAIRAGE")[0].ref == f"action/{place.lighting}"
    assert f"action/{place.heart}" in refs(search.search("coeur"))
    assert f"action/{place.heart}" in refs(search.search("cœur"))


def test_plurals_and_other_forms_match(ctx: ServiceContext, place: Place) -> None:
    hits = SearchService(ctx).search("bornes")
    assert f"action/{place.terminal}" in refs(hits)
    assert f"action/{place.terminal}" in refs(SearchService(ctx).search("Remplacement"))


def test_a_word_only_in_minutes_notes_opens_its_seance_item(
    ctx: ServiceContext, place: Place
) -> None:
    hits = SearchService(ctx).search("menace")
    assert [h.kind for h in hits] == [SearchKind.MINUTES]
    hit = hits[0]
    assert (hit.seance_id, hit.agenda_item_id) == (place.seance_id, place.item_id)
    assert f"{MATCH_START}menaces{MATCH_END}" in hit.snippet
    assert hit.title.startswith("CT-HM n° 1 du 20/05/2025")


def test_comments_decisions_contacts_and_kinds(ctx: ServiceContext, place: Place) -> None:
    search = SearchService(ctx)
    comment = search.search("rochers non posés")
    assert [h.kind for h in comment] == [SearchKind.COMMENT]
    assert comment[0].action_id == place.terminal and comment[0].action_number
    decision = search.search("vidéoprotection")
    assert [(h.kind, h.agenda_item_id) for h in decision] == [(SearchKind.DECISION, place.item_id)]
    people = search.search("cappelaere")
    assert SearchKind.CONTACT in {h.kind for h in people}
    only_actions = search.search("cappelaere", kinds=[SearchKind.ACTION])
    assert only_actions and {h.kind for h in only_actions} == {SearchKind.ACTION}
    assert search.search("symeval", kinds=[SearchKind.ORGANISATION])[0].title == "SYMEVAL"


def test_theme_label_and_action_number_find_the_action(ctx: ServiceContext, place: Place) -> None:
    search = SearchService(ctx)
    assert f"action/{place.lighting}" in refs(search.search("éclairage", [SearchKind.ACTION]))
    number = ActionService(ctx).get(place.heart).row.number
    first = search.search(number.lower())[0]
    assert (first.kind, first.action_number) == (SearchKind.ACTION, number)


def test_title_matches_rank_before_body_matches(ctx: ServiceContext, place: Place) -> None:
    hits = SearchService(ctx).search("sud", kinds=[SearchKind.ACTION])
    assert refs(hits)[:2] == [f"action/{place.lighting}", f"action/{place.heart}"]
    assert hits[0].rank > hits[1].rank


def test_prefix_of_the_last_word_follows_typing(ctx: ServiceContext, place: Place) -> None:
    assert f"action/{place.lighting}" in refs(SearchService(ctx).search("parking écl"))


def test_index_follows_edits_and_deletes(ctx: ServiceContext, place: Place) -> None:
    actions, search = ActionService(ctx), SearchService(ctx)
    assert search.search("luminaire") == []
    assert f"action/{place.lighting}" in refs(search.search("sud", [SearchKind.ACTION]))
    detail = actions.get(place.lighting)
    edit = dataclasses.replace(ActionEdit.from_detail(detail), title="Luminaires du parking")
    actions.update(place.lighting, detail.row.version, edit)
    assert refs(search.search("luminaire")) == [f"action/{place.lighting}"]
    assert f"action/{place.lighting}" not in refs(search.search("sud", [SearchKind.ACTION]))
    with ctx.session_factory.begin() as s:
        s.execute(delete(AgendaItem).where(AgendaItem.id == place.item_id))
    assert search.search("menaces") == []


def test_rebuild_gives_the_same_results(ctx: ServiceContext, place: Place) -> None:
    search = SearchService(ctx)
    before = [(h.ref, h.snippet) for h in search.search("sud")]
    assert search.rebuild_index() > 0
    assert [(h.ref, h.snippet) for h in search.search("sud")] == before


class NonMember:
    """A visibility rule: restricted documents are hidden (what confidentiality plugs in)."""

    def condition(self, user: CurrentUser) -> ColumnElement[bool] | None:
        return SearchDocument.restricted.is_(False)

    def reveals(self, user: CurrentUser) -> ColumnElement[bool]:
        return false()


def test_visibility_hook_hides_restricted_content(ctx: ServiceContext, place: Place) -> None:
    everyone = SearchService(ctx)
    hidden = SearchService(ctx, visibility=NonMember())
    found = everyone.search("intimidations")
    assert [(h.agenda_item_id, h.restricted) for h in found] == [(place.secret_item_id, True)]
    assert hidden.search("intimidations") == []
    assert hidden.search("menaces")  # open content still found


def test_bad_requests_are_refused_in_french(ctx: ServiceContext, place: Place) -> None:
    search = SearchService(ctx)
    with pytest.raises(ValidationError) as info:
        search.search("x" * 501)
    assert "trop longue" in info.value.message
    with pytest.raises(ValidationError):
        search.search("sud", limit=0)
    assert search.search("  ;; ") == []
    # FTS syntax typed by the user is only words for the engine, never an error.
    assert f"action/{place.terminal}" in refs(search.search('"borne*: ('))


def test_demo_words_from_minutes_and_comments(
    ctx: ServiceContext, engine: Engine, fresh_demo: FreshDemo
) -> None:
    fresh_demo(engine)
    search = SearchService(ctx)
    menaces = search.search("menaces")
    assert menaces and menaces[0].kind is SearchKind.MINUTES and menaces[0].seance_id
    rochers = search.search("rochers non posés")
    assert rochers and rochers[0].kind is SearchKind.COMMENT
    assert strip_marks(rochers[0].snippet).startswith("Rochers non posés")
    assert any(h.kind is SearchKind.ACTION for h in search.search("bornes"))


def test_a_common_word_ranks_the_most_recent_matches(
    ctx: ServiceContext, world: World, place: Place, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past MAX_RANKED matches only the most recently written documents are ranked."""
    monkeypatch.setattr(search_module, "MAX_RANKED", 2)
    actions, search = ActionService(ctx), SearchService(ctx)
    newer = [actions.create(draft(world, title=f"Rue {n} côté sud")).value.id for n in (1, 2)]
    found = refs(search.search("sud", [SearchKind.ACTION]))
    assert sorted(found) == sorted(f"action/{i}" for i in newer)
    detail = actions.get(place.lighting)  # an edit rewrites its document: recent again
    edit = dataclasses.replace(ActionEdit.from_detail(detail), title="Éclairage sud, sud")
    actions.update(place.lighting, detail.row.version, edit)
    found = refs(search.search("sud", [SearchKind.ACTION]))
    assert found == [f"action/{place.lighting}", f"action/{newer[1]}"]
    monkeypatch.setattr(search_module, "MAX_RANKED", 1000)
    assert len(search.search("sud", [SearchKind.ACTION])) == 4
