"""``identity …``, ``minutes validate|erratum|sign`` and ``verify``: signed minutes from a terminal.

Passphrases come from ``--passphrase-file`` (scripts), then the secure system keyring (when the
user chose to remember them there), then an interactive prompt that does not echo. Without a
terminal and without a file, the command stops with a French message instead of hanging.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from gusp_desktop.cli.arguments import seance_id_arg
from gusp_desktop.cli.output import FORMATS, emit, render
from gusp_desktop.credentials import (
    CredentialError,
    PassphraseSource,
    identity_secret_key,
    read_passphrase_file,
)
from gusp_desktop.domain.signed_minutes import (
    PassphraseRejectedError,
    Registration,
    SignedMinutesError,
    SignerRole,
)

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

    # Loaded by the handlers only: cryptography and the services cost a few hundred
    # milliseconds that every other command would otherwise pay at start-up.
    from gusp_desktop.services.signed_minutes.identities import SigningIdentities
    from gusp_desktop.services.signed_minutes.service import SignedMinutesService
    from gusp_desktop.signing.identities import IdentityInfo

IDENTITY_COLUMNS = [
    ("name", "Nom"),
    ("kind", "Type"),
    ("subject_cn", "Titulaire"),
    ("role", "Qualité"),
    ("email", "Courriel"),
    ("issuer_cn", "Émetteur"),
    ("not_after", "Valable jusqu'au"),
    ("fingerprint", "Empreinte SHA-256"),
]


def _role_arg(text: str) -> SignerRole:
    try:
        return SignerRole.parse(text)
    except SignedMinutesError as exc:
        raise argparse.ArgumentTypeError(exc.message) from exc


def _passphrase_file_option(parser: argparse.ArgumentParser, help_text: str) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FICHIER", help=help_text)


def _remember_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--remember",
        action="store_true",
        help="mémoriser la phrase secrète dans le trousseau sécurisé du système (s'il existe)",
    )


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``identity``, ``minutes`` and ``verify`` commands."""
    _register_identity(commands)
    _register_minutes(commands)
    verify = commands.add_parser("verify", help="vérifie les signatures d'un PDF signé")
    verify.add_argument("file", type=Path, metavar="FICHIER.pdf")
    verify.add_argument(
        "--trust",
        type=Path,
        action="append",
        default=[],
        metavar="AUTORITE.pem",
        help="certificat d'une autorité supplémentaire à approuver (répétable)",
    )
    verify.set_defaults(handler=_verify)


def _register_identity(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    identity = commands.add_parser("identity", help="identités de signature et autorités")
    sub = identity.add_subparsers(dest="identity_command", required=True, metavar="COMMANDE")
    create_ca = sub.add_parser("create-ca", help="crée l'autorité de l'organisation")
    create_ca.add_argument("name", metavar="NOM")
    create_ca.add_argument("--organisation", metavar="ORGANISATION", help="défaut : NOM")
    _passphrase_file_option(create_ca, "nouvelle phrase secrète de l'autorité")
    _remember_option(create_ca)
    create_ca.set_defaults(handler=_create_ca)
    create = sub.add_parser("create", help="crée l'identité d'un signataire")
    create.add_argument("name", metavar="NOM")
    create.add_argument("--ca", required=True, metavar="AUTORITÉ", dest="ca_name")
    create.add_argument("--email", metavar="COURRIEL")
    create.add_argument("--role", type=_role_arg, metavar="président|secrétaire")
    _passphrase_file_option(create, "nouvelle phrase secrète de l'identité")
    create.add_argument("--ca-passphrase-file", type=Path, metavar="FICHIER")
    _remember_option(create)
    create.set_defaults(handler=_create)
    imported = sub.add_parser("import", help="importe un certificat PKCS#12 (.p12, .pfx)")
    imported.add_argument("file", type=Path, metavar="FICHIER.p12")
    imported.add_argument("name", metavar="NOM")
    _passphrase_file_option(imported, "phrase secrète du fichier PKCS#12")
    _remember_option(imported)
    imported.set_defaults(handler=_import)
    listing = sub.add_parser("list", help="liste les identités et autorités")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=_list)
    export = sub.add_parser("export-ca", help="exporte le certificat public d'une autorité")
    export.add_argument("name", metavar="AUTORITÉ")
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.pem")
    export.set_defaults(handler=_export_ca)


def _register_minutes(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    minutes = commands.add_parser(
        "minutes", help="relecture, validation et signature des comptes rendus"
    )
    sub = minutes.add_subparsers(dest="minutes_command", required=True, metavar="COMMANDE")
    from gusp_desktop.cli.meeting_commands import register_review

    register_review(sub)
    validate = sub.add_parser("validate", help="fige le compte rendu d'une séance")
    validate.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    validate.set_defaults(handler=_validate)
    erratum = sub.add_parser("erratum", help="ouvre un erratum d'un compte rendu validé")
    erratum.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    erratum.add_argument("--reason", required=True, metavar="MOTIF")
    erratum.set_defaults(handler=_erratum)
    sign = sub.add_parser("sign", help="signe le compte rendu validé d'une séance")
    sign.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    sign.add_argument("--identity", required=True, metavar="NOM")
    sign.add_argument("-o", "--output", type=Path, required=True, metavar="FICHIER.pdf")
    sign.add_argument("--role", type=_role_arg, metavar="président|secrétaire")
    sign.add_argument(
        "--from",
        dest="source",
        type=Path,
        metavar="FICHIER.pdf",
        help="révision signée reçue du signataire précédent (sinon : copie de cet ordinateur)",
    )
    sign.add_argument("--timestamp-url", metavar="URL", help="service d'horodatage (PAdES B-T)")
    _passphrase_file_option(sign, "phrase secrète de l'identité")
    _remember_option(sign)
    sign.set_defaults(handler=_sign)


# -- passphrases -------------------------------------------------------------------------------


def terminal_prompt(label: str) -> str | None:
    """Ask on the terminal without echo; None when there is no terminal to ask on."""
    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"{label} ")


def _existing_passphrase(
    identities: SigningIdentities, name: str, passphrase_file: Path | None
) -> tuple[str, PassphraseSource]:
    """The passphrase of an existing identity and where it came from, or a French error."""
    from gusp_desktop.services.signed_minutes.identities import passphrase_label

    label = passphrase_label(name)
    try:
        resolved = identities.resolver(terminal_prompt, passphrase_file).resolve(
            identity_secret_key(name), label
        )
    except CredentialError as exc:
        raise SignedMinutesError(str(exc)) from exc
    if resolved is None:
        raise SignedMinutesError(
            f"Phrase secrète de « {name} » requise : lancez la commande dans un terminal "
            "ou utilisez --passphrase-file FICHIER."
        )
    return resolved.value, resolved.source


def _new_passphrase(passphrase_file: Path | None, what: str) -> str:
    """A new passphrase from the file, or typed twice on the terminal."""
    if passphrase_file is not None:
        try:
            return read_passphrase_file(passphrase_file)
        except CredentialError as exc:
            raise SignedMinutesError(str(exc)) from exc
    first = terminal_prompt(f"Nouvelle phrase secrète pour {what} :")
    if first is None:
        raise SignedMinutesError(
            "Une nouvelle phrase secrète est requise : lancez la commande dans un terminal "
            "ou utilisez --passphrase-file FICHIER."
        )
    if terminal_prompt("Confirmez la phrase secrète :") != first:
        raise SignedMinutesError("Les deux saisies de la phrase secrète diffèrent.")
    return first


def _remembered(identities: SigningIdentities, name: str, secret: str, wanted: bool) -> None:
    if not wanted:
        return
    if identities.remember(name, secret):
        emit(f"Phrase secrète de « {name} » mémorisée dans le trousseau sécurisé du système.")
    else:
        emit(f"Phrase secrète non mémorisée : {identities.secrets.description}")


# -- identity ----------------------------------------------------------------------------------


def _describe_identity(info: IdentityInfo) -> str:
    kind = "autorité" if info.is_authority else "identité"
    return (
        f"{kind.capitalize()} « {info.name} » ({info.subject_cn}), valable jusqu'au "
        f"{info.not_after:%d/%m/%Y}, empreinte {info.fingerprint_sha256[:23]}…"
    )


def _create_ca(args: argparse.Namespace, runtime: Runtime) -> int:
    identities = runtime.signing.identities
    secret = _new_passphrase(args.passphrase_file, f"l'autorité « {args.name} »")
    info = identities.create_ca(args.name, args.organisation or args.name, secret)
    emit(f"{_describe_identity(info)} créée.")
    _remembered(identities, info.name, secret, args.remember)
    return 0


def _create(args: argparse.Namespace, runtime: Runtime) -> int:
    identities = runtime.signing.identities
    authority = identities.get(args.ca_name)
    ca_secret, _source = _existing_passphrase(identities, authority.name, args.ca_passphrase_file)
    secret = _new_passphrase(args.passphrase_file, f"l'identité « {args.name} »")
    info = identities.create_identity(
        args.name, authority.name, ca_secret, secret, email=args.email, role=args.role
    )
    emit(f"{_describe_identity(info)} créée, émise par « {authority.name} ».")
    _remembered(identities, info.name, secret, args.remember)
    return 0


def _import(args: argparse.Namespace, runtime: Runtime) -> int:
    identities = runtime.signing.identities
    secret, _source = _existing_passphrase(identities, args.name, args.passphrase_file)
    info = identities.import_pkcs12(args.file, args.name, secret)
    emit(f"{_describe_identity(info)} importée.")
    _remembered(identities, info.name, secret, args.remember)
    return 0


def _list(args: argparse.Namespace, runtime: Runtime) -> int:
    records = [
        {
            "name": i.name,
            "kind": "autorité" if i.is_authority else "signataire",
            "subject_cn": i.subject_cn,
            "role": i.role or "",
            "email": i.email or "",
            "issuer_cn": i.issuer_cn or "",
            "not_after": i.not_after.date(),
            "fingerprint": i.fingerprint_sha256[:23] + "…",
        }
        for i in runtime.signing.identities.list()
    ]
    emit(render(records, IDENTITY_COLUMNS, args.format))
    return 0


def _export_ca(args: argparse.Namespace, runtime: Runtime) -> int:
    path = runtime.signing.identities.export_ca(args.name, args.output)
    emit(f"Certificat de l'autorité « {args.name} » exporté : {path}")
    return 0


# -- minutes -----------------------------------------------------------------------------------


def _service(runtime: Runtime, timestamp_url: str | None = None) -> SignedMinutesService:
    service = runtime.services.signed_minutes
    if timestamp_url:
        service.timestamp_url = timestamp_url
    return service


def _validate(args: argparse.Namespace, runtime: Runtime) -> int:
    version = _service(runtime).validate(args.seance_id).value
    emit(
        f"Compte rendu de la séance {version.seance_label} validé (version {version.number}, "
        f"empreinte {version.snapshot_sha256[:16]}…) : il ne peut plus être modifié."
    )
    return 0


def _erratum(args: argparse.Namespace, runtime: Runtime) -> int:
    version = _service(runtime).create_erratum(args.seance_id, args.reason).value
    emit(
        f"Erratum ouvert (version {version.number}) : corrigez le compte rendu, puis validez-le "
        f"avec « gusp-desktop minutes validate {args.seance_id} »."
    )
    return 0


def _sign(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.services.signed_minutes.report import quiet_pyhanko

    quiet_pyhanko()
    identities = runtime.signing.identities
    identity = identities.get(args.identity)
    role = args.role or _identity_role(identity)
    secret, source = _existing_passphrase(identities, identity.name, args.passphrase_file)
    service = _service(runtime, args.timestamp_url)
    try:
        outcome = service.sign(
            args.seance_id, identity.name, role, secret, args.output, source=args.source
        ).value
    except PassphraseRejectedError:
        if source is PassphraseSource.STORE:
            identities.forget(identity.name)  # a remembered passphrase that no longer works
        raise
    remaining = {SignerRole.PRESIDENT, SignerRole.SECRETAIRE} - {
        SignerRole(r) for r in outcome.version.signed_roles
    }
    emit(
        f"Signature {outcome.signed.signature_count} ({role.label}, {outcome.signed.signer_name}) "
        f"ajoutée : {outcome.output}"
    )
    if remaining:
        emit("Reste à signer : " + ", ".join(r.label for r in sorted(remaining)) + ".")
    _remembered(
        identities, identity.name, secret, args.remember and source is not PassphraseSource.STORE
    )
    return 0


def _identity_role(identity: IdentityInfo) -> SignerRole:
    if identity.role:
        try:
            return SignerRole.parse(identity.role)
        except SignedMinutesError:
            pass
    raise SignedMinutesError(
        f"Précisez la qualité du signataire « {identity.name} » : --role président|secrétaire."
    )


def _verify(args: argparse.Namespace, runtime: Runtime) -> int:
    from gusp_desktop.services.signed_minutes.report import check_file, describe, quiet_pyhanko

    quiet_pyhanko()

    def lookup(sha256: str) -> Registration | None:
        return _service(runtime).registration(sha256)

    check = check_file(args.file, args.trust, runtime.signing.identities.store, lookup)
    for line in describe(check):
        emit(line)
    return 0 if check.ok else 1
