"""After a full run (authority, two identities, two signatures) no secret lies around anywhere."""

from __future__ import annotations

import logging
import os
import sys
import tempfile
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from gusp_desktop.signing.identities import IdentityStore

from .helpers import (
    CA_PASSPHRASE,
    PRESIDENT_PASSPHRASE,
    SECRETARY_PASSPHRASE,
    build_organisation,
    make_minutes,
    sign_by_both,
)

PASSPHRASES = {
    "Autorité GUSP Roubaix": CA_PASSPHRASE,
    "Pierre Martin": PRESIDENT_PASSPHRASE,
    "Claire Demarquette": SECRETARY_PASSPHRASE,
}


def _key_secrets(store: IdentityStore) -> list[bytes]:
    """Raw private scalars and unencrypted DER encodings of every key in the store."""
    secrets = []
    for name, passphrase in PASSPHRASES.items():
        key = store.load_key_material(name, passphrase).key
        assert isinstance(key, ec.EllipticCurvePrivateKey)
        secrets.append(key.private_numbers().private_value.to_bytes(32, "big"))
        for fmt in (
            serialization.PrivateFormat.PKCS8,
            serialization.PrivateFormat.TraditionalOpenSSL,
        ):
            secrets.append(
                key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())
            )
    return secrets


def _passphrase_secrets() -> list[bytes]:
    return [
        encoded
        for value in PASSPHRASES.values()
        for encoded in (
            value.encode("utf-8"),
            value.encode("utf-16-le"),
            value.encode("latin-1", "replace"),
        )
    ]


def test_no_secret_outside_encrypted_pkcs12(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    temp_dir = tmp_path / "tmp"
    temp_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp_dir))
    caplog.set_level(logging.DEBUG)

    org = build_organisation(tmp_path / "org")
    documents = tmp_path / "documents"
    documents.mkdir()
    signed = sign_by_both(org, make_minutes(documents / "cr.pdf"), documents)
    assert signed.exists()

    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".p12" for p in files) and any(p.suffix == ".json" for p in files)
    assert not any(temp_dir.iterdir()), "temporary files were left behind"

    key_secrets = _key_secrets(org.store)
    for path in files:
        content = path.read_bytes()
        for secret in _passphrase_secrets() + key_secrets:
            assert secret not in content, f"secret found in {path.name}"
        if path.suffix != ".p12":
            assert b"PRIVATE KEY" not in content, path.name
            assert b"ENCRYPTED" not in content, path.name

    log_text = caplog.text
    assert all(value not in log_text for value in PASSPHRASES.values())


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_store_directory_and_key_files_are_private(tmp_path: Path) -> None:
    org = build_organisation(tmp_path)
    assert org.store.root.stat().st_mode & 0o077 == 0
    for path in org.store.root.iterdir():
        assert path.stat().st_mode & 0o077 == 0, path.name
    assert os.access(org.president.path, os.R_OK)


def test_reprs_do_not_show_keys(tmp_path: Path) -> None:
    org = build_organisation(tmp_path)
    material = org.store.load_key_material("Pierre Martin", PRESIDENT_PASSPHRASE)
    scalar = material.key
    assert isinstance(scalar, ec.EllipticCurvePrivateKey)
    text = repr(material)
    assert str(scalar.private_numbers().private_value) not in text
    assert "key=" not in text
