"""French grammar of the documents: articles of instance types, plurals, gender, towns."""

from __future__ import annotations

import pytest

from gusp_desktop.domain.enums import InstanceType
from gusp_desktop.domain.wording import (
    counted,
    gendered,
    instance_title,
    instance_with_article,
    president_title,
    town_of,
)


@pytest.mark.parametrize(
    ("kind", "name", "preposition", "expected"),
    [
        ("cellule_veille", "", "de", "de la cellule de veille"),
        ("cotech", "", "de", "du comité technique"),
        ("marche_exploratoire", "", "de", "de la marche exploratoire"),
        ("dem", "", "de", "du diagnostic en marchant"),
        ("copil", "", "à", "au comité de pilotage"),
        ("marche_exploratoire", "", "à", "à la marche exploratoire"),
        ("cellule_veille", "", "", "la cellule de veille"),
        ("cellule_veille", "Cellule de veille HM", "de", "de la cellule de veille HM"),
        ("cotech", "COTECH GUSP inter-quartiers", "de", "du COTECH GUSP inter-quartiers"),
        ("marche_exploratoire", "Marche exploratoire CO", "à", "à la marche exploratoire CO"),
        ("cotech", "Atelier propreté", "de", "de l'Atelier propreté"),
        (InstanceType.COPIL, "", "", "le comité de pilotage"),
    ],
)
def test_instance_types_carry_their_article(
    kind: str, name: str, preposition: str, expected: str
) -> None:
    assert instance_with_article(kind, name, preposition) == expected  # type: ignore[arg-type]


def test_instance_title_never_repeats_the_type() -> None:
    assert instance_title("cellule_veille", "Cellule de veille Hauts-de-Marve") == (
        "Cellule de veille Hauts-de-Marve"
    )
    assert instance_title("cotech", "COTECH GUSP inter-quartiers") == (
        "Comité technique – COTECH GUSP inter-quartiers"
    )


def test_real_plurals() -> None:
    assert counted(1, "action") == "1 action"
    assert counted(0, "action") == "0 action"
    assert counted(30, "action") == "30 actions"
    assert counted(14, "personne invitée") == "14 personnes invitées"
    assert counted(2, "signature valide") == "2 signatures valides"
    assert counted(3, "bilan annuel", "bilans annuels") == "3 bilans annuels"
    assert "(" not in counted(2, "signature valide")


def test_gender_follows_the_known_civility() -> None:
    assert president_title("Madame") == "Présidente de séance"
    assert president_title("mme") == "Présidente de séance"
    assert president_title("M.") == "Président de séance"
    assert president_title("") == "Présidence de séance"
    assert gendered("monsieur", "Rédacteur", "Rédactrice", "Rédaction") == "Rédacteur"
    assert "(e)" not in president_title("")


def test_town_of_an_address() -> None:
    assert town_of("Hôtel d'agglomération, 1 place du Beffroi, Marvelin") == "Marvelin"
    assert town_of("Mairie, 2 place Jean-Jaurès, 59000 Hautcourt-les-Forges") == (
        "Hautcourt-les-Forges"
    )
    assert town_of("") == ""
