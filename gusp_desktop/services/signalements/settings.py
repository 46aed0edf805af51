"""What coordinators configure for signalements: categories and délais, routing rules, and the
Open311 service codes of a city's platform mapped to categories."""

from __future__ import annotations

from sqlalchemy import select

from gusp_desktop.db.models import (
    Organisation,
    SignalementCategory,
    SignalementRoute,
    SignalementServiceCode,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.errors import Message, ValidationError
from gusp_desktop.domain.signalement_rules import MAX_DELAY_DAYS
from gusp_desktop.domain.signalements import CategoryData, CategoryDTO, RouteData, RouteDTO
from gusp_desktop.domain.text import check_code, clean
from gusp_desktop.services.base import ServiceContext, UnitOfWork, diff, get_or_404, row_values
from gusp_desktop.services.signalements.records import category_by_code, category_dto, routes

# Usual categories of a GUSP territory, with délais that are reasonable defaults to adjust.
DEFAULT_CATEGORIES = (
    CategoryData("ENCOMBRANTS", "Encombrants, dépôt sauvage", Theme.PROPRETE, 7),
    CategoryData("PROPRETE", "Propreté des espaces extérieurs", Theme.PROPRETE, 5),
    CategoryData("TAGS", "Tags, graffitis", Theme.PROPRETE, 15),
    CategoryData("ECLAIRAGE", "Éclairage public en panne", Theme.ECLAIRAGE, 10),
    CategoryData("ASCENSEUR", "Ascenseur en panne", Theme.BATI, 2),
    CategoryData("PARTIES-COMMUNES", "Parties communes dégradées", Theme.BATI, 15),
    CategoryData("EPAVE", "Véhicule épave", Theme.STATIONNEMENT, 30),
    CategoryData("STATIONNEMENT", "Stationnement gênant", Theme.STATIONNEMENT, 7),
    CategoryData("VOIRIE", "Voirie, trottoirs", Theme.STATIONNEMENT, 30),
    CategoryData("ESPACES-VERTS", "Espaces verts, aires de jeux", Theme.ESPACES_VERTS, 15),
    CategoryData("TRANQUILLITE", "Tranquillité, nuisances", Theme.TRANQUILLITE, 3),
)
CATEGORY = "signalement_category"
ROUTE = "signalement_route"
SERVICE_CODE = "signalement_service_code"


def save_category_in(uow: UnitOfWork, data: CategoryData) -> SignalementCategory:
    """Add the category of that code, or change its label, theme, délai and activity."""
    code = clean(data.code).upper()
    errors: dict[str, str] = {}
    check_code(errors, "code", code, "Le code de catégorie")
    if not clean(data.label):
        errors["label"] = "Le libellé de la catégorie est obligatoire."
    if not 0 <= data.delay_days <= MAX_DELAY_DAYS:
        errors["delay_days"] = Message(
            "Le délai doit être entre 0 et {max_delay_days} jours.", max_delay_days=MAX_DELAY_DAYS
        )
    if errors:
        raise ValidationError(errors)
    values = {
        "label": clean(data.label),
        "theme": Theme(data.theme),
        "delay_days": data.delay_days,
        "active": data.active,
    }
    row = uow.session.scalar(select(SignalementCategory).where(SignalementCategory.code == code))
    if row is None:
        row = SignalementCategory(code=code, **values)
        uow.stamp(row, created=True)
        uow.session.add(row)
        uow.session.flush()
        uow.audit(CATEGORY, row.id, "create", None, row_values(row))
        return row
    before = row_values(row)
    for key, value in values.items():
        setattr(row, key, value)
    uow.stamp(row)
    uow.session.flush()
    uow.audit(CATEGORY, row.id, "update", *diff(before, row_values(row)))
    return row


def add_route_in(uow: UnitOfWork, data: RouteData) -> SignalementRoute:
    """Add a routing rule; the same criteria twice would be ambiguous and are refused."""
    session = uow.session
    errors: dict[str, str] = {}
    if session.get(Organisation, data.organisation_id) is None:
        errors["organisation_id"] = "Organisation responsable inconnue."
    if data.gestionnaire_id is not None and session.get(Organisation, data.gestionnaire_id) is None:
        errors["gestionnaire_id"] = "Gestionnaire inconnu."
    if data.category_id is not None and session.get(SignalementCategory, data.category_id) is None:
        errors["category_id"] = "Catégorie inconnue."
    if data.category_id is None and data.theme is None and data.gestionnaire_id is None:
        errors["_"] = "Une règle doit viser une catégorie, un thème ou un gestionnaire."
    for other in routes(session):
        if (other.category_id, other.theme, other.gestionnaire_id) == (
            data.category_id,
            data.theme,
            data.gestionnaire_id,
        ):
            errors["_"] = Message("Une règle existe déjà pour ces critères (n° {id}).", id=other.id)
    if errors:
        raise ValidationError(errors)
    row = SignalementRoute(
        category_id=data.category_id,
        theme=data.theme,
        gestionnaire_id=data.gestionnaire_id,
        organisation_id=data.organisation_id,
    )
    uow.stamp(row, created=True)
    session.add(row)
    session.flush()
    uow.audit(ROUTE, row.id, "create", None, row_values(row))
    return row


def map_service_code_in(uow: UnitOfWork, service_code: str, category_code: str) -> None:
    """Import Open311 requests of ``service_code`` as the category ``category_code``."""
    code = service_code.strip()
    if not code or len(code) > 64:
        raise ValidationError({"service_code": "Code de service vide ou trop long (64 au plus)."})
    category = category_by_code(uow.session, category_code)
    row = uow.session.scalar(
        select(SignalementServiceCode).where(SignalementServiceCode.service_code == code)
    )
    if row is None:
        row = SignalementServiceCode(service_code=code, category_id=category.id)
        uow.stamp(row, created=True)
        uow.session.add(row)
        uow.session.flush()
        uow.audit(SERVICE_CODE, row.id, "create", None, row_values(row))
        return
    before = row_values(row)
    row.category_id = category.id
    uow.stamp(row)
    uow.session.flush()
    uow.audit(SERVICE_CODE, row.id, "update", *diff(before, row_values(row)))


class SignalementSettingsService:
    """Categories, délais, routing rules and Open311 codes (coordinators change them)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def categories(self, active_only: bool = False) -> list[CategoryDTO]:
        """Categories by label."""
        with self.context.read() as session:
            stmt = select(SignalementCategory).order_by(SignalementCategory.label)
            if active_only:
                stmt = stmt.where(SignalementCategory.active.is_(True))
            return [category_dto(r) for r in session.scalars(stmt)]

    def category(self, code: str) -> CategoryDTO:
        """One category by code or label."""
        with self.context.read() as session:
            return category_dto(category_by_code(session, code))

    def save_category(self, data: CategoryData) -> Mutation[CategoryDTO]:
        """Add or change a category; a new délai applies to signalements received from now on."""
        with self.context.write() as uow:
            dto = category_dto(save_category_in(uow, data))
        return Mutation(dto, uow.changes())

    def install_defaults(self) -> Mutation[int]:
        """Add the usual categories that are missing (by code); returns how many were added."""
        with self.context.write() as uow:
            existing = set(uow.session.scalars(select(SignalementCategory.code)))
            added = 0
            for data in DEFAULT_CATEGORIES:
                if data.code not in existing:
                    save_category_in(uow, data)
                    added += 1
        return Mutation(added, uow.changes())

    def routes(self) -> list[RouteDTO]:
        """Routing rules in the order they were written."""
        with self.context.read() as session:
            return routes(session)

    def add_route(self, data: RouteData) -> Mutation[int]:
        """Add a routing rule; returns its id."""
        with self.context.write() as uow:
            route_id = add_route_in(uow, data).id
        return Mutation(route_id, uow.changes())

    def remove_route(self, route_id: int) -> Mutation[int]:
        """Delete a routing rule (signalements already routed keep their organisation)."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, SignalementRoute, route_id, "Règle d'orientation")
            before = row_values(row)
            uow.session.delete(row)
            uow.session.flush()
            uow.audit(ROUTE, route_id, "delete", before, None)
        return Mutation(route_id, uow.changes())

    def service_codes(self) -> dict[str, str]:
        """Open311 service code → category code."""
        with self.context.read() as session:
            rows = session.execute(
                select(SignalementServiceCode.service_code, SignalementCategory.code)
                .join(
                    SignalementCategory,
                    SignalementCategory.id == SignalementServiceCode.category_id,
                )
                .order_by(SignalementServiceCode.service_code)
            )
            return {code: category for code, category in rows}

    def map_service_code(self, service_code: str, category_code: str) -> Mutation[str]:
        """Map an Open311 service code to a category."""
        with self.context.write() as uow:
            map_service_code_in(uow, service_code, category_code)
        return Mutation(service_code.strip(), uow.changes())
