"""The « Émargement » tab: who came, grouped by organisation as the minutes list them."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
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
from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.domain.enums import AttendanceStatus
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.services.agenda import LOCKED_STATUSES
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.contact_picker import ContactPickerDialog
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.pages.seances.attendance_lines import AttendanceLinesPart
from gusp_desktop.ui.pages.seances.attendance_undo import SetStatusCommand

_A = AttendanceStatus
COL_NAME, COL_STATUS, COL_REPRESENTATIVE, COL_INVITED = range(4)
IdRole = Qt.ItemDataRole.UserRole


class AttendanceEditor(AttendanceLinesPart):
    """The attendance sheet of one séance."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        #: The séance's undo stack (shared with the ordre du jour), set by the séance view.
        self.undo_stack: QUndoStack | None = None
        self._editable = False
        self._lines: dict[int, AttendanceDTO] = {}
        self._combos: dict[int, QComboBox] = {}
        self._contacts: list[ContactDTO] = []
        self._build_ui()
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.sheet_tree.currentItemChanged.connect(self._on_sheet_tree_currentItemChanged)

    def _build_ui(self) -> None:
        self.sheet_tree = QTreeWidget()
        self.sheet_tree.setHeaderLabels(
            [self.tr("Participant"), self.tr("Présence"), self.tr("Représenté par"), ""]
        )
        self.sheet_tree.header().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Ajouter un participant…"))
        self.remove_button = QPushButton(self.tr("Retirer de la feuille"))
        self.remove_button.setEnabled(False)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)  # on one line it widened the tab past 1280 px
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.sheet_tree, 1)

    # -- loading -------------------------------------------------------------------------

    def load(self, seance: SeanceDetail) -> None:
        """Show a séance's sheet."""
        self.seance_id = seance.id
        self._editable = seance.status not in LOCKED_STATUSES
        self.add_button.setEnabled(self._editable)
        self.show_sheet(seance.attendance)

    def set_contacts(self, contacts: Sequence[ContactDTO]) -> None:
        """Active people of the directory, for the pickers."""
        self._contacts = list(contacts)

    def show_sheet(self, lines: Sequence[AttendanceDTO]) -> None:
        """One group per organisation, in the order the service sorted them."""
        self.sheet_tree.clear()
        self._lines = {line.id: line for line in lines}
        self._combos = {}
        groups: dict[int, QTreeWidgetItem] = {}
        for line in lines:
            group = groups.get(line.organisation_id)
            if group is None:
                group = self._group_item(line)
                groups[line.organisation_id] = group
            self._line_item(group, line)
        self.sheet_tree.expandAll()
        self._refresh_summary()

    def _group_item(self, line: AttendanceDTO) -> QTreeWidgetItem:
        group = QTreeWidgetItem(
            self.sheet_tree, [f"{line.organisation_code} — {line.organisation_name}"]
        )
        font = QFont(group.font(COL_NAME))
        font.setBold(True)
        group.setFont(COL_NAME, font)
        group.setFlags(Qt.ItemFlag.ItemIsEnabled)
        return group

    def _line_item(self, group: QTreeWidgetItem, line: AttendanceDTO) -> None:
        invited = self.tr("invité(e)") if line.invited else self.tr("venu(e) sans invitation")
        item = QTreeWidgetItem(group, [line.contact_name, "", line.represented_by_name, invited])
        item.setData(COL_NAME, IdRole, line.id)
        combo = QComboBox()
        combo.addItem(self.tr("Non renseigné"), None)
        for status in _A:
            label = self.tr("Représenté par…") if status is _A.REPRESENTE else tr_label(status)
            combo.addItem(label, status.value)
        combo.setCurrentIndex(max(0, combo.findData(line.status.value if line.status else None)))
        combo.setEnabled(self._editable)
        combo.currentIndexChanged.connect(lambda _i, a=line.id: self._on_status_combo_changed(a))
        self.sheet_tree.setItemWidget(item, COL_STATUS, combo)
        self._combos[line.id] = combo

    def _refresh_summary(self) -> None:
        counts = Counter(line.status for line in self._lines.values())
        parts = [
            self.tr("{n} présent(s)").format(n=counts[_A.PRESENT]),
            self.tr("{n} excusé(s)").format(n=counts[_A.EXCUSE]),
            self.tr("{n} représenté(s)").format(n=counts[_A.REPRESENTE]),
            self.tr("{n} absent(s)").format(n=counts[_A.ABSENT]),
            self.tr("{n} non renseigné(s)").format(n=counts[None]),
        ]
        self.summary_label.setText(", ".join(parts))

    # -- lookups for the page and tests ----------------------------------------------------

    def line_for_contact(self, contact_id: int) -> AttendanceDTO | None:
        """The sheet line of a person, if on the sheet."""
        return next((x for x in self._lines.values() if x.contact_id == contact_id), None)

    def status_combo(self, contact_id: int) -> QComboBox:
        """The presence selector of a person on the sheet."""
        line = self.line_for_contact(contact_id)
        if line is None:
            raise LookupError(contact_id)
        return self._combos[line.id]

    def lines(self) -> list[AttendanceDTO]:
        """The sheet as shown."""
        return list(self._lines.values())

    # -- writing -------------------------------------------------------------------------

    def record_arrival(self, contact_id: int) -> None:
        """Someone arrived during the séance: « présent », added to the sheet if need be."""
        line = self.line_for_contact(contact_id)
        attendance, seance_id = self._services.attendance, self.seance_id
        if line is None:
            self._write(lambda: attendance.add_participant(seance_id, contact_id, _A.PRESENT))
        elif line.status is not _A.PRESENT:
            self._write(lambda: attendance.set_status(line.id, line.version, _A.PRESENT, None))

    def _on_status_combo_changed(self, attendance_id: int) -> None:
        line = self._lines[attendance_id]
        value = self._combos[attendance_id].currentData()
        status = _A(value) if value else None
        representative = None
        if status is _A.REPRESENTE:
            representative = self._pick_representative(line)
            if representative is None:
                self.show_sheet(list(self._lines.values()))
                return
        command = SetStatusCommand(self, line, status, representative)
        if self.undo_stack is None:
            command.redo()
        else:
            self.undo_stack.push(command)  # runs it, and Ctrl+Z takes it back

    def write_status(
        self, attendance_id: int, status: AttendanceStatus | None, representative: int | None
    ) -> None:
        """Store one line's status with the version shown (a conflict is reported, not lost)."""
        line = self._lines.get(attendance_id)
        if line is None:
            self._prompts.error(
                self,
                self.tr("Émargement"),
                self.tr("Cette ligne n'est plus sur la feuille : rien n'a été changé."),
            )
            return
        attendance = self._services.attendance
        self._write(lambda: attendance.set_status(line.id, line.version, status, representative))

    def _pick_representative(self, line: AttendanceDTO) -> int | None:
        others = [c for c in self._contacts if c.id != line.contact_id]
        return ContactPickerDialog.ask(
            self.tr("Représentant"),
            self.tr("Qui représente {name} ?").format(name=line.contact_name),
            others,
            self,
        )

    def _on_add_button_clicked(self) -> None:
        present = {line.contact_id for line in self._lines.values()}
        candidates = [c for c in self._contacts if c.id not in present]
        contact_id = ContactPickerDialog.ask(
            self.tr("Ajouter un participant"),
            self.tr("Personne présente sans avoir été invitée :"),
            candidates,
            self,
        )
        if contact_id is not None:
            attendance, seance_id = self._services.attendance, self.seance_id
            self._write(lambda: attendance.add_participant(seance_id, contact_id))

    def _on_remove_button_clicked(self) -> None:
        line = self._current_line()
        if line is None or line.invited:
            return
        question = self.tr("Retirer {name} de la feuille d'émargement ?").format(
            name=line.contact_name
        )
        if self._prompts.confirm(self, self.tr("Retirer un participant"), question):
            attendance = self._services.attendance
            self._write(lambda: attendance.remove_participant(line.id, line.version))

    def _on_sheet_tree_currentItemChanged(self, *_args: Any) -> None:
        line = self._current_line()
        self.remove_button.setEnabled(self._editable and line is not None and not line.invited)

    def _current_line(self) -> AttendanceDTO | None:
        item = self.sheet_tree.currentItem()
        attendance_id = item.data(COL_NAME, IdRole) if item is not None else None
        return self._lines.get(attendance_id) if attendance_id is not None else None

    def _write(self, call: Callable[[], Mutation[Any]]) -> None:
        """Save one change, then show the sheet as stored."""
        self._save_then_reread(
            call, lambda mutation: self.show_sheet(mutation.value), self._on_write_failed
        )

    def _on_write_failed(self, error: BaseException) -> None:
        self._prompts.show_error(self, error)
        attendance, seance_id = self._services.attendance, self.seance_id
        self._tasks.run(lambda: attendance.list_attendance(seance_id), self.show_sheet)
