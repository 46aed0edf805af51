"""The stamp of an exported row and the canonical forms that let Excel, LibreOffice and CSV
files be compared with what was exported."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.returns import (
    RowStamp,
    canonical,
    changed_locked_columns,
    manifest_cell,
    manifest_ids,
    parse_date,
    parse_progress,
    parse_status,
    signed,
    stamp_is_genuine,
)

KEY = bytes(range(32))
STAMP = RowStamp(7, "HM-25-010", 3, "en_cours", 40, dt.date(2025, 7, 31), "MH")
LOCKED = [("Action", "Réparer la porte"), ("Échéance initiale", "2025-03-31")]


@pytest.mark.parametrize(
    "value",
    [dt.date(2025, 3, 31), dt.datetime(2025, 3, 31), "31/03/2025", "31/3/25", "2025-03-31"],
)
def test_a_date_reads_the_same_whoever_wrote_it(value: object) -> None:
    assert canonical(value, "date") == "2025-03-31"


def test_text_and_numbers_have_one_form() -> None:
    assert canonical("  ligne 1\r\nligne 2 ", "text") == "ligne 1\nligne 2"
    assert canonical(None, "text") == canonical("", "text") == ""
    assert canonical(12.0, "text") == canonical(12, "text") == "12"


def test_partner_values_are_parsed_or_refused() -> None:
    assert parse_status("réalisée") is ActionStatus.REALISEE
    assert parse_status("REALISEE") is ActionStatus.REALISEE
    assert parse_status("Terminée") is None
    assert parse_progress("45 %") == Decimal(45)
    assert parse_progress("45,5") == Decimal("45.5")
    assert parse_progress(0.45, percent_format=True) == Decimal("45.00")
    assert parse_progress("beaucoup") is None
    assert parse_date("31/02/2025") is None and parse_date("après l'été") is None


def test_a_signed_stamp_detects_every_change() -> None:
    stamp = signed(KEY, STAMP, LOCKED)
    assert stamp_is_genuine(KEY, stamp)
    assert not stamp_is_genuine(bytes(32), stamp)
    for forged in (
        dataclasses.replace(stamp, version=4),
        dataclasses.replace(stamp, progress=41),
        dataclasses.replace(stamp, organisation="LA"),
    ):
        assert not stamp_is_genuine(KEY, forged)
    titles = [title for title, _ in LOCKED]
    read = dict(LOCKED)
    assert changed_locked_columns(KEY, stamp, titles, read) == []
    read["Action"] = "Autre intitulé"
    assert changed_locked_columns(KEY, stamp, titles, read) == ["Action"]
    assert changed_locked_columns(KEY, stamp, titles, {}) == titles


def test_the_list_of_exported_rows_is_signed() -> None:
    cell = manifest_cell(KEY, "MH", [3, 7, 12])
    assert manifest_ids(KEY, cell) == (3, 7, 12)
    assert manifest_ids(KEY, cell.replace("3,7,12", "3,12")) is None
    assert manifest_ids(bytes(32), cell) is None
    assert manifest_ids(KEY, "gusp-liste-1|MH") is None
