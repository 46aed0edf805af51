"""Conflict messages name the row as a user knows it, never by its table."""

from __future__ import annotations

from gusp_desktop.domain.errors import ROW_NOUNS, ConflictError, describe_row


def test_rows_are_named_by_what_users_see() -> None:
    assert describe_row("action", 7, {"number": "HM-25-002", "title": "Bornes"}) == (
        "l'action « HM-25-002 »"
    )
    assert describe_row("agenda_item", 22, {"title": "Questions diverses"}) == (
        "le point de l'ordre du jour « Questions diverses »"
    )
    assert describe_row("contact", 3, {"first_name": "Claire", "last_name": "Demarquette"}) == (
        "la fiche de Claire Demarquette"
    )
    assert describe_row("seance", 4, {}) == "la séance n° 4"
    assert describe_row("attendance", 9, {"status": "present"}) == "la ligne d'émargement n° 9"


def test_no_message_shows_a_table_name() -> None:
    for entity in ROW_NOUNS:
        error = ConflictError(entity, 22, {"title": "x"}, {"title": "y"})
        assert "_" not in str(error) and "« x »" in str(error)
        assert str(error).startswith("Conflit de modification : ")
