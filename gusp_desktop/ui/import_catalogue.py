"""Why an imported file was refused, as lupdate must see it, so the English catalogue has it.

A photo or a list of reports read from disk is refused with a ``Message`` naming the
reason (too large, unreadable, an unknown category on line 12); ``ui.service_messages``
translates it in the « ServiceErrors » context these entries fill. Nothing imports them.
"""

from __future__ import annotations

from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

PHOTO_REFUSALS = (
    QT_TRANSLATE_NOOP("ServiceErrors", "image trop grande ({width} × {height} pixels)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "ce n'est pas une image JPEG, PNG ou HEIC lisible"),
    QT_TRANSLATE_NOOP("ServiceErrors", "image illisible ou tronquée ({detail})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "fichier trop lourd ({size} Mo, {limit} Mo au plus)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "fichier vide"),
    QT_TRANSLATE_NOOP("ServiceErrors", "fichier illisible ({detail})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "fichier introuvable"),
)


#: Why a line of an imported list of reports was refused, and how the refusals are joined.
REPORT_IMPORT_PROBLEMS = (
    QT_TRANSLATE_NOOP("ServiceErrors", "{problem}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Rien n'a été importé."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name}, ligne {line}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{where} : {message}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "… et {more} autre(s) erreur(s)."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "date « {text} » illisible (AAAA-MM-JJTHH:MM ou JJ/MM/AAAA HH:MM)"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} « {value} » n'est pas un nombre"),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} {value} hors limites (entre -{limit} et {limit})"),
    QT_TRANSLATE_NOOP("ServiceErrors", "latitude"),
    QT_TRANSLATE_NOOP("ServiceErrors", "longitude"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "une liste JSON de demandes Open311 est attendue (« [ … ] »)."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "virgule ou « ] » attendu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "fin de fichier avant la fin de la liste « ] »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "JSON invalide ({detail})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "chaque demande doit être un objet JSON"),
    QT_TRANSLATE_NOOP("ServiceErrors", "champ(s) Open311 manquant(s) : {fields}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "statut Open311 « {status} » inconnu (open ou closed)"),
    QT_TRANSLATE_NOOP("ServiceErrors", "colonne « date » manquante."),
    QT_TRANSLATE_NOOP("ServiceErrors", "colonne « categorie » manquante."),
    QT_TRANSLATE_NOOP("ServiceErrors", "colonne « description » ou « adresse » manquante."),
    QT_TRANSLATE_NOOP("ServiceErrors", "date de réception vide"),
    QT_TRANSLATE_NOOP("ServiceErrors", "catégorie vide"),
    QT_TRANSLATE_NOOP("ServiceErrors", "fichier vide."),
    QT_TRANSLATE_NOOP("ServiceErrors", "catégorie « {value} » inconnue"),
    QT_TRANSLATE_NOOP("ServiceErrors", "site « {value} » inconnu"),
    QT_TRANSLATE_NOOP("ServiceErrors", "quartier « {value} » inconnu"),
    QT_TRANSLATE_NOOP("ServiceErrors", "organisation « {value} » inconnue"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "code de service « {code} » ({name}) sans catégorie : associez-le avec "
        "« signalements mapping set CODE CATÉGORIE »",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "sans nom"),
)
