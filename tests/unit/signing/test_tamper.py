"""Every way of altering a signed document must be refused, with a French explanation."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from gusp_desktop.signing.verify import VerificationReport, verify_pdf

from .helpers import (
    Organisation,
    appended_page,
    blanked_signature,
    change_byte_in_content,
    make_minutes,
    pdfsig_blocks,
    removed_signature_field,
    sign_by_both,
    spliced_signature,
    unsigned_text_update,
)

MODIFIED_AFTER_LAST = (
    "Le fichier a été modifié après la dernière signature sans nouvelle signature."
)


def _verify(data: bytes, tmp_path: Path, org: Organisation) -> VerificationReport:
    path = tmp_path / "altere.pdf"
    path.write_bytes(data)
    return verify_pdf(path, store=org.store)


@pytest.fixture(scope="module")
def donor_signed(organisation: Organisation, tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """Another document signed by the same people, whose signatures get transplanted."""
    workdir = tmp_path_factory.mktemp("donneur")
    source = make_minutes(workdir / "autre.pdf", pages=2, title="Comité GUSP du 3 juillet 2025")
    return sign_by_both(organisation, source, workdir).read_bytes()


def test_byte_changed_inside_a_content_stream(
    signed_twice: Path, organisation: Organisation, tmp_path: Path
) -> None:
    report = _verify(change_byte_in_content(signed_twice.read_bytes()), tmp_path, organisation)
    assert not report.ok
    for name in ("Signature1", "Signature2"):
        assert (
            f"La signature « {name} » ne correspond plus au contenu : "
            "le document a été modifié après signature."
        ) in report.problems
    assert not any(s.intact for s in report.signatures)


def test_unsigned_incremental_update_changing_page_one(
    signed_twice: Path, organisation: Organisation, tmp_path: Path
) -> None:
    report = _verify(unsigned_text_update(signed_twice.read_bytes()), tmp_path, organisation)
    assert not report.ok
    assert MODIFIED_AFTER_LAST in report.problems
    assert any("modifié après la signature « Signature1 »" in p for p in report.problems)
    assert any("modifié après la signature « Signature2 »" in p for p in report.problems)
    # the signatures themselves are still mathematically sound: only the analysis catches it
    assert all(s.intact and s.valid for s in report.signatures)
    assert {s.modification_level for s in report.signatures} == {"OTHER"}


def test_page_appended_in_an_incremental_update(
    signed_twice: Path, organisation: Organisation, tmp_path: Path
) -> None:
    report = _verify(appended_page(signed_twice.read_bytes()), tmp_path, organisation)
    assert not report.ok
    assert MODIFIED_AFTER_LAST in report.problems
    assert any("modifié après la signature « Signature2 »" in p for p in report.problems)


def test_signature_field_removed_in_an_incremental_update(
    signed_twice: Path, organisation: Organisation, tmp_path: Path
) -> None:
    report = _verify(removed_signature_field(signed_twice.read_bytes()), tmp_path, organisation)
    assert not report.ok
    assert [s.field_name for s in report.signatures] == ["Signature1"]
    assert MODIFIED_AFTER_LAST in report.problems
    assert (
        "La signature « Signature2 », présente dans une version antérieure du document, "
        "a été retirée."
    ) in report.problems


def test_signature_contents_blanked(
    signed_twice: Path, organisation: Organisation, tmp_path: Path
) -> None:
    report = _verify(blanked_signature(signed_twice.read_bytes()), tmp_path, organisation)
    assert not report.ok
    assert "La signature « Signature2 » est illisible ou endommagée." in report.problems
    assert MODIFIED_AFTER_LAST in report.problems


def test_signature_of_another_document_spliced_in(
    signed_twice: Path, organisation: Organisation, donor_signed: bytes, tmp_path: Path
) -> None:
    data = spliced_signature(signed_twice.read_bytes(), donor_signed)
    report = _verify(data, tmp_path, organisation)
    assert not report.ok
    second = report.signatures[-1]
    assert second.field_name == "Signature2" and not second.intact
    assert (
        "La signature « Signature2 » ne correspond plus au contenu : "
        "le document a été modifié après signature."
    ) in report.problems


@pytest.mark.parametrize(
    "tamper",
    [change_byte_in_content, unsigned_text_update, appended_page, removed_signature_field],
    ids=["octet", "mise-a-jour", "page-ajoutee", "champ-retire"],
)
def test_poppler_sees_the_tampering_too(
    tamper: Callable[[bytes], bytes], signed_twice: Path, nss_db: str, tmp_path: Path
) -> None:
    """Cross-check with an independent reader: either a digest mismatch or a partial coverage."""
    path = tmp_path / "altere.pdf"
    path.write_bytes(tamper(signed_twice.read_bytes()))
    last = pdfsig_blocks(nss_db, path)[-1]
    assert "Digest Mismatch." in last or "Not total document signed" in last


def test_unknown_authority_is_not_trusted(signed_twice: Path, organisation: Organisation) -> None:
    report = verify_pdf(signed_twice, store=organisation.store, use_app_roots=False)
    assert not report.ok
    assert not any(s.trusted for s in report.signatures)
    assert all(s.intact and s.valid for s in report.signatures)
    assert (
        "Certificat non reconnu pour la signature « Signature1 » : "
        "émetteur « Autorité GUSP Roubaix » non approuvé."
    ) in report.problems


def test_extra_root_makes_a_foreign_authority_trusted(
    signed_twice: Path, organisation: Organisation, tmp_path: Path
) -> None:
    """A partner without the application's store trusts the exported authority file."""
    from gusp_desktop.signing.identities import IdentityStore

    empty = IdentityStore(tmp_path / "vide")
    assert not verify_pdf(signed_twice, store=empty).ok
    assert verify_pdf(signed_twice, [organisation.ca_pem], store=empty).ok


def test_other_organisation_authority_does_not_help(signed_twice: Path, tmp_path: Path) -> None:
    from .helpers import build_organisation

    other = build_organisation(tmp_path / "autre-ville")
    report = verify_pdf(signed_twice, store=other.store)
    assert not report.ok
    assert any(p.startswith("Certificat non reconnu") for p in report.problems)


def test_garbage_is_not_a_pdf(organisation: Organisation, tmp_path: Path) -> None:
    report = _verify(b"%PDF-1.7\nn'importe quoi", tmp_path, organisation)
    assert not report.ok
    assert report.problems in (
        ("Le fichier n'est pas un PDF lisible.",),
        ("Aucune signature trouvée.",),
    )
