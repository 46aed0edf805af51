"""Verification of a signed file against the signatures *and* the database, told in French.

The command line prints :func:`describe` line by line and the window shows the same facts in a
table, so both front ends say exactly the same thing about a file.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from gusp_desktop.domain.errors import GuspError, Message
from gusp_desktop.domain.signed_minutes import Registration, SignedMinutesError, role_problems
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.domain.wording import counted
from gusp_desktop.signing.identities import IdentityStore

if TYPE_CHECKING:
    from gusp_desktop.signing.verify import SignatureReport, VerificationReport

log = logging.getLogger(__name__)
Lookup = Callable[[str], Registration | None]
UNKNOWN_FILE = "fichier inconnu de la base"


@dataclass(frozen=True)
class SignedMinutesCheck:
    """The verdict on a file: its signatures, and which registered compte rendu it is."""

    path: Path
    report: VerificationReport
    registration: Registration | None
    database_problem: str | None = None

    @property
    def role_problems(self) -> tuple[str, ...]:
        """Who signed in which capacity, against the séance when the database knows the file."""
        officers = self.registration.officers if self.registration is not None else None
        pairs = [(sig.signer_cn, sig.role) for sig in self.report.signatures]
        return tuple(role_problems(pairs, officers))

    @property
    def problems(self) -> tuple[str, ...]:
        """Every problem: the signatures' own, then the signers' capacities."""
        return self.report.problems + self.role_problems

    @property
    def ok(self) -> bool:
        """True when every signature is sound, the file was not altered after signing, and
        each capacity was signed by the person the séance records in it."""
        return self.report.ok and not self.role_problems

    @property
    def registration_text(self) -> str:
        return registration_text(self.registration, self.database_problem)


def quiet_pyhanko() -> None:
    """Silence pyHanko below ERROR in the front ends: it logs whole tracebacks for documents it
    rejects, while the verdict already says in French what is wrong."""
    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.ERROR)


def check_file(
    path: Path, extra_trust: Sequence[Path], store: IdentityStore, lookup: Lookup
) -> SignedMinutesCheck:
    """Verify ``path`` (app authorities + ``extra_trust``) and look its SHA-256 up.

    The database is a complement: when it cannot be reached the signatures are still judged
    and the check says the registration could not be looked up.
    """
    from gusp_desktop.signing.verify import verify_pdf

    for trust in extra_trust:
        if not Path(trust).is_file():
            raise SignedMinutesError(
                Message("Le certificat d'autorité « {trust} » est introuvable.", trust=trust)
            )
    try:
        report = verify_pdf(Path(path), extra_trust, store=store)
    except OSError as exc:
        raise SignedMinutesError(
            Message("Impossible de lire le fichier « {path} ».", path=path)
        ) from exc
    except ValueError as exc:
        raise SignedMinutesError(
            "Un des certificats d'autorité donnés n'est pas un certificat PEM ou DER lisible."
        ) from exc
    try:
        found = lookup(report.sha256)
    except GuspError as exc:
        log.warning("Recherche du fichier signé impossible : %s", exc.message)
        return SignedMinutesCheck(Path(path), report, None, exc.message)
    return SignedMinutesCheck(Path(path), report, found)


def registration_text(found: Registration | None, database_problem: str | None = None) -> str:
    """« version enregistrée du compte rendu de la séance … » or « fichier inconnu de la base »."""
    if found is None:
        if database_problem:
            return f"enregistrement non vérifié, base de données inaccessible : {database_problem}"
        return UNKNOWN_FILE
    names = ", ".join(found.signer_names)
    text = (
        f"version enregistrée du compte rendu de la séance {found.seance_label} "
        f"(version {found.version_number}, {_count(found.signature_count)} : {names})"
    )
    if not found.is_latest_revision:
        text += f" ; une révision plus récente porte {_count(found.latest_count)}"
    if found.superseded_by is not None:
        text += f" ; remplacée par l'erratum (version {found.superseded_by})"
    return text


def _count(n: int) -> str:
    return counted(n, "signature")


def yes_no(value: bool) -> str:
    return "oui" if value else "non"


def french_moment(moment: dt.datetime | None) -> str:
    """« 15/06/2025 à 12:00 » in Paris time, or « inconnue »."""
    if moment is None:
        return "inconnue"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    local = moment.astimezone(PARIS)
    return f"{local:%d/%m/%Y} à {local:%H:%M}"


def signature_lines(index: int, sig: SignatureReport) -> list[str]:
    """What the command line prints about one signature."""
    who = sig.signer_cn or "signataire inconnu"
    role = f" — {sig.role}" if sig.role else ""
    lines = [f"Signature {index} ({sig.field_name}) : {who}{role}"]
    when = f"  Signée le {french_moment(sig.signing_time)} (heure de Paris)"
    if sig.timestamp_time is not None:
        when += f" ; horodatage du {french_moment(sig.timestamp_time)}"
    lines.append(when)
    lines.append(
        f"  Émetteur : {sig.issuer_cn or 'inconnu'} ; approuvée : {yes_no(sig.trusted)} ; "
        f"intacte : {yes_no(sig.intact)} ; couvre tout le fichier : {coverage_text(sig)}"
    )
    return lines


def coverage_text(sig: SignatureReport) -> str:
    """« oui », or why not: a sound earlier signature is followed by later signatures."""
    if sig.covers_whole_file:
        return "oui"
    return "non (signatures ajoutées ensuite)" if sig.ok else "non"


def describe(check: SignedMinutesCheck) -> list[str]:
    """The whole verification as lines of French text, verdict last."""
    report = check.report
    lines = [f"Fichier : {check.path.name}", f"SHA-256 : {report.sha256}"]
    for index, sig in enumerate(report.signatures, start=1):
        lines += signature_lines(index, sig)
    lines.append(f"Base de données : {check.registration_text}")
    lines += officer_lines(check)
    if check.problems:
        lines.append("Problèmes :")
        lines += [f"  - {problem}" for problem in check.problems]
    lines.append(verdict(check))
    return lines


def officer_lines(check: SignedMinutesCheck) -> list[str]:
    """The séance's recorded président and secrétaire, against whom the capacities are judged."""
    officers = check.registration.officers if check.registration is not None else None
    if not officers:
        return ["Qualités des signataires : non vérifiées (séance inconnue)."]
    return [
        f"{role.label.capitalize()} enregistré : {officer.name if officer else 'personne'}"
        for role, officer in officers.items()
    ]


def verdict(check: SignedMinutesCheck) -> str:
    if check.ok:
        n = len(check.report.signatures)
        valid = counted(n, "signature valide et approuvée", "signatures valides et approuvées")
        return f"Verdict : document intègre, {valid}."
    return "Verdict : DOCUMENT NON VALIDE — voir les problèmes ci-dessus."
