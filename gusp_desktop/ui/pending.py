"""The services of a window painted before its database is open.

Importing SQLAlchemy, mapping the model and opening the file take several times as long as
painting the window. The window is therefore built and painted first, over a
:class:`PendingServices` that stands where the registry will be; the composition root opens
the database afterwards and attaches the real registry. Pages and panels keep the object they
were given: once attached it hands every attribute over to the registry.

Before that, nothing may read a service: the window builds only the pages that read none in
their constructor, refreshes none, and keeps disabled every action that needs one. A read
that slips through anyway raises :class:`ServicesNotReadyError` (a programming error, never a
half-open database).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the registry's module imports no database layer, but keep it for typing
    from gusp_desktop.services.registry import Services


class ServicesNotReadyError(RuntimeError):
    """A service was read before the database was open."""


class PendingServices:
    """Stands for :class:`Services` until :meth:`attach` hands the real registry over."""

    def __init__(self) -> None:
        self._services: Services | None = None

    @property
    def ready(self) -> bool:
        """Whether the database is open and the registry attached."""
        return self._services is not None

    def attach(self, services: Services) -> None:
        """From now on every attribute is the registry's."""
        self._services = services

    def __getattr__(self, name: str) -> object:
        # Only called for names this object lacks: the registry's services and context.
        services = self.__dict__.get("_services")
        if services is None:
            raise ServicesNotReadyError(f"« {name} » lu avant l'ouverture de la base de données")
        return getattr(services, name)
