"""Help for every option and argument of the command line, in one place.

The command modules declare their options where they use them; many of those options are the
same few things (a séance id, an output file, a format, a year), so their help is written once
here, by destination, and specific helps by command path. :func:`complete_help` fills what a
module left empty and spells the metavariables with their accents (``SÉANCE``, ``AUTORITÉ``), so
that ``--help`` never shows a bare option; a test walks the whole tree and fails on any left.
"""

from __future__ import annotations

import argparse
import importlib
import re

# « {statuses} » in a help: the values of that enum, read when the help is completed, so that
# building the parser for one command does not import the vocabularies of all the others.
_VALUES = {
    "statuses": ("gusp_desktop.domain.enums", "ActionStatus"),
    "themes": ("gusp_desktop.domain.enums", "Theme"),
    "constat_statuses": ("gusp_desktop.domain.field_work", "ConstatStatus"),
    "gravities": ("gusp_desktop.domain.field_work", "Gravity"),
    "signalement_statuses": ("gusp_desktop.domain.signalements", "SignalementStatus"),
}
_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def _values(match: re.Match[str]) -> str:
    module, name = _VALUES[match[1]]
    vocabulary = getattr(importlib.import_module(module), name)
    return ", ".join(member.value for member in vocabulary)


# (command path, destination) → help, for what only makes sense in one command.
SPECIFIC: dict[tuple[str, str], str] = {
    ("db copy", "source"): "base à copier : fichier SQLite ou URL PostgreSQL",
    ("db copy", "target"): "base de destination, vide : fichier SQLite ou URL PostgreSQL",
    ("db grant", "user"): "identifiant de connexion PostgreSQL de la personne",
    ("db revoke", "user"): "identifiant de connexion PostgreSQL de la personne",
    ("actions update", "status"): "nouvel état (valeurs : {statuses})",
    ("actions update", "comment"): "commentaire du point de suivi",
    ("actions create", "title"): "intitulé de l'action",
    ("actions edit", "title"): "nouvel intitulé de l'action",
    ("meetings create", "instance"): "code de l'instance (ex. COTECH-IQ)",
    ("meetings create", "date"): "date et heure de début, heure de Paris",
    ("meetings update", "date"): "nouvelle date et heure de début, heure de Paris",
    ("meetings cancel", "reason"): "motif de l'annulation, repris dans l'avis",
    ("minutes erratum", "reason"): "motif de l'erratum",
    ("minutes sign", "identity"): "nom de l'identité de signature (voir « identity list »)",
    ("minutes sign", "output"): "fichier PDF signé à écrire",
    ("search", "text"): "mots cherchés (le dernier peut être un début de mot)",
    ("identity create-ca", "name"): "nom de l'autorité de l'organisation (ex. « CAMA GUSP »)",
    ("identity create", "name"): "nom du signataire, tel qu'il figurera dans la signature",
    ("identity create", "ca_name"): "autorité qui délivre le certificat (voir « identity list »)",
    ("identity create", "email"): "adresse électronique inscrite dans le certificat",
    ("identity create", "role"): "qualité du signataire (président ou secrétaire)",
    ("identity create", "ca_passphrase_file"): "fichier contenant la phrase secrète de l'autorité",
    ("identity import", "file"): "fichier PKCS#12 (.p12) contenant la clé et le certificat",
    ("identity import", "name"): "nom sous lequel enregistrer l'identité",
    ("identity export-ca", "name"): "autorité dont exporter le certificat",
    ("identity export-ca", "output"): "fichier PEM à écrire, à remettre aux partenaires",
    ("verify", "file"): "PDF signé à vérifier",
    ("connect add", "name"): "nom du profil de connexion",
    ("connect add", "host"): "nom ou adresse du serveur PostgreSQL",
    ("connect add", "port"): "port du serveur (par défaut : 5432)",
    ("connect add", "database"): "nom de la base sur le serveur",
    ("connect add", "user"): "identifiant de connexion",
    ("contacts export", "output"): "fichier à écrire (.json ou .pdf)",
    ("retention set", "years"): "durée de conservation en années",
    ("atfpb line add", "title"): "intitulé de la ligne du programme",
    ("atfpb line realise", "id"): "identifiant de la ligne (voir « atfpb bilan --format json »)",
    ("atfpb line realise", "reason"): "motif d'une réalisation partielle ou non réalisée",
    ("atfpb line realise", "status"): "réalisation : realise, partiel ou non_realise",
    ("atfpb convention add", "start"): "première année de la convention",
    ("atfpb convention add", "end"): "dernière année de la convention",
    ("constats add", "gravity"): "gravité (valeurs : {gravities})",
    ("constats add", "preconisation"): "préconisation faite sur place",
    ("constats add", "photo"): "photo du constat (JPEG, PNG ou HEIC)",
    ("constats list", "status"): "état des constats montrés (valeurs : {constat_statuses})",
    ("constats status", "status"): "nouvel état (valeurs : {constat_statuses})",
    ("constats status", "id"): "identifiant du constat (voir « constats list »)",
    ("constats to-action", "ids"): "identifiants des constats qui fondent l'action",
    ("constats to-action", "title"): "intitulé de l'action créée",
    ("constats link", "id"): "identifiant du constat (voir « constats list »)",
    ("constats delete", "id"): "identifiant du constat à supprimer",
    ("constats photos import", "folder"): "dossier des photos prises sur le terrain",
    ("constats haltes add", "address"): "adresse de la halte",
    ("constats haltes objectives", "text"): "objectifs de la marche ou du diagnostic",
    ("signalements add", "address"): "adresse du dysfonctionnement",
    ("signalements add", "description"): "ce qui est signalé, tel que rapporté",
    ("signalements add", "reporter_phone"): "téléphone de la personne qui signale",
    ("signalements add", "reporter_email"): "courriel de la personne qui signale",
    ("signalements list", "status"): "statut (valeurs : {signalement_statuses})",
    ("signalements list", "organisation"): "code de l'organisation chargée du traitement",
    ("signalements show", "id"): "identifiant du signalement (voir « signalements list »)",
    ("signalements import", "file"): "fichier CSV ou GeoReport v2 (JSON) à importer",
    ("signalements status", "id"): "identifiant du signalement",
    ("signalements action", "id"): "identifiant du signalement",
    ("signalements delete", "id"): "identifiant du signalement à supprimer",
    ("signalements categories set", "code"): "code de la catégorie",
    ("signalements categories set", "label"): "libellé de la catégorie",
    ("signalements routes add", "category"): "code de la catégorie orientée",
    (
        "signalements routes remove",
        "id",
    ): "identifiant de la règle d'orientation",
    ("signalements mapping set", "service_code"): "code de service GeoReport v2 (Open311)",
    ("signalements mapping set", "category"): "catégorie de l'application qui lui correspond",
    ("relances template", "subject"): "objet du courriel de relance",
    ("smtp add", "host"): "serveur d'envoi SMTP",
    ("smtp add", "port"): "port du serveur SMTP",
    ("smtp add", "security"): "chiffrement de la connexion",
    ("smtp add", "user"): "identifiant de connexion au serveur SMTP",
    ("smtp add", "sender_name"): "nom de l'expéditeur affiché",
}

# Destination → help, for what means the same in every command.
COMMON: dict[str, str] = {
    "seance_id": "identifiant de la séance (colonne Id de « meetings list »)",
    "number": "numéro de l'action, par exemple HM-26-002 (voir « actions list »)",
    "output": "fichier à écrire",
    "format": "format de la sortie",
    "year": "année",
    "quartier": "code du quartier (ex. HM)",
    "site": "nom du site",
    "cost": "coût en euros",
    "description": "description de l'action",
    "place": "lieu de la séance",
    "limit": "nombre maximal de résultats",
    "logements": "nombre de logements concernés",
    "droit_commun": "droit commun de référence",
    "amount": "montant de l'abattement en euros",
    "planned": "montant prévu en euros",
    "action": "numéro de l'action du plan qui porte la ligne",
    "residences": "résidences concernées",
    "cofinancing": "cofinancements",
    "indicator": "indicateur suivi",
    "target": "valeur cible de l'indicateur",
    "realised": "montant valorisé en euros",
    "indicator_value": "valeur atteinte de l'indicateur",
    "role": "qualité du signataire (président ou secrétaire)",
    "name": "nom du profil de connexion",
    "reason": "motif",
    "theme": "thème (valeurs : {themes})",
    "lat": "latitude en degrés décimaux (WGS 84)",
    "lon": "longitude en degrés décimaux (WGS 84)",
    "seance": "identifiant de la séance (colonne Id de « meetings list »)",
    "deadline": "échéance (AAAA-MM-JJ)",
    "id": "identifiant",
}

# Metavariables as French spells them.
METAVARS = {"SEANCE_ID": "SÉANCE", "AUTORITE.pem": "AUTORITÉ.pem", "AUTORITE": "AUTORITÉ"}


def _help_for(path: str, action: argparse.Action) -> str:
    text = SPECIFIC.get((path, action.dest)) or COMMON.get(action.dest, "")
    if not text:
        return ""
    text = _PLACEHOLDER.sub(_values, text)
    if action.choices and "valeurs" not in text and not isinstance(action.choices, dict):
        text += f" (valeurs : {', '.join(str(c) for c in action.choices)})"
    return text


def _metavar(action: argparse.Action) -> None:
    if isinstance(action.metavar, str) and action.metavar in METAVARS:
        action.metavar = METAVARS[action.metavar]
    elif action.metavar is None and not action.option_strings and action.dest == "seance_id":
        action.metavar = "SÉANCE"


def complete_help(parser: argparse.ArgumentParser, path: str = "") -> None:
    """Fill every empty help of ``parser`` and its sub-commands, and fix metavariables."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                complete_help(sub, f"{path} {name}".strip())
            continue
        _metavar(action)
        if not action.help:
            action.help = _help_for(path, action) or None
