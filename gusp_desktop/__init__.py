"""GUSP Desktop: comités GUSP, plans d'actions et comptes rendus signés."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("gusp-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "gusp-desktop"
APP_DISPLAY_NAME = "GUSP Desktop"
