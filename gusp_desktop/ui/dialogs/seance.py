"""Planning a new séance of an instance: date, time, duration and place, one dialog."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QLineEdit, QSpinBox, QWidget

from gusp_desktop.domain.instances import InstanceDTO
from gusp_desktop.domain.meetings import SeanceData, SeanceDetail
from gusp_desktop.services.meetings import DURATION_MAX
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.dialogs.base import FormDialog, run_dialog
from gusp_desktop.ui.dialogs.fields import select_data
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner

DEFAULT_HOUR = 14


class NewSeanceDialog(FormDialog):
    """The instance's members are invited by the service; the dialog only asks when and where."""

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        prompts: Prompts,
        instances: Sequence[InstanceDTO],
        instance_id: int | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            "",
            tasks=tasks,
            prompts=prompts,
            save=services.meetings.create_seance,
            initiator=parent,
            parent=parent,
        )
        self.setWindowTitle(self.tr("Nouvelle séance"))
        self._instances = {i.id: i for i in instances}
        self._build_fields(instances)
        self.instance_combo.currentIndexChanged.connect(self._on_instance_combo_currentIndexChanged)
        select_data(self.instance_combo, instance_id)
        self._on_instance_combo_currentIndexChanged()
        start = dt.datetime.combine(services.context.today() + dt.timedelta(days=7), dt.time())
        moment = start.replace(hour=DEFAULT_HOUR)
        self.starts_edit.setDateTime(
            QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, 0))
        )

    def _build_fields(self, instances: Sequence[InstanceDTO]) -> None:
        self.instance_combo = QComboBox()
        for instance in instances:
            self.instance_combo.addItem(f"{instance.code} — {instance.name}", instance.id)
        self.starts_edit = QDateTimeEdit()
        self.starts_edit.setCalendarPopup(True)
        self.starts_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.duration_spin = QSpinBox()
        self.duration_spin.setRange(1, DURATION_MAX)
        self.duration_spin.setSuffix(self.tr(" min"))
        self.place_edit = QLineEdit()
        self.form.add("instance_id", self.tr("Instance"), self.instance_combo)
        self.form.add("starts_at", self.tr("Date et heure"), self.starts_edit)
        self.form.add("duration_minutes", self.tr("Durée"), self.duration_spin)
        self.form.add("place", self.tr("Lieu"), self.place_edit)

    @classmethod
    def ask(
        cls,
        services: Services,
        tasks: TaskRunner,
        prompts: Prompts,
        instances: Sequence[InstanceDTO],
        instance_id: int | None,
        parent: QWidget | None = None,
    ) -> SeanceDetail | None:
        """Plan a séance; the created séance, or None when cancelled."""
        dialog = cls(services, tasks, prompts, instances, instance_id, parent)
        result: SeanceDetail | None = run_dialog(dialog)
        return result

    def value(self) -> SeanceData:
        """The séance to plan; a naive time is Paris wall-clock time for the service."""
        starts = self.starts_edit.dateTime().toPython()
        assert isinstance(starts, dt.datetime)
        return SeanceData(
            instance_id=int(self.instance_combo.currentData()),
            starts_at=starts.replace(second=0, microsecond=0),
            duration_minutes=self.duration_spin.value(),
            place=self.place_edit.text(),
        )

    def _on_instance_combo_currentIndexChanged(self) -> None:
        """Take the instance's usual place and duration, which the user may still change."""
        instance = self._instances.get(self.instance_combo.currentData())
        if instance is not None:
            self.duration_spin.setValue(instance.default_duration_minutes)
            self.place_edit.setText(instance.default_place)
