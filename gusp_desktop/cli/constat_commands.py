"""``constats add|list|show|status|to-action|link|photos import|haltes …|objectives``."""

from __future__ import annotations

import argparse
import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli.action_commands import date_arg
from gusp_desktop.cli.field_options import add_coordinates, add_photos, organisation_id
from gusp_desktop.cli.output import FORMATS, emit, json_text, render
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import (
    ConstatDraft,
    ConstatQuery,
    ConstatRow,
    ConstatStatus,
    Gravity,
    HalteDraft,
    PhotoGroup,
)
from gusp_desktop.domain.timezone import PARIS

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

COLUMNS = [
    ("id", "N°"),
    ("observed_on", "Date"),
    ("halte", "Halte"),
    ("theme_label", "Thème"),
    ("text", "Constat"),
    ("status_label", "État"),
    ("photos", "Photos"),
    ("action_numbers", "Actions"),
]


def _enum_arg(cls: Any) -> Any:
    def parse(text: str) -> Any:
        try:
            return cls(cls.parse(text))
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from exc

    return parse


def _time_arg(text: str) -> dt.datetime:
    """``AAAA-MM-JJTHH:MM`` in Paris time."""
    try:
        local = dt.datetime.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"heure attendue (AAAA-MM-JJTHH:MM), pas « {text} »"
        ) from None
    return local.replace(tzinfo=PARIS) if local.tzinfo is None else local


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``constats`` command group."""
    group = commands.add_parser(
        "constats", help="constats de terrain (DEM, marches) : haltes, photos, actions"
    )
    sub = group.add_subparsers(dest="constats_command", required=True, metavar="COMMANDE")
    _register_add(sub)
    listing = sub.add_parser("list", help="liste les constats")
    listing.add_argument("--seance", type=int, metavar="ID")
    listing.add_argument("--quartier", metavar="CODE")
    listing.add_argument("--status", type=_enum_arg(ConstatStatus), metavar="ÉTAT")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=_list)
    status = sub.add_parser("status", help="qualifie un constat (traité, sans suite…)")
    status.add_argument("id", type=int, metavar="ID")
    status.add_argument("status", type=_enum_arg(ConstatStatus), metavar="ÉTAT")
    status.add_argument("--reason", default="", metavar="TEXTE", help="motif (sans suite)")
    status.set_defaults(handler=_status)
    to_action = sub.add_parser("to-action", help="transforme un ou plusieurs constats en action")
    to_action.add_argument("ids", type=int, nargs="+", metavar="ID")
    to_action.add_argument(
        "--pilot", metavar="ORG", help="organisation pilote (défaut : gestionnaire)"
    )
    to_action.add_argument("--deadline", type=date_arg, metavar="AAAA-MM-JJ")
    to_action.add_argument("--title", metavar="TEXTE")
    to_action.set_defaults(handler=_to_action)
    link = sub.add_parser("link", help="rattache un constat à une action existante")
    link.add_argument("id", type=int, metavar="ID")
    link.add_argument("number", metavar="NUMÉRO")
    link.set_defaults(handler=_link)
    delete = sub.add_parser("delete", help="supprime un constat (et ses photos)")
    delete.add_argument("id", type=int, metavar="ID")
    delete.set_defaults(handler=_delete)
    photos = sub.add_parser("photos", help="photos des marches")
    photo_sub = photos.add_subparsers(dest="photos_command", required=True, metavar="COMMANDE")
    imp = photo_sub.add_parser("import", help="importe un dossier de photos pour une marche")
    imp.add_argument("--seance", type=int, required=True, metavar="ID")
    imp.add_argument("folder", type=Path, metavar="DOSSIER")
    imp.add_argument("--format", choices=("table", "json"), default="table")
    imp.add_argument(
        "--propose",
        action="store_true",
        help="propose des constats (photos prises ensemble à une halte), en JSON",
    )
    imp.set_defaults(handler=_import_photos)
    _register_haltes(sub)


def _register_add(sub: Any) -> None:
    add = sub.add_parser("add", help="enregistre un constat")
    add.add_argument("--seance", type=int, metavar="ID", help="séance (DEM, marche)")
    add.add_argument("--halte", metavar="NOM", help="halte du parcours (nom ou numéro)")
    add.add_argument("--quartier", metavar="CODE")
    add.add_argument("--text", required=True, metavar="TEXTE", help="ce qui est constaté")
    add.add_argument("--theme", required=True, type=_enum_arg(Theme), metavar="THÈME")
    add.add_argument("--site", metavar="NOM")
    add.add_argument("--place", default="", metavar="ADRESSE", help="lieu ou adresse")
    add_coordinates(add)
    add.add_argument("--positive", action="store_true", help="constat positif")
    add.add_argument("--gravity", type=_enum_arg(Gravity), metavar="GRAVITÉ")
    add.add_argument("--gestionnaire", metavar="ORG", help="défaut : proposé selon site et thème")
    add.add_argument("--preconisation", default="", metavar="TEXTE")
    add.add_argument("--residents", default="", metavar="TEXTE", help="paroles d'habitants")
    add_photos(add)
    add.add_argument("--format", choices=("table", "json"), default="table")
    add.set_defaults(handler=_add)


def _register_haltes(sub: Any) -> None:
    haltes = sub.add_parser("haltes", help="parcours d'une marche : haltes et objectifs")
    halte_sub = haltes.add_subparsers(dest="haltes_command", required=True, metavar="COMMANDE")
    add = halte_sub.add_parser("add", help="ajoute une halte à la fin du parcours")
    add.add_argument("--seance", type=int, required=True, metavar="ID")
    add.add_argument("--name", required=True, metavar="NOM")
    add.add_argument("--site", metavar="NOM")
    add.add_argument("--address", default="", metavar="ADRESSE")
    add_coordinates(add)
    add.add_argument("--at", type=_time_arg, metavar="AAAA-MM-JJTHH:MM", help="heure d'arrivée")
    add.set_defaults(handler=_add_halte)
    listing = halte_sub.add_parser("list", help="parcours d'une séance")
    listing.add_argument("--seance", type=int, required=True, metavar="ID")
    listing.add_argument("--format", choices=FORMATS, default="table")
    listing.set_defaults(handler=_list_haltes)
    objectives = halte_sub.add_parser("objectives", help="objectifs de la marche")
    objectives.add_argument("--seance", type=int, required=True, metavar="ID")
    objectives.add_argument("text", metavar="TEXTE")
    objectives.set_defaults(handler=_objectives)


def constat_record(row: ConstatRow) -> dict[str, Any]:
    """The JSON/CSV/table view of a constat."""
    return {
        "id": row.id,
        "seance_id": row.seance_id,
        "quartier": row.quartier_code,
        "halte": row.halte_name,
        "text": row.description,
        "theme": row.theme.value,
        "theme_label": row.theme.label,
        "site": row.site_name,
        "place": row.place,
        "lat": row.latitude,
        "lon": row.longitude,
        "positive": row.positive,
        "gravity": row.gravity.value if row.gravity else None,
        "gestionnaire": row.gestionnaire_code,
        "preconisation": row.preconisation,
        "residents": row.resident_words,
        "status": row.status.value,
        "status_label": row.status.label,
        "status_reason": row.status_reason,
        "observed_on": row.observed_on,
        "photos": row.photo_count,
        "action_numbers": list(row.action_numbers),
        "restricted": row.restricted,
        "version": row.version,
    }


def _add(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.field_work.constats
    place = service.resolve_place(
        seance_id=args.seance, halte=args.halte, site=args.site, quartier=args.quartier
    )
    draft = ConstatDraft(
        quartier_id=place.quartier_id,
        theme=args.theme,
        description=args.text,
        seance_id=args.seance,
        halte_id=place.halte_id,
        site_id=place.site_id,
        place=args.place,
        latitude=args.lat,
        longitude=args.lon,
        positive=args.positive,
        gravity=args.gravity,
        gestionnaire_id=organisation_id(runtime, args.gestionnaire),
        preconisation=args.preconisation,
        resident_words=args.residents,
    )
    row = service.create(draft, photos=args.photo).value
    if args.format == "json":
        emit(json_text(constat_record(row)))
    else:
        emit(f"Constat n° {row.id} enregistré ({row.photo_count} photo(s)).")
    return 0


def _list(args: argparse.Namespace, runtime: Runtime) -> int:
    query = ConstatQuery(seance_id=args.seance, quartier_code=args.quartier, status=args.status)
    rows = runtime.services.field_work.constats.list_constats(query)
    emit(render([constat_record(r) for r in rows], COLUMNS, args.format))
    return 0


def _status(args: argparse.Namespace, runtime: Runtime) -> int:
    row = runtime.services.field_work.constats.set_status(args.id, args.status, args.reason).value
    emit(f"Constat n° {row.id} : {row.status.label}.")
    return 0


def _to_action(args: argparse.Namespace, runtime: Runtime) -> int:
    pilot = organisation_id(runtime, args.pilot)
    row = runtime.services.field_work.constats.to_action(
        args.ids, pilot_organisation_id=pilot, deadline=args.deadline, title=args.title
    ).value
    emit(row.number)
    return 0


def _link(args: argparse.Namespace, runtime: Runtime) -> int:
    row = runtime.services.field_work.constats.link_action(args.id, args.number).value
    emit(f"Constat n° {row.id} lié à {', '.join(row.action_numbers)}.")
    return 0


def _delete(args: argparse.Namespace, runtime: Runtime) -> int:
    runtime.services.field_work.constats.delete(args.id)
    emit(f"Constat n° {args.id} supprimé.")
    return 0


def _import_photos(args: argparse.Namespace, runtime: Runtime) -> int:
    result = runtime.services.field_work.photos.import_folder(args.folder, seance_id=args.seance)
    imported = result.value
    haltes = {h.id: h.name for h in runtime.services.field_work.parcours.get(args.seance).haltes}
    records = [
        {
            "id": p.id,
            "file": p.filename,
            "halte": haltes.get(p.halte_id or 0, ""),
            "taken_at": p.taken_at,
        }
        for p in imported.photos
    ]
    if args.propose:
        photos = runtime.services.field_work.photos
        groups = photos.propose_constats(args.seance, [p.id for p in imported.photos])
        proposals = [_proposal_record(g, haltes) for g in groups]
        emit(json_text({"photos": records, "proposals": proposals}))
        return 0
    if args.format == "json":
        emit(json_text({"photos": records, "duplicates": list(imported.duplicates)}))
        return 0
    emit(
        render(
            records, [("file", "Fichier"), ("halte", "Halte"), ("taken_at", "Prise le")], "table"
        )
    )
    emit(
        f"{len(imported.photos)} photo(s) importée(s), {imported.placed} placée(s) sur une halte"
        + (f", {len(imported.duplicates)} déjà présente(s)." if imported.duplicates else ".")
    )
    return 0


def _proposal_record(group: PhotoGroup, haltes: dict[int, str]) -> dict[str, Any]:
    """A proposed constat as ``--propose`` prints it."""
    return {
        "halte_id": group.halte_id,
        "halte": haltes.get(group.halte_id or 0, ""),
        "starts_at": group.starts_at,
        "ends_at": group.ends_at,
        "lat": group.latitude,
        "lon": group.longitude,
        "photo_ids": list(group.photo_ids),
        "files": [p.filename for p in group.photos],
    }


def _add_halte(args: argparse.Namespace, runtime: Runtime) -> int:
    site_id = None
    if args.site:
        site_id = runtime.services.field_work.constats.resolve_place(
            seance_id=args.seance, site=args.site
        ).site_id
    draft = HalteDraft(
        name=args.name,
        site_id=site_id,
        address=args.address,
        latitude=args.lat,
        longitude=args.lon,
        arrives_at=args.at,
    )
    row = runtime.services.field_work.parcours.add_halte(args.seance, draft).value
    emit(f"Halte {row.position} « {row.name} » ajoutée (n° {row.id}).")
    return 0


def _list_haltes(args: argparse.Namespace, runtime: Runtime) -> int:
    parcours = runtime.services.field_work.parcours.get(args.seance)
    records = [
        {
            "position": h.position,
            "id": h.id,
            "name": h.name,
            "site": h.site_name,
            "address": h.address,
            "lat": h.latitude,
            "lon": h.longitude,
            "arrives_at": h.arrives_at,
        }
        for h in parcours.haltes
    ]
    columns = [
        ("position", "N°"),
        ("name", "Halte"),
        ("site", "Site"),
        ("lat", "Lat."),
        ("lon", "Lon."),
    ]
    emit(render(records, columns, args.format))
    return 0


def _objectives(args: argparse.Namespace, runtime: Runtime) -> int:
    runtime.services.field_work.parcours.set_objectives(args.seance, args.text)
    emit("Objectifs enregistrés.")
    return 0
