"""Files holding partners' and residents' data are for the computer account that owns them.

The local database and its ``-wal``/``-shm`` journals, the crash journals of minutes being
typed, the archive of signed comptes rendus, backups, logs and settings are created with mode
0600 in folders of mode 0700, so another user of the same computer cannot read them. Files left
by earlier versions (0644 in 0755 folders) are tightened when the application starts, and the
front ends say so once (status bar, stderr line). SQLite gives its journals the mode of the
database file, so creating that file 0600 is enough for the three of them.

On Windows these modes mean nothing: the files live in the user's profile, which other users
cannot read, and nothing is changed.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

PRIVATE_FILE = 0o600
PRIVATE_FOLDER = 0o700
_OTHERS = 0o077  # group and others: read, write, search
SQLITE_SUFFIXES = ("", "-wal", "-shm", "-journal")


def enforced() -> bool:
    """Whether file modes protect anything here (POSIX systems)."""
    return os.name == "posix"


def private_folder(path: Path) -> Path:
    """``path`` created if missing, searchable by its owner only, as are the missing parents
    it needed (folders that were already there, other than ``path``, are left alone)."""
    missing = [p for p in [path, *path.parents] if not p.exists()]
    for folder in reversed(missing):
        with contextlib.suppress(FileExistsError):  # created meanwhile by another process
            folder.mkdir(mode=PRIVATE_FOLDER)
    if enforced():
        _narrow(path)
    return path


def private_file(path: Path) -> None:
    """Take group and others' rights away from an existing file (nothing if it is missing)."""
    if enforced():
        with contextlib.suppress(FileNotFoundError):
            _narrow(path)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only, unless it exists (a new database)."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT, PRIVATE_FILE)
    os.close(descriptor)
    private_file(path)


def database_files(database: Path) -> list[Path]:
    """A SQLite file and the journals SQLite keeps beside it."""
    return [database.with_name(database.name + suffix) for suffix in SQLITE_SUFFIXES]


@dataclass(frozen=True)
class Tightened:
    """Files and folders whose rights were narrowed at start-up."""

    files: tuple[Path, ...] = ()
    folders: tuple[Path, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.files or self.folders)

    def message(self) -> str:
        """The sentence the front ends show (empty when nothing changed)."""
        if not self:
            return ""
        parts = []
        if self.files:
            parts.append(f"{len(self.files)} fichier(s)")
        if self.folders:
            parts.append(f"{len(self.folders)} dossier(s)")
        first = (self.folders or self.files)[0]
        return (
            f"Accès réservé à votre compte pour {' et '.join(parts)} de GUSP Desktop qui étaient "
            f"lisibles par les autres utilisateurs de l'ordinateur (dont « {first} »)."
        )


def tighten(folders: Iterable[Path], files: Iterable[Path] = ()) -> Tightened:
    """Narrow every folder under ``folders`` to 0700 and every file to 0600, plus ``files``.

    Symbolic links are neither followed nor changed. Returns what was changed.
    """
    if not enforced():
        return Tightened()
    changed_files: list[Path] = []
    changed_folders: list[Path] = []
    for root in folders:
        if not root.is_dir() or root.is_symlink():
            continue
        if _narrow(root):
            changed_folders.append(root)
        for current, subfolders, names in os.walk(root):
            base = Path(current)
            changed_folders += [base / n for n in subfolders if _narrow(base / n)]
            changed_files += [base / n for n in names if _narrow(base / n)]
    for path in files:
        with contextlib.suppress(FileNotFoundError):
            if _narrow(path):
                changed_files.append(path)
    return Tightened(tuple(dict.fromkeys(changed_files)), tuple(dict.fromkeys(changed_folders)))


def _narrow(path: Path) -> bool:
    """Remove group and others' bits from a regular file or folder; True when it changed."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return False
    if not (stat.S_ISREG(info.st_mode) or stat.S_ISDIR(info.st_mode)):
        return False
    mode = stat.S_IMODE(info.st_mode)
    if not mode & _OTHERS:
        return False
    try:
        os.chmod(path, mode & ~_OTHERS)
    except PermissionError:  # not ours (a shared folder): leave it, never fail the start
        return False
    return True
