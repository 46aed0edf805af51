"""Checks run on a finished PyInstaller bundle before it is packed (Linux and Windows builds)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

from bundle_rules import FORBIDDEN_KEYRING, FORBIDDEN_QT_LIBRARIES

# Shared libraries a bundle may leave to the system although the build machine lacks them:
# the Wayland client libraries, which every Wayland session has (Qt falls back to xcb otherwise).
SYSTEM_PROVIDED = ("libwayland-",)
EXECUTABLES = ("gusp-desktop", "gusp-desktop.exe")


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in bundle.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def missing_libraries(bundle: Path) -> dict[str, set[str]]:
    """Shared libraries that neither the bundle nor this system provides (Linux, with ldd)."""
    if shutil.which("ldd") is None:
        return {}
    internal = bundle / "_internal"
    env = dict(os.environ, LD_LIBRARY_PATH=f"{internal}:{internal / 'PySide6' / 'Qt' / 'lib'}")
    missing: dict[str, set[str]] = {}
    for path in _elf_files(bundle):
        result = subprocess.run(["ldd", str(path)], capture_output=True, text=True, env=env)
        for line in result.stdout.splitlines():
            if "not found" in line:
                name = line.split("=>")[0].strip()
                if not name.startswith(SYSTEM_PROVIDED):
                    missing.setdefault(name, set()).add(str(path.relative_to(bundle)))
    return missing


def check_bundle(bundle: Path) -> list[str]:
    """Problems that make the bundle unfit to ship (empty when it is fine)."""
    problems = []
    if not any((bundle / name).is_file() for name in EXECUTABLES):
        problems.append(f"exécutable gusp-desktop absent de {bundle}")
    for path in bundle.rglob("*"):
        relative = path.relative_to(bundle).as_posix()
        if FORBIDDEN_KEYRING.search(relative):
            problems.append(f"keyrings.alt embarqué (trousseau en clair) : {relative}")
        elif FORBIDDEN_QT_LIBRARIES.search(path.name):
            problems.append(f"module Qt inutile embarqué : {relative}")
    for library, users in sorted(missing_libraries(bundle).items()):
        problems.append(f"bibliothèque introuvable {library} (requise par {sorted(users)[0]})")
    return problems


def directory_size(path: Path) -> int:
    """Bytes of the regular files under ``path`` (symbolic links not followed)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
