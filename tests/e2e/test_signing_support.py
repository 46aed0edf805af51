"""Helpers of the signing end-to-end tests: tampering a real (compressed) compte rendu and
searching every file and output for secrets. No test lives here."""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

from gusp_desktop.signing.identities import IdentityStore
from gusp_desktop.signing.sign import sign_pdf
from tests.unit.signing.helpers import (
    appended_page,
    make_minutes,
    removed_signature_field,
    spliced_signature,
)

__all__ = [
    "appended_page",
    "flip_byte_in_first_content_stream",
    "foreign_donor",
    "removed_signature_field",
    "secrets_in",
    "spliced_signature",
    "swapped_page_content",
]


def _writer(data: bytes) -> IncrementalPdfFileWriter:
    return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)


def flip_byte_in_first_content_stream(data: bytes) -> bytes:
    """(a) One byte of page 1's compressed content stream changed in place (same length)."""
    page_ref, _resources = _writer(data).find_page_for_modification(0)
    contents = page_ref.get_object().raw_get("/Contents")
    ref = contents[0] if isinstance(contents, list) else contents
    start = re.search(rb"(?:^|\s)%d 0 obj" % ref.idnum, data)
    assert start is not None
    stream = data.index(b"stream", start.end()) + len(b"stream\n")
    position = stream + 40
    return data[:position] + bytes([data[position] ^ 0x01]) + data[position + 1 :]


def swapped_page_content(data: bytes) -> bytes:
    """(b) Unsigned incremental update giving page 1 the text (content and fonts) of page 2."""
    writer = _writer(data)
    first_ref, _ = writer.find_page_for_modification(0)
    second_ref, _ = writer.find_page_for_modification(1)
    first, second = first_ref.get_object(), second_ref.get_object()
    first["/Contents"] = second.raw_get("/Contents")
    first["/Resources"] = second.raw_get("/Resources")
    writer.update_container(first)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def foreign_donor(data_dir: Path, workdir: Path, passphrases: Mapping[str, str]) -> bytes:
    """Another document signed by the same identities, whose signature gets grafted."""
    target = workdir / "donneur-signe.pdf"
    if target.exists():
        return target.read_bytes()
    store = IdentityStore(data_dir / "identities")
    source = make_minutes(workdir / "donneur.pdf", pages=2, title="Autre comité")
    middle = workdir / "donneur-1.pdf"
    for name, role, src, out in (
        ("Claire Demarquette", "secrétaire de séance", source, middle),
        ("Yannick Forestier", "président de séance", middle, target),
    ):
        sign_pdf(src, out, store.get(name), passphrases[name], role_label=role, reason="Test")
    return target.read_bytes()


def _key_secrets(store: IdentityStore, passphrases: Mapping[str, str]) -> list[bytes]:
    found = []
    for name, passphrase in passphrases.items():
        key = store.load_key_material(name, passphrase).key
        for fmt in (
            serialization.PrivateFormat.PKCS8,
            serialization.PrivateFormat.TraditionalOpenSSL,
        ):
            found.append(
                key.private_bytes(serialization.Encoding.DER, fmt, serialization.NoEncryption())
            )
        numbers = key.private_numbers()
        scalar = getattr(numbers, "private_value", None) or getattr(numbers, "d", 0)
        found.append(scalar.to_bytes((scalar.bit_length() + 7) // 8, "big"))
    return found


def secrets_in(
    dirs: Iterable[Path],
    identities: Path,
    passphrases: Mapping[str, str],
    outputs: Iterable[str],
) -> list[str]:
    """Where a passphrase or a private key shows up, outside the encrypted ``.p12`` files."""
    phrases = [
        p.encode(encoding) for p in passphrases.values() for encoding in ("utf-8", "utf-16-le")
    ]
    keys = _key_secrets(IdentityStore(identities), passphrases)
    leaks = []
    for path in (p for d in dirs for p in d.rglob("*") if p.is_file()):
        content = path.read_bytes()
        if any(secret in content for secret in phrases + keys):
            leaks.append(str(path))
        if path.suffix != ".p12" and b"PRIVATE KEY" in content:
            leaks.append(f"{path} (clé PEM)")
    text = "\n".join(outputs)
    leaks += [f"sortie : {name}" for name, p in passphrases.items() if p in text]
    return leaks
