"""Two signers sign the same minutes; pyHanko, our verifier and poppler must all accept it."""

from __future__ import annotations

import hashlib
import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pyhanko.keys import load_cert_from_pemder
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.validation import validate_pdf_signature
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from gusp_desktop.signing.errors import SigningError, WrongPassphraseError
from gusp_desktop.signing.sign import sign_pdf
from gusp_desktop.signing.verify import verify_pdf

from .helpers import (
    SECRETARY_PASSPHRASE,
    Organisation,
    make_minutes,
    pdfsig_blocks,
)


def _rects(pdf: Path) -> dict[str, list[float]]:
    """Widget rectangle of every signature field on the last page."""
    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()), strict=False)
    last = reader.root["/Pages"]["/Kids"][-1].get_object()
    return {
        str(a.get_object()["/T"]): [float(v) for v in a.get_object()["/Rect"]]
        for a in last["/Annots"]
    }


def test_pyhanko_accepts_both_signatures(signed_twice: Path, organisation: Organisation) -> None:
    context_roots = [load_cert_from_pemder(str(organisation.ca_pem))]
    reader = PdfFileReader(io.BytesIO(signed_twice.read_bytes()), strict=False)
    sigs = reader.embedded_signatures
    assert [s.field_name for s in sigs] == ["Signature1", "Signature2"]
    statuses = [
        validate_pdf_signature(
            s, ValidationContext(trust_roots=context_roots, allow_fetching=False)
        )
        for s in sigs
    ]
    assert all(st.bottom_line for st in statuses)
    assert statuses[0].coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert statuses[-1].coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert sigs[0].sig_object["/SubFilter"] == "/ETSI.CAdES.detached"


def test_verify_pdf_reports_signers_roles_and_order(
    signed_twice: Path, organisation: Organisation
) -> None:
    report = verify_pdf(signed_twice, store=organisation.store)
    assert report.ok, report.problems
    assert report.problems == ()
    first, second = report.signatures
    assert (first.field_name, first.signer_cn) == ("Signature1", "Claire Demarquette")
    assert (second.field_name, second.signer_cn) == ("Signature2", "Pierre Martin")
    assert first.role == "secrétaire de séance"
    assert second.role == "président du comité"
    assert first.reason == "Approbation du compte rendu"
    assert first.location == "Roubaix"
    assert first.issuer_cn == "Autorité GUSP Roubaix"
    assert first.intact and first.valid and first.trusted
    assert not first.covers_whole_file and second.covers_whole_file
    assert first.modification_level == "FORM_FILLING"
    assert first.signing_time is not None and first.timestamp_time is None


def test_poppler_trusts_both_signatures_through_the_exported_authority(
    signed_twice: Path, nss_db: str
) -> None:
    blocks = pdfsig_blocks(nss_db, signed_twice)
    assert len(blocks) == 2
    for block in blocks:
        assert "Signature is Valid." in block
        assert "Certificate is Trusted." in block
        assert "ETSI.CAdES.detached" in block
    assert "Not total document signed" in blocks[0]
    assert "Total document signed" in blocks[1]
    assert "Not total document signed" not in blocks[1]


def test_boxes_sit_side_by_side_at_the_bottom_of_the_last_page(signed_twice: Path) -> None:
    rects = _rects(signed_twice)
    first, second = rects["Signature1"], rects["Signature2"]
    assert first[1] == second[1] and first[1] < 100  # same row, near the bottom
    assert first[2] <= second[0]  # no overlap, left to right
    reader = PdfFileReader(io.BytesIO(signed_twice.read_bytes()), strict=False)
    kids = reader.root["/Pages"]["/Kids"]
    for index in range(len(kids) - 1):
        assert "/Annots" not in kids[index]


def test_third_signature_starts_a_new_row(
    signed_twice: Path, organisation: Organisation, tmp_path: Path
) -> None:
    third = tmp_path / "trois.pdf"
    result = sign_pdf(
        signed_twice,
        third,
        organisation.secretary,
        SECRETARY_PASSPHRASE,
        role_label="secrétaire de séance",
        reason="Certification de la copie conforme",
    )
    assert result.field_name == "Signature3"
    rects = _rects(third)
    assert rects["Signature3"][1] >= rects["Signature1"][3]  # above the first row
    report = verify_pdf(third, store=organisation.store)
    assert report.ok, report.problems
    assert [s.field_name for s in report.signatures] == ["Signature1", "Signature2", "Signature3"]


def test_sign_result_matches_the_written_file(
    minutes_pdf: Path, organisation: Organisation, tmp_path: Path
) -> None:
    steps: list[tuple[float, str]] = []
    out = tmp_path / "signe.pdf"
    result = sign_pdf(
        minutes_pdf,
        out,
        organisation.secretary,
        SECRETARY_PASSPHRASE,
        role_label="secrétaire de séance",
        reason="Approbation du compte rendu",
        progress=lambda fraction, message: steps.append((fraction, message)),
    )
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert result.field_name == "Signature1"
    assert result.signed_at.tzinfo is not None
    assert steps[-1] == (1.0, "Document signé.")
    assert [f for f, _ in steps] == sorted(f for f, _ in steps)
    assert not list(out.parent.glob(".*.tmp"))


def test_signing_in_place_keeps_a_valid_file(
    minutes_pdf: Path, organisation: Organisation, tmp_path: Path
) -> None:
    target = tmp_path / "meme-fichier.pdf"
    shutil.copy(minutes_pdf, target)
    sign_pdf(
        target,
        target,
        organisation.secretary,
        SECRETARY_PASSPHRASE,
        role_label="secrétaire de séance",
        reason="Approbation du compte rendu",
    )
    assert verify_pdf(target, store=organisation.store).ok


def test_wrong_passphrase_on_sign_is_refused_in_french(
    minutes_pdf: Path, organisation: Organisation, tmp_path: Path
) -> None:
    out = tmp_path / "jamais.pdf"
    with pytest.raises(WrongPassphraseError) as caught:
        sign_pdf(
            minutes_pdf,
            out,
            organisation.secretary,
            "ce n'est pas la bonne",
            role_label="secrétaire de séance",
            reason="Approbation",
        )
    assert str(caught.value) == "Phrase secrète incorrecte pour « Claire Demarquette »."
    assert not out.exists()


def test_an_authority_cannot_sign_documents(
    minutes_pdf: Path, organisation: Organisation, tmp_path: Path
) -> None:
    with pytest.raises(SigningError, match="autorité de certification"):
        sign_pdf(
            minutes_pdf,
            tmp_path / "x.pdf",
            organisation.ca,
            "autorité-roubaix-2025",
            role_label="autorité",
            reason="Essai",
        )


def test_a_file_that_is_not_a_pdf_is_refused(organisation: Organisation, tmp_path: Path) -> None:
    bogus = tmp_path / "faux.pdf"
    bogus.write_bytes(b"ceci n'est pas un PDF")
    with pytest.raises(SigningError, match="n'est pas un PDF lisible"):
        sign_pdf(
            bogus,
            tmp_path / "x.pdf",
            organisation.secretary,
            SECRETARY_PASSPHRASE,
            role_label="secrétaire de séance",
            reason="Essai",
        )


def test_appearance_text_is_in_the_document(signed_twice: Path) -> None:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) est nécessaire")
    text = subprocess.run(
        ["pdftotext", "-f", "3", "-l", "3", str(signed_twice), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Signé électroniquement par Claire Demarquette" in text
    assert "Signé électroniquement par Pierre Martin" in text
    assert "secrétaire de séance" in text


def test_unsigned_document_has_no_signature(minutes_pdf: Path, organisation: Organisation) -> None:
    report = verify_pdf(minutes_pdf, store=organisation.store)
    assert not report.ok
    assert report.problems == ("Aucune signature trouvée.",)


def test_one_page_document_can_be_signed(organisation: Organisation, tmp_path: Path) -> None:
    source = make_minutes(tmp_path / "une-page.pdf", pages=1)
    out = tmp_path / "une-page-signee.pdf"
    sign_pdf(
        source,
        out,
        organisation.president,
        "phrase secrète de Pierre",
        role_label="président du comité",
        reason="Approbation du compte rendu",
    )
    assert verify_pdf(out, store=organisation.store).ok
