"""``actions list|update|history``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli import action_edit_commands
from gusp_desktop.cli.arguments import add_include_restricted
from gusp_desktop.cli.output import FORMATS, emit, emit_warning, render
from gusp_desktop.domain.actions import ActionQuery, ActionRow, HistoryEntry, StatusChange
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.redaction import redact
from gusp_desktop.domain.text import parse_iso_date

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

ACTION_COLUMNS = [
    ("number", "N°"),
    ("title", "Action"),
    ("quartier", "Quartier"),
    ("pilot_organisation", "Pilote"),
    ("deadline", "Échéance"),
    ("status_label", "État"),
    ("overdue", "En retard"),
]


def status_arg(text: str) -> ActionStatus:
    """argparse type accepting a stored value or a French label."""
    try:
        return ActionStatus(ActionStatus.parse(text))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def date_arg(text: str) -> Any:
    """argparse type for YYYY-MM-DD dates."""
    try:
        return parse_iso_date(text, "La date")
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


RESTRICTED_LIST_NOTICE = (
    "Diffusion restreinte : cette liste contient des actions réservées aux membres des "
    "instances concernées ; ne la transmettez pas."
)


def add_action_filters(parser: argparse.ArgumentParser) -> None:
    """Filters shared by ``actions list`` and ``export actions``."""
    parser.add_argument("--organisation", metavar="CODE", help="organisation pilote ou partenaire")
    parser.add_argument("--quartier", metavar="CODE", help="code du quartier (HM, PR…)")
    parser.add_argument("--status", type=status_arg, metavar="ÉTAT", help="état de l'action")
    parser.add_argument("--overdue", action="store_true", help="seulement les actions en retard")
    parser.add_argument(
        "--search",
        default="",
        metavar="MOTS",
        help="mots cherchés dans le numéro, l'intitulé, la description, le site et le pilote",
    )


def query_from_args(args: argparse.Namespace) -> ActionQuery:
    """ActionQuery built from the shared filter options."""
    return ActionQuery(
        involving_code=args.organisation,
        quartier_codes=(args.quartier,) if args.quartier else (),
        statuses=(args.status,) if args.status else (),
        overdue_only=args.overdue,
        text=args.search,
        include_restricted=bool(getattr(args, "include_restricted", False)),
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``actions`` command group."""
    actions = commands.add_parser("actions", help="plan d'actions")
    sub = actions.add_subparsers(dest="actions_command", required=True, metavar="COMMANDE")
    listing = sub.add_parser("list", help="liste les actions")
    add_action_filters(listing)
    add_include_restricted(listing)
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=_list)
    update = sub.add_parser("update", help="enregistre un point de suivi")
    update.add_argument("number", metavar="NUMÉRO")
    update.add_argument("--status", type=status_arg, metavar="ÉTAT")
    update.add_argument("--comment", default="", metavar="TEXTE")
    update.add_argument("--deadline", type=date_arg, metavar="AAAA-MM-JJ", help="échéance révisée")
    update.add_argument("--progress", type=int, metavar="0-100", help="avancement en %%")
    update.add_argument("--reason", default="", metavar="TEXTE", help="motif du report d'échéance")
    update.add_argument("--outcome", default="", metavar="TEXTE", help="résultat, pour clore")
    update.add_argument("--seance", type=int, metavar="ID", help="séance du point de suivi")
    update.set_defaults(handler=_update)
    action_edit_commands.register(sub)
    history = sub.add_parser("history", help="historique d'une action")
    history.add_argument("number", metavar="NUMÉRO")
    history.add_argument("--format", choices=("table", "json"), default="table")
    history.set_defaults(handler=_history)


def action_record(row: ActionRow, *, reveal: bool = False) -> dict[str, Any]:
    """The JSON/CSV/table view of an action; marked spans of personal data are occulted
    unless ``reveal`` (a member's restricted list)."""
    return {
        "number": row.number,
        "title": redact(row.title, reveal=reveal),
        "status": row.status.value,
        "status_label": row.status.label,
        "deadline": row.deadline,
        "initial_deadline": row.initial_deadline,
        "revised_deadline": row.revised_deadline,
        "pilot_organisation": row.pilot_organisation_code,
        "pilot_contact": row.pilot_contact_name,
        "partners": list(row.partner_codes),
        "quartier": row.quartier_code,
        "site": row.site_name,
        "theme": row.theme.value,
        "progress": row.progress,
        "overdue": row.overdue,
        "version": row.version,
    }


def _list(args: argparse.Namespace, runtime: Runtime) -> int:
    """The plan as a partner may read it; with ``--include-restricted`` (members only), also
    the restricted actions the user may read, each flagged, and a warning."""
    lists = runtime.services.lists  # reads the tables, maps no model class
    query = query_from_args(args)
    if query.include_restricted:
        lists.check_restricted_reader()
    rows = lists.actions(query)
    reveal = query.include_restricted
    records = [action_record(r, reveal=reveal) for r in rows]
    columns = ACTION_COLUMNS
    if reveal:
        for record, row in zip(records, rows, strict=True):
            record["diffusion"] = "restreinte" if row.is_restricted else "normale"
        columns = [*ACTION_COLUMNS, ("diffusion", "Diffusion")]
        emit_warning(RESTRICTED_LIST_NOTICE)
    emit(render(records, columns, args.format))
    return 0


def _update(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.actions
    action = service.get_by_number(args.number)
    change = StatusChange(
        status=args.status,
        comment=args.comment,
        revised_deadline=args.deadline,
        progress=args.progress,
        deadline_reason=args.reason,
        outcome=args.outcome,
        seance_id=args.seance,
    )
    row = service.follow_up(action.row.id, None, change).value
    emit(f"{row.number} : {row.status.label}, {row.progress} % (version {row.version}).")
    return 0


def _history(args: argparse.Namespace, runtime: Runtime) -> int:
    detail = runtime.services.actions.get_by_number(args.number)
    records = [
        {
            "date": h.at,
            "status": h.status.value,
            "status_label": h.status.label,
            "comment": h.comment,
            "author": h.author,
            "deadline": h.deadline,
            "progress": h.progress,
            "seance": h.seance_label,
            "field": h.field,
            "old_value": h.old_value,
            "new_value": h.new_value,
            "reason": h.reason,
            "change": _change(h),
        }
        for h in detail.history
    ]
    columns = [
        ("date", "Date"),
        ("status_label", "État"),
        ("author", "Auteur"),
        ("seance", "Séance"),
        ("change", "Modification"),
        ("reason", "Motif"),
        ("comment", "Commentaire"),
    ]
    emit(render(records, columns, args.format))
    return 0


def _change(entry: HistoryEntry) -> str:
    """« Pilote : A → B », « Relance par e-mail : … » or nothing for a follow-up point."""
    if entry.is_event:
        return f"{entry.field_label} : {entry.new_value}"
    return f"{entry.field_label} : {entry.old_value} → {entry.new_value}" if entry.field else ""
