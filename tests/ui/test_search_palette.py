"""Ctrl+K from any page: ranked results with highlighted snippets, each opened where it lives."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from gusp_desktop.domain.search import SearchHit, SearchKind
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.app import create_main_window
from gusp_desktop.ui.dialogs.search import SearchPalette, snippet_html
from gusp_desktop.ui.main_window import MainWindow
from gusp_desktop.ui.pages.seances.view import TAB_MINUTES
from gusp_desktop.ui.search_launcher import matched_words
from gusp_desktop.ui.settings import AppSettings
from gusp_desktop.ui.tasks import ImmediateTaskRunner
from tests.ui.helpers import type_text


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files go to the test's own directory, never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def window(qtbot, demo_services: Services, tasks, prompts, settings_path: Path) -> MainWindow:
    window = create_main_window(
        demo_services, tasks, prompts, AppSettings(settings_path), "Fichier local : x"
    )
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window


def search(qtbot, palette: SearchPalette, text: str) -> None:
    palette.query_edit.clear()
    with qtbot.waitSignal(palette.results_shown, timeout=3000):
        type_text(palette.query_edit, text)


def test_ctrl_k_finds_a_word_only_in_minutes_and_opens_that_point_of_the_compte_rendu(
    qtbot, window: MainWindow, demo_services: Services
) -> None:
    window.show_page("territory")
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    palette = window.search_launcher.palette
    assert palette.isVisible()
    qtbot.waitUntil(palette.query_edit.hasFocus)
    search(qtbot, palette, "traverser")
    assert palette.status_label.text() == "1 résultat"
    hit = palette.current_hit()
    assert hit is not None and hit.kind is SearchKind.MINUTES
    assert hit.seance_id is not None
    assert "⟦traverser⟧" in hit.snippet
    qtbot.keyClick(palette.query_edit, Qt.Key.Key_Return)
    assert not palette.isVisible()
    assert window.current_key() == "seances"
    view = window.seances_page.seance_view
    seance = demo_services.meetings.get_seance(hit.seance_id)
    item = next(i for i in seance.agenda if i.id == hit.agenda_item_id)
    assert view.seance is not None and view.seance.id == seance.id
    assert view.tabs.currentIndex() == TAB_MINUTES
    minutes = view.minutes_editor
    assert minutes.point_list.currentItem().text().endswith(item.title)
    notes = minutes.panel(item.id).notes_edit
    assert notes.textCursor().selectedText() == "traverser"
    assert minutes.panel_stack.currentWidget() is minutes.panel(item.id)


def test_results_are_ranked_with_kinds_and_each_opens_where_it_lives(
    qtbot, window: MainWindow, demo_services: Services
) -> None:
    window.search_everywhere_action.trigger()
    palette = window.search_launcher.palette
    search(qtbot, palette, "gravats")
    kinds = [palette.model.hit(r).kind for r in range(palette.model.rowCount())]
    assert kinds[0] is SearchKind.ACTION
    assert {SearchKind.COMMENT, SearchKind.DECISION, SearchKind.MINUTES} <= set(kinds)
    first = palette.model.index(0, 0)
    assert "CO-25-009" in first.data(Qt.ItemDataRole.ToolTipRole)
    assert not first.data(Qt.ItemDataRole.DecorationRole).isNull()
    qtbot.keyClick(palette.query_edit, Qt.Key.Key_Return)
    assert window.current_key() == "actions"
    plan = window.actions_page
    expected = demo_services.actions.get_by_number("CO-25-009").row.id
    assert plan.detail_panel.action_id == expected

    window.search_everywhere_action.trigger()
    assert palette.query_edit.text() == "gravats"  # the last search, selected to refine
    assert palette.query_edit.selectedText() == "gravats"
    palette.kind_combo.setCurrentIndex(palette.kind_combo.findData(SearchKind.CONTACT))
    search(qtbot, palette, "Dufossé")
    hit = palette.current_hit()
    assert hit is not None and hit.kind is SearchKind.CONTACT
    qtbot.keyClick(palette.query_edit, Qt.Key.Key_Return)
    assert window.current_key() == "directory"
    assert window.directory_page.contact_panel.current.id == hit.contact_id


def test_accents_ligatures_and_plurals_are_ignored(qtbot, window: MainWindow) -> None:
    window.search_everywhere_action.trigger()
    palette = window.search_launcher.palette
    search(qtbot, palette, "eclairage")
    titles = [palette.model.hit(r).title for r in range(palette.model.rowCount())]
    assert any("Éclair" in t or "éclair" in t for t in titles)
    search(qtbot, palette, "zzzz introuvable")
    assert palette.model.rowCount() == 0
    assert palette.status_label.text() == "Aucun résultat pour «\u00a0zzzz introuvable\u00a0»."


def test_arrows_move_through_results_while_typing(qtbot, window: MainWindow) -> None:
    window.search_everywhere_action.trigger()
    palette = window.search_launcher.palette
    search(qtbot, palette, "rodéos")
    assert palette.model.rowCount() >= 3
    assert palette.result_view.currentIndex().row() == 0
    qtbot.keyClick(palette.query_edit, Qt.Key.Key_Down)
    qtbot.keyClick(palette.query_edit, Qt.Key.Key_Down)
    assert palette.result_view.currentIndex().row() == 2
    qtbot.keyClick(palette.query_edit, Qt.Key.Key_Up)
    assert palette.result_view.currentIndex().row() == 1
    qtbot.keyClick(palette.query_edit, Qt.Key.Key_Escape)
    assert not palette.isVisible()


def test_a_slow_answer_for_old_text_never_replaces_the_new_one(qtbot) -> None:
    hit = SearchHit(SearchKind.ACTION, "action/1", "HM-25-001", "⟦tags⟧", 1.0, 1)
    answers: dict[str, list[SearchHit]] = {"ta": [], "tags": [hit]}
    runner = ImmediateTaskRunner()
    palette = SearchPalette(lambda text, kind, limit: answers[text], runner)
    qtbot.addWidget(palette)
    palette.query_edit.setText("ta")
    palette.run_search()  # first search
    palette.query_edit.setText("tags")
    palette.run_search()  # second search, answered at once
    assert palette.model.rowCount() == 1
    palette._on_hits(1, "ta", [])  # the first one's answer arrives late  # noqa: SLF001
    assert palette.model.rowCount() == 1


def test_snippets_are_escaped_then_highlighted() -> None:
    html = snippet_html("a <b> & ⟦cœur⟧ de ⟦quartier⟧")
    assert "&lt;b&gt; &amp;" in html
    assert html.count("<span") == 2 and "cœur</span>" in html
    assert matched_words("… le ⟦traverser⟧ et ⟦osent⟧") == "traverser"
    assert matched_words("rien") == ""
