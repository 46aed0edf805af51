<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="fr_FR">
<context>
    <name></name>
    <message>
        <source>Convoquer…</source>
        <extracomment>The séance as stored after a step (the view and the list follow).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Déclarer la séance tenue</source>
        <translation type="unfinished">Mark the meeting as held</translation>
    </message>
    <message>
        <source>Annuler « tenue »</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer le compte rendu</source>
        <translation type="unfinished">Start the minutes</translation>
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
        <source>Valider le compte rendu</source>
        <translation type="unfinished">Approve the minutes</translation>
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
</context>
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
    <name>ActionsPage</name>
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
    <name>AttendanceEditor</name>
    <message>
        <source>Participant</source>
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
        <source>Quelqu&apos;un a enregistré « {what} » pendant que vous le modifiiez. Rien n&apos;a été écrasé. Comparez les deux versions puis choisissez.</source>
        <translation>Someone saved “{what}” while you were editing it. Nothing was overwritten. Compare both versions, then choose.</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter à l&apos;annuaire une personne qui n&apos;y est pas</source>
        <translation type="unfinished"></translation>
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
        <source>Aujourd&apos;hui : {date}</source>
        <translation>Today: {date}</translation>
    </message>
    <message>
        <source>{date} à {time}</source>
        <translation>{date} at {time}</translation>
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
</context>
<context>
    <name>DocumentsMenu</name>
    <message>
        <source>Importer un tableau de suivi renvoyé…</source>
        <translation>Import a returned follow-up table…</translation>
    </message>
    <message>
        <source>Convocation</source>
        <extracomment>(kind, French name, formats) of the documents of one séance.</extracomment>
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
        <translation type="unfinished">Distribution</translation>
    </message>
    <message>
        <source>Copie à</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré</source>
        <translation type="unfinished">Saved</translation>
    </message>
    <message>
        <source>Modifications en cours…</source>
        <translation type="unfinished">Unsaved changes…</translation>
    </message>
    <message>
        <source>Enregistrement…</source>
        <translation type="unfinished">Saving…</translation>
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
        <translation type="unfinished">Editing conflict</translation>
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
        <translation type="unfinished">Date</translation>
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
        <translation>Confidential (monitoring cell…)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
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
    <name>LifecycleBar</name>
    <message>
        <source>Statut : {status}</source>
        <translation type="unfinished">Status: {status}</translation>
    </message>
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
        <source>Statut : {status} — projet envoyé le {date} à {names}</source>
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
        <translation type="unfinished">Approve the minutes? They can no longer be edited (a correction will need an erratum).</translation>
    </message>
    <message>
        <source>Valider le compte rendu</source>
        <translation type="unfinished">Approve the minutes</translation>
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
        <translation type="unfinished">Mark the meeting as held</translation>
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
    <name>MainWindow</name>
    <message>
        <source>&amp;Préférences…</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faits marquants, prochaine réunion, diffusion</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished">Organisation</translation>
    </message>
    <message>
        <source>Prénom</source>
        <translation type="unfinished">First name</translation>
    </message>
    <message>
        <source>Nom</source>
        <translation type="unfinished">Name</translation>
    </message>
    <message>
        <source>Fonction</source>
        <translation type="unfinished">Position</translation>
    </message>
    <message>
        <source>Adresse électronique</source>
        <translation type="unfinished">Email address</translation>
    </message>
    <message>
        <source>Téléphone</source>
        <translation type="unfinished">Phone</translation>
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
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Signalements</source>
        <translation>Issue reports</translation>
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
        <source>Le fichier de logo « {path} » n&apos;existe pas.</source>
        <translation>The logo file “{path}” does not exist.</translation>
    </message>
    <message>
        <source>L&apos;adresse du serveur d&apos;horodatage doit commencer par http(s)://.</source>
        <translation>The time-stamping server address must start with http(s)://.</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
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
    <name>RecordPanel</name>
    <message>
        <source>Rechercher…</source>
        <extracomment>Heading of the panel. Entities whose change means the list must be reloaded. Narrows the list (e.g. the organisation whose contacts are shown); None = everything. The record shown in the form changed (None: a new record is being typed). A save or delete committed (its ChangeSet), so related lists can follow.</extracomment>
        <translation>Search…</translation>
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
        <translation type="unfinished">New meeting</translation>
    </message>
    <message>
        <source>Séance n° {number} — {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"> min</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation type="unfinished">Committee</translation>
    </message>
    <message>
        <source>Date et heure</source>
        <translation type="unfinished">Date and time</translation>
    </message>
    <message>
        <source>Durée</source>
        <translation type="unfinished">Duration</translation>
    </message>
    <message>
        <source>Lieu</source>
        <translation type="unfinished">Place</translation>
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
        <translation type="unfinished">(nobody)</translation>
    </message>
    <message>
        <source>Contact n° {id}</source>
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
        <source>Tous les statuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Séance</source>
        <translation type="unfinished">Meeting</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Date</translation>
    </message>
    <message>
        <source>Statut</source>
        <translation type="unfinished">Status</translation>
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
</context>
<context>
    <name>SeanceView</name>
    <message>
        <source>Mode séance (F11)</source>
        <extracomment>Date, time, place or duration: what the invitation in partners&apos; calendars shows. The séance as stored after this view changed it (the list follows). Active people of the directory (pickers of the tabs and of the live mode). Seconds that only move forward; tests replace it to drive the live mode&apos;s stopwatches.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ordre du jour en plein écran, avec les chronomètres et la saisie rapide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordre du jour</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Invitations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Émargement</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Compte rendu</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Historique</source>
        <translation type="unfinished"></translation>
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
        <translation>New meeting…</translation>
    </message>
    <message>
        <source>Modifier…</source>
        <translation type="unfinished">Edit…</translation>
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
        <translation type="unfinished"></translation>
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
    <name>VerifyDialog</name>
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
<context>
    <name>Shell</name>
    <message>
        <source>Ouverture de la base de données…</source>
        <translation>Opening the database…</translation>
    </message>
</context>
</TS>
