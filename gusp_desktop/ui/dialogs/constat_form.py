"""Forms of field work: a constat (create or edit) and a halte of the route.

The gestionnaire is proposed from the site and the theme as soon as either changes, until the
user picks one by hand; the residents' words have their own box, apart from what the
professionals observed.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDateTime, QTimeZone
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from gusp_desktop.domain.directory import OrganisationDTO
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.field_work import ConstatDraft, Gravity, HalteDraft, HalteRow
from gusp_desktop.domain.territory import QuartierDTO, SiteDTO
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.base import FormDialog, Save
from gusp_desktop.ui.dialogs.place_fields import PlaceFields, decimal
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.widgets.personal_data_marks import PersonalDataMarking


@dataclasses.dataclass(frozen=True)
class Choices:
    """What the form's lists offer."""

    quartiers: Sequence[QuartierDTO]
    sites: Sequence[SiteDTO]
    organisations: Sequence[OrganisationDTO]
    haltes: Sequence[HalteRow]


def _text(widget: QPlainTextEdit) -> str:
    return widget.toPlainText().strip()


class ConstatDialog(FormDialog):
    """A constat's fields; « Enregistrer » creates or updates it."""

    def __init__(
        self,
        context: PageContext,
        save: Save,
        choices: Choices,
        draft: ConstatDraft,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, save, parent)
        self.setWindowTitle(self.tr("Constat"))
        self._draft, self._choices = draft, choices
        self._constats = context.services.field_work.constats
        self._manager_chosen = draft.gestionnaire_id is not None
        self._build(choices, draft)

    def _build(self, choices: Choices, draft: ConstatDraft) -> None:
        form = self.form
        self.halte_combo = QComboBox()
        self.halte_combo.addItem(self.tr("(hors halte)"), None)
        for halte in choices.haltes:
            self.halte_combo.addItem(f"{halte.position}. {halte.name}", halte.id)
        self.halte_combo.setCurrentIndex(max(0, self.halte_combo.findData(draft.halte_id)))
        self.place = PlaceFields(choices.quartiers, choices.sites, self)
        self.quartier_combo, self.site_combo = self.place.quartier_combo, self.place.site_combo
        self.theme_combo = QComboBox()
        for theme in Theme:
            self.theme_combo.addItem(tr_label(theme), theme)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(draft.theme)))
        self.positive_check = QCheckBox(self.tr("Constat positif (ce qui va bien)"))
        self.positive_check.setChecked(draft.positive)
        self.gravity_combo = QComboBox()
        self.gravity_combo.addItem(self.tr("(non précisée)"), None)
        for gravity in Gravity:
            self.gravity_combo.addItem(tr_label(gravity), gravity)
        self.gravity_combo.setCurrentIndex(max(0, self.gravity_combo.findData(draft.gravity)))
        self.manager_combo = QComboBox()
        self.manager_combo.addItem(self.tr("(aucun)"), None)
        for organisation in choices.organisations:
            self.manager_combo.addItem(
                f"{organisation.code} – {organisation.name}", organisation.id
            )
        self.manager_combo.setCurrentIndex(
            max(0, self.manager_combo.findData(draft.gestionnaire_id))
        )
        self.place_edit = QLineEdit(draft.place)
        self.place_edit.setPlaceholderText(self.tr("Adresse ou repère, si pas de site"))
        self.lat_edit, self.lon_edit = self.place.latitude_edit, self.place.longitude_edit
        self.description_edit = QPlainTextEdit(draft.description)
        self.description_edit.setPlaceholderText(self.tr("Ce que les professionnels constatent"))
        self.residents_edit = QPlainTextEdit(draft.resident_words)
        self.residents_edit.setPlaceholderText(self.tr("Paroles d'habitants, telles qu'entendues"))
        self.preconisation_edit = QPlainTextEdit(draft.preconisation)
        # A resident's name or address in these texts is marked as in a point's notes.
        self.markings = [
            PersonalDataMarking(edit)
            for edit in (self.description_edit, self.residents_edit, self.preconisation_edit)
        ]
        form.add("description", self.tr("Constat"), self.description_edit)
        form.add("resident_words", self.tr("Paroles d'habitants"), self.residents_edit)
        form.add("preconisation", self.tr("Préconisation"), self.preconisation_edit)
        form.add("theme", self.tr("Thème"), self.theme_combo)
        form.add("positive", "", self.positive_check)
        form.add("gravity", self.tr("Gravité"), self.gravity_combo)
        form.add_column()
        form.add("halte_id", self.tr("Halte"), self.halte_combo)
        form.add("quartier_id", self.tr("Quartier"), self.quartier_combo)
        form.add("site_id", self.tr("Site"), self.site_combo)
        form.add("place", self.tr("Lieu / adresse"), self.place_edit)
        form.add("latitude", self.tr("Latitude"), self.lat_edit)
        form.add("longitude", self.tr("Longitude"), self.lon_edit)
        form.add("gestionnaire_id", self.tr("Gestionnaire"), self.manager_combo)
        self.place.show_place(draft.quartier_id, draft.site_id, draft.latitude, draft.longitude)
        self.place.site_changed.connect(self._propose_manager)
        self._propose_manager()
        self.theme_combo.currentIndexChanged.connect(lambda _i: self._propose_manager())
        self.manager_combo.activated.connect(self._on_manager_picked)
        self.halte_combo.currentIndexChanged.connect(lambda _i: self._on_halte_changed())
        self.description_edit.setFocus()

    def _on_halte_changed(self) -> None:
        """A halte on a site puts the constat on that site (the user may change it)."""
        halte = next(
            (h for h in self._choices.haltes if h.id == self.halte_combo.currentData()), None
        )
        if halte is not None and halte.site_id is not None:
            self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(halte.site_id)))

    def _on_manager_picked(self, _index: int) -> None:
        self._manager_chosen = True

    def _propose_manager(self) -> None:
        """Propose the gestionnaire from site and theme, unless one was picked by hand."""
        if self._manager_chosen or self.quartier_combo.currentData() is None:
            return
        proposed = self._constats.propose_gestionnaire(
            self.quartier_combo.currentData(),
            self.site_combo.currentData(),
            self.theme_combo.currentData(),
        )
        self.manager_combo.setCurrentIndex(max(0, self.manager_combo.findData(proposed)))

    def value(self) -> ConstatDraft:
        errors: dict[str, str] = {}
        latitude, longitude = self.place.coordinates(errors)
        if errors:
            raise ValidationError(errors)
        return dataclasses.replace(
            self._draft,
            quartier_id=self.quartier_combo.currentData(),
            theme=self.theme_combo.currentData(),
            description=_text(self.description_edit),
            halte_id=self.halte_combo.currentData(),
            site_id=self.site_combo.currentData(),
            place=self.place_edit.text(),
            latitude=latitude,
            longitude=longitude,
            positive=self.positive_check.isChecked(),
            gravity=self.gravity_combo.currentData(),
            gestionnaire_id=self.manager_combo.currentData(),
            preconisation=_text(self.preconisation_edit),
            resident_words=_text(self.residents_edit),
        )


class HalteDialog(FormDialog):
    """A halte: name, site or address, coordinates and time of arrival."""

    def __init__(
        self,
        context: PageContext,
        save: Save,
        sites: Sequence[SiteDTO],
        draft: HalteDraft,
        default_time: dt.datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, save, parent)
        self.setWindowTitle(self.tr("Halte"))
        self._draft = draft
        self.name_edit = QLineEdit(draft.name)
        self.site_combo = QComboBox()
        self.site_combo.addItem(self.tr("(aucun site)"), None)
        for site in sites:
            self.site_combo.addItem(site.name, site.id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(draft.site_id)))
        self.address_edit = QLineEdit(draft.address)
        self.lat_edit = QLineEdit("" if draft.latitude is None else str(draft.latitude))
        self.lon_edit = QLineEdit("" if draft.longitude is None else str(draft.longitude))
        self.time_check = QCheckBox(self.tr("Heure d'arrivée prévue"))
        self.time_edit = QDateTimeEdit()
        self.time_edit.setTimeZone(QTimeZone(b"Europe/Paris"))
        when = draft.arrives_at or default_time
        self.time_edit.setDateTime(QDateTime.fromSecsSinceEpoch(int(when.timestamp())))
        self.time_check.setChecked(draft.arrives_at is not None)
        self.form.add("name", self.tr("Nom"), self.name_edit)
        self.form.add("site_id", self.tr("Site"), self.site_combo)
        self.form.add("address", self.tr("Adresse"), self.address_edit)
        self.form.add("latitude", self.tr("Latitude"), self.lat_edit)
        self.form.add("longitude", self.tr("Longitude"), self.lon_edit)
        self.form.add("arrives_check", "", self.time_check)
        self.form.add("arrives_at", self.tr("Arrivée"), self.time_edit)

    def value(self) -> HalteDraft:
        errors: dict[str, str] = {}
        latitude = decimal(self.lat_edit, errors, "latitude", self.tr("Latitude"))
        longitude = decimal(self.lon_edit, errors, "longitude", self.tr("Longitude"))
        if errors:
            raise ValidationError(errors)
        arrives = None
        if self.time_check.isChecked():
            seconds = self.time_edit.dateTime().toSecsSinceEpoch()
            arrives = dt.datetime.fromtimestamp(seconds, dt.UTC)
        return HalteDraft(
            name=self.name_edit.text(),
            site_id=self.site_combo.currentData(),
            address=self.address_edit.text(),
            latitude=latitude,
            longitude=longitude,
            arrives_at=arrives,
            notes=self._draft.notes,
        )
