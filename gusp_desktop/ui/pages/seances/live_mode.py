"""« Mode séance »: the ordre du jour full screen while the meeting runs.

The current point is shown large with a stopwatch against its planned minutes, beside one for
the whole séance (both turn red once overrun). Page suivante / Page précédente (or Alt+→ / Alt+←)
move between points. What is typed here lands in the compte rendu itself: the notes editor
shares its text document with the « Compte rendu » tab, so the same autosave and crash journal
keep it; decisions, actions and arrivals go through the same services as the tab does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QColor, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextDocumentLayout,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.agenda import AgendaItemDTO
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.ui.i18n import long_date
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.pages.seances.live_capture import LiveCaptureBar
from gusp_desktop.ui.pages.seances.live_timing import MeetingTimer, stopwatch_text

if TYPE_CHECKING:
    from gusp_desktop.ui.pages.seances.minutes_item import PointMinutesPanel
    from gusp_desktop.ui.pages.seances.view import SeanceView

_S = SeanceStatus
IdRole = Qt.ItemDataRole.UserRole
TICK_MS = 1000
OVERRUN_COLOR = "#b3261e"
OVERRUN_STYLE = f"color: {OVERRUN_COLOR}; font-weight: bold;"
NORMAL_STYLE = "font-weight: bold;"
TITLE_STYLE = "font-size: 22pt; font-weight: bold;"
TIMER_FONT = "font-size: 28pt;"


class LiveMeetingWindow(QWidget):
    """A separate full-screen window over one open séance of a :class:`SeanceView`."""

    def __init__(
        self,
        view: SeanceView,
        timer: MeetingTimer,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("live_meeting_window")
        self._view = view
        self.timer = timer
        self._items: list[AgendaItemDTO] = []
        self._panel: PointMinutesPanel | None = None
        self._build_ui()
        self._build_shortcuts()
        self._connect_signals()
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    # -- construction --------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.seance_label = QLabel()
        self.seance_label.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.seance_timer_label = QLabel()
        self.seance_timer_label.setObjectName("seance_timer_label")
        self.pause_button = QPushButton()
        self.fullscreen_button = QPushButton(self.tr("Plein écran (F11)"))
        self.close_button = QPushButton(self.tr("Quitter le mode séance (Échap)"))
        header = QHBoxLayout()
        header.addWidget(self.seance_label, 1)
        header.addWidget(self.seance_timer_label)
        for button in (self.pause_button, self.fullscreen_button, self.close_button):
            header.addWidget(button)
        self.item_list = QListWidget()
        self.item_list.setObjectName("live_item_list")
        self.item_list.setStyleSheet("font-size: 13pt;")
        self.item_list.setWordWrap(True)
        self.item_list.setSpacing(3)
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter = QSplitter()
        splitter.addWidget(self.item_list)
        splitter.addWidget(self._current_item_box())
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([360, 1000])
        self.capture_bar = LiveCaptureBar(self._view, self)
        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.capture_bar)

    def _current_item_box(self) -> QWidget:
        box = QWidget()
        self.item_title_label = QLabel()
        self.item_title_label.setStyleSheet(TITLE_STYLE)
        self.item_title_label.setWordWrap(True)
        self.item_details_label = QLabel()
        self.item_details_label.setWordWrap(True)
        self.item_timer_label = QLabel()
        self.item_timer_label.setObjectName("item_timer_label")
        self.previous_button = QPushButton(self.tr("◀ Point précédent"))
        self.next_button = QPushButton(self.tr("Point suivant ▶"))
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.hold_button = QPushButton(self.tr("Déclarer la séance tenue"))
        self.hold_button.hide()
        notice_row = QHBoxLayout()
        notice_row.addWidget(self.notice_label, 1)
        notice_row.addWidget(self.hold_button)
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setObjectName("live_notes_edit")
        self.decision_list = QListWidget()
        self.decision_list.setMaximumHeight(140)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.previous_button)
        timer_row.addStretch(1)
        timer_row.addWidget(self.item_timer_label)
        timer_row.addStretch(1)
        timer_row.addWidget(self.next_button)
        layout = QVBoxLayout(box)
        layout.addWidget(self.item_title_label)
        layout.addWidget(self.item_details_label)
        layout.addLayout(timer_row)
        layout.addLayout(notice_row)
        layout.addWidget(QLabel(self.tr("Notes du point (enregistrées automatiquement)")))
        layout.addWidget(self.notes_edit, 3)
        layout.addWidget(QLabel(self.tr("Décisions du point")))
        layout.addWidget(self.decision_list, 1)
        return box

    def _build_shortcuts(self) -> None:
        """Keys that work wherever the focus is in the window, the notes editor included."""
        self.next_action = self._shortcut(self.go_next, "PgDown", "Alt+Right")
        self.previous_action = self._shortcut(self.go_previous, "PgUp", "Alt+Left")
        self.fullscreen_action = self._shortcut(self.toggle_full_screen, "F11")
        self.close_action = self._shortcut(self.close, "Esc")

    def _shortcut(self, slot: Callable[[], object], *keys: str) -> QAction:
        action = QAction(self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.addAction(action)
        return action

    def _connect_signals(self) -> None:
        self.item_list.currentRowChanged.connect(self._on_item_list_currentRowChanged)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.pause_button.clicked.connect(self._on_pause_button_clicked)
        self.fullscreen_button.clicked.connect(self.toggle_full_screen)
        self.close_button.clicked.connect(self.close)
        self.hold_button.clicked.connect(lambda: self._view.lifecycle.hold(self))

    # -- showing -------------------------------------------------------------------------

    def start(self, seance: SeanceDetail) -> None:
        """Show the séance full screen and count time from its current point."""
        self.show_seance(seance)
        if self._items and self.timer.current_item is None:
            self.timer.switch_to(self._items[0].id)
        self.timer.start()
        self._ticker.start()
        self.showFullScreen()
        self.activateWindow()
        self.tick()

    def show_seance(self, seance: SeanceDetail) -> None:
        """Fill the header and the list of points (the séance was loaded or reloaded)."""
        self.setWindowTitle(self.tr("Mode séance — {code} n° {number}").format(
            code=seance.instance_code, number=seance.number
        ))  # fmt: skip
        self.seance_label.setText(
            self.tr("{code} — séance n° {number} du {date}").format(
                code=seance.instance_code, number=seance.number, date=long_date(seance.local_date)
            )
        )
        self.timer.set_duration(seance.duration_minutes)
        self._items = list(seance.agenda)
        self.capture_bar.show_seance(seance)
        self._fill_item_list()

    def _fill_item_list(self) -> None:
        wanted = self.timer.current_item
        self.item_list.blockSignals(True)
        self.item_list.clear()
        for item in self._items:
            entry = QListWidgetItem()
            entry.setData(IdRole, item.id)
            self.item_list.addItem(entry)
        self._show_item_times()
        ids = [item.id for item in self._items]
        row = ids.index(wanted) if wanted in ids else 0
        self.item_list.setCurrentRow(row if ids else -1)
        self.item_list.blockSignals(False)
        self._show_current(row if ids else None)

    def current_item(self) -> AgendaItemDTO | None:
        """The point being discussed."""
        row = self.item_list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def go_next(self) -> None:
        """Move to the next point (nothing after the last one)."""
        row = self.item_list.currentRow()
        if row + 1 < self.item_list.count():
            self.item_list.setCurrentRow(row + 1)

    def go_previous(self) -> None:
        """Move back to the previous point."""
        row = self.item_list.currentRow()
        if row > 0:
            self.item_list.setCurrentRow(row - 1)

    def _on_item_list_currentRowChanged(self, row: int) -> None:
        self._show_current(row)

    def _show_current(self, row: int | None) -> None:
        item = self._items[row] if row is not None and 0 <= row < len(self._items) else None
        self.previous_button.setEnabled(row is not None and row > 0)
        self.next_button.setEnabled(row is not None and row + 1 < len(self._items))
        if item is None:
            self.item_title_label.setText(self.tr("L'ordre du jour est vide."))
            self.item_details_label.clear()
            self._attach_notes(None)
            return
        self.timer.switch_to(item.id)
        for index in range(self.item_list.count()):
            entry = self.item_list.item(index)
            font = entry.font()
            font.setBold(index == row)
            entry.setFont(font)
        self.item_title_label.setText(f"{item.position}. {item.title}")
        details = tr_label(item.kind)
        if item.presenter_name:
            details += self.tr(" — présenté par {name}").format(name=item.presenter_name)
        self.item_details_label.setText(details)
        self._attach_notes(item)
        self.capture_bar.set_item(item)
        self.tick()

    # -- notes and decisions of the current point ---------------------------------------

    def _attach_notes(self, item: AgendaItemDTO | None) -> None:
        """Edit the current point's notes in the very document of the « Compte rendu » tab."""
        self._detach_panel()
        panel = self._view.minutes_editor.panels.get(item.id) if item is not None else None
        if panel is None:
            self.notes_edit.setDocument(self._blank_document())
            self.notes_edit.setReadOnly(True)
            self.decision_list.clear()
            self.notice_label.setText("")
            return
        self._panel = panel
        self.notes_edit.setDocument(panel.notes_edit.document())
        self.notes_edit.setReadOnly(panel.notes_edit.isReadOnly())
        panel.decisions_changed.connect(self._show_decisions)
        panel.destroyed.connect(self._on_panel_destroyed)
        self._show_decisions()
        self._show_notice(panel.notes_edit.isReadOnly())

    def _blank_document(self) -> QTextDocument:
        """A document of the editor's own, so it never holds one the tab is about to delete."""
        document = QTextDocument(self.notes_edit)
        document.setDocumentLayout(QPlainTextDocumentLayout(document))
        return document

    def _detach_panel(self) -> None:
        panel, self._panel = self._panel, None
        if panel is not None and shiboken6.isValid(panel):
            panel.decisions_changed.disconnect(self._show_decisions)
            panel.destroyed.disconnect(self._on_panel_destroyed)

    def _on_panel_destroyed(self) -> None:
        # The point was removed or the tab rebuilt: never keep a document that is going away.
        self._panel = None
        self.notes_edit.setDocument(self._blank_document())
        QTimer.singleShot(0, self._reattach)

    def _reattach(self) -> None:
        if shiboken6.isValid(self):
            self._attach_notes(self.current_item())

    def _show_decisions(self) -> None:
        self.decision_list.clear()
        if self._panel is not None:
            self.decision_list.addItems(self._panel.decision_texts())

    def _show_notice(self, read_only: bool) -> None:
        seance = self._view.seance
        before = seance is not None and seance.status in (_S.PLANIFIEE, _S.CONVOQUEE)
        self.hold_button.setVisible(read_only and before)
        text = ""
        if read_only:
            text = self.tr(
                "La saisie s'ouvre quand la séance est déclarée tenue ; les chronomètres "
                "tournent déjà."
            )
        self.notice_label.setText(text)
        self.capture_bar.set_writable(not read_only)

    # -- time ----------------------------------------------------------------------------

    def tick(self) -> None:
        """Show the stopwatches as they stand now (called every second while shown)."""
        seance = self.timer.seance()
        self.seance_timer_label.setText(
            self.tr("Séance : {spent} / {planned}").format(
                spent=stopwatch_text(seance.seconds, with_hours=True),
                planned=stopwatch_text(seance.planned, with_hours=True),
            )
        )
        self._style_timer(self.seance_timer_label, seance.overrun, "font-size: 16pt;")
        item = self.current_item()
        if item is not None:
            spent = self.timer.item(item.id, item.planned_minutes)
            self.item_timer_label.setText(
                self.tr("Point : {spent} / {planned}").format(
                    spent=stopwatch_text(spent.seconds), planned=stopwatch_text(spent.planned)
                )
            )
            self._style_timer(self.item_timer_label, spent.overrun, TIMER_FONT)
        self.pause_button.setText(self.tr("Pause") if self.timer.running else self.tr("Reprendre"))
        self._show_item_times()

    def _show_item_times(self) -> None:
        """Each point with the time it took against its planned minutes (red when overrun)."""
        for row, item in enumerate(self._items[: self.item_list.count()]):
            entry = self.item_list.item(row)
            spent = self.timer.item(item.id, item.planned_minutes)
            text = self.tr("{position}. {title}\n{spent} / {minutes} min").format(
                position=item.position,
                title=item.title,
                spent=stopwatch_text(spent.seconds),
                minutes=item.planned_minutes,
            )
            entry.setText(text)
            entry.setForeground(QColor(OVERRUN_COLOR) if spent.overrun else QColor())

    @staticmethod
    def _style_timer(label: QLabel, overrun: bool, size: str) -> None:
        label.setProperty("overrun", overrun)
        label.setStyleSheet(size + (OVERRUN_STYLE if overrun else NORMAL_STYLE))

    def _on_pause_button_clicked(self) -> None:
        if self.timer.running:
            self.timer.pause()
        else:
            self.timer.start()
        self.tick()

    def toggle_full_screen(self) -> None:
        """F11: full screen or a normal window (to glance at another application)."""
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Leave the mode: the counted time is kept for when it is opened again."""
        self._ticker.stop()
        self.timer.pause()
        self._detach_panel()
        self.notes_edit.setDocument(self._blank_document())
        self._view.minutes_editor.flush()
        super().closeEvent(event)
