"""Signed minutes: a 30-page compte rendu rendered and signed twice, against its baselines.

The séance COTECH-IQ n° 4 of the demo gets extra agenda points with long notes until its
compte rendu reaches 30 pages, then is validated. In the same run we time: the rendering alone,
rendering plus the two visible PAdES signatures, the two signatures alone, pyHanko signing a
one-page blank PDF (the library's own floor, PKCS#12 loading included as in our path), and the
whole service call sequence (erratum, validation, two signatures, registration, archive).
"""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import Figure, measure, print_table  # noqa: E402

WORK = Path(tempfile.mkdtemp(prefix="gusp-bench-signing-"))
os.environ["GUSP_DATA_DIR"] = str(WORK / "data")
os.environ["GUSP_CONFIG_DIR"] = str(WORK / "config")

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: E402
from pyhanko.pdf_utils.reader import PdfFileReader  # noqa: E402
from pyhanko.sign import fields, signers  # noqa: E402
from reportlab.pdfgen.canvas import Canvas  # noqa: E402

from gusp_desktop.bootstrap import SigningSetup, build_services  # noqa: E402
from gusp_desktop.credentials import EphemeralSecretStore  # noqa: E402
from gusp_desktop.db import migrate  # noqa: E402
from gusp_desktop.db.engine import make_engine, make_session_factory  # noqa: E402
from gusp_desktop.demo.loader import load_demo  # noqa: E402
from gusp_desktop.documents.builders.minutes import build_minutes_document  # noqa: E402
from gusp_desktop.documents.pdf import render_pdf_bytes  # noqa: E402
from gusp_desktop.domain.accounts import CurrentUser  # noqa: E402
from gusp_desktop.domain.agenda import AgendaItemData  # noqa: E402
from gusp_desktop.domain.enums import UserRole  # noqa: E402
from gusp_desktop.domain.minutes import MinutesContent  # noqa: E402
from gusp_desktop.services.agenda import AgendaService  # noqa: E402
from gusp_desktop.services.base import ServiceContext  # noqa: E402
from gusp_desktop.services.meetings import MeetingService  # noqa: E402
from gusp_desktop.services.minutes import MinutesService  # noqa: E402
from gusp_desktop.services.signed_minutes.report import quiet_pyhanko  # noqa: E402
from gusp_desktop.services.signed_minutes.service import SignedMinutesService  # noqa: E402
from gusp_desktop.signing.identities import (  # noqa: E402
    IDENTITIES_DIRNAME,
    IdentityInfo,
    IdentityStore,
)
from gusp_desktop.signing.sign import sign_pdf  # noqa: E402

PAGES = 30
REPEAT = 3
NOW = dt.datetime(2025, 6, 15, 10, 0, tzinfo=dt.UTC)
PASS = {"ca": "autorité du banc d'essai", "sec": "phrase de Claire", "pres": "phrase de Yannick"}
NOTE = (
    "Le bailleur indique que les encombrants de la tour C sont désormais enlevés chaque lundi "
    "et jeudi ; la régie de quartier propose une permanence de tri au pied des immeubles. "
    "Les habitants signalent des dépôts persistants près du local vélos, un éclairage "
    "défaillant dans le cheminement vers l'école et des tags récurrents dans les halls. "
)


def page_count(data: bytes) -> int:
    return int(PdfFileReader(io.BytesIO(data), strict=False).root["/Pages"]["/Count"])


def render(content: MinutesContent) -> bytes:
    return render_pdf_bytes(build_minutes_document(content, reserve_signature_area=True))


def context() -> ServiceContext:
    engine = make_engine(f"sqlite:///{WORK / 'bench.sqlite3'}")
    migrate.upgrade(engine)
    user = CurrentUser("claire", "Claire Demarquette", UserRole.COORDINATEUR)
    ctx = ServiceContext(make_session_factory(engine), user, clock=lambda: NOW)
    load_demo(ctx)
    return ctx


def grow_to_thirty_pages(ctx: ServiceContext) -> int:
    """COTECH-IQ n° 4 with extra points and long notes until its CR has ``PAGES`` pages."""
    (seance,) = [
        s.id
        for s in MeetingService(ctx).list_seances()
        if s.instance_code == "COTECH-IQ" and s.number == 4
    ]
    agenda, minutes = AgendaService(ctx), MinutesService(ctx)
    point = 0
    while page_count(render(minutes.minutes_content(seance))) < PAGES:
        point += 1
        item = agenda.add_item(seance, AgendaItemData(f"Point de suivi n° {point}")).value
        minutes.save_notes(item.id, item.version, f"Point {point}. " + NOTE * 6)
    return seance


def identities() -> tuple[IdentityInfo, IdentityInfo]:
    store = IdentityStore(WORK / "data" / IDENTITIES_DIRNAME)
    store.create_ca("Autorité du banc", "Marvelin Agglomération", PASS["ca"])
    sec = store.create_identity("Claire Demarquette", "Autorité du banc", PASS["ca"], PASS["sec"])
    pres = store.create_identity("Yannick Forestier", "Autorité du banc", PASS["ca"], PASS["pres"])
    return sec, pres


def sign_twice(source: Path, sec: IdentityInfo, pres: IdentityInfo) -> Path:
    first, second = WORK / "un.pdf", WORK / "deux.pdf"
    sign_pdf(source, first, sec, PASS["sec"], role_label="secrétaire de séance", reason="CR")
    sign_pdf(first, second, pres, PASS["pres"], role_label="président de séance", reason="CR")
    return second


def render_and_sign(content: MinutesContent, sec: IdentityInfo, pres: IdentityInfo) -> Path:
    source = WORK / "rendu.pdf"
    source.write_bytes(render(content))
    return sign_twice(source, sec, pres)


def blank_page() -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer)
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def pyhanko_blank(blank: bytes, identity: IdentityInfo) -> bytes:
    """pyHanko's own path: load the PKCS#12, one invisible PAdES signature, in memory."""
    signer = signers.SimpleSigner.load_pkcs12_data(
        identity.path.read_bytes(), other_certs=(), passphrase=PASS["sec"].encode()
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Signature1", md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer).sign_pdf(
        IncrementalPdfFileWriter(io.BytesIO(blank), strict=False), output=out
    )
    return out.getvalue()


def service_cycle(service: SignedMinutesService, seance: int, first: bool) -> None:
    """What a real correction costs: erratum, validation, two signatures, registration."""
    if not first:
        service.create_erratum(seance, "Mesure")
    service.validate(seance)
    service.sign(seance, "Claire Demarquette", "secrétaire", PASS["sec"], WORK / "s1.pdf")
    service.sign(seance, "Yannick Forestier", "président", PASS["pres"], WORK / "s2.pdf")


def main() -> None:
    quiet_pyhanko()
    ctx = context()
    seance = grow_to_thirty_pages(ctx)
    sec, pres = identities()
    signing = SigningSetup.in_folder(WORK / "data", EphemeralSecretStore())
    service = build_services(ctx, signing, database="banc").signed_minutes
    service_cycle(service, seance, first=True)  # warms up and leaves a signed version 1
    content = service.frozen_content(service.versions(seance)[-1].id)
    rendered = render(content)
    (WORK / "rendu.pdf").write_bytes(rendered)
    blank = blank_page()
    render_only = measure(lambda: render(content), REPEAT)
    full = measure(lambda: render_and_sign(content, sec, pres), REPEAT)
    source = WORK / "rendu-fixe.pdf"
    source.write_bytes(rendered)
    two = measure(lambda: sign_twice(source, sec, pres), REPEAT)
    raw = measure(lambda: pyhanko_blank(blank, sec), REPEAT)
    cycle = measure(lambda: service_cycle(service, seance, first=False), REPEAT)
    signed = sign_twice(source, sec, pres).read_bytes()
    pages = page_count(rendered)
    print_table(
        f"Compte rendu signé : {pages} pages, {len(rendered) // 1024} Ko, "
        f"{len(signed) // 1024} Ko après deux signatures (médiane de {REPEAT})",
        [
            Figure(f"mise en page seule ({pages} p.)", render_only),
            Figure("mise en page + 2 signatures", full, "mise en page seule", render_only),
            Figure("mise en page + 2 signatures", full, "pyHanko, 1 sign., page blanche", raw),
            Figure("2 signatures visibles seules", two, "pyHanko, 1 sign., page blanche", raw),
            Figure(
                "service : erratum+validation+2 sign.", cycle, "mise en page + 2 signatures", full
            ),
        ],
    )


if __name__ == "__main__":
    try:
        main()
    finally:
        shutil.rmtree(WORK, ignore_errors=True)
