"""French typography and date helpers."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from gusp_desktop.documents.french import (
    NBSP,
    NNBSP,
    format_time,
    french_typography,
    long_date,
    long_datetime,
    short_date,
    time_range,
)


def test_spaces_before_double_punctuation_become_unbreakable() -> None:
    assert french_typography("Date : jeudi ; oui ! non ?") == (
        f"Date{NNBSP}: jeudi{NNBSP}; oui{NNBSP}! non{NNBSP}?"
    )


def test_guillemets_get_narrow_spaces() -> None:
    assert french_typography("« cœur »") == f"«{NNBSP}cœur{NNBSP}»"
    assert french_typography("«cœur»") == f"«{NNBSP}cœur{NNBSP}»"


def test_addresses_and_times_untouched() -> None:
    text = "https://exemple.fr/page?x=1 à 14:30"
    assert french_typography(text) == text


def test_long_dates() -> None:
    assert long_date(date(2025, 6, 12)) == "jeudi 12 juin 2025"
    assert long_date(date(2025, 6, 1)) == "dimanche 1er juin 2025"
    assert long_date(date(2025, 11, 11)) == "mardi 11 novembre 2025"


def test_short_date() -> None:
    assert short_date(date(2025, 6, 2)) == "02/06/2025"


def test_times() -> None:
    assert format_time(time(14, 30)) == f"14{NBSP}h{NBSP}30"
    assert format_time(time(9, 5)) == f"9{NBSP}h{NBSP}05"
    assert format_time(time(9, 0)) == f"9{NBSP}h"
    assert long_datetime(datetime(2025, 6, 12, 14, 30)) == f"jeudi 12 juin 2025 à 14{NBSP}h{NBSP}30"
    assert time_range(time(14, 30), time(16, 0)) == f"de 14{NBSP}h{NBSP}30 à 16{NBSP}h"


def test_typography_adds_the_space_a_user_did_not_type() -> None:
    assert french_typography("Rodéos: patrouilles") == f"Rodéos{NNBSP}: patrouilles"
    assert french_typography("Pourquoi? Parce que!") == f"Pourquoi{NNBSP}? Parce que{NNBSP}!"
    assert french_typography("Quoi?!") == f"Quoi{NNBSP}?!"


def test_typographic_apostrophe_between_letters_only() -> None:
    assert french_typography("l'école d'été") == "l\u2019école d\u2019été"
    assert french_typography("'cité'") == "'cité'"  # quotes, not apostrophes
    assert french_typography("x = 'a'") == "x = 'a'"


@pytest.mark.parametrize(
    "text",
    [
        "Rodéos: patrouilles « vite » l'été ; oui !",
        "https://exemple.fr:8080/x?y=1 à 14:30",
        "claire.demarquette@marvelin-agglo.fr",
        "Ratio 3:1, mailto:x@y.fr",
    ],
)
def test_typography_is_idempotent_and_keeps_addresses(text: str) -> None:
    once = french_typography(text)
    assert french_typography(once) == once
    for kept in ("https://exemple.fr:8080/x?y=1", "14:30", "@marvelin-agglo.fr", "3:1", "mailto:x"):
        if kept in text:
            assert kept in once


def test_stored_text_is_left_alone_only_rendering_changes_it() -> None:
    """The builders keep the text as typed in the neutral document's data; the renderers'
    printable copy carries the typography."""
    from gusp_desktop.documents.model import Document, DocumentHeader, Paragraph, printable

    typed = "Rodéos: patrouilles l'été"
    document = Document("Titre", DocumentHeader("Org"), (Paragraph(typed),))
    shown = printable(document).blocks[0]
    assert isinstance(shown, Paragraph)
    assert shown.text == f"Rodéos{NNBSP}: patrouilles l\u2019été"
    assert document.blocks[0] == Paragraph(typed)
