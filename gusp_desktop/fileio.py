"""Atomic file writing: a document on disk is either the old one or the complete new one."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO


@contextlib.contextmanager
def atomic_write(
    path: str | os.PathLike[str], mode: str = "wb", *, private: bool = False
) -> Iterator[IO[bytes]]:
    """Write to a temporary file next to ``path`` and rename it over ``path`` on success.

    The temporary file lives in the same directory so that ``os.replace`` is an atomic rename
    on the same file system; on any error the temporary file is removed and ``path`` is untouched.
    ``private`` keeps the file readable by its owner only (key stores).
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp creates 0600; documents get the usual permissions (0666 minus the umask).
        os.chmod(tmp_name, 0o600 if private else 0o666 & ~_current_umask())
        with os.fdopen(fd, mode) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, private: bool = False) -> None:
    """Write ``data`` to ``path`` atomically."""
    with atomic_write(path, private=private) as handle:
        handle.write(data)


def _current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
