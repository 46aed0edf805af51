"""After a photo import the Terrain tab proposes constats: review, split, merge, set aside."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import ConstatQuery, HalteRow
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.photo_proposals import ConstatProposalsDialog
from gusp_desktop.ui.pages.seances.field_work import FieldWorkPanel
from gusp_desktop.ui.pages.seances.page import SeancesPage
from tests.field_work.photos import write_jpeg

METRE = 1 / 111_195


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def walk(qtbot: QtBot, page_context: PageContext, demo_services: Services) -> FieldWorkPanel:
    page = SeancesPage(page_context)
    qtbot.addWidget(page)
    page.refresh()
    seance_id = next(
        s.id for s in demo_services.meetings.list_seances() if s.instance_code == "DEM-HM"
    )
    page.open_seance(seance_id)
    return page.seance_view.field_panel


def _phone(tmp_path: Path, haltes: tuple[HalteRow, ...]) -> list[Path]:
    """Two photos of one thing at a halte, one ten minutes later there, one at the next."""
    one, two = haltes[1], haltes[2]
    assert one.latitude and one.longitude and two.latitude and two.longitude
    taken = dt.datetime(2025, 3, 25, 14, 40)
    shots = [
        ("DSC_1.jpg", 0, one.latitude, one.longitude),
        ("DSC_2.jpg", 30, one.latitude + 3 * METRE, one.longitude),
        ("DSC_3.jpg", 600, one.latitude + 6 * METRE, one.longitude),
        ("DSC_4.jpg", 1500, two.latitude, two.longitude),
    ]
    return [
        write_jpeg(
            tmp_path / name,
            (480, 360),
            lat=lat,
            lon=lon,
            taken_at=taken + dt.timedelta(seconds=seconds),
        )
        for name, seconds, lat, lon in shots
    ]


def _loose(services: Services, seance_id: int) -> list[str]:
    photos = services.field_work.photos.list_photos(seance_id=seance_id)
    return sorted(p.filename for p in photos if p.constat_id is None)


def test_import_opens_the_review_and_creates_the_written_constats(
    walk: FieldWorkPanel,
    demo_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert walk.seance is not None and walk.data is not None
    seance_id, haltes = walk.seance.id, walk.data.parcours.haltes
    shown: list[list[tuple[int, ...]]] = []

    def review(dialog: ConstatProposalsDialog) -> int:
        shown.append([p.group.photo_ids for p in dialog.proposals])
        assert len(dialog.cards) == 3
        assert haltes[1].name in dialog.cards[0].header.text()
        assert "3 constat(s)" in dialog.intro.text()
        assert dialog.cards[0].photos.item(0).icon().isNull() is False
        dialog.cards[0].merge_button.click()  # the bins and the bench together…
        assert [len(p.group.photos) for p in dialog.proposals] == [3, 1]
        card = dialog.cards[0]
        assert not card.split_button.isEnabled()
        card.photos.setCurrentRow(2)
        card.split_button.click()  # …then apart again, before the third photo
        assert [len(p.group.photos) for p in dialog.proposals] == [2, 1, 1]
        dialog.cards[0].text_edit.setPlainText("Bacs débordants au pied de la tour.")
        assert dialog.cards[0].accept_check.isChecked()  # writing is accepting
        dialog.cards[1].discard_button.click()  # the bench: nothing to say
        card = dialog.cards[1]
        card.text_edit.setPlainText("Grille de l'école arrachée.")
        card.theme_combo.setCurrentIndex(card.theme_combo.findData(Theme.BATI))
        dialog.create_button().click()
        return dialog.result()

    monkeypatch.setattr(ConstatProposalsDialog, "exec", review)
    before = len(demo_services.field_work.constats.list_constats(ConstatQuery(seance_id=seance_id)))
    walk.import_paths(_phone(tmp_path, haltes))
    assert len(shown) == 1 and [len(g) for g in shown[0]] == [2, 1, 1]
    rows = demo_services.field_work.constats.list_constats(ConstatQuery(seance_id=seance_id))
    assert len(rows) == before + 2
    bins = next(r for r in rows if r.description.startswith("Bacs"))
    school = next(r for r in rows if r.description.startswith("Grille"))
    assert (bins.halte_id, bins.photo_count, bins.theme) == (haltes[1].id, 2, Theme.PROPRETE)
    assert (school.halte_id, school.photo_count, school.theme) == (haltes[2].id, 1, Theme.BATI)
    assert bins.site_id == haltes[1].site_id
    assert _loose(demo_services, seance_id) == ["DSC_3.jpg"]
    assert walk.photo_strip.list.count() == 1


def test_a_ticked_group_without_text_keeps_the_review_open(
    walk: FieldWorkPanel, demo_services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert walk.seance is not None and walk.data is not None
    outcome: list[int] = []

    def review(dialog: ConstatProposalsDialog) -> int:
        dialog.cards[0].accept_check.setChecked(True)
        dialog.create_button().click()
        assert "Écrivez le constat" in dialog.cards[0].error_label.text()
        assert not dialog.cards[0].error_label.isHidden()
        assert dialog.result() != QDialog.DialogCode.Accepted
        dialog.button_box.rejected.emit()  # « Plus tard »
        outcome.append(dialog.result())
        return dialog.result()

    monkeypatch.setattr(ConstatProposalsDialog, "exec", review)
    walk.import_paths(_phone(tmp_path, walk.data.parcours.haltes))
    assert outcome == [QDialog.DialogCode.Rejected]
    assert len(_loose(demo_services, walk.seance.id)) >= 4
    # The strip offers the proposals again, for every photo still to attach.
    reopened: list[int] = []

    def count(dialog: ConstatProposalsDialog) -> int:
        reopened.append(sum(len(p.group.photos) for p in dialog.proposals))
        return 0

    monkeypatch.setattr(ConstatProposalsDialog, "exec", count)
    walk.photo_strip.propose_button.click()
    assert reopened == [len(_loose(demo_services, walk.seance.id))]
