"""Where something was seen: quartier, the sites of that quartier, latitude and longitude.

The constat form and the signalement intake ask the same « where »: the site list follows the
quartier (keeping the chosen site when it is still offered), coordinates are decimal degrees
typed with a comma or a point. One helper builds and reads these fields for both.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from gusp_desktop.domain.territory import QuartierDTO, SiteDTO
from gusp_desktop.ui.dialogs.fields import combo_data, select_data


def decimal(edit: QLineEdit, errors: dict[str, str], key: str, label: str) -> float | None:
    """The number typed in ``edit`` (« 50,36 » or « 50.36 »), None when empty; an unreadable
    one adds a French error under ``key``."""
    text = edit.text().strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        errors[key] = QCoreApplication.translate(
            "PlaceFields", "{label} : nombre attendu (degrés décimaux), pas « {text} »."
        ).format(label=label, text=text)
        return None


class PlaceFields(QObject):
    """The place widgets of a form; the form lays them out."""

    #: The site list was filled again (the quartier changed) or another site was chosen.
    site_changed = Signal()

    def __init__(
        self, quartiers: Sequence[QuartierDTO], sites: Sequence[SiteDTO], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._sites = list(sites)
        self.quartier_combo = QComboBox(parent)
        for quartier in quartiers:
            self.quartier_combo.addItem(f"{quartier.code} — {quartier.name}", quartier.id)
        self.site_combo = QComboBox(parent)
        self.latitude_edit = QLineEdit(parent)
        self.longitude_edit = QLineEdit(parent)
        self.latitude_edit.setPlaceholderText(self.tr("ex. 50,3612"))
        self.longitude_edit.setPlaceholderText(self.tr("ex. 3,5231"))
        self.fill_sites(None)
        self.quartier_combo.currentIndexChanged.connect(lambda _i: self.fill_sites(None))
        self.site_combo.currentIndexChanged.connect(lambda _i: self.site_changed.emit())

    def fill_sites(self, selected: int | None) -> None:
        """Offer the chosen quartier's sites, ``selected`` (or the current one) chosen."""
        quartier = combo_data(self.quartier_combo)
        current = selected if selected is not None else combo_data(self.site_combo)
        self.site_combo.blockSignals(True)
        self.site_combo.clear()
        self.site_combo.addItem(self.tr("(aucun site)"), None)
        for site in self._sites:
            if site.quartier_id == quartier:
                self.site_combo.addItem(site.name, site.id)
        select_data(self.site_combo, current)
        self.site_combo.blockSignals(False)
        self.site_changed.emit()

    def show_place(
        self,
        quartier_id: int | None,
        site_id: int | None,
        latitude: float | None,
        longitude: float | None,
    ) -> None:
        """Show a stored place."""
        select_data(self.quartier_combo, quartier_id)
        self.fill_sites(site_id)
        self.latitude_edit.setText("" if latitude is None else str(latitude))
        self.longitude_edit.setText("" if longitude is None else str(longitude))

    def quartier_id(self) -> int | None:
        value = combo_data(self.quartier_combo)
        return None if value is None else int(str(value))

    def site_id(self) -> int | None:
        value = combo_data(self.site_combo)
        return None if value is None else int(str(value))

    def coordinates(
        self, errors: dict[str, str], keys: tuple[str, str] = ("latitude", "longitude")
    ) -> tuple[float | None, float | None]:
        """Latitude and longitude typed; unreadable ones add errors under ``keys``."""
        latitude = decimal(self.latitude_edit, errors, keys[0], self.tr("Latitude"))
        longitude = decimal(self.longitude_edit, errors, keys[1], self.tr("Longitude"))
        return latitude, longitude
