"""The « Carte » of a walk: its route, its constats and the signalements of its quartiers.

The Terrain tab hands it what it already read (parcours, constats); the signalements of the
walk's quartiers are read here in the background, without personal data (the list rows carry
no reporter). A click on a signalement shows what it is about in a message until a page opens
signalements by id.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QDialog, QPushButton, QWidget

from gusp_desktop.domain.field_work import ConstatRow, Parcours
from gusp_desktop.domain.georeference import QuartierPlanInfo
from gusp_desktop.domain.map_layers import build_layers
from gusp_desktop.domain.signalements import SignalementQuery, SignalementRow
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.map.panel import MapPanel
from gusp_desktop.ui.map.plan_dialog import PlanDialog
from gusp_desktop.ui.map.view import PlanBackground

Plan = tuple[QuartierPlanInfo, bytes] | None


class FieldMap(MapPanel):
    """A walk on the map."""

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.parcours: Parcours | None = None
        self.constats: Sequence[ConstatRow] = ()
        self.signalements: list[SignalementRow] = []
        self._signalements_for: tuple[int, ...] | None = None
        self.plan_button = QPushButton(self.tr("Plan…"))
        self.plan_button.setToolTip(
            self.tr("Importer le plan du quartier et le caler par deux ou trois points")
        )
        self.toolbar.insertWidget(4, self.plan_button)
        self.plan_button.clicked.connect(self.import_plan)

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
        """The quartiers' signalements and the latest plan of the first quartier having one."""
        service, plans = self._services.signalements.records, self._services.plans

        def read() -> tuple[list[SignalementRow], Plan]:
            rows: list[SignalementRow] = []
            plan: Plan = None
            for quartier in quartiers:
                rows += service.list_signalements(SignalementQuery(quartier_id=quartier))
                stored = plans.list_plans(quartier)
                if plan is None and stored:
                    plan = (stored[-1], plans.image(stored[-1].id))
            return rows, plan

        def show(answer: tuple[list[SignalementRow], Plan]) -> None:
            if quartiers == self._signalements_for:
                self.signalements, plan = answer
                self.set_plan(_background(plan))
                self._draw()

        self._tasks.run(read, show, lambda error: self._prompts.show_error(self, error))

    def _draw(self) -> None:
        if self.parcours is None:
            return
        self.set_layers(build_layers(self.parcours.haltes, self.constats, self.signalements))

    def import_plan(self) -> None:
        """Import and georeference a plan of the walk's (first) quartier, then show it."""
        if self.parcours is None or not self.parcours.quartier_ids:
            self._prompts.info(
                self, self.tr("Plan du quartier"), self.tr("Cette marche n'a pas de quartier.")
            )
            return
        dialog = PlanDialog(self.context, self.parcours.quartier_ids[0], self)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        dialog.deleteLater()
        if accepted:
            self._signalements_for = None
            self.show_walk(self.parcours, self.constats)

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
            channel=tr_label(row.channel),
            category=row.category_label,
            address=row.address or row.site_name or "—",
            organisation=row.organisation_code or "—",
            status=tr_label(row.status),
            due=row.due_date.strftime("%d/%m/%Y"),
            text=row.description,
        )
        title = self.tr("Signalement n° {n}").format(n=row.id)
        self._prompts.info(self, title, text)


def _background(plan: Plan) -> PlanBackground | None:
    if plan is None:
        return None
    info, data = plan
    image = QImage.fromData(data)
    if image.isNull():
        return None
    return PlanBackground(image, info.georeference.transform, info.name)
