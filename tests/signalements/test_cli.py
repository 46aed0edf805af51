"""``signalements`` as a user types it, on a demo database of each engine."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.test_cli_core import run
from tests.fixtures.databases import create_pg_database, drop_pg_database, pg_url

Place = tuple[Path, str | None]
LIST_KEYS = {
    "id",
    "received_at",
    "channel",
    "category",
    "quartier",
    "organisation",
    "status",
    "due_date",
    "overdue",
    "action_number",
}


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Place]:
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


def cli(place: Place, *args: str):  # type: ignore[no-untyped-def]
    return run(place[0], *args, db=place[1])


def listed(place: Place, *filters: str) -> list[dict[str, object]]:
    result = cli(place, "signalements", "list", *filters, "--format", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)  # type: ignore[no-any-return]


def test_add_list_status_action_and_import(demo_db: Place, tmp_path: Path) -> None:
    before = {row["id"] for row in listed(demo_db)}
    added = cli(
        demo_db,
        *("signalements", "add", "--category", "ASCENSEUR", "--quartier", "HM"),
        *("--site", "Tour Aubépines A", "--channel", "gardien", "--received", "2025-01-01T08:00"),
        *("--description", "Ascenseur bloqué au 5e", "--reporter", "Jeanne Habitante"),
        *("--format", "json"),
    )
    assert added.returncode == 0, added.stderr
    row = json.loads(added.stdout)
    assert row["organisation"] == "MH" and row["channel"] == "gardien"
    assert row["due_date"] == "2025-01-03" and row["overdue"] is True
    rows = listed(demo_db)
    assert {r["id"] for r in rows} == before | {row["id"]}
    assert set(rows[0]) >= LIST_KEYS
    assert "Jeanne" not in json.dumps(rows)
    shown = json.loads(cli(demo_db, "signalements", "show", str(row["id"])).stdout)
    assert shown["reporter"]["name"] == "Jeanne Habitante"

    refused = cli(demo_db, "signalements", "status", str(row["id"]), "rejete")
    assert refused.returncode == 1 and "motif du rejet" in refused.stderr
    assert cli(demo_db, "signalements", "status", str(row["id"]), "pris_en_charge").returncode == 0
    mine = [r for r in listed(demo_db, "--organisation", "MH") if r["id"] == row["id"]]
    assert [r["status"] for r in mine] == ["pris_en_charge"]
    created = cli(demo_db, "signalements", "action", str(row["id"]), "--create")
    assert created.returncode == 0, created.stderr
    number = created.stdout.strip()
    assert number.startswith("HM-")
    actions = json.loads(cli(demo_db, "actions", "list", "--format", "json").stdout)
    action = next(a for a in actions if a["number"] == number)
    assert action["pilot_organisation"] == "MH" and action["theme"] == "bati"

    assert cli(demo_db, "signalements", "mapping", "set", "LAMP", "ECLAIRAGE").returncode == 0
    requests = tmp_path / "requests.json"
    requests.write_text(
        json.dumps(
            [
                {
                    "service_request_id": "SR-1",
                    "status": "open",
                    "service_code": "LAMP",
                    "service_name": "Lampadaire",
                    "requested_datetime": "2025-03-01T20:00:00+01:00",
                    "address": "Square des Tisserands",
                }
            ]
        ),
        encoding="utf-8",
    )
    first = cli(demo_db, "signalements", "import", str(requests), "--format", "json")
    assert json.loads(first.stdout)["created"] == 1, first.stderr
    second = cli(demo_db, "signalements", "import", str(requests))
    assert "0 signalement(s) importé(s), 1 déjà présent(s)" in second.stdout
    bad = tmp_path / "bad.json"
    bad.write_text('[{"service_request_id": "SR-2", "status": "open"}]', encoding="utf-8")
    failed = cli(demo_db, "signalements", "import", str(bad))
    assert failed.returncode == 1
    assert "bad.json, ligne 1 : champ(s) Open311 manquant(s)" in failed.stderr

    report = tmp_path / "mh.xlsx"
    exported = cli(demo_db, "export", "signalements", "--organisation", "MH", "-o", str(report))
    assert exported.returncode == 0, exported.stderr
    from openpyxl import load_workbook

    lines = list(load_workbook(report)["Signalements"].iter_rows(min_row=2, values_only=True))
    assert len(lines) == len(listed(demo_db, "--organisation", "MH"))
    wrong = cli(
        demo_db, "export", "signalements", "--organisation", "MH", "-o", str(tmp_path / "x.ics")
    )
    assert wrong.returncode == 1 and "impossible" in wrong.stderr


def test_add_with_photos_shows_them_and_the_report_prints_them(
    demo_db: Place, tmp_path: Path
) -> None:
    import subprocess

    from tests.field_work.photos import write_heic, write_jpeg

    photos = [
        write_jpeg(tmp_path / "porte.jpg", (1600, 1200), lat=50.3663, lon=3.5209),
        write_heic(tmp_path / "hall.heic"),
    ]
    added = cli(
        demo_db,
        *("signalements", "add", "--category", "ASCENSEUR", "--quartier", "HM"),
        *("--site", "Tour Aubépines B", "--organisation", "MH", "--reporter", "Mme Pelouse"),
        *("--text", "Porte du hall arrachée"),
        *("--photo", str(photos[0]), "--photo", str(photos[1]), "--format", "json"),
    )
    assert added.returncode == 0, added.stderr
    number = json.loads(added.stdout)["id"]
    shown = cli(demo_db, "signalements", "show", str(number))
    assert shown.returncode == 0, shown.stderr
    files = [p["file"] for p in json.loads(shown.stdout)["photos"]]
    assert files == ["porte.jpg", "hall.heic"]
    report = tmp_path / "mh.pdf"
    exported = cli(demo_db, "export", "signalements", "--organisation", "MH", "-o", str(report))
    assert exported.returncode == 0, exported.stderr
    listing = subprocess.run(
        ["pdfimages", "-list", str(report)], capture_output=True, text=True, check=True
    ).stdout
    assert sum(1 for line in listing.splitlines()[2:] if " image " in line) >= 2
    text = subprocess.run(
        ["pdftotext", str(report), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert f"Signalement n° {number}" in text and "Pelouse" not in text
    bad = tmp_path / "note.jpg"
    bad.write_text("pas une image")
    refused = cli(
        demo_db,
        *("signalements", "add", "--category", "ASCENSEUR", "--quartier", "HM"),
        *("--text", "Ascenseur en panne", "--photo", str(bad)),
    )
    assert refused.returncode != 0 and "note.jpg" in refused.stderr
