"""Certificates of an organisation's own authority and of its signers, and their PKCS#12 envelopes.

Why a local authority instead of one self-signed certificate per person: readers such as poppler
(NSS) cannot be told to trust a self-signed end-entity certificate, while a partner can install one
authority certificate once and then trust every signer the organisation issues. Keys are ECDSA
P-256: small signatures and fast signing. Private keys exist only in memory and inside PKCS#12 files
encrypted with the user's passphrase (PBES2, AES-256).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from asn1crypto import pkcs12 as asn1_pkcs12
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID, ObjectIdentifier

from gusp_desktop.domain.errors import Message
from gusp_desktop.signing.errors import IdentityError, WrongPassphraseError

CA_VALIDITY = dt.timedelta(days=3653)
SIGNER_VALIDITY = dt.timedelta(days=1096)
CLOCK_SKEW = dt.timedelta(minutes=10)
MIN_PASSPHRASE_LENGTH = 8
DOCUMENT_SIGNING = ObjectIdentifier("1.3.6.1.5.5.7.3.36")  # id-kp-documentSigning (RFC 9336)
_SIGNING_KEY_TYPES = (
    ec.EllipticCurvePrivateKey,
    rsa.RSAPrivateKey,
    ed25519.Ed25519PrivateKey,
    ed448.Ed448PrivateKey,
)


@dataclass(frozen=True)
class KeyMaterial:
    """A private key with its certificate and the certificates that complete its chain.

    Lives only in memory; ``repr`` hides the key so that it can never end up in a log line.
    """

    key: pkcs12.PKCS12PrivateKeyTypes = field(repr=False)
    certificate: x509.Certificate
    chain: tuple[x509.Certificate, ...] = ()


def check_new_passphrase(passphrase: str) -> None:
    """Refuse passphrases too short to protect a signing key sitting on a laptop."""
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise IdentityError(
            Message(
                ("La phrase secrète doit contenir au moins {min_passphrase_length} caractères."),
                min_passphrase_length=MIN_PASSPHRASE_LENGTH,
            )
        )


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def _name(common_name: str, organisation: str | None, title: str | None = None) -> x509.Name:
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name)]
    if organisation:
        attributes.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation))
    if title:
        attributes.append(x509.NameAttribute(NameOID.TITLE, title))
    return x509.Name(attributes)


def build_ca(common_name: str, organisation: str) -> KeyMaterial:
    """A ten-year authority that may sign end-entity certificates only (path length 0)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = _name(common_name, organisation)
    start = _now() - CLOCK_SKEW
    public = key.public_key()
    cert = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(start + CA_VALIDITY)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(_key_usage(cert_sign=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )
    return KeyMaterial(key=key, certificate=cert)


def _key_usage(*, cert_sign: bool) -> x509.KeyUsage:
    return x509.KeyUsage(
        digital_signature=not cert_sign,
        content_commitment=not cert_sign,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=cert_sign,
        crl_sign=cert_sign,
        encipher_only=False,
        decipher_only=False,
    )


def issue_signer(
    ca: KeyMaterial, common_name: str, email: str | None = None, role: str | None = None
) -> KeyMaterial:
    """A three-year signing certificate issued by ``ca`` (non-repudiation, document signing)."""
    if not isinstance(ca.key, ec.EllipticCurvePrivateKey):
        raise IdentityError("Seules les autorités créées par l'application peuvent émettre.")
    key = ec.generate_private_key(ec.SECP256R1())
    start = _now() - CLOCK_SKEW
    end = min(start + SIGNER_VALIDITY, ca.certificate.not_valid_after_utc)
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(common_name, organisation_of(ca.certificate), role))
        .issuer_name(ca.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_key_usage(cert_sign=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING]),
            critical=False,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.key.public_key()), False
        )
    )
    if email:
        builder = builder.add_extension(
            x509.SubjectAlternativeName([x509.RFC822Name(email)]), critical=False
        )
    cert = builder.sign(ca.key, hashes.SHA256())
    return KeyMaterial(key=key, certificate=cert, chain=(ca.certificate,))


def to_pkcs12(material: KeyMaterial, friendly_name: str, passphrase: str) -> bytes:
    """Serialise key, certificate and chain, encrypted with the passphrase (PBES2/AES-256)."""
    if not passphrase:
        raise IdentityError("Une phrase secrète est obligatoire pour protéger la clé privée.")
    return pkcs12.serialize_key_and_certificates(
        friendly_name.encode("utf-8"),
        material.key,
        material.certificate,
        list(material.chain) or None,
        serialization.BestAvailableEncryption(passphrase.encode("utf-8")),
    )


def _looks_like_pkcs12(data: bytes) -> bool:
    """Tell a damaged or foreign file from a wrong passphrase, which cryptography cannot."""
    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return bool(pfx["version"].native == "v3" and pfx["auth_safe"]["content_type"].native)
    except Exception:
        return False


def from_pkcs12(data: bytes, passphrase: str, label: str) -> KeyMaterial:
    """Open a PKCS#12 file; a wrong passphrase gives :class:`WrongPassphraseError`."""
    if not _looks_like_pkcs12(data):
        raise IdentityError(
            Message("Le fichier de « {label} » n'est pas un fichier PKCS#12 valide.", label=label)
        )
    try:
        loaded = pkcs12.load_pkcs12(data, passphrase.encode("utf-8"))
    except ValueError as exc:
        raise WrongPassphraseError(label) from exc
    if loaded.key is None or loaded.cert is None:
        raise IdentityError(
            Message(
                ("Le fichier de « {label} » ne contient pas de clé privée avec son certificat."),
                label=label,
            )
        )
    key = loaded.key
    if not isinstance(key, _SIGNING_KEY_TYPES):
        raise IdentityError(
            Message(
                "Le type de clé de « {label} » n'est pas pris en charge pour signer.", label=label
            )
        )
    chain = tuple(extra.certificate for extra in loaded.additional_certs)
    return KeyMaterial(key=key, certificate=loaded.cert.certificate, chain=chain)


def common_name(name: x509.Name) -> str | None:
    """First CN of a distinguished name, as text."""
    values = name.get_attributes_for_oid(NameOID.COMMON_NAME)
    return str(values[0].value) if values else None


def organisation_of(cert: x509.Certificate) -> str | None:
    values = cert.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    return str(values[0].value) if values else None


def email_of(cert: x509.Certificate) -> str | None:
    """E-mail address of the subject alternative name, if the certificate has one."""
    try:
        san = cert.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    except x509.ExtensionNotFound:
        return None
    emails = san.get_values_for_type(x509.RFC822Name)
    return emails[0] if emails else None


def is_authority(cert: x509.Certificate) -> bool:
    try:
        return cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    except x509.ExtensionNotFound:
        return False


def fingerprint_sha256(cert: x509.Certificate) -> str:
    """SHA-256 fingerprint as partners compare it on the phone: ``AB:CD:…``."""
    return cert.fingerprint(hashes.SHA256()).hex(":").upper()


def certificate_pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)
