"""``constats …`` as a coordinator types them, on the demo territory, on both engines."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest

from tests.e2e.test_cli_plan import cli, demo_db  # noqa: F401 - fixture
from tests.field_work.photos import write_jpeg

Place = tuple[Path, str | None]


def _seance(place: Place, instance: str) -> tuple[int, str]:
    result = cli(place, "meetings", "list", "--format", "json")
    found = next(s for s in json.loads(result.stdout) if s["instance"] == instance)
    return int(found["id"]), str(found["starts_at"])


def _ok(place: Place, *args: str) -> str:
    result = cli(place, *args)
    assert result.returncode == 0, result.stderr
    return str(result.stdout)


def test_walk_from_haltes_to_photos_to_action(demo_db: Place, tmp_path: Path) -> None:  # noqa: F811
    seance, starts = _seance(demo_db, "DEM-PR")
    start = dt.datetime.fromisoformat(starts)
    paris = dt.timezone(dt.timedelta(hours=1))
    for name, lat, lon, minutes in (
        ("Parvis nord", "50.2001", "3.4001", 2),
        ("Caves de la barre B", "50.2031", "3.4041", 48),
    ):
        at = (start + dt.timedelta(minutes=minutes)).astimezone(paris).strftime("%Y-%m-%dT%H:%M")
        _ok(
            demo_db,
            "constats",
            "haltes",
            "add",
            "--seance",
            str(seance),
            "--name",
            name,
            "--lat",
            lat,
            "--lon",
            lon,
            "--at",
            at + "+01:00",
        )
    folder = tmp_path / "dcim"
    folder.mkdir()
    local = (start + dt.timedelta(minutes=50)).astimezone(paris).replace(tzinfo=None)
    write_jpeg(folder / "IMG_0001.jpg", lat=50.2001, lon=3.4002, taken_at=local)
    write_jpeg(folder / "IMG_0002.jpg", taken_at=local)
    imported = json.loads(
        _ok(
            demo_db,
            "constats",
            "photos",
            "import",
            "--seance",
            str(seance),
            str(folder),
            "--format",
            "json",
        )
    )
    assert {p["file"]: p["halte"] for p in imported["photos"]} == {
        "IMG_0001.jpg": "Parvis nord",
        "IMG_0002.jpg": "Caves de la barre B",
    }
    photo = write_jpeg(tmp_path / "caves.jpg")
    added = json.loads(
        _ok(
            demo_db,
            "constats",
            "add",
            "--seance",
            str(seance),
            "--halte",
            "Caves de la barre B",
            "--text",
            "Caves ouvertes, squat.",
            "--theme",
            "bati",
            "--site",
            "Barre B",
            "--lat",
            "50.2031",
            "--lon",
            "3.4041",
            "--photo",
            str(photo),
            "--format",
            "json",
        )
    )
    assert (added["halte"], added["site"], added["photos"]) == ("Caves de la barre B", "Barre B", 1)
    number = _ok(
        demo_db,
        "constats",
        "to-action",
        str(added["id"]),
        "--pilot",
        "LA",
        "--deadline",
        "2099-01-31",
    ).strip()
    assert number.startswith("PR-")
    listed = json.loads(
        _ok(demo_db, "constats", "list", "--seance", str(seance), "--format", "json")
    )
    assert len(listed) == 1
    row = listed[0]
    assert {
        "id",
        "seance_id",
        "halte",
        "text",
        "theme",
        "site",
        "lat",
        "lon",
        "status",
        "photos",
        "action_numbers",
    } <= set(row)
    assert (row["status"], row["action_numbers"], row["lat"]) == ("transforme", [number], 50.2031)
    actions = json.loads(_ok(demo_db, "actions", "list", "--quartier", "PR", "--format", "json"))
    created = next(a for a in actions if a["number"] == number)
    assert (created["pilot_organisation"], created["deadline"]) == ("LA", "2099-01-31")


def test_reports_and_bad_input(demo_db: Place, tmp_path: Path) -> None:  # noqa: F811
    seance, _ = _seance(demo_db, "DEM-HM")
    for kind in ("diagnostic", "restitution"):
        for suffix in ("pdf", "docx"):
            target = tmp_path / f"{kind}.{suffix}"
            assert "enregistr" in _ok(demo_db, "export", kind, str(seance), "-o", str(target))
            assert target.stat().st_size > 10_000
    listing = subprocess.run(
        ["pdfimages", "-list", str(tmp_path / "diagnostic.pdf")],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.splitlines()[2:]
    constats = json.loads(
        _ok(demo_db, "constats", "list", "--seance", str(seance), "--format", "json")
    )
    photos = [line for line in listing if line.split()[8] == "jpeg"]
    assert len(photos) == sum(c["photos"] for c in constats) >= 10
    assert len(listing) == len(photos) + 1  # and the map of the route
    cotech, _ = _seance(demo_db, "COTECH-IQ")
    refused = cli(demo_db, "export", "diagnostic", str(cotech), "-o", str(tmp_path / "x.pdf"))
    assert refused.returncode == 1 and "marche exploratoire" in refused.stderr
    bad = tmp_path / "photo.jpg"
    bad.write_text("texte")
    result = cli(
        demo_db,
        "constats",
        "add",
        "--seance",
        str(seance),
        "--text",
        "x",
        "--theme",
        "bati",
        "--photo",
        str(bad),
    )
    assert result.returncode == 1 and "photo.jpg" in result.stderr
    result = cli(
        demo_db,
        "constats",
        "add",
        "--seance",
        str(seance),
        "--text",
        "x",
        "--theme",
        "bati",
        "--lat",
        "123",
        "--lon",
        "2",
    )
    assert result.returncode == 1 and "Latitude hors limites" in result.stderr
    listed = json.loads(
        _ok(demo_db, "constats", "list", "--seance", str(seance), "--format", "json")
    )
    assert all(r["text"] != "x" for r in listed)


def test_photo_import_proposes_constats_as_json(demo_db: Place, tmp_path: Path) -> None:  # noqa: F811
    seance, starts = _seance(demo_db, "DEM-HM")
    haltes = json.loads(
        _ok(demo_db, "constats", "haltes", "list", "--seance", str(seance), "--format", "json")
    )
    halte = haltes[1]
    paris = dt.timezone(dt.timedelta(hours=1))
    start = dt.datetime.fromisoformat(starts).astimezone(paris).replace(tzinfo=None)
    folder = tmp_path / "dcim"
    folder.mkdir()
    for name, seconds, north in (("A.jpg", 0, 0.0), ("B.jpg", 40, 0.00003), ("C.jpg", 900, 0.0)):
        write_jpeg(
            folder / name,
            (320, 240),
            lat=halte["lat"] + north,
            lon=halte["lon"],
            taken_at=start + dt.timedelta(seconds=seconds),
        )
    out = json.loads(
        _ok(
            demo_db,
            "constats",
            "photos",
            "import",
            "--seance",
            str(seance),
            str(folder),
            "--propose",
        )
    )
    assert [p["files"] for p in out["proposals"]] == [["A.jpg", "B.jpg"], ["C.jpg"]]
    first = out["proposals"][0]
    assert (first["halte_id"], first["halte"]) == (halte["id"], halte["name"])
    assert first["photo_ids"] == [p["id"] for p in out["photos"][:2]]
    assert first["starts_at"] < first["ends_at"] and first["lat"] == pytest.approx(
        halte["lat"] + 0.000015, abs=1e-6
    )
