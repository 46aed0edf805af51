"""Errors the user can act on, each with a French message.

Anything else that escapes the services is a bug and goes to the crash report.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


class Message(str):
    """A French message that remembers its template and its values.

    It is the French text itself (the command line prints it, the documents and the tests
    read it as any string), and a window in another language translates the template and
    fills in the values: « {label} est obligatoire. » with ``label=Message("Le prénom")``
    reads « First name is required. ». Values that are messages are translated in turn
    (a message without values is translated word for word), tuples are listed with commas,
    anything else (a code, a number, what the user typed) is shown as it is.
    """

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, **values: object) -> Message:
        text = template.format(**{k: _plain(v) for k, v in values.items()}) if values else template
        self = super().__new__(cls, text)
        self.template = template
        self.values = values
        return self


def listing(items: Sequence[str], glue: str = "{first} ; {rest}") -> str:
    """Several messages joined by ``glue`` (« ; » by default, « {first} {rest} » for
    sentences), as one message whose parts are each translated on their own in another
    language (« 12 : … ; 14 : … »)."""
    parts = [item if isinstance(item, Message) else Message(item) for item in items]
    if not parts:
        return ""
    message = parts[-1]
    for part in reversed(parts[:-1]):
        message = Message(glue, first=part, rest=message)
    return message


def message_of(error: BaseException) -> str:
    """The message an exception was raised with, still a ``Message`` when it was one (``str``
    of the exception would give its plain French text)."""
    first = error.args[0] if error.args else None
    return first if isinstance(first, str) else str(error)


def _plain(value: object) -> object:
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value)
    return value


class GuspError(Exception):
    """Base of the errors shown to the user as they are."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class ValidationError(GuspError):
    """Input refused; ``errors`` maps each field to its French message."""

    def __init__(self, errors: Mapping[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__(" ; ".join(self.errors.values()))


class NotFoundError(GuspError):
    """The requested row does not exist (or no longer exists)."""


#: What each table's rows are called in messages, with their article.
ROW_NOUNS = {
    "action": "l'action",
    "agenda_item": "le point de l'ordre du jour",
    "attendance": "la ligne d'émargement",
    "contact": "la fiche",
    "decision": "la décision",
    "instance": "l'instance",
    "membership": "la place de membre",
    "organisation": "l'organisation",
    "quartier": "le quartier",
    "seance": "la séance",
    "site": "le site",
}
# The stored value that names a row best, tried in this order.
_NAMING_KEYS = ("number", "code", "title", "name", "last_name")


def describe_row(entity: str, entity_id: int, stored: Mapping[str, Any]) -> str:
    """« l'action « HM-25-002 » », « le point de l'ordre du jour « Questions diverses » »."""
    noun = ROW_NOUNS.get(entity, "l'enregistrement")
    if entity == "contact" and stored.get("last_name"):
        name = f"{stored.get('first_name') or ''} {stored['last_name']}".strip()
        return f"{noun} de {name}"
    for key in _NAMING_KEYS:
        value = stored.get(key)
        if isinstance(value, str) and value.strip():
            return f"{noun} « {value.strip()} »"
    return f"{noun} n° {entity_id}" if entity_id else noun


class ConflictError(GuspError):
    """Someone saved the same row since it was read: nothing was overwritten.

    Carries what is stored now and what the user tried to save, so the caller can show both.
    """

    def __init__(
        self,
        entity: str,
        entity_id: int,
        stored: Mapping[str, Any],
        attempted: Mapping[str, Any],
        stored_version: int | None = None,
    ) -> None:
        self.entity = entity
        self.entity_id = entity_id
        self.stored = dict(stored)
        self.attempted = dict(attempted)
        self.stored_version = stored_version
        super().__init__(
            f"Conflit de modification : {self.what()} a été modifié par quelqu'un d'autre "
            "depuis sa lecture. Rien n'a été écrasé ; relisez la version enregistrée avant de "
            "recommencer."
        )

    def what(self) -> str:
        """The row in words a user recognises (« l'action HM-25-002 »), never a table name."""
        return describe_row(self.entity, self.entity_id, self.stored)


class PermissionDeniedError(GuspError):
    """The current user's role does not allow this operation."""


class DatabaseUnavailableError(GuspError):
    """The database cannot be opened or reached (environment, not a bug)."""


class SchemaTooNewError(DatabaseUnavailableError):
    """The database was upgraded by a newer version of the application."""


class DatabaseCorruptError(DatabaseUnavailableError):
    """The database file is damaged or is not a database: restore a backup."""


class DatabaseReadOnlyError(DatabaseUnavailableError):
    """The database can be read but not written (file, folder or server is read-only)."""


class FileTargetError(GuspError):
    """A file cannot be written where asked: not a regular file, read-only, missing folder."""
