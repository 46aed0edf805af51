"""``signalements add|list|show|import|status|action|delete|categories|routes|mapping``.

Dates are Paris wall-clock times (« 2025-06-02T09:30 » or « 02/06/2025 09:30 »). Lists never
print who reported a signalement: ``show`` does, for coordinators and secrétaires.
"""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli.field_options import add_coordinates, add_photos, organisation_id
from gusp_desktop.cli.output import FORMATS, emit, json_text, render
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.errors import ValidationError
from gusp_desktop.domain.signalements import (
    CategoryData,
    ReporterData,
    RouteData,
    SignalementData,
    SignalementQuery,
    SignalementRow,
    parse_channel,
    parse_status,
)
from gusp_desktop.domain.timezone import PARIS

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

COLUMNS = [
    ("id", "N°"),
    ("received", "Reçu le"),
    ("channel_label", "Canal"),
    ("category_label", "Catégorie"),
    ("quartier", "Quartier"),
    ("organisation", "Organisation"),
    ("status_label", "Statut"),
    ("due_date", "Échéance"),
    ("overdue", "En retard"),
    ("action_number", "Action"),
]


def record(row: SignalementRow) -> dict[str, Any]:
    """The JSON view of a signalement (no personal data)."""
    return {
        "id": row.id,
        "version": row.version,
        "received_at": row.received_at.astimezone(PARIS).isoformat(),
        "received": row.received_at.astimezone(PARIS).strftime("%d/%m/%Y %H:%M"),
        "channel": row.channel.value,
        "channel_label": row.channel.label,
        "category": row.category_code,
        "category_label": row.category_label,
        "theme": row.theme.value,
        "quartier": row.quartier_code,
        "site": row.site_name,
        "address": row.address,
        "lat": row.latitude,
        "lon": row.longitude,
        "description": row.description,
        "organisation": row.organisation_code or None,
        "status": row.status.value,
        "status_label": row.status.label,
        "status_reason": row.status_reason,
        "due_date": row.due_date,
        "overdue": row.overdue,
        "closed_at": row.closed_at.astimezone(PARIS).isoformat() if row.closed_at else None,
        "action_number": row.action_number or None,
        "source": row.source,
        "external_id": row.external_id or None,
    }


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``signalements`` command group."""
    group = commands.add_parser(
        "signalements", help="signalements : saisie, orientation, suivi, import"
    )
    sub = group.add_subparsers(dest="signalements_command", required=True, metavar="COMMANDE")
    _register_intake(sub)
    _register_follow_up(sub)
    _register_settings(sub)


def _register_intake(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    add = sub.add_parser("add", help="enregistre un signalement reçu")
    add.add_argument("--category", required=True, metavar="CATÉGORIE", help="code ou libellé")
    add.add_argument("--quartier", required=True, metavar="Q", help="code du quartier (HM…)")
    add.add_argument("--site", metavar="SITE", help="nom du site")
    add.add_argument(
        "--channel",
        default="telephone",
        metavar="CANAL",
        help="telephone, courriel, gardien, application, main_courante, reunion",
    )
    add.add_argument("--received", metavar="DATE", help="date et heure de réception (maintenant)")
    add.add_argument("--address", default="", metavar="ADRESSE")
    add_coordinates(add)
    add.add_argument("--description", "--text", default="", metavar="TEXTE")
    add.add_argument("--organisation", metavar="ORG", help="responsable (sinon les règles)")
    add.add_argument("--reporter", default="", metavar="NOM", help="qui l'a signalé")
    add.add_argument("--reporter-phone", default="", metavar="TÉL")
    add.add_argument("--reporter-email", default="", metavar="COURRIEL")
    add_photos(add)
    add.add_argument("--format", choices=("text", "json"), default="text")
    add.set_defaults(handler=_add)
    ls = sub.add_parser("list", help="liste les signalements (sans données personnelles)")
    ls.add_argument("--status", metavar="STATUT")
    ls.add_argument("--organisation", metavar="ORG")
    ls.add_argument("--quartier", metavar="Q")
    ls.add_argument("--open", action="store_true", help="seulement les non clos")
    ls.add_argument("--overdue", action="store_true", help="seulement ceux en retard")
    ls.add_argument("--format", choices=FORMATS, default="table")
    ls.set_defaults(handler=_list)
    show = sub.add_parser("show", help="un signalement, son historique et qui l'a signalé")
    show.add_argument("id", type=int, metavar="ID")
    show.set_defaults(handler=_show)
    imp = sub.add_parser("import", help="importe un CSV ou un export Open311 (requests.json)")
    imp.add_argument("file", type=Path, metavar="FICHIER")
    imp.add_argument("--quartier", metavar="Q", help="quartier des demandes sans site reconnu")
    imp.add_argument("--format", choices=("text", "json"), default="text")
    imp.set_defaults(handler=_import)


def _register_follow_up(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = sub.add_parser("status", help="change le statut (rejeté : motif obligatoire)")
    status.add_argument("id", type=int, metavar="ID")
    status.add_argument(
        "status", metavar="STATUT", help="recu, transmis, pris_en_charge, traite, rejete"
    )
    status.add_argument("--reason", default="", metavar="MOTIF")
    status.add_argument("--organisation", metavar="ORG", help="organisation à qui transmettre")
    status.set_defaults(handler=_status)
    action = sub.add_parser("action", help="rattache à une action ou en crée une")
    action.add_argument("id", type=int, metavar="ID")
    how = action.add_mutually_exclusive_group(required=True)
    how.add_argument("--attach", metavar="NUMÉRO", help="action existante (HM-25-014)")
    how.add_argument("--create", action="store_true", help="crée une action depuis le signalement")
    how.add_argument("--detach", action="store_true", help="retire le rattachement")
    action.add_argument("--pilot", metavar="ORG", help="pilote de l'action créée")
    action.add_argument("--deadline", metavar="AAAA-MM-JJ", help="échéance de l'action créée")
    action.set_defaults(handler=_action)
    reporter = sub.add_parser("reporter", help="efface qui a signalé (droit à l'effacement)")
    reporter.add_argument("id", type=int, metavar="ID")
    reporter.add_argument("--erase", action="store_true", required=True, help="efface")
    reporter.set_defaults(handler=_erase_reporter)
    delete = sub.add_parser("delete", help="supprime un signalement saisi par erreur")
    delete.add_argument("id", type=int, metavar="ID")
    delete.set_defaults(handler=_delete)


def _register_settings(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    categories = sub.add_parser("categories", help="catégories et délais de traitement")
    cat_sub = categories.add_subparsers(dest="categories_command", required=True)
    cat_sub.add_parser("list", help="liste les catégories").set_defaults(handler=_categories)
    cat_sub.add_parser("defaults", help="ajoute les catégories usuelles manquantes").set_defaults(
        handler=_defaults
    )
    setter = cat_sub.add_parser("set", help="ajoute ou modifie une catégorie")
    setter.add_argument("code", metavar="CODE")
    setter.add_argument("--label", metavar="LIBELLÉ")
    setter.add_argument("--theme", metavar="THÈME")
    setter.add_argument("--delay", type=int, metavar="JOURS", help="délai de traitement")
    setter.add_argument("--inactive", action="store_true", help="n'est plus proposée")
    setter.set_defaults(handler=_set_category)
    routes = sub.add_parser("routes", help="règles d'orientation vers les organisations")
    route_sub = routes.add_subparsers(dest="routes_command", required=True)
    route_sub.add_parser("list", help="liste les règles").set_defaults(handler=_routes)
    add = route_sub.add_parser("add", help="ajoute une règle")
    add.add_argument("--organisation", required=True, metavar="ORG", help="responsable")
    add.add_argument("--category", metavar="CATÉGORIE")
    add.add_argument("--theme", metavar="THÈME")
    add.add_argument("--gestionnaire", metavar="ORG", help="gestionnaire du site")
    add.set_defaults(handler=_add_route)
    remove = route_sub.add_parser("remove", help="supprime une règle")
    remove.add_argument("id", type=int, metavar="ID")
    remove.set_defaults(handler=_remove_route)
    mapping = sub.add_parser("mapping", help="codes de service Open311 → catégories")
    map_sub = mapping.add_subparsers(dest="mapping_command", required=True)
    map_sub.add_parser("list", help="liste les correspondances").set_defaults(handler=_mapping)
    map_set = map_sub.add_parser("set", help="associe un code de service à une catégorie")
    map_set.add_argument("service_code", metavar="CODE")
    map_set.add_argument("category", metavar="CATÉGORIE")
    map_set.set_defaults(handler=_set_mapping)


def register_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``export signalements --organisation ORG -o F.pdf|.docx|.xlsx``."""
    report = sub.add_parser("signalements", help="bilan des signalements d'une organisation")
    report.add_argument("--organisation", required=True, metavar="ORG", help="code (MH, SD…)")
    report.add_argument("--year", type=int, metavar="ANNÉE", help="reçus cette année-là")
    report.add_argument(
        "--format",
        choices=("pdf", "docx", "xlsx"),
        help="format du fichier (par défaut : extension de -o)",
    )
    report.add_argument("-o", "--output", required=True, type=Path, metavar="FICHIER")
    report.set_defaults(handler=_export_report)


def _export_report(args: argparse.Namespace, runtime: Runtime) -> int:
    extension = args.output.suffix.lower().lstrip(".")
    if args.format and extension in ("pdf", "docx", "xlsx") and extension != args.format:
        raise ValidationError(
            {
                "format": f"Le fichier « {args.output.name} » a l'extension .{extension} mais le "
                f"format demandé est « {args.format} » : accordez l'extension et --format."
            }
        )
    fmt = args.format or extension or "pdf"
    path = runtime.services.signalements.reports.export(
        args.organisation, args.output, fmt, args.year
    )
    emit(f"Bilan des signalements enregistré : {path}")
    return 0


# -- helpers -----------------------------------------------------------------------------------


def _checked(parse: Any, text: str, field: str) -> Any:
    try:
        return parse(text)
    except ValueError as exc:
        raise ValidationError({field: str(exc)}) from None


def _moment(text: str | None, runtime: Runtime) -> dt.datetime:
    from gusp_desktop.services.signalements.parsing import parse_datetime

    if not text:
        return runtime.services.context.now()
    return _checked(parse_datetime, text, "received")  # type: ignore[no-any-return]


def _site(runtime: Runtime, quartier_id: int, name: str | None) -> int | None:
    if not name:
        return None
    from gusp_desktop.domain.text import search_key

    for site in runtime.services.territory.list_sites(quartier_id):
        if search_key(site.name) == search_key(name):
            return site.id
    raise ValidationError({"site": f"Site « {name} » inconnu dans ce quartier."})


# -- handlers ----------------------------------------------------------------------------------


def _add(args: argparse.Namespace, runtime: Runtime) -> int:
    services = runtime.services
    quartier = services.territory.get_quartier_by_code(args.quartier)
    data = SignalementData(
        received_at=_moment(args.received, runtime),
        channel=_checked(parse_channel, args.channel, "channel"),
        category_id=services.signalements.settings.category(args.category).id,
        quartier_id=quartier.id,
        site_id=_site(runtime, quartier.id, args.site),
        address=args.address,
        latitude=args.lat,
        longitude=args.lon,
        description=args.description,
        organisation_id=organisation_id(runtime, args.organisation),
        reporter=ReporterData(args.reporter, args.reporter_phone, args.reporter_email),
    )
    row = services.signalements.records.add(data, args.photo).value
    if args.format == "json":
        emit(json_text(record(row)))
    else:
        photos = f", {len(args.photo)} photo(s)" if args.photo else ""
        emit(
            f"Signalement n° {row.id} enregistré ({row.organisation_code or 'à orienter'}, "
            f"échéance {row.due_date:%d/%m/%Y}{photos})."
        )
    return 0


def _list(args: argparse.Namespace, runtime: Runtime) -> int:
    services = runtime.services
    query = SignalementQuery(
        status=_checked(parse_status, args.status, "status") if args.status else None,
        open_only=args.open,
        overdue_only=args.overdue,
        organisation_id=organisation_id(runtime, args.organisation),
        quartier_id=(
            services.territory.get_quartier_by_code(args.quartier).id if args.quartier else None
        ),
    )
    rows = [record(r) for r in services.signalements.records.list_signalements(query)]
    emit(json_text(rows) if args.format == "json" else render(rows, COLUMNS, args.format))
    return 0


def _show(args: argparse.Namespace, runtime: Runtime) -> int:
    detail = runtime.services.signalements.records.get(args.id)
    shown = record(detail.row)
    if detail.reporter is not None:
        shown["reporter"] = {
            "contact": detail.reporter_contact_name or None,
            "name": detail.reporter.name,
            "phone": detail.reporter.phone,
            "email": detail.reporter.email,
        }
    shown["photos"] = [
        {
            "id": p.id,
            "file": p.filename,
            "taken_at": p.taken_at.astimezone(PARIS).isoformat() if p.taken_at else None,
            "width": p.width,
            "height": p.height,
        }
        for p in detail.photos
    ]
    shown["history"] = [
        {
            "at": e.at.astimezone(PARIS).isoformat(),
            "author": e.author,
            "status": e.status.value,
            "reason": e.reason,
        }
        for e in detail.history
    ]
    emit(json_text(shown))
    return 0


def _import(args: argparse.Namespace, runtime: Runtime) -> int:
    report = runtime.services.signalements.imports.import_file(args.file, args.quartier).value
    if args.format == "json":
        emit(
            json_text(
                {
                    "file": report.path,
                    "created": report.created,
                    "duplicates": report.duplicates,
                    "ids": list(report.created_ids),
                }
            )
        )
    else:
        emit(report.message())
    return 0


def _status(args: argparse.Namespace, runtime: Runtime) -> int:
    status = _checked(parse_status, args.status, "status")
    row = runtime.services.signalements.records.change_status(
        args.id, status, args.reason, organisation_id=organisation_id(runtime, args.organisation)
    ).value
    emit(f"Signalement n° {row.id} : {row.status.label}.")
    return 0


def _action(args: argparse.Namespace, runtime: Runtime) -> int:
    records = runtime.services.signalements.records
    if args.detach:
        row = records.detach_action(args.id).value
        emit(f"Signalement n° {row.id} détaché de son action.")
        return 0
    if args.attach:
        row = records.attach_action(args.id, args.attach).value
    else:
        from gusp_desktop.domain.text import parse_iso_date

        deadline = _checked(parse_iso_date, args.deadline, "deadline") if args.deadline else None
        row = records.create_action(
            args.id, pilot_organisation_id=organisation_id(runtime, args.pilot), deadline=deadline
        ).value
    emit(row.action_number)
    return 0


def _erase_reporter(args: argparse.Namespace, runtime: Runtime) -> int:
    runtime.services.signalements.records.erase_reporter(args.id)
    emit(f"Signalement n° {args.id} : la personne qui l'a signalé est effacée.")
    return 0


def _delete(args: argparse.Namespace, runtime: Runtime) -> int:
    runtime.services.signalements.records.delete(args.id)
    emit(f"Signalement n° {args.id} supprimé.")
    return 0


def _categories(args: argparse.Namespace, runtime: Runtime) -> int:
    rows = [
        {
            "code": c.code,
            "label": c.label,
            "theme": c.theme.value,
            "delay_days": c.delay_days,
            "active": c.active,
        }
        for c in runtime.services.signalements.settings.categories()
    ]
    emit(json_text(rows))
    return 0


def _defaults(args: argparse.Namespace, runtime: Runtime) -> int:
    added = runtime.services.signalements.settings.install_defaults().value
    emit(f"{added} catégorie(s) ajoutée(s).")
    return 0


def _set_category(args: argparse.Namespace, runtime: Runtime) -> int:
    settings = runtime.services.signalements.settings
    current = None
    if not (args.label and args.theme and args.delay is not None):
        current = settings.category(args.code)
    theme = _checked(Theme.parse, args.theme, "theme") if args.theme else None
    data = CategoryData(
        code=args.code,
        label=args.label or (current.label if current else ""),
        theme=Theme(theme or (current.theme if current else Theme.PROPRETE)),
        delay_days=args.delay if args.delay is not None else (current.delay_days if current else 0),
        active=not args.inactive,
    )
    saved = settings.save_category(data).value
    emit(f"Catégorie {saved.code} : {saved.label}, délai {saved.delay_days} jour(s).")
    return 0


def _routes(args: argparse.Namespace, runtime: Runtime) -> int:
    rows = [
        {
            "id": r.id,
            "category": r.category_code or None,
            "theme": r.theme.value if r.theme else None,
            "gestionnaire": r.gestionnaire_code or None,
            "organisation": r.organisation_code,
        }
        for r in runtime.services.signalements.settings.routes()
    ]
    emit(json_text(rows))
    return 0


def _add_route(args: argparse.Namespace, runtime: Runtime) -> int:
    settings = runtime.services.signalements.settings
    organisation = organisation_id(runtime, args.organisation)
    assert organisation is not None
    data = RouteData(
        organisation_id=organisation,
        category_id=settings.category(args.category).id if args.category else None,
        theme=Theme(_checked(Theme.parse, args.theme, "theme")) if args.theme else None,
        gestionnaire_id=organisation_id(runtime, args.gestionnaire),
    )
    emit(f"Règle n° {settings.add_route(data).value} ajoutée.")
    return 0


def _remove_route(args: argparse.Namespace, runtime: Runtime) -> int:
    runtime.services.signalements.settings.remove_route(args.id)
    emit(f"Règle n° {args.id} supprimée.")
    return 0


def _mapping(args: argparse.Namespace, runtime: Runtime) -> int:
    emit(json_text(runtime.services.signalements.settings.service_codes()))
    return 0


def _set_mapping(args: argparse.Namespace, runtime: Runtime) -> int:
    runtime.services.signalements.settings.map_service_code(args.service_code, args.category)
    emit(f"Code de service « {args.service_code} » → {args.category.upper()}.")
    return 0
