"""Instances (COTECH, COPIL, cellule de veille, DEM…) and who sits in them.

An instance's members are the default invitation list of its séances, and its président and
secrétaire titulaires are the ones named on the minutes; hence at most one of each.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from gusp_desktop.db.models import Contact, Instance, Membership, Organisation, Quartier, Seance
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import InstanceType, MemberKind, MemberRole
from gusp_desktop.domain.errors import Message, NotFoundError, ValidationError
from gusp_desktop.domain.instances import InstanceData, InstanceDTO, MemberDTO
from gusp_desktop.domain.text import check_code, check_length, check_required, clean, search_key
from gusp_desktop.services.base import ServiceContext, UnitOfWork, diff, get_or_404, row_values

# Columns of ``instance`` set from InstanceData (the perimeter lives in ``instance_quartier``).
_COLUMNS = (
    "code",
    "name",
    "type",
    "periodicity",
    "restricted",
    "default_place",
    "default_duration_minutes",
)
# Only one titulaire may hold these roles: they are the ones named on the minutes.
_SINGLE_ROLES = frozenset({MemberRole.PRESIDENT, MemberRole.SECRETAIRE})
_ROLE_ORDER = {role: index for index, role in enumerate(MemberRole)}
_MAX_DURATION = 24 * 60


def _member_dtos(session: Session, instance_ids: Iterable[int]) -> dict[int, list[MemberDTO]]:
    """Members of several instances in one query, président first, then by name."""
    query = (
        select(Membership, Contact, Organisation)
        .join(Contact, Membership.contact_id == Contact.id)
        .join(Organisation, Contact.organisation_id == Organisation.id)
        .where(Membership.instance_id.in_(list(instance_ids)))
    )
    rows = sorted(
        session.execute(query),
        key=lambda r: (
            _ROLE_ORDER[r[0].role],
            r[0].kind != MemberKind.TITULAIRE,
            search_key(r[1].last_name),
            search_key(r[1].first_name),
        ),
    )
    result: dict[int, list[MemberDTO]] = {}
    for member, contact, organisation in rows:
        dto = MemberDTO(
            id=member.id,
            version=member.version,
            contact_id=contact.id,
            contact_name=contact.full_name,
            organisation_code=organisation.code,
            organisation_name=organisation.name,
            role=member.role,
            kind=member.kind,
        )
        result.setdefault(member.instance_id, []).append(dto)
    return result


def _instance_dto(row: Instance, members: list[MemberDTO]) -> InstanceDTO:
    quartiers = sorted(row.quartiers, key=lambda q: q.code)
    return InstanceDTO(
        id=row.id,
        version=row.version,
        code=row.code,
        name=row.name,
        type=row.type,
        quartier_ids=tuple(q.id for q in quartiers),
        quartier_codes=tuple(q.code for q in quartiers),
        periodicity=row.periodicity,
        restricted=row.restricted,
        default_place=row.default_place,
        default_duration_minutes=row.default_duration_minutes,
        members=tuple(members),
    )


def _load_dto(session: Session, row: Instance) -> InstanceDTO:
    return _instance_dto(row, _member_dtos(session, [row.id]).get(row.id, []))


def _instance_values(row: Instance) -> dict[str, Any]:
    """Audit values of an instance, including its perimeter (a separate table)."""
    return row_values(row) | {"quartier_ids": sorted(q.id for q in row.quartiers)}


def _attempted(data: InstanceData) -> dict[str, Any]:
    return {key: getattr(data, key) for key in _COLUMNS} | {"quartier_ids": list(data.quartier_ids)}


def _validate_instance(
    session: Session, data: InstanceData, own_id: int | None
) -> tuple[InstanceData, list[Quartier]]:
    """Normalise then check an instance; returns the quartiers of its perimeter."""
    data = replace(
        data,
        code=clean(data.code).upper(),
        name=clean(data.name),
        periodicity=clean(data.periodicity),
        default_place=clean(data.default_place),
        quartier_ids=tuple(dict.fromkeys(data.quartier_ids)),
    )
    errors: dict[str, str] = {}
    check_code(errors, "code", data.code, "Le code de l'instance")
    check_required(errors, "name", data.name, "Le nom de l'instance")
    check_length(errors, "name", data.name, "Le nom de l'instance", 200)
    check_length(errors, "periodicity", data.periodicity, "Le champ « Périodicité »", 100)
    check_length(errors, "default_place", data.default_place, "Le lieu habituel", 300)
    try:
        data = replace(data, type=InstanceType(data.type))
    except ValueError:
        errors["type"] = Message("Type d'instance inconnu : « {type} ».", type=data.type)
    if not 1 <= data.default_duration_minutes <= _MAX_DURATION:
        errors["default_duration_minutes"] = Message(
            ("La durée habituelle doit être comprise entre 1 et {max_duration} minutes."),
            max_duration=_MAX_DURATION,
        )
    existing = session.scalar(select(Instance.id).where(Instance.code == data.code))
    if existing is not None and existing != own_id:
        errors["code"] = Message("Le code d'instance « {code} » est déjà utilisé.", code=data.code)
    quartiers = list(session.scalars(select(Quartier).where(Quartier.id.in_(data.quartier_ids))))
    missing = sorted(set(data.quartier_ids) - {q.id for q in quartiers})
    if missing:
        numbers = ", ".join(str(i) for i in missing)
        errors["quartier_ids"] = Message(
            "Quartier(s) inconnu(s) dans le périmètre : n° {numbers}.", numbers=numbers
        )
    if errors:
        raise ValidationError(errors)
    return data, quartiers


def _lock_instance(session: Session, instance_id: int) -> Instance:
    """Load the instance FOR UPDATE so two member changes cannot both pass the role checks."""
    row = session.get(Instance, instance_id, with_for_update=True)
    if row is None:
        raise NotFoundError(Message("{what} n° {id} introuvable.", what="Instance", id=instance_id))
    return row


def _check_member(
    session: Session,
    instance_id: int,
    contact_id: int,
    role: MemberRole,
    kind: MemberKind,
    own_id: int | None,
) -> tuple[MemberRole, MemberKind]:
    """Refuse an unknown contact, a contact twice, a second président or secrétaire titulaire."""
    try:
        role, kind = MemberRole(role), MemberKind(kind)
    except ValueError:
        raise ValidationError(
            {
                "role": Message(
                    "Rôle ou qualité inconnu : « {role} », « {kind} ».", role=role, kind=kind
                )
            }
        ) from None
    errors: dict[str, str] = {}
    others = select(Membership).where(
        Membership.instance_id == instance_id, Membership.id != (own_id or 0)
    )
    contact = session.get(Contact, contact_id)
    if contact is None:
        errors["contact_id"] = "Contact inconnu : choisissez-le dans l'annuaire."
    elif session.scalar(others.where(Membership.contact_id == contact_id)) is not None:
        errors["contact_id"] = Message(
            "{full_name} est déjà membre de cette instance.", full_name=contact.full_name
        )
    if role in _SINGLE_ROLES and kind is MemberKind.TITULAIRE:
        holder = session.scalar(
            others.where(Membership.role == role, Membership.kind == MemberKind.TITULAIRE)
        )
        if holder is not None:
            name = get_or_404(session, Contact, holder.contact_id, "Contact").full_name
            errors["role"] = Message(
                (
                    "Cette instance a déjà un {value} titulaire ({name}) ; inscrivez ce "
                    "contact comme suppléant ou changez d'abord le rôle du titulaire."
                ),
                value=role.label.lower(),
                name=name,
            )
    if errors:
        raise ValidationError(errors)
    return role, kind


def _member_dto(session: Session, member: Membership) -> MemberDTO:
    return next(
        m
        for m in _member_dtos(session, [member.instance_id])[member.instance_id]
        if m.id == member.id
    )


class InstanceService:
    """Use cases on instances and their members; writes are the coordinator's."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def list_instances(self) -> list[InstanceDTO]:
        """All instances by code, with perimeter and members."""
        with self.context.read() as session:
            query = select(Instance).options(selectinload(Instance.quartiers))
            rows = sorted(session.scalars(query), key=lambda r: r.code)
            members = _member_dtos(session, [r.id for r in rows])
            return [_instance_dto(r, members.get(r.id, [])) for r in rows]

    def get_instance(self, instance_id: int) -> InstanceDTO:
        """One instance with its perimeter and members."""
        with self.context.read() as session:
            return _load_dto(session, get_or_404(session, Instance, instance_id, "Instance"))

    def create_instance(self, data: InstanceData) -> Mutation[InstanceDTO]:
        """Add an instance (members are added afterwards)."""
        with self.context.write() as uow:
            data, quartiers = _validate_instance(uow.session, data, None)
            row = Instance(**{key: getattr(data, key) for key in _COLUMNS}, quartiers=quartiers)
            uow.stamp(row, created=True)
            uow.session.add(row)
            uow.session.flush()
            uow.audit("instance", row.id, "create", None, _instance_values(row))
            dto = _instance_dto(row, [])
        return Mutation(dto, uow.changes())

    def update_instance(
        self, instance_id: int, expected_version: int, data: InstanceData
    ) -> Mutation[InstanceDTO]:
        """Edit an instance and its perimeter; refuses a stale ``expected_version``."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Instance, instance_id, "Instance")
            data, quartiers = _validate_instance(uow.session, data, instance_id)
            uow.expect_version("instance", row, expected_version, _attempted(data))
            before = _instance_values(row)
            for key in _COLUMNS:
                setattr(row, key, getattr(data, key))
            row.quartiers = quartiers
            uow.stamp(row)
            # A perimeter-only change must still bump the version, so force the UPDATE.
            flag_modified(row, "updated_at")
            uow.session.flush()
            uow.audit("instance", row.id, "update", *diff(before, _instance_values(row)))
            dto = _load_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def delete_instance(self, instance_id: int, expected_version: int) -> Mutation[None]:
        """Delete an instance that never met; its memberships and perimeter go with it."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Instance, instance_id, "Instance")
            uow.expect_version("instance", row, expected_version, {})
            seances = uow.session.scalar(
                select(func.count()).where(Seance.instance_id == instance_id)
            )
            if seances:
                raise ValidationError(
                    {
                        "_": Message(
                            "Impossible de supprimer l'instance « {code} » : {seances} "
                            "séance(s) y sont rattachées.",
                            code=row.code,
                            seances=seances,
                        )
                    }
                )
            for member in row.members:
                uow.audit("membership", member.id, "delete", row_values(member), None)
            uow.audit("instance", row.id, "delete", _instance_values(row), None)
            uow.session.delete(row)
        return Mutation(None, uow.changes())

    def add_member(
        self,
        instance_id: int,
        contact_id: int,
        role: MemberRole = MemberRole.MEMBRE,
        kind: MemberKind = MemberKind.TITULAIRE,
    ) -> Mutation[MemberDTO]:
        """Seat a contact in an instance."""
        with self.context.write() as uow:
            _lock_instance(uow.session, instance_id)
            role, kind = _check_member(uow.session, instance_id, contact_id, role, kind, None)
            row = Membership(instance_id=instance_id, contact_id=contact_id, role=role, kind=kind)
            uow.stamp(row, created=True)
            uow.session.add(row)
            uow.session.flush()
            _audit_member(uow, row, "create", None, row_values(row))
            dto = _member_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def update_member(
        self, membership_id: int, expected_version: int, role: MemberRole, kind: MemberKind
    ) -> Mutation[MemberDTO]:
        """Change a member's role or qualité (titulaire / suppléant)."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Membership, membership_id, "Membre")
            _lock_instance(uow.session, row.instance_id)
            role, kind = _check_member(
                uow.session, row.instance_id, row.contact_id, role, kind, row.id
            )
            uow.expect_version("membership", row, expected_version, {"role": role, "kind": kind})
            before = row_values(row)
            row.role, row.kind = role, kind
            uow.stamp(row)
            uow.session.flush()
            _audit_member(uow, row, "update", *diff(before, row_values(row)))
            dto = _member_dto(uow.session, row)
        return Mutation(dto, uow.changes())

    def remove_member(self, membership_id: int, expected_version: int) -> Mutation[None]:
        """Take a contact out of an instance (past séances keep their émargement)."""
        with self.context.write() as uow:
            row = get_or_404(uow.session, Membership, membership_id, "Membre")
            uow.expect_version("membership", row, expected_version, {})
            _audit_member(uow, row, "delete", row_values(row), None)
            uow.session.delete(row)
        return Mutation(None, uow.changes())


def _audit_member(
    uow: UnitOfWork,
    row: Membership,
    operation: str,
    before: dict[str, Any] | None,
    after: dict[str, Any] | None,
) -> None:
    """Audit a membership change and mark its instance changed, since the instance shows it."""
    uow.audit("membership", row.id, operation, before, after)
    uow.touch("instance", row.instance_id)
