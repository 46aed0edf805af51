"""Signing identities as the front ends use them: French errors, passphrases via the keyring.

Wraps :class:`~gusp_desktop.signing.identities.IdentityStore` so that the command line and the
window apply one policy: a passphrase is remembered only when the user asks for it *and* the
operating system offers a secure keyring; otherwise it is asked for each time and kept nowhere.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from gusp_desktop.credentials import (
    CredentialError,
    PassphraseResolver,
    PromptCallback,
    SecretStore,
    identity_secret_key,
)
from gusp_desktop.domain.errors import message_of
from gusp_desktop.domain.signed_minutes import (
    PassphraseRejectedError,
    SignedMinutesError,
    SignerRole,
)
from gusp_desktop.signing.errors import SigningError, WrongPassphraseError
from gusp_desktop.signing.identities import IdentityInfo, IdentityStore

T = TypeVar("T")


def _french(call: Callable[[], T]) -> T:
    """Run a signing-package call, turning its errors into errors the front ends show."""
    try:
        return call()
    except WrongPassphraseError as exc:
        raise PassphraseRejectedError(message_of(exc)) from exc
    except (SigningError, CredentialError) as exc:
        raise SignedMinutesError(message_of(exc)) from exc


def passphrase_label(info_or_name: IdentityInfo | str) -> str:
    """What the passphrase prompt says, naming the identity."""
    if isinstance(info_or_name, str):
        return f"Phrase secrète de l'identité « {info_or_name} » :"
    kind = "l'autorité" if info_or_name.is_authority else "l'identité"
    return f"Phrase secrète de {kind} « {info_or_name.name} » :"


class SigningIdentities:
    """Identities of this computer and the secret store that may remember their passphrases."""

    def __init__(self, store: IdentityStore, secrets: SecretStore) -> None:
        self.store = store
        self.secrets = secrets

    @property
    def can_remember(self) -> bool:
        """Offer « mémoriser » only when a secure keyring would really keep the passphrase."""
        return self.secrets.is_persistent

    def list(self) -> tuple[IdentityInfo, ...]:
        return self.store.list()

    def signers(self) -> tuple[IdentityInfo, ...]:
        return tuple(i for i in self.store.list() if not i.is_authority)

    def authorities(self) -> tuple[IdentityInfo, ...]:
        return tuple(i for i in self.store.list() if i.is_authority)

    def get(self, name: str) -> IdentityInfo:
        return _french(lambda: self.store.get(name))

    def resolver(
        self, prompt: PromptCallback | None, passphrase_file: Path | None = None
    ) -> PassphraseResolver:
        """Passphrase file, then keyring, then ``prompt``: the order every caller uses."""
        return PassphraseResolver(self.secrets, prompt, passphrase_file)

    def remember(self, name: str, passphrase: str) -> bool:
        """Keep a passphrase in the secure keyring; False (and nothing stored) without one."""
        if not self.can_remember:
            return False
        _french(lambda: self.secrets.set(identity_secret_key(name), passphrase))
        return True

    def forget(self, name: str) -> None:
        """Drop a remembered passphrase (it was rejected, or the user asked)."""
        _french(lambda: self.secrets.delete(identity_secret_key(name)))

    def check_passphrase(self, name: str, passphrase: str) -> None:
        """Open the identity in memory only, to refuse a wrong passphrase early."""
        _french(lambda: self.store.load_key_material(name, passphrase))

    def create_ca(
        self, name: str, organisation: str, passphrase: str, *, remember: bool = False
    ) -> IdentityInfo:
        info = _french(lambda: self.store.create_ca(name, organisation, passphrase))
        if remember:
            self.remember(info.name, passphrase)
        return info

    def create_identity(
        self,
        name: str,
        ca_name: str,
        ca_passphrase: str,
        passphrase: str,
        *,
        email: str | None = None,
        role: SignerRole | None = None,
        remember: bool = False,
    ) -> IdentityInfo:
        """A signer's certificate issued by one of this computer's authorities."""
        role_text = role.label.removesuffix(" de séance") if role else None
        info = _french(
            lambda: self.store.create_identity(
                name, ca_name, ca_passphrase, passphrase, email=email, role=role_text
            )
        )
        if remember:
            self.remember(info.name, passphrase)
        return info

    def import_pkcs12(
        self, path: Path, name: str, passphrase: str, *, remember: bool = False
    ) -> IdentityInfo:
        info = _french(lambda: self.store.import_pkcs12(Path(path), name, passphrase))
        if remember:
            self.remember(info.name, passphrase)
        return info

    def export_ca(self, name: str, path: Path) -> Path:
        """The authority's public certificate, for partners to install once."""
        return _french(lambda: self.store.export_ca(name, Path(path)))
