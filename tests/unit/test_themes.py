"""The theme guessed for an action created without one."""

from __future__ import annotations

import pytest

from gusp_desktop.domain.enums import AtfpbAxis, Theme
from gusp_desktop.domain.themes import DEFAULT_THEME, guess_theme


@pytest.mark.parametrize(
    ("title", "description", "expected"),
    [
        ("Remplacer le lampadaire de la rue Vauban", "", Theme.ECLAIRAGE),
        ("ENCOMBRANTS au pied de la tour B", "", Theme.PROPRETE),
        ("Rodéos motos le soir", "", Theme.TRANQUILLITE),
        ("Épave rue des Lilas", "", Theme.STATIONNEMENT),
        ("Ascenseur en panne, hall 3", "", Theme.BATI),
        ("Rampe d'accès PMR", "", Theme.ACCESSIBILITE),
        ("Tour C", "Chantier de démolition NPNRU", Theme.NPNRU),
        ("Fête de quartier", "avec le conseil citoyen", Theme.PARTICIPATION),
    ],
)
def test_the_words_name_the_theme(title: str, description: str, expected: Theme) -> None:
    assert guess_theme(title, description) is expected


def test_title_words_weigh_more_than_description_words() -> None:
    assert guess_theme("Lampadaire cassé", "près du parking") is Theme.ECLAIRAGE
    assert guess_theme("Parking", "lampadaire cassé près du parking") is Theme.STATIONNEMENT


def test_without_keywords_the_axis_then_the_default_decide() -> None:
    assert guess_theme("Point sur la tour B", "", AtfpbAxis.PETITS_TRAVAUX) is Theme.BATI
    assert guess_theme("Point sur la tour B", "", AtfpbAxis.FORMATION) is DEFAULT_THEME
    assert guess_theme("Point sur la tour B") is DEFAULT_THEME
    assert guess_theme("Éclairage", "", AtfpbAxis.PETITS_TRAVAUX) is Theme.ECLAIRAGE
