"""The séance list and form through the real widgets: search, filters, order, click, edit."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.enums import MemberRole, SeanceStatus
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.seance import SeanceDialog
from gusp_desktop.ui.pages.seances.page import SeancesPage
from tests.ui.helpers import type_text

TODAY = dt.date(2025, 6, 15)  # the demo's « today »


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def page(qtbot: QtBot, page_context: PageContext) -> SeancesPage:
    widget = SeancesPage(page_context)
    qtbot.addWidget(widget)
    widget.resize(1300, 800)
    widget.refresh()
    return widget


def test_upcoming_seances_first_then_the_past_most_recent_first(
    page: SeancesPage, demo_services: Services
) -> None:
    seances = {s.id: s for s in demo_services.meetings.list_seances()}
    shown = [seances[i] for i in page.list_panel.shown_ids()]
    assert len(shown) == len(seances)
    upcoming = [s for s in shown if s.local_date >= TODAY]
    past = [s for s in shown if s.local_date < TODAY]
    assert upcoming and past
    assert shown == upcoming + past
    assert [s.starts_at for s in upcoming] == sorted(s.starts_at for s in upcoming)
    assert [s.starts_at for s in past] == sorted((s.starts_at for s in past), reverse=True)
    groups = [page.seance_tree.topLevelItem(i).text(0) for i in range(2)]
    assert groups == [f"À venir ({len(upcoming)})", f"Passées ({len(past)})"]


def test_search_and_filters_narrow_the_list(page: SeancesPage, demo_services: Services) -> None:
    seances = demo_services.meetings.list_seances()
    panel = page.list_panel

    type_text(panel.search_edit, "cotech-iq")
    expected = {s.id for s in seances if s.instance_code == "COTECH-IQ"}
    assert set(panel.shown_ids()) == expected

    panel.search_edit.clear()
    panel.status_combo.setCurrentIndex(panel.status_combo.findText("Planifiée"))
    assert set(panel.shown_ids()) == {s.id for s in seances if s.status is SeanceStatus.PLANIFIEE}

    panel.status_combo.setCurrentIndex(0)
    instance = seances[0].instance_id
    panel.instance_combo.setCurrentIndex(panel.instance_combo.findData(instance))
    panel.year_combo.setCurrentIndex(panel.year_combo.findData(2025))
    assert set(panel.shown_ids()) == {
        s.id for s in seances if s.instance_id == instance and s.local_date.year == 2025
    }

    # Accents and word order do not matter; no match empties the list.
    panel.clear_filters()
    type_text(panel.search_edit, "zzz introuvable")
    assert panel.shown_ids() == []


def test_a_click_opens_the_seance_under_the_cursor_and_only_it(
    page: SeancesPage, qtbot: QtBot
) -> None:
    page.show()
    qtbot.waitExposed(page)
    tree = page.seance_tree
    ids = page.list_panel.shown_ids()
    opened: list[int] = []
    page.seance_view.seance_changed.connect(lambda s: opened.append(s.id))
    for seance_id in (ids[3], ids[0], ids[-1]):
        item = page.seance_item(seance_id)
        assert item is not None
        tree.scrollToItem(item)
        rect = tree.visualItemRect(item)
        QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        assert page.current_seance_id() == seance_id
        assert page.seance_view.seance is not None
        assert page.seance_view.seance.id == seance_id
    # A reload keeps the séance the user chose.
    page.refresh()
    assert page.current_seance_id() == ids[-1]
    assert page.seance_view.seance.id == ids[-1]


def test_the_second_half_of_a_double_click_begun_elsewhere_selects_nothing(
    page: SeancesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.show()
    qtbot.waitExposed(page)
    ids = page.list_panel.shown_ids()
    page.open_seance(ids[0])  # as the dashboard's first click does
    item = page.seance_item(ids[2])
    assert item is not None
    center = page.seance_tree.visualItemRect(item).center()
    edits: list[int] = []
    page.list_panel.edit_requested.connect(edits.append)

    QTest.mouseDClick(page.seance_tree.viewport(), Qt.MouseButton.LeftButton, pos=center)

    assert page.current_seance_id() == ids[0]
    assert page.seance_view.seance is not None and page.seance_view.seance.id == ids[0]
    assert edits == []


def test_double_click_edits_and_reschedules_the_seance_under_the_cursor(
    page: SeancesPage, demo_services: Services, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    planned = next(
        s for s in demo_services.meetings.list_seances() if s.status is SeanceStatus.PLANIFIEE
    )
    instance = demo_services.instances.get_instance(planned.instance_id)
    other = next(m for m in instance.members if m.role is not MemberRole.SECRETAIRE)
    seen: list[int] = []

    def fake_exec(dialog: SeanceDialog) -> int:
        seen.append(dialog._seance.id)
        assert not dialog.instance_combo.isEnabled()
        dialog.set_starts_at(dt.datetime(2025, 10, 2, 10, 15))
        dialog.duration_spin.setValue(90)
        dialog.place_edit.setText("Salle du conseil")
        dialog.secretary_combo.setCurrentIndex(dialog.secretary_combo.findData(other.contact_id))
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(SeanceDialog, "exec", fake_exec)
    page.show()
    qtbot.waitExposed(page)
    item = page.seance_item(planned.id)
    assert item is not None
    page.seance_tree.scrollToItem(item)
    center = page.seance_tree.visualItemRect(item).center()
    # A double-click, as the system delivers it: press and release, then the double-click.
    QTest.mouseClick(page.seance_tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    QTest.mouseDClick(page.seance_tree.viewport(), Qt.MouseButton.LeftButton, pos=center)

    assert seen == [planned.id]
    stored = demo_services.meetings.get_seance(planned.id)
    assert stored.starts_at.astimezone(PARIS).replace(tzinfo=None) == dt.datetime(
        2025, 10, 2, 10, 15
    )
    assert (stored.duration_minutes, stored.place) == (90, "Salle du conseil")
    assert stored.secretary_id == other.contact_id
    assert page.seance_view.seance is not None and page.seance_view.seance.id == planned.id
    assert "Salle du conseil" in page.seance_view.details_label.text()


def test_new_seance_form_names_the_instances_officers(
    page: SeancesPage, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    instance = next(i for i in demo_services.instances.list_instances() if i.code == "COTECH-IQ")
    president = next(m for m in instance.members if m.role is MemberRole.PRESIDENT)
    checked: list[bool] = []

    def fake_exec(dialog: SeanceDialog) -> int:
        checked.append(dialog.president_combo.currentData() == president.contact_id)
        assert dialog.place_edit.text() == instance.default_place
        dialog.set_starts_at(dt.datetime(2025, 11, 20, 9, 30))
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(SeanceDialog, "exec", fake_exec)
    panel = page.list_panel
    panel.instance_combo.setCurrentIndex(panel.instance_combo.findData(instance.id))
    page.new_seance_button.click()

    assert checked == [True]
    created = page.seance_view.seance
    assert created is not None and created.president_id == president.contact_id
    assert page.current_seance_id() == created.id


def test_the_context_menu_acts_on_the_seance_under_the_cursor(
    page: SeancesPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.show()
    qtbot.waitExposed(page)
    ids = page.list_panel.shown_ids()
    page.open_seance(ids[0])
    target = ids[1]
    item = page.seance_item(target)
    assert item is not None
    center = page.seance_tree.visualItemRect(item).center()

    page.seance_tree.customContextMenuRequested.emit(center)

    assert page.current_seance_id() == target
    assert page.seance_view.seance is not None and page.seance_view.seance.id == target
    texts = [a.text() for a in page.context_menu.actions() if not a.isSeparator()]
    assert texts[:2] == ["Nouvelle séance…", "Modifier ou reporter…"]
    assert "Mode séance" in texts and texts[-1] == "Supprimer"
    seen: list[int] = []

    def fake_exec(dialog: SeanceDialog) -> int:
        seen.append(dialog._seance.id)
        return 0

    monkeypatch.setattr(SeanceDialog, "exec", fake_exec)
    next(a for a in page.context_menu.actions() if a.text() == "Modifier ou reporter…").trigger()
    assert seen == [target]
    page.context_menu.close()
