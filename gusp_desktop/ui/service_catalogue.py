"""The services' messages as lupdate must see them, so the English catalogue has them all.

Nothing imports these tuples: ``ui.service_messages.service_text`` translates a message at the
time it is shown, through the « ServiceErrors » context these entries fill.
"""

from __future__ import annotations

from gusp_desktop.ui.i18n import QT_TRANSLATE_NOOP

# The other services' messages written as ``Message``s, for lupdate.
SERVICE_TEMPLATES = (
    QT_TRANSLATE_NOOP("ServiceErrors", "Organisation inconnue : « {value} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le dossier « {folder} » n'existe pas : créez-le d'abord. Rien n'a été écrit.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le serveur {where} refuse : {items}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Certificat d'autorité illisible : « {ca_file} » ({exc})."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le serveur d'envoi {where} refuse l'identifiant « {user} » ou le mot de "
        "passe. Vérifiez-les avec « smtp test ».",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le serveur d'envoi {where} a coupé la connexion pendant l'envoi."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le serveur {where} refuse le destinataire : {reply}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le serveur {where} refuse le message ({smtp_code} {text})."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Liaison perdue avec le serveur {where} ({exc})."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La séance n° {number} est annulée : envoyez plutôt l'avis d'annulation."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible d'écrire le fichier « {path} » : {reason}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le compte « {login} » n'a aucun droit sur cette base : demandez à un "
        "coordinateur de lancer « gusp-desktop db grant {login} lecteur ».",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La durée prévue doit être comprise entre 0 et {planned_max} minutes."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Nature de point inconnue : « {kind} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible d'écrire le fichier « {target} » : {value}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La durée habituelle doit être comprise entre 1 et {max_duration} minutes."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Quartier(s) inconnu(s) dans le périmètre : n° {numbers}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Type d'instance inconnu : « {type} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{full_name} est déjà membre de cette instance."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Cette instance a déjà un {value} titulaire ({name}) ; inscrivez ce contact "
        "comme suppléant ou changez d'abord le rôle du titulaire.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Quartier inconnu : « {quartier} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Organisation pilote inconnue : « {pilot} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Contact « {pilot_contact} » introuvable dans l'organisation pilote."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Site « {site} » introuvable dans ce quartier."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Organisation(s) partenaire(s) inconnue(s) : {items}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "L'échéance ({deadline}) ne peut pas précéder la date de création de "
        "l'action ({not_before}).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le texte est trop long (maximum {comment_max} caractères)."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{full_name} n'appartient pas à l'organisation pilote."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le site « {name} » n'est pas dans ce quartier."),
    QT_TRANSLATE_NOOP("ServiceErrors", "La séance n° {seance_id} n'a pas de halte « {name} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Ce parcours a déjà une halte « {name} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le constat n'est pas lié à l'action « {action_number} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "La halte « {name} » n'est pas sur ce parcours."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Recherche trop longue : {max_text} caractères au maximum."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nombre de résultats doit être entre 1 et {max_limit}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Quartier « {code} » inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Organisation « {code} » inconnue."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Aucune convention ATFPB pour {code} sur le quartier {code2}."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Axe ATFPB inconnu « {axis} » : de 1 à 8."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "L'année {year} est hors de la convention ({start_year}–{end_year})."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "L'action {number} n'est pas sur le quartier de la convention."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La période {start_year}–{end_year} doit être comprise dans le contrat de "
        "ville {first}–{last}, début avant fin.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La durée doit être comprise entre 1 et {duration_max} minutes."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Catégorie de signalement « {code} » inconnue."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Numéro « {number} » invalide : attendu {example} (code du quartier, année "
        "sur deux chiffres, rang).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le numéro « {number} » est déjà pris."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Latitude hors limites ({latitude}) : entre -90 et 90."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Longitude hors limites ({longitude}) : entre -180 et 180."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le délai doit être entre 0 et {max_delay_days} jours."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Une règle existe déjà pour ces critères (n° {id})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Quartier « {default_quartier} » inconnu."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Aucun contact ne s'appelle « {wanted} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible d'écrire le fichier « {path} » : {strerror}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Nombre d'événements demandé invalide (1 à {max_limit})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible de lire le fichier « {path} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le dossier « {parent} » n'existe pas."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "« {name} » est une autorité de certification : choisissez l'identité d'une "
        "personne pour signer.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La signature est enregistrée et conservée dans « {path} », mais le fichier "
        "« {output} » n'a pas pu être écrit ({strerror}).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La séance {label} n'a pas de {label2} enregistré : renseignez-le dans la "
        "séance avant de signer en cette qualité.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "« {signer_name} » ne peut pas signer comme {label} : le {label} de la "
        "séance {label2} est {name}.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La version {number} du compte rendu (erratum) n'est pas encore validée."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La version {number} du compte rendu a été altérée dans la base : son "
        "empreinte ne correspond plus.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le compte rendu de la séance {label} doit être validé avant d'être signé."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "L'erratum (version {number}) de la séance {label} est en cours de rédaction "
        ": validez-le avant de le signer.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La version {number} du compte rendu de la séance {label} porte déjà la "
        "signature du {label2}.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "« {signer_name} » a déjà signé ce compte rendu en une autre qualité : une "
        "personne ne signe qu'une fois.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le fichier « {name} » n'est pas la dernière révision signée de ce compte "
        "rendu ({signature_count} signature(s), dernière par {signer_name}).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le compte rendu ne peut pas être mis en page : {exc}"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible de lire le fichier « {source} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Ce compte rendu a été figé par une version plus récente de l'application "
        "(format {value}).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Type d'organisation inconnu : « {type} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le {day} est passé : une relance prépare une séance à venir."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Choisissez un profil d'envoi parmi : {names}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Fichier des relances illisible : {path} ({exc})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Échec avec le serveur d'envoi {where} ({exc})."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le serveur {where} ne propose pas STARTTLS ou l'authentification : "
        "choisissez la sécurité SSL ou vérifiez le port.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Liaison chiffrée impossible avec {where} : certificat refusé ({exc})."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Serveur d'envoi introuvable : « {host} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le serveur d'envoi {where} ne répond pas."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le serveur d'envoi {where} a fermé la connexion."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le serveur {where} répond {smtp_code} {text}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Connexion impossible au serveur d'envoi {where} ({strerror})."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le format « {fmt} » n'existe pas pour {value} (formats possibles : {items}).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Document inconnu « {kind} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La séance n° {number} commence le {start} à {start2} : elle ne peut pas "
        "être déclarée tenue avant son début.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Des notes ou des décisions sont déjà saisies pour la séance {seance_label} "
        ": elle ne peut plus être remise à venir.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} d'une séance annulée ne peut pas être modifié."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "{what} ne peut plus être modifié : le compte rendu de la séance est {state} "
        "(une correction passe par un erratum).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Format « {value} » non pris en charge pour « {name} » : .pdf, .docx ou .html.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Quartier « {code} » inconnu (quartiers : {value})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "La période est inversée : le {end} précède le {start}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Rôle ou qualité inconnu : « {role} », « {kind} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Impossible de supprimer l'instance « {code} » : {seances} séance(s) y sont rattachées.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{label} : identifiant invalide ({value})."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La séance n° {seance_id} ({code}) n'est ni un diagnostic en marchant ni une "
        "marche exploratoire : elle n'a pas de parcours.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Constat proposé n° {number} : {text}"),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Photo n° {value} proposée dans deux constats : choisissez-en un."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La photo « {filename} » est déjà dans le constat n° {constat_id}."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Ce constat a nourri l'action {items} : il reste « transformé en action »."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Impossible de supprimer ce constat : il a nourri l'action {items}."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le constat est déjà lié à l'action {number}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Photo « {path} » refusée : {why}. Aucune photo importée."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{len} fichiers : {max_files} au plus par import."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le dossier « {folder} » ne contient aucune photo (JPEG, PNG ou HEIC)."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "La photo « {filename} » vient d'une autre marche."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Site « {name} » {problem}{where}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La séance n° {seance_id} n'est ni un diagnostic en marchant ni une marche exploratoire.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Format « {value} » non pris en charge : .pdf ou .docx."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Impossible de supprimer {code} : {used_by_instances} instance(s) l'ont dans "
        "leur périmètre.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "L'année {year} est hors de la convention {code} – {code2} ({periods})."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "« {name} » n'est pas un bailleur social ({label}) : pas de convention ATFPB possible.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Format « {fmt} » impossible pour {what} : {items}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Des montants existent hors de la nouvelle période : {outside}."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Écoute des modifications du serveur interrompue ({detail})."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "{name} : format non reconnu (.csv ou .json Open311 attendu)."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name} : fichier trop gros ({value} Mo, 50 au plus)."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name}, ligne {line} : le fichier n'est pas en UTF-8."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} : lecture impossible ({strerror})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{name}, ligne {line_num} : CSV illisible ({exc})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{len} photos : {max_photos} au plus."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{max_photos} photos au plus par signalement."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Format « {fmt} » impossible pour ce bilan : {allowed}."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Plusieurs contacts répondent à « {wanted} » : {listed}. Désignez-en un par "
        "son numéro (#12).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{what} s'écrit en {items} : donnez un fichier {items2}."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le plan « {name} » doit être un PNG ou un JPEG."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le plan « {name} » est trop grand ({width} × {height}, {max_plan_side} "
        "pixels de côté au plus).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le plan « {name} » n'est pas une image lisible ({exc})."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{action_number} : {message} Rien n'a été enregistré."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{full_name} figure déjà sur la feuille d'émargement."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{full_name} est déjà invité(e) à cette séance."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le compte rendu de la séance {seance_label} n'est pas en rédaction (statut "
        "« {label} ») : il ne peut pas partir en relecture.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Relecteur inconnu (contact n° {contact_id})."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La séance ne peut plus être modifiée : « {label} » (une correction passe par un erratum).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "{full_name} est invité(e) : le compte rendu lui est déjà adressé."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "{full_name} figure déjà dans la liste de diffusion."),
    QT_TRANSLATE_NOOP("ServiceErrors", "La séance {seance_label} est déjà annulée."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Seule une séance planifiée ou annulée peut être supprimée (statut actuel : « {label} »).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le compte rendu de la séance {label} est déjà {state} (version {number}) : "
        "il ne peut plus être modifié ni revalidé. Une correction passe par un "
        "erratum.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le compte rendu de la séance {label} ne peut pas être validé : statut « "
        "{label2} » (il faut un compte rendu en rédaction ou en relecture).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le compte rendu de la séance {label} n'a pas encore été validé : il se "
        "corrige directement, sans erratum.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Un erratum (version {number}) est déjà en cours de rédaction pour la séance "
        "{label} : validez-le avant d'en ouvrir un autre.",
    ),
)

# Services' messages without values, translated word for word.
FIXED_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "L'ordre du jour a changé entre-temps (points ajoutés ou supprimés) : "
        "rechargez-le avant de le réordonner.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Indiquez la personne qui représente ce participant."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Une personne ne peut pas se représenter elle-même."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Ajoutez d'abord la personne, puis indiquez qui la représente."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Une personne invitée reste sur la feuille d'émargement : indiquez plutôt "
        "qu'elle est absente ou excusée.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La séance a eu lieu : la personne reste sur la feuille d'émargement "
        "(indiquez qu'elle est absente ou excusée).",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Date sans fuseau horaire refusée."),
    QT_TRANSLATE_NOOP("ServiceErrors", "enregistrement"),
    QT_TRANSLATE_NOOP("ServiceErrors", "Aucun constat à créer."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Ce constat n'a pas de gestionnaire : choisissez le pilote."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Une action concerne un seul quartier : les constats choisis n'y sont pas tous.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Un constat devient « transformé en action » en créant ou en choisissant "
        "l'action : utilisez « Transformer en action ».",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Indiquez pourquoi le constat est sans suite."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Précisez le quartier (--quartier) ou le site du constat."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Cette marche relève d'une instance à diffusion restreinte : pas de restitution publique.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La séance a eu lieu : sa date et son heure ne peuvent plus être modifiées.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Cette personne ne figure pas dans la liste de diffusion."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Choisissez au moins un relecteur du projet de compte rendu."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Cette séance est à diffusion restreinte : pas de relance aux pilotes."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Aucun profil d'envoi : ajoutez-en un (« smtp add » ou les préférences)."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Ce signalement est déjà rattaché à une action : détachez-le d'abord."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Référence externe : une par signalement reçu d'un autre outil."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Choisissez le pilote : aucune organisation n'est responsable."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Un des certificats d'autorité donnés n'est pas un certificat PEM ou DER lisible.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Aucun compte rendu signé pour cette séance ou cette version."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La signature n'a pas été ajoutée en révision incrémentale."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Une autre signature a été ajoutée à ce compte rendu pendant la vôtre : "
        "recommencez pour signer la dernière version.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "La version figée du compte rendu est illisible ou endommagée."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le dossier « {folder} » est introuvable."),
    QT_TRANSLATE_NOOP("ServiceErrors", "{path} : fichier introuvable."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le certificat d'autorité « {trust} » est introuvable."),
)

# The signing identities' and signatures' messages.
SIGNING_MESSAGES = (
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "La phrase secrète doit contenir au moins {min_passphrase_length} caractères.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le fichier de « {label} » n'est pas un fichier PKCS#12 valide."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le fichier de « {label} » ne contient pas de clé privée avec son certificat.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le type de clé de « {label} » n'est pas pris en charge pour signer."
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le nom « {cleaned} » ne doit pas contenir de séparateur de chemin (/, \\ ou :).",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le nom « {cleaned} » n'est pas autorisé : utilisez au plus 80 lettres, "
        "chiffres, espaces ou signes - _ . ' et commencez par une lettre ou un "
        "chiffre.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le nom « {cleaned} » est réservé par le système."),
    QT_TRANSLATE_NOOP("ServiceErrors", "L'adresse électronique « {value} » n'est pas valide."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Aucune identité nommée « {value} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le certificat de « {label} » ne permet pas de signer des documents."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "« {name} » n'est pas une autorité de certification."),
    QT_TRANSLATE_NOOP("ServiceErrors", "L'autorité « {name} » a expiré."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Une identité nommée « {cleaned} » existe déjà."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible de lire le fichier « {path} »."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "« {name} » est une autorité de certification : elle émet des certificats "
        "mais ne signe pas de documents.",
    ),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le certificat de « {name} » a expiré le {value} : demandez-en un nouveau."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le certificat de « {name} » n'est pas encore valable."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors",
        "Le document « {name} » est protégé par un mot de passe : il ne peut pas être signé.",
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le fichier de l'identité « {name} » est illisible."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Le fichier « {name} » n'est pas un PDF lisible."),
    QT_TRANSLATE_NOOP(
        "ServiceErrors", "Le service d'horodatage « {timestamp_url} » n'a pas répondu correctement."
    ),
    QT_TRANSLATE_NOOP("ServiceErrors", "Impossible de lire le document « {source} »."),
    QT_TRANSLATE_NOOP("ServiceErrors", "Phrase secrète incorrecte pour « {label} »."),
)
