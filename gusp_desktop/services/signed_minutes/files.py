"""Where signed comptes rendus are kept on this computer, and how a frozen version is rendered.

Every signed revision is archived (0600 files in 0700 folders: minutes may name residents)
under ``data_dir()/comptes-rendus-signes`` so that the next
signer continues from the latest revision instead of re-rendering (which would produce a
different file and break the chain of signatures). A file is only ever trusted after its
SHA-256 matches the one registered in the database, so a stale or altered archive copy is
detected rather than signed over.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

from gusp_desktop.domain.errors import Message
from gusp_desktop.domain.minutes import MinutesContent
from gusp_desktop.domain.signed_minutes import SignedFileInfo, SignedMinutesError
from gusp_desktop.privacy import private_file, private_folder

ARCHIVE_DIRNAME = "comptes-rendus-signes"


def sha256_of(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class SignedArchive:
    """The folder of signed revisions: ``seance-<id>/v<n>-<k>sig-<sha>.pdf``."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, seance_id: int, version: int, signatures: int, sha256: str) -> Path:
        """Where a registered revision lives; derived from the database row alone."""
        return self.root / f"seance-{seance_id}" / f"v{version}-{signatures}sig-{sha256[:16]}.pdf"

    def read_registered(self, path: Path, sha256: str) -> bytes | None:
        """The archived bytes when present and identical to the registered ones, else None."""
        try:
            data = path.read_bytes()
        except OSError:
            return None
        return data if sha256_of(data) == sha256 else None

    @contextlib.contextmanager
    def scratch(self, seance_id: int, label: str) -> Iterator[Path]:
        """A unique path in the séance's folder for work in progress, removed afterwards.

        Kept next to the final files (same file system, so moving it in place is atomic)
        rather than in the system temporary directory.
        """
        folder = private_folder(self.root / f"seance-{seance_id}")
        path = folder / f".{label}-{uuid.uuid4().hex}.pdf"
        try:
            yield path
        finally:
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    @staticmethod
    def install(scratch: Path, final: Path) -> None:
        """Move a finished revision to its registered name (atomic rename)."""
        private_folder(final.parent)
        private_file(scratch)
        os.replace(scratch, final)


@dataclasses.dataclass(frozen=True)
class ErratumNote:
    """What an erratum's document says about the version it replaces."""

    number: int
    previous_number: int
    reason: str


def render_snapshot(
    content: MinutesContent,
    output: Path,
    *,
    erratum: ErratumNote | None = None,
    logo_path: Path | None = None,
) -> None:
    """Render a frozen compte rendu to ``output``, keeping room for the signature boxes.

    The document builders and reportlab are imported here, not at module level, so that
    listing or verifying signed minutes does not pay for loading them.
    """
    from gusp_desktop.documents.builders.minutes import build_minutes_document
    from gusp_desktop.documents.model import Paragraph
    from gusp_desktop.documents.pdf import render_pdf

    try:
        document = build_minutes_document(content, logo_path=logo_path, reserve_signature_area=True)
    except ValueError as exc:  # DocumentError: the message is already French
        raise SignedMinutesError(
            Message("Le compte rendu ne peut pas être mis en page : {exc}", exc=exc)
        ) from exc
    if erratum is not None:
        notice = Paragraph(
            f"Erratum n° {erratum.number - 1} — cette version {erratum.number} remplace la "
            f"version {erratum.previous_number} du compte rendu. Motif : {erratum.reason}",
            emphasis=True,
        )
        footer = " — ".join(p for p in (document.footer_note, f"Version {erratum.number}") if p)
        document = dataclasses.replace(
            document, blocks=(notice, *document.blocks), footer_note=footer
        )
    render_pdf(document, output)


def base_revision(archive: SignedArchive, base: SignedFileInfo, source: Path | None) -> bytes:
    """The latest registered revision, from the archive or the file the user pointed at."""
    if source is None:
        data = archive.read_registered(base.path, base.sha256)
        if data is None:
            raise SignedMinutesError(missing_archive_message(base))
        return data
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise SignedMinutesError(
            Message("Impossible de lire le fichier « {source} ».", source=source)
        ) from exc
    if sha256_of(data) != base.sha256:
        raise SignedMinutesError(
            Message(
                (
                    "Le fichier « {name} » n'est pas la dernière révision signée de ce "
                    "compte rendu ({signature_count} signature(s), dernière par "
                    "{signer_name})."
                ),
                name=Path(source).name,
                signature_count=base.signature_count,
                signer_name=base.signer_name,
            )
        )
    return data


def missing_archive_message(info: SignedFileInfo) -> str:
    return (
        f"La dernière révision signée ({info.signature_count} signature(s), dernière par "
        f"{info.signer_name}) n'est pas sur cet ordinateur ou a été modifiée : indiquez le "
        "fichier reçu du signataire précédent (option --from)."
    )
