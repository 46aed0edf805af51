"""French grammar the documents and messages need: articles, plurals and gender.

« Séance n° 1 du Cellule de veille » or « 14 personne(s) invitée(s) » read like a form letter.
An instance type knows its gender, a count knows whether it is one or several, and a person's
civility, when the directory has it, says « Présidente » or « Président »; these helpers write
each form once so every document and message says it the same way.
"""

from __future__ import annotations

import unicodedata
from typing import Literal

from gusp_desktop.domain.enums import InstanceType

Preposition = Literal["", "de", "à"]

FEMININE_TYPES = frozenset({InstanceType.CELLULE_VEILLE, InstanceType.MARCHE_EXPLORATOIRE})
"""Instance types whose noun is feminine: « la cellule de veille », « la marche exploratoire »."""

_ARTICLES: dict[tuple[Preposition, bool], str] = {
    ("", False): "le ",
    ("", True): "la ",
    ("de", False): "du ",
    ("de", True): "de la ",
    ("à", False): "au ",
    ("à", True): "à la ",
}
_ELIDED: dict[Preposition, str] = {"": "l'", "de": "de l'", "à": "à l'"}
_VOWELS = frozenset("aeiouyh")


def _starts_with_vowel(text: str) -> bool:
    """Whether French elides the article before ``text`` (« l'atelier », « de l'instance »).

    An acronym spelled letter by letter (« ANRU ») is elided too, as it is read aloud; a mute
    and an aspirated h cannot be told apart without a dictionary, so h is treated as mute.
    """
    first = unicodedata.normalize("NFD", text[:1]).casefold()[:1]
    return bool(first) and first in _VOWELS


def instance_type_value(instance_type: InstanceType | str) -> InstanceType | None:
    """The enum member for a stored value or a member; None for anything unknown."""
    try:
        return InstanceType(instance_type)
    except ValueError:
        return None


def is_feminine(instance_type: InstanceType | str) -> bool:
    """The grammatical gender of the instance type's noun (masculine when unknown)."""
    return instance_type_value(instance_type) in FEMININE_TYPES


def instance_with_article(
    instance_type: InstanceType | str, name: str = "", preposition: Preposition = ""
) -> str:
    """The instance named with its article, contracted with ``preposition``.

    « du COTECH GUSP inter-quartiers », « de la cellule de veille Hauts-de-Marve », « à la marche
    exploratoire des Coteaux »; without a name, the type itself: « du comité technique ». A
    name that begins with the type's own label takes it in lower case, as in running text.
    """
    member = instance_type_value(instance_type)
    label = member.label if member is not None else ""
    text = name.strip() or label.lower()
    if label and text.casefold().startswith(label.casefold()):
        text = label.lower() + text[len(label) :]
    if _starts_with_vowel(text):
        return _ELIDED[preposition] + text
    return _ARTICLES[preposition, member in FEMININE_TYPES] + text


def counted(count: int, singular: str, plural: str | None = None) -> str:
    """« 1 action », « 2 signatures valides », « 0 action »: French takes the singular below 2.

    ``plural`` defaults to ``singular`` with an s on each word, which suits regular nouns and
    adjectives (« personne invitée » → « personnes invitées »); give it for the rest.
    """
    if abs(count) < 2:
        return f"{count} {singular}"
    words = plural if plural is not None else " ".join(w + "s" for w in singular.split(" "))
    return f"{count} {words}"


Civility = Literal["", "madame", "monsieur"]


def civility_value(text: str) -> Civility:
    """« Mme », « Madame », « M. », « Monsieur » as stored or typed; "" when unknown."""
    folded = text.strip().casefold().rstrip(".")
    if folded in ("mme", "madame"):
        return "madame"
    if folded in ("m", "monsieur", "mr"):
        return "monsieur"
    return ""


def gendered(civility: str, masculine: str, feminine: str, unknown: str) -> str:
    """The form that agrees with the person, or ``unknown`` (epicene) when it is not known."""
    value = civility_value(civility)
    if value == "madame":
        return feminine
    if value == "monsieur":
        return masculine
    return unknown


def president_title(civility: str) -> str:
    """« Présidente de séance », « Président de séance », or « Présidence de séance »."""
    return gendered(civility, "Président de séance", "Présidente de séance", "Présidence de séance")


def instance_title(instance_type: InstanceType | str, name: str) -> str:
    """« Cellule de veille Hauts-de-Marve » as is, « Comité technique – COTECH GUSP
    inter-quartiers » when the name does not already say the type: never the type twice."""
    member = instance_type_value(instance_type)
    if member is None or member.label.casefold() in name.casefold():
        return name
    return f"{member.label} – {name}" if name else member.label


def town_of(address: str) -> str:
    """The town of a postal address written « …, 59000 Marvelin » or « …, Marvelin »: its last
    part without the postcode; "" when the address says nothing."""
    last = address.rsplit(",", 1)[-1].strip()
    words = [w for w in last.split() if not (w.isdigit() and len(w) == 5)]
    return " ".join(words)
