"""Photo import with real generated photos, on SQLite and PostgreSQL."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import ConstatPhoto, ConstatPhotoData
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.field_work import ConstatDraft
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.field_work import imaging
from gusp_desktop.services.registry import Services
from tests.field_work.photos import exif_of_bytes, write_heic, write_jpeg
from tests.field_work.world import HALTES, WALK_START, World, add_haltes, build_world
from tests.fixtures.databases import make_services


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return build_world(ctx)


@pytest.fixture
def services(engine: Engine, ctx: ServiceContext, tmp_path: Path) -> Services:
    return make_services(engine, tmp_path, ctx)


def _local(minutes: int) -> dt.datetime:
    """Naive Paris time of the walk + minutes, as a phone writes it in the EXIF."""
    return (
        (WALK_START + dt.timedelta(minutes=minutes))
        .astimezone(dt.timezone(dt.timedelta(hours=1)))
        .replace(tzinfo=None)
    )


def _photo_count(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(conn.scalar(select(func.count()).select_from(ConstatPhoto)) or 0)


def test_import_places_photos_on_the_right_halte(
    services: Services, world: World, tmp_path: Path, engine: Engine
) -> None:
    haltes = add_haltes(services, world.walk)
    folder = tmp_path / "telephone"
    folder.mkdir()
    # By position: near halte 3 although taken when the walk was at halte 1.
    write_jpeg(
        folder / "a_gps.jpg",
        taken_at=_local(5),
        lat=HALTES[2][1] + 0.0003,
        lon=HALTES[2][2] - 0.0002,
        orientation=6,
    )
    # No position: time says the group had reached halte 2 (30 min) but not halte 3 (60 min).
    write_jpeg(folder / "b_time.jpg", taken_at=_local(45))
    write_heic(folder / "c_iphone.heic", lat=HALTES[0][1], lon=HALTES[0][2])
    Image.new("RGB", (300, 200), "green").save(folder / "d_plan.png")
    (folder / "notes.txt").write_text("pas une photo")
    seen: list[tuple[int, int]] = []
    result = services.field_work.photos.import_folder(
        folder, seance_id=world.walk, progress=lambda done, total: seen.append((done, total))
    ).value
    by_name = {p.filename: p for p in result.photos}
    assert by_name["a_gps.jpg"].halte_id == haltes[2]
    assert by_name["b_time.jpg"].halte_id == haltes[1]
    assert by_name["c_iphone.heic"].halte_id == haltes[0]
    assert by_name["d_plan.png"].halte_id is None
    assert (result.placed, result.unplaced) == (3, 1)
    assert seen[0] == (0, 4) and seen[-1] == (4, 4)
    # Orientation applied: the 800 × 600 sensor image stood upright.
    assert (by_name["a_gps.jpg"].width, by_name["a_gps.jpg"].height) == (600, 800)
    assert by_name["b_time.jpg"].taken_at == WALK_START + dt.timedelta(minutes=45)
    # Stored bytes carry no EXIF at all (no GPS, no phone model); the thumbnail is small.
    for photo in result.photos:
        data = services.field_work.photos.image(photo.id)
        assert data[:3] == b"\xff\xd8\xff" and len(exif_of_bytes(data)) == 0
    thumbs = services.field_work.photos.thumbnails([p.id for p in result.photos])
    for data in thumbs.values():
        with Image.open(io.BytesIO(data)) as thumb:
            assert max(thumb.size) <= imaging.THUMB_SIDE
    # The same folder again: nothing duplicated.
    again = services.field_work.photos.import_folder(folder, seance_id=world.walk).value
    assert again.photos == () and len(again.duplicates) == 4
    assert _photo_count(engine) == 4


def test_large_photo_is_downscaled(services: Services, world: World, tmp_path: Path) -> None:
    path = write_jpeg(tmp_path / "grand.jpg", size=(4000, 3000), taken_at=_local(1))
    photo = services.field_work.photos.import_files([path], seance_id=world.walk).value.photos[0]
    assert (photo.width, photo.height) == (imaging.MAX_SIDE, imaging.MAX_SIDE * 3 // 4)


@pytest.mark.parametrize("kind", ["text", "truncated", "huge", "missing"])
def test_bad_file_names_itself_and_nothing_is_imported(
    services: Services, world: World, tmp_path: Path, engine: Engine, kind: str
) -> None:
    good = write_jpeg(tmp_path / "bonne.jpg", taken_at=_local(2))
    bad = tmp_path / f"mauvaise_{kind}.jpg"
    if kind == "text":
        bad.write_text("Ceci n'est pas une image.")
    elif kind == "missing":
        pass  # a file moved away between choosing and importing
    elif kind == "truncated":
        data = write_jpeg(tmp_path / "source.jpg").read_bytes()
        bad.write_bytes(data[: len(data) // 2])
    else:
        with bad.open("wb") as handle:  # 200 MB, sparse: refused before being read
            handle.truncate(200 * 1024 * 1024)
    with pytest.raises(ValidationError) as caught:
        services.field_work.photos.import_files([good, bad], seance_id=world.walk)
    assert str(bad) in caught.value.message and "Aucune photo importée" in caught.value.message
    expected = {
        "text": "pas une image",
        "truncated": "tronquée",
        "huge": "trop lourd",
        "missing": "fichier introuvable",
    }[kind]
    assert expected in caught.value.message
    assert _photo_count(engine) == 0


def test_constat_with_photos_is_all_or_nothing(
    services: Services, world: World, tmp_path: Path, engine: Engine
) -> None:
    constats = services.field_work.constats
    draft = ConstatDraft(
        quartier_id=world.hm, theme=Theme.BATI, description="Porte cassée.", seance_id=world.walk
    )
    good = write_jpeg(tmp_path / "porte.jpg")
    bad = tmp_path / "porte2.jpg"
    bad.write_bytes(b"\xff\xd8\xff\xe0 pas du tout")
    with pytest.raises(ValidationError, match="porte2.jpg"):
        constats.create(draft, photos=[good, bad])
    assert constats.list_constats() == [] and _photo_count(engine) == 0
    row = constats.create(draft, photos=[good]).value
    assert row.photo_count == 1
    photo_id = row.photo_ids[0]
    services.field_work.photos.attach(photo_id, None)
    assert constats.get(row.id).photo_count == 0
    services.field_work.photos.attach(photo_id, row.id)
    constats.delete(row.id)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(ConstatPhotoData)) == 0


def test_walk_photos_given_to_constats_all_or_none(
    services: Services, world: World, tmp_path: Path, engine: Engine
) -> None:
    add_haltes(services, world.walk)
    files = [
        write_jpeg(tmp_path / f"w{n}.jpg", lat=HALTES[1][1], lon=HALTES[1][2], taken_at=_local(n))
        for n in range(3)
    ]
    photos = services.field_work.photos.import_files(files, seance_id=world.walk).value.photos
    ids = [p.id for p in photos]
    draft = ConstatDraft(
        quartier_id=world.hm, theme=Theme.BATI, description="Hall dégradé.", seance_id=world.walk
    )
    constats = services.field_work.constats
    row = constats.create(draft, photo_ids=ids[:2]).value
    assert row.photo_count == 2
    other = constats.create(
        ConstatDraft(
            quartier_id=world.hm,
            theme=Theme.BATI,
            description="Ailleurs.",
            seance_id=world.secret_walk,
        )
    ).value
    with pytest.raises(ValidationError, match="autre marche"):
        services.field_work.photos.attach_all([ids[2], ids[0]], other.id)
    assert constats.get(row.id).photo_count == 2 and constats.get(other.id).photo_count == 0
    services.field_work.photos.attach_all([ids[2]], row.id)
    assert constats.get(row.id).photo_count == 3
