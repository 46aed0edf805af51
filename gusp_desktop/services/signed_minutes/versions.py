"""Database side of the signed-minutes lifecycle: reading versions, freezing, errata, lookups.

Functions here take an open session (or unit of work) so that the service can combine them in
one transaction; the slow cryptographic work happens outside any transaction.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Contact, Instance, MinutesVersion, Seance, SignedFile
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.minutes import MinutesContent
from gusp_desktop.domain.signed_minutes import (
    MinutesVersionInfo,
    Officer,
    Registration,
    SignedFileInfo,
    SignedMinutesError,
    SignerRole,
    VersionStatus,
    seance_label,
)
from gusp_desktop.services.base import UnitOfWork
from gusp_desktop.services.signed_minutes.files import ErratumNote, SignedArchive
from gusp_desktop.services.signed_minutes.snapshot import (
    SnapshotError,
    content_from_json,
    snapshot_json,
    snapshot_sha256,
)

_S = SeanceStatus
VALIDATABLE = frozenset({_S.CR_REDACTION, _S.CR_RELECTURE})


def label_of(seance: Seance) -> str:
    return seance_label(seance.instance.code, seance.number, seance.starts_at)


def version_rows(session: Session, seance_id: int) -> list[MinutesVersion]:
    query = select(MinutesVersion).where(MinutesVersion.seance_id == seance_id)
    return list(session.scalars(query.order_by(MinutesVersion.number)))


def latest_version(session: Session, seance_id: int) -> MinutesVersion | None:
    rows = version_rows(session, seance_id)
    return rows[-1] if rows else None


def signed_rows(session: Session, version_id: int) -> list[SignedFile]:
    """Signed revisions of a version, in signing order."""
    query = select(SignedFile).where(SignedFile.minutes_version_id == version_id)
    return list(session.scalars(query.order_by(SignedFile.signature_count, SignedFile.id)))


def file_info(row: SignedFile, version: MinutesVersion, archive: SignedArchive) -> SignedFileInfo:
    return SignedFileInfo(
        id=row.id,
        sha256=row.sha256,
        signer_name=row.signer_name,
        signer_role=row.signer_role,
        signature_count=row.signature_count,
        signed_at=row.signed_at,
        signed_by=row.signed_by,
        path=archive.path_for(version.seance_id, version.number, row.signature_count, row.sha256),
    )


def version_info(
    session: Session, row: MinutesVersion, archive: SignedArchive
) -> MinutesVersionInfo:
    seance = session.get(Seance, row.seance_id)
    assert seance is not None  # foreign key
    return MinutesVersionInfo(
        id=row.id,
        seance_id=row.seance_id,
        seance_label=label_of(seance),
        number=row.number,
        previous_id=row.previous_id,
        status=VersionStatus(row.status),
        snapshot_sha256=row.snapshot_sha256,
        erratum_reason=row.erratum_reason,
        validated_at=row.validated_at,
        validated_by=row.validated_by,
        signed_files=tuple(file_info(f, row, archive) for f in signed_rows(session, row.id)),
    )


def refuse_revalidation(seance: Seance, latest: MinutesVersion | None) -> None:
    """Explain why minutes that are already frozen cannot be validated again."""
    label = label_of(seance)
    if latest is not None and latest.status != VersionStatus.REDACTION:
        state = "signé" if latest.status == VersionStatus.SIGNE else "validé"
        raise ValidationError(
            {
                "_": Message(
                    (
                        "Le compte rendu de la séance {label} est déjà {state} (version "
                        "{number}) : il ne peut plus être modifié ni revalidé. Une correction "
                        "passe par un erratum."
                    ),
                    label=label,
                    state=state,
                    number=latest.number,
                )
            }
        )
    if seance.status not in VALIDATABLE:
        raise ValidationError(
            {
                "_": Message(
                    (
                        "Le compte rendu de la séance {label} ne peut pas être validé : statut « "
                        "{label2} » (il faut un compte rendu en rédaction ou en relecture)."
                    ),
                    label=label,
                    label2=seance.status.label,
                )
            }
        )


def set_seance_status(uow: UnitOfWork, seance: Seance, target: SeanceStatus) -> None:
    """Move the séance along the minutes lifecycle, audited like any other status change."""
    if seance.status is target:
        return
    before = seance.status
    seance.status = target
    uow.stamp(seance)
    uow.session.flush()
    uow.audit("seance", seance.id, "status", {"status": before}, {"status": target})


def freeze(uow: UnitOfWork, seance: Seance, content: MinutesContent) -> MinutesVersion:
    """Store the content as the next version, or fill the erratum being written."""
    content = dataclasses.replace(
        content, status=_S.CR_VALIDE.value, status_label=_S.CR_VALIDE.label
    )
    text = snapshot_json(content)
    latest = latest_version(uow.session, seance.id)
    if latest is not None and latest.status == VersionStatus.REDACTION:
        row = latest
    else:
        number = (latest.number if latest else 0) + 1
        row = MinutesVersion(seance_id=seance.id, number=number, previous_id=None)
        uow.stamp(row, created=True)
        uow.session.add(row)
    row.snapshot, row.snapshot_sha256 = text, snapshot_sha256(text)
    row.status = VersionStatus.VALIDE.value
    row.validated_at, row.validated_by = uow.now, uow.author
    uow.stamp(row)
    uow.session.flush()
    uow.audit("minutes_version", row.id, "validate", None, audit_values(row))
    return row


def open_erratum(uow: UnitOfWork, seance: Seance, reason: str) -> MinutesVersion:
    """A new draft version pointing at the latest frozen one, which stays untouched."""
    latest = latest_version(uow.session, seance.id)
    label = label_of(seance)
    if latest is None:
        raise ValidationError(
            {
                "_": Message(
                    (
                        "Le compte rendu de la séance {label} n'a pas encore été validé : il se "
                        "corrige directement, sans erratum."
                    ),
                    label=label,
                )
            }
        )
    if latest.status == VersionStatus.REDACTION:
        raise ValidationError(
            {
                "_": Message(
                    (
                        "Un erratum (version {number}) est déjà en cours de rédaction pour la "
                        "séance {label} : validez-le avant d'en ouvrir un autre."
                    ),
                    number=latest.number,
                    label=label,
                )
            }
        )
    row = MinutesVersion(
        seance_id=seance.id,
        number=latest.number + 1,
        previous_id=latest.id,
        status=VersionStatus.REDACTION.value,
        snapshot="",
        snapshot_sha256="",
        erratum_reason=reason,
        validated_by="",
    )
    uow.stamp(row, created=True)
    uow.session.add(row)
    uow.session.flush()
    uow.audit("minutes_version", row.id, "erratum", None, audit_values(row))
    return row


def audit_values(row: MinutesVersion) -> dict[str, Any]:
    """What the journal keeps of a version: not the snapshot itself, its fingerprint."""
    return {
        "seance_id": row.seance_id,
        "number": row.number,
        "previous_id": row.previous_id,
        "status": row.status,
        "snapshot_sha256": row.snapshot_sha256,
        "erratum_reason": row.erratum_reason,
    }


def registration(session: Session, sha256: str) -> Registration | None:
    """Which séance and version a file with this SHA-256 is, if it was registered."""
    row = session.scalar(select(SignedFile).where(SignedFile.sha256 == sha256.lower()))
    if row is None:
        return None
    version = session.get(MinutesVersion, row.minutes_version_id)
    assert version is not None  # foreign key
    seance = session.get(Seance, version.seance_id)
    assert seance is not None and isinstance(seance.instance, Instance)
    files = signed_rows(session, version.id)
    later = session.scalar(
        select(func.min(MinutesVersion.number)).where(
            MinutesVersion.seance_id == seance.id, MinutesVersion.number > version.number
        )
    )
    return Registration(
        seance_id=seance.id,
        seance_label=label_of(seance),
        version_number=version.number,
        version_status=VersionStatus(version.status),
        signature_count=row.signature_count,
        signer_names=tuple(
            f.signer_name for f in files if f.signature_count <= row.signature_count
        ),
        latest_count=max(f.signature_count for f in files),
        superseded_by=later,
        officers=signing_officers(
            session, seance, [f for f in files if f.signature_count <= row.signature_count]
        ),
    )


def signing_officers(
    session: Session, seance: Seance, files: list[SignedFile]
) -> dict[SignerRole, Officer | None]:
    """Who held each capacity when a registered file was signed.

    A capacity already signed is judged against the name recorded then (signing checked it
    against the séance), so a later change in the directory — an anonymised contact — leaves
    the verdict on the file as it was; a capacity not yet signed, against the séance today.
    """
    officers = officers_of(session, seance)
    for signed in files:
        try:
            role = SignerRole.parse(signed.signer_role)
        except SignedMinutesError:
            continue
        officers[role] = Officer(signed.signer_name)
    return officers


def officers_of(session: Session, seance: Seance) -> dict[SignerRole, Officer | None]:
    """The séance's recorded président and secrétaire (None where nobody is recorded)."""

    def officer(contact_id: int | None) -> Officer | None:
        contact = session.get(Contact, contact_id) if contact_id is not None else None
        if contact is None:
            return None
        return Officer(contact.full_name, contact.email or "", contact.civility)

    return {
        SignerRole.PRESIDENT: officer(seance.president_id),
        SignerRole.SECRETAIRE: officer(seance.secretary_id),
    }


def check_signer(
    session: Session,
    seance: Seance,
    role: SignerRole,
    signer_name: str,
    signer_email: str | None,
    signed: list[SignedFile],
) -> None:
    """Refuse a signature in a capacity the signer does not hold for this séance, or by
    someone who already signed the same version in the other capacity."""
    label = label_of(seance)
    officer = officers_of(session, seance)[role]
    if officer is None:
        raise SignedMinutesError(
            Message(
                (
                    "La séance {label} n'a pas de {label2} enregistré : renseignez-le dans "
                    "la séance avant de signer en cette qualité."
                ),
                label=label,
                label2=role.label,
            )
        )
    if not officer.is_signed_by(signer_name, signer_email):
        raise SignedMinutesError(
            Message(
                (
                    "« {signer_name} » ne peut pas signer comme {label} : le {label} de la "
                    "séance {label2} est {name}."
                ),
                signer_name=signer_name,
                label=role.label,
                label2=label,
                name=officer.name,
            )
        )
    for row in signed:
        if Officer(row.signer_name).is_signed_by(signer_name) and row.signer_role != role.value:
            raise SignedMinutesError(
                Message(
                    (
                        "« {signer_name} » a déjà signé ce compte rendu en une autre qualité : "
                        "une personne ne signe qu'une fois."
                    ),
                    signer_name=signer_name,
                )
            )


def frozen_content_of(row: MinutesVersion) -> MinutesContent:
    if row.status == VersionStatus.REDACTION or not row.snapshot:
        raise SignedMinutesError(
            Message(
                "La version {number} du compte rendu (erratum) n'est pas encore validée.",
                number=row.number,
            )
        )
    if snapshot_sha256(row.snapshot) != row.snapshot_sha256:
        raise SnapshotError(
            Message(
                (
                    "La version {number} du compte rendu a été altérée dans la base : son "
                    "empreinte ne correspond plus."
                ),
                number=row.number,
            )
        )
    return content_from_json(row.snapshot)


def check_signable(
    seance: Seance, row: MinutesVersion | None, signed: list[SignedFile], role: SignerRole
) -> None:
    """Refuse a signature on minutes not validated yet, or a second one in the same role."""
    label = label_of(seance)
    if row is None:
        raise SignedMinutesError(
            Message(
                ("Le compte rendu de la séance {label} doit être validé avant d'être signé."),
                label=label,
            )
        )
    if row.status == VersionStatus.REDACTION:
        raise SignedMinutesError(
            Message(
                (
                    "L'erratum (version {number}) de la séance {label} est en cours de "
                    "rédaction : validez-le avant de le signer."
                ),
                number=row.number,
                label=label,
            )
        )
    if any(f.signer_role == role.value for f in signed):
        raise SignedMinutesError(
            Message(
                (
                    "La version {number} du compte rendu de la séance {label} porte déjà la "
                    "signature du {label2}."
                ),
                number=row.number,
                label=label,
                label2=role.label,
            )
        )


def erratum_note(row: MinutesVersion) -> ErratumNote | None:
    if row.previous_id is None:
        return None
    return ErratumNote(row.number, row.number - 1, row.erratum_reason)
