"""Loader step for the plan d'actions: constats, the 60 actions, their history, numbering."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from gusp_desktop.db.models import Action, ActionSequence, ActionUpdate, Constat, Seance
from gusp_desktop.demo.actions import ACTIONS, CONSTATS, STATUS_CODES, ActionSeed
from gusp_desktop.demo.clock import HELD, Refs, stamp
from gusp_desktop.demo.meetings import INSTANCES, SEANCES
from gusp_desktop.domain.enums import ActionStatus
from gusp_desktop.domain.rules import can_change_action_status
from gusp_desktop.services.actions.editing import action_search_text

_SEANCE_SEEDS = {s.key: s for s in SEANCES}
_INSTANCE_SEEDS = {i.code: i for i in INSTANCES}


def load_constats(refs: Refs) -> None:
    """The findings of the walks, each tied to the séance (DEM, marche) where it was made."""
    for c in CONSTATS:
        seance = refs.seances[c.seance]
        constat = Constat(
            quartier_id=refs.quartiers[c.quartier].id,
            site_id=refs.sites[c.site].id if c.site else None,
            seance_id=seance.id,
            source=c.source,
            observed_on=refs.clock.day(c.day),
            place=c.place,
            theme=c.theme,
            description=c.description,
        )
        stamp(refs.uow, constat, seance.starts_at + dt.timedelta(hours=3))
        refs.constats[c.key] = constat
    refs.session.add_all(refs.constats.values())
    refs.session.flush()


def load_plan(refs: Refs) -> int:
    """Insert the actions with their history; return the number of history entries."""
    history_count = 0
    last: dict[str, int] = {}
    for seed in ACTIONS:
        action = _action(refs, seed)
        refs.session.add(action)
        history_count += len(action.history)
        last[seed.quartier] = max(last.get(seed.quartier, 0), seed.n)
    for code, value in sorted(last.items()):
        refs.session.add(
            ActionSequence(
                quartier_id=refs.quartiers[code].id, year=refs.clock.year, last_value=value
            )
        )
    refs.session.flush()
    return history_count


def _seance_on(refs: Refs, day: dt.date, seed: ActionSeed) -> Seance | None:
    """The held séance of that day where the point was made, if any.

    A restricted séance (cellule de veille) only counts for actions born there.
    """
    origin = _SEANCE_SEEDS.get(seed.origin)
    for key, seance in refs.seances.items():
        s = _SEANCE_SEEDS[key]
        instance = _INSTANCE_SEEDS[s.instance]
        if (
            s.status in HELD
            and refs.clock.day(s.day) == day
            and seed.quartier in instance.quartiers
            and (not instance.restricted or (origin is not None and origin.instance == s.instance))
        ):
            return seance
    return None


def _action(refs: Refs, a: ActionSeed) -> Action:
    clock = refs.clock
    site = refs.sites[a.site] if a.site else None
    if site is not None and site.quartier_id != refs.quartiers[a.quartier].id:
        raise ValueError(f"Action {a.n} : le site {a.site} n'est pas dans {a.quartier}")
    dated = "/" in a.deadline
    initial = clock.day(a.deadline) if dated else None
    revised = clock.day(a.revised) if a.revised else None
    status = STATUS_CODES[a.status]
    number = clock.number(a.quartier, a.n)
    pilot = refs.orgs[a.pilot]
    action = Action(
        number=number,
        title=a.title,
        description=clock.render(a.description),
        theme=a.theme,
        quartier_id=refs.quartiers[a.quartier].id,
        site_id=site.id if site else None,
        pilot_organisation_id=pilot.id,
        pilot_contact_id=refs.contacts[a.contact].id if a.contact else None,
        initial_deadline=initial,
        revised_deadline=revised,
        deadline_note="" if dated else a.deadline,
        priority=a.priority,
        status=status,
        atfpb_axis=a.axis,
        cost=Decimal(a.cost) if a.cost is not None else None,
    )
    action.search_text = action_search_text(action, site, pilot)
    if a.origin.startswith("constat:"):
        action.origin_constat_id = refs.constats[a.origin.removeprefix("constat:")].id
    else:
        action.origin_seance_id = refs.seances[a.origin].id
    action.partners = [refs.orgs[code] for code in a.partners]
    previous: ActionStatus | None = None
    progress = 0
    for sequence, h in enumerate(a.history, start=1):
        day = clock.day(h.day)
        seance = _seance_on(refs, day, a)
        at = (
            seance.starts_at + dt.timedelta(minutes=seance.duration_minutes)
            if seance is not None
            else clock.at(day, "17:00")
        )
        h_status = STATUS_CODES[h.status]
        if previous is not None and not can_change_action_status(previous, h_status):
            raise ValueError(f"Action {a.n} : transition {previous} → {h_status} interdite")
        if action.history and at <= action.history[-1].at:
            raise ValueError(f"Action {a.n} : historique non chronologique ({h.day})")
        deadline = None
        if sequence == 1:
            deadline = initial
        elif h_status is ActionStatus.REPORTEE:
            deadline = revised
        action.history.append(
            ActionUpdate(
                sequence=sequence,
                seance_id=seance.id if seance is not None else None,
                at=at,
                status=h_status,
                progress=h.progress,
                deadline=deadline,
                comment=clock.render(h.comment),
                author=h.author,
            )
        )
        previous = h_status
        progress = h.progress if h.progress is not None else progress
    if previous is not status:
        raise ValueError(f"Action {a.n} : l'historique finit en {previous}, pas en {status}")
    if status is ActionStatus.EN_COURS and progress == 0:
        progress = 50
    action.progress = progress
    first, final = action.history[0], action.history[-1]
    stamp(refs.uow, action, first.at, final.at, first.author)
    action.updated_by = final.author
    return action
