"""Editing quartiers and sites through the real widgets, checking the database afterwards."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.territory import QuartierData
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.pages.territory import QuartierAdapter, SiteAdapter, TerritoryPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.helpers import adapter_of, type_text


@pytest.fixture
def page(
    qtbot: QtBot,
    page_context: PageContext,
) -> TerritoryPage:
    widget = TerritoryPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def quartier_codes(services: Services) -> set[str]:
    return {q.code for q in services.territory.list_quartiers()}


def test_quartier_errors_beside_fields_then_saved(
    page: TerritoryPage, demo_services: Services
) -> None:
    panel = page.quartier_panel
    adapter = adapter_of(panel, QuartierAdapter)
    panel.new_button.click()
    type_text(adapter.code_edit, "HM")
    type_text(adapter.name_edit, "Les Côteaux de l'Aubrin")
    type_text(adapter.population_edit, "environ 3000")

    panel.save_button.click()
    assert panel.form.error_text("population") == (
        "La population doit être un nombre entier d'habitants."
    )

    adapter.population_edit.clear()
    type_text(adapter.population_edit, "3 120")
    panel.save_button.click()
    assert panel.form.error_text("population") == ""
    assert panel.form.error_text("code") == "Le code quartier « HM » est déjà utilisé."
    assert "Les Côteaux de l'Aubrin" not in {
        q.name for q in demo_services.territory.list_quartiers()
    }

    adapter.code_edit.clear()
    type_text(adapter.code_edit, "ca")
    panel.save_button.click()
    stored = demo_services.territory.get_quartier_by_code("CA")
    assert (stored.name, stored.population) == ("Les Côteaux de l'Aubrin", 3120)
    assert panel.current.code == "CA"
    assert page.site_panel.adapter.scope == stored.id


def test_sites_of_a_quartier_and_deletes_that_would_orphan_history(
    page: TerritoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    quartier = demo_services.territory.create_quartier(_quartier("NV", "Nouveau Val")).value
    page.quartier_panel.reload(select_id=quartier.id)
    sites = page.site_panel
    assert sites.model.rowCount() == 0
    sites.new_button.click()
    site = adapter_of(sites, SiteAdapter)
    assert site.quartier_combo.currentData() == quartier.id
    type_text(site.name_edit, "Résidence du Moulin")
    type_text(site.logements_edit, "84")
    gestionnaire = site.gestionnaire_combo
    gestionnaire.setCurrentIndex(next(
        i for i in range(gestionnaire.count()) if gestionnaire.itemText(i).startswith("MH ")
    ))  # fmt: skip
    sites.save_button.click()
    stored = demo_services.territory.list_sites(quartier.id)
    assert [(s.name, s.logements, s.gestionnaire_code) for s in stored] == [
        ("Résidence du Moulin", 84, "MH")
    ]

    prompts.answers.append(True)
    page.quartier_panel.delete_button.click()
    assert prompts.shown[-1][:2] == ("error", "Suppression refusée")
    assert "site(s)" in prompts.shown[-1][2]
    assert "NV" in quartier_codes(demo_services)

    prompts.answers.extend([True, True])
    sites.delete_button.click()
    assert demo_services.territory.list_sites(quartier.id) == []
    page.quartier_panel.delete_button.click()
    assert "NV" not in quartier_codes(demo_services)


def test_quartier_with_actions_cannot_be_deleted(
    page: TerritoryPage, demo_services: Services, prompts: ScriptedPrompts
) -> None:
    hm = demo_services.territory.get_quartier_by_code("HM")
    page.quartier_panel.select_id(hm.id)
    prompts.answers.append(True)

    page.quartier_panel.delete_button.click()

    assert prompts.shown[-1][0] == "error"
    assert "HM" in quartier_codes(demo_services)


def test_search_filters_quartiers(page: TerritoryPage) -> None:
    panel = page.quartier_panel
    type_text(panel.search_edit, "FORGES")  # case ignored: « Hautcourt-les-Forges »

    assert [r.code for r in panel.model.visible] == ["PR"]
    panel.search_edit.clear()
    assert panel.model.rowCount() == 3


def _quartier(code: str, name: str) -> QuartierData:
    return QuartierData(code=code, name=name)
