"""``export agenda|convocation|attendance|minutes|decisions|cancellation SEANCE_ID``,
``export actions``, for walks ``export diagnostic|restitution SEANCE_ID`` and
``export summary --quartier Q --from D --to D`` (synthèse pour les habitants).

The format comes from ``--format``, or else from the extension of ``-o``; a format a document
does not exist in (an .ics of anything but a convocation or an avis d'annulation) is refused
with exit code 1. ``export minutes --draft`` marks every page « PROJET — document de travail »;
exporting a convocation marks the séance convened. Warnings (a convocation addressed to
nobody) go to stderr and the export goes on.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, cast

from gusp_desktop.cli.action_commands import add_action_filters, date_arg, query_from_args
from gusp_desktop.cli.arguments import add_include_restricted, seance_id_arg
from gusp_desktop.cli.output import emit, emit_warning
from gusp_desktop.cli.signalement_commands import register_report
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.services.exports import (
    PLAN_FORMATS,
    SEANCE_FORMATS,
    SeanceKind,
    check_format,
)

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

HELP = {
    "agenda": "ordre du jour d'une séance",
    "convocation": "convocation (pdf, docx) ou invitation d'agenda (ics)",
    "attendance": "feuille d'émargement",
    "minutes": "compte rendu",
    "decisions": "relevé de décisions",
    "cancellation": "avis d'annulation (pdf, docx) ou retrait de l'agenda (ics)",
}
FIELD_HELP = {
    "diagnostic": "compte rendu d'un diagnostic en marchant ou d'une marche exploratoire",
    "restitution": "restitution aux habitants des suites d'une marche (sans données personnelles)",
}
KNOWN_EXTENSIONS = frozenset(SEANCE_FORMATS) | frozenset(PLAN_FORMATS)
SAVED = {
    "agenda": "Ordre du jour enregistré",
    "convocation": "Convocation enregistrée",
    "attendance": "Feuille d'émargement enregistrée",
    "minutes": "Compte rendu enregistré",
    "decisions": "Relevé de décisions enregistré",
    "cancellation": "Avis d'annulation enregistré",
    "actions": "Plan d'actions enregistré",
    "diagnostic": "Compte rendu de marche enregistré",
    "restitution": "Restitution enregistrée",
    "summary": "Synthèse pour les habitants enregistrée",
}


def _common(parser: argparse.ArgumentParser, formats: tuple[str, ...]) -> None:
    parser.add_argument(
        "--format", choices=formats, help="format du fichier (par défaut : extension de -o)"
    )
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FICHIER", help="fichier à écrire"
    )
    parser.add_argument("--logo", type=Path, metavar="IMAGE", help="logo en haut de chaque page")
    add_include_restricted(parser)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``export`` command group."""
    export = commands.add_parser("export", help="documents : convocations, comptes rendus, plans")
    sub = export.add_subparsers(dest="export_command", required=True, metavar="DOCUMENT")
    for kind, help_text in HELP.items():
        parser = sub.add_parser(kind, help=help_text)
        parser.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
        _common(parser, SEANCE_FORMATS)
        if kind in ("minutes", "decisions"):
            parser.add_argument(
                "--signatures",
                action="store_true",
                help="réserve la place des signatures électroniques en fin de document",
            )
        if kind == "minutes":
            parser.add_argument(
                "--draft",
                action="store_true",
                help="projet : « PROJET — document de travail » sur chaque page",
            )
        parser.set_defaults(handler=_seance_document, kind=kind)
    actions = sub.add_parser("actions", help="plan d'actions filtré")
    add_action_filters(actions)
    _common(actions, PLAN_FORMATS)
    actions.set_defaults(handler=_actions, kind="actions")
    for kind, help_text in FIELD_HELP.items():
        parser = sub.add_parser(kind, help=help_text)
        parser.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
        parser.add_argument(
            "-o",
            "--output",
            required=True,
            type=Path,
            metavar="FICHIER",
            help="fichier à écrire (.pdf ou .docx)",
        )
        parser.add_argument(
            "--logo", type=Path, metavar="IMAGE", help="logo en haut de chaque page"
        )
        parser.set_defaults(handler=_field_report, kind=kind)
    register_report(sub)
    _register_summary(sub)


def _register_summary(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    summary = sub.add_parser(
        "summary",
        help="synthèse pour les habitants d'un quartier sur une période (sans nom de personne)",
    )
    summary.add_argument("--quartier", required=True, metavar="CODE", help="code du quartier")
    summary.add_argument(
        "--from", dest="start", required=True, type=date_arg, metavar="DATE", help="début"
    )
    summary.add_argument(
        "--to", dest="end", required=True, type=date_arg, metavar="DATE", help="fin (incluse)"
    )
    summary.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="FICHIER",
        help="fichier à écrire (.pdf, .docx ou .html)",
    )
    summary.set_defaults(handler=_summary, kind="summary")


def _format(args: argparse.Namespace) -> str:
    """The chosen format, else the output's extension; checked against the document.

    A file named ``x.pdf`` holding ICS would mislead whoever opens it: an extension that names
    another known format than ``--format`` is refused.
    """
    extension = args.output.suffix.lower().lstrip(".")
    if args.format and extension in KNOWN_EXTENSIONS and extension != args.format:
        raise ValidationError(
            {
                "format": f"Le fichier « {args.output.name} » a l'extension .{extension} mais "
                f"le format demandé est « {args.format} » : accordez l'extension et --format."
            }
        )
    fmt = args.format or extension or "pdf"
    check_format(args.kind, fmt)
    return str(fmt)


def _check_logo(args: argparse.Namespace) -> None:
    from gusp_desktop.documents.images import image_problem

    problem = image_problem(args.logo) if args.logo is not None else None
    if problem:
        raise ValidationError({"logo": f"{problem} Rien n'a été exporté."})


def _seance_document(args: argparse.Namespace, runtime: Runtime) -> int:
    fmt = _format(args)
    _check_logo(args)
    service = runtime.services.exports
    service.logo_path = args.logo
    kind = cast(SeanceKind, args.kind)
    for warning in service.warnings(kind, args.seance_id):
        emit_warning(warning)
    path = service.export_seance_document(
        kind,
        args.seance_id,
        args.output,
        fmt,
        reserve_signature_area=getattr(args, "signatures", False),
        draft=getattr(args, "draft", False),
        include_restricted=args.include_restricted,
    )
    emit(f"{SAVED[args.kind]} : {path}")
    return 0


def _actions(args: argparse.Namespace, runtime: Runtime) -> int:
    fmt = _format(args)
    _check_logo(args)
    service = runtime.services.exports
    service.logo_path = args.logo
    path = service.export_action_plan(
        query_from_args(args), args.output, fmt, include_restricted=args.include_restricted
    )
    emit(f"{SAVED['actions']} : {path}")
    return 0


def _field_report(args: argparse.Namespace, runtime: Runtime) -> int:
    _check_logo(args)
    service = runtime.services.field_work.reports
    service.logo_path = args.logo
    path = service.export(args.kind, args.seance_id, args.output)
    emit(f"{SAVED[args.kind]} : {path}")
    return 0


def _summary(args: argparse.Namespace, runtime: Runtime) -> int:
    path = runtime.services.resident_summary.export(
        args.quartier, args.start, args.end, args.output
    )
    emit(f"{SAVED['summary']} : {path}")
    return 0
