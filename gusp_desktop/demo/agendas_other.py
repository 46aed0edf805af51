"""Ordres du jour of the cellule de veille, the walks (DEM, marche exploratoire) and the COPIL."""

from __future__ import annotations

from gusp_desktop.demo.agenda_seed import DECI, INFO, SUIVI, ItemSeed, item

OTHER_AGENDAS: dict[str, tuple[ItemSeed, ...]] = {
    "cv1": (
        item(
            "Rappel des règles de confidentialité",
            INFO,
            "belkacem",
            5,
            "Les échanges de la cellule de veille ne sont pas diffusés. Aucune donnée "
            "nominative n'est saisie dans le compte rendu : les situations sont désignées par "
            "un numéro d'ordre du registre tenu par la déléguée du préfet.",
        ),
        item(
            "Situations individuelles suivies",
            SUIVI,
            "belkacem",
            40,
            "Trois situations examinées (n° 1 à 3). Deux jeunes majeurs orientés vers la "
            "prévention spécialisée ; une famille accompagnée par le bailleur et la médiation "
            "après des menaces dans la tour D.",
            "Suivi mensuel des situations en cellule de veille, hors plan d'actions public "
            "({HM-019}).",
        ),
        item(
            "Occupation des halls et rodéos",
            SUIVI,
            "haddouche",
            20,
            "L'occupation du hall de la tour D se poursuit. Les rodéos du parking nord "
            "reprennent avec les beaux jours ; la police nationale sera associée.",
        ),
        item("Questions diverses", INFO, None, 10, "Aucune question diverse."),
    ),
    "cv2": (
        item("Rappel des règles de confidentialité", INFO, "belkacem", 5, "Règles rappelées."),
        item(
            "Situations individuelles suivies",
            SUIVI,
            "belkacem",
            40,
            "Cinq situations suivies (n° 1 à 5), dont deux nouvelles. La situation n° 3 est "
            "close après le relogement de la famille hors du quartier.",
            "Clôture de la situation n° 3.",
        ),
        item(
            "Tour D et parking nord",
            SUIVI,
            "haddouche",
            20,
            "Tension en baisse dans le hall de la tour D depuis la dépose du mobilier. Les "
            "patrouilles communes commencent le week-end prochain sur le parking nord.",
        ),
        item("Questions diverses", INFO, None, 10),
    ),
    "cv3": (
        item("Rappel des règles de confidentialité", INFO, "belkacem", 5),
        item("Situations individuelles suivies", SUIVI, "belkacem", 40),
        item("Tranquillité : bilan des patrouilles communes", SUIVI, "haddouche", 20),
        item("Questions diverses", INFO, None, 10),
    ),
    "demhm": (
        item(
            "Halte 1 – Square des Tisserands",
            INFO,
            "lemaire",
            25,
            "Bornes d'apport volontaire pleines, sacs au sol. Le jeu à ressort remplacé en "
            "mars est apprécié. Les familles saluent la présence des médiateurs annoncée pour "
            "avril.",
        ),
        item(
            "Halte 2 – Abords de l'école Jean-Macé",
            INFO,
            "cappelaere",
            25,
            "Herbes hautes et détritus le long des grilles de l'école, sur les espaces "
            "extérieurs de la résidence des Filatures.",
            "Désherbage et ramassage renforcés aux abords de l'école ({HM-012}).",
        ),
        item(
            "Halte 3 – Butte verte",
            INFO,
            "lemaire",
            25,
            "Personne n'entretient la butte : la Ville et le bailleur se renvoient la "
            "responsabilité. Dépôts de déchets verts.",
            "Clarification de la domanialité de la Butte verte ({HM-032}).",
        ),
        item(
            "Halte 4 – Pieds des tours A et B",
            INFO,
            "taleb",
            25,
            "Massifs arrachés, terre à nu. Une habitante en fauteuil ne peut pas entrer seule "
            "dans la tour B (marche de 12 cm).",
            "Replantation des massifs ({HM-035}) et rampe PMR à l'entrée de la tour B ({HM-045}).",
        ),
        item(
            "Halte 5 – Parking nord",
            INFO,
            "haddouche",
            20,
            "Nouveaux dépôts sauvages au fond du parking ; traces de rodéos sur les pelouses.",
        ),
        item(
            "Synthèse et suites données",
            DECI,
            "vasseur",
            20,
            "Les habitants demandent des réponses écrites, pas seulement des promesses. "
            "Étienne Vasseur s'engage sur une restitution publique.",
            "Réponses écrites sous deux mois et restitution publique ({HM-057}).",
        ),
    ),
    "dempr": (
        item("Halte 1 – Cité minière, rue des Corons", INFO, "lefebvre", 25),
        item("Halte 2 – Barres A, B et C", INFO, "desmet", 30),
        item("Halte 3 – Rue des Forges et résidence des Forges", INFO, "ouedraogo", 25),
        item("Halte 4 – Aire de jeux du Pré-Rolland", INFO, "ouedraogo", 20),
        item("Halte 5 – Arrêt de bus « Forges »", INFO, "forestier", 15),
        item("Synthèse et suites données", DECI, "ouedraogo", 20),
    ),
    "me1": (
        item(
            "Arrêt 1 – Place centrale",
            INFO,
            "caudron",
            15,
            "Place bien éclairée mais corbeilles trop rares ; les marcheuses s'y sentent en "
            "sécurité.",
        ),
        item(
            "Arrêt 2 – Passage du Moulin",
            INFO,
            "dufosse",
            20,
            "Une haie haute masque toute la sortie du passage : « on ne voit pas qui arrive ».",
        ),
        item(
            "Arrêt 3 – Chemin des Vignes",
            INFO,
            "caudron",
            25,
            "Aucun éclairage sur 300 m ; dépôt de gravats qui rétrécit le passage. La plupart "
            "des marcheuses évitent ce chemin le soir et font un détour de dix minutes.",
        ),
        item(
            "Arrêt 4 – Arrêt de bus « Coteaux-Mairie »",
            INFO,
            "dufosse",
            15,
            "Abri opaque, aucun éclairage propre : l'attente le soir est jugée angoissante.",
        ),
        item(
            "Arrêt 5 – Talus et mairie annexe",
            INFO,
            "desmet",
            15,
            "Talus non tondu ; pas de place PMR ni de trottoir abaissé devant la mairie annexe.",
        ),
        item(
            "Échanges de fin de marche",
            INFO,
            "caudron",
            20,
            "Les marcheuses rédigeront leur rapport avec Trait d'Union Médiation avant la "
            "restitution aux élus.",
            "Restitution de la marche aux élus le {20/05} ({CO-058}).",
        ),
    ),
    "me2": (
        item(
            "Présentation du rapport des marcheuses",
            INFO,
            "dufosse",
            30,
            "Onze habitantes ont participé. Le rapport classe les constats par arrêt, avec "
            "photos, et propose six préconisations.",
        ),
        item(
            "Préconisations et réponses de la commune",
            DECI,
            "caudron",
            40,
            "Le maire retient les six préconisations. Le talus a déjà été tondu et la place "
            "PMR de la mairie annexe est marquée. L'éclairage du chemin des Vignes demande un "
            "chiffrage ; l'arrêt de bus relève d'un diagnostic sécurité.",
            "Éclairage du cheminement piéton du chemin des Vignes ({CO-022}).",
            "Diagnostic sécurité de l'arrêt de bus par le référent sûreté ({CO-017}).",
        ),
        item(
            "Calendrier de mise en œuvre",
            INFO,
            "demarquette",
            15,
            "Les actions sont inscrites au plan GUSP ; point d'étape au COTECH du {12/06}.",
        ),
    ),
    "copil1": (
        item("Validation du relevé de décisions du COPIL du {12/12/2024}", DECI, "vasseur", 5),
        item(
            "Bilans ATFPB {Y-1}",
            DECI,
            "taleb",
            35,
            description="Marve Habitat : 1 850 logements, 412 000 € ; Logis de l'Aubrin : 640 "
            "logements, 138 000 €. Avis des partenaires sur les bilans.",
        ),
        item(
            "Plan d'actions GUSP {Y} : avancement et retards",
            SUIVI,
            "demarquette",
            30,
            description="Tableau de suivi au {12/06} ; actions en retard et reportées.",
        ),
        item("Retours des DEM et de la marche exploratoire des Coteaux", INFO, "demarquette", 15),
        item("Projet NPNRU des Hauts-de-Marve", INFO, "forestier", 15),
        item("Calendrier du second semestre", INFO, "demarquette", 5),
        item("Questions diverses", INFO, None, 10),
    ),
    "copil2": (
        item("Validation du relevé de décisions du COPIL du {26/06}", DECI, "vasseur", 5),
        item("Bilan du plan d'actions GUSP {Y}", SUIVI, "demarquette", 35),
        item("Programmation ATFPB de l'année suivante", DECI, "taleb", 30),
        item("Calendrier des instances de l'année suivante", DECI, "demarquette", 10),
        item("Questions diverses", INFO, None, 10),
    ),
}
