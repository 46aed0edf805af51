"""Compte rendu and restitution of a walk, PDF and DOCX, with real photos, on both engines."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import zipfile
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import Engine

from gusp_desktop.db.models import Contact
from gusp_desktop.domain.actions import StatusChange
from gusp_desktop.domain.enums import ActionStatus, Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.field_work import ConstatDraft, Gravity
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.registry import Services
from tests.field_work.photos import detailed_jpeg, exif_for, exif_of_bytes, with_exif
from tests.field_work.world import HALTES, World, add_haltes, build_world
from tests.fixtures.databases import make_services

PHOTOS = 60
RESIDENT = "Josiane Verhaeghe"  # a resident quoted in the walk: never in the restitution


@pytest.fixture
def world(ctx: ServiceContext) -> World:
    return build_world(ctx)


@pytest.fixture
def services(engine: Engine, ctx: ServiceContext, tmp_path: Path) -> Services:
    return make_services(engine, tmp_path, ctx)


def _photo(path: Path, index: int, lat: float, lon: float) -> Path:
    """A detailed photo with the phone's EXIF (GPS, time, model)."""
    base = detailed_jpeg(variant=index)
    taken = dt.datetime(2025, 3, 25, 14, 10) + dt.timedelta(minutes=index)
    path.write_bytes(with_exif(base, exif_for(taken_at=taken, lat=lat, lon=lon)))
    return path


def _walk(services: Services, world: World, tmp_path: Path, photos: int) -> list[int]:
    """Three haltes, a constat per halte and photo batch, two of them turned into actions."""
    haltes = add_haltes(services, world.walk)
    services.field_work.parcours.set_objectives(world.walk, "Propreté du cœur de quartier.")
    constats = services.field_work.constats
    ids = []
    per_constat = max(1, photos // 6)
    for n in range(6):
        name, lat, lon, _minutes = HALTES[n % 3]
        files = [
            _photo(tmp_path / f"p{n}_{k}.jpg", n * 10 + k, lat, lon) for k in range(per_constat)
        ]
        draft = ConstatDraft(
            quartier_id=world.hm,
            theme=Theme.PROPRETE,
            seance_id=world.walk,
            halte_id=haltes[n % 3],
            description=f"Dépôts sauvages, constat {n + 1} à {name}.",
            gravity=Gravity.FORTE if n == 0 else Gravity.MOYENNE,
            preconisation="Enlèvement sous 48 h.",
            resident_words=f"« On a prévenu plusieurs fois », dit {RESIDENT}.",
        )
        ids.append(constats.create(draft, photos=files).value.id)
    action = constats.to_action(ids[:2], deadline=dt.date(2025, 9, 30)).value
    services.actions.follow_up(
        action.id,
        None,
        StatusChange(
            status=ActionStatus.REALISEE,
            comment="Dépôts enlevés ; Marie Lenoir prévenue. ⟪Mme Verhaeghe⟫ remerciée.",
            outcome="Dépôts enlevés, rochers posés.",
        ),
    )
    return ids


def _pdf_images(path: Path) -> list[list[str]]:
    listing = subprocess.run(
        ["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True
    ).stdout.splitlines()[2:]
    return [line.split() for line in listing]


def test_compte_rendu_with_sixty_photos_pdf_and_docx(
    services: Services, world: World, tmp_path: Path, ctx: ServiceContext
) -> None:
    _walk(services, world, tmp_path, PHOTOS)
    reports = services.field_work.reports
    pdf = reports.export("diagnostic", world.walk, tmp_path / "cr.pdf")
    docx_path = reports.export("diagnostic", world.walk, tmp_path / "cr.docx")
    images = _pdf_images(pdf)
    photos = [row for row in images if row[8] == "jpeg"]  # JPEG streams, not re-encoded
    assert len(photos) == PHOTOS
    # Besides the photos, one picture: the map of the route (900 × 560, drawn as PNG).
    maps = [row for row in images if row[8] != "jpeg"]
    assert [(row[3], row[4]) for row in maps] == [("900", "560")]
    assert pdf.stat().st_size < 15 * 1024 * 1024
    assert docx_path.stat().st_size < 15 * 1024 * 1024
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    for expected in (
        "Objectifs",
        "Propreté du cœur de quartier",
        "Square des Tisserands",
        "Enlèvement sous 48",
        "Ville de Marvelin",
        "Priorités",
        "30/09/2025",
        RESIDENT,
    ):
        assert expected in text, expected
    # No GPS, no phone model: exported images carry no EXIF at all.
    subprocess.run(
        ["pdfimages", "-j", "-f", "1", "-l", "3", str(pdf), str(tmp_path / "x")], check=True
    )
    extracted = sorted(tmp_path.glob("x-*.jpg"))
    assert extracted
    for path in extracted:
        assert len(exif_of_bytes(path.read_bytes())) == 0
    with zipfile.ZipFile(docx_path) as archive:
        media = [n for n in archive.namelist() if n.startswith("word/media/")]
        assert len(media) == PHOTOS + 1  # the photos and the route's map
        media = [n for n in media if not n.endswith(".png")]
        for name in media[:5]:
            data = archive.read(name)
            assert len(exif_of_bytes(data)) == 0
            with Image.open(io.BytesIO(data)) as image:
                assert max(image.size) <= 1000


def test_restitution_tells_what_was_done_and_names_nobody(
    services: Services, world: World, tmp_path: Path, ctx: ServiceContext
) -> None:
    with ctx.session_factory.begin() as session:
        session.add(Contact(organisation_id=world.mh, first_name="Marie", last_name="Lenoir"))
    _walk(services, world, tmp_path, 6)
    pdf = services.field_work.reports.export("restitution", world.walk, tmp_path / "r.pdf")
    docx_path = services.field_work.reports.export("restitution", world.walk, tmp_path / "r.docx")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Dépôts enlevés" in text and "Réalisée" in text
    for personal in (RESIDENT, "Verhaeghe", "Marie Lenoir", "Claire"):
        assert personal not in text
    with zipfile.ZipFile(docx_path) as archive:
        body = archive.read("word/document.xml").decode()
    assert "Dépôts enlevés" in body and "Lenoir" not in body and "Verhaeghe" not in body
    assert _pdf_images(pdf)


def test_reports_refused_where_they_make_no_sense(
    services: Services, world: World, tmp_path: Path
) -> None:
    reports = services.field_work.reports
    with pytest.raises(ValidationError, match="ni un diagnostic"):
        reports.export("diagnostic", world.cotech, tmp_path / "x.pdf")
    with pytest.raises(ValidationError, match=r"\.pdf ou \.docx"):
        reports.export("diagnostic", world.walk, tmp_path / "x.odt")
    with pytest.raises(ValidationError, match="restreinte"):
        reports.export("restitution", world.secret_walk, tmp_path / "x.pdf")
    confidential = reports.export("diagnostic", world.secret_walk, tmp_path / "s.pdf")
    text = subprocess.run(
        ["pdftotext", str(confidential), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Diffusion restreinte" in text
    assert not (tmp_path / "x.pdf").exists()
