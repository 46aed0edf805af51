"""The demo's ATFPB: conventions of Marve Habitat and Logis de l'Aubrin, programmes, bilans.

Years are those of the 2025 demo calendar and move with it. The 2024 abattements are those
quoted in the COPIL minutes (MH 1 850 logements, 412 000 €; LA 640 logements, 138 000 € over
its two quartiers). The 2025 bilans are realistic rather than tidy: some lines under-used,
some without their reason, indicator or explanation, so the bilan has something to flag.
Amounts are text, read as exact decimals.
"""

from __future__ import annotations

from typing import NamedTuple


class ConventionSeed(NamedTuple):
    bailleur: str
    quartier: str
    start: int
    end: int
    logements: int
    droit_commun: str
    signatories: tuple[tuple[str, str], ...]  # (organisation code, signature dd/mm/yyyy)
    amounts: tuple[tuple[int, str], ...]
    opinions: tuple[int, str, str, str] | None = None  # year, commune, EPCI, État


class LineSeed(NamedTuple):
    bailleur: str
    quartier: str
    year: int
    axis: int
    title: str
    planned: str
    realised: str | None = None  # None: programme only, not reported yet
    status: str | None = None
    reason: str = ""
    indicator: str = ""
    target: str = ""
    value: str = ""
    actions: tuple[int, ...] = ()  # demo plan line numbers, in the line's quartier
    residences: str = ""
    gap: str = ""
    reinforcement: bool = True
    cofinancing: str = ""


_SIGNED = "15/09/2023"
CONVENTIONS = (
    ConventionSeed(
        "MH",
        "HM",
        2024,
        2027,
        1850,
        "Gardien par tour aux heures ouvrées, nettoyage des parties communes 5 jours sur 7, "
        "enlèvement mensuel des encombrants (charte de qualité de service de Marve Habitat).",
        (("DP", _SIGNED), ("CAMA", "18/09/2023"), ("VM", "20/09/2023"), ("MH", _SIGNED)),
        ((2024, "412000"), (2025, "418000"), (2026, "421500")),
        (
            2025,
            "Favorable ; vigilance sur la vacance du poste de gardien de la tour D.",
            "Favorable ; la présence de proximité est à maintenir au même niveau.",
            "Réservé : l'axe 8 non réalisé et la sous-consommation doivent être justifiés "
            "avant le COPIL.",
        ),
    ),
    ConventionSeed(
        "LA",
        "PR",
        2024,
        2027,
        492,
        "Permanence d'agence mensuelle, ménage des parties communes 3 jours sur 7.",
        (("DP", _SIGNED), ("CAMA", "18/09/2023"), ("VH", "22/09/2023"), ("LA", "12/09/2023")),
        ((2024, "106000"), (2025, "107500"), (2026, "109000")),
        (2025, "Favorable.", "Favorable.", ""),
    ),
    ConventionSeed(
        "LA",
        "CO",
        2024,
        2027,
        148,
        "Ménage des parties communes 2 jours sur 7, entretien des espaces verts au contrat.",
        (("DP", _SIGNED), ("CAMA", "18/09/2023"), ("VSA", "25/09/2023"), ("LA", "12/09/2023")),
        ((2024, "32000"), (2025, "32500"), (2026, "33000")),
    ),
)

_H, _A, _E = "heures de présence", "animations / participants", "enlèvements d'encombrants"
_TAGS = "m² de tags effacés"
L = LineSeed
MARVE_HABITAT_LINES = (
    # --- Marve Habitat, Les Hauts-de-Marve, 2024 (realised: the N-1 of the 2025 bilan)
    L(
        "MH",
        "HM",
        2024,
        1,
        "Gardiennage renforcé des tours A-D",
        "120000",
        "118500",
        "realise",
        indicator=_H,
        target="4 000 h",
        value="3 960 h",
        gap="Congés non remplacés.",
    ),
    L("MH", "HM", 2024, 3, "Nettoyage renforcé des halls", "98000", "98000", "realise"),
    L(
        "MH",
        "HM",
        2024,
        4,
        "Enlèvement des encombrants",
        "52000",
        "49000",
        "realise",
        indicator=_E,
        target="52",
        value="50",
        gap="Deux collectes annulées (intempéries).",
    ),
    L("MH", "HM", 2024, 5, "Vidéoprotection des parkings", "60000", "60000", "realise"),
    L(
        "MH",
        "HM",
        2024,
        7,
        "Animations d'été en pied d'immeuble",
        "25000",
        "21000",
        "partiel",
        reason="Deux animations annulées (canicule).",
        indicator=_A,
        value="12 / 640",
    ),
    L(
        "MH",
        "HM",
        2024,
        8,
        "Sécurisation des caves",
        "40000",
        "38000",
        "realise",
        gap="Marché attribué en dessous de l'estimation.",
    ),
    # --- Marve Habitat, Les Hauts-de-Marve, 2025
    L(
        "MH",
        "HM",
        2025,
        1,
        "Gardiennage renforcé des tours A-D (soirées et samedis)",
        "96000",
        "91500",
        "partiel",
        reason="Poste de la tour D vacant deux mois.",
        indicator=_H,
        target="3 200 h",
        value="3 010 h",
        residences="Tours Aubépines A-D",
        actions=(18,),
    ),
    L(
        "MH",
        "HM",
        2025,
        1,
        "Médiation de soirée, square des Tisserands",
        "38000",
        "38000",
        "realise",
        indicator=_H,
        target="1 100 h",
        value="1 150 h",
        actions=(14,),
        residences="Square des Tisserands",
        cofinancing="Ville de Marvelin (50 %)",
    ),
    L(
        "MH",
        "HM",
        2025,
        2,
        "Formation des gardiens à la gestion des conflits",
        "9500",
        "6200",
        "partiel",
        indicator="agents formés",
        target="12",
        value="8",
    ),
    L(
        "MH",
        "HM",
        2025,
        3,
        "Nettoyage des halls 6 jours sur 7 au lieu de 5",
        "72000",
        "74300",
        "realise",
        gap="Avenant au marché de nettoyage (révision des prix).",
        residences="Tours Aubépines A-D",
        actions=(4,),
    ),
    L(
        "MH",
        "HM",
        2025,
        3,
        "Effacement des tags sous 48 h",
        "24000",
        "24000",
        "realise",
        indicator=_TAGS,
        target="900 m²",
        value="1 040 m²",
        actions=(39,),
    ),
    L(
        "MH",
        "HM",
        2025,
        3,
        "Désherbage et ramassage renforcés aux abords de l'école",
        "8500",
        "8500",
        "realise",
        actions=(12,),
    ),
    L(
        "MH",
        "HM",
        2025,
        4,
        "Enlèvement hebdomadaire des encombrants en pied de tour",
        "41000",
        "43800",
        "realise",
        indicator=_E,
        target="52",
        value="55",
        gap="Trois passages supplémentaires après le déménagement de la tour D.",
        actions=(1,),
    ),
    L(
        "MH",
        "HM",
        2025,
        5,
        "Murage des logements vacants et gardiennage du chantier",
        "35000",
        "35000",
        "realise",
        residences="Tour Aubépines D",
        actions=(52,),
    ),
    L(
        "MH",
        "HM",
        2025,
        5,
        "Contrôle d'accès par badges Vigik",
        "28000",
        "12000",
        "partiel",
        reason="Livraison des badges reportée au premier trimestre suivant.",
        actions=(13,),
        indicator="halls équipés",
        target="4",
        value="2",
    ),
    L(
        "MH",
        "HM",
        2025,
        6,
        "Enquête de satisfaction et réunions de locataires",
        "7000",
        "5400",
        "partiel",
        indicator="réunions / participants",
        target="4 réunions",
    ),
    L(
        "MH",
        "HM",
        2025,
        7,
        "Portage des courses pendant les pannes d'ascenseur",
        "6500",
        "6500",
        "realise",
        indicator="livraisons",
        value="140",
        actions=(38,),
    ),
    L(
        "MH",
        "HM",
        2025,
        7,
        "Local associatif au rez-de-chaussée de la tour B",
        "15000",
        "9000",
        "partiel",
        reason="Travaux d'aménagement en cours.",
        actions=(51,),
    ),
    L(
        "MH",
        "HM",
        2025,
        8,
        "Peinture des halls et LED dans les caves",
        "30000",
        "0",
        "non_realise",
        reason="Marché infructueux, relancé l'an prochain.",
    ),
)
