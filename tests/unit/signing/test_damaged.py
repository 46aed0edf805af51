"""A damaged signature dictionary or /ByteRange gets a French verdict, never a traceback."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from gusp_desktop.signing.verify import verify_pdf

from .helpers import Organisation


def _first(pattern: bytes, data: bytes, replacement: Callable[[re.Match[bytes]], bytes]) -> bytes:
    match = re.search(pattern, data)
    assert match is not None, pattern
    new = replacement(match)
    assert len(new) <= len(match.group(0))
    return data[: match.start()] + new.ljust(len(match.group(0))) + data[match.end() :]


DAMAGES: dict[str, Callable[[bytes], bytes]] = {
    "byterange-garbage": lambda d: _first(
        rb"/ByteRange\s*\[[^\]]*\]", d, lambda m: b"/ByteRange [" + b"x" * (len(m.group(0)) - 13)
    ),
    "byterange-short": lambda d: _first(
        rb"/ByteRange\s*\[[^\]]*\]", d, lambda m: b"/ByteRange [0 1]"
    ),
    "byterange-negative": lambda d: _first(
        rb"/ByteRange\s*\[[^\]]*\]", d, lambda m: b"/ByteRange [-5 10 20 30]"
    ),
    "byterange-huge": lambda d: _first(
        rb"/ByteRange\s*\[[^\]]*\]", d, lambda m: b"/ByteRange [0 99999999999 9 5]"
    ),
    "value-is-a-number": lambda d: _first(rb"/V \d+ 0 R", d, lambda m: b"/V 12"),
    "value-dangling": lambda d: _first(rb"/V \d+ 0 R", d, lambda m: b"/V 0 0 R"),
    "contents-as-string": lambda d: _first(rb"/Contents <", d, lambda m: b"/Contents ("),
    "subfilter-array": lambda d: _first(
        rb"/SubFilter\s*/ETSI\.CAdES\.detached", d, lambda m: b"/SubFilter [1 2 3]"
    ),
    "subfilter-missing": lambda d: _first(rb"/SubFilter", d, lambda m: b"/SubFiltex"),
    "type-changed": lambda d: _first(rb"/Type /Sig", d, lambda m: b"/Type /Xig"),
}


@pytest.mark.parametrize("damage", sorted(DAMAGES))
def test_damaged_signature_dictionary_gets_a_verdict(
    damage: str, signed_twice: Path, organisation: Organisation, tmp_path: Path
) -> None:
    path = tmp_path / f"{damage}.pdf"
    path.write_bytes(DAMAGES[damage](signed_twice.read_bytes()))
    report = verify_pdf(path, store=organisation.store)
    assert not report.ok
    assert report.problems
    assert all(isinstance(p, str) and p[0].isupper() for p in report.problems)
