"""Where the application finds its resources and keeps its files.

One frozen-aware lookup so that the PyInstaller bundle and a source checkout behave the same.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

from gusp_desktop import APP_NAME
from gusp_desktop.privacy import private_folder


def resource_dir() -> Path:
    """Directory holding fonts, icons, translations and templates."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource_path("fonts", "DejaVuSans.ttf")``."""
    return resource_dir().joinpath(*parts)


def data_dir() -> Path:
    """User data directory (database, identities), for its owner only (0700);
    ``GUSP_DATA_DIR`` overrides it for tests."""
    return private_folder(data_location())


def data_location() -> Path:
    """Where :func:`data_dir` is, without creating it: for code that only names files there."""
    override = os.environ.get("GUSP_DATA_DIR")
    return (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )


def config_dir() -> Path:
    """User configuration directory; ``GUSP_CONFIG_DIR`` overrides it for tests."""
    override = os.environ.get("GUSP_CONFIG_DIR")
    path = (
        Path(override)
        if override
        else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    )
    return private_folder(path)


def cache_dir() -> Path:
    """Files the application can download again (map tiles); ``GUSP_CACHE_DIR`` overrides it
    for tests. Private like the rest: the tiles cached tell where the user works."""
    override = os.environ.get("GUSP_CACHE_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
    )
    return private_folder(path)


def default_database_path() -> Path:
    """The local SQLite file used when no other database is chosen."""
    return data_dir() / "gusp.sqlite3"


LAST_DATABASE_FILE = "derniere-base.txt"
"""In the configuration folder: the local database the window opened last, one line."""


def last_database() -> str | None:
    """The local database file opened last by the window, if it still exists.

    The window and the command line both start from it, so that choosing the demo in the
    welcome dialog and then typing ``gusp-desktop actions list`` shows the demo's actions.
    """
    try:
        text = (config_dir() / LAST_DATABASE_FILE).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    return text if text and Path(text).is_file() else None


def remember_database(path: str | os.PathLike[str]) -> None:
    """Make ``path`` (a local SQLite file) the default database of the window and the CLI.

    Written beside the other settings, readable by its owner only, replaced in one step so a
    crash never leaves half a path.
    """
    target = config_dir() / LAST_DATABASE_FILE
    temporary = target.with_suffix(".tmp")
    temporary.write_text(f"{Path(path).expanduser().resolve()}\n", encoding="utf-8")
    os.chmod(temporary, 0o600)
    os.replace(temporary, target)
