"""Authorities and signer identities: certificate content, naming rules, import, metadata."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from gusp_desktop.signing.ca import DOCUMENT_SIGNING
from gusp_desktop.signing.errors import IdentityError, WrongPassphraseError
from gusp_desktop.signing.identities import IdentityStore
from gusp_desktop.signing.sign import sign_pdf
from gusp_desktop.signing.verify import verify_pdf

from .helpers import (
    CA_PASSPHRASE,
    PRESIDENT_PASSPHRASE,
    Organisation,
    build_organisation,
)


def _load_p12(path: Path, passphrase: str) -> pkcs12.PKCS12KeyAndCertificates:
    return pkcs12.load_pkcs12(path.read_bytes(), passphrase.encode())


def test_authority_certificate(organisation: Organisation) -> None:
    cert = organisation.store.certificate(organisation.ca)
    assert cert.subject == cert.issuer
    assert cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)[0].value == (
        "Ville de Roubaix"
    )
    constraints = cert.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.critical and constraints.value.ca
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.key_cert_sign and usage.value.crl_sign
    assert not usage.value.digital_signature
    assert isinstance(cert.public_key(), ec.EllipticCurvePublicKey)
    assert cert.public_key().curve.name == "secp256r1"
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert dt.timedelta(days=3650) <= lifetime <= dt.timedelta(days=3660)
    assert organisation.ca.kind == "ca" and organisation.ca.issuer_cn == organisation.ca.subject_cn


def test_exported_authority_is_its_public_certificate(organisation: Organisation) -> None:
    exported = organisation.ca_pem.read_bytes()
    assert exported.startswith(b"-----BEGIN CERTIFICATE-----")
    assert b"PRIVATE" not in exported
    assert x509.load_pem_x509_certificate(exported) == organisation.store.certificate(
        organisation.ca
    )
    assert organisation.store.trusted_roots() == (x509.load_pem_x509_certificate(exported),)


def test_signer_certificate(organisation: Organisation) -> None:
    store, info = organisation.store, organisation.president
    cert = store.certificate(info)
    ca_cert = store.certificate(organisation.ca)
    cert.verify_directly_issued_by(ca_cert)
    usage = cert.extensions.get_extension_for_class(x509.KeyUsage)
    assert usage.critical and usage.value.digital_signature and usage.value.content_commitment
    assert not usage.value.key_cert_sign
    eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in eku and DOCUMENT_SIGNING in eku
    san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert san.get_values_for_type(x509.RFC822Name) == ["pierre.martin@example.fr"]
    assert not cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    lifetime = cert.not_valid_after_utc - cert.not_valid_before_utc
    assert dt.timedelta(days=1090) <= lifetime <= dt.timedelta(days=1100)
    assert (info.kind, info.subject_cn, info.email, info.role, info.issuer_cn) == (
        "signer",
        "Pierre Martin",
        "pierre.martin@example.fr",
        "président",
        "Autorité GUSP Roubaix",
    )
    assert info.fingerprint_sha256 == cert.fingerprint(hashes.SHA256()).hex(":").upper()


def test_signer_pkcs12_is_encrypted_and_carries_the_chain(organisation: Organisation) -> None:
    path = organisation.president.path
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(path.read_bytes(), None)
    with pytest.raises(ValueError):
        pkcs12.load_pkcs12(path.read_bytes(), b"mauvaise phrase")
    loaded = _load_p12(path, PRESIDENT_PASSPHRASE)
    assert loaded.key is not None and loaded.cert is not None
    assert [c.certificate for c in loaded.additional_certs] == [
        organisation.store.certificate(organisation.ca)
    ]


def test_list_and_get(organisation: Organisation) -> None:
    names = [i.name for i in organisation.store.list()]
    assert names == ["Autorité GUSP Roubaix", "Claire Demarquette", "Pierre Martin"]
    assert organisation.store.get("pierre martin") == organisation.president
    with pytest.raises(dataclasses.FrozenInstanceError):
        organisation.president.name = "autre"  # type: ignore[misc]
    with pytest.raises(IdentityError, match="Aucune identité nommée « Jean Inconnu »."):
        organisation.store.get("Jean Inconnu")


def test_duplicate_names_are_refused(organisation: Organisation) -> None:
    store = organisation.store
    for name in ("Pierre Martin", "PIERRE MARTIN", "  Pierre Martin "):
        with pytest.raises(IdentityError, match="Une identité nommée « .* » existe déjà."):
            store.create_identity(name, organisation.ca.name, CA_PASSPHRASE, "une phrase longue")
    with pytest.raises(IdentityError, match="existe déjà"):
        store.create_ca("Autorité GUSP Roubaix", "Ville", "une phrase longue")


@pytest.mark.parametrize(
    "name",
    [
        "../evasion",
        "a/b",
        "a\\b",
        "C:fichier",
        "",
        "   ",
        ".cache",
        "fin.",
        "CON",
        "nul.txt",
        "x" * 81,
    ],
)
def test_invalid_names_are_refused(tmp_path: Path, name: str) -> None:
    store = IdentityStore(tmp_path / "ids")
    with pytest.raises(IdentityError) as caught:
        store.create_ca(name, "Organisation", "une phrase longue")
    assert str(caught.value)[0] in "LU"  # a French sentence ("Le nom …", "Le nom de …")
    assert not any(tmp_path.rglob("*.p12"))


def test_path_separator_message(tmp_path: Path) -> None:
    with pytest.raises(IdentityError, match="ne doit pas contenir de séparateur de chemin"):
        IdentityStore(tmp_path).create_ca("../evasion", "Organisation", "une phrase longue")


def test_wrong_authority_passphrase(tmp_path: Path) -> None:
    org = build_organisation(tmp_path)
    with pytest.raises(WrongPassphraseError) as caught:
        org.store.create_identity("Nouvelle Personne", org.ca.name, "pas la bonne", "x" * 12)
    assert str(caught.value) == "Phrase secrète incorrecte pour « Autorité GUSP Roubaix »."
    assert not list(org.store.root.glob("Nouvelle Personne*"))


def test_weak_passphrase_and_bad_email_are_refused(organisation: Organisation) -> None:
    store = organisation.store
    with pytest.raises(IdentityError, match="au moins 8 caractères"):
        store.create_identity("Court", organisation.ca.name, CA_PASSPHRASE, "1234")
    with pytest.raises(IdentityError, match="L'adresse électronique « pas-une-adresse »"):
        store.create_identity(
            "Adresse", organisation.ca.name, CA_PASSPHRASE, "x" * 12, email="pas-une-adresse"
        )
    with pytest.raises(IdentityError, match="n'est pas une autorité"):
        store.create_identity("Sous", "Pierre Martin", PRESIDENT_PASSPHRASE, "x" * 12)


def _foreign_rsa_p12(tmp_path: Path, passphrase: str) -> tuple[Path, x509.Certificate]:
    """A PKCS#12 from elsewhere: RSA key, foreign authority, legacy 3DES encryption."""
    ca_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Autorité Départementale")])
    now = dt.datetime.now(dt.UTC)
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(ca_key, hashes.SHA256())
    )
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    cert = (
        x509.CertificateBuilder()
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Élodie Vasseur")]))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=30))
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False),
            critical=True,
        )
        .sign(ca_key, hashes.SHA256())
    )
    legacy = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .key_cert_algorithm(pkcs12.PBES.PBESv1SHA1And3KeyTripleDESCBC)
        .hmac_hash(hashes.SHA1())
        .build(passphrase.encode())
    )
    path = tmp_path / "elodie.pfx"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"e", key, cert, [ca_cert], legacy))
    return path, ca_cert


def test_import_pkcs12_then_sign_with_it(tmp_path: Path, minutes_pdf: Path) -> None:
    path, foreign_ca = _foreign_rsa_p12(tmp_path, "ancienne phrase")
    store = IdentityStore(tmp_path / "ids")
    with pytest.raises(WrongPassphraseError, match="Phrase secrète incorrecte pour « elodie.pfx »"):
        store.import_pkcs12(path, "Élodie Vasseur", "pas la bonne")
    info = store.import_pkcs12(path, "Élodie Vasseur", "ancienne phrase", role="trésorière")
    assert (info.kind, info.subject_cn, info.role) == ("signer", "Élodie Vasseur", "trésorière")
    assert info.issuer_cn == "Autorité Départementale"
    assert info.path != path and info.path.parent == store.root
    reencrypted = _load_p12(info.path, "ancienne phrase")
    assert reencrypted.cert is not None and reencrypted.additional_certs
    assert store.trusted_roots() == ()  # an imported signer does not make its issuer trusted

    out = tmp_path / "signe.pdf"
    sign_pdf(
        minutes_pdf,
        out,
        info,
        "ancienne phrase",
        role_label="trésorière",
        reason="Approbation du compte rendu",
    )
    assert not verify_pdf(out, store=store).ok
    report = verify_pdf(out, [foreign_ca], store=store)
    assert report.ok, report.problems
    assert report.signatures[0].signer_cn == "Élodie Vasseur"


def test_import_of_an_authority_makes_it_trusted(tmp_path: Path) -> None:
    source = build_organisation(tmp_path / "origine")
    other = IdentityStore(tmp_path / "autre-poste")
    info = other.import_pkcs12(source.ca.path, "Autorité importée", CA_PASSPHRASE)
    assert info.kind == "ca"
    assert other.trusted_roots() == source.store.trusted_roots()


def test_import_rejects_files_that_are_not_pkcs12(tmp_path: Path) -> None:
    bogus = tmp_path / "faux.p12"
    bogus.write_bytes(b"pas du tout un PKCS#12")
    store = IdentityStore(tmp_path / "ids")
    with pytest.raises(IdentityError, match="n'est pas un fichier PKCS#12 valide"):
        store.import_pkcs12(bogus, "Faux", "une phrase")
    with pytest.raises(IdentityError, match="Impossible de lire"):
        store.import_pkcs12(tmp_path / "absent.p12", "Absent", "une phrase")


def test_metadata_is_descriptive_only(organisation: Organisation) -> None:
    meta_path = organisation.president.path.with_suffix(".json")
    data = json.loads(meta_path.read_text(encoding="utf-8"))
    assert set(data) == {
        "format_version",
        "name",
        "kind",
        "subject_cn",
        "email",
        "role",
        "issuer_cn",
        "not_before",
        "not_after",
        "fingerprint_sha256",
        "pkcs12_file",
        "certificate_file",
    }
    assert data["pkcs12_file"] == "Pierre Martin.p12"


def test_damaged_or_hostile_metadata_is_ignored(tmp_path: Path) -> None:
    org = build_organisation(tmp_path)
    (org.store.root / "cassé.json").write_text("{pas du json", encoding="utf-8")
    meta = json.loads(org.president.path.with_suffix(".json").read_text(encoding="utf-8"))
    meta.update(name="Intrus", pkcs12_file="../../ailleurs.p12")
    (org.store.root / "Intrus.json").write_text(json.dumps(meta), encoding="utf-8")
    assert [i.name for i in org.store.list()] == [
        "Autorité GUSP Roubaix",
        "Claire Demarquette",
        "Pierre Martin",
    ]


def test_remove(tmp_path: Path) -> None:
    org = build_organisation(tmp_path)
    org.store.remove("Pierre Martin")
    assert [i.name for i in org.store.list()] == ["Autorité GUSP Roubaix", "Claire Demarquette"]
    assert not list(org.store.root.glob("Pierre Martin.*"))
