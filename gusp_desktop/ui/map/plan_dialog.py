"""« Plan du quartier »: import a PNG/JPEG plan and georeference it by clicking points.

Each click on the image adds a control point at that pixel; its latitude and longitude are
typed in the table (read from a GPS, the Géoportail or a constat placed on the spot). As soon
as two points are complete the transform is fitted and each point's gap shown in metres, so
a mistyped coordinate stands out before the plan is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QImage, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.errors import GuspError
from gusp_desktop.domain.georeference import ControlPoint, PlanDraft, TransformKind, fit
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.labels import error_message, tr_label


def _number(text: str) -> float | None:
    """A typed number, decimal comma accepted; None when empty or not a number."""
    try:
        return float(text.replace(",", ".").replace("\u00a0", "").strip())
    except ValueError:
        return None


COLUMNS = ("Pixel x", "Pixel y", "Latitude", "Longitude", "Écart (m)")


class PlanCanvas(QWidget):
    """The plan scaled to fit; a click reports the image pixel under the mouse."""

    clicked = Signal(float, float)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QImage()
        self.points: list[tuple[float, float]] = []
        self.setMinimumSize(420, 320)

    def set_image(self, image: QImage) -> None:
        self.image = image
        self.update()

    def image_rect(self) -> QRectF:
        if self.image.isNull():
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def to_pixel(self, pos: QPointF) -> tuple[float, float] | None:
        rect = self.image_rect()
        if rect.isEmpty() or not rect.contains(pos):
            return None
        scale = rect.width() / self.image.width()
        return (pos.x() - rect.x()) / scale, (pos.y() - rect.y()) / scale

    def to_screen(self, x: float, y: float) -> QPointF:
        rect = self.image_rect()
        scale = rect.width() / self.image.width()
        return QPointF(rect.x() + x * scale, rect.y() + y * scale)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#e8e8e8"))
        if not self.image.isNull():
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(self.image_rect(), self.image)
            painter.setPen(QPen(QColor("#d62728"), 2))
            for number, (x, y) in enumerate(self.points, start=1):
                at = self.to_screen(x, y)
                painter.drawLine(at + QPointF(-8, 0), at + QPointF(8, 0))
                painter.drawLine(at + QPointF(0, -8), at + QPointF(0, 8))
                painter.drawText(at + QPointF(6, -6), str(number))
        painter.end()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pixel = self.to_pixel(event.position())
        if pixel is not None and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(*pixel)


class PlanDialog(QDialog):
    """Import and georeference a plan of one quartier; stores it on « Enregistrer »."""

    def __init__(
        self, context: PageContext, quartier_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.quartier_id = quartier_id
        self.data = b""
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Plan du quartier"))
        self.choose_button = QPushButton(self.tr("Choisir l'image…"))
        self.name_edit = QLineEdit()
        self.canvas = PlanCanvas()
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.kind_combo = QComboBox()
        self.kind_combo.addItem(self.tr("Automatique"), None)
        for kind in TransformKind:
            self.kind_combo.addItem(tr_label(kind), kind)
        self.remove_button = QPushButton(self.tr("Retirer le point"))
        self.residual_label = QLabel(
            self.tr("Cliquez sur le plan pour placer au moins deux points.")
        )
        self.residual_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        form = QFormLayout()
        form.addRow(self.tr("Nom :"), self.name_edit)
        form.addRow(self.tr("Transformation :"), self.kind_combo)
        side = QVBoxLayout()
        side.addLayout(form)
        side.addWidget(self.table, 1)
        side.addWidget(self.remove_button)
        side.addWidget(self.residual_label)
        body = QHBoxLayout()
        body.addWidget(self.canvas, 3)
        body.addLayout(side, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.choose_button)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self.choose_button.clicked.connect(self.choose_image)
        self.canvas.clicked.connect(self.add_point)
        self.table.itemChanged.connect(lambda _item: self.refresh_fit())
        self.kind_combo.currentIndexChanged.connect(lambda _i: self.refresh_fit())
        self.remove_button.clicked.connect(self.remove_point)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

    def choose_image(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Plan du quartier"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.set_image(Path(path).read_bytes(), Path(path).stem)

    def set_image(self, data: bytes, name: str) -> None:
        image = QImage.fromData(data)
        if image.isNull():
            self.residual_label.setText(
                self.tr("« {name} » n'est pas une image lisible.").format(name=name)
            )
            return
        self.data = data
        self.canvas.set_image(image)
        if not self.name_edit.text():
            self.name_edit.setText(name)

    def add_point(self, x: float, y: float) -> None:
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        for column, value in enumerate((f"{x:.1f}", f"{y:.1f}", "", "", "")):
            item = QTableWidgetItem(value)
            if column in (0, 1, 4):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        self.table.blockSignals(False)
        self.refresh_fit()

    def remove_point(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.refresh_fit()

    def points(self) -> list[ControlPoint]:
        """The rows whose latitude and longitude are both typed (decimal comma accepted)."""
        result = []
        for row in range(self.table.rowCount()):
            texts = [self._text(row, c) for c in range(4)]
            values = [_number(t) for t in texts]
            x, y, lat, lon = values
            if x is not None and y is not None and lat is not None and lon is not None:
                result.append(ControlPoint(x, y, lat, lon))
        return result

    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _pixels(self) -> list[tuple[float, float]]:
        pixels = []
        for row in range(self.table.rowCount()):
            x, y = _number(self._text(row, 0)), _number(self._text(row, 1))
            if x is not None and y is not None:
                pixels.append((x, y))
        return pixels

    def refresh_fit(self) -> str:
        """Fit what is typed and show each point's gap; returns the problem, if any."""
        self.canvas.points = self._pixels()
        self.canvas.update()
        points = self.points()
        try:
            result = fit(points, self.kind_combo.currentData())
        except GuspError as error:
            message = error_message(error)
            self.residual_label.setText(message)
            return message
        complete = [r for r in range(self.table.rowCount()) if self._complete(r)]
        self.table.blockSignals(True)
        for row, residual in zip(complete, result.residuals_m, strict=True):
            item = self.table.item(row, 4)
            if item is not None:
                item.setText(f"{residual:.1f}")
        self.table.blockSignals(False)
        self.residual_label.setText(
            self.tr("{kind} sur {n} points : écart moyen {rms:.1f} m, maximal {max:.1f} m.").format(
                kind=tr_label(result.kind), n=len(points), rms=result.rms_m, max=result.max_m
            )
        )
        return ""

    def _complete(self, row: int) -> bool:
        return all(_number(self._text(row, c)) is not None for c in range(4))

    def save(self) -> None:
        if not self.data:
            self.residual_label.setText(self.tr("Choisissez d'abord l'image du plan."))
            return
        if self.refresh_fit():
            return
        draft = PlanDraft(
            self.quartier_id,
            self.name_edit.text(),
            self.data,
            tuple(self.points()),
            self.kind_combo.currentData(),
        )
        plans = self.context.services.plans

        def done(mutation: object) -> None:
            self.saved_id = getattr(getattr(mutation, "value", None), "id", None)
            self.accept()

        self.context.tasks.run(
            lambda: plans.add(draft),
            done,
            lambda error: self.context.prompts.show_error(self, error),
            write=True,
            initiator=self.context.initiator,
        )
