"""Plan d'actions builder: fifteen columns on landscape pages, the same rows as a spreadsheet."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from gusp_desktop.documents import docx, pdf
from gusp_desktop.documents.builders.action_plan import (
    PDF_COLUMNS,
    ActionPlan,
    LastPoint,
    action_plan_table,
    build_action_plan_document,
)
from gusp_desktop.documents.model import KeyValues, Table
from gusp_desktop.documents.tabular import csv_bytes, xlsx_bytes
from tests.unit.documents.builder_samples import action_row
from tests.unit.documents.tools import pdf_page_count, pdf_page_size, pdf_text

EXPECTED_COLUMNS = [
    "N°",
    "Quartier",
    "Site",
    "Thème",
    "Action",
    "Pilote",
    "Partenaires",
    "Échéance initiale",
    "Échéance révisée",
    "Priorité",
    "État",
    "%",
    "Dernier point",
    "Axe ATFPB",
    "En retard",
]
AS_OF = dt.date(2025, 6, 15)


def plan(count: int = 6, **values: Any) -> ActionPlan:
    rows = tuple(action_row(i) for i in range(1, count + 1))
    points = {1: LastPoint(dt.date(2025, 6, 12), "Rythme hebdomadaire installé")}
    return ActionPlan(
        rows=rows,
        as_of=AS_OF,
        organisation_name="Marvelin Agglomération",
        filters=(("Pilote ou partenaire", "Marve Habitat (OPH)"),),
        partner_name="Marve Habitat (OPH)",
        last_points=points,
        quartiers=("HM – Les Hauts-de-Marve",),
        **values,
    )


def test_pdf_columns_and_highlighted_overdue_rows() -> None:
    document = build_action_plan_document(plan())
    assert document.landscape
    table = next(b for b in document.blocks if isinstance(b, Table))
    assert [c.title for c in table.columns] == EXPECTED_COLUMNS
    assert table.compact
    assert table.highlighted_rows == frozenset({2, 5})
    first = table.rows[0]
    assert first[0] == "HM-25-001"
    assert first[5] == "MH – Julien Cappelaere"
    assert first[6] == "RQ, VM"
    assert first[12] == "12/06/2025\u202f: Rythme hebdomadaire installé"
    assert (first[13], first[14], table.rows[2][14]) == ("3", "Non", "Oui")
    assert sum(c.weight for c in PDF_COLUMNS) == 728  # landscape width between margins


def test_300_rows_on_landscape_pages(tmp_path: Path) -> None:
    path = tmp_path / "plan.pdf"
    pdf.render_pdf(build_action_plan_document(plan(300)), path)
    width, height = pdf_page_size(path)
    assert (round(width), round(height)) == (842, 595)
    total = pdf_page_count(path)
    assert total > 5
    for page in (2, total):
        text = pdf_text(path, page)
        assert "Échéance" in text and "Dernier point" in text  # header row repeated
    assert "HM-25-300" in pdf_text(path, total)
    assert len(docx.build_docx(build_action_plan_document(plan(300))).tables[-1].rows) == 301


def test_spreadsheet_has_real_dates_and_neutralised_text() -> None:
    hostile = action_row(1, title='=HYPERLINK("http://x";"clic")', site_name="+33 1 23")
    data = action_plan_table(ActionPlan(rows=(hostile, action_row(3)), as_of=AS_OF))
    assert [c.title for c in data.columns][:12] == EXPECTED_COLUMNS[:12]
    assert data.highlighted_rows == frozenset({1})
    sheet = load_workbook(io.BytesIO(xlsx_bytes(data))).active
    assert sheet is not None
    assert sheet["E2"].value.startswith("'=")
    assert sheet["E2"].data_type == "s"
    assert isinstance(sheet["H2"].value, dt.datetime)
    assert sheet.freeze_panes == "A2"
    rows = list(csv.reader(io.StringIO(csv_bytes(data).decode("utf-8-sig")), delimiter=";"))
    assert rows[1][4] == '\'=HYPERLINK("http://x";"clic")'
    assert rows[1][2] == "'+33 1 23"
    assert rows[1][7] == "31/03/2025"


def test_empty_plan_still_lays_out() -> None:
    document = build_action_plan_document(plan(0))
    assert pdf.render_pdf_bytes(document).startswith(b"%PDF")
    facts = next(b for b in document.blocks if isinstance(b, KeyValues))
    assert facts.pairs[-1] == ("Total", "0 action, aucune en retard.")


def test_header_row_appears_once_per_page_with_uneven_rows(tmp_path: Path) -> None:
    """Rows of different heights once made reportlab repeat the header mid-page."""
    rows = tuple(
        action_row(i, title="Enlever les encombrants " * (1 + (i * 7) % 19)) for i in range(1, 121)
    )
    path = tmp_path / "plan.pdf"
    pdf.render_pdf(build_action_plan_document(ActionPlan(rows=rows, as_of=AS_OF)), path)
    counts = [
        pdf_text(path, page).count("Dernier point") for page in range(1, pdf_page_count(path) + 1)
    ]
    assert len(counts) > 5 and set(counts) == {1}


def test_partner_named_in_the_title_without_double_parentheses() -> None:
    document = build_action_plan_document(plan())
    assert document.title == "Plan d\u2019actions – Marve Habitat (OPH)"
    assert "Actions pilotées ou suivies en partenariat" in document.subtitle
    assert "(OPH) (" not in document.subtitle
    anonymous = build_action_plan_document(dataclasses.replace(plan(), partner_name="", filters=()))
    assert anonymous.title == "Plan d\u2019actions"
    assert anonymous.subtitle == "Toutes les actions"
