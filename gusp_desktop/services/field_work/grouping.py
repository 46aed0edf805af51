"""Proposing constats from a walk's photos: photos taken together show the same thing.

A coordinator comes back from a diagnostic en marchant with a hundred phone photos. Each is
already placed on a halte; what is left is to see which photos show the same problem. People
photograph one thing from two or three angles within a minute or two, standing in the same
spot, then walk on: so consecutive photos of one halte taken a few minutes apart and a few
tens of metres apart are proposed as one constat. The rule needs evidence: a photo without a
time (a screenshot, a plan) is proposed on its own, as nothing says it belongs with another.

These are pure functions over :class:`PhotoRow`, so the review dialog's « Séparer » and
« Fusionner » give the same groups as the import and the command line's ``--propose``.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import (
    ConstatDraft,
    PhotoGroup,
    PhotoRow,
    ProposedConstat,
    distance_m,
)

MAX_GAP = dt.timedelta(minutes=3)  # between two photos of the same thing
MAX_DISTANCE_M = 30.0  # a phone's GPS error in a street of tower blocks is 10-20 m


def belongs_with(
    previous: PhotoRow,
    photo: PhotoRow,
    max_gap: dt.timedelta = MAX_GAP,
    max_distance_m: float = MAX_DISTANCE_M,
) -> bool:
    """Whether ``photo`` continues the constat ``previous`` is in (same halte, close in time
    and, when both know where they were taken, in space)."""
    if previous.halte_id != photo.halte_id:
        return False
    if previous.taken_at is None or photo.taken_at is None:
        return False
    if abs(photo.taken_at - previous.taken_at) > max_gap:
        return False
    if None in (previous.latitude, previous.longitude, photo.latitude, photo.longitude):
        return True
    assert previous.latitude is not None and previous.longitude is not None
    assert photo.latitude is not None and photo.longitude is not None
    apart = distance_m(previous.latitude, previous.longitude, photo.latitude, photo.longitude)
    return apart <= max_distance_m


def in_walk_order(photos: Sequence[PhotoRow]) -> list[PhotoRow]:
    """Photos by time taken (untimed ones last, by name), ties by import order."""
    far = dt.datetime.max.replace(tzinfo=dt.UTC)
    return sorted(photos, key=lambda p: (p.taken_at or far, p.filename.casefold(), p.id))


def propose_groups(
    photos: Sequence[PhotoRow],
    max_gap: dt.timedelta = MAX_GAP,
    max_distance_m: float = MAX_DISTANCE_M,
) -> list[PhotoGroup]:
    """Every photo in exactly one proposed constat, in walk order.

    Each halte's photos are taken in time order and a photo joins the group of the one
    before it when :func:`belongs_with` says so; groups are then listed by their first
    photo's time, haltes interleaved as the walk went.
    """
    by_halte: dict[int | None, list[PhotoRow]] = {}
    for photo in in_walk_order(photos):
        by_halte.setdefault(photo.halte_id, []).append(photo)
    runs: list[list[PhotoRow]] = []
    for halte_photos in by_halte.values():
        current: list[PhotoRow] = []
        for photo in halte_photos:
            if current and not belongs_with(current[-1], photo, max_gap, max_distance_m):
                runs.append(current)
                current = []
            current.append(photo)
        if current:
            runs.append(current)
    groups = [summarise(run) for run in runs]
    order = {p.id: i for i, p in enumerate(in_walk_order(photos))}
    return sorted(groups, key=lambda g: order[g.photos[0].id])


def summarise(photos: Sequence[PhotoRow]) -> PhotoGroup:
    """A group of photos with its halte (the most common), time span and mean position."""
    if not photos:
        raise ValueError("A proposed constat has at least one photo.")
    ordered = tuple(in_walk_order(photos))
    haltes = Counter(p.halte_id for p in ordered if p.halte_id is not None)
    times = [p.taken_at for p in ordered if p.taken_at is not None]
    placed = [
        (p.latitude, p.longitude)
        for p in ordered
        if p.latitude is not None and p.longitude is not None
    ]
    latitude = longitude = None
    if placed:
        latitude = sum(lat for lat, _ in placed) / len(placed)
        longitude = sum(lon for _, lon in placed) / len(placed)
    return PhotoGroup(
        photos=ordered,
        halte_id=haltes.most_common(1)[0][0] if haltes else None,
        starts_at=min(times) if times else None,
        ends_at=max(times) if times else None,
        latitude=latitude,
        longitude=longitude,
    )


def split(group: PhotoGroup, before: int) -> tuple[PhotoGroup, PhotoGroup]:
    """Two groups: the photos before index ``before`` and the others (both non-empty)."""
    if not 0 < before < len(group.photos):
        raise ValueError(f"Cannot split {len(group.photos)} photos before index {before}.")
    return summarise(group.photos[:before]), summarise(group.photos[before:])


def merge(first: PhotoGroup, second: PhotoGroup) -> PhotoGroup:
    """One group of both groups' photos (the most common halte wins)."""
    return summarise(first.photos + second.photos)


def accepted(
    group: PhotoGroup,
    *,
    seance_id: int,
    quartier_id: int,
    description: str,
    theme: Theme,
    site_id: int | None = None,
) -> ProposedConstat:
    """The constat a reviewed group becomes: at its halte, placed where its photos were taken."""
    draft = ConstatDraft(
        quartier_id=quartier_id,
        theme=theme,
        description=description,
        seance_id=seance_id,
        halte_id=group.halte_id,
        site_id=site_id,
        latitude=group.latitude,
        longitude=group.longitude,
    )
    return ProposedConstat(draft, group.photo_ids)
