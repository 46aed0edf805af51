"""Demo territory « Marvelin Agglomération »: its three QPV and their sites (fictional).

Every site an action of the demo plan names exists here. ``gestionnaire`` is the code of the
organisation that owns or maintains the place (``None`` where the domanialité is disputed).
Logements of the bailleurs' residences add up to the figures of the 2024 ATFPB bilans
(Marve Habitat 1 850, Logis de l'Aubrin 640).
"""

from __future__ import annotations

from dataclasses import dataclass

TERRITORY_NAME = "Marvelin Agglomération"


@dataclass(frozen=True)
class QuartierSeed:
    """A quartier prioritaire (QPV)."""

    code: str
    name: str
    communes: str
    population: int
    npnru: bool
    description: str


@dataclass(frozen=True)
class SiteSeed:
    """A place inside a quartier; ``key`` is how the other demo modules refer to it."""

    key: str
    quartier: str
    name: str
    address: str
    gestionnaire: str | None = None
    logements: int | None = None


QUARTIERS: tuple[QuartierSeed, ...] = (
    QuartierSeed(
        "HM",
        "Les Hauts-de-Marve",
        "Marvelin",
        4300,
        True,
        "Grand ensemble des années 1970 sur le plateau nord de Marvelin : tours des Aubépines, "
        "résidences des Filatures et du Beffroi. Projet NPNRU d'intérêt régional (démolition de "
        "la tour D, requalification des espaces publics).",
    ),
    QuartierSeed(
        "PR",
        "Le Pré-Rolland",
        "Hautcourt-les-Forges",
        2100,
        False,
        "Ancienne cité minière et trois barres de logements sociaux en bordure de la rue des "
        "Forges ; forte présence de locataires âgés.",
    ),
    QuartierSeed(
        "CO",
        "Les Coteaux",
        "Saint-Aubrin",
        1500,
        False,
        "Petit quartier en pente autour de la place centrale et de la résidence des Coteaux, "
        "relié au centre-bourg par le chemin des Vignes et le passage du Moulin.",
    ),
)

_MARVELIN = "Marvelin"
_HAUTCOURT = "Hautcourt-les-Forges"
_AUBRIN = "Saint-Aubrin"

SITES: tuple[SiteSeed, ...] = (
    # Les Hauts-de-Marve (Marvelin)
    SiteSeed("tour_a", "HM", "Tour Aubépines A", f"2 allée des Aubépines, {_MARVELIN}", "MH", 112),
    SiteSeed("tour_b", "HM", "Tour Aubépines B", f"4 allée des Aubépines, {_MARVELIN}", "MH", 112),
    SiteSeed("tour_c", "HM", "Tour Aubépines C", f"6 allée des Aubépines, {_MARVELIN}", "MH", 112),
    SiteSeed("tour_d", "HM", "Tour Aubépines D", f"8 allée des Aubépines, {_MARVELIN}", "MH", 112),
    SiteSeed(
        "aubepines",
        "HM",
        "Résidence Les Aubépines (tours A-D : halls et pieds d'immeuble)",
        f"Allée des Aubépines, {_MARVELIN}",
        "MH",
    ),
    SiteSeed(
        "res_filatures",
        "HM",
        "Résidence des Filatures",
        f"15-41 rue des Filatures, {_MARVELIN}",
        "MH",
        612,
    ),
    SiteSeed(
        "res_beffroi",
        "HM",
        "Résidence du Beffroi",
        f"20-58 avenue du Beffroi, {_MARVELIN}",
        "MH",
        790,
    ),
    SiteSeed(
        "tisserands", "HM", "Square des Tisserands", f"Square des Tisserands, {_MARVELIN}", "VM"
    ),
    SiteSeed("filatures", "HM", "Rue des Filatures", f"Rue des Filatures, {_MARVELIN}", "VM"),
    SiteSeed(
        "parking_nord",
        "HM",
        "Parking nord des Aubépines",
        f"Allée des Aubépines (accès nord), {_MARVELIN}",
        "MH",
    ),
    SiteSeed("parking_sud", "HM", "Parking sud", f"Rue du Tissage, {_MARVELIN}", "VM"),
    SiteSeed(
        "butte",
        "HM",
        "Butte verte",
        f"Entre l'avenue du Beffroi et la rue du Tissage, {_MARVELIN}",
        None,
    ),
    SiteSeed(
        "mdq",
        "HM",
        "Maison de quartier des Hauts-de-Marve",
        f"10 square des Tisserands, {_MARVELIN}",
        "VM",
    ),
    SiteSeed(
        "ecole",
        "HM",
        "Abords de l'école Jean-Macé",
        f"Rue des Filatures (espaces extérieurs de la résidence), {_MARVELIN}",
        "MH",
    ),
    SiteSeed("beffroi", "HM", "Avenue du Beffroi", f"Avenue du Beffroi, {_MARVELIN}", "CAMA"),
    SiteSeed(
        "chantier",
        "HM",
        "Emprise du chantier NPNRU",
        f"Îlot Aubépines-Beffroi, {_MARVELIN}",
        "CAMA",
    ),
    SiteSeed(
        "maison_projet", "HM", "Maison du projet", f"3 avenue du Beffroi, {_MARVELIN}", "CAMA"
    ),
    SiteSeed(
        "cheminement",
        "HM",
        "Cheminement provisoire du chantier",
        f"Entre la tour C et l'avenue du Beffroi, {_MARVELIN}",
        "CAMA",
    ),
    # Le Pré-Rolland (Hautcourt-les-Forges)
    SiteSeed(
        "cite",
        "PR",
        "Cité minière du Pré-Rolland",
        f"Rue des Corons et rue Saint-Éloi, {_HAUTCOURT}",
        "LA",
        220,
    ),
    SiteSeed("barre_a", "PR", "Barre A", f"1 allée du Pré-Rolland, {_HAUTCOURT}", "LA", 64),
    SiteSeed("barre_b", "PR", "Barre B", f"3 allée du Pré-Rolland, {_HAUTCOURT}", "LA", 64),
    SiteSeed("barre_c", "PR", "Barre C", f"5 allée du Pré-Rolland, {_HAUTCOURT}", "LA", 64),
    SiteSeed("rue_forges", "PR", "Rue des Forges", f"Rue des Forges, {_HAUTCOURT}", "VH"),
    SiteSeed(
        "res_forges", "PR", "Résidence des Forges", f"40-52 rue des Forges, {_HAUTCOURT}", "LA", 80
    ),
    SiteSeed(
        "aire_pr", "PR", "Aire de jeux du Pré-Rolland", f"Allée du Pré-Rolland, {_HAUTCOURT}", "VH"
    ),
    SiteSeed("coeur_cite", "PR", "Cœur de cité (jardins)", f"Rue des Corons, {_HAUTCOURT}", "VH"),
    SiteSeed(
        "arret_forges", "PR", "Arrêt de bus « Forges »", f"Rue des Forges, {_HAUTCOURT}", "MB"
    ),
    # Les Coteaux (Saint-Aubrin)
    SiteSeed("place", "CO", "Place centrale des Coteaux", f"Place centrale, {_AUBRIN}", "VSA"),
    SiteSeed("vignes", "CO", "Chemin des Vignes", f"Chemin des Vignes, {_AUBRIN}", "VSA"),
    SiteSeed("rue_haute", "CO", "Rue Haute", f"Rue Haute, {_AUBRIN}", "VSA"),
    SiteSeed("moulin", "CO", "Passage du Moulin", f"Passage du Moulin, {_AUBRIN}", "VSA"),
    SiteSeed("res_coteaux", "CO", "Résidence des Coteaux", f"2-18 rue Haute, {_AUBRIN}", "LA", 148),
    SiteSeed(
        "arret_co",
        "CO",
        "Arrêt de bus « Coteaux-Mairie »",
        f"Place centrale, {_AUBRIN}",
        "MB",
    ),
    SiteSeed(
        "mairie_annexe", "CO", "Mairie annexe des Coteaux", f"1 place centrale, {_AUBRIN}", "VSA"
    ),
    SiteSeed(
        "talus",
        "CO",
        "Talus des Coteaux",
        f"Entre la rue Haute et le chemin des Vignes, {_AUBRIN}",
        "VSA",
    ),
    SiteSeed("centre", "CO", "Centre commerçant des Coteaux", f"Place centrale, {_AUBRIN}", "VSA"),
)
