"""The « Carte » of a walk: its route, its constats and the signalements of its quartiers.

The Terrain tab hands it what it already read (parcours, constats); the signalements of the
walk's quartiers are read here in the background, without personal data (the list rows carry
no reporter). A click on a signalement shows what it is about in a message until a page opens
signalements by id.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from gusp_desktop.domain.field_work import ConstatRow, Parcours
from gusp_desktop.domain.map_layers import build_layers
from gusp_desktop.domain.signalements import SignalementQuery, SignalementRow
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.map.panel import MapPanel


class FieldMap(MapPanel):
    """A walk on the map."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.parcours: Parcours | None = None
        self.constats: Sequence[ConstatRow] = ()
        self.signalements: list[SignalementRow] = []
        self._signalements_for: tuple[int, ...] | None = None

    def show_walk(self, parcours: Parcours, constats: Sequence[ConstatRow]) -> None:
        """Draw the walk now; read its quartiers' signalements when they changed."""
        self.parcours, self.constats = parcours, constats
        self._draw()
        quartiers = parcours.quartier_ids
        if quartiers != self._signalements_for:
            self._signalements_for = quartiers
            self.signalements = []
            self._read_signalements(quartiers)

    def _read_signalements(self, quartiers: tuple[int, ...]) -> None:
        service = self._services.signalements.records

        def read() -> list[SignalementRow]:
            rows: list[SignalementRow] = []
            for quartier in quartiers:
                rows += service.list_signalements(SignalementQuery(quartier_id=quartier))
            return rows

        def show(rows: list[SignalementRow]) -> None:
            if quartiers == self._signalements_for:
                self.signalements = rows
                self._draw()

        self._tasks.run(read, show, lambda error: self._prompts.show_error(self, error))

    def _draw(self) -> None:
        if self.parcours is None:
            return
        self.set_layers(build_layers(self.parcours.haltes, self.constats, self.signalements))

    def describe_signalement(self, signalement_id: int) -> None:
        """What a clicked signalement is about (no reporter: the list rows carry none)."""
        row = next((s for s in self.signalements if s.id == signalement_id), None)
        if row is None:
            return
        text = self.tr(
            "Reçu le {date} ({channel})\nCatégorie : {category}\nAdresse : {address}\n"
            "Organisation : {organisation}\nStatut : {status}, échéance le {due}\n\n{text}"
        ).format(
            date=row.received_at.strftime("%d/%m/%Y"),
            channel=row.channel.label,
            category=row.category_label,
            address=row.address or row.site_name or "—",
            organisation=row.organisation_code or "—",
            status=row.status.label,
            due=row.due_date.strftime("%d/%m/%Y"),
            text=row.description,
        )
        title = self.tr("Signalement n° {n}").format(n=row.id)
        self._prompts.info(self, title, text)
