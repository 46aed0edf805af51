"""One séance: its header with the lifecycle steps, and the tabs of its life.

Ordre du jour, Invitations, Émargement, Compte rendu (notes and decisions point by point, then
faits marquants, prochaine réunion and diffusion) and Historique. « Mode séance » (F11) shows
the ordre du jour full screen while the meeting runs.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.enums import InstanceType, SeanceStatus
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.i18n import clock_time, long_date, short_date
from gusp_desktop.ui.pages.seances.agenda import AgendaEditor
from gusp_desktop.ui.pages.seances.attendance import AttendanceEditor
from gusp_desktop.ui.pages.seances.field_work import FieldWorkPanel
from gusp_desktop.ui.pages.seances.history import HistoryPanel
from gusp_desktop.ui.pages.seances.invitations import InvitationsEditor
from gusp_desktop.ui.pages.seances.lifecycle import LifecycleBar
from gusp_desktop.ui.pages.seances.live_mode import LiveMeetingWindow
from gusp_desktop.ui.pages.seances.live_timing import Clock, MeetingTimer
from gusp_desktop.ui.pages.seances.minutes import MinutesEditor

_S = SeanceStatus
TAB_AGENDA, TAB_INVITATIONS, TAB_ATTENDANCE, TAB_MINUTES, TAB_HISTORY, TAB_FIELD = range(6)
#: Walks have a route, constats and photos: the « Terrain » tab.
WALK_TYPES = (InstanceType.DEM, InstanceType.MARCHE_EXPLORATOIRE)
#: Date, time, place or duration: what the invitation in partners' calendars shows.
EVENT_FIELDS = ("starts_at", "duration_minutes", "place")


class SeanceView(PagePart):
    """Header, lifecycle steps and the tabs of one séance."""

    #: The séance as stored after this view changed it (the list follows).
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
        self.invitations_editor = InvitationsEditor(context, self)
        self.attendance_editor = AttendanceEditor(context, self)
        self.attendance_editor.undo_stack = self.agenda_editor.undo_stack
        self.minutes_editor = MinutesEditor(context, self)
        self.history_panel = HistoryPanel(context, self)
        self.field_panel = FieldWorkPanel(context, self)
        self.lifecycle = LifecycleBar(context, self.flush, self)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.title_label = QLabel()
        self.title_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.details_label = QLabel()
        self.details_label.setWordWrap(True)
        self.live_button = QPushButton(self.tr("Mode séance (F11)"))
        self.live_button.setToolTip(
            self.tr("L'ordre du jour en plein écran, avec les chronomètres et la saisie rapide")
        )
        self.live_action = QAction(self)
        self.live_action.setShortcut(QKeySequence("F11"))
        self.live_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.addAction(self.live_action)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title_label, 1)
        self.relances_button = QPushButton(self.tr("Relances…"))
        self.relances_button.setToolTip(
            self.tr("Demander aux pilotes où en sont leurs actions avant cette séance")
        )
        title_row.addWidget(self.relances_button)
        title_row.addWidget(self.live_button)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.agenda_editor, self.tr("Ordre du jour"))
        self.tabs.addTab(self.invitations_editor, self.tr("Invitations"))
        self.tabs.addTab(self.attendance_editor, self.tr("Émargement"))
        self.tabs.addTab(self.minutes_editor, self.tr("Compte rendu"))
        self.tabs.addTab(self.history_panel, self.tr("Historique"))
        self.tabs.addTab(self.field_panel, self.tr("Terrain"))
        self.tabs.setTabVisible(TAB_FIELD, False)
        layout = QVBoxLayout(self)
        layout.addLayout(title_row)
        layout.addWidget(self.details_label)
        layout.addWidget(self.lifecycle)
        layout.addWidget(self.tabs, 1)

    def _connect_signals(self) -> None:
        self.live_button.clicked.connect(self.open_live_mode)
        self.relances_button.clicked.connect(self.open_relances)
        self.live_action.triggered.connect(self.open_live_mode)
        self.agenda_editor.items_changed.connect(self.minutes_editor.sync_items)
        self.minutes_editor.notes_saved.connect(self.agenda_editor.model.set_version)
        self.invitations_editor.sheet_changed.connect(self.attendance_editor.show_sheet)
        self.minutes_editor.highlights.stored.connect(self._adopt)
        self.lifecycle.changed.connect(self._on_lifecycle_changed)

    def open_relances(self) -> None:
        """The relances dialog for this séance."""
        from gusp_desktop.ui.dialogs.relances import RelancesDialog

        seance_id = self.seance.id if self.seance is not None else None
        RelancesDialog(self.context, seance_id, self).exec()

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
        """Active people of the directory, for presenters, invitations and pickers."""
        self.contacts = list(contacts)
        self.agenda_editor.set_contacts(contacts)
        self.invitations_editor.set_contacts(contacts)
        self.attendance_editor.set_contacts(contacts)
        self.minutes_editor.highlights.contacts = list(contacts)

    def now(self) -> dt.datetime:
        """The current instant as the services see it (arrival and departure times)."""
        return self._services.context.now()

    def show_seance(self, seance: SeanceDetail) -> None:
        """Fill the header and every tab."""
        self.seance = seance
        self.title_label.setText(
            self.tr("{code} — séance n° {number}").format(
                code=seance.instance_code, number=seance.number
            )
        )
        self.details_label.setText(self._details(seance))
        self.lifecycle.show_seance(seance)
        self.live_button.setEnabled(seance.status is not _S.ANNULEE)
        self.agenda_editor.load(seance)
        self.invitations_editor.load(seance)
        self.attendance_editor.load(seance)
        self.minutes_editor.load(seance)
        self.history_panel.load(seance.id)
        is_walk = seance.instance_type in WALK_TYPES
        self.tabs.setTabVisible(TAB_FIELD, is_walk)
        if is_walk:
            self.field_panel.load(seance)
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

    def _details(self, seance: SeanceDetail) -> str:
        local = seance.starts_at.astimezone(PARIS)
        text = self.tr("{name}, {date} à {time}, {place} ({minutes} min)").format(
            name=seance.instance_name,
            date=long_date(seance.local_date),
            time=clock_time(local),
            place=seance.place or self.tr("lieu à préciser"),
            minutes=seance.duration_minutes,
        )
        officers = [
            self.tr("présidence : {name}").format(name=seance.president_name)
            if seance.president_name
            else "",
            self.tr("secrétariat : {name}").format(name=seance.secretary_name)
            if seance.secretary_name
            else "",
        ]
        officers = [o for o in officers if o]
        return text + (" — " + ", ".join(officers) if officers else "")

    def _adopt(self, seance: SeanceDetail) -> None:
        """A tab stored the séance (new version): steps taken next start from it."""
        if self.seance is not None and self.seance.id == seance.id:
            self.seance = seance
            self.lifecycle.seance = seance

    def _on_lifecycle_changed(self, seance: SeanceDetail) -> None:
        self.show_seance(seance)
        self.seance_changed.emit(seance)

    def flush(self) -> None:
        """Save now the minutes text waiting for its pause."""
        self.minutes_editor.flush()

    def lifecycle_actions(self) -> list[QAction]:
        """What can be done to the open séance now (the list's context menu offers them)."""
        actions = self.lifecycle.actions()
        if self.live_button.isEnabled():
            live = QAction(self.tr("Mode séance"), self)
            live.triggered.connect(self.open_live_mode)
            actions.append(live)
        return actions

    # -- editing and rescheduling --------------------------------------------------------

    def after_edit(self, before: SeanceDetail, after: SeanceDetail) -> None:
        """Show the séance as saved by the form; a convened one moved gets a new invitation."""
        if self.seance is not None and self.seance.id == after.id:
            self.show_seance(after)
            self.seance_changed.emit(after)
        moved = any(getattr(before, f) != getattr(after, f) for f in EVENT_FIELDS)
        if moved and after.convened_at is not None and after.status is not _S.ANNULEE:
            self._offer_updated_invitation(after)

    def _offer_updated_invitation(self, seance: SeanceDetail) -> None:
        assert seance.convened_at is not None
        question = self.tr(
            "La convocation a été envoyée le {date}. Enregistrer l'invitation mise à jour "
            "(ICS) pour la renvoyer aux invités ? Leurs agendas déplaceront la réunion au "
            "lieu de la dupliquer."
        ).format(date=short_date(seance.convened_at.astimezone(PARIS).date()))
        if self._prompts.confirm(self, self.tr("Invitation mise à jour"), question):
            self.lifecycle.documents.save(
                self, "invitation", seance.id, "ics", lambda _path: self.reload()
            )

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
