"""Names proposed for exported files."""

from __future__ import annotations

import datetime as dt

from gusp_desktop.domain.file_names import file_part, plan_file_name, seance_file_name

DAY = dt.date(2026, 12, 3)


def test_seance_documents_say_what_instance_number_and_date() -> None:
    assert seance_file_name("minutes", "COTECH-IQ", 4, DAY, "pdf") == (
        "cr-COTECH-IQ-n4-2026-12-03.pdf"
    )
    assert seance_file_name("convocation", "CV-HM", 3, DAY, "ics") == (
        "convocation-CV-HM-n3-2026-12-03.ics"
    )
    assert seance_file_name("attendance", "DEM-PR", 1, DAY, "docx").startswith("emargement-")


def test_plan_names_its_partner_or_quartier() -> None:
    assert plan_file_name("MH", dt.date(2026, 12, 4), "xlsx") == "plan-actions-MH-2026-12-04.xlsx"
    assert plan_file_name("", dt.date(2026, 12, 4), "pdf") == "plan-actions-2026-12-04.pdf"


def test_file_parts_are_plain_ascii() -> None:
    assert file_part("Marvelin Agglomération / « Cœur »") == "Marvelin-Agglomeration-Coeur"
    assert file_part("Élan d'été") == "Elan-d-ete"
