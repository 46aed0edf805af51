"""Field work: parcours and haltes of walks, constats, their photos and the actions they feed."""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.services.field_work.constats import ConstatService
from gusp_desktop.services.field_work.parcours import ParcoursService
from gusp_desktop.services.field_work.photos import PhotoService
from gusp_desktop.services.field_work.reports import FieldReportService


@dataclass(frozen=True)
class FieldWorkServices:
    """The walk's route, its constats and their photos."""

    parcours: ParcoursService
    constats: ConstatService
    photos: PhotoService
    reports: FieldReportService


__all__ = [
    "ConstatService",
    "FieldReportService",
    "FieldWorkServices",
    "ParcoursService",
    "PhotoService",
]
