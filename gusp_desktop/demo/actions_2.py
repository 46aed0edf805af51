"""Demo plan, actions 31 to 60: espaces verts, bâti, accessibilité, équipements, NPNRU,
participation."""

from __future__ import annotations

from gusp_desktop.demo.action_seed import AX, HIGH, LOW, ActionSeed, H, T

# fmt: off
ACTIONS_2: tuple[ActionSeed, ...] = (
    # Espaces verts, aires de jeux
    ActionSeed(
        31, "HM", "tisserands", "Remplacer le jeu à ressort cassé", "VM", "lemaire",
        "31/03", "R", T.ESPACES_VERTS, "iq1",
        (
            H("16/01", "AE", 0, "Jeu à ressort cassé, zone mise en sécurité."),
            H("06/03", "EC", 50, "Jeu commandé."),
            H("24/04", "R", 100, "Jeu remplacé le {20/03}."),
        ),
        "Remplacement du jeu à ressort de l'aire du square des Tisserands.",
        ("CC",),
    ),
    ActionSeed(
        32, "HM", "butte", "Clarifier la domanialité ville/bailleur", "CAMA", "demarquette",
        "30/06", "EC", T.ESPACES_VERTS, "constat:dem_butte",
        (
            H("25/03", "AE", 0, "Constat du DEM : la Butte verte n'est entretenue par personne."),
            H("24/04", "EC", 30, "Relevé cadastral : la butte est à cheval sur deux parcelles."),
            H("12/06", "EC", 60, "Projet de convention de gestion Ville / Marve Habitat en "
              "relecture."),
        ),
        "Établir qui entretient la Butte verte et formaliser une convention de gestion.",
        ("VM", "MH"),
    ),
    ActionSeed(
        33, "PR", "coeur_cite", "Convention jardins partagés", "VH", "ouedraogo",
        "30/04", "R", T.ESPACES_VERTS, "iq1",
        (
            H("16/01", "AE", 0, "Projet de jardins partagés porté par l'amicale des locataires."),
            H("06/03", "EC", 50, "Projet de convention transmis à l'amicale."),
            H("24/04", "R", 100, "Convention signée le {17/04} : douze parcelles."),
        ),
        "Mise à disposition du cœur de cité pour des jardins partagés.",
        ("LA",),
    ),
    ActionSeed(
        34, "CO", "talus", "Tonte et taille renforcées", "VSA", "caudron",
        "31/05", "R", T.ESPACES_VERTS, "constat:me_talus",
        (
            H("09/04", "AE", 0, "Constat de la marche : talus non tondu, ronces sur le "
              "trottoir."),
            H("24/04", "EC", 40, "Fréquence de tonte portée à deux passages par mois."),
            H("20/05", "R", 100, "Talus tondu et ronces coupées."),
        ),
        "Renforcer l'entretien du talus entre la rue Haute et le chemin des Vignes.",
        ("LA",),
    ),
    ActionSeed(
        35, "HM", "aubepines", "Replanter les arbustes arrachés", "MH", "cappelaere",
        "30/11", "AE", T.ESPACES_VERTS, "constat:dem_massifs",
        (
            H("25/03", "AE", 0, "Constat du DEM : massifs arrachés au pied des tours A et B."),
            H("12/06", "AE", 0, "Plantation prévue en saison ; essences choisies avec la "
              "Régie."),
        ),
        "Replanter les massifs au pied des tours A et B.",
        ("VM", "RQ"), AX.SUR_ENTRETIEN,
    ),
    ActionSeed(
        36, "PR", "aire_pr", "Clôture anti-chiens", "VH", "ouedraogo",
        "30/06", "RP", T.ESPACES_VERTS, "iq2",
        (
            H("06/03", "AE", 0, "Déjections canines dans le bac à sable."),
            H("24/04", "EC", 20, "Devis reçu."),
            H("12/06", "RP", 20, "Budget d'investissement décalé : pose reportée au "
              "{30/09}."),
        ),
        "Clôturer l'aire de jeux du Pré-Rolland pour en interdire l'accès aux chiens.",
        ("LA",), revised="30/09",
    ),
    # Parties communes, ascenseurs, bâti
    ActionSeed(
        37, "HM", "tour_a", "Pannes d'ascenseur répétées: audit ascensoriste", "MH",
        "cappelaere", "31/03", "R", T.BATI, "iq1",
        (
            H("16/01", "AE", 0, "Onze pannes en décembre ; personnes âgées bloquées."),
            H("06/03", "EC", 60, "Audit réalisé le {25/02} par un bureau de contrôle "
              "indépendant."),
            H("24/04", "R", 100, "Rapport remis : armoire de commande à remplacer, pénalités "
              "appliquées à l'ascensoriste."),
        ),
        "Audit indépendant de l'ascenseur de la tour A et plan de fiabilisation.",
        ("CC", "TUM"), AX.SUR_ENTRETIEN, priority=HIGH, cost=2400,
    ),
    ActionSeed(
        38, "HM", "tour_a", "Portage des courses pendant les pannes", "MH", "taleb",
        "31/03", "R", T.BATI, "iq1",
        (
            H("16/01", "AE", 0, "Solidarité à organiser pour les locataires âgés des étages."),
            H("03/02", "EC", 50, "Dispositif confié à la Régie ; numéro d'appel affiché."),
            H("06/03", "R", 100, "Opérationnel : 23 portages en février."),
        ),
        "Portage des courses par la Régie pendant les pannes d'ascenseur de la tour A.",
        ("TUM", "RQ"), AX.ANIMATION, cost=3200,
    ),
    ActionSeed(
        39, "HM", "aubepines", "Effacement des tags sous 48 h", "MH", "taleb",
        "permanent", "EC", T.BATI, "iq1",
        (
            H("16/01", "AE", 0, "Tags dans les halls et cages d'escalier des quatre tours."),
            H("03/02", "EC", 50, "Marché d'effacement activé, délai contractuel de 48 h."),
            H("24/04", "EC", 50, "86 m² effacés depuis janvier ; délai moyen de 31 h."),
        ),
        "Effacement des tags des parties communes sous 48 heures.",
        ("RQ",), AX.SUR_ENTRETIEN, cost=12000,
    ),
    ActionSeed(
        40, "PR", "barre_b", "Remplacer les boîtes aux lettres vandalisées", "LA", "desmet",
        "28/02", "R", T.BATI, "iq1",
        (
            H("16/01", "AE", 0, "Boîtes aux lettres forcées, courrier perdu."),
            H("05/02", "EC", 50, "Bloc de 24 boîtes commandé."),
            H("27/02", "R", 100, "Boîtes remplacées le {25/02}."),
        ),
        "Remplacement du bloc de boîtes aux lettres de la barre B.",
        ("VH",), AX.SUR_ENTRETIEN, cost=4300,
    ),
    ActionSeed(
        41, "PR", "barre_c", "Infiltrations: reprise d'étanchéité", "LA", "lefebvre",
        "31/10", "EC", T.BATI, "iq2",
        (
            H("06/03", "AE", 0, "Infiltrations dans trois logements du dernier étage."),
            H("24/04", "EC", 20, "Diagnostic du couvreur : reprise complète de la toiture-"
              "terrasse."),
            H("12/06", "EC", 35, "Travaux commandés ; locataires informés."),
        ),
        "Reprise de l'étanchéité de la toiture-terrasse de la barre C.",
        ("VH",),
    ),
    ActionSeed(
        42, "CO", "res_coteaux", "Peinture des cages d'escalier", "LA", "desmet",
        "30/09", "AE", T.BATI, "iq3",
        (
            H("24/04", "AE", 0, "Cages d'escalier dégradées, signalées par les locataires."),
            H("12/06", "AE", 0, "Consultation des entreprises en cours."),
        ),
        "Remise en peinture des cages d'escalier de la résidence des Coteaux.",
        ("VSA",), AX.PETITS_TRAVAUX, cost=28000,
    ),
    ActionSeed(
        43, "HM", "tour_c", "Désinsectisation complète", "MH", "cappelaere",
        "31/01", "R", T.BATI, "iq1",
        (
            H("16/01", "AE", 0, "Punaises de lit signalées dans neuf logements."),
            H("23/01", "EC", 50, "Traitement de tous les logements en deux passages."),
            H("31/01", "R", 100, "Second passage terminé ; aucun nouveau signalement."),
        ),
        "Traitement de l'ensemble de la tour C contre les punaises de lit.",
        ("TUM",), AX.SUR_ENTRETIEN, priority=HIGH, cost=8900,
    ),
    ActionSeed(
        44, "HM", "aubepines", "Afficher les contacts bailleur/médiation/PM", "MH", "taleb",
        "31/03", "R", T.BATI, "iq2",
        (
            H("06/03", "AE", 0, "Les locataires ne savent pas qui appeler."),
            H("14/03", "EC", 50, "Affiche validée par les partenaires."),
            H("24/03", "R", 100, "Affiches posées dans les quatre halls."),
        ),
        "Affiche des numéros utiles dans les halls des tours A à D.",
        ("TUM", "PM"), AX.CONCERTATION, priority=LOW,
    ),
    # Accessibilité
    ActionSeed(
        45, "HM", "tour_b", "Rampe PMR à l'entrée", "MH", "cappelaere",
        "30/06", "EC", T.ACCESSIBILITE, "constat:dem_rampe",
        (
            H("25/03", "AE", 0, "Constat du DEM : marche de 12 cm infranchissable en fauteuil."),
            H("24/04", "EC", 30, "Plans de la rampe validés."),
            H("12/06", "EC", 70, "Travaux en cours, fin prévue le {27/06}."),
        ),
        "Rampe d'accès pour personnes à mobilité réduite à l'entrée de la tour B.",
        ("VM",), cost=14500,
    ),
    ActionSeed(
        46, "CO", "mairie_annexe", "Place PMR + trottoir abaissé", "VSA", "caudron",
        "31/05", "R", T.ACCESSIBILITE, "constat:me_pmr",
        (
            H("09/04", "AE", 0, "Constat de la marche : ni place PMR ni trottoir abaissé."),
            H("24/04", "EC", 50, "Travaux de voirie programmés."),
            H("20/05", "R", 100, "Place PMR marquée et trottoir abaissé."),
        ),
        "Accès de la mairie annexe pour les personnes à mobilité réduite.",
        ("CAMA",),
    ),
    ActionSeed(
        47, "PR", "arret_forges", "Mise en accessibilité de l'arrêt", "MB", None,
        "31/12", "AE", T.ACCESSIBILITE, "iq3",
        (
            H("24/04", "AE", 0, "Quai trop bas, pas de bande d'éveil de vigilance."),
            H("12/06", "AE", 0, "Inscrit au programme d'accessibilité des arrêts de "
              "l'agglomération."),
        ),
        "Rehausser le quai et équiper l'arrêt « Forges » pour les personnes handicapées.",
        ("VH", "CAMA"),
    ),
    # Équipements, services
    ActionSeed(
        48, "HM", "mdq", "Ouverture le samedi", "VM", "vasseur",
        "31/03", "R", T.EQUIPEMENTS, "iq1",
        (
            H("16/01", "AE", 0, "Demande des familles et du conseil citoyen."),
            H("06/03", "EC", 60, "Animateur du samedi recruté."),
            H("24/04", "R", 100, "Ouverture le samedi de 10 h à 18 h depuis le {15/03}."),
        ),
        "Ouvrir la Maison de quartier des Hauts-de-Marve le samedi.",
        ("TUM", "CC"),
    ),
    ActionSeed(
        49, "PR", "cite", "Permanence mensuelle du bailleur", "LA", "lefebvre",
        "31/01", "R", T.EQUIPEMENTS, "iq1",
        (
            H("16/01", "AE", 0, "Les locataires de la cité n'ont pas d'interlocuteur proche."),
            H("30/01", "R", 100, "Première permanence le {28/01} au local de l'amicale : 17 "
              "visites."),
        ),
        "Permanence mensuelle de Logis de l'Aubrin à la cité minière.",
        ("VH",), AX.PRESENCE,
    ),
    ActionSeed(
        50, "CO", "centre", "Distributeur de billets (étude)", "VSA", "caudron",
        "31/12", "AB", T.EQUIPEMENTS, "iq1",
        (
            H("16/01", "AE", 0, "Demande répétée des habitants âgés."),
            H("06/03", "EC", 20, "Contacts pris avec deux banques."),
            H("24/04", "AB", 20, "Les banques refusent l'implantation (flux insuffisant) ; "
              "orientation vers le point de retrait du bureau de tabac."),
        ),
        "Étudier l'implantation d'un distributeur de billets au centre des Coteaux.",
        ("CAMA",), priority=LOW,
    ),
    ActionSeed(
        51, "HM", "tour_b", "Local associatif mis à disposition", "MH", "taleb",
        "30/09", "EC", T.EQUIPEMENTS, "iq2",
        (
            H("06/03", "AE", 0, "Local vacant en rez-de-chaussée de la tour B."),
            H("24/04", "EC", 30, "Convention d'occupation rédigée."),
            H("12/06", "EC", 50, "Rafraîchissement du local par la Régie en cours."),
        ),
        "Mise à disposition du local du rez-de-chaussée de la tour B aux associations.",
        ("VM", "CC"), AX.ANIMATION, cost=6000,
    ),
    # Chantiers NPNRU, gestion transitoire
    ActionSeed(
        52, "HM", "tour_d", "Murage des vacants, gardiennage chantier", "MH", "cappelaere",
        "31/03", "R", T.NPNRU, "nq1",
        (
            H("13/02", "AE", 0, "Murer les logements au fil des départs, gardiennage de nuit.",
              "yannick"),
            H("06/03", "EC", 60, "Logements libérés murés au fur et à mesure ; gardiennage "
              "de nuit en place."),
            H("24/04", "R", 100, "Murage terminé le {28/03}."),
        ),
        "Murage des logements vacants de la tour D et gardiennage pendant la phase de curage.",
        ("CAMA", "PN"), AX.TRANQUILLITE, priority=HIGH, cost=27000,
    ),
    ActionSeed(
        53, "HM", "chantier", "Nettoyage hebdo des abords par l'entreprise", "CAMA",
        "forestier", "permanent", "EC", T.NPNRU, "nq1",
        (
            H("13/02", "AE", 0, "Clause de nettoyage hebdomadaire du marché de travaux.",
              "yannick"),
            H("06/03", "EC", 50, "Nettoyage assuré le vendredi.", "yannick"),
            H("15/05", "EC", 50, "Deux semaines sans passage fin avril : mise en demeure de "
              "l'entreprise.", "yannick"),
        ),
        "Nettoyage hebdomadaire des abords du chantier par l'entreprise titulaire.",
        ("MH",),
    ),
    ActionSeed(
        54, "HM", "maison_projet", "Réunion habitants sur le phasage", "CAMA", "forestier",
        "30/04", "R", T.NPNRU, "nq1",
        (
            H("13/02", "AE", 0, "Réunion publique demandée par le conseil citoyen.", "yannick"),
            H("06/03", "EC", 40, "Réunion fixée au {10/04}, invitations distribuées.",
              "yannick"),
            H("24/04", "R", 100, "Réunion tenue le {10/04} : 74 habitants.", "yannick"),
        ),
        "Présenter aux habitants le phasage des travaux et de la démolition.",
        ("MH", "CC", "VM"),
    ),
    ActionSeed(
        55, "HM", "tour_d", "Point mensuel ménages à reloger", "MH", "cappelaere",
        "permanent", "EC", T.NPNRU, "nq1",
        (
            H("13/02", "AE", None, "54 ménages relogés sur 112 ; point mensuel décidé."),
            H("06/03", "EC", None, "Point mensuel en place avec le CCAS."),
            H("15/05", "EC", None, "81 ménages relogés sur 112."),
        ),
        "Relogement des ménages de la tour D : suivi mensuel des situations.",
        ("CAMA", "DP"),
    ),
    ActionSeed(
        56, "HM", "cheminement", "Signalétique + éclairage", "CAMA", "forestier",
        "28/02", "RP", T.NPNRU, "nq1",
        (
            H("13/02", "AE", 0, "Cheminement provisoire ni signalé ni éclairé.", "yannick"),
            H("06/03", "EC", 30, "Signalétique posée ; éclairage provisoire à raccorder.",
              "yannick"),
            H("15/05", "RP", 30, "Raccordement refusé par le concessionnaire en l'état : "
              "échéance reportée au {31/07}.", "yannick"),
        ),
        "Sécuriser le cheminement provisoire entre la tour C et l'avenue du Beffroi.",
        ("VM", "MH"), revised="31/07",
    ),
    # Participation, lien social
    ActionSeed(
        57, "HM", None, "Restitution publique des réponses au DEM", "CAMA", "demarquette",
        "30/06", "R", T.PARTICIPATION, "demhm",
        (
            H("25/03", "AE", 0, "Engagement pris en fin de diagnostic en marchant."),
            H("15/05", "EC", 50, "Restitution fixée au {05/06} à la Maison de quartier."),
            H("12/06", "R", 100, "Restitution tenue le {05/06} : 41 habitants ; tableau des "
              "réponses affiché."),
        ),
        "Rendre compte publiquement des suites données à chaque constat du DEM.",
        ("VM", "MH", "CC"),
    ),
    ActionSeed(
        58, "CO", None, "Restitution de la marche exploratoire aux élus", "VSA", "caudron",
        "20/05", "R", T.PARTICIPATION, "me1",
        (
            H("09/04", "AE", 0, "Restitution prévue en fin de marche."),
            H("24/04", "EC", 50, "Rapport rédigé avec les marcheuses."),
            H("20/05", "R", 100, "Restitution tenue en présence du maire."),
        ),
        "Présenter aux élus le rapport et les préconisations des marcheuses.",
        ("CAMA", "DP"),
    ),
    ActionSeed(
        59, "PR", "cite", "Fête de quartier avec l'amicale", "LA", "desmet",
        "30/06", "R", T.PARTICIPATION, "iq2",
        (
            H("06/03", "AE", 0, "Proposition de l'amicale des locataires."),
            H("24/04", "EC", 50, "Date fixée au {07/06}."),
            H("12/06", "R", 100, "Fête tenue le {07/06} : environ 300 participants."),
        ),
        "Fête de quartier de la cité minière avec l'amicale des locataires.",
        ("VH", "TUM"), AX.ANIMATION, cost=4500,
    ),
    ActionSeed(
        60, "HM", None, "Formation au suivi du plan GUSP", "CAMA", "demarquette",
        "30/11", "AE", T.PARTICIPATION, "iq3",
        (
            H("24/04", "AE", 0, "Demande du conseil citoyen des Hauts-de-Marve."),
            H("12/06", "AE", 0, "Module de deux demi-journées avec le centre de ressources "
              "politique de la ville."),
        ),
        "Former les conseillers citoyens à la lecture et au suivi du tableau de bord GUSP.",
        ("CC", "DP"),
    ),
)
# fmt: on
