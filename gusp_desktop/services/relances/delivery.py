"""Relances leave: as ``.eml`` drafts in a folder, or through an SMTP server.

Each message is logged as soon as it has left (a draft written, a message accepted by the
server), in its own transaction: a batch interrupted by a dropped connection or a closed
window knows which recipients are done, and sending again skips them, so nobody receives the
same relance twice. A message refused or lost in flight is reported and not logged; the next
attempt sends it. Calls are meant for a background thread and report progress through an
optional ``(done, total, message)`` callback.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from gusp_desktop.credentials import SecretStore
from gusp_desktop.domain.errors import FileTargetError, GuspError, Message
from gusp_desktop.domain.relances import (
    RelanceBatch,
    RelanceMode,
    RelanceOutcome,
    RelanceRecipient,
    SendStatus,
    SmtpProfile,
    check_email,
)
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.services.relances.service import RelanceService

if TYPE_CHECKING:  # smtplib and ssl are loaded on the first message sent, not at start-up
    from email.message import EmailMessage

    from gusp_desktop.documents.relance_mail import Attachment
    from gusp_desktop.services.relances import smtp

Progress = Callable[[int, int, str], None]
Connector = Callable[[SmtpProfile, str | None], "smtp.MailConnection"]
NO_ADDRESS = "Pas d'adresse électronique dans l'annuaire pour ce contact."


def _quiet(done: int, total: int, message: str) -> None:
    """Default callback: no progress bar."""


def _outcome(
    recipient: RelanceRecipient, status: SendStatus, *, file: str = "", message: str = ""
) -> RelanceOutcome:
    return RelanceOutcome(
        organisation=recipient.organisation_code,
        contact=recipient.contact_name,
        email=recipient.email,
        actions=tuple(a.number for a in recipient.actions),
        status=status,
        file=file,
        message=message,
    )


def draft_name(batch: RelanceBatch, recipient: RelanceRecipient) -> str:
    """« 2025-09-11_MH_Ines-Taleb.eml »: sorted by date, readable, safe on every system."""
    folded = unicodedata.normalize("NFKD", recipient.contact_name or "contact")
    plain = re.sub(r"[^A-Za-z0-9]+", "-", folded.encode("ascii", "ignore").decode()).strip("-")
    code = re.sub(r"[^A-Za-z0-9]+", "-", recipient.organisation_code)
    return f"{batch.meeting_date:%Y-%m-%d}_{code}_{plain or 'contact'}.eml"


class RelanceDelivery:
    """Writes drafts and sends messages for a batch prepared by :class:`RelanceService`."""

    def __init__(
        self,
        relances: RelanceService,
        secrets: SecretStore,
        connector: Connector | None = None,
    ) -> None:
        self.relances = relances
        self.secrets = secrets
        self._connector = connector

    @property
    def connector(self) -> Connector:
        """How connections are opened (``smtp.connect`` unless a test gives another)."""
        if self._connector is None:
            from gusp_desktop.services.relances.smtp import connect

            self._connector = connect
        return self._connector

    # -- drafts ----------------------------------------------------------------------------

    def write_drafts(
        self,
        batch: RelanceBatch,
        folder: Path,
        *,
        sender: str = "",
        progress: Progress | None = None,
    ) -> list[RelanceOutcome]:
        """One ``.eml`` per recipient with an address, written atomically into ``folder``."""
        report = progress or _quiet
        self.relances.check_may_log()  # before any file: a reader's drafts would go unlogged
        if not folder.is_dir():
            raise FileTargetError(
                Message(
                    (
                        "Le dossier « {folder} » n'existe pas : créez-le d'abord. Rien n'a été "
                        "écrit."
                    ),
                    folder=folder,
                )
            )
        outcomes: list[RelanceOutcome] = []
        plans: dict[str, tuple[Attachment, ...]] = {}
        total = len(batch.recipients)
        for done, recipient in enumerate(batch.recipients):
            report(done, total, f"Brouillon pour {recipient.contact_name}…")
            if not recipient.email:
                outcomes.append(_outcome(recipient, SendStatus.NO_ADDRESS, message=NO_ADDRESS))
                continue
            message = self.relances.message(
                batch,
                recipient,
                sender=sender or self.relances.user_address(),
                draft=True,
                files=self._files(recipient, plans),
            )
            target = folder / draft_name(batch, recipient)
            write_bytes_atomic(target, message.as_bytes())
            self._log(batch, recipient, RelanceMode.BROUILLON, message)
            outcomes.append(_outcome(recipient, SendStatus.DRAFT, file=str(target)))
        report(total, total, f"{sum(o.status is SendStatus.DRAFT for o in outcomes)} brouillons")
        return outcomes

    # -- sending ---------------------------------------------------------------------------

    def password(self, profile: SmtpProfile) -> str | None:
        """The profile's password from the keyring (None: ask the user)."""
        return self.secrets.get(profile.secret_key) if profile.user else None

    def remember_password(self, profile: SmtpProfile, password: str) -> bool:
        """Keep the password in the system keyring if there is a secure one."""
        if not self.secrets.is_persistent:
            return False
        self.secrets.set(profile.secret_key, password)
        return True

    def forget_password(self, profile: SmtpProfile) -> None:
        self.secrets.delete(profile.secret_key)

    def send(
        self,
        batch: RelanceBatch,
        profile: SmtpProfile,
        password: str | None,
        *,
        dry_run: bool = False,
        progress: Progress | None = None,
    ) -> list[RelanceOutcome]:
        """Send every message not yet accepted for this batch; one outcome per recipient.

        A failed authentication or an unreachable server stops before anything is sent
        (:class:`smtp.SmtpError`); a connection lost mid-batch fails the message in flight
        and the next one reconnects.
        """
        from gusp_desktop.services.relances import smtp

        report = progress or _quiet
        self.relances.check_may_log()
        done_keys = self.relances.sent_keys(batch)
        outcomes: list[RelanceOutcome] = []
        connection: smtp.MailConnection | None = None
        plans: dict[str, tuple[Attachment, ...]] = {}
        attempted = False
        total = len(batch.recipients)
        where = f"{profile.host}:{profile.port}"
        try:
            for done, recipient in enumerate(batch.recipients):
                report(done, total, f"Envoi à {recipient.contact_name}…")
                skipped = self._skip(recipient, done_keys)
                if skipped is not None:
                    outcomes.append(skipped)
                    continue
                if dry_run:
                    outcomes.append(_outcome(recipient, SendStatus.SENT, message="simulation"))
                    continue
                if connection is None:
                    try:
                        connection = self._connect(profile, password, first=not attempted)
                    except smtp.ConnectionLostError as exc:
                        outcomes.append(_outcome(recipient, SendStatus.FAILED, message=exc.message))
                        continue
                    finally:
                        attempted = True
                message = self.relances.message(
                    batch,
                    recipient,
                    sender=profile.sender,
                    sender_name=profile.sender_name,
                    draft=False,
                    files=self._files(recipient, plans),
                )
                try:
                    smtp.send(connection, message, where)
                except smtp.ConnectionLostError as exc:
                    outcomes.append(_outcome(recipient, SendStatus.FAILED, message=exc.message))
                    smtp.close(connection)
                    connection = None
                    continue
                except smtp.SmtpError as exc:
                    outcomes.append(_outcome(recipient, SendStatus.FAILED, message=exc.message))
                    continue
                self._log(batch, recipient, RelanceMode.ENVOI, message)
                done_keys.add(recipient.key)
                outcomes.append(_outcome(recipient, SendStatus.SENT))
        finally:
            if connection is not None:
                smtp.close(connection)
        sent = sum(o.status is SendStatus.SENT for o in outcomes)
        report(total, total, f"{sent} message(s) envoyé(s)")
        return outcomes

    def _files(
        self, recipient: RelanceRecipient, plans: dict[str, tuple[Attachment, ...]]
    ) -> tuple[Attachment, ...]:
        """The organisation's plan, rendered once per batch for all its contacts."""
        code = recipient.organisation_code
        if code not in plans:
            plans[code] = self.relances.attachments(recipient)
        return plans[code]

    def _skip(self, recipient: RelanceRecipient, done_keys: set[str]) -> RelanceOutcome | None:
        if not recipient.email:
            return _outcome(recipient, SendStatus.NO_ADDRESS, message=NO_ADDRESS)
        try:
            check_email(recipient.email)
        except GuspError as exc:
            return _outcome(recipient, SendStatus.FAILED, message=exc.message)
        if recipient.key in done_keys:
            return _outcome(recipient, SendStatus.ALREADY_SENT, message="déjà envoyée")
        return None

    def _connect(
        self, profile: SmtpProfile, password: str | None, *, first: bool
    ) -> smtp.MailConnection:
        """Connect; only the first connection's failure stops the batch (nothing sent yet
        or only skipped recipients), later ones fail the recipient through the caller."""
        from gusp_desktop.services.relances import smtp

        try:
            return self.connector(profile, password)
        except smtp.SmtpError as exc:
            if first:
                raise
            raise smtp.ConnectionLostError(exc.message) from exc

    def _log(
        self,
        batch: RelanceBatch,
        recipient: RelanceRecipient,
        mode: RelanceMode,
        message: EmailMessage,
    ) -> None:
        self.relances.record(
            batch,
            recipient,
            mode=mode,
            subject=str(message["Subject"]),
            message_id=str(message["Message-ID"]),
        )

    def test_send(self, profile: SmtpProfile, password: str | None, to: str = "") -> str:
        """Send a short test message (to the sender unless ``to`` is given); the address."""
        from gusp_desktop.services.relances import smtp

        return smtp.send_test(profile, password, to, connector=self.connector)
