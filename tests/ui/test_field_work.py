"""The « Terrain » tab of a walk: route, constats with thumbnails, form, action, photo import."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import ConstatQuery, ConstatStatus
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.constat_form import ConstatDialog
from gusp_desktop.ui.dialogs.photo_proposals import ConstatProposalsDialog
from gusp_desktop.ui.models.constat_table import COL_PHOTO
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.pages.seances.view import TAB_FIELD
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.field_work.photos import write_jpeg


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def later(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The review of proposed constats answered « Plus tard »; the photos each one showed."""
    shown: list[int] = []

    def later(dialog: ConstatProposalsDialog) -> int:
        shown.append(sum(len(p.group.photos) for p in dialog.proposals))
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(ConstatProposalsDialog, "exec", later)
    return shown


@pytest.fixture
def page(qtbot: QtBot, page_context: PageContext) -> SeancesPage:
    widget = SeancesPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _seance(services: Services, code: str) -> int:
    return next(s.id for s in services.meetings.list_seances() if s.instance_code == code)


def test_terrain_tab_only_for_walks_with_thumbnails(
    page: SeancesPage, demo_services: Services
) -> None:
    view = page.seance_view
    page.open_seance(_seance(demo_services, "COTECH-IQ"))
    assert not view.tabs.isTabVisible(TAB_FIELD)
    page.open_seance(_seance(demo_services, "DEM-HM"))
    assert view.tabs.isTabVisible(TAB_FIELD)
    panel = view.field_panel
    assert panel.halte_list.count() == 5
    assert panel.model.rowCount() >= 10
    assert all(panel.model.has_thumbnail(r) for r in range(panel.model.rowCount()))
    decoration = panel.model.index(0, COL_PHOTO).data(Qt.ItemDataRole.DecorationRole)
    assert decoration is not None and not decoration.isNull()


def test_new_constat_through_the_form_then_to_action(
    page: SeancesPage,
    demo_services: Services,
    prompts: ScriptedPrompts,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seance_id = _seance(demo_services, "DEM-HM")
    page.open_seance(seance_id)
    panel = page.seance_view.field_panel
    panel.halte_list.setCurrentRow(4)  # Parking nord

    def fill(dialog: ConstatDialog) -> int:
        dialog.description_edit.setPlainText("Trois voitures garées sur la pelouse.")
        dialog.residents_edit.setPlainText("« Tous les soirs », dit Mme Pelouse.")
        cursor = dialog.residents_edit.textCursor()
        cursor.setPosition(len("« Tous les soirs », dit "))
        cursor.setPosition(len("« Tous les soirs », dit Mme Pelouse"), cursor.MoveMode.KeepAnchor)
        dialog.residents_edit.setTextCursor(cursor)
        assert dialog.markings[1].mark_selection()  # Ctrl+Maj+O, as in the notes
        dialog.theme_combo.setCurrentIndex(dialog.theme_combo.findData(Theme.STATIONNEMENT))
        dialog.lat_edit.setText("50,3677")
        dialog.lon_edit.setText("3.5219")
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(ConstatDialog, "exec", fill)
    before = panel.model.rowCount()
    panel.new_action.trigger()
    assert panel.model.rowCount() == before + 1
    created = next(
        r
        for r in demo_services.field_work.constats.list_constats(ConstatQuery(seance_id=seance_id))
        if r.description.startswith("Trois voitures")
    )
    assert created.halte_name == "Parking nord" and created.latitude == pytest.approx(50.3677)
    assert created.resident_words == "« Tous les soirs », dit ⟪Mme Pelouse⟫."
    # Parking is the commune's (the demo's parking nord is the Ville's anyway).
    assert created.gestionnaire_code == "VM"
    row = next(i for i, r in enumerate(panel.model.rows) if r.id == created.id)
    panel.table.selectRow(row)
    prompts.answers.append(True)
    panel.to_action_action.trigger()
    linked = demo_services.field_work.constats.get(created.id)
    assert linked.status is ConstatStatus.TRANSFORME and len(linked.action_numbers) == 1
    assert linked.action_numbers[0] in panel.status_label.text()
    action = demo_services.actions.get_by_number(linked.action_numbers[0])
    assert [o.id for o in action.origin_constats] == [created.id]


def test_bad_coordinates_keep_the_form_open(
    page: SeancesPage, demo_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.open_seance(_seance(demo_services, "ME-CO"))
    panel = page.seance_view.field_panel
    shown: list[str] = []

    def fill(dialog: ConstatDialog) -> int:
        dialog.description_edit.setPlainText("Banc arraché.")
        dialog.lat_edit.setText("97")
        dialog.lon_edit.setText("3")
        dialog.save_button().click()
        shown.append(dialog.form.error_text("latitude"))
        return 0

    monkeypatch.setattr(ConstatDialog, "exec", fill)
    before = panel.model.rowCount()
    panel.new_button.click()
    assert "Latitude hors limites" in shown[0]
    assert panel.model.rowCount() == before


def test_dropping_a_folder_imports_its_photos_on_the_haltes(
    page: SeancesPage, demo_services: Services, tmp_path: Path, later: list[int]
) -> None:
    seance_id = _seance(demo_services, "DEM-HM")
    page.open_seance(seance_id)
    panel = page.seance_view.field_panel
    parcours = demo_services.field_work.parcours.get(seance_id)
    butte = parcours.haltes[2]
    assert butte.latitude is not None and butte.longitude is not None
    folder = tmp_path / "telephone"
    folder.mkdir()
    taken = dt.datetime(2025, 3, 25, 15, 0)
    write_jpeg(folder / "DSC_1.jpg", lat=butte.latitude, lon=butte.longitude, taken_at=taken)
    write_jpeg(
        folder / "DSC_2.jpg", lat=butte.latitude + 0.0002, lon=butte.longitude, taken_at=taken
    )
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(
        QPointF(QPoint(5, 5)),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(event)
    assert "2 photo(s) importée(s), 2 placée(s)" in panel.status_label.text()
    assert later == [2]  # the two photos proposed for review
    photos = demo_services.field_work.photos.list_photos(seance_id=seance_id)
    assert {p.halte_id for p in photos if p.filename.startswith("DSC_")} == {butte.id}
    assert not panel.progress_bar.isVisible()


def test_a_bad_photo_is_named_and_nothing_imported(
    page: SeancesPage, demo_services: Services, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    seance_id = _seance(demo_services, "DEM-HM")
    page.open_seance(seance_id)
    panel = page.seance_view.field_panel
    before = len(demo_services.field_work.photos.list_photos(seance_id=seance_id))
    good = write_jpeg(tmp_path / "ok.jpg")
    bad = tmp_path / "pas_une_photo.jpg"
    bad.write_text("texte")
    panel.import_paths([good, bad])
    assert any("pas_une_photo.jpg" in text for _kind, _title, text in prompts.shown)
    assert len(demo_services.field_work.photos.list_photos(seance_id=seance_id)) == before
    assert panel.import_button.isEnabled()


def test_action_detail_shows_its_origin_constats_and_photo(
    qtbot: QtBot, page_context: PageContext, demo_services: Services
) -> None:
    from gusp_desktop.ui.pages.actions import ActionsPage

    transformed = next(
        c
        for c in demo_services.field_work.constats.list_constats()
        if c.status is ConstatStatus.TRANSFORME
    )
    action = demo_services.actions.get_by_number(transformed.action_numbers[0])
    actions_page = ActionsPage(page_context)
    qtbot.addWidget(actions_page)
    actions_page.open_entity("action", action.row.id)
    panel = actions_page.detail_panel
    assert f"Constat n° {transformed.id}" in panel.value_text("origin_constats")
    assert transformed.description in panel.value_text("origin_constats")
    assert not panel.origin_photo.pixmap().isNull()


def test_the_tab_writes_the_walk_report_and_the_restitution(
    page: SeancesPage, demo_services: Services, prompts: ScriptedPrompts, tmp_path: Path
) -> None:
    page.open_seance(_seance(demo_services, "ME-CO"))
    panel = page.seance_view.field_panel
    report, restitution = tmp_path / "cr.pdf", tmp_path / "restitution.docx"
    prompts.answers.extend([str(report), str(restitution)])
    panel.report_button.click()
    panel.restitution_button.click()
    assert report.read_bytes().startswith(b"%PDF") and restitution.stat().st_size > 10_000
    assert str(restitution) in panel.status_label.text()


def test_imported_photos_wait_in_the_strip_then_go_to_constats(
    page: SeancesPage,
    demo_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    later: list[int],
) -> None:
    seance_id = _seance(demo_services, "DEM-HM")
    page.open_seance(seance_id)
    panel = page.seance_view.field_panel
    butte = demo_services.field_work.parcours.get(seance_id).haltes[2]
    assert butte.latitude is not None and butte.longitude is not None
    files = [
        write_jpeg(tmp_path / f"DSC_{n}.jpg", lat=butte.latitude, lon=butte.longitude + n / 1e5)
        for n in range(3)
    ]
    panel.import_paths(files)
    strip = panel.photo_strip
    assert strip.list.count() == 3 and "3" in strip.title.text()
    panel.halte_list.setCurrentRow(0)  # another halte: its photos only
    assert strip.list.count() == 0
    panel.halte_list.setCurrentRow(2)
    strip.list.item(0).setSelected(True)
    row = next(i for i, r in enumerate(panel.model.rows) if r.halte_id == butte.id)
    target = panel.model.rows[row]
    panel.table.selectRow(row)
    strip.attach_button.click()
    assert demo_services.field_work.constats.get(target.id).photo_count == target.photo_count + 1
    assert strip.list.count() == 2

    def fill(dialog: ConstatDialog) -> int:
        dialog.description_edit.setPlainText("Dépôt de pneus derrière la butte.")
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(ConstatDialog, "exec", fill)
    strip.list.clearSelection()
    strip.new_button.click()  # nothing selected: every photo shown
    created = next(
        r
        for r in demo_services.field_work.constats.list_constats(ConstatQuery(seance_id=seance_id))
        if r.description.startswith("Dépôt de pneus")
    )
    assert created.photo_count == 2 and created.halte_id == butte.id
    assert created.latitude == pytest.approx(butte.latitude)
    assert strip.list.count() == 0
