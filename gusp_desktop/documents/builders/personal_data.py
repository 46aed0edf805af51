"""RGPD documents: a person's data (their export) and the registre des traitements."""

from __future__ import annotations

import json
from typing import Any

from gusp_desktop.documents.builders import common as c
from gusp_desktop.documents.french import long_date
from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Column,
    Document,
    Heading,
    KeyValues,
    Paragraph,
    Table,
)
from gusp_desktop.domain.audit import ENTITY_LABELS
from gusp_desktop.domain.personal_data import ContactDossier, SignedCopy
from gusp_desktop.domain.register import ProcessingRegister
from gusp_desktop.domain.timezone import PARIS

DOSSIER_TITLE = "Données personnelles détenues"
REGISTER_TITLE = "Registre des activités de traitement"
TABLE_LABELS = ENTITY_LABELS | {
    "app_user": "Compte utilisateur",
    "audit_event": "Historique de la fiche",
    "action_update": "Point de suivi d'action",
}
DETAIL_MAX = 300
IDENTITY_LABELS = {
    "first_name": "Prénom",
    "last_name": "Nom",
    "function": "Fonction",
    "organisation": "Organisation",
    "email": "Adresse électronique",
    "phone": "Téléphone",
    "active": "Fiche active",
    "created_at": "Fiche créée le",
    "created_by": "Fiche créée par",
    "updated_at": "Dernière modification",
}


def build_dossier_document(dossier: ContactDossier, organisation_name: str = "") -> Document:
    """Everything held about one person, section by section, readable by that person."""
    blocks: list[Block] = [
        Paragraph(
            f"Extraction du {long_date(dossier.generated_at.astimezone(PARIS).date())} : "
            f"{len(dossier.rows)} ligne(s) de la base nomment cette personne, par un lien "
            "(membre, émargement, pilote…) ou dans un texte (extrait autour du nom)."
        ),
        Heading("IDENTITÉ"),
        KeyValues(tuple((label, _text(dossier.identity.get(key))) for key, label in
                        IDENTITY_LABELS.items() if key in dossier.identity)),
    ]  # fmt: skip
    for table, rows in dossier.sections().items():
        blocks += [
            Heading(f"{TABLE_LABELS.get(table, table).upper()} ({len(rows)})"),
            Table(
                (Column("N°", 0.6), Column("Lien", 2), Column("Où", 3), Column("Détail", 5)),
                tuple((str(r.row_id), r.relation, r.summary, _detail(r.values)) for r in rows),
                compact=True,
            ),
        ]
    blocks += _signed_blocks(dossier.signed)
    return c.issued_document(
        DOSSIER_TITLE,
        blocks,
        issuer=organisation_name or c.DEFAULT_ORGANISATION,
        subtitle=dossier.full_name,
        footer_note=f"Données personnelles de {dossier.full_name} — confidentiel",
    )


def _signed_blocks(signed: tuple[SignedCopy, ...]) -> list[Block]:
    if not signed:
        return []
    return [
        Heading(f"COMPTES RENDUS SIGNÉS ({len(signed)})"),
        Paragraph(
            "Ces fichiers signés électroniquement sont conservés tels quels : les modifier "
            "romprait leurs signatures.",
            small=True,
        ),
        Table(
            (Column("Séance", 3), Column("Version", 1), Column("Signataire", 2),
             Column("Empreinte SHA-256", 3)),
            tuple((s.seance_label, str(s.version), s.signer_name, s.sha256[:16] + "…")
                  for s in signed),
            compact=True,
        ),
    ]  # fmt: skip


def _text(value: Any) -> str:
    if value is None or value == "":
        return c.DASH
    if value is True:
        return "oui"
    if value is False:
        return "non"
    return str(value)


def _detail(values: Any) -> str:
    text = json.dumps(values, ensure_ascii=False, default=str)
    text = text.strip("{}")
    return text if len(text) <= DETAIL_MAX else text[: DETAIL_MAX - 1] + "…"


def build_register_document(register: ProcessingRegister) -> Document:
    """The register: purpose, categories of data with counts, instances, retention, measures."""
    blocks: list[Block] = [
        KeyValues(
            (
                ("Responsable du traitement", register.controller),
                ("Finalité", register.purpose),
                ("Hébergement", register.storage),
                ("État au", long_date(register.generated_at.astimezone(PARIS).date())),
            )
        ),
        Heading("CATÉGORIES DE DONNÉES"),
        Table(
            (Column("Catégorie", 2), Column("Données", 3), Column("Nombre", 1, "right"),
             Column("Usage", 3), Column("Conservation", 3)),
            tuple((k.name, k.fields, str(k.records), k.purpose, k.retention)
                  for k in register.categories),
            compact=True,
        ),
        Heading("INSTANCES"),
        Table(
            (Column("Code", 1.5), Column("Instance", 3), Column("Type", 2),
             Column("Diffusion", 1.5), Column("Membres", 1, "right"),
             Column("Séances", 1, "right"), Column("Comptes habilités", 1.2, "right")),
            tuple((i.code, i.name, i.type_label, "restreinte" if i.restricted else "normale",
                   str(i.members), str(i.seances), str(i.readers)) for i in register.instances),
            compact=True,
        ),
        Heading("DURÉES DE CONSERVATION DES NOTES"),
        BulletList(tuple(r.describe() for r in register.rules) or ("Aucune règle.",)),
        Heading("DESTINATAIRES"),
        BulletList(register.recipients),
        Heading("MESURES DE SÉCURITÉ"),
        BulletList(register.measures),
    ]  # fmt: skip
    return c.issued_document(
        REGISTER_TITLE,
        blocks,
        issuer=register.controller,
        subtitle="Article 30 du règlement général sur la protection des données",
        landscape=True,
        footer_note=f"{REGISTER_TITLE} — généré par GUSP Desktop à partir de la base",
    )
