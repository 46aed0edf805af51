"""What the application holds about a person, and what anonymising them did (RGPD).

A contact's export lists every row that names them — by a link (a membership, an émargement
line, a séance they chaired, an action they pilot…) or in free text (notes, decisions,
comments) — so the person can be told everything held about them. Anonymising replaces their
name, civility, e-mail, phone and function but keeps every link, so attendance counts, histories and
plans stay true; signed PDFs are never touched (altering them would break their signatures)
and are listed instead, as are texts that cannot be changed (follow-up history, frozen minutes
versions).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ANONYMOUS_FIRST_NAME = "Personne"
OCCULTED = "[occulté]"
REDACTED_VALUE = "[anonymisé]"
# Contact columns that identify a person, replaced by anonymisation.
PERSONAL_FIELDS = ("first_name", "last_name", "function", "email", "phone", "civility")


def anonymous_last_name(contact_id: int) -> str:
    """The last name an anonymised contact keeps, unique so lists still tell them apart."""
    return f"anonymisée n° {contact_id}"


def name_forms(first_name: str, last_name: str) -> tuple[str, ...]:
    """The ways a person's name is written in free text: « Léa Martin », « Martin Léa »."""
    first, last = first_name.strip(), last_name.strip()
    forms = [f"{first} {last}", f"{last} {first}"] if first and last else [first or last]
    return tuple(dict.fromkeys(f for f in forms if len(f) >= 3))


def occult_name(text: str, forms: tuple[str, ...]) -> str:
    """``text`` with every form of the name (any case) replaced by « [occulté] »."""
    for form in forms:
        text = re.sub(re.escape(form), OCCULTED, text, flags=re.IGNORECASE)
    return text


@dataclass(frozen=True)
class HeldRow:
    """One row naming the person: where it is, how it names them, what it says."""

    table: str
    row_id: int
    relation: str
    summary: str
    values: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class SignedCopy:
    """A signed compte rendu that names the person, left as it is."""

    seance_label: str
    version: int
    sha256: str
    signer_name: str
    signature_count: int
    path: str = ""


@dataclass(frozen=True)
class ContactDossier:
    """Everything held about one contact."""

    contact_id: int
    full_name: str
    generated_at: dt.datetime
    identity: Mapping[str, Any]
    rows: tuple[HeldRow, ...]
    signed: tuple[SignedCopy, ...] = ()

    def sections(self) -> dict[str, list[HeldRow]]:
        """The rows grouped by table, in the order found."""
        grouped: dict[str, list[HeldRow]] = {}
        for row in self.rows:
            grouped.setdefault(row.table, []).append(row)
        return grouped

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values for ``contacts export -o F.json``."""
        return {
            "contact_id": self.contact_id,
            "nom": self.full_name,
            "genere_le": self.generated_at.isoformat(),
            "identite": dict(self.identity),
            "lignes": [
                {
                    "table": r.table,
                    "id": r.row_id,
                    "lien": r.relation,
                    "resume": r.summary,
                    "valeurs": dict(r.values),
                }
                for r in self.rows
            ],
            "comptes_rendus_signes": [_signed_json(s) for s in self.signed],
        }


def _signed_json(copy: SignedCopy) -> dict[str, Any]:
    return {
        "seance": copy.seance_label,
        "version": copy.version,
        "sha256": copy.sha256,
        "signataire": copy.signer_name,
        "signatures": copy.signature_count,
        "fichier": copy.path,
    }


@dataclass(frozen=True)
class AnonymisationReport:
    """What anonymising a contact changed, kept, and left alone."""

    contact_id: int
    new_name: str
    links_kept: Mapping[str, int]
    texts_occulted: int
    audit_events_redacted: int
    unchanged_mentions: tuple[HeldRow, ...] = ()
    signed_left_intact: tuple[SignedCopy, ...] = ()

    def lines(self) -> list[str]:
        """The report in French, one fact per line (command line and window alike)."""
        lines = [f"Contact n° {self.contact_id} anonymisé : désormais « {self.new_name} »."]
        lines += [f"  lien conservé : {rel} ({n})" for rel, n in self.links_kept.items()]
        lines.append(f"  textes où le nom a été occulté : {self.texts_occulted}")
        lines.append(f"  événements d'audit anonymisés : {self.audit_events_redacted}")
        lines += [
            f"  non modifiable (historique) : {row.relation} — {row.summary}"
            for row in self.unchanged_mentions
        ]
        for copy in self.signed_left_intact:
            where = f" — {copy.path}" if copy.path else ""
            lines.append(
                f"  compte rendu signé laissé intact : {copy.seance_label}, version "
                f"{copy.version}, {copy.signature_count} signature(s){where}"
            )
        return lines

    def to_json(self) -> dict[str, Any]:
        """Plain JSON values for ``contacts anonymise --format json``."""
        return {
            "contact_id": self.contact_id,
            "nouveau_nom": self.new_name,
            "liens_conserves": dict(self.links_kept),
            "textes_occultes": self.texts_occulted,
            "evenements_d_audit_anonymises": self.audit_events_redacted,
            "mentions_non_modifiables": [
                {"table": r.table, "id": r.row_id, "resume": r.summary}
                for r in self.unchanged_mentions
            ],
            "comptes_rendus_signes_intacts": [_signed_json(s) for s in self.signed_left_intact],
        }
