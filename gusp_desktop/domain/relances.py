"""Relances: the message each pilot receives before a séance, what was sent, SMTP profiles.

A relance asks one pilot organisation's contact for news of their open actions before a
comité. Its text comes from templates the coordinator edits (``string.Template`` placeholders
such as ``$date_seance``), so wording changes need no new version of the application.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import string
from collections.abc import Mapping
from dataclasses import dataclass, field

from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.vocabularies import RelanceMode as RelanceMode

# Placeholders a template may use, with what they become (shown beside the editor).
PLACEHOLDERS: dict[str, str] = {
    "contact": "nom du destinataire (« Inès Taleb »)",
    "organisation": "organisation pilote (« Marve Habitat »)",
    "seance": "séance à préparer (« COTECH GUSP inter-quartiers n° 5 »)",
    "date_seance": "date de la séance (« jeudi 11 septembre 2025 »)",
    "date_reponse": "date limite de réponse (« jeudi 4 septembre 2025 »)",
    "nombre_actions": "nombre d'actions ouvertes listées",
    "nombre_retards": "nombre de ces actions en retard",
    "expediteur": "nom de la personne qui envoie",
}
DEFAULT_SUBJECT = "Relance GUSP : vos actions avant la séance du $date_seance"
DEFAULT_BODY = (
    "Bonjour $contact,\n\n"
    "En vue de la séance « $seance » du $date_seance, pourriez-vous nous faire part de "
    "l'avancement des $nombre_actions actions dont $organisation est pilote "
    "(dont $nombre_retards en retard) ?\n\n"
    "Merci de répondre avant le $date_reponse, par retour de ce message ou en complétant le "
    "tableau joint (colonnes état, avancement, commentaire, nouvelle échéance proposée).\n\n"
    "Le plan d'actions de votre organisation est joint en PDF et en tableur.\n\n"
    "Bien cordialement,\n$expediteur"
)
DEFAULT_ANSWER_DAYS = 7
MAX_TEMPLATE = 10_000
_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")


@dataclass(frozen=True)
class RelanceTemplates:
    """Subject and body of the message, and how many days before the séance answers are due."""

    subject: str = DEFAULT_SUBJECT
    body: str = DEFAULT_BODY
    answer_days: int = DEFAULT_ANSWER_DAYS

    def validated(self) -> RelanceTemplates:
        """Refuse an unknown placeholder, a broken ``$`` or an empty subject, in French."""
        errors: dict[str, str] = {}
        parts = (("subject", "de l'objet", self.subject), ("body", "du texte", self.body))
        for key, label, text in parts:
            problem = template_problem(text)
            if not text.strip():
                errors[key] = Message("Le modèle {label} est vide.", label=Message(label))
            elif len(text) > MAX_TEMPLATE:
                errors[key] = Message(
                    "Le modèle {label} dépasse {limit} caractères.",
                    label=Message(label),
                    limit=MAX_TEMPLATE,
                )
            elif problem:
                errors[key] = Message(
                    "Modèle {label} : {problem}", label=Message(label), problem=problem
                )
        if "\n" in self.subject.strip():
            errors["subject"] = "L'objet du message tient sur une seule ligne."
        if not 0 <= self.answer_days <= 60:
            errors["answer_days"] = "Le délai de réponse va de 0 à 60 jours avant la séance."
        if errors:
            raise ValidationError(errors)
        return RelanceTemplates(self.subject.strip(), self.body.strip(), self.answer_days)


def template_problem(text: str) -> str:
    """What is wrong with a template, in French (empty when it is usable)."""
    try:
        names = {
            m.group("named") or m.group("braced")
            for m in string.Template.pattern.finditer(text)
            if m.group("invalid") is None and (m.group("named") or m.group("braced"))
        }
        string.Template(text).substitute(dict.fromkeys(PLACEHOLDERS, ""))
    except ValueError:
        return "un « $ » seul doit s'écrire « $$ »."
    except KeyError as exc:
        return Message("la variable « ${name} » n'existe pas.", name=exc.args[0])
    unknown = sorted(names - set(PLACEHOLDERS))
    return Message("la variable « ${name} » n'existe pas.", name=unknown[0]) if unknown else ""


def fill(text: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders replaced (templates are validated when saved)."""
    return string.Template(text).safe_substitute(values)


def check_email(address: str) -> str:
    """A plausible e-mail address, trimmed, else a French error naming it."""
    value = address.strip()
    if not _EMAIL.match(value):
        raise ValidationError(
            {"email": Message("Adresse électronique invalide : « {value} ».", value=address)}
        )
    return value


@dataclass(frozen=True)
class RelanceAction:
    """One open action as the pilot reads it in the message."""

    id: int
    number: str
    title: str
    quartier_code: str
    site_name: str
    status_label: str
    progress: int
    deadline: dt.date | None
    deadline_note: str
    overdue: bool
    last_point_date: dt.date | None = None
    last_point: str = ""


@dataclass(frozen=True)
class RelanceRecipient:
    """One message: a pilot organisation's contact and the open actions they answer for.

    ``email`` is empty when the directory has no address for them: the message cannot be
    produced and the report says so.
    """

    organisation_id: int
    organisation_code: str
    organisation_name: str
    contact_id: int | None
    contact_name: str
    email: str
    actions: tuple[RelanceAction, ...]

    @property
    def key(self) -> str:
        """Identifies the recipient within a batch (organisation and address)."""
        return f"{self.organisation_code}:{self.email.lower()}"

    @property
    def overdue_count(self) -> int:
        return sum(1 for a in self.actions if a.overdue)


@dataclass(frozen=True)
class RelanceBatch:
    """Every message for one séance (or one date): who, which actions, by when to answer."""

    seance_id: int | None
    occasion: str
    meeting_date: dt.date
    answer_by: dt.date
    sender_name: str
    recipients: tuple[RelanceRecipient, ...]
    skipped_restricted: int = 0


@dataclass(frozen=True)
class RelanceRecord:
    """A relance as logged: who produced it, when, for whom, about which actions."""

    id: int
    at: dt.datetime
    author: str
    mode: RelanceMode
    seance_id: int | None
    organisation_code: str
    contact_name: str
    email: str
    subject: str
    message_id: str
    action_numbers: tuple[str, ...] = field(default=())


class SendStatus(enum.StrEnum):
    SENT = "envoyee"
    ALREADY_SENT = "deja_envoyee"
    FAILED = "echec"
    NO_ADDRESS = "sans_adresse"
    DRAFT = "brouillon"

    @property
    def label(self) -> str:
        return {
            "envoyee": "envoyée",
            "deja_envoyee": "déjà envoyée (ignorée)",
            "echec": "échec",
            "sans_adresse": "pas d'adresse électronique",
            "brouillon": "brouillon enregistré",
        }[self.value]


@dataclass(frozen=True)
class RelanceOutcome:
    """What happened to one recipient's message (report lines, JSON summary)."""

    organisation: str
    contact: str
    email: str
    actions: tuple[str, ...]
    status: SendStatus
    file: str = ""
    message: str = ""


class SmtpSecurity(enum.StrEnum):
    """How the link to the mail server is protected."""

    STARTTLS = "starttls"
    SSL = "ssl"
    NONE = "aucune"


@dataclass(frozen=True)
class SmtpProfile:
    """Where messages are sent from (never the password, kept in the system keyring)."""

    name: str
    host: str
    sender: str
    port: int = 587
    security: SmtpSecurity = SmtpSecurity.STARTTLS
    user: str = ""
    sender_name: str = ""
    # Certificate of the authority that signed the server's (an internal mail server); empty:
    # the system's authorities.
    ca_file: str = ""

    @property
    def secret_key(self) -> str:
        """Keyring key, tied to the account and server."""
        return f"smtp:{self.user}@{self.host}:{self.port}"

    def describe(self) -> str:
        who = f"{self.user}@" if self.user else ""
        return f"{who}{self.host}:{self.port} ({self.security.value}), expéditeur {self.sender}"

    def validated(self) -> SmtpProfile:
        """Trimmed copy, or a French error per wrong field."""
        errors: dict[str, str] = {}
        name, host, user = self.name.strip(), self.host.strip(), self.user.strip()
        if not re.fullmatch(r"[\w.-]{1,40}", name):
            errors["name"] = (
                "Nom de profil : lettres, chiffres, « . », « - » ou « _ » (40 au plus)."
            )
        if not host or any(c.isspace() for c in host):
            errors["host"] = "Donnez le nom du serveur d'envoi (ex. smtp.agglo.fr)."
        if not 0 < self.port < 65536:
            errors["port"] = Message("Port invalide : {port}.", port=self.port)
        try:
            sender = check_email(self.sender)
        except ValidationError:
            errors["sender"] = Message(
                "Adresse d'expéditeur invalide : « {sender} ».", sender=self.sender
            )
            sender = self.sender
        if errors:
            raise ValidationError(errors)
        ca_file = self.ca_file.strip()
        if ca_file and self.security is SmtpSecurity.NONE:
            raise ValidationError({"ca_file": "Un certificat n'a de sens qu'avec SSL ou STARTTLS."})
        return SmtpProfile(
            name, host, sender, self.port, self.security, user, self.sender_name.strip(), ca_file
        )
