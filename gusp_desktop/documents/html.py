"""A document as one standalone HTML5 page, to be posted on a town's website.

Everything is in the file: the style sheet is inline and pictures are data URIs, so the page
loads nothing from elsewhere. Headings, lists, description lists and tables keep their
meaning for screen readers; the layout is one column that reads on a 375 px phone as on a
computer (wide tables scroll inside their own box). Every text is escaped.
"""

from __future__ import annotations

import base64
from collections.abc import Callable
from html import escape

from gusp_desktop.documents.model import (
    Block,
    BulletList,
    Document,
    Heading,
    KeyValues,
    PageBreak,
    Paragraph,
    Picture,
    Pictures,
    SignatureArea,
    SignatureSlots,
    Table,
    printable,
)

_CSS = """
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #fff; color: #111; font: 1.125rem/1.6 "DejaVu Sans", Verdana,
  Arial, sans-serif; }
header.document, main, footer.document { max-width: 46rem; margin: 0 auto; padding: 0 1rem; }
header.document { padding-top: 1rem; border-bottom: 3px solid #1f3864; }
.emetteur { margin: 0; font-weight: bold; color: #1f3864; }
h1 { font-size: 1.75rem; line-height: 1.25; color: #1f3864; margin: .5rem 0; }
.sous-titre { margin: 0 0 1rem; color: #333; }
h2 { font-size: 1.4rem; line-height: 1.3; color: #1f3864; margin: 2rem 0 .5rem;
  border-bottom: 2px solid #1f3864; }
h3 { font-size: 1.2rem; color: #1f3864; margin: 1.5rem 0 .5rem; }
h4 { font-size: 1.05rem; color: #333; margin: 1rem 0 .25rem; }
p, li, dd, dt { overflow-wrap: anywhere; }
ul, ol { padding-left: 1.4rem; }
li { margin-bottom: .4rem; }
.petit { font-size: 1rem; color: #333; }
.tableau { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-style: italic; color: #333; padding-bottom: .25rem; }
th, td { border: 1px solid #777; padding: .4rem .5rem; vertical-align: top; text-align: left; }
th { background: #1f3864; color: #fff; }
td.nombre, th.nombre { text-align: right; }
dl.encadre { border: 2px solid #1f3864; background: #eef2f9; padding: .75rem 1rem;
  border-radius: .5rem; }
dl.encadre dt { font-weight: bold; margin-top: .5rem; }
dl.encadre dd { margin: 0 0 .25rem; }
figure { margin: 1rem 0; }
img { max-width: 100%; height: auto; }
@media (max-width: 30rem) {
  body { font-size: 1.0625rem; }
  header.document, main, footer.document { padding-left: .75rem; padding-right: .75rem; }
  th, td { padding: .3rem .3rem; font-size: 1rem; }
  th { font-size: .75rem; }
}
footer.document { margin-top: 2rem; padding-bottom: 2rem; border-top: 1px solid #777;
  font-size: 1rem; color: #333; }
"""


def _text(value: str) -> str:
    return "<br>".join(escape(line) for line in value.split("\n"))


def _heading(block: Heading) -> str:
    level = block.level + 1  # the document's title is the page's only h1
    return f"<h{level}>{_text(block.text)}</h{level}>"


def _paragraph(block: Paragraph) -> str:
    inner = _text(block.text)
    if block.emphasis:
        inner = f"<strong>{inner}</strong>"
    return f'<p class="petit">{inner}</p>' if block.small else f"<p>{inner}</p>"


def _list(block: BulletList) -> str:
    tag = "ol" if block.ordered else "ul"
    items = "".join(f"<li>{_text(item)}</li>" for item in block.items)
    return f"<{tag}>{items}</{tag}>"


def _pairs(block: KeyValues) -> str:
    rows = "".join(f"<dt>{_text(k)}</dt><dd>{_text(v)}</dd>" for k, v in block.pairs)
    return f'<dl class="encadre">{rows}</dl>'


def _table(block: Table) -> str:
    def cls(index: int) -> str:
        return ' class="nombre"' if block.columns[index].align == "right" else ""

    caption = f"<caption>{_text(block.caption)}</caption>" if block.caption else ""
    head = "".join(
        f'<th scope="col"{cls(i)}>{_text(c.title)}</th>' for i, c in enumerate(block.columns)
    )
    body = "".join(
        "<tr>" + "".join(f"<td{cls(i)}>{_text(cell)}</td>" for i, cell in enumerate(row)) + "</tr>"
        for row in block.rows
    )
    return (
        f'<div class="tableau"><table>{caption}<thead><tr>{head}</tr></thead>'
        f"<tbody>{body}</tbody></table></div>"
    )


def _picture(item: Picture) -> str:
    kind = "png" if item.data.startswith(b"\x89PNG") else "jpeg"
    data = base64.b64encode(item.data).decode("ascii")
    alt = escape(item.caption or "Photo", quote=True)
    caption = f"<figcaption>{_text(item.caption)}</figcaption>" if item.caption else ""
    return f'<figure><img src="data:image/{kind};base64,{data}" alt="{alt}">{caption}</figure>'


def _pictures(block: Pictures) -> str:
    return "".join(_picture(item) for item in block.items)


def _signatures(block: SignatureSlots) -> str:
    return _list(BulletList(tuple(f"{s.role} {s.name}".strip() for s in block.slots)))


def _signature_area(block: SignatureArea) -> str:
    parts = [_heading(Heading(block.heading, 2))] if block.heading else []
    if block.text:
        parts.append(_paragraph(Paragraph(block.text)))
    return "".join(parts)


_WRITERS: dict[type, Callable[[object], str]] = {
    Heading: _heading,  # type: ignore[dict-item]
    Paragraph: _paragraph,  # type: ignore[dict-item]
    BulletList: _list,  # type: ignore[dict-item]
    KeyValues: _pairs,  # type: ignore[dict-item]
    Table: _table,  # type: ignore[dict-item]
    Pictures: _pictures,  # type: ignore[dict-item]
    SignatureSlots: _signatures,  # type: ignore[dict-item]
    SignatureArea: _signature_area,  # type: ignore[dict-item]
    PageBreak: lambda _block: "",
}


def _sections(blocks: tuple[Block, ...]) -> str:
    """Blocks in order, each level-1 heading opening a <section>."""
    out: list[str] = []
    open_section = False
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            if open_section:
                out.append("</section>")
            out.append("<section>")
            open_section = True
        out.append(_WRITERS[type(block)](block))
    if open_section:
        out.append("</section>")
    return "\n".join(out)


def render_html(document: Document) -> str:
    """The whole page as text."""
    document = printable(document)
    subtitle = f'<p class="sous-titre">{_text(document.subtitle)}</p>' if document.subtitle else ""
    footer = document.footer_note or document.title
    return (
        "<!DOCTYPE html>\n"
        '<html lang="fr">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(document.title)} — {escape(document.subtitle)}</title>\n"
        f"<style>{_CSS}</style>\n</head>\n<body>\n"
        f'<header class="document"><p class="emetteur">'
        f"{_text(document.header.organisation_name)}</p>"
        f"<h1>{_text(document.title)}</h1>{subtitle}</header>\n"
        f"<main>\n{_sections(document.blocks)}\n</main>\n"
        f'<footer class="document"><p>{_text(footer)}</p></footer>\n'
        "</body>\n</html>\n"
    )


def render_html_bytes(document: Document) -> bytes:
    """The page encoded in UTF-8, as written to disk."""
    return render_html(document).encode("utf-8")
