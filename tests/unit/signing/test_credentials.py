"""Passphrases are remembered only by an operating-system keyring, never in a weaker store."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import keyring
import pytest
from keyring.backends import SecretService, fail, null
from keyring.backends.chainer import ChainerBackend
from keyring.errors import KeyringLocked, PasswordDeleteError

from gusp_desktop.credentials import (
    SERVICE_NAME,
    CredentialError,
    EphemeralSecretStore,
    KeyringSecretStore,
    MemorySecretStore,
    PassphraseResolver,
    PassphraseSource,
    ResolvedPassphrase,
    default_secret_store,
    identity_secret_key,
    is_secure_backend,
    secure_store_or_none,
)


class FakeSecretService(SecretService.Keyring):
    """Behaves like GNOME Keyring without needing a D-Bus session."""

    priority = 5

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if (service, username) not in self.values:
            raise PasswordDeleteError(username)
        del self.values[(service, username)]


class LockedSecretService(FakeSecretService):
    def get_password(self, service: str, username: str) -> str | None:
        raise KeyringLocked("verrouillé")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("verrouillé")


def _alt_backend(class_name: str, priority: float) -> Any:
    """Stand-ins for keyrings.alt's PlaintextKeyring / EncryptedKeyring (module name is what
    the policy looks at; the package itself must not be installed)."""
    cls = type(
        class_name,
        (keyring.backend.KeyringBackend,),
        {
            "priority": priority,
            "get_password": lambda self, s, u: None,
            "set_password": lambda self, s, u, p: None,
            "delete_password": lambda self, s, u: None,
            "__module__": "keyrings.alt.file",
        },
    )
    return cls()


def test_default_backend_in_tests_is_refused() -> None:
    assert isinstance(keyring.get_keyring(), fail.Keyring)
    assert secure_store_or_none() is None
    store = default_secret_store()
    assert isinstance(store, EphemeralSecretStore)
    assert not store.is_persistent
    assert "demandée à chaque signature" in store.description


@pytest.mark.parametrize(
    "backend",
    [
        fail.Keyring(),
        null.Keyring(),
        _alt_backend("PlaintextKeyring", 0.5),
        _alt_backend("EncryptedKeyring", 0.6),
    ],
    ids=["fail", "null", "plaintext", "encrypted"],
)
def test_weak_backends_are_refused(backend: Any) -> None:
    assert not is_secure_backend(backend)
    assert secure_store_or_none(backend) is None
    assert isinstance(default_secret_store(backend), EphemeralSecretStore)
    with pytest.raises(CredentialError, match="n'est pas sécurisé"):
        KeyringSecretStore(backend)


def test_chainer_of_weak_backends_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    weak = [_alt_backend("EncryptedKeyring", 0.6), _alt_backend("PlaintextKeyring", 0.5)]
    monkeypatch.setattr(ChainerBackend, "backends", weak)
    assert secure_store_or_none(ChainerBackend()) is None


def test_chainer_yields_its_secure_member_only(monkeypatch: pytest.MonkeyPatch) -> None:
    secure = FakeSecretService()
    monkeypatch.setattr(ChainerBackend, "backends", [_alt_backend("PlaintextKeyring", 0.5), secure])
    store = secure_store_or_none(ChainerBackend())
    assert store is not None
    store.set("identity:Claire", "secret")
    assert secure.values == {(SERVICE_NAME, "identity:Claire"): "secret"}


def test_secure_backend_round_trip() -> None:
    backend = FakeSecretService()
    store = secure_store_or_none(backend)
    assert isinstance(store, KeyringSecretStore) and store.is_persistent
    assert store.get("k") is None
    store.set("k", "valeur")
    assert store.get("k") == "valeur"
    assert backend.values == {("gusp_desktop", "k"): "valeur"}
    store.delete("k")
    store.delete("k")  # deleting twice is harmless
    assert store.get("k") is None
    assert "Trousseau sécurisé du système" in store.description


def test_secure_backend_with_too_low_priority_is_refused() -> None:
    backend = FakeSecretService()
    backend.priority = 0.5  # type: ignore[assignment]  # keyring declares an int, reads any number
    assert secure_store_or_none(backend) is None


def test_locked_keyring_reads_as_absent_and_refuses_to_store() -> None:
    store = KeyringSecretStore(LockedSecretService())
    assert store.get("k") is None
    with pytest.raises(CredentialError, match="Impossible d'enregistrer"):
        store.set("k", "v")


def test_ephemeral_store_keeps_nothing() -> None:
    store = EphemeralSecretStore()
    store.set("k", "secret")
    assert store.get("k") is None
    store.delete("k")


def test_memory_store() -> None:
    store = MemorySecretStore()
    store.set("k", "v")
    assert store.get("k") == "v"
    store.delete("k")
    assert store.get("k") is None


class Prompt:
    def __init__(self, answer: str | None) -> None:
        self.answer = answer
        self.labels: list[str] = []

    def __call__(self, label: str) -> str | None:
        self.labels.append(label)
        return self.answer


def test_resolver_order_file_then_store_then_prompt(tmp_path: Path) -> None:
    key = identity_secret_key("Claire Demarquette")
    store = MemorySecretStore()
    store.set(key, "depuis le trousseau")
    prompt = Prompt("depuis la saisie")
    passphrase_file = tmp_path / "phrase.txt"
    passphrase_file.write_text("depuis le fichier\n", encoding="utf-8")

    with_file = PassphraseResolver(store, prompt, passphrase_file)
    assert with_file.resolve(key, "libellé") == ResolvedPassphrase(
        "depuis le fichier", PassphraseSource.FILE
    )
    with_store = PassphraseResolver(store, prompt)
    assert with_store.resolve(key, "libellé") == ResolvedPassphrase(
        "depuis le trousseau", PassphraseSource.STORE
    )
    assert prompt.labels == []
    store.delete(key)
    resolved = with_store.resolve(key, "Phrase secrète de « Claire Demarquette »")
    assert resolved == ResolvedPassphrase("depuis la saisie", PassphraseSource.PROMPT)
    assert prompt.labels == ["Phrase secrète de « Claire Demarquette »"]


def test_cancelled_prompt_gives_none() -> None:
    assert PassphraseResolver(MemorySecretStore(), Prompt(None)).resolve("k", "l") is None
    assert PassphraseResolver(MemorySecretStore(), Prompt("")).resolve("k", "l") is None
    assert PassphraseResolver(MemorySecretStore()).resolve("k", "l") is None


def test_remember_only_with_a_persistent_store() -> None:
    ephemeral = PassphraseResolver(EphemeralSecretStore(), Prompt("x"))
    assert not ephemeral.can_remember
    assert ephemeral.remember("k", "secret") is False
    memory = MemorySecretStore()
    persistent = PassphraseResolver(memory, Prompt("x"))
    assert persistent.can_remember
    assert persistent.remember("k", "secret") is True
    assert memory.get("k") == "secret"
    persistent.forget("k")
    assert memory.get("k") is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"abc def\n", "abc def"),
        (b"abc def\r\n", "abc def"),
        (b"\xef\xbb\xbfphrase\n", "phrase"),
        (b" espaces  \n\n", " espaces  \n"),
        ("accentuée".encode(), "accentuée"),
    ],
)
def test_passphrase_file_format(tmp_path: Path, raw: bytes, expected: str) -> None:
    path = tmp_path / "phrase.txt"
    path.write_bytes(raw)
    resolved = PassphraseResolver(MemorySecretStore(), passphrase_file=path).resolve("k", "l")
    assert resolved is not None and resolved.value == expected


def test_passphrase_file_errors_are_french(tmp_path: Path) -> None:
    empty = tmp_path / "vide.txt"
    empty.write_bytes(b"\n")
    with pytest.raises(CredentialError, match="est vide"):
        PassphraseResolver(MemorySecretStore(), passphrase_file=empty).resolve("k", "l")
    with pytest.raises(CredentialError, match="est introuvable"):
        PassphraseResolver(MemorySecretStore(), passphrase_file=tmp_path / "absent.txt").resolve(
            "k", "l"
        )


def test_resolved_passphrase_repr_hides_the_value() -> None:
    resolved = ResolvedPassphrase("très secret", PassphraseSource.PROMPT)
    assert "très secret" not in repr(resolved)
