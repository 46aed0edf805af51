"""Importing signalements from a CSV table or an Open311 GeoReport v2 export, all or nothing.

Each request is matched to a category (Open311 service codes through their configured mapping,
else a category of that code or label), a quartier (the file's column, else the site its
address names, else the quartier given for the whole file) and routed like a typed one. A
request already imported (same source and identifier) is counted, never added twice. Any
refusal names the file and the line, and nothing at all is written.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Organisation,
    Quartier,
    Signalement,
    SignalementCategory,
    SignalementServiceCode,
    Site,
)
from gusp_desktop.domain.changes import Mutation
from gusp_desktop.domain.errors import GuspError, Message
from gusp_desktop.domain.signalements import ImportReport, ReporterData, SignalementData
from gusp_desktop.domain.text import search_key
from gusp_desktop.services.base import ServiceContext, UnitOfWork
from gusp_desktop.services.signalements import intake
from gusp_desktop.services.signalements.parsing import FileProblems, Incoming, read_file, reason
from gusp_desktop.services.signalements.records import routes
from gusp_desktop.services.signalements.service import WRITERS


class _Resolver:
    """The lookups of one import, read once."""

    def __init__(self, session: Session, source: str, default_quartier: str | None) -> None:
        self.source = source
        self.rules = routes(session)
        self.categories = {
            key: row
            for row in session.scalars(select(SignalementCategory))
            for key in (search_key(row.code), search_key(row.label))
        }
        self.codes = {
            code: category_id
            for code, category_id in session.execute(
                select(SignalementServiceCode.service_code, SignalementServiceCode.category_id)
            )
        }
        self.quartiers = {q.code: q for q in session.scalars(select(Quartier))}
        self.sites = list(session.scalars(select(Site)))
        self.organisations = {
            key: org
            for org in session.scalars(select(Organisation))
            for key in (search_key(org.code), search_key(org.name))
        }
        self.default_quartier = None
        if default_quartier:
            found = self.quartiers.get(default_quartier.strip().upper())
            if found is None:
                raise GuspError(
                    Message(
                        "Quartier « {default_quartier} » inconnu.",
                        default_quartier=default_quartier,
                    )
                )
            self.default_quartier = found

    def category(self, item: Incoming) -> SignalementCategory:
        if self.source == "open311" and item.category in self.codes:
            wanted = self.codes[item.category]
            return next(c for c in self.categories.values() if c.id == wanted)
        for key in (item.category, item.category_name):
            found = self.categories.get(search_key(key)) if key else None
            if found is not None:
                return found
        if self.source == "open311":
            raise ValueError(
                Message(
                    "code de service « {code} » ({name}) sans catégorie : associez-le avec "
                    "« signalements mapping set CODE CATÉGORIE »",
                    code=item.category,
                    name=item.category_name or Message("sans nom"),
                )
            )
        raise ValueError(Message("catégorie « {value} » inconnue", value=item.category))

    def site(self, item: Incoming) -> Site | None:
        if item.site:
            for site in self.sites:
                if search_key(site.name) == search_key(item.site):
                    return site
            raise ValueError(Message("site « {value} » inconnu", value=item.site))
        address = search_key(item.address)
        if not address:
            return None
        candidates = [
            (len(key), site)
            for site in self.sites
            for key in (search_key(site.address), search_key(site.name))
            if len(key) >= 4 and key in address
        ]
        return max(candidates, key=lambda c: c[0])[1] if candidates else None

    def quartier(self, item: Incoming, site: Site | None) -> Quartier:
        if item.quartier:
            found = self.quartiers.get(item.quartier.strip().upper())
            if found is None:
                raise ValueError(Message("quartier « {value} » inconnu", value=item.quartier))
            return found
        if site is not None:
            return self.quartiers_by_id()[site.quartier_id]
        if self.default_quartier is not None:
            return self.default_quartier
        raise ValueError(
            "quartier introuvable (ni colonne quartier, ni site reconnu dans l'adresse) : "
            "précisez --quartier"
        )

    def quartiers_by_id(self) -> dict[int, Quartier]:
        return {q.id: q for q in self.quartiers.values()}

    def organisation(self, item: Incoming) -> int | None:
        if not item.organisation:
            return None
        found = self.organisations.get(search_key(item.organisation))
        if found is None and self.source != "open311":
            raise ValueError(Message("organisation « {value} » inconnue", value=item.organisation))
        return found.id if found is not None else None


def _data(resolver: _Resolver, item: Incoming) -> SignalementData:
    category = resolver.category(item)
    site = resolver.site(item)
    quartier = resolver.quartier(item, site)
    if site is not None and site.quartier_id != quartier.id:
        site = None
    return SignalementData(
        received_at=item.received_at,
        channel=item.channel,
        category_id=category.id,
        quartier_id=quartier.id,
        site_id=site.id if site else None,
        address=item.address,
        latitude=item.latitude,
        longitude=item.longitude,
        description=item.description or item.category_name or category.label,
        organisation_id=resolver.organisation(item),
        reporter=ReporterData(item.reporter, item.phone, item.email),
    )


def import_in(
    uow: UnitOfWork,
    path: Path,
    source: str,
    items: list[Incoming],
    default_quartier: str | None,
    problems: FileProblems | None = None,
) -> ImportReport:
    """Add every request not yet imported; any refusal names its line and aborts everything."""
    session = uow.session
    resolver = _Resolver(session, source, default_quartier)
    known = set(
        session.scalars(select(Signalement.external_id).where(Signalement.source == source))
    )
    problems = problems or FileProblems(path)
    pending: list[tuple[Incoming, Signalement, ReporterData]] = []
    duplicates = 0
    for item in items:
        if item.external_id in known:
            duplicates += 1
            continue
        known.add(item.external_id)
        try:
            data = _data(resolver, item)
            row = intake.new_row(
                uow, data, source=source, external_id=item.external_id, rules=resolver.rules
            )
            pending.append((item, row, data.reporter))
        except ValueError as exc:
            problems.add(item.line, reason(exc))
        except GuspError as exc:
            problems.add(item.line, exc.message)
    problems.raise_if_any()
    session.add_all([row for _, row, _ in pending])
    session.flush()  # one batch of inserts rather than one round trip per request
    created: list[int] = []
    for item, row, reporter in pending:
        intake.record_created_in(uow, row, reporter)
        if item.status is not row.status:
            when = item.closed_at or item.received_at
            try:
                intake.change_status_in(
                    uow, row, item.status, item.status_reason, when, require_organisation=False
                )
            except GuspError as exc:
                problems.add(item.line, exc.message)
        created.append(row.id)
    problems.raise_if_any()
    return ImportReport(str(path), len(created), duplicates, tuple(created))


class SignalementImportService:
    """Imports files of signalements (CSV or Open311 ``requests.json``)."""

    def __init__(self, context: ServiceContext) -> None:
        self.context = context

    def import_file(
        self, path: str | Path, default_quartier: str | None = None
    ) -> Mutation[ImportReport]:
        """Import ``path`` in one transaction; a second import of the same file adds nothing."""
        path = Path(path)
        source, items, problems = read_file(path)
        with self.context.write(*WRITERS) as uow:
            report = import_in(uow, path, source, items, default_quartier, problems)
        return Mutation(report, uow.changes())
