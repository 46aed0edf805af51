"""Vocabularies the database stores whose home modules are large: constats' status and
gravity (field work), how a relance left, what a retention rule does, a signalement's channel
and status.

They live here, beside nothing else, because the ORM model needs them to map its columns:
importing the field work, signalements, relances and retention modules (dozens of
dataclasses) for six enums was a share of every command's start. Each home module re-exports
its own, which is where the rest of the application imports them from.
"""

from __future__ import annotations

from enum import StrEnum

from gusp_desktop.domain.enums import LabelledEnum


class ConstatStatus(LabelledEnum):
    A_QUALIFIER = "a_qualifier"
    TRANSFORME = "transforme"
    TRAITE = "traite"
    SANS_SUITE = "sans_suite"

    @property
    def label(self) -> str:
        return _CONSTAT_STATUS_LABELS[self.value]


class Gravity(LabelledEnum):
    FAIBLE = "faible"
    MOYENNE = "moyenne"
    FORTE = "forte"

    @property
    def label(self) -> str:
        return _GRAVITY_LABELS[self.value]


_CONSTAT_STATUS_LABELS = {
    "a_qualifier": "À qualifier",
    "transforme": "Transformé en action",
    "traite": "Traité directement",
    "sans_suite": "Sans suite",
}
_GRAVITY_LABELS = {"faible": "Faible", "moyenne": "Moyenne", "forte": "Forte"}


class RelanceMode(StrEnum):
    """How a relance left: a draft written to a folder, or a message sent by SMTP."""

    BROUILLON = "brouillon"
    ENVOI = "envoi"

    @property
    def label(self) -> str:
        return "brouillon enregistré" if self is RelanceMode.BROUILLON else "envoyée"


class RetentionMethod(StrEnum):
    """What happens to notes past their retention period."""

    PURGE = "purge"
    ANONYMISE = "anonymise"
    KEEP = "keep"  # a rule saying nothing is removed (overrides a default rule)

    @property
    def label(self) -> str:
        """French label."""
        return {"purge": "suppression", "anonymise": "anonymisation", "keep": "conservation"}[
            self.value
        ]

    @classmethod
    def parse(cls, text: str) -> RetentionMethod:
        """A stored value or a French word (« supprimer », « anonymiser »…)."""
        wanted = text.strip().lower()
        for member in cls:
            if wanted in (member.value, member.label) or wanted.startswith(member.value[:5]):
                return member
        if wanted.startswith("suppr"):
            return cls.PURGE
        if wanted.startswith("conserv"):
            return cls.KEEP
        raise ValueError(
            f"Méthode inconnue « {text} » (« purge » pour supprimer, « anonymise » pour "
            "anonymiser, « keep » pour tout conserver)."
        )


class Channel(StrEnum):
    """How a signalement reached the coordinator."""

    TELEPHONE = "telephone"
    COURRIEL = "courriel"
    GARDIEN = "gardien"
    APPLICATION = "application"
    MAIN_COURANTE = "main_courante"
    REUNION = "reunion"

    @property
    def label(self) -> str:
        """French label shown to users."""
        return CHANNEL_LABELS[self.value]


CHANNEL_LABELS = {
    "telephone": "Téléphone",
    "courriel": "Courriel",
    "gardien": "Gardien",
    "application": "Application",
    "main_courante": "Main courante",
    "reunion": "Réunion",
}


class SignalementStatus(StrEnum):
    """Where a signalement stands; « traité » and « rejeté » close it."""

    RECU = "recu"
    TRANSMIS = "transmis"
    PRIS_EN_CHARGE = "pris_en_charge"
    TRAITE = "traite"
    REJETE = "rejete"

    @property
    def label(self) -> str:
        """French label shown to users."""
        return SIGNALEMENT_STATUS_LABELS[self.value]

    @property
    def closed(self) -> bool:
        """Treated or rejected: nothing more is expected from anyone."""
        return self in CLOSED_STATUSES


SIGNALEMENT_STATUS_LABELS = {
    "recu": "Reçu",
    "transmis": "Transmis",
    "pris_en_charge": "Pris en charge",
    "traite": "Traité",
    "rejete": "Rejeté",
}
CLOSED_STATUSES = frozenset({SignalementStatus.TRAITE, SignalementStatus.REJETE})
