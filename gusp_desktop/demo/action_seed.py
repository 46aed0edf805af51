"""Shapes of the demo plan d'actions: actions, their history and the constats behind them."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, ConstatSource, Priority, Theme

STATUS_CODES: dict[str, ActionStatus] = {
    "R": ActionStatus.REALISEE,
    "EC": ActionStatus.EN_COURS,
    "AE": ActionStatus.A_ENGAGER,
    "RP": ActionStatus.REPORTEE,
    "AB": ActionStatus.ABANDONNEE,
}


@dataclass(frozen=True)
class UpdateSeed:
    """One history entry; linked to the séance held that day when there is one."""

    day: str  # "dd/mm" in 2025
    status: str  # key of STATUS_CODES
    progress: int | None
    comment: str
    author: str = "claire"


@dataclass(frozen=True)
class ActionSeed:
    """One line of the plan, as DOMAIN.md §5 lists it, plus what the list leaves implicit.

    ``deadline`` is "dd/mm" or a note such as "mensuel"/"permanent" (no date then);
    ``origin`` is a séance key or ``"constat:<key>"``.
    """

    n: int
    quartier: str
    site: str | None
    title: str
    pilot: str
    contact: str | None
    deadline: str
    status: str
    theme: Theme
    origin: str
    history: tuple[UpdateSeed, ...]
    description: str = ""
    partners: tuple[str, ...] = ()
    axis: AtfpbAxis | None = None
    revised: str | None = None
    priority: Priority = Priority.NORMALE
    cost: int | None = None


@dataclass(frozen=True)
class ConstatSeed:
    """A finding of a walk (DEM or marche exploratoire) made during a séance."""

    key: str
    quartier: str
    site: str | None
    seance: str
    source: ConstatSource
    day: str
    place: str
    theme: Theme
    description: str


def H(
    day: str, status: str, progress: int | None, comment: str, author: str = "claire"
) -> UpdateSeed:
    """Compact constructor of a history entry."""
    return UpdateSeed(day, status, progress, comment, author)


AX = AtfpbAxis
T = Theme
HIGH = Priority.HAUTE
LOW = Priority.BASSE

_DEM = ConstatSource.DEM
_MARCHE = ConstatSource.MARCHE

CONSTATS: tuple[ConstatSeed, ...] = (
    ConstatSeed(
        "dem_bornes",
        "HM",
        "tisserands",
        "demhm",
        _DEM,
        "25/03",
        "Halte 1 – Square des Tisserands",
        T.PROPRETE,
        "Bornes d'apport volontaire pleines, sacs déposés au sol autour des bornes.",
    ),
    ConstatSeed(
        "dem_ecole",
        "HM",
        "ecole",
        "demhm",
        _DEM,
        "25/03",
        "Halte 2 – Abords de l'école Jean-Macé",
        T.PROPRETE,
        "Herbes hautes et détritus le long des grilles de l'école.",
    ),
    ConstatSeed(
        "dem_butte",
        "HM",
        "butte",
        "demhm",
        _DEM,
        "25/03",
        "Halte 3 – Butte verte",
        T.ESPACES_VERTS,
        "Butte non entretenue, dépôts de déchets verts ; ni la Ville ni le bailleur ne se "
        "reconnaissent gestionnaires.",
    ),
    ConstatSeed(
        "dem_massifs",
        "HM",
        "aubepines",
        "demhm",
        _DEM,
        "25/03",
        "Halte 4 – Pieds des tours A et B",
        T.ESPACES_VERTS,
        "Massifs arrachés au pied des tours A et B, terre à nu.",
    ),
    ConstatSeed(
        "dem_rampe",
        "HM",
        "tour_b",
        "demhm",
        _DEM,
        "25/03",
        "Halte 4 – Entrée de la tour B",
        T.ACCESSIBILITE,
        "Marche de 12 cm à l'entrée : une habitante en fauteuil ne peut pas entrer seule.",
    ),
    ConstatSeed(
        "dem_parking",
        "HM",
        "parking_nord",
        "demhm",
        _DEM,
        "25/03",
        "Halte 5 – Parking nord",
        T.PROPRETE,
        "Nouveaux dépôts sauvages au fond du parking, traces de rodéos sur les pelouses.",
    ),
    ConstatSeed(
        "me_corbeilles",
        "CO",
        "place",
        "me1",
        _MARCHE,
        "09/04",
        "Arrêt 1 – Place centrale",
        T.PROPRETE,
        "Place bien éclairée mais corbeilles trop rares.",
    ),
    ConstatSeed(
        "me_haie",
        "CO",
        "moulin",
        "me1",
        _MARCHE,
        "09/04",
        "Arrêt 2 – Passage du Moulin",
        T.TRANQUILLITE,
        "Haie haute masquant la sortie du passage : on ne voit pas qui arrive.",
    ),
    ConstatSeed(
        "me_gravats",
        "CO",
        "vignes",
        "me1",
        _MARCHE,
        "09/04",
        "Arrêt 3 – Chemin des Vignes",
        T.PROPRETE,
        "Dépôt de gravats qui rétrécit le passage.",
    ),
    ConstatSeed(
        "me_eclairage",
        "CO",
        "vignes",
        "me1",
        _MARCHE,
        "09/04",
        "Arrêt 3 – Chemin des Vignes",
        T.ECLAIRAGE,
        "Aucun éclairage sur 300 m : les marcheuses évitent le chemin le soir.",
    ),
    ConstatSeed(
        "me_arret",
        "CO",
        "arret_co",
        "me1",
        _MARCHE,
        "09/04",
        "Arrêt 4 – Arrêt de bus « Coteaux-Mairie »",
        T.TRANQUILLITE,
        "Abri opaque et sans éclairage propre : l'attente le soir est angoissante.",
    ),
    ConstatSeed(
        "me_talus",
        "CO",
        "talus",
        "me1",
        _MARCHE,
        "09/04",
        "Arrêt 5 – Talus",
        T.ESPACES_VERTS,
        "Talus non tondu, ronces sur le trottoir.",
    ),
    ConstatSeed(
        "me_pmr",
        "CO",
        "mairie_annexe",
        "me1",
        _MARCHE,
        "09/04",
        "Arrêt 5 – Mairie annexe",
        T.ACCESSIBILITE,
        "Ni place PMR ni trottoir abaissé devant la mairie annexe.",
    ),
)
