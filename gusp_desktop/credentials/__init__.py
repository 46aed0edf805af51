"""Passphrases of signing identities: where they may be remembered and how they are obtained."""

from gusp_desktop.credentials.resolver import (
    PassphraseResolver,
    PassphraseSource,
    PromptCallback,
    ResolvedPassphrase,
    identity_secret_key,
    read_passphrase_file,
)
from gusp_desktop.credentials.store import (
    SERVICE_NAME,
    CredentialError,
    DeferredSecretStore,
    EphemeralSecretStore,
    KeyringSecretStore,
    MemorySecretStore,
    SecretStore,
    default_secret_store,
    is_secure_backend,
    secure_store_or_none,
)

__all__ = [
    "SERVICE_NAME",
    "CredentialError",
    "DeferredSecretStore",
    "EphemeralSecretStore",
    "KeyringSecretStore",
    "MemorySecretStore",
    "PassphraseResolver",
    "PassphraseSource",
    "PromptCallback",
    "ResolvedPassphrase",
    "SecretStore",
    "default_secret_store",
    "identity_secret_key",
    "is_secure_backend",
    "read_passphrase_file",
    "secure_store_or_none",
]
