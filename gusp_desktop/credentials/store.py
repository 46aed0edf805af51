"""Where passphrases may be remembered, and the policy deciding whether they may be at all.

A passphrase protects the private key of a signing identity. Remembering it is a convenience that
is only acceptable in a store the operating system protects (GNOME Keyring / KWallet through
Secret Service, the Windows Credential Manager, the macOS Keychain). On a machine without such a
store the application asks every time instead of falling back to a file: the ``keyrings.alt``
backends either keep the secret in plain (base64) text or prompt on standard input, which would
hang a desktop application.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:  # keyring is imported on first use: it costs ~0.1 s at every start
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "gusp_desktop"
"""Service name under which every secret of the application is filed in the system keyring."""

# Allow-list rather than deny-list: a backend we do not know is not trusted with a secret.
_SECURE_BACKEND_MODULES = frozenset(
    {
        "keyring.backends.SecretService",
        "keyring.backends.libsecret",
        "keyring.backends.kwallet",
        "keyring.backends.Windows",
        "keyring.backends.macOS",
    }
)


class CredentialError(Exception):
    """A secret could not be read, stored or removed; the message is meant for the user."""


@runtime_checkable
class SecretStore(Protocol):
    """Somewhere a passphrase can be looked up by key (e.g. ``identity:Claire Demarquette``)."""

    @property
    def is_persistent(self) -> bool:
        """True when a secret given to :meth:`set` will still be there next time."""
        ...

    @property
    def description(self) -> str:
        """Short French sentence telling the user where secrets go."""
        ...

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


class MemorySecretStore:
    """Dictionary-backed store for tests; forgets everything when the process ends."""

    is_persistent = True
    description = "Mémoire du programme (tests uniquement)"

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        self._values[key] = value

    def delete(self, key: str) -> None:
        self._values.pop(key, None)


class EphemeralSecretStore:
    """The store used when no secure keyring exists: it deliberately keeps nothing.

    Returning ``None`` from :meth:`get` makes the caller ask the user every time, which is the only
    safe behaviour when the alternative would be a secret written in clear on disk.
    """

    is_persistent = False
    description = (
        "Aucun trousseau sécurisé n'est disponible sur ce poste : "
        "la phrase secrète sera demandée à chaque signature."
    )

    def get(self, key: str) -> str | None:
        return None

    def set(self, key: str, value: str) -> None:
        return None

    def delete(self, key: str) -> None:
        return None


class KeyringSecretStore:
    """Secrets kept by one *secure* keyring backend, under the service name ``gusp_desktop``.

    The store talks to the chosen backend directly instead of the global chainer, so that a failure
    of the secure backend can never silently spill the secret into a weaker one.
    """

    is_persistent = True

    def __init__(self, backend: KeyringBackend) -> None:
        if not is_secure_backend(backend):
            raise CredentialError(
                f"Le trousseau « {backend_label(backend)} » n'est pas sécurisé : "
                "il ne peut pas conserver de phrase secrète."
            )
        self._backend = backend

    @property
    def description(self) -> str:
        return f"Trousseau sécurisé du système ({backend_label(self._backend)})"

    def get(self, key: str) -> str | None:
        """Look the secret up; a locked or unreachable keyring just means "ask the user"."""
        from keyring.errors import KeyringError

        try:
            value = self._backend.get_password(SERVICE_NAME, key)
        except KeyringError as exc:
            log.warning("Lecture du trousseau impossible (%s)", type(exc).__name__)
            return None
        return value if isinstance(value, str) else None

    def set(self, key: str, value: str) -> None:
        from keyring.errors import KeyringError

        try:
            self._backend.set_password(SERVICE_NAME, key, value)
        except KeyringError as exc:
            raise CredentialError(
                "Impossible d'enregistrer la phrase secrète dans le trousseau du système."
            ) from exc

    def delete(self, key: str) -> None:
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            self._backend.delete_password(SERVICE_NAME, key)
        except PasswordDeleteError:
            return
        except KeyringError as exc:
            raise CredentialError(
                "Impossible de retirer la phrase secrète du trousseau du système."
            ) from exc


def backend_label(backend: Any) -> str:
    """Human-readable name of a keyring backend, for messages and logs."""
    name = getattr(backend, "name", None)
    return name if isinstance(name, str) and name else type(backend).__name__


def _priority(backend: Any) -> float:
    # An unusable backend reports its unavailability by raising from ``priority``.
    try:
        return float(backend.priority)
    except Exception:
        return -1.0


def is_secure_backend(backend: Any) -> bool:
    """True for the operating-system keyrings, whatever the subclass, when they are usable.

    The ``fail`` and ``null`` backends, the ``keyrings.alt`` plaintext/encrypted files and any
    unknown third-party backend are refused.
    """
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        return False
    known = any(cls.__module__ in _SECURE_BACKEND_MODULES for cls in type(backend).__mro__)
    return known and _priority(backend) >= 1


def _secure_member(backend: Any) -> KeyringBackend | None:
    """The backend itself if secure, or the best secure member of a chainer."""
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):
        for member in backend.backends:
            if is_secure_backend(member):
                return member  # type: ignore[no-any-return]
        return None
    return backend if is_secure_backend(backend) else None


def secure_store_or_none(backend: KeyringBackend | None = None) -> KeyringSecretStore | None:
    """The keyring store if the configured (or given) backend is secure, else ``None``."""
    try:
        import keyring

        candidate = backend if backend is not None else keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the application
        log.warning("Aucun trousseau utilisable (%s)", type(exc).__name__)
        return None
    chosen = _secure_member(candidate)
    return KeyringSecretStore(chosen) if chosen is not None else None


def default_secret_store(backend: KeyringBackend | None = None) -> SecretStore:
    """The secure keyring when there is one, otherwise a store that remembers nothing."""
    store = secure_store_or_none(backend)
    return store if store is not None else EphemeralSecretStore()


class DeferredSecretStore:
    """:func:`default_secret_store`, looked for on first use rather than at start.

    Finding the system keyring imports keyring and may ask the desktop session over D-Bus;
    most starts never need a secret, so the window does not wait for it.
    """

    def __init__(self, find: Callable[[], SecretStore] | None = None) -> None:
        self._find = find or default_secret_store
        self._store: SecretStore | None = None

    @property
    def _chosen(self) -> SecretStore:
        if self._store is None:
            self._store = self._find()
        return self._store

    @property
    def is_persistent(self) -> bool:
        return self._chosen.is_persistent

    @property
    def description(self) -> str:
        return self._chosen.description

    def get(self, key: str) -> str | None:
        return self._chosen.get(key)

    def set(self, key: str, value: str) -> None:
        self._chosen.set(key, value)

    def delete(self, key: str) -> None:
        self._chosen.delete(key)
