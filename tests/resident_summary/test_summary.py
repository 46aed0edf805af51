"""Synthèse pour les habitants on the demo territory, both engines: the numbers match plain
SQL, and no person's name nor restricted text reaches the PDF, the DOCX or the HTML page."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from gusp_desktop.documents.builders.resident_summary import NOTHING
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.services.base import ServiceContext
from gusp_desktop.services.registry import Services
from tests.fixtures.databases import FIXED_NOW, make_services
from tests.fixtures.demo import FreshDemo
from tests.resident_summary.reading import (
    docx_text,
    expected_counts,
    found_names,
    parse_html,
    pdf_text,
    person_names,
    plain,
    restricted_phrases,
)

TODAY = FIXED_NOW.date()
YEAR = (TODAY - dt.timedelta(days=365), TODAY + dt.timedelta(days=200))
SPRING = (TODAY - dt.timedelta(days=120), TODAY)


@pytest.fixture
def demo(ctx: ServiceContext, engine: Engine, tmp_path: Path, fresh_demo: FreshDemo) -> Services:
    fresh_demo(engine)
    return make_services(engine, tmp_path / "data", ctx)


def _texts(
    demo: Services, tmp_path: Path, code: str, period: tuple[dt.date, dt.date]
) -> dict[str, str]:
    texts = {}
    for fmt, read in (("pdf", pdf_text), ("docx", docx_text)):
        texts[fmt] = read(demo.resident_summary.export(code, *period, tmp_path / f"{code}.{fmt}"))
    page = parse_html(demo.resident_summary.export(code, *period, tmp_path / f"{code}.html"))
    assert page.errors == []
    texts["html"] = plain(" ".join(page.text))
    return texts


@pytest.mark.parametrize("code", ["HM", "PR", "CO"])
def test_numbers_match_sql_on_the_year_and_a_shorter_period(
    demo: Services, engine: Engine, code: str
) -> None:
    for period in (YEAR, SPRING):
        summary = demo.resident_summary.summary(code, *period)
        expected = expected_counts(engine, code, *period)
        assert sum(t.constats for t in summary.reported) == expected["constats"]
        assert sum(t.signalements for t in summary.reported) == expected["signalements"]
        assert len(summary.decisions) == expected["decisions"]
        assert len(summary.done) == expected["done"]
        assert len(summary.in_progress) == expected["going"]
    year = expected_counts(engine, code, *YEAR)
    assert year["constats"] + year["signalements"] > 0 and year["done"] > 0


def test_no_name_and_nothing_restricted_in_any_format(
    demo: Services, engine: Engine, tmp_path: Path
) -> None:
    names = person_names(engine)
    hidden = restricted_phrases(engine)
    assert len(names) >= 30 and hidden, "the demo has people and a cellule de veille"
    summary = demo.resident_summary.summary("HM", *YEAR)
    counts = expected_counts(engine, "HM", *YEAR)
    for fmt, content in _texts(demo, tmp_path, "HM", YEAR).items():
        assert found_names(content, names) == set(), fmt
        assert [p for p in hidden if p in content] == [], fmt
        assert "cellule de veille" not in content.lower(), fmt
        assert f"{counts['constats']} constats" in content, fmt
        assert f"{len(summary.done)} actions terminées" in content, fmt
        for action in summary.actions:
            assert action.organisation in content, fmt
        assert "GUSP" in content and "Bailleur" in content, "the glossary explains them"


def test_html_page_is_standalone_french_and_for_phones(demo: Services, tmp_path: Path) -> None:
    path = demo.resident_summary.export("PR", *YEAR, tmp_path / "pr.html")
    page = parse_html(path)
    assert page.errors == []
    tags = [tag for tag, _ in page.starts]
    assert tags[0] == "html" and ("html", {"lang": "fr"}) in page.starts
    assert ("meta", {"name": "viewport", "content": "width=device-width, initial-scale=1"}) in (
        page.starts
    )
    assert tags.count("h1") == 1 and "h2" in tags and "ul" in tags and "table" in tags
    assert "th" in tags and "dl" in tags and "section" in tags
    source = path.read_text(encoding="utf-8")
    assert source.startswith("<!DOCTYPE html>")
    assert "http://" not in source and "https://" not in source and "<link" not in source
    assert "max-width" in source


def test_empty_period_says_nothing_was_recorded(demo: Services, tmp_path: Path) -> None:
    period = (dt.date(2000, 1, 1), dt.date(2000, 12, 31))
    assert demo.resident_summary.summary("CO", *period).empty
    for fmt, content in _texts(demo, tmp_path, "CO", period).items():
        assert plain(NOTHING) in content, fmt
        assert "Ce qui a été fait" not in content, fmt


def test_refusals_write_nothing(demo: Services, tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    cases = [
        (("ZZ", *YEAR, out / "a.pdf"), "Quartier « ZZ » inconnu"),
        (("HM", YEAR[1], YEAR[0], out / "b.pdf"), "période est inversée"),
        (("HM", *YEAR, out / "c.odt"), "Format « .odt »"),
    ]
    for args, message in cases:
        with pytest.raises(ValidationError, match=message):
            demo.resident_summary.export(*args)
    assert list(out.iterdir()) == []


def test_marked_personal_data_and_names_in_free_text_are_masked(
    demo: Services, engine: Engine, tmp_path: Path
) -> None:
    with engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE constat SET description = :d "
                "WHERE quartier_id = (SELECT id FROM quartier WHERE code = 'HM')"
            ),
            {"d": "Sac laissé par ⟪Zoé Quintard, 3e étage⟫ devant le hall"},
        )
        conn.execute(
            text(
                "UPDATE signalement SET description = :d "
                "WHERE quartier_id = (SELECT id FROM quartier WHERE code = 'HM')"
            ),
            {"d": "Encombrants devant la porte de ⟪Zoé Quintard au 5e"},
        )
        conn.execute(
            text("UPDATE decision SET text = :t WHERE text LIKE '%Vigik%'"),
            {"t": "Badges Vigik : Julien Cappelaere fait le point avec la police (HM-25-013)"},
        )
    summary = demo.resident_summary.summary("HM", *YEAR)
    examples = [e for t in summary.reported for e in t.examples]
    assert "Sac laissé par [occulté] devant le hall" in examples
    assert "Encombrants devant la porte de [occulté]" in examples, "an open mark hides the rest"
    decision = next(d.text for d in summary.decisions if "Vigik" in d.text)
    assert decision.startswith("Badges Vigik : […] fait le point")
    for fmt, content in _texts(demo, tmp_path, "HM", YEAR).items():
        assert "Quintard" not in content and "Cappelaere" not in content, fmt
        assert "HM-25-013" not in content, "action numbers mean nothing to residents"
