"""Territoire page: the quartiers (QPV) and the sites of each one."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.changes import ChangeSet, Mutation
from gusp_desktop.domain.directory import OrganisationDTO
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.territory import QuartierData, QuartierDTO, SiteData, SiteDTO
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.fields import EntityForm, combo_data, select_data
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.widgets.record_panel import RecordAdapter, RecordPanel, reload_touched


def optional_int(edit: QLineEdit, key: str, message: str) -> int | None:
    """A whole number typed in ``edit``; empty means unknown."""
    text = edit.text().replace("\u202f", "").replace("\u00a0", "").replace(" ", "")
    if not text:
        return None
    try:
        return int(text)
    except ValueError:
        raise ValidationError({key: message}) from None


def _number(value: int | None) -> str:
    return "" if value is None else str(value)


class QuartierAdapter(RecordAdapter):
    """Quartiers prioritaires of the territory."""

    entities = ("quartier",)

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.heading = self.tr("Quartiers")

    def headers(self) -> list[str]:
        return [self.tr("Code"), self.tr("Nom"), self.tr("Communes"), self.tr("NPNRU")]

    def load(self) -> tuple[Sequence[QuartierDTO], Any]:
        return self._services.territory.list_quartiers(), None

    def cells(self, row: QuartierDTO) -> list[str]:
        return [row.code, row.name, row.communes, self.tr("oui") if row.npnru else ""]

    def build(self, form: EntityForm) -> None:
        self.code_edit = QLineEdit()
        self.name_edit = QLineEdit()
        self.communes_edit = QLineEdit()
        self.population_edit = QLineEdit()
        self.npnru_check = QCheckBox(self.tr("Quartier en renouvellement urbain (NPNRU)"))
        self.description_edit = QPlainTextEdit()
        self.description_edit.setMaximumHeight(90)
        form.add("code", self.tr("Code"), self.code_edit)
        form.add("name", self.tr("Nom"), self.name_edit)
        form.add("communes", self.tr("Communes"), self.communes_edit)
        form.add("population", self.tr("Population"), self.population_edit)
        form.add("npnru", "", self.npnru_check)
        form.add("description", self.tr("Description"), self.description_edit)

    def fill(self, row: QuartierDTO | None) -> None:
        self.code_edit.setText(row.code if row else "")
        self.name_edit.setText(row.name if row else "")
        self.communes_edit.setText(row.communes if row else "")
        self.population_edit.setText(_number(row.population) if row else "")
        self.npnru_check.setChecked(row.npnru if row else False)
        self.description_edit.setPlainText(row.description if row else "")

    def value(self, row: QuartierDTO | None) -> QuartierData:
        message = self.tr("La population doit être un nombre entier d'habitants.")
        return QuartierData(
            code=self.code_edit.text(),
            name=self.name_edit.text(),
            communes=self.communes_edit.text(),
            population=optional_int(self.population_edit, "population", message),
            npnru=self.npnru_check.isChecked(),
            description=self.description_edit.toPlainText(),
        )

    def save(self, row: QuartierDTO | None, value: QuartierData) -> Mutation[Any]:
        territory = self._services.territory
        if row is None:
            return territory.create_quartier(value)
        return territory.update_quartier(row.id, row.version, value)

    def delete(self, row: QuartierDTO) -> Mutation[Any]:
        return self._services.territory.delete_quartier(row.id, row.version)

    def describe(self, row: QuartierDTO) -> str:
        return self.tr("le quartier « {code} »").format(code=row.code)


class SiteAdapter(RecordAdapter):
    """Sites (résidences, squares, parkings…) of the quartier selected beside."""

    entities = ("site", "quartier", "organisation")

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self.heading = self.tr("Sites du quartier")

    def headers(self) -> list[str]:
        return [self.tr("Nom"), self.tr("Quartier"), self.tr("Adresse"), self.tr("Gestionnaire")]

    def load(self) -> tuple[Sequence[SiteDTO], Any]:
        territory = self._services.territory
        choices = (territory.list_quartiers(), self._services.directory.list_organisations())
        return territory.list_sites(self.scope), choices

    def apply_choices(
        self, choices: tuple[Sequence[QuartierDTO], Sequence[OrganisationDTO]]
    ) -> None:
        quartiers, organisations = choices
        quartier, gestionnaire = (
            combo_data(self.quartier_combo),
            combo_data(self.gestionnaire_combo),
        )
        self.quartier_combo.clear()
        for row in quartiers:
            self.quartier_combo.addItem(f"{row.code} — {row.name}", row.id)
        self.gestionnaire_combo.clear()
        self.gestionnaire_combo.addItem(self.tr("(non précisé)"), None)
        for organisation in organisations:
            self.gestionnaire_combo.addItem(
                f"{organisation.code} — {organisation.name}", organisation.id
            )
        select_data(self.quartier_combo, quartier if quartier is not None else self.scope)
        select_data(self.gestionnaire_combo, gestionnaire)

    def cells(self, row: SiteDTO) -> list[str]:
        return [row.name, row.quartier_code, row.address, row.gestionnaire_code]

    def build(self, form: EntityForm) -> None:
        self.quartier_combo = QComboBox()
        self.name_edit = QLineEdit()
        self.address_edit = QLineEdit()
        self.gestionnaire_combo = QComboBox()
        self.logements_edit = QLineEdit()
        form.add("quartier_id", self.tr("Quartier"), self.quartier_combo)
        form.add("name", self.tr("Nom"), self.name_edit)
        form.add("address", self.tr("Adresse"), self.address_edit)
        form.add("gestionnaire_id", self.tr("Gestionnaire"), self.gestionnaire_combo)
        form.add("logements", self.tr("Logements"), self.logements_edit)

    def fill(self, row: SiteDTO | None) -> None:
        select_data(self.quartier_combo, row.quartier_id if row else self.scope)
        self.name_edit.setText(row.name if row else "")
        self.address_edit.setText(row.address if row else "")
        select_data(self.gestionnaire_combo, row.gestionnaire_id if row else None)
        self.logements_edit.setText(_number(row.logements) if row else "")

    def value(self, row: SiteDTO | None) -> SiteData:
        quartier_id = combo_data(self.quartier_combo)
        if quartier_id is None:
            raise ValidationError({"quartier_id": self.tr("Choisissez le quartier du site.")})
        message = self.tr("Le nombre de logements doit être un nombre entier.")
        gestionnaire = combo_data(self.gestionnaire_combo)
        return SiteData(
            quartier_id=int(str(quartier_id)),
            name=self.name_edit.text(),
            address=self.address_edit.text(),
            gestionnaire_id=int(str(gestionnaire)) if gestionnaire is not None else None,
            logements=optional_int(self.logements_edit, "logements", message),
        )

    def save(self, row: SiteDTO | None, value: SiteData) -> Mutation[Any]:
        territory = self._services.territory
        if row is None:
            return territory.create_site(value)
        return territory.update_site(row.id, row.version, value)

    def delete(self, row: SiteDTO) -> Mutation[Any]:
        return self._services.territory.delete_site(row.id, row.version)

    def describe(self, row: SiteDTO) -> str:
        return self.tr("le site « {name} »").format(name=row.name)


class TerritoryPage(Page):
    """Quartiers beside the sites of the selected one."""

    key = "territory"
    title = QT_TRANSLATE_NOOP("Pages", "Territoire")
    shortcut = "Ctrl+5"
    opens = frozenset({"quartier"})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self.quartier_panel = RecordPanel(QuartierAdapter(services), self.context)
        self.site_panel = RecordPanel(SiteAdapter(services), self.context)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("territory_splitter")
        splitter.addWidget(self.quartier_panel)
        splitter.addWidget(self.site_panel)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.quartier_panel.current_changed.connect(self._on_quartier_panel_current_changed)
        for panel in self.panels():
            panel.written.connect(
                lambda changes, p=panel: reload_touched(self.panels(), changes, p)
            )

    def panels(self) -> list[RecordPanel]:
        """Both record panels."""
        return [self.quartier_panel, self.site_panel]

    def refresh(self) -> None:
        """Reload both lists."""
        for panel in self.panels():
            panel.reload()

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Reload the lists showing what another page or client changed."""
        if initiator is not self:
            reload_touched(self.panels(), changes)

    def open_entity(self, entity: str, entity_id: int) -> None:
        """Show a quartier."""
        if entity == "quartier":
            self.quartier_panel.select_id(entity_id)

    def focus_search(self) -> None:
        """Ctrl+F: search the quartiers."""
        self.quartier_panel.search_edit.setFocus()

    def can_create(self) -> bool:
        """« Nouveau » starts a quartier."""
        return True

    def new_record(self) -> None:
        """A blank quartier form, the cursor in its first field."""
        self.quartier_panel.new_record()

    def _on_quartier_panel_current_changed(self, row: QuartierDTO | None) -> None:
        scope = row.id if row is not None else None
        if self.site_panel.adapter.scope != scope:
            self.site_panel.adapter.scope = scope
            self.site_panel.current = None
            self.site_panel.form.mark_clean()
            self.site_panel.reload()
