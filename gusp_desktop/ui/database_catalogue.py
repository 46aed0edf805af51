"""The database layer's messages as lupdate must see them, so the English catalogue has them.

Opening a database (at start-up or from the File menu) and writing to it can fail for
reasons the user can act on: a newer schema, a damaged or foreign file, a server that
refuses. The start-up dialog and ``ui.labels.error_message`` translate them through
``ui.service_messages.service_text`` in the « ServiceErrors » context. Nothing imports
these tuples.
"""

from __future__ import annotations

from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

DATABASE_TEMPLATES = (
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La base est occupée par un autre programme{place} ; réessayez dans un instant.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Modification concurrente sur le serveur{place} : rien n'a été enregistré ; réessayez.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Impossible d'ouvrir le fichier de base de données{place} : vérifiez qu'il existe et "
        "que son dossier est accessible.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Disque plein{place} : la modification n'a pas été enregistrée. Libérez de la place.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Erreur de lecture ou d'écriture du disque{place} : rien n'a été enregistré.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Authentification refusée par le serveur{place}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Cette base n'existe pas sur le serveur{place}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La base de données est endommagée{place} : rien n'a été écrit. {advice}",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Ce fichier n'est pas une base GUSP Desktop lisible{place} : il est endommagé ou "
        "appartient à un autre programme. Rien n'a été modifié. {advice}",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Serveur injoignable{place}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Serveur injoignable{place} : {detail}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Cette base a été mise à jour par une version plus récente de GUSP Desktop "
        "(révision {revision}). Installez la dernière version de "
        "l'application ; rien n'a été modifié.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le dossier « {folder} » n'existe pas : créez-le d'abord ou choisissez un autre "
        "fichier de base de données. Rien n'a été créé.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "« {path} » est un dossier, pas un fichier de base."),
    QT_TRANSLATE_NOOP("ServiceErrors", "« {path} » n'est pas un fichier ordinaire."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible de lire le fichier « {path} » ({reason})."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le fichier « {path} » n'est pas une base GUSP Desktop lisible : il est endommagé "
        "ou appartient à un autre programme. Rien n'a été modifié. {advice}",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible de lire la base « {path} » : {reason}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Adresse de base de données invalide : « {raw} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Erreur d'accès à la base ({where}) : {reason}"),
)

# The database layer's messages without values, translated word for word.
DATABASE_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Restaurez une sauvegarde automatique (« gusp-desktop db backups » puis "
        "« gusp-desktop db restore SAUVEGARDE », ou Fichier > Sauvegardes dans la fenêtre).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Cette valeur existe déjà (doublon refusé)."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Cet élément est encore référencé ailleurs : opération refusée pour ne rien perdre.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Une valeur obligatoire manque : rien n'a été enregistré."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Valeur refusée par une règle de la base : rien n'est enregistré."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Contrainte de la base non respectée : rien n'a été enregistré."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Cette base contient des tables qui ne viennent pas de GUSP Desktop ; "
        "choisissez une base vide ou une base GUSP Desktop.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Schéma plus récent que cette version de l'application : écriture refusée. "
        "Installez la dernière version de GUSP Desktop.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le schéma de cette base n'est pas à jour : lancez « gusp-desktop db upgrade ».",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Connexion annulée : aucun mot de passe saisi."),
)

# « Tester la connexion » to a server: why it failed, or what the schema needs.
CONNECTION_MESSAGES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "Le serveur {where} demande un mot de passe."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Mot de passe de {user} sur {host} ({reason})"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Authentification refusée par le serveur {where} : vérifiez l'utilisateur "
        "« {user} » et son mot de passe.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La base « {database} » n'existe pas sur le serveur {where}."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La connexion chiffrée avec {where} a échoué (certificat ou SSL) : {detail}",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Serveur injoignable ({where}) : vérifiez l'adresse, le port et le réseau.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Connexion réussie : la base est prête."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Connexion réussie, mais la base est vide : créez le schéma avec "
        "« gusp-desktop db upgrade ».",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Connexion réussie, mais le schéma est plus ancien que cette version : "
        "mettez-le à jour avec « gusp-desktop db upgrade ».",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Connexion réussie, mais le schéma est plus récent que cette version de l'application : "
        "installez la dernière version de GUSP Desktop (aucune écriture ne sera faite).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Connexion réussie, mais cette base contient des tables qui ne viennent pas de "
        "GUSP Desktop : choisissez une base vide ou une base GUSP Desktop.",
    ),
)

# Copying a database, managing logins and editing a connection profile.
ADMINISTRATION_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Copie refusée : la base cible n'est pas vide (autre schéma)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Copie refusée : seul le propriétaire de la base source en voit tout "
        "le contenu (les contenus restreints sont cachés aux autres comptes). "
        "Lancez la copie avec le compte propriétaire.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "La source et la cible sont la même base."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Copie impossible : {reason}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "la base source est vide"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "le schéma de la source est ancien : lancez d'abord "
        "« gusp-desktop --db SOURCE db upgrade »",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "la source vient d'une version plus récente de l'application"
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "la source n'est pas une base GUSP Desktop"),
    QT_TRANSLATE_NOOP("ServiceErrors", "« {login} » n'a aucun droit sur cette base."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Nom de connexion invalide : « {login} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Instance « {code} » introuvable (code attendu, ex. « CV-HM »)."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "« {login} » n'avait pas accès à l'instance « {code} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Ce nom est celui d'un rôle de groupe, pas d'une personne."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Les rôles de base de données n'existent que sur un serveur PostgreSQL partagé.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Indiquez l'utilisateur."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Fichier de certificat introuvable : {path}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Sauvegarde « {key} » introuvable : « gusp-desktop db backups » liste les sauvegardes "
        "par numéro.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Indiquez le nom de la base."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Indiquez le serveur (nom ou adresse)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le port doit être compris entre 1 et 65535."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Nom du profil : lettres, chiffres, « . », « - » ou « _ » (40 au plus).",
    ),
)
