"""The signalement forms: intake (or correction) and status change with its reason.

The intake form is built for the telephone: every field has an Alt shortcut, the date starts
at now, the site list follows the quartier, and « Enregistrer » answers Ctrl+Entrée. Who
reported is typed in a box of its own: personal data, never shown in the list.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gusp_desktop.domain.directory import OrganisationDTO
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.signalements import (
    CategoryDTO,
    Channel,
    ReporterData,
    SignalementData,
    SignalementDetail,
    SignalementRow,
    SignalementStatus,
)
from gusp_desktop.domain.territory import QuartierDTO, SiteDTO
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.base import FormDialog, run_dialog
from gusp_desktop.ui.dialogs.fields import combo_data, select_data
from gusp_desktop.ui.dialogs.place_fields import PlaceFields
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.widgets.photo_files import PhotoFiles


@dataclasses.dataclass(frozen=True)
class IntakeChoices:
    """What the intake form offers, read in the background before it opens."""

    categories: Sequence[CategoryDTO]
    quartiers: Sequence[QuartierDTO]
    sites: Sequence[SiteDTO]
    organisations: Sequence[OrganisationDTO]
    now: dt.datetime


class SignalementDialog(FormDialog):
    """Record a signalement (``detail`` None) or correct what was recorded."""

    def __init__(
        self,
        context: PageContext,
        choices: IntakeChoices,
        detail: SignalementDetail | None = None,
        parent: QWidget | None = None,
    ) -> None:
        records = context.services.signalements.records
        if detail is None:
            save: Any = lambda intake: records.add(*intake)  # noqa: E731
        else:
            row = detail.row
            save = lambda intake: records.update(row.id, row.version, *intake)  # noqa: E731
        super().__init__(context, save, parent)
        self._choices = choices
        self._build(choices)
        if detail is None:
            self.setWindowTitle(self.tr("Nouveau signalement"))
            self._set_received(choices.now)
        else:
            self.setWindowTitle(self.tr("Signalement n° {id}").format(id=detail.row.id))
            self._show(detail)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save_button().click)
        self.form.focus_first()

    @classmethod
    def ask(
        cls,
        context: PageContext,
        choices: IntakeChoices,
        detail: SignalementDetail | None = None,
        parent: QWidget | None = None,
    ) -> SignalementRow | None:
        """The signalement as saved, or None when cancelled."""
        result: SignalementRow | None = run_dialog(cls(context, choices, detail, parent))
        return result

    def _build(self, choices: IntakeChoices) -> None:
        self.received_edit = QDateTimeEdit()
        self.received_edit.setCalendarPopup(True)
        self.received_edit.setDisplayFormat("dd/MM/yyyy HH:mm")
        self.channel_combo = QComboBox()
        for channel in Channel:
            self.channel_combo.addItem(tr_label(channel), channel.value)
        self.category_combo = QComboBox()
        for category in choices.categories:
            if category.active:
                label = self.tr("{label} ({days} j)").format(
                    label=category.label, days=category.delay_days
                )
                self.category_combo.addItem(label, category.id)
        self.place = PlaceFields(choices.quartiers, choices.sites, self)
        self.quartier_combo, self.site_combo = self.place.quartier_combo, self.place.site_combo
        self.address_edit = QLineEdit()
        self.latitude_edit, self.longitude_edit = (
            self.place.latitude_edit,
            self.place.longitude_edit,
        )
        self.description_edit = QPlainTextEdit()
        self.description_edit.setTabChangesFocus(True)
        self.description_edit.setMaximumHeight(100)
        self.organisation_combo = QComboBox()
        self.organisation_combo.addItem(self.tr("Selon les règles d'orientation"), None)
        for org in choices.organisations:
            self.organisation_combo.addItem(f"{org.code} — {org.name}", org.id)
        self.reporter_edit = QLineEdit()
        self.reporter_phone_edit = QLineEdit()
        self.reporter_email_edit = QLineEdit()
        self.photos_field = PhotoFiles()
        self._add_fields()
        self.setMinimumWidth(720)

    def _add_fields(self) -> None:
        form = self.form
        form.add("received_at", self.tr("&Reçu le"), self.received_edit)
        form.add("channel", self.tr("Ca&nal"), self.channel_combo)
        form.add("category_id", self.tr("Ca&tégorie"), self.category_combo)
        form.add("quartier_id", self.tr("&Quartier"), self.quartier_combo)
        form.add("site_id", self.tr("&Site"), self.site_combo)
        form.add("address", self.tr("&Adresse"), self.address_edit)
        form.add("description", self.tr("&Description"), self.description_edit)
        form.add("photos", self.tr("P&hotos à joindre"), self.photos_field)
        form.add_column()
        form.add("coordinates", self.tr("&Latitude"), self.latitude_edit)
        form.add("longitude", self.tr("L&ongitude"), self.longitude_edit)
        form.add("organisation_id", self.tr("Or&ganisation responsable"), self.organisation_combo)
        form.add("reporter", self.tr("Signalé &par (donnée personnelle)"), self.reporter_edit)
        form.add("reporter_phone", self.tr("Télé&phone"), self.reporter_phone_edit)
        form.add("reporter_email", self.tr("Cou&rriel"), self.reporter_email_edit)

    def _set_received(self, moment: dt.datetime) -> None:
        local = moment.astimezone(PARIS)
        self.received_edit.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )

    def _show(self, detail: SignalementDetail) -> None:
        row = detail.row
        self._set_received(row.received_at)
        select_data(self.channel_combo, row.channel.value)
        select_data(self.category_combo, row.category_id)
        self.place.show_place(row.quartier_id, row.site_id, row.latitude, row.longitude)
        self.address_edit.setText(row.address)
        self.description_edit.setPlainText(row.description)
        select_data(self.organisation_combo, row.organisation_id)
        if detail.reporter is not None:
            self.reporter_edit.setText(detail.reporter.name or detail.reporter_contact_name)
            self.reporter_edit.setReadOnly(detail.reporter.contact_id is not None)
            self.reporter_phone_edit.setText(detail.reporter.phone)
            self.reporter_email_edit.setText(detail.reporter.email)
            self._contact_id = detail.reporter.contact_id

    def value(self) -> tuple[SignalementData, list[Path]]:
        """The intake typed and the photo files to join, checked by the service."""
        local = self.received_edit.dateTime().toPython()
        assert isinstance(local, dt.datetime)
        received = local.replace(second=0, microsecond=0, tzinfo=PARIS).astimezone(dt.UTC)
        contact = getattr(self, "_contact_id", None)
        errors: dict[str, str] = {}
        latitude, longitude = self.place.coordinates(errors, ("coordinates", "longitude"))
        category = combo_data(self.category_combo)
        if category is None:
            errors["category_id"] = self.tr("Choisissez une catégorie.")
        if errors:
            raise ValidationError(errors)
        data = SignalementData(
            received_at=received,
            channel=Channel(str(combo_data(self.channel_combo))),
            category_id=int(str(category)),
            quartier_id=int(str(self.place.quartier_id())),
            site_id=self.place.site_id(),
            address=self.address_edit.text(),
            latitude=latitude,
            longitude=longitude,
            description=self.description_edit.toPlainText(),
            organisation_id=_optional_id(self.organisation_combo),
            reporter=ReporterData(
                "" if contact else self.reporter_edit.text(),
                self.reporter_phone_edit.text(),
                self.reporter_email_edit.text(),
                contact,
            ),
        )
        return data, self.photos_field.paths()


def _optional_id(combo: QComboBox) -> int | None:
    value = combo_data(combo)
    return None if value is None else int(str(value))


@dataclasses.dataclass(frozen=True)
class StatusChoice:
    """A status move asked for in the dialog."""

    status: SignalementStatus
    reason: str
    organisation_id: int | None


class StatusDialog(FormDialog):
    """Move a signalement to another status; rejecting or going back asks for a reason."""

    def __init__(
        self,
        context: PageContext,
        row: SignalementRow,
        organisations: Sequence[OrganisationDTO],
        parent: QWidget | None = None,
    ) -> None:
        records = context.services.signalements.records

        def save(choice: StatusChoice) -> Any:
            return records.change_status(
                row.id, choice.status, choice.reason, organisation_id=choice.organisation_id
            )

        super().__init__(context, save, parent)
        self.setWindowTitle(self.tr("Statut du signalement n° {id}").format(id=row.id))
        self.status_combo = QComboBox()
        for status in SignalementStatus:
            if status is not row.status:
                self.status_combo.addItem(tr_label(status), status.value)
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)
        self.reason_edit.setMaximumHeight(80)
        self.organisation_combo = QComboBox()
        self.organisation_combo.addItem(self.tr("(inchangée)"), None)
        for org in organisations:
            self.organisation_combo.addItem(f"{org.code} — {org.name}", org.id)
        select_data(self.organisation_combo, None)
        self.form.add("status", self.tr("&Nouveau statut"), self.status_combo)
        self.form.add("reason", self.tr("&Motif"), self.reason_edit)
        self.form.add("organisation_id", self.tr("&Transmettre à"), self.organisation_combo)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save_button().click)
        self.setMinimumWidth(480)

    @classmethod
    def ask(
        cls,
        context: PageContext,
        row: SignalementRow,
        organisations: Sequence[OrganisationDTO],
        parent: QWidget | None = None,
    ) -> SignalementRow | None:
        """The signalement after the move, or None when cancelled."""
        result: SignalementRow | None = run_dialog(cls(context, row, organisations, parent))
        return result

    def value(self) -> StatusChoice:
        """The move asked for (the service checks the reason and the organisation)."""
        return StatusChoice(
            SignalementStatus(str(combo_data(self.status_combo))),
            self.reason_edit.toPlainText(),
            _optional_id(self.organisation_combo),
        )
