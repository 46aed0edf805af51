"""Signed minutes end to end through ``gusp-desktop`` in subprocesses, on the demo territory.

One run (module fixture) creates the authority and two identities, validates the COTECH-IQ n° 4
minutes and has the secretary then the president sign them. The tests then check the result
with pyHanko and with poppler's ``pdfsig`` (trusting the exported authority through an NSS
database), feed a tamper corpus to ``gusp-desktop verify``, look for leaked secrets and go
through an erratum.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext
from sqlalchemy import select

from gusp_desktop.db.engine import make_engine
from gusp_desktop.db.models import Instance, Seance
from tests.e2e.test_signing_support import (
    appended_page,
    flip_byte_in_first_content_stream,
    foreign_donor,
    removed_signature_field,
    secrets_in,
    spliced_signature,
    swapped_page_content,
)
from tests.fixtures.demo import DemoTemplates
from tests.unit.signing.helpers import (
    build_organisation,
    make_minutes,
    pdfsig_blocks,
    sign_by_both,
)
from tests.unit.signing.test_damaged import DAMAGES

PASSPHRASES = {
    "Autorité GUSP Marvelin": "autorité de Marvelin 2025",
    "Claire Demarquette": "phrase secrète de Claire",
    "Yannick Forestier": "phrase secrète de Yannick",
}


@dataclass
class Run:
    """The signing run and every output the CLI printed (searched for secrets later)."""

    root: Path
    env: dict[str, str]
    db: Path
    seance_id: int
    outputs: list[str] = field(default_factory=list)

    def cli(self, *args: str | Path | int, ok: bool = True) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "gusp_desktop", "--db", str(self.db), *map(str, args)]
        result = subprocess.run(
            command, env=self.env, capture_output=True, text=True, timeout=180, check=False
        )
        self.outputs += [result.stdout, result.stderr]
        if ok:
            assert result.returncode == 0, result.stdout + result.stderr
        return result

    def secret_file(self, name: str) -> Path:
        path = self.root / "secrets" / f"{name}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(PASSPHRASES[name] + "\n", encoding="utf-8")
        return path

    @property
    def dirs(self) -> list[Path]:
        return [Path(self.env[k]) for k in ("GUSP_DATA_DIR", "GUSP_CONFIG_DIR", "TMPDIR")]


def _demo_database(path: Path, template: Path) -> int:
    """A copy of the demo ``template`` (clock fixed on its « today ») and the id of COTECH-IQ
    n° 4, minutes in writing."""
    shutil.copy(template, path)
    engine = make_engine(f"sqlite:///{path}")
    try:
        with engine.connect() as conn:
            seance_id = conn.scalar(
                select(Seance.id)
                .join(Instance, Instance.id == Seance.instance_id)
                .where(Instance.code == "COTECH-IQ", Seance.number == 4)
            )
    finally:
        engine.dispose()
    assert seance_id is not None
    return int(seance_id)


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory, demo_templates: DemoTemplates) -> Run:
    root = tmp_path_factory.mktemp("signature-e2e")
    env = {
        **os.environ,
        "GUSP_DATA_DIR": str(root / "data"),
        "GUSP_CONFIG_DIR": str(root / "config"),
        "TMPDIR": str(root / "tmp"),
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
    }
    for key in ("GUSP_DATA_DIR", "GUSP_CONFIG_DIR", "TMPDIR"):
        Path(env[key]).mkdir(parents=True)
    db = Path(env["GUSP_DATA_DIR"]) / "demo.sqlite3"
    flow = Run(root, env, db, _demo_database(db, demo_templates.template()))
    ca, claire, yannick = PASSPHRASES
    flow.cli(
        "identity",
        "create-ca",
        ca,
        "--organisation",
        "Marvelin Agglomération",
        "--passphrase-file",
        flow.secret_file(ca),
    )
    for name, role in ((claire, "secrétaire"), (yannick, "président")):
        flow.cli(
            "identity",
            "create",
            name,
            "--ca",
            ca,
            "--role",
            role,
            "--passphrase-file",
            flow.secret_file(name),
            "--ca-passphrase-file",
            flow.secret_file(ca),
        )
    flow.cli("identity", "export-ca", ca, "-o", root / "autorite.pem")
    flow.cli("minutes", "validate", flow.seance_id)
    flow.cli(
        "minutes",
        "sign",
        flow.seance_id,
        "--identity",
        claire,
        "-o",
        root / "signe-1.pdf",
        "--passphrase-file",
        flow.secret_file(claire),
    )
    flow.cli(
        "minutes",
        "sign",
        flow.seance_id,
        "--identity",
        yannick,
        "--remember",
        "-o",
        root / "signe-2.pdf",
        "--passphrase-file",
        flow.secret_file(yannick),
    )
    return flow


@pytest.fixture(scope="module")
def signed(run: Run) -> Path:
    return run.root / "signe-2.pdf"


def test_the_run_reports_each_step_in_french(run: Run) -> None:
    listing = run.cli("identity", "list").stdout
    assert "Autorité GUSP Marvelin" in listing and "président" in listing
    said = "".join(run.outputs)
    assert "Signature 1 (secrétaire de séance, Claire Demarquette) ajoutée" in said
    assert "Reste à signer : président de séance." in said
    assert "Phrase secrète non mémorisée : Aucun trousseau sécurisé" in said


def test_pyhanko_accepts_both_signatures_the_last_covering_the_file(run: Run, signed: Path) -> None:
    roots = [load_cert_from_pemder(str(run.root / "autorite.pem"))]
    with signed.open("rb") as handle:
        embedded = PdfFileReader(handle, strict=False).embedded_signatures
        statuses = [
            validate_pdf_signature(s, ValidationContext(trust_roots=roots, allow_fetching=False))
            for s in embedded
        ]
    assert len(statuses) == 2
    for status in statuses:
        assert status.intact and status.valid and status.trusted and status.bottom_line
    assert statuses[0].coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert statuses[1].coverage == SignatureCoverageLevel.ENTIRE_FILE


def test_pdfsig_trusts_both_signatures_through_nss(run: Run, signed: Path) -> None:
    if shutil.which("certutil") is None or shutil.which("pdfsig") is None:
        pytest.fail("certutil (libnss3-tools) et pdfsig (poppler-utils) sont nécessaires")
    nss = run.root / "nss"
    nss.mkdir()
    subprocess.run(["certutil", "-N", "-d", f"sql:{nss}", "--empty-password"], check=True)
    subprocess.run(
        [
            "certutil",
            "-A",
            "-d",
            f"sql:{nss}",
            "-n",
            "gusp",
            "-t",
            "C,C,C",
            "-i",
            str(run.root / "autorite.pem"),
        ],
        check=True,
    )
    blocks = pdfsig_blocks(f"sql:{nss}", signed)
    assert len(blocks) == 2
    for block in blocks:
        assert "Signature is Valid." in block and "Certificate is Trusted." in block
        assert "ETSI.CAdES.detached" in block
    assert "Not total document signed" in blocks[0]
    assert "Total document signed" in blocks[1] and "Not total" not in blocks[1]


def test_verify_accepts_the_registered_file(run: Run, signed: Path) -> None:
    result = run.cli("verify", signed)
    assert "Verdict : document intègre, 2 signatures valides et approuvées." in result.stdout
    assert (
        "Base de données : version enregistrée du compte rendu de la séance "
        "COTECH-IQ n° 4 du 12/06/2025 (version 1, 2 signatures : "
        "Claire Demarquette, Yannick Forestier)"
    ) in result.stdout
    assert "Yannick Forestier — président de séance" in result.stdout


def _donor(run: Run) -> bytes:
    return foreign_donor(Path(run.env["GUSP_DATA_DIR"]), run.root, PASSPHRASES)


TAMPERING: dict[str, tuple[Callable[[bytes, Run], bytes], list[str]]] = {
    "octet-modifie": (
        lambda data, _run: flip_byte_in_first_content_stream(data),
        ["La signature « Signature1 » ne correspond plus au contenu"],
    ),
    "texte-change": (
        lambda data, _run: swapped_page_content(data),
        [
            "Le document a été modifié après la signature « Signature2 » autrement que par "
            "l'ajout de signatures",
            "Le fichier a été modifié après la dernière signature",
        ],
    ),
    "page-ajoutee": (
        lambda data, _run: appended_page(data),
        ["Le fichier a été modifié après la dernière signature sans nouvelle signature."],
    ),
    "signature-retiree": (
        lambda data, _run: removed_signature_field(data, "Signature2"),
        [
            "La signature « Signature2 », présente dans une version antérieure du document, "
            "a été retirée."
        ],
    ),
    "signature-greffee": (
        lambda data, run: spliced_signature(data, _donor(run)),
        ["La signature « Signature2 » ne correspond plus au contenu"],
    ),
}


@pytest.mark.parametrize("case", list(TAMPERING))
def test_verify_rejects_every_tampering(run: Run, signed: Path, case: str) -> None:
    tamper, expected = TAMPERING[case]
    path = run.root / f"altere-{case}.pdf"
    path.write_bytes(tamper(signed.read_bytes(), run))
    result = run.cli("verify", path, ok=False)
    assert result.returncode != 0, result.stdout
    assert "Verdict : DOCUMENT NON VALIDE" in result.stdout
    assert "Base de données : fichier inconnu de la base" in result.stdout
    for message in expected:
        assert message in result.stdout, result.stdout
    assert "Traceback" not in result.stdout + result.stderr


@pytest.mark.parametrize("damage", ["byterange-short", "subfilter-array", "value-dangling"])
def test_verify_gives_a_verdict_on_a_damaged_signature_dictionary(
    run: Run, signed: Path, damage: str
) -> None:
    """Defect 1 through the command line: a French verdict and exit 1, never a traceback."""
    path = run.root / f"abime-{damage}.pdf"
    path.write_bytes(DAMAGES[damage](signed.read_bytes()))
    result = run.cli("verify", path, ok=False)
    assert result.returncode == 1, result.stdout + result.stderr
    assert "Verdict : DOCUMENT NON VALIDE" in result.stdout
    assert "Traceback" not in result.stdout + result.stderr


def test_no_passphrase_or_private_key_left_anywhere(run: Run, signed: Path) -> None:
    identities = Path(run.env["GUSP_DATA_DIR"]) / "identities"
    leaks = secrets_in(run.dirs, identities, PASSPHRASES, run.outputs)
    assert leaks == []


def test_revalidation_is_refused_and_erratum_keeps_the_old_file_valid(
    run: Run, signed: Path
) -> None:
    again = run.cli("minutes", "validate", run.seance_id, ok=False)
    assert again.returncode == 1 and "est déjà signé (version 1)" in again.stderr
    run.cli("minutes", "erratum", run.seance_id, "--reason", "Échéance de HM-25-060 erronée")
    run.cli("minutes", "validate", run.seance_id)
    claire = "Claire Demarquette"
    run.cli(
        "minutes",
        "sign",
        run.seance_id,
        "--identity",
        claire,
        "-o",
        run.root / "erratum-1.pdf",
        "--passphrase-file",
        run.secret_file(claire),
    )
    old = run.cli("verify", signed)
    assert "; remplacée par l'erratum (version 2)" in old.stdout
    new = run.cli("verify", run.root / "erratum-1.pdf")
    assert "(version 2, 1 signature : Claire Demarquette)" in new.stdout
    text = subprocess.run(
        ["pdftotext", str(run.root / "erratum-1.pdf"), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Erratum n° 1" in text and "Échéance de HM-25-060 erronée" in text


def test_an_unknown_authority_is_refused_unless_trusted_explicitly(run: Run) -> None:
    elsewhere = build_organisation(run.root / "autre-ville")
    foreign = sign_by_both(elsewhere, make_minutes(run.root / "autre.pdf"), run.root)
    refused = run.cli("verify", foreign, ok=False)
    assert refused.returncode == 1
    assert (
        "Certificat non reconnu pour la signature « Signature1 » : "
        "émetteur « Autorité GUSP Roubaix » non approuvé."
    ) in refused.stdout
    accepted = run.cli("verify", foreign, "--trust", elsewhere.ca_pem)
    assert "Base de données : fichier inconnu de la base" in accepted.stdout
    missing = run.cli("verify", foreign, "--trust", run.root / "absent.pem", ok=False)
    assert "Erreur : Le certificat d'autorité" in missing.stderr and "introuvable" in missing.stderr
