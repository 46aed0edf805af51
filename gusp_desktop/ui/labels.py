"""Labels of the domain's vocabularies (statuses, roles, themes…) in the window's language.

The domain and the services speak French: the command line and the documents print their
labels as they are. The window shows them through :func:`tr_label`, which looks the French
label up in the « Labels » context of the catalogue, so an English window reads « Completed »
where the domain says « Réalisée ». The table below lists every label for lupdate; a test
checks it still covers every vocabulary of the domain.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale

from gusp_desktop.domain.errors import ConflictError, GuspError, ValidationError
from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP, current_locale
from gusp_desktop.ui.service_messages import service_text

CONTEXT = "Labels"
ERRORS = "ServiceErrors"


def tr_label(value: object) -> str:
    """The label of an enum member (or a French label itself) in the window's language."""
    text = str(getattr(value, "label", value))
    return QCoreApplication.translate(CONTEXT, text)


#: Every French label of the domain, for lupdate (generated from the domain's vocabularies).
LABELS = (
    QT_TRANSLATE_NOOP("Labels", "Action"),
    QT_TRANSLATE_NOOP("Labels", "Point de l'ordre du jour"),
    QT_TRANSLATE_NOOP("Labels", "Utilisateur"),
    QT_TRANSLATE_NOOP("Labels", "Émargement"),
    QT_TRANSLATE_NOOP("Labels", "Constat"),
    QT_TRANSLATE_NOOP("Labels", "Contact"),
    QT_TRANSLATE_NOOP("Labels", "Décision"),
    QT_TRANSLATE_NOOP("Labels", "Instance"),
    QT_TRANSLATE_NOOP("Labels", "Durée de conservation"),
    QT_TRANSLATE_NOOP("Labels", "Membre d'instance"),
    QT_TRANSLATE_NOOP("Labels", "Relecteur du compte rendu"),
    QT_TRANSLATE_NOOP("Labels", "Compte rendu"),
    QT_TRANSLATE_NOOP("Labels", "Organisation"),
    QT_TRANSLATE_NOOP("Labels", "Quartier"),
    QT_TRANSLATE_NOOP("Labels", "Séance"),
    QT_TRANSLATE_NOOP("Labels", "Destinataire du compte rendu"),
    QT_TRANSLATE_NOOP("Labels", "Fichier signé"),
    QT_TRANSLATE_NOOP("Labels", "Site"),
    QT_TRANSLATE_NOOP("Labels", "création"),
    QT_TRANSLATE_NOOP("Labels", "modification"),
    QT_TRANSLATE_NOOP("Labels", "suppression"),
    QT_TRANSLATE_NOOP("Labels", "changement d'état"),
    QT_TRANSLATE_NOOP("Labels", "attribution de rôle"),
    QT_TRANSLATE_NOOP("Labels", "retrait des droits"),
    QT_TRANSLATE_NOOP("Labels", "accès aux contenus restreints accordé"),
    QT_TRANSLATE_NOOP("Labels", "accès aux contenus restreints retiré"),
    QT_TRANSLATE_NOOP("Labels", "anonymisation"),
    QT_TRANSLATE_NOOP("Labels", "durée de conservation appliquée"),
    QT_TRANSLATE_NOOP("Labels", "création directe (SQL)"),
    QT_TRANSLATE_NOOP("Labels", "modification directe (SQL)"),
    QT_TRANSLATE_NOOP("Labels", "suppression directe (SQL)"),
    QT_TRANSLATE_NOOP("Labels", "déplacement"),
    QT_TRANSLATE_NOOP("Labels", "nouvel ordre"),
    QT_TRANSLATE_NOOP("Labels", "validation"),
    QT_TRANSLATE_NOOP("Labels", "erratum"),
    QT_TRANSLATE_NOOP("Labels", "signature"),
    QT_TRANSLATE_NOOP("Labels", "convocation"),
    QT_TRANSLATE_NOOP("Labels", "nouveau numéro"),
    QT_TRANSLATE_NOOP("Labels", "mise à jour par le tableau de suivi renvoyé"),
    QT_TRANSLATE_NOOP("Labels", "EPCI"),
    QT_TRANSLATE_NOOP("Labels", "Commune"),
    QT_TRANSLATE_NOOP("Labels", "État"),
    QT_TRANSLATE_NOOP("Labels", "Bailleur social"),
    QT_TRANSLATE_NOOP("Labels", "Collecte et traitement des déchets"),
    QT_TRANSLATE_NOOP("Labels", "Police"),
    QT_TRANSLATE_NOOP("Labels", "Transport"),
    QT_TRANSLATE_NOOP("Labels", "Association"),
    QT_TRANSLATE_NOOP("Labels", "Médiation"),
    QT_TRANSLATE_NOOP("Labels", "Régie de quartier"),
    QT_TRANSLATE_NOOP("Labels", "Conseil citoyen"),
    QT_TRANSLATE_NOOP("Labels", "Autre"),
    QT_TRANSLATE_NOOP("Labels", "Comité technique"),
    QT_TRANSLATE_NOOP("Labels", "Comité de pilotage"),
    QT_TRANSLATE_NOOP("Labels", "Cellule de veille"),
    QT_TRANSLATE_NOOP("Labels", "Diagnostic en marchant"),
    QT_TRANSLATE_NOOP("Labels", "Marche exploratoire"),
    QT_TRANSLATE_NOOP("Labels", "Président"),
    QT_TRANSLATE_NOOP("Labels", "Secrétaire"),
    QT_TRANSLATE_NOOP("Labels", "Membre"),
    QT_TRANSLATE_NOOP("Labels", "Invité"),
    QT_TRANSLATE_NOOP("Labels", "Titulaire"),
    QT_TRANSLATE_NOOP("Labels", "Suppléant"),
    QT_TRANSLATE_NOOP("Labels", "Planifiée"),
    QT_TRANSLATE_NOOP("Labels", "Convoquée"),
    QT_TRANSLATE_NOOP("Labels", "Tenue"),
    QT_TRANSLATE_NOOP("Labels", "Compte rendu en rédaction"),
    QT_TRANSLATE_NOOP("Labels", "Compte rendu en relecture"),
    QT_TRANSLATE_NOOP("Labels", "Compte rendu validé"),
    QT_TRANSLATE_NOOP("Labels", "Compte rendu signé"),
    QT_TRANSLATE_NOOP("Labels", "Annulée"),
    QT_TRANSLATE_NOOP("Labels", "Information"),
    QT_TRANSLATE_NOOP("Labels", "Suivi"),
    QT_TRANSLATE_NOOP("Labels", "Présent"),
    QT_TRANSLATE_NOOP("Labels", "Excusé"),
    QT_TRANSLATE_NOOP("Labels", "Absent"),
    QT_TRANSLATE_NOOP("Labels", "Représenté"),
    QT_TRANSLATE_NOOP("Labels", "À engager"),
    QT_TRANSLATE_NOOP("Labels", "En cours"),
    QT_TRANSLATE_NOOP("Labels", "Réalisée"),
    QT_TRANSLATE_NOOP("Labels", "Reportée"),
    QT_TRANSLATE_NOOP("Labels", "Abandonnée"),
    QT_TRANSLATE_NOOP("Labels", "Basse"),
    QT_TRANSLATE_NOOP("Labels", "Normale"),
    QT_TRANSLATE_NOOP("Labels", "Haute"),
    QT_TRANSLATE_NOOP("Labels", "Propreté, déchets, encombrants"),
    QT_TRANSLATE_NOOP("Labels", "Tranquillité, sécurité"),
    QT_TRANSLATE_NOOP("Labels", "Éclairage"),
    QT_TRANSLATE_NOOP("Labels", "Stationnement, épaves, voirie"),
    QT_TRANSLATE_NOOP("Labels", "Espaces verts, aires de jeux"),
    QT_TRANSLATE_NOOP("Labels", "Parties communes, ascenseurs, bâti"),
    QT_TRANSLATE_NOOP("Labels", "Accessibilité"),
    QT_TRANSLATE_NOOP("Labels", "Équipements, services"),
    QT_TRANSLATE_NOOP("Labels", "Chantiers NPNRU, gestion transitoire"),
    QT_TRANSLATE_NOOP("Labels", "Participation, lien social"),
    QT_TRANSLATE_NOOP("Labels", "1 – Renforcement de la présence du personnel de proximité"),
    QT_TRANSLATE_NOOP("Labels", "2 – Formation et soutien des personnels de proximité"),
    QT_TRANSLATE_NOOP("Labels", "3 – Sur-entretien"),
    QT_TRANSLATE_NOOP("Labels", "4 – Gestion des déchets et encombrants / épaves"),
    QT_TRANSLATE_NOOP("Labels", "5 – Tranquillité résidentielle"),
    QT_TRANSLATE_NOOP("Labels", "6 – Concertation / sensibilisation des locataires"),
    QT_TRANSLATE_NOOP("Labels", "7 – Animation, lien social, vivre ensemble"),
    QT_TRANSLATE_NOOP("Labels", "8 – Petits travaux d'amélioration de la qualité de service"),
    QT_TRANSLATE_NOOP("Labels", "Réalisé"),
    QT_TRANSLATE_NOOP("Labels", "Partiellement réalisé"),
    QT_TRANSLATE_NOOP("Labels", "Non réalisé"),
    QT_TRANSLATE_NOOP("Labels", "Signalement"),
    QT_TRANSLATE_NOOP("Labels", "Coordinateur"),
    QT_TRANSLATE_NOOP("Labels", "Lecteur"),
    QT_TRANSLATE_NOOP("Labels", "À qualifier"),
    QT_TRANSLATE_NOOP("Labels", "Transformé en action"),
    QT_TRANSLATE_NOOP("Labels", "Traité directement"),
    QT_TRANSLATE_NOOP("Labels", "Sans suite"),
    QT_TRANSLATE_NOOP("Labels", "Faible"),
    QT_TRANSLATE_NOOP("Labels", "Moyenne"),
    QT_TRANSLATE_NOOP("Labels", "Forte"),
    QT_TRANSLATE_NOOP("Labels", "Similitude"),
    QT_TRANSLATE_NOOP("Labels", "Affine"),
    QT_TRANSLATE_NOOP("Labels", "brouillon enregistré"),
    QT_TRANSLATE_NOOP("Labels", "envoyée"),
    QT_TRANSLATE_NOOP("Labels", "déjà envoyée (ignorée)"),
    QT_TRANSLATE_NOOP("Labels", "échec"),
    QT_TRANSLATE_NOOP("Labels", "pas d'adresse électronique"),
    QT_TRANSLATE_NOOP("Labels", "conservation"),
    QT_TRANSLATE_NOOP("Labels", "Correct"),
    QT_TRANSLATE_NOOP("Labels", "Conflit"),
    QT_TRANSLATE_NOOP("Labels", "Cellule verrouillée modifiée"),
    QT_TRANSLATE_NOOP("Labels", "Ligne inconnue"),
    QT_TRANSLATE_NOOP("Labels", "Valeur invalide"),
    QT_TRANSLATE_NOOP("Labels", "Avancement (%)"),
    QT_TRANSLATE_NOOP("Labels", "Commentaire"),
    QT_TRANSLATE_NOOP("Labels", "Nouvelle échéance proposée"),
    QT_TRANSLATE_NOOP("Labels", "Commentaire de suivi"),
    QT_TRANSLATE_NOOP("Labels", "Notes du compte rendu"),
    QT_TRANSLATE_NOOP("Labels", "Téléphone"),
    QT_TRANSLATE_NOOP("Labels", "Courriel"),
    QT_TRANSLATE_NOOP("Labels", "Gardien"),
    QT_TRANSLATE_NOOP("Labels", "Application"),
    QT_TRANSLATE_NOOP("Labels", "Main courante"),
    QT_TRANSLATE_NOOP("Labels", "Réunion"),
    QT_TRANSLATE_NOOP("Labels", "Reçu"),
    QT_TRANSLATE_NOOP("Labels", "Transmis"),
    QT_TRANSLATE_NOOP("Labels", "Pris en charge"),
    QT_TRANSLATE_NOOP("Labels", "Traité"),
    QT_TRANSLATE_NOOP("Labels", "Rejeté"),
    QT_TRANSLATE_NOOP("Labels", "Erratum en rédaction"),
    QT_TRANSLATE_NOOP("Labels", "Validé"),
    QT_TRANSLATE_NOOP("Labels", "Signé"),
    QT_TRANSLATE_NOOP("Labels", "président de séance"),
    QT_TRANSLATE_NOOP("Labels", "secrétaire de séance"),
    # Nouns of the « … n° 12 introuvable » messages that are no vocabulary of their own.
    QT_TRANSLATE_NOOP("Labels", "Photo"),
    QT_TRANSLATE_NOOP("Labels", "Plan"),
    QT_TRANSLATE_NOOP("Labels", "Profil de connexion"),
    QT_TRANSLATE_NOOP("Labels", "Profil d'envoi"),
    QT_TRANSLATE_NOOP("Labels", "Convention"),
    QT_TRANSLATE_NOOP("Labels", "Convention ATFPB"),
    QT_TRANSLATE_NOOP("Labels", "Halte"),
    QT_TRANSLATE_NOOP("Labels", "Ligne d'émargement"),
    QT_TRANSLATE_NOOP("Labels", "Ligne de programme ATFPB"),
    QT_TRANSLATE_NOOP("Labels", "Règle d'orientation"),
    QT_TRANSLATE_NOOP("Labels", "Version"),
    QT_TRANSLATE_NOOP("Labels", "Version de compte rendu"),
    # Events of a séance's history that carry no number or name.
    QT_TRANSLATE_NOOP("Labels", "Séance planifiée"),
    QT_TRANSLATE_NOOP("Labels", "Convocation renvoyée"),
)

#: What rows are called in conflict messages (see ``domain.errors.ROW_NOUNS``).
ROW_NOUNS = {
    "action": QT_TRANSLATE_NOOP("ServiceErrors", "l'action"),
    "agenda_item": QT_TRANSLATE_NOOP("ServiceErrors", "le point de l'ordre du jour"),
    "attendance": QT_TRANSLATE_NOOP("ServiceErrors", "la ligne d'émargement"),
    "contact": QT_TRANSLATE_NOOP("ServiceErrors", "la fiche"),
    "decision": QT_TRANSLATE_NOOP("ServiceErrors", "la décision"),
    "instance": QT_TRANSLATE_NOOP("ServiceErrors", "l'instance"),
    "membership": QT_TRANSLATE_NOOP("ServiceErrors", "la place de membre"),
    "organisation": QT_TRANSLATE_NOOP("ServiceErrors", "l'organisation"),
    "quartier": QT_TRANSLATE_NOOP("ServiceErrors", "le quartier"),
    "seance": QT_TRANSLATE_NOOP("ServiceErrors", "la séance"),
    "site": QT_TRANSLATE_NOOP("ServiceErrors", "le site"),
}
_NAMING_KEYS = ("number", "code", "title", "name", "last_name")

#: The most frequent service messages, as patterns: each named group is kept as typed
#: (a number, a code) or, for ``what``, read as a label. Anything else stays French.
ERROR_PATTERNS = (
    (
        r"(?P<what>.+) n° (?P<id>\d+) introuvable\.",
        QT_TRANSLATE_NOOP("ServiceErrors", "{what} n° {id} introuvable."),
    ),
    (
        r"(?P<what>Action|Instance|Quartier|Organisation|Profil de connexion|Profil d'envoi) "
        r"« (?P<code>[^»]+) » (?:introuvable|inconnue?)\.",
        QT_TRANSLATE_NOOP("ServiceErrors", "{what} « {code} » introuvable."),
    ),
    (
        r"Votre rôle \(« (?P<role>[^»]+) »\) ne permet pas cette modification\.",
        QT_TRANSLATE_NOOP(
            "ServiceErrors", "Votre rôle (« {role} ») ne permet pas cette modification."
        ),
    ),
    (
        r"Le serveur refuse cette opération(?P<place>.*?) : votre compte est en lecture seule ou "
        r"n'a pas le privilège nécessaire\. Demandez-le au propriétaire de la base\.",
        QT_TRANSLATE_NOOP(
            "ServiceErrors",
            "Le serveur refuse cette opération{place} : votre compte est en lecture seule ou "
            "n'a pas le privilège nécessaire. Demandez-le au propriétaire de la base.",
        ),
    ),
    (
        r"La base est en lecture seule(?P<place>.*?) : la modification n'a pas été enregistrée\. "
        r"Vérifiez les droits du fichier et de son dossier\.",
        QT_TRANSLATE_NOOP(
            "ServiceErrors",
            "La base est en lecture seule{place} : la modification n'a pas été enregistrée. "
            "Vérifiez les droits du fichier et de son dossier.",
        ),
    ),
    (
        r"Vous n'êtes membre d'aucune instance restreinte : .*",
        QT_TRANSLATE_NOOP(
            "ServiceErrors",
            "Vous n'êtes membre d'aucune instance restreinte : « --include-restricted » est "
            "réservé aux membres (et aux coordinateurs qui les administrent). Le document est "
            "produit sans contenu restreint si vous retirez cette option.",
        ),
    ),
)


def _errors(text: str) -> str:
    return QCoreApplication.translate(ERRORS, text)


def conflict_message(error: ConflictError) -> str:
    """The conflict message, with the row named in the window's language."""
    noun = _errors(ROW_NOUNS.get(error.entity, QT_TRANSLATE_NOOP("ServiceErrors", "la ligne")))
    what = noun
    for key in _NAMING_KEYS:
        value = error.stored.get(key)
        if isinstance(value, str) and value.strip():
            what = _errors("{noun} « {name} »").format(noun=noun, name=value.strip())
            break
    return _errors(
        "Conflit de modification : {what} a été modifié par quelqu'un d'autre depuis sa "
        "lecture. Rien n'a été écrasé ; relisez la version enregistrée avant de recommencer."
    ).format(what=what)


def error_message(error: GuspError) -> str:
    """The message of a service error in the window's language, as far as it is known.

    Conflicts, the common « not found » and permission messages and the fixed validation
    messages are translated; other messages are shown as the service wrote them (French).
    """
    if isinstance(error, ValidationError):
        return "\n".join(service_text(message) for message in error.errors.values())
    if current_locale().language() == QLocale.Language.French:
        return error.message  # the service's own words
    if isinstance(error, ConflictError):
        return conflict_message(error)
    for pattern, template in ERROR_PATTERNS:
        found = re.fullmatch(pattern, error.message, flags=re.DOTALL)
        if found is None:
            continue
        values = found.groupdict()
        if "what" in values:
            values["what"] = tr_label(values["what"])
        if values.get("role"):
            values["role"] = tr_label(values["role"])
        return _errors(template).format(**values)
    return service_text(error.message)


_NOOP = (
    QT_TRANSLATE_NOOP("ServiceErrors", "{noun} « {name} »"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Conflit de modification : {what} a été modifié par quelqu'un d'autre depuis sa "
        "lecture. Rien n'a été écrasé ; relisez la version enregistrée avant de recommencer.",
    ),
)


#: The two kinds of database the status bar names (``db.engine.describe`` writes French).
LOCATION_KINDS = (
    QT_TRANSLATE_NOOP("Labels", "Fichier local"),
    QT_TRANSLATE_NOOP("Labels", "Serveur partagé"),
)


def location_text(description: str) -> str:
    """« Fichier local : /chemin » as « Local file: /chemin » in an English window."""
    kind, separator, where = description.partition(" : ")
    if not separator or kind not in LOCATION_KINDS:
        return description
    return QCoreApplication.translate("Labels", "{kind} : {where}").format(
        kind=tr_label(kind), where=where
    )


#: Service messages without variable parts, translated word for word when they are shown.
VALIDATION_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "Aucun constat choisi."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Aucune action sélectionnée."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Aucune photo choisie."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Aucune photo à importer."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Catégorie inconnue."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Ce constat n'a pas été fait pendant cette séance."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Cette personne n'est pas invitée à la séance."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Cette séance est annulée."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Choisissez l'organisation pilote avec son contact."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Choisissez une séance ou une date."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Code de service vide ou trop long (64 au plus)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Constat d'origine inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Contact inconnu : choisissez-le dans l'annuaire."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Contact inconnu dans l'annuaire."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Contact inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Contact pilote inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Date de réception sans fuseau horaire."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Donnez la latitude et la longitude, ou aucune des deux."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Donnez le nom du contact (prénom et nom)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Donnez le nom du serveur d'envoi (ex. smtp.agglo.fr)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Décalage négatif refusé."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Décrivez le signalement (ou donnez au moins son adresse)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Gestionnaire inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Halte inconnue."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Indiquez la séance ou le constat des photos."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Intervenant inconnu dans l'annuaire."),
    QT_TRANSLATE_NOOP("ServiceErrors", "L'avancement est un pourcentage entre 0 et 100."),
    QT_TRANSLATE_NOOP("ServiceErrors", "L'objet du message tient sur une seule ligne."),
    QT_TRANSLATE_NOOP("ServiceErrors", "La date de fin précède la date de début."),
    QT_TRANSLATE_NOOP("ServiceErrors", "La date de réception est dans le futur."),
    QT_TRANSLATE_NOOP("ServiceErrors", "La population ne peut pas être négative."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La séance est annulée : rétablissez-la avant de la modifier.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le coût ne peut pas être négatif."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le délai de réponse va de 0 à 60 jours avant la séance."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le libellé de la catégorie est obligatoire."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le montant prévu n'est pas un nombre."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le montant réalisé n'est pas un nombre."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nombre de logements doit être positif."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nombre de logements ne peut pas être négatif."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Les points de calage sont alignés sur le terrain."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Les points de calage sont au même endroit du terrain."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Les points de calage sont au même pixel du plan."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Organisation gestionnaire inconnue."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Organisation inconnue : choisissez-en une dans l'annuaire.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Organisation inconnue."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Organisation pilote inconnue."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Organisation responsable inconnue."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Quartier inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Représentant inconnu dans l'annuaire."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Rien à modifier : choisissez un état, un pilote, un décalage ou un thème.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Réalisation inconnue : realise, partiel ou non_realise."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Signataire inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Site inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Séance d'origine inconnue."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Séance inconnue."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Un certificat n'a de sens qu'avec SSL ou STARTTLS."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Une convention de ce bailleur couvre déjà ces années sur ce quartier.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Une halte se choisit sur le parcours d'une séance."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Une ligne non réalisée ne peut pas avoir de montant réalisé.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Une règle doit viser une catégorie, un thème ou un gestionnaire.",
    ),
)
