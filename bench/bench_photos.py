"""Importing a phone's walk: 200 photos of 12 MP into the database, thumbnails included.

The application's import (decode at reduced size, orient, downscale to 2000 px, thumbnail,
strip EXIF, place on the nearest halte, one transaction) is compared in the same run with
Pillow's own plain path on the same files: open, full decode, resize to the same size, and a
thumbnail, one file after the other, nothing stored.

Then a 60-photo report (photos re-encoded for print, PDF and DOCX written) is compared with
Pillow decoding and resizing the same 60 stored photos.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

from PIL import Image, ImageDraw

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Figure, print_table, quick  # noqa: E402

from gusp_desktop.db import migrate  # noqa: E402
from gusp_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from gusp_desktop.db.models import Instance, Quartier, Seance  # noqa: E402
from gusp_desktop.domain.accounts import CurrentUser  # noqa: E402
from gusp_desktop.domain.enums import InstanceType, UserRole  # noqa: E402
from gusp_desktop.domain.field_work import HalteDraft  # noqa: E402
from gusp_desktop.services.base import ServiceContext  # noqa: E402
from gusp_desktop.services.field_work import imaging  # noqa: E402
from gusp_desktop.services.field_work.parcours import ParcoursService  # noqa: E402
from gusp_desktop.services.field_work.photos import PhotoService  # noqa: E402

PHOTOS = 20 if quick() else 200
SIZE = (4000, 3000)  # 12 MP
START = dt.datetime(2025, 3, 25, 13, 0, tzinfo=dt.UTC)


def _base_jpeg() -> bytes:
    """One 12 MP photo-like JPEG (detail everywhere, as a real scene has)."""
    image = Image.effect_noise(SIZE, 40).convert("RGB")
    draw = ImageDraw.Draw(image)
    for x in range(0, SIZE[0], 23):
        draw.line([(x, 0), (SIZE[0] - x, SIZE[1])], fill=(x % 255, 120, 200 - x % 180), width=5)
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=90)
    return buffer.getvalue()


def _with_exif(jpeg: bytes, index: int) -> bytes:
    """The same pixels with this photo's own EXIF (time and GPS), as an APP1 segment."""
    exif = Image.Exif()
    exif[0x0110] = "TP-12 Pro"
    local = (START + dt.timedelta(seconds=30 * index)).strftime("%Y:%m:%d %H:%M:%S")
    exif.get_ifd(0x8769)[36867] = local
    gps = exif.get_ifd(0x8825)
    gps.update({1: "N", 2: (50.0, 21.0, 40.0 + index / 100), 3: "E", 4: (3.0, 31.0, 12.0)})
    payload = exif.tobytes()
    segment = b"\xff\xe1" + (len(payload) + 2).to_bytes(2, "big") + payload
    return jpeg[:2] + segment + jpeg[2:]


def _write_photos(folder: Path) -> list[Path]:
    base = _base_jpeg()
    paths = []
    for index in range(PHOTOS):
        path = folder / f"IMG_{index:04d}.jpg"
        path.write_bytes(_with_exif(base, index))
        paths.append(path)
    return paths


def _pillow_plain(paths: list[Path]) -> None:
    """Pillow's own decode + resize of each file, to the sizes the application stores."""
    for path in paths:
        with Image.open(path) as image:
            image.load()
            scale = imaging.MAX_SIDE / max(image.size)
            resized = image.resize((round(image.width * scale), round(image.height * scale)))
            resized.thumbnail((imaging.THUMB_SIDE, imaging.THUMB_SIDE))


def _services(folder: Path) -> tuple[PhotoService, int]:
    engine = make_engine(f"sqlite:///{folder / 'bench.sqlite3'}")
    migrate.upgrade(engine)
    factory = make_session_factory(engine)
    with factory.begin() as session:
        quartier = Quartier(code="HM", name="Hauts-de-Marve")
        instance = Instance(code="DEM", name="DEM", type=InstanceType.DEM)
        instance.quartiers = [quartier]
        session.add(instance)
        session.flush()
        seance = Seance(instance_id=instance.id, number=1, number_year=2025, starts_at=START)
        session.add(seance)
        session.flush()
        seance_id = seance.id
    context = ServiceContext(factory, CurrentUser("bench", "Bench", UserRole.COORDINATEUR))
    parcours = ParcoursService(context)
    for n in range(5):
        draft = HalteDraft(name=f"Halte {n + 1}", arrives_at=START + dt.timedelta(minutes=20 * n))
        parcours.add_halte(seance_id, draft)
    return PhotoService(context), seance_id


def _report(service: PhotoService, ids: list[int]) -> tuple[float, float, int, int]:
    """Seconds for the 60-photo PDF and DOCX, for Pillow's decode+resize, and their sizes."""
    from gusp_desktop.documents.docx import render_docx_bytes
    from gusp_desktop.documents.model import Document, DocumentHeader, Picture, Pictures
    from gusp_desktop.documents.pdf import render_pdf_bytes
    from gusp_desktop.services.field_work.imaging import PRINT_SIDE, print_jpeg

    stored = [service.image(i) for i in ids]
    start = time.perf_counter()
    pictures = tuple(Picture(print_jpeg(data), f"Photo {n}") for n, data in enumerate(stored))
    document = Document("Compte rendu", DocumentHeader("GUSP"), (Pictures(pictures),))
    pdf, docx = render_pdf_bytes(document), render_docx_bytes(document)
    rendered = time.perf_counter() - start
    start = time.perf_counter()
    for data in stored:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            image.resize((PRINT_SIDE, PRINT_SIDE * image.height // image.width))
    return rendered, time.perf_counter() - start, len(pdf), len(docx)


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        (folder / "dcim").mkdir()
        paths = _write_photos(folder / "dcim")
        size_mb = sum(p.stat().st_size for p in paths) / 1_048_576
        service, seance_id = _services(folder)
        start = time.perf_counter()
        _pillow_plain(paths)
        plain = time.perf_counter() - start
        start = time.perf_counter()
        for path in paths:
            imaging.process(path)
        serial = time.perf_counter() - start
        start = time.perf_counter()
        result = service.import_folder(folder / "dcim", seance_id=seance_id).value
        imported = time.perf_counter() - start
        assert len(result.photos) == PHOTOS and result.placed == PHOTOS
        ids = [p.id for p in result.photos][:60]
        rendered, decoded, pdf_size, docx_size = _report(service, ids)
    print(f"{PHOTOS} photos de {SIZE[0]} × {SIZE[1]} ({size_mb:.0f} Mo au total)")
    pillow = "Pillow : décodage complet + redimensionnement, fichier par fichier"
    print_table(
        "Import de photos",
        [
            Figure(f"import en base de {PHOTOS} photos (tout compris)", imported, pillow, plain),
            Figure("traitement seul, un fil (sans la base)", serial, pillow, plain),
        ],
    )
    print_table(
        f"Compte rendu de {len(ids)} photos",
        [
            Figure(
                f"{len(ids)} photos pour l'impression + PDF + DOCX",
                rendered,
                "Pillow : décodage + redimensionnement des mêmes photos",
                decoded,
            )
        ],
    )
    print(f"\nPDF : {pdf_size / 1_048_576:.1f} Mo, DOCX : {docx_size / 1_048_576:.1f} Mo")
    print(f"rapport import / Pillow : {imported / plain:.2f}")


if __name__ == "__main__":
    main()
