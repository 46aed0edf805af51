"""Talking to the mail server: connect (SSL or STARTTLS), authenticate, send, in French errors.

``smtplib`` speaks the protocol; this module turns its exceptions into messages a coordinator
can act on (wrong password, server unreachable, certificate refused) and never logs the
password. A connection lost in the middle of a batch is reported as such, so the caller can
mark the message failed and reconnect for the next one.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable
from email.message import EmailMessage
from typing import Protocol

from gusp_desktop.domain.errors import GuspError, Message
from gusp_desktop.domain.relances import SmtpProfile, SmtpSecurity, check_email

TIMEOUT_S = 30


class SmtpError(GuspError):
    """The mail server could not be reached, refused us or a message; French message."""


class ConnectionLostError(SmtpError):
    """The server closed the connection: the message in flight may not have left."""


class MailConnection(Protocol):
    """What a batch needs of an open connection (``smtplib.SMTP`` fits)."""

    def send_message(self, msg: EmailMessage) -> dict[str, tuple[int, bytes]]: ...

    def quit(self) -> tuple[int, bytes]: ...

    def close(self) -> None: ...


def connect(
    profile: SmtpProfile,
    password: str | None,
    *,
    ssl_context: ssl.SSLContext | None = None,
    timeout: float = TIMEOUT_S,
) -> smtplib.SMTP:
    """An authenticated connection to the profile's server, or :class:`SmtpError`."""
    where = f"{profile.host}:{profile.port}"
    context = ssl_context or _tls_context(profile)
    connection: smtplib.SMTP | None = None
    try:
        if profile.security is SmtpSecurity.SSL:
            connection = smtplib.SMTP_SSL(
                profile.host, profile.port, timeout=timeout, context=context
            )
        else:
            connection = smtplib.SMTP(profile.host, profile.port, timeout=timeout)
            connection.ehlo()
            if profile.security is SmtpSecurity.STARTTLS:
                connection.starttls(context=context)
                connection.ehlo()
        if profile.user:
            _login(connection, profile, password, where)
        return connection
    except SmtpError:
        if connection is not None:
            _close_quietly(connection)
        raise
    except (smtplib.SMTPException, OSError) as exc:  # ssl and socket errors are OSErrors
        if connection is not None:
            _close_quietly(connection)
        raise _french(exc, where, profile) from exc


def _tls_context(profile: SmtpProfile) -> ssl.SSLContext:
    """The system's authorities, or the profile's own CA file; the server's name is checked."""
    try:
        return ssl.create_default_context(cafile=profile.ca_file or None)
    except (OSError, ssl.SSLError) as exc:
        raise SmtpError(
            Message(
                "Certificat d'autorité illisible : « {ca_file} » ({exc}).",
                ca_file=profile.ca_file,
                exc=exc,
            )
        ) from exc


def _login(
    connection: smtplib.SMTP, profile: SmtpProfile, password: str | None, where: str
) -> None:
    """Authenticate; servers that hang up after a refused password mean the same refusal."""
    try:
        connection.login(profile.user, password or "")
    except (smtplib.SMTPAuthenticationError, smtplib.SMTPServerDisconnected) as exc:
        raise SmtpError(
            Message(
                (
                    "Le serveur d'envoi {where} refuse l'identifiant « {user} » ou le mot de "
                    "passe. Vérifiez-les avec « smtp test »."
                ),
                where=where,
                user=profile.user,
            )
        ) from exc


def send(connection: MailConnection, message: EmailMessage, where: str) -> None:
    """Send one message; every recipient refused or a lost link raises :class:`SmtpError`."""
    try:
        refused = connection.send_message(message)
    except (TimeoutError, smtplib.SMTPServerDisconnected, ConnectionError) as exc:
        raise ConnectionLostError(
            Message("Le serveur d'envoi {where} a coupé la connexion pendant l'envoi.", where=where)
        ) from exc
    except smtplib.SMTPRecipientsRefused as exc:
        raise SmtpError(
            Message(
                "Le serveur {where} refuse le destinataire : {reply}.",
                where=where,
                reply=_reply(exc),
            )
        ) from exc
    except smtplib.SMTPResponseException as exc:
        raise SmtpError(
            Message(
                "Le serveur {where} refuse le message ({smtp_code} {text}).",
                where=where,
                smtp_code=exc.smtp_code,
                text=_text(exc.smtp_error),
            )
        ) from exc
    except OSError as exc:
        raise ConnectionLostError(
            Message("Liaison perdue avec le serveur {where} ({exc}).", where=where, exc=exc)
        ) from exc
    if refused:
        raise SmtpError(
            Message("Le serveur {where} refuse : {items}.", where=where, items=", ".join(refused))
        )


def send_test(
    profile: SmtpProfile,
    password: str | None,
    to: str = "",
    *,
    connector: Callable[[SmtpProfile, str | None], MailConnection] = connect,
) -> str:
    """Send a short message proving the profile works (to the sender unless ``to`` is
    given); returns the address it went to."""
    address = check_email(to or profile.sender)
    message = EmailMessage()
    message["From"] = profile.sender
    message["To"] = address
    message["Subject"] = "Essai d'envoi — GUSP Desktop"
    message.set_content(
        f"Ce message confirme que le profil d'envoi « {profile.name} » fonctionne "
        f"({profile.describe()}).\n"
    )
    connection = connector(profile, password)
    try:
        send(connection, message, f"{profile.host}:{profile.port}")
    finally:
        close(connection)
    return address


def close(connection: MailConnection) -> None:
    """Say goodbye politely; a server already gone is not an error."""
    try:
        connection.quit()
    except (smtplib.SMTPException, OSError):
        _close_quietly(connection)


def _close_quietly(connection: MailConnection) -> None:
    try:
        connection.close()
    except OSError:
        return


def _french(exc: Exception, where: str, profile: SmtpProfile) -> SmtpError:
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return SmtpError(
            Message(
                (
                    "Le serveur {where} ne propose pas STARTTLS ou l'authentification : "
                    "choisissez la sécurité SSL ou vérifiez le port."
                ),
                where=where,
            )
        )
    if isinstance(exc, ssl.SSLError | ssl.CertificateError):
        return SmtpError(
            Message(
                "Liaison chiffrée impossible avec {where} : certificat refusé ({exc}).",
                where=where,
                exc=exc,
            )
        )
    if isinstance(exc, socket.gaierror):
        return SmtpError(Message("Serveur d'envoi introuvable : « {host} ».", host=profile.host))
    if isinstance(exc, TimeoutError | socket.timeout):
        return SmtpError(Message("Le serveur d'envoi {where} ne répond pas.", where=where))
    if isinstance(exc, smtplib.SMTPServerDisconnected | ConnectionError):
        return SmtpError(Message("Le serveur d'envoi {where} a fermé la connexion.", where=where))
    if isinstance(exc, smtplib.SMTPResponseException):
        return SmtpError(
            Message(
                "Le serveur {where} répond {smtp_code} {text}.",
                where=where,
                smtp_code=exc.smtp_code,
                text=_text(exc.smtp_error),
            )
        )
    if isinstance(exc, OSError):
        return SmtpError(
            Message(
                "Connexion impossible au serveur d'envoi {where} ({strerror}).",
                where=where,
                strerror=exc.strerror,
            )
        )
    return SmtpError(
        Message("Échec avec le serveur d'envoi {where} ({exc}).", where=where, exc=exc)
    )


def _text(raw: bytes | str) -> str:
    return raw.decode("utf-8", "replace") if isinstance(raw, bytes) else str(raw)


def _reply(exc: smtplib.SMTPRecipientsRefused) -> str:
    refused = exc.recipients.items()
    return ", ".join(f"{who} ({code} {_text(text)})" for who, (code, text) in refused)
