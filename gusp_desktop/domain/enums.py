"""Closed vocabularies of the GUSP world, each value with its French label.

Values are stable ASCII identifiers stored in the database; labels are what users read.
"""

from __future__ import annotations

from enum import StrEnum

from gusp_desktop.domain.errors import Message


class LabelledEnum(StrEnum):
    """A string enum whose members carry a French label."""

    @property
    def label(self) -> str:
        """French label shown to users."""
        return _LABELS[type(self).__name__][self.value]

    @classmethod
    def parse(cls, text: str) -> LabelledEnum:
        """Accept a stored value or a French label (case and accents as typed)."""
        wanted = text.strip().lower()
        for member in cls:
            if wanted in (member.value, member.label.lower()):
                return member
        choices = ", ".join(m.value for m in cls)
        raise ValueError(
            Message(
                "Valeur inconnue « {text} » (valeurs possibles : {choices}).",
                text=text,
                choices=choices,
            )
        )


class OrganisationType(LabelledEnum):
    EPCI = "epci"
    COMMUNE = "commune"
    ETAT = "etat"
    BAILLEUR = "bailleur"
    DECHETS = "dechets"
    POLICE = "police"
    TRANSPORT = "transport"
    ASSOCIATION = "association"
    MEDIATION = "mediation"
    REGIE = "regie"
    CONSEIL_CITOYEN = "conseil_citoyen"
    AUTRE = "autre"


class InstanceType(LabelledEnum):
    COTECH = "cotech"
    COPIL = "copil"
    CELLULE_VEILLE = "cellule_veille"
    DEM = "dem"
    MARCHE_EXPLORATOIRE = "marche_exploratoire"


class MemberRole(LabelledEnum):
    PRESIDENT = "president"
    SECRETAIRE = "secretaire"
    MEMBRE = "membre"
    INVITE = "invite"


class MemberKind(LabelledEnum):
    TITULAIRE = "titulaire"
    SUPPLEANT = "suppleant"


class SeanceStatus(LabelledEnum):
    PLANIFIEE = "planifiee"
    CONVOQUEE = "convoquee"
    TENUE = "tenue"
    CR_REDACTION = "cr_redaction"
    CR_RELECTURE = "cr_relecture"
    CR_VALIDE = "cr_valide"
    CR_SIGNE = "cr_signe"
    ANNULEE = "annulee"


class AgendaItemKind(LabelledEnum):
    INFORMATION = "information"
    DECISION = "decision"
    SUIVI = "suivi"


class AttendanceStatus(LabelledEnum):
    PRESENT = "present"
    EXCUSE = "excuse"
    ABSENT = "absent"
    REPRESENTE = "represente"


class ActionStatus(LabelledEnum):
    A_ENGAGER = "a_engager"
    EN_COURS = "en_cours"
    REALISEE = "realisee"
    REPORTEE = "reportee"
    ABANDONNEE = "abandonnee"


class Priority(LabelledEnum):
    BASSE = "basse"
    NORMALE = "normale"
    HAUTE = "haute"


class Theme(LabelledEnum):
    PROPRETE = "proprete"
    TRANQUILLITE = "tranquillite"
    ECLAIRAGE = "eclairage"
    STATIONNEMENT = "stationnement"
    ESPACES_VERTS = "espaces_verts"
    BATI = "bati"
    ACCESSIBILITE = "accessibilite"
    EQUIPEMENTS = "equipements"
    NPNRU = "npnru"
    PARTICIPATION = "participation"


class AtfpbAxis(LabelledEnum):
    """The eight axes of the national ATFPB framework (cadre national, 29 April 2015)."""

    PRESENCE = "1"
    FORMATION = "2"
    SUR_ENTRETIEN = "3"
    DECHETS = "4"
    TRANQUILLITE = "5"
    CONCERTATION = "6"
    ANIMATION = "7"
    PETITS_TRAVAUX = "8"


class Realisation(LabelledEnum):
    """How far a line of an ATFPB programme was carried out during the year."""

    REALISE = "realise"
    PARTIEL = "partiel"
    NON_REALISE = "non_realise"


class ConstatSource(LabelledEnum):
    DEM = "dem"
    MARCHE = "marche"
    SIGNALEMENT = "signalement"
    SEANCE = "seance"


class UserRole(LabelledEnum):
    COORDINATEUR = "coordinateur"
    SECRETAIRE = "secretaire"
    LECTEUR = "lecteur"


_LABELS: dict[str, dict[str, str]] = {
    "OrganisationType": {
        "epci": "EPCI",
        "commune": "Commune",
        "etat": "État",
        "bailleur": "Bailleur social",
        "dechets": "Collecte et traitement des déchets",
        "police": "Police",
        "transport": "Transport",
        "association": "Association",
        "mediation": "Médiation",
        "regie": "Régie de quartier",
        "conseil_citoyen": "Conseil citoyen",
        "autre": "Autre",
    },
    "InstanceType": {
        "cotech": "Comité technique",
        "copil": "Comité de pilotage",
        "cellule_veille": "Cellule de veille",
        "dem": "Diagnostic en marchant",
        "marche_exploratoire": "Marche exploratoire",
    },
    "MemberRole": {
        "president": "Président",
        "secretaire": "Secrétaire",
        "membre": "Membre",
        "invite": "Invité",
    },
    "MemberKind": {"titulaire": "Titulaire", "suppleant": "Suppléant"},
    "SeanceStatus": {
        "planifiee": "Planifiée",
        "convoquee": "Convoquée",
        "tenue": "Tenue",
        "cr_redaction": "Compte rendu en rédaction",
        "cr_relecture": "Compte rendu en relecture",
        "cr_valide": "Compte rendu validé",
        "cr_signe": "Compte rendu signé",
        "annulee": "Annulée",
    },
    "AgendaItemKind": {"information": "Information", "decision": "Décision", "suivi": "Suivi"},
    "AttendanceStatus": {
        "present": "Présent",
        "excuse": "Excusé",
        "absent": "Absent",
        "represente": "Représenté",
    },
    "ActionStatus": {
        "a_engager": "À engager",
        "en_cours": "En cours",
        "realisee": "Réalisée",
        "reportee": "Reportée",
        "abandonnee": "Abandonnée",
    },
    "Priority": {"basse": "Basse", "normale": "Normale", "haute": "Haute"},
    "Theme": {
        "proprete": "Propreté, déchets, encombrants",
        "tranquillite": "Tranquillité, sécurité",
        "eclairage": "Éclairage",
        "stationnement": "Stationnement, épaves, voirie",
        "espaces_verts": "Espaces verts, aires de jeux",
        "bati": "Parties communes, ascenseurs, bâti",
        "accessibilite": "Accessibilité",
        "equipements": "Équipements, services",
        "npnru": "Chantiers NPNRU, gestion transitoire",
        "participation": "Participation, lien social",
    },
    "AtfpbAxis": {
        "1": "1 – Renforcement de la présence du personnel de proximité",
        "2": "2 – Formation et soutien des personnels de proximité",
        "3": "3 – Sur-entretien",
        "4": "4 – Gestion des déchets et encombrants / épaves",
        "5": "5 – Tranquillité résidentielle",
        "6": "6 – Concertation / sensibilisation des locataires",
        "7": "7 – Animation, lien social, vivre ensemble",
        "8": "8 – Petits travaux d'amélioration de la qualité de service",
    },
    "Realisation": {
        "realise": "Réalisé",
        "partiel": "Partiellement réalisé",
        "non_realise": "Non réalisé",
    },
    "ConstatSource": {
        "dem": "Diagnostic en marchant",
        "marche": "Marche exploratoire",
        "signalement": "Signalement",
        "seance": "Séance",
    },
    "UserRole": {"coordinateur": "Coordinateur", "secretaire": "Secrétaire", "lecteur": "Lecteur"},
}
