"""Regenerate the sample page images of docs/samples/ from the demo territory.

Loads the Marvelin Agglomération demo into a temporary SQLite file with the clock on the demo's
« today » (15/06/2025), exports the compte rendu and the feuille d'émargement of the COTECH
inter-quartiers of 12/06/2025, Marve Habitat's plan d'actions, its ATFPB bilan and its
signalements report, and the Hauts-de-Marve diagnostic en marchant, with a sample logo, then turns
their first pages into PNG images with poppler's ``pdftoppm -r 80``. Re-runnable::

    .venv/bin/python docs/samples/make_samples.py
"""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from gusp_desktop.bootstrap import SigningSetup, build_services  # noqa: E402
from gusp_desktop.credentials import EphemeralSecretStore  # noqa: E402
from gusp_desktop.db import migrate  # noqa: E402
from gusp_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from gusp_desktop.demo.loader import load_demo  # noqa: E402
from gusp_desktop.domain.accounts import CurrentUser  # noqa: E402
from gusp_desktop.domain.actions import ActionQuery  # noqa: E402
from gusp_desktop.domain.enums import UserRole  # noqa: E402
from gusp_desktop.services.base import ServiceContext  # noqa: E402

FONT = HERE.parents[1] / "resources" / "fonts" / "DejaVuSans-Bold.ttf"
DEMO_NOW = dt.datetime(2025, 6, 15, 10, 0, tzinfo=dt.UTC)
RESOLUTION = "80"
# (file stem, pages to show)
SAMPLES = (
    ("compte-rendu", 2),
    ("feuille-emargement", 1),
    ("plan-actions-MH", 2),
    ("bilan-atfpb-MH", 2),
    ("diagnostic-en-marchant", 2),
    ("signalements-MH", 1),
)


def _logo(path: Path) -> Path:
    """A plain sample logo: the installation's own image goes here in real use."""
    font = ImageFont.truetype(str(FONT), 34)
    image = Image.new("RGB", (400, 240), (31, 58, 95))
    draw = ImageDraw.Draw(image)
    draw.rectangle((14, 14, 385, 225), outline=(255, 255, 255), width=5)
    draw.multiline_text(
        (200, 120), "MARVELIN\nAGGLO", font=font, fill="white", anchor="mm", align="center"
    )
    image.save(path)
    return path


def _context(workdir: Path) -> ServiceContext:
    engine = make_engine(f"sqlite:///{workdir / 'demo.sqlite3'}")
    migrate.upgrade(engine)
    user = CurrentUser("claire", "Claire Demarquette", UserRole.COORDINATEUR)
    context = ServiceContext(make_session_factory(engine), user, clock=lambda: DEMO_NOW)
    load_demo(context)
    return context


def _export(context: ServiceContext, workdir: Path) -> dict[str, Path]:
    signing = SigningSetup.in_folder(workdir / "data", EphemeralSecretStore())
    services = build_services(context, signing, database="exemples")
    exporter = services.exports
    exporter.logo_path = _logo(workdir / "logo.png")
    seance = next(
        s
        for s in services.meetings.list_seances()
        if s.instance_code == "COTECH-IQ" and s.local_date == dt.date(2025, 6, 12)
    )
    return {
        "compte-rendu": exporter.minutes(seance.id, workdir / "compte-rendu.pdf"),
        "feuille-emargement": exporter.attendance(seance.id, workdir / "emargement.pdf"),
        "plan-actions-MH": exporter.export_action_plan(
            ActionQuery(involving_code="MH"), workdir / "plan.pdf"
        ),
        "bilan-atfpb-MH": services.atfpb.bilans.export_bilan(
            services.atfpb.conventions.find("MH", "HM", 2025).id, 2025, workdir / "bilan.pdf", "pdf"
        ),
        "diagnostic-en-marchant": services.field_work.reports.export(
            "diagnostic", _walk(services).id, workdir / "diagnostic.pdf"
        ),
        "signalements-MH": services.signalements.reports.export(
            "MH", workdir / "signalements.pdf", "pdf"
        ),
    }


def _walk(services: object) -> object:
    """The diagnostic en marchant of the Hauts-de-Marve that took place."""
    seances = services.meetings.list_seances()  # type: ignore[attr-defined]
    return next(s for s in seances if s.instance_code == "DEM-HM" and s.status.value != "planifiee")


def _to_png(pdf: Path, stem: str, pages: int) -> list[Path]:
    for old in HERE.glob(f"{stem}-*.png"):
        old.unlink()
    command = ["pdftoppm", "-r", RESOLUTION, "-png", "-f", "1", "-l", str(pages)]
    subprocess.run([*command, str(pdf), str(HERE / stem)], check=True)
    return sorted(HERE.glob(f"{stem}-*.png"))


def main() -> int:
    """Write the PNG files and list them."""
    if shutil.which("pdftoppm") is None:
        print("pdftoppm (poppler-utils) est nécessaire.", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="gusp-samples-") as name:
        workdir = Path(name)
        pdfs = _export(_context(workdir), workdir)
        for stem, pages in SAMPLES:
            for image in _to_png(pdfs[stem], stem, pages):
                print(image.relative_to(HERE.parents[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
