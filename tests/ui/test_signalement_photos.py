"""Photos in the signalement intake form and in the detail beside the list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.signalement import SignalementDialog
from gusp_desktop.ui.pages.signalements import SignalementsPage
from tests.field_work.photos import write_heic, write_jpeg
from tests.ui.helpers import type_text


@pytest.fixture
def page(qtbot: QtBot, page_context: PageContext) -> SignalementsPage:
    widget = SignalementsPage(page_context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _choose(combo: object, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_photos_chosen_in_the_form_are_stored_and_shown_in_the_detail(
    page: SignalementsPage,
    demo_services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = [
        write_jpeg(tmp_path / "porte.jpg", (1200, 900), lat=50.3663, lon=3.5209),
        write_heic(tmp_path / "hall.heic"),
        write_jpeg(tmp_path / "erreur.jpg"),
    ]
    shot = tmp_path / "intake.png"

    def fill(dialog: SignalementDialog) -> int:
        _choose(dialog.category_combo, "Ascenseur en panne")
        _choose(dialog.quartier_combo, "HM ")
        _choose(dialog.site_combo, "Tour Aubépines B")
        type_text(dialog.description_edit, "Porte du hall arrachée")
        dialog.photos_field.add_files(files)
        dialog.photos_field.add_files(files[:1])  # the same file is listed once
        photos = dialog.photos_field.list
        assert photos.count() == 3
        assert not photos.item(0).icon().isNull()  # a JPEG shows its thumbnail
        photos.item(2).setSelected(True)
        dialog.photos_field.remove_button.click()
        assert dialog.photos_field.paths() == files[:2]
        dialog.show()
        dialog.grab().save(str(shot))
        dialog.save_button().click()
        return dialog.result()

    monkeypatch.setattr(SignalementDialog, "exec", fill)
    page.new_record()
    created = page.selected()
    assert created is not None and created.description == "Porte du hall arrachée"
    detail = demo_services.signalements.records.get(created.id)
    assert [p.filename for p in detail.photos] == ["porte.jpg", "hall.heic"]
    assert page.detail is not None and len(page.detail.photos) == 2
    assert "Photos (2)" in page.detail_view.toPlainText()
    document = page.detail_view.document()
    image = document.resource(
        QTextDocument.ResourceType.ImageResource, QUrl(f"photo:{detail.photos[0].id}")
    )
    assert image is not None and not image.isNull()
    assert shot.stat().st_size > 10_000
