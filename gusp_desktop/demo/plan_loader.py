"""Loader step for the plan d'actions: the 60 actions, their history, numbering, and the links
to the constats some of them were made from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from sqlalchemy import func, select

from gusp_desktop.db.models import ActionUpdate, Seance
from gusp_desktop.demo.actions import ACTIONS, STATUS_CODES, ActionSeed
from gusp_desktop.demo.clock import HELD, Refs
from gusp_desktop.demo.meetings import INSTANCES, SEANCES
from gusp_desktop.demo.people import USERS
from gusp_desktop.demo.steps import Steps
from gusp_desktop.demo.timeline import Story, tell
from gusp_desktop.domain.accounts import CurrentUser
from gusp_desktop.domain.actions import ActionDraft, StatusChange
from gusp_desktop.domain.enums import ActionStatus

_SEANCE_SEEDS = {s.key: s for s in SEANCES}
_INSTANCE_SEEDS = {i.code: i for i in INSTANCES}


def load_plan(refs: Refs, steps: Steps, others: Iterable[Story] = ()) -> int:
    """Create the actions and follow them up through the action service, each call at the
    moment of its history entry, in date order across actions and ``others``; return the
    number of history entries written.

    An action made from a constat is linked to it by the constat service when it is created,
    which marks the constat « transformé en action », as linking it in the Terrain tab does.
    """
    refs.session.flush()  # the services read the séances and constats from the database
    users = {u.username: CurrentUser(u.username, u.display_name, u.role) for u in USERS}
    tell([*(_follow(refs, steps, users, seed) for seed in ACTIONS), *others])
    return int(refs.session.scalar(select(func.count()).select_from(ActionUpdate)) or 0)


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


def _draft(refs: Refs, a: ActionSeed) -> ActionDraft:
    """The action as the form or ``actions create`` would describe it, with its number."""
    clock = refs.clock
    site = refs.sites[a.site] if a.site else None
    if site is not None and site.quartier_id != refs.quartiers[a.quartier].id:
        raise ValueError(f"Action {a.n} : le site {a.site} n'est pas dans {a.quartier}")
    dated = "/" in a.deadline
    first = a.history[0]
    if STATUS_CODES[first.status] is not ActionStatus.A_ENGAGER:
        raise ValueError(f"Action {a.n} : l'historique commence en {first.status}, pas en AE")
    constat = a.origin.removeprefix("constat:") if a.origin.startswith("constat:") else None
    return ActionDraft(
        number=clock.number(a.quartier, a.n),
        title=a.title,
        description=clock.render(a.description),
        theme=a.theme,
        quartier_id=refs.quartiers[a.quartier].id,
        site_id=site.id if site else None,
        pilot_organisation_id=refs.orgs[a.pilot].id,
        pilot_contact_id=refs.contacts[a.contact].id if a.contact else None,
        initial_deadline=clock.day(a.deadline) if dated else None,
        deadline_note="" if dated else a.deadline,
        priority=a.priority,
        progress=first.progress or 0,
        atfpb_axis=a.axis,
        cost=Decimal(a.cost) if a.cost is not None else None,
        partner_ids=tuple(refs.orgs[code].id for code in a.partners),
        origin_constat_id=refs.constats[constat].id if constat else None,
        origin_seance_id=None if constat else refs.seances[a.origin].id,
    )


def _follow(refs: Refs, steps: Steps, users: dict[str, CurrentUser], a: ActionSeed) -> Story:
    """Create the action at its first history entry, then record each later entry as the
    follow-up point a user would have written that day (a story: see ``timeline.tell``)."""
    clock = refs.clock
    action_id = 0
    previous: dt.datetime | None = None
    progress = 0
    for index, h in enumerate(a.history):
        day = clock.day(h.day)
        seance = _seance_on(refs, day, a)
        at = (
            seance.starts_at + dt.timedelta(minutes=seance.duration_minutes)
            if seance is not None
            else clock.at(day, "17:00")
        )
        if previous is not None and at <= previous:
            raise ValueError(f"Action {a.n} : historique non chronologique ({h.day})")
        previous = at
        yield at
        steps.at(at, users[h.author])
        seance_id = seance.id if seance is not None else None
        comment = clock.render(h.comment)
        progress = h.progress if h.progress is not None else progress
        if index == 0:
            created = steps.actions.create(_draft(refs, a), comment=comment, seance_id=seance_id)
            action_id = created.value.id
            if a.origin.startswith("constat:"):
                constat = refs.constats[a.origin.removeprefix("constat:")]
                steps.constats.link_action(constat.id, created.value.number)
            continue
        status = STATUS_CODES[h.status]
        # An action left « en cours » without a figure shows half done, as in DOMAIN.md.
        unknown = index == len(a.history) - 1 and status is ActionStatus.EN_COURS and not progress
        change = StatusChange(
            status=status,
            comment=comment,
            progress=50 if unknown else h.progress,
            revised_deadline=clock.day(a.revised)
            if status is ActionStatus.REPORTEE and a.revised
            else None,
            seance_id=seance_id,
        )
        steps.actions.follow_up(action_id, None, change)
    if STATUS_CODES[a.history[-1].status] is not STATUS_CODES[a.status]:
        raise ValueError(f"Action {a.n} : l'historique finit en {a.history[-1].status}")
