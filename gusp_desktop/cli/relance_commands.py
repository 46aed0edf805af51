"""``relances prepare|send|template|log`` and ``smtp add|list|test|remove``.

Relances ask each pilot for news of their open actions before a séance: ``prepare`` writes one
``.eml`` draft per recipient, ``send`` sends them through an SMTP profile and never sends the
same message twice (a retry skips what the server already accepted). SMTP passwords are never
written in a file: they go to the system keyring when there is a secure one, otherwise they are
asked for (or read from standard input with ``--password-stdin``) at each use.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli.arguments import port_arg, seance_id_arg
from gusp_desktop.cli.output import emit, emit_warning, json_text, render
from gusp_desktop.cli.runtime import terminal_password_prompt
from gusp_desktop.domain.relances import (
    PLACEHOLDERS,
    RelanceOutcome,
    RelanceTemplates,
    SendStatus,
    SmtpProfile,
    SmtpSecurity,
)

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime
    from gusp_desktop.domain.relances import RelanceBatch

NO_KEYRING = (
    "Aucun trousseau sécurisé sur ce poste : le mot de passe n'est pas conservé, "
    "il sera demandé à chaque envoi (ou lu avec --password-stdin)."
)
OUTCOME_COLUMNS = [
    ("organisation", "Organisation"),
    ("contact", "Contact"),
    ("email", "Adresse"),
    ("actions", "Actions"),
    ("status", "Résultat"),
    ("file", "Fichier"),
    ("message", "Détail"),
]
LOG_COLUMNS = [
    ("at", "Date"),
    ("author", "Par"),
    ("mode", "Mode"),
    ("organisation", "Organisation"),
    ("contact", "Contact"),
    ("email", "Adresse"),
    ("actions", "Actions"),
]


def _day(text: str) -> dt.date:
    for pattern in ("%d/%m/%Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    raise argparse.ArgumentTypeError(f"date invalide « {text} » (JJ/MM/AAAA)")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``relances`` and ``smtp`` command groups."""
    relances = commands.add_parser("relances", help="relances des pilotes avant une séance")
    sub = relances.add_subparsers(dest="relances_command", required=True, metavar="COMMANDE")
    prepare = sub.add_parser("prepare", help="un brouillon .eml par destinataire")
    _batch_options(prepare)
    prepare.add_argument("-o", "--output", required=True, type=Path, metavar="DOSSIER")
    prepare.add_argument("--from", dest="sender", default="", metavar="ADRESSE",
                         help="expéditeur des brouillons (par défaut : le vôtre)")  # fmt: skip
    prepare.add_argument("--format", choices=("table", "json"), default="table")
    prepare.set_defaults(handler=_prepare)
    send = sub.add_parser("send", help="envoie les relances par SMTP (sans doublon)")
    _batch_options(send)
    send.add_argument("--smtp", metavar="PROFIL", help="profil d'envoi (« smtp list »)")
    send.add_argument("--dry-run", action="store_true", help="montre ce qui serait envoyé")
    _password_option(send)
    send.add_argument("--format", choices=("table", "json"), default="table")
    send.set_defaults(handler=_send)
    template = sub.add_parser("template", help="affiche ou modifie le modèle de message")
    template.add_argument("--subject", metavar="OBJET")
    template.add_argument("--body-file", type=Path, metavar="FICHIER", help="texte (UTF-8)")
    template.add_argument("--answer-days", type=int, metavar="JOURS",
                          help="réponse attendue N jours avant la séance")  # fmt: skip
    template.add_argument("--reset", action="store_true", help="revient au modèle d'origine")
    template.set_defaults(handler=_template)
    log = sub.add_parser("log", help="journal des relances")
    log.add_argument("--seance", type=seance_id_arg, metavar="ID")
    log.add_argument("--action", metavar="NUMÉRO", help="les relances d'une action (HM-25-002)")
    log.add_argument("--format", choices=("table", "json"), default="table")
    log.set_defaults(handler=_log)
    _register_smtp(commands)


def _batch_options(parser: argparse.ArgumentParser) -> None:
    which = parser.add_mutually_exclusive_group(required=True)
    which.add_argument("--seance", type=seance_id_arg, metavar="ID", help="séance à préparer")
    which.add_argument("--date", type=_day, metavar="JJ/MM/AAAA", help="ou une date")
    parser.add_argument("--organisation", action="append", default=[], metavar="CODE",
                        help="seulement ces pilotes (répétable)")  # fmt: skip
    parser.add_argument("--answer-by", type=_day, metavar="JJ/MM/AAAA",
                        help="date limite de réponse (par défaut : selon le modèle)")  # fmt: skip


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-stdin", action="store_true",
                        help="lit le mot de passe SMTP sur l'entrée standard")  # fmt: skip


def _register_smtp(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    smtp = commands.add_parser("smtp", help="profils d'envoi des messages (SMTP)")
    sub = smtp.add_subparsers(dest="smtp_command", required=True, metavar="COMMANDE")
    add = sub.add_parser("add", help="enregistre (ou remplace) un profil d'envoi")
    add.add_argument("name", metavar="PROFIL")
    add.add_argument("--host", required=True, metavar="SERVEUR")
    add.add_argument("--port", type=port_arg, default=None)
    add.add_argument("--security", choices=[s.value for s in SmtpSecurity], default="starttls")
    add.add_argument("--user", default="", metavar="IDENTIFIANT")
    add.add_argument("--sender", required=True, metavar="ADRESSE", help="adresse d'expédition")
    add.add_argument("--sender-name", default="", metavar="NOM")
    add.add_argument("--ca-file", default="", metavar="FICHIER",
                     help="certificat de l'autorité du serveur (serveur interne)")  # fmt: skip
    _password_option(add)
    add.set_defaults(handler=_smtp_add)
    listing = sub.add_parser("list", help="liste les profils d'envoi")
    listing.add_argument("--format", choices=("table", "json"), default="table")
    listing.set_defaults(handler=_smtp_list)
    test = sub.add_parser("test", help="envoie un message d'essai")
    test.add_argument("name", metavar="PROFIL")
    test.add_argument("--to", default="", metavar="ADRESSE", help="par défaut : l'expéditeur")
    _password_option(test)
    test.set_defaults(handler=_smtp_test)
    remove = sub.add_parser("remove", help="supprime un profil et son mot de passe")
    remove.add_argument("name", metavar="PROFIL")
    remove.set_defaults(handler=_smtp_remove)


# -- relances ------------------------------------------------------------------------------


def _batch(args: argparse.Namespace, runtime: Runtime) -> RelanceBatch:
    return runtime.services.relances.batch(
        args.seance, on=args.date, organisations=args.organisation, answer_by=args.answer_by
    )


def _outcome_record(outcome: RelanceOutcome) -> dict[str, Any]:
    return {
        "organisation": outcome.organisation,
        "contact": outcome.contact,
        "email": outcome.email,
        "actions": list(outcome.actions),
        "status": outcome.status.value,
        "file": outcome.file,
        "message": outcome.message,
    }


def _print_outcomes(outcomes: list[RelanceOutcome], fmt: str, batch: RelanceBatch) -> None:
    records = [_outcome_record(o) for o in outcomes]
    if fmt == "json":
        emit(json_text({"seance": batch.seance_id, "date": batch.meeting_date,
                        "answer_by": batch.answer_by, "recipients": records}))  # fmt: skip
        return
    for record, outcome in zip(records, outcomes, strict=True):
        record["actions"] = ", ".join(outcome.actions)
        record["status"] = outcome.status.label
    emit(f"{batch.occasion} — {batch.meeting_date:%d/%m/%Y}, réponse avant le "
         f"{batch.answer_by:%d/%m/%Y}")  # fmt: skip
    emit(render(records, OUTCOME_COLUMNS, "table"))


def _prepare(args: argparse.Namespace, runtime: Runtime) -> int:
    batch = _batch(args, runtime)
    outcomes = runtime.services.relance_delivery.write_drafts(
        batch, args.output, sender=args.sender
    )
    _print_outcomes(outcomes, args.format, batch)
    return 0


def _send(args: argparse.Namespace, runtime: Runtime) -> int:
    delivery = runtime.services.relance_delivery
    profile = runtime.mail.settings.smtp_profile(args.smtp)
    batch = _batch(args, runtime)
    password = None if args.dry_run else _password(args, runtime, profile)
    outcomes = delivery.send(batch, profile, password, dry_run=args.dry_run)
    _print_outcomes(outcomes, args.format, batch)
    failed = [o for o in outcomes if o.status in (SendStatus.FAILED, SendStatus.NO_ADDRESS)]
    if failed:
        emit_warning(f"{len(failed)} relance(s) non envoyée(s) : relancez la même commande, "
                     "les messages déjà partis ne seront pas renvoyés.")  # fmt: skip
    return 1 if any(o.status is SendStatus.FAILED for o in outcomes) else 0


def _password(args: argparse.Namespace, runtime: Runtime, profile: SmtpProfile) -> str | None:
    if not profile.user:
        return None
    if args.password_stdin:
        return _read_stdin_password()
    stored = runtime.mail.secrets.get(profile.secret_key)
    return stored or terminal_password_prompt(
        f"Mot de passe SMTP de {profile.user} sur {profile.host}"
    )


def _read_stdin_password() -> str | None:
    line = sys.stdin.readline()
    return line.rstrip("\r\n") or None


def _template(args: argparse.Namespace, runtime: Runtime) -> int:
    settings = runtime.mail.settings
    if args.reset:
        templates = settings.reset_templates()
    elif args.subject is not None or args.body_file is not None or args.answer_days is not None:
        current = settings.templates()
        body = current.body
        if args.body_file is not None:
            body = _read_body(args.body_file)
        templates = settings.save_templates(
            RelanceTemplates(
                subject=args.subject if args.subject is not None else current.subject,
                body=body,
                answer_days=(
                    args.answer_days if args.answer_days is not None else current.answer_days
                ),
            )
        )
    else:
        templates = settings.templates()
    emit(f"Objet : {templates.subject}")
    emit(f"Réponse attendue {templates.answer_days} jour(s) avant la séance.")
    emit(f"Texte :\n{templates.body}\n")
    emit("Variables : " + ", ".join(f"${name}" for name in PLACEHOLDERS))
    return 0


def _read_body(path: Path) -> str:
    from gusp_desktop.domain.errors import ValidationError

    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValidationError({"body": f"Impossible de lire « {path} » ({exc})."}) from exc


def _log(args: argparse.Namespace, runtime: Runtime) -> int:
    action_id = None
    if args.action:
        action_id = runtime.services.actions.get_by_number(args.action).row.id
    records = [
        {
            "at": r.at,
            "author": r.author,
            "mode": r.mode.value,
            "organisation": r.organisation_code,
            "contact": r.contact_name,
            "email": r.email,
            "actions": ", ".join(r.action_numbers) if args.format == "table" else r.action_numbers,
        }
        for r in runtime.services.relances.records(seance_id=args.seance, action_id=action_id)
    ]
    emit(render(records, LOG_COLUMNS, args.format))
    return 0


# -- smtp ----------------------------------------------------------------------------------


def _smtp_add(args: argparse.Namespace, runtime: Runtime) -> int:
    security = SmtpSecurity(args.security)
    port = args.port or {SmtpSecurity.SSL: 465, SmtpSecurity.STARTTLS: 587}.get(security, 25)
    profile = runtime.mail.settings.save_smtp_profile(
        SmtpProfile(
            args.name, args.host, args.sender, port, security, args.user, args.sender_name,
            str(Path(args.ca_file).expanduser().resolve()) if args.ca_file else "",
        )
    )  # fmt: skip
    emit(f"Profil d'envoi « {profile.name} » enregistré : {profile.describe()}")
    if args.password_stdin:
        _remember(runtime, profile, _read_stdin_password())
    elif profile.user and runtime.mail.secrets.is_persistent:
        _remember(runtime, profile, terminal_password_prompt(f"Compte {profile.user}"))
    return 0


def _remember(runtime: Runtime, profile: SmtpProfile, password: str | None) -> None:
    from gusp_desktop.credentials import CredentialError

    secrets = runtime.mail.secrets
    if not secrets.is_persistent:
        emit(NO_KEYRING)
        return
    if not password:
        return
    try:
        secrets.set(profile.secret_key, password)
    except CredentialError as exc:
        emit(f"{exc} Le mot de passe sera demandé à chaque envoi.")
        return
    emit(f"Mot de passe conservé dans le trousseau ({secrets.description}).")


def _smtp_list(args: argparse.Namespace, runtime: Runtime) -> int:
    records = [
        {
            "name": p.name,
            "server": f"{p.host}:{p.port}",
            "security": p.security.value,
            "user": p.user,
            "sender": p.sender,
        }  # fmt: skip
        for p in runtime.mail.settings.smtp_profiles()
    ]
    columns = [("name", "Profil"), ("server", "Serveur"), ("security", "Sécurité"),
               ("user", "Identifiant"), ("sender", "Expéditeur")]  # fmt: skip
    emit(render(records, columns, args.format))
    return 0


def _smtp_test(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.services.relances.smtp import send_test

    profile = runtime.mail.settings.smtp_profile(args.name)
    address = send_test(profile, _password(args, runtime, profile), args.to)
    emit(f"Message d'essai accepté par {profile.host}:{profile.port} pour {address}.")
    return 0


def _smtp_remove(args: argparse.Namespace, runtime: Runtime) -> int:
    profile = runtime.mail.settings.remove_smtp_profile(args.name)
    from gusp_desktop.credentials import CredentialError

    try:
        runtime.mail.secrets.delete(profile.secret_key)
    except CredentialError as exc:
        emit_warning(str(exc))
    emit(f"Profil d'envoi « {profile.name} » supprimé.")
    return 0
