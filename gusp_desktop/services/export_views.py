"""What the exported documents show of the data, for the audience they are written for.

The services read; these helpers shape what was read into what a document may carry: a
séance's agenda as its documents show it, a plan's rows and last points for partners (marked
spans occulted, nothing said in a restricted séance).
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from sqlalchemy import and_, func, or_, select, true
from sqlalchemy.orm import Session

from gusp_desktop.db.models import ActionUpdate
from gusp_desktop.documents.builders.action_plan import LastPoint
from gusp_desktop.domain.actions import ActionRow
from gusp_desktop.domain.meetings import SeanceDetail
from gusp_desktop.domain.minutes import MinutesContent
from gusp_desktop.domain.redaction import redact
from gusp_desktop.domain.timezone import PARIS
from gusp_desktop.services.confidentiality import restricted_seance_ids

CHUNK = 900  # ids per IN (...) list, under SQLite's parameter limit


def document_detail(detail: SeanceDetail, content: MinutesContent) -> SeanceDetail:
    """The séance's agenda as its documents show it: each point takes the title, description
    and presenter the compte rendu's content gives it (« [information restreinte] » for a
    point the document may not show, marked spans occulted)."""
    shown = {item.position: item for item in content.agenda}
    points = []
    for point in detail.agenda:
        item = shown.get(point.position)
        if item is None:
            continue
        points.append(
            dataclasses.replace(
                point,
                title=item.title,
                description=item.description,
                presenter_name=item.presenter_name,
                notes=item.notes,
                decisions=(),
            )
        )
    return dataclasses.replace(detail, agenda=tuple(points))


def redacted_row(row: ActionRow, reveal: bool) -> ActionRow:
    """The texts of an action as a plan shows them: marked spans occulted for partners, the
    words without their marks when a member included restricted content (``reveal``)."""
    return dataclasses.replace(
        row,
        title=redact(row.title, reveal=reveal),
        description=redact(row.description, reveal=reveal),
        origin_note=redact(row.origin_note, reveal=reveal),
        deadline_note=redact(row.deadline_note, reveal=reveal),
        outcome=redact(row.outcome, reveal=reveal),
    )


def last_points(session: Session, action_ids: list[int], *, public: bool) -> dict[int, LastPoint]:
    """Each action's latest history entry carrying a comment: the « dernier point ».

    For a ``public`` plan, what was said in a restricted séance (a cellule de veille
    discussing a public action) is not a point a partner may read.
    """
    said_openly = or_(
        ActionUpdate.seance_id.is_(None), ActionUpdate.seance_id.not_in(restricted_seance_ids())
    )
    points: dict[int, LastPoint] = {}
    for start in range(0, len(action_ids), CHUNK):
        chunk = action_ids[start : start + CHUNK]
        latest = (
            select(ActionUpdate.action_id, func.max(ActionUpdate.sequence).label("sequence"))
            .where(ActionUpdate.action_id.in_(chunk), ActionUpdate.comment != "")
            .where(said_openly if public else true())
            .group_by(ActionUpdate.action_id)
            .subquery()
        )
        query = select(ActionUpdate.action_id, ActionUpdate.at, ActionUpdate.comment).join(
            latest,
            and_(
                ActionUpdate.action_id == latest.c.action_id,
                ActionUpdate.sequence == latest.c.sequence,
            ),
        )
        for action_id, at, comment in session.execute(query):
            points[action_id] = LastPoint(paris_day(at), redact(comment, reveal=not public))
    return points


def paris_day(moment: dt.datetime) -> dt.date:
    """The French date of an instant."""
    return moment.astimezone(PARIS).date()
