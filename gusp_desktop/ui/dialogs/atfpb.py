"""Forms of the ATFPB page: a convention, a programme line, a line's realisation, an amount.

Each form only gathers what is typed; the services check it and refuse with French messages,
so the rules live in one place whatever the front end.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.atfpb import (
    AXES,
    CONTRAT_DE_VILLE,
    ConventionData,
    LineData,
    LineDTO,
    RealisationData,
    parse_amount,
)
from gusp_desktop.domain.directory import OrganisationDTO
from gusp_desktop.domain.enums import AtfpbAxis, Realisation
from gusp_desktop.domain.errors import ValidationError, message_of
from gusp_desktop.domain.territory import QuartierDTO
from gusp_desktop.ui.dialogs.fields import combo_data, select_data
from gusp_desktop.ui.labels import tr_label


def amount(edit: QLineEdit, key: str, label: str) -> Decimal:
    """The exact amount typed in ``edit`` (« 12 500,50 »), or a French ValidationError."""
    try:
        return parse_amount(edit.text(), label)
    except ValueError as exc:
        raise ValidationError({key: message_of(exc)}) from None


def _text_box(text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setMaximumHeight(70)
    return box


class _FormDialog(QDialog):
    """A titled form with OK / Annuler."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)


def _year_spin(value: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(*CONTRAT_DE_VILLE)
    spin.setValue(value)
    return spin


class ConventionDialog(_FormDialog):
    """A new convention: bailleur, quartier, period, housing units, droit commun."""

    def __init__(
        self,
        bailleurs: Sequence[OrganisationDTO],
        quartiers: Sequence[QuartierDTO],
        year: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Nouvelle convention ATFPB"), parent)
        self.bailleur_combo = QComboBox()
        for org in bailleurs:
            self.bailleur_combo.addItem(f"{org.code} — {org.name}", org.id)
        self.quartier_combo = QComboBox()
        for q in quartiers:
            self.quartier_combo.addItem(f"{q.code} — {q.name}", q.id)
        self.start_spin = _year_spin(year)
        self.end_spin = _year_spin(min(year + 2, CONTRAT_DE_VILLE[1]))
        self.logements_spin = QSpinBox()
        self.logements_spin.setRange(0, 100_000)
        self.droit_commun_edit = _text_box()
        self.form.addRow(self.tr("Bailleur"), self.bailleur_combo)
        self.form.addRow(self.tr("Quartier"), self.quartier_combo)
        self.form.addRow(self.tr("Première année"), self.start_spin)
        self.form.addRow(self.tr("Dernière année"), self.end_spin)
        self.form.addRow(self.tr("Logements concernés"), self.logements_spin)
        self.form.addRow(self.tr("Droit commun de référence"), self.droit_commun_edit)

    def value(self) -> ConventionData:
        """The convention typed."""
        bailleur, quartier = combo_data(self.bailleur_combo), combo_data(self.quartier_combo)
        if not isinstance(bailleur, int) or not isinstance(quartier, int):
            raise ValidationError({"_": self.tr("Choisissez un bailleur et un quartier.")})
        return ConventionData(
            bailleur_id=bailleur,
            quartier_id=quartier,
            start_year=self.start_spin.value(),
            end_year=self.end_spin.value(),
            logements=self.logements_spin.value(),
            droit_commun=self.droit_commun_edit.toPlainText(),
        )


class AmountDialog(_FormDialog):
    """The abattement of one year."""

    def __init__(self, year: int, current: Decimal | None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Abattement {year}").format(year=year), parent)
        self.amount_edit = QLineEdit("" if current is None else str(current))
        self.form.addRow(self.tr("Montant (€)"), self.amount_edit)

    def value(self) -> Decimal:
        """The amount typed."""
        return amount(self.amount_edit, "amount", self.tr("Le montant de l'abattement"))


class LineDialog(_FormDialog):
    """A planned line: axis, title, amount, residences, nature, indicator, actions."""

    def __init__(
        self, convention_id: int, year: int, line: LineDTO | None, parent: QWidget | None = None
    ) -> None:
        title = self.tr("Nouvelle ligne du programme") if line is None else self.tr("Ligne")
        super().__init__(title, parent)
        self.convention_id, self.year = convention_id, year
        self.axis_combo = QComboBox()
        for axis in AXES:
            self.axis_combo.addItem(tr_label(axis), axis.value)
        self.title_edit = QLineEdit(line.title if line else "")
        self.planned_edit = QLineEdit(str(line.planned) if line else "")
        self.residences_edit = QLineEdit(line.residences if line else "")
        self.reinforcement_check = QCheckBox(self.tr("Renforcement (au-delà du droit commun)"))
        self.reinforcement_check.setChecked(line.reinforcement if line else True)
        self.cofinancing_edit = QLineEdit(line.cofinancing if line else "")
        self.indicator_edit = QLineEdit(line.indicator if line else "")
        self.target_edit = QLineEdit(line.target if line else "")
        self.actions_edit = QLineEdit(", ".join(line.action_numbers) if line else "")
        self.actions_edit.setPlaceholderText(self.tr("numéros séparés par des virgules"))
        if line is not None:
            select_data(self.axis_combo, line.axis.value)
        rows = (
            (self.tr("Axe"), self.axis_combo),
            (self.tr("Action"), self.title_edit),
            (self.tr("Montant prévu (€)"), self.planned_edit),
            (self.tr("Résidences"), self.residences_edit),
            ("", self.reinforcement_check),
            (self.tr("Cofinancements"), self.cofinancing_edit),
            (self.tr("Indicateur"), self.indicator_edit),
            (self.tr("Cible"), self.target_edit),
            (self.tr("Actions du plan"), self.actions_edit),
        )
        for label, widget in rows:
            self.form.addRow(label, widget)

    def action_numbers(self) -> list[str]:
        """The plan's action numbers typed."""
        return [n.strip() for n in self.actions_edit.text().split(",") if n.strip()]

    def value(self, action_ids: tuple[int, ...]) -> LineData:
        """The line typed, with the ids of the actions its numbers name."""
        return LineData(
            convention_id=self.convention_id,
            year=self.year,
            axis=AtfpbAxis(str(combo_data(self.axis_combo))),
            title=self.title_edit.text(),
            planned=amount(self.planned_edit, "planned", self.tr("Le montant prévu")),
            residences=self.residences_edit.text(),
            reinforcement=self.reinforcement_check.isChecked(),
            cofinancing=self.cofinancing_edit.text(),
            indicator=self.indicator_edit.text(),
            target=self.target_edit.text(),
            action_ids=action_ids,
        )


class RealiseDialog(_FormDialog):
    """What was done on a line: amount valued, realisation, reason, indicator, écart."""

    def __init__(self, line: LineDTO, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Réalisation : {title}").format(title=line.title), parent)
        self.realised_edit = QLineEdit("" if line.realised is None else str(line.realised))
        self.status_combo = QComboBox()
        for status in Realisation:
            self.status_combo.addItem(tr_label(status), status.value)
        select_data(self.status_combo, (line.status or Realisation.REALISE).value)
        self.reason_edit = _text_box(line.reason)
        self.value_edit = QLineEdit(line.indicator_value)
        self.gap_edit = _text_box(line.gap_explanation)
        self.form.addRow(self.tr("Montant valorisé (€)"), self.realised_edit)
        self.form.addRow(self.tr("Réalisation"), self.status_combo)
        self.form.addRow(self.tr("Motif"), self.reason_edit)
        indicator = line.indicator or self.tr("Indicateur")
        self.form.addRow(indicator, self.value_edit)
        self.form.addRow(self.tr("Explication de l'écart"), self.gap_edit)

    def value(self) -> RealisationData:
        """The realisation typed."""
        return RealisationData(
            realised=amount(self.realised_edit, "realised", self.tr("Le montant réalisé")),
            status=Realisation(str(combo_data(self.status_combo))),
            reason=self.reason_edit.toPlainText(),
            indicator_value=self.value_edit.text(),
            gap_explanation=self.gap_edit.toPlainText(),
        )
