"""The user's signing identities and organisation authorities, kept in one directory.

Each identity ``NAME`` is three files: ``NAME.p12`` (private key, certificate and chain, encrypted
with the passphrase), ``NAME.pem`` (public certificate only) and ``NAME.json`` (descriptive
metadata, written last so that its presence means the identity is complete). No secret is ever
written outside the encrypted ``.p12``.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from gusp_desktop.domain.errors import Message
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.signing.errors import IdentityError

if TYPE_CHECKING:  # cryptography is loaded when an identity is used, not at start
    from cryptography import x509

    from gusp_desktop.signing import ca as certs

log = logging.getLogger(__name__)

IdentityKind = Literal["ca", "signer"]
METADATA_VERSION = 1
_NAME_RE = re.compile(r"\w[\w .,'’()&+-]{0,79}")
_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}")
_WINDOWS_RESERVED = frozenset(
    {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(1, 10)}
)


@dataclass(frozen=True)
class IdentityInfo:
    """Public description of an identity; holds a path to the key file, never key material."""

    name: str
    kind: IdentityKind
    subject_cn: str
    email: str | None
    role: str | None
    issuer_cn: str | None
    not_before: dt.datetime
    not_after: dt.datetime
    fingerprint_sha256: str
    path: Path

    @property
    def is_authority(self) -> bool:
        return self.kind == "ca"


def validate_name(name: str) -> str:
    """Return the trimmed name, or explain in French why it cannot name files of an identity."""
    cleaned = name.strip()
    if not cleaned:
        raise IdentityError("Le nom de l'identité ne peut pas être vide.")
    if any(sep in cleaned for sep in ("/", "\\", ":")) or cleaned in (".", ".."):
        raise IdentityError(
            Message(
                ("Le nom « {cleaned} » ne doit pas contenir de séparateur de chemin (/, \\ ou :)."),
                cleaned=cleaned,
            )
        )
    if not _NAME_RE.fullmatch(cleaned) or cleaned.endswith("."):
        raise IdentityError(
            Message(
                (
                    "Le nom « {cleaned} » n'est pas autorisé : utilisez au plus 80 lettres, "
                    "chiffres, espaces ou signes - _ . ' et commencez par une lettre ou un "
                    "chiffre."
                ),
                cleaned=cleaned,
            )
        )
    if cleaned.split(".")[0].casefold() in _WINDOWS_RESERVED:
        raise IdentityError(
            Message("Le nom « {cleaned} » est réservé par le système.", cleaned=cleaned)
        )
    return cleaned


def _clean_email(email: str | None) -> str | None:
    if email is None or not email.strip():
        return None
    value = email.strip()
    if not _EMAIL_RE.fullmatch(value):
        raise IdentityError(
            Message("L'adresse électronique « {value} » n'est pas valide.", value=value)
        )
    return value


def _clean_text(value: str | None) -> str | None:
    return value.strip() if value and value.strip() else None


#: Folder of the identities inside the data directory.
IDENTITIES_DIRNAME = "identities"


class IdentityStore:
    """Creates, imports and lists identities under ``root_dir`` (the composition root passes
    ``data_dir() / IDENTITIES_DIRNAME``)."""

    def __init__(self, root_dir: Path) -> None:
        self.root = root_dir

    # -- reading ---------------------------------------------------------------------------

    def list(self) -> tuple[IdentityInfo, ...]:
        """All complete identities, authorities first, then by name."""
        if not self.root.is_dir():
            return ()
        found = []
        for meta_path in self.root.glob("*.json"):
            info = self._read_metadata(meta_path)
            if info is not None:
                found.append(info)
        found.sort(key=lambda i: (i.kind != "ca", i.name.casefold()))
        return tuple(found)

    def get(self, name: str) -> IdentityInfo:
        """The identity called ``name`` (case-insensitive), or a French error."""
        wanted = validate_name(name).casefold()
        for info in self.list():
            if info.name.casefold() == wanted:
                return info
        raise IdentityError(Message("Aucune identité nommée « {value} ».", value=name.strip()))

    def certificate_path(self, info: IdentityInfo) -> Path:
        """Public certificate (PEM) of an identity."""
        return info.path.with_suffix(".pem")

    def certificate(self, info: IdentityInfo) -> x509.Certificate:
        from cryptography import x509

        return x509.load_pem_x509_certificate(self.certificate_path(info).read_bytes())

    def trusted_roots(self) -> tuple[x509.Certificate, ...]:
        """Certificates of this store's own authorities, trusted by default when verifying."""
        roots = []
        for info in self.list():
            if info.kind == "ca":
                try:
                    roots.append(self.certificate(info))
                except (OSError, ValueError):
                    log.warning("Certificat d'autorité illisible pour %s", info.name)
        return tuple(roots)

    def load_key_material(self, name: str, passphrase: str) -> certs.KeyMaterial:
        """Decrypt an identity's PKCS#12 file in memory (wrong passphrase → French error)."""
        from gusp_desktop.signing import ca as certs

        info = self.get(name)
        return certs.from_pkcs12(info.path.read_bytes(), passphrase, info.name)

    # -- creating --------------------------------------------------------------------------

    def create_ca(self, name: str, organisation: str, passphrase: str) -> IdentityInfo:
        """A new organisation authority, whose certificate partners install once."""
        from gusp_desktop.signing import ca as certs

        name = self._new_name(name)
        org = _clean_text(organisation)
        if org is None:
            raise IdentityError("Le nom de l'organisation est obligatoire pour une autorité.")
        certs.check_new_passphrase(passphrase)
        material = certs.build_ca(name, org)
        return self._save(name, material, passphrase, "ca", role=None)

    def create_identity(
        self,
        name: str,
        ca_name: str,
        ca_passphrase: str,
        passphrase: str,
        email: str | None = None,
        role: str | None = None,
    ) -> IdentityInfo:
        """A signer certificate issued by the authority ``ca_name``."""
        from gusp_desktop.signing import ca as certs

        name = self._new_name(name)
        certs.check_new_passphrase(passphrase)
        clean_email = _clean_email(email)
        authority = self.get(ca_name)
        if authority.kind != "ca":
            raise IdentityError(
                Message("« {name} » n'est pas une autorité de certification.", name=authority.name)
            )
        if authority.not_after <= dt.datetime.now(dt.UTC):
            raise IdentityError(Message("L'autorité « {name} » a expiré.", name=authority.name))
        issuer = self.load_key_material(authority.name, ca_passphrase)
        material = certs.issue_signer(issuer, name, clean_email, _clean_text(role))
        return self._save(name, material, passphrase, "signer", role=_clean_text(role))

    def import_pkcs12(
        self, path: Path, name: str, passphrase: str, role: str | None = None
    ) -> IdentityInfo:
        """Import an existing PKCS#12 file after checking its passphrase.

        The key is re-encrypted with the same passphrase using current algorithms, so that files
        produced by older tools (RC2 or 3DES encryption) do not weaken the store.
        """
        from gusp_desktop.signing import ca as certs

        name = self._new_name(name)
        if not passphrase:
            raise IdentityError("Saisissez la phrase secrète qui protège ce fichier.")
        try:
            data = Path(path).read_bytes()
        except OSError as exc:
            raise IdentityError(
                Message("Impossible de lire le fichier « {path} ».", path=path)
            ) from exc
        material = certs.from_pkcs12(data, passphrase, Path(path).name)
        kind: IdentityKind = "ca" if certs.is_authority(material.certificate) else "signer"
        if kind == "signer":
            _check_can_sign(material.certificate, Path(path).name)
        return self._save(name, material, passphrase, kind, role=_clean_text(role))

    def export_ca(self, name: str, path: Path) -> Path:
        """Write the authority's public certificate (PEM) for partners to install."""
        info = self.get(name)
        if info.kind != "ca":
            raise IdentityError(
                Message("« {name} » n'est pas une autorité de certification.", name=info.name)
            )
        write_bytes_atomic(path, self.certificate_path(info).read_bytes())
        return Path(path)

    def remove(self, name: str) -> None:
        """Delete an identity's files (metadata first, so a half-removed one is not listed)."""
        info = self.get(name)
        for file in (info.path.with_suffix(".json"), info.path, self.certificate_path(info)):
            file.unlink(missing_ok=True)

    # -- internals -------------------------------------------------------------------------

    def _new_name(self, name: str) -> str:
        cleaned = validate_name(name)
        if any(i.name.casefold() == cleaned.casefold() for i in self.list()):
            raise IdentityError(
                Message("Une identité nommée « {cleaned} » existe déjà.", cleaned=cleaned)
            )
        return cleaned

    def _save(
        self,
        name: str,
        material: certs.KeyMaterial,
        passphrase: str,
        kind: IdentityKind,
        role: str | None,
    ) -> IdentityInfo:
        from gusp_desktop.signing import ca as certs

        self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
        p12_path = self.root / f"{name}.p12"
        write_bytes_atomic(p12_path, certs.to_pkcs12(material, name, passphrase), private=True)
        write_bytes_atomic(
            p12_path.with_suffix(".pem"),
            certs.certificate_pem(material.certificate),
            private=True,
        )
        info = _describe(name, kind, material.certificate, role, p12_path)
        payload = json.dumps(_to_json(info), ensure_ascii=False, indent=2) + "\n"
        write_bytes_atomic(p12_path.with_suffix(".json"), payload.encode("utf-8"), private=True)
        return info

    def _read_metadata(self, meta_path: Path) -> IdentityInfo | None:
        try:
            data = json.loads(meta_path.read_text(encoding="utf-8"))
            return _from_json(data, self.root)
        except (OSError, ValueError, KeyError, TypeError) as exc:
            log.warning("Métadonnées d'identité ignorées (%s) : %s", meta_path.name, exc)
            return None


def _check_can_sign(cert: x509.Certificate, label: str) -> None:
    from cryptography import x509

    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (usage.digital_signature or usage.content_commitment):
        raise IdentityError(
            Message(
                "Le certificat de « {label} » ne permet pas de signer des documents.", label=label
            )
        )


def _describe(
    name: str, kind: IdentityKind, cert: x509.Certificate, role: str | None, path: Path
) -> IdentityInfo:
    from gusp_desktop.signing import ca as certs

    return IdentityInfo(
        name=name,
        kind=kind,
        subject_cn=certs.common_name(cert.subject) or name,
        email=certs.email_of(cert),
        role=role,
        issuer_cn=certs.common_name(cert.issuer),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        fingerprint_sha256=certs.fingerprint_sha256(cert),
        path=path,
    )


def _to_json(info: IdentityInfo) -> dict[str, Any]:
    return {
        "format_version": METADATA_VERSION,
        "name": info.name,
        "kind": info.kind,
        "subject_cn": info.subject_cn,
        "email": info.email,
        "role": info.role,
        "issuer_cn": info.issuer_cn,
        "not_before": info.not_before.isoformat(),
        "not_after": info.not_after.isoformat(),
        "fingerprint_sha256": info.fingerprint_sha256,
        "pkcs12_file": info.path.name,
        "certificate_file": info.path.with_suffix(".pem").name,
    }


def _from_json(data: dict[str, Any], root: Path) -> IdentityInfo:
    p12_name = str(data["pkcs12_file"])
    # The metadata must never send us to a file outside the store.
    if Path(p12_name).name != p12_name or not p12_name.endswith(".p12"):
        raise ValueError("chemin de fichier PKCS#12 invalide")
    kind = data["kind"]
    if kind not in ("ca", "signer"):
        raise ValueError(f"type d'identité inconnu : {kind}")
    return IdentityInfo(
        name=str(data["name"]),
        kind=kind,
        subject_cn=str(data["subject_cn"]),
        email=data.get("email"),
        role=data.get("role"),
        issuer_cn=data.get("issuer_cn"),
        not_before=dt.datetime.fromisoformat(data["not_before"]),
        not_after=dt.datetime.fromisoformat(data["not_after"]),
        fingerprint_sha256=str(data["fingerprint_sha256"]),
        path=root / p12_name,
    )
