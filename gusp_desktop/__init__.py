"""GUSP Desktop: comités GUSP, plans d'actions et comptes rendus signés."""

from typing import TYPE_CHECKING

APP_NAME = "gusp-desktop"
APP_DISPLAY_NAME = "GUSP Desktop"

if TYPE_CHECKING:
    __version__: str


def __getattr__(name: str) -> str:
    """``__version__``, read from the installed package's metadata when first asked for:
    ``importlib.metadata`` costs as much as a command's own work, and most runs never ask."""
    if name != "__version__":
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib.metadata import PackageNotFoundError, version

    try:
        found = version("gusp-desktop")
    except PackageNotFoundError:  # running from a source tree that was never installed
        found = "0.0.0+source"
    globals()["__version__"] = found
    return found
