"""Photos sent with a signalement, on both engines: stored stripped and downscaled like a walk's
photos, shown in the detail, printed in the organisation's report without any EXIF."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine, func, select

from gusp_desktop.db.models import AuditEvent, SignalementPhoto, SignalementPhotoData
from gusp_desktop.domain.enums import UserRole
from gusp_desktop.domain.errors import PermissionDeniedError, ValidationError
from gusp_desktop.domain.signalements import Channel, ReporterData, SignalementData
from gusp_desktop.services.registry import Services
from tests.field_work.photos import exif_of_bytes, write_heic, write_jpeg
from tests.signalements.setup import MovableClock, Place, build, paris, services_with_clock

GPS_IFD = 0x8825


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(paris(2025, 3, 1, 12))


@pytest.fixture
def services(engine: Engine, tmp_path: Path, clock: MovableClock) -> Services:
    return services_with_clock(engine, tmp_path, clock)


@pytest.fixture
def place(services: Services) -> Place:
    return build(services)


def _intake(place: Place) -> SignalementData:
    return SignalementData(
        received_at=paris(2025, 3, 1, 9),
        channel=Channel.TELEPHONE,
        category_id=place.enc,
        quartier_id=place.quartier,
        site_id=place.tower,
        description="Matelas devant l'entrée",
        reporter=ReporterData("Jeanne Habitante", "0611223344"),
    )


def _phone_photos(folder: Path) -> list[Path]:
    """A resident's photos: a large JPEG with GPS and orientation, a HEIC, a PNG."""
    taken = dt.datetime(2025, 3, 1, 8, 40)
    return [
        write_jpeg(
            folder / "IMG_jeanne_fenetre.jpg",
            (3000, 2000),
            taken_at=taken,
            lat=50.36631,
            lon=3.52091,
            orientation=6,
        ),
        write_heic(folder / "IMG_0002.heic", lat=50.3663, lon=3.5209),
        _png(folder / "capture.png"),
    ]


def _png(path: Path) -> Path:
    Image.new("RGB", (400, 300), (200, 40, 40)).save(path, "PNG")
    return path


def test_photos_are_stored_stripped_downscaled_and_listed(
    services: Services, place: Place, tmp_path: Path, engine: Engine
) -> None:
    records = services.signalements.records
    row = records.add(_intake(place), _phone_photos(tmp_path)).value
    detail = records.get(row.id)
    assert [p.filename for p in detail.photos] == [
        "IMG_jeanne_fenetre.jpg",
        "IMG_0002.heic",
        "capture.png",
    ]
    first = detail.photos[0]
    assert (first.width, first.height) == (1333, 2000)  # upright, 2 000 px on the long side
    assert first.taken_at == dt.datetime(2025, 3, 1, 7, 40, tzinfo=dt.UTC)
    for photo in detail.photos:
        stored = records.photo_image(photo.id)
        exif = exif_of_bytes(stored)
        assert not exif.get_ifd(GPS_IFD) and not dict(exif)  # no position, no phone model
    thumbs = records.thumbnails([p.id for p in detail.photos])
    with Image.open(io.BytesIO(thumbs[first.id])) as thumb:
        assert max(thumb.size) == 320
    with engine.connect() as conn:
        columns = set(SignalementPhoto.__table__.columns.keys())
        assert not {"latitude", "longitude"} & columns  # where the resident stood: not kept
        events = conn.execute(
            select(AuditEvent.operation, AuditEvent.after).where(
                AuditEvent.entity == "signalement_photo"
            )
        ).all()
    assert [op for op, _after in events] == ["create"] * 3
    # Editing adds photos; the same photo again is kept once.
    again = records.update(row.id, None, _intake(place), [_phone_photos(tmp_path)[2]]).value
    assert again.id == row.id and len(records.get(row.id).photos) == 3
    records.delete_photo(first.id)
    assert len(records.get(row.id).photos) == 2
    records.delete(row.id)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SignalementPhoto)) == 0
        assert conn.scalar(select(func.count()).select_from(SignalementPhotoData)) == 0


def test_one_unreadable_file_stores_nothing(
    services: Services, place: Place, tmp_path: Path, engine: Engine
) -> None:
    bad = tmp_path / "pas_une_photo.jpg"
    bad.write_text("texte")
    good = write_jpeg(tmp_path / "ok.jpg")
    with pytest.raises(ValidationError, match="pas_une_photo.jpg"):
        services.signalements.records.add(_intake(place), [good, bad])
    assert services.signalements.records.list_signalements() == []
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(SignalementPhoto)) == 0


def test_lecteurs_see_the_photos_but_cannot_add_any(
    engine: Engine, tmp_path: Path, services: Services, place: Place, clock: MovableClock
) -> None:
    row = services.signalements.records.add(_intake(place), [write_jpeg(tmp_path / "a.jpg")])
    reader = services_with_clock(engine, tmp_path / "lecteur", clock, UserRole.LECTEUR)
    detail = reader.signalements.records.get(row.value.id)
    assert detail.reporter is None and len(detail.photos) == 1
    assert reader.signalements.records.photo_image(detail.photos[0].id).startswith(b"\xff\xd8")
    with pytest.raises(PermissionDeniedError):
        reader.signalements.records.delete_photo(detail.photos[0].id)


def test_the_report_prints_the_photos_without_exif_nor_personal_data(
    services: Services, place: Place, tmp_path: Path
) -> None:
    records = services.signalements.records
    records.add(_intake(place), _phone_photos(tmp_path))
    records.add(_intake(place))  # no photo
    report = services.signalements.reports.report("SD")
    assert [p.caption for p in report.photos][0].startswith("Signalement n° 1 – Encombrants")
    assert all("(photo" in p.caption for p in report.photos)
    pdf = services.signalements.reports.export("SD", tmp_path / "sd.pdf", "pdf")
    listing = subprocess.run(
        ["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    images = [line.split() for line in listing if line.split()[2] == "image"]
    assert len(images) == 3 and {line[8] for line in images} == {"jpeg"}
    assert max(int(line[3]) for line in images) <= 1000  # printed at 1 000 px at most
    out = tmp_path / "extracted"
    out.mkdir()
    subprocess.run(["pdfimages", "-all", str(pdf), str(out / "img")], check=True)
    extracted = sorted(out.iterdir())
    assert len(extracted) == 3
    for path in extracted:
        with Image.open(path) as image:
            assert not image.getexif().get_ifd(GPS_IFD) and not dict(image.getexif())
    text = subprocess.run(
        ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Photos" in text and "(photo 1/3)" in text
    for private in ("Jeanne", "0611223344", "Matelas", "IMG_jeanne"):
        assert private not in text
    docx = services.signalements.reports.export("SD", tmp_path / "sd.docx", "docx")
    assert docx.stat().st_size > 20_000
