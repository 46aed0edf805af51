"""One séance: its header with the status buttons, and the three tabs of its life."""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.i18n import clock_time, long_date
from gusp_desktop.ui.pages.seances.agenda import AgendaEditor
from gusp_desktop.ui.pages.seances.attendance import AttendanceEditor
from gusp_desktop.ui.pages.seances.live_mode import LiveMeetingWindow
from gusp_desktop.ui.pages.seances.live_timing import Clock, MeetingTimer
from gusp_desktop.ui.pages.seances.minutes import MinutesEditor

_S = SeanceStatus
TAB_AGENDA, TAB_ATTENDANCE, TAB_MINUTES = range(3)


class SeanceView(PagePart):
    """Header, status buttons and the Ordre du jour / Émargement / Compte rendu tabs."""

    #: The séance as stored after this view changed its status (the list follows).
    seance_changed = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.seance: SeanceDetail | None = None
        self._pending_focus: tuple[int, int, str] | None = None
        self._opening = 0  # the latest open() asked for; earlier answers are stale
        #: Active people of the directory (pickers of the tabs and of the live mode).
        self.contacts: list[ContactDTO] = []
        #: Seconds that only move forward; tests replace it to drive the live mode's stopwatches.
        self.live_clock: Clock = time.monotonic
        self._timers: dict[int, MeetingTimer] = {}
        self.live_window: LiveMeetingWindow | None = None
        self.agenda_editor = AgendaEditor(context, self)
        self.attendance_editor = AttendanceEditor(context, self)
        self.minutes_editor = MinutesEditor(context, self)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.details_label = QLabel()
        self.status_label = QLabel()
        self.held_button = QPushButton(self.tr("Déclarer la séance tenue"))
        self.start_minutes_button = QPushButton(self.tr("Commencer le compte rendu"))
        self.validate_button = QPushButton(self.tr("Valider le compte rendu"))
        self.live_button = QPushButton(self.tr("Mode séance (F11)"))
        self.live_button.setToolTip(
            self.tr("L'ordre du jour en plein écran, avec les chronomètres et la saisie rapide")
        )
        self.live_action = QAction(self)
        self.live_action.setShortcut(QKeySequence("F11"))
        self.live_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.live_action)
        header = QHBoxLayout()
        header.addWidget(self.status_label, 1)
        for button in (
            self.held_button,
            self.start_minutes_button,
            self.validate_button,
            self.live_button,
        ):
            header.addWidget(button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda_editor, self.tr("Ordre du jour"))
        self.tabs.addTab(self.attendance_editor, self.tr("Émargement"))
        self.tabs.addTab(self.minutes_editor, self.tr("Compte rendu"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details_label)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.held_button.clicked.connect(lambda: self.change_status(_S.TENUE))
        self.start_minutes_button.clicked.connect(lambda: self.change_status(_S.CR_REDACTION))
        self.validate_button.clicked.connect(self._on_validate_button_clicked)
        self.live_button.clicked.connect(self.open_live_mode)
        self.live_action.triggered.connect(self.open_live_mode)
        self.agenda_editor.items_changed.connect(self.minutes_editor.sync_items)
        self.minutes_editor.notes_saved.connect(self.agenda_editor.model.set_version)

    # -- showing -------------------------------------------------------------------------

    def open(self, seance_id: int) -> None:
        """Load and show a séance (in the background).

        Reads run on a pool and may answer out of order: only the séance asked for last is
        shown, so the view never ends on another séance than the one selected.
        """
        self._opening += 1
        request, meetings = self._opening, self._services.meetings
        self._tasks.run(
            lambda: meetings.get_seance(seance_id),
            lambda seance: self._on_opened(request, seance),
            lambda error: self._prompts.show_error(self, error),
        )

    def _on_opened(self, request: int, seance: SeanceDetail) -> None:
        if request == self._opening:
            self.show_seance(seance)

    def reload(self) -> None:
        """Show the séance again as stored (someone else changed it)."""
        if self.seance is not None:
            self.open(self.seance.id)

    def set_contacts(self, contacts: Sequence[ContactDTO]) -> None:
        """Active people of the directory, for presenters and the émargement pickers."""
        self.contacts = list(contacts)
        self.agenda_editor.set_contacts(contacts)
        self.attendance_editor.set_contacts(contacts)

    def now(self) -> dt.datetime:
        """The current instant as the services see it (arrival and departure times)."""
        return self._services.context.now()

    def show_seance(self, seance: SeanceDetail) -> None:
        """Fill the header and the three tabs."""
        self.seance = seance
        self.title_label.setText(
            self.tr("{code} — séance n° {number}").format(
                code=seance.instance_code, number=seance.number
            )
        )
        local = seance.starts_at.astimezone(PARIS)
        self.details_label.setText(
            self.tr("{name}, {date} à {time}, {place} ({minutes} min)").format(
                name=seance.instance_name,
                date=long_date(seance.local_date),
                time=clock_time(local),
                place=seance.place or self.tr("lieu à préciser"),
                minutes=seance.duration_minutes,
            )
        )
        self.status_label.setText(self.tr("Statut : {status}").format(status=seance.status.label))
        self.held_button.setVisible(seance.status in (_S.PLANIFIEE, _S.CONVOQUEE))
        self.start_minutes_button.setVisible(seance.status is _S.TENUE)
        self.validate_button.setVisible(seance.status in (_S.CR_REDACTION, _S.CR_RELECTURE))
        self.live_button.setEnabled(seance.status is not _S.ANNULEE)
        self.agenda_editor.load(seance)
        self.attendance_editor.load(seance)
        self.minutes_editor.load(seance)
        if self.live_window is not None and self.live_window.isVisible():
            self.live_window.show_seance(seance)
        self._apply_focus()

    def focus_item(self, tab: int, item_id: int, found: str = "") -> None:
        """Show one agenda point in ``tab`` (now, or once its séance is shown).

        A search result opens this way: the compte rendu at the point whose notes matched,
        the matched words selected.
        """
        self._pending_focus = (tab, item_id, found)
        if self.seance is not None and any(i.id == item_id for i in self.seance.agenda):
            self._apply_focus()

    def _apply_focus(self) -> None:
        if self._pending_focus is None:
            return
        tab, item_id, found = self._pending_focus
        if self.seance is None or all(i.id != item_id for i in self.seance.agenda):
            return
        self._pending_focus = None
        self.tabs.setCurrentIndex(tab)
        if tab == TAB_MINUTES:
            self.minutes_editor.select_item(item_id, found)

    def flush(self) -> None:
        """Save now the minutes text waiting for its pause."""
        self.minutes_editor.flush()

    def lifecycle_actions(self) -> list[QAction]:
        """What can be done to the open séance now (the list's context menu offers them)."""
        actions = []
        for button in (
            self.held_button,
            self.start_minutes_button,
            self.validate_button,
            self.live_button,
        ):
            if button.isVisibleTo(self) and button.isEnabled():
                action = QAction(button.text().replace(" (F11)", ""), self)
                action.triggered.connect(button.click)
                actions.append(action)
        return actions

    def after_edit(self, before: SeanceDetail, after: SeanceDetail) -> None:
        """Show the séance as saved by the form."""
        if self.seance is not None and self.seance.id == after.id:
            self.show_seance(after)
            self.seance_changed.emit(after)

    # -- live meeting mode ---------------------------------------------------------------

    def open_live_mode(self) -> LiveMeetingWindow | None:
        """« Mode séance » over the open séance; its stopwatches resume where they stopped."""
        seance = self.seance
        if seance is None or seance.status is _S.ANNULEE:
            return None
        timer = self._timers.get(seance.id)
        if timer is None:
            timer = MeetingTimer(self.live_clock, seance.duration_minutes)
            self._timers[seance.id] = timer
        if self.live_window is not None:
            self.live_window.close()
            self.live_window.deleteLater()
        self.live_window = LiveMeetingWindow(self, timer, self)
        self.live_window.start(seance)
        return self.live_window

    # -- status --------------------------------------------------------------------------

    def _on_validate_button_clicked(self) -> None:
        if self.seance is None:
            return
        question = self.tr(
            "Valider le compte rendu ? Il ne pourra plus être modifié (une correction passera "
            "par un erratum)."
        )
        if self._prompts.confirm(self, self.tr("Valider le compte rendu"), question):
            self.validate_minutes()

    def validate_minutes(self) -> None:
        """Freeze the minutes as a validated version (the snapshot documents and signatures use)."""
        if self.seance is None:
            return
        self.flush()
        signed_minutes = self._services.signed_minutes
        seance_id = self.seance.id
        self._tasks.run(
            lambda: signed_minutes.validate(seance_id),
            lambda _mutation: self._reload_after_validation(seance_id),
            self._on_status_failed,
            write=True,
            initiator=self._initiator,
        )

    def _reload_after_validation(self, seance_id: int) -> None:
        meetings = self._services.meetings
        self._tasks.run(
            lambda: meetings.get_seance(seance_id),
            self._show_changed,
            lambda error: self._prompts.show_error(self, error),
        )

    def _show_changed(self, seance: SeanceDetail) -> None:
        self.show_seance(seance)
        self.seance_changed.emit(seance)

    def change_status(self, target: SeanceStatus) -> None:
        """Move the séance along its lifecycle, after the pending notes are saved."""
        if self.seance is None:
            return
        self.flush()
        meetings, seance = self._services.meetings, self.seance
        self._tasks.run(
            lambda: meetings.change_status(seance.id, seance.version, target),
            self._on_status_changed,
            self._on_status_failed,
            write=True,
            initiator=self._initiator,
        )

    def _on_status_changed(self, mutation: Mutation[SeanceDetail]) -> None:
        self._show_changed(mutation.value)

    def _on_status_failed(self, error: BaseException) -> None:
        self._prompts.show_error(self, error)
        self.reload()
