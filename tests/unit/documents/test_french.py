"""French typography and date helpers."""

from __future__ import annotations

from datetime import date, datetime, time

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
