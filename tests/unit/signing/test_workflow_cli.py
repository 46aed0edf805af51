"""``gusp-desktop identity …`` in process: where passphrases come from, and where they go."""

from __future__ import annotations

import getpass
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from gusp_desktop import bootstrap
from gusp_desktop.credentials import MemorySecretStore, identity_secret_key
from gusp_desktop.main import main

CA = "Autorité GUSP Marvelin"
SECRET = "une phrase assez longue"


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GUSP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("GUSP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.delenv("GUSP_DB_URL", raising=False)


def terminal(monkeypatch: pytest.MonkeyPatch, *answers: str) -> list[str]:
    """A terminal on which the user types ``answers``; returns the prompts shown."""
    asked: list[str] = []
    queue: Iterator[str] = iter(answers)

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return next(queue)

    monkeypatch.setattr(sys.stdin, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    return asked


def test_a_new_passphrase_is_typed_twice(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    asked = terminal(monkeypatch, SECRET, SECRET)
    assert main(["identity", "create-ca", CA]) == 0
    assert asked == [
        f"Nouvelle phrase secrète pour l'autorité « {CA} » : ",
        "Confirmez la phrase secrète : ",
    ]
    assert f"Autorité « {CA} »" in capsys.readouterr().out


def test_two_different_entries_are_refused(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    terminal(monkeypatch, SECRET, "autre chose encore")
    assert main(["identity", "create-ca", CA]) == 1
    assert "Les deux saisies de la phrase secrète diffèrent." in capsys.readouterr().err


def test_without_terminal_or_file_the_command_explains_instead_of_hanging(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys.stdin, "isatty", lambda: False, raising=False)
    assert main(["identity", "create-ca", CA]) == 1
    assert "utilisez --passphrase-file FICHIER" in capsys.readouterr().err


def test_the_authority_passphrase_is_asked_when_issuing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret_file = tmp_path / "ca.txt"
    secret_file.write_text(SECRET + "\n", encoding="utf-8")
    assert main(["identity", "create-ca", CA, "--passphrase-file", str(secret_file)]) == 0
    asked = terminal(monkeypatch, "mauvaise phrase")
    code = main(["identity", "create", "Léa", "--ca", CA, "--passphrase-file", str(secret_file)])
    assert code == 1 and asked == [f"Phrase secrète de l'identité « {CA} » : "]
    assert f"Phrase secrète incorrecte pour « {CA} »." in capsys.readouterr().err


def test_remember_uses_only_a_secure_keyring(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    secret_file = tmp_path / "ca.txt"
    secret_file.write_text(SECRET, encoding="utf-8")
    args = ["identity", "create-ca", CA, "--passphrase-file", str(secret_file), "--remember"]
    assert main(args) == 0
    assert "Phrase secrète non mémorisée : Aucun trousseau sécurisé" in capsys.readouterr().out
    keyring = MemorySecretStore()
    monkeypatch.setattr(bootstrap, "default_secret_store", lambda: keyring)
    args[2] = "Autre autorité"
    assert main(args) == 0
    assert "mémorisée dans le trousseau sécurisé du système" in capsys.readouterr().out
    assert keyring.get(identity_secret_key("Autre autorité")) == SECRET
    terminal(monkeypatch)  # no answer queued: the keyring must be enough
    code = main(
        [
            "identity",
            "create",
            "Léa",
            "--ca",
            "Autre autorité",
            "--passphrase-file",
            str(secret_file),
        ]
    )
    assert code == 0, capsys.readouterr().err
