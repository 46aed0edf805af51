"""Where the next signature goes: a reserved box, created by the certifying signature.

The first signature certifies the document (DocMDP, form filling and signing only). After a
certification, PDF readers and pyHanko accept only signatures that fill fields which already
existed: so the first signature also creates empty signature fields on every other reserved box
of the last page, and each later signature fills the first empty one. A document signed before
this scheme (no empty field) gets a new field in the next free reserved box, as it used to.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.sign import fields

from gusp_desktop.signing import layout
from gusp_desktop.signing.errors import SigningError

Box = tuple[int, int, int, int]


@dataclass(frozen=True)
class Placement:
    """The field the signature goes in, its box, and whether it creates and certifies."""

    field_name: str
    box: Box
    new_field: bool
    certify: bool


def _form_fields(writer: IncrementalPdfFileWriter) -> list[Any]:
    try:
        return [ref.get_object() for ref in writer.root["/AcroForm"]["/Fields"]]
    except (KeyError, TypeError):
        return []


def _field_names(writer: IncrementalPdfFileWriter) -> list[str]:
    return [str(f["/T"]) for f in _form_fields(writer) if f.get("/T") is not None]


def _is_certified(writer: IncrementalPdfFileWriter) -> bool:
    perms = writer.root.get("/Perms")
    return perms is not None and "/DocMDP" in perms.get_object()


def _visible_box(page: Any) -> list[float]:
    """CropBox or MediaBox of a page, following inheritance up the page tree."""
    node = page
    while node is not None:
        for key in ("/CropBox", "/MediaBox"):
            if key in node:
                return [float(v) for v in node[key]]
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return [0.0, 0.0, 595.0, 842.0]


def _widget_rects(page: Any) -> list[list[float]]:
    rects = []
    for ref in page.get("/Annots", ()):
        annot = ref.get_object()
        if annot.get("/Subtype") == "/Widget" and "/Rect" in annot:
            rects.append([float(v) for v in annot["/Rect"]])
    return rects


def _rounded_rect(field: Any) -> Box:
    x0, y0, x1, y1 = (float(v) for v in field["/Rect"])
    return (round(min(x0, x1)), round(min(y0, y1)), round(max(x0, x1)), round(max(y0, y1)))


def _empty_signature_field(writer: IncrementalPdfFileWriter) -> tuple[str, Box] | None:
    """The first reserved field nobody has signed yet (by name), with its box."""
    empty = [
        f
        for f in _form_fields(writer)
        if f.get("/FT") == "/Sig" and f.get("/V") is None and "/Rect" in f
    ]
    if not empty:
        return None
    chosen = min(empty, key=lambda f: str(f.get("/T", "")))
    return str(chosen["/T"]), _rounded_rect(chosen)


def plan(writer: IncrementalPdfFileWriter) -> Placement:
    """Where the signature about to be made goes."""
    signed = any(f.get("/FT") == "/Sig" for f in _form_fields(writer))
    reserved = _empty_signature_field(writer)
    if reserved is not None:
        return Placement(reserved[0], reserved[1], new_field=False, certify=False)
    if _is_certified(writer):
        raise SigningError(
            "Toutes les cases de signature réservées de ce document sont déjà signées."
        )
    page_ref, _resources = writer.find_page_for_modification(-1)  # type: ignore[no-untyped-call]
    page = page_ref.get_object()
    box = layout.choose_box(_visible_box(page), _widget_rects(page))
    name = layout.next_field_name(_field_names(writer))
    return Placement(name, box, new_field=True, certify=not signed)


def reserve_other_boxes(writer: IncrementalPdfFileWriter, placement: Placement) -> list[str]:
    """Before certifying, create an empty signature field on each other free reserved box."""
    if not placement.certify:
        return []
    page_ref, _resources = writer.find_page_for_modification(-1)  # type: ignore[no-untyped-call]
    page = page_ref.get_object()
    area = _visible_box(page)
    taken: list[list[float]] = [*_widget_rects(page), [float(v) for v in placement.box]]
    names = [*_field_names(writer), placement.field_name]
    created = []
    for box in layout.reserved_boxes(area):
        if any(layout.overlaps(box, other) for other in taken):
            continue
        name = layout.next_field_name(names)
        fields.append_signature_field(
            writer, fields.SigFieldSpec(sig_field_name=name, on_page=-1, box=box)
        )
        names.append(name)
        taken.append([float(v) for v in box])
        created.append(name)
    return created
