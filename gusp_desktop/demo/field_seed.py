"""Field work of the demo territory: the walks' routes, more constats, what became of them.

Coordinates are fictional, a few hundred metres apart, like the haltes of a real walk.
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import ConstatStatus, Gravity

T = Theme


@dataclass(frozen=True)
class HalteSeed:
    seance: str
    name: str
    site: str | None
    latitude: float
    longitude: float
    minutes: int  # after the start of the walk


@dataclass(frozen=True)
class ExtraConstat:
    """A constat the older demo did not have, with the fields walks record."""

    key: str
    seance: str
    halte: int  # position on the route
    site: str | None
    theme: Theme
    description: str
    positive: bool = False
    gravity: Gravity | None = None
    preconisation: str = ""
    residents: str = ""
    status: ConstatStatus = ConstatStatus.A_QUALIFIER
    reason: str = ""


OBJECTIVES = {
    "demhm": "Faire le point avec les habitants sur la propreté, les espaces verts et "
    "l'accessibilité du cœur des Hauts-de-Marve ; vérifier les suites du DEM précédent.",
    "me1": "Repérer avec les habitantes les lieux évités le soir (éclairage, visibilité, "
    "cheminements) et recueillir leurs propositions.",
    "dempr": "Caves et abords des barres, stationnement rue des Forges, jardins du cœur de cité.",
}

HALTES: tuple[HalteSeed, ...] = (
    HalteSeed("demhm", "Square des Tisserands", "tisserands", 50.3612, 3.5231, 0),
    HalteSeed("demhm", "Abords de l'école Jean-Macé", "ecole", 50.3628, 3.5262, 25),
    HalteSeed("demhm", "Butte verte", "butte", 50.3644, 3.5240, 45),
    HalteSeed("demhm", "Pieds des tours A et B", "aubepines", 50.3659, 3.5207, 70),
    HalteSeed("demhm", "Parking nord", "parking_nord", 50.3677, 3.5219, 95),
    HalteSeed("me1", "Place centrale", "place", 50.3391, 3.4902, 0),
    HalteSeed("me1", "Passage du Moulin", "moulin", 50.3403, 3.4931, 20),
    HalteSeed("me1", "Chemin des Vignes", "vignes", 50.3421, 3.4957, 40),
    HalteSeed("me1", "Arrêt de bus « Coteaux-Mairie »", "arret_co", 50.3409, 3.4990, 60),
    HalteSeed("me1", "Talus et mairie annexe", "talus", 50.3392, 3.4978, 80),
    HalteSeed("dempr", "Parvis de la cité minière", "cite", 50.2987, 3.4410, 0),
    HalteSeed("dempr", "Barre B", "barre_b", 50.3001, 3.4436, 25),
    HalteSeed("dempr", "Rue des Forges", "rue_forges", 50.3015, 3.4452, 45),
    HalteSeed("dempr", "Cœur de cité", "coeur_cite", 50.3024, 3.4429, 65),
)

# The older constats, by key: their halte on the route, and what walks record besides.
EARLIER: dict[str, tuple[int, Gravity, str]] = {
    "dem_bornes": (1, Gravity.FORTE, "Remplacer les bornes, vidage renforcé en attendant."),
    "dem_ecole": (2, Gravity.MOYENNE, "Désherbage et ramassage hebdomadaires le long des grilles."),
    "dem_butte": (3, Gravity.MOYENNE, "Clarifier qui entretient la butte (domanialité)."),
    "dem_massifs": (4, Gravity.FAIBLE, "Replanter avec des arbustes robustes."),
    "dem_rampe": (4, Gravity.FORTE, "Rampe d'accès conforme à l'entrée de la tour B."),
    "dem_parking": (5, Gravity.FORTE, "Caméra nomade et enlèvement rapide des dépôts."),
    "me_corbeilles": (1, Gravity.FAIBLE, "Ajouter des corbeilles sur la place."),
    "me_haie": (2, Gravity.MOYENNE, "Tailler la haie à un mètre."),
    "me_gravats": (3, Gravity.MOYENNE, "Enlever les gravats, poser des rochers."),
    "me_eclairage": (3, Gravity.FORTE, "Éclairer le cheminement piéton."),
    "me_arret": (4, Gravity.FORTE, "Abri vitré et éclairé."),
    "me_talus": (5, Gravity.FAIBLE, "Tonte et taille plus fréquentes."),
    "me_pmr": (5, Gravity.MOYENNE, "Place PMR et trottoir abaissé devant la mairie annexe."),
}

EXTRA: tuple[ExtraConstat, ...] = (
    ExtraConstat(
        "dem_jeux",
        "demhm",
        1,
        "tisserands",
        T.ESPACES_VERTS,
        "Aire de jeux refaite : sol souple propre, jeux en bon état.",
        positive=True,
        residents="« Les enfants y vont de nouveau, c'est bien mieux qu'avant. »",
        status=ConstatStatus.TRAITE,
        reason="Rien à faire : constat positif transmis à la Ville.",
    ),
    ExtraConstat(
        "dem_banc",
        "demhm",
        1,
        "tisserands",
        T.EQUIPEMENTS,
        "Deux bancs cassés près de l'aire de jeux.",
        gravity=Gravity.FAIBLE,
        preconisation="Réparer ou remplacer les bancs.",
        status=ConstatStatus.TRAITE,
        reason="Bancs réparés par la régie la semaine suivante.",
    ),
    ExtraConstat(
        "dem_passage",
        "demhm",
        2,
        "ecole",
        T.TRANQUILLITE,
        "Passage piéton devant l'école effacé, voitures rapides à la sortie des classes.",
        gravity=Gravity.FORTE,
        preconisation="Repeindre le passage, étudier un plateau.",
        residents="« Le matin c'est dangereux, personne ne ralentit. »",
    ),
    ExtraConstat(
        "dem_tags",
        "demhm",
        4,
        "aubepines",
        T.BATI,
        "Tags récents dans les halls A et B, effacés sous 48 h pour les autres tours.",
        gravity=Gravity.FAIBLE,
        preconisation="Effacement sous 48 h, comme ailleurs.",
    ),
    ExtraConstat(
        "dem_epave",
        "demhm",
        5,
        "parking_nord",
        T.STATIONNEMENT,
        "Une épave sans plaques depuis plusieurs semaines.",
        gravity=Gravity.MOYENNE,
        preconisation="Procédure d'enlèvement.",
        status=ConstatStatus.SANS_SUITE,
        reason="Véhicule enlevé par son propriétaire avant toute procédure.",
    ),
    ExtraConstat(
        "me_place_ok",
        "me1",
        1,
        "place",
        T.ECLAIRAGE,
        "La place est bien éclairée et fréquentée en début de soirée.",
        positive=True,
        residents="« Ici on se sent tranquilles, il y a du passage. »",
    ),
    ExtraConstat(
        "me_miroir",
        "me1",
        2,
        "moulin",
        T.TRANQUILLITE,
        "Angle mort à la sortie du passage côté rue Haute.",
        gravity=Gravity.MOYENNE,
        preconisation="Miroir ou élargissement de la sortie.",
        residents="« On presse le pas, on ne sait pas qui attend au coin. »",
    ),
    ExtraConstat(
        "me_trottoir",
        "me1",
        3,
        "vignes",
        T.ACCESSIBILITE,
        "Trottoir trop étroit pour une poussette sur 50 m.",
        gravity=Gravity.MOYENNE,
        preconisation="Élargir ou créer un cheminement protégé.",
    ),
    ExtraConstat(
        "me_horaires",
        "me1",
        4,
        "arret_co",
        T.EQUIPEMENTS,
        "Horaires illisibles à l'arrêt, pas d'information sur le dernier bus.",
        gravity=Gravity.FAIBLE,
        preconisation="Afficher les horaires lisiblement.",
    ),
)
