"""Importing signalements from an Open311 GeoReport v2 export and from CSV, on both engines:
mapped service codes, quartiers found from the address, duplicates recognised, bad files
refused with their line and nothing half-imported."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import AuditEvent, Signalement, SignalementReporter
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.signalements import Channel, SignalementStatus
from gusp_desktop.services.registry import Services
from tests.signalements.setup import MovableClock, Place, build, paris, services_with_clock


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(paris(2025, 6, 15, 12))


@pytest.fixture
def services(engine: Engine, tmp_path: Path, clock: MovableClock) -> Services:
    return services_with_clock(engine, tmp_path, clock)


@pytest.fixture
def place(services: Services) -> Place:
    place = build(services)
    settings = services.signalements.settings
    settings.map_service_code("4fd3b167e750846744000005", "ENC")
    settings.map_service_code("LIGHT", "ECL")
    return place


def open311_requests() -> list[dict[str, Any]]:
    """Requests as GeoReport v2's GET requests.json returns them (fields of the spec)."""
    return [
        {
            "service_request_id": "638344",
            "status": "closed",
            "status_notes": "Encombrants enlevés par la collecte.",
            "service_name": "Dépôt d'encombrants",
            "service_code": "4fd3b167e750846744000005",
            "description": "Matelas et canapé devant l'entrée.",
            "agency_responsible": "",
            "service_notice": "",
            "requested_datetime": "2025-06-02T09:15:00+02:00",
            "updated_datetime": "2025-06-05T14:00:00+02:00",
            "expected_datetime": None,
            "address": "12 rue des Aubépines, Marvelin",
            "address_id": "",
            "zipcode": "59000",
            "lat": 50.3612,
            "long": 3.5201,
            "media_url": "",
        },
        {
            "service_request_id": "638349",
            "status": "open",
            "status_notes": None,
            "service_name": "Lampadaire éteint",
            "service_code": "LIGHT",
            "description": "Le lampadaire du square ne s'allume plus.",
            "agency_responsible": "Ville de Marvelin",
            "requested_datetime": "2025-06-10T21:40:00Z",
            "updated_datetime": "2025-06-10T21:40:00Z",
            "address": "Square des Tisserands",
            "lat": "50.3620",
            "long": "3.5188",
        },
        {
            "service_request_id": "638350",
            "status": "open",
            "service_name": "Dépôt d'encombrants",
            "service_code": "4fd3b167e750846744000005",
            "description": "Sacs au pied de la tour.",
            "requested_datetime": "2025-06-12T08:00:00+02:00",
            "address": "3 allée inconnue",
        },
    ]


def write_json(path: Path, items: list[dict[str, Any]]) -> Path:
    path.write_text(json.dumps(items, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


def count(engine: Engine, model: Any = Signalement) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(model)) or 0)


def test_open311_export_is_imported_once(
    services: Services, place: Place, engine: Engine, tmp_path: Path
) -> None:
    path = write_json(tmp_path / "requests.json", open311_requests())
    imports = services.signalements.imports
    report = imports.import_file(path, default_quartier="HM").value
    assert (report.created, report.duplicates) == (3, 0)
    rows = {r.external_id: r for r in services.signalements.records.list_signalements()}
    closed = rows["638344"]
    assert closed.source == "open311" and closed.channel is Channel.APPLICATION
    assert closed.category_code == "ENC" and closed.site_id == place.tower
    assert closed.organisation_code == "SD"  # the category rule
    assert closed.status is SignalementStatus.TRAITE
    assert closed.closed_at == paris(2025, 6, 5, 14)
    assert closed.status_reason == "Encombrants enlevés par la collecte."
    assert (closed.latitude, closed.longitude) == (50.3612, 3.5201)
    light = rows["638349"]
    assert light.category_code == "ECL" and light.site_id == place.square
    assert light.organisation_code == "VM" and light.status is SignalementStatus.RECU
    assert light.received_at == paris(2025, 6, 10, 23, 40)  # 21:40 UTC
    unknown_place = rows["638350"]
    assert unknown_place.site_id is None and unknown_place.quartier_code == "HM"
    events = count(engine, AuditEvent)
    again = imports.import_file(path, default_quartier="HM").value
    assert (again.created, again.duplicates) == (0, 3)
    assert count(engine) == 3 and count(engine, AuditEvent) == events


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"requested_datetime": None}, "ligne {line} : champ(s) Open311 manquant(s) : requested"),
        ({"service_code": "NOPE"}, "ligne {line} : code de service « NOPE »"),
        ({"lat": 123.4, "long": 3.0}, "ligne {line} : latitude 123.4 hors limites"),
        ({"status": "pending"}, "ligne {line} : statut Open311 « pending » inconnu"),
        ({"requested_datetime": "hier"}, "ligne {line} : date « hier » illisible"),
    ],
)
def test_bad_open311_file_names_the_line_and_imports_nothing(
    services: Services,
    place: Place,
    engine: Engine,
    tmp_path: Path,
    change: dict[str, Any],
    expected: str,
) -> None:
    items = open311_requests()
    items[1].update(change)
    path = write_json(tmp_path / "requests.json", items)
    with pytest.raises(ValidationError) as caught:
        services.signalements.imports.import_file(path, default_quartier="HM")
    line = path.read_text(encoding="utf-8").split('"638349"')[0].count("\n")
    assert f"requests.json, {expected.format(line=line)}" in caught.value.message
    assert "Rien n'a été importé" in caught.value.message
    assert count(engine) == 0


def test_truncated_json_and_unknown_quartier_are_refused(
    services: Services, place: Place, engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "requests.json"
    path.write_text(json.dumps(open311_requests(), indent=2)[:-40], encoding="utf-8")
    with pytest.raises(ValidationError, match="requests.json, ligne"):
        services.signalements.imports.import_file(path, default_quartier="HM")
    good = write_json(tmp_path / "ok.json", open311_requests())
    line = good.read_text(encoding="utf-8").split('"638350"')[0].count("\n")
    with pytest.raises(ValidationError, match=f"ok.json, ligne {line} : quartier introuvable"):
        services.signalements.imports.import_file(good)
    assert count(engine) == 0


CSV = (
    "Référence;Date;Canal;Catégorie;Quartier;Site;Adresse;Description;"
    "Signalé par;Téléphone;Statut\n"
    "G-1;02/06/2025 09:30;gardien;ENC;HM;Tour Aubépine A;;Encombrants hall;Paul Gardien;0611;\n"
    ";03/06/2025 10:00;Téléphone;Ascenseur en panne;;;12 rue des Aubépines;Bloqué au 3e;;;"
    "pris en charge\n"
    ";04/06/2025;courriel;ECL;PR;;Rue des Forges;Lampadaire;;;\n"
)


def test_csv_is_imported_once_even_without_references(
    services: Services, place: Place, engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "signalements.csv"
    path.write_text(CSV, encoding="utf-8")
    report = services.signalements.imports.import_file(path).value
    assert (report.created, report.duplicates) == (3, 0)
    rows = {r.description: r for r in services.signalements.records.list_signalements()}
    hall = rows["Encombrants hall"]
    assert (hall.channel, hall.external_id, hall.site_id) == (Channel.GARDIEN, "G-1", place.tower)
    lift = rows["Bloqué au 3e"]
    assert lift.category_code == "ASC" and lift.quartier_code == "HM"  # site from the address
    assert lift.status is SignalementStatus.PRIS_EN_CHARGE and lift.organisation_code == "MH"
    assert rows["Lampadaire"].quartier_code == "PR"
    assert count(engine, SignalementReporter) == 1
    again = services.signalements.imports.import_file(path).value
    assert (again.created, again.duplicates) == (0, 3) and count(engine) == 3


def test_bad_csv_names_every_bad_line(
    services: Services, place: Place, engine: Engine, tmp_path: Path
) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(
        "Date;Catégorie;Quartier;Description\n"
        "02/06/2025;ENC;HM;Bien\n"
        "31/02/2025;ENC;HM;Date impossible\n"
        "02/06/2025;INCONNUE;HM;Catégorie\n"
        "02/06/2025;ENC;ZZ;Quartier\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as caught:
        services.signalements.imports.import_file(path)
    message = caught.value.message
    assert "bad.csv, ligne 3 : date « 31/02/2025 » illisible" in message
    assert "bad.csv, ligne 4 : catégorie « INCONNUE » inconnue" in message
    assert "bad.csv, ligne 5 : quartier « ZZ » inconnu" in message
    assert count(engine) == 0
    missing = tmp_path / "missing.csv"
    missing.write_text("Quartier;Description\nHM;x\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="missing.csv, ligne 1 : colonne « date » manquante"):
        services.signalements.imports.import_file(missing)
    latin = tmp_path / "latin.csv"
    latin.write_bytes("Date;Catégorie;Description\n02/06/2025;ENC;été\n".encode("latin-1"))
    with pytest.raises(ValidationError, match="latin.csv, ligne 1 : le fichier n'est pas en UTF-8"):
        services.signalements.imports.import_file(latin)
