<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name>ActionDetailPanel</name>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quartier et site</source>
        <translation>Neighbourhood and site</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Axe ATFPB</source>
        <translation>ATFPB axis</translation>
    </message>
    <message>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Constats d&apos;origine</source>
        <translation>Originating findings</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Distribution</translation>
    </message>
    <message>
        <source>Dernière modification</source>
        <translation>Last modified</translation>
    </message>
    <message>
        <source>Sélectionnez une action pour voir son détail.</source>
        <translation>Select an action to see its details.</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>restreinte (cellule de veille)</source>
        <translation>restricted (monitoring unit)</translation>
    </message>
    <message>
        <source>publique</source>
        <translation>public</translation>
    </message>
    <message>
        <source>sans échéance</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source> (révisée ; initiale : {date})</source>
        <translation> (revised; initial: {date})</translation>
    </message>
    <message>
        <source> — en retard</source>
        <translation> — overdue</translation>
    </message>
</context>
<context>
    <name>ActionFilterBar</name>
    <message>
        <source>Rechercher : numéro, titre, site, pilote… (Ctrl+F)</source>
        <extracomment>Typing pauses this long before the query runs, so a word is one query, not one per letter. Some criterion changed (text changes arrive after the debounce delay).</extracomment>
        <translation>Search: number, title, site, lead… (Ctrl+F)</translation>
    </message>
    <message>
        <source>Tous les quartiers</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>Tous les sites</source>
        <translation>All sites</translation>
    </message>
    <message>
        <source>Tous les thèmes</source>
        <translation>All themes</translation>
    </message>
    <message>
        <source>Tous les axes ATFPB</source>
        <translation>All ATFPB axes</translation>
    </message>
    <message>
        <source>Tous les pilotes</source>
        <translation>All leads</translation>
    </message>
    <message>
        <source>Tous les états</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Actions ouvertes</source>
        <translation>Open actions</translation>
    </message>
    <message>
        <source>En retard uniquement</source>
        <translation>Overdue only</translation>
    </message>
    <message>
        <source>Échéance du</source>
        <translation>Deadline from</translation>
    </message>
    <message>
        <source>Effacer les filtres</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>au</source>
        <translation>to</translation>
    </message>
</context>
<context>
    <name>ActionFormDialog</name>
    <message>
        <source>Modifier l&apos;action {number}</source>
        <extracomment>The action edited or copied (read again just before the form opens). Quartiers offered for a new action (a séance offers its instance&apos;s perimeter).</extracomment>
        <translation>Edit action {number}</translation>
    </message>
    <message>
        <source>Dupliquer l&apos;action {number}</source>
        <translation>Duplicate action {number}</translation>
    </message>
    <message>
        <source>Nouvelle action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Le constat qui a conduit à l&apos;action</source>
        <translation>The finding that led to the action</translation>
    </message>
    <message>
        <source>Mesure du résultat attendu</source>
        <translation>How the expected result is measured</translation>
    </message>
    <message>
        <source>Action à diffusion restreinte (cellule de veille)</source>
        <translation>Restricted action (monitoring unit)</translation>
    </message>
    <message>
        <source>fixée au</source>
        <translation>set to</translation>
    </message>
    <message>
        <source>ex. : après les travaux d&apos;été</source>
        <translation>e.g. after the summer works</translation>
    </message>
    <message>
        <source>(hors ATFPB)</source>
        <translation>(outside ATFPB)</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Origine</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Constat / origine</source>
        <translation>Finding / origin</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Confidentialité</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <source>Organisation pilote</source>
        <translation>Lead organisation</translation>
    </message>
    <message>
        <source>Contact pilote</source>
        <translation>Lead contact</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Échéance initiale</source>
        <translation>Initial deadline</translation>
    </message>
    <message>
        <source>Note d&apos;échéance</source>
        <translation>Deadline note</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Axe ATFPB</source>
        <translation>ATFPB axis</translation>
    </message>
    <message>
        <source>Coût (€)</source>
        <translation>Cost (€)</translation>
    </message>
    <message>
        <source>{title} (copie)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>saisie directe dans le plan</source>
        <translation>entered directly in the plan</translation>
    </message>
    <message>
        <source>Décidée en séance ({seance})</source>
        <translation>Decided in meeting ({seance})</translation>
    </message>
    <message>
        <source>Choisissez le quartier de l&apos;action.</source>
        <translation>Choose the action&apos;s neighbourhood.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;organisation pilote.</source>
        <translation>Choose the lead organisation.</translation>
    </message>
    <message>
        <source>(aucun site précis)</source>
        <translation>(no specific site)</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ActionHistoryView</name>
    <message>
        <source>en séance {seance}</source>
        <translation>in meeting {seance}</translation>
    </message>
    <message>
        <source>{field} : {old} → {new}</source>
        <translation>{field}: {old} → {new}</translation>
    </message>
    <message>
        <source> — échéance {date}</source>
        <translation> — deadline {date}</translation>
    </message>
    <message>
        <source>Résultat : {outcome}</source>
        <translation>Outcome: {outcome}</translation>
    </message>
    <message>
        <source>Motif : {reason}</source>
        <translation>Reason: {reason}</translation>
    </message>
</context>
<context>
    <name>ActionTableModel</name>
    <message>
        <source>restreinte</source>
        <extracomment>Restricted actions (cellule de veille, marked by hand) stand out from the public plan. The progress as an int, for the progress bar of the « Avancement » column.</extracomment>
        <translation>restricted</translation>
    </message>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Priorité</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Contact pilote</source>
        <translation>Lead contact</translation>
    </message>
    <message>
        <source>Partenaires</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Axe ATFPB</source>
        <translation>ATFPB axis</translation>
    </message>
    <message>
        <source>Coût</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Échéance initiale</source>
        <translation>Initial deadline</translation>
    </message>
    <message>
        <source>Modifiée le</source>
        <translation>Modified on</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Diffusion restreinte</source>
        <translation>Restricted circulation</translation>
    </message>
</context>
<context>
    <name>ActionsPage</name>
    <message>
        <source>Aucune action à afficher : « Nouvelle action » (Ctrl+N) pour en créer une, ou « Effacer les filtres ».</source>
        <translation>No action to show: “New action” (Ctrl+N) to create one, or “Clear filters”.</translation>
    </message>
    <message>
        <source>Sans regroupement</source>
        <translation>No grouping</translation>
    </message>
    <message>
        <source>Par pilote</source>
        <translation>By lead</translation>
    </message>
    <message>
        <source>Par quartier</source>
        <translation>By neighbourhood</translation>
    </message>
    <message>
        <source>Par thème</source>
        <translation>By theme</translation>
    </message>
    <message>
        <source>Regrouper :</source>
        <translation>Group:</translation>
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
        <translation>Counting…</translation>
    </message>
    <message>
        <source>Changement d&apos;état refusé</source>
        <translation>Status change refused</translation>
    </message>
    <message>
        <source>Changement d&apos;état</source>
        <translation>Status change</translation>
    </message>
    <message>
        <source>{number} : {old} → {new}
Commentaire pour l&apos;historique (facultatif) :</source>
        <translation>{number}: {old} → {new}
Comment for the history (optional):</translation>
    </message>
</context>
<context>
    <name>AgendaCommand</name>
    <message>
        <source>Ajouter « {title} »</source>
        <translation>Add “{title}”</translation>
    </message>
    <message>
        <source>Supprimer « {title} »</source>
        <translation>Delete “{title}”</translation>
    </message>
    <message>
        <source>Modifier « {title} »</source>
        <translation>Edit “{title}”</translation>
    </message>
    <message>
        <source>Déplacer « {title} »</source>
        <translation>Move “{title}”</translation>
    </message>
</context>
<context>
    <name>AgendaEditor</name>
    <message>
        <source>Ajouter un point</source>
        <extracomment>The points as stored after a change (the minutes tab follows them).</extracomment>
        <translation>Add an item</translation>
    </message>
    <message>
        <source>Supprimer le point</source>
        <translation>Delete the item</translation>
    </message>
    <message>
        <source>Monter</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Descendre</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Points suggérés</source>
        <translation>Suggested items</translation>
    </message>
    <message>
        <source>(personne)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Ce point n&apos;existe plus.</source>
        <translation>This item no longer exists.</translation>
    </message>
    <message>
        <source>Nouveau point</source>
        <translation>New item</translation>
    </message>
    <message>
        <source>Intitulé du point :</source>
        <translation>Item title:</translation>
    </message>
    <message>
        <source>Supprimer le point « {title} » de l&apos;ordre du jour ?</source>
        <translation>Delete the item “{title}” from the agenda?</translation>
    </message>
    <message>
        <source>Ses notes et ses décisions seront supprimées avec lui.</source>
        <translation>Its notes and decisions will be deleted with it.</translation>
    </message>
    <message>
        <source>Supprimer un point</source>
        <translation>Delete an item</translation>
    </message>
    <message>
        <source>Total prévu : {total} min sur {duration} min (dépassement de {n} min)</source>
        <translation>Planned total: {total} min of {duration} min ({n} min over)</translation>
    </message>
    <message>
        <source>Total prévu : {total} min sur {duration} min (reste {n} min)</source>
        <translation>Planned total: {total} min of {duration} min ({n} min left)</translation>
    </message>
    <message>
        <source>Ajouter « {title} »</source>
        <translation>Add “{title}”</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Intitulé</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Intervenant</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <source>Durée (min)</source>
        <translation>Duration (min)</translation>
    </message>
</context>
<context>
    <name>AmountDialog</name>
    <message>
        <source>Abattement {year}</source>
        <translation>Tax relief {year}</translation>
    </message>
    <message>
        <source>Montant (€)</source>
        <translation>Amount (€)</translation>
    </message>
    <message>
        <source>Le montant de l&apos;abattement</source>
        <translation>The amount of the tax relief</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Serveur partagé</source>
        <translation>Shared server</translation>
    </message>
    <message>
        <source>Le serveur « {name} » sera ouvert au prochain démarrage.</source>
        <translation>The server “{name}” will be opened at the next start.</translation>
    </message>
    <message>
        <source>&amp;Serveur partagé…</source>
        <translation>&amp;Shared server…</translation>
    </message>
    <message>
        <source>Serveur injoignable, nouvelle tentative… ({reason})</source>
        <translation>Server unreachable, trying again… ({reason})</translation>
    </message>
    <message>
        <source>Serveur de nouveau joint.</source>
        <translation>Server reachable again.</translation>
    </message>
    <message>
        <source>Base de données trop récente</source>
        <translation>Database too recent</translation>
    </message>
    <message>
        <source>Installez la dernière version de {app}.</source>
        <translation>Install the latest version of {app}.</translation>
    </message>
    <message>
        <source>Base de données inaccessible</source>
        <translation>Database unavailable</translation>
    </message>
    <message>
        <source>Vérifiez le fichier ou le serveur choisi, puis relancez.</source>
        <translation>Check the chosen file or server, then start again.</translation>
    </message>
</context>
<context>
    <name>AtfpbPage</name>
    <message>
        <source>Nouvelle convention…</source>
        <extracomment>Everything is shown (tests and screenshots wait for it). Runs a form and says whether it was accepted (tests answer it themselves).</extracomment>
        <translation>New agreement…</translation>
    </message>
    <message>
        <source>Abattement…</source>
        <translation>Tax relief…</translation>
    </message>
    <message>
        <source>Nouvelle ligne…</source>
        <translation>New line…</translation>
    </message>
    <message>
        <source>Réalisation…</source>
        <translation>Completion…</translation>
    </message>
    <message>
        <source>Exporter le bilan…</source>
        <translation>Export the summary…</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Prévu</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Réalisé</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Réalisation</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Actions du plan</source>
        <translation>Action plan actions</translation>
    </message>
    <message>
        <source>À justifier</source>
        <translation>To justify</translation>
    </message>
    <message>
        <source>Écart</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>N-1</source>
        <translation>Previous year</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Année</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Programme de l&apos;année, par axe</source>
        <translation>Programme of the year, by axis</translation>
    </message>
    <message>
        <source>À renseigner</source>
        <translation>To fill in</translation>
    </message>
    <message>
        <source>Aucune convention ATFPB ne couvre cette année : créez-en une.</source>
        <translation>No ATFPB agreement covers this year: create one.</translation>
    </message>
    <message>
        <source>{bailleur} – {quartier} : {logements} logements. Abattement {year} : {abattement}. Prévu : {planned} ; réalisé : {realised} ({used} de l&apos;abattement ; {previous} : {previous_used}).</source>
        <translation>{bailleur} – {quartier}: {logements} homes. Tax relief {year}: {abattement}. Planned: {planned}; achieved: {realised} ({used} of the relief; {previous}: {previous_used}).</translation>
    </message>
    <message numerus="yes">
        <source>%n ligne(s) à justifier.</source>
        <translation>
            <numerusform>%n line to justify.</numerusform>
            <numerusform>%n lines to justify.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sous-consommation : {amount}.</source>
        <translation>Underspend: {amount}.</translation>
    </message>
    <message>
        <source>Choisissez une ligne.</source>
        <translation>Choose a line.</translation>
    </message>
    <message>
        <source>Exporter le bilan</source>
        <translation>Export the summary</translation>
    </message>
    <message>
        <source>Bilan exporté</source>
        <translation>Summary exported</translation>
    </message>
    <message>
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>AttendanceCommand</name>
    <message>
        <source>non renseigné</source>
        <translation>not recorded</translation>
    </message>
    <message>
        <source>Émargement : {name}, {status}</source>
        <translation>Attendance: {name}, {status}</translation>
    </message>
</context>
<context>
    <name>AttendanceEditor</name>
    <message>
        <source>Participant</source>
        <extracomment>The séance&apos;s undo stack (shared with the ordre du jour), set by the séance view.</extracomment>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Présence</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Représenté par</source>
        <translation>Represented by</translation>
    </message>
    <message>
        <source>Ajouter un participant…</source>
        <translation>Add a participant…</translation>
    </message>
    <message>
        <source>Retirer de la feuille</source>
        <translation>Remove from the sheet</translation>
    </message>
    <message>
        <source>invité(e)</source>
        <translation>invited</translation>
    </message>
    <message>
        <source>venu(e) sans invitation</source>
        <translation>came without invitation</translation>
    </message>
    <message>
        <source>Non renseigné</source>
        <translation>Not recorded</translation>
    </message>
    <message>
        <source>Représenté par…</source>
        <translation>Represented by…</translation>
    </message>
    <message>
        <source>{n} présent(s)</source>
        <translation>{n} present</translation>
    </message>
    <message>
        <source>{n} excusé(s)</source>
        <translation>{n} excused</translation>
    </message>
    <message>
        <source>{n} représenté(s)</source>
        <translation>{n} represented</translation>
    </message>
    <message>
        <source>{n} absent(s)</source>
        <translation>{n} absent</translation>
    </message>
    <message>
        <source>{n} non renseigné(s)</source>
        <translation>{n} not recorded</translation>
    </message>
    <message>
        <source>Émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Cette ligne n&apos;est plus sur la feuille : rien n&apos;a été changé.</source>
        <translation>This line is no longer on the sheet: nothing was changed.</translation>
    </message>
    <message>
        <source>Représentant</source>
        <translation>Representative</translation>
    </message>
    <message>
        <source>Qui représente {name} ?</source>
        <translation>Who represents {name}?</translation>
    </message>
    <message>
        <source>Ajouter un participant</source>
        <translation>Add a participant</translation>
    </message>
    <message>
        <source>Personne présente sans avoir été invitée :</source>
        <translation>Person present without an invitation:</translation>
    </message>
    <message>
        <source>Retirer {name} de la feuille d&apos;émargement ?</source>
        <translation>Remove {name} from the attendance sheet?</translation>
    </message>
    <message>
        <source>Retirer un participant</source>
        <translation>Remove a participant</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Sauvegardes de la base locale</source>
        <translation>Backups of the local database</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Taille</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Dossier : {folder}</source>
        <translation>Folder: {folder}</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Sauvegarder maintenant</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restaurer…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <source>Restaurer cette sauvegarde ?</source>
        <translation>Restore this backup?</translation>
    </message>
    <message>
        <source>Restaurer une sauvegarde</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Base restaurée depuis la {backup}.</source>
        <translation>Database restored from the {backup}.</translation>
    </message>
    <message>
        <source>L&apos;ancienne base est gardée : {path}</source>
        <translation>The previous database is kept: {path}</translation>
    </message>
    <message>
        <source>La fenêtre va se fermer : relancez GUSP Desktop.</source>
        <translation>The window will close: start GUSP Desktop again.</translation>
    </message>
    <message>
        <source>Restauration terminée</source>
        <translation>Restore complete</translation>
    </message>
    <message>
        <source>Sa&amp;uvegardes…</source>
        <translation>Back&amp;ups…</translation>
    </message>
    <message>
        <source>Base endommagée</source>
        <translation>Damaged database</translation>
    </message>
    <message>
        <source>Voulez-vous restaurer une sauvegarde automatique de la base locale ?</source>
        <translation>Do you want to restore an automatic backup of the local database?</translation>
    </message>
</context>
<context>
    <name>BulkChangeDialog</name>
    <message numerus="yes">
        <source>Modifier %n action(s)</source>
        <translation>
            <numerusform>Change %n action</numerusform>
            <numerusform>Change %n actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> et %n autre(s)</source>
        <translation>
            <numerusform> and %n other</numerusform>
            <numerusform> and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Décaler l&apos;échéance de</source>
        <translation>Shift the deadline by</translation>
    </message>
    <message>
        <source>semaines</source>
        <translation>weeks</translation>
    </message>
    <message>
        <source>jours</source>
        <translation>days</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Ce que l&apos;on retient de ces actions</source>
        <translation>What came of these actions</translation>
    </message>
    <message>
        <source>Commentaire pour l&apos;historique (facultatif)</source>
        <translation>Comment for the history (optional)</translation>
    </message>
    <message>
        <source>Appliquer…</source>
        <translation>Apply…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Résultat (pour les actions closes)</source>
        <translation>Outcome (for closed actions)</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Cochez au moins une modification.</source>
        <translation>Tick at least one change.</translation>
    </message>
    <message>
        <source>Indiquez le résultat : ces actions seront closes.</source>
        <translation>Give the outcome: these actions will be closed.</translation>
    </message>
    <message>
        <source>état → {value}</source>
        <translation>status → {value}</translation>
    </message>
    <message>
        <source>pilote → {value}</source>
        <translation>lead → {value}</translation>
    </message>
    <message numerus="yes">
        <source>échéance décalée de %n jour(s)</source>
        <translation>
            <numerusform>deadline shifted by %n day</numerusform>
            <numerusform>deadline shifted by %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>thème → {value}</source>
        <translation>theme → {value}</translation>
    </message>
</context>
<context>
    <name>BulkTexts</name>
    <message>
        <source>Modifications groupées</source>
        <extracomment>Told which actions were changed (the page reloads and keeps them selected). (action ids, change) pairs that together put a selection back as it was.</extracomment>
        <translation>Bulk change</translation>
    </message>
    <message numerus="yes">
        <source>Appliquer à %n action(s) ?
{change}</source>
        <translation>
            <numerusform>Apply to %n action?
{change}</numerusform>
            <numerusform>Apply to %n actions?
{change}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Modification de %n action(s) : {change}</source>
        <translation>
            <numerusform>Change of %n action: {change}</numerusform>
            <numerusform>Change of %n actions: {change}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusyIndicator</name>
    <message>
        <source>Travail en cours en arrière-plan…</source>
        <translation>Working in the background…</translation>
    </message>
</context>
<context>
    <name>Civility</name>
    <message>
        <source>Madame</source>
        <translation>Ms</translation>
    </message>
    <message>
        <source>Monsieur</source>
        <translation>Mr</translation>
    </message>
</context>
<context>
    <name>ColumnChooser</name>
    <message>
        <source>Colonnes par défaut</source>
        <extracomment>A column was shown or hidden, or the defaults came back.</extracomment>
        <translation>Default columns</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Conflit de modification</source>
        <translation>Editing conflict</translation>
    </message>
    <message>
        <source>Quelqu&apos;un a enregistré {what} pendant votre modification. Rien n&apos;a été écrasé. Comparez les deux versions puis choisissez.</source>
        <translation>Someone saved {what} while you were editing it. Nothing was overwritten. Compare both versions, then choose.</translation>
    </message>
    <message>
        <source>Champ</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Version enregistrée</source>
        <translation>Saved version</translation>
    </message>
    <message>
        <source>Votre version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Fusion — {field}</source>
        <translation>Merge — {field}</translation>
    </message>
    <message>
        <source>Textes fusionnés (modifiables) :</source>
        <translation>Merged texts (editable):</translation>
    </message>
    <message>
        <source>Garder ma version</source>
        <translation>Keep my version</translation>
    </message>
    <message>
        <source>Prendre l&apos;autre version</source>
        <translation>Take the other version</translation>
    </message>
    <message>
        <source>Fusionner</source>
        <translation>Merge</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <source>Connexion au serveur partagé</source>
        <translation>Connection to the shared server</translation>
    </message>
    <message>
        <source>Nom du profil</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Database</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité (CA)</source>
        <translation>Certificate authority (CA)</translation>
    </message>
    <message>
        <source>Mémoriser le mot de passe</source>
        <translation>Remember the password</translation>
    </message>
    <message>
        <source>facultatif : vérifie l&apos;identité du serveur</source>
        <translation>optional: checks the server&apos;s identity</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Tester la connexion</source>
        <translation>Test the connection</translation>
    </message>
    <message>
        <source>Certificat de l&apos;autorité</source>
        <translation>Authority certificate</translation>
    </message>
    <message>
        <source>Certificats (*.pem *.crt)</source>
        <translation>Certificates (*.pem *.crt)</translation>
    </message>
    <message>
        <source>Test en cours…</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>ConstatDialog</name>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>(hors halte)</source>
        <translation>(outside any stop)</translation>
    </message>
    <message>
        <source>Constat positif (ce qui va bien)</source>
        <translation>Positive finding (what works well)</translation>
    </message>
    <message>
        <source>(non précisée)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>(aucun)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>Adresse ou repère, si pas de site</source>
        <translation>Address or landmark, if no site</translation>
    </message>
    <message>
        <source>Ce que les professionnels constatent</source>
        <translation>What the professionals observe</translation>
    </message>
    <message>
        <source>Paroles d&apos;habitants, telles qu&apos;entendues</source>
        <translation>Residents&apos; words, as heard</translation>
    </message>
    <message>
        <source>Paroles d&apos;habitants</source>
        <translation>Residents&apos; words</translation>
    </message>
    <message>
        <source>Préconisation</source>
        <translation>Recommendation</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Halte</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Lieu / adresse</source>
        <translation>Place / address</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Gestionnaire</source>
        <translation>Manager</translation>
    </message>
</context>
<context>
    <name>ConstatProposalsDialog</name>
    <message>
        <source>Constats proposés</source>
        <translation>Proposed findings</translation>
    </message>
    <message>
        <source>Créer les constats</source>
        <translation>Create the findings</translation>
    </message>
    <message>
        <source>Plus tard</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>{photos} photo(s) regroupée(s) en {n} constat(s) proposé(s), par halte et par prises de vue rapprochées. Écrivez le constat des groupes à garder ; les photos des autres restent à rattacher.</source>
        <translation>{photos} photo(s) grouped into {n} proposed finding(s), by stop and by shots taken close together. Write the finding of the groups to keep; the photos of the others remain to be attached.</translation>
    </message>
    <message>
        <source>Écrivez le constat, ou décochez-le.</source>
        <translation>Write the finding, or untick it.</translation>
    </message>
    <message>
        <source>Un constat coché n&apos;a pas de texte.</source>
        <translation>A ticked finding has no text.</translation>
    </message>
    <message>
        <source>Aucun constat coché : écrivez-en au moins un.</source>
        <translation>No finding ticked: write at least one.</translation>
    </message>
    <message>
        <source>{n} constat(s) créé(s) avec leurs photos.</source>
        <translation>{n} finding(s) created with their photos.</translation>
    </message>
</context>
<context>
    <name>ConstatSummary</name>
    <message>
        <source>Marche</source>
        <translation>Walk</translation>
    </message>
    <message>
        <source>Dernier constat</source>
        <translation>Latest finding</translation>
    </message>
    <message>
        <source>À qualifier</source>
        <translation>To assess</translation>
    </message>
    <message>
        <source>Aucun constat à qualifier.</source>
        <translation>No finding to assess.</translation>
    </message>
    <message>
        <source>Marche du {date} — {quartier}</source>
        <translation>Walk of {date} — {quartier}</translation>
    </message>
    <message>
        <source>Hors marche — {quartier}</source>
        <translation>Outside any walk — {quartier}</translation>
    </message>
</context>
<context>
    <name>ConstatTableModel</name>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Halte</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>+/−</source>
        <translation>+/−</translation>
    </message>
    <message>
        <source>Gravité</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Gestionnaire</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
</context>
<context>
    <name>ContactAdapter</name>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>{name} (parti)</source>
        <translation>{name} (left)</translation>
    </message>
    <message>
        <source>Toujours en poste</source>
        <translation>Still in post</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Choisissez une organisation.</source>
        <translation>Choose an organisation.</translation>
    </message>
    <message>
        <source>le contact « {name} »</source>
        <translation>the contact “{name}”</translation>
    </message>
</context>
<context>
    <name>ContactPickerDialog</name>
    <message>
        <source>Nom, fonction ou organisation…</source>
        <extracomment>Creates a contact from the name typed (parent of its dialog given); None when cancelled.</extracomment>
        <translation>Name, position or organisation…</translation>
    </message>
    <message>
        <source>Choisir</source>
        <translation>Choose</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Nouveau contact…</source>
        <translation>New contact…</translation>
    </message>
    <message>
        <source>Ajouter à l&apos;annuaire une personne qui n&apos;y est pas</source>
        <translation>Add a person missing from the directory</translation>
    </message>
</context>
<context>
    <name>ConventionDialog</name>
    <message>
        <source>Nouvelle convention ATFPB</source>
        <translation>New ATFPB agreement</translation>
    </message>
    <message>
        <source>Bailleur</source>
        <translation>Social landlord</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Première année</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Dernière année</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Logements concernés</source>
        <translation>Homes covered</translation>
    </message>
    <message>
        <source>Droit commun de référence</source>
        <translation>Baseline standard service</translation>
    </message>
    <message>
        <source>Choisissez un bailleur et un quartier.</source>
        <translation>Choose a social landlord and a neighbourhood.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Date</source>
        <extracomment>Open the plan d&apos;actions filtered by an :class:`ActionQuery`. Everything is shown (start-up measures and tests wait for it).</extracomment>
        <translation>Date</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pilote</source>
        <translation>Lead</translation>
    </message>
    <message>
        <source>Aucune séance prévue dans les {days} jours.</source>
        <translation>No meeting planned in the next {days} days.</translation>
    </message>
    <message>
        <source>Aucune action en retard.</source>
        <translation>No overdue action.</translation>
    </message>
    <message>
        <source>Aucune échéance dans les {days} jours.</source>
        <translation>No deadline in the next {days} days.</translation>
    </message>
    <message>
        <source>Voir toutes les actions en retard</source>
        <translation>See all overdue actions</translation>
    </message>
    <message>
        <source>Voir toutes ces échéances</source>
        <translation>See all these deadlines</translation>
    </message>
    <message>
        <source>Prochaines séances ({days} jours)</source>
        <translation>Upcoming meetings ({days} days)</translation>
    </message>
    <message>
        <source>Échéances des {days} prochains jours</source>
        <translation>Deadlines in the next {days} days</translation>
    </message>
    <message>
        <source>Actions en retard par pilote</source>
        <translation>Overdue actions by lead</translation>
    </message>
    <message>
        <source>Actions par état</source>
        <translation>Actions by status</translation>
    </message>
    <message>
        <source>Actions par thème</source>
        <translation>Actions by theme</translation>
    </message>
    <message>
        <source>Signalements ouverts et en retard par organisation</source>
        <translation>Open and overdue reports by organisation</translation>
    </message>
    <message>
        <source>Constats à qualifier</source>
        <translation>Findings to assess</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) en retard</source>
        <translation>
            <numerusform>%n overdue action</numerusform>
            <numerusform>%n overdue actions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n séance(s) à venir</source>
        <translation>
            <numerusform>%n upcoming meeting</numerusform>
            <numerusform>%n upcoming meetings</numerusform>
        </translation>
    </message>
    <message>
        <source>+ séances restreintes non affichées : {placeholder}</source>
        <translation>+ restricted meetings not shown: {placeholder}</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui : {date}</source>
        <translation>Today: {date}</translation>
    </message>
    <message>
        <source>{date} à {time}</source>
        <translation>{date} at {time}</translation>
    </message>
    <message numerus="yes">
        <source>… et %n autre(s) : voir le plan</source>
        <translation>
            <numerusform>… and %n more: see the plan</numerusform>
            <numerusform>… and %n more: see the plan</numerusform>
        </translation>
    </message>
    <message>
        <source>Ouvrir le plan d&apos;actions sur ces échéances</source>
        <translation>Open the action plan on these deadlines</translation>
    </message>
    <message>
        <source>Chargement du tableau de bord…</source>
        <translation>Loading the dashboard…</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>Tapez la date (« 24/06/2027 », ou « 15/02 » pour cette année) ou choisissez-la.</source>
        <translation>Type the date (“24/06/2027”, or “15/02” for this year) or pick it.</translation>
    </message>
    <message>
        <source>Date refusée : « {text} » n&apos;est pas une date entre {first} et {last} (jj/mm/aaaa, ou jj/mm pour cette année).</source>
        <translation>Date refused: “{text}” is not a date between {first} and {last} (dd/mm/yyyy, or dd/mm for this year).</translation>
    </message>
</context>
<context>
    <name>DecisionTextDialog</name>
    <message>
        <source>Ctrl+Maj+O : marquer la sélection comme donnée personnelle.</source>
        <translation>Ctrl+Shift+O: mark the selection as personal data.</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Organisations et contacts</source>
        <translation>Organisations and contacts</translation>
    </message>
    <message>
        <source>Instances et membres</source>
        <translation>Committees and members</translation>
    </message>
    <message>
        <source>Exporter ses données…</source>
        <translation>Export their data…</translation>
    </message>
    <message>
        <source>Anonymiser…</source>
        <translation>Anonymise…</translation>
    </message>
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Importer un tableau de suivi renvoyé…</source>
        <translation>Import a returned follow-up table…</translation>
    </message>
    <message>
        <source>Convocation</source>
        <extracomment>The plan&apos;s export formats, as ``services.exports.PLAN_FORMATS`` (a test keeps them equal): the menu is built with the window, before the export service is ever imported. (kind, French name, formats) of the documents of one séance.</extracomment>
        <translation>Notice of meeting</translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Feuille d&apos;émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Relevé de décisions</source>
        <translation>Record of decisions</translation>
    </message>
    <message>
        <source>Séance sélectionnée</source>
        <extracomment>The time-stamping server the application started with, read at the first use of the signing service (building it at start-up cost the window 60 ms).</extracomment>
        <translation>Selected meeting</translation>
    </message>
    <message>
        <source>Plan d&apos;actions (filtre affiché)</source>
        <translation>Action plan (current filter)</translation>
    </message>
    <message>
        <source>Valider et signer le compte rendu…</source>
        <translation>Validate and sign the minutes…</translation>
    </message>
    <message>
        <source>Erratum du compte rendu…</source>
        <translation>Minutes erratum…</translation>
    </message>
    <message>
        <source>Vérifier un document signé…</source>
        <translation>Verify a signed document…</translation>
    </message>
    <message>
        <source>Identités de signature…</source>
        <translation>Signing identities…</translation>
    </message>
    <message>
        <source>Relances des pilotes…</source>
        <translation>Reminders to leads…</translation>
    </message>
    <message>
        <source>Synthèse pour les habitants…</source>
        <translation>Summary for residents…</translation>
    </message>
    <message>
        <source>Registre des traitements…</source>
        <translation>Record of processing activities…</translation>
    </message>
    <message>
        <source>{warnings}

L&apos;enregistrer quand même ?</source>
        <translation>{warnings}

Save it anyway?</translation>
    </message>
    <message>
        <source>Convocation sans destinataire</source>
        <translation>Notice of meeting without recipients</translation>
    </message>
    <message>
        <source>Plan d&apos;actions</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Document enregistré :
{path}

L&apos;ouvrir maintenant ?</source>
        <translation>Document saved:
{path}

Open it now?</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <source>Le document n&apos;a pas pu être ouvert : aucune application ne semble associée aux fichiers « .{suffix} » sur cet ordinateur.

Ouvrir le dossier qui le contient ?</source>
        <translation>The document could not be opened: no application seems to be associated with “.{suffix}” files on this computer.

Open the folder that contains it?</translation>
    </message>
    <message>
        <source>Ouvrir le dossier</source>
        <translation>Open the folder</translation>
    </message>
    <message>
        <source>Le dossier n&apos;a pas pu être ouvert non plus. Le document est ici :
{path}</source>
        <translation>The folder could not be opened either. The document is here:
{path}</translation>
    </message>
    <message>
        <source>Aucune séance sélectionnée</source>
        <translation>No meeting selected</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une séance dans la page « Séances ».</source>
        <translation>First choose a meeting on the “Meetings” page.</translation>
    </message>
    <message>
        <source>Erratum du compte rendu</source>
        <translation>Minutes erratum</translation>
    </message>
    <message>
        <source>Motif de la correction (il figurera en tête de l&apos;erratum) :</source>
        <translation>Reason for the correction (printed at the top of the erratum):</translation>
    </message>
    <message>
        <source>L&apos;erratum (version {number}) est ouvert : le compte rendu peut être corrigé, puis validé et signé à nouveau. La version signée précédente reste disponible.</source>
        <translation>The erratum (version {number}) is open: the minutes can be corrected, then validated and signed again. The previous signed version remains available.</translation>
    </message>
    <message>
        <source>Erratum ouvert</source>
        <translation>Erratum opened</translation>
    </message>
</context>
<context>
    <name>FieldFiles</name>
    <message>
        <source>Importer des photos</source>
        <translation>Import photos</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif)</translation>
    </message>
    <message>
        <source>Aucune photo (JPEG, PNG ou HEIC) dans ce qui a été déposé.</source>
        <translation>No photo (JPEG, PNG or HEIC) in what was dropped.</translation>
    </message>
    <message>
        <source>{n} photo(s) importée(s), {placed} placée(s) sur une halte.</source>
        <translation>{n} photo(s) imported, {placed} placed on a stop.</translation>
    </message>
    <message>
        <source>{d} déjà présente(s).</source>
        <translation>{d} already present.</translation>
    </message>
    <message>
        <source>Constats proposés</source>
        <translation>Proposed findings</translation>
    </message>
    <message>
        <source>Aucune photo à rattacher.</source>
        <translation>No photo to attach.</translation>
    </message>
    <message>
        <source>Compte rendu de la marche</source>
        <translation>Minutes of the walk</translation>
    </message>
    <message>
        <source>Restitution aux habitants</source>
        <translation>Feedback to residents</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx)</source>
        <translation>PDF (*.pdf);;Word (*.docx)</translation>
    </message>
    <message>
        <source>Document enregistré : {path}</source>
        <translation>Document saved: {path}</translation>
    </message>
</context>
<context>
    <name>FieldMap</name>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Importer le plan du quartier et le caler par deux ou trois points</source>
        <translation>Import the neighbourhood&apos;s plan and align it with two or three points</translation>
    </message>
    <message>
        <source>Plan du quartier</source>
        <translation>Neighbourhood plan</translation>
    </message>
    <message>
        <source>Cette marche n&apos;a pas de quartier.</source>
        <translation>This walk has no neighbourhood.</translation>
    </message>
    <message>
        <source>Reçu le {date} ({channel})
Catégorie : {category}
Adresse : {address}
Organisation : {organisation}
Statut : {status}, échéance le {due}

{text}</source>
        <translation>Received on {date} ({channel})
Category: {category}
Address: {address}
Organisation: {organisation}
Status: {status}, due on {due}

{text}</translation>
    </message>
    <message>
        <source>Signalement n° {n}</source>
        <translation>Report no. {n}</translation>
    </message>
</context>
<context>
    <name>FieldWorkPanel</name>
    <message>
        <source>Objectifs de la marche</source>
        <extracomment>Something was imported or changed (tests wait on it).</extracomment>
        <translation>Objectives of the walk</translation>
    </message>
    <message>
        <source>Enregistrer les objectifs</source>
        <translation>Save the objectives</translation>
    </message>
    <message>
        <source>Ajouter</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>Ajouter une halte au parcours</source>
        <translation>Add a stop to the route</translation>
    </message>
    <message>
        <source>Modifier</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Avancer la halte dans le parcours</source>
        <translation>Move the stop earlier in the route</translation>
    </message>
    <message>
        <source>Reculer la halte dans le parcours</source>
        <translation>Move the stop later in the route</translation>
    </message>
    <message>
        <source>Objectifs</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Parcours</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Compte rendu de la marche…</source>
        <translation>Minutes of the walk…</translation>
    </message>
    <message>
        <source>Restitution aux habitants…</source>
        <translation>Feedback to residents…</translation>
    </message>
    <message>
        <source>Nouveau constat</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Nouveau constat (Inser)</source>
        <translation>New finding (Ins)</translation>
    </message>
    <message>
        <source>Modifier le constat (Entrée)</source>
        <translation>Edit the finding (Enter)</translation>
    </message>
    <message>
        <source>En action</source>
        <translation>To action</translation>
    </message>
    <message>
        <source>Transformer en action (Ctrl+T)</source>
        <translation>Turn into an action (Ctrl+T)</translation>
    </message>
    <message>
        <source>Photos…</source>
        <translation>Photos…</translation>
    </message>
    <message>
        <source>Importer des photos, ou les déposer ici, ou le dossier du téléphone (JPEG, PNG, HEIC)</source>
        <translation>Import photos, or drop them here, or the phone&apos;s folder (JPEG, PNG, HEIC)</translation>
    </message>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
    <message>
        <source> ({n} constat(s))</source>
        <translation> ({n} finding(s))</translation>
    </message>
    <message>
        <source>Supprimer la halte ? Ses constats et photos restent sur la marche.</source>
        <translation>Delete the stop? Its findings and photos stay on the walk.</translation>
    </message>
    <message>
        <source>Supprimer la halte</source>
        <translation>Delete the stop</translation>
    </message>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Aucun quartier n&apos;est défini.</source>
        <translation>No neighbourhood is defined.</translation>
    </message>
    <message>
        <source>Rattacher des photos</source>
        <translation>Attach photos</translation>
    </message>
    <message>
        <source>Sélectionnez dans le tableau le constat qui reçoit les photos.</source>
        <translation>Select in the table the finding that receives the photos.</translation>
    </message>
    <message>
        <source>Supprimer le constat n° {n} et ses photos ?</source>
        <translation>Delete finding no. {n} and its photos?</translation>
    </message>
    <message>
        <source>Supprimer le constat</source>
        <translation>Delete the finding</translation>
    </message>
    <message>
        <source>Transformer en action</source>
        <translation>Turn into an action</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord un ou plusieurs constats.</source>
        <translation>First choose one or more findings.</translation>
    </message>
    <message>
        <source>à choisir</source>
        <translation>to be chosen</translation>
    </message>
    <message>
        <source>Créer une action à partir de {n} constat(s) ? Quartier, site et thème viennent du premier ; pilote : {pilot}.</source>
        <translation>Create an action from {n} finding(s)? Neighbourhood, site and theme come from the first one; lead: {pilot}.</translation>
    </message>
    <message>
        <source>Action {number} créée.</source>
        <translation>Action {number} created.</translation>
    </message>
    <message>
        <source>Motif ou suite donnée :</source>
        <translation>Reason or follow-up:</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Transformer en action…</source>
        <translation>Turn into an action…</translation>
    </message>
</context>
<context>
    <name>FollowUpDialog</name>
    <message>
        <source>Point de suivi d&apos;une action</source>
        <translation>Action follow-up</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Enregistré.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>HalteDialog</name>
    <message>
        <source>Halte</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>(aucun site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <source>Heure d&apos;arrivée prévue</source>
        <translation>Planned arrival time</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <source>Arrivée</source>
        <translation>Arrival</translation>
    </message>
</context>
<context>
    <name>HighlightsEditor</name>
    <message>
        <source>Ce qu&apos;il faut retenir de la séance…</source>
        <extracomment>The séance as stored after a save here (its version moved on).</extracomment>
        <translation>What to remember from the meeting…</translation>
    </message>
    <message>
        <source>Date, lieu et ordre du jour pressenti de la prochaine réunion…</source>
        <translation>Date, place and expected agenda of the next meeting…</translation>
    </message>
    <message>
        <source>Mention de diffusion (par exemple : diffusion restreinte aux membres)…</source>
        <translation>Circulation note (for example: circulation restricted to members)…</translation>
    </message>
    <message>
        <source>Ajouter un destinataire…</source>
        <translation>Add a recipient…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Faits marquants</source>
        <translation>Highlights</translation>
    </message>
    <message>
        <source>Prochaine réunion</source>
        <translation>Next meeting</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>Circulation</translation>
    </message>
    <message>
        <source>Copie à</source>
        <translation>Copy to</translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Modifications en cours…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Échec de l&apos;enregistrement</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>La séance a été modifiée ailleurs pendant que vous écriviez les faits marquants, la prochaine réunion ou la diffusion. Enregistrer votre version par-dessus ? (Non : la version enregistrée s&apos;affiche.)</source>
        <translation>The meeting was changed elsewhere while you were writing the highlights, the next meeting or the circulation. Save your version over it? (No: the saved version is shown.)</translation>
    </message>
    <message>
        <source>Conflit de modification</source>
        <translation>Editing conflict</translation>
    </message>
    <message>
        <source>Copie du compte rendu</source>
        <translation>Copy of the minutes</translation>
    </message>
    <message>
        <source>Qui reçoit aussi le compte rendu ?</source>
        <translation>Who else receives the minutes?</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Par</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Événement</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Détail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Aucun événement enregistré.</source>
        <translation>No event recorded.</translation>
    </message>
</context>
<context>
    <name>IdentitiesDialog</name>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Titulaire</source>
        <translation>Full member</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Émetteur</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Valable jusqu&apos;au</source>
        <translation>Valid until</translation>
    </message>
    <message>
        <source>Identités de signature</source>
        <translation>Signing identities</translation>
    </message>
    <message>
        <source>Mémoriser les nouvelles phrases secrètes</source>
        <translation>Remember new passphrases</translation>
    </message>
    <message>
        <source>Nouvelle autorité…</source>
        <translation>New authority…</translation>
    </message>
    <message>
        <source>Nouvelle identité…</source>
        <translation>New identity…</translation>
    </message>
    <message>
        <source>Importer un .p12…</source>
        <translation>Import a .p12…</translation>
    </message>
    <message>
        <source>Exporter le certificat de l&apos;autorité…</source>
        <translation>Export the authority&apos;s certificate…</translation>
    </message>
    <message>
        <source>Autorité</source>
        <translation>Authority</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Nouvelle autorité</source>
        <translation>New authority</translation>
    </message>
    <message>
        <source>Nom de l&apos;autorité</source>
        <translation>Authority name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Autorité créée</source>
        <translation>Authority created</translation>
    </message>
    <message>
        <source>Aucune autorité</source>
        <translation>No authority</translation>
    </message>
    <message>
        <source>Créez d&apos;abord l&apos;autorité de l&apos;organisation, ou importez un .p12.</source>
        <translation>First create the organisation&apos;s authority, or import a .p12.</translation>
    </message>
    <message>
        <source>Identité créée</source>
        <translation>Identity created</translation>
    </message>
    <message>
        <source>Certificat à importer</source>
        <translation>Certificate to import</translation>
    </message>
    <message>
        <source>Importer</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nom de l&apos;identité</source>
        <translation>Identity name</translation>
    </message>
    <message>
        <source>Phrase secrète du fichier « {name} » :</source>
        <translation>Passphrase of the file “{name}”:</translation>
    </message>
    <message>
        <source>Certificat importé</source>
        <translation>Certificate imported</translation>
    </message>
    <message>
        <source>Exporter le certificat de l&apos;autorité</source>
        <translation>Export the authority&apos;s certificate</translation>
    </message>
    <message>
        <source>Autorité à choisir</source>
        <translation>Choose an authority</translation>
    </message>
    <message>
        <source>Sélectionnez dans la liste l&apos;autorité dont exporter le certificat.</source>
        <translation>Select in the list the authority whose certificate to export.</translation>
    </message>
    <message>
        <source>Nouvelle phrase secrète pour « {name} » :</source>
        <translation>New passphrase for “{name}”:</translation>
    </message>
    <message>
        <source>Confirmez la phrase secrète :</source>
        <translation>Confirm the passphrase:</translation>
    </message>
    <message>
        <source>Phrase secrète</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Les deux saisies de la phrase secrète diffèrent.</source>
        <translation>The two passphrase entries differ.</translation>
    </message>
</context>
<context>
    <name>InstanceAdapter</name>
    <message>
        <source>Instances</source>
        <translation>Committees</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Périmètre</source>
        <translation>Perimeter</translation>
    </message>
    <message>
        <source>tout le territoire</source>
        <translation>whole territory</translation>
    </message>
    <message>
        <source>Confidentielle (cellule de veille…)</source>
        <translation>Confidential (monitoring unit…)</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Périodicité</source>
        <translation>Frequency</translation>
    </message>
    <message>
        <source>Lieu habituel</source>
        <translation>Usual place</translation>
    </message>
    <message>
        <source>Durée habituelle</source>
        <translation>Usual duration</translation>
    </message>
    <message>
        <source>l&apos;instance « {code} »</source>
        <translation>the committee “{code}”</translation>
    </message>
</context>
<context>
    <name>InvitationsEditor</name>
    <message>
        <source>Invité(e)</source>
        <extracomment>Until the séance takes place its invitation list may change; afterwards it is a record. The whole sheet as stored after a change here (the émargement tab follows).</extracomment>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Siège dans l&apos;instance</source>
        <translation>Seat in the committee</translation>
    </message>
    <message>
        <source>Inviter les membres de l&apos;instance</source>
        <translation>Invite the committee&apos;s members</translation>
    </message>
    <message>
        <source>Inviter une personne…</source>
        <translation>Invite a person…</translation>
    </message>
    <message>
        <source>Retirer l&apos;invitation</source>
        <translation>Withdraw the invitation</translation>
    </message>
    <message>
        <source>Siège si le ou la titulaire est empêché(e)</source>
        <translation>Sits if the full member cannot attend</translation>
    </message>
    <message>
        <source>Hors instance</source>
        <translation>Outside the committee</translation>
    </message>
    <message>
        <source>{count} invité(s) dont {substitutes} suppléant(s)</source>
        <translation>{count} guest(s), of whom {substitutes} substitute(s)</translation>
    </message>
    <message>
        <source>Aucun invité : la convocation n&apos;aurait aucun destinataire. « Inviter les membres de l&apos;instance » convie ses titulaires et suppléants.</source>
        <translation>No guests: the notice of meeting would have no recipient. “Invite the committee&apos;s members” invites its full members and substitutes.</translation>
    </message>
    <message>
        <source>Inviter une personne</source>
        <translation>Invite a person</translation>
    </message>
    <message>
        <source>Qui inviter à la séance ?</source>
        <translation>Whom to invite to the meeting?</translation>
    </message>
    <message>
        <source>Retirer {name} de la liste des invités ?</source>
        <translation>Remove {name} from the guest list?</translation>
    </message>
    <message>
        <source>Retirer une invitation</source>
        <translation>Withdraw an invitation</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Action</source>
        <extracomment>Every French label of the domain, for lupdate (generated from the domain&apos;s vocabularies).</extracomment>
        <translation>Action</translation>
    </message>
    <message>
        <source>Point de l&apos;ordre du jour</source>
        <translation>Agenda item</translation>
    </message>
    <message>
        <source>Utilisateur</source>
        <translation>User</translation>
    </message>
    <message>
        <source>Émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Constat</source>
        <translation>Finding</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Décision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Durée de conservation</source>
        <translation>Retention period</translation>
    </message>
    <message>
        <source>Membre d&apos;instance</source>
        <translation>Committee member</translation>
    </message>
    <message>
        <source>Relecteur du compte rendu</source>
        <translation>Minutes reviewer</translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Destinataire du compte rendu</source>
        <translation>Minutes recipient</translation>
    </message>
    <message>
        <source>Fichier signé</source>
        <translation>Signed file</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>création</source>
        <translation>creation</translation>
    </message>
    <message>
        <source>modification</source>
        <translation>change</translation>
    </message>
    <message>
        <source>suppression</source>
        <translation>deletion</translation>
    </message>
    <message>
        <source>changement d&apos;état</source>
        <translation>status change</translation>
    </message>
    <message>
        <source>attribution de rôle</source>
        <translation>role granted</translation>
    </message>
    <message>
        <source>retrait des droits</source>
        <translation>rights withdrawn</translation>
    </message>
    <message>
        <source>accès aux contenus restreints accordé</source>
        <translation>access to restricted content granted</translation>
    </message>
    <message>
        <source>accès aux contenus restreints retiré</source>
        <translation>access to restricted content withdrawn</translation>
    </message>
    <message>
        <source>anonymisation</source>
        <translation>anonymisation</translation>
    </message>
    <message>
        <source>durée de conservation appliquée</source>
        <translation>retention period applied</translation>
    </message>
    <message>
        <source>création directe (SQL)</source>
        <translation>direct creation (SQL)</translation>
    </message>
    <message>
        <source>modification directe (SQL)</source>
        <translation>direct change (SQL)</translation>
    </message>
    <message>
        <source>suppression directe (SQL)</source>
        <translation>direct deletion (SQL)</translation>
    </message>
    <message>
        <source>déplacement</source>
        <translation>move</translation>
    </message>
    <message>
        <source>nouvel ordre</source>
        <translation>new order</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>approval</translation>
    </message>
    <message>
        <source>erratum</source>
        <translation>erratum</translation>
    </message>
    <message>
        <source>signature</source>
        <translation>signature</translation>
    </message>
    <message>
        <source>convocation</source>
        <translation>notice of meeting</translation>
    </message>
    <message>
        <source>nouveau numéro</source>
        <translation>new number</translation>
    </message>
    <message>
        <source>mise à jour par le tableau de suivi renvoyé</source>
        <translation>update from the returned follow-up sheet</translation>
    </message>
    <message>
        <source>EPCI</source>
        <translation>Inter-municipal body (EPCI)</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Municipality</translation>
    </message>
    <message>
        <source>État</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Bailleur social</source>
        <translation>Social landlord</translation>
    </message>
    <message>
        <source>Collecte et traitement des déchets</source>
        <translation>Waste collection and treatment</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Police</translation>
    </message>
    <message>
        <source>Transport</source>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Association</source>
        <translation>Association</translation>
    </message>
    <message>
        <source>Médiation</source>
        <translation>Mediation</translation>
    </message>
    <message>
        <source>Régie de quartier</source>
        <translation>Neighbourhood enterprise</translation>
    </message>
    <message>
        <source>Conseil citoyen</source>
        <translation>Citizens&apos; council</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Comité technique</source>
        <translation>Technical committee</translation>
    </message>
    <message>
        <source>Comité de pilotage</source>
        <translation>Steering committee</translation>
    </message>
    <message>
        <source>Cellule de veille</source>
        <translation>Monitoring unit</translation>
    </message>
    <message>
        <source>Diagnostic en marchant</source>
        <translation>Walkabout diagnosis</translation>
    </message>
    <message>
        <source>Marche exploratoire</source>
        <translation>Exploratory walk</translation>
    </message>
    <message>
        <source>Président</source>
        <translation>Chair</translation>
    </message>
    <message>
        <source>Secrétaire</source>
        <translation>Secretary</translation>
    </message>
    <message>
        <source>Membre</source>
        <translation>Member</translation>
    </message>
    <message>
        <source>Invité</source>
        <translation>Guest</translation>
    </message>
    <message>
        <source>Titulaire</source>
        <translation>Full member</translation>
    </message>
    <message>
        <source>Suppléant</source>
        <translation>Substitute</translation>
    </message>
    <message>
        <source>Planifiée</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Convoquée</source>
        <translation>Convened</translation>
    </message>
    <message>
        <source>Tenue</source>
        <translation>Held</translation>
    </message>
    <message>
        <source>Compte rendu en rédaction</source>
        <translation>Minutes being drafted</translation>
    </message>
    <message>
        <source>Compte rendu en relecture</source>
        <translation>Minutes under review</translation>
    </message>
    <message>
        <source>Compte rendu validé</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <source>Compte rendu signé</source>
        <translation>Minutes signed</translation>
    </message>
    <message>
        <source>Annulée</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>Présent</source>
        <translation>Present</translation>
    </message>
    <message>
        <source>Excusé</source>
        <translation>Apologies</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Représenté</source>
        <translation>Represented</translation>
    </message>
    <message>
        <source>À engager</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>En cours</source>
        <translation>In progress</translation>
    </message>
    <message>
        <source>Réalisée</source>
        <translation>Completed</translation>
    </message>
    <message>
        <source>Reportée</source>
        <translation>Postponed</translation>
    </message>
    <message>
        <source>Abandonnée</source>
        <translation>Abandoned</translation>
    </message>
    <message>
        <source>Basse</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Normale</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Haute</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Propreté, déchets, encombrants</source>
        <translation>Cleanliness, waste, bulky items</translation>
    </message>
    <message>
        <source>Tranquillité, sécurité</source>
        <translation>Public peace, safety</translation>
    </message>
    <message>
        <source>Éclairage</source>
        <translation>Lighting</translation>
    </message>
    <message>
        <source>Stationnement, épaves, voirie</source>
        <translation>Parking, abandoned vehicles, roads</translation>
    </message>
    <message>
        <source>Espaces verts, aires de jeux</source>
        <translation>Green spaces, playgrounds</translation>
    </message>
    <message>
        <source>Parties communes, ascenseurs, bâti</source>
        <translation>Common areas, lifts, buildings</translation>
    </message>
    <message>
        <source>Accessibilité</source>
        <translation>Accessibility</translation>
    </message>
    <message>
        <source>Équipements, services</source>
        <translation>Facilities, services</translation>
    </message>
    <message>
        <source>Chantiers NPNRU, gestion transitoire</source>
        <translation>NPNRU works, transitional management</translation>
    </message>
    <message>
        <source>Participation, lien social</source>
        <translation>Participation, social ties</translation>
    </message>
    <message>
        <source>1 – Renforcement de la présence du personnel de proximité</source>
        <translation>1 – More on-site staff presence</translation>
    </message>
    <message>
        <source>2 – Formation et soutien des personnels de proximité</source>
        <translation>2 – Training and support for on-site staff</translation>
    </message>
    <message>
        <source>3 – Sur-entretien</source>
        <translation>3 – Extra maintenance</translation>
    </message>
    <message>
        <source>4 – Gestion des déchets et encombrants / épaves</source>
        <translation>4 – Waste, bulky items and abandoned vehicles</translation>
    </message>
    <message>
        <source>5 – Tranquillité résidentielle</source>
        <translation>5 – Residential peace</translation>
    </message>
    <message>
        <source>6 – Concertation / sensibilisation des locataires</source>
        <translation>6 – Tenant consultation and awareness</translation>
    </message>
    <message>
        <source>7 – Animation, lien social, vivre ensemble</source>
        <translation>7 – Activities, social ties, living together</translation>
    </message>
    <message>
        <source>8 – Petits travaux d&apos;amélioration de la qualité de service</source>
        <translation>8 – Minor works improving service quality</translation>
    </message>
    <message>
        <source>Réalisé</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <source>Partiellement réalisé</source>
        <translation>Partly achieved</translation>
    </message>
    <message>
        <source>Non réalisé</source>
        <translation>Not achieved</translation>
    </message>
    <message>
        <source>Signalement</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Coordinateur</source>
        <translation>Coordinator</translation>
    </message>
    <message>
        <source>Lecteur</source>
        <translation>Reader</translation>
    </message>
    <message>
        <source>À qualifier</source>
        <translation>To assess</translation>
    </message>
    <message>
        <source>Transformé en action</source>
        <translation>Turned into an action</translation>
    </message>
    <message>
        <source>Traité directement</source>
        <translation>Handled directly</translation>
    </message>
    <message>
        <source>Sans suite</source>
        <translation>No further action</translation>
    </message>
    <message>
        <source>Faible</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>Moyenne</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>Forte</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Similitude</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <source>Affine</source>
        <translation>Affine</translation>
    </message>
    <message>
        <source>brouillon enregistré</source>
        <translation>draft saved</translation>
    </message>
    <message>
        <source>envoyée</source>
        <translation>sent</translation>
    </message>
    <message>
        <source>déjà envoyée (ignorée)</source>
        <translation>already sent (skipped)</translation>
    </message>
    <message>
        <source>échec</source>
        <translation>failed</translation>
    </message>
    <message>
        <source>pas d&apos;adresse électronique</source>
        <translation>no email address</translation>
    </message>
    <message>
        <source>conservation</source>
        <translation>retention</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Cellule verrouillée modifiée</source>
        <translation>Locked cell changed</translation>
    </message>
    <message>
        <source>Ligne inconnue</source>
        <translation>Unknown line</translation>
    </message>
    <message>
        <source>Valeur invalide</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>Avancement (%)</source>
        <translation>Progress (%)</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Nouvelle échéance proposée</source>
        <translation>Proposed new deadline</translation>
    </message>
    <message>
        <source>Commentaire de suivi</source>
        <translation>Follow-up comment</translation>
    </message>
    <message>
        <source>Notes du compte rendu</source>
        <translation>Minutes notes</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Gardien</source>
        <translation>Caretaker</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Main courante</source>
        <translation>Incident log</translation>
    </message>
    <message>
        <source>Réunion</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Reçu</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Transmis</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <source>Pris en charge</source>
        <translation>Being handled</translation>
    </message>
    <message>
        <source>Traité</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Rejeté</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Erratum en rédaction</source>
        <translation>Erratum being drafted</translation>
    </message>
    <message>
        <source>Validé</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Signé</source>
        <translation>Signed</translation>
    </message>
    <message>
        <source>président de séance</source>
        <translation>meeting chair</translation>
    </message>
    <message>
        <source>secrétaire de séance</source>
        <translation>meeting secretary</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Photo</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Profil de connexion</source>
        <translation>Connection profile</translation>
    </message>
    <message>
        <source>Profil d&apos;envoi</source>
        <translation>Sending profile</translation>
    </message>
    <message>
        <source>Convention</source>
        <translation>Agreement</translation>
    </message>
    <message>
        <source>Convention ATFPB</source>
        <translation>ATFPB agreement</translation>
    </message>
    <message>
        <source>Halte</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Ligne d&apos;émargement</source>
        <translation>Attendance line</translation>
    </message>
    <message>
        <source>Ligne de programme ATFPB</source>
        <translation>ATFPB programme line</translation>
    </message>
    <message>
        <source>Règle d&apos;orientation</source>
        <translation>Routing rule</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Version de compte rendu</source>
        <translation>Minutes version</translation>
    </message>
    <message>
        <source>Séance planifiée</source>
        <translation>Meeting planned</translation>
    </message>
    <message>
        <source>Convocation renvoyée</source>
        <translation>Notice of meeting sent again</translation>
    </message>
    <message>
        <source>Fichier local</source>
        <extracomment>The two kinds of database the status bar names (``db.engine.describe`` writes French).</extracomment>
        <translation>Local file</translation>
    </message>
    <message>
        <source>Serveur partagé</source>
        <translation>Shared server</translation>
    </message>
    <message>
        <source>{kind} : {where}</source>
        <translation>{kind}: {where}</translation>
    </message>
</context>
<context>
    <name>LifecycleBar</name>
    <message>
        <source> (convocation du {date})</source>
        <translation> (notice of {date})</translation>
    </message>
    <message>
        <source> — motif : {reason}</source>
        <translation> — reason: {reason}</translation>
    </message>
    <message>
        <source>{role} : {name}, le {date} à {time}</source>
        <translation>{role}: {name}, on {date} at {time}</translation>
    </message>
    <message>
        <source>Signé — </source>
        <translation>Signed — </translation>
    </message>
    <message>
        <source>Aucune signature</source>
        <translation>No signature</translation>
    </message>
    <message>
        <source> — signature manquante : {roles}</source>
        <translation> — missing signature: {roles}</translation>
    </message>
    <message>
        <source>Convocation sans destinataire</source>
        <translation>Notice of meeting without recipients</translation>
    </message>
    <message>
        <source>Personne n&apos;est invité à cette séance : la convocation n&apos;aura aucun destinataire. L&apos;enregistrer quand même ?</source>
        <translation>Nobody is invited to this meeting: the notice of meeting will have no recipient. Save it anyway?</translation>
    </message>
    <message>
        <source>Déclarer tenue la séance du {date} ? Le compte rendu pourra être rédigé ; la déclaration reste annulable tant que rien n&apos;en est écrit.</source>
        <translation>Mark the meeting of {date} as held? The minutes can then be written; this can be undone as long as nothing of them is written.</translation>
    </message>
    <message>
        <source>Séance tenue</source>
        <translation>Meeting held</translation>
    </message>
    <message>
        <source>La séance n&apos;a pas eu lieu : revenir au statut précédent ?</source>
        <translation>The meeting did not take place: go back to the previous status?</translation>
    </message>
    <message>
        <source>Annuler « tenue »</source>
        <translation>Undo “held”</translation>
    </message>
    <message>
        <source>Valider le compte rendu ? Il ne pourra plus être modifié (une correction passera par un erratum).</source>
        <translation>Approve the minutes? They can no longer be edited (a correction will need an erratum).</translation>
    </message>
    <message>
        <source>Valider le compte rendu</source>
        <translation>Approve the minutes</translation>
    </message>
    <message>
        <source>Convoquer…</source>
        <extracomment>The séance as stored after a step (the view and the list follow).</extracomment>
        <translation>Convene…</translation>
    </message>
    <message>
        <source>Déclarer la séance tenue</source>
        <translation>Mark the meeting as held</translation>
    </message>
    <message>
        <source>Commencer le compte rendu</source>
        <translation>Start the minutes</translation>
    </message>
    <message>
        <source>Envoyer en relecture…</source>
        <translation>Send for review…</translation>
    </message>
    <message>
        <source>Reprendre la rédaction</source>
        <translation>Resume drafting</translation>
    </message>
    <message>
        <source>Signer le compte rendu…</source>
        <translation>Sign the minutes…</translation>
    </message>
    <message>
        <source>Annuler la séance…</source>
        <translation>Cancel the meeting…</translation>
    </message>
    <message>
        <source>Avis d&apos;annulation…</source>
        <translation>Cancellation notice…</translation>
    </message>
    <message>
        <source>État : {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <source>État : {status} — projet envoyé le {date} à {names}</source>
        <translation>Status: {status} — draft sent on {date} to {names}</translation>
    </message>
    <message>
        <source>Annuler la séance</source>
        <translation>Cancel the meeting</translation>
    </message>
    <message>
        <source>Motif de l&apos;annulation (il figurera sur l&apos;avis d&apos;annulation) :</source>
        <translation>Reason for cancelling (it will appear on the cancellation notice):</translation>
    </message>
    <message>
        <source>Enregistrer l&apos;avis d&apos;annulation à envoyer aux invités, et l&apos;annulation pour leurs agendas ?</source>
        <translation>Save the cancellation notice to send to the guests, and the cancellation for their calendars?</translation>
    </message>
    <message>
        <source>Avis d&apos;annulation</source>
        <translation>Cancellation notice</translation>
    </message>
</context>
<context>
    <name>LineDialog</name>
    <message>
        <source>Nouvelle ligne du programme</source>
        <translation>New programme line</translation>
    </message>
    <message>
        <source>Ligne</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Renforcement (au-delà du droit commun)</source>
        <translation>Reinforcement (beyond the standard service)</translation>
    </message>
    <message>
        <source>numéros séparés par des virgules</source>
        <translation>numbers separated by commas</translation>
    </message>
    <message>
        <source>Axe</source>
        <translation>Axis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Montant prévu (€)</source>
        <translation>Planned amount (€)</translation>
    </message>
    <message>
        <source>Résidences</source>
        <translation>Housing estates</translation>
    </message>
    <message>
        <source>Cofinancements</source>
        <translation>Co-funding</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Cible</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Actions du plan</source>
        <translation>Action plan actions</translation>
    </message>
    <message>
        <source>Le montant prévu</source>
        <translation>The planned amount</translation>
    </message>
</context>
<context>
    <name>ListAndMap</name>
    <message>
        <source>Liste</source>
        <translation>List</translation>
    </message>
    <message>
        <source>Carte</source>
        <translation>Map</translation>
    </message>
</context>
<context>
    <name>LiveCaptureBar</name>
    <message>
        <source>Décision ou action du point en cours… (Entrée : décision)</source>
        <translation>Decision or action of the current item… (Enter: decision)</translation>
    </message>
    <message>
        <source>&amp;Décision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>&amp;Action…</source>
        <translation>&amp;Action…</translation>
    </message>
    <message>
        <source>A&amp;rrivée…</source>
        <translation>A&amp;rrival…</translation>
    </message>
    <message>
        <source>Dé&amp;part…</source>
        <translation>De&amp;parture…</translation>
    </message>
    <message>
        <source>Décision enregistrée : {text}</source>
        <translation>Decision recorded: {text}</translation>
    </message>
    <message>
        <source>Action {number} enregistrée : {title}</source>
        <translation>Action {number} recorded: {title}</translation>
    </message>
    <message>
        <source>Arrivée en cours de séance</source>
        <translation>Arrival during the meeting</translation>
    </message>
    <message>
        <source>Qui arrive ?</source>
        <translation>Who is arriving?</translation>
    </message>
    <message>
        <source>Arrivée de {name} ({organisation}) à {time}.</source>
        <translation>{name} ({organisation}) arrived at {time}.</translation>
    </message>
    <message>
        <source>Départ en cours de séance</source>
        <translation>Departure during the meeting</translation>
    </message>
    <message>
        <source>Qui quitte la séance ?</source>
        <translation>Who is leaving the meeting?</translation>
    </message>
    <message>
        <source>Départ de {name} ({organisation}) à {time}.</source>
        <translation>{name} ({organisation}) left at {time}.</translation>
    </message>
</context>
<context>
    <name>LiveMeetingWindow</name>
    <message>
        <source>Plein écran (F11)</source>
        <translation>Full screen (F11)</translation>
    </message>
    <message>
        <source>Quitter le mode séance (Échap)</source>
        <translation>Leave meeting mode (Esc)</translation>
    </message>
    <message>
        <source>◀ Point précédent</source>
        <translation>◀ Previous item</translation>
    </message>
    <message>
        <source>Point suivant ▶</source>
        <translation>Next item ▶</translation>
    </message>
    <message>
        <source>Déclarer la séance tenue</source>
        <translation>Mark the meeting as held</translation>
    </message>
    <message>
        <source>Notes du point (enregistrées automatiquement)</source>
        <translation>Notes on the item (saved automatically)</translation>
    </message>
    <message>
        <source>Décisions du point</source>
        <translation>Decisions on the item</translation>
    </message>
    <message>
        <source>Mode séance — {code} n° {number}</source>
        <translation>Meeting mode — {code} no. {number}</translation>
    </message>
    <message>
        <source>{code} — séance n° {number} du {date}</source>
        <translation>{code} — meeting no. {number} of {date}</translation>
    </message>
    <message>
        <source>{position}. {title}
{spent} / {minutes} min</source>
        <translation>{position}. {title}
{spent} / {minutes} min</translation>
    </message>
    <message>
        <source>L&apos;ordre du jour est vide.</source>
        <translation>The agenda is empty.</translation>
    </message>
    <message>
        <source> — présenté par {name}</source>
        <translation> — presented by {name}</translation>
    </message>
    <message>
        <source>La saisie s&apos;ouvre quand la séance est déclarée tenue ; les chronomètres tournent déjà.</source>
        <translation>Input opens once the meeting is marked as held; the timers are already running.</translation>
    </message>
    <message>
        <source>Séance : {spent} / {planned}</source>
        <translation>Meeting: {spent} / {planned}</translation>
    </message>
    <message>
        <source>Point : {spent} / {planned}</source>
        <translation>Item: {spent} / {planned}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Connexion au serveur perdue : reconnexion automatique en cours (les modifications des autres postes apparaîtront à son retour).</source>
        <extracomment>Rows other clients changed (a ChangeSet). The listening connection was lost; the French message explains it. The connection is back (changes made meanwhile follow in ``changes_arrived``). A background reconnection attempt ended: the missed rows, or the error.</extracomment>
        <translation>Connection to the server lost: reconnecting automatically (changes from other computers will appear once it is back).</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Préférences…</source>
        <extracomment>Pause between the first page&apos;s data and the import of the other pages&apos; modules.</extracomment>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Nouveau…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Quitter</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Rétablir</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>&amp;Rechercher</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>Rechercher &amp;partout…</source>
        <translation>Search &amp;everywhere…</translation>
    </message>
    <message>
        <source>A&amp;ctualiser</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>À &amp;propos de GUSP Desktop</source>
        <translation>&amp;About GUSP Desktop</translation>
    </message>
    <message>
        <source>&amp;Fichier</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Édition</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;Affichage</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Aide</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Barre d&apos;outils</source>
        <translation>Toolbar</translation>
    </message>
    <message>
        <source>Le compte système « {login} » n&apos;est pas un utilisateur enregistré de cette base : vos modifications portent ce nom. Lancez l&apos;application avec GUSP_USER=identifiant (par exemple claire) ou demandez à un coordinateur de vous enregistrer.</source>
        <translation>The system account “{login}” is not a registered user of this database: your changes carry that name. Start the application with GUSP_USER=login (for example claire) or ask a coordinator to register you.</translation>
    </message>
    <message>
        <source>Compte système « {login} » (non enregistré) — {role}</source>
        <translation>System account “{login}” (not registered) — {role}</translation>
    </message>
    <message>
        <source>{app} {version}
Suivi des comités GUSP, du plan d&apos;actions et des comptes rendus.
Licence EUPL 1.2.

{database}</source>
        <translation>{app} {version}
Follow-up of GUSP committees, the action plan and minutes.
Licence EUPL 1.2.

{database}</translation>
    </message>
    <message>
        <source>À propos de GUSP Desktop</source>
        <translation>About GUSP Desktop</translation>
    </message>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
<context>
    <name>MapPanel</name>
    <message>
        <source>Zoom avant (+ ou molette)</source>
        <translation>Zoom in (+ or wheel)</translation>
    </message>
    <message>
        <source>Zoom arrière (− ou molette)</source>
        <translation>Zoom out (− or wheel)</translation>
    </message>
    <message>
        <source>Recentrer</source>
        <translation>Recentre</translation>
    </message>
    <message>
        <source>Montrer toutes les données de la carte</source>
        <translation>Show all the map&apos;s data</translation>
    </message>
    <message>
        <source>Hors connexion…</source>
        <translation>Offline…</translation>
    </message>
    <message>
        <source>Préparer la carte hors connexion : télécharger les fonds du secteur</source>
        <translation>Prepare the map for offline use: download the area&apos;s base map</translation>
    </message>
    <message>
        <source>Hors connexion : fonds de carte du cache seulement (ou le plan importé).</source>
        <translation>Offline: cached base map only (or the imported plan).</translation>
    </message>
    <message>
        <source>Préparer la carte hors connexion</source>
        <translation>Prepare the map for offline use</translation>
    </message>
    <message>
        <source>Aucun point placé sur la carte.</source>
        <translation>No point placed on the map.</translation>
    </message>
    <message>
        <source>Le secteur demande {n} tuiles (au plus {max}).</source>
        <translation>The area needs {n} tiles (at most {max}).</translation>
    </message>
    <message>
        <source>Téléchargement des fonds de carte…</source>
        <translation>Downloading the base map…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>{n} tuile(s) téléchargée(s), {f} en échec ; {c} au total en cache.</source>
        <translation>{n} tile(s) downloaded, {f} failed; {c} in the cache in all.</translation>
    </message>
</context>
<context>
    <name>MemberAdapter</name>
    <message>
        <source>Membres de l&apos;instance</source>
        <translation>Committee members</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Rôle</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Choisissez un contact de l&apos;annuaire.</source>
        <translation>Choose a contact from the directory.</translation>
    </message>
    <message>
        <source>le siège de {name} dans cette instance</source>
        <translation>{name}&apos;s seat on this committee</translation>
    </message>
</context>
<context>
    <name>MinutesEditor</name>
    <message>
        <source>Actions de la séance</source>
        <extracomment>A combo box beyond this many actions is no help; the plan d&apos;actions page has the rest. (item id, version) after notes were saved, for the agenda tab&apos;s next edit. A new action was decided in this séance (the ActionRow saved).</extracomment>
        <translation>Actions of the meeting</translation>
    </message>
    <message>
        <source>Nouvelle action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Point de suivi d&apos;une action…</source>
        <translation>Action follow-up…</translation>
    </message>
    <message>
        <source>Points de l&apos;ordre du jour</source>
        <translation>Agenda items</translation>
    </message>
    <message>
        <source>Faits marquants, prochaine réunion, diffusion</source>
        <translation>Highlights, next meeting, circulation</translation>
    </message>
    <message>
        <source>Les notes sont enregistrées automatiquement pendant la saisie.</source>
        <translation>Notes are saved automatically as you type.</translation>
    </message>
    <message>
        <source>Le compte rendu ne peut pas être modifié au statut « {status} » : il se rédige une fois la séance tenue, jusqu&apos;à sa validation.</source>
        <translation>The minutes cannot be edited with status “{status}”: they are written once the meeting is held, until they are approved.</translation>
    </message>
    <message>
        <source>Un texte non enregistré a été retrouvé pour un point qui n&apos;existe plus. Le voici pour mémoire :

{text}</source>
        <translation>Unsaved text was found for an item that no longer exists. Here it is for reference:

{text}</translation>
    </message>
    <message>
        <source>Texte non enregistré retrouvé</source>
        <translation>Unsaved text found</translation>
    </message>
    <message>
        <source>décidée en séance</source>
        <translation>decided in the meeting</translation>
    </message>
    <message>
        <source>suivie en séance</source>
        <translation>followed up in the meeting</translation>
    </message>
    <message>
        <source>sans échéance</source>
        <translation>no deadline</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>non chiffré</source>
        <translation>not costed</translation>
    </message>
    <message>
        <source>Montant illisible : « {text} » (exemple : 1 250,50).</source>
        <translation>Unreadable amount: “{text}” (example: 1,250.50).</translation>
    </message>
    <message>
        <source>Montant illisible.</source>
        <translation>Unreadable amount.</translation>
    </message>
</context>
<context>
    <name>NewContactDialog</name>
    <message>
        <source>Nouveau contact dans l&apos;annuaire</source>
        <translation>New contact in the directory</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Civilité</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation>Email address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Choisissez son organisation.</source>
        <translation>Choose their organisation.</translation>
    </message>
</context>
<context>
    <name>NewIdentityDialog</name>
    <message>
        <source>Nouvelle identité de signature</source>
        <translation>New signing identity</translation>
    </message>
    <message>
        <source>(non précisée)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Autorité émettrice</source>
        <translation>Issuing authority</translation>
    </message>
    <message>
        <source>Courriel</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
</context>
<context>
    <name>NotesAutosaver</name>
    <message>
        <source>Votre texte non enregistré</source>
        <extracomment>Pause after the last keystroke before the database save (the promise is « within 2 s »). Longest excerpt of a text quoted in a question, so the dialog still fits on screen. &quot;saved&quot;, &quot;pending&quot;, &quot;saving&quot; or &quot;failed&quot;: the editor&apos;s status line follows it. (item id, version): the notes are stored; other editors of the point expect this version.</extracomment>
        <translation>Your unsaved text</translation>
    </message>
    <message>
        <source>Les notes du point « {point} » ont été modifiées ailleurs pendant que vous écriviez.

Version enregistrée :
{stored}

Votre version :
{mine}

Remplacer la version enregistrée par la vôtre ?
(Non : les deux textes sont conservés l&apos;un sous l&apos;autre.)</source>
        <translation>The notes of item “{point}” were changed elsewhere while you were writing.

Saved version:
{stored}

Your version:
{mine}

Replace the saved version with yours?
(No: both texts are kept, one below the other.)</translation>
    </message>
    <message>
        <source>Conflit de modification</source>
        <translation>Editing conflict</translation>
    </message>
    <message>
        <source>Un texte non enregistré a été retrouvé pour le point « {point} » (l&apos;application s&apos;est fermée avant de l&apos;enregistrer) :

{text}

Le récupérer ?</source>
        <translation>Unsaved text was found for item “{point}” (the application closed before saving it):

{text}

Recover it?</translation>
    </message>
    <message>
        <source>Texte non enregistré retrouvé</source>
        <translation>Unsaved text found</translation>
    </message>
    <message>
        <source>Un texte non enregistré a été retrouvé pour le point « {point} », mais les notes enregistrées ont changé depuis.

Version enregistrée :
{stored}

Texte retrouvé :
{text}

Le récupérer ?
(Oui : les deux textes sont conservés l&apos;un sous l&apos;autre.)</source>
        <translation>Unsaved text was found for item “{point}”, but the saved notes have changed since.

Saved version:
{stored}

Recovered text:
{text}

Recover it?
(Yes: both texts are kept, one below the other.)</translation>
    </message>
    <message>
        <source>Texte retrouvé</source>
        <translation>Recovered text</translation>
    </message>
    <message>
        <source>Un texte non enregistré a été retrouvé pour le point « {point} », mais le compte rendu ne peut plus être modifié. Le voici pour mémoire :

{text}</source>
        <translation>Unsaved text was found for item “{point}”, but the minutes can no longer be edited. Here it is for reference:

{text}</translation>
    </message>
</context>
<context>
    <name>OrganisationAdapter</name>
    <message>
        <source>Organisations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>Partenaire actif</source>
        <translation>Active partner</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>l&apos;organisation « {code} »</source>
        <translation>the organisation “{code}”</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Séances</source>
        <extracomment>What the séance list shows (names, numbers, dates, statuses). What an open séance shows; its own changes come back through its widgets.</extracomment>
        <translation>Meetings</translation>
    </message>
    <message>
        <source>Annuaire</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Territoire</source>
        <translation>Territory</translation>
    </message>
    <message>
        <source>Plan d&apos;actions</source>
        <extracomment>Entities whose change can alter a row of the plan (names, codes and the actions themselves).</extracomment>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Tableau de bord</source>
        <extracomment>Sidebar order.
----------
Signalements per organisation: (organisation id, counts and délais). Constats still to qualify (turn into an action, deal with, close). Séances of restricted instances the user may not read fall in the period: the count says something is left out (never how much). Every action due in the period, of which ``due_soon`` holds the nearest.</extracomment>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Signalements</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>ATFPB</source>
        <translation>ATFPB</translation>
    </message>
    <message>
        <source>Chargement…</source>
        <translation>Loading…</translation>
    </message>
</context>
<context>
    <name>PartnerList</name>
    <message>
        <source>Filtrer les organisations…</source>
        <extracomment>The ticked organisations changed.</extracomment>
        <translation>Filter organisations…</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>Exporter les données de {name}</source>
        <translation>Export the data of {name}</translation>
    </message>
    <message>
        <source>Données exportées</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Tout ce que la base contient sur {name} est dans « {path} ».</source>
        <translation>Everything the database holds about {name} is in “{path}”.</translation>
    </message>
    <message>
        <source>Anonymiser {name} ?

Son nom, son adresse électronique, son téléphone et sa fonction seront remplacés définitivement, et son nom occulté dans les notes et les actions. Ses participations, ses émargements et les actions qu&apos;il pilote sont conservés ; les comptes rendus signés restent intacts.</source>
        <translation>Anonymise {name}?

Their name, email address, phone and position will be replaced for good, and their name blanked out in notes and actions. Their participation, attendance records and the actions they lead are kept; signed minutes stay intact.</translation>
    </message>
    <message>
        <source>Anonymiser un contact</source>
        <translation>Anonymise a contact</translation>
    </message>
    <message>
        <source>Contact anonymisé</source>
        <translation>Contact anonymised</translation>
    </message>
</context>
<context>
    <name>PersonalDataMarks</name>
    <message>
        <source>Donnée personnelle : « [occulté] » hors de l&apos;instance</source>
        <translation>Personal data: “[redacted]” outside the committee</translation>
    </message>
    <message>
        <source>Marquer comme donnée personnelle</source>
        <translation>Mark as personal data</translation>
    </message>
    <message>
        <source>Retirer la marque de donnée personnelle</source>
        <translation>Remove the personal data mark</translation>
    </message>
</context>
<context>
    <name>PhotoFiles</name>
    <message>
        <source>Ajouter des photos…</source>
        <translation>Add photos…</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Photos du signalement</source>
        <translation>Photos of the report</translation>
    </message>
    <message>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif)</source>
        <translation>Photos (*.jpg *.jpeg *.png *.heic *.heif)</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <source>Rattacher au constat</source>
        <extracomment>The user asked to attach the selected photos to the selected constat. The user asked for a new constat made of the selected photos. The user asked which constats the photos make, grouped by halte and time.</extracomment>
        <translation>Attach to the finding</translation>
    </message>
    <message>
        <source>Donner les photos choisies au constat sélectionné dans le tableau</source>
        <translation>Give the chosen photos to the finding selected in the table</translation>
    </message>
    <message>
        <source>Nouveau constat</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Nouveau constat avec les photos choisies</source>
        <translation>New finding with the chosen photos</translation>
    </message>
    <message>
        <source>Proposer des constats…</source>
        <translation>Propose findings…</translation>
    </message>
    <message>
        <source>Regrouper les photos par halte et par prises de vue rapprochées</source>
        <translation>Group the photos by stop and by shots taken close together</translation>
    </message>
    <message>
        <source>Photos à rattacher : {n}</source>
        <translation>Photos to attach: {n}</translation>
    </message>
    <message>
        <source>Aucune photo à rattacher.</source>
        <translation>No photo to attach.</translation>
    </message>
</context>
<context>
    <name>PlaceFields</name>
    <message>
        <source>{label} : nombre attendu (degrés décimaux), pas « {text} ».</source>
        <translation>{label}: a number is expected (decimal degrees), not “{text}”.</translation>
    </message>
    <message>
        <source>ex. 50,3612</source>
        <extracomment>The site list was filled again (the quartier changed) or another site was chosen.</extracomment>
        <translation>e.g. 50.3612</translation>
    </message>
    <message>
        <source>ex. 3,5231</source>
        <translation>e.g. 3.5231</translation>
    </message>
    <message>
        <source>(aucun site)</source>
        <translation>(no site)</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
</context>
<context>
    <name>PlanCommands</name>
    <message>
        <source>Nouvelle action…</source>
        <translation>New action…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Dupliquer…</source>
        <translation>Duplicate…</translation>
    </message>
    <message>
        <source>Point de suivi…</source>
        <translation>Follow-up…</translation>
    </message>
    <message>
        <source>Modifier la sélection…</source>
        <translation>Change selection…</translation>
    </message>
    <message>
        <source>Créer une action dans le plan (Ctrl+N)</source>
        <translation>Create an action in the plan (Ctrl+N)</translation>
    </message>
    <message>
        <source>Modifier l&apos;action sélectionnée (Entrée)</source>
        <translation>Edit the selected action (Enter)</translation>
    </message>
    <message>
        <source>Changer d&apos;un coup l&apos;état, le pilote, l&apos;échéance ou le thème</source>
        <translation>Change status, lead, deadline or theme at once</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Plan du quartier</source>
        <translation>Neighbourhood plan</translation>
    </message>
    <message>
        <source>Choisir l&apos;image…</source>
        <translation>Choose the image…</translation>
    </message>
    <message>
        <source>Automatique</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Retirer le point</source>
        <translation>Remove the point</translation>
    </message>
    <message>
        <source>Cliquez sur le plan pour placer au moins deux points.</source>
        <translation>Click on the plan to place at least two points.</translation>
    </message>
    <message>
        <source>Nom :</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Transformation :</source>
        <translation>Transformation:</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas une image lisible.</source>
        <translation>“{name}” is not a readable image.</translation>
    </message>
    <message>
        <source>{kind} sur {n} points : écart moyen {rms:.1f} m, maximal {max:.1f} m.</source>
        <translation>{kind} on {n} points: mean error {rms:.1f} m, maximum {max:.1f} m.</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord l&apos;image du plan.</source>
        <translation>First choose the plan&apos;s image.</translation>
    </message>
</context>
<context>
    <name>PlanFollowUpDialog</name>
    <message>
        <source>Suivi de l&apos;action {number}</source>
        <translation>Follow-up of action {number}</translation>
    </message>
    <message>
        <source>Reporter au</source>
        <translation>Postpone to</translation>
    </message>
    <message>
        <source> (en retard)</source>
        <translation> (late)</translation>
    </message>
    <message>
        <source>Pourquoi l&apos;échéance change</source>
        <translation>Why the deadline changes</translation>
    </message>
    <message>
        <source>Ce qui a été fait, ce qui reste</source>
        <translation>What was done, what remains</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Avancement</source>
        <translation>Progress</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Motif du report</source>
        <translation>Reason for postponing</translation>
    </message>
    <message>
        <source>Résultat</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Commentaire</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Point de suivi</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>sans échéance</source>
        <translation>no deadline</translation>
    </message>
    <message>
        <source>{number} — {title}
{status}, {progress}&#xa0;%, échéance : {deadline}</source>
        <translation>{number} — {title}
{status}, {progress}&#xa0;%, deadline: {deadline}</translation>
    </message>
    <message>
        <source>Point de suivi enregistré : {number} — {status}, {progress} %.</source>
        <translation>Follow-up point saved: {number} — {status}, {progress} %.</translation>
    </message>
    <message>
        <source>Clore l&apos;action</source>
        <translation>Close the action</translation>
    </message>
    <message>
        <source>Rouvrir l&apos;action</source>
        <translation>Reopen the action</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Choisissez l&apos;action suivie.</source>
        <translation>Choose the action followed up.</translation>
    </message>
    <message>
        <source>Indiquez le motif du report.</source>
        <translation>Give the reason for postponing.</translation>
    </message>
    <message>
        <source>Indiquez le résultat de l&apos;action avant de la clore.</source>
        <translation>Give the action&apos;s outcome before closing it.</translation>
    </message>
</context>
<context>
    <name>PointMinutesPanel</name>
    <message>
        <source>Constats, échanges, points de vue…</source>
        <extracomment>The decisions shown changed (the live meeting mode mirrors them).</extracomment>
        <translation>Findings, discussion, points of view…</translation>
    </message>
    <message>
        <source>Ajouter une décision…</source>
        <translation>Add a decision…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Décisions</source>
        <translation>Decisions</translation>
    </message>
    <message>
        <source> (présenté par {name})</source>
        <translation> (presented by {name})</translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Modifications en cours…</source>
        <translation>Unsaved changes…</translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <source>Échec de l&apos;enregistrement : le texte est gardé sur ce poste.</source>
        <translation>Saving failed: the text is kept on this computer.</translation>
    </message>
    <message>
        <source>Nouvelle décision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>Décision :</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Modifier la décision</source>
        <translation>Edit the decision</translation>
    </message>
    <message>
        <source>Supprimer la décision « {text} » ?</source>
        <translation>Delete the decision “{text}”?</translation>
    </message>
    <message>
        <source>Supprimer une décision</source>
        <translation>Delete a decision</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Préférences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>La langue choisie s&apos;applique au prochain démarrage.</source>
        <translation>The chosen language applies at the next start.</translation>
    </message>
    <message>
        <source>aucun (chemin d&apos;une image PNG ou JPEG)</source>
        <translation>none (path of a PNG or JPEG image)</translation>
    </message>
    <message>
        <source>aucun (signatures PAdES B-B)</source>
        <translation>none (PAdES B-B signatures)</translation>
    </message>
    <message>
        <source>Plan IGN (adresse XYZ avec {z}, {x}, {y}, ou « aucun »)</source>
        <translation>IGN map (XYZ address with {z}, {x}, {y}, or “aucun” for none)</translation>
    </message>
    <message>
        <source>Langue de l&apos;interface :</source>
        <translation>Interface language:</translation>
    </message>
    <message>
        <source>Logo des documents :</source>
        <translation>Documents logo:</translation>
    </message>
    <message>
        <source>Serveur d&apos;horodatage :</source>
        <translation>Time-stamping server:</translation>
    </message>
    <message>
        <source>Serveur de fonds de carte :</source>
        <translation>Base map server:</translation>
    </message>
    <message>
        <source>Le fichier de logo « {path} » n&apos;existe pas.</source>
        <translation>The logo file “{path}” does not exist.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur d&apos;horodatage doit commencer par http(s)://.</source>
        <translation>The time-stamping server address must start with http(s)://.</translation>
    </message>
</context>
<context>
    <name>Prompts</name>
    <message>
        <source>Phrase secrète</source>
        <extracomment>How long a status-bar notice stays (ms).</extracomment>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Conflit de modification</source>
        <translation>Editing conflict</translation>
    </message>
    <message>
        <source>Saisie refusée</source>
        <translation>Input refused</translation>
    </message>
    <message>
        <source>Opération impossible</source>
        <translation>Operation not possible</translation>
    </message>
    <message>
        <source>Erreur inattendue</source>
        <translation>Unexpected error</translation>
    </message>
</context>
<context>
    <name>ProposalCard</name>
    <message>
        <source>Ce que montrent les photos (le constat)</source>
        <extracomment>Turns a reviewed group into the constat to create (the page knows quartier and site).</extracomment>
        <translation>What the photos show (the finding)</translation>
    </message>
    <message>
        <source>Créer ce constat</source>
        <translation>Create this finding</translation>
    </message>
    <message>
        <source>Séparer</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Faire deux constats, avant la photo choisie</source>
        <translation>Make two findings, before the chosen photo</translation>
    </message>
    <message>
        <source>Fusionner avec le suivant</source>
        <translation>Merge with the next one</translation>
    </message>
    <message>
        <source>Écarter</source>
        <translation>Set aside</translation>
    </message>
    <message>
        <source>Pas de constat : les photos restent à rattacher</source>
        <translation>No finding: the photos remain to be attached</translation>
    </message>
    <message>
        <source>Thème</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>hors halte</source>
        <translation>outside any stop</translation>
    </message>
    <message>
        <source>{n} photo(s)</source>
        <translation>{n} photo(s)</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <extracomment>Labels of Qt&apos;s own file dialog (used on Linux without a desktop theme) that Qt&apos;s French catalogue lacks, so « Look in: » showed in a French window. Listed here for lupdate; our catalogue, installed after Qt&apos;s, fills these gaps and leaves the rest to Qt.</extracomment>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>QuartierAdapter</name>
    <message>
        <source>Quartiers</source>
        <translation>Neighbourhoods</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Municipalities</translation>
    </message>
    <message>
        <source>NPNRU</source>
        <translation>NPNRU</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>Quartier en renouvellement urbain (NPNRU)</source>
        <translation>Neighbourhood under urban renewal (NPNRU)</translation>
    </message>
    <message>
        <source>Population</source>
        <translation>Population</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>La population doit être un nombre entier d&apos;habitants.</source>
        <translation>The population must be a whole number of inhabitants.</translation>
    </message>
    <message>
        <source>le quartier « {code} »</source>
        <translation>the neighbourhood “{code}”</translation>
    </message>
</context>
<context>
    <name>RealiseDialog</name>
    <message>
        <source>Réalisation : {title}</source>
        <translation>Completion: {title}</translation>
    </message>
    <message>
        <source>Montant valorisé (€)</source>
        <translation>Value achieved (€)</translation>
    </message>
    <message>
        <source>Réalisation</source>
        <translation>Completion</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Indicateur</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Explication de l&apos;écart</source>
        <translation>Explanation of the difference</translation>
    </message>
    <message>
        <source>Le montant réalisé</source>
        <translation>The amount achieved</translation>
    </message>
</context>
<context>
    <name>RecordPanel</name>
    <message>
        <source>Rechercher…</source>
        <extracomment>Heading of the panel. Entities whose change means the list must be reloaded. Narrows the list (e.g. the organisation whose contacts are shown); None = everything. The record shown in the form changed (None: a new record is being typed). A save or delete committed (its ChangeSet), so related lists can follow.</extracomment>
        <translation>Search…</translation>
    </message>
    <message>
        <source>Rien ici pour l&apos;instant : « Nouveau » (Ctrl+N) pour créer, ou effacez la recherche.</source>
        <translation>Nothing here yet: “New” (Ctrl+N) to create, or clear the search.</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Modifications non enregistrées</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Abandonner les modifications en cours du formulaire ?</source>
        <translation>Discard the unsaved changes in the form?</translation>
    </message>
    <message>
        <source>Enregistré : {what}.</source>
        <translation>Saved: {what}.</translation>
    </message>
    <message>
        <source>Supprimer {what} ?</source>
        <translation>Delete {what}?</translation>
    </message>
    <message>
        <source>Confirmer la suppression</source>
        <translation>Confirm deletion</translation>
    </message>
    <message>
        <source>Suppression refusée</source>
        <translation>Deletion refused</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>Registre des traitements</source>
        <translation>Record of processing activities</translation>
    </message>
    <message>
        <source>Exporter en PDF…</source>
        <translation>Export as PDF…</translation>
    </message>
    <message>
        <source>Exporter en DOCX…</source>
        <translation>Export as DOCX…</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Lecture de la base…</source>
        <translation>Reading the database…</translation>
    </message>
    <message>
        <source>Exporter le registre des traitements</source>
        <translation>Export the record of processing activities</translation>
    </message>
    <message>
        <source>Registre exporté</source>
        <translation>Record exported</translation>
    </message>
    <message>
        <source>Registre des traitements écrit dans « {path} ».</source>
        <translation>Record of processing activities written to “{path}”.</translation>
    </message>
</context>
<context>
    <name>RelancesDialog</name>
    <message>
        <source>Relances des pilotes</source>
        <translation>Reminders to leads</translation>
    </message>
    <message>
        <source>Préparer</source>
        <translation>Prepare</translation>
    </message>
    <message>
        <source>Séance :</source>
        <translation>Meeting:</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Modèle</source>
        <translation>Template</translation>
    </message>
    <message>
        <source>Tester l&apos;envoi</source>
        <translation>Test sending</translation>
    </message>
    <message>
        <source>Profils d&apos;envoi…</source>
        <translation>Sending profiles…</translation>
    </message>
    <message>
        <source>Enregistrer les brouillons</source>
        <translation>Save the drafts</translation>
    </message>
    <message>
        <source>Envoyer</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Profil d&apos;envoi :</source>
        <translation>Sending profile:</translation>
    </message>
    <message>
        <source> jour(s) avant la séance</source>
        <translation> day(s) before the meeting</translation>
    </message>
    <message>
        <source>Enregistrer le modèle</source>
        <translation>Save the template</translation>
    </message>
    <message>
        <source>Objet</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Texte</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Réponse attendue</source>
        <translation>Reply expected</translation>
    </message>
    <message>
        <source>Autre date…</source>
        <translation>Another date…</translation>
    </message>
    <message>
        <source>Pas de relance pour cette séance (passée, annulée ou à diffusion restreinte) : choisissez une séance à venir ou une date.</source>
        <translation>No reminders for this meeting (past, cancelled or restricted circulation): choose an upcoming meeting or a date.</translation>
    </message>
    <message>
        <source>Préparation…</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <source>Pas d&apos;adresse électronique dans l&apos;annuaire</source>
        <translation>No email address in the directory</translation>
    </message>
    <message>
        <source>{occasion} du {day} : {people} message(s), {count} action(s) ouverte(s) ; réponse attendue avant le {due}.</source>
        <translation>{occasion} of {day}: {people} message(s), {count} open action(s); reply expected by {due}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;À :&lt;/b&gt; {to}&lt;br&gt;&lt;b&gt;Objet :&lt;/b&gt; {subject}&lt;br&gt;&lt;b&gt;Pièces jointes :&lt;/b&gt; plan d&apos;actions {code} (PDF, XLSX)</source>
        <translation>&lt;b&gt;To:&lt;/b&gt; {to}&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; {subject}&lt;br&gt;&lt;b&gt;Attachments:&lt;/b&gt; action plan {code} (PDF, XLSX)</translation>
    </message>
    <message>
        <source>Modèle enregistré.</source>
        <translation>Template saved.</translation>
    </message>
    <message>
        <source>Dossier des brouillons</source>
        <translation>Drafts folder</translation>
    </message>
    <message>
        <source>Envoyer {n} message(s) depuis {sender} ?</source>
        <translation>Send {n} message(s) from {sender}?</translation>
    </message>
    <message>
        <source>Envoyer les relances</source>
        <translation>Send the reminders</translation>
    </message>
    <message>
        <source>Mot de passe SMTP de {user} sur {host}</source>
        <translation>SMTP password of {user} on {host}</translation>
    </message>
    <message>
        <source>Mot de passe SMTP</source>
        <translation>SMTP password</translation>
    </message>
    <message>
        <source>Essai réussi</source>
        <translation>Test succeeded</translation>
    </message>
    <message>
        <source>Message d&apos;essai envoyé à {address}.</source>
        <translation>Test message sent to {address}.</translation>
    </message>
    <message>
        <source>Aucun profil d&apos;envoi</source>
        <translation>No sending profile</translation>
    </message>
    <message>
        <source>Ajoutez un profil d&apos;envoi (« Profils d&apos;envoi… ») pour envoyer.</source>
        <translation>Add a sending profile (“Sending profiles…”) to send.</translation>
    </message>
    <message>
        <source>Relances</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Envoyées : {sent} · brouillons : {drafts} · déjà envoyées : {already} · échecs : {failed}</source>
        <translation>Sent: {sent} · drafts: {drafts} · already sent: {already} · failed: {failed}</translation>
    </message>
</context>
<context>
    <name>ResidentSummaryDialog</name>
    <message>
        <source>PDF (à imprimer, gros caractères)</source>
        <translation>PDF (for printing, large print)</translation>
    </message>
    <message>
        <source>Word (DOCX, modifiable)</source>
        <translation>Word (DOCX, editable)</translation>
    </message>
    <message>
        <source>Page web (HTML, pour le site de la ville)</source>
        <translation>Web page (HTML, for the town&apos;s website)</translation>
    </message>
    <message>
        <source>Synthèse pour les habitants</source>
        <translation>Summary for residents</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Du</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Au (inclus)</source>
        <translation>To (inclusive)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>Ce qui a été signalé, décidé et fait, en langage simple : aucun nom de personne, rien de ce qui est à diffusion restreinte.</source>
        <translation>What was reported, decided and done, in plain language: no person&apos;s name, nothing under restricted circulation.</translation>
    </message>
    <message>
        <source>Enregistrer…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <source>Période inversée</source>
        <translation>Reversed period</translation>
    </message>
    <message>
        <source>La date de fin précède la date de début : rien n&apos;a été enregistré.</source>
        <translation>The end date is before the start date: nothing was saved.</translation>
    </message>
    <message>
        <source>Synthèse enregistrée : {path}</source>
        <translation>Summary saved: {path}</translation>
    </message>
</context>
<context>
    <name>ReturnsReviewDialog</name>
    <message>
        <source>Importer un tableau de suivi renvoyé</source>
        <translation>Import a returned follow-up sheet</translation>
    </message>
    <message>
        <source>Tableau de suivi renvoyé : {name}</source>
        <translation>Returned follow-up sheet: {name}</translation>
    </message>
    <message>
        <source>Nom de la personne qui a renvoyé le fichier</source>
        <translation>Name of the person who returned the file</translation>
    </message>
    <message>
        <source>Tout accepter les changements sans conflit</source>
        <translation>Accept all changes without conflict</translation>
    </message>
    <message>
        <source>Tout rejeter</source>
        <translation>Reject all</translation>
    </message>
    <message>
        <source>Appliquer</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Action / champ</source>
        <translation>Action / field</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Exporté → renvoyé</source>
        <translation>Exported → returned</translation>
    </message>
    <message>
        <source>Dans l&apos;application</source>
        <translation>In the application</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Fichier :</source>
        <translation>File:</translation>
    </message>
    <message>
        <source>Partenaire :</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>(pilote de chaque action)</source>
        <translation>(lead of each action)</translation>
    </message>
    <message>
        <source>Points rattachés à :</source>
        <translation>Points attached to:</translation>
    </message>
    <message>
        <source>Lignes :</source>
        <translation>Lines:</translation>
    </message>
    <message>
        <source>Transmis par :</source>
        <translation>Sent by:</translation>
    </message>
    <message>
        <source>ligne {line}</source>
        <translation>line {line}</translation>
    </message>
    <message>
        <source>supprimée</source>
        <translation>deleted</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Correct</translation>
    </message>
    <message>
        <source>Conflit</source>
        <translation>Conflict</translation>
    </message>
    <message>
        <source>Valeur invalide</source>
        <translation>Invalid value</translation>
    </message>
    <message>
        <source>(aucune séance)</source>
        <translation>(no meeting)</translation>
    </message>
    <message>
        <source>{count} action(s) mise(s) à jour : points de suivi au nom de {author}.</source>
        <translation>{count} action(s) updated: follow-up points in the name of {author}.</translation>
    </message>
    <message>
        <source>Tableau de suivi importé</source>
        <translation>Follow-up sheet imported</translation>
    </message>
</context>
<context>
    <name>ReviewersDialog</name>
    <message>
        <source>Envoyer le projet en relecture</source>
        <translation>Send the draft for review</translation>
    </message>
    <message>
        <source>Enregistrer le projet et l&apos;envoyer…</source>
        <translation>Save the draft and send it…</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Le projet de compte rendu, marqué « PROJET — document de travail » sur chaque page, est envoyé pour remarques à :</source>
        <translation>The draft minutes, marked “DRAFT — working document” on every page, are sent for comments to:</translation>
    </message>
</context>
<context>
    <name>SeanceDialog</name>
    <message>
        <source>Nouvelle séance</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Séance n° {number} — {code}</source>
        <translation>Meeting no. {number} — {code}</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Committee</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Président(e) de séance</source>
        <translation>Meeting chair</translation>
    </message>
    <message>
        <source>Secrétaire de séance</source>
        <translation>Meeting secretary</translation>
    </message>
    <message>
        <source>(personne)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>Contact n° {id}</source>
        <translation>Contact no. {id}</translation>
    </message>
</context>
<context>
    <name>SeanceDocuments</name>
    <message>
        <source>Convocation</source>
        <extracomment>Documents whose export marks the séance convened (the service does it as it writes them). What each document is called in file dialogs and suggested file names.</extracomment>
        <translation>Notice of meeting</translation>
    </message>
    <message>
        <source>Invitation mise à jour</source>
        <translation>Updated invitation</translation>
    </message>
    <message>
        <source>Avis d&apos;annulation</source>
        <translation>Cancellation notice</translation>
    </message>
    <message>
        <source>Annulation pour les agendas</source>
        <translation>Cancellation for calendars</translation>
    </message>
    <message>
        <source>Projet de compte rendu</source>
        <translation>Draft minutes</translation>
    </message>
</context>
<context>
    <name>SeanceListPanel</name>
    <message>
        <source>Rechercher : instance, lieu, date, n°…</source>
        <extracomment>The user selected a séance (its id). Double-click or Entrée on a séance: edit it. Right click: (séance id or None, global position) for the page&apos;s context menu.</extracomment>
        <translation>Search: committee, place, date, no.…</translation>
    </message>
    <message>
        <source>Séance</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Tous les états</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Aucune séance à afficher : « Nouvelle séance… » (Ctrl+N) pour en créer une, ou élargissez les filtres.</source>
        <translation>No meeting to show: “New meeting…” (Ctrl+N) to create one, or widen the filters.</translation>
    </message>
    <message>
        <source>État</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Toutes les instances</source>
        <translation>All committees</translation>
    </message>
    <message>
        <source>Toutes les années</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>CR en rédaction</source>
        <translation>Minutes being drafted</translation>
    </message>
    <message>
        <source>CR en relecture</source>
        <translation>Minutes under review</translation>
    </message>
    <message>
        <source>CR validé</source>
        <translation>Minutes approved</translation>
    </message>
    <message>
        <source>CR signé</source>
        <translation>Minutes signed</translation>
    </message>
    <message>
        <source>À venir</source>
        <translation>Upcoming</translation>
    </message>
    <message>
        <source>Passées</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>{code} n° {number}</source>
        <translation>{code} no. {number}</translation>
    </message>
    <message>
        <source>Diffusion restreinte : réservée aux membres de l&apos;instance</source>
        <translation>Restricted circulation: committee members only</translation>
    </message>
</context>
<context>
    <name>SeanceView</name>
    <message>
        <source>Mode séance (F11)</source>
        <extracomment>Walks have a route, constats and photos: the « Terrain » tab. Date, time, place or duration: what the invitation in partners&apos; calendars shows. The séance as stored after this view changed it (the list follows). Active people of the directory (pickers of the tabs and of the live mode). Seconds that only move forward; tests replace it to drive the live mode&apos;s stopwatches.</extracomment>
        <translation>Meeting mode (F11)</translation>
    </message>
    <message>
        <source>L&apos;ordre du jour en plein écran, avec les chronomètres et la saisie rapide</source>
        <translation>The agenda full screen, with timers and quick input</translation>
    </message>
    <message>
        <source>Relances…</source>
        <translation>Reminders…</translation>
    </message>
    <message>
        <source>Demander aux pilotes où en sont leurs actions avant cette séance</source>
        <translation>Ask the leads how their actions stand before this meeting</translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation>Invitations</translation>
    </message>
    <message>
        <source>Émargement</source>
        <translation>Attendance sheet</translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Terrain</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>{code} — séance n° {number}</source>
        <translation>{code} — meeting no. {number}</translation>
    </message>
    <message>
        <source>{name}, {date} à {time}, {place} ({minutes} min)</source>
        <translation>{name}, {date} at {time}, {place} ({minutes} min)</translation>
    </message>
    <message>
        <source>lieu à préciser</source>
        <translation>place to be confirmed</translation>
    </message>
    <message>
        <source>présidence : {name}</source>
        <translation>chair: {name}</translation>
    </message>
    <message>
        <source>secrétariat : {name}</source>
        <translation>secretary: {name}</translation>
    </message>
    <message>
        <source>Mode séance</source>
        <translation>Meeting mode</translation>
    </message>
    <message>
        <source>La convocation a été envoyée le {date}. Enregistrer l&apos;invitation mise à jour (ICS) pour la renvoyer aux invités ? Leurs agendas déplaceront la réunion au lieu de la dupliquer.</source>
        <translation>The notice of meeting was sent on {date}. Save the updated invitation (ICS) to send it again to the guests? Their calendars will move the meeting instead of duplicating it.</translation>
    </message>
    <message>
        <source>Invitation mise à jour</source>
        <translation>Updated invitation</translation>
    </message>
</context>
<context>
    <name>SeancesPage</name>
    <message>
        <source>Nouvelle séance…</source>
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Choisissez une séance dans la liste.</source>
        <translation>Choose a meeting in the list.</translation>
    </message>
    <message>
        <source>Modifier ou reporter…</source>
        <translation>Edit or postpone…</translation>
    </message>
    <message>
        <source>Nouvelle séance</source>
        <translation>New meeting</translation>
    </message>
    <message>
        <source>Créez d&apos;abord une instance (comité technique, COPIL…) dans l&apos;annuaire.</source>
        <translation>First create a committee (technical committee, steering committee…) in the directory.</translation>
    </message>
    <message>
        <source>Supprimer la séance n° {number} du {date} ?</source>
        <translation>Delete meeting no. {number} of {date}?</translation>
    </message>
    <message>
        <source>Supprimer une séance</source>
        <translation>Delete a meeting</translation>
    </message>
</context>
<context>
    <name>SearchPalette</name>
    <message>
        <source>Rechercher partout</source>
        <extracomment>Typing pauses this long before the search runs. Icon of each kind of result (files of resources/icons). Keys that move through the results while the cursor stays in the search box. The user chose a result (Entrée or double-click): the window opens it where it lives. Results for the current text are shown (tests and the status line wait for it).</extracomment>
        <translation>Search everywhere</translation>
    </message>
    <message>
        <source>Actions, comptes rendus, décisions, suivis, contacts…</source>
        <translation>Actions, minutes, decisions, follow-ups, contacts…</translation>
    </message>
    <message>
        <source>Partout</source>
        <translation>Everywhere</translation>
    </message>
    <message>
        <source>↑ ↓ pour choisir · Entrée pour ouvrir · Échap pour fermer</source>
        <translation>↑ ↓ to choose · Enter to open · Esc to close</translation>
    </message>
    <message>
        <source>Tapez quelques lettres : les résultats s&apos;affichent.</source>
        <translation>Type a few letters: results appear.</translation>
    </message>
    <message>
        <source>Recherche…</source>
        <translation>Searching…</translation>
    </message>
    <message numerus="yes">
        <source>%n résultat(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>Aucun résultat pour {text}.</source>
        <translation>No result for {text}.</translation>
    </message>
    <message>
        <source>Recherche impossible : {error}</source>
        <translation>Search failed: {error}</translation>
    </message>
</context>
<context>
    <name>ServiceErrors</name>
    <message>
        <source>l&apos;action</source>
        <extracomment>What rows are called in conflict messages (see ``domain.errors.ROW_NOUNS``).</extracomment>
        <translation>the action</translation>
    </message>
    <message>
        <source>le point de l&apos;ordre du jour</source>
        <translation>the agenda item</translation>
    </message>
    <message>
        <source>la ligne d&apos;émargement</source>
        <translation>the attendance line</translation>
    </message>
    <message>
        <source>la fiche</source>
        <translation>the record</translation>
    </message>
    <message>
        <source>la décision</source>
        <translation>the decision</translation>
    </message>
    <message>
        <source>l&apos;instance</source>
        <translation>the committee</translation>
    </message>
    <message>
        <source>la place de membre</source>
        <translation>the member&apos;s seat</translation>
    </message>
    <message>
        <source>l&apos;organisation</source>
        <translation>the organisation</translation>
    </message>
    <message>
        <source>le quartier</source>
        <translation>the neighbourhood</translation>
    </message>
    <message>
        <source>la séance</source>
        <translation>the meeting</translation>
    </message>
    <message>
        <source>le site</source>
        <translation>the site</translation>
    </message>
    <message>
        <source>{what} n° {id} introuvable.</source>
        <extracomment>The most frequent service messages, as patterns: each named group is kept as typed (a number, a code) or, for ``what``, read as a label. Anything else stays French.</extracomment>
        <translation>{what} no. {id} not found.</translation>
    </message>
    <message>
        <source>{what} « {code} » introuvable.</source>
        <translation>{what} “{code}” not found.</translation>
    </message>
    <message>
        <source>Votre rôle (« {role} ») ne permet pas cette modification.</source>
        <translation>Your role (“{role}”) does not allow this change.</translation>
    </message>
    <message>
        <source>La base est occupée par un autre programme{place} ; réessayez dans un instant.</source>
        <translation>The database is busy with another program{place}; try again in a moment.</translation>
    </message>
    <message>
        <source>Modification concurrente sur le serveur{place} : rien n&apos;a été enregistré ; réessayez.</source>
        <translation>Concurrent change on the server{place}: nothing was saved; try again.</translation>
    </message>
    <message>
        <source>Impossible d&apos;ouvrir le fichier de base de données{place} : vérifiez qu&apos;il existe et que son dossier est accessible.</source>
        <translation>Cannot open the database file{place}: check that it exists and that its folder is accessible.</translation>
    </message>
    <message>
        <source>Disque plein{place} : la modification n&apos;a pas été enregistrée. Libérez de la place.</source>
        <translation>Disk full{place}: the change was not saved. Free some space.</translation>
    </message>
    <message>
        <source>Erreur de lecture ou d&apos;écriture du disque{place} : rien n&apos;a été enregistré.</source>
        <translation>Disk read or write error{place}: nothing was saved.</translation>
    </message>
    <message>
        <source>Authentification refusée par le serveur{place}.</source>
        <translation>Authentication refused by the server{place}.</translation>
    </message>
    <message>
        <source>Cette base n&apos;existe pas sur le serveur{place}.</source>
        <translation>This database does not exist on the server{place}.</translation>
    </message>
    <message>
        <source>La base de données est endommagée{place} : rien n&apos;a été écrit. {advice}</source>
        <translation>The database is damaged{place}: nothing was written. {advice}</translation>
    </message>
    <message>
        <source>Ce fichier n&apos;est pas une base GUSP Desktop lisible{place} : il est endommagé ou appartient à un autre programme. Rien n&apos;a été modifié. {advice}</source>
        <translation>This file is not a readable GUSP Desktop database{place}: it is damaged or belongs to another program. Nothing was changed. {advice}</translation>
    </message>
    <message>
        <source>Le serveur refuse cette opération{place} : votre compte est en lecture seule ou n&apos;a pas le privilège nécessaire. Demandez-le au propriétaire de la base.</source>
        <translation>The server refuses this operation{place}: your account is read-only or lacks the privilege needed. Ask the database&apos;s owner for it.</translation>
    </message>
    <message>
        <source>Serveur injoignable{place}</source>
        <translation>Server unreachable{place}</translation>
    </message>
    <message>
        <source>Serveur injoignable{place} : {detail}</source>
        <translation>Server unreachable{place}: {detail}</translation>
    </message>
    <message>
        <source>Cette base a été mise à jour par une version plus récente de GUSP Desktop (révision {revision}). Installez la dernière version de l&apos;application ; rien n&apos;a été modifié.</source>
        <translation>This database was updated by a newer version of GUSP Desktop (revision {revision}). Install the latest version of the application; nothing was changed.</translation>
    </message>
    <message>
        <source>Le dossier « {folder} » n&apos;existe pas : créez-le d&apos;abord ou choisissez un autre fichier de base de données. Rien n&apos;a été créé.</source>
        <translation>The folder “{folder}” does not exist: create it first or choose another database file. Nothing was created.</translation>
    </message>
    <message>
        <source>« {path} » est un dossier, pas un fichier de base.</source>
        <translation>“{path}” is a folder, not a database file.</translation>
    </message>
    <message>
        <source>« {path} » n&apos;est pas un fichier ordinaire.</source>
        <translation>“{path}” is not a regular file.</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « {path} » ({reason}).</source>
        <translation>Cannot read the file “{path}” ({reason}).</translation>
    </message>
    <message>
        <source>Le fichier « {path} » n&apos;est pas une base GUSP Desktop lisible : il est endommagé ou appartient à un autre programme. Rien n&apos;a été modifié. {advice}</source>
        <translation>The file “{path}” is not a readable GUSP Desktop database: it is damaged or belongs to another program. Nothing was changed. {advice}</translation>
    </message>
    <message>
        <source>Impossible de lire la base « {path} » : {reason}</source>
        <translation>Cannot read the database “{path}”: {reason}</translation>
    </message>
    <message>
        <source>Adresse de base de données invalide : « {raw} ».</source>
        <translation>Invalid database address: “{raw}”.</translation>
    </message>
    <message>
        <source>Erreur d&apos;accès à la base ({where}) : {reason}</source>
        <translation>Database access error ({where}): {reason}</translation>
    </message>
    <message>
        <source>Restaurez une sauvegarde automatique (« gusp-desktop db backups » puis « gusp-desktop db restore SAUVEGARDE », ou Fichier &gt; Sauvegardes dans la fenêtre).</source>
        <translation>Restore an automatic backup (“gusp-desktop db backups” then “gusp-desktop db restore BACKUP”, or File &gt; Backups in the window).</translation>
    </message>
    <message>
        <source>Cette valeur existe déjà (doublon refusé).</source>
        <translation>This value already exists (duplicate refused).</translation>
    </message>
    <message>
        <source>Cet élément est encore référencé ailleurs : opération refusée pour ne rien perdre.</source>
        <translation>This item is still referred to elsewhere: operation refused so that nothing is lost.</translation>
    </message>
    <message>
        <source>Une valeur obligatoire manque : rien n&apos;a été enregistré.</source>
        <translation>A required value is missing: nothing was saved.</translation>
    </message>
    <message>
        <source>Valeur refusée par une règle de la base : rien n&apos;est enregistré.</source>
        <translation>Value refused by a rule of the database: nothing is saved.</translation>
    </message>
    <message>
        <source>Contrainte de la base non respectée : rien n&apos;a été enregistré.</source>
        <translation>Database constraint not met: nothing was saved.</translation>
    </message>
    <message>
        <source>Cette base contient des tables qui ne viennent pas de GUSP Desktop ; choisissez une base vide ou une base GUSP Desktop.</source>
        <translation>This database holds tables that do not come from GUSP Desktop; choose an empty database or a GUSP Desktop database.</translation>
    </message>
    <message>
        <source>Schéma plus récent que cette version de l&apos;application : écriture refusée. Installez la dernière version de GUSP Desktop.</source>
        <translation>Schema newer than this version of the application: writing refused. Install the latest version of GUSP Desktop.</translation>
    </message>
    <message>
        <source>Le schéma de cette base n&apos;est pas à jour : lancez « gusp-desktop db upgrade ».</source>
        <translation>This database&apos;s schema is not up to date: run “gusp-desktop db upgrade”.</translation>
    </message>
    <message>
        <source>Connexion annulée : aucun mot de passe saisi.</source>
        <translation>Connection cancelled: no password entered.</translation>
    </message>
    <message>
        <source>Le serveur {where} demande un mot de passe.</source>
        <translation>The server {where} asks for a password.</translation>
    </message>
    <message>
        <source>Mot de passe de {user} sur {host} ({reason})</source>
        <translation>Password of {user} on {host} ({reason})</translation>
    </message>
    <message>
        <source>Authentification refusée par le serveur {where} : vérifiez l&apos;utilisateur « {user} » et son mot de passe.</source>
        <translation>Authentication refused by the server {where}: check the user “{user}” and their password.</translation>
    </message>
    <message>
        <source>La base « {database} » n&apos;existe pas sur le serveur {where}.</source>
        <translation>The database “{database}” does not exist on the server {where}.</translation>
    </message>
    <message>
        <source>La connexion chiffrée avec {where} a échoué (certificat ou SSL) : {detail}</source>
        <translation>The encrypted connection with {where} failed (certificate or SSL): {detail}</translation>
    </message>
    <message>
        <source>Serveur injoignable ({where}) : vérifiez l&apos;adresse, le port et le réseau.</source>
        <translation>Server unreachable ({where}): check the address, the port and the network.</translation>
    </message>
    <message>
        <source>Connexion réussie : la base est prête.</source>
        <translation>Connection succeeded: the database is ready.</translation>
    </message>
    <message>
        <source>Connexion réussie, mais la base est vide : créez le schéma avec « gusp-desktop db upgrade ».</source>
        <translation>Connection succeeded, but the database is empty: create the schema with “gusp-desktop db upgrade”.</translation>
    </message>
    <message>
        <source>Connexion réussie, mais le schéma est plus ancien que cette version : mettez-le à jour avec « gusp-desktop db upgrade ».</source>
        <translation>Connection succeeded, but the schema is older than this version: update it with “gusp-desktop db upgrade”.</translation>
    </message>
    <message>
        <source>Connexion réussie, mais le schéma est plus récent que cette version de l&apos;application : installez la dernière version de GUSP Desktop (aucune écriture ne sera faite).</source>
        <translation>Connection succeeded, but the schema is newer than this version of the application: install the latest version of GUSP Desktop (nothing will be written).</translation>
    </message>
    <message>
        <source>Connexion réussie, mais cette base contient des tables qui ne viennent pas de GUSP Desktop : choisissez une base vide ou une base GUSP Desktop.</source>
        <translation>Connection succeeded, but this database holds tables that do not come from GUSP Desktop: choose an empty database or a GUSP Desktop database.</translation>
    </message>
    <message>
        <source>Copie refusée : la base cible n&apos;est pas vide (autre schéma).</source>
        <translation>Copy refused: the target database is not empty (another schema).</translation>
    </message>
    <message>
        <source>Copie refusée : seul le propriétaire de la base source en voit tout le contenu (les contenus restreints sont cachés aux autres comptes). Lancez la copie avec le compte propriétaire.</source>
        <translation>Copy refused: only the source database&apos;s owner sees all its content (restricted content is hidden from other accounts). Run the copy with the owner&apos;s account.</translation>
    </message>
    <message>
        <source>La source et la cible sont la même base.</source>
        <translation>The source and the target are the same database.</translation>
    </message>
    <message>
        <source>Copie impossible : {reason}.</source>
        <translation>Copy impossible: {reason}.</translation>
    </message>
    <message>
        <source>la base source est vide</source>
        <translation>the source database is empty</translation>
    </message>
    <message>
        <source>le schéma de la source est ancien : lancez d&apos;abord « gusp-desktop --db SOURCE db upgrade »</source>
        <translation>the source&apos;s schema is old: first run “gusp-desktop --db SOURCE db upgrade”</translation>
    </message>
    <message>
        <source>la source vient d&apos;une version plus récente de l&apos;application</source>
        <translation>the source comes from a newer version of the application</translation>
    </message>
    <message>
        <source>la source n&apos;est pas une base GUSP Desktop</source>
        <translation>the source is not a GUSP Desktop database</translation>
    </message>
    <message>
        <source>« {login} » n&apos;a aucun droit sur cette base.</source>
        <translation>“{login}” has no rights on this database.</translation>
    </message>
    <message>
        <source>Nom de connexion invalide : « {login} ».</source>
        <translation>Invalid login name: “{login}”.</translation>
    </message>
    <message>
        <source>Instance « {code} » introuvable (code attendu, ex. « CV-HM »).</source>
        <translation>Committee “{code}” not found (a code is expected, e.g. “CV-HM”).</translation>
    </message>
    <message>
        <source>« {login} » n&apos;avait pas accès à l&apos;instance « {code} ».</source>
        <translation>“{login}” had no access to the committee “{code}”.</translation>
    </message>
    <message>
        <source>Ce nom est celui d&apos;un rôle de groupe, pas d&apos;une personne.</source>
        <translation>This name is a group role&apos;s, not a person&apos;s.</translation>
    </message>
    <message>
        <source>Les rôles de base de données n&apos;existent que sur un serveur PostgreSQL partagé.</source>
        <translation>Database roles exist only on a shared PostgreSQL server.</translation>
    </message>
    <message>
        <source>Indiquez l&apos;utilisateur.</source>
        <translation>Give the user.</translation>
    </message>
    <message>
        <source>Fichier de certificat introuvable : {path}</source>
        <translation>Certificate file not found: {path}</translation>
    </message>
    <message>
        <source>Sauvegarde « {key} » introuvable : « gusp-desktop db backups » liste les sauvegardes par numéro.</source>
        <translation>Backup “{key}” not found: “gusp-desktop db backups” lists the backups by number.</translation>
    </message>
    <message>
        <source>Indiquez le nom de la base.</source>
        <translation>Give the database name.</translation>
    </message>
    <message>
        <source>Indiquez le serveur (nom ou adresse).</source>
        <translation>Give the server (name or address).</translation>
    </message>
    <message>
        <source>Le port doit être compris entre 1 et 65535.</source>
        <translation>The port must be between 1 and 65535.</translation>
    </message>
    <message>
        <source>Nom du profil : lettres, chiffres, « . », « - » ou « _ » (40 au plus).</source>
        <translation>Profile name: letters, digits, “.”, “-” or “_” (40 at most).</translation>
    </message>
    <message>
        <source>La base est en lecture seule{place} : la modification n&apos;a pas été enregistrée. Vérifiez les droits du fichier et de son dossier.</source>
        <translation>The database is read-only{place}: the change was not saved. Check the permissions of the file and its folder.</translation>
    </message>
    <message>
        <source>Vous n&apos;êtes membre d&apos;aucune instance restreinte : « --include-restricted » est réservé aux membres (et aux coordinateurs qui les administrent). Le document est produit sans contenu restreint si vous retirez cette option.</source>
        <translation>You are not a member of any restricted committee: “--include-restricted” is for members (and the coordinators who administer them). The document is produced without restricted content if you remove this option.</translation>
    </message>
    <message>
        <source>la ligne</source>
        <translation>the row</translation>
    </message>
    <message>
        <source>{noun} « {name} »</source>
        <translation>{noun} “{name}”</translation>
    </message>
    <message>
        <source>Conflit de modification : {what} a été modifié par quelqu&apos;un d&apos;autre depuis sa lecture. Rien n&apos;a été écrasé ; relisez la version enregistrée avant de recommencer.</source>
        <translation>Editing conflict: {what} was changed by someone else since it was read. Nothing was overwritten; read the saved version again before retrying.</translation>
    </message>
    <message>
        <source>Aucun constat choisi.</source>
        <extracomment>Service messages without variable parts, translated word for word when they are shown.</extracomment>
        <translation>No finding chosen.</translation>
    </message>
    <message>
        <source>Aucune action sélectionnée.</source>
        <translation>No action selected.</translation>
    </message>
    <message>
        <source>Aucune photo choisie.</source>
        <translation>No photo chosen.</translation>
    </message>
    <message>
        <source>Aucune photo à importer.</source>
        <translation>No photo to import.</translation>
    </message>
    <message>
        <source>Catégorie inconnue.</source>
        <translation>Unknown category.</translation>
    </message>
    <message>
        <source>Ce constat n&apos;a pas été fait pendant cette séance.</source>
        <translation>This finding was not made during this meeting.</translation>
    </message>
    <message>
        <source>Cette personne n&apos;est pas invitée à la séance.</source>
        <translation>This person is not invited to the meeting.</translation>
    </message>
    <message>
        <source>Cette séance est annulée.</source>
        <translation>This meeting is cancelled.</translation>
    </message>
    <message>
        <source>Choisissez l&apos;organisation pilote avec son contact.</source>
        <translation>Choose the lead organisation with its contact.</translation>
    </message>
    <message>
        <source>Choisissez une séance ou une date.</source>
        <translation>Choose a meeting or a date.</translation>
    </message>
    <message>
        <source>Code de service vide ou trop long (64 au plus).</source>
        <translation>Service code empty or too long (64 at most).</translation>
    </message>
    <message>
        <source>Constat d&apos;origine inconnu.</source>
        <translation>Unknown originating finding.</translation>
    </message>
    <message>
        <source>Contact inconnu : choisissez-le dans l&apos;annuaire.</source>
        <translation>Unknown contact: choose them in the directory.</translation>
    </message>
    <message>
        <source>Contact inconnu dans l&apos;annuaire.</source>
        <translation>Contact not in the directory.</translation>
    </message>
    <message>
        <source>Contact inconnu.</source>
        <translation>Unknown contact.</translation>
    </message>
    <message>
        <source>Contact pilote inconnu.</source>
        <translation>Unknown lead contact.</translation>
    </message>
    <message>
        <source>Date de réception sans fuseau horaire.</source>
        <translation>Date of receipt without a time zone.</translation>
    </message>
    <message>
        <source>Donnez la latitude et la longitude, ou aucune des deux.</source>
        <translation>Give both latitude and longitude, or neither.</translation>
    </message>
    <message>
        <source>Donnez le nom du contact (prénom et nom).</source>
        <translation>Give the contact&apos;s name (first name and surname).</translation>
    </message>
    <message>
        <source>Axe ATFPB inconnu « {text} » : de 1 à 8.</source>
        <translation>Unknown ATFPB axis “{text}”: 1 to 8.</translation>
    </message>
    <message>
        <source>{label} « {text} » n&apos;est pas un nombre.</source>
        <translation>{label} “{text}” is not a number.</translation>
    </message>
    <message>
        <source>{label} n&apos;est pas un nombre.</source>
        <translation>{label} is not a number.</translation>
    </message>
    <message>
        <source>{label} ne peut pas être négatif ({value} €).</source>
        <translation>{label} cannot be negative (€{value}).</translation>
    </message>
    <message>
        <source>{label} est trop élevé ({value} €).</source>
        <translation>{label} is too high (€{value}).</translation>
    </message>
    <message>
        <source>{label} se donne au centime près ({value} €).</source>
        <translation>{label} is given to the cent (€{value}).</translation>
    </message>
    <message>
        <source>{label} « {text} » n&apos;est pas une date valide (AAAA-MM-JJ attendu).</source>
        <translation>{label} “{text}” is not a valid date (YYYY-MM-DD expected).</translation>
    </message>
    <message>
        <source>Valeur inconnue « {text} » (valeurs possibles : {choices}).</source>
        <translation>Unknown value “{text}” (possible values: {choices}).</translation>
    </message>
    <message>
        <source>Durée de conservation invalide : {years} (1 à {max_years} ans).</source>
        <translation>Invalid retention period: {years} (1 to {max_years} years).</translation>
    </message>
    <message>
        <source>{what} inconnu « {text} » (valeurs possibles : {choices}).</source>
        <translation>Unknown {what} “{text}” (possible values: {choices}).</translation>
    </message>
    <message>
        <source>Le modèle {label} est vide.</source>
        <translation>The {label} template is empty.</translation>
    </message>
    <message>
        <source>Le modèle {label} dépasse {limit} caractères.</source>
        <translation>The {label} template exceeds {limit} characters.</translation>
    </message>
    <message>
        <source>Modèle {label} : {problem}</source>
        <translation>Template of the {label}: {problem}</translation>
    </message>
    <message>
        <source>la variable « ${name} » n&apos;existe pas.</source>
        <translation>the variable “${name}” does not exist.</translation>
    </message>
    <message>
        <source>Port invalide : {port}.</source>
        <translation>Invalid port: {port}.</translation>
    </message>
    <message>
        <source>Adresse d&apos;expéditeur invalide : « {sender} ».</source>
        <translation>Invalid sender address: “{sender}”.</translation>
    </message>
    <message>
        <source>Le montant</source>
        <translation>The amount</translation>
    </message>
    <message>
        <source>Le montant prévu</source>
        <translation>The planned amount</translation>
    </message>
    <message>
        <source>Le montant réalisé</source>
        <translation>The amount achieved</translation>
    </message>
    <message>
        <source>Le montant de l&apos;abattement</source>
        <translation>The amount of the tax relief</translation>
    </message>
    <message>
        <source>La date</source>
        <translation>The date</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>channel</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>status</translation>
    </message>
    <message>
        <source>de l&apos;objet</source>
        <translation>subject</translation>
    </message>
    <message>
        <source>du texte</source>
        <translation>body</translation>
    </message>
    <message>
        <source>un « $ » seul doit s&apos;écrire « $$ ».</source>
        <translation>a lone “$” must be written “$$”.</translation>
    </message>
    <message>
        <source>Nom de profil : lettres, chiffres, « . », « - » ou « _ » (40 au plus).</source>
        <translation>Profile name: letters, digits, “.”, “-” or “_” (40 at most).</translation>
    </message>
    <message>
        <source>Donnez le nom du serveur d&apos;envoi (ex. smtp.agglo.fr).</source>
        <translation>Give the name of the sending server (e.g. smtp.agglo.fr).</translation>
    </message>
    <message>
        <source>Les points de calage sont alignés sur le plan : choisissez-en un hors de la ligne des autres.</source>
        <translation>The control points are aligned on the plan: choose one off the line of the others.</translation>
    </message>
    <message>
        <source>Une action « {current} » ne peut pas passer à « {target} » (possibles : {allowed}).</source>
        <translation>An action “{current}” cannot move to “{target}” (possible: {allowed}).</translation>
    </message>
    <message>
        <source>Une séance « {current} » ne peut pas passer à « {target} » (possibles : {allowed}).</source>
        <translation>A meeting “{current}” cannot move to “{target}” (possible: {allowed}).</translation>
    </message>
    <message>
        <source>aucun</source>
        <translation>none</translation>
    </message>
    <message>
        <source>{first} ; {rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <source>{number} : {problem}</source>
        <translation>{number}: {problem}</translation>
    </message>
    <message>
        <source>Point {number} : {problem}</source>
        <translation>Point {number}: {problem}</translation>
    </message>
    <message>
        <source>Indiquez la latitude et la longitude ensemble.</source>
        <translation>Give the latitude and the longitude together.</translation>
    </message>
    <message>
        <source>Latitude hors limites ({latitude}) : entre -90 et 90 degrés.</source>
        <translation>Latitude out of range ({latitude}): between -90 and 90 degrees.</translation>
    </message>
    <message>
        <source>Longitude hors limites ({longitude}) : entre -180 et 180 degrés.</source>
        <translation>Longitude out of range ({longitude}): between -180 and 180 degrees.</translation>
    </message>
    <message>
        <source>Aucune action modifiée. {problems}</source>
        <translation>No action changed. {problems}</translation>
    </message>
    <message>
        <source>pas d&apos;échéance à décaler.</source>
        <translation>no deadline to shift.</translation>
    </message>
    <message>
        <source>l&apos;échéance décalée ({moved}) précéderait la création de l&apos;action ({created}).</source>
        <translation>the shifted deadline ({moved}) would come before the action was created ({created}).</translation>
    </message>
    <message>
        <source>Indiquez le résultat de l&apos;action (ce qui a été fait, ou pourquoi elle est abandonnée) pour la clore.</source>
        <translation>Give the action&apos;s outcome (what was done, or why it is abandoned) to close it.</translation>
    </message>
    <message>
        <source>Décalage négatif refusé.</source>
        <translation>Negative shift refused.</translation>
    </message>
    <message>
        <source>Décrivez le signalement (ou donnez au moins son adresse).</source>
        <translation>Describe the report (or at least give its address).</translation>
    </message>
    <message>
        <source>Gestionnaire inconnu.</source>
        <translation>Unknown manager.</translation>
    </message>
    <message>
        <source>Halte inconnue.</source>
        <translation>Unknown stop.</translation>
    </message>
    <message>
        <source>Indiquez la séance ou le constat des photos.</source>
        <translation>State the meeting or the finding of the photos.</translation>
    </message>
    <message>
        <source>Intervenant inconnu dans l&apos;annuaire.</source>
        <translation>Speaker not in the directory.</translation>
    </message>
    <message>
        <source>L&apos;avancement est un pourcentage entre 0 et 100.</source>
        <translation>Progress is a percentage between 0 and 100.</translation>
    </message>
    <message>
        <source>L&apos;objet du message tient sur une seule ligne.</source>
        <translation>The message subject must fit on one line.</translation>
    </message>
    <message>
        <source>La date de fin précède la date de début.</source>
        <translation>The end date is before the start date.</translation>
    </message>
    <message>
        <source>La date de réception est dans le futur.</source>
        <translation>The date of receipt is in the future.</translation>
    </message>
    <message>
        <source>La population ne peut pas être négative.</source>
        <translation>The population cannot be negative.</translation>
    </message>
    <message>
        <source>La séance est annulée : rétablissez-la avant de la modifier.</source>
        <translation>The meeting is cancelled: restore it before editing it.</translation>
    </message>
    <message>
        <source>Le coût ne peut pas être négatif.</source>
        <translation>The cost cannot be negative.</translation>
    </message>
    <message>
        <source>Le délai de réponse va de 0 à 60 jours avant la séance.</source>
        <translation>The reply period is 0 to 60 days before the meeting.</translation>
    </message>
    <message>
        <source>Le libellé de la catégorie est obligatoire.</source>
        <translation>The category&apos;s label is required.</translation>
    </message>
    <message>
        <source>Le montant prévu n&apos;est pas un nombre.</source>
        <translation>The planned amount is not a number.</translation>
    </message>
    <message>
        <source>Le montant réalisé n&apos;est pas un nombre.</source>
        <translation>The amount achieved is not a number.</translation>
    </message>
    <message>
        <source>Le nombre de logements doit être positif.</source>
        <translation>The number of homes must be positive.</translation>
    </message>
    <message>
        <source>Le nombre de logements ne peut pas être négatif.</source>
        <translation>The number of homes cannot be negative.</translation>
    </message>
    <message>
        <source>Les points de calage sont alignés sur le terrain.</source>
        <translation>The control points are aligned on the ground.</translation>
    </message>
    <message>
        <source>Les points de calage sont au même endroit du terrain.</source>
        <translation>The control points are at the same place on the ground.</translation>
    </message>
    <message>
        <source>Les points de calage sont au même pixel du plan.</source>
        <translation>The control points are on the same pixel of the plan.</translation>
    </message>
    <message>
        <source>Organisation gestionnaire inconnue.</source>
        <translation>Unknown managing organisation.</translation>
    </message>
    <message>
        <source>Organisation inconnue : choisissez-en une dans l&apos;annuaire.</source>
        <translation>Unknown organisation: choose one in the directory.</translation>
    </message>
    <message>
        <source>Organisation inconnue.</source>
        <translation>Unknown organisation.</translation>
    </message>
    <message>
        <source>Organisation pilote inconnue.</source>
        <translation>Unknown lead organisation.</translation>
    </message>
    <message>
        <source>Organisation responsable inconnue.</source>
        <translation>Unknown responsible organisation.</translation>
    </message>
    <message>
        <source>Quartier inconnu.</source>
        <translation>Unknown neighbourhood.</translation>
    </message>
    <message>
        <source>Représentant inconnu dans l&apos;annuaire.</source>
        <translation>Representative not in the directory.</translation>
    </message>
    <message>
        <source>Rien à modifier : choisissez un état, un pilote, un décalage ou un thème.</source>
        <translation>Nothing to change: choose a status, a lead, a shift or a theme.</translation>
    </message>
    <message>
        <source>Réalisation inconnue : realise, partiel ou non_realise.</source>
        <translation>Unknown completion: realise, partiel or non_realise.</translation>
    </message>
    <message>
        <source>Signataire inconnu.</source>
        <translation>Unknown signatory.</translation>
    </message>
    <message>
        <source>Site inconnu.</source>
        <translation>Unknown site.</translation>
    </message>
    <message>
        <source>Séance d&apos;origine inconnue.</source>
        <translation>Unknown originating meeting.</translation>
    </message>
    <message>
        <source>Séance inconnue.</source>
        <translation>Unknown meeting.</translation>
    </message>
    <message>
        <source>Un certificat n&apos;a de sens qu&apos;avec SSL ou STARTTLS.</source>
        <translation>A certificate only makes sense with SSL or STARTTLS.</translation>
    </message>
    <message>
        <source>Une convention de ce bailleur couvre déjà ces années sur ce quartier.</source>
        <translation>An agreement of this social landlord already covers these years in this neighbourhood.</translation>
    </message>
    <message>
        <source>Une halte se choisit sur le parcours d&apos;une séance.</source>
        <translation>A stop is chosen on a meeting&apos;s route.</translation>
    </message>
    <message>
        <source>Une ligne non réalisée ne peut pas avoir de montant réalisé.</source>
        <translation>A line not achieved cannot have an amount achieved.</translation>
    </message>
    <message>
        <source>Une règle doit viser une catégorie, un thème ou un gestionnaire.</source>
        <translation>A rule must target a category, a theme or a manager.</translation>
    </message>
    <message>
        <source>{label} est obligatoire.</source>
        <translation>{label} is required.</translation>
    </message>
    <message>
        <source>{label} : {length} caractères, {limit} au maximum.</source>
        <translation>{label}: {length} characters, {limit} at most.</translation>
    </message>
    <message>
        <source>Adresse électronique invalide : « {value} ».</source>
        <translation>Invalid e-mail address: “{value}”.</translation>
    </message>
    <message>
        <source>{label} « {value} » invalide : lettres majuscules, chiffres, - ou _, 16 caractères au plus.</source>
        <translation>{label} “{value}” is invalid: capital letters, digits, - or _, 16 characters at most.</translation>
    </message>
    <message>
        <source>Impossible de supprimer {what} : des éléments y font encore référence ({used}).</source>
        <translation>Cannot delete {what}: other records still refer to it ({used}).</translation>
    </message>
    <message>
        <source>{count} {label}</source>
        <translation>{count} {label}</translation>
    </message>
    <message>
        <source>Le code d&apos;instance « {code} » est déjà utilisé.</source>
        <translation>The committee code “{code}” is already in use.</translation>
    </message>
    <message>
        <source>Le code quartier « {code} » est déjà utilisé.</source>
        <translation>The neighbourhood code “{code}” is already in use.</translation>
    </message>
    <message>
        <source>Le code d&apos;organisation « {code} » est déjà utilisé.</source>
        <translation>The organisation code “{code}” is already in use.</translation>
    </message>
    <message>
        <source>Civilité inconnue : « {value} » (madame, monsieur ou vide).</source>
        <translation>Unknown title: “{value}” (madame, monsieur or empty).</translation>
    </message>
    <message>
        <source>le quartier « {code} »</source>
        <translation>the neighbourhood “{code}”</translation>
    </message>
    <message>
        <source>le site « {name} »</source>
        <translation>the site “{name}”</translation>
    </message>
    <message>
        <source>la séance n° {number}</source>
        <translation>meeting no. {number}</translation>
    </message>
    <message>
        <source>le partenaire « {code} »</source>
        <translation>the partner “{code}”</translation>
    </message>
    <message>
        <source>le contact « {name} »</source>
        <translation>the contact “{name}”</translation>
    </message>
    <message>
        <source>L&apos;adresse</source>
        <translation>The address</translation>
    </message>
    <message>
        <source>L&apos;indicateur</source>
        <translation>The indicator</translation>
    </message>
    <message>
        <source>L&apos;intitulé de l&apos;action</source>
        <translation>The action&apos;s title</translation>
    </message>
    <message>
        <source>La description</source>
        <translation>The description</translation>
    </message>
    <message>
        <source>La liste des communes</source>
        <translation>The list of municipalities</translation>
    </message>
    <message>
        <source>La note de diffusion</source>
        <translation>The circulation note</translation>
    </message>
    <message>
        <source>La parole des habitants</source>
        <translation>The residents&apos; words</translation>
    </message>
    <message>
        <source>La prochaine réunion</source>
        <translation>The next meeting</translation>
    </message>
    <message>
        <source>La préconisation</source>
        <translation>The recommendation</translation>
    </message>
    <message>
        <source>La valeur de l&apos;indicateur</source>
        <translation>The indicator&apos;s value</translation>
    </message>
    <message>
        <source>Le champ « Adresse »</source>
        <translation>The “Address” field</translation>
    </message>
    <message>
        <source>Le champ « Adresse électronique »</source>
        <translation>The “E-mail address” field</translation>
    </message>
    <message>
        <source>Le champ « Fonction »</source>
        <translation>The “Position” field</translation>
    </message>
    <message>
        <source>Le champ « Périodicité »</source>
        <translation>The “Frequency” field</translation>
    </message>
    <message>
        <source>Le code de catégorie</source>
        <translation>The category code</translation>
    </message>
    <message>
        <source>Le code de l&apos;instance</source>
        <translation>The committee code</translation>
    </message>
    <message>
        <source>Le code de l&apos;organisation</source>
        <translation>The organisation code</translation>
    </message>
    <message>
        <source>Le code quartier</source>
        <translation>The neighbourhood code</translation>
    </message>
    <message>
        <source>Le constat / l&apos;origine</source>
        <translation>The finding / origin</translation>
    </message>
    <message>
        <source>Le descriptif du point</source>
        <translation>The item&apos;s description</translation>
    </message>
    <message>
        <source>Le libellé</source>
        <translation>The label</translation>
    </message>
    <message>
        <source>Le lieu</source>
        <translation>The place</translation>
    </message>
    <message>
        <source>Le lieu habituel</source>
        <translation>The usual place</translation>
    </message>
    <message>
        <source>Le mot sur la prochaine réunion</source>
        <translation>The note on the next meeting</translation>
    </message>
    <message>
        <source>Le motif</source>
        <translation>The reason</translation>
    </message>
    <message>
        <source>Le motif de l&apos;annulation</source>
        <translation>The reason for the cancellation</translation>
    </message>
    <message>
        <source>Le motif de l&apos;erratum</source>
        <translation>The reason for the erratum</translation>
    </message>
    <message>
        <source>Le nom</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>Le nom de l&apos;instance</source>
        <translation>The committee&apos;s name</translation>
    </message>
    <message>
        <source>Le nom de l&apos;organisation</source>
        <translation>The organisation&apos;s name</translation>
    </message>
    <message>
        <source>Le nom de la halte</source>
        <translation>The stop&apos;s name</translation>
    </message>
    <message>
        <source>Le nom de la personne</source>
        <translation>The person&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du quartier</source>
        <translation>The neighbourhood&apos;s name</translation>
    </message>
    <message>
        <source>Le nom du site</source>
        <translation>The site&apos;s name</translation>
    </message>
    <message>
        <source>Le numéro de téléphone</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>Le prénom</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Le résumé</source>
        <translation>The summary</translation>
    </message>
    <message>
        <source>Le texte de la décision</source>
        <translation>The decision&apos;s text</translation>
    </message>
    <message>
        <source>Le texte des notes</source>
        <translation>The notes&apos; text</translation>
    </message>
    <message>
        <source>Le texte du constat</source>
        <translation>The finding&apos;s text</translation>
    </message>
    <message>
        <source>Le titre du point</source>
        <translation>The item&apos;s title</translation>
    </message>
    <message>
        <source>Le téléphone</source>
        <translation>The phone number</translation>
    </message>
    <message>
        <source>Les faits marquants</source>
        <translation>The highlights</translation>
    </message>
    <message>
        <source>Les notes</source>
        <translation>The notes</translation>
    </message>
    <message>
        <source>Les objectifs</source>
        <translation>The objectives</translation>
    </message>
    <message>
        <source>action(s)</source>
        <translation>action(s)</translation>
    </message>
    <message>
        <source>action(s) d&apos;origine</source>
        <translation>originating action(s)</translation>
    </message>
    <message>
        <source>action(s) en partenariat</source>
        <translation>action(s) as a partner</translation>
    </message>
    <message>
        <source>action(s) issue(s)</source>
        <translation>resulting action(s)</translation>
    </message>
    <message>
        <source>action(s) pilotée(s)</source>
        <translation>action(s) led</translation>
    </message>
    <message>
        <source>action(s) qu&apos;il pilote</source>
        <translation>action(s) they lead</translation>
    </message>
    <message>
        <source>compte(s) rendu(s)</source>
        <translation>set(s) of minutes</translation>
    </message>
    <message>
        <source>compte(s) utilisateur</source>
        <translation>user account(s)</translation>
    </message>
    <message>
        <source>constat(s)</source>
        <translation>finding(s)</translation>
    </message>
    <message>
        <source>contact(s)</source>
        <translation>contact(s)</translation>
    </message>
    <message>
        <source>instance(s) dont il est membre</source>
        <translation>committee(s) they sit on</translation>
    </message>
    <message>
        <source>ligne(s) d&apos;émargement</source>
        <translation>attendance line(s)</translation>
    </message>
    <message>
        <source>point(s) d&apos;ordre du jour</source>
        <translation>agenda item(s)</translation>
    </message>
    <message>
        <source>point(s) de suivi</source>
        <translation>follow-up point(s)</translation>
    </message>
    <message>
        <source>site(s)</source>
        <translation>site(s)</translation>
    </message>
    <message>
        <source>site(s) en gestion</source>
        <translation>site(s) managed</translation>
    </message>
    <message>
        <source>séance(s) dont il est secrétaire</source>
        <translation>meeting(s) they are secretary of</translation>
    </message>
    <message>
        <source>séance(s) qu&apos;il préside</source>
        <translation>meeting(s) they chair</translation>
    </message>
    <message>
        <source>Organisation inconnue : « {value} ».</source>
        <translation>Unknown organisation: “{value}”.</translation>
    </message>
    <message>
        <source>Le dossier « {folder} » n&apos;existe pas : créez-le d&apos;abord. Rien n&apos;a été écrit.</source>
        <translation>The folder “{folder}” does not exist: create it first. Nothing was written.</translation>
    </message>
    <message>
        <source>Le serveur {where} refuse : {items}.</source>
        <translation>The server {where} refuses: {items}.</translation>
    </message>
    <message>
        <source>Certificat d&apos;autorité illisible : « {ca_file} » ({exc}).</source>
        <translation>Unreadable authority certificate: “{ca_file}” ({exc}).</translation>
    </message>
    <message>
        <source>Le serveur d&apos;envoi {where} refuse l&apos;identifiant « {user} » ou le mot de passe. Vérifiez-les avec « smtp test ».</source>
        <translation>The mail server {where} refuses the login “{user}” or the password. Check them with “smtp test”.</translation>
    </message>
    <message>
        <source>Le serveur d&apos;envoi {where} a coupé la connexion pendant l&apos;envoi.</source>
        <translation>The mail server {where} closed the connection while sending.</translation>
    </message>
    <message>
        <source>Le serveur {where} refuse le destinataire : {reply}.</source>
        <translation>The server {where} refuses the recipient: {reply}.</translation>
    </message>
    <message>
        <source>Le serveur {where} refuse le message ({smtp_code} {text}).</source>
        <translation>The server {where} refuses the message ({smtp_code} {text}).</translation>
    </message>
    <message>
        <source>Liaison perdue avec le serveur {where} ({exc}).</source>
        <translation>Connection to the server {where} lost ({exc}).</translation>
    </message>
    <message>
        <source>La séance n° {number} est annulée : envoyez plutôt l&apos;avis d&apos;annulation.</source>
        <translation>Meeting no. {number} is cancelled: send the cancellation notice instead.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier « {path} » : {reason}.</source>
        <translation>Cannot write the file “{path}”: {reason}.</translation>
    </message>
    <message>
        <source>Le compte « {login} » n&apos;a aucun droit sur cette base : demandez à un coordinateur de lancer « gusp-desktop db grant {login} lecteur ».</source>
        <translation>The account “{login}” has no rights on this database: ask a coordinator to run “gusp-desktop db grant {login} lecteur”.</translation>
    </message>
    <message>
        <source>La durée prévue doit être comprise entre 0 et {planned_max} minutes.</source>
        <translation>The planned duration must be between 0 and {planned_max} minutes.</translation>
    </message>
    <message>
        <source>Nature de point inconnue : « {kind} ».</source>
        <translation>Unknown kind of item: “{kind}”.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier « {target} » : {value}.</source>
        <translation>Cannot write the file “{target}”: {value}.</translation>
    </message>
    <message>
        <source>La durée habituelle doit être comprise entre 1 et {max_duration} minutes.</source>
        <translation>The usual duration must be between 1 and {max_duration} minutes.</translation>
    </message>
    <message>
        <source>Quartier(s) inconnu(s) dans le périmètre : n° {numbers}.</source>
        <translation>Unknown neighbourhood(s) in the perimeter: no. {numbers}.</translation>
    </message>
    <message>
        <source>Type d&apos;instance inconnu : « {type} ».</source>
        <translation>Unknown committee type: “{type}”.</translation>
    </message>
    <message>
        <source>{full_name} est déjà membre de cette instance.</source>
        <translation>{full_name} is already a member of this committee.</translation>
    </message>
    <message>
        <source>Cette instance a déjà un {value} titulaire ({name}) ; inscrivez ce contact comme suppléant ou changez d&apos;abord le rôle du titulaire.</source>
        <translation>This committee already has a full {value} ({name}); register this contact as a substitute or change the holder&apos;s role first.</translation>
    </message>
    <message>
        <source>Quartier inconnu : « {quartier} ».</source>
        <translation>Unknown neighbourhood: “{quartier}”.</translation>
    </message>
    <message>
        <source>Organisation pilote inconnue : « {pilot} ».</source>
        <translation>Unknown lead organisation: “{pilot}”.</translation>
    </message>
    <message>
        <source>Contact « {pilot_contact} » introuvable dans l&apos;organisation pilote.</source>
        <translation>Contact “{pilot_contact}” not found in the lead organisation.</translation>
    </message>
    <message>
        <source>Site « {site} » introuvable dans ce quartier.</source>
        <translation>Site “{site}” not found in this neighbourhood.</translation>
    </message>
    <message>
        <source>Organisation(s) partenaire(s) inconnue(s) : {items}.</source>
        <translation>Unknown partner organisation(s): {items}.</translation>
    </message>
    <message>
        <source>L&apos;échéance ({deadline}) ne peut pas précéder la date de création de l&apos;action ({not_before}).</source>
        <translation>The deadline ({deadline}) cannot be before the action&apos;s creation date ({not_before}).</translation>
    </message>
    <message>
        <source>Le texte est trop long (maximum {comment_max} caractères).</source>
        <translation>The text is too long ({comment_max} characters at most).</translation>
    </message>
    <message>
        <source>{full_name} n&apos;appartient pas à l&apos;organisation pilote.</source>
        <translation>{full_name} does not belong to the lead organisation.</translation>
    </message>
    <message>
        <source>Le site « {name} » n&apos;est pas dans ce quartier.</source>
        <translation>The site “{name}” is not in this neighbourhood.</translation>
    </message>
    <message>
        <source>La séance n° {seance_id} n&apos;a pas de halte « {name} ».</source>
        <translation>Meeting no. {seance_id} has no stop “{name}”.</translation>
    </message>
    <message>
        <source>Ce parcours a déjà une halte « {name} ».</source>
        <translation>This route already has a stop “{name}”.</translation>
    </message>
    <message>
        <source>Le constat n&apos;est pas lié à l&apos;action « {action_number} ».</source>
        <translation>The finding is not linked to the action “{action_number}”.</translation>
    </message>
    <message>
        <source>La halte « {name} » n&apos;est pas sur ce parcours.</source>
        <translation>The stop “{name}” is not on this route.</translation>
    </message>
    <message>
        <source>Recherche trop longue : {max_text} caractères au maximum.</source>
        <translation>Search too long: {max_text} characters at most.</translation>
    </message>
    <message>
        <source>Le nombre de résultats doit être entre 1 et {max_limit}.</source>
        <translation>The number of results must be between 1 and {max_limit}.</translation>
    </message>
    <message>
        <source>Quartier « {code} » inconnu.</source>
        <translation>Unknown neighbourhood “{code}”.</translation>
    </message>
    <message>
        <source>Organisation « {code} » inconnue.</source>
        <translation>Unknown organisation “{code}”.</translation>
    </message>
    <message>
        <source>Aucune convention ATFPB pour {code} sur le quartier {code2}.</source>
        <translation>No ATFPB agreement for {code} in the neighbourhood {code2}.</translation>
    </message>
    <message>
        <source>Axe ATFPB inconnu « {axis} » : de 1 à 8.</source>
        <translation>Unknown ATFPB axis “{axis}”: from 1 to 8.</translation>
    </message>
    <message>
        <source>L&apos;année {year} est hors de la convention ({start_year}–{end_year}).</source>
        <translation>The year {year} is outside the agreement ({start_year}–{end_year}).</translation>
    </message>
    <message>
        <source>L&apos;action {number} n&apos;est pas sur le quartier de la convention.</source>
        <translation>The action {number} is not in the agreement&apos;s neighbourhood.</translation>
    </message>
    <message>
        <source>La période {start_year}–{end_year} doit être comprise dans le contrat de ville {first}–{last}, début avant fin.</source>
        <translation>The period {start_year}–{end_year} must lie within the city contract {first}–{last}, start before end.</translation>
    </message>
    <message>
        <source>La durée doit être comprise entre 1 et {duration_max} minutes.</source>
        <translation>The duration must be between 1 and {duration_max} minutes.</translation>
    </message>
    <message>
        <source>Catégorie de signalement « {code} » inconnue.</source>
        <translation>Unknown report category “{code}”.</translation>
    </message>
    <message>
        <source>Numéro « {number} » invalide : attendu {example} (code du quartier, année sur deux chiffres, rang).</source>
        <translation>Invalid number “{number}”: expected {example} (quartier code, two-digit year, rank).</translation>
    </message>
    <message>
        <source>Le numéro « {number} » est déjà pris.</source>
        <translation>Number “{number}” is already taken.</translation>
    </message>
    <message>
        <source>Latitude hors limites ({latitude}) : entre -90 et 90.</source>
        <translation>Latitude out of range ({latitude}): between -90 and 90.</translation>
    </message>
    <message>
        <source>Longitude hors limites ({longitude}) : entre -180 et 180.</source>
        <translation>Longitude out of range ({longitude}): between -180 and 180.</translation>
    </message>
    <message>
        <source>Le délai doit être entre 0 et {max_delay_days} jours.</source>
        <translation>The time limit must be between 0 and {max_delay_days} days.</translation>
    </message>
    <message>
        <source>Une règle existe déjà pour ces critères (n° {id}).</source>
        <translation>A rule already exists for these criteria (no. {id}).</translation>
    </message>
    <message>
        <source>Quartier « {default_quartier} » inconnu.</source>
        <translation>Unknown neighbourhood “{default_quartier}”.</translation>
    </message>
    <message>
        <source>Aucun contact ne s&apos;appelle « {wanted} ».</source>
        <translation>No contact is called “{wanted}”.</translation>
    </message>
    <message>
        <source>Impossible d&apos;écrire le fichier « {path} » : {strerror}.</source>
        <translation>Cannot write the file “{path}”: {strerror}.</translation>
    </message>
    <message>
        <source>Nombre d&apos;événements demandé invalide (1 à {max_limit}).</source>
        <translation>Invalid number of events requested (1 to {max_limit}).</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « {path} ».</source>
        <translation>Cannot read the file “{path}”.</translation>
    </message>
    <message>
        <source>Le dossier « {parent} » n&apos;existe pas.</source>
        <translation>The folder “{parent}” does not exist.</translation>
    </message>
    <message>
        <source>« {name} » est une autorité de certification : choisissez l&apos;identité d&apos;une personne pour signer.</source>
        <translation>“{name}” is a certification authority: choose a person&apos;s identity to sign.</translation>
    </message>
    <message>
        <source>La signature est enregistrée et conservée dans « {path} », mais le fichier « {output} » n&apos;a pas pu être écrit ({strerror}).</source>
        <translation>The signature is recorded and kept in “{path}”, but the file “{output}” could not be written ({strerror}).</translation>
    </message>
    <message>
        <source>La séance {label} n&apos;a pas de {label2} enregistré : renseignez-le dans la séance avant de signer en cette qualité.</source>
        <translation>The meeting {label} has no {label2} recorded: enter one in the meeting before signing in that capacity.</translation>
    </message>
    <message>
        <source>« {signer_name} » ne peut pas signer comme {label} : le {label} de la séance {label2} est {name}.</source>
        <translation>“{signer_name}” cannot sign as {label}: the {label} of the meeting {label2} is {name}.</translation>
    </message>
    <message>
        <source>La version {number} du compte rendu (erratum) n&apos;est pas encore validée.</source>
        <translation>Version {number} of the minutes (erratum) is not approved yet.</translation>
    </message>
    <message>
        <source>La version {number} du compte rendu a été altérée dans la base : son empreinte ne correspond plus.</source>
        <translation>Version {number} of the minutes was altered in the database: its fingerprint no longer matches.</translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {label} doit être validé avant d&apos;être signé.</source>
        <translation>The minutes of the meeting {label} must be approved before they are signed.</translation>
    </message>
    <message>
        <source>L&apos;erratum (version {number}) de la séance {label} est en cours de rédaction : validez-le avant de le signer.</source>
        <translation>The erratum (version {number}) of the meeting {label} is being drafted: approve it before signing it.</translation>
    </message>
    <message>
        <source>La version {number} du compte rendu de la séance {label} porte déjà la signature du {label2}.</source>
        <translation>Version {number} of the minutes of the meeting {label} already bears the signature of the {label2}.</translation>
    </message>
    <message>
        <source>« {signer_name} » a déjà signé ce compte rendu en une autre qualité : une personne ne signe qu&apos;une fois.</source>
        <translation>“{signer_name}” already signed these minutes in another capacity: a person signs only once.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » n&apos;est pas la dernière révision signée de ce compte rendu ({signature_count} signature(s), dernière par {signer_name}).</source>
        <translation>The file “{name}” is not the latest signed revision of these minutes ({signature_count} signature(s), the last by {signer_name}).</translation>
    </message>
    <message>
        <source>Le compte rendu ne peut pas être mis en page : {exc}</source>
        <translation>The minutes cannot be laid out: {exc}</translation>
    </message>
    <message>
        <source>Impossible de lire le fichier « {source} ».</source>
        <translation>Cannot read the file “{source}”.</translation>
    </message>
    <message>
        <source>Ce compte rendu a été figé par une version plus récente de l&apos;application (format {value}).</source>
        <translation>These minutes were frozen by a newer version of the application (format {value}).</translation>
    </message>
    <message>
        <source>Type d&apos;organisation inconnu : « {type} ».</source>
        <translation>Unknown organisation type: “{type}”.</translation>
    </message>
    <message>
        <source>Le {day} est passé : une relance prépare une séance à venir.</source>
        <translation>{day} is past: a reminder prepares a coming meeting.</translation>
    </message>
    <message>
        <source>Choisissez un profil d&apos;envoi parmi : {names}.</source>
        <translation>Choose a sending profile among: {names}.</translation>
    </message>
    <message>
        <source>Fichier des relances illisible : {path} ({exc}).</source>
        <translation>Unreadable reminders file: {path} ({exc}).</translation>
    </message>
    <message>
        <source>Échec avec le serveur d&apos;envoi {where} ({exc}).</source>
        <translation>Failure with the mail server {where} ({exc}).</translation>
    </message>
    <message>
        <source>Le serveur {where} ne propose pas STARTTLS ou l&apos;authentification : choisissez la sécurité SSL ou vérifiez le port.</source>
        <translation>The server {where} offers no STARTTLS or authentication: choose SSL security or check the port.</translation>
    </message>
    <message>
        <source>Liaison chiffrée impossible avec {where} : certificat refusé ({exc}).</source>
        <translation>No encrypted connection to {where}: certificate refused ({exc}).</translation>
    </message>
    <message>
        <source>Serveur d&apos;envoi introuvable : « {host} ».</source>
        <translation>Mail server not found: “{host}”.</translation>
    </message>
    <message>
        <source>Le serveur d&apos;envoi {where} ne répond pas.</source>
        <translation>The mail server {where} does not answer.</translation>
    </message>
    <message>
        <source>Le serveur d&apos;envoi {where} a fermé la connexion.</source>
        <translation>The mail server {where} closed the connection.</translation>
    </message>
    <message>
        <source>Le serveur {where} répond {smtp_code} {text}.</source>
        <translation>The server {where} answers {smtp_code} {text}.</translation>
    </message>
    <message>
        <source>Connexion impossible au serveur d&apos;envoi {where} ({strerror}).</source>
        <translation>Cannot connect to the mail server {where} ({strerror}).</translation>
    </message>
    <message>
        <source>Le format « {fmt} » n&apos;existe pas pour {value} (formats possibles : {items}).</source>
        <translation>The format “{fmt}” does not exist for {value} (possible formats: {items}).</translation>
    </message>
    <message>
        <source>Document inconnu « {kind} ».</source>
        <translation>Unknown document “{kind}”.</translation>
    </message>
    <message>
        <source>La séance n° {number} commence le {start} à {start2} : elle ne peut pas être déclarée tenue avant son début.</source>
        <translation>Meeting no. {number} starts on {start} at {start2}: it cannot be marked as held before it starts.</translation>
    </message>
    <message>
        <source>Des notes ou des décisions sont déjà saisies pour la séance {seance_label} : elle ne peut plus être remise à venir.</source>
        <translation>Notes or decisions are already entered for the meeting {seance_label}: it can no longer be set back to upcoming.</translation>
    </message>
    <message>
        <source>{what} d&apos;une séance annulée ne peut pas être modifié.</source>
        <translation>{what} of a cancelled meeting cannot be changed.</translation>
    </message>
    <message>
        <source>{what} ne peut plus être modifié : le compte rendu de la séance est {state} (une correction passe par un erratum).</source>
        <translation>{what} can no longer be changed: the meeting&apos;s minutes are {state} (a correction goes through an erratum).</translation>
    </message>
    <message>
        <source>Format « {value} » non pris en charge pour « {name} » : .pdf, .docx ou .html.</source>
        <translation>Format “{value}” not supported for “{name}”: .pdf, .docx or .html.</translation>
    </message>
    <message>
        <source>Quartier « {code} » inconnu (quartiers : {value}).</source>
        <translation>Unknown neighbourhood “{code}” (neighbourhoods: {value}).</translation>
    </message>
    <message>
        <source>La période est inversée : le {end} précède le {start}.</source>
        <translation>The period is reversed: {end} is before {start}.</translation>
    </message>
    <message>
        <source>Rôle ou qualité inconnu : « {role} », « {kind} ».</source>
        <translation>Unknown role or capacity: “{role}”, “{kind}”.</translation>
    </message>
    <message>
        <source>Impossible de supprimer l&apos;instance « {code} » : {seances} séance(s) y sont rattachées.</source>
        <translation>Cannot delete the committee “{code}”: {seances} meeting(s) belong to it.</translation>
    </message>
    <message>
        <source>{label} : identifiant invalide ({value}).</source>
        <translation>{label}: invalid identifier ({value}).</translation>
    </message>
    <message>
        <source>La séance n° {seance_id} ({code}) n&apos;est ni un diagnostic en marchant ni une marche exploratoire : elle n&apos;a pas de parcours.</source>
        <translation>Meeting no. {seance_id} ({code}) is neither a walking diagnosis nor an exploratory walk: it has no route.</translation>
    </message>
    <message>
        <source>Constat proposé n° {number} : {text}</source>
        <translation>Proposed finding no. {number}: {text}</translation>
    </message>
    <message>
        <source>Photo n° {value} proposée dans deux constats : choisissez-en un.</source>
        <translation>Photo no. {value} proposed in two findings: choose one.</translation>
    </message>
    <message>
        <source>La photo « {filename} » est déjà dans le constat n° {constat_id}.</source>
        <translation>The photo “{filename}” is already in finding no. {constat_id}.</translation>
    </message>
    <message>
        <source>Ce constat a nourri l&apos;action {items} : il reste « transformé en action ».</source>
        <translation>This finding led to the action {items}: it stays “turned into an action”.</translation>
    </message>
    <message>
        <source>Impossible de supprimer ce constat : il a nourri l&apos;action {items}.</source>
        <translation>Cannot delete this finding: it led to the action {items}.</translation>
    </message>
    <message>
        <source>Le constat est déjà lié à l&apos;action {number}.</source>
        <translation>The finding is already linked to the action {number}.</translation>
    </message>
    <message>
        <source>Photo « {path} » refusée : {why}. Aucune photo importée.</source>
        <translation>Photo “{path}” refused: {why}. No photo imported.</translation>
    </message>
    <message>
        <source>{len} fichiers : {max_files} au plus par import.</source>
        <translation>{len} files: {max_files} at most per import.</translation>
    </message>
    <message>
        <source>Le dossier « {folder} » ne contient aucune photo (JPEG, PNG ou HEIC).</source>
        <translation>The folder “{folder}” holds no photo (JPEG, PNG or HEIC).</translation>
    </message>
    <message>
        <source>La photo « {filename} » vient d&apos;une autre marche.</source>
        <translation>The photo “{filename}” comes from another walk.</translation>
    </message>
    <message>
        <source>Site « {name} » {problem}{where}.</source>
        <translation>Site “{name}” {problem}{where}.</translation>
    </message>
    <message>
        <source>La séance n° {seance_id} n&apos;est ni un diagnostic en marchant ni une marche exploratoire.</source>
        <translation>Meeting no. {seance_id} is neither a walking diagnosis nor an exploratory walk.</translation>
    </message>
    <message>
        <source>Format « {value} » non pris en charge : .pdf ou .docx.</source>
        <translation>Format “{value}” not supported: .pdf or .docx.</translation>
    </message>
    <message>
        <source>Impossible de supprimer {code} : {used_by_instances} instance(s) l&apos;ont dans leur périmètre.</source>
        <translation>Cannot delete {code}: {used_by_instances} committee(s) have it in their perimeter.</translation>
    </message>
    <message>
        <source>L&apos;année {year} est hors de la convention {code} – {code2} ({periods}).</source>
        <translation>The year {year} is outside the agreement {code} – {code2} ({periods}).</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas un bailleur social ({label}) : pas de convention ATFPB possible.</source>
        <translation>“{name}” is not a social landlord ({label}): no ATFPB agreement possible.</translation>
    </message>
    <message>
        <source>Format « {fmt} » impossible pour {what} : {items}.</source>
        <translation>Format “{fmt}” not possible for {what}: {items}.</translation>
    </message>
    <message>
        <source>Des montants existent hors de la nouvelle période : {outside}.</source>
        <translation>Amounts exist outside the new period: {outside}.</translation>
    </message>
    <message>
        <source>Écoute des modifications du serveur interrompue ({detail}).</source>
        <translation>Listening to the server&apos;s changes interrupted ({detail}).</translation>
    </message>
    <message>
        <source>{name} : format non reconnu (.csv ou .json Open311 attendu).</source>
        <translation>{name}: format not recognised (.csv or Open311 .json expected).</translation>
    </message>
    <message>
        <source>{name} : fichier trop gros ({value} Mo, 50 au plus).</source>
        <translation>{name}: file too large ({value} MB, 50 at most).</translation>
    </message>
    <message>
        <source>{name}, ligne {line} : le fichier n&apos;est pas en UTF-8.</source>
        <translation>{name}, line {line}: the file is not UTF-8.</translation>
    </message>
    <message>
        <source>{path} : lecture impossible ({strerror}).</source>
        <translation>{path}: cannot be read ({strerror}).</translation>
    </message>
    <message>
        <source>{name}, ligne {line_num} : CSV illisible ({exc}).</source>
        <translation>{name}, line {line_num}: unreadable CSV ({exc}).</translation>
    </message>
    <message>
        <source>{len} photos : {max_photos} au plus.</source>
        <translation>{len} photos: {max_photos} at most.</translation>
    </message>
    <message>
        <source>{max_photos} photos au plus par signalement.</source>
        <translation>{max_photos} photos at most per report.</translation>
    </message>
    <message>
        <source>Format « {fmt} » impossible pour ce bilan : {allowed}.</source>
        <translation>Format “{fmt}” not possible for this report: {allowed}.</translation>
    </message>
    <message>
        <source>Plusieurs contacts répondent à « {wanted} » : {listed}. Désignez-en un par son numéro (#12).</source>
        <translation>Several contacts match “{wanted}”: {listed}. Name one by its number (#12).</translation>
    </message>
    <message>
        <source>{what} s&apos;écrit en {items} : donnez un fichier {items2}.</source>
        <translation>{what} is written as {items}: give a {items2} file.</translation>
    </message>
    <message>
        <source>Le plan « {name} » doit être un PNG ou un JPEG.</source>
        <translation>The plan “{name}” must be a PNG or a JPEG.</translation>
    </message>
    <message>
        <source>Le plan « {name} » est trop grand ({width} × {height}, {max_plan_side} pixels de côté au plus).</source>
        <translation>The plan “{name}” is too large ({width} × {height}, {max_plan_side} pixels a side at most).</translation>
    </message>
    <message>
        <source>Le plan « {name} » n&apos;est pas une image lisible ({exc}).</source>
        <translation>The plan “{name}” is not a readable image ({exc}).</translation>
    </message>
    <message>
        <source>{action_number} : {message} Rien n&apos;a été enregistré.</source>
        <translation>{action_number}: {message} Nothing was saved.</translation>
    </message>
    <message>
        <source>{full_name} figure déjà sur la feuille d&apos;émargement.</source>
        <translation>{full_name} is already on the attendance sheet.</translation>
    </message>
    <message>
        <source>{full_name} est déjà invité(e) à cette séance.</source>
        <translation>{full_name} is already invited to this meeting.</translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {seance_label} n&apos;est pas en rédaction (statut « {label} ») : il ne peut pas partir en relecture.</source>
        <translation>The minutes of the meeting {seance_label} are not being drafted (status “{label}”): they cannot go to review.</translation>
    </message>
    <message>
        <source>Relecteur inconnu (contact n° {contact_id}).</source>
        <translation>Unknown reviewer (contact no. {contact_id}).</translation>
    </message>
    <message>
        <source>La séance ne peut plus être modifiée : « {label} » (une correction passe par un erratum).</source>
        <translation>The meeting can no longer be changed: “{label}” (a correction goes through an erratum).</translation>
    </message>
    <message>
        <source>{full_name} est invité(e) : le compte rendu lui est déjà adressé.</source>
        <translation>{full_name} is invited: the minutes are already sent to them.</translation>
    </message>
    <message>
        <source>{full_name} figure déjà dans la liste de diffusion.</source>
        <translation>{full_name} is already on the distribution list.</translation>
    </message>
    <message>
        <source>La séance {seance_label} est déjà annulée.</source>
        <translation>The meeting {seance_label} is already cancelled.</translation>
    </message>
    <message>
        <source>Seule une séance planifiée ou annulée peut être supprimée (statut actuel : « {label} »).</source>
        <translation>Only a planned or cancelled meeting can be deleted (current status: “{label}”).</translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {label} est déjà {state} (version {number}) : il ne peut plus être modifié ni revalidé. Une correction passe par un erratum.</source>
        <translation>The minutes of the meeting {label} are already {state} (version {number}): they can no longer be changed or approved again. A correction goes through an erratum.</translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {label} ne peut pas être validé : statut « {label2} » (il faut un compte rendu en rédaction ou en relecture).</source>
        <translation>The minutes of the meeting {label} cannot be approved: status “{label2}” (the minutes must be being drafted or in review).</translation>
    </message>
    <message>
        <source>Le compte rendu de la séance {label} n&apos;a pas encore été validé : il se corrige directement, sans erratum.</source>
        <translation>The minutes of the meeting {label} are not approved yet: correct them directly, without an erratum.</translation>
    </message>
    <message>
        <source>Un erratum (version {number}) est déjà en cours de rédaction pour la séance {label} : validez-le avant d&apos;en ouvrir un autre.</source>
        <translation>An erratum (version {number}) is already being drafted for the meeting {label}: approve it before opening another.</translation>
    </message>
    <message>
        <source>L&apos;ordre du jour a changé entre-temps (points ajoutés ou supprimés) : rechargez-le avant de le réordonner.</source>
        <translation>The agenda changed in the meantime (items added or deleted): reload it before reordering it.</translation>
    </message>
    <message>
        <source>Indiquez la personne qui représente ce participant.</source>
        <translation>Give the person who represents this participant.</translation>
    </message>
    <message>
        <source>Une personne ne peut pas se représenter elle-même.</source>
        <translation>A person cannot represent themselves.</translation>
    </message>
    <message>
        <source>Ajoutez d&apos;abord la personne, puis indiquez qui la représente.</source>
        <translation>Add the person first, then give who represents them.</translation>
    </message>
    <message>
        <source>Une personne invitée reste sur la feuille d&apos;émargement : indiquez plutôt qu&apos;elle est absente ou excusée.</source>
        <translation>An invited person stays on the attendance sheet: mark them absent or apologised instead.</translation>
    </message>
    <message>
        <source>La séance a eu lieu : la personne reste sur la feuille d&apos;émargement (indiquez qu&apos;elle est absente ou excusée).</source>
        <translation>The meeting took place: the person stays on the attendance sheet (mark them absent or apologised).</translation>
    </message>
    <message>
        <source>Date sans fuseau horaire refusée.</source>
        <translation>Date without a time zone refused.</translation>
    </message>
    <message>
        <source>enregistrement</source>
        <translation>record</translation>
    </message>
    <message>
        <source>Aucun constat à créer.</source>
        <translation>No finding to create.</translation>
    </message>
    <message>
        <source>Ce constat n&apos;a pas de gestionnaire : choisissez le pilote.</source>
        <translation>This finding has no manager: choose the lead.</translation>
    </message>
    <message>
        <source>Une action concerne un seul quartier : les constats choisis n&apos;y sont pas tous.</source>
        <translation>An action concerns a single neighbourhood: the chosen findings are not all in it.</translation>
    </message>
    <message>
        <source>Un constat devient « transformé en action » en créant ou en choisissant l&apos;action : utilisez « Transformer en action ».</source>
        <translation>A finding becomes “turned into an action” by creating or choosing the action: use “Turn into an action”.</translation>
    </message>
    <message>
        <source>Indiquez pourquoi le constat est sans suite.</source>
        <translation>Say why the finding is closed without follow-up.</translation>
    </message>
    <message>
        <source>Précisez le quartier (--quartier) ou le site du constat.</source>
        <translation>Give the finding&apos;s neighbourhood (--quartier) or site.</translation>
    </message>
    <message>
        <source>Cette marche relève d&apos;une instance à diffusion restreinte : pas de restitution publique.</source>
        <translation>This walk belongs to a restricted committee: no public feedback document.</translation>
    </message>
    <message>
        <source>La séance a eu lieu : sa date et son heure ne peuvent plus être modifiées.</source>
        <translation>The meeting took place: its date and time can no longer be changed.</translation>
    </message>
    <message>
        <source>Cette personne ne figure pas dans la liste de diffusion.</source>
        <translation>This person is not on the distribution list.</translation>
    </message>
    <message>
        <source>Choisissez au moins un relecteur du projet de compte rendu.</source>
        <translation>Choose at least one reviewer of the draft minutes.</translation>
    </message>
    <message>
        <source>Cette séance est à diffusion restreinte : pas de relance aux pilotes.</source>
        <translation>This meeting is restricted: no reminder to the leads.</translation>
    </message>
    <message>
        <source>Aucun profil d&apos;envoi : ajoutez-en un (« smtp add » ou les préférences).</source>
        <translation>No sending profile: add one (“smtp add” or the preferences).</translation>
    </message>
    <message>
        <source>Ce signalement est déjà rattaché à une action : détachez-le d&apos;abord.</source>
        <translation>This report is already linked to an action: unlink it first.</translation>
    </message>
    <message>
        <source>Référence externe : une par signalement reçu d&apos;un autre outil.</source>
        <translation>External reference: one for each signalement received from another tool.</translation>
    </message>
    <message>
        <source>Choisissez le pilote : aucune organisation n&apos;est responsable.</source>
        <translation>Choose the lead: no organisation is responsible.</translation>
    </message>
    <message>
        <source>Un des certificats d&apos;autorité donnés n&apos;est pas un certificat PEM ou DER lisible.</source>
        <translation>One of the authority certificates given is not a readable PEM or DER certificate.</translation>
    </message>
    <message>
        <source>Aucun compte rendu signé pour cette séance ou cette version.</source>
        <translation>No signed minutes for this meeting or this version.</translation>
    </message>
    <message>
        <source>La signature n&apos;a pas été ajoutée en révision incrémentale.</source>
        <translation>The signature was not added as an incremental revision.</translation>
    </message>
    <message>
        <source>Une autre signature a été ajoutée à ce compte rendu pendant la vôtre : recommencez pour signer la dernière version.</source>
        <translation>Another signature was added to these minutes during yours: start again to sign the latest version.</translation>
    </message>
    <message>
        <source>La version figée du compte rendu est illisible ou endommagée.</source>
        <translation>The frozen version of the minutes is unreadable or damaged.</translation>
    </message>
    <message>
        <source>Le dossier « {folder} » est introuvable.</source>
        <translation>The folder “{folder}” was not found.</translation>
    </message>
    <message>
        <source>{path} : fichier introuvable.</source>
        <translation>{path}: file not found.</translation>
    </message>
    <message>
        <source>Le certificat d&apos;autorité « {trust} » est introuvable.</source>
        <translation>The authority certificate “{trust}” was not found.</translation>
    </message>
    <message>
        <source>La phrase secrète doit contenir au moins {min_passphrase_length} caractères.</source>
        <translation>The passphrase must hold at least {min_passphrase_length} characters.</translation>
    </message>
    <message>
        <source>Le fichier de « {label} » n&apos;est pas un fichier PKCS#12 valide.</source>
        <translation>The file of “{label}” is not a valid PKCS#12 file.</translation>
    </message>
    <message>
        <source>Le fichier de « {label} » ne contient pas de clé privée avec son certificat.</source>
        <translation>The file of “{label}” holds no private key with its certificate.</translation>
    </message>
    <message>
        <source>Le type de clé de « {label} » n&apos;est pas pris en charge pour signer.</source>
        <translation>The key type of “{label}” is not supported for signing.</translation>
    </message>
    <message>
        <source>Le nom « {cleaned} » ne doit pas contenir de séparateur de chemin (/, \ ou :).</source>
        <translation>The name “{cleaned}” must not contain a path separator (/, \ or :).</translation>
    </message>
    <message>
        <source>Le nom « {cleaned} » n&apos;est pas autorisé : utilisez au plus 80 lettres, chiffres, espaces ou signes - _ . &apos; et commencez par une lettre ou un chiffre.</source>
        <translation>The name “{cleaned}” is not allowed: use at most 80 letters, digits, spaces or the signs - _ . &apos; and start with a letter or a digit.</translation>
    </message>
    <message>
        <source>Le nom « {cleaned} » est réservé par le système.</source>
        <translation>The name “{cleaned}” is reserved by the system.</translation>
    </message>
    <message>
        <source>L&apos;adresse électronique « {value} » n&apos;est pas valide.</source>
        <translation>The e-mail address “{value}” is not valid.</translation>
    </message>
    <message>
        <source>Aucune identité nommée « {value} ».</source>
        <translation>No identity named “{value}”.</translation>
    </message>
    <message>
        <source>Le certificat de « {label} » ne permet pas de signer des documents.</source>
        <translation>The certificate of “{label}” does not allow signing documents.</translation>
    </message>
    <message>
        <source>« {name} » n&apos;est pas une autorité de certification.</source>
        <translation>“{name}” is not a certification authority.</translation>
    </message>
    <message>
        <source>L&apos;autorité « {name} » a expiré.</source>
        <translation>The authority “{name}” has expired.</translation>
    </message>
    <message>
        <source>Une identité nommée « {cleaned} » existe déjà.</source>
        <translation>An identity named “{cleaned}” already exists.</translation>
    </message>
    <message>
        <source>« {name} » est une autorité de certification : elle émet des certificats mais ne signe pas de documents.</source>
        <translation>“{name}” is a certification authority: it issues certificates but does not sign documents.</translation>
    </message>
    <message>
        <source>Le certificat de « {name} » a expiré le {value} : demandez-en un nouveau.</source>
        <translation>The certificate of “{name}” expired on {value}: ask for a new one.</translation>
    </message>
    <message>
        <source>Le certificat de « {name} » n&apos;est pas encore valable.</source>
        <translation>The certificate of “{name}” is not valid yet.</translation>
    </message>
    <message>
        <source>Le document « {name} » est protégé par un mot de passe : il ne peut pas être signé.</source>
        <translation>The document “{name}” is password-protected: it cannot be signed.</translation>
    </message>
    <message>
        <source>Le fichier de l&apos;identité « {name} » est illisible.</source>
        <translation>The file of the identity “{name}” is unreadable.</translation>
    </message>
    <message>
        <source>Le fichier « {name} » n&apos;est pas un PDF lisible.</source>
        <translation>The file “{name}” is not a readable PDF.</translation>
    </message>
    <message>
        <source>Le service d&apos;horodatage « {timestamp_url} » n&apos;a pas répondu correctement.</source>
        <translation>The time-stamping service “{timestamp_url}” did not answer correctly.</translation>
    </message>
    <message>
        <source>Impossible de lire le document « {source} ».</source>
        <translation>Cannot read the document “{source}”.</translation>
    </message>
    <message>
        <source>Phrase secrète incorrecte pour « {label} ».</source>
        <translation>Wrong passphrase for “{label}”.</translation>
    </message>
    <message>
        <source>image trop grande ({width} × {height} pixels)</source>
        <translation>image too large ({width} × {height} pixels)</translation>
    </message>
    <message>
        <source>ce n&apos;est pas une image JPEG, PNG ou HEIC lisible</source>
        <translation>not a readable JPEG, PNG or HEIC image</translation>
    </message>
    <message>
        <source>image illisible ou tronquée ({detail})</source>
        <translation>image unreadable or truncated ({detail})</translation>
    </message>
    <message>
        <source>fichier trop lourd ({size} Mo, {limit} Mo au plus)</source>
        <translation>file too heavy ({size} MB, {limit} MB at most)</translation>
    </message>
    <message>
        <source>fichier vide</source>
        <translation>empty file</translation>
    </message>
    <message>
        <source>fichier illisible ({detail})</source>
        <translation>unreadable file ({detail})</translation>
    </message>
    <message>
        <source>fichier introuvable</source>
        <translation>file not found</translation>
    </message>
    <message>
        <source>{problem}.</source>
        <extracomment>Why a line of an imported list of reports was refused, and how the refusals are joined.</extracomment>
        <translation>{problem}.</translation>
    </message>
    <message>
        <source>Rien n&apos;a été importé.</source>
        <translation>Nothing was imported.</translation>
    </message>
    <message>
        <source>{name}, ligne {line}</source>
        <translation>{name}, line {line}</translation>
    </message>
    <message>
        <source>{where} : {message}</source>
        <translation>{where}: {message}</translation>
    </message>
    <message>
        <source>… et {more} autre(s) erreur(s).</source>
        <translation>… and {more} more error(s).</translation>
    </message>
    <message>
        <source>date « {text} » illisible (AAAA-MM-JJTHH:MM ou JJ/MM/AAAA HH:MM)</source>
        <translation>unreadable date “{text}” (YYYY-MM-DDTHH:MM or DD/MM/YYYY HH:MM)</translation>
    </message>
    <message>
        <source>{what} « {value} » n&apos;est pas un nombre</source>
        <translation>{what} “{value}” is not a number</translation>
    </message>
    <message>
        <source>{what} {value} hors limites (entre -{limit} et {limit})</source>
        <translation>{what} {value} out of range (between -{limit} and {limit})</translation>
    </message>
    <message>
        <source>latitude</source>
        <translation>latitude</translation>
    </message>
    <message>
        <source>longitude</source>
        <translation>longitude</translation>
    </message>
    <message>
        <source>une liste JSON de demandes Open311 est attendue (« [ … ] »).</source>
        <translation>a JSON list of Open311 requests is expected (“[ … ]”).</translation>
    </message>
    <message>
        <source>virgule ou « ] » attendu.</source>
        <translation>comma or “]” expected.</translation>
    </message>
    <message>
        <source>fin de fichier avant la fin de la liste « ] ».</source>
        <translation>end of file before the end of the list “]”.</translation>
    </message>
    <message>
        <source>JSON invalide ({detail}).</source>
        <translation>invalid JSON ({detail}).</translation>
    </message>
    <message>
        <source>chaque demande doit être un objet JSON</source>
        <translation>each request must be a JSON object</translation>
    </message>
    <message>
        <source>champ(s) Open311 manquant(s) : {fields}</source>
        <translation>missing Open311 field(s): {fields}</translation>
    </message>
    <message>
        <source>statut Open311 « {status} » inconnu (open ou closed)</source>
        <translation>unknown Open311 status “{status}” (open or closed)</translation>
    </message>
    <message>
        <source>colonne « date » manquante.</source>
        <translation>column “date” missing.</translation>
    </message>
    <message>
        <source>colonne « categorie » manquante.</source>
        <translation>column “categorie” missing.</translation>
    </message>
    <message>
        <source>colonne « description » ou « adresse » manquante.</source>
        <translation>column “description” or “adresse” missing.</translation>
    </message>
    <message>
        <source>date de réception vide</source>
        <translation>empty reception date</translation>
    </message>
    <message>
        <source>catégorie vide</source>
        <translation>empty category</translation>
    </message>
    <message>
        <source>fichier vide.</source>
        <translation>empty file.</translation>
    </message>
    <message>
        <source>catégorie « {value} » inconnue</source>
        <translation>unknown category “{value}”</translation>
    </message>
    <message>
        <source>site « {value} » inconnu</source>
        <translation>unknown site “{value}”</translation>
    </message>
    <message>
        <source>quartier « {value} » inconnu</source>
        <translation>unknown neighbourhood “{value}”</translation>
    </message>
    <message>
        <source>organisation « {value} » inconnue</source>
        <translation>unknown organisation “{value}”</translation>
    </message>
    <message>
        <source>code de service « {code} » ({name}) sans catégorie : associez-le avec « signalements mapping set CODE CATÉGORIE »</source>
        <translation>service code “{code}” ({name}) without a category: map it with “signalements mapping set CODE CATÉGORIE”</translation>
    </message>
    <message>
        <source>sans nom</source>
        <translation>no name</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Signer le compte rendu</source>
        <translation>Sign the minutes</translation>
    </message>
    <message>
        <source>Parcourir…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>dernière révision gardée sur cet ordinateur</source>
        <translation>last revision kept on this computer</translation>
    </message>
    <message>
        <source>Choisir…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Mémoriser la phrase secrète dans le trousseau</source>
        <translation>Remember the passphrase in the keyring</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signer</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Fichier signé</source>
        <translation>Signed file</translation>
    </message>
    <message>
        <source>Révision reçue</source>
        <translation>Received revision</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Sign</translation>
    </message>
    <message>
        <source>Aucune identité de signature sur cet ordinateur : créez-en une ou importez un certificat dans « Identités de signature ».</source>
        <translation>No signing identity on this computer: create one or import a certificate in “Signing identities”.</translation>
    </message>
    <message>
        <source>Aucune version figée : le compte rendu doit être validé avant signature.</source>
        <translation>No frozen version: the minutes must be approved before signing.</translation>
    </message>
    <message>
        <source>aucune</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Séance {seance} — version {number} : {status}. Signatures déjà apposées : {signed}.</source>
        <translation>Meeting {seance} — version {number}: {status}. Signatures already applied: {signed}.</translation>
    </message>
    <message>
        <source>Enregistrer le compte rendu signé</source>
        <translation>Save the signed minutes</translation>
    </message>
    <message>
        <source>Révision signée reçue</source>
        <translation>Signed revision received</translation>
    </message>
    <message>
        <source>Signature impossible</source>
        <translation>Signing impossible</translation>
    </message>
    <message>
        <source>Choisissez un signataire et le fichier à écrire.</source>
        <translation>Choose a signer and the file to write.</translation>
    </message>
    <message>
        <source>Compte rendu signé</source>
        <translation>Minutes signed</translation>
    </message>
    <message>
        <source>Signature {count} ({role}, {signer}) enregistrée.
Fichier : {path}</source>
        <translation>Signature {count} ({role}, {signer}) recorded.
File: {path}</translation>
    </message>
</context>
<context>
    <name>SignalementDetail</name>
    <message>
        <source>Signalement n°</source>
        <extracomment>The texts above, for lupdate (they are looked up in this context by ``_tr``).</extracomment>
        <translation>Report no.</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>à orienter</source>
        <translation>to be routed</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>en retard</source>
        <translation>overdue</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Signalé par (donnée personnelle)</source>
        <translation>Reported by (personal data)</translation>
    </message>
</context>
<context>
    <name>SignalementDialog</name>
    <message>
        <source>Nouveau signalement</source>
        <translation>New report</translation>
    </message>
    <message>
        <source>Signalement n° {id}</source>
        <translation>Report no. {id}</translation>
    </message>
    <message>
        <source>{label} ({days} j)</source>
        <translation>{label} ({days} d)</translation>
    </message>
    <message>
        <source>Selon les règles d&apos;orientation</source>
        <translation>According to the routing rules</translation>
    </message>
    <message>
        <source>&amp;Reçu le</source>
        <translation>&amp;Received on</translation>
    </message>
    <message>
        <source>Ca&amp;nal</source>
        <translation>Cha&amp;nnel</translation>
    </message>
    <message>
        <source>Ca&amp;tégorie</source>
        <translation>Ca&amp;tegory</translation>
    </message>
    <message>
        <source>&amp;Quartier</source>
        <translation>&amp;Neighbourhood</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Site</translation>
    </message>
    <message>
        <source>&amp;Adresse</source>
        <translation>&amp;Address</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>P&amp;hotos à joindre</source>
        <translation>P&amp;hotos to attach</translation>
    </message>
    <message>
        <source>&amp;Latitude</source>
        <translation>&amp;Latitude</translation>
    </message>
    <message>
        <source>L&amp;ongitude</source>
        <translation>L&amp;ongitude</translation>
    </message>
    <message>
        <source>Or&amp;ganisation responsable</source>
        <translation>Responsible or&amp;ganisation</translation>
    </message>
    <message>
        <source>Signalé &amp;par (donnée personnelle)</source>
        <translation>Reported &amp;by (personal data)</translation>
    </message>
    <message>
        <source>Télé&amp;phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Cou&amp;rriel</source>
        <translation>E&amp;mail</translation>
    </message>
    <message>
        <source>Choisissez une catégorie.</source>
        <translation>Choose a category.</translation>
    </message>
</context>
<context>
    <name>SignalementSummary</name>
    <message>
        <source>Organisation</source>
        <extracomment>The kind the Signalements page opens as « the open signalements of this organisation ».</extracomment>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Ouverts</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>En retard</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Délai moyen (j)</source>
        <translation>Average delay (days)</translation>
    </message>
    <message>
        <source>Aucun signalement ouvert.</source>
        <translation>No open report.</translation>
    </message>
    <message>
        <source>À orienter</source>
        <translation>To be routed</translation>
    </message>
</context>
<context>
    <name>SignalementTable</name>
    <message>
        <source>N°</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Reçu le</source>
        <translation>Received on</translation>
    </message>
    <message>
        <source>Canal</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>Catégorie</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Échéance</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source> (en retard)</source>
        <extracomment>Where the place is shown (the column that takes the table&apos;s spare width).</extracomment>
        <translation> (late)</translation>
    </message>
    <message>
        <source>à orienter</source>
        <translation>to be routed</translation>
    </message>
</context>
<context>
    <name>SignalementsPage</name>
    <message>
        <source>Choisissez un signalement dans la liste pour voir son détail et ses photos.</source>
        <translation>Choose a signalement in the list to see its details and photos.</translation>
    </message>
    <message>
        <source>Tous les statuts</source>
        <extracomment>The list shows what the filters ask for (tests wait for it).</extracomment>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Non clos</source>
        <translation>Not closed</translation>
    </message>
    <message>
        <source>Toutes les organisations</source>
        <translation>All organisations</translation>
    </message>
    <message>
        <source>Tous les quartiers</source>
        <translation>All neighbourhoods</translation>
    </message>
    <message>
        <source>En &amp;retard seulement</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <source>Rechercher (description, adresse, site)…</source>
        <translation>Search (description, address, site)…</translation>
    </message>
    <message>
        <source>Nouveau</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Statut…</source>
        <translation>Status…</translation>
    </message>
    <message>
        <source>Rattacher à une action…</source>
        <translation>Link to an action…</translation>
    </message>
    <message>
        <source>Créer une action</source>
        <translation>Create an action</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Importer…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <source>Bilan…</source>
        <translation>Summary…</translation>
    </message>
    <message>
        <source>Nouveau signalement (Ctrl+N)</source>
        <translation>New report (Ctrl+N)</translation>
    </message>
    <message>
        <source>Corriger la saisie (Entrée)</source>
        <translation>Correct the entry (Enter)</translation>
    </message>
    <message>
        <source>Changer le statut (Ctrl+E)</source>
        <translation>Change the status (Ctrl+E)</translation>
    </message>
    <message>
        <source>Rattacher à une action existante (Ctrl+L)</source>
        <translation>Link to an existing action (Ctrl+L)</translation>
    </message>
    <message>
        <source>Créer une action du plan (Ctrl+T)</source>
        <translation>Create an action plan action (Ctrl+T)</translation>
    </message>
    <message>
        <source>Supprimer le signalement (Suppr)</source>
        <translation>Delete the report (Del)</translation>
    </message>
    <message>
        <source>Importer un CSV ou un export Open311</source>
        <translation>Import a CSV file or an Open311 export</translation>
    </message>
    <message>
        <source>Bilan de l&apos;organisation choisie (PDF, DOCX, XLSX)</source>
        <translation>Summary for the chosen organisation (PDF, DOCX, XLSX)</translation>
    </message>
    <message>
        <source>Rattacher à une action</source>
        <translation>Link to an action</translation>
    </message>
    <message>
        <source>Numéro de l&apos;action (par exemple HM-25-014) :</source>
        <translation>Action number (for example HM-25-014):</translation>
    </message>
    <message>
        <source>Supprimer le signalement n° {id} ? Qui l&apos;a signalé sera effacé aussi.</source>
        <translation>Delete report no. {id}? Who reported it will be erased too.</translation>
    </message>
    <message>
        <source>Importer des signalements</source>
        <translation>Import reports</translation>
    </message>
    <message>
        <source>Signalements (*.csv *.json)</source>
        <translation>Reports (*.csv *.json)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Bilan</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Choisissez d&apos;abord une organisation dans les filtres.</source>
        <translation>First choose an organisation in the filters.</translation>
    </message>
    <message>
        <source>Bilan des signalements</source>
        <translation>Reports summary</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</source>
        <translation>PDF (*.pdf);;Word (*.docx);;Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Enregistré : {path}</source>
        <translation>Saved: {path}</translation>
    </message>
</context>
<context>
    <name>SiteAdapter</name>
    <message>
        <source>Sites du quartier</source>
        <translation>Sites of the neighbourhood</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Quartier</source>
        <translation>Neighbourhood</translation>
    </message>
    <message>
        <source>Adresse</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Gestionnaire</source>
        <translation>Manager</translation>
    </message>
    <message>
        <source>(non précisé)</source>
        <translation>(not specified)</translation>
    </message>
    <message>
        <source>Logements</source>
        <translation>Dwellings</translation>
    </message>
    <message>
        <source>Choisissez le quartier du site.</source>
        <translation>Choose the site&apos;s neighbourhood.</translation>
    </message>
    <message>
        <source>Le nombre de logements doit être un nombre entier.</source>
        <translation>The number of dwellings must be a whole number.</translation>
    </message>
    <message>
        <source>le site « {name} »</source>
        <translation>the site “{name}”</translation>
    </message>
</context>
<context>
    <name>SmtpProfilesDialog</name>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL (port 465)</source>
        <translation>SSL (port 465)</translation>
    </message>
    <message>
        <source>Aucune (réseau interne seulement)</source>
        <translation>None (internal network only)</translation>
    </message>
    <message>
        <source>Profils d&apos;envoi</source>
        <translation>Sending profiles</translation>
    </message>
    <message>
        <source>Mémoriser dans le trousseau du système</source>
        <translation>Remember in the system keyring</translation>
    </message>
    <message>
        <source>Aucun trousseau sécurisé : le mot de passe sera demandé à chaque envoi.</source>
        <translation>No secure keyring: the password will be asked for at each sending.</translation>
    </message>
    <message>
        <source>Nom du profil</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <source>Serveur</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Sécurité</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Identifiant</source>
        <translation>Login</translation>
    </message>
    <message>
        <source>Mot de passe</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Adresse d&apos;expédition</source>
        <translation>Sender address</translation>
    </message>
    <message>
        <source>Nom affiché</source>
        <translation>Display name</translation>
    </message>
    <message>
        <source>Certificat d&apos;autorité (facultatif)</source>
        <translation>Authority certificate (optional)</translation>
    </message>
    <message>
        <source>Enregistrer le profil</source>
        <translation>Save the profile</translation>
    </message>
    <message>
        <source>Supprimer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Profil d&apos;envoi</source>
        <translation>Sending profile</translation>
    </message>
    <message>
        <source>Profil « {name} » enregistré : {where}</source>
        <translation>Profile “{name}” saved: {where}</translation>
    </message>
    <message>
        <source>Supprimer le profil « {name} » et son mot de passe ?</source>
        <translation>Delete the profile “{name}” and its password?</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Statut du signalement n° {id}</source>
        <translation>Status of report no. {id}</translation>
    </message>
    <message>
        <source>(inchangée)</source>
        <translation>(unchanged)</translation>
    </message>
    <message>
        <source>&amp;Nouveau statut</source>
        <translation>&amp;New status</translation>
    </message>
    <message>
        <source>&amp;Motif</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <source>&amp;Transmettre à</source>
        <translation>&amp;Forward to</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signataire</source>
        <translation>Signatory</translation>
    </message>
    <message>
        <source>Qualité</source>
        <translation>Capacity</translation>
    </message>
    <message>
        <source>Signée le</source>
        <translation>Signed on</translation>
    </message>
    <message>
        <source>Émetteur</source>
        <translation>Issuer</translation>
    </message>
    <message>
        <source>Approuvée</source>
        <translation>Approved</translation>
    </message>
    <message>
        <source>Intacte</source>
        <translation>Intact</translation>
    </message>
    <message>
        <source>Couvre tout le fichier</source>
        <translation>Covers the whole file</translation>
    </message>
    <message>
        <source>Vérifier un document signé</source>
        <translation>Verify a signed document</translation>
    </message>
    <message>
        <source>Choisir un PDF…</source>
        <translation>Choose a PDF…</translation>
    </message>
    <message>
        <source>Approuver aussi une autorité…</source>
        <translation>Also trust an authority…</translation>
    </message>
    <message>
        <source>Certificat (.pem) d&apos;une autorité d&apos;un partenaire, en plus des vôtres.</source>
        <translation>Certificate (.pem) of a partner&apos;s authority, in addition to yours.</translation>
    </message>
    <message>
        <source>Aucun fichier choisi.</source>
        <translation>No file chosen.</translation>
    </message>
    <message>
        <source>Problèmes constatés</source>
        <translation>Problems found</translation>
    </message>
    <message>
        <source>Document signé à vérifier</source>
        <translation>Signed document to verify</translation>
    </message>
    <message>
        <source>Certificat d&apos;autorité</source>
        <translation>Authority certificate</translation>
    </message>
    <message>
        <source>Vérification en cours…</source>
        <translation>Verifying…</translation>
    </message>
    <message>
        <source>inconnu</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>oui</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>non</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <source>Document intègre : %n signature(s) valide(s) et approuvée(s).</source>
        <translation>
            <numerusform>Document intact: %n valid and approved signature.</numerusform>
            <numerusform>Document intact: %n valid and approved signatures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Document non valide : voir les problèmes constatés.</source>
        <translation>Document not valid: see the problems found.</translation>
    </message>
    <message>
        <source>Base de données : {text}</source>
        <translation>Database: {text}</translation>
    </message>
    <message>
        <source>Aucun.</source>
        <translation>None.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Bienvenue dans {app}</source>
        <translation>Welcome to {app}</translation>
    </message>
    <message>
        <source>Créer une base vide</source>
        <translation>Create an empty database</translation>
    </message>
    <message>
        <source>Ouvrir le territoire de démonstration</source>
        <translation>Open the demo territory</translation>
    </message>
    <message>
        <source>Aucune base de données n&apos;est encore ouverte sur ce poste.

Commencez par une base vide pour saisir votre territoire, ou découvrez l&apos;application avec le territoire fictif de Marvelin Agglomération (3 quartiers, 19 séances, 60 actions).</source>
        <translation>No database is open on this computer yet.

Start with an empty database to enter your territory, or discover the application with the fictional territory of Marvelin Agglomération (3 neighbourhoods, 19 meetings, 60 actions).</translation>
    </message>
</context>
</TS>
