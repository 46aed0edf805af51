"""Plain values of the signed-minutes workflow: version and signer vocabularies, DTOs, errors."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from gusp_desktop.domain.errors import GuspError
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.domain.wording import civility_value


class SignedMinutesError(GuspError):
    """Signing, verifying or archiving a compte rendu failed; the message says why, in French."""


class PassphraseRejectedError(SignedMinutesError):
    """The passphrase does not open the identity: a remembered one must be forgotten."""


class VersionStatus(StrEnum):
    """State of one :class:`~gusp_desktop.db.models.MinutesVersion` row.

    ``redaction`` only exists for an erratum being written: its snapshot is empty until the
    erratum is validated. A validated or signed version never changes again.
    """

    REDACTION = "redaction"
    VALIDE = "valide"
    SIGNE = "signe"

    @property
    def label(self) -> str:
        return {"redaction": "Erratum en rédaction", "valide": "Validé", "signe": "Signé"}[
            self.value
        ]


class SignerRole(StrEnum):
    """The two capacities in which minutes are signed, one signature each."""

    PRESIDENT = "president"
    SECRETAIRE = "secretaire"

    @property
    def label(self) -> str:
        """The capacity as the signature box and the verification report print it."""
        return {"president": "président de séance", "secretaire": "secrétaire de séance"}[
            self.value
        ]

    def label_for(self, civility: str) -> str:
        """The capacity agreeing with the officer (« présidente de séance »), else ``label``."""
        if self is SignerRole.PRESIDENT and civility_value(civility) == "madame":
            return "présidente de séance"
        return self.label

    @classmethod
    def parse(cls, text: str) -> SignerRole:
        """Accept « président », « présidente », « Secrétaire de séance »… (accents optional)."""
        folded = _fold(text)
        for member in cls:
            feminine = _fold(member.label_for("madame"))
            if folded in (member.value, _fold(member.label), feminine, feminine.split(" ")[0]):
                return member
        raise SignedMinutesError(
            f"Qualité inconnue « {text.strip()} » : choisissez président ou secrétaire."
        )


@dataclass(frozen=True)
class Officer:
    """The person a séance records in a capacity (its président or its secrétaire)."""

    name: str
    email: str = ""
    civility: str = ""

    def is_signed_by(self, signer_name: str | None, signer_email: str | None = None) -> bool:
        """Does a certificate for ``signer_name`` / ``signer_email`` belong to this person?

        The name as the directory writes it (accents, case and spacing aside) or the same
        e-mail address: certificates and the annuaire are kept by different people.
        """
        if signer_email and self.email and signer_email.casefold() == self.email.casefold():
            return True
        return bool(signer_name) and _person_key(signer_name or "") == _person_key(self.name)


def _person_key(name: str) -> str:
    return " ".join(_fold(name).replace("-", " ").split())


def role_problems(
    signatures: Iterable[tuple[str | None, str | None]],
    officers: dict[SignerRole, Officer | None] | None,
) -> list[str]:
    """Problems with who signed in which capacity, from (signer, declared capacity) pairs.

    Without ``officers`` (a file the database does not know) only what the file itself shows is
    judged: one person signing in two capacities.
    """
    problems: list[str] = []
    seen: dict[str, SignerRole] = {}
    for index, (signer, declared) in enumerate(signatures, start=1):
        try:
            role = SignerRole.parse(declared) if declared else None
        except SignedMinutesError:
            role = None
        if role is None or not signer:
            continue
        earlier = seen.get(_person_key(signer))
        if earlier is not None and earlier is not role:
            problems.append(
                f"{signer} a signé à la fois comme {earlier.label} et comme {role.label} : "
                "chaque qualité doit être signée par la personne qui la détient."
            )
        seen.setdefault(_person_key(signer), role)
        if officers is None:
            continue
        officer = officers.get(role)
        if officer is None:
            problems.append(
                f"La signature {index} est déclarée « {role.label} », mais la séance n'a pas de "
                f"{role.label} enregistré."
            )
        elif not officer.is_signed_by(signer):
            problems.append(
                f"La signature {index} ({signer}) est déclarée « {role.label} », mais le "
                f"{role.label} enregistré pour la séance est {officer.name}."
            )
    return problems


# Minutes are signed once the séance's président and secrétaire have both signed.
REQUIRED_SIGNERS: tuple[SignerRole, ...] = (SignerRole.PRESIDENT, SignerRole.SECRETAIRE)


def missing_signers(signed_roles: Iterable[str]) -> tuple[SignerRole, ...]:
    """The required capacities no signature covers yet, in signing-box order."""
    present = set(signed_roles)
    return tuple(role for role in REQUIRED_SIGNERS if role.value not in present)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.strip().casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@dataclass(frozen=True)
class SignedFileInfo:
    """One registered signed revision; ``path`` is its copy in the local archive (if any)."""

    id: int
    sha256: str
    signer_name: str
    signer_role: str
    signature_count: int
    signed_at: dt.datetime
    signed_by: str
    path: Path

    @property
    def role_label(self) -> str:
        try:
            return SignerRole(self.signer_role).label
        except ValueError:
            return self.signer_role


@dataclass(frozen=True)
class MinutesVersionInfo:
    """A version of a séance's minutes with the signed revisions made from it, oldest first."""

    id: int
    seance_id: int
    seance_label: str
    number: int
    previous_id: int | None
    status: VersionStatus
    snapshot_sha256: str
    erratum_reason: str
    validated_at: dt.datetime | None
    validated_by: str
    signed_files: tuple[SignedFileInfo, ...]

    @property
    def latest_signed(self) -> SignedFileInfo | None:
        return self.signed_files[-1] if self.signed_files else None

    @property
    def signed_roles(self) -> frozenset[str]:
        return frozenset(f.signer_role for f in self.signed_files)


@dataclass(frozen=True)
class SigningOutcome:
    """What one signing produced: the new revision, where it was written, and its field."""

    version: MinutesVersionInfo
    signed: SignedFileInfo
    output: Path
    field_name: str


@dataclass(frozen=True)
class Registration:
    """Which compte rendu a file is, when its SHA-256 is registered in the database."""

    seance_id: int
    seance_label: str
    version_number: int
    version_status: VersionStatus
    signature_count: int
    signer_names: tuple[str, ...]
    latest_count: int
    superseded_by: int | None
    officers: dict[SignerRole, Officer | None] | None = None

    @property
    def is_latest_revision(self) -> bool:
        return self.signature_count >= self.latest_count


def seance_label(instance_code: str, number: int, starts_at: dt.datetime) -> str:
    """« COTECH-IQ n° 4 du 12/06/2025 », the way the application names a séance everywhere."""
    day = starts_at.astimezone(PARIS).date()
    return f"{instance_code} n° {number} du {day:%d/%m/%Y}"
