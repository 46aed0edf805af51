"""The domain's refusals as lupdate must see them, so the English catalogue has them all.

The domain raises ``Message``s (dates, amounts, enumerations, relance templates) that the
services hand on to the window; ``ui.service_messages.service_text`` translates them at the
time they are shown, through the « ServiceErrors » context these entries fill. Nothing
imports these tuples.
"""

from __future__ import annotations

from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

DOMAIN_TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "Axe ATFPB inconnu « {text} » : de 1 à 8."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} « {text} » n'est pas un nombre."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} n'est pas un nombre."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} ne peut pas être négatif ({value} €)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} est trop élevé ({value} €)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} se donne au centime près ({value} €)."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "{label} « {text} » n'est pas une date valide (AAAA-MM-JJ attendu)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Valeur inconnue « {text} » (valeurs possibles : {choices})."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Durée de conservation invalide : {years} (1 à {max_years} ans)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "{what} inconnu « {text} » (valeurs possibles : {choices})."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le modèle {label} est vide."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le modèle {label} dépasse {limit} caractères."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Modèle {label} : {problem}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "la variable « ${name} » n'existe pas."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Port invalide : {port}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Adresse d'expéditeur invalide : « {sender} »."),
)

# The words these templates name, and the domain's messages without values.
DOMAIN_WORDS = (
    QT_TRANSLATE_NOOP("ServiceErrors", "Le montant"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le montant prévu"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le montant réalisé"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le montant de l'abattement"),
    QT_TRANSLATE_NOOP("ServiceErrors", "La date"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Canal"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Statut"),
    QT_TRANSLATE_NOOP("ServiceErrors", "de l'objet"),
    QT_TRANSLATE_NOOP("ServiceErrors", "du texte"),
    QT_TRANSLATE_NOOP("ServiceErrors", "un « $ » seul doit s'écrire « $$ »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "L'objet du message tient sur une seule ligne."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Nom de profil : lettres, chiffres, « . », « - » ou « _ » (40 au plus)."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Donnez le nom du serveur d'envoi (ex. smtp.agglo.fr)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Un certificat n'a de sens qu'avec SSL ou STARTTLS."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Les points de calage sont alignés sur le plan : choisissez-en un hors "
        "de la ligne des autres.",
    ),
)

# Refused status changes and bulk edits, whose parts are translated one by one.
STATUS_TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Une action « {current} » ne peut pas passer à « {target} » (possibles : {allowed}).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Une séance « {current} » ne peut pas passer à « {target} » (possibles : {allowed}).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "aucun"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{first} ; {rest}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{first} {rest}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{number} : {problem}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Point {number} : {problem}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Indiquez la latitude et la longitude ensemble."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Latitude hors limites ({latitude}) : entre -90 et 90 degrés."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Longitude hors limites ({longitude}) : entre -180 et 180 degrés."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Aucune action modifiée. {problems}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "pas d'échéance à décaler."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "l'échéance décalée ({moved}) précéderait la création de l'action ({created}).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Indiquez le résultat de l'action (ce qui a été fait, ou pourquoi elle est abandonnée) "
        "pour la clore.",
    ),
)
