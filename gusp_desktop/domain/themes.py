"""The theme of an action guessed from its words, when whoever creates it does not say.

A coordinator typing ``actions create`` often knows the title and the pilot but not which of
the ten themes of the tableau de suivi it files under; the words of a GUSP action name it
nearly always (« lampadaire » is lighting, « encombrants » cleanliness). The guess is only a
default: the theme stays editable like every other field.
"""

from __future__ import annotations

import re

from gusp_desktop.domain.enums import AtfpbAxis, Theme
from gusp_desktop.domain.text import search_key

# Beginnings of folded words (no accents, lower case) that point to a theme.
KEYWORDS: dict[Theme, tuple[str, ...]] = {
    Theme.PROPRETE: (
        "propre", "dechet", "encombrant", "depot", "ordure", "nettoy", "tag", "graffiti",
        "poubelle", "conteneur", "collecte", "dejection", "salete", "apport",
    ),
    Theme.TRANQUILLITE: (
        "tranquillit", "securit", "incivilit", "rodeo", "squat", "trafic", "nuisance",
        "agression", "mediat", "videoprotection", "police", "menace",
    ),
    Theme.ECLAIRAGE: ("eclair", "lampadaire", "candelabre", "luminaire", "lumiere"),
    Theme.STATIONNEMENT: (
        "stationn", "parking", "epave", "voirie", "chaussee", "trottoir", "circulation",
        "vehicule", "fourriere",
    ),
    Theme.ESPACES_VERTS: (
        "jardin", "arbre", "pelouse", "square", "jeux", "plantation", "elagage", "tonte", "vert",
    ),
    Theme.BATI: (
        "hall", "ascenseur", "escalier", "cave", "porte", "interphone", "facade", "toiture",
        "fuite", "infiltration", "chauffage", "batiment", "logement",
    ),
    Theme.ACCESSIBILITE: ("accessib", "rampe", "pmr", "handicap", "cheminement"),
    Theme.EQUIPEMENTS: ("equipement", "ecole", "gymnase", "bibliotheque", "mairie"),
    Theme.NPNRU: ("npnru", "anru", "renouvellement", "demolition", "chantier", "relogement"),
    Theme.PARTICIPATION: (
        "particip", "concertation", "habitant", "citoyen", "fete", "animation", "atelier",
    ),
}  # fmt: skip

AXIS_THEMES: dict[AtfpbAxis, Theme] = {
    AtfpbAxis.PRESENCE: Theme.TRANQUILLITE,
    AtfpbAxis.SUR_ENTRETIEN: Theme.PROPRETE,
    AtfpbAxis.DECHETS: Theme.PROPRETE,
    AtfpbAxis.TRANQUILLITE: Theme.TRANQUILLITE,
    AtfpbAxis.CONCERTATION: Theme.PARTICIPATION,
    AtfpbAxis.ANIMATION: Theme.PARTICIPATION,
    AtfpbAxis.PETITS_TRAVAUX: Theme.BATI,
}
DEFAULT_THEME = Theme.PROPRETE  # the commonest theme of a GUSP plan d'actions
_WORD = re.compile(r"\w+")


def guess_theme(title: str, description: str = "", axis: AtfpbAxis | None = None) -> Theme:
    """The theme whose keywords the title (counted twice) and description use most.

    With no keyword, the ATFPB axis decides when it names one; otherwise
    :data:`DEFAULT_THEME`. Ties go to the theme listed first.
    """
    scores = dict.fromkeys(Theme, 0)
    for text, weight in ((title, 2), (description, 1)):
        for word in _WORD.findall(search_key(text)):
            for theme, starts in KEYWORDS.items():
                if word.startswith(starts):
                    scores[theme] += weight
    best = max(Theme, key=lambda theme: scores[theme])
    if scores[best]:
        return best
    return AXIS_THEMES.get(axis, DEFAULT_THEME) if axis else DEFAULT_THEME
