"""The séance form: instance, date and time, place, duration, président and secrétaire de séance.

One dialog plans a new séance and edits (or reschedules) an existing one. The officers are
chosen among the instance's members; a new séance proposes the instance's titulaires, its usual
place and duration, all of which the user may change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QSpinBox, QWidget

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import MemberKind, MemberRole
from gusp_desktop.domain.instances import InstanceDTO
from gusp_desktop.domain.meetings import SeanceData, SeanceDetail, SeanceEditData
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.meetings import DURATION_MAX
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.base import FormDialog, run_dialog
from gusp_desktop.ui.dialogs.fields import combo_data, select_data

DEFAULT_HOUR = 14
NO_ONE = None


def _titular(instance: InstanceDTO, role: MemberRole) -> int | None:
    """The titulaire holding ``role``, whom a new séance names by default."""
    return next(
        (
            m.contact_id
            for m in instance.members
            if m.role is role and m.kind is MemberKind.TITULAIRE
        ),
        None,
    )


class SeanceDialog(FormDialog):
    """Plan a séance (``seance`` None) or change the date, place and officers of one."""

    def __init__(
        self,
        context: PageContext,
        instances: Sequence[InstanceDTO],
        instance_id: int | None,
        seance: SeanceDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        services = context.services
        super().__init__(context, SeanceDialog._saver(services, seance), parent)
        self._seance = seance
        self._instances = {i.id: i for i in instances}
        self._build_fields(instances)
        self.instance_combo.currentIndexChanged.connect(self._on_instance_combo_currentIndexChanged)
        if seance is None:
            self.setWindowTitle(self.tr("Nouvelle séance"))
            select_data(self.instance_combo, instance_id)
            self._on_instance_combo_currentIndexChanged()
            start = dt.datetime.combine(services.context.today() + dt.timedelta(days=7), dt.time())
            self.set_starts_at(start.replace(hour=DEFAULT_HOUR))
        else:
            self.setWindowTitle(
                self.tr("Séance n° {number} — {code}").format(
                    number=seance.number, code=seance.instance_code
                )
            )
            self._show(seance)

    @staticmethod
    def _saver(services: Services, seance: SeanceDetail | None) -> Callable[[Any], Mutation[Any]]:
        if seance is None:
            return services.meetings.create_seance
        meetings = services.meetings
        return lambda data: meetings.update_seance(seance.id, seance.version, data)

    def _build_fields(self, instances: Sequence[InstanceDTO]) -> None:
        self.instance_combo = QComboBox()
        for instance in instances:
            self.instance_combo.addItem(f"{instance.code} — {instance.name}", instance.id)
        self.starts_edit = QDateTimeEdit()
        self.starts_edit.setCalendarPopup(True)
        self.starts_edit.setDisplayFormat("dddd dd/MM/yyyy HH:mm")
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, DURATION_MAX)
        self.duration_spin.setSingleStep(15)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.place_edit = QLineEdit()
        self.president_combo = QComboBox()
        self.secretary_combo = QComboBox()
        self.form.add("instance_id", self.tr("Instance"), self.instance_combo)
        self.form.add("starts_at", self.tr("Date et heure"), self.starts_edit)
        self.form.add("duration_minutes", self.tr("Durée"), self.duration_spin)
        self.form.add("place", self.tr("Lieu"), self.place_edit)
        self.form.add("president_id", self.tr("Président(e) de séance"), self.president_combo)
        self.form.add("secretary_id", self.tr("Secrétaire de séance"), self.secretary_combo)
        self.setMinimumWidth(640)

    @classmethod
    def ask(
        cls,
        context: PageContext,
        instances: Sequence[InstanceDTO],
        instance_id: int | None,
        seance: SeanceDetail | None = None,
        parent: QWidget | None = None,
    ) -> SeanceDetail | None:
        """The séance as saved, or None when cancelled."""
        dialog = cls(context, instances, instance_id, seance, parent)
        result: SeanceDetail | None = run_dialog(dialog)
        return result

    # -- fields --------------------------------------------------------------------------

    def set_starts_at(self, moment: dt.datetime) -> None:
        """Show a wall-clock date and time (Paris)."""
        self.starts_edit.setDateTime(
            QDateTime(
                QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
            )
        )

    def starts_at(self) -> dt.datetime:
        """The date and time typed, as naive Paris wall-clock time."""
        value = self.starts_edit.dateTime().toPython()
        assert isinstance(value, dt.datetime)
        return value.replace(second=0, microsecond=0)

    def _show(self, seance: SeanceDetail) -> None:
        select_data(self.instance_combo, seance.instance_id)
        self.instance_combo.setEnabled(False)  # a séance belongs to its instance for good
        self._fill_officers(seance.president_id, seance.secretary_id)
        self.set_starts_at(seance.starts_at.astimezone(PARIS).replace(tzinfo=None))
        self.duration_spin.setValue(seance.duration_minutes)
        self.place_edit.setText(seance.place)
        self.place_edit.setCursorPosition(0)

    def _fill_officers(self, president_id: int | None, secretary_id: int | None) -> None:
        """Members of the instance, plus an officer who is no longer one (still shown)."""
        instance = self._instances.get(self.instance_combo.currentData())
        members = instance.members if instance is not None else ()
        for combo, chosen, name in (
            (self.president_combo, president_id, self._seance_name("president")),
            (self.secretary_combo, secretary_id, self._seance_name("secretary")),
        ):
            combo.clear()
            combo.addItem(self.tr("(personne)"), NO_ONE)
            for member in {m.contact_id: m for m in members}.values():
                text = f"{member.contact_name} — {member.organisation_code}"
                combo.addItem(text, member.contact_id)
            if chosen is not None and combo.findData(chosen) < 0:
                combo.addItem(name or self.tr("Contact n° {id}").format(id=chosen), chosen)
            select_data(combo, chosen)

    def _seance_name(self, officer: str) -> str:
        if self._seance is None:
            return ""
        return str(getattr(self._seance, f"{officer}_name"))

    def _on_instance_combo_currentIndexChanged(self) -> None:
        """A new séance takes the instance's usual place, duration and officers."""
        instance = self._instances.get(self.instance_combo.currentData())
        if instance is None or self._seance is not None:
            return
        self.duration_spin.setValue(instance.default_duration_minutes)
        self.place_edit.setText(instance.default_place)
        self.place_edit.setCursorPosition(0)
        self._fill_officers(
            _titular(instance, MemberRole.PRESIDENT), _titular(instance, MemberRole.SECRETAIRE)
        )

    def value(self) -> SeanceData | SeanceEditData:
        """What to save: a new séance, or the edited fields of the existing one."""
        president, secretary = combo_data(self.president_combo), combo_data(self.secretary_combo)
        if self._seance is None:
            return SeanceData(
                instance_id=int(self.instance_combo.currentData()),
                starts_at=self.starts_at(),
                duration_minutes=self.duration_spin.value(),
                place=self.place_edit.text(),
                president_id=_int_or_none(president),
                secretary_id=_int_or_none(secretary),
            )
        return SeanceEditData(
            starts_at=self.starts_at(),
            duration_minutes=self.duration_spin.value(),
            place=self.place_edit.text(),
            president_id=_int_or_none(president),
            secretary_id=_int_or_none(secretary),
            summary=self._seance.summary,
            next_meeting_note=self._seance.next_meeting_note,
        )


def _int_or_none(value: object) -> int | None:
    return None if value is None else int(str(value))


#: The name the séance list and older tests know the planning dialog by.
NewSeanceDialog = SeanceDialog
