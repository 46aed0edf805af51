"""Validated and signed comptes rendus: freeze, correct by erratum, sign, verify.

Lifecycle of a séance's minutes: en rédaction → en relecture → **validé** (a JSON snapshot of
the content and its SHA-256 are frozen in ``minutes_version``; the séance goes to
``cr_valide``) → **signé** (each signer adds a PAdES signature as an incremental revision;
every revision's SHA-256 is registered in ``signed_file``; the séance goes to ``cr_signe``
once every required signer, président and secrétaire de séance, has signed; until then its
detail lists the signatures present and the capacities still missing). Nothing validated
changes again: a correction is an erratum, a new version pointing at the previous one, whose
signed files stay available and verifiable.

Signing renders the frozen snapshot, never the live tables, so edits made after validation
cannot reach a signed document. The cryptographic work runs outside any database transaction;
registration re-checks that nobody signed in between, so two signers never fork the file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gusp_desktop.db.models import MinutesVersion, Seance, SignedFile
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import SeanceStatus, UserRole
from gusp_desktop.domain.errors import Message, ValidationError, message_of
from gusp_desktop.domain.minutes import MinutesContent
from gusp_desktop.domain.signed_minutes import (
    MinutesVersionInfo,
    PassphraseRejectedError,
    Registration,
    SignedFileInfo,
    SignedMinutesError,
    SignerRole,
    SigningOutcome,
    VersionStatus,
    missing_signers,
)
from gusp_desktop.domain.text import check_length, check_required
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.services.base import ServiceContext, get_or_404, row_values
from gusp_desktop.services.minutes import MinutesService
from gusp_desktop.services.signed_minutes.files import (
    ErratumNote,
    SignedArchive,
    base_revision,
    missing_archive_message,
    render_snapshot,
    sha256_of,
)
from gusp_desktop.services.signed_minutes.report import SignedMinutesCheck, check_file
from gusp_desktop.services.signed_minutes.versions import (
    check_signable,
    check_signer,
    erratum_note,
    file_info,
    freeze,
    frozen_content_of,
    latest_version,
    officers_of,
    open_erratum,
    refuse_revalidation,
    registration,
    set_seance_status,
    signed_rows,
    version_info,
    version_rows,
)
from gusp_desktop.signing.errors import SigningError, WrongPassphraseError
from gusp_desktop.signing.identities import IdentityInfo, IdentityStore

if TYPE_CHECKING:
    from gusp_desktop.signing.sign import SignResult

_S = SeanceStatus
REASON_MAX = 5_000
SIGNING_REASON = "Approbation du compte rendu"
Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class _Plan:
    """What a signature starts from, read before the slow work and re-checked after it."""

    seance_id: int
    version: MinutesVersionInfo
    content: MinutesContent | None
    erratum: ErratumNote | None
    base: SignedFileInfo | None
    base_bytes: bytes | None
    role_label: str  # as the signature box prints it: « présidente de séance »…


class SignedMinutesService:
    """Use cases of validated and signed minutes (see the module documentation)."""

    def __init__(
        self,
        context: ServiceContext,
        *,
        minutes: MinutesService,
        identities: IdentityStore,
        archive: SignedArchive,
        logo_path: Path | None = None,
        timestamp_url: str | None = None,
    ) -> None:
        self.context = context
        self.minutes = minutes
        self.identities = identities
        self.archive = archive
        #: Preferences the front ends may change between calls (logo, RFC 3161 server).
        self.logo_path = logo_path
        self.timestamp_url = timestamp_url

    # -- reading ---------------------------------------------------------------------------

    def versions(self, seance_id: int) -> list[MinutesVersionInfo]:
        """Every version of a séance's minutes, oldest first, with their signed files."""
        with self.context.read() as session:
            get_or_404(session, Seance, seance_id, "Séance")
            return [
                version_info(session, r, self.archive) for r in version_rows(session, seance_id)
            ]

    def current_version(self, seance_id: int) -> MinutesVersionInfo | None:
        """The latest version (possibly an erratum being written), or None before validation."""
        versions = self.versions(seance_id)
        return versions[-1] if versions else None

    def frozen_content(self, version_id: int) -> MinutesContent:
        """The content exactly as validated, after checking its fingerprint."""
        with self.context.read() as session:
            row = get_or_404(session, MinutesVersion, version_id, "Version de compte rendu")
            return frozen_content_of(row)

    def registration(self, sha256: str) -> Registration | None:
        """Which compte rendu a file with this SHA-256 is, if the database knows it."""
        with self.context.read() as session:
            return registration(session, sha256)

    def verify(self, path: Path, extra_trust: Iterable[Path] = ()) -> SignedMinutesCheck:
        """Every signature of ``path`` plus what the database says about the file."""
        return check_file(Path(path), tuple(extra_trust), self.identities, self.registration)

    # -- lifecycle -------------------------------------------------------------------------

    def validate(self, seance_id: int) -> Mutation[MinutesVersionInfo]:
        """Freeze the minutes as they are now and move the séance to « compte rendu validé ».

        A séance already marked validated without a frozen version (minutes validated before
        versions were kept) is frozen as it stands; anything already frozen is refused.
        """
        with self.context.write(UserRole.SECRETAIRE) as uow:
            seance = get_or_404(uow.session, Seance, seance_id, "Séance")
            latest = latest_version(uow.session, seance_id)
            if not (latest is None and seance.status is _S.CR_VALIDE):
                refuse_revalidation(seance, latest)
            content = self.minutes.minutes_content(seance_id)
            row = freeze(uow, seance, content)
            set_seance_status(uow, seance, _S.CR_VALIDE)
            info = version_info(uow.session, row, self.archive)
        return Mutation(info, uow.changes())

    def create_erratum(self, seance_id: int, reason: str) -> Mutation[MinutesVersionInfo]:
        """Open a corrected version: the séance goes back to « en rédaction » for editing.

        The previous version and its signed files are kept unchanged; the erratum is validated
        and signed like any version, and its document states which version it replaces.
        """
        reason = reason.strip()
        errors: dict[str, str] = {}
        check_required(errors, "reason", reason, "Le motif de l'erratum")
        check_length(errors, "reason", reason, "Le motif de l'erratum", REASON_MAX)
        if errors:
            raise ValidationError(errors)
        with self.context.write(UserRole.SECRETAIRE) as uow:
            seance = get_or_404(uow.session, Seance, seance_id, "Séance")
            row = open_erratum(uow, seance, reason)
            set_seance_status(uow, seance, _S.CR_REDACTION)
            info = version_info(uow.session, row, self.archive)
        return Mutation(info, uow.changes())

    # -- signing ---------------------------------------------------------------------------

    def sign(
        self,
        seance_id: int,
        identity_name: str,
        role: SignerRole | str,
        passphrase: str,
        output: Path,
        *,
        source: Path | None = None,
        progress: Progress | None = None,
    ) -> Mutation[SigningOutcome]:
        """Add one signature to the validated minutes and write the result to ``output``.

        The first signature is applied to a fresh rendering of the frozen version; the next
        ones to the latest registered revision, taken from the local archive or from
        ``source`` (a copy received from the previous signer, checked by its SHA-256).
        """
        self.context.require(UserRole.SECRETAIRE)
        role = role if isinstance(role, SignerRole) else SignerRole.parse(role)
        identity = self._signer(identity_name)
        if not Path(output).parent.is_dir():
            raise SignedMinutesError(
                Message("Le dossier « {parent} » n'existe pas.", parent=Path(output).parent)
            )
        plan = self._plan(seance_id, role, source, identity)
        report = progress or (lambda _fraction, _message: None)
        with self.archive.scratch(seance_id, "signature") as scratch:
            signed = self._produce(plan, identity, passphrase, role, scratch, report)
            data = scratch.read_bytes()
            if plan.base_bytes is not None and not data.startswith(plan.base_bytes):
                raise SignedMinutesError(
                    "La signature n'a pas été ajoutée en révision incrémentale."
                )
            report(0.92, "Enregistrement de la signature dans la base…")
            mutation = self._archive_then_register(plan, identity, role, scratch, data, signed)
            version, registered = mutation.value
        try:
            write_bytes_atomic(output, data)
        except OSError as exc:
            raise SignedMinutesError(
                Message(
                    (
                        "La signature est enregistrée et conservée dans « {path} », mais le "
                        "fichier « {output} » n'a pas pu être écrit ({strerror})."
                    ),
                    path=registered.path,
                    output=output,
                    strerror=exc.strerror,
                )
            ) from exc
        report(1.0, "Compte rendu signé.")
        outcome = SigningOutcome(version, registered, Path(output), signed.field_name)
        return Mutation(outcome, mutation.changes)

    def export_signed(
        self, seance_id: int, output: Path, *, version_number: int | None = None
    ) -> SignedFileInfo:
        """Copy the latest signed revision of a version (default: the latest version)."""
        versions = [v for v in self.versions(seance_id) if v.signed_files]
        if version_number is not None:
            versions = [v for v in versions if v.number == version_number]
        if not versions:
            raise SignedMinutesError("Aucun compte rendu signé pour cette séance ou cette version.")
        latest = versions[-1].latest_signed
        assert latest is not None
        data = self.archive.read_registered(latest.path, latest.sha256)
        if data is None:
            raise SignedMinutesError(missing_archive_message(latest))
        write_bytes_atomic(output, data)
        return latest

    # -- internals -------------------------------------------------------------------------

    def _signer(self, name: str) -> IdentityInfo:
        try:
            identity = self.identities.get(name)
        except SigningError as exc:
            raise SignedMinutesError(message_of(exc)) from exc
        if identity.is_authority:
            raise SignedMinutesError(
                Message(
                    (
                        "« {name} » est une autorité de certification : choisissez l'identité "
                        "d'une personne pour signer."
                    ),
                    name=identity.name,
                )
            )
        return identity

    def _plan(
        self, seance_id: int, role: SignerRole, source: Path | None, identity: IdentityInfo
    ) -> _Plan:
        """Check that the minutes can take this signature and gather what it starts from."""
        self._adopt_legacy_validation(seance_id)
        with self.context.read() as session:
            seance = get_or_404(session, Seance, seance_id, "Séance")
            row = latest_version(session, seance_id)
            signed = signed_rows(session, row.id) if row else []
            check_signable(seance, row, signed, role)
            check_signer(session, seance, role, identity.subject_cn, identity.email, signed)
            assert row is not None
            info = version_info(session, row, self.archive)
            content = None if info.signed_files else frozen_content_of(row)
            erratum = erratum_note(row)
            officer = officers_of(session, seance)[role]
        base = info.latest_signed
        base_bytes = base_revision(self.archive, base, source) if base else None
        role_label = role.label_for(officer.civility if officer else "")
        return _Plan(seance_id, info, content, erratum, base, base_bytes, role_label)

    def _adopt_legacy_validation(self, seance_id: int) -> None:
        with self.context.read() as session:
            seance = get_or_404(session, Seance, seance_id, "Séance")
            legacy = seance.status is _S.CR_VALIDE and latest_version(session, seance_id) is None
        if legacy:
            self.validate(seance_id)

    def _produce(
        self,
        plan: _Plan,
        identity: IdentityInfo,
        passphrase: str,
        role: SignerRole,
        scratch: Path,
        report: Progress,
    ) -> SignResult:
        """Write the signed revision to ``scratch``."""
        from gusp_desktop.signing.sign import sign_pdf

        if plan.base_bytes is not None:
            write_bytes_atomic(scratch, plan.base_bytes, private=True)
        else:
            assert plan.content is not None
            report(0.05, "Mise en page du compte rendu validé…")
            render_snapshot(plan.content, scratch, erratum=plan.erratum, logo_path=self.logo_path)
        step = (lambda f, m: report(0.3 + 0.6 * f, m)) if plan.base_bytes is None else report
        try:
            result = sign_pdf(
                scratch,
                scratch,
                identity,
                passphrase,
                role_label=plan.role_label,
                reason=SIGNING_REASON,
                timestamp_url=self.timestamp_url,
                progress=lambda f, m: step(min(f, 0.9), m),
            )
        except WrongPassphraseError as exc:
            raise PassphraseRejectedError(message_of(exc)) from exc
        except SigningError as exc:
            raise SignedMinutesError(message_of(exc)) from exc
        return result

    def _archive_then_register(
        self,
        plan: _Plan,
        identity: IdentityInfo,
        role: SignerRole,
        scratch: Path,
        data: bytes,
        signed: SignResult,
    ) -> Mutation[tuple[MinutesVersionInfo, SignedFileInfo]]:
        """Put the revision in the archive under its registered name, then register it.

        In this order a process killed in between leaves an archived file nobody registered
        (harmless: signing again produces another one), never a registered signature whose
        file is lost, which would refuse both a new signature in that capacity and the next
        signer's.
        """
        sha256 = sha256_of(data)
        count = len(plan.version.signed_files) + 1
        final = self.archive.path_for(plan.seance_id, plan.version.number, count, sha256)
        self.archive.install(scratch, final)
        try:
            mutation = self._register(plan, identity, role, sha256, signed.signed_at)
        except BaseException:
            final.unlink(missing_ok=True)
            raise
        return mutation

    def _register(
        self,
        plan: _Plan,
        identity: IdentityInfo,
        role: SignerRole,
        sha256: str,
        signed_at: dt.datetime,
    ) -> Mutation[tuple[MinutesVersionInfo, SignedFileInfo]]:
        """Record the revision, unless another signature was registered since :meth:`_plan`."""
        with self.context.write(UserRole.SECRETAIRE) as uow:
            version = get_or_404(uow.session, MinutesVersion, plan.version.id, "Version")
            latest = signed_rows(uow.session, version.id)
            if (latest[-1].id if latest else None) != (plan.base.id if plan.base else None):
                raise SignedMinutesError(
                    "Une autre signature a été ajoutée à ce compte rendu pendant la vôtre : "
                    "recommencez pour signer la dernière version."
                )
            row = SignedFile(
                minutes_version_id=version.id,
                sha256=sha256,
                signer_name=identity.subject_cn,
                signer_role=role.value,
                signature_count=len(latest) + 1,
                signed_at=signed_at,
                signed_by=uow.author,
            )
            uow.session.add(row)
            uow.session.flush()
            uow.audit("signed_file", row.id, "create", None, row_values(row))
            if version.status != VersionStatus.SIGNE:
                version.status = VersionStatus.SIGNE.value
                uow.stamp(version)
                uow.audit("minutes_version", version.id, "status", None, {"status": "signe"})
            seance = get_or_404(uow.session, Seance, version.seance_id, "Séance")
            signed_roles = {f.signer_role for f in signed_rows(uow.session, version.id)}
            if not missing_signers(signed_roles):
                set_seance_status(uow, seance, _S.CR_SIGNE)
            uow.touch("seance", seance.id)  # its page lists the signatures
            uow.touch("minutes_version", version.id)
            info = version_info(uow.session, version, self.archive)
            signed = file_info(row, version, self.archive)
        return Mutation((info, signed), uow.changes())
