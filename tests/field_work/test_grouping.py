"""Proposed constats from a walk's photos: the grouping rule, split and merge (pure functions)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gusp_desktop.domain.enums import Theme
from gusp_desktop.domain.field_work import PhotoRow, distance_m
from gusp_desktop.services.field_work.grouping import (
    MAX_DISTANCE_M,
    MAX_GAP,
    accepted,
    belongs_with,
    in_walk_order,
    merge,
    propose_groups,
    split,
)

START = dt.datetime(2025, 3, 25, 13, 0, tzinfo=dt.UTC)
# One metre of latitude, in degrees.
METRE = 1 / 111_195


def photo(
    pid: int,
    seconds: int | None,
    halte: int | None = 1,
    north_m: float | None = 0.0,
    name: str = "",
) -> PhotoRow:
    return PhotoRow(
        id=pid,
        seance_id=9,
        constat_id=None,
        halte_id=halte,
        filename=name or f"IMG_{pid:04}.jpg",
        taken_at=None if seconds is None else START + dt.timedelta(seconds=seconds),
        latitude=None if north_m is None else 50.36 + north_m * METRE,
        longitude=None if north_m is None else 3.52,
        width=2000,
        height=1500,
        byte_size=400_000,
    )


def ids(groups: list) -> list[list[int]]:  # type: ignore[type-arg]
    return [list(g.photo_ids) for g in groups]


def test_photos_taken_together_make_one_constat_each() -> None:
    photos = [
        photo(1, 0),  # a broken bench, three angles within a minute
        photo(2, 20, north_m=3),
        photo(3, 55, north_m=5),
        photo(4, 400, north_m=8),  # seven minutes later, same spot: another thing
        photo(5, 420, north_m=60),  # twenty seconds later but 52 m further: another thing
        photo(6, 430, halte=2, north_m=60),  # next halte
    ]
    groups = propose_groups(list(reversed(photos)))
    assert ids(groups) == [[1, 2, 3], [4], [5], [6]]
    first = groups[0]
    assert first.halte_id == 1
    assert (first.starts_at, first.ends_at) == (START, START + dt.timedelta(seconds=55))
    assert first.latitude == pytest.approx(50.36 + 8 / 3 * METRE)


def test_without_time_a_photo_stands_alone_and_without_position_time_decides() -> None:
    photos = [
        photo(1, 0, north_m=None),
        photo(2, 30, north_m=None),  # no GPS: time alone joins them
        photo(3, None, name="plan.png"),
        photo(4, None, name="capture.png"),
    ]
    assert ids(propose_groups(photos)) == [[1, 2], [4], [3]]  # untimed last, by name


def test_haltes_are_never_mixed_even_at_the_same_time() -> None:
    assert not belongs_with(photo(1, 0, halte=1), photo(2, 1, halte=2))
    assert not belongs_with(photo(1, 0, halte=None), photo(2, 1, halte=2))
    assert belongs_with(photo(1, 0, halte=None), photo(2, 1, halte=None))


def test_limits_are_inclusive() -> None:
    gap = int(MAX_GAP.total_seconds())
    assert belongs_with(photo(1, 0), photo(2, gap))
    assert not belongs_with(photo(1, 0), photo(2, gap + 1))
    assert belongs_with(photo(1, 0), photo(2, 1, north_m=MAX_DISTANCE_M - 0.5))
    assert not belongs_with(photo(1, 0), photo(2, 1, north_m=MAX_DISTANCE_M + 0.5))


def test_split_and_merge_give_back_the_groups() -> None:
    (group,) = propose_groups([photo(1, 0), photo(2, 10), photo(3, 20, halte=1)])
    left, right = split(group, 1)
    assert (left.photo_ids, right.photo_ids) == ((1,), (2, 3))
    assert merge(left, right) == group
    with pytest.raises(ValueError):
        split(group, 0)
    with pytest.raises(ValueError):
        split(group, 3)


def test_merging_two_haltes_keeps_the_most_photographed() -> None:
    one = propose_groups([photo(1, 0, halte=1)])[0]
    two = propose_groups([photo(2, 9, halte=2), photo(3, 19, halte=2)])[0]
    assert merge(one, two).halte_id == 2


def test_an_accepted_group_becomes_a_constat_at_its_halte_and_place() -> None:
    (group,) = propose_groups([photo(7, 0), photo(8, 5, north_m=10)])
    proposed = accepted(
        group, seance_id=9, quartier_id=3, description="Banc cassé.", theme=Theme.ESPACES_VERTS
    )
    assert proposed.photo_ids == (7, 8)
    draft = proposed.draft
    assert (draft.seance_id, draft.halte_id, draft.quartier_id) == (9, 1, 3)
    assert draft.latitude == pytest.approx(50.36 + 5 * METRE) and draft.longitude == 3.52


photos_strategy = st.lists(
    st.builds(
        photo,
        st.integers(0, 10_000),
        st.one_of(st.none(), st.integers(0, 3600)),
        st.sampled_from([None, 1, 2, 3]),
        st.one_of(st.none(), st.floats(0, 200)),
    ),
    max_size=40,
    unique_by=lambda p: p.id,
)


@given(photos_strategy)
def test_every_photo_is_in_exactly_one_group(photos: list[PhotoRow]) -> None:
    groups = propose_groups(photos)
    assert sorted(i for g in groups for i in g.photo_ids) == sorted(p.id for p in photos)
    assert all(g.photos for g in groups)


@given(photos_strategy)
def test_groups_are_chains_of_close_photos_of_one_halte(photos: list[PhotoRow]) -> None:
    for group in propose_groups(photos):
        assert len({p.halte_id for p in group.photos}) == 1
        for before, after in zip(group.photos, group.photos[1:], strict=False):
            assert before.taken_at is not None and after.taken_at is not None
            assert dt.timedelta(0) <= after.taken_at - before.taken_at <= MAX_GAP
            if before.latitude is not None and after.latitude is not None:
                assert before.longitude is not None and after.longitude is not None
                apart = distance_m(
                    before.latitude, before.longitude, after.latitude, after.longitude
                )
                assert apart <= MAX_DISTANCE_M


@given(photos_strategy)
def test_groups_are_as_large_as_the_rule_allows(photos: list[PhotoRow]) -> None:
    """Two consecutive groups of one halte could not have been one."""
    groups = propose_groups(photos)
    for halte in {p.halte_id for p in photos}:
        mine = [g for g in groups if g.halte_id == halte or g.photos[0].halte_id == halte]
        for before, after in zip(mine, mine[1:], strict=False):
            assert not belongs_with(before.photos[-1], after.photos[0])


@given(photos_strategy, st.data())
def test_splitting_then_merging_is_the_identity(
    photos: list[PhotoRow], data: st.DataObject
) -> None:
    for group in propose_groups(photos):
        if len(group.photos) > 1:
            at = data.draw(st.integers(1, len(group.photos) - 1))
            assert merge(*split(group, at)) == group


@given(photos_strategy)
def test_groups_follow_the_walk(photos: list[PhotoRow]) -> None:
    groups = propose_groups(photos)
    order = [p.id for p in in_walk_order(photos)]
    firsts = [order.index(g.photos[0].id) for g in groups]
    assert firsts == sorted(firsts)
