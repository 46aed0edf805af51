"""Annuaire page: partner organisations and their contacts, instances and their members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from gusp_desktop.domain.changes import ChangeSet
from gusp_desktop.services.registry import Services
from gusp_desktop.ui.pages.directory.instances import InstanceAdapter, MemberAdapter
from gusp_desktop.ui.pages.directory.records import ContactAdapter, OrganisationAdapter
from gusp_desktop.ui.prompts import Prompts
from gusp_desktop.ui.tasks import TaskRunner
from gusp_desktop.ui.widgets.record_panel import RecordPanel, reload_touched

TAB_ORGANISATIONS, TAB_INSTANCES = range(2)


def _pair(name: str, first: QWidget, second: QWidget) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(name)
    splitter.addWidget(first)
    splitter.addWidget(second)
    return splitter


class DirectoryPage(QWidget):
    """Who the partners are, and who sits in which instance."""

    title = QT_TRANSLATE_NOOP("Pages", "Annuaire")

    def __init__(
        self,
        services: Services,
        tasks: TaskRunner,
        prompts: Prompts,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.organisation_panel = RecordPanel(OrganisationAdapter(services), tasks, prompts, self)
        self.contact_panel = RecordPanel(ContactAdapter(services), tasks, prompts, self)
        self.instance_panel = RecordPanel(InstanceAdapter(services), tasks, prompts, self)
        self.member_panel = RecordPanel(MemberAdapter(services), tasks, prompts, self)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            _pair("directory_splitter", self.organisation_panel, self.contact_panel),
            self.tr("Organisations et contacts"),
        )
        self.tabs.addTab(
            _pair("instances_splitter", self.instance_panel, self.member_panel),
            self.tr("Instances et membres"),
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.organisation_panel.current_changed.connect(self._on_organisation_panel_current_changed)
        self.instance_panel.current_changed.connect(self._on_instance_panel_current_changed)
        for panel in self.panels():
            # One panel's save can alter another's list: a contact count, a member's choices.
            panel.written.connect(
                lambda changes, p=panel: reload_touched(self.panels(), changes, p)
            )

    def panels(self) -> list[RecordPanel]:
        """Every record panel of the page."""
        return [self.organisation_panel, self.contact_panel, self.instance_panel, self.member_panel]

    # -- page contract -------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload every list."""
        for panel in self.panels():
            panel.reload()

    def on_data_changed(self, changes: ChangeSet, initiator: object) -> None:
        """Reload the lists showing what another page or client changed."""
        if initiator is self:
            return
        reload_touched(self.panels(), changes)

    def open_item(self, entity: str, entity_id: int) -> None:
        """Show an organisation or an instance."""
        if entity == "organisation":
            self.tabs.setCurrentIndex(TAB_ORGANISATIONS)
            self.organisation_panel.select_id(entity_id)
        elif entity == "instance":
            self.tabs.setCurrentIndex(TAB_INSTANCES)
            self.instance_panel.select_id(entity_id)

    def focus_search(self) -> None:
        """Ctrl+F: search the list of the tab shown."""
        panel = self.organisation_panel if self.tabs.currentIndex() == 0 else self.instance_panel
        panel.search_edit.setFocus()

    # -- master / detail -----------------------------------------------------------------

    def _on_organisation_panel_current_changed(self, row: Any) -> None:
        self._rescope(self.contact_panel, row.id if row is not None else None)

    def _on_instance_panel_current_changed(self, row: Any) -> None:
        self._rescope(self.member_panel, row.id if row is not None else None)

    @staticmethod
    def _rescope(panel: RecordPanel, scope: int | None) -> None:
        """Show the detail records of the selected master record (all contacts when none)."""
        if panel.adapter.scope == scope:
            return
        panel.adapter.scope = scope
        panel.current = None
        panel.form.mark_clean()
        panel.reload()
