"""The séance's status and the steps it can take now, with their guards and confirmations.

planifiée → convoquée (the convocation is saved, with a warning when nobody is invited) →
tenue (asked for confirmation; the service refuses it before the séance's start; undone while
nothing of the minutes is written) → compte rendu en rédaction → en relecture (the draft is
saved marked « PROJET », the reviewers and the date are kept) → validé → signé once the
président and the secrétaire de séance have both signed. Until then the line under the title
says which signatures are there and which are missing. A séance not yet held can be
cancelled with a reason, which produces the avis d'annulation and the calendar cancellation.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import SeanceStatus
from gusp_desktop.domain.meetings import ReviewRound, SeanceDetail
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.ui.context import PageContext, PagePart
from gusp_desktop.ui.dialogs.reviewers import ReviewersDialog
from gusp_desktop.ui.i18n import clock_time, long_date, short_date
from gusp_desktop.ui.labels import tr_label
from gusp_desktop.ui.pages.seances.seance_documents import (
    SeanceDocuments,
    apply_document_preferences,
)

_S = SeanceStatus
MUTED_STYLE = "color: #5f6368;"
MISSING_STYLE = "color: #b3261e;"


@dataclass(frozen=True)
class Step:
    """One lifecycle step: its button text, when it is offered, what it does."""

    key: str
    text: str
    statuses: frozenset[SeanceStatus]
    run: Callable[[], None]


class LifecycleBar(PagePart):
    """Status line, signatures line and one button per step possible now."""

    #: The séance as stored after a step (the view and the list follow).
    changed = Signal(object)

    def __init__(
        self,
        context: PageContext,
        flush: Callable[[], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(context, parent)
        self._flush = flush
        self.seance: SeanceDetail | None = None
        self.documents = SeanceDocuments(context, self)
        self.steps = self._steps()
        self.buttons: dict[str, QPushButton] = {}
        self._build_ui()

    def _steps(self) -> list[Step]:
        before_meeting = frozenset({_S.PLANIFIEE, _S.CONVOQUEE})
        writing = frozenset({_S.CR_REDACTION, _S.CR_RELECTURE})
        return [
            Step("convene", self.tr("Convoquer…"), before_meeting, self.convene),
            Step("hold", self.tr("Déclarer la séance tenue"), before_meeting, lambda: self.hold()),
            Step("undo_hold", self.tr("Annuler « tenue »"), frozenset({_S.TENUE}), self.undo_hold),
            Step("write", self.tr("Commencer le compte rendu"), frozenset({_S.TENUE}), self.write),
            Step(
                "review",
                self.tr("Envoyer en relecture…"),
                frozenset({_S.CR_REDACTION}),
                self.review,
            ),
            Step(
                "back_to_writing",
                self.tr("Reprendre la rédaction"),
                frozenset({_S.CR_RELECTURE}),
                self.back_to_writing,
            ),
            Step("validate", self.tr("Valider le compte rendu"), writing, self.validate),
            Step("sign", self.tr("Signer le compte rendu…"), frozenset({_S.CR_VALIDE}), self.sign),
            Step("cancel", self.tr("Annuler la séance…"), before_meeting, self.cancel),
            Step(
                "cancellation",
                self.tr("Avis d'annulation…"),
                frozenset({_S.ANNULEE}),
                self.cancellation_documents,
            ),
        ]

    def _build_ui(self) -> None:
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        self.status_label.setWordWrap(True)
        self.signatures_label = QLabel()
        self.signatures_label.setObjectName("signatures_label")
        self.signatures_label.setWordWrap(True)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.status_label, 1)
        for step in self.steps:
            button = QPushButton(step.text)
            button.setObjectName(f"{step.key}_button")
            button.clicked.connect(step.run)
            button.hide()  # shown by show_seance for the steps possible now
            self.buttons[step.key] = button
            row.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.signatures_label)

    # -- showing -------------------------------------------------------------------------

    def show_seance(self, seance: SeanceDetail) -> None:
        """Status, its date, the signatures, and the buttons of the steps possible now."""
        self.seance = seance
        for step in self.steps:
            self.buttons[step.key].setVisible(seance.status in step.statuses)
        self.status_label.setText(self._status_text(seance))
        self._show_signatures(seance)
        if seance.status is _S.CR_RELECTURE:
            self._load_review(seance.id)

    def actions(self) -> list[QAction]:
        """The steps possible now, as menu entries (the list's context menu)."""
        result = []
        for step in self.steps:
            if self.seance is not None and self.seance.status in step.statuses:
                action = QAction(step.text, self)
                action.triggered.connect(step.run)
                result.append(action)
        return result

    def _status_text(self, seance: SeanceDetail) -> str:
        text = self.tr("État : {status}").format(status=tr_label(seance.status))
        if seance.status is _S.CONVOQUEE and seance.convened_at is not None:
            text += self.tr(" (convocation du {date})").format(
                date=short_date(seance.convened_at.astimezone(PARIS).date())
            )
        if seance.status is _S.ANNULEE:
            text += self.tr(" — motif : {reason}").format(reason=seance.cancellation_reason)
        return text

    def _show_signatures(self, seance: SeanceDetail) -> None:
        """Who signed and in which capacity, and which capacities are still missing."""
        if seance.status not in (_S.CR_VALIDE, _S.CR_SIGNE) and not seance.signatures:
            self.signatures_label.hide()
            return
        parts = [
            self.tr("{role} : {name}, le {date} à {time}").format(
                role=line.role_label,
                name=line.signer,
                date=short_date(line.signed_at.astimezone(PARIS).date()),
                time=clock_time(line.signed_at.astimezone(PARIS)),
            )
            for line in seance.signatures
        ]
        text = self.tr("Signé — ") + " ; ".join(parts) if parts else self.tr("Aucune signature")
        if seance.missing_signatures:
            missing = ", ".join(tr_label(role) for role in seance.missing_signatures)
            text += self.tr(" — signature manquante : {roles}").format(roles=missing)
            self.signatures_label.setStyleSheet(MISSING_STYLE)
        else:
            self.signatures_label.setStyleSheet(MUTED_STYLE)
        self.signatures_label.setText(text)
        self.signatures_label.show()

    def _load_review(self, seance_id: int) -> None:
        review = self._services.minutes_review
        self._tasks.run(lambda: review.review_rounds(seance_id), self._show_review)

    def _show_review(self, rounds: tuple[ReviewRound, ...]) -> None:
        if not rounds or self.seance is None or self.seance.status is not _S.CR_RELECTURE:
            return
        current = rounds[-1]
        names = ", ".join(r.name for r in current.reviewers)
        self.status_label.setText(
            self.tr("État : {status} — projet envoyé le {date} à {names}").format(
                status=tr_label(self.seance.status),
                date=short_date(current.sent_at.astimezone(PARIS).date()),
                names=names,
            )
        )

    # -- steps ---------------------------------------------------------------------------

    def convene(self) -> None:
        """Save the convocation (a warning first when nobody is invited)."""
        seance = self.seance
        if seance is None:
            return
        if not seance.invitees and not self._prompts.confirm(
            self,
            self.tr("Convocation sans destinataire"),
            self.tr(
                "Personne n'est invité à cette séance : la convocation n'aura aucun "
                "destinataire. L'enregistrer quand même ?"
            ),
        ):
            return
        # Saving the convocation marks the séance convened, with today's date.
        self.documents.save(
            self, "convocation", seance.id, "pdf", lambda _path: self._reload(seance.id)
        )

    def hold(self, parent: QWidget | None = None) -> None:
        """Declare the séance held, after confirmation (refused before its start)."""
        seance = self.seance
        if seance is None:
            return
        question = self.tr(
            "Déclarer tenue la séance du {date} ? Le compte rendu pourra être rédigé ; la "
            "déclaration reste annulable tant que rien n'en est écrit."
        ).format(date=long_date(seance.local_date))
        if self._prompts.confirm(parent or self, self.tr("Séance tenue"), question):
            lifecycle = self._services.lifecycle
            self._write(lambda: lifecycle.hold(seance.id, seance.version))

    def undo_hold(self) -> None:
        """Take back « tenue » (nothing of the minutes is written yet)."""
        seance = self.seance
        if seance is None:
            return
        question = self.tr("La séance n'a pas eu lieu : revenir au statut précédent ?")
        if self._prompts.confirm(self, self.tr("Annuler « tenue »"), question):
            lifecycle = self._services.lifecycle
            self._write(lambda: lifecycle.undo_hold(seance.id, seance.version))

    def write(self) -> None:
        """Open the minutes of the held séance."""
        seance = self.seance
        if seance is not None:
            meetings = self._services.meetings
            self._write(lambda: meetings.change_status(seance.id, seance.version, _S.CR_REDACTION))

    def review(self) -> None:
        """Choose the reviewers, save the draft marked « PROJET », then record the round."""
        seance = self.seance
        if seance is None:
            return
        self._flush()
        review = self._services.minutes_review
        self._tasks.run(
            lambda: review.default_reviewers(seance.id),
            lambda ids: self._ask_reviewers(seance, ids),
            lambda error: self._prompts.show_error(self, error),
        )

    def _ask_reviewers(self, seance: SeanceDetail, defaults: tuple[int, ...]) -> None:
        chosen = ReviewersDialog.ask(seance, defaults, self)
        if not chosen:
            return
        review = self._services.minutes_review
        self.documents.save(
            self,
            "draft",
            seance.id,
            "pdf",
            lambda _path: self._write(lambda: review.send_for_review(seance.id, chosen)),
        )

    def back_to_writing(self) -> None:
        """Take the reviewers' remarks in: back to « en rédaction »."""
        seance = self.seance
        if seance is not None:
            review = self._services.minutes_review
            self._write(lambda: review.return_to_writing(seance.id))

    def validate(self) -> None:
        """Freeze the minutes as validated, after confirmation."""
        seance = self.seance
        if seance is None:
            return
        question = self.tr(
            "Valider le compte rendu ? Il ne pourra plus être modifié (une correction passera "
            "par un erratum)."
        )
        if not self._prompts.confirm(self, self.tr("Valider le compte rendu"), question):
            return
        self._flush()
        signed_minutes = self._services.signed_minutes
        self._write(lambda: signed_minutes.validate(seance.id))

    def sign(self) -> None:
        """Add one signature (président or secrétaire de séance) to the validated minutes."""
        from gusp_desktop.ui.dialogs.signing import open_sign_dialog

        seance = self.seance
        if seance is None:
            return
        apply_document_preferences(self.context)
        outcome = open_sign_dialog(self, self.context, seance.id)
        if outcome is not None:
            self._reload(seance.id)

    def cancel(self) -> None:
        """Cancel with a reason, then offer the avis d'annulation and the calendar file."""
        seance = self.seance
        if seance is None:
            return
        reason = self._prompts.text(
            self,
            self.tr("Annuler la séance"),
            self.tr("Motif de l'annulation (il figurera sur l'avis d'annulation) :"),
        )
        if reason is None or not reason.strip():
            return
        meetings = self._services.meetings
        self._write(
            lambda: meetings.cancel_seance(seance.id, seance.version, reason.strip()),
            then=self.cancellation_documents,
        )

    def cancellation_documents(self) -> None:
        """Save the avis d'annulation (PDF) and the METHOD:CANCEL invitation (ICS)."""
        seance = self.seance
        if seance is None:
            return
        question = self.tr(
            "Enregistrer l'avis d'annulation à envoyer aux invités, et l'annulation pour "
            "leurs agendas ?"
        )
        if not self._prompts.confirm(self, self.tr("Avis d'annulation"), question):
            return
        if self.documents.save(self, "cancellation", seance.id, "pdf"):
            self.documents.save(self, "cancellation_ics", seance.id, "ics")

    # -- writing -------------------------------------------------------------------------

    def _write(
        self, call: Callable[[], Mutation[Any]], then: Callable[[], None] | None = None
    ) -> None:
        """Run one step, then show the séance as stored (whatever the step returned)."""
        seance = self.seance
        if seance is None:
            return
        self._flush()
        meetings, seance_id = self._services.meetings, seance.id

        def work() -> Mutation[SeanceDetail]:
            changes = call().changes
            return Mutation(meetings.get_seance(seance_id), changes)

        def done(mutation: Mutation[SeanceDetail]) -> None:
            self.show_seance(mutation.value)
            self.changed.emit(mutation.value)
            if then is not None:
                then()

        self._tasks.run(work, done, self._on_failed, write=True, initiator=self._initiator)

    def _reload(self, seance_id: int) -> None:
        meetings = self._services.meetings

        def done(seance: SeanceDetail) -> None:
            self.show_seance(seance)
            self.changed.emit(seance)

        self._tasks.run(
            lambda: meetings.get_seance(seance_id),
            done,
            lambda error: self._prompts.show_error(self, error),
        )

    def _on_failed(self, error: BaseException) -> None:
        self._prompts.show_error(self, error)
        if self.seance is not None:
            self._reload(self.seance.id)
