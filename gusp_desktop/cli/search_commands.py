"""``search TEXT``: one search across actions, minutes, decisions, comments and people."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli.output import emit, render
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.search import SearchHit, SearchKind, strip_marks
from gusp_desktop.services.search import DEFAULT_LIMIT

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

COLUMNS = [
    ("kind_label", "Type"),
    ("title", "Où"),
    ("snippet", "Extrait"),
]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``search`` command."""
    search = commands.add_parser("search", help="recherche dans toute la base")
    search.add_argument("text", metavar="TEXTE")
    search.add_argument(
        "--kind",
        action="append",
        metavar="TYPE",
        help=f"{', '.join(k.value for k in SearchKind)} (répétable ou séparé par des virgules)",
    )
    search.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N")
    search.add_argument("--format", choices=("table", "json"), default="table")
    search.set_defaults(handler=_search)


def _kinds(values: list[str] | None) -> list[SearchKind] | None:
    if not values:
        return None
    names = [n.strip() for value in values for n in value.split(",") if n.strip()]
    try:
        return [SearchKind(SearchKind.parse(name)) for name in names]
    except ValueError as exc:
        raise ValidationError({"kind": str(exc)}) from exc


def hit_record(hit: SearchHit, plain: bool) -> dict[str, Any]:
    """A result as printed: where it lives, and the snippet (marks kept in JSON)."""
    record: dict[str, Any] = {
        "kind": hit.kind.value,
        "kind_label": hit.kind.label,
        "ref": hit.ref,
        "title": hit.title,
        "snippet": strip_marks(hit.snippet) if plain else hit.snippet,
        "rank": round(hit.rank, 6) if hit.rank != float("inf") else None,
    }
    optional = {
        "seance_id": hit.seance_id,
        "agenda_item_id": hit.agenda_item_id,
        "action_number": hit.action_number,
        "contact_id": hit.contact_id,
        "organisation_id": hit.organisation_id,
    }
    record.update({k: v for k, v in optional.items() if v is not None})
    return record


def _search(args: argparse.Namespace, runtime: Runtime) -> int:
    hits = runtime.services.search.search(args.text, _kinds(args.kind), args.limit)
    plain = args.format == "table"
    emit(render([hit_record(h, plain) for h in hits], COLUMNS, args.format))
    return 0
