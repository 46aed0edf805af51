"""Writing a person's export and the register to files (JSON, PDF, DOCX).

A person's export holds everything about them: it is written readable by its owner only, like
the application's own files.
"""

from __future__ import annotations

import json
from pathlib import Path

from gusp_desktop.documents.builders.personal_data import (
    build_dossier_document,
    build_register_document,
)
from gusp_desktop.documents.model import DocumentError
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.personal_data import ContactDossier
from gusp_desktop.domain.register import ProcessingRegister
from gusp_desktop.fileio import write_bytes_atomic
from gusp_desktop.services.exports import ExportError, render

DOSSIER_FORMATS = (".json", ".pdf")
REGISTER_FORMATS = (".pdf", ".docx")


def _suffix(path: Path, allowed: tuple[str, ...], what: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in allowed:
        raise ValidationError(
            {
                "output": Message(
                    "{what} s'écrit en {items} : donnez un fichier {items2}.",
                    what=what,
                    items=" ou ".join(s[1:].upper() for s in allowed),
                    items2=" ou ".join(allowed),
                )
            }
        )
    return suffix


def write_dossier(dossier: ContactDossier, path: Path, organisation_name: str = "") -> Path:
    """The export of one person as JSON (every value) or PDF (readable by them)."""
    if _suffix(path, DOSSIER_FORMATS, "L'export d'un contact") == ".json":
        data = json.dumps(dossier.to_json(), ensure_ascii=False, indent=2, default=str)
        return _write(path, data.encode("utf-8"))
    try:
        rendered = render(build_dossier_document(dossier, organisation_name), "pdf")
    except DocumentError as exc:
        raise ExportError(str(exc)) from exc
    return _write(path, rendered)


def write_register(register: ProcessingRegister, path: Path) -> Path:
    """The registre des traitements as PDF or DOCX."""
    fmt = _suffix(path, REGISTER_FORMATS, "Le registre des traitements")[1:]
    try:
        rendered = render(build_register_document(register), fmt)
    except DocumentError as exc:
        raise ExportError(str(exc)) from exc
    return _write(path, rendered)


def _write(path: Path, data: bytes) -> Path:
    try:
        write_bytes_atomic(path, data, private=True)
    except OSError as exc:
        raise ExportError(
            Message(
                "Impossible d'écrire le fichier « {path} » : {strerror}.",
                path=path,
                strerror=exc.strerror,
            )
        ) from exc
    return path
