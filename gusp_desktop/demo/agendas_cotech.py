"""Ordres du jour, minutes notes and decisions of the COTECH séances (inter-quartiers, NPNRU)."""

from __future__ import annotations

from gusp_desktop.demo.agenda_seed import DECI, INFO, SUIVI, ItemSeed, cotech_planned, item

_CR = "Validation du compte rendu du {0}"
_PLAN = "Suivi du plan d'actions : retards d'abord"

COTECH_AGENDAS: dict[str, tuple[ItemSeed, ...]] = {
    "iq1": (
        item(
            _CR.format("{05/12/2024}"),
            DECI,
            "demarquette",
            5,
            "Le compte rendu de la séance précédente, diffusé le {18/12/2024}, n'appelle pas de "
            "remarque. Il est donc approuvé.",
            "Compte rendu du {05/12/2024} approuvé sans modification.",
        ),
        item(
            "Bilan du plan {Y-1} et ouverture du plan d'actions {Y}",
            SUIVI,
            "demarquette",
            40,
            "Le plan {Y-1} se clôt avec 41 actions réalisées sur 52 ; les 11 restantes sont "
            "reprises ou abandonnées après examen. Claire Demarquette présente le nouveau "
            "tableau de suivi, organisé par thème et par site, avec une échéance et un pilote "
            "pour chaque ligne. Les partenaires valident la règle : un retard est traité en "
            "premier à chaque COTECH.",
            "Ouverture du plan d'actions {Y} : 20 actions inscrites ce jour (tableau annexé).",
            "Chaque pilote transmet son point d'avancement à la coordinatrice huit jours avant "
            "chaque COTECH.",
        ),
        item(
            "Propreté, déchets et encombrants",
            SUIVI,
            "cappelaere",
            20,
            "Les encombrants s'accumulent en pied de tour C malgré les passages mensuels. "
            "Marve Habitat propose un enlèvement hebdomadaire financé sur l'abattement TFPB. "
            "Le conseil citoyen signale des halls sales le week-end. Pour la cité minière, "
            "SYMEVAL (excusé) a transmis un projet de collecte des encombrants en porte-à-porte.",
            "Enlèvement hebdomadaire des encombrants en pied de tour C ({HM-001}).",
            "Nettoyage des halls des tours A à D six jours sur sept ({HM-004}).",
        ),
        item(
            "Tranquillité résidentielle",
            SUIVI,
            "haddouche",
            20,
            "Le hall de la tour D est occupé chaque soir par un groupe de jeunes ; les "
            "locataires n'osent plus le traverser. Dépôts sauvages et véhicules ventouses au "
            "parking nord. Troubles de voisinage à la barre A du Pré-Rolland : Logis de "
            "l'Aubrin enverra des rappels au règlement.",
            "Désignation d'un référent sûreté par Marve Habitat pour la tour D ({HM-018}).",
            "Caméra nomade et verbalisation au parking nord ({HM-005}).",
        ),
        item(
            "Parties communes et ascenseurs",
            SUIVI,
            "cappelaere",
            15,
            "Onze pannes de l'ascenseur de la tour A en décembre ; des personnes âgées restent "
            "bloquées chez elles. Présence de punaises de lit dans neuf logements de la tour C.",
            "Audit indépendant de l'ascenseur de la tour A ({HM-037}) et portage des courses "
            "pendant les pannes ({HM-038}).",
        ),
        item(
            "Calendrier {Y} des instances",
            INFO,
            "demarquette",
            5,
            "Calendrier présenté : COTECH inter-quartiers les {06/03}, {24/04}, {12/06}, "
            "{11/09}, {23/10} et {04/12} ; DEM des Hauts-de-Marve le {25/03} et du "
            "Pré-Rolland le {17/06} ; COPIL les {26/06} et {11/12}.",
            "Calendrier {Y} adopté.",
        ),
        item(
            "Questions diverses",
            INFO,
            None,
            10,
            "Martine Caudron relaie la demande répétée des habitants âgés des Coteaux d'un "
            "distributeur de billets ; la commune lancera une étude ({CO-050}).",
        ),
    ),
    "iq2": (
        item(
            _CR.format("{16/01}"),
            DECI,
            "demarquette",
            5,
            "Marve Habitat demande de préciser que le nettoyage du samedi démarre le {15/02}. "
            "Sous cette réserve, le compte rendu est approuvé.",
            "Compte rendu du {16/01} approuvé avec une précision.",
        ),
        item(
            _PLAN,
            SUIVI,
            "demarquette",
            40,
            "Premier retard : le référent sûreté de la tour D devait être en place le {28/02} ; "
            "le diagnostic du hall est en cours. L'éclairage du parking sud demande une reprise "
            "des câbles arrachés. Réalisées : candélabres de la rue des Filatures, portage des "
            "courses, nettoyage des halls, désinsectisation de la tour C.",
            "Le référent sûreté de la tour D présentera son diagnostic au prochain COTECH.",
            "14 nouvelles actions inscrites au plan (tableau annexé).",
        ),
        item(
            "Préparation du diagnostic en marchant des Hauts-de-Marve ({25/03})",
            INFO,
            "demarquette",
            15,
            "Parcours en six haltes proposé, du square des Tisserands à la Butte verte. Le "
            "conseil citoyen mobilisera les habitants ; la Ville prépare les plans de "
            "domanialité pour chaque halte.",
            "Parcours validé ; invitations diffusées par le conseil citoyen et les gardiens.",
        ),
        item(
            "Propreté, déchets et encombrants",
            SUIVI,
            "maes",
            20,
            "Les deux bornes d'apport volontaire du square des Tisserands débordent dès le "
            "lundi. La Régie des Hauts propose une opération « quartier propre » avec l'école. "
            "Le local poubelles de la tour B n'a plus de porte ni de point d'eau.",
            "Remplacement des deux bornes saturées par SYMEVAL ({HM-002}).",
            "Réparation du local poubelles de la tour B ({HM-010}).",
        ),
        item(
            "Tranquillité résidentielle",
            SUIVI,
            "haddouche",
            20,
            "Rodéos de motos le soir sur le parking nord, plaintes répétées. Caves de la barre B "
            "du Pré-Rolland squattées ; les locataires demandent qu'elles soient vidées et "
            "fermées.",
            "Patrouilles communes police municipale / police nationale ({HM-015}).",
            "Vidage et condamnation des caves de la barre B ({PR-007}).",
        ),
        item("Questions diverses", INFO, None, 10, "Aucune question diverse."),
    ),
    "iq3": (
        item(
            _CR.format("{06/03}"),
            DECI,
            "demarquette",
            5,
            "Aucune remarque reçue pendant la relecture. Le compte rendu est approuvé.",
            "Compte rendu du {06/03} approuvé.",
        ),
        item(
            _PLAN,
            SUIVI,
            "demarquette",
            40,
            "En retard : hall de la tour D (vidéoprotection à valider), dépôts au parking nord "
            "(caméra posée le {14/04}), local poubelles de la tour B (point d'eau). "
            "L'éclairage du parking sud sera repris avec les travaux NPNRU : report demandé. "
            "Le distributeur de billets des Coteaux est abandonné, les banques refusant "
            "l'implantation.",
            "Report de l'éclairage du parking sud au {30/09} ({HM-024}).",
            "Abandon de l'étude du distributeur de billets ({CO-050}) ; information des "
            "habitants par la commune.",
        ),
        item(
            "Retours du DEM des Hauts-de-Marve et de la marche exploratoire des Coteaux",
            SUIVI,
            "demarquette",
            20,
            "Le DEM du {25/03} a relevé 6 constats ; quatre donnent lieu à une action nouvelle "
            "(abords de l'école, Butte verte, massifs, rampe de la tour B) et une restitution "
            "publique est prévue. La marche exploratoire du {09/04} a relevé 7 constats, "
            "restitués aux élus le {20/05}. Les gravats du chemin des Vignes sont traités sans "
            "attendre.",
            "Retrait des gravats du chemin des Vignes par la commune ({CO-009}).",
        ),
        item(
            "Chantier NPNRU des Hauts-de-Marve",
            INFO,
            "forestier",
            15,
            "Le murage des logements vacants de la tour D est terminé ; la réunion publique "
            "sur le phasage a réuni 74 habitants à la Maison du projet.",
        ),
        item(
            "Propreté, déchets et encombrants",
            SUIVI,
            "maes",
            15,
            "Taux de refus de tri de 32 % à la résidence des Forges. SYMEVAL propose une "
            "campagne d'ambassadeurs du tri en porte-à-porte après l'été.",
            "Campagne des ambassadeurs du tri à la résidence des Forges ({PR-011}).",
        ),
        item(
            "Demandes nouvelles",
            DECI,
            "demarquette",
            15,
            "Vitesse excessive rue Haute devant l'aire de jeux ; cages d'escalier dégradées à la "
            "résidence des Coteaux ; arrêt « Forges » non accessible. Le conseil citoyen des "
            "Hauts-de-Marve souhaite être formé au suivi du plan.",
            "Quatre actions nouvelles : {CO-027}, {CO-042}, {PR-047} et {HM-060}.",
        ),
        item("Questions diverses", INFO, None, 10, "Aucune question diverse."),
    ),
    "iq4": (
        item(
            _CR.format("{24/04}"),
            DECI,
            "demarquette",
            5,
            "Le compte rendu du {24/04} est approuvé sans remarque.",
            "Compte rendu du {24/04} approuvé.",
        ),
        item(
            _PLAN,
            SUIVI,
            "demarquette",
            45,
            "Sept actions ont dépassé leur échéance : bornes du square des Tisserands "
            "({HM-002}), dépôts du parking nord ({HM-005}), local poubelles de la tour B "
            "({HM-010}), rodéos ({HM-015}), hall de la tour D ({HM-018}), gravats du chemin des "
            "Vignes ({CO-009}) et stationnement sur trottoir à la cité minière ({PR-029}). "
            "Chaque pilote a donné une nouvelle date, à confirmer par écrit.",
            "Les pilotes des sept actions en retard confirment une nouvelle échéance avant le "
            "COPIL du {26/06}.",
            "Report des caves de la barre B au {31/10} et de la clôture de l'aire de jeux au "
            "{30/09}.",
        ),
        item(
            "Retours des diagnostics en marchant",
            SUIVI,
            "demarquette",
            15,
            "La restitution publique des réponses au DEM s'est tenue le {05/06} devant 41 "
            "habitants. Le DEM du Pré-Rolland aura lieu le {17/06} : parcours de la cité "
            "minière à l'arrêt « Forges ».",
        ),
        item(
            "Préparation du COPIL du {26/06}",
            INFO,
            "taleb",
            20,
            "Bilans ATFPB {Y-1} : Marve Habitat, 1 850 logements et 412 000 € d'abattement ; "
            "Logis de l'Aubrin, 640 logements et 138 000 €. Les bailleurs joindront les "
            "indicateurs (heures de présence, m² de tags effacés, enlèvements d'encombrants).",
        ),
        item("Questions diverses", INFO, None, 10),
    ),
    "iq5": cotech_planned("{12/06}"),
    "iq6": cotech_planned("{11/09}"),
    "iq7": cotech_planned("{23/10}"),
    "nq1": (
        item(
            _CR.format("{14/11/2024}"),
            DECI,
            "forestier",
            5,
            "Le compte rendu de la séance précédente est approuvé.",
            "Compte rendu du {14/11/2024} approuvé.",
        ),
        item(
            "Phasage du chantier et gestion transitoire",
            INFO,
            "forestier",
            25,
            "La démolition de la tour D est prévue après le relogement des 112 ménages. Les "
            "logements libérés doivent être murés au fur et à mesure pour éviter les "
            "squats ; un gardiennage de nuit est demandé pendant la phase de curage.",
            "Murage des vacants et gardiennage du chantier par Marve Habitat ({HM-052}).",
        ),
        item(
            "Circulation et stationnement pendant les travaux",
            DECI,
            "lemaire",
            20,
            "Les camions du chantier ont dégradé l'avenue du Beffroi (nids-de-poule devant les "
            "tours C et D). Les habitants ne comprennent pas les déviations.",
            "Affichage du plan de circulation aux entrées du chantier ({HM-030}).",
            "Rebouchage des nids-de-poule de l'avenue du Beffroi ({HM-028}).",
        ),
        item(
            "Propreté des abords et cheminements",
            DECI,
            "forestier",
            15,
            "Le marché de travaux prévoit un nettoyage hebdomadaire des abords par "
            "l'entreprise. Le cheminement provisoire entre la tour C et l'avenue n'est ni "
            "signalé ni éclairé.",
            "Nettoyage hebdomadaire des abords rappelé à l'entreprise ({HM-053}).",
            "Signalétique et éclairage du cheminement provisoire ({HM-056}).",
        ),
        item(
            "Relogement des ménages de la tour D",
            SUIVI,
            "cappelaere",
            20,
            "54 ménages relogés sur 112 ; 9 ménages en difficulté suivis avec le CCAS.",
            "Point mensuel sur les ménages à reloger ({HM-055}).",
        ),
        item(
            "Information des habitants et sécurisation des halls",
            DECI,
            "vasseur",
            15,
            "Une réunion publique sur le phasage est demandée par le conseil citoyen. Marve "
            "Habitat étudie un contrôle d'accès par badges pour les tours restantes.",
            "Réunion d'information des habitants à la Maison du projet ({HM-054}).",
            "Contrôle d'accès Vigik des halls A à D ({HM-013}).",
        ),
    ),
    "nq2": (
        item(
            _CR.format("{13/02}"),
            DECI,
            "forestier",
            5,
            "Le compte rendu du {13/02} est approuvé.",
            "Compte rendu du {13/02} approuvé.",
        ),
        item(
            "Avancement du relogement et du murage",
            SUIVI,
            "cappelaere",
            20,
            "81 ménages relogés sur 112. Le murage est terminé depuis le {28/03} ; le "
            "gardiennage de nuit reste en place jusqu'au démarrage du curage.",
        ),
        item(
            "Cheminement provisoire",
            DECI,
            "forestier",
            15,
            "Le concessionnaire refuse le raccordement provisoire de l'éclairage en l'état ; "
            "une nouvelle demande est déposée.",
            "Report du cheminement provisoire au {31/07} ({HM-056}).",
        ),
        item(
            "Hall de la tour D et contrôle d'accès",
            SUIVI,
            "haddouche",
            15,
            "Le mobilier du hall de la tour D a été déposé ; l'occupation a diminué. Le marché "
            "de contrôle d'accès des tours A à D est attribué.",
        ),
        item(
            "Propreté des abords du chantier",
            SUIVI,
            "lemaire",
            10,
            "Deux semaines sans nettoyage fin avril : l'entreprise a été mise en demeure.",
        ),
        item("Questions diverses", INFO, None, 10, "Aucune question diverse."),
    ),
    "nq3": (
        item(_CR.format("{15/05}"), DECI, "forestier", 5),
        item("Avancement du relogement et calendrier de démolition", SUIVI, "cappelaere", 20),
        item("Cheminement provisoire et circulation", SUIVI, "forestier", 15),
        item("Propreté et tranquillité des abords du chantier", SUIVI, "haddouche", 15),
        item("Questions diverses", INFO, None, 10),
    ),
}
