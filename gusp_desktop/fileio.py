"""Atomic file writing: a document on disk is either the old one or the complete new one.

Only regular files are written. A device, a pipe or a directory given as the target is refused
(replacing ``/dev/null`` by a file breaks the whole system); a symbolic link is followed so the
file it points to is replaced and the link stays; a read-only file is refused rather than
silently replaced; a missing folder is refused unless the caller asks for it to be created
(the application's own folders), so a typo in a path never scatters new folders.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from gusp_desktop.domain.errors import FileTargetError


def check_target(path: str | os.PathLike[str], *, create_parents: bool = False) -> Path:
    """The real file to replace for ``path`` (symbolic links followed), or a French refusal.

    Returns the resolved path; raises :class:`FileTargetError` when it cannot be written.
    """
    target = Path(os.path.realpath(path))
    try:
        info = os.stat(target)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise FileTargetError(f"Impossible d'accéder à « {path} » ({exc.strerror}).") from exc
    if info is not None:
        _check_existing(Path(path), target, info)
    folder = target.parent
    if not folder.is_dir():
        if not create_parents:
            raise FileTargetError(
                f"Le dossier « {folder} » n'existe pas : créez-le d'abord ou choisissez un autre "
                "emplacement. Rien n'a été écrit."
            )
        folder.mkdir(parents=True, exist_ok=True)
    return target


def _check_existing(asked: Path, target: Path, info: os.stat_result) -> None:
    if stat.S_ISDIR(info.st_mode):
        raise FileTargetError(f"« {asked} » est un dossier : donnez un nom de fichier.")
    if not stat.S_ISREG(info.st_mode):
        raise FileTargetError(
            f"« {asked} » n'est pas un fichier ordinaire (périphérique, tube ou prise) : "
            "choisissez un nom de fichier. Rien n'a été écrit."
        )
    # os.access alone says yes to the administrator; a file nobody may write stays untouched.
    if not os.access(target, os.W_OK) or not info.st_mode & 0o222:
        raise FileTargetError(
            f"Le fichier « {asked} » est en lecture seule : il n'a pas été remplacé."
        )


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str],
    mode: str = "wb",
    *,
    private: bool = False,
    create_parents: bool = False,
) -> Iterator[IO[bytes]]:
    """Write to a temporary file next to ``path`` and rename it over ``path`` on success.

    The temporary file lives in the same directory so that ``os.replace`` is an atomic rename
    on the same file system; on any error the temporary file is removed and ``path`` is untouched.
    ``private`` keeps the file readable by its owner only (key stores); otherwise a replaced
    file keeps its permissions and a new one gets the usual ones (0666 minus the umask).
    """
    target = check_target(path, create_parents=create_parents)
    permissions = _permissions(target, private)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        os.chmod(tmp_name, permissions)
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
    _sync_folder(target.parent)


def write_bytes_atomic(
    path: str | os.PathLike[str],
    data: bytes,
    *,
    private: bool = False,
    create_parents: bool = False,
) -> None:
    """Write ``data`` to ``path`` atomically (see :func:`atomic_write`)."""
    with atomic_write(path, private=private, create_parents=create_parents) as handle:
        handle.write(data)


def _permissions(target: Path, private: bool) -> int:
    if private:
        return 0o600
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except FileNotFoundError:
        return 0o666 & ~_current_umask()


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable: a power cut must not bring the old name back."""
    if os.name != "posix":
        return
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
