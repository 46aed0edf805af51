"""Marked spans of personal data: what each kind of document shows."""

from __future__ import annotations

import pytest

from gusp_desktop.domain.redaction import (
    OCCULTED,
    SPAN_END,
    SPAN_START,
    emptied,
    has_marks,
    mark,
    redact,
    spans,
)

TEXT = f"Mme {SPAN_START}Jeanne Canari{SPAN_END}, {SPAN_START}3 rue des Forges{SPAN_END}, relogée."


def test_a_wider_audience_reads_occulted_spans() -> None:
    assert redact(TEXT, reveal=False) == f"Mme {OCCULTED}, {OCCULTED}, relogée."


def test_the_restricted_instance_reads_the_words_without_marks() -> None:
    assert redact(TEXT, reveal=True) == "Mme Jeanne Canari, 3 rue des Forges, relogée."


def test_text_without_marks_is_unchanged() -> None:
    assert redact("Aucune donnée nominative.", reveal=False) == "Aucune donnée nominative."
    assert not has_marks("Aucune donnée nominative.")


@pytest.mark.parametrize(
    "text",
    [
        f"Famille {SPAN_START}Durand, tour D",
        f"Famille {SPAN_START}Durand {SPAN_START}Martin{SPAN_END} tour D",
    ],
)
def test_an_unclosed_mark_hides_the_rest_of_the_text(text: str) -> None:
    shown = redact(text, reveal=False)
    assert shown == f"Famille {OCCULTED}"
    assert "Durand" not in shown and "Martin" not in shown
    assert spans(text) == [(len("Famille "), len(text))]


def test_a_stray_closing_mark_is_dropped() -> None:
    assert redact(f"tour D{SPAN_END} hall", reveal=False) == "tour D hall"


def test_spans_cover_the_marks_for_the_editor() -> None:
    found = spans(TEXT)
    assert [TEXT[a:b] for a, b in found] == [
        f"{SPAN_START}Jeanne Canari{SPAN_END}",
        f"{SPAN_START}3 rue des Forges{SPAN_END}",
    ]


def test_marking_a_selection_drops_marks_inside_it() -> None:
    assert mark(f"Jeanne {SPAN_START}Canari{SPAN_END}") == f"{SPAN_START}Jeanne Canari{SPAN_END}"
    assert mark("") == ""


@pytest.mark.parametrize(
    "text",
    [
        TEXT,
        f"Famille {SPAN_START}Durand, tour D",
        f"Famille {SPAN_START}Durand {SPAN_START}Martin{SPAN_END} tour D",
        f"tour D{SPAN_END} hall",
        "Aucune donnée nominative.",
    ],
)
def test_emptied_spans_keep_no_word_and_read_as_before(text: str) -> None:
    """What the search index stores: no marked word, the same « [occulté] » once redacted."""
    kept = emptied(text)
    for word in ("Jeanne", "Canari", "Forges", "Durand", "Martin"):
        assert word not in kept
    assert redact(kept, reveal=False) == redact(text, reveal=False)
    assert OCCULTED not in kept
