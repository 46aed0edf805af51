"""Atomic writes never leave a truncated file behind."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from gusp_desktop.fileio import atomic_write, write_bytes_atomic


def test_failed_write_keeps_previous_content_and_leaves_no_temp(tmp_path: Path) -> None:
    target = tmp_path / "cr.pdf"
    write_bytes_atomic(target, b"ancien contenu")
    with pytest.raises(RuntimeError), atomic_write(target) as handle:
        handle.write(b"moitie")
        raise RuntimeError("panne au milieu")
    assert target.read_bytes() == b"ancien contenu"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cr.pdf"]


def test_written_file_has_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "plan.xlsx"
    write_bytes_atomic(target, b"x")
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask
