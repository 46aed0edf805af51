"""Demo partners: the 14 organisations, their 15 contacts and the application users.

All names, addresses, e-mail domains and phone numbers are fictional.
"""

from __future__ import annotations

from dataclasses import dataclass

from gusp_desktop.domain.enums import OrganisationType, UserRole


@dataclass(frozen=True)
class OrganisationSeed:
    """A partner organisation, referred to by its code."""

    code: str
    name: str
    type: OrganisationType
    address: str


@dataclass(frozen=True)
class ContactSeed:
    """A person; ``key`` is how the other demo modules refer to them."""

    key: str
    organisation: str
    first_name: str
    last_name: str
    function: str
    email: str
    phone: str
    civility: str = ""  # « madame » or « monsieur »: the documents' « Présidente de séance »


@dataclass(frozen=True)
class UserSeed:
    """An application account, linked to a contact."""

    username: str
    display_name: str
    role: UserRole
    contact: str


_O = OrganisationType

ORGANISATIONS: tuple[OrganisationSeed, ...] = (
    OrganisationSeed(
        "CAMA",
        "Marvelin Agglomération (communauté d'agglomération)",
        _O.EPCI,
        "Hôtel d'agglomération, 1 place du Beffroi, Marvelin",
    ),
    OrganisationSeed(
        "VM", "Ville de Marvelin", _O.COMMUNE, "Hôtel de ville, place de l'Hôtel-de-Ville, Marvelin"
    ),
    OrganisationSeed(
        "VH",
        "Ville de Hautcourt-les-Forges",
        _O.COMMUNE,
        "Mairie, 2 place Jean-Jaurès, Hautcourt-les-Forges",
    ),
    OrganisationSeed(
        "VSA", "Ville de Saint-Aubrin", _O.COMMUNE, "Mairie, 5 rue de l'Église, Saint-Aubrin"
    ),
    OrganisationSeed(
        "DP",
        "Préfecture – délégation du préfet à la politique de la ville",
        _O.ETAT,
        "Sous-préfecture, 12 boulevard Carnot, Marvelin",
    ),
    OrganisationSeed(
        "MH",
        "Marve Habitat (OPH)",
        _O.BAILLEUR,
        "Agence des Hauts-de-Marve, 1 allée des Aubépines, Marvelin",
    ),
    OrganisationSeed(
        "LA", "Logis de l'Aubrin (ESH)", _O.BAILLEUR, "8 rue de l'Aubrin, Saint-Aubrin"
    ),
    OrganisationSeed(
        "SD",
        "SYMEVAL (syndicat de collecte et de valorisation des déchets)",
        _O.DECHETS,
        "Zone d'activités des Écluses, Marvelin",
    ),
    OrganisationSeed(
        "PM", "Police municipale de Marvelin", _O.POLICE, "3 rue du Tissage, Marvelin"
    ),
    OrganisationSeed(
        "TUM", "Trait d'Union Médiation", _O.MEDIATION, "10 square des Tisserands, Marvelin"
    ),
    OrganisationSeed(
        "RQ", "Régie des Hauts (régie de quartier)", _O.REGIE, "17 rue des Filatures, Marvelin"
    ),
    OrganisationSeed(
        "CC",
        "Conseil citoyen des Hauts-de-Marve",
        _O.CONSEIL_CITOYEN,
        "Maison de quartier, 10 square des Tisserands, Marvelin",
    ),
    OrganisationSeed(
        "MB",
        "Marvebus (réseau de transport urbain)",
        _O.TRANSPORT,
        "Dépôt, avenue de la Gare, Marvelin",
    ),
    OrganisationSeed(
        "PN",
        "Commissariat de police nationale de Marvelin",
        _O.POLICE,
        "Boulevard de la Liberté, Marvelin",
    ),
)

CONTACTS: tuple[ContactSeed, ...] = (
    ContactSeed(
        "demarquette",
        "CAMA",
        "Claire",
        "Demarquette",
        "Coordonnatrice GUSP",
        "claire.demarquette@marvelin-agglo.fr",
        "03 21 45 60 12",
        "madame",
    ),
    ContactSeed(
        "forestier",
        "CAMA",
        "Yannick",
        "Forestier",
        "Chef de projet politique de la ville",
        "yannick.forestier@marvelin-agglo.fr",
        "03 21 45 60 14",
        "monsieur",
    ),
    ContactSeed(
        "belkacem",
        "DP",
        "Nadia",
        "Belkacem-Roussel",
        "Déléguée du préfet",
        "nadia.belkacem-roussel@pref-marvelin.fr",
        "03 21 27 40 55",
        "madame",
    ),
    ContactSeed(
        "vasseur",
        "VM",
        "Étienne",
        "Vasseur",
        "Adjoint au maire délégué au cadre de vie",
        "etienne.vasseur@ville-marvelin.fr",
        "03 21 45 10 02",
        "monsieur",
    ),
    ContactSeed(
        "lemaire",
        "VM",
        "Sophie",
        "Lemaire-Dubreucq",
        "Directrice des services techniques",
        "sophie.lemaire-dubreucq@ville-marvelin.fr",
        "03 21 45 10 40",
        "madame",
    ),
    ContactSeed(
        "ouedraogo",
        "VH",
        "Karim",
        "Ouédraogo",
        "Responsable du service proximité",
        "karim.ouedraogo@hautcourt-les-forges.fr",
        "03 21 68 22 30",
        "monsieur",
    ),
    ContactSeed(
        "caudron",
        "VSA",
        "Martine",
        "Caudron",
        "Directrice générale des services",
        "martine.caudron@saint-aubrin.fr",
        "03 21 73 05 11",
        "madame",
    ),
    ContactSeed(
        "cappelaere",
        "MH",
        "Julien",
        "Cappelaere",
        "Responsable d'agence",
        "julien.cappelaere@marve-habitat.fr",
        "03 21 45 77 01",
        "monsieur",
    ),
    ContactSeed(
        "taleb",
        "MH",
        "Inès",
        "Taleb",
        "Chargée de mission DSU / TFPB",
        "ines.taleb@marve-habitat.fr",
        "03 21 45 77 08",
        "madame",
    ),
    ContactSeed(
        "lefebvre",
        "LA",
        "Bruno",
        "Lefebvre-Wattel",
        "Responsable de secteur",
        "bruno.lefebvre-wattel@logis-aubrin.fr",
        "03 21 73 40 20",
        "monsieur",
    ),
    ContactSeed(
        "desmet",
        "LA",
        "Aurélie",
        "Desmet",
        "Chargée de la qualité de service",
        "aurelie.desmet@logis-aubrin.fr",
        "03 21 73 40 26",
        "madame",
    ),
    ContactSeed(
        "haddouche",
        "PM",
        "Farid",
        "Haddouche",
        "Chef de la police municipale",
        "farid.haddouche@ville-marvelin.fr",
        "03 21 45 10 17",
        "monsieur",
    ),
    ContactSeed(
        "dufosse",
        "TUM",
        "Léa",
        "Dufossé",
        "Coordinatrice de la médiation",
        "lea.dufosse@traitdunion-mediation.fr",
        "03 21 45 88 30",
        "madame",
    ),
    ContactSeed(
        "maes",
        "SD",
        "Thierry",
        "Maes",
        "Responsable collecte",
        "thierry.maes@symeval-collecte.fr",
        "03 21 50 91 04",
        "monsieur",
    ),
    ContactSeed(
        "delattre",
        "CC",
        "Rose",
        "Delattre",
        "Conseillère citoyenne, habitante",
        "rose.delattre@cc-hautsdemarve.fr",
        "03 21 45 99 61",
        "madame",
    ),
)

USERS: tuple[UserSeed, ...] = (
    UserSeed("claire", "Claire Demarquette", UserRole.COORDINATEUR, "demarquette"),
    UserSeed("yannick", "Yannick Forestier", UserRole.SECRETAIRE, "forestier"),
    UserSeed("ines", "Inès Taleb", UserRole.LECTEUR, "taleb"),
)
