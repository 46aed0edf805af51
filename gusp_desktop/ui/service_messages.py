"""Service messages in the window's language.

Services write French; the ones whose text varies raise ``domain.errors.Message``s, which
keep their template and values. The window translates the template in the « ServiceErrors »
context and fills in the values, themselves translated when they are messages (a field's
label, what a deletion would orphan) and shown as typed otherwise (codes, numbers, names).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from gusp_desktop.domain.errors import Message
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP, current_locale


def _errors(text: str) -> str:
    return QCoreApplication.translate("ServiceErrors", text)


def service_text(text: str) -> str:
    """A service's message in the window's language: a ``Message`` through its template and
    values (see ``domain.errors.Message``), any other text word for word when the catalogue
    has it, else as the service wrote it."""
    if current_locale().language() == QLocale.Language.French:
        return text
    if not isinstance(text, Message):
        return _errors(text)
    values = {key: _value(value) for key, value in text.values.items()}
    try:
        return _errors(text.template).format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder
        return str(text)


def _value(value: object) -> object:
    if isinstance(value, Message):
        return service_text(value)
    if isinstance(value, tuple):
        return ", ".join(str(_value(v)) for v in value)
    if isinstance(value, str):  # a label of the domain (« président de séance »), else as typed
        return QCoreApplication.translate("Labels", value)
    return value


# Templates of the services' ``Message``s and the words they name (field labels, what a
# deletion would orphan), for lupdate: the window translates them when they are shown.
MESSAGE_TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} est obligatoire."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} : {length} caractères, {limit} au maximum."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Adresse électronique invalide : « {value} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{label} « {value} » invalide : lettres majuscules, chiffres, - ou _, "
        "16 caractères au plus.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Impossible de supprimer {what} : des éléments y font encore référence ({used}).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{count} {label}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le code d'instance « {code} » est déjà utilisé."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le code quartier « {code} » est déjà utilisé."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le code d'organisation « {code} » est déjà utilisé."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Civilité inconnue : « {value} » (madame, monsieur ou vide)."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "le quartier « {code} »"),
    QT_TRANSLATE_NOOP("ServiceErrors", "le site « {name} »"),
    QT_TRANSLATE_NOOP("ServiceErrors", "la séance n° {number}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "le partenaire « {code} »"),
    QT_TRANSLATE_NOOP("ServiceErrors", "le contact « {name} »"),
)


# Field labels and referring rows named inside the services' ``Message``s.
MESSAGE_WORDS = (
    QT_TRANSLATE_NOOP("ServiceErrors", "L'adresse"),
    QT_TRANSLATE_NOOP("ServiceErrors", "L'indicateur"),
    QT_TRANSLATE_NOOP("ServiceErrors", "L'intitulé de l'action"),
    QT_TRANSLATE_NOOP("ServiceErrors", "La description"),
    QT_TRANSLATE_NOOP("ServiceErrors", "La liste des communes"),
    QT_TRANSLATE_NOOP("ServiceErrors", "La note de diffusion"),
    QT_TRANSLATE_NOOP("ServiceErrors", "La parole des habitants"),
    QT_TRANSLATE_NOOP("ServiceErrors", "La prochaine réunion"),
    QT_TRANSLATE_NOOP("ServiceErrors", "La préconisation"),
    QT_TRANSLATE_NOOP("ServiceErrors", "La valeur de l'indicateur"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le champ « Adresse »"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le champ « Adresse électronique »"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le champ « Fonction »"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le champ « Périodicité »"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le code de catégorie"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le code de l'instance"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le code de l'organisation"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le code quartier"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le constat / l'origine"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le descriptif du point"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le libellé"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le lieu"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le lieu habituel"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le mot sur la prochaine réunion"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le motif"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le motif de l'annulation"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le motif de l'erratum"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nom"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nom de l'instance"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nom de l'organisation"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nom de la halte"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nom de la personne"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nom du quartier"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nom du site"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le numéro de téléphone"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le prénom"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le résumé"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le texte de la décision"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le texte des notes"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le texte du constat"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le titre du point"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le téléphone"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Les faits marquants"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Les notes"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Les objectifs"),
    QT_TRANSLATE_NOOP("ServiceErrors", "action(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "action(s) d'origine"),
    QT_TRANSLATE_NOOP("ServiceErrors", "action(s) en partenariat"),
    QT_TRANSLATE_NOOP("ServiceErrors", "action(s) issue(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "action(s) pilotée(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "action(s) qu'il pilote"),
    QT_TRANSLATE_NOOP("ServiceErrors", "compte(s) rendu(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "compte(s) utilisateur"),
    QT_TRANSLATE_NOOP("ServiceErrors", "constat(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "contact(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "instance(s) dont il est membre"),
    QT_TRANSLATE_NOOP("ServiceErrors", "ligne(s) d'émargement"),
    QT_TRANSLATE_NOOP("ServiceErrors", "point(s) d'ordre du jour"),
    QT_TRANSLATE_NOOP("ServiceErrors", "point(s) de suivi"),
    QT_TRANSLATE_NOOP("ServiceErrors", "site(s)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "site(s) en gestion"),
    QT_TRANSLATE_NOOP("ServiceErrors", "séance(s) dont il est secrétaire"),
    QT_TRANSLATE_NOOP("ServiceErrors", "séance(s) qu'il préside"),
)
