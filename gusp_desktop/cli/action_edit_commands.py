"""``actions create`` and ``actions edit``: every field of an action from the command line."""

from __future__ import annotations

import argparse
import dataclasses
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli.output import emit, render
from gusp_desktop.domain.actions import (
    ActionDraft,
    ActionEdit,
    ActionRow,
    ReferenceCodes,
    ResolvedReferences,
)
from gusp_desktop.domain.enums import AtfpbAxis, Priority, Theme
from gusp_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

DETAIL_COLUMNS = [
    ("number", "N°"),
    ("title", "Action"),
    ("quartier", "Quartier"),
    ("pilot_organisation", "Pilote"),
    ("deadline", "Échéance"),
    ("theme_label", "Thème"),
    ("priority", "Priorité"),
    ("axis", "Axe ATFPB"),
    ("cost", "Coût (€)"),
]


def add_field_options(parser: argparse.ArgumentParser, *, creating: bool) -> None:
    """Options shared by ``create`` and ``edit`` (for ``edit`` every one is optional)."""
    from gusp_desktop.cli.action_commands import date_arg

    parser.add_argument("--title", required=creating, metavar="INTITULÉ")
    parser.add_argument("--quartier", required=creating, metavar="CODE")
    parser.add_argument("--pilot", required=creating, metavar="ORG", help="code de l'organisation")
    parser.add_argument("--pilot-contact", metavar="NOM", help="contact de l'organisation pilote")
    parser.add_argument("--deadline", type=date_arg, metavar="AAAA-MM-JJ", help="échéance initiale")
    themes = ", ".join(t.value for t in Theme)
    guessed = " ; sans --theme, déduit de l'intitulé, de la description ou de l'axe"
    parser.add_argument("--theme", metavar="THÈME", help=themes + (guessed if creating else ""))
    parser.add_argument("--site", metavar="NOM")
    parser.add_argument("--partners", metavar="ORG,ORG", help="codes séparés par des virgules")
    parser.add_argument("--axis", metavar="N", help="axe ATFPB, de 1 à 8")
    parser.add_argument("--priority", metavar="PRIORITÉ", help="basse, normale ou haute")
    parser.add_argument("--cost", metavar="EUROS")
    parser.add_argument("--description", metavar="TEXTE")
    parser.add_argument("--origin", metavar="TEXTE", help="constat ou origine de l'action")
    parser.add_argument("--indicator", metavar="TEXTE", help="indicateur de suivi")
    restricted = parser.add_mutually_exclusive_group()
    restricted.add_argument(
        "--restricted",
        "--confidential",
        action="store_true",
        default=None,
        help="diffusion restreinte",
    )
    restricted.add_argument(
        "--public", dest="restricted", action="store_false", help="diffusion normale"
    )
    parser.add_argument("--seance", type=int, metavar="ID", help="séance où la décision est prise")
    parser.add_argument("--format", choices=("table", "json"), default="table")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``actions create`` and ``actions edit``."""
    create = sub.add_parser("create", help="crée une action (hors séance possible)")
    add_field_options(create, creating=True)
    create.set_defaults(handler=_create)
    edit = sub.add_parser("edit", help="modifie les champs d'une action")
    edit.add_argument("number", metavar="NUMÉRO")
    add_field_options(edit, creating=False)
    edit.add_argument("--comment", default="", metavar="TEXTE", help="motif de la modification")
    edit.set_defaults(handler=_edit)


def detail_record(row: ActionRow) -> dict[str, Any]:
    """``actions list`` keys plus description, axis, cost and priority."""
    from gusp_desktop.cli.action_commands import action_record

    record = action_record(row)
    record.update(
        {
            "description": row.description,
            "axis": row.atfpb_axis.value if row.atfpb_axis else None,
            "cost": row.cost,
            "priority": row.priority.value,
            "theme_label": row.theme.label,
            "origin": row.origin_note,
            "indicator": row.indicator,
            "restricted": row.restricted,
        }
    )
    return record


def _parsed(args: argparse.Namespace) -> dict[str, Any]:
    """Typed values of the enum and number options that were given, or a French error."""
    errors: dict[str, str] = {}
    values: dict[str, Any] = {}
    parsers: dict[str, tuple[str, Callable[[str], Any]]] = {
        "theme": ("theme", Theme.parse),
        "priority": ("priority", Priority.parse),
        "axis": ("atfpb_axis", _axis),
        "cost": ("cost", _cost),
    }
    for option, (field, parse) in parsers.items():
        text = getattr(args, option)
        if text is None:
            continue
        try:
            values[field] = parse(text)
        except ValueError as exc:
            errors[field] = str(exc)
    if errors:
        raise ValidationError(errors)
    return values


def _axis(text: str) -> AtfpbAxis | None:
    if not text.strip():
        return None
    try:
        return AtfpbAxis(text.strip())
    except ValueError:
        raise ValueError(f"Axe ATFPB inconnu « {text} » : de 1 à 8.") from None


def _cost(text: str) -> Decimal | None:
    if not text.strip():
        return None
    try:
        return Decimal(text.strip().replace(",", ".").replace(" ", ""))
    except InvalidOperation:
        raise ValueError(f"Coût invalide « {text} » : un montant en euros est attendu.") from None


def _codes(args: argparse.Namespace) -> ReferenceCodes:
    partners = None
    if args.partners is not None:
        partners = tuple(p.strip() for p in args.partners.split(",") if p.strip())
    return ReferenceCodes(
        quartier=args.quartier,
        pilot=args.pilot,
        pilot_contact=args.pilot_contact,
        site=args.site,
        partners=partners,
    )


def _texts(args: argparse.Namespace) -> dict[str, Any]:
    given = {
        "title": args.title,
        "description": args.description,
        "origin_note": args.origin,
        "indicator": args.indicator,
        "initial_deadline": args.deadline,
        "restricted": args.restricted,
    }
    return {k: v for k, v in given.items() if v is not None}


def _references(refs: ResolvedReferences, args: argparse.Namespace) -> dict[str, Any]:
    values: dict[str, Any] = {}
    if refs.quartier_id is not None:
        values["quartier_id"] = refs.quartier_id
    if refs.pilot_organisation_id is not None:
        values["pilot_organisation_id"] = refs.pilot_organisation_id
        values["pilot_contact_id"] = refs.pilot_contact_id  # a new pilot: its own contact
    elif args.pilot_contact is not None:
        values["pilot_contact_id"] = refs.pilot_contact_id
    if args.site is not None:
        values["site_id"] = refs.site_id
    if refs.partner_ids is not None:
        values["partner_ids"] = refs.partner_ids
    return values


def _show(row: ActionRow, fmt: str) -> None:
    record = detail_record(row)
    emit(render([record], DETAIL_COLUMNS, fmt) if fmt == "table" else render([record], [], fmt))


def _create(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.actions
    parsed = _parsed(args)
    if "theme" not in parsed:  # optional: guessed from the words, editable later
        from gusp_desktop.domain.themes import guess_theme

        text = (args.title or "", args.description or "", parsed.get("atfpb_axis"))
        parsed["theme"] = guess_theme(*text)
    refs = service.resolve_references(_codes(args))
    values = {**_texts(args), **parsed, **_references(refs, args)}
    draft = ActionDraft(**values, origin_seance_id=args.seance)
    row = service.create(draft, seance_id=args.seance).value
    _show(row, args.format)
    return 0


def _edit(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.actions
    detail = service.get_by_number(args.number)
    parsed = _parsed(args)
    refs = service.resolve_references(_codes(args), detail.row.id)
    values = {**_texts(args), **parsed, **_references(refs, args)}
    edit = dataclasses.replace(ActionEdit.from_detail(detail), **values)
    before = len(detail.history)
    row = service.update(
        detail.row.id, detail.row.version, edit, seance_id=args.seance, comment=args.comment
    ).value
    changes = len(service.get(row.id).history) - before
    _show(row, args.format)
    if args.format == "table":
        emit(f"{changes} modification(s) inscrite(s) à l'historique.")
    return 0
