"""The demo's people, ATFPB programme and signalements are data files: what they say is loaded,
and a file that does not match its shapes is refused, naming the file and the entry.

Expected values are read from the JSON files themselves, never from the loader's output.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

import gusp_desktop.demo
from gusp_desktop.db.models import (
    AtfpbConvention,
    AtfpbLine,
    AtfpbYear,
    Contact,
    Organisation,
    Quartier,
    Signalement,
    SignalementRoute,
    User,
)
from gusp_desktop.demo.action_seed import ActionSeed
from gusp_desktop.demo.agenda_seed import read_agendas
from gusp_desktop.demo.atfpb_data import LineSeed
from gusp_desktop.demo.people import ContactSeed, OrganisationSeed
from gusp_desktop.demo.seed_file import SeedFile, SeedFileError
from gusp_desktop.demo.signalement_seed import SignalementSeed
from gusp_desktop.demo.territory import SiteSeed
from tests.fixtures.demo import FreshDemo

DEMO = Path(gusp_desktop.demo.__file__).parent


def _file(name: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((DEMO / name).read_text(encoding="utf-8"))
    return data


def _count(session: Session, model: type[Any]) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_the_demo_holds_the_people_of_people_json(engine: Engine, fresh_demo: FreshDemo) -> None:
    people = _file("people.json")
    fresh_demo(engine)
    with Session(engine) as session:
        codes = set(session.scalars(select(Organisation.code)))
        emails = dict(session.execute(select(Contact.last_name, Contact.email)).all())
        accounts = {
            username: (role.value, email)
            for username, role, email in session.execute(
                select(User.username, User.role, Contact.email).join(
                    Contact, User.contact_id == Contact.id
                )
            )
        }
    assert codes == {o["code"] for o in people["organisations"]} and len(codes) == 14
    assert len(emails) == len(people["contacts"]) == 15
    taleb = next(c for c in people["contacts"] if c["key"] == "taleb")
    assert emails[taleb["last_name"]] == taleb["email"] == "ines.taleb@marve-habitat.fr"
    contacts = {c["key"]: c["email"] for c in people["contacts"]}
    assert accounts == {u["username"]: (u["role"], contacts[u["contact"]]) for u in people["users"]}


def test_the_demo_holds_the_atfpb_of_atfpb_json(engine: Engine, fresh_demo: FreshDemo) -> None:
    """On the tests' fixed clock (15/06/2025) the demo's years are the file's years."""
    atfpb = _file("atfpb.json")
    fresh_demo(engine)
    with Session(engine) as session:
        amounts = {
            (bailleur, quartier, year): amount
            for bailleur, quartier, year, amount in session.execute(
                select(Organisation.code, Quartier.code, AtfpbYear.year, AtfpbYear.abattement)
                .join(AtfpbConvention, AtfpbYear.convention_id == AtfpbConvention.id)
                .join(Organisation, AtfpbConvention.bailleur_id == Organisation.id)
                .join(Quartier, AtfpbConvention.quartier_id == Quartier.id)
            )
        }
        conventions, lines = _count(session, AtfpbConvention), _count(session, AtfpbLine)
        realised = set(
            session.scalars(select(AtfpbLine.title).where(AtfpbLine.realised.is_not(None)))
        )
    assert conventions == len(atfpb["conventions"]) == 3
    assert lines == len(atfpb["lines"]) == 48
    expected = {
        (c["bailleur"], c["quartier"], a["year"]): Decimal(a["amount"])
        for c in atfpb["conventions"]
        for a in c["amounts"]
    }
    assert amounts == expected and expected["MH", "HM", 2024] == Decimal("412000")
    assert realised == {line["title"] for line in atfpb["lines"] if "realised" in line}


def test_the_demo_holds_the_signalements_of_signalements_json(
    engine: Engine, fresh_demo: FreshDemo
) -> None:
    data = _file("signalements.json")
    fresh_demo(engine)
    with Session(engine) as session:
        rows = {s.description: s.external_id for s in session.scalars(select(Signalement))}
        routes = _count(session, SignalementRoute)
    assert len(rows) == len(data["signalements"]) == 30
    assert rows == {s["text"]: s.get("external") for s in data["signalements"]}
    assert rows["Trois candélabres éteints rue des Filatures."] == "MRV-2025-00112"
    assert routes == len(data["routes"]) == 8


def _write(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, content: object) -> None:
    text = content if isinstance(content, str) else json.dumps(content, ensure_ascii=False)
    (tmp_path / name).write_text(text, encoding="utf-8")
    monkeypatch.setattr("importlib.resources.files", lambda _package: tmp_path)


_ORG = {"code": "MH", "name": "Marve Habitat", "type": "bailleur", "address": ""}
_CONTACT = {
    "key": "taleb",
    "organisation": "MH",
    "first_name": "Inès",
    "last_name": "Taleb",
    "function": "",
    "email": "ines@example.org",
    "phone": "",
}
_SIGNALEMENT = {
    "day": "08/01",
    "time": "08:40",
    "channel": "gardien",
    "category": "ENCOMBRANTS",
    "site": "tour_c",
    "text": "Canapé.",
    "steps": [{"status": "transmis", "day": "08/01"}],
}

_SITE = {"key": "tour_a", "quartier": "HM", "name": "Tour A", "address": "", "latitude": 50.4,
         "longitude": 3.5}  # fmt: skip
_UPDATE = {"day": "16/01", "status": "EC", "progress": 10, "comment": ""}
_ACTION = {
    "n": 1, "quartier": "HM", "site": None, "title": "Passage", "pilot": "MH", "contact": None,
    "deadline": "30/06", "status": "EC", "theme": "proprete", "origin": "iq1",
    "history": [_UPDATE],
}  # fmt: skip
_LINE = {"bailleur": "MH", "quartier": "HM", "year": 2025, "axis": 1, "title": "", "planned": "1"}


@pytest.mark.parametrize(
    ("section", "shape", "entries", "expected"),
    [
        ("organisations", OrganisationSeed, [_ORG, {**_ORG, "type": "hlm"}],
         "« organisations » n° 2 (MH), type : valeur inconnue « hlm »"),
        ("contacts", ContactSeed, [{**_CONTACT, "mail": "x"}],
         "« contacts » n° 1 (taleb) : clé inconnue « mail »"),
        ("contacts", ContactSeed, [{k: v for k, v in _CONTACT.items() if k != "email"}],
         "« contacts » n° 1 (taleb) : clé « email » manquante"),
        ("contacts", ContactSeed, [{**_CONTACT, "phone": 321456012}],
         "« contacts » n° 1 (taleb), phone : texte attendu, pas 321456012"),
        ("signalements", SignalementSeed,
         [_SIGNALEMENT, {**_SIGNALEMENT, "steps": [{"status": "fini", "day": "08/01"}]}],
         "« signalements » n° 2 (08/01), steps / n° 1 / status : valeur inconnue « fini »"),
        ("signalements", SignalementSeed, [{**_SIGNALEMENT, "day": "8 janvier"}],
         "« signalements » n° 1 (8 janvier) : date « 8 janvier » au lieu de jj/mm"),
        ("signalements", SignalementSeed, [{**_SIGNALEMENT, "action": ["HM", "1"]}],
         "« signalements » n° 1 (08/01), action / n° 2 : nombre entier attendu"),
        ("lines", LineSeed,
         [{**_LINE, "axis": 9}],
         "« lines » n° 1 (MH) : axe 9 au lieu de 1 à 8"),
        ("lines", LineSeed,
         [{**_LINE, "planned": "12 000 €"}],
         "« lines » n° 1 (MH) : montant « 12 000 € » illisible"),
        ("sites", SiteSeed, [_SITE, {**_SITE, "latitude": 95.0}],
         "« sites » n° 2 (tour_a) : latitude 95.0 hors de [-90, 90]"),
        ("actions", ActionSeed, [{**_ACTION, "history": [_UPDATE, {**_UPDATE, "status": "XX"}]}],
         "« actions » n° 1, history / n° 2 : état inconnu « XX »"),
        ("actions", ActionSeed, [{**_ACTION, "history": [{**_UPDATE, "progress": 120}]}],
         "« actions » n° 1, history / n° 1 : avancement hors de 0 à 100"),
    ],
    ids=["enum", "unknown-key", "missing-key", "type", "nested", "day", "tuple", "axis", "amount",
         "position", "action-status", "action-progress"],
)  # fmt: skip
def test_a_malformed_entry_is_refused_naming_the_file_and_the_entry(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    section: str,
    shape: type[Any],
    entries: list[dict[str, Any]],
    expected: str,
) -> None:
    _write(tmp_path, monkeypatch, "demo.json", {section: entries})
    with pytest.raises(SeedFileError) as refused:
        SeedFile("demo.json").entries(section, shape)
    assert str(refused.value).startswith(f"Données de démonstration demo.json, {expected}")


def test_a_broken_file_or_a_missing_section_names_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, monkeypatch, "people.json", '{"organisations": [}')
    with pytest.raises(
        SeedFileError, match=r"^Données de démonstration people\.json : JSON illisible"
    ):
        SeedFile("people.json")
    _write(tmp_path, monkeypatch, "people.json", {"organisation": []})
    with pytest.raises(SeedFileError, match="people.json : liste « organisations » absente"):
        SeedFile("people.json").entries("organisations", OrganisationSeed)


def test_an_entry_naming_an_unknown_organisation_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(
        tmp_path,
        monkeypatch,
        "people.json",
        {"contacts": [_CONTACT, {**_CONTACT, "organisation": "XX"}]},
    )
    seeds = SeedFile("people.json")
    contacts = seeds.entries("contacts", ContactSeed)
    with pytest.raises(SeedFileError) as refused:
        seeds.refer("contacts", "organisation", (c.organisation for c in contacts), {"MH"})
    assert str(refused.value).startswith(
        "Données de démonstration people.json, « contacts » n° 2, organisation : « XX » ne désigne"
    )


def test_a_position_written_as_a_whole_number_is_read_as_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path, monkeypatch, "demo.json", {"sites": [{**_SITE, "longitude": 3}]})
    [site] = SeedFile("demo.json").entries("sites", SiteSeed)
    assert site.longitude == 3.0 and isinstance(site.longitude, float)


def test_an_agenda_for_a_seance_the_demo_does_not_plan_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    item = {"title": "Point", "kind": "information", "presenter": None, "minutes": 10}
    _write(tmp_path, monkeypatch, "agendas.json", {"agendas": [{"seance": "zz9", "items": [item]}]})
    with pytest.raises(SeedFileError) as refused:
        read_agendas()
    assert "agendas.json, « agendas » n° 1, seance : « zz9 » ne désigne rien" in str(refused.value)
    wrong = {"seance": "iq1", "items": [{**item, "kind": "vote"}]}
    _write(tmp_path, monkeypatch, "agendas.json", {"agendas": [wrong]})
    with pytest.raises(SeedFileError, match="items / n° 1 / kind : valeur inconnue « vote »"):
        read_agendas()
