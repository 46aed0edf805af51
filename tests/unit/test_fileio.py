"""Atomic writes never leave a truncated file behind."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from gusp_desktop.domain.errors import FileTargetError
from gusp_desktop.fileio import atomic_write, check_target, write_bytes_atomic


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


def test_a_fifo_or_a_directory_is_refused_untouched(tmp_path: Path) -> None:
    fifo = tmp_path / "tube"
    os.mkfifo(fifo)
    with pytest.raises(FileTargetError, match="pas un fichier ordinaire"):
        write_bytes_atomic(fifo, b"x")
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    folder = tmp_path / "dossier"
    folder.mkdir()
    with pytest.raises(FileTargetError, match="est un dossier"):
        write_bytes_atomic(folder, b"x")
    assert folder.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dossier", "tube"]


def test_character_devices_are_never_replaced() -> None:
    before = os.stat(os.devnull)
    with pytest.raises(FileTargetError, match="pas un fichier ordinaire"):
        check_target(Path(os.devnull))
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode) and os.stat(os.devnull) == before


def test_a_symlink_is_followed_and_kept(tmp_path: Path) -> None:
    real = tmp_path / "vrai" / "cr.pdf"
    real.parent.mkdir()
    real.write_bytes(b"ancien")
    link = tmp_path / "lien.pdf"
    link.symlink_to(real)
    write_bytes_atomic(link, b"nouveau")
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_bytes() == b"nouveau"
    assert sorted(p.name for p in real.parent.iterdir()) == ["cr.pdf"]


def test_a_read_only_file_is_refused_untouched(tmp_path: Path) -> None:
    target = tmp_path / "archive.pdf"
    target.write_bytes(b"original")
    target.chmod(0o444)
    with pytest.raises(FileTargetError, match="lecture seule"):
        write_bytes_atomic(target, b"nouveau")
    assert target.read_bytes() == b"original"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["archive.pdf"]


def test_missing_folders_are_refused_unless_asked(tmp_path: Path) -> None:
    target = tmp_path / "absent" / "sous-dossier" / "cr.pdf"
    with pytest.raises(FileTargetError, match="n'existe pas"):
        write_bytes_atomic(target, b"x")
    assert not (tmp_path / "absent").exists()
    write_bytes_atomic(target, b"x", create_parents=True)
    assert target.read_bytes() == b"x"


def test_replacing_keeps_the_permissions_of_the_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "notes.csv"
    target.write_bytes(b"ancien")
    target.chmod(0o640)
    write_bytes_atomic(target, b"nouveau")
    assert target.stat().st_mode & 0o777 == 0o640
