"""Annuaire page: partner organisations and their contacts, instances and their members."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QSplitter, QTabWidget, QVBoxLayout, QWidget

from gusp_desktop.domain.changes import ChangeSet
from gusp_desktop.domain.directory import ContactDTO
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.dialogs.personal_data import anonymise_contact, export_contact
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP
from gusp_desktop.ui.pages.base import Page
from gusp_desktop.ui.pages.directory.instances import InstanceAdapter, MemberAdapter
from gusp_desktop.ui.pages.directory.records import ContactAdapter, OrganisationAdapter
from gusp_desktop.ui.widgets.record_panel import RecordPanel, reload_touched

TAB_ORGANISATIONS, TAB_INSTANCES = range(2)


def _pair(name: str, first: QWidget, second: QWidget) -> QSplitter:
    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName(name)
    splitter.addWidget(first)
    splitter.addWidget(second)
    return splitter


class DirectoryPage(Page):
    """Who the partners are, and who sits in which instance."""

    key = "directory"
    title = QT_TRANSLATE_NOOP("Pages", "Annuaire")
    shortcut = "Ctrl+4"
    opens = frozenset({"organisation", "instance", "contact"})

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        services = context.services
        self.organisation_panel = RecordPanel(OrganisationAdapter(services), self.context)
        self.contact_panel = RecordPanel(ContactAdapter(services), self.context)
        self.instance_panel = RecordPanel(InstanceAdapter(services), self.context)
        self.member_panel = RecordPanel(MemberAdapter(services), self.context)
        self.tabs = QTabWidget()
        self.tabs.addTab(
            _pair("directory_splitter", self.organisation_panel, self.contact_panel),
            self.tr("Organisations et contacts"),
        )
        self.tabs.addTab(
            _pair("instances_splitter", self.instance_panel, self.member_panel),
            self.tr("Instances et membres"),
        )
        self.export_contact_button = self.contact_panel.add_button(self.tr("Exporter ses données…"))
        self.anonymise_button = self.contact_panel.add_button(self.tr("Anonymiser…"))
        self._enable_contact_actions(None)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self.organisation_panel.current_changed.connect(self._on_organisation_panel_current_changed)
        self.instance_panel.current_changed.connect(self._on_instance_panel_current_changed)
        self.contact_panel.current_changed.connect(self._enable_contact_actions)
        self.export_contact_button.clicked.connect(self.export_contact)
        self.anonymise_button.clicked.connect(self.anonymise_contact)
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

    def on_changes(self, changes: ChangeSet, initiator: object) -> None:
        """Reload the lists showing what another page or client changed."""
        if initiator is self:
            return
        reload_touched(self.panels(), changes)

    def open_entity(self, entity: str, entity_id: int) -> None:
        """Show an organisation, an instance or a contact."""
        if entity == "organisation":
            self.tabs.setCurrentIndex(TAB_ORGANISATIONS)
            self.organisation_panel.select_id(entity_id)
        elif entity == "instance":
            self.tabs.setCurrentIndex(TAB_INSTANCES)
            self.instance_panel.select_id(entity_id)
        elif entity == "contact":
            directory = self._services.directory
            self._tasks.run(
                lambda: directory.get_contact(entity_id),
                self._show_contact,
                lambda error: self._prompts.show_error(self, error),
            )

    def _show_contact(self, contact: ContactDTO) -> None:
        """A contact among the people of its organisation."""
        self.tabs.setCurrentIndex(TAB_ORGANISATIONS)
        self.organisation_panel.select_id(contact.organisation_id)
        self._rescope(self.contact_panel, contact.organisation_id)
        self.contact_panel.reload(select_id=contact.id)

    def focus_search(self) -> None:
        """Ctrl+F: search the list of the tab shown."""
        self._master_panel().search_edit.setFocus()

    def can_create(self) -> bool:
        """« Nouveau » starts an organisation or an instance, as the tab shown lists."""
        return True

    def new_record(self) -> None:
        """A blank form for the main list of the tab shown."""
        self._master_panel().new_record()

    def _master_panel(self) -> RecordPanel:
        if self.tabs.currentIndex() == TAB_ORGANISATIONS:
            return self.organisation_panel
        return self.instance_panel

    # -- personal data (RGPD) --------------------------------------------------------------

    def _enable_contact_actions(self, row: Any) -> None:
        for button in (self.export_contact_button, self.anonymise_button):
            button.setEnabled(row is not None)

    def export_contact(self) -> None:
        """« Exporter ses données… »: everything held about the contact shown."""
        row = self.contact_panel.current
        if row is not None:
            export_contact(self, self.context, row.id, row.full_name)

    def anonymise_contact(self) -> None:
        """« Anonymiser… »: after confirmation, keeping every link."""
        row = self.contact_panel.current
        if row is not None:
            anonymise_contact(
                self, self.context, row.id, row.full_name, lambda _report: self.refresh()
            )

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
