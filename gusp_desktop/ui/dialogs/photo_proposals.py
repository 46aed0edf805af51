"""Review of the constats an import of walk photos proposes.

Photos taken together at a halte are shown as one proposed constat: its halte and time, the
thumbnails, a box to write the constat and its theme. The coordinator writes the groups worth
keeping (writing ticks « Créer ce constat »), separates a group before the chosen photo, merges
it with the next one or sets it aside. « Créer les constats » creates every ticked group with
its photos in one transaction; the photos of the others stay on the walk, to attach later.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QSize, Signal
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.field_work import HalteRow, PhotoGroup, ProposedConstat
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.field_work import grouping
from gusp_desktop.ui.context import PageContext
from gusp_desktop.ui.labels import error_message, tr_label

ICON = QSize(96, 72)


@dataclasses.dataclass
class Proposal:
    """A group under review and what the coordinator wrote for it."""

    group: PhotoGroup
    text: str = ""
    theme: Theme = Theme.PROPRETE
    accepted: bool = False


#: Turns a reviewed group into the constat to create (the page knows quartier and site).
MakeConstat = Callable[[PhotoGroup, str, Theme], ProposedConstat]


class ProposalCard(QFrame):
    """One proposed constat: where and when, thumbnails, text, theme and its commands."""

    split_requested = Signal(int)  # index of the first photo of the second part
    merge_requested = Signal()
    discard_requested = Signal()

    def __init__(
        self,
        proposal: Proposal,
        halte: str,
        pixmaps: Mapping[int, QPixmap],
        has_next: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        group = proposal.group
        self.header = QLabel(self._header(group, halte))
        self.header.setStyleSheet("font-weight: bold;")
        self.photos = QListWidget()
        self.photos.setViewMode(QListView.ViewMode.IconMode)
        self.photos.setIconSize(ICON)
        self.photos.setFlow(QListView.Flow.LeftToRight)
        self.photos.setWrapping(False)
        self.photos.setFixedHeight(ICON.height() + 44)
        self.photos.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for photo in group.photos:
            when = f"{photo.taken_at.astimezone(PARIS):%H:%M:%S}" if photo.taken_at else ""
            item = QListWidgetItem(when or photo.filename)
            item.setToolTip(photo.filename)
            if photo.id in pixmaps:
                item.setIcon(QIcon(pixmaps[photo.id]))
            self.photos.addItem(item)
        self.text_edit = QPlainTextEdit(proposal.text)
        self.text_edit.setPlaceholderText(self.tr("Ce que montrent les photos (le constat)"))
        self.text_edit.setFixedHeight(64)
        self.theme_combo = QComboBox()
        for theme in Theme:
            self.theme_combo.addItem(tr_label(theme), theme)
        self.theme_combo.setCurrentIndex(max(0, self.theme_combo.findData(proposal.theme)))
        self.accept_check = QCheckBox(self.tr("Créer ce constat"))
        self.accept_check.setChecked(proposal.accepted)
        self.split_button = QPushButton(self.tr("Séparer"))
        self.split_button.setToolTip(self.tr("Faire deux constats, avant la photo choisie"))
        self.split_button.setEnabled(False)
        self.merge_button = QPushButton(self.tr("Fusionner avec le suivant"))
        self.merge_button.setEnabled(has_next)
        self.discard_button = QPushButton(self.tr("Écarter"))
        self.discard_button.setToolTip(self.tr("Pas de constat : les photos restent à rattacher"))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self._layout()
        self.text_edit.textChanged.connect(self._on_text)
        self.photos.currentRowChanged.connect(lambda row: self.split_button.setEnabled(row > 0))
        self.split_button.clicked.connect(
            lambda: self.split_requested.emit(self.photos.currentRow())
        )
        self.merge_button.clicked.connect(self.merge_requested.emit)
        self.discard_button.clicked.connect(self.discard_requested.emit)

    def _layout(self) -> None:
        commands = QHBoxLayout()
        commands.addWidget(QLabel(self.tr("Thème")))
        commands.addWidget(self.theme_combo)
        commands.addWidget(self.accept_check)
        commands.addStretch(1)
        for button in (self.split_button, self.merge_button, self.discard_button):
            commands.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.photos)
        layout.addWidget(self.text_edit)
        layout.addLayout(commands)
        layout.addWidget(self.error_label)

    def _header(self, group: PhotoGroup, halte: str) -> str:
        where = halte or self.tr("hors halte")
        count = self.tr("{n} photo(s)").format(n=len(group.photos))
        if group.starts_at is None or group.ends_at is None:
            return f"{where} — {count}"
        start = f"{group.starts_at.astimezone(PARIS):%H:%M}"
        end = f"{group.ends_at.astimezone(PARIS):%H:%M}"
        span = start if start == end else f"{start}–{end}"
        return f"{where} — {span} — {count}"

    def _on_text(self) -> None:
        """Writing the constat is accepting it; emptying the box takes it back."""
        self.accept_check.setChecked(bool(self.text_edit.toPlainText().strip()))

    def read(self, proposal: Proposal) -> None:
        """Copy what was typed into ``proposal``."""
        proposal.text = self.text_edit.toPlainText().strip()
        proposal.theme = self.theme_combo.currentData()
        proposal.accepted = self.accept_check.isChecked()

    def show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.setVisible(bool(text))


class ConstatProposalsDialog(QDialog):
    """The proposed constats of a walk's photos, to write, separate, merge or set aside."""

    def __init__(
        self,
        context: PageContext,
        groups: Sequence[PhotoGroup],
        thumbnails: Mapping[int, bytes],
        haltes: Sequence[HalteRow],
        make_constat: MakeConstat,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Constats proposés"))
        self._tasks, self._prompts = context.tasks, context.prompts
        self._initiator = context.initiator
        self._constats = context.services.field_work.constats
        self._make = make_constat
        self._haltes = {h.id: f"{h.position}. {h.name}" for h in haltes}
        self._pixmaps = {pid: _pixmap(data) for pid, data in thumbnails.items()}
        self.proposals = [Proposal(g) for g in groups]
        self.cards: list[ProposalCard] = []
        self.result_value: list[object] = []
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()
        self.cards_box = QWidget()
        self.cards_layout = QVBoxLayout(self.cards_box)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.cards_box)
        self.button_box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.create_button().setText(self.tr("Créer les constats"))
        self.button_box.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Plus tard"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.button_box)
        self.button_box.accepted.connect(self.create_constats)
        self.button_box.rejected.connect(self.reject)
        self.resize(900, 640)
        self._rebuild()

    def create_button(self) -> QPushButton:
        """« Créer les constats » (tests press it)."""
        return self.button_box.button(QDialogButtonBox.StandardButton.Save)

    # -- editing the groups ------------------------------------------------------------------

    def _rebuild(self) -> None:
        """Show one card per proposal (after a split, merge or discard)."""
        for card in self.cards:
            card.setParent(None)
            card.deleteLater()
        self.cards = []
        while self.cards_layout.count():
            self.cards_layout.takeAt(0)
        for index, proposal in enumerate(self.proposals):
            halte = self._haltes.get(proposal.group.halte_id or 0, "")
            has_next = index + 1 < len(self.proposals)
            card = ProposalCard(proposal, halte, self._pixmaps, has_next, self.cards_box)
            card.split_requested.connect(lambda at, i=index: self.split(i, at))
            card.merge_requested.connect(lambda i=index: self.merge(i))
            card.discard_requested.connect(lambda i=index: self.discard(i))
            self.cards.append(card)
            self.cards_layout.addWidget(card)
        self.cards_layout.addStretch(1)
        photos = sum(len(p.group.photos) for p in self.proposals)
        self.intro.setText(
            self.tr(
                "{photos} photo(s) regroupée(s) en {n} constat(s) proposé(s), par halte et par "
                "prises de vue rapprochées. Écrivez le constat des groupes à garder ; les photos "
                "des autres restent à rattacher."
            ).format(photos=photos, n=len(self.proposals))
        )
        self.create_button().setEnabled(bool(self.proposals))

    def _read_cards(self) -> None:
        for card, proposal in zip(self.cards, self.proposals, strict=True):
            card.read(proposal)

    def split(self, index: int, before: int) -> None:
        """Two constats from one: the photos before the chosen one, then the others."""
        self._read_cards()
        proposal = self.proposals[index]
        first, second = grouping.split(proposal.group, before)
        self.proposals[index : index + 1] = [
            dataclasses.replace(proposal, group=first),
            Proposal(second, theme=proposal.theme),
        ]
        self._rebuild()

    def merge(self, index: int) -> None:
        """One constat from this group and the next (both texts kept)."""
        self._read_cards()
        first, second = self.proposals[index], self.proposals[index + 1]
        text = "\n".join(t for t in (first.text, second.text) if t)
        merged = Proposal(
            grouping.merge(first.group, second.group),
            text,
            first.theme,
            first.accepted or second.accepted,
        )
        self.proposals[index : index + 2] = [merged]
        self._rebuild()

    def discard(self, index: int) -> None:
        """No constat for this group: its photos stay on the walk, unattached."""
        self._read_cards()
        del self.proposals[index]
        self._rebuild()

    # -- creating ----------------------------------------------------------------------------

    def accepted_constats(self) -> list[ProposedConstat]:
        """The constats to create; a ValidationError when a ticked group has no text."""
        self._read_cards()
        missing = False
        for card, proposal in zip(self.cards, self.proposals, strict=True):
            empty = proposal.accepted and not proposal.text
            card.show_error(self.tr("Écrivez le constat, ou décochez-le.") if empty else "")
            missing = missing or empty
        if missing:
            raise ValidationError({"_": self.tr("Un constat coché n'a pas de texte.")})
        return [
            self._make(p.group, p.text, p.theme) for p in self.proposals if p.accepted and p.text
        ]

    def create_constats(self) -> None:
        """Create every ticked constat with its photos, all or none."""
        try:
            chosen = self.accepted_constats()
        except ValidationError as error:
            self._show_error(error)
            return
        if not chosen:
            self._show_error(
                ValidationError({"_": self.tr("Aucun constat coché : écrivez-en au moins un.")})
            )
            return
        self.button_box.setEnabled(False)
        constats = self._constats
        self._tasks.run(
            lambda: constats.create_all(chosen),
            self._on_created,
            self._on_failed,
            write=True,
            initiator=self._initiator,
        )

    def _on_created(self, mutation: Mutation[list[object]]) -> None:
        self.button_box.setEnabled(True)
        self.result_value = list(mutation.value)
        self._prompts.notify(
            self.parentWidget() or self,
            self.tr("{n} constat(s) créé(s) avec leurs photos.").format(n=len(self.result_value)),
        )
        self.accept()

    def _on_failed(self, error: BaseException) -> None:
        self.button_box.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_error(error)
        else:
            self._prompts.show_error(self, error)

    def _show_error(self, error: ValidationError) -> None:
        self.error_label.setText(error_message(error))
        self.error_label.show()


def _pixmap(data: bytes) -> QPixmap:
    pixmap = QPixmap()
    pixmap.loadFromData(data, "JPEG")
    return pixmap
