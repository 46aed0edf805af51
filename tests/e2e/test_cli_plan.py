"""``actions create|edit|update`` and ``search`` as a user types them, on both engines."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli_core import run
from tests.fixtures.databases import create_pg_database, drop_pg_database, pg_url


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[Path, str | None]]:
    """A demo database: the default local file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        assert run(tmp_path, "demo").returncode == 0
        yield tmp_path, None
        return
    name = create_pg_database()
    url = pg_url(name)
    try:
        assert run(tmp_path, "db", "upgrade", db=url).returncode == 0
        assert run(tmp_path, "demo", db=url).returncode == 0
        yield tmp_path, url
    finally:
        drop_pg_database(name)


def cli(place: tuple[Path, str | None], *args: str):  # type: ignore[no-untyped-def]
    return run(place[0], *args, db=place[1])


def history(place: tuple[Path, str | None], number: str) -> list[dict[str, object]]:
    result = cli(place, "actions", "history", number, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_create_edit_update_and_search(demo_db: tuple[Path, str | None]) -> None:
    created = cli(
        demo_db,
        *("actions", "create", "--title", "Réparer la borne de la place du Marché"),
        *("--quartier", "HM", "--pilot", "SD", "--pilot-contact", "Maes"),
        *("--theme", "proprete", "--partners", "VM,MH", "--axis", "4", "--priority", "haute"),
        *("--cost", "1200.50", "--deadline", "2099-06-30", "--description", "Borne enfoncée."),
        *("--format", "json"),
    )
    assert created.returncode == 0, created.stderr
    action = json.loads(created.stdout)[0]
    assert (action["pilot_organisation"], action["pilot_contact"]) == ("SD", "Thierry Maes")
    assert (action["axis"], action["cost"], action["priority"]) == ("4", "1200.50", "haute")
    assert action["partners"] == ["MH", "VM"] and action["description"] == "Borne enfoncée."
    listed = json.loads(cli(demo_db, "actions", "list", "--format", "json").stdout)
    assert set(listed[0]) <= set(action)
    number = action["number"]

    edited = cli(demo_db, "actions", "edit", number, "--pilot", "VM", "--deadline", "2099-09-30")
    assert edited.returncode == 0, edited.stderr
    changes = {e["field"]: (e["old_value"], e["new_value"]) for e in history(demo_db, number)}
    assert changes["initial_deadline"] == ("30/06/2099", "30/09/2099")
    assert changes["pilot_organisation_id"][1] == "Ville de Marvelin (VM)"
    author = "claire" if demo_db[1] is None else "postgres"  # the server login when shared
    assert {e["author"] for e in history(demo_db, number)} == {author}

    updated = cli(
        demo_db,
        *("actions", "update", number, "--status", "en_cours", "--progress", "40"),
        *("--deadline", "2099-12-31", "--reason", "Attente du devis"),
    )
    assert updated.returncode == 0, updated.stderr
    report = [e for e in history(demo_db, number) if e["field"] == "revised_deadline"]
    assert report[0]["reason"] == "Attente du devis"

    found = cli(demo_db, "search", "bornes marche", "--kind", "action", "--format", "json")
    hits = json.loads(found.stdout)
    assert hits[0]["action_number"] == number and hits[0]["kind"] == "action"
    assert "⟦" in hits[0]["snippet"] or "borne" in hits[0]["title"].lower()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("--quartier", "ZZ"), "Quartier inconnu"),
        (("--pilot", "NOPE"), "Organisation pilote inconnue"),
        (("--axis", "9"), "Axe ATFPB inconnu"),
        (("--cost", "-10"), "négatif"),
        (("--title", " "), "obligatoire"),
        (("--deadline", "2001-01-01"), "précéder"),
    ],
)
def test_bad_create_is_refused_in_french_and_writes_nothing(
    tmp_path: Path, args: tuple[str, ...], message: str
) -> None:
    assert run(tmp_path, "demo").returncode == 0
    before = run(tmp_path, "actions", "list", "--format", "json").stdout
    base = {"--title": "Titre", "--quartier": "HM", "--pilot": "SD", "--theme": "proprete"}
    base.update(dict(zip(args[::2], args[1::2], strict=True)))
    result = run(tmp_path, "actions", "create", *[x for kv in base.items() for x in kv])
    assert result.returncode == 1
    assert message in result.stderr and "Traceback" not in result.stderr
    assert run(tmp_path, "actions", "list", "--format", "json").stdout == before


def test_progress_outside_range_and_closing_without_outcome(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    number = json.loads(run(tmp_path, "actions", "list", "--format", "json").stdout)[0]["number"]
    before = run(tmp_path, "actions", "history", number, "--format", "json").stdout
    too_much = run(tmp_path, "actions", "update", number, "--progress", "101")
    assert too_much.returncode == 1 and "entre 0 et 100" in too_much.stderr
    assert run(tmp_path, "actions", "history", number, "--format", "json").stdout == before


def test_search_words_only_in_minutes_and_comments(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    menaces = json.loads(run(tmp_path, "search", "menaces", "--format", "json").stdout)
    assert menaces[0]["kind"] == "minutes" and menaces[0]["seance_id"]
    assert menaces[0]["agenda_item_id"]
    rochers = run(tmp_path, "search", "rochers non posés", "--kind", "comment", "--limit", "1")
    assert rochers.returncode == 0 and "Rochers non posés" in rochers.stdout
    refused = run(tmp_path, "search", "x", "--kind", "nimporte")
    assert refused.returncode == 1 and "Valeur inconnue" in refused.stderr


def test_demo_actions_are_found_by_their_pilot_code(tmp_path: Path) -> None:
    """The demo writes the quick-filter text the way edits do: the pilot's code included."""
    assert run(tmp_path, "demo").returncode == 0
    actions = json.loads(run(tmp_path, "actions", "list", "--format", "json").stdout)
    by_pilot: dict[str, set[str]] = {}
    for action in actions:
        by_pilot.setdefault(action["pilot_organisation"], set()).add(action["number"])
    assert len(by_pilot) > 3
    for code, numbers in by_pilot.items():
        listed = run(tmp_path, "actions", "list", "--search", code, "--format", "json")
        assert listed.returncode == 0, listed.stderr
        found = {a["number"] for a in json.loads(listed.stdout)}
        assert numbers <= found, code


def test_search_filter_narrows_the_list_to_matching_words(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    everything = json.loads(run(tmp_path, "actions", "list", "--format", "json").stdout)
    title_word = everything[0]["title"].split()[-1]
    found = json.loads(
        run(tmp_path, "actions", "list", "--search", title_word, "--format", "json").stdout
    )
    assert everything[0]["number"] in {a["number"] for a in found}
    assert 0 < len(found) < len(everything)
    nothing = run(tmp_path, "actions", "list", "--search", "zzzqqq", "--format", "json")
    assert json.loads(nothing.stdout) == []


def test_create_without_theme_guesses_it_from_the_words(tmp_path: Path) -> None:
    assert run(tmp_path, "demo").returncode == 0
    base = ("actions", "create", "--quartier", "HM", "--pilot", "SD", "--format", "json")
    lamp = run(tmp_path, *base, "--title", "Remplacer le lampadaire de l'allée Vauban")
    assert lamp.returncode == 0, lamp.stderr
    assert json.loads(lamp.stdout)[0]["theme"] == "eclairage"
    plain = run(tmp_path, *base, "--title", "Point sur la tour B", "--axis", "8")
    assert plain.returncode == 0, plain.stderr
    created = json.loads(plain.stdout)[0]
    assert (created["theme"], created["axis"]) == ("bati", "8")
