"""Obtain the passphrase of a signing identity from the least intrusive source available.

Order: an explicit passphrase file (batch use, ``--passphrase-file``), then the secret store
(a passphrase the user chose to remember), then the user through an injected prompt (``getpass`` in
the command line, a dialog in the interface). The resolver never writes a passphrase anywhere but
into a persistent secret store, and only when asked to with :meth:`PassphraseResolver.remember`.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from gusp_desktop.credentials.store import CredentialError, SecretStore

PromptCallback = Callable[[str], str | None]
"""Asks the user for a passphrase; the argument is the French label to show, ``None`` = cancel."""


def identity_secret_key(identity_name: str) -> str:
    """Key under which the passphrase of a signing identity is remembered."""
    return f"identity:{identity_name}"


class PassphraseSource(enum.Enum):
    """Where a passphrase came from, so the caller knows whether offering to remember it makes sense
    and whether a rejected one should be forgotten."""

    FILE = "file"
    STORE = "store"
    PROMPT = "prompt"


@dataclass(frozen=True)
class ResolvedPassphrase:
    """A passphrase and its origin; the value is kept out of ``repr`` so it never reaches a log."""

    value: str = field(repr=False)
    source: PassphraseSource


def read_passphrase_file(path: Path) -> str:
    """Read a passphrase file: UTF-8 (a BOM is tolerated), one final line break removed."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CredentialError(f"Le fichier de phrase secrète « {path} » est introuvable.") from exc
    except UnicodeDecodeError as exc:
        raise CredentialError(
            f"Le fichier de phrase secrète « {path} » n'est pas un texte UTF-8."
        ) from exc
    except OSError as exc:
        raise CredentialError(
            f"Impossible de lire le fichier de phrase secrète « {path} »."
        ) from exc
    if text.endswith("\r\n"):
        text = text[:-2]
    elif text.endswith("\n"):
        text = text[:-1]
    if not text:
        raise CredentialError(f"Le fichier de phrase secrète « {path} » est vide.")
    return text


class PassphraseResolver:
    """Finds passphrases: passphrase file → secret store → prompt."""

    def __init__(
        self,
        store: SecretStore,
        prompt: PromptCallback | None = None,
        passphrase_file: Path | None = None,
    ) -> None:
        self._store = store
        self._prompt = prompt
        self._passphrase_file = passphrase_file

    @property
    def can_remember(self) -> bool:
        """Offer "remember this passphrase" only when the store would really keep it."""
        return self._store.is_persistent

    @property
    def store_description(self) -> str:
        return self._store.description

    def resolve(self, key: str, label: str) -> ResolvedPassphrase | None:
        """Return the passphrase for ``key``, or ``None`` when the user cancelled the prompt."""
        if self._passphrase_file is not None:
            value = read_passphrase_file(self._passphrase_file)
            return ResolvedPassphrase(value, PassphraseSource.FILE)
        stored = self._store.get(key)
        if stored:
            return ResolvedPassphrase(stored, PassphraseSource.STORE)
        if self._prompt is None:
            return None
        answer = self._prompt(label)
        if not answer:
            return None
        return ResolvedPassphrase(answer, PassphraseSource.PROMPT)

    def remember(self, key: str, passphrase: str) -> bool:
        """Store the passphrase if the store is persistent; return whether it was stored."""
        if not self.can_remember:
            return False
        self._store.set(key, passphrase)
        return True

    def forget(self, key: str) -> None:
        """Drop a remembered passphrase, e.g. after it was rejected or the identity was removed."""
        self._store.delete(key)
