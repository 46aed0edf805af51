"""A co-signer may only sign in a reserved box: nothing visible can be added after the first
signature, which certifies the document (DocMDP: form filling and signing only)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from gusp_desktop.signing.sign import sign_pdf
from gusp_desktop.signing.verify import VerificationReport, verify_pdf

from .helpers import (
    PRESIDENT_PASSPHRASE,
    SECRETARY_PASSPHRASE,
    Organisation,
    hostile_signature,
    moved_reserved_box,
    unsigned_annotation,
)


@pytest.fixture(scope="module")
def signed_once(
    organisation: Organisation, minutes_pdf: Path, tmp_path_factory: pytest.TempPathFactory
) -> bytes:
    out = tmp_path_factory.mktemp("une-signature") / "signe-secretaire.pdf"
    sign_pdf(
        minutes_pdf,
        out,
        organisation.secretary,
        SECRETARY_PASSPHRASE,
        role_label="secrétaire de séance",
        reason="Approbation du compte rendu",
    )
    return out.read_bytes()


def _verify(data: bytes, tmp_path: Path, org: Organisation) -> VerificationReport:
    path = tmp_path / "a-verifier.pdf"
    path.write_bytes(data)
    return verify_pdf(path, store=org.store)


def test_the_first_signature_certifies_form_filling_only(signed_once: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(signed_once), strict=False)
    perms = reader.root["/Perms"]
    assert "/DocMDP" in perms
    (signature,) = reader.embedded_signatures
    assert signature.docmdp_level is not None and signature.docmdp_level.value == 2


def test_our_second_signature_is_accepted(signed_twice: Path, organisation, tmp_path) -> None:
    report = _verify(signed_twice.read_bytes(), tmp_path, organisation)
    assert report.ok, report.problems


def test_second_signature_covering_page_one_is_rejected(
    signed_once: bytes, organisation: Organisation, tmp_path: Path
) -> None:
    data = hostile_signature(signed_once, organisation.president, PRESIDENT_PASSPHRASE)
    report = _verify(data, tmp_path, organisation)
    assert not report.ok
    assert any(
        "« Signature9 »" in p and "page 1" in p and "emplacements réservés" in p
        for p in report.problems
    ), report.problems


def test_second_signature_outside_the_boxes_of_the_last_page_is_rejected(
    signed_once: bytes, organisation: Organisation, tmp_path: Path
) -> None:
    data = hostile_signature(
        signed_once, organisation.president, PRESIDENT_PASSPHRASE, page=-1, box=(72, 600, 520, 780)
    )
    report = _verify(data, tmp_path, organisation)
    assert not report.ok
    assert any("emplacements réservés" in p for p in report.problems), report.problems


def test_annotation_added_with_a_later_signature_is_named(
    signed_once: bytes, organisation: Organisation, tmp_path: Path
) -> None:
    data = hostile_signature(
        signed_once,
        organisation.president,
        PRESIDENT_PASSPHRASE,
        page=-1,
        box=(36, 36, 292, 106),
        annotation=True,
    )
    report = _verify(data, tmp_path, organisation)
    assert not report.ok
    assert any("annotation" in p and "FreeText" in p and "page 3" in p for p in report.problems), (
        report.problems
    )


def test_unsigned_annotation_after_the_first_signature_is_named(
    signed_once: bytes, organisation: Organisation, tmp_path: Path
) -> None:
    report = _verify(unsigned_annotation(signed_once), tmp_path, organisation)
    assert not report.ok
    assert any("annotation" in p and "FreeText" in p for p in report.problems), report.problems


def test_reserved_box_enlarged_by_the_second_signer_is_named(
    signed_once: bytes, organisation: Organisation, tmp_path: Path
) -> None:
    data = moved_reserved_box(signed_once, organisation.president, PRESIDENT_PASSPHRASE)
    report = _verify(data, tmp_path, organisation)
    assert not report.ok
    assert any("« Signature2 »" in p and "agrandie" in p for p in report.problems)


def test_the_first_signature_reserves_the_other_boxes(signed_once: bytes) -> None:
    reader = PdfFileReader(io.BytesIO(signed_once), strict=False)
    names = {
        str(ref.get_object()["/T"]): ref.get_object().get("/V") is not None
        for ref in reader.root["/AcroForm"]["/Fields"]
    }
    assert names == {
        "Signature1": True,
        "Signature2": False,
        "Signature3": False,
        "Signature4": False,
    }
