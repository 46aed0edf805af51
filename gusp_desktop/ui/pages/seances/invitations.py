"""The « Invitations » tab: who is convened, with their seat in the instance.

A new séance invites the instance's members (titulaires and suppléants, the latter flagged);
« Inviter les membres de l'instance » does it for a séance that has no one yet or after members
joined. People outside the instance can be invited too, and someone missing from the annuaire
is created from the picker. An empty list is shown as a warning: the convocation would have
no recipient.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.attendance import AttendanceDTO
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.directory import ContactDTO, OrganisationDTO
from gusp_desktop.domain.enums import MemberKind, MemberRole, SeanceStatus
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from gusp_desktop.ui.dialogs.new_contact import NewContactDialog
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.pages.seances.attendance_lines import AttendanceLinesPart

_S = SeanceStatus
COL_NAME, COL_ORGANISATION, COL_SEAT = range(3)
IdRole = Qt.ItemDataRole.UserRole
WARNING_STYLE = "color: #b3261e; font-weight: bold;"
#: Until the séance takes place its invitation list may change; afterwards it is a record.
BEFORE_MEETING = frozenset({_S.PLANIFIEE, _S.CONVOQUEE})


def _seat_order(line: AttendanceDTO) -> tuple[int, bool]:
    """Members by role (président first), titulaires before suppléants, then outsiders."""
    roles = list(MemberRole)
    role = roles.index(line.member_role) if line.member_role is not None else len(roles)
    return role, line.substitute


class InvitationsEditor(AttendanceLinesPart):
    """The invitation list of one séance."""

    #: The whole sheet as stored after a change here (the émargement tab follows).
    sheet_changed = Signal(object)

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._editable = False
        self._lines: dict[int, AttendanceDTO] = {}
        self._contacts: list[ContactDTO] = []
        self._build_ui()
        self.members_button.clicked.connect(self.invite_members)
        self.invite_button.clicked.connect(self._on_invite_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.invitee_tree.currentItemChanged.connect(self._update_buttons)

    def _build_ui(self) -> None:
        self.warning_label = QLabel()
        self.warning_label.setObjectName("invitations_warning")
        self.warning_label.setStyleSheet(WARNING_STYLE)
        self.warning_label.setWordWrap(True)
        self.invitee_tree = QTreeWidget()
        self.invitee_tree.setRootIsDecorated(False)
        self.invitee_tree.setHeaderLabels(
            [self.tr("Invité(e)"), self.tr("Organisation"), self.tr("Siège dans l'instance")]
        )
        header = self.invitee_tree.header()
        header.setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_ORGANISATION, QHeaderView.ResizeMode.Stretch)
        self.members_button = QPushButton(self.tr("Inviter les membres de l'instance"))
        self.invite_button = QPushButton(self.tr("Inviter une personne…"))
        self.remove_button = QPushButton(self.tr("Retirer l'invitation"))
        self.summary_label = QLabel()
        buttons = QHBoxLayout()
        for button in (self.members_button, self.invite_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning_label)
        layout.addLayout(buttons)
        layout.addWidget(self.invitee_tree, 1)

    # -- showing -------------------------------------------------------------------------

    def load(self, seance: SeanceDetail) -> None:
        """Show a séance's invitation list."""
        self.seance_id = seance.id
        self._editable = seance.status in BEFORE_MEETING
        self.show_lines(seance.attendance)

    def set_contacts(self, contacts: Sequence[ContactDTO]) -> None:
        """Active people of the directory, for the picker."""
        self._contacts = list(contacts)

    def invitees(self) -> list[AttendanceDTO]:
        """The people invited, as shown (people who came uninvited are on the émargement only)."""
        return list(self._lines.values())

    def show_lines(self, lines: Sequence[AttendanceDTO]) -> None:
        """One row per invited person: président, secrétaire, members, guests, then others."""
        self.invitee_tree.clear()
        invited = sorted((line for line in lines if line.invited), key=_seat_order)
        self._lines = {line.id: line for line in invited}
        for line in self._lines.values():
            item = QTreeWidgetItem(
                self.invitee_tree,
                [line.contact_name, line.organisation_name, self.seat_text(line)],
            )
            item.setData(COL_NAME, IdRole, line.id)
            if line.substitute:
                item.setToolTip(COL_SEAT, self.tr("Siège si le ou la titulaire est empêché(e)"))
        self._show_summary()
        self._update_buttons()

    def seat_text(self, line: AttendanceDTO) -> str:
        """« Président(e) — titulaire », « Membre — suppléant(e) » or « Hors instance »."""
        if line.member_role is None:
            return self.tr("Hors instance")
        kind = line.member_kind or MemberKind.TITULAIRE
        return f"{tr_label(line.member_role)} — {tr_label(kind).lower()}"

    def _show_summary(self) -> None:
        count = len(self._lines)
        substitutes = sum(1 for line in self._lines.values() if line.substitute)
        self.summary_label.setText(
            self.tr("{count} invité(s) dont {substitutes} suppléant(s)").format(
                count=count, substitutes=substitutes
            )
        )
        if count:
            self.warning_label.hide()
        else:
            self.warning_label.setText(
                self.tr(
                    "Aucun invité : la convocation n'aurait aucun destinataire. « Inviter les "
                    "membres de l'instance » convie ses titulaires et suppléants."
                )
            )
            self.warning_label.show()

    def _update_buttons(self, *_args: Any) -> None:
        self.members_button.setEnabled(self._editable)
        self.invite_button.setEnabled(self._editable)
        self.remove_button.setEnabled(self._editable and self._current_line() is not None)

    def _current_line(self) -> AttendanceDTO | None:
        item = self.invitee_tree.currentItem()
        attendance_id = item.data(COL_NAME, IdRole) if item is not None else None
        return self._lines.get(attendance_id) if attendance_id is not None else None

    def select_contact(self, contact_id: int) -> bool:
        """Select a person's row (tests and the page use it)."""
        for row in range(self.invitee_tree.topLevelItemCount()):
            item = self.invitee_tree.topLevelItem(row)
            line = self._lines.get(item.data(COL_NAME, IdRole)) if item is not None else None
            if item is not None and line is not None and line.contact_id == contact_id:
                self.invitee_tree.setCurrentItem(item)
                return True
        return False

    # -- writing -------------------------------------------------------------------------

    def invite_members(self) -> None:
        """Invite the instance's members who are not invited yet."""
        attendance, seance_id = self._services.attendance, self.seance_id
        self._write(lambda: attendance.invite_instance_members(seance_id))

    def _on_invite_button_clicked(self) -> None:
        directory = self._services.directory
        self._tasks.run(
            directory.list_organisations,
            self._pick_and_invite,
            lambda error: self._prompts.show_error(self, error),
        )

    def _pick_and_invite(self, organisations: Sequence[OrganisationDTO]) -> None:
        invited = {line.contact_id for line in self._lines.values()}
        candidates = [c for c in self._contacts if c.id not in invited]

        def create(typed: str, parent: QWidget) -> ContactDTO | None:
            contact = NewContactDialog.ask(self.context, organisations, typed, parent)
            if contact is not None:
                self._contacts.append(contact)
            return contact

        contact_id = ContactPickerDialog.ask(
            self.tr("Inviter une personne"),
            self.tr("Qui inviter à la séance ?"),
            candidates,
            self,
            create,
        )
        if contact_id is not None:
            attendance, seance_id = self._services.attendance, self.seance_id
            self._write(lambda: attendance.invite(seance_id, contact_id))

    def _on_remove_button_clicked(self) -> None:
        line = self._current_line()
        if line is None or not self._editable:
            return
        question = self.tr("Retirer {name} de la liste des invités ?").format(
            name=line.contact_name
        )
        if self._prompts.confirm(self, self.tr("Retirer une invitation"), question):
            attendance = self._services.attendance
            self._write(lambda: attendance.uninvite(line.id, line.version))

    def _write(self, call: Callable[[], Mutation[Any]]) -> None:
        """Save one change, then show the list as stored."""
        self._save_then_reread(
            call, self._on_written, lambda error: self._prompts.show_error(self, error)
        )

    def _on_written(self, mutation: Mutation[list[AttendanceDTO]]) -> None:
        self.show_lines(mutation.value)
        self.sheet_changed.emit(mutation.value)
