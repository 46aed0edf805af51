"""``import returns FICHIER.xlsx|FICHIER.csv [--apply-all|--dry-run] [--seance ID]``.

Reads a partner's returned tableau de suivi and prints, per row, the changes found and their
status (ok, conflict, locked_cell_changed, unknown, invalid) with a French message. Nothing is
written unless ``--apply-all`` is given; it then applies every change without conflict (never
a conflict, an invalid value, an unknown row or a locked cell) as follow-up points authored by
the partner organisation (and ``--sender``), tied to ``--seance`` or the coming comité.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli.arguments import seance_id_arg
from gusp_desktop.cli.output import emit, emit_warning, json_text, render
from gusp_desktop.domain.returns import STATUS_LABELS, ReturnReview, ReturnRow

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

COLUMNS = (
    ("line", "Ligne"),
    ("action_number", "Action"),
    ("status_label", "Statut"),
    ("changes_text", "Changements"),
    ("message", "Message"),
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``import`` command group."""
    group = commands.add_parser(
        "import", help="importe le tableau de suivi renvoyé par un partenaire"
    )
    sub = group.add_subparsers(dest="import_command", required=True, metavar="QUOI")
    returns = sub.add_parser(
        "returns", help="tableau de suivi renvoyé (.xlsx ou .csv) : relecture, puis application"
    )
    returns.add_argument("file", type=Path, metavar="FICHIER", help="fichier .xlsx ou .csv renvoyé")
    mode = returns.add_mutually_exclusive_group()
    mode.add_argument(
        "--apply-all",
        action="store_true",
        help="applique tous les changements sans conflit (sinon rien n'est écrit)",
    )
    mode.add_argument(
        "--dry-run", action="store_true", help="relecture seule, rien n'est écrit (par défaut)"
    )
    returns.add_argument(
        "--seance",
        type=seance_id_arg,
        metavar="SEANCE_ID",
        help="séance à laquelle rattacher les points (par défaut : le prochain comité technique)",
    )
    returns.add_argument(
        "--sender", default="", metavar="NOM", help="personne qui a renvoyé le fichier"
    )
    returns.add_argument("--format", choices=("table", "json"), default="table")
    returns.set_defaults(handler=_returns)


def _returns(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.returns
    review = service.review(args.file, seance_id=args.seance)
    for problem in review.problems:
        emit_warning(problem)
    applied: set[int] = set()
    if args.apply_all:
        decision = review.auto_decision()
        result = service.apply(review, decision, sender=args.sender).value
        applied = set(decision.accepted)
        emit_warning(_applied_note(review, len(result.action_numbers), result.author))
    else:
        emit_warning("Relecture seule : rien n'a été écrit (--apply-all pour appliquer).")
    records = [_record(row, row.line in applied) for row in review.rows]
    if args.format == "json":
        emit(json_text(records))
    else:
        emit(render(records, COLUMNS, "table"))
    return 0


def _applied_note(review: ReturnReview, count: int, author: str) -> str:
    where = f", rattachés à la séance {review.seance_label}" if review.seance_label else ""
    return f"{count} action(s) mise(s) à jour : points de suivi au nom de {author}{where}."


def _record(row: ReturnRow, applied: bool) -> dict[str, Any]:
    return {
        "line": row.line,
        "action_number": row.action_number,
        "changes": [
            {"field": c.field, "old": c.old, "new": c.new, "status": c.status, "message": c.message}
            for c in row.changes
        ],
        "status": row.status,
        "status_label": STATUS_LABELS[row.status],
        "message": row.message,
        "applied": applied,
        "changes_text": "; ".join(f"{c.label} : {c.old} → {c.new}" for c in row.changes),
    }
