"""Demo signalements: thirty dysfunctions reported from January to June, routed and followed.

The signalements and their routing are data (``signalement_seed``, ``signalements.json``). The
last ones arrive a few days before the demo's today (15/06), so that the week-rounded shift of
the calendar never puts a reception in the future. They go through the signalements services,
at their own moments, in the demo's transaction.
"""

from __future__ import annotations

import datetime as dt

from gusp_desktop.demo.clock import Refs
from gusp_desktop.demo.signalement_seed import ROUTES, SERVICE_CODES, SIGNALEMENTS, SignalementSeed
from gusp_desktop.demo.steps import Steps
from gusp_desktop.demo.territory import position_near
from gusp_desktop.domain.signalements import (
    SOURCE_MANUAL,
    SOURCE_OPEN311,
    ReporterData,
    RouteData,
    SignalementData,
)
from gusp_desktop.services.signalements.settings import DEFAULT_CATEGORIES


def load_signalements(refs: Refs, steps: Steps, setup: dt.datetime) -> int:
    """Categories, routes and Open311 codes set up at ``setup``, then each signalement received,
    moved along and tied to its action at its own moment, through the signalements services;
    returns how many."""
    steps.at(setup, steps.loading_user)
    settings = steps.signalement_settings
    categories = {d.code: settings.save_category(d).value.id for d in DEFAULT_CATEGORIES}
    for route in ROUTES:
        settings.add_route(
            RouteData(
                organisation_id=refs.orgs[route.organisation].id,
                category_id=categories[route.category] if route.category else None,
                theme=route.theme,
                gestionnaire_id=refs.orgs[route.gestionnaire].id if route.gestionnaire else None,
            )
        )
    for service_code in SERVICE_CODES:
        settings.map_service_code(service_code.code, service_code.category)
    for index, seed in enumerate(SIGNALEMENTS):
        _signalement(refs, steps, seed, categories[seed.category], index)
    return len(SIGNALEMENTS)


def _signalement(
    refs: Refs, steps: Steps, seed: SignalementSeed, category_id: int, index: int
) -> None:
    """One signalement as the window records it, then its later moves on their own days."""
    clock, service = refs.clock, steps.signalements
    site = refs.sites[seed.site]
    latitude, longitude = position_near(seed.site, index)
    reporter = ReporterData(name=seed.reporter)
    if seed.contact:
        reporter = ReporterData(contact_id=refs.contacts[seed.contact].id)
    received = min(clock.at(clock.day(seed.day), seed.time), steps.started)
    steps.at(received)
    row = service.add(
        SignalementData(
            received_at=received,
            channel=seed.channel,
            category_id=category_id,
            quartier_id=site.quartier_id,
            site_id=site.id,
            address=site.address,
            latitude=latitude,
            longitude=longitude,
            description=seed.text,
            reporter=reporter,
        ),
        source=SOURCE_OPEN311 if seed.external else SOURCE_MANUAL,
        external_id=seed.external,
    ).value
    for step in seed.steps:
        steps.at(min(max(clock.at(clock.day(step.day), "10:00"), received), steps.started))
        service.change_status(row.id, step.status, step.reason)
    if seed.action is not None:
        service.attach_action(row.id, clock.number(*seed.action))
