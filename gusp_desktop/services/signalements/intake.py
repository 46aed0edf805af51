"""Writing signalements: intake, edits, status moves, the reporter kept apart.

The ``*_in`` functions work inside an open unit of work, so the importer and the demo write
through the same checks in their single transaction; :class:`SignalementService` wraps each in
one. Audit events never carry the reporter's details: they name the fields that changed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Contact,
    Organisation,
    Signalement,
    SignalementCategory,
    SignalementReporter,
    Site,
)
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.signalement_rules import (
    choose_organisation,
    due_date,
    transition_error,
)
from gusp_desktop.domain.signalements import (
    SOURCE_MANUAL,
    ReporterData,
    RouteDTO,
    SignalementData,
    SignalementStatus,
)
from gusp_desktop.domain.text import check_email, check_length, clean
from gusp_desktop.services.actions.checks import check_place
from gusp_desktop.services.base import UnitOfWork, diff, row_values
from gusp_desktop.services.signalements.records import reporter_of, routes

ENTITY = "signalement"
DESCRIPTION_LIMIT = 5000


def check_coordinates(
    errors: dict[str, str], latitude: float | None, longitude: float | None
) -> None:
    """Both or neither, within the globe's range."""
    if (latitude is None) != (longitude is None):
        errors["coordinates"] = "Donnez la latitude et la longitude, ou aucune des deux."
    elif latitude is not None and longitude is not None:
        if not -90.0 <= latitude <= 90.0:
            errors["coordinates"] = Message(
                "Latitude hors limites ({latitude}) : entre -90 et 90.", latitude=latitude
            )
        elif not -180.0 <= longitude <= 180.0:
            errors["coordinates"] = Message(
                "Longitude hors limites ({longitude}) : entre -180 et 180.", longitude=longitude
            )


def validate(uow: UnitOfWork, data: SignalementData) -> SignalementCategory:
    """Refuse an incomplete or inconsistent intake; returns the category (its délai)."""
    session = uow.session
    errors: dict[str, str] = {}
    category = session.get(SignalementCategory, data.category_id)
    if category is None:
        errors["category_id"] = "Catégorie inconnue."
    check_place(session, errors, data.quartier_id, data.site_id)
    if data.received_at.tzinfo is None:
        errors["received_at"] = "Date de réception sans fuseau horaire."
    elif data.received_at > uow.now + dt.timedelta(minutes=5):
        errors["received_at"] = "La date de réception est dans le futur."
    if not clean(data.description) and not clean(data.address):
        errors["description"] = "Décrivez le signalement (ou donnez au moins son adresse)."
    check_length(errors, "description", data.description, "La description", DESCRIPTION_LIMIT)
    check_length(errors, "address", data.address, "L'adresse", 300)
    check_coordinates(errors, data.latitude, data.longitude)
    if data.organisation_id is not None and session.get(Organisation, data.organisation_id) is None:
        errors["organisation_id"] = "Organisation inconnue."
    _check_reporter(session, errors, data.reporter)
    if errors:
        raise ValidationError(errors)
    assert category is not None
    return category


def _check_reporter(session: Session, errors: dict[str, str], reporter: ReporterData) -> None:
    if reporter.contact_id is not None and session.get(Contact, reporter.contact_id) is None:
        errors["reporter"] = "Contact inconnu."
    check_length(errors, "reporter", reporter.name, "Le nom de la personne", 200)
    check_length(errors, "reporter_phone", reporter.phone, "Le téléphone", 40)
    check_email(errors, "reporter_email", reporter.email.strip())


def routed_organisation(
    session: Session, data: SignalementData, theme: Any, rules: list[RouteDTO] | None = None
) -> int | None:
    """The organisation given, else the one the routing rules (read once by a bulk caller)
    choose."""
    if data.organisation_id is not None:
        return data.organisation_id
    gestionnaire = None
    if data.site_id is not None:
        site = session.get(Site, data.site_id)
        gestionnaire = site.gestionnaire_id if site is not None else None
    rules = routes(session) if rules is None else rules
    return choose_organisation(rules, data.category_id, theme, gestionnaire)


def _values(data: SignalementData) -> dict[str, Any]:
    return {
        "received_at": data.received_at,
        "channel": data.channel,
        "category_id": data.category_id,
        "quartier_id": data.quartier_id,
        "site_id": data.site_id,
        "address": clean(data.address),
        "latitude": data.latitude,
        "longitude": data.longitude,
        "description": data.description.strip(),
    }


def add_in(
    uow: UnitOfWork,
    data: SignalementData,
    *,
    source: str = SOURCE_MANUAL,
    external_id: str | None = None,
    rules: list[RouteDTO] | None = None,
) -> Signalement:
    """Insert a signalement « reçu », routed and with its due date; audited."""
    row = new_row(uow, data, source=source, external_id=external_id, rules=rules)
    uow.session.add(row)
    uow.session.flush()
    record_created_in(uow, row, data.reporter)
    return row


def new_row(
    uow: UnitOfWork,
    data: SignalementData,
    *,
    source: str = SOURCE_MANUAL,
    external_id: str | None = None,
    rules: list[RouteDTO] | None = None,
) -> Signalement:
    """A checked, routed signalement « reçu » with its due date, not yet in the session (an
    import adds thousands and flushes them at once)."""
    category = validate(uow, data)
    row = Signalement(
        source=source,
        external_id=external_id,
        organisation_id=routed_organisation(uow.session, data, category.theme, rules),
        status=SignalementStatus.RECU,
        status_reason="",
        due_date=due_date(data.received_at, category.delay_days),
        **_values(data),
    )
    uow.stamp(row, created=True)
    return row


def record_created_in(uow: UnitOfWork, row: Signalement, reporter: ReporterData) -> None:
    """Once the row has its id: who reported, kept apart, and the creation's audit event."""
    set_reporter_in(uow, row, reporter, new=True)
    after = row_values(row) | {"auteur": "renseigné" if not reporter.empty else "anonyme"}
    uow.audit(ENTITY, row.id, "create", None, after)


def update_in(
    uow: UnitOfWork, row: Signalement, data: SignalementData, expected_version: int | None
) -> Signalement:
    """Edit the intake fields; a new category or date moves the due date with it."""
    category = validate(uow, data)
    values = _values(data)
    values["organisation_id"] = routed_organisation(uow.session, data, category.theme)
    values["due_date"] = due_date(data.received_at, category.delay_days)
    uow.expect_version(ENTITY, row, expected_version, values)
    before = row_values(row)
    for key, value in values.items():
        setattr(row, key, value)
    uow.stamp(row)
    uow.session.flush()
    changed_reporter = set_reporter_in(uow, row, data.reporter)
    old, new = diff(before, row_values(row))
    if changed_reporter:
        new["auteur"] = "modifié"
    uow.audit(ENTITY, row.id, "update", old, new)
    return row


def set_reporter_in(
    uow: UnitOfWork, row: Signalement, reporter: ReporterData, *, new: bool = False
) -> bool:
    """Keep who reported apart; a directory contact is linked, never copied. True if changed."""
    session = uow.session
    current = None if new else reporter_of(session, row.id)
    wanted = None
    if not reporter.empty:
        linked = reporter.contact_id is not None
        wanted = {
            "contact_id": reporter.contact_id,
            "name": "" if linked else clean(reporter.name),
            "phone": "" if linked else clean(reporter.phone),
            "email": "" if linked else reporter.email.strip(),
        }
    if current is None and wanted is None:
        return False
    if wanted is None:
        session.delete(current)
        return True
    if current is None:
        session.add(SignalementReporter(signalement_id=row.id, **wanted))
        return True
    if all(getattr(current, k) == v for k, v in wanted.items()):
        return False
    for key, value in wanted.items():
        setattr(current, key, value)
    return True


def change_status_in(
    uow: UnitOfWork,
    row: Signalement,
    target: SignalementStatus,
    reason: str = "",
    at: dt.datetime | None = None,
    organisation_id: int | None = None,
    *,
    require_organisation: bool = True,
) -> Signalement:
    """Move a signalement along reçu → transmis → pris en charge → traité, or reject it.

    ``at`` dates the move (an import or the demo replaying the past); it cannot precede the
    reception nor be in the future. Going back clears the dates of the steps undone. An import
    may record a request the city closed itself without naming who (``require_organisation``).
    """
    when = at or uow.now
    if organisation_id is not None:
        if uow.session.get(Organisation, organisation_id) is None:
            raise ValidationError({"organisation_id": "Organisation inconnue."})
        row.organisation_id = organisation_id
    routed = row.organisation_id is not None or not require_organisation
    problem = transition_error(row.status, target, reason, routed)
    if problem is None and not row.received_at <= when <= uow.now + dt.timedelta(minutes=5):
        problem = "La date du changement doit être entre la réception et maintenant."
    if problem is not None:
        raise ValidationError({"status": problem})
    before = row_values(row)
    previous = row.status
    row.status = target
    row.status_reason = reason.strip()
    _stamp_steps(row, target, when)
    uow.stamp(row)
    old, new = diff(before, row_values(row))
    new |= {"status": target, "status_reason": row.status_reason, "step_at": when}
    old["status"] = previous
    uow.audit(ENTITY, row.id, "status", old, new)
    return row


def _stamp_steps(row: Signalement, target: SignalementStatus, when: dt.datetime) -> None:
    """Date the step reached (and the ones skipped); clear those undone by a step back."""
    order = [SignalementStatus.TRANSMIS, SignalementStatus.PRIS_EN_CHARGE]
    columns = {
        SignalementStatus.TRANSMIS: "transmitted_at",
        SignalementStatus.PRIS_EN_CHARGE: "taken_at",
    }
    if target.closed:
        row.closed_at = when
        if target is SignalementStatus.TRAITE:
            for step in order:
                if getattr(row, columns[step]) is None:
                    setattr(row, columns[step], when)
        return
    row.closed_at = None
    reached = order.index(target) if target in order else -1
    for index, step in enumerate(order):
        if index <= reached and getattr(row, columns[step]) is None:
            setattr(row, columns[step], when)
        elif index > reached:
            setattr(row, columns[step], None)
