"""Test helpers: a minutes PDF, an organisation with its authority and two signers, pdfsig."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

from pyhanko.pdf_utils import generic
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from reportlab.pdfgen.canvas import Canvas

from gusp_desktop.signing.identities import IdentityInfo, IdentityStore
from gusp_desktop.signing.sign import sign_pdf

CA_PASSPHRASE = "autorité-roubaix-2025"
SECRETARY_PASSPHRASE = "phrase secrète de Claire"
PRESIDENT_PASSPHRASE = "phrase secrète de Pierre"
VOTE_TEXT = b"(Vote : 12 pour, 0 contre)"


def make_minutes(path: Path, pages: int = 3, title: str = "Comité GUSP du 12 juin 2025") -> Path:
    """Uncompressed content streams so that tests can locate and alter the text on page 1."""
    canvas = Canvas(str(path), pageCompression=0, invariant=1)
    canvas.setTitle(title)
    for number in range(1, pages + 1):
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 770, title)
        canvas.setFont("Helvetica", 11)
        canvas.drawString(72, 740, f"Page {number} / {pages}")
        if number == 1:
            canvas.drawString(72, 700, VOTE_TEXT[1:-1].decode())
        canvas.showPage()
    canvas.save()
    return path


@dataclass(frozen=True)
class Organisation:
    store: IdentityStore
    ca: IdentityInfo
    president: IdentityInfo
    secretary: IdentityInfo
    ca_pem: Path


def build_organisation(root: Path) -> Organisation:
    store = IdentityStore(root / "identities")
    ca = store.create_ca("Autorité GUSP Roubaix", "Ville de Roubaix", CA_PASSPHRASE)
    president = store.create_identity(
        "Pierre Martin",
        ca.name,
        CA_PASSPHRASE,
        PRESIDENT_PASSPHRASE,
        email="pierre.martin@example.fr",
        role="président",
    )
    secretary = store.create_identity(
        "Claire Demarquette",
        ca.name,
        CA_PASSPHRASE,
        SECRETARY_PASSPHRASE,
        email="claire.demarquette@example.fr",
        role="secrétaire",
    )
    (root / "export").mkdir(exist_ok=True)
    ca_pem = store.export_ca(ca.name, root / "export" / "autorite.pem")
    return Organisation(store, ca, president, secretary, ca_pem)


def sign_by_both(org: Organisation, source: Path, workdir: Path) -> Path:
    first = workdir / "signe-secretaire.pdf"
    sign_pdf(
        source,
        first,
        org.secretary,
        SECRETARY_PASSPHRASE,
        role_label="secrétaire de séance",
        reason="Approbation du compte rendu",
        location="Roubaix",
    )
    second = workdir / "signe-president.pdf"
    sign_pdf(
        first,
        second,
        org.president,
        PRESIDENT_PASSPHRASE,
        role_label="président du comité",
        reason="Approbation du compte rendu",
        location="Roubaix",
    )
    return second


def pdfsig_blocks(nss: str, pdf: Path) -> list[str]:
    """One text block per signature; pdfsig exits 0 even on a digest mismatch, so read it."""
    result = subprocess.run(
        ["pdfsig", "-nssdir", nss, str(pdf)], capture_output=True, text=True, check=False
    )
    assert result.returncode in (0, 2), result.stderr
    blocks = result.stdout.split("Signature #")[1:]
    # Reserved boxes nobody signed yet are listed too; signatures come in signing order.
    signed = [block for block in blocks if "is not signed" not in block]
    return sorted(signed, key=_signed_length)


def _signed_length(block: str) -> int:
    """An earlier signature covers a shorter prefix of the file."""
    found = re.search(r"Signed Ranges: \[0 - (\d+)\], \[(\d+) - (\d+)\]", block)
    return int(found.group(3)) if found else 0


# -- tamper corpus -----------------------------------------------------------------------------


def _writer(data: bytes) -> IncrementalPdfFileWriter:
    return IncrementalPdfFileWriter(io.BytesIO(data), strict=False)


def _written(writer: IncrementalPdfFileWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def change_byte_in_content(data: bytes) -> bytes:
    """(a) Same-length edit of the vote on page 1, inside the original content stream."""
    assert data.count(VOTE_TEXT) == 1
    return data.replace(VOTE_TEXT, VOTE_TEXT.replace(b"12", b"02"))


def unsigned_text_update(data: bytes) -> bytes:
    """(b) Incremental update, without signature, replacing page 1's content with a new vote."""
    writer = _writer(data)
    page_ref, _resources = writer.find_page_for_modification(0)
    page = page_ref.get_object()
    old = page["/Contents"]
    assert VOTE_TEXT in old.data
    new = generic.StreamObject(stream_data=old.data.replace(b"12 pour", b"02 pour"))
    page["/Contents"] = writer.add_object(new)
    writer.update_container(page)
    return _written(writer)


def appended_page(data: bytes) -> bytes:
    """(c) Incremental update adding an unsigned page at the end of the document."""
    writer = _writer(data)
    font = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Font"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/Type1"),
            generic.pdf_name("/BaseFont"): generic.pdf_name("/Helvetica"),
        }
    )
    resources = generic.DictionaryObject(
        {generic.pdf_name("/Font"): generic.DictionaryObject({generic.pdf_name("/F9"): font})}
    )
    content = generic.StreamObject(stream_data=b"BT /F9 14 Tf 72 700 Td (Annexe ajoutee) Tj ET")
    page = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Page"),
            generic.pdf_name("/MediaBox"): generic.ArrayObject(
                [generic.NumberObject(v) for v in (0, 0, 595, 842)]
            ),
            generic.pdf_name("/Resources"): resources,
            generic.pdf_name("/Contents"): writer.add_object(content),
        }
    )
    writer.insert_page(page)
    return _written(writer)


def removed_signature_field(data: bytes, field: str = "Signature2") -> bytes:
    """(d) Incremental update dropping a signature field from the form and from its page."""
    writer = _writer(data)
    form = writer.root["/AcroForm"]
    kept = [ref for ref in form["/Fields"] if ref.get_object().get("/T") != field]
    assert len(kept) == len(form["/Fields"]) - 1
    form["/Fields"] = generic.ArrayObject(kept)
    writer.update_container(form)
    page_ref, _resources = writer.find_page_for_modification(-1)
    page = page_ref.get_object()
    annots = [ref for ref in page["/Annots"] if ref.get_object().get("/T") != field]
    page["/Annots"] = generic.ArrayObject(annots)
    writer.update_container(page)
    return _written(writer)


def _contents_spans(data: bytes) -> list[tuple[int, int]]:
    """Byte spans of the hexadecimal /Contents of every signature, in file order."""
    return [(m.start(1), m.end(1)) for m in re.finditer(rb"/Contents <([0-9A-Fa-f]+)>", data)]


def blanked_signature(data: bytes) -> bytes:
    """(d') The last signature's /Contents overwritten with zeros, in place."""
    start, end = _contents_spans(data)[-1]
    return data[:start] + b"0" * (end - start) + data[end:]


def spliced_signature(data: bytes, donor: bytes) -> bytes:
    """(e) The last signature's /Contents replaced by a signature taken from another document."""
    start, end = _contents_spans(data)[-1]
    d_start, d_end = _contents_spans(donor)[0]
    foreign = donor[d_start:d_end].rstrip(b"0")
    foreign += b"0" * (len(foreign) % 2)
    assert len(foreign) <= end - start, "the donor signature does not fit"
    assert foreign != data[start:end].rstrip(b"0")
    return data[:start] + foreign.ljust(end - start, b"0") + data[end:]


# -- a hostile co-signer: a valid identity, a signature placed where it hides the text --------


def hostile_signature(
    data: bytes,
    identity: IdentityInfo,
    passphrase: str,
    *,
    page: int = 0,
    box: tuple[int, int, int, int] = (40, 300, 560, 800),
    annotation: bool = False,
) -> bytes:
    """A second signature made directly with pyHanko, as another program would, whose widget
    covers ``box`` on ``page``; ``annotation`` adds a FreeText note in the same revision."""
    from pyhanko.sign import fields, signers

    signer = signers.SimpleSigner.load_pkcs12_data(
        identity.path.read_bytes(), other_certs=(), passphrase=passphrase.encode("utf-8")
    )
    writer = _writer(data)
    if annotation:
        _add_free_text(writer, page)
    name = "Signature9"
    meta = signers.PdfSignatureMetadata(
        field_name=name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES
    )
    pdf_signer = signers.PdfSigner(
        meta, signer=signer, new_field_spec=fields.SigFieldSpec(name, on_page=page, box=box)
    )
    out = io.BytesIO()
    pdf_signer.sign_pdf(writer, output=out)
    return out.getvalue()


def _add_free_text(writer: IncrementalPdfFileWriter, page_index: int) -> None:
    page_ref, _resources = writer.find_page_for_modification(page_index)
    page = page_ref.get_object()
    note = generic.DictionaryObject(
        {
            generic.pdf_name("/Type"): generic.pdf_name("/Annot"),
            generic.pdf_name("/Subtype"): generic.pdf_name("/FreeText"),
            generic.pdf_name("/Rect"): generic.ArrayObject(
                [generic.NumberObject(v) for v in (72, 690, 400, 715)]
            ),
            generic.pdf_name("/Contents"): generic.TextStringObject("Vote : 2 pour, 10 contre"),
            generic.pdf_name("/DA"): generic.TextStringObject("/Helv 12 Tf 0 g"),
        }
    )
    annots = page.get("/Annots")
    refs = list(annots) if annots is not None else []
    page["/Annots"] = generic.ArrayObject([*refs, writer.add_object(note)])
    writer.update_container(page)


def unsigned_annotation(data: bytes, page_index: int = 0) -> bytes:
    """An incremental update adding a FreeText note, without any signature."""
    writer = _writer(data)
    _add_free_text(writer, page_index)
    return _written(writer)


def moved_reserved_box(data: bytes, identity: IdentityInfo, passphrase: str) -> bytes:
    """The second signer fills the reserved box « Signature2 » after enlarging it over the
    last page's text."""
    from pyhanko.sign import fields, signers

    writer = _writer(data)
    for ref in writer.root["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        if field.get("/T") == "Signature2":
            field["/Rect"] = generic.ArrayObject(
                [generic.NumberObject(v) for v in (30, 100, 560, 800)]
            )
            writer.update_container(field)
    signer = signers.SimpleSigner.load_pkcs12_data(
        identity.path.read_bytes(), other_certs=(), passphrase=passphrase.encode("utf-8")
    )
    meta = signers.PdfSignatureMetadata(
        field_name="Signature2", subfilter=fields.SigSeedSubFilter.PADES
    )
    out = io.BytesIO()
    signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=out)
    return out.getvalue()
