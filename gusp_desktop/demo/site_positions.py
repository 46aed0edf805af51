"""Where the demo's sites are (fictional coordinates in the Valenciennes area, WGS 84).

The walks' haltes give the position of the sites they stop at; the other sites are placed
near them, so signalements land on the map where a coordinator expects them.
"""

from __future__ import annotations

SITE_POSITIONS: dict[str, tuple[float, float]] = {
    # Les Hauts-de-Marve
    "tour_a": (50.3661, 3.5199),
    "tour_b": (50.3663, 3.5209),
    "tour_c": (50.3656, 3.5201),
    "tour_d": (50.3658, 3.5214),
    "aubepines": (50.3659, 3.5207),
    "res_filatures": (50.3620, 3.5188),
    "res_beffroi": (50.3641, 3.5281),
    "tisserands": (50.3612, 3.5231),
    "filatures": (50.3617, 3.5196),
    "parking_nord": (50.3677, 3.5219),
    "parking_sud": (50.3601, 3.5244),
    "butte": (50.3644, 3.5240),
    "mdq": (50.3609, 3.5226),
    "ecole": (50.3628, 3.5262),
    "beffroi": (50.3636, 3.5290),
    "chantier": (50.3668, 3.5236),
    "maison_projet": (50.3633, 3.5222),
    "cheminement": (50.3650, 3.5249),
    # Le Pré-Rolland
    "cite": (50.2987, 3.4410),
    "barre_a": (50.2996, 3.4424),
    "barre_b": (50.3001, 3.4436),
    "barre_c": (50.3006, 3.4447),
    "rue_forges": (50.3015, 3.4452),
    "res_forges": (50.3019, 3.4461),
    "aire_pr": (50.3010, 3.4418),
    "coeur_cite": (50.3024, 3.4429),
    "arret_forges": (50.3012, 3.4470),
    # Les Coteaux
    "place": (50.3391, 3.4902),
    "vignes": (50.3421, 3.4957),
    "rue_haute": (50.3398, 3.4921),
    "moulin": (50.3403, 3.4931),
    "res_coteaux": (50.3396, 3.4915),
    "arret_co": (50.3409, 3.4990),
    "mairie_annexe": (50.3388, 3.4970),
    "talus": (50.3392, 3.4978),
    "centre": (50.3389, 3.4895),
}


def position_near(site: str, index: int) -> tuple[float, float]:
    """The site's position, moved a few metres by ``index`` so markers do not overlap."""
    latitude, longitude = SITE_POSITIONS[site]
    step = (index % 5) - 2
    return round(latitude + 0.00008 * step, 6), round(
        longitude + 0.00012 * ((index // 5) % 3 - 1), 6
    )
