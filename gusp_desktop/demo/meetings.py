"""Demo instances with their members, and the 19 séances of the 2025 calendar.

Dates are those of the unshifted demo (« today » = 15/06/2025); the loader moves them by a
whole number of weeks. Times are local (Europe/Paris). In texts, ``{dd/mm}``,
``{dd/mm/yyyy}``, ``{HM-014}``, ``{Y}`` and ``{Y-1}`` are rendered with the same shift.
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import InstanceType, MemberKind, MemberRole, SeanceStatus


@dataclass(frozen=True)
class MemberSeed:
    """A contact sitting in an instance."""

    contact: str
    role: MemberRole = MemberRole.MEMBRE
    kind: MemberKind = MemberKind.TITULAIRE


@dataclass(frozen=True)
class InstanceSeed:
    """A standing body; the first president and secretary members chair and minute séances."""

    code: str
    name: str
    type: InstanceType
    periodicity: str
    restricted: bool
    default_place: str
    duration: int
    quartiers: tuple[str, ...]
    members: tuple[MemberSeed, ...]


@dataclass(frozen=True)
class SeanceSeed:
    """One meeting; attendance exceptions apply to held séances (everyone else is present)."""

    key: str
    instance: str
    number: int
    day: str  # "dd/mm" in 2025
    time: str  # "hh:mm", Europe/Paris
    status: SeanceStatus
    place: str = ""
    excused: tuple[str, ...] = ()
    absent: tuple[str, ...] = ()
    represented: tuple[tuple[str, str], ...] = ()  # (member, represented by)
    summary: str = ""
    next_meeting_note: str = ""


_P = MemberRole.PRESIDENT
_S = MemberRole.SECRETAIRE
_I = MemberRole.INVITE


def _members(
    president: str, others: tuple[str, ...], invited: tuple[str, ...] = ()
) -> tuple[MemberSeed, ...]:
    return (
        MemberSeed(president, _P),
        MemberSeed("demarquette", _S),
        *(MemberSeed(key) for key in others),
        *(MemberSeed(key, _I) for key in invited),
    )


_HOTEL_AGGLO = "Hôtel d'agglomération, salle du conseil, 1 place du Beffroi, Marvelin"

INSTANCES: tuple[InstanceSeed, ...] = (
    InstanceSeed(
        "COTECH-IQ",
        "COTECH GUSP inter-quartiers",
        InstanceType.COTECH,
        "Toutes les 6 à 8 semaines",
        False,
        _HOTEL_AGGLO,
        150,
        ("HM", "PR", "CO"),
        _members(
            "forestier",
            (
                "belkacem",
                "lemaire",
                "ouedraogo",
                "caudron",
                "cappelaere",
                "taleb",
                "lefebvre",
                "desmet",
                "haddouche",
                "dufosse",
                "maes",
            ),
            ("delattre",),
        ),
    ),
    InstanceSeed(
        "COTECH-NPNRU-HM",
        "COTECH site NPNRU Hauts-de-Marve",
        InstanceType.COTECH,
        "Trimestrielle",
        False,
        "Maison du projet, 3 avenue du Beffroi, Marvelin",
        120,
        ("HM",),
        _members(
            "vasseur",
            ("forestier", "lemaire", "cappelaere", "taleb", "haddouche", "dufosse", "belkacem"),
            ("delattre",),
        ),
    ),
    InstanceSeed(
        "CV-HM",
        "Cellule de veille Hauts-de-Marve",
        InstanceType.CELLULE_VEILLE,
        "Bimestrielle, en formation restreinte",
        True,
        "Mairie de Marvelin, salle des commissions (accès restreint)",
        90,
        ("HM",),
        _members("belkacem", ("vasseur", "haddouche", "dufosse", "cappelaere")),
    ),
    InstanceSeed(
        "DEM-HM",
        "Diagnostic en marchant Hauts-de-Marve",
        InstanceType.DEM,
        "Semestrielle",
        False,
        "Départ : Maison de quartier des Hauts-de-Marve, 10 square des Tisserands, Marvelin",
        180,
        ("HM",),
        _members(
            "vasseur",
            ("lemaire", "cappelaere", "taleb", "dufosse", "maes", "haddouche"),
            ("delattre",),
        ),
    ),
    InstanceSeed(
        "DEM-PR",
        "Diagnostic en marchant Pré-Rolland",
        InstanceType.DEM,
        "Annuelle",
        False,
        "Départ : parvis de la cité minière, rue des Corons, Hautcourt-les-Forges",
        150,
        ("PR",),
        _members("ouedraogo", ("lefebvre", "desmet", "maes", "forestier")),
    ),
    InstanceSeed(
        "ME-CO",
        "Marche exploratoire des Coteaux",
        InstanceType.MARCHE_EXPLORATOIRE,
        "Ponctuelle : marche puis restitution aux élus",
        False,
        "Départ : place centrale des Coteaux, Saint-Aubrin",
        120,
        ("CO",),
        _members("caudron", ("desmet", "dufosse", "belkacem")),
    ),
    InstanceSeed(
        "COPIL-CDV",
        "COPIL contrat de ville / GUSP",
        InstanceType.COPIL,
        "Semestrielle",
        False,
        _HOTEL_AGGLO,
        120,
        ("HM", "PR", "CO"),
        (
            *_members(
                "vasseur",
                (
                    "forestier",
                    "belkacem",
                    "ouedraogo",
                    "caudron",
                    "cappelaere",
                    "taleb",
                    "lefebvre",
                ),
                ("delattre",),
            ),
            MemberSeed("desmet", MemberRole.MEMBRE, MemberKind.SUPPLEANT),
        ),
    ),
)

_V = SeanceStatus.CR_VALIDE
_PLAN = SeanceStatus.PLANIFIEE
_CONV = SeanceStatus.CONVOQUEE

SEANCES: tuple[SeanceSeed, ...] = (
    # COTECH GUSP inter-quartiers
    SeanceSeed(
        "iq1",
        "COTECH-IQ",
        1,
        "16/01",
        "09:30",
        _V,
        excused=("maes",),
        absent=("delattre",),
        summary="Ouverture du plan d'actions {Y} (20 actions inscrites). Priorités : encombrants "
        "de la tour C, pannes d'ascenseur de la tour A, occupation du hall de la tour D.",
        next_meeting_note="Prochain COTECH le {06/03} à 9 h 30, Maison de quartier des "
        "Hauts-de-Marve.",
    ),
    SeanceSeed(
        "iq2",
        "COTECH-IQ",
        2,
        "06/03",
        "09:30",
        _V,
        place="Maison de quartier des Hauts-de-Marve, salle 2, 10 square des Tisserands, Marvelin",
        excused=("caudron",),
        represented=(("lemaire", "vasseur"),),
        summary="14 nouvelles actions ; premier retard (hall de la tour D). Préparation du "
        "diagnostic en marchant du {25/03}.",
        next_meeting_note="Prochain COTECH le {24/04} à 9 h 30, mairie de Hautcourt-les-Forges.",
    ),
    SeanceSeed(
        "iq3",
        "COTECH-IQ",
        3,
        "24/04",
        "09:30",
        _V,
        place="Mairie de Hautcourt-les-Forges, salle du conseil, 2 place Jean-Jaurès",
        excused=("haddouche", "belkacem"),
        summary="Retours du DEM des Hauts-de-Marve et de la marche exploratoire des Coteaux ; "
        "report de l'éclairage du parking sud ({HM-024}) au {30/09}.",
        next_meeting_note="Prochain COTECH le {12/06} à 9 h 30, mairie annexe des Coteaux.",
    ),
    SeanceSeed(
        "iq4",
        "COTECH-IQ",
        4,
        "12/06",
        "09:30",
        SeanceStatus.CR_REDACTION,
        place="Mairie annexe des Coteaux, 1 place centrale, Saint-Aubrin",
        excused=("dufosse",),
        absent=("ouedraogo",),
        summary="Sept actions en retard examinées une à une ; préparation du COPIL du {26/06} "
        "(bilans ATFPB {Y-1}).",
        next_meeting_note="Prochain COTECH le {11/09} à 9 h 30, hôtel d'agglomération.",
    ),
    SeanceSeed("iq5", "COTECH-IQ", 5, "11/09", "09:30", _PLAN),
    SeanceSeed("iq6", "COTECH-IQ", 6, "23/10", "09:30", _PLAN),
    SeanceSeed("iq7", "COTECH-IQ", 7, "04/12", "09:30", _PLAN),
    # COTECH site NPNRU Hauts-de-Marve
    SeanceSeed(
        "nq1",
        "COTECH-NPNRU-HM",
        1,
        "13/02",
        "14:00",
        _V,
        excused=("belkacem",),
        summary="Gestion transitoire de la phase de démolition de la tour D : murage, "
        "relogement, circulation et propreté des abords du chantier.",
        next_meeting_note="Prochaine séance le {15/05} à 14 h, Maison du projet.",
    ),
    SeanceSeed(
        "nq2",
        "COTECH-NPNRU-HM",
        2,
        "15/05",
        "14:00",
        _V,
        excused=("taleb",),
        summary="Murage de la tour D terminé ; 81 ménages relogés sur 112. Report du "
        "cheminement provisoire ({HM-056}) au {31/07}.",
        next_meeting_note="Prochaine séance le {09/10} à 14 h, Maison du projet.",
    ),
    SeanceSeed("nq3", "COTECH-NPNRU-HM", 3, "09/10", "14:00", _PLAN),
    # Cellule de veille (restreinte)
    SeanceSeed(
        "cv1",
        "CV-HM",
        1,
        "20/02",
        "09:00",
        _V,
        summary="Mise en place du suivi mensuel des situations sensibles (registre nominatif "
        "tenu hors application).",
        next_meeting_note="Prochaine cellule de veille le {17/04} à 9 h.",
    ),
    SeanceSeed(
        "cv2",
        "CV-HM",
        2,
        "17/04",
        "09:00",
        _V,
        excused=("dufosse",),
        summary="Cinq situations suivies ; tension en baisse dans le hall de la tour D.",
        next_meeting_note="Prochaine cellule de veille le {19/06} à 9 h.",
    ),
    SeanceSeed("cv3", "CV-HM", 3, "19/06", "09:00", _CONV),
    # Diagnostics en marchant
    SeanceSeed(
        "demhm",
        "DEM-HM",
        1,
        "25/03",
        "14:00",
        _V,
        excused=("maes",),
        summary="Cinq haltes, 23 habitants ; 6 constats relevés, réponses écrites promises "
        "sous deux mois et restitution publique ({HM-057}).",
        next_meeting_note="Restitution publique des réponses à la Maison de quartier.",
    ),
    SeanceSeed("dempr", "DEM-PR", 1, "17/06", "14:00", _CONV),
    # Marche exploratoire des Coteaux
    SeanceSeed(
        "me1",
        "ME-CO",
        1,
        "09/04",
        "18:00",
        _V,
        excused=("belkacem",),
        summary="Marche de 11 habitantes à la tombée du jour, cinq arrêts ; 7 constats dont 3 "
        "sur l'éclairage et la visibilité.",
        next_meeting_note="Restitution aux élus le {20/05} à 18 h, mairie de Saint-Aubrin.",
    ),
    SeanceSeed(
        "me2",
        "ME-CO",
        2,
        "20/05",
        "18:00",
        _V,
        place="Mairie de Saint-Aubrin, salle des mariages, 5 rue de l'Église",
        represented=(("desmet", "lefebvre"),),
        summary="Rapport des marcheuses présenté au maire ; 6 préconisations retenues avec "
        "pilote et échéance.",
        next_meeting_note="Point d'étape en COTECH inter-quartiers le {12/06}.",
    ),
    # COPIL contrat de ville / GUSP
    SeanceSeed("copil1", "COPIL-CDV", 1, "26/06", "10:00", _CONV),
    SeanceSeed("copil2", "COPIL-CDV", 2, "11/12", "10:00", _PLAN),
)
