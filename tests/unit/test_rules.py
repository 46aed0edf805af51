"""Lifecycle rules of actions and séances."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gusp_desktop.domain import rules
from gusp_desktop.domain.enums import ActionStatus, AtfpbAxis, SeanceStatus, Theme
from gusp_desktop.domain.text import parse_iso_date, search_key

TODAY = dt.date(2025, 6, 15)


@pytest.mark.parametrize(
    ("status", "initial", "revised", "late"),
    [
        (ActionStatus.EN_COURS, dt.date(2025, 6, 14), None, True),
        (ActionStatus.EN_COURS, dt.date(2025, 6, 15), None, False),
        (ActionStatus.A_ENGAGER, dt.date(2025, 1, 1), dt.date(2025, 9, 30), False),
        (ActionStatus.REPORTEE, dt.date(2025, 1, 1), dt.date(2025, 6, 1), True),
        (ActionStatus.REALISEE, dt.date(2025, 1, 1), None, False),
        (ActionStatus.ABANDONNEE, dt.date(2025, 1, 1), None, False),
        (ActionStatus.EN_COURS, None, None, False),
    ],
)
def test_overdue(status: ActionStatus, initial: dt.date, revised: dt.date, late: bool) -> None:
    assert rules.is_overdue(status, initial, revised, TODAY) is late


@given(st.sampled_from(list(ActionStatus)), st.dates(), st.one_of(st.none(), st.dates()))
def test_closed_actions_are_never_late(
    status: ActionStatus, initial: dt.date, revised: dt.date | None
) -> None:
    if status in (ActionStatus.REALISEE, ActionStatus.ABANDONNEE):
        assert not rules.is_overdue(status, initial, revised, TODAY)


def test_action_transitions() -> None:
    assert rules.can_change_action_status(ActionStatus.A_ENGAGER, ActionStatus.EN_COURS)
    assert rules.can_change_action_status(ActionStatus.REALISEE, ActionStatus.EN_COURS)
    assert not rules.can_change_action_status(ActionStatus.REALISEE, ActionStatus.ABANDONNEE)
    assert not rules.can_change_action_status(ActionStatus.ABANDONNEE, ActionStatus.REALISEE)
    message = rules.action_status_error(ActionStatus.REALISEE, ActionStatus.ABANDONNEE)
    assert "« Réalisée »" in message and "« Abandonnée »" in message


def test_seance_lifecycle_moves_forward_only_through_minutes() -> None:
    path = [
        SeanceStatus.PLANIFIEE,
        SeanceStatus.CONVOQUEE,
        SeanceStatus.TENUE,
        SeanceStatus.CR_REDACTION,
        SeanceStatus.CR_VALIDE,
        SeanceStatus.CR_SIGNE,
    ]
    for current, target in zip(path, path[1:], strict=False):
        assert rules.can_change_seance_status(current, target)
    assert not rules.can_change_seance_status(SeanceStatus.CR_SIGNE, SeanceStatus.CR_REDACTION)
    assert not rules.can_change_seance_status(SeanceStatus.CR_VALIDE, SeanceStatus.CR_REDACTION)
    assert not rules.can_change_seance_status(SeanceStatus.TENUE, SeanceStatus.ANNULEE)


def test_action_number_format() -> None:
    assert rules.format_action_number("HM", 2025, 14) == "HM-25-014"
    assert rules.format_action_number("CO", 2031, 1234) == "CO-31-1234"


def test_search_key_folds_accents_case_and_ligatures() -> None:
    assert search_key("Cœur de Cité  ÉTIENNE") == "coeur de cite etienne"


def test_labels_and_parse() -> None:
    assert ActionStatus.A_ENGAGER.label == "À engager"
    assert ActionStatus.parse("réalisée") is ActionStatus.REALISEE
    assert AtfpbAxis.SUR_ENTRETIEN.label.startswith("3 – Sur-entretien")
    assert len(AtfpbAxis) == 8 and len(Theme) == 10
    with pytest.raises(ValueError, match="Valeur inconnue"):
        ActionStatus.parse("fini")


def test_parse_iso_date() -> None:
    assert parse_iso_date("2025-06-15") == TODAY
    assert parse_iso_date("15/06/2025") == TODAY
    with pytest.raises(ValueError, match="n'est pas une date valide"):
        parse_iso_date("2025-13-40")
