"""Everything about one action: its fields, partners, origin and full follow-up history.

The history is the point of the application: it replaces the spreadsheet line that was
re-typed at every comité, so it is shown in full, oldest first, with who wrote each point and
what each change replaced. « Modifier » and « Point de suivi » act on the action shown.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPixmap
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.actions import ActionDetail, ActionRow
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.i18n import NBSP, current_locale, long_date, short_date
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.widgets.action_history import ActionHistoryView


class ActionDetailPanel(QWidget):
    """Read-only view of one action, filled from an :class:`ActionDetail`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.action_id: int | None = None
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading_label.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading_label.setFont(font)
        self.buttons = QHBoxLayout()
        self.buttons.setContentsMargins(0, 0, 0, 0)
        self.buttons.addStretch(1)
        self._values: dict[str, QLabel] = {}
        form_widget = QWidget()
        self._form = QFormLayout(form_widget)
        for key, label in self._field_labels():
            self._add_field(key, label)
        self.origin_photo = QLabel()
        self.origin_photo.setObjectName("origin_photo")
        self._form.addRow("", self.origin_photo)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_widget)
        self.history_view = ActionHistoryView()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("action_detail_splitter")
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.history_view)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([320, 280])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self.heading_label)
        layout.addLayout(self.buttons)
        layout.addWidget(self.splitter)
        # The panel gives way to the table: it may be narrowed down to a readable minimum.
        self.setMinimumWidth(260)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.clear()

    def add_action_button(self, action: QAction) -> QToolButton:
        """A button for one of the page's commands (« Modifier », « Point de suivi »)."""
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button

    def _field_labels(self) -> list[tuple[str, str]]:
        return [
            ("description", self.tr("Description")),
            ("place", self.tr("Quartier et site")),
            ("theme", self.tr("Thème")),
            ("pilot", self.tr("Pilote")),
            ("partners", self.tr("Partenaires")),
            ("deadline", self.tr("Échéance")),
            ("priority", self.tr("Priorité")),
            ("status", self.tr("État")),
            ("atfpb", self.tr("Axe ATFPB")),
            ("cost", self.tr("Coût")),
            ("indicator", self.tr("Indicateur")),
            ("outcome", self.tr("Résultat")),
            ("origin", self.tr("Origine")),
            ("origin_note", self.tr("Constat")),
            ("origin_constats", self.tr("Constats d'origine")),
            ("restricted", self.tr("Diffusion")),
            ("updated", self.tr("Dernière modification")),
        ]

    def _add_field(self, key: str, label: str) -> None:
        value = QLabel()
        value.setWordWrap(True)
        value.setTextFormat(Qt.TextFormat.PlainText)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._values[key] = value
        self._form.addRow(label + f"{NBSP}:", value)

    def clear(self) -> None:
        """Show nothing (no action selected)."""
        self.action_id = None
        self.heading_label.setText(self.tr("Sélectionnez une action pour voir son détail."))
        for value in self._values.values():
            value.clear()
        self.origin_photo.clear()
        self.history_view.show_history(())

    def value_text(self, key: str) -> str:
        """Text shown for one field (tests and accessibility read it)."""
        return self._values[key].text()

    def show_detail(self, detail: ActionDetail) -> None:
        """Fill every field and the history."""
        row = detail.row
        self.action_id = row.id
        self.heading_label.setText(f"{row.number} — {row.title}")
        partners = ", ".join(detail.partner_names) or self.tr("aucun")
        texts = {
            "description": row.description or "—",
            "place": " — ".join(p for p in (row.quartier_code, row.site_name) if p),
            "theme": tr_label(row.theme),
            "pilot": _pilot(row),
            "partners": partners,
            "deadline": self._deadline_text(row),
            "priority": tr_label(row.priority),
            "status": self._status_text(row),
            "atfpb": tr_label(row.atfpb_axis) if row.atfpb_axis else "—",
            "cost": _money(row.cost),
            "indicator": row.indicator or "—",
            "outcome": row.outcome or "—",
            "origin": detail.origin_label or "—",
            "origin_note": row.origin_note or "—",
            "origin_constats": "\n".join(
                f"{c.label} : {c.description}" for c in detail.origin_constats
            )
            or "—",
            "restricted": self.tr("restreinte (cellule de veille)")
            if row.is_restricted
            else self.tr("publique"),
            "updated": long_date(row.updated_at.astimezone(PARIS).date()),
        }
        for key, text in texts.items():
            self._values[key].setText(text)
        self.origin_photo.clear()
        self.history_view.show_history(detail.history)

    def show_origin_photo(self, action_id: int, data: bytes | None) -> None:
        """The photo of the constat the action came from (read after the detail)."""
        if action_id != self.action_id or not data:
            return
        pixmap = QPixmap()
        if pixmap.loadFromData(data, "JPEG"):
            self.origin_photo.setPixmap(pixmap)

    def _deadline_text(self, row: ActionRow) -> str:
        if row.deadline is None:
            return self.tr("sans échéance")
        text = long_date(row.deadline)
        if row.revised_deadline is not None and row.initial_deadline is not None:
            text += self.tr(" (révisée ; initiale : {date})").format(
                date=short_date(row.initial_deadline)
            )
        return f"{text}\n{row.deadline_note}" if row.deadline_note else text

    def _status_text(self, row: ActionRow) -> str:
        text = f"{tr_label(row.status)} — {row.progress}{NBSP}%"
        return text + self.tr(" — en retard") if row.overdue else text


def _pilot(row: ActionRow) -> str:
    org = f"{row.pilot_organisation_name} ({row.pilot_organisation_code})"
    return f"{org} — {row.pilot_contact_name}" if row.pilot_contact_name else org


def _money(amount: Decimal | None) -> str:
    if amount is None:
        return "—"
    return f"{current_locale().toString(float(amount), 'f', 2)}{NBSP}€"
