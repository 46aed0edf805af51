"""A relance as an Internet message: RFC 5322, plain text and HTML alternatives, attachments.

Built with Python's ``email`` package and its SMTP policy (CRLF line ends, UTF-8 headers
encoded as RFC 2047 words), so Outlook, Thunderbird and any mail server read it. A draft
carries ``X-Unsent: 1``: Outlook then opens the ``.eml`` as a message to send, not as one
received. Plain values in, bytes out: no database here.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, formataddr, make_msgid

from gusp_desktop.documents.french import short_date
from gusp_desktop.domain.relances import RelanceAction

COLUMNS = ("N°", "Action", "Échéance", "État", "Dernier point")


@dataclass(frozen=True)
class Attachment:
    """A file joined to the message."""

    filename: str
    mime_type: str
    data: bytes


@dataclass(frozen=True)
class MailContent:
    """Everything the message says; the addresses are already checked."""

    sender_name: str
    sender: str
    recipient_name: str
    recipient: str
    subject: str
    body: str
    actions: tuple[RelanceAction, ...]
    attachments: tuple[Attachment, ...] = ()


def _deadline(action: RelanceAction) -> str:
    if action.deadline is not None:
        text = short_date(action.deadline)
        return f"{text} (en retard)" if action.overdue else text
    return action.deadline_note or "—"


def _state(action: RelanceAction) -> str:
    return f"{action.status_label}, {action.progress} %"


def _last_point(action: RelanceAction) -> str:
    if action.last_point_date is None:
        return "—"
    return f"{short_date(action.last_point_date)} : {action.last_point}"


def _title(action: RelanceAction) -> str:
    return f"{action.title} ({action.site_name})" if action.site_name else action.title


def action_cells(action: RelanceAction) -> tuple[str, str, str, str, str]:
    """The five cells of one line of the table, as the pilot reads them."""
    return (action.number, _title(action), _deadline(action), _state(action), _last_point(action))


def plain_text(body: str, actions: Sequence[RelanceAction]) -> str:
    """The message for mail readers without HTML: the text, then one block per action."""
    lines = [body.rstrip(), "", f"Vos actions ouvertes ({len(actions)}) :", ""]
    for action in actions:
        number, title, deadline, state, point = action_cells(action)
        lines.append(f"- {number} — {title}")
        lines.append(f"  Échéance : {deadline} · État : {state}")
        lines.append(f"  Dernier point : {point}")
    return "\n".join(lines) + "\n"


def html_text(body: str, actions: Sequence[RelanceAction]) -> str:
    """The same message as an HTML page: paragraphs, then the table (overdue lines in red)."""
    paragraphs = "".join(
        f"<p>{html.escape(part).replace(chr(10), '<br>')}</p>"
        for part in body.strip().split("\n\n")
    )
    head = "".join(
        f'<th style="text-align:left;border-bottom:1px solid #888;padding:4px">{c}</th>'
        for c in COLUMNS
    )
    rows = []
    for action in actions:
        colour = ' style="color:#a40000"' if action.overdue else ""
        cells = "".join(
            f'<td style="padding:4px;vertical-align:top">{html.escape(c)}</td>'
            for c in action_cells(action)
        )
        rows.append(f"<tr{colour}>{cells}</tr>")
    table = (
        f"<p><b>Vos actions ouvertes ({len(actions)})</b></p>"
        '<table style="border-collapse:collapse;font-size:90%">'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )
    return (
        '<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"></head>'
        f'<body style="font-family:sans-serif">{paragraphs}{table}</body></html>'
    )


def build_message(
    content: MailContent, *, when: dt.datetime, draft: bool, message_id: str | None = None
) -> EmailMessage:
    """The complete message; ``message_id`` is kept when given (a retried send)."""
    message = EmailMessage(policy=SMTP)
    if content.sender:  # a draft may leave it to the mail program
        message["From"] = formataddr((content.sender_name, content.sender))
    message["To"] = formataddr((content.recipient_name, content.recipient))
    message["Subject"] = content.subject
    message["Date"] = format_datetime(when)
    domain = content.sender.rpartition("@")[2] or "gusp.invalid"
    message["Message-ID"] = message_id or make_msgid(domain=domain)
    if draft:
        message["X-Unsent"] = "1"
    message.set_content(plain_text(content.body, content.actions))
    message.add_alternative(html_text(content.body, content.actions), subtype="html")
    for attachment in content.attachments:
        main, _, sub = attachment.mime_type.partition("/")
        message.add_attachment(
            attachment.data, maintype=main, subtype=sub, filename=attachment.filename
        )
    return message
