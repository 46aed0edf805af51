"""RGPD commands: a contact's export and anonymisation, retention of notes, the register.

``contacts export NAME -o F.json|F.pdf``, ``contacts anonymise NAME [--yes]``,
``retention rules|set|run [--dry-run]`` and ``registre -o F.pdf|F.docx``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gusp_desktop.cli.output import emit, json_text, render
from gusp_desktop.domain.enums import InstanceType
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.retention import RetentionMethod, RetentionReport

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``contacts``, ``retention`` and ``registre``."""
    contacts = commands.add_parser("contacts", help="données personnelles d'un contact (RGPD)")
    sub = contacts.add_subparsers(dest="contacts_command", required=True, metavar="COMMANDE")
    export = sub.add_parser("export", help="tout ce que la base contient sur une personne")
    export.add_argument("name", metavar="NOM", help="« Prénom Nom » ou #numéro")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER.json|.pdf")
    export.set_defaults(handler=_export)
    anonymise = sub.add_parser(
        "anonymise", help="remplace nom, e-mail et téléphone en gardant les liens"
    )
    anonymise.add_argument("name", metavar="NOM", help="« Prénom Nom » ou #numéro")
    anonymise.add_argument("--yes", action="store_true", help="sans demander de confirmation")
    anonymise.add_argument("--format", choices=("text", "json"), default="text")
    anonymise.set_defaults(handler=_anonymise)

    retention = commands.add_parser("retention", help="durées de conservation des notes")
    rsub = retention.add_subparsers(dest="retention_command", required=True, metavar="COMMANDE")
    rules = rsub.add_parser("rules", help="liste les règles par type d'instance")
    rules.add_argument("--format", choices=("table", "json"), default="table")
    rules.set_defaults(handler=_rules)
    change = rsub.add_parser("set", help="fixe la règle d'un type d'instance")
    change.add_argument("type", metavar="TYPE", help=", ".join(t.value for t in InstanceType))
    change.add_argument("years", type=int, metavar="ANNÉES")
    change.add_argument("method", metavar="MÉTHODE", help="purge, anonymise ou keep")
    change.set_defaults(handler=_set_rule)
    run = rsub.add_parser("run", help="applique les règles aux séances trop anciennes")
    run.add_argument("--dry-run", action="store_true", help="montre ce qui serait fait")
    run.add_argument("--format", choices=("text", "json"), default="text")
    run.set_defaults(handler=_run)

    registre = commands.add_parser("registre", help="registre des traitements (PDF ou DOCX)")
    registre.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER")
    registre.set_defaults(handler=_register)


def _export(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.services.personal_data.files import write_dossier

    service = runtime.services.personal_data.contacts
    dossier = service.export(service.find_contact(args.name))
    write_dossier(dossier, args.output)
    emit(f"{dossier.full_name} : {len(dossier.rows)} ligne(s) exportée(s) dans {args.output}")
    return 0


def _confirmed(question: str) -> bool:
    if not sys.stdin.isatty():
        return False
    sys.stderr.write(f"{question} [o/N] ")
    sys.stderr.flush()
    return sys.stdin.readline().strip().lower() in ("o", "oui", "y", "yes")


def _anonymise(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.personal_data.contacts
    contact_id = service.find_contact(args.name)
    dossier = service.export(contact_id)
    question = (
        f"Anonymiser {dossier.full_name} (#{contact_id}) ? Nom, e-mail, téléphone et fonction "
        "seront remplacés définitivement."
    )
    if not args.yes and not _confirmed(question):
        raise ValidationError(
            {"yes": f"Anonymisation de {dossier.full_name} non confirmée : rien n'a été "
             "modifié (ajoutez --yes pour confirmer sans question)."}
        )  # fmt: skip
    report = service.anonymise(contact_id).value
    emit(json_text(report.to_json()) if args.format == "json" else "\n".join(report.lines()))
    return 0


def _rules(args: argparse.Namespace, runtime: Runtime) -> int:
    rules = runtime.services.personal_data.retention.rules()
    records = [
        {"type": r.instance_type.value, "years": r.years, "method": r.method.value,
         "description": r.describe()}
        for r in rules
    ]  # fmt: skip
    columns = [("type", "Type"), ("years", "Années"), ("method", "Méthode"), ("description", "")]
    emit(render(records, columns, args.format))
    return 0


def _set_rule(args: argparse.Namespace, runtime: Runtime) -> int:
    try:
        instance_type = InstanceType(InstanceType.parse(args.type))
        method = RetentionMethod.parse(args.method)
    except ValueError as exc:
        raise ValidationError({"rule": str(exc)}) from exc
    rule = runtime.services.personal_data.retention.set_rule(instance_type, args.years, method)
    emit(f"Règle enregistrée — {rule.value.describe()}")
    return 0


def _run(args: argparse.Namespace, runtime: Runtime) -> int:
    report = runtime.services.personal_data.retention.run(dry_run=args.dry_run)
    emit(json_text(report.to_json()) if args.format == "json" else _run_text(report))
    return 0


def _run_text(report: RetentionReport) -> str:
    head = "Simulation : rien n'a été modifié." if report.dry_run else "Règles appliquées."
    lines = [head, *(f"  {r.describe()}" for r in report.rules)]
    for item in report.items:
        lines.append(
            f"  {item.instance_code} séance du {item.starts_on:%d/%m/%Y} : {item.points} "
            f"point(s) — {item.method.label}"
        )
        lines += [f"    compte rendu signé laissé intact : {v}" for v in item.signed_versions]
    if not report.items:
        lines.append("  Aucune séance n'a dépassé sa durée de conservation.")
    return "\n".join(lines)


def _register(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.services.personal_data.files import write_register

    register_ = runtime.services.personal_data.register.build()
    write_register(register_, args.output)
    emit(f"Registre des traitements écrit dans {args.output}")
    return 0
