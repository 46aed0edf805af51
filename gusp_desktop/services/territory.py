"""Quartiers (QPV) and sites: create, edit, list, delete."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import Action, Constat, Organisation, Quartier, Site, instance_quartier
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.territory import QuartierData, QuartierDTO, SiteData, SiteDTO
from gusp_desktop.domain.text import check_code, check_length, check_required, clean, search_key
from gusp_desktop.services.base import ServiceContext, get_or_404, refuse_if_used


def _quartier_dto(row: Quartier) -> QuartierDTO:
    return QuartierDTO(
        id=row.id,
        version=row.version,
        code=row.code,
        name=row.name,
        communes=row.communes,
        population=row.population,
        npnru=row.npnru,
        description=row.description,
    )


def _site_dto(session: Session, row: Site) -> SiteDTO:
    gestionnaire = session.get(Organisation, row.gestionnaire_id) if row.gestionnaire_id else None
    return SiteDTO(
        id=row.id,
        version=row.version,
        quartier_id=row.quartier_id,
        quartier_code=row.quartier.code,
        name=row.name,
        address=row.address,
        gestionnaire_id=row.gestionnaire_id,
        gestionnaire_code=gestionnaire.code if gestionnaire else "",
        logements=row.logements,
    )


def _validate_quartier(session: Session, data: QuartierData, own_id: int | None) -> QuartierData:
    data = QuartierData(
        code=clean(data.code).upper(),
        name=clean(data.name),
        communes=clean(data.communes),
        population=data.population,
        npnru=data.npnru,
        description=data.description.strip(),
    )
    errors: dict[str, str] = {}
    check_required(errors, "name", data.name, "Le nom du quartier")
    check_length(errors, "name", data.name, "Le nom du quartier", 200)
    check_length(errors, "communes", data.communes, "La liste des communes", 300)
    check_code(errors, "code", data.code, "Le code quartier")
    if data.population is not None and data.population < 0:
        errors["population"] = "La population ne peut pas être négative."
    existing = session.scalar(select(Quartier.id).where(Quartier.code == data.code))
    if existing is not None and existing != own_id:
        errors["code"] = Message("Le code quartier « {code} » est déjà utilisé.", code=data.code)
    if errors:
        raise ValidationError(errors)
    return data


def _validate_site(session: Session, data: SiteData) -> SiteData:
    data = SiteData(
        quartier_id=data.quartier_id,
        name=clean(data.name),
        address=clean(data.address),
        gestionnaire_id=data.gestionnaire_id,
        logements=data.logements,
    )
    errors: dict[str, str] = {}
    check_required(errors, "name", data.name, "Le nom du site")
    check_length(errors, "name", data.name, "Le nom du site", 200)
    check_length(errors, "address", data.address, "L'adresse", 300)
    if session.get(Quartier, data.quartier_id) is None:
        errors["quartier_id"] = "Quartier inconnu."
    if data.gestionnaire_id is not None and session.get(Organisation, data.gestionnaire_id) is None:
        errors["gestionnaire_id"] = "Organisation gestionnaire inconnue."
    if data.logements is not None and data.logements < 0:
        errors["logements"] = "Le nombre de logements ne peut pas être négatif."
    if errors:
        raise ValidationError(errors)
    return data


class TerritoryService:
    """Use cases on quartiers and sites."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_quartiers(self) -> list[QuartierDTO]:
        """All quartiers, by code."""
        with self.context.read() as session:
            rows = session.scalars(select(Quartier).order_by(Quartier.code))
            return [_quartier_dto(r) for r in rows]

    def get_quartier_by_code(self, code: str) -> QuartierDTO:
        """One quartier by its code (HM, PR…)."""
        with self.context.read() as session:
            row = session.scalar(select(Quartier).where(Quartier.code == code.strip().upper()))
            if row is None:
                raise NotFoundError(Message("Quartier « {code} » inconnu.", code=code))
            return _quartier_dto(row)

    def create_quartier(self, data: QuartierData) -> Mutation[QuartierDTO]:
        """Add a quartier."""
        with self.context.write() as uow:
            data = _validate_quartier(uow.session, data, None)
            row = Quartier(**{f.name: getattr(data, f.name) for f in fields(QuartierData)})
            uow.add_row("quartier", row)
            dto = _quartier_dto(row)
        return Mutation(dto, uow.changes())

    def update_quartier(
        self, quartier_id: int, expected_version: int, data: QuartierData
    ) -> Mutation[QuartierDTO]:
        """Edit a quartier; refuses if someone else saved it since ``expected_version``."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Quartier, quartier_id, "Quartier")
            data = _validate_quartier(uow.session, data, quartier_id)
            values = {f.name: getattr(data, f.name) for f in fields(QuartierData)}
            uow.update_row("quartier", row, expected_version, values)
            dto = _quartier_dto(row)
        return Mutation(dto, uow.changes())

    def delete_quartier(self, quartier_id: int, expected_version: int) -> Mutation[None]:
        """Delete a quartier that nothing refers to."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Quartier, quartier_id, "Quartier")
            uow.expect_version("quartier", row, expected_version, {})
            refuse_if_used(
                uow.session,
                Message("le quartier « {code} »", code=row.code),
                [
                    (Site, Site.quartier_id == quartier_id, "site(s)"),
                    (Action, Action.quartier_id == quartier_id, "action(s)"),
                    (Constat, Constat.quartier_id == quartier_id, "constat(s)"),
                ],
            )
            used_by_instances = uow.session.scalar(
                select(func.count())
                .select_from(instance_quartier)
                .where(instance_quartier.c.quartier_id == quartier_id)
            )
            if used_by_instances:
                raise ValidationError(
                    {
                        "_": Message(
                            "Impossible de supprimer {code} : {used_by_instances} "
                            "instance(s) l'ont dans leur périmètre.",
                            code=row.code,
                            used_by_instances=used_by_instances,
                        )
                    }
                )
            uow.delete_row("quartier", row)
        return Mutation(None, uow.changes())

    def list_sites(self, quartier_id: int | None = None) -> list[SiteDTO]:
        """Sites, optionally of one quartier."""
        with self.context.read() as session:
            query = select(Site, Quartier.code).join(Quartier)
            if quartier_id is not None:
                query = query.where(Site.quartier_id == quartier_id)
            # In dictionary order (« Résidence » before « Rue »), not the database's byte order.
            rows = sorted(session.execute(query), key=lambda r: (r[1], search_key(r[0].name)))
            return [_site_dto(session, site) for site, _code in rows]

    def create_site(self, data: SiteData) -> Mutation[SiteDTO]:
        """Add a site to a quartier."""
        with self.context.write() as uow:
            data = _validate_site(uow.session, data)
            row = Site(**{f.name: getattr(data, f.name) for f in fields(SiteData)})
            uow.add_row("site", row)
            dto = _site_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def update_site(self, site_id: int, expected_version: int, data: SiteData) -> Mutation[SiteDTO]:
        """Edit a site."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Site, site_id, "Site")
            data = _validate_site(uow.session, data)
            values = {f.name: getattr(data, f.name) for f in fields(SiteData)}
            uow.update_row("site", row, expected_version, values)
            dto = _site_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def delete_site(self, site_id: int, expected_version: int) -> Mutation[None]:
        """Delete a site no action or constat refers to."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Site, site_id, "Site")
            uow.expect_version("site", row, expected_version, {})
            refuse_if_used(
                uow.session,
                Message("le site « {name} »", name=row.name),
                [
                    (Action, Action.site_id == site_id, "action(s)"),
                    (Constat, Constat.site_id == site_id, "constat(s)"),
                ],
            )
            uow.delete_row("site", row)
        return Mutation(None, uow.changes())
