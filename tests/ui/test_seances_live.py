"""« Mode séance » through the real widgets, its stopwatches driven by an injected clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gusp_desktop.domain.agenda import AgendaItemData
from gusp_desktop.domain.enums import AttendanceStatus, SeanceStatus
from gusp_desktop.domain.meetings import SeanceData
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from gusp_desktop.ui.pages.seances.live_mode import LiveMeetingWindow
from gusp_desktop.ui.pages.seances.live_timing import MeetingTimer, stopwatch_text
from gusp_desktop.ui.pages.seances.page import SeancesPage
from gusp_desktop.ui.prompts import ScriptedPrompts
from tests.ui.helpers import type_text

ALT = Qt.KeyboardModifier.AltModifier


class FakeClock:
    """Seconds moved by the test only."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Recovery files go to the test's own directory, never the user's."""
    path = tmp_path / "data"
    monkeypatch.setenv("GUSP_DATA_DIR", str(path))
    return path


@pytest.fixture
def seance_id(demo_services: Services) -> int:
    """The demo COTECH-IQ séance held on 12 June, whose minutes are being written."""
    return next(
        s.id
        for s in demo_services.meetings.list_seances()
        if s.instance_code == "COTECH-IQ" and s.status is SeanceStatus.CR_REDACTION
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def live(
    qtbot: QtBot,
    page_context: PageContext,
    seance_id: int,
    clock: FakeClock,
) -> LiveMeetingWindow:
    page = SeancesPage(page_context)
    qtbot.addWidget(page)
    page.refresh()
    page.open_seance(seance_id)
    page.seance_view.live_clock = clock
    window = page.seance_view.open_live_mode()
    assert window is not None
    qtbot.waitExposed(window)
    return window


def test_stopwatch_arithmetic_and_pause() -> None:
    clock = FakeClock()
    timer = MeetingTimer(clock, duration_minutes=1)
    timer.start(7)
    clock.advance(50)
    timer.switch_to(8)
    clock.advance(20)
    timer.pause()
    clock.advance(600)  # paused: nothing counted
    assert timer.item(7, 1).seconds == 50
    assert timer.item(8, 1).seconds == 20
    assert timer.seance().seconds == 70
    assert timer.seance().overrun and not timer.item(7, 1).overrun
    assert timer.item(9, 0).overrun is False  # nothing planned never overruns
    texts = [stopwatch_text(s) for s in (0, 65, 3723, -30)]
    assert texts == ["00:00", "01:05", "1:02:03", "-00:30"]
    assert stopwatch_text(65, with_hours=True) == "0:01:05"


def test_timers_follow_the_current_point_and_turn_red_on_overrun(
    live: LiveMeetingWindow, clock: FakeClock, demo_services: Services, seance_id: int
) -> None:
    items = demo_services.agenda.list_items(seance_id)
    first, second = items[0], items[1]
    assert live.isFullScreen()
    assert live.current_item() == first
    assert live.item_title_label.text() == f"1. {first.title}"

    clock.advance(90)
    live.tick()
    planned = stopwatch_text(first.planned_minutes * 60)
    assert live.item_timer_label.text() == f"Point : 01:30 / {planned}"
    assert live.item_timer_label.property("overrun") is False

    clock.advance(first.planned_minutes * 60)  # now past the planned time
    live.tick()
    assert live.item_timer_label.property("overrun") is True
    assert "#b3261e" in live.item_timer_label.styleSheet()

    # Page suivante moves on, even from the notes editor; the new point starts at zero.
    live.notes_edit.setFocus()
    QtBot.keyClick(live.notes_edit, Qt.Key.Key_PageDown)
    assert live.current_item() == second
    assert live.item_timer_label.text().startswith("Point : 00:00")
    clock.advance(30)
    live.tick()
    assert live.item_timer_label.text().startswith("Point : 00:30")

    # Alt+← goes back: the first point's time was kept and counts on.
    QtBot.keyClick(live.item_list, Qt.Key.Key_Left, ALT)
    assert live.current_item() == first
    spent = 90 + first.planned_minutes * 60
    assert live.item_timer_label.text().startswith(f"Point : {stopwatch_text(spent)}")

    seance = demo_services.meetings.get_seance(seance_id)
    assert live.seance_timer_label.property("overrun") is False
    clock.advance(seance.duration_minutes * 60)
    live.tick()
    assert live.seance_timer_label.property("overrun") is True

    live.pause_button.click()
    frozen = live.seance_timer_label.text()
    clock.advance(300)
    live.tick()
    assert live.seance_timer_label.text() == frozen
    assert live.pause_button.text() == "Reprendre"


def test_captures_land_in_the_minutes(
    live: LiveMeetingWindow,
    demo_services: Services,
    seance_id: int,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    QtBot.keyClick(live.item_list, Qt.Key.Key_PageDown)
    item = live.current_item()
    assert item is not None

    # A decision typed in the capture line, Entrée: stored under the current point.
    live.capture_bar.capture_edit.setFocus()
    type_text(live.capture_bar.capture_edit, "Rénovation du hall validée")
    QtBot.keyClick(live.capture_bar.capture_edit, Qt.Key.Key_Return)
    content = demo_services.minutes.minutes_content(seance_id)
    point = next(p for p in content.agenda if p.position == item.position)
    assert "Rénovation du hall validée" in point.decisions
    assert "Rénovation du hall validée" in [
        live.decision_list.item(r).text() for r in range(live.decision_list.count())
    ]
    assert live.capture_bar.capture_edit.text() == ""

    # Notes typed in live mode are the compte rendu tab's notes, autosaved.
    panel = live._view.minutes_editor.panel(item.id)
    live.notes_edit.moveCursor(live.notes_edit.textCursor().MoveOperation.End)
    type_text(live.notes_edit, " Visite du hall le 3 juillet.")
    assert panel.notes_edit.toPlainText().endswith("Visite du hall le 3 juillet.")
    panel.autosaver.flush()
    assert demo_services.agenda.list_items(seance_id)[item.position - 1].notes.endswith(
        "Visite du hall le 3 juillet."
    )

    # A late arrival: « présent » on the sheet and a dated line in the point's notes.
    sheet = demo_services.attendance.list_attendance(seance_id)
    late = next(a for a in sheet if a.status is not AttendanceStatus.PRESENT)
    monkeypatch.setattr(ContactPickerDialog, "ask", classmethod(lambda *a, **k: late.contact_id))
    live.capture_bar.arrival_button.click()
    after = {a.contact_id: a for a in demo_services.attendance.list_attendance(seance_id)}
    assert after[late.contact_id].status is AttendanceStatus.PRESENT
    panel.autosaver.flush()
    notes = demo_services.agenda.list_items(seance_id)[item.position - 1].notes
    # The demo clock stands at 10:00 UTC, 12:00 in Paris.
    assert f"Arrivée de {late.contact_name}" in notes
    assert "à 12:00" in notes or "à 12 h 00" in notes

    live.capture_bar.departure_button.click()
    panel.autosaver.flush()
    notes = demo_services.agenda.list_items(seance_id)[item.position - 1].notes
    assert f"Départ de {late.contact_name}" in notes

    # Échap leaves the mode; the document of the tab is left intact.
    QtBot.keyClick(live.notes_edit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not live.isVisible(), timeout=1000)
    assert panel.notes_edit.toPlainText() == notes


def test_live_mode_before_the_seance_is_held_offers_to_declare_it(
    qtbot: QtBot,
    demo_services: Services,
    page_context: PageContext,
    prompts: ScriptedPrompts,
    clock: FakeClock,
) -> None:
    instance = next(i for i in demo_services.instances.list_instances() if i.code == "CV-HM")
    data = SeanceData(instance_id=instance.id, starts_at=dt.datetime(2025, 6, 14, 14, 0))
    seance_id = demo_services.meetings.create_seance(data).value.id
    demo_services.agenda.add_item(seance_id, AgendaItemData("Situations suivies"))
    page = SeancesPage(page_context)
    qtbot.addWidget(page)
    page.refresh()
    page.open_seance(seance_id)
    page.seance_view.live_clock = clock
    live = page.seance_view.open_live_mode()
    assert live is not None

    assert live.notes_edit.isReadOnly() and not live.capture_bar.capture_edit.isEnabled()
    assert live.hold_button.isVisibleTo(live)
    prompts.answers.append(True)  # « Déclarer tenue la séance du … ? »
    live.hold_button.click()

    assert demo_services.meetings.get_seance(seance_id).status is SeanceStatus.TENUE
    assert not live.notes_edit.isReadOnly() and live.capture_bar.capture_edit.isEnabled()
    assert not live.hold_button.isVisibleTo(live)
    type_text(live.capture_bar.capture_edit, "Suivi renforcé de deux familles")
    live.capture_bar.decision_button.click()
    content = demo_services.minutes.minutes_content(seance_id)
    assert content.agenda[0].decisions == ("Suivi renforcé de deux familles",)
