"""Check every signature of a PDF and say in French what, if anything, is wrong.

A document is accepted only when it has at least one signature, every signature is intact,
cryptographically valid and issued by a trusted authority, nothing but further signatures or form
filling was added after each signature, and the last signature covers the whole file. Judging by
pyHanko's ``valid`` alone would accept a document whose bytes were changed, so each criterion is
checked explicitly, with ``bottom_line`` as a final safety net. Like signing, verification runs
pyHanko's own event loop: call it from a worker thread.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.sign.diff_analysis import ModificationLevel
from pyhanko.sign.fields import enumerate_sig_fields
from pyhanko.sign.validation import validate_pdf_signature, validate_pdf_timestamp
from pyhanko.sign.validation.pdf_embedded import EmbeddedPdfSignature
from pyhanko.sign.validation.settings import KeyUsageConstraints
from pyhanko.sign.validation.status import SignatureCoverageLevel
from pyhanko_certvalidator import ValidationContext

from gusp_desktop.signing.identities import IdentityStore
from gusp_desktop.signing.layout import split_reason

log = logging.getLogger(__name__)

TrustRoot = x509.Certificate | Path
_ACCEPTED_LEVELS = (
    ModificationLevel.NONE,
    ModificationLevel.LTA_UPDATES,
    ModificationLevel.FORM_FILLING,
)
_SUBFILTERS = ("/adbe.pkcs7.detached", "/ETSI.CAdES.detached", "/ETSI.RFC3161")
# Our certificates carry both usages; accept either so certificates from other authorities work.
_KEY_USAGE = KeyUsageConstraints(key_usage={"non_repudiation", "digital_signature"})


@dataclass(frozen=True)
class SignatureReport:
    """The verdict on one signature field; ``problems`` are French sentences, empty when sound."""

    field_name: str
    signer_cn: str | None
    role: str | None
    reason: str | None
    location: str | None
    signing_time: dt.datetime | None
    timestamp_time: dt.datetime | None
    issuer_cn: str | None
    intact: bool
    valid: bool
    trusted: bool
    covers_whole_file: bool
    modification_level: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class VerificationReport:
    """The verdict on a file: its SHA-256, each signature in signing order, and all problems."""

    sha256: str
    signatures: tuple[SignatureReport, ...]
    problems: tuple[str, ...]
    ok: bool


def _load_certificate(path: Path) -> x509.Certificate:
    data = path.read_bytes()
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificate(data)
    return x509.load_der_x509_certificate(data)


def _asn1_root(root: TrustRoot) -> Any:
    cert = _load_certificate(root) if isinstance(root, Path) else root
    return asn1_x509.Certificate.load(cert.public_bytes(Encoding.DER))


def _trust_roots(
    extra: Iterable[TrustRoot], store: IdentityStore | None, use_app_roots: bool
) -> list[Any]:
    roots = [_asn1_root(root) for root in extra]
    if use_app_roots and store is not None:
        roots.extend(_asn1_root(c) for c in store.trusted_roots())
    return roots


def _cn(name: Any) -> str | None:
    value = name.native.get("common_name") if name is not None else None
    return str(value) if value else None


def _text(sig_object: Any, key: str) -> str | None:
    value = sig_object.get(key)
    return str(value) if value is not None else None


def _trust_problem(field: str, status: Any, issuer: str | None) -> str:
    indication = getattr(status.trust_problem_indic, "name", "") or ""
    if "REVOKED" in indication:
        return f"Le certificat de la signature « {field} » a été révoqué."
    if indication in ("EXPIRED", "OUT_OF_BOUNDS_NO_POE", "OUT_OF_BOUNDS_NOT_REVOKED"):
        return f"Le certificat de la signature « {field} » a expiré."
    if indication == "NOT_YET_VALID":
        return f"Le certificat de la signature « {field} » n'est pas encore valable."
    if status.validation_path is not None:
        return (
            f"Le certificat de la signature « {field} » ne permet pas de signer des documents "
            "(usages de la clé ou contraintes de la chaîne)."
        )
    return (
        f"Certificat non reconnu pour la signature « {field} » : "
        f"émetteur « {issuer or 'inconnu'} » non approuvé."
    )


def _modification_problems(field: str, status: Any) -> list[str]:
    coverage = status.coverage
    if coverage == SignatureCoverageLevel.ENTIRE_FILE:
        return []
    if coverage != SignatureCoverageLevel.ENTIRE_REVISION:
        return [f"La signature « {field} » ne couvre pas une révision complète du document."]
    level = status.modification_level
    if level not in _ACCEPTED_LEVELS or status.docmdp_ok is False:
        return [
            f"Le document a été modifié après la signature « {field} » autrement que par "
            "l'ajout de signatures : contenu, pages ou formulaire altérés."
        ]
    return []


def _status_problems(field: str, status: Any, issuer: str | None) -> list[str]:
    if not status.intact:
        return [
            f"La signature « {field} » ne correspond plus au contenu : "
            "le document a été modifié après signature."
        ]
    if not status.valid:
        return [f"La signature « {field} » est invalide : son sceau cryptographique est faux."]
    problems = [] if status.trusted else [_trust_problem(field, status, issuer)]
    problems += _modification_problems(field, status)
    stamp = getattr(status, "timestamp_validity", None)
    if stamp is not None and not (stamp.intact and stamp.valid and stamp.trusted):
        problems.append(f"L'horodatage de la signature « {field} » n'est pas valide ou approuvé.")
    if not problems and not getattr(status, "bottom_line", True):
        problems.append(f"La signature « {field} » n'a pas pu être validée.")
    return problems


def _validate(embedded: EmbeddedPdfSignature, roots: list[Any]) -> Any:
    context = ValidationContext(trust_roots=roots, allow_fetching=False)
    if embedded.sig_object_type == "/DocTimeStamp":
        return validate_pdf_timestamp(embedded, validation_context=context)
    return validate_pdf_signature(embedded, context, key_usage_settings=_KEY_USAGE)


def _report(field: str, embedded: EmbeddedPdfSignature, status: Any) -> SignatureReport:
    issuer = _cn(status.signing_cert.issuer)
    reason, role = split_reason(_text(embedded.sig_object, "/Reason"))
    stamp = getattr(status, "timestamp_validity", None)
    level = status.modification_level
    return SignatureReport(
        field_name=field,
        signer_cn=_cn(status.signing_cert.subject),
        role=role,
        reason=reason,
        location=_text(embedded.sig_object, "/Location"),
        signing_time=getattr(status, "signer_reported_dt", None),
        timestamp_time=stamp.timestamp if stamp is not None else getattr(status, "timestamp", None),
        issuer_cn=issuer,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted),
        covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
        modification_level=level.name if level is not None else None,
        problems=tuple(_status_problems(field, status, issuer)),
    )


def _broken(field: str, message: str) -> SignatureReport:
    """Report for a signature that could not even be analysed: it counts as failed."""
    unknown: dict[str, Any] = dict.fromkeys(
        ("signer_cn", "role", "reason", "location", "signing_time", "timestamp_time", "issuer_cn")
    )
    return SignatureReport(
        field_name=field,
        intact=False,
        valid=False,
        trusted=False,
        covers_whole_file=False,
        modification_level=None,
        problems=(message,),
        **unknown,
    )


_UNORDERED = 1 << 30


def _check_field(
    reader: PdfFileReader, field: str, sig_value: Any, sig_field: Any, roots: list[Any]
) -> tuple[int, SignatureReport]:
    """Verdict on one filled signature field, with the revision it signs (for ordering).

    Hostile or damaged input (a broken /ByteRange, a signature value that is not a dictionary,
    an unreadable object) must give a verdict, not a crash: every step is guarded.
    """
    try:
        subfilter = _text(sig_value.get_object(), "/SubFilter")
    except Exception:
        log.info("Dictionnaire de signature illisible : %s", field, exc_info=True)
        return _UNORDERED, _broken(field, f"La signature « {field} » est illisible ou endommagée.")
    if subfilter not in _SUBFILTERS:
        return _UNORDERED, _broken(
            field, f"La signature « {field} » utilise un format non pris en charge ({subfilter})."
        )
    try:
        embedded = EmbeddedPdfSignature(reader, sig_field, field)
        revision = embedded.signed_revision
    except Exception:
        log.info("Signature illisible : %s", field, exc_info=True)
        return _UNORDERED, _broken(field, f"La signature « {field} » est illisible ou endommagée.")
    try:
        return revision, _report(field, embedded, _validate(embedded, roots))
    except Exception:
        log.info("Validation impossible : %s", field, exc_info=True)
        return revision, _broken(
            field, f"La signature « {field} » n'a pas pu être vérifiée : elle est endommagée."
        )


def _added_after(reader: PdfFileReader, revision: int) -> list[str]:
    """What was added to the pages after the first signature (see :mod:`.changes`)."""
    from gusp_desktop.signing.changes import changes_after

    try:
        return changes_after(reader, revision)
    except Exception:  # a page tree that cannot be read back is itself a verdict
        log.info("Pages illisibles après la première signature", exc_info=True)
        return ["Les pages du document ne peuvent pas être relues après la première signature."]


def _vanished_signatures(reader: PdfFileReader, present: set[str]) -> list[str]:
    """Signatures found in an earlier revision of the file but no longer in the form.

    Removing a later signer's field leaves the earlier signatures formally intact; only the
    file's history shows that a signature was taken away.
    """
    seen: dict[str, None] = {}
    try:
        for revision in range(reader.xrefs.total_revisions):
            historical = reader.get_historical_resolver(revision)
            for name, *_rest in enumerate_sig_fields(historical, filled_status=True):
                seen.setdefault(str(name))
    except Exception:
        log.info("Historique des révisions illisible", exc_info=True)
        return ["L'historique des versions du document est illisible."]
    return [
        f"La signature « {name} », présente dans une version antérieure du document, a été retirée."
        for name in seen
        if name not in present
    ]


def _document_problems(reports: list[SignatureReport], vanished: list[str]) -> list[str]:
    if not reports and not vanished:
        return ["Aucune signature trouvée."]
    problems = [p for report in reports for p in report.problems] + vanished
    if not reports:
        return problems
    if not reports[-1].covers_whole_file:
        problems.append(
            "Le fichier a été modifié après la dernière signature sans nouvelle signature."
        )
    return problems


def verify_pdf(
    path: Path,
    extra_trust_roots: Iterable[TrustRoot] = (),
    *,
    store: IdentityStore | None = None,
    use_app_roots: bool = True,
) -> VerificationReport:
    """Verify every signature of ``path``, trusting the authorities of ``store`` (this
    computer's identities) and ``extra_trust_roots`` (certificates or PEM/DER files), and
    nothing fetched from the network.

    A damaged or hostile file yields a report with problems, never an exception; only a file
    that cannot be read at all raises :class:`OSError`.
    """
    data = Path(path).read_bytes()
    sha256 = hashlib.sha256(data).hexdigest()
    roots = _trust_roots(extra_trust_roots, store, use_app_roots)
    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        if reader.encrypted:
            return VerificationReport(
                sha256,
                (),
                ("Le document est chiffré : ses signatures ne peuvent pas être vérifiées.",),
                False,
            )
        found = list(enumerate_sig_fields(reader, filled_status=True))
    except Exception:
        log.info("PDF illisible : %s", path, exc_info=True)
        return VerificationReport(sha256, (), ("Le fichier n'est pas un PDF lisible.",), False)
    checked = [_check_field(reader, name, value, fld, roots) for name, value, fld in found]
    checked.sort(key=lambda item: item[0])
    reports = [report for _revision, report in checked]
    vanished = _vanished_signatures(reader, {name for name, *_rest in found})
    problems = _document_problems(reports, vanished)
    revisions = [revision for revision, _report in checked if revision != _UNORDERED]
    if revisions:
        problems += _added_after(reader, revisions[0])
    return VerificationReport(sha256, tuple(reports), tuple(problems), not problems)
