"""Sign a PDF with a signing identity: PAdES B-B, or B-T when a time-stamping service is given.

Each signature is appended as an incremental revision with its own field (``Signature1``,
``Signature2``…), so earlier signatures stay valid. The passphrase only travels in memory to
decrypt the PKCS#12 file; the only temporary file is the public appearance of the box.

pyHanko runs its own event loop (``asyncio.run``): call :func:`sign_pdf` from a worker thread,
never from inside a running event loop.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pyhanko import stamp
from pyhanko.pdf_utils import layout as pdf_layout
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign import fields, signers
from pyhanko.sign.timestamps import HTTPTimeStamper, TimeStamper, TimestampRequestError

from gusp_desktop.domain.errors import Message
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.signing import layout, placement
from gusp_desktop.signing.appearance import AppearanceText, render_appearance
from gusp_desktop.signing.errors import SigningError, WrongPassphraseError
from gusp_desktop.signing.identities import IdentityInfo

log = logging.getLogger(__name__)

ProgressCallback = Callable[[float, str], None]
"""Receives the fraction done (0 to 1) and a French description of the current step."""


@dataclass(frozen=True)
class SignResult:
    """What was produced: the new field, the SHA-256 of the signed file and the signing time."""

    field_name: str
    sha256: str
    signed_at: dt.datetime


def _report(progress: ProgressCallback | None, fraction: float, message: str) -> None:
    if progress is not None:
        progress(fraction, message)


def _check_identity(identity: IdentityInfo) -> None:
    if identity.kind == "ca":
        raise SigningError(
            Message(
                (
                    "« {name} » est une autorité de certification : elle émet des "
                    "certificats mais ne signe pas de documents."
                ),
                name=identity.name,
            )
        )
    now = dt.datetime.now(dt.UTC)
    if identity.not_after <= now:
        raise SigningError(
            Message(
                ("Le certificat de « {name} » a expiré le {value} : demandez-en un nouveau."),
                name=identity.name,
                value=f"{identity.not_after.astimezone():%d/%m/%Y}",
            )
        )
    if identity.not_before > now:
        raise SigningError(
            Message("Le certificat de « {name} » n'est pas encore valable.", name=identity.name)
        )


def _load_signer(identity: IdentityInfo, passphrase: str) -> signers.SimpleSigner:
    """Decrypt the identity in memory; a wrong passphrase gives the French error."""
    try:
        data = identity.path.read_bytes()
    except OSError as exc:
        raise SigningError(
            Message("Le fichier de l'identité « {name} » est illisible.", name=identity.name)
        ) from exc
    try:
        signer: signers.SimpleSigner | None = signers.SimpleSigner.load_pkcs12_data(
            data, other_certs=(), passphrase=passphrase.encode("utf-8")
        )
    except ValueError as exc:
        raise WrongPassphraseError(identity.name) from exc
    if signer is None:  # older pyHanko releases signalled failure this way
        raise WrongPassphraseError(identity.name)
    return signer


def _open_writer(data: bytes, source: Path) -> IncrementalPdfFileWriter:
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
    except (PdfError, ValueError, KeyError) as exc:
        raise SigningError(
            Message("Le fichier « {name} » n'est pas un PDF lisible.", name=source.name)
        ) from exc
    if writer.prev.encrypted:
        raise SigningError(
            Message(
                (
                    "Le document « {name} » est protégé par un mot de passe : il ne peut pas "
                    "être signé."
                ),
                name=source.name,
            )
        )
    return writer


def _signed_time(data: bytes, field_name: str) -> dt.datetime | None:
    reader = PdfFileReader(io.BytesIO(data), strict=False)
    for embedded in reader.embedded_signatures:
        if embedded.field_name == field_name:
            moment = embedded.self_reported_timestamp
            return moment if isinstance(moment, dt.datetime) else None
    return None


def _stamp_style(appearance: Path) -> stamp.StaticStampStyle:
    """Show the drawn box at its exact size: no border, no margin, hence no rescaling."""
    return stamp.StaticStampStyle.from_pdf_file(
        str(appearance),
        border_width=0,
        background_layout=pdf_layout.SimpleBoxLayoutRule(
            x_align=pdf_layout.AxisAlignment.ALIGN_MID,
            y_align=pdf_layout.AxisAlignment.ALIGN_MID,
            margins=pdf_layout.Margins(),
        ),
    )


def _timestamper(url: str | None) -> TimeStamper | None:
    return HTTPTimeStamper(url, timeout=20) if url else None


def _run_signer(
    pdf_signer: signers.PdfSigner, writer: IncrementalPdfFileWriter, timestamp_url: str | None
) -> bytes:
    out = io.BytesIO()
    try:
        pdf_signer.sign_pdf(writer, output=out)
    except (TimestampRequestError, OSError, TimeoutError) as exc:
        if not timestamp_url:
            raise
        raise SigningError(
            Message(
                ("Le service d'horodatage « {timestamp_url} » n'a pas répondu correctement."),
                timestamp_url=timestamp_url,
            )
        ) from exc
    return out.getvalue()


def sign_pdf(
    source: Path,
    output: Path,
    identity: IdentityInfo,
    passphrase: str,
    *,
    role_label: str,
    reason: str,
    location: str | None = None,
    timestamp_url: str | None = None,
    progress: ProgressCallback | None = None,
) -> SignResult:
    """Add one visible PAdES signature to ``source`` and write the result atomically to ``output``.

    ``output`` may be ``source`` itself: the whole input is read before anything is written.
    """
    _check_identity(identity)
    _report(progress, 0.05, "Ouverture de l'identité de signature…")
    signer = _load_signer(identity, passphrase)
    _report(progress, 0.25, "Lecture du document…")
    try:
        data = Path(source).read_bytes()
    except OSError as exc:
        raise SigningError(
            Message("Impossible de lire le document « {source} ».", source=source)
        ) from exc
    writer = _open_writer(data, Path(source))
    spot = placement.plan(writer)
    placement.reserve_other_boxes(writer, spot)
    field_name, box = spot.field_name, spot.box
    meta = signers.PdfSignatureMetadata(
        # The first signature certifies the document: afterwards only form filling and further
        # signatures are allowed (DocMDP P=2), which verification enforces.
        certify=spot.certify,
        docmdp_permissions=fields.MDPPerm.FILL_FORMS,
        field_name=field_name,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=layout.compose_reason(reason, role_label),
        location=location or None,
        name=identity.subject_cn,
        contact_info=identity.email,
    )
    text = AppearanceText(
        signer=identity.subject_cn,
        signed_at=dt.datetime.now(dt.UTC),
        role_label=role_label,
        reason=reason,
        location=location,
    )
    _report(progress, 0.4, "Préparation de l'apparence de la signature…")
    with tempfile.TemporaryDirectory(prefix="gusp-signature-") as tmp:
        appearance = Path(tmp) / "apparence.pdf"
        write_bytes_atomic(appearance, render_appearance(text, box[2] - box[0], box[3] - box[1]))
        pdf_signer = signers.PdfSigner(
            meta,
            signer=signer,
            timestamper=_timestamper(timestamp_url),
            stamp_style=_stamp_style(appearance),
            new_field_spec=(
                fields.SigFieldSpec(sig_field_name=field_name, on_page=-1, box=box)
                if spot.new_field
                else None
            ),
        )
        step = "Signature et horodatage…" if timestamp_url else "Signature du document…"
        _report(progress, 0.55, step)
        signed = _run_signer(pdf_signer, writer, timestamp_url)
    _report(progress, 0.9, "Enregistrement du document signé…")
    write_bytes_atomic(output, signed)
    signed_at = _signed_time(signed, field_name) or text.signed_at
    _report(progress, 1.0, "Document signé.")
    return SignResult(field_name, hashlib.sha256(signed).hexdigest(), signed_at)
