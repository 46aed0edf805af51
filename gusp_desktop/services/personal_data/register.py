"""The « registre des traitements », built from what the database actually holds."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Attendance,
    AuditEvent,
    Contact,
    Instance,
    InstanceLogin,
    Membership,
    Organisation,
    Seance,
    SignalementReporter,
    SignedFile,
    User,
)
from gusp_desktop.domain.enums import OrganisationType
from gusp_desktop.domain.register import DataCategory, ProcessingRegister, RegisteredInstance
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.personal_data.retention import effective_rules

PURPOSE = (
    "Gestion urbaine et sociale de proximité : organisation des instances partenariales "
    "(convocations, émargement, comptes rendus), suivi du plan d'actions et des abattements "
    "de TFPB."
)
KEPT_WHILE_ACTIVE = "tant que la personne participe au partenariat ; anonymisation sur demande"
SERVER_MEASURES = (
    "Base sur un serveur PostgreSQL : chaque compte n'a que les droits de son rôle, propres à "
    "cette base (coordinateur, secrétaire, lecteur).",
    "Contenus des instances à diffusion restreinte invisibles, côté serveur, aux comptes qui "
    "n'en sont pas membres (sécurité au niveau des lignes).",
    "Journal d'audit tenu par le serveur : toute modification, même en SQL direct, y figure "
    "sous le nom de son auteur ; personne hormis le propriétaire ne peut le modifier.",
)
LOCAL_MEASURES = (
    "Base dans un fichier local lisible par le seul compte de son utilisateur (mode 0600, "
    "dossiers 0700), comme ses journaux, sauvegardes et comptes rendus signés archivés.",
    "Journal d'audit de toutes les modifications faites par l'application.",
)
COMMON_MEASURES = (
    "Passages marqués « données personnelles » occultés dans tout document diffusé hors de "
    "l'instance concernée.",
    "Comptes rendus signés électroniquement (PAdES) et empreintes enregistrées.",
)


class RegisterService:
    """Builds the register of processing from the database."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def build(self) -> ProcessingRegister:
        """The register as of now."""
        with self.context.read() as session:
            shared = session.get_bind().dialect.name == "postgresql"
            return ProcessingRegister(
                generated_at=self.context.now(),
                controller=_controller(session),
                purpose=PURPOSE,
                storage="Serveur PostgreSQL partagé" if shared else "Fichier local",
                categories=tuple(_categories(session)),
                instances=tuple(_instances(session)),
                rules=tuple(effective_rules(session)),
                recipients=_recipients(session),
                measures=(SERVER_MEASURES if shared else LOCAL_MEASURES) + COMMON_MEASURES,
            )


def _count(session: Session, model: Any, *where: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def _controller(session: Session) -> str:
    epci = session.scalar(
        select(Organisation.name)
        .where(Organisation.type == OrganisationType.EPCI)
        .order_by(Organisation.id)
        .limit(1)
    )
    return epci or "(responsable du traitement à compléter)"


def _categories(session: Session) -> list[DataCategory]:
    notes = _count(session, AgendaItem, AgendaItem.notes != "")
    return [
        DataCategory(
            "Contacts des partenaires",
            "civilité, nom, prénom, fonction, organisation, adresse électronique, téléphone",
            _count(session, Contact),
            "convocations, émargement, diffusion des comptes rendus, pilotage des actions",
            KEPT_WHILE_ACTIVE,
        ),
        DataCategory(
            "Comptes des utilisateurs",
            "identifiant de connexion, nom affiché, rôle",
            _count(session, User),
            "droits d'accès et traçabilité des modifications",
            "tant que le compte est utilisé",
        ),
        DataCategory(
            "Émargement",
            "présence, excuse, représentation à chaque séance",
            _count(session, Attendance),
            "preuve de la tenue des séances",
            "avec la séance",
        ),
        DataCategory(
            "Notes et décisions des séances",
            "texte libre pouvant nommer des habitants (passages marqués données personnelles)",
            notes,
            "comptes rendus des instances",
            "selon la durée de conservation de chaque type d'instance (ci-dessous)",
        ),
        DataCategory(
            "Actions et points de suivi",
            "pilote, commentaires de suivi",
            _count(session, Action) + _count(session, ActionUpdate),
            "suivi du plan d'actions",
            "durée du plan d'actions et de la convention",
        ),
        DataCategory(
            "Auteurs des signalements",
            "nom, téléphone, adresse électronique de la personne qui signale (ou lien vers un "
            "contact), tenus à part du signalement",
            _count(session, SignalementReporter),
            "rappeler la personne et l'informer des suites ; jamais dans les listes ni les "
            "documents",
            "effacement sur demande (signalements reporter ID --erase)",
        ),
        DataCategory(
            "Comptes rendus signés",
            "nom et qualité des signataires, empreintes des fichiers",
            _count(session, SignedFile),
            "valeur probante des comptes rendus",
            "conservés intacts (une modification romprait les signatures)",
        ),
        DataCategory(
            "Journal d'audit",
            "auteur, date et valeurs modifiées",
            _count(session, AuditEvent),
            "traçabilité et sécurité",
            "avec la base ; données d'un contact anonymisé effacées",
        ),
    ]


def _instances(session: Session) -> list[RegisteredInstance]:
    found = []
    for instance in session.scalars(select(Instance).order_by(Instance.code)):
        found.append(
            RegisteredInstance(
                instance.code,
                instance.name,
                instance.type.label,
                bool(instance.restricted),
                _count(session, Membership, Membership.instance_id == instance.id),
                _count(session, Seance, Seance.instance_id == instance.id),
                _count(session, InstanceLogin, InstanceLogin.instance_id == instance.id),
            )
        )
    return found


def _recipients(session: Session) -> tuple[str, ...]:
    recipients = [
        "Membres de chaque instance : convocations, ordres du jour, comptes rendus",
        "Partenaires pilotes ou associés : plans d'actions et relances",
        "Bailleurs et services de l'État : bilans d'abattement de TFPB",
    ]
    if _count(session, Instance, Instance.restricted):
        recipients.append(
            "Instances à diffusion restreinte (cellule de veille) : leurs seuls membres"
        )
    return tuple(recipients)
