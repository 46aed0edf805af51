"""Conventions ATFPB: add and edit them, set each year's abattement and the partners' opinions.

The ``*_in`` functions do the work inside an open unit of work, so the demo loader writes
through the same checks in its single transaction; the service methods wrap each in one.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select

from gusp_desktop.db.models import (
    AtfpbConvention,
    AtfpbSignatory,
    AtfpbYear,
    Organisation,
    Quartier,
)
from gusp_desktop.domain.atfpb import (
    CONTRAT_DE_VILLE,
    ConventionData,
    ConventionDTO,
    Opinions,
    YearDTO,
    check_amount,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import Message, ValidationError, message_of
from gusp_desktop.services.atfpb.records import (
    convention_dto,
    convention_for,
    require_bailleur,
    year_dto,
)
from gusp_desktop.services.base import (
    ServiceContext,
    UnitOfWork,
    diff,
    get_or_404,
    row_values,
)

ENTITY = "atfpb_convention"
YEAR_ENTITY = "atfpb_year"


def _validate(uow: UnitOfWork, data: ConventionData, own_id: int | None) -> None:
    session = uow.session
    require_bailleur(session.get(Organisation, data.bailleur_id))
    errors: dict[str, str] = {}
    if session.get(Quartier, data.quartier_id) is None:
        errors["quartier_id"] = "Quartier inconnu."
    first, last = CONTRAT_DE_VILLE
    if not first <= data.start_year <= data.end_year <= last:
        errors["period"] = Message(
            (
                "La période {start_year}–{end_year} doit être comprise dans le contrat "
                "de ville {first}–{last}, début avant fin."
            ),
            start_year=data.start_year,
            end_year=data.end_year,
            first=first,
            last=last,
        )
    if data.logements <= 0:
        errors["logements"] = "Le nombre de logements doit être positif."
    for signatory in data.signatories:
        if session.get(Organisation, signatory.organisation_id) is None:
            errors["signatories"] = "Signataire inconnu."
    overlapping = session.scalar(
        select(AtfpbConvention.id).where(
            AtfpbConvention.bailleur_id == data.bailleur_id,
            AtfpbConvention.quartier_id == data.quartier_id,
            AtfpbConvention.start_year <= data.end_year,
            AtfpbConvention.end_year >= data.start_year,
            AtfpbConvention.id != (own_id or 0),
        )
    )
    if overlapping is not None:
        errors["period"] = "Une convention de ce bailleur couvre déjà ces années sur ce quartier."
    if errors:
        raise ValidationError(errors)


def _signatories(data: ConventionData) -> list[AtfpbSignatory]:
    return [
        AtfpbSignatory(organisation_id=s.organisation_id, signed_on=s.signed_on)
        for s in data.signatories
    ]


def add_convention_in(uow: UnitOfWork, data: ConventionData) -> AtfpbConvention:
    """Insert a convention after checking it; audited."""
    _validate(uow, data, None)
    row = AtfpbConvention(
        bailleur_id=data.bailleur_id,
        quartier_id=data.quartier_id,
        start_year=data.start_year,
        end_year=data.end_year,
        logements=data.logements,
        droit_commun=data.droit_commun.strip(),
    )
    row.signatories = _signatories(data)
    uow.stamp(row, created=True)
    uow.session.add(row)
    uow.session.flush()
    uow.audit(ENTITY, row.id, "create", None, row_values(row))
    return row


def set_amount_in(
    uow: UnitOfWork, convention: AtfpbConvention, year: int, amount: Decimal
) -> AtfpbYear:
    """Set the abattement of ``year`` (within the convention's period)."""
    amount = _amount(amount, "Le montant de l'abattement")
    record = _year_row(uow, convention, year)
    before = row_values(record)
    record.abattement = amount
    uow.stamp(record)
    uow.session.flush()
    uow.audit(YEAR_ENTITY, record.id, "update", *diff(before, row_values(record)))
    return record


def set_opinions_in(
    uow: UnitOfWork,
    convention: AtfpbConvention,
    year: int,
    opinions: Opinions,
    expected_version: int | None = None,
) -> AtfpbYear:
    """Record the partners' opinions on the bilan of ``year``."""
    record = _year_row(uow, convention, year)
    values = {
        "avis_commune": opinions.commune.strip(),
        "avis_epci": opinions.epci.strip(),
        "avis_etat": opinions.etat.strip(),
    }
    uow.expect_version(YEAR_ENTITY, record, expected_version, values)
    before = row_values(record)
    for key, value in values.items():
        setattr(record, key, value)
    uow.stamp(record)
    uow.session.flush()
    uow.audit(YEAR_ENTITY, record.id, "update", *diff(before, row_values(record)))
    return record


def _amount(value: Decimal, label: str) -> Decimal:
    try:
        return check_amount(value, label)
    except ValueError as exc:
        raise ValidationError({"amount": message_of(exc)}) from None


def _year_row(uow: UnitOfWork, convention: AtfpbConvention, year: int) -> AtfpbYear:
    if not convention.start_year <= year <= convention.end_year:
        raise ValidationError(
            {
                "year": Message(
                    "L'année {year} est hors de la convention ({start_year}–{end_year}).",
                    year=year,
                    start_year=convention.start_year,
                    end_year=convention.end_year,
                )
            }
        )
    record = uow.session.scalar(
        select(AtfpbYear).where(AtfpbYear.convention_id == convention.id, AtfpbYear.year == year)
    )
    if record is None:
        record = AtfpbYear(convention_id=convention.id, year=year, abattement=None)
        record.avis_commune = record.avis_epci = record.avis_etat = ""
        uow.stamp(record, created=True)
        uow.session.add(record)
        uow.session.flush()
        uow.audit(YEAR_ENTITY, record.id, "create", None, row_values(record))
    return record


class ConventionService:
    """Use cases on conventions ATFPB and their yearly amounts."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_conventions(self) -> list[ConventionDTO]:
        """Every convention, by bailleur then quartier then period."""
        with self.context.read() as session:
            rows = session.scalars(
                select(AtfpbConvention)
                .join(Organisation, Organisation.id == AtfpbConvention.bailleur_id)
                .join(Quartier, Quartier.id == AtfpbConvention.quartier_id)
                .order_by(Organisation.code, Quartier.code, AtfpbConvention.start_year)
            )
            return [convention_dto(session, r) for r in rows]

    def get(self, convention_id: int) -> ConventionDTO:
        """One convention."""
        with self.context.read() as session:
            row = get_or_404(session, AtfpbConvention, convention_id, "Convention ATFPB")
            return convention_dto(session, row)

    def find(self, bailleur_code: str, quartier_code: str, year: int) -> ConventionDTO:
        """The convention of a bailleur and quartier covering ``year``."""
        with self.context.read() as session:
            return convention_dto(
                session, convention_for(session, bailleur_code, quartier_code, year)
            )

    def add(self, data: ConventionData) -> Mutation[ConventionDTO]:
        """Add a convention (period within the contrat de ville, a bailleur, no overlap)."""
        with self.context.write() as uow:
            row = add_convention_in(uow, data)
            dto = convention_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def update(
        self, convention_id: int, expected_version: int | None, data: ConventionData
    ) -> Mutation[ConventionDTO]:
        """Edit a convention; its years and lines must still fit the new period."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, AtfpbConvention, convention_id, "Convention ATFPB")
            _validate(uow, data, convention_id)
            values = {
                "bailleur_id": data.bailleur_id,
                "quartier_id": data.quartier_id,
                "start_year": data.start_year,
                "end_year": data.end_year,
                "logements": data.logements,
                "droit_commun": data.droit_commun.strip(),
            }
            uow.expect_version(ENTITY, row, expected_version, values)
            outside = [y.year for y in row.years if not data.start_year <= y.year <= data.end_year]
            if outside:
                raise ValidationError(
                    {
                        "period": Message(
                            "Des montants existent hors de la nouvelle période : {outside}.",
                            outside=outside,
                        )
                    }
                )
            before = row_values(row)
            for key, value in values.items():
                setattr(row, key, value)
            row.signatories = _signatories(data)
            uow.stamp(row)
            uow.session.flush()
            uow.audit(ENTITY, row.id, "update", *diff(before, row_values(row)))
            dto = convention_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def set_amount(
        self, bailleur_code: str, quartier_code: str, year: int, amount: Decimal
    ) -> Mutation[YearDTO]:
        """Set the abattement of a year for the convention covering it."""
        with self.context.write() as uow:
            convention = convention_for(uow.session, bailleur_code, quartier_code, year)
            record = set_amount_in(uow, convention, year, amount)
            dto = year_dto(record)
        return Mutation(dto, uow.changes())

    def set_convention_amount(
        self, convention_id: int, year: int, amount: Decimal
    ) -> Mutation[YearDTO]:
        """Set the abattement of a year, the convention given by id (the window's form)."""
        with self.context.write() as uow:
            convention = get_or_404(uow.session, AtfpbConvention, convention_id, "Convention")
            record = set_amount_in(uow, convention, year, amount)
            dto = year_dto(record)
        return Mutation(dto, uow.changes())

    def set_opinions(
        self, convention_id: int, year: int, opinions: Opinions, expected_version: int | None
    ) -> Mutation[YearDTO]:
        """Record the avis of the commune, the EPCI and the État on a year's bilan."""
        with self.context.write() as uow:
            convention = get_or_404(uow.session, AtfpbConvention, convention_id, "Convention")
            record = set_opinions_in(uow, convention, year, opinions, expected_version)
            dto = year_dto(record)
        return Mutation(dto, uow.changes())
