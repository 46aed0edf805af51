"""The synthèse pour les habitants of a quartier over a period: read, built, written.

Meant to be posted on the town's site or handed to the conseil citoyen, it names no person:
contacts' and reporters' names and passages marked as personal data (⟪…⟫) are masked in every
quoted text, actions are credited to organisations only, and restricted content is left out
(see :mod:`.reading`). PDF and DOCX come from the same document as the other exports, in
large type; the HTML page is standalone, for a phone as well as a computer.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Contact, Organisation, Quartier, SignalementReporter
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.errors import GuspError, Message, ValidationError
from gusp_desktop.domain.redaction import redact
from gusp_desktop.domain.resident_summary import ResidentSummary
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.resident_summary import reading

SUMMARY_FORMATS = ("pdf", "docx", "html")
HIDDEN = "[…]"
_DEFAULT_ISSUER = "Gestion urbaine et sociale de proximité"
_CIVILITIES = frozenset({"m", "mme", "mlle", "monsieur", "madame", "mademoiselle"})
_MIN_NAME = 3  # shorter names (initials) would mask ordinary words


class ResidentSummaryError(GuspError):
    """The synthèse could not be written; the message says why."""


class ResidentSummaryService:
    """Builds the synthèse pour les habitants and writes it as PDF, DOCX or HTML."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def quartiers(self) -> list[tuple[str, str]]:
        """(code, name) of every quartier, for the dialog's list."""
        with self.context.read() as session:
            return [(c, n) for c, n in session.execute(select(Quartier.code, Quartier.name))]

    def summary(self, quartier_code: str, start: dt.date, end: dt.date) -> ResidentSummary:
        """What was reported, decided and done in the quartier from ``start`` to ``end``."""
        if end < start:
            raise ValidationError(
                {
                    "period": Message(
                        "La période est inversée : le {end} précède le {start}.",
                        end=f"{end:%d/%m/%Y}",
                        start=f"{start:%d/%m/%Y}",
                    )
                }
            )
        with self.context.read() as session:
            quartier = _quartier(session, quartier_code)
            clean = _masker(_names(session))
            rows = reading.reported(session, quartier.id, start, end)
            decisions = tuple(
                reading.summary_decision(at, instance, clean(text))
                for at, instance, text in reading.decisions(session, quartier.id, start, end)
            )
            actions = reading.actions(session, quartier.id, start, end)
            issuer = session.scalar(
                select(Organisation.name)
                .where(Organisation.type == OrganisationType.EPCI)
                .order_by(Organisation.id)
                .limit(1)
            )
            return ResidentSummary(
                issuer=issuer or _DEFAULT_ISSUER,
                quartier_code=quartier.code,
                quartier_name=quartier.name,
                communes=quartier.communes,
                start=start,
                end=end,
                reported=reading.by_theme(rows, clean),
                decisions=decisions,
                actions=tuple(replace(a, title=clean(a.title)) for a in actions),
                generated_on=self.context.today(),
            )

    def export(
        self, quartier_code: str, start: dt.date, end: dt.date, path: str | os.PathLike[str]
    ) -> Path:
        """Write the synthèse in the format of the file's extension; nothing on refusal."""
        from gusp_desktop.documents.builders.resident_summary import build_resident_summary
        from gusp_desktop.documents.model import DocumentError

        target = Path(path)
        fmt = check_format(target)
        summary = self.summary(quartier_code, start, end)
        try:
            data = _render(build_resident_summary(summary), fmt)
        except DocumentError as exc:
            raise ResidentSummaryError(str(exc)) from exc
        try:
            write_bytes_atomic(target, data)
        except OSError as exc:
            raise ResidentSummaryError(
                Message(
                    "Impossible d'écrire le fichier « {target} » : {value}.",
                    target=target,
                    value=exc.strerror or exc,
                )
            ) from exc
        return target


def check_format(target: Path) -> str:
    """The format named by the file's extension, or a French refusal."""
    fmt = target.suffix.lower().lstrip(".")
    if fmt not in SUMMARY_FORMATS:
        raise ValidationError(
            {
                "format": Message(
                    (
                        "Format « {value} » non pris en charge pour « {name} » : .pdf, .docx ou "
                        ".html."
                    ),
                    value=target.suffix or "(aucun)",
                    name=target.name,
                )
            }
        )
    return fmt


def _quartier(session: Session, code: str) -> Quartier:
    quartier = session.scalar(select(Quartier).where(Quartier.code == code.strip().upper()))
    if quartier is None:
        known = ", ".join(session.scalars(select(Quartier.code).order_by(Quartier.code)))
        raise ValidationError(
            {
                "quartier": Message(
                    "Quartier « {code} » inconnu (quartiers : {value}).",
                    code=code,
                    value=known or "aucun",
                )
            }
        )
    return quartier


def _names(session: Session) -> list[str]:
    """Every person's name the database knows: contacts and reporters of signalements."""
    names: set[str] = set()
    for first, last in session.execute(select(Contact.first_name, Contact.last_name)):
        names.update((f"{first} {last}".strip(), first.strip(), last.strip()))
    for (name,) in session.execute(select(SignalementReporter.name)):
        names.add(name.strip())
        words = name.split()
        if words and words[0].lower().rstrip(".") in _CIVILITIES:
            names.update(words[1:])  # « Mme Josiane Carpentier »: each name alone too
    return sorted((n for n in names if len(n) >= _MIN_NAME), key=len, reverse=True)


def _masker(names: Sequence[str]) -> reading.Cleaner:
    """A function occulting marked personal data (« [occulté] », an unclosed mark hides the
    rest, as in every document) and masking every known name (whole words) as « […] »."""
    pattern = (
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)")
        if names
        else None
    )

    def clean(text: str) -> str:
        text = redact(text, reveal=False)
        return pattern.sub(HIDDEN, text) if pattern is not None else text

    return clean


def _render(document: object, fmt: str) -> bytes:
    from gusp_desktop.documents.model import Document

    assert isinstance(document, Document)
    if fmt == "pdf":
        from gusp_desktop.documents.pdf import render_pdf_bytes

        return render_pdf_bytes(document)
    if fmt == "docx":
        from gusp_desktop.documents.docx import render_docx_bytes

        return render_docx_bytes(document)
    from gusp_desktop.documents.html import render_html_bytes

    return render_html_bytes(document)
