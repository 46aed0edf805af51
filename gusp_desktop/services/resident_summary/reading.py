"""The rows the synthèse pour les habitants is made of, read with the visibility rules.

Restricted content never reaches residents, whoever prints the synthèse (a coordinator reads
the cellule de veille): this is an output for the widest audience, so the shared rule of
:mod:`gusp_desktop.services.confidentiality` is applied with nothing readable. An action
marked restricted or born in a séance of a restricted instance (directly or through its
constat) is left out, and so is a follow-up point written in a restricted séance; constats
noted in a restricted séance, signalements attached to a restricted action, decisions of
restricted instances or of restricted agenda points, and cancelled séances are left out too.
Periods are French calendar days, both ends included.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gusp_desktop.db.models import (
    Action,
    ActionUpdate,
    AgendaItem,
    Constat,
    Decision,
    Instance,
    Organisation,
    Quartier,
    Seance,
    Signalement,
    SignalementCategory,
    Site,
    instance_quartier,
)
from gusp_desktop.domain.enums import ActionStatus, InstanceType, Theme
from gusp_desktop.domain.resident_summary import ReportedTheme, SummaryAction, SummaryDecision
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.confidentiality import (
    NOTHING,
    action_condition,
    restricted_seance_ids,
)

ACTION_NUMBER = re.compile(r"\b[A-Z]{2,4}-\d{2}-\d{3}\b")
# « Compte rendu du 28/05 approuvé » is the meeting's housekeeping, not news for residents.
MINUTES_APPROVAL = re.compile(r"\s*(?:le\s+)?compte[- ]rendu\b[^.]*\bapprouv", re.IGNORECASE)
EXAMPLES_PER_THEME = 3
_CHUNK = 900  # ids per IN (...) list, under SQLite's parameter limit
Cleaner = Callable[[str], str]
_EXAMPLE_LENGTH = 160
# Meetings in plain words: residents do not know the acronyms COTECH or COPIL.
_MEETINGS = {
    InstanceType.COTECH: "comité technique",
    InstanceType.COPIL: "comité de pilotage",
    InstanceType.DEM: "diagnostic en marchant",
    InstanceType.MARCHE_EXPLORATOIRE: "marche exploratoire",
}


def utc_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """The period as UTC instants: from ``start`` 00:00 to the day after ``end``, Paris time."""
    first = dt.datetime.combine(start, dt.time(), PARIS).astimezone(dt.UTC)
    after = dt.datetime.combine(end + dt.timedelta(days=1), dt.time(), PARIS).astimezone(dt.UTC)
    return first, after


def reported(
    session: Session, quartier_id: int, start: dt.date, end: dt.date
) -> list[tuple[Theme, str, str]]:
    """(theme, kind, description) of every visible constat and signalement of the period."""
    hidden = restricted_seance_ids()
    constats = session.execute(
        select(Constat.theme, Constat.description)
        .where(
            Constat.quartier_id == quartier_id,
            Constat.observed_on >= start,
            Constat.observed_on <= end,
            or_(Constat.seance_id.is_(None), Constat.seance_id.not_in(hidden)),
        )
        .order_by(Constat.observed_on, Constat.id)
    ).all()
    first, after = utc_bounds(start, end)
    signalements = session.execute(
        select(SignalementCategory.theme, Signalement.description, Signalement.action_id)
        .join(SignalementCategory, SignalementCategory.id == Signalement.category_id)
        .where(
            Signalement.quartier_id == quartier_id,
            Signalement.received_at >= first,
            Signalement.received_at < after,
        )
        .order_by(Signalement.received_at, Signalement.id)
    ).all()
    linked = sorted({row.action_id for row in signalements if row.action_id is not None})
    visible = _visible_actions(session, linked)
    rows = [(theme, "constat", text) for theme, text in constats]
    rows += [
        (row.theme, "signalement", row.description)
        for row in signalements
        if row.action_id is None or row.action_id in visible
    ]
    return rows


def _visible_actions(session: Session, ids: Sequence[int]) -> set[int]:
    """Among ``ids``, the actions an audience reading nothing restricted may see."""
    visible: set[int] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        query = select(Action.id).where(Action.id.in_(chunk), action_condition(NOTHING))
        visible.update(session.scalars(query))
    return visible


def by_theme(rows: Sequence[tuple[Theme, str, str]], clean: Cleaner) -> tuple[ReportedTheme, ...]:
    """Counts per theme, most reported first, with a few short examples each."""
    counts: Counter[tuple[Theme, str]] = Counter((theme, kind) for theme, kind, _ in rows)
    themes = sorted(
        {theme for theme, _, _ in rows},
        key=lambda t: (-(counts[(t, "constat")] + counts[(t, "signalement")]), t.label),
    )
    result = []
    for theme in themes:
        examples: list[str] = []
        for row_theme, _, text in rows:
            example = _example(clean(text)) if row_theme == theme else ""
            if example and example not in examples and len(examples) < EXAMPLES_PER_THEME:
                examples.append(example)
        result.append(
            ReportedTheme(
                theme=theme.label,
                constats=counts[(theme, "constat")],
                signalements=counts[(theme, "signalement")],
                examples=tuple(examples),
            )
        )
    return tuple(result)


def _example(text: str) -> str:
    """The first sentence, cut at a word if it is long."""
    line = " ".join(text.split())
    for mark in (". ", " ! ", " ? "):
        if mark in line:
            line = line.split(mark, 1)[0]
    line = line.rstrip(" .")
    if len(line) > _EXAMPLE_LENGTH:
        line = line[:_EXAMPLE_LENGTH].rsplit(" ", 1)[0] + " …"
    return line


def decisions(
    session: Session, quartier_id: int, start: dt.date, end: dt.date
) -> list[tuple[dt.datetime, Instance, str]]:
    """Decisions of the period's séances whose instance covers the quartier and is open."""
    first, after = utc_bounds(start, end)
    covering = select(instance_quartier.c.instance_id).where(
        instance_quartier.c.quartier_id == quartier_id
    )
    rows = session.execute(
        select(Seance.starts_at, Instance, Decision.text)
        .join(AgendaItem, AgendaItem.id == Decision.agenda_item_id)
        .join(Seance, Seance.id == AgendaItem.seance_id)
        .join(Instance, Instance.id == Seance.instance_id)
        .where(
            Instance.id.in_(covering),
            Instance.restricted.is_(False),
            AgendaItem.restricted.is_(False),
            Seance.cancelled_at.is_(None),
            Seance.starts_at >= first,
            Seance.starts_at < after,
        )
        .order_by(Seance.starts_at, AgendaItem.position, Decision.position)
    ).all()
    code = session.scalar(select(Quartier.code).where(Quartier.id == quartier_id)) or ""
    return [
        (at, instance, text)
        for at, instance, text in rows
        if text.strip() and about_quartier(text, code) and not MINUTES_APPROVAL.match(text)
    ]


def about_quartier(text: str, code: str) -> bool:
    """False for a decision of a meeting covering several quartiers that cites only other
    quartiers' actions (« Retrait des gravats … (CO-26-009) » is not news for HM)."""
    cited = {number.split("-", 1)[0] for number in ACTION_NUMBER.findall(text)}
    return not cited or code in cited


def summary_decision(at: dt.datetime, instance: Instance, text: str) -> SummaryDecision:
    """A decision with the kind of meeting it was taken in."""
    meeting = _MEETINGS.get(instance.type, instance.type.label.lower())
    return SummaryDecision(date=at.astimezone(PARIS).date(), meeting=meeting, text=text)


def actions(
    session: Session, quartier_id: int, start: dt.date, end: dt.date
) -> list[SummaryAction]:
    """Visible actions finished in the period, or still under way at its end and worked on.

    The state at the end of the period is the last visible follow-up point written before
    it ends; « finished in the period » means that state is « réalisée » and a point marked
    so was written in the period; « under way » means « en cours » with a point in the period.
    """
    first, after = utc_bounds(start, end)
    visible = select(Action.id).where(Action.quartier_id == quartier_id, action_condition(NOTHING))
    hidden = restricted_seance_ids()
    updates = session.execute(
        select(ActionUpdate.action_id, ActionUpdate.at, ActionUpdate.status)
        .where(
            ActionUpdate.action_id.in_(visible),
            ActionUpdate.at < after,
            or_(ActionUpdate.seance_id.is_(None), ActionUpdate.seance_id.not_in(hidden)),
        )
        .order_by(ActionUpdate.action_id, ActionUpdate.sequence)
    ).all()
    last: dict[int, ActionStatus] = {}
    touched: set[int] = set()
    finished: set[int] = set()
    for action_id, at, status in updates:
        last[action_id] = status
        if at >= first:
            touched.add(action_id)
            if status == ActionStatus.REALISEE:
                finished.add(action_id)
    done = {i for i in finished if last[i] == ActionStatus.REALISEE}
    going = {i for i in touched if last[i] == ActionStatus.EN_COURS}
    return _action_rows(session, done, going)


def _action_rows(session: Session, done: set[int], going: set[int]) -> list[SummaryAction]:
    if not done | going:
        return []
    rows = session.execute(
        select(Action.id, Action.theme, Action.title, Site.name, Organisation.name)
        .join(Organisation, Organisation.id == Action.pilot_organisation_id)
        .outerjoin(Site, Site.id == Action.site_id)
        .where(Action.id.in_(sorted(done | going)))
        .order_by(Action.number)
    ).all()
    return [
        SummaryAction(
            theme=theme.label,
            title=title,
            place=site or "",
            organisation=organisation,
            done=action_id in done,
        )
        for action_id, theme, title, site, organisation in rows
    ]
