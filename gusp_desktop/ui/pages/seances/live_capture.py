"""Quick capture in the live meeting mode: a decision, an action, an arrival, a departure.

Everything goes to the compte rendu through the tabs of the séance view: decisions and actions
through the same services as the « Compte rendu » tab, arrivals and departures as a dated line
in the current point's notes (the compte rendu then says when someone joined or left) and, for
an arrival, « présent » on the émargement.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.domain.agenda import AgendaItemDTO
from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.enums import AttendanceStatus
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from gusp_desktop.ui.i18n import clock_time

if TYPE_CHECKING:
    from gusp_desktop.ui.pages.seances.minutes_item import PointMinutesPanel
    from gusp_desktop.ui.pages.seances.view import SeanceView

MUTED_STYLE = "color: #5f6368;"


class LiveCaptureBar(QWidget):
    """One line to type into, and the buttons that say what the line is."""

    def __init__(self, view: SeanceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._item: AgendaItemDTO | None = None
        self._seance: SeanceDetail | None = None
        self._build_ui()
        self.capture_edit.returnPressed.connect(self.capture_decision)
        self.decision_button.clicked.connect(self.capture_decision)
        self.action_button.clicked.connect(self.capture_action)
        view.minutes_editor.action_created.connect(self._on_action_created)
        self.arrival_button.clicked.connect(self._on_arrival_button_clicked)
        self.departure_button.clicked.connect(self._on_departure_button_clicked)

    def _build_ui(self) -> None:
        self.capture_edit = QLineEdit()
        self.capture_edit.setObjectName("live_capture_edit")
        self.capture_edit.setPlaceholderText(
            self.tr("Décision ou action du point en cours… (Entrée : décision)")
        )
        self.decision_button = QPushButton(self.tr("&Décision"))
        self.action_button = QPushButton(self.tr("&Action…"))
        self.arrival_button = QPushButton(self.tr("A&rrivée…"))
        self.departure_button = QPushButton(self.tr("Dé&part…"))
        self.last_label = QLabel()
        self.last_label.setStyleSheet(MUTED_STYLE)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.capture_edit, 3)
        row.addWidget(self.decision_button)
        row.addWidget(self.action_button)
        row.addSpacing(24)
        row.addWidget(self.arrival_button)
        row.addWidget(self.departure_button)
        row.addWidget(self.last_label, 2)

    def show_seance(self, seance: SeanceDetail) -> None:
        """The séance as loaded (its attendance sheet decides who may arrive or leave)."""
        self._seance = seance

    def set_item(self, item: AgendaItemDTO) -> None:
        """Captures now belong to this point."""
        self._item = item

    def set_writable(self, writable: bool) -> None:
        """Captures are possible once the séance is held, until the minutes are validated."""
        for widget in (
            self.capture_edit,
            self.decision_button,
            self.action_button,
            self.arrival_button,
            self.departure_button,
        ):
            widget.setEnabled(writable)

    # -- decisions and actions -----------------------------------------------------------

    def capture_decision(self) -> None:
        """Record the typed line as a decision of the current point."""
        text = self.capture_edit.text().strip()
        panel = self._current_panel()
        if not text or panel is None:
            return
        panel.add_decision(text)
        self.capture_edit.clear()
        self._show_last(self.tr("Décision enregistrée : {text}").format(text=text))

    def capture_action(self) -> None:
        """Open the new action form with the typed line as its title."""
        if self._current_panel() is not None:
            title = self.capture_edit.text().strip()
            self._view.minutes_editor.new_action(title, self.window())

    def _on_action_created(self, action: ActionRow) -> None:
        self.capture_edit.clear()
        self._show_last(
            self.tr("Action {number} enregistrée : {title}").format(
                number=action.number, title=action.title
            )
        )

    # -- attendance ----------------------------------------------------------------------

    def _on_arrival_button_clicked(self) -> None:
        contact = self._pick(
            self.tr("Arrivée en cours de séance"),
            self.tr("Qui arrive ?"),
            self._arrival_candidates(),
        )
        if contact is None:
            return
        self._view.attendance_editor.record_arrival(contact.id)
        self._note(self.tr("Arrivée de {name} ({organisation}) à {time}."), contact)

    def _on_departure_button_clicked(self) -> None:
        contact = self._pick(
            self.tr("Départ en cours de séance"),
            self.tr("Qui quitte la séance ?"),
            self._present_contacts(),
        )
        if contact is not None:
            self._note(self.tr("Départ de {name} ({organisation}) à {time}."), contact)

    def _arrival_candidates(self) -> list[ContactDTO]:
        """People invited and not yet marked present first, then the rest of the annuaire."""
        present = {c.id for c in self._present_contacts()}
        sheet = {a.contact_id for a in self._seance.attendance} if self._seance else set()
        contacts = [c for c in self._view.contacts if c.id not in present]
        return sorted(contacts, key=lambda c: c.id not in sheet)

    def _present_contacts(self) -> list[ContactDTO]:
        lines = self._view.attendance_editor.lines()
        present = {a.contact_id for a in lines if a.status is AttendanceStatus.PRESENT}
        return [c for c in self._view.contacts if c.id in present]

    def _pick(self, title: str, prompt: str, contacts: list[ContactDTO]) -> ContactDTO | None:
        chosen = ContactPickerDialog.ask(title, prompt, contacts, self)
        return next((c for c in contacts if c.id == chosen), None)

    def _note(self, template: str, contact: ContactDTO) -> None:
        """A dated line at the end of the current point's notes, saved like typed text."""
        panel = self._current_panel()
        if panel is None:
            return
        moment = clock_time(self._view.now().astimezone(PARIS))
        line = template.format(
            name=contact.full_name, organisation=contact.organisation_code, time=moment
        )
        panel.append_note(line)
        self._show_last(line)

    def _current_panel(self) -> PointMinutesPanel | None:
        if self._item is None:
            return None
        return self._view.minutes_editor.panels.get(self._item.id)

    def _show_last(self, text: str) -> None:
        self.last_label.setText(text)
        self.last_label.setToolTip(text)
