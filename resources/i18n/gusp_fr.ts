<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="fr_FR">
<context>
    <name>ActionDetailPanel</name>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier et site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe ATFPB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coût</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constats d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélectionnez une action pour voir son détail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restreinte (cellule de veille)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (révisée ; initiale : {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — en retard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>Rechercher : numéro, titre, site, pilote… (Ctrl+F)</source>
        <extracomment>Typing pauses this long before the query runs, so a word is one query, not one per letter. Some criterion changed (text changes arrive after the debounce delay).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les quartiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les thèmes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les axes ATFPB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les pilotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions ouvertes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En retard uniquement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>au</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionFormDialog</name>
    <message>
        <source>Modifier l&apos;action {number}</source>
        <extracomment>The action edited or copied (read again just before the form opens). Quartiers offered for a new action (a séance offers its instance&apos;s perimeter).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer l&apos;action {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le constat qui a conduit à l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mesure du résultat attendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action à diffusion restreinte (cellule de veille)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fixée au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. : après les travaux d&apos;été</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hors ATFPB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constat / origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentialité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance initiale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note d&apos;échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe ATFPB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coût (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (copie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saisie directe dans le plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décidée en séance ({seance})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le quartier de l&apos;action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez l&apos;organisation pilote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun site précis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionHistoryView</name>
    <message>
        <source>en séance {seance}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} : {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — échéance {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat : {outcome}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>restreinte</source>
        <extracomment>Restricted actions (cellule de veille, marked by hand) stand out from the public plan. The progress as an int, for the progress bar of the « Avancement » column.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe ATFPB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coût</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance initiale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifiée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusion restreinte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Aucune action à afficher : « Nouvelle action » (Ctrl+N) pour en créer une, ou « Effacer les filtres ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans regroupement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regrouper :</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s)</source>
        <translation>
            <numerusform>%n action</numerusform>
            <numerusform>%n actions</numerusform>
        </translation>
    </message>
    <message>
        <source>Comptage…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement d&apos;état refusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changement d&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} : {old} → {new}
Commentaire pour l&apos;historique (facultatif) :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaCommand</name>
    <message>
        <source>Ajouter « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déplacer « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Ajouter un point</source>
        <extracomment>The points as stored after a change (the minutes tab follows them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points suggérés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(personne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce point n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé du point :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le point « {title} » de l&apos;ordre du jour ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ses notes et ses décisions seront supprimées avec lui.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer un point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total prévu : {total} min sur {duration} min (dépassement de {n} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total prévu : {total} min sur {duration} min (reste {n} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter « {title} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée (min)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <source>Abattement {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant de l&apos;abattement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Serveur partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur « {name} » sera ouvert au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Serveur partagé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur injoignable, nouvelle tentative… ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur de nouveau joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données trop récente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installez la dernière version de {app}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données inaccessible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiez le fichier ou le serveur choisi, puis relancez.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AtfpbPage</name>
    <message>
        <source>Nouvelle convention…</source>
        <extracomment>Everything is shown (tests and screenshots wait for it). Runs a form and says whether it was accepted (tests answer it themselves).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abattement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle ligne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le bilan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À justifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme de l&apos;année, par axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À renseigner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune convention ATFPB ne couvre cette année : créez-en une.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bailleur} – {quartier} : {logements} logements. Abattement {year} : {abattement}. Prévu : {planned} ; réalisé : {realised} ({used} de l&apos;abattement ; {previous} : {previous_used}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) à justifier.</source>
        <translation>
            <numerusform>%n ligne à justifier.</numerusform>
            <numerusform>%n lignes à justifier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sous-consommation : {amount}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan exporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceCommand</name>
    <message>
        <source>non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émargement : {name}, {status}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Participant</source>
        <extracomment>The séance&apos;s undo stack (shared with the ordre du jour), set by the séance view.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représenté par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un participant…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer de la feuille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invité(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>venu(e) sans invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représenté par…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} présent(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} excusé(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} représenté(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} absent(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} non renseigné(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette ligne n&apos;est plus sur la feuille : rien n&apos;a été changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui représente {name} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un participant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne présente sans avoir été invitée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer {name} de la feuille d&apos;émargement ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer un participant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Sauvegardes de la base locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier : {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base restaurée depuis la {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ancienne base est gardée : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fenêtre va se fermer : relancez GUSP Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restauration terminée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;uvegardes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base endommagée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voulez-vous restaurer une sauvegarde automatique de la base locale ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <source>Modifier %n action(s)</source>
        <translation>
            <numerusform>Modifier %n action</numerusform>
            <numerusform>Modifier %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> et %n autre(s)</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décaler l&apos;échéance de</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>semaines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que l&apos;on retient de ces actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire pour l&apos;historique (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat (pour les actions closes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cochez au moins une modification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le résultat : ces actions seront closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>état → {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pilote → {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>échéance décalée de %n jour(s)</source>
        <translation>
            <numerusform>échéance décalée de %n jour</numerusform>
            <numerusform>échéance décalée de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>thème → {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BulkTexts</name>
    <message>
        <source>Modifications groupées</source>
        <extracomment>Told which actions were changed (the page reloads and keeps them selected). (action ids, change) pairs that together put a selection back as it was.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Appliquer à %n action(s) ?
{change}</source>
        <translation>
            <numerusform>Appliquer à %n action ?
{change}</numerusform>
            <numerusform>Appliquer à %n actions ?
{change}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modification de %n action(s) : {change}</source>
        <translation>
            <numerusform>Modification de %n action : {change}</numerusform>
            <numerusform>Modification de %n actions : {change}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Travail en cours en arrière-plan…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Civility</name>
    <message>
        <source>Madame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monsieur</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Colonnes par défaut</source>
        <extracomment>A column was shown or hidden, or the defaults came back.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflit de modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quelqu&apos;un a enregistré {what} pendant votre modification. Rien n&apos;a été écrasé. Comparez les deux versions puis choisissez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusion — {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Textes fusionnés (modifiables) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Garder ma version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prendre l&apos;autre version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connexion au serveur partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité (CA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mémoriser le mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>facultatif : vérifie l&apos;identité du serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificats (*.pem *.crt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstatDialog</name>
    <message>
        <source>Constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(hors halte)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constat positif (ce qui va bien)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(non précisée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse ou repère, si pas de site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que les professionnels constatent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paroles d&apos;habitants, telles qu&apos;entendues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paroles d&apos;habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préconisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu / adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstatProposalsDialog</name>
    <message>
        <source>Constats proposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer les constats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{photos} photo(s) regroupée(s) en {n} constat(s) proposé(s), par halte et par prises de vue rapprochées. Écrivez le constat des groupes à garder ; les photos des autres restent à rattacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrivez le constat, ou décochez-le.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un constat coché n&apos;a pas de texte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun constat coché : écrivez-en au moins un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} constat(s) créé(s) avec leurs photos.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstatSummary</name>
    <message>
        <source>Marche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernier constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun constat à qualifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marche du {date} — {quartier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors marche — {quartier}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConstatTableModel</name>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+/−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactAdapter</name>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (parti)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toujours en poste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le contact « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Nom, fonction ou organisation…</source>
        <extracomment>Creates a contact from the name typed (parent of its dialog given); None when cancelled.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter à l&apos;annuaire une personne qui n&apos;y est pas</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConventionDialog</name>
    <message>
        <source>Nouvelle convention ATFPB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Première année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dernière année</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logements concernés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Droit commun de référence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un bailleur et un quartier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Date</source>
        <extracomment>Open the plan d&apos;actions filtered by an :class:`ActionQuery`. Everything is shown (start-up measures and tests wait for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance prévue dans les {days} jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune action en retard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune échéance dans les {days} jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir toutes les actions en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voir toutes ces échéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochaines séances ({days} jours)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéances des {days} prochains jours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions en retard par pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions par état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions par thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalements ouverts et en retard par organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constats à qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) en retard</source>
        <translation>
            <numerusform>%n action en retard</numerusform>
            <numerusform>%n actions en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) à venir</source>
        <translation>
            <numerusform>%n séance à venir</numerusform>
            <numerusform>%n séances à venir</numerusform>
        </translation>
    </message>
    <message>
        <source>+ séances restreintes non affichées : {placeholder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui : {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) : voir le plan</source>
        <translation>
            <numerusform>… et %n autre : voir le plan</numerusform>
            <numerusform>… et %n autres : voir le plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Ouvrir le plan d&apos;actions sur ces échéances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement du tableau de bord…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Tapez la date (« 24/06/2027 », ou « 15/02 » pour cette année) ou choisissez-la.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date refusée : « {text} » n&apos;est pas une date entre {first} et {last} (jj/mm/aaaa, ou jj/mm pour cette année).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecisionTextDialog</name>
    <message>
        <source>Ctrl+Maj+O : marquer la sélection comme donnée personnelle.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Organisations et contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances et membres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter ses données…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymiser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Convocation</source>
        <extracomment>The plan&apos;s export formats, as ``services.exports.PLAN_FORMATS`` (a test keeps them equal): the menu is built with the window, before the export service is ever imported. (kind, French name, formats) of the documents of one séance.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relevé de décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance sélectionnée</source>
        <extracomment>The time-stamping server the application started with, read at the first use of the signing service (building it at start-up cost the window 60 ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan d&apos;actions (filtre affiché)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un tableau de suivi renvoyé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider et signer le compte rendu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erratum du compte rendu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier un document signé…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identités de signature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relances des pilotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse pour les habitants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre des traitements…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{warnings}

L&apos;enregistrer quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation sans destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan d&apos;actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document enregistré :
{path}

L&apos;ouvrir maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être ouvert : aucune application ne semble associée aux fichiers « .{suffix} » sur cet ordinateur.

Ouvrir le dossier qui le contient ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier n&apos;a pas pu être ouvert non plus. Le document est ici :
{path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance sélectionnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une séance dans la page « Séances ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erratum du compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de la correction (il figurera en tête de l&apos;erratum) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;erratum (version {number}) est ouvert : le compte rendu peut être corrigé, puis validé et signé à nouveau. La version signée précédente reste disponible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erratum ouvert</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldFiles</name>
    <message>
        <source>Importer des photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune photo (JPEG, PNG ou HEIC) dans ce qui a été déposé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photo(s) importée(s), {placed} placée(s) sur une halte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{d} déjà présente(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constats proposés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune photo à rattacher.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu de la marche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restitution aux habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document enregistré : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldMap</name>
    <message>
        <source>Plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer le plan du quartier et le caler par deux ou trois points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan du quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette marche n&apos;a pas de quartier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçu le {date} ({channel})
Catégorie : {category}
Adresse : {address}
Organisation : {organisation}
Statut : {status}, échéance le {due}

{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalement n° {n}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FieldWorkPanel</name>
    <message>
        <source>Objectifs de la marche</source>
        <extracomment>Something was imported or changed (tests wait on it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une halte au parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancer la halte dans le parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reculer la halte dans le parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu de la marche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restitution aux habitants…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau constat (Inser)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier le constat (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer en action (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des photos, ou les déposer ici, ou le dossier du téléphone (JPEG, PNG, HEIC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> ({n} constat(s))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la halte ? Ses constats et photos restent sur la marche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la halte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun quartier n&apos;est défini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rattacher des photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélectionnez dans le tableau le constat qui reçoit les photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le constat n° {n} et ses photos ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer en action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un ou plusieurs constats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à choisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une action à partir de {n} constat(s) ? Quartier, site et thème viennent du premier ; pilote : {pilot}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {number} créée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif ou suite donnée :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer en action…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Point de suivi d&apos;une action</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HalteDialog</name>
    <message>
        <source>Halte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heure d&apos;arrivée prévue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighlightsEditor</name>
    <message>
        <source>Ce qu&apos;il faut retenir de la séance…</source>
        <extracomment>The séance as stored after a save here (its version moved on).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date, lieu et ordre du jour pressenti de la prochaine réunion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mention de diffusion (par exemple : diffusion restreinte aux membres)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter un destinataire…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faits marquants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochaine réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de l&apos;enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance a été modifiée ailleurs pendant que vous écriviez les faits marquants, la prochaine réunion ou la diffusion. Enregistrer votre version par-dessus ? (Non : la version enregistrée s&apos;affiche.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit de modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie du compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui reçoit aussi le compte rendu ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Par</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Événement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Détail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun événement enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émetteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valable jusqu&apos;au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identités de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mémoriser les nouvelles phrases secrètes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle autorité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle identité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un .p12…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le certificat de l&apos;autorité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autorité créée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créez d&apos;abord l&apos;autorité de l&apos;organisation, ou importez un .p12.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identité créée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat à importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de l&apos;identité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase secrète du fichier « {name} » :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat importé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le certificat de l&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autorité à choisir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sélectionnez dans la liste l&apos;autorité dont exporter le certificat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle phrase secrète pour « {name} » :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmez la phrase secrète :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase secrète</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceAdapter</name>
    <message>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périmètre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tout le territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentielle (cellule de veille…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Périodicité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu habituel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée habituelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;instance « {code} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvitationsEditor</name>
    <message>
        <source>Invité(e)</source>
        <extracomment>Until the séance takes place its invitation list may change; afterwards it is a record. The whole sheet as stored after a change here (the émargement tab follows).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège dans l&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter les membres de l&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter une personne…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer l&apos;invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Siège si le ou la titulaire est empêché(e)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} invité(s) dont {substitutes} suppléant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun invité : la convocation n&apos;aurait aucun destinataire. « Inviter les membres de l&apos;instance » convie ses titulaires et suppléants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inviter une personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui inviter à la séance ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer {name} de la liste des invités ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer une invitation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Action</source>
        <extracomment>Every French label of the domain, for lupdate (generated from the domain&apos;s vocabularies).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point de l&apos;ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membre d&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relecteur du compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destinataire du compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>création</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changement d&apos;état</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attribution de rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>retrait des droits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accès aux contenus restreints accordé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accès aux contenus restreints retiré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>durée de conservation appliquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>création directe (SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>modification directe (SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppression directe (SQL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déplacement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nouvel ordre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convocation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nouveau numéro</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mise à jour par le tableau de suivi renvoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bailleur social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecte et traitement des déchets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Police</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Association</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Régie de quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conseil citoyen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comité technique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comité de pilotage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cellule de veille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic en marchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marche exploratoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Président</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrétaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titulaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppléant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convoquée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu en rédaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu en relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu validé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Présent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excusé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représenté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À engager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En cours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reportée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonnée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propreté, déchets, encombrants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tranquillité, sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éclairage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stationnement, épaves, voirie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Espaces verts, aires de jeux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parties communes, ascenseurs, bâti</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessibilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Équipements, services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chantiers NPNRU, gestion transitoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participation, lien social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 – Renforcement de la présence du personnel de proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 – Formation et soutien des personnels de proximité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 – Sur-entretien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4 – Gestion des déchets et encombrants / épaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 – Tranquillité résidentielle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 – Concertation / sensibilisation des locataires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 – Animation, lien social, vivre ensemble</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8 – Petits travaux d&apos;amélioration de la qualité de service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partiellement réalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non réalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformé en action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traité directement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans suite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moyenne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Similitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>brouillon enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>envoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>déjà envoyée (ignorée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>échec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas d&apos;adresse électronique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conservation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cellule verrouillée modifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancement (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle échéance proposée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes du compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gardien</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main courante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pris en charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejeté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erratum en rédaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>président de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrétaire de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil de connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convention ATFPB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne de programme ATFPB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Règle d&apos;orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version de compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance planifiée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation renvoyée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier local</source>
        <extracomment>The two kinds of database the status bar names (``db.engine.describe`` writes French).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur partagé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} : {where}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source> (convocation du {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — motif : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{role} : {name}, le {date} à {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signé — </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — signature manquante : {roles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convocation sans destinataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personne n&apos;est invité à cette séance : la convocation n&apos;aura aucun destinataire. L&apos;enregistrer quand même ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarer tenue la séance du {date} ? Le compte rendu pourra être rédigé ; la déclaration reste annulable tant que rien n&apos;en est écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance tenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance n&apos;a pas eu lieu : revenir au statut précédent ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler « tenue »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le compte rendu ? Il ne pourra plus être modifié (une correction passera par un erratum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider le compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Convoquer…</source>
        <extracomment>The séance as stored after a step (the view and the list follow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarer la séance tenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer le compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer en relecture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre la rédaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer le compte rendu…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avis d&apos;annulation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État : {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État : {status} — projet envoyé le {date} à {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif de l&apos;annulation (il figurera sur l&apos;avis d&apos;annulation) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer l&apos;avis d&apos;annulation à envoyer aux invités, et l&apos;annulation pour leurs agendas ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avis d&apos;annulation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Nouvelle ligne du programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renforcement (au-delà du droit commun)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numéros séparés par des virgules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant prévu (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résidences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cofinancements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions du plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant prévu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListAndMap</name>
    <message>
        <source>Liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveCaptureBar</name>
    <message>
        <source>Décision ou action du point en cours… (Entrée : décision)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;rrivée…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dé&amp;part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision enregistrée : {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action {number} enregistrée : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivée en cours de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui arrive ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrivée de {name} ({organisation}) à {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Départ en cours de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui quitte la séance ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Départ de {name} ({organisation}) à {time}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveMeetingWindow</name>
    <message>
        <source>Plein écran (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter le mode séance (Échap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Point précédent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point suivant ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarer la séance tenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes du point (enregistrées automatiquement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions du point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode séance — {code} n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — séance n° {number} du {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{position}. {title}
{spent} / {minutes} min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ordre du jour est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — présenté par {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La saisie s&apos;ouvre quand la séance est déclarée tenue ; les chronomètres tournent déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance : {spent} / {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point : {spent} / {planned}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Connexion au serveur perdue : reconnexion automatique en cours (les modifications des autres postes apparaîtront à son retour).</source>
        <extracomment>Rows other clients changed (a ChangeSet). The listening connection was lost; the French message explains it. The connection is back (changes made meanwhile follow in ``changes_arrived``). A background reconnection attempt ended: the missed rows, or the error.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Préférences…</source>
        <extracomment>Pause between the first page&apos;s data and the import of the other pages&apos; modules.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher &amp;partout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ctualiser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À &amp;propos de GUSP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Édition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte système « {login} » n&apos;est pas un utilisateur enregistré de cette base : vos modifications portent ce nom. Lancez l&apos;application avec GUSP_USER=identifiant (par exemple claire) ou demandez à un coordinateur de vous enregistrer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte système « {login} » (non enregistré) — {role}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{app} {version}
Suivi des comités GUSP, du plan d&apos;actions et des comptes rendus.
Licence EUPL 1.2.

{database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À propos de GUSP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Zoom avant (+ ou molette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom arrière (− ou molette)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recentrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montrer toutes les données de la carte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors connexion…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer la carte hors connexion : télécharger les fonds du secteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hors connexion : fonds de carte du cache seulement (ou le plan importé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer la carte hors connexion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun point placé sur la carte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le secteur demande {n} tuiles (au plus {max}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléchargement des fonds de carte…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} tuile(s) téléchargée(s), {f} en échec ; {c} au total en cache.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemberAdapter</name>
    <message>
        <source>Membres de l&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un contact de l&apos;annuaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le siège de {name} dans cette instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Actions de la séance</source>
        <extracomment>A combo box beyond this many actions is no help; the plan d&apos;actions page has the rest. (item id, version) after notes were saved, for the agenda tab&apos;s next edit. A new action was decided in this séance (the ActionRow saved).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point de suivi d&apos;une action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points de l&apos;ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faits marquants, prochaine réunion, diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les notes sont enregistrées automatiquement pendant la saisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte rendu ne peut pas être modifié au statut « {status} » : il se rédige une fois la séance tenue, jusqu&apos;à sa validation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un texte non enregistré a été retrouvé pour un point qui n&apos;existe plus. Le voici pour mémoire :

{text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte non enregistré retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>décidée en séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suivie en séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>non chiffré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant illisible : « {text} » (exemple : 1 250,50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant illisible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>Nouveau contact dans l&apos;annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez son organisation.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <source>Nouvelle identité de signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(non précisée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autorité émettrice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesAutosaver</name>
    <message>
        <source>Votre texte non enregistré</source>
        <extracomment>Pause after the last keystroke before the database save (the promise is « within 2 s »). Longest excerpt of a text quoted in a question, so the dialog still fits on screen. &quot;saved&quot;, &quot;pending&quot;, &quot;saving&quot; or &quot;failed&quot;: the editor&apos;s status line follows it. (item id, version): the notes are stored; other editors of the point expect this version.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les notes du point « {point} » ont été modifiées ailleurs pendant que vous écriviez.

Version enregistrée :
{stored}

Votre version :
{mine}

Remplacer la version enregistrée par la vôtre ?
(Non : les deux textes sont conservés l&apos;un sous l&apos;autre.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit de modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un texte non enregistré a été retrouvé pour le point « {point} » (l&apos;application s&apos;est fermée avant de l&apos;enregistrer) :

{text}

Le récupérer ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte non enregistré retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un texte non enregistré a été retrouvé pour le point « {point} », mais les notes enregistrées ont changé depuis.

Version enregistrée :
{stored}

Texte retrouvé :
{text}

Le récupérer ?
(Oui : les deux textes sont conservés l&apos;un sous l&apos;autre.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte retrouvé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un texte non enregistré a été retrouvé pour le point « {point} », mais le compte rendu ne peut plus être modifié. Le voici pour mémoire :

{text}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganisationAdapter</name>
    <message>
        <source>Organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire actif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;organisation « {code} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Séances</source>
        <extracomment>What the séance list shows (names, numbers, dates, statuses). What an open séance shows; its own changes come back through its widgets.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan d&apos;actions</source>
        <extracomment>Entities whose change can alter a row of the plan (names, codes and the actions themselves).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <extracomment>Sidebar order.
----------
Signalements per organisation: (organisation id, counts and délais). Constats still to qualify (turn into an action, deal with, close). Séances of restricted instances the user may not read fall in the period: the count says something is left out (never how much). Every action due in the period, of which ``due_soon`` holds the nearest.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ATFPB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Filtrer les organisations…</source>
        <extracomment>The ticked organisations changed.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Exporter les données de {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Données exportées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout ce que la base contient sur {name} est dans « {path} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymiser {name} ?

Son nom, son adresse électronique, son téléphone et sa fonction seront remplacés définitivement, et son nom occulté dans les notes et les actions. Ses participations, ses émargements et les actions qu&apos;il pilote sont conservés ; les comptes rendus signés restent intacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymiser un contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact anonymisé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PersonalDataMarks</name>
    <message>
        <source>Donnée personnelle : « [occulté] » hors de l&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquer comme donnée personnelle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer la marque de donnée personnelle</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>Ajouter des photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos du signalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Rattacher au constat</source>
        <extracomment>The user asked to attach the selected photos to the selected constat. The user asked for a new constat made of the selected photos. The user asked which constats the photos make, grouped by halte and time.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donner les photos choisies au constat sélectionné dans le tableau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau constat avec les photos choisies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposer des constats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regrouper les photos par halte et par prises de vue rapprochées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos à rattacher : {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune photo à rattacher.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <source>{label} : nombre attendu (degrés décimaux), pas « {text} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 50,3612</source>
        <extracomment>The site list was filled again (the quartier changed) or another site was chosen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ex. 3,5231</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucun site)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Nouvelle action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dupliquer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point de suivi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la sélection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une action dans le plan (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier l&apos;action sélectionnée (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer d&apos;un coup l&apos;état, le pilote, l&apos;échéance ou le thème</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan du quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir l&apos;image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer le point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cliquez sur le plan pour placer au moins deux points.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformation :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas une image lisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} sur {n} points : écart moyen {rms:.1f} m, maximal {max:.1f} m.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord l&apos;image du plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanFollowUpDialog</name>
    <message>
        <source>Suivi de l&apos;action {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter au</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (en retard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pourquoi l&apos;échéance change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui a été fait, ce qui reste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif du report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} — {title}
{status}, {progress}&#xa0;%, échéance : {deadline}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point de suivi enregistré : {number} — {status}, {progress} %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clore l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rouvrir l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez l&apos;action suivie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le motif du report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le résultat de l&apos;action avant de la clore.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PointMinutesPanel</name>
    <message>
        <source>Constats, échanges, points de vue…</source>
        <extracomment>The decisions shown changed (the live meeting mode mirrors them).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une décision…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (présenté par {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec de l&apos;enregistrement : le texte est gardé sur ce poste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décision :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la décision « {text} » ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer une décision</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La langue choisie s&apos;applique au prochain démarrage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun (chemin d&apos;une image PNG ou JPEG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun (signatures PAdES B-B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan IGN (adresse XYZ avec {z}, {x}, {y}, ou « aucun »)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Langue de l&apos;interface :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo des documents :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur d&apos;horodatage :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur de fonds de carte :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de logo « {path} » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur d&apos;horodatage doit commencer par http(s)://.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Phrase secrète</source>
        <extracomment>How long a status-bar notice stays (ms).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit de modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saisie refusée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opération impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur inattendue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Ce que montrent les photos (le constat)</source>
        <extracomment>Turns a reviewed group into the constat to create (the page knows quartier and site).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer ce constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faire deux constats, avant la photo choisie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fusionner avec le suivant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de constat : les photos restent à rattacher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thème</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hors halte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} photo(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Labels of Qt&apos;s own file dialog (used on Linux without a desktop theme) that Qt&apos;s French catalogue lacks, so « Look in: » showed in a French window. Listed here for lupdate; our catalogue, installed after Qt&apos;s, fills these gaps and leaves the rest to Qt.</extracomment>
        <translation>Regarder &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>&amp;Type de fichier&#xa0;:</translation>
    </message>
</context>
<context>
    <name>QuartierAdapter</name>
    <message>
        <source>Quartiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NPNRU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier en renouvellement urbain (NPNRU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La population doit être un nombre entier d&apos;habitants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le quartier « {code} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RealiseDialog</name>
    <message>
        <source>Réalisation : {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montant valorisé (€)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explication de l&apos;écart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant réalisé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Rechercher…</source>
        <extracomment>Heading of the panel. Entities whose change means the list must be reloaded. Narrows the list (e.g. the organisation whose contacts are shown); None = everything. The record shown in the form changed (None: a new record is being typed). A save or delete committed (its ChangeSet), so related lists can follow.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien ici pour l&apos;instant : « Nouveau » (Ctrl+N) pour créer, ou effacez la recherche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abandonner les modifications en cours du formulaire ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré : {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer {what} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmer la suppression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppression refusée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Registre des traitements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter en DOCX…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lecture de la base…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporter le registre des traitements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre exporté</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registre des traitements écrit dans « {path} ».</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RelancesDialog</name>
    <message>
        <source>Relances des pilotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tester l&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profils d&apos;envoi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les brouillons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil d&apos;envoi :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> jour(s) avant la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le modèle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réponse attendue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de relance pour cette séance (passée, annulée ou à diffusion restreinte) : choisissez une séance à venir ou une date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Préparation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas d&apos;adresse électronique dans l&apos;annuaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{occasion} du {day} : {people} message(s), {count} action(s) ouverte(s) ; réponse attendue avant le {due}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;À :&lt;/b&gt; {to}&lt;br&gt;&lt;b&gt;Objet :&lt;/b&gt; {subject}&lt;br&gt;&lt;b&gt;Pièces jointes :&lt;/b&gt; plan d&apos;actions {code} (PDF, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier des brouillons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer {n} message(s) depuis {sender} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer les relances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe SMTP de {user} sur {host}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe SMTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Essai réussi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message d&apos;essai envoyé à {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun profil d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez un profil d&apos;envoi (« Profils d&apos;envoi… ») pour envoyer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyées : {sent} · brouillons : {drafts} · déjà envoyées : {already} · échecs : {failed}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentSummaryDialog</name>
    <message>
        <source>PDF (à imprimer, gros caractères)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word (DOCX, modifiable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page web (HTML, pour le site de la ville)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse pour les habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Du</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Au (inclus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui a été signalé, décidé et fait, en langage simple : aucun nom de personne, rien de ce qui est à diffusion restreinte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Période inversée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de fin précède la date de début : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synthèse enregistrée : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReturnsReviewDialog</name>
    <message>
        <source>Importer un tableau de suivi renvoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de suivi renvoyé : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de la personne qui a renvoyé le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout accepter les changements sans conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout rejeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action / champ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporté → renvoyé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dans l&apos;application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partenaire :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(pilote de chaque action)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Points rattachés à :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lignes :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transmis par :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supprimée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur invalide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(aucune séance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} action(s) mise(s) à jour : points de suivi au nom de {author}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tableau de suivi importé</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Envoyer le projet en relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le projet et l&apos;envoyer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le projet de compte rendu, marqué « PROJET — document de travail » sur chaque page, est envoyé pour remarques à :</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeanceDialog</name>
    <message>
        <source>Nouvelle séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance n° {number} — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Président(e) de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrétaire de séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(personne)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact n° {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeanceDocuments</name>
    <message>
        <source>Convocation</source>
        <extracomment>Documents whose export marks the séance convened (the service does it as it writes them). What each document is called in file dialogs and suggested file names.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation mise à jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Avis d&apos;annulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annulation pour les agendas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projet de compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeanceListPanel</name>
    <message>
        <source>Rechercher : instance, lieu, date, n°…</source>
        <extracomment>The user selected a séance (its id). Double-click or Entrée on a séance: edit it. Right click: (séance id or None, global position) for the page&apos;s context menu.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les états</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune séance à afficher : « Nouvelle séance… » (Ctrl+N) pour en créer une, ou élargissez les filtres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>État</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR en rédaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR en relecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR validé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CR signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À venir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diffusion restreinte : réservée aux membres de l&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeanceView</name>
    <message>
        <source>Mode séance (F11)</source>
        <extracomment>Walks have a route, constats and photos: the « Terrain » tab. Date, time, place or duration: what the invitation in partners&apos; calendars shows. The séance as stored after this view changed it (the list follows). Active people of the directory (pickers of the tabs and of the live mode). Seconds that only move forward; tests replace it to drive the live mode&apos;s stopwatches.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ordre du jour en plein écran, avec les chronomètres et la saisie rapide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relances…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demander aux pilotes où en sont leurs actions avant cette séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{code} — séance n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, {date} à {time}, {place} ({minutes} min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lieu à préciser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>présidence : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrétariat : {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La convocation a été envoyée le {date}. Enregistrer l&apos;invitation mise à jour (ICS) pour la renvoyer aux invités ? Leurs agendas déplaceront la réunion au lieu de la dupliquer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invitation mise à jour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeancesPage</name>
    <message>
        <source>Nouvelle séance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une séance dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier ou reporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvelle séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créez d&apos;abord une instance (comité technique, COPIL…) dans l&apos;annuaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer la séance n° {number} du {date} ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer une séance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Rechercher partout</source>
        <extracomment>Typing pauses this long before the search runs. Icon of each kind of result (files of resources/icons). Keys that move through the results while the cursor stays in the search box. The user chose a result (Entrée or double-click): the window opens it where it lives. Results for the current text are shown (tests and the status line wait for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions, comptes rendus, décisions, suivis, contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapez quelques lettres : les résultats s&apos;affichent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n résultat</numerusform>
            <numerusform>%n résultats</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun résultat pour {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche impossible : {error}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>l&apos;action</source>
        <extracomment>What rows are called in conflict messages (see ``domain.errors.ROW_NOUNS``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le point de l&apos;ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la ligne d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la fiche</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la place de membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la séance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} n° {id} introuvable.</source>
        <extracomment>The most frequent service messages, as patterns: each named group is kept as typed (a number, a code) or, for ``what``, read as a label. Anything else stays French.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} « {code} » introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre rôle (« {role} ») ne permet pas cette modification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base est occupée par un autre programme{place} ; réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification concurrente sur le serveur{place} : rien n&apos;a été enregistré ; réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier de base de données{place} : vérifiez qu&apos;il existe et que son dossier est accessible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disque plein{place} : la modification n&apos;a pas été enregistrée. Libérez de la place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur de lecture ou d&apos;écriture du disque{place} : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentification refusée par le serveur{place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base n&apos;existe pas sur le serveur{place}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base de données est endommagée{place} : rien n&apos;a été écrit. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une base GUSP Desktop lisible{place} : il est endommagé ou appartient à un autre programme. Rien n&apos;a été modifié. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur refuse cette opération{place} : votre compte est en lecture seule ou n&apos;a pas le privilège nécessaire. Demandez-le au propriétaire de la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur injoignable{place}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur injoignable{place} : {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base a été mise à jour par une version plus récente de GUSP Desktop (révision {revision}). Installez la dernière version de l&apos;application ; rien n&apos;a été modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier « {folder} » n&apos;existe pas : créez-le d&apos;abord ou choisissez un autre fichier de base de données. Rien n&apos;a été créé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » est un dossier, pas un fichier de base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un fichier ordinaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « {path} » ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {path} » n&apos;est pas une base GUSP Desktop lisible : il est endommagé ou appartient à un autre programme. Rien n&apos;a été modifié. {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire la base « {path} » : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse de base de données invalide : « {raw} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erreur d&apos;accès à la base ({where}) : {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restaurez une sauvegarde automatique (« gusp-desktop db backups » puis « gusp-desktop db restore SAUVEGARDE », ou Fichier &gt; Sauvegardes dans la fenêtre).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette valeur existe déjà (doublon refusé).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cet élément est encore référencé ailleurs : opération refusée pour ne rien perdre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une valeur obligatoire manque : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur refusée par une règle de la base : rien n&apos;est enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contrainte de la base non respectée : rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette base contient des tables qui ne viennent pas de GUSP Desktop ; choisissez une base vide ou une base GUSP Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schéma plus récent que cette version de l&apos;application : écriture refusée. Installez la dernière version de GUSP Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le schéma de cette base n&apos;est pas à jour : lancez « gusp-desktop db upgrade ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion annulée : aucun mot de passe saisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} demande un mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe de {user} sur {host} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentification refusée par le serveur {where} : vérifiez l&apos;utilisateur « {user} » et son mot de passe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base « {database} » n&apos;existe pas sur le serveur {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La connexion chiffrée avec {where} a échoué (certificat ou SSL) : {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur injoignable ({where}) : vérifiez l&apos;adresse, le port et le réseau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion réussie : la base est prête.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion réussie, mais la base est vide : créez le schéma avec « gusp-desktop db upgrade ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion réussie, mais le schéma est plus ancien que cette version : mettez-le à jour avec « gusp-desktop db upgrade ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion réussie, mais le schéma est plus récent que cette version de l&apos;application : installez la dernière version de GUSP Desktop (aucune écriture ne sera faite).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion réussie, mais cette base contient des tables qui ne viennent pas de GUSP Desktop : choisissez une base vide ou une base GUSP Desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie refusée : la base cible n&apos;est pas vide (autre schéma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie refusée : seul le propriétaire de la base source en voit tout le contenu (les contenus restreints sont cachés aux autres comptes). Lancez la copie avec le compte propriétaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La source et la cible sont la même base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copie impossible : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la base source est vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le schéma de la source est ancien : lancez d&apos;abord « gusp-desktop --db SOURCE db upgrade »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la source vient d&apos;une version plus récente de l&apos;application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la source n&apos;est pas une base GUSP Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {login} » n&apos;a aucun droit sur cette base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de connexion invalide : « {login} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instance « {code} » introuvable (code attendu, ex. « CV-HM »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {login} » n&apos;avait pas accès à l&apos;instance « {code} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce nom est celui d&apos;un rôle de groupe, pas d&apos;une personne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les rôles de base de données n&apos;existent que sur un serveur PostgreSQL partagé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez l&apos;utilisateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier de certificat introuvable : {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauvegarde « {key} » introuvable : « gusp-desktop db backups » liste les sauvegardes par numéro.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le nom de la base.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le serveur (nom ou adresse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le port doit être compris entre 1 et 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du profil : lettres, chiffres, « . », « - » ou « _ » (40 au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La base est en lecture seule{place} : la modification n&apos;a pas été enregistrée. Vérifiez les droits du fichier et de son dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous n&apos;êtes membre d&apos;aucune instance restreinte : « --include-restricted » est réservé aux membres (et aux coordinateurs qui les administrent). Le document est produit sans contenu restreint si vous retirez cette option.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la ligne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{noun} « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflit de modification : {what} a été modifié par quelqu&apos;un d&apos;autre depuis sa lecture. Rien n&apos;a été écrasé ; relisez la version enregistrée avant de recommencer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun constat choisi.</source>
        <extracomment>Service messages without variable parts, translated word for word when they are shown.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune action sélectionnée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune photo choisie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune photo à importer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce constat n&apos;a pas été fait pendant cette séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette personne n&apos;est pas invitée à la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette séance est annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez l&apos;organisation pilote avec son contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une séance ou une date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de service vide ou trop long (64 au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constat d&apos;origine inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact inconnu : choisissez-le dans l&apos;annuaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact inconnu dans l&apos;annuaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact pilote inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date de réception sans fuseau horaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez la latitude et la longitude, ou aucune des deux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez le nom du contact (prénom et nom).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe ATFPB inconnu « {text} » : de 1 à 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} « {text} » n&apos;est pas un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} n&apos;est pas un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ne peut pas être négatif ({value} €).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} est trop élevé ({value} €).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} se donne au centime près ({value} €).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} « {text} » n&apos;est pas une date valide (AAAA-MM-JJ attendu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur inconnue « {text} » (valeurs possibles : {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Durée de conservation invalide : {years} (1 à {max_years} ans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} inconnu « {text} » (valeurs possibles : {choices}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le modèle {label} est vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le modèle {label} dépasse {limit} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modèle {label} : {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la variable « ${name} » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port invalide : {port}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse d&apos;expéditeur invalide : « {sender} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant prévu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant réalisé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant de l&apos;abattement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>de l&apos;objet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>du texte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>un « $ » seul doit s&apos;écrire « $$ ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom de profil : lettres, chiffres, « . », « - » ou « _ » (40 au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Donnez le nom du serveur d&apos;envoi (ex. smtp.agglo.fr).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les points de calage sont alignés sur le plan : choisissez-en un hors de la ligne des autres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une action « {current} » ne peut pas passer à « {target} » (possibles : {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une séance « {current} » ne peut pas passer à « {target} » (possibles : {allowed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucun</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} ; {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} : {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point {number} : {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la latitude et la longitude ensemble.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude hors limites ({latitude}) : entre -90 et 90 degrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude hors limites ({longitude}) : entre -180 et 180 degrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune action modifiée. {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pas d&apos;échéance à décaler.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;échéance décalée ({moved}) précéderait la création de l&apos;action ({created}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez le résultat de l&apos;action (ce qui a été fait, ou pourquoi elle est abandonnée) pour la clore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décalage négatif refusé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Décrivez le signalement (ou donnez au moins son adresse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestionnaire inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halte inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la séance ou le constat des photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intervenant inconnu dans l&apos;annuaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;avancement est un pourcentage entre 0 et 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;objet du message tient sur une seule ligne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de fin précède la date de début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La date de réception est dans le futur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La population ne peut pas être négative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance est annulée : rétablissez-la avant de la modifier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le coût ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le délai de réponse va de 0 à 60 jours avant la séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le libellé de la catégorie est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant prévu n&apos;est pas un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le montant réalisé n&apos;est pas un nombre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de logements doit être positif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de logements ne peut pas être négatif.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les points de calage sont alignés sur le terrain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les points de calage sont au même endroit du terrain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les points de calage sont au même pixel du plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation gestionnaire inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation inconnue : choisissez-en une dans l&apos;annuaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation pilote inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation responsable inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Représentant inconnu dans l&apos;annuaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien à modifier : choisissez un état, un pilote, un décalage ou un thème.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réalisation inconnue : realise, partiel ou non_realise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance d&apos;origine inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un certificat n&apos;a de sens qu&apos;avec SSL ou STARTTLS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une convention de ce bailleur couvre déjà ces années sur ce quartier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une halte se choisit sur le parcours d&apos;une séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une ligne non réalisée ne peut pas avoir de montant réalisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une règle doit viser une catégorie, un thème ou un gestionnaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} est obligatoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} : {length} caractères, {limit} au maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse électronique invalide : « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} « {value} » invalide : lettres majuscules, chiffres, - ou _, 16 caractères au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de supprimer {what} : des éléments y font encore référence ({used}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code d&apos;instance « {code} » est déjà utilisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code quartier « {code} » est déjà utilisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code d&apos;organisation « {code} » est déjà utilisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civilité inconnue : « {value} » (madame, monsieur ou vide).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le quartier « {code} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le site « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>la séance n° {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le partenaire « {code} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le contact « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;intitulé de l&apos;action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La liste des communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La note de diffusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La parole des habitants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La prochaine réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La préconisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La valeur de l&apos;indicateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « Adresse »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « Adresse électronique »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « Fonction »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le champ « Périodicité »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code de catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code de l&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le constat / l&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le descriptif du point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le libellé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le lieu habituel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le mot sur la prochaine réunion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif de l&apos;annulation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le motif de l&apos;erratum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de l&apos;organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de la halte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de la personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro de téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le prénom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le résumé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte de la décision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte des notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte du constat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le titre du point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les faits marquants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les objectifs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action(s) d&apos;origine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action(s) en partenariat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action(s) issue(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action(s) pilotée(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>action(s) qu&apos;il pilote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compte(s) rendu(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compte(s) utilisateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>constat(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance(s) dont il est membre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ligne(s) d&apos;émargement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point(s) d&apos;ordre du jour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>point(s) de suivi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site(s) en gestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séance(s) dont il est secrétaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>séance(s) qu&apos;il préside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation inconnue : « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier « {folder} » n&apos;existe pas : créez-le d&apos;abord. Rien n&apos;a été écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} refuse : {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat d&apos;autorité illisible : « {ca_file} » ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur d&apos;envoi {where} refuse l&apos;identifiant « {user} » ou le mot de passe. Vérifiez-les avec « smtp test ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur d&apos;envoi {where} a coupé la connexion pendant l&apos;envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} refuse le destinataire : {reply}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} refuse le message ({smtp_code} {text}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison perdue avec le serveur {where} ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance n° {number} est annulée : envoyez plutôt l&apos;avis d&apos;annulation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier « {path} » : {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte « {login} » n&apos;a aucun droit sur cette base : demandez à un coordinateur de lancer « gusp-desktop db grant {login} lecteur ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée prévue doit être comprise entre 0 et {planned_max} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature de point inconnue : « {kind} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier « {target} » : {value}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée habituelle doit être comprise entre 1 et {max_duration} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier(s) inconnu(s) dans le périmètre : n° {numbers}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;instance inconnu : « {type} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} est déjà membre de cette instance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette instance a déjà un {value} titulaire ({name}) ; inscrivez ce contact comme suppléant ou changez d&apos;abord le rôle du titulaire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier inconnu : « {quartier} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation pilote inconnue : « {pilot} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact « {pilot_contact} » introuvable dans l&apos;organisation pilote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site « {site} » introuvable dans ce quartier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation(s) partenaire(s) inconnue(s) : {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;échéance ({deadline}) ne peut pas précéder la date de création de l&apos;action ({not_before}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le texte est trop long (maximum {comment_max} caractères).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} n&apos;appartient pas à l&apos;organisation pilote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le site « {name} » n&apos;est pas dans ce quartier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance n° {seance_id} n&apos;a pas de halte « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce parcours a déjà une halte « {name} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le constat n&apos;est pas lié à l&apos;action « {action_number} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La halte « {name} » n&apos;est pas sur ce parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche trop longue : {max_text} caractères au maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de résultats doit être entre 1 et {max_limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier « {code} » inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation « {code} » inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune convention ATFPB pour {code} sur le quartier {code2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Axe ATFPB inconnu « {axis} » : de 1 à 8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année {year} est hors de la convention ({start_year}–{end_year}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;action {number} n&apos;est pas sur le quartier de la convention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La période {start_year}–{end_year} doit être comprise dans le contrat de ville {first}–{last}, début avant fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée doit être comprise entre 1 et {duration_max} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie de signalement « {code} » inconnue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro « {number} » invalide : attendu {example} (code du quartier, année sur deux chiffres, rang).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le numéro « {number} » est déjà pris.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latitude hors limites ({latitude}) : entre -90 et 90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longitude hors limites ({longitude}) : entre -180 et 180.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le délai doit être entre 0 et {max_delay_days} jours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une règle existe déjà pour ces critères (n° {id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier « {default_quartier} » inconnu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun contact ne s&apos;appelle « {wanted} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier « {path} » : {strerror}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre d&apos;événements demandé invalide (1 à {max_limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « {path} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier « {parent} » n&apos;existe pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » est une autorité de certification : choisissez l&apos;identité d&apos;une personne pour signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La signature est enregistrée et conservée dans « {path} », mais le fichier « {output} » n&apos;a pas pu être écrit ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance {label} n&apos;a pas de {label2} enregistré : renseignez-le dans la séance avant de signer en cette qualité.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {signer_name} » ne peut pas signer comme {label} : le {label} de la séance {label2} est {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La version {number} du compte rendu (erratum) n&apos;est pas encore validée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La version {number} du compte rendu a été altérée dans la base : son empreinte ne correspond plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {label} doit être validé avant d&apos;être signé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;erratum (version {number}) de la séance {label} est en cours de rédaction : validez-le avant de le signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La version {number} du compte rendu de la séance {label} porte déjà la signature du {label2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {signer_name} » a déjà signé ce compte rendu en une autre qualité : une personne ne signe qu&apos;une fois.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {name} » n&apos;est pas la dernière révision signée de ce compte rendu ({signature_count} signature(s), dernière par {signer_name}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte rendu ne peut pas être mis en page : {exc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « {source} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce compte rendu a été figé par une version plus récente de l&apos;application (format {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type d&apos;organisation inconnu : « {type} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le {day} est passé : une relance prépare une séance à venir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un profil d&apos;envoi parmi : {names}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier des relances illisible : {path} ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échec avec le serveur d&apos;envoi {where} ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} ne propose pas STARTTLS ou l&apos;authentification : choisissez la sécurité SSL ou vérifiez le port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Liaison chiffrée impossible avec {where} : certificat refusé ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur d&apos;envoi introuvable : « {host} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur d&apos;envoi {where} ne répond pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur d&apos;envoi {where} a fermé la connexion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le serveur {where} répond {smtp_code} {text}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connexion impossible au serveur d&apos;envoi {where} ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le format « {fmt} » n&apos;existe pas pour {value} (formats possibles : {items}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document inconnu « {kind} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance n° {number} commence le {start} à {start2} : elle ne peut pas être déclarée tenue avant son début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des notes ou des décisions sont déjà saisies pour la séance {seance_label} : elle ne peut plus être remise à venir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} d&apos;une séance annulée ne peut pas être modifié.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} ne peut plus être modifié : le compte rendu de la séance est {state} (une correction passe par un erratum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format « {value} » non pris en charge pour « {name} » : .pdf, .docx ou .html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier « {code} » inconnu (quartiers : {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La période est inversée : le {end} précède le {start}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rôle ou qualité inconnu : « {role} », « {kind} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de supprimer l&apos;instance « {code} » : {seances} séance(s) y sont rattachées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} : identifiant invalide ({value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance n° {seance_id} ({code}) n&apos;est ni un diagnostic en marchant ni une marche exploratoire : elle n&apos;a pas de parcours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Constat proposé n° {number} : {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo n° {value} proposée dans deux constats : choisissez-en un.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La photo « {filename} » est déjà dans le constat n° {constat_id}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce constat a nourri l&apos;action {items} : il reste « transformé en action ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de supprimer ce constat : il a nourri l&apos;action {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le constat est déjà lié à l&apos;action {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo « {path} » refusée : {why}. Aucune photo importée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} fichiers : {max_files} au plus par import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier « {folder} » ne contient aucune photo (JPEG, PNG ou HEIC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La photo « {filename} » vient d&apos;une autre marche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site « {name} » {problem}{where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance n° {seance_id} n&apos;est ni un diagnostic en marchant ni une marche exploratoire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format « {value} » non pris en charge : .pdf ou .docx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de supprimer {code} : {used_by_instances} instance(s) l&apos;ont dans leur périmètre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;année {year} est hors de la convention {code} – {code2} ({periods}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas un bailleur social ({label}) : pas de convention ATFPB possible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format « {fmt} » impossible pour {what} : {items}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des montants existent hors de la nouvelle période : {outside}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écoute des modifications du serveur interrompue ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : format non reconnu (.csv ou .json Open311 attendu).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} : fichier trop gros ({value} Mo, 50 au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, ligne {line} : le fichier n&apos;est pas en UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} : lecture impossible ({strerror}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, ligne {line_num} : CSV illisible ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{len} photos : {max_photos} au plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{max_photos} photos au plus par signalement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format « {fmt} » impossible pour ce bilan : {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plusieurs contacts répondent à « {wanted} » : {listed}. Désignez-en un par son numéro (#12).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} s&apos;écrit en {items} : donnez un fichier {items2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le plan « {name} » doit être un PNG ou un JPEG.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le plan « {name} » est trop grand ({width} × {height}, {max_plan_side} pixels de côté au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le plan « {name} » n&apos;est pas une image lisible ({exc}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action_number} : {message} Rien n&apos;a été enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} figure déjà sur la feuille d&apos;émargement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} est déjà invité(e) à cette séance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {seance_label} n&apos;est pas en rédaction (statut « {label} ») : il ne peut pas partir en relecture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relecteur inconnu (contact n° {contact_id}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance ne peut plus être modifiée : « {label} » (une correction passe par un erratum).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} est invité(e) : le compte rendu lui est déjà adressé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{full_name} figure déjà dans la liste de diffusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance {seance_label} est déjà annulée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seule une séance planifiée ou annulée peut être supprimée (statut actuel : « {label} »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {label} est déjà {state} (version {number}) : il ne peut plus être modifié ni revalidé. Une correction passe par un erratum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {label} ne peut pas être validé : statut « {label2} » (il faut un compte rendu en rédaction ou en relecture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {label} n&apos;a pas encore été validé : il se corrige directement, sans erratum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un erratum (version {number}) est déjà en cours de rédaction pour la séance {label} : validez-le avant d&apos;en ouvrir un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ordre du jour a changé entre-temps (points ajoutés ou supprimés) : rechargez-le avant de le réordonner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez la personne qui représente ce participant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une personne ne peut pas se représenter elle-même.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord la personne, puis indiquez qui la représente.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une personne invitée reste sur la feuille d&apos;émargement : indiquez plutôt qu&apos;elle est absente ou excusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance a eu lieu : la personne reste sur la feuille d&apos;émargement (indiquez qu&apos;elle est absente ou excusée).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date sans fuseau horaire refusée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enregistrement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun constat à créer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce constat n&apos;a pas de gestionnaire : choisissez le pilote.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une action concerne un seul quartier : les constats choisis n&apos;y sont pas tous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un constat devient « transformé en action » en créant ou en choisissant l&apos;action : utilisez « Transformer en action ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez pourquoi le constat est sans suite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Précisez le quartier (--quartier) ou le site du constat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette marche relève d&apos;une instance à diffusion restreinte : pas de restitution publique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La séance a eu lieu : sa date et son heure ne peuvent plus être modifiées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette personne ne figure pas dans la liste de diffusion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez au moins un relecteur du projet de compte rendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette séance est à diffusion restreinte : pas de relance aux pilotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun profil d&apos;envoi : ajoutez-en un (« smtp add » ou les préférences).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce signalement est déjà rattaché à une action : détachez-le d&apos;abord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Référence externe : une par signalement reçu d&apos;un autre outil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le pilote : aucune organisation n&apos;est responsable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un des certificats d&apos;autorité donnés n&apos;est pas un certificat PEM ou DER lisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun compte rendu signé pour cette séance ou cette version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La signature n&apos;a pas été ajoutée en révision incrémentale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une autre signature a été ajoutée à ce compte rendu pendant la vôtre : recommencez pour signer la dernière version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La version figée du compte rendu est illisible ou endommagée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le dossier « {folder} » est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} : fichier introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le certificat d&apos;autorité « {trust} » est introuvable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La phrase secrète doit contenir au moins {min_passphrase_length} caractères.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de « {label} » n&apos;est pas un fichier PKCS#12 valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de « {label} » ne contient pas de clé privée avec son certificat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le type de clé de « {label} » n&apos;est pas pris en charge pour signer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom « {cleaned} » ne doit pas contenir de séparateur de chemin (/, \ ou :).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom « {cleaned} » n&apos;est pas autorisé : utilisez au plus 80 lettres, chiffres, espaces ou signes - _ . &apos; et commencez par une lettre ou un chiffre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom « {cleaned} » est réservé par le système.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;adresse électronique « {value} » n&apos;est pas valide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune identité nommée « {value} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le certificat de « {label} » ne permet pas de signer des documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas une autorité de certification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;autorité « {name} » a expiré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une identité nommée « {cleaned} » existe déjà.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>« {name} » est une autorité de certification : elle émet des certificats mais ne signe pas de documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le certificat de « {name} » a expiré le {value} : demandez-en un nouveau.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le certificat de « {name} » n&apos;est pas encore valable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le document « {name} » est protégé par un mot de passe : il ne peut pas être signé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier de l&apos;identité « {name} » est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier « {name} » n&apos;est pas un PDF lisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le service d&apos;horodatage « {timestamp_url} » n&apos;a pas répondu correctement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impossible de lire le document « {source} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phrase secrète incorrecte pour « {label} ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image trop grande ({width} × {height} pixels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ce n&apos;est pas une image JPEG, PNG ou HEIC lisible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image illisible ou tronquée ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier trop lourd ({size} Mo, {limit} Mo au plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier illisible ({detail})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier introuvable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{problem}.</source>
        <extracomment>Why a line of an imported list of reports was refused, and how the refusals are joined.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, ligne {line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{where} : {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… et {more} autre(s) erreur(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date « {text} » illisible (AAAA-MM-JJTHH:MM ou JJ/MM/AAAA HH:MM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} « {value} » n&apos;est pas un nombre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} {value} hors limites (entre -{limit} et {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>une liste JSON de demandes Open311 est attendue (« [ … ] »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>virgule ou « ] » attendu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fin de fichier avant la fin de la liste « ] ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON invalide ({detail}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chaque demande doit être un objet JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>champ(s) Open311 manquant(s) : {fields}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>statut Open311 « {status} » inconnu (open ou closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colonne « date » manquante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colonne « categorie » manquante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>colonne « description » ou « adresse » manquante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date de réception vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catégorie vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fichier vide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catégorie « {value} » inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site « {value} » inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quartier « {value} » inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation « {value} » inconnue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code de service « {code} » ({name}) sans catégorie : associez-le avec « signalements mapping set CODE CATÉGORIE »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sans nom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signer le compte rendu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dernière révision gardée sur cet ordinateur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mémoriser la phrase secrète dans le trousseau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fichier signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Révision reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune identité de signature sur cet ordinateur : créez-en une ou importez un certificat dans « Identités de signature ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune version figée : le compte rendu doit être validé avant signature.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aucune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance {seance} — version {number} : {status}. Signatures déjà apposées : {signed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le compte rendu signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Révision signée reçue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un signataire et le fichier à écrire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compte rendu signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature {count} ({role}, {signer}) enregistrée.
Fichier : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalementDetail</name>
    <message>
        <source>Signalement n°</source>
        <extracomment>The texts above, for lupdate (they are looked up in this context by ``_tr``).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à orienter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalé par (donnée personnelle)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalementDialog</name>
    <message>
        <source>Nouveau signalement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalement n° {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} ({days} j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selon les règles d&apos;orientation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reçu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;nal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hotos à joindre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganisation responsable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalé &amp;par (donnée personnelle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Télé&amp;phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;rriel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez une catégorie.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalementSummary</name>
    <message>
        <source>Organisation</source>
        <extracomment>The kind the Signalements page opens as « the open signalements of this organisation ».</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En retard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Délai moyen (j)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun signalement ouvert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À orienter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalementTable</name>
    <message>
        <source>N°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reçu le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Canal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (en retard)</source>
        <extracomment>Where the place is shown (the column that takes the table&apos;s spare width).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>à orienter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignalementsPage</name>
    <message>
        <source>Choisissez un signalement dans la liste pour voir son détail et ses photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <extracomment>The list shows what the filters ask for (tests wait for it).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non clos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toutes les organisations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tous les quartiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En &amp;retard seulement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rechercher (description, adresse, site)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statut…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rattacher à une action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouveau signalement (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corriger la saisie (Entrée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changer le statut (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rattacher à une action existante (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une action du plan (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le signalement (Suppr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer un CSV ou un export Open311</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan de l&apos;organisation choisie (PDF, DOCX, XLSX)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rattacher à une action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro de l&apos;action (par exemple HM-25-014) :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le signalement n° {id} ? Qui l&apos;a signalé sera effacé aussi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importer des signalements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signalements (*.csv *.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une organisation dans les filtres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bilan des signalements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré : {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteAdapter</name>
    <message>
        <source>Sites du quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gestionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le quartier du site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de logements doit être un nombre entier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>le site « {name} »</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SmtpProfilesDialog</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SSL (port 465)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune (réseau interne seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profils d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mémoriser dans le trousseau du système</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun trousseau sécurisé : le mot de passe sera demandé à chaque envoi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse d&apos;expédition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat d&apos;autorité (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer le profil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil d&apos;envoi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profil « {name} » enregistré : {where}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supprimer le profil « {name} » et son mot de passe ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Statut du signalement n° {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(inchangée)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Nouveau statut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Motif</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transmettre à</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signée le</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émetteur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approuvée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intacte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couvre tout le fichier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier un document signé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir un PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approuver aussi une autorité…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat (.pem) d&apos;une autorité d&apos;un partenaire, en plus des vôtres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun fichier choisi.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problèmes constatés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document signé à vérifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificat d&apos;autorité</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>non</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Document intègre : %n signature(s) valide(s) et approuvée(s).</source>
        <translation>
            <numerusform>Document intègre : %n signature valide et approuvée.</numerusform>
            <numerusform>Document intègre : %n signatures valides et approuvées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document non valide : voir les problèmes constatés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Base de données : {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Bienvenue dans {app}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Créer une base vide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouvrir le territoire de démonstration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucune base de données n&apos;est encore ouverte sur ce poste.

Commencez par une base vide pour saisir votre territoire, ou découvrez l&apos;application avec le territoire fictif de Marvelin Agglomération (3 quartiers, 19 séances, 60 actions).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
