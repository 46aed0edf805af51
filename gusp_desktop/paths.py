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
    override = os.environ.get("GUSP_DATA_DIR")
    path = (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )
    return private_folder(path)


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
