"""Demo plan, actions 1 to 30: propreté, tranquillité, éclairage, stationnement."""

from __future__ import annotations

from gusp_desktop.demo.action_seed import AX, HIGH, LOW, ActionSeed, H, T

# fmt: off
ACTIONS_1: tuple[ActionSeed, ...] = (
    # Propreté, déchets, encombrants
    ActionSeed(
        1, "HM", "tour_c", "Enlèvement hebdo des encombrants en pied de tour", "MH", "cappelaere",
        "31/01", "R", T.PROPRETE, "iq1",
        (
            H("16/01", "AE", 0, "Décidé en COTECH : passage hebdomadaire le mardi, financé sur "
              "l'abattement TFPB."),
            H("22/01", "EC", 50, "Premier passage le {21/01} : 3 m³ enlevés."),
            H("30/01", "R", 100, "Rythme hebdomadaire installé ; pied de tour propre au "
              "contrôle du {30/01}."),
        ),
        "Encombrants déposés en continu au pied de la tour C malgré la collecte mensuelle.",
        ("SD", "RQ"), AX.DECHETS, cost=9600,
    ),
    ActionSeed(
        2, "HM", "tisserands", "Remplacer 2 bornes d'apport volontaire saturées", "SD", "maes",
        "30/04", "EC", T.PROPRETE, "iq2",
        (
            H("06/03", "AE", 0, "Bornes saturées dès le lundi ; remplacement par deux bornes de "
              "5 m³."),
            H("24/04", "EC", 30, "Bornes commandées, génie civil à programmer avec la Ville."),
            H("12/06", "EC", 50, "Livraison repoussée par le fournisseur ; pose annoncée sous "
              "trois semaines. Échéance dépassée."),
        ),
        "Les deux bornes du square débordent en début de semaine ; sacs au sol.",
        ("VM", "MH"),
    ),
    ActionSeed(
        3, "HM", "filatures", "Opération « quartier propre » avec l'école", "RQ", None,
        "15/05", "R", T.PROPRETE, "iq2",
        (
            H("06/03", "AE", 0, "Proposition de la Régie des Hauts avec les CM1-CM2 de l'école "
              "Jean-Macé."),
            H("10/04", "EC", 40, "Date fixée au {13/05} ; gants et pinces fournis par SYMEVAL."),
            H("14/05", "R", 100, "Opération réalisée le {13/05} : 62 élèves, 14 sacs collectés."),
        ),
        "Ramassage pédagogique des déchets le long de la rue des Filatures avec les écoliers.",
        ("VM", "SD", "MH"),
    ),
    ActionSeed(
        4, "HM", "aubepines", "Nettoyage des halls 6j/7 au lieu de 5", "MH", "taleb",
        "28/02", "R", T.PROPRETE, "iq1",
        (
            H("16/01", "AE", 0, "Demande du conseil citoyen : halls sales le week-end."),
            H("03/02", "EC", 50, "Avenant au contrat de nettoyage signé ; démarrage le samedi "
              "{15/02}."),
            H("06/03", "R", 100, "Nettoyage six jours sur sept effectif depuis le {15/02}."),
        ),
        "Ajout d'un passage de nettoyage le samedi dans les halls des quatre tours.",
        ("CC",), AX.SUR_ENTRETIEN, cost=18500,
    ),
    ActionSeed(
        5, "HM", "parking_nord", "Dépôt sauvage récurrent: caméra nomade + verbalisation", "PM",
        "haddouche", "31/03", "EC", T.PROPRETE, "iq1",
        (
            H("16/01", "AE", 0, "Dépôts chaque semaine au fond du parking ; caméra nomade "
              "proposée par la police municipale."),
            H("06/03", "EC", 20, "Demande d'autorisation de la caméra déposée en préfecture."),
            H("24/04", "EC", 50, "Caméra posée le {14/04} ; trois auteurs identifiés et "
              "verbalisés."),
            H("12/06", "EC", 60, "Dépôts déplacés vers l'entrée est : caméra à repositionner. "
              "Échéance dépassée."),
        ),
        "Dépôts sauvages récurrents (sacs, électroménager) au fond du parking nord.",
        ("MH", "SD"), priority=HIGH,
    ),
    ActionSeed(
        6, "PR", "cite", "Calendrier de collecte des encombrants en porte-à-porte", "SD", "maes",
        "31/03", "R", T.PROPRETE, "iq1",
        (
            H("16/01", "AE", 0, "Projet de collecte sur inscription transmis par SYMEVAL."),
            H("06/03", "EC", 70, "Calendrier validé : premier mardi du mois ; flyers distribués "
              "par l'amicale."),
            H("28/03", "R", 100, "Calendrier distribué dans les 220 boîtes aux lettres ; "
              "première collecte le {01/04}."),
        ),
        "Collecte des encombrants sur inscription, au pas de la porte, pour les maisons de la "
        "cité minière.",
        ("VH", "LA"),
    ),
    ActionSeed(
        7, "PR", "barre_b", "Vider les caves squattées, condamner les accès", "LA", "lefebvre",
        "30/06", "RP", T.PROPRETE, "iq2",
        (
            H("06/03", "AE", 0, "Caves de la barre B squattées, signalées par les locataires."),
            H("24/04", "EC", 30, "Douze caves débarrassées par la Régie ; portes à remplacer."),
            H("12/06", "RP", 40, "Portes renforcées en rupture chez le fournisseur : échéance "
              "reportée au {31/10}, rondes du gardien en attendant."),
        ),
        "Caves occupées la nuit, déchets et risques d'incendie ; locataires inquiets.",
        ("VH", "RQ", "PN"), AX.PETITS_TRAVAUX, revised="31/10", priority=HIGH, cost=7800,
    ),
    ActionSeed(
        8, "CO", "place", "3 corbeilles de plus, vidage renforcé", "VSA", "caudron",
        "30/04", "R", T.PROPRETE, "iq2",
        (
            H("06/03", "AE", 0, "Corbeilles pleines le week-end sur la place centrale."),
            H("07/04", "EC", 60, "Corbeilles commandées ; deux vidages le samedi."),
            H("28/04", "R", 100, "Trois corbeilles posées le {25/04}."),
        ),
        "Renforcer l'équipement et le vidage des corbeilles de la place centrale.",
        ("SD",),
    ),
    ActionSeed(
        9, "CO", "vignes", "Retirer les gravats, poser des rochers", "VSA", "caudron",
        "31/05", "EC", T.PROPRETE, "constat:me_gravats",
        (
            H("24/04", "AE", 0, "Suite de la marche exploratoire : gravats sur le chemin, "
              "passage rétréci."),
            H("20/05", "EC", 40, "Gravats enlevés le {16/05} ; rochers commandés pour empêcher "
              "l'accès des véhicules."),
            H("12/06", "EC", 60, "Rochers non posés, nouveau dépôt constaté. Échéance "
              "dépassée."),
        ),
        "Dépôt de gravats sur le chemin des Vignes ; bloquer l'accès aux camionnettes.",
        ("SD",),
    ),
    ActionSeed(
        10, "HM", "tour_b", "Local poubelles: réparer porte et point d'eau", "MH", "cappelaere",
        "31/03", "EC", T.PROPRETE, "iq2",
        (
            H("06/03", "AE", 0, "Porte du local arrachée, robinet hors service : odeurs et "
              "rats signalés."),
            H("24/04", "EC", 40, "Porte remplacée le {18/04} ; le point d'eau demande une "
              "reprise de canalisation."),
            H("12/06", "EC", 60, "Plombier programmé ; échéance dépassée."),
        ),
        "Remettre en état le local poubelles de la tour B (porte, point de lavage).",
        ("RQ",), AX.SUR_ENTRETIEN, cost=3100,
    ),
    ActionSeed(
        11, "PR", "res_forges", "Ambassadeurs du tri en porte-à-porte", "SD", "maes",
        "30/09", "AE", T.PROPRETE, "iq3",
        (
            H("24/04", "AE", 0, "Taux de refus de tri de 32 % à la résidence ; campagne "
              "proposée par SYMEVAL."),
            H("12/06", "AE", 0, "Campagne calée la semaine du {15/09} ; Logis de l'Aubrin "
              "fournit la liste des logements."),
        ),
        "Sensibilisation au tri en porte-à-porte des 80 logements de la résidence des Forges.",
        ("LA", "VH"),
    ),
    ActionSeed(
        12, "HM", "ecole", "Désherbage et ramassage renforcés", "MH", "cappelaere",
        "30/06", "R", T.PROPRETE, "constat:dem_ecole",
        (
            H("25/03", "AE", 0, "Constat du diagnostic en marchant : herbes et détritus le long "
              "des grilles de l'école."),
            H("24/04", "EC", 50, "Passage renforcé tous les quinze jours par l'entreprise "
              "d'espaces verts."),
            H("12/06", "R", 100, "Abords propres au contrôle du {10/06}."),
        ),
        "Renforcer l'entretien des espaces extérieurs du bailleur aux abords de l'école.",
        ("VM",), AX.SUR_ENTRETIEN, cost=5200,
    ),
    # Tranquillité, sécurité
    ActionSeed(
        13, "HM", "aubepines", "Contrôle d'accès par badges Vigik", "MH", "cappelaere",
        "30/09", "EC", T.TRANQUILLITE, "nq1",
        (
            H("13/02", "AE", 0, "Sécuriser les halls des tours pendant la phase de chantier."),
            H("15/05", "EC", 35, "Marché attribué : tours A et B d'abord, puis C et D.",
              "yannick"),
        ),
        "Platines à badges Vigik aux entrées des tours A à D.",
        ("PM", "TUM"), AX.TRANQUILLITE, cost=42000,
    ),
    ActionSeed(
        14, "HM", "tisserands", "Médiateurs 17h-22h d'avril à octobre", "TUM", "dufosse",
        "30/04", "R", T.TRANQUILLITE, "iq1",
        (
            H("16/01", "AE", 0, "Présence de médiation en soirée demandée par les familles du "
              "square."),
            H("06/03", "EC", 50, "Deux médiateurs saisonniers recrutés, prise de poste le "
              "{01/04}."),
            H("24/04", "R", 100, "Présence quotidienne depuis le {01/04}, bien identifiée."),
        ),
        "Binôme de médiateurs au square des Tisserands en soirée pendant la belle saison.",
        ("VM", "MH"),
    ),
    ActionSeed(
        15, "HM", "parking_nord", "Rodéos: patrouilles communes PM/PN", "PM", "haddouche",
        "31/05", "EC", T.TRANQUILLITE, "iq2",
        (
            H("06/03", "AE", 0, "Rodéos de motos le soir, plaintes répétées des locataires."),
            H("24/04", "EC", 30, "Patrouilles communes engagées les vendredis et samedis soir."),
            H("12/06", "EC", 50, "Phénomène réduit mais persistant ; convention de coordination "
              "PM/PN à finaliser. Échéance dépassée."),
        ),
        "Rodéos motorisés sur le parking nord et les pelouses voisines.",
        ("PN", "VM"), priority=HIGH,
    ),
    ActionSeed(
        16, "PR", "barre_a", "Troubles de voisinage: rappel au règlement", "LA", "lefebvre",
        "31/03", "R", T.TRANQUILLITE, "iq1",
        (
            H("16/01", "AE", 0, "Nuisances nocturnes signalées par plusieurs locataires."),
            H("05/02", "EC", 50, "Rappels au règlement envoyés à trois ménages ; médiation "
              "proposée."),
            H("06/03", "R", 100, "Situation apaisée, point clos."),
        ),
        "Rappel au règlement intérieur et médiation entre voisins à la barre A.",
        ("TUM", "VH"),
    ),
    ActionSeed(
        17, "CO", "arret_co", "Diagnostic sécurité (suite marche exploratoire)", "PN", None,
        "30/06", "AE", T.TRANQUILLITE, "constat:me_arret",
        (
            H("20/05", "AE", 0, "Préconisation retenue à la restitution : diagnostic par le "
              "référent sûreté du commissariat."),
            H("12/06", "AE", 0, "Visite du référent sûreté fixée au {24/06}."),
        ),
        "Diagnostic de sûreté de l'arrêt « Coteaux-Mairie », jugé angoissant le soir.",
        ("MB", "VSA"),
    ),
    ActionSeed(
        18, "HM", "tour_d", "Occupation du hall: référent sûreté bailleur", "MH", "cappelaere",
        "28/02", "EC", T.TRANQUILLITE, "iq1",
        (
            H("16/01", "AE", 0, "Hall de la tour D occupé chaque soir ; locataires inquiets."),
            H("06/03", "EC", 30, "Référent sûreté désigné, diagnostic du hall en cours."),
            H("15/05", "EC", 45, "Mobilier du hall déposé ; vidéoprotection à valider. "
              "Échéance dépassée.", "yannick"),
        ),
        "Occupation du hall de la tour D en soirée ; réponse coordonnée bailleur, police, "
        "médiation.",
        ("PN", "TUM", "PM"), AX.PRESENCE, priority=HIGH,
    ),
    ActionSeed(
        19, "HM", None, "Suivi en cellule de veille (hors plan public)", "DP", "belkacem",
        "mensuel", "EC", T.TRANQUILLITE, "cv1",
        (
            H("20/02", "AE", None, "Suivi mensuel des situations sensibles décidé ; registre "
              "nominatif tenu hors application."),
            H("17/04", "EC", None, "Point d'étape en cellule de veille."),
        ),
        "Suivi confidentiel des situations individuelles ; rien de nominatif ici.",
        ("PM", "TUM", "VM"),
    ),
    ActionSeed(
        20, "CO", "moulin", "Tailler la haie masquant la visibilité", "VSA", "caudron",
        "30/06", "R", T.TRANQUILLITE, "constat:me_haie",
        (
            H("09/04", "AE", 0, "Constat de la marche : haie haute, sortie du passage sans "
              "visibilité."),
            H("20/05", "EC", 50, "Taille programmée par les services techniques."),
            H("12/06", "R", 100, "Haie taillée à 1,20 m le {05/06} ; visibilité rétablie."),
        ),
        "Rendre la sortie du passage du Moulin visible depuis la rue.",
        ("LA",),
    ),
    # Éclairage
    ActionSeed(
        21, "HM", "filatures", "Remplacer 4 candélabres HS", "VM", "lemaire",
        "31/01", "R", T.ECLAIRAGE, "iq1",
        (
            H("16/01", "AE", 0, "Quatre candélabres éteints depuis novembre."),
            H("22/01", "EC", 50, "Intervention de l'entreprise d'éclairage public commandée."),
            H("29/01", "R", 100, "Quatre candélabres remplacés en LED le {28/01}."),
        ),
        "Rétablir l'éclairage public de la rue des Filatures.",
        ("CAMA",),
    ),
    ActionSeed(
        22, "CO", "vignes", "Éclairer le cheminement piéton (marcheuses)", "VSA", "caudron",
        "31/12", "AE", T.ECLAIRAGE, "constat:me_eclairage",
        (
            H("20/05", "AE", 0, "Préconisation prioritaire des marcheuses ; chiffrage demandé."),
            H("12/06", "AE", 0, "Chiffrage reçu (45 000 €) ; inscription au budget "
              "supplémentaire proposée."),
        ),
        "Éclairage des 300 m du chemin des Vignes, évité le soir par les habitantes.",
        ("CAMA", "DP"), cost=45000,
    ),
    ActionSeed(
        23, "PR", "barre_c", "LED à détection coursives et caves", "LA", "desmet",
        "30/09", "EC", T.ECLAIRAGE, "iq2",
        (
            H("06/03", "AE", 0, "Coursives et caves de la barre C mal éclairées."),
            H("24/04", "EC", 30, "Devis validé, travaux planifiés."),
            H("12/06", "EC", 45, "Caves équipées ; coursives à suivre."),
        ),
        "Remplacement des luminaires des coursives et des caves par des LED à détection.",
        ("VH",), AX.PETITS_TRAVAUX, cost=16400,
    ),
    ActionSeed(
        24, "HM", "parking_sud", "Réparer l'éclairage vandalisé", "VM", "lemaire",
        "15/03", "RP", T.ECLAIRAGE, "iq1",
        (
            H("16/01", "AE", 0, "Éclairage du parking sud hors service après vandalisme."),
            H("06/03", "EC", 20, "Câbles arrachés : réseau à reprendre, devis demandé."),
            H("24/04", "RP", 20, "Reprise du réseau coordonnée avec les travaux NPNRU : "
              "échéance reportée au {30/09}."),
        ),
        "Remettre en service l'éclairage du parking sud.",
        ("MH", "PM"), revised="30/09",
    ),
    # Stationnement, épaves, voirie
    ActionSeed(
        25, "HM", "parking_nord", "Enlever 6 épaves/véhicules ventouses", "PM", "haddouche",
        "31/03", "R", T.STATIONNEMENT, "iq1",
        (
            H("16/01", "AE", 0, "Six véhicules identifiés, procédures de mise en fourrière "
              "engagées."),
            H("06/03", "EC", 50, "Quatre véhicules enlevés par la fourrière."),
            H("24/04", "R", 100, "Les six véhicules sont enlevés (le dernier le {28/03})."),
        ),
        "Épaves et véhicules ventouses sur le parking nord.",
        ("MH", "VM"),
    ),
    ActionSeed(
        26, "PR", "rue_forges", "Marquage des places et bateaux PMR", "VH", "ouedraogo",
        "30/06", "EC", T.STATIONNEMENT, "iq2",
        (
            H("06/03", "AE", 0, "Stationnement anarchique rue des Forges."),
            H("24/04", "EC", 40, "Marquage commandé."),
            H("12/06", "EC", 70, "Places marquées ; bateaux PMR programmés la semaine du "
              "{23/06}."),
        ),
        "Matérialiser les places et abaisser les bordures aux passages piétons.",
        ("CAMA",),
    ),
    ActionSeed(
        27, "CO", "rue_haute", "Ralentisseur devant l'aire de jeux (conseil citoyen)", "VSA",
        "caudron", "30/10", "AE", T.STATIONNEMENT, "iq3",
        (
            H("24/04", "AE", 0, "Demande des habitants relayée par le conseil citoyen : "
              "vitesse excessive devant l'aire de jeux."),
            H("12/06", "AE", 0, "Comptage réalisé : V85 de 52 km/h ; projet de plateau "
              "ralentisseur à l'étude."),
        ),
        "Ralentir la circulation rue Haute au droit de l'aire de jeux.",
        ("CAMA", "MB"),
    ),
    ActionSeed(
        28, "HM", "beffroi", "Reboucher les nids-de-poule (accès tours C-D)", "CAMA",
        "forestier", "30/04", "R", T.STATIONNEMENT, "nq1",
        (
            H("13/02", "AE", 0, "Chaussée dégradée par les camions du chantier.", "yannick"),
            H("06/03", "EC", 30, "Rebouchage provisoire à l'enrobé à froid.", "yannick"),
            H("24/04", "R", 100, "Reprise définitive de la chaussée le {22/04}.", "yannick"),
        ),
        "Nids-de-poule de l'avenue du Beffroi devant les tours C et D.",
        ("VM",),
    ),
    ActionSeed(
        29, "PR", "cite", "Stationnement sur trottoir: arrêté + signalétique", "VH", "ouedraogo",
        "31/05", "EC", T.STATIONNEMENT, "iq2",
        (
            H("06/03", "AE", 0, "Trottoirs de la cité occupés par les voitures ; poussettes "
              "et fauteuils sur la chaussée."),
            H("24/04", "EC", 40, "Arrêté municipal pris le {15/04} ; panneaux commandés."),
            H("12/06", "EC", 60, "Panneaux livrés, pose en attente. Échéance dépassée."),
        ),
        "Interdire et signaler le stationnement sur les trottoirs de la cité minière.",
        ("LA", "PN"),
    ),
    ActionSeed(
        30, "HM", "chantier", "Afficher le plan de circulation NPNRU", "CAMA", "forestier",
        "28/02", "R", T.STATIONNEMENT, "nq1",
        (
            H("13/02", "AE", 0, "Déviations du chantier incomprises par les habitants.",
              "yannick"),
            H("26/02", "R", 100, "Plan affiché aux trois entrées du chantier et dans les "
              "halls.", "yannick"),
        ),
        "Informer les habitants des déviations et accès pendant les travaux.",
        ("VM", "MH"), priority=LOW,
    ),
)
# fmt: on
