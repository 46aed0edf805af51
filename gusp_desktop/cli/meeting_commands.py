"""``meetings list|create|show|update|cancel|invite|convene|hold`` and ``minutes review``.

The same services as the window. Dates are typed as ``2027-03-04T09:30`` (Paris time); a bad
date, an unknown instance or contact, a step out of order or « hold » before the séance's start
is refused with a French message and exit code 1, and nothing is written.
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TYPE_CHECKING, Any

from gusp_desktop.cli.arguments import add_include_restricted, seance_id_arg
from gusp_desktop.cli.output import FORMATS, emit, emit_warning, json_text, render
from gusp_desktop.domain.errors import NotFoundError, ValidationError
from gusp_desktop.domain.meetings import RescheduleData, SeanceData, SeanceDetail
from gusp_desktop.domain.text import search_key
from gusp_desktop.domain.timezone import PARIS

if TYPE_CHECKING:
    from gusp_desktop.bootstrap import Runtime

RESTRICTED_SEANCES_NOTICE = (
    "Diffusion restreinte : cette liste contient des séances réservées aux membres des "
    "instances concernées ; ne la transmettez pas."
)
LIST_COLUMNS = [
    ("id", "Id"),
    ("date", "Date"),
    ("instance", "Instance"),
    ("number", "N°"),
    ("status_label", "État"),
    ("place", "Lieu"),
]
_DATE_FORMATS = ("%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M:%S")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the ``meetings`` command group."""
    meetings = commands.add_parser("meetings", help="séances")
    sub = meetings.add_subparsers(dest="meetings_command", required=True, metavar="COMMANDE")
    listing = sub.add_parser("list", help="liste les séances")
    listing.add_argument("--format", choices=FORMATS, default="table")
    add_include_restricted(listing)
    listing.set_defaults(handler=_list)
    create = sub.add_parser("create", help="planifie une séance et invite les membres")
    create.add_argument("--instance", required=True, metavar="CODE")
    create.add_argument("--date", required=True, metavar="AAAA-MM-JJTHH:MM")
    _place_and_duration(create)
    create.add_argument("--president", metavar="NOM", help="président(e) de séance")
    create.add_argument("--secretary", metavar="NOM", help="secrétaire de séance")
    create.add_argument("--format", choices=("text", "json"), default="text")
    create.set_defaults(handler=_create)
    show = sub.add_parser("show", help="détail d'une séance")
    show.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    show.add_argument("--format", choices=("text", "json"), default="text")
    show.set_defaults(handler=_show)
    update = sub.add_parser("update", help="change la date, le lieu ou la durée")
    update.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    update.add_argument("--date", metavar="AAAA-MM-JJTHH:MM")
    _place_and_duration(update)
    update.add_argument("--format", choices=("text", "json"), default="text")
    update.set_defaults(handler=_update)
    cancel = sub.add_parser("cancel", help="annule une séance")
    cancel.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    cancel.add_argument("--reason", required=True, metavar="MOTIF")
    cancel.set_defaults(handler=_cancel)
    invite = sub.add_parser("invite", help="invite les membres de l'instance ou un contact")
    invite.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    who = invite.add_mutually_exclusive_group(required=True)
    who.add_argument("--instance-members", action="store_true", help="tous les membres")
    who.add_argument("--contact", metavar="NOM", help="un contact de l'annuaire")
    invite.set_defaults(handler=_invite)
    convene = sub.add_parser("convene", help="marque la séance convoquée (aujourd'hui)")
    convene.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    convene.set_defaults(handler=_convene)
    hold = sub.add_parser("hold", help="déclare la séance tenue (pas avant son début)")
    hold.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    hold.add_argument("--undo", action="store_true", help="annule la déclaration « tenue »")
    hold.set_defaults(handler=_hold)


def register_review(minutes: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add ``minutes review`` to the ``minutes`` command group."""
    review = minutes.add_parser("review", help="envoie le projet de compte rendu en relecture")
    review.add_argument("seance_id", type=seance_id_arg, metavar="SEANCE_ID")
    review.add_argument(
        "--reviewer",
        action="append",
        metavar="NOM",
        help="relecteur (répétable ; par défaut le président et les présents)",
    )
    review.set_defaults(handler=_review)


def _place_and_duration(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--place", metavar="LIEU")
    parser.add_argument("--duration", metavar="MINUTES", help="durée en minutes")


# -- parsing ---------------------------------------------------------------------------------


def parse_moment(text: str) -> dt.datetime:
    """« 2027-03-04T09:30 » as a Paris wall-clock time, or a French refusal."""
    for pattern in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text.strip(), pattern).replace(tzinfo=PARIS)
        except ValueError:
            continue
    raise ValidationError(
        {"date": f"Date invalide « {text} » : attendu AAAA-MM-JJTHH:MM (ex. 2027-03-04T09:30)."}
    )


def parse_duration(text: str | None) -> int | None:
    if text is None:
        return None
    try:
        return int(text.strip())
    except ValueError:
        raise ValidationError(
            {"duration_minutes": f"Durée invalide « {text} » : un nombre de minutes."}
        ) from None


def _instance_id(runtime: Runtime, code: str) -> int:
    wanted = code.strip().upper()
    for instance in runtime.services.instances.list_instances():
        if instance.code.upper() == wanted:
            return instance.id
    raise NotFoundError(f"Instance « {code} » introuvable (voir les codes dans la fenêtre).")


def contact_id(runtime: Runtime, name: str) -> int:
    """The contact whose name is ``name`` (accents and case ignored), or a French refusal."""
    found = runtime.services.directory.list_contacts(search=name)
    exact = [c for c in found if search_key(c.full_name) == search_key(name)]
    matches = exact or found
    if not matches:
        raise NotFoundError(f"Contact « {name} » introuvable dans l'annuaire.")
    if len(matches) > 1:
        names = ", ".join(f"{c.full_name} ({c.organisation_code})" for c in matches[:5])
        raise ValidationError({"contact": f"« {name} » désigne plusieurs contacts : {names}."})
    return matches[0].id


# -- output ----------------------------------------------------------------------------------


def seance_record(detail: SeanceDetail) -> dict[str, Any]:
    """The JSON view of a séance (``meetings show`` and the answers of the other commands)."""
    return {
        "id": detail.id,
        "version": detail.version,
        "instance": detail.instance_code,
        "instance_name": detail.instance_name,
        "number": detail.number,
        "date": detail.local_date,
        "starts_at": detail.starts_at,
        "place": detail.place,
        "duration": detail.duration_minutes,
        "status": detail.status.value,
        "status_label": detail.status.label,
        "president": detail.president_name,
        "secretary": detail.secretary_name,
        "convened_at": detail.convened_at,
        "ics_sequence": detail.ics_sequence,
        "cancelled_at": detail.cancelled_at,
        "cancellation_reason": detail.cancellation_reason,
        "invitees": [
            {
                "name": a.contact_name,
                "organisation": a.organisation_code,
                "role": a.member_role.value if a.member_role else "invite",
                "substitute": a.substitute,
                "attendance": a.status.value if a.status else None,
            }
            for a in detail.invitees
        ],
        "agenda": [
            {
                "position": item.position,
                "title": item.title,
                "kind": item.kind.value,
                "minutes": item.planned_minutes,
                "presenter": item.presenter_name,
            }
            for item in detail.agenda
        ],
        "signatures": [
            {"signer": s.signer, "role": s.role.value, "signed_at": s.signed_at}
            for s in detail.signatures
        ],
        "missing_signatures": [role.value for role in detail.missing_signatures],
    }


def _text(detail: SeanceDetail) -> str:
    local = detail.starts_at.astimezone(PARIS)
    lines = [
        f"Séance n° {detail.number} – {detail.instance_name} ({detail.instance_code}), id "
        f"{detail.id}",
        f"Date : {local:%d/%m/%Y} à {local:%H:%M} ({detail.duration_minutes} min)",
        f"Lieu : {detail.place or '—'}",
        f"État : {detail.status.label}",
        f"Invités : {len(detail.invitees)}",
    ]
    if detail.cancellation_reason:
        lines.append(f"Motif d'annulation : {detail.cancellation_reason}")
    if detail.signatures or detail.status.value in ("cr_valide", "cr_signe"):
        signed = ", ".join(f"{s.signer} ({s.role.label})" for s in detail.signatures) or "aucune"
        lines.append(f"Signatures : {signed}")
        if detail.missing_signatures:
            missing = ", ".join(role.label for role in detail.missing_signatures)
            lines.append(f"Signatures manquantes : {missing}")
    return "\n".join(lines)


def _emit(detail: SeanceDetail, fmt: str) -> None:
    if fmt == "json":
        emit(json_text(seance_record(detail)))
    else:
        emit(_text(detail))


# -- handlers --------------------------------------------------------------------------------


def _list(args: argparse.Namespace, runtime: Runtime) -> int:
    """The séances as anyone may read them; with ``--include-restricted`` (members only),
    also the restricted instances' séances the user may read, each flagged, and a warning."""
    lists = runtime.services.lists  # reads the tables, maps no model class
    reveal = bool(args.include_restricted)
    if reveal:
        lists.check_restricted_reader()
    seances = lists.seances(include_restricted=reveal)
    records = [
        {
            "id": s.id,
            "instance": s.instance_code,
            "instance_name": s.instance_name,
            "number": s.number,
            "date": s.local_date,
            "starts_at": s.starts_at,
            "place": s.place,
            "status": s.status.value,
            "status_label": s.status.label,
        }
        for s in seances
    ]
    columns = LIST_COLUMNS
    if reveal:
        for record, seance in zip(records, seances, strict=True):
            record["diffusion"] = "restreinte" if seance.restricted else "normale"
        columns = [*LIST_COLUMNS, ("diffusion", "Diffusion")]
        emit_warning(RESTRICTED_SEANCES_NOTICE)
    emit(render(records, columns, args.format))
    return 0


def _create(args: argparse.Namespace, runtime: Runtime) -> int:
    starts_at = parse_moment(args.date)
    duration = parse_duration(args.duration)
    data = SeanceData(
        instance_id=_instance_id(runtime, args.instance),
        starts_at=starts_at,
        duration_minutes=duration,
        place=args.place,
        president_id=contact_id(runtime, args.president) if args.president else None,
        secretary_id=contact_id(runtime, args.secretary) if args.secretary else None,
    )
    _emit(runtime.services.meetings.create_seance(data).value, args.format)
    return 0


def _show(args: argparse.Namespace, runtime: Runtime) -> int:
    _emit(runtime.services.meetings.get_seance(args.seance_id), args.format)
    return 0


def _update(args: argparse.Namespace, runtime: Runtime) -> int:
    data = RescheduleData(
        starts_at=parse_moment(args.date) if args.date is not None else None,
        duration_minutes=parse_duration(args.duration),
        place=args.place,
    )
    if data == RescheduleData():
        raise ValidationError({"_": "Rien à modifier : indiquez --date, --place ou --duration."})
    detail = runtime.services.meetings.reschedule(args.seance_id, None, data).value
    _emit(detail, args.format)
    if args.format != "json" and detail.convened_at is not None:
        emit(
            "La séance était convoquée : envoyez l'invitation mise à jour "
            f"(« export convocation {detail.id} -o invitation.ics »)."
        )
    return 0


def _cancel(args: argparse.Namespace, runtime: Runtime) -> int:
    detail = runtime.services.meetings.cancel_seance(args.seance_id, None, args.reason).value
    emit(
        f"Séance n° {detail.number} annulée. Avis et calendrier : « export cancellation "
        f"{detail.id} -o avis.pdf » et « -o annulation.ics »."
    )
    return 0


def _invite(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.attendance
    if args.instance_members:
        invited = service.invite_instance_members(args.seance_id).value
        if not invited:
            emit("Aucun nouveau membre à inviter.")
        for line in invited:
            flag = " (suppléant·e)" if line.substitute else ""
            emit(f"Invité(e) : {line.contact_name} – {line.organisation_code}{flag}")
        return 0
    line = service.invite(args.seance_id, contact_id(runtime, args.contact)).value
    emit(f"Invité(e) : {line.contact_name} – {line.organisation_code}")
    return 0


def _convene(args: argparse.Namespace, runtime: Runtime) -> int:
    detail = runtime.services.lifecycle.convene(args.seance_id).value
    emit(f"Séance n° {detail.number} : {detail.status.label}.")
    return 0


def _hold(args: argparse.Namespace, runtime: Runtime) -> int:
    service = runtime.services.lifecycle
    step = service.undo_hold if args.undo else service.hold
    detail = step(args.seance_id).value
    emit(f"Séance n° {detail.number} : {detail.status.label}.")
    return 0


def _review(args: argparse.Namespace, runtime: Runtime) -> int:
    reviewers = [contact_id(runtime, name) for name in args.reviewer] if args.reviewer else None
    review = runtime.services.minutes_review.send_for_review(args.seance_id, reviewers)
    sent = review.value
    names = ", ".join(r.name for r in sent.reviewers)
    emit(f"Compte rendu en relecture (tour {sent.number}) : {names}.")
    emit(f"Projet à envoyer : « export minutes {args.seance_id} --draft -o projet.pdf ».")
    return 0
