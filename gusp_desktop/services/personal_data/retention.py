"""Retention of minutes notes per type of instance: the rules, and running them.

A rule stored in ``retention_rule`` replaces the default of its instance type
(``domain.retention.DEFAULT_RULES``). A run looks at the séances older than each rule's period
and, for each, purges the notes of its points and its « faits marquants » (replaced by a dated
mention) or anonymises them (the passages marked as personal data become « [occulté] »);
decisions keep their text with personal data occulted either way, since they are the record
of what was decided. A dry run reports the same without writing. Signed comptes rendus and
frozen minutes versions are never changed: the report lists them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    AgendaItem,
    Decision,
    Instance,
    MinutesVersion,
    RetentionRule,
    Seance,
    SignedFile,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.enums import InstanceType
from gusp_desktop.domain.errors import ValidationError, message_of
from gusp_desktop.domain.retention import (
    DEFAULT_RULES,
    RetentionItem,
    RetentionMethod,
    RetentionReport,
    RetentionRuleData,
    anonymised,
    check_years,
    cutoff,
    purged_mention,
)
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.base import ServiceContext, UnitOfWork, row_values


@dataclass
class _SeancePlan:
    """What a run changes in one séance: (row, column, new text) triples."""

    seance: Seance
    instance: Instance
    rule: RetentionRuleData
    edits: list[tuple[Any, str, str]] = field(default_factory=list)
    signed: tuple[str, ...] = ()

    @property
    def points(self) -> int:
        return len({row.id for row, _, _ in self.edits if isinstance(row, AgendaItem)})

    def item(self) -> RetentionItem:
        return RetentionItem(
            self.seance.id,
            self.instance.code,
            self.instance.type,
            self.seance.starts_at.astimezone(PARIS).date(),
            self.rule.method,
            self.points,
            self.signed,
        )


class RetentionService:
    """Retention rules and their application."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def rules(self) -> list[RetentionRuleData]:
        """The rule of every instance type that has one (stored ones first, else defaults)."""
        with self.context.read() as session:
            return effective_rules(session)

    def set_rule(
        self, instance_type: InstanceType, years: int, method: RetentionMethod
    ) -> Mutation[RetentionRuleData]:
        """Create or change the rule of an instance type (coordinators)."""
        try:
            years = check_years(years)
        except ValueError as exc:
            raise ValidationError({"years": message_of(exc)}) from exc
        with self.context.write() as uow:
            row = uow.session.scalar(
                select(RetentionRule).where(RetentionRule.instance_type == instance_type)
            )
            if row is None:
                row = RetentionRule(instance_type=instance_type, years=years, method=method)
                uow.session.add(row)
                uow.stamp(row, created=True)
                uow.session.flush()
                uow.audit("retention_rule", row.id, "create", None, row_values(row))
            else:
                before = row_values(row)
                row.years, row.method = years, method
                uow.stamp(row)
                uow.session.flush()
                uow.audit("retention_rule", row.id, "update", before, row_values(row))
            rule = RetentionRuleData(instance_type, years, method)
        return Mutation(rule, uow.changes())

    def run(self, *, dry_run: bool) -> RetentionReport:
        """Apply every rule to the séances past their period (nothing written on a dry run)."""
        today = self.context.today()
        if dry_run:
            with self.context.read() as session:
                plans = list(_plans(session, effective_rules(session), today))
                return _report(today, True, effective_rules(session), plans)
        with self.context.write() as uow:
            rules = effective_rules(uow.session)
            plans = list(_plans(uow.session, rules, today))
            for plan in plans:
                _apply(uow, plan)
        return _report(today, False, rules, plans)


def effective_rules(session: Session) -> list[RetentionRuleData]:
    """Stored rules, and the defaults of the instance types without one."""
    stored = {
        r.instance_type: RetentionRuleData(r.instance_type, r.years, r.method)
        for r in session.scalars(select(RetentionRule))
    }
    defaults = {r.instance_type: r for r in DEFAULT_RULES}
    merged = defaults | stored
    return [merged[t] for t in InstanceType if t in merged]


def _start_of(day: dt.date) -> dt.datetime:
    """Midnight in Paris on ``day``, as an aware UTC instant."""
    return dt.datetime.combine(day, dt.time(), tzinfo=PARIS).astimezone(dt.UTC)


def _plans(
    session: Session, rules: list[RetentionRuleData], today: dt.date
) -> Iterator[_SeancePlan]:
    for rule in rules:
        if rule.method is RetentionMethod.KEEP:
            continue
        limit = _start_of(cutoff(today, rule.years))
        query = (
            select(Seance, Instance)
            .join(Instance, Instance.id == Seance.instance_id)
            .where(Instance.type == rule.instance_type, Seance.starts_at < limit)
            .order_by(Seance.starts_at)
        )
        for seance, instance in session.execute(query).all():
            plan = _plan(session, _SeancePlan(seance, instance, rule), today)
            if plan.edits:
                yield plan


def _plan(session: Session, plan: _SeancePlan, today: dt.date) -> _SeancePlan:
    purge = plan.rule.method is RetentionMethod.PURGE
    mention = purged_mention(today, plan.rule.years)

    def edit(row: Any, column: str, purgeable: bool) -> None:
        old = getattr(row, column) or ""
        if not old or old == mention:
            return
        new = mention if purge and purgeable else anonymised(old)
        if new != old:
            plan.edits.append((row, column, new))

    edit(plan.seance, "summary", True)
    items = session.scalars(select(AgendaItem).where(AgendaItem.seance_id == plan.seance.id))
    for item in items:
        edit(item, "notes", True)
        for decision in session.scalars(select(Decision).where(Decision.agenda_item_id == item.id)):
            edit(decision, "text", False)
    plan.signed = _signed_versions(session, plan.seance.id)
    return plan


def _signed_versions(session: Session, seance_id: int) -> tuple[str, ...]:
    query = (
        select(MinutesVersion.number, func.max(SignedFile.signature_count))
        .join(SignedFile, SignedFile.minutes_version_id == MinutesVersion.id)
        .where(MinutesVersion.seance_id == seance_id)
        .group_by(MinutesVersion.number)
        .order_by(MinutesVersion.number)
    )
    return tuple(f"version {n} ({count} signature(s))" for n, count in session.execute(query))


def _apply(uow: UnitOfWork, plan: _SeancePlan) -> None:
    changed: dict[tuple[str, int], list[str]] = {}
    rows: dict[tuple[str, int], Any] = {}
    for row, column, new in plan.edits:
        setattr(row, column, new)
        key = (row.__tablename__, int(row.id))
        changed.setdefault(key, []).append(column)
        rows[key] = row
    for (entity, entity_id), columns in changed.items():
        uow.stamp(rows[(entity, entity_id)])
        after = {"champs": sorted(columns), "methode": plan.rule.method.value}
        uow.audit(entity, entity_id, "retention", None, after)


def _report(
    today: dt.date, dry_run: bool, rules: list[RetentionRuleData], plans: list[_SeancePlan]
) -> RetentionReport:
    return RetentionReport(today, dry_run, tuple(rules), tuple(p.item() for p in plans))
