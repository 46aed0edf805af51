"""``atfpb conventions|convention|amount|line|bilan|consolidation``: the ATFPB from a terminal.

Amounts are read as exact decimals (« 12500,50 » or « 12500.50 ») and printed in JSON as
strings (« 412000.00 »), never as floating-point numbers.
"""

from __future__ import annotations

import argparse
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli.output import emit, json_text, render
from gusp_desktop.domain.atfpb import (
    Bilan,
    Consolidation,
    ConventionData,
    ConventionDTO,
    LineData,
    LineDTO,
    RealisationData,
    axis_from_number,
    parse_amount,
)
from gusp_desktop.domain.enums import AtfpbAxis, Realisation
from gusp_desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

CONVENTION_COLUMNS = [
    ("id", "N°"),
    ("bailleur", "Bailleur"),
    ("quartier", "Quartier"),
    ("period", "Période"),
    ("logements", "Logements"),
]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``atfpb`` command group."""
    atfpb = commands.add_parser(
        "atfpb", help="abattement de TFPB : conventions, programmes, bilans"
    )
    sub = atfpb.add_subparsers(dest="atfpb_command", required=True, metavar="COMMANDE")
    _register_conventions(sub)
    _register_lines(sub)
    bilan = sub.add_parser("bilan", help="bilan annuel d'un bailleur sur un quartier")
    _target(bilan)
    bilan.add_argument("--format", choices=("json", "pdf", "docx", "xlsx"), default="json")
    bilan.add_argument("-o", "--output", type=Path, metavar="FICHIER")
    bilan.set_defaults(handler=_bilan)
    consolidation = sub.add_parser("consolidation", help="tous les bilans d'une année (COPIL)")
    consolidation.add_argument("--year", type=int, required=True, metavar="ANNÉE")
    consolidation.add_argument("--format", choices=("json", "xlsx", "pdf"), default="json")
    consolidation.add_argument("-o", "--output", type=Path, metavar="FICHIER")
    consolidation.set_defaults(handler=_consolidation)


def _target(parser: argparse.ArgumentParser, year: bool = True) -> None:
    parser.add_argument("--bailleur", required=True, metavar="ORG", help="code du bailleur (MH…)")
    parser.add_argument("--quartier", required=True, metavar="Q", help="code du quartier (HM…)")
    if year:
        parser.add_argument("--year", type=int, required=True, metavar="ANNÉE")


def _register_conventions(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    conventions = sub.add_parser("conventions", help="liste des conventions")
    listing = conventions.add_subparsers(dest="conventions_command", required=True)
    ls = listing.add_parser("list", help="liste les conventions et leurs montants")
    ls.add_argument("--format", choices=("table", "csv", "json"), default="table")
    ls.set_defaults(handler=_list)
    convention = sub.add_parser("convention", help="conventions ATFPB")
    conv_sub = convention.add_subparsers(dest="convention_command", required=True)
    add = conv_sub.add_parser("add", help="ajoute une convention")
    _target(add, year=False)
    add.add_argument("--from", dest="start", type=int, required=True, metavar="ANNÉE")
    add.add_argument("--to", dest="end", type=int, required=True, metavar="ANNÉE")
    add.add_argument("--logements", type=int, required=True, metavar="N")
    add.add_argument("--droit-commun", default="", metavar="TEXTE")
    add.set_defaults(handler=_add_convention)
    amount = sub.add_parser("amount", help="montant annuel de l'abattement")
    amount_sub = amount.add_subparsers(dest="amount_command", required=True)
    setter = amount_sub.add_parser("set", help="fixe l'abattement d'une année")
    _target(setter)
    setter.add_argument("--amount", required=True, metavar="EUR")
    setter.set_defaults(handler=_set_amount)


def _register_lines(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    line = sub.add_parser("line", help="lignes du programme annuel")
    line_sub = line.add_subparsers(dest="line_command", required=True)
    add = line_sub.add_parser("add", help="ajoute une ligne prévue")
    _target(add)
    add.add_argument("--axis", required=True, metavar="N", help="axe ATFPB, de 1 à 8")
    add.add_argument("--title", required=True, metavar="TEXTE")
    add.add_argument("--planned", required=True, metavar="EUR")
    add.add_argument("--action", action="append", default=[], metavar="NUMÉRO")
    add.add_argument("--residences", default="", metavar="TEXTE")
    add.add_argument("--droit-commun", action="store_true", help="action de droit commun")
    add.add_argument("--cofinancing", default="", metavar="TEXTE")
    add.add_argument("--indicator", default="", metavar="TEXTE")
    add.add_argument("--target", default="", metavar="TEXTE")
    add.set_defaults(handler=_add_line)
    realise = line_sub.add_parser("realise", help="renseigne la réalisation d'une ligne")
    realise.add_argument("id", type=int, metavar="ID")
    realise.add_argument("--realised", required=True, metavar="EUR")
    realise.add_argument("--status", required=True, metavar="realise|partiel|non_realise")
    realise.add_argument("--reason", default="", metavar="TEXTE")
    realise.add_argument("--indicator-value", default="", metavar="V")
    realise.add_argument("--gap", default="", metavar="TEXTE", help="explication de l'écart")
    realise.add_argument(
        "--version", dest="expected_version", type=int, metavar="N", help="version lue"
    )
    realise.set_defaults(handler=_realise)


def _amount(text: str, field: str, label: str) -> Decimal:
    try:
        return parse_amount(text, label)
    except ValueError as exc:
        raise ValidationError({field: str(exc)}) from None


def _axis(text: str) -> AtfpbAxis:
    try:
        return axis_from_number(text)
    except ValueError as exc:
        raise ValidationError({"axis": str(exc)}) from None


def _status(text: str) -> Realisation:
    try:
        return Realisation(Realisation.parse(text))
    except ValueError as exc:
        raise ValidationError({"status": str(exc)}) from None


def convention_record(c: ConventionDTO) -> dict[str, Any]:
    """The JSON view of a convention."""
    return {
        "id": c.id,
        "version": c.version,
        "bailleur": c.bailleur_code,
        "quartier": c.quartier_code,
        "from": c.start_year,
        "to": c.end_year,
        "period": f"{c.start_year}–{c.end_year}",
        "logements": c.logements,
        "droit_commun": c.droit_commun,
        "amounts": {str(y.year): y.abattement for y in c.years if y.abattement is not None},
        "signatories": [
            {"organisation": s.organisation_code, "signed_on": s.signed_on} for s in c.signatories
        ],
    }


def line_record(line: LineDTO) -> dict[str, Any]:
    """The JSON view of a programme line."""
    return {
        "id": line.id,
        "version": line.version,
        "year": line.year,
        "axis": int(line.axis.value),
        "title": line.title,
        "planned": line.planned,
        "realised": line.realised,
        "status": line.status.value if line.status else None,
        "reason": line.reason,
        "indicator": line.indicator,
        "target": line.target,
        "indicator_value": line.indicator_value,
        "reinforcement": line.reinforcement,
        "actions": list(line.action_numbers),
        "issues": list(line.issues),
    }


def bilan_record(bilan: Bilan) -> dict[str, Any]:
    """The JSON view of a bilan annuel."""
    c = bilan.convention
    return {
        "bailleur": c.bailleur_code,
        "quartier": c.quartier_code,
        "year": bilan.year,
        "logements": c.logements,
        "abattement": bilan.abattement,
        "planned_total": bilan.planned_total,
        "realised_total": bilan.realised_total,
        "used_percent": bilan.used_percent,
        "planned_percent": bilan.planned_percent,
        "under_used": bilan.under_used,
        "previous": {
            "year": bilan.year - 1,
            "abattement": bilan.previous_abattement,
            "realised_total": bilan.previous_realised_total,
            "used_percent": bilan.previous_used_percent,
        },
        "axes": [
            {
                "axis": int(a.axis.value),
                "label": a.label,
                "planned": a.planned,
                "realised": a.realised,
                "gap": a.gap,
                "lines": a.lines,
                "previous_realised": a.previous_realised,
                "under_used": a.under_used,
            }
            for a in bilan.axes
        ],
        "lines": [line_record(line) for line in bilan.lines],
        "unjustified": [line.id for line in bilan.unjustified],
        "opinions": {
            "commune": bilan.opinions.commune,
            "epci": bilan.opinions.epci,
            "etat": bilan.opinions.etat,
        },
    }


def consolidation_record(consolidation: Consolidation) -> dict[str, Any]:
    """The JSON view of the consolidation of a year."""
    return {
        "year": consolidation.year,
        "logements": consolidation.logements,
        "abattement": consolidation.abattement,
        "planned_total": consolidation.planned_total,
        "realised_total": consolidation.realised_total,
        "used_percent": consolidation.used_percent,
        "axes": [
            {
                "axis": int(a.axis.value),
                "label": a.label,
                "planned": a.planned,
                "realised": a.realised,
                "lines": a.lines,
            }
            for a in consolidation.axes
        ],
        "bilans": [
            {k: v for k, v in bilan_record(b).items() if k != "lines"} for b in consolidation.bilans
        ],
    }


def _list(args: argparse.Namespace, runtime: Runtime) -> int:
    rows = [convention_record(c) for c in runtime.services.atfpb.conventions.list_conventions()]
    if args.format == "json":
        emit(json_text(rows))
    else:
        emit(render(rows, CONVENTION_COLUMNS, args.format))
    return 0


def _add_convention(args: argparse.Namespace, runtime: Runtime) -> int:
    services = runtime.services
    bailleur = services.directory.get_organisation_by_code(args.bailleur)
    quartier = services.territory.get_quartier_by_code(args.quartier)
    data = ConventionData(
        bailleur_id=bailleur.id,
        quartier_id=quartier.id,
        start_year=args.start,
        end_year=args.end,
        logements=args.logements,
        droit_commun=args.droit_commun,
    )
    convention = services.atfpb.conventions.add(data).value
    emit(f"Convention n° {convention.id} ajoutée : {convention.label}.")
    return 0


def _set_amount(args: argparse.Namespace, runtime: Runtime) -> int:
    amount = _amount(args.amount, "amount", "Le montant de l'abattement")
    record = runtime.services.atfpb.conventions.set_amount(
        args.bailleur, args.quartier, args.year, amount
    ).value
    emit(f"Abattement {record.year} : {record.abattement} €.")
    return 0


def _add_line(args: argparse.Namespace, runtime: Runtime) -> int:
    services = runtime.services
    axis = _axis(args.axis)
    planned = _amount(args.planned, "planned", "Le montant prévu")
    action_ids = tuple(services.actions.get_by_number(n).row.id for n in args.action)
    data = LineData(
        convention_id=0,
        year=args.year,
        axis=axis,
        title=args.title,
        planned=planned,
        residences=args.residences,
        reinforcement=not args.droit_commun,
        cofinancing=args.cofinancing,
        indicator=args.indicator,
        target=args.target,
        action_ids=action_ids,
    )
    line = services.atfpb.programme.add_for(args.bailleur, args.quartier, data).value
    emit(f"Ligne n° {line.id} ajoutée (axe {line.axis.value}, {line.planned} € prévus).")
    return 0


def _realise(args: argparse.Namespace, runtime: Runtime) -> int:
    data = RealisationData(
        realised=_amount(args.realised, "realised", "Le montant réalisé"),
        status=_status(args.status),
        reason=args.reason,
        indicator_value=args.indicator_value,
        gap_explanation=args.gap,
    )
    line = runtime.services.atfpb.programme.realise(args.id, args.expected_version, data).value
    assert line.status is not None
    emit(
        f"Ligne n° {line.id} : {line.status.label}, {line.realised} € réalisés "
        f"(version {line.version})."
    )
    return 0


def _write_or_print(args: argparse.Namespace, record: dict[str, Any]) -> bool:
    """JSON to ``-o`` or stdout; True when handled."""
    if args.format != "json":
        if args.output is None:
            raise ValidationError(
                {"output": f"Le format {args.format} s'écrit dans un fichier : -o."}
            )
        return False
    text = json_text(record)
    if args.output is None:
        emit(text)
    else:
        from gusp_desktop.fileio import write_bytes_atomic

        write_bytes_atomic(args.output, (text + "\n").encode("utf-8"))
    return True


def _bilan(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.atfpb.bilans
    bilan = service.bilan_for(args.bailleur, args.quartier, args.year)
    if not _write_or_print(args, bilan_record(bilan)):
        path = service.export_bilan(bilan.convention.id, args.year, args.output, args.format)
        emit(f"Bilan enregistré : {path}")
    return 0


def _consolidation(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.atfpb.bilans
    if not _write_or_print(args, consolidation_record(service.consolidation(args.year))):
        path = service.export_consolidation(args.year, args.output, args.format)
        emit(f"Consolidation enregistrée : {path}")
    return 0
