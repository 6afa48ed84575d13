<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name />
    <message>
        <source>Pages</source>
        <comment>Stages &amp; gates</comment>
        <translation>Étapes et passages</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>Use cases</comment>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>Friction points</comment>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>People &amp; teams</comment>
        <translation>Personnes et équipes</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>Data sources</comment>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>Measurements &amp; feedback</comment>
        <translation>Mesures et retours</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>Decisions</comment>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Pages</source>
        <comment>Risks</comment>
        <translation>Risques</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo “{step}”</source>
        <translation>&amp;Annuler « {step} »</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo “{step}”</source>
        <translation>&amp;Rétablir « {step} »</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nouvelle d’après un modèle…</translation>
    </message>
    <message>
        <source>Start a new roadmap from a template</source>
        <translation>Commencer une nouvelle feuille de route d’après un modèle</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open a roadmap file</source>
        <translation>Ouvrir un fichier de feuille de route</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Effa&amp;cer la liste</translation>
    </message>
    <message>
        <source>Forget the recently opened files</source>
        <translation>Oublier les fichiers ouverts récemment</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the roadmap</source>
        <translation>Enregistrer la feuille de route</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Save the roadmap under another name</source>
        <translation>Enregistrer la feuille de route sous un autre nom</translation>
    </message>
    <message>
        <source>Save a Cop&amp;y…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <source>Save a copy as a roadmap of its own; keep working on this one</source>
        <translation>Enregistrer une copie comme feuille de route à part entière et continuer sur celle-ci</translation>
    </message>
    <message>
        <source>Re&amp;vert to Saved</source>
        <translation>Re&amp;venir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard unsaved changes and reopen the file</source>
        <translation>Abandonner les modifications non enregistrées et rouvrir le fichier</translation>
    </message>
    <message>
        <source>Steering-Committee &amp;Workbook (Excel)…</source>
        <translation>Classeur du &amp;comité de pilotage (Excel)…</translation>
    </message>
    <message>
        <source>Export the steering-committee workbook as an Excel file</source>
        <translation>Exporter le classeur du comité de pilotage en fichier Excel</translation>
    </message>
    <message>
        <source>&amp;Import Usage Data…</source>
        <translation>&amp;Importer des données d’usage…</translation>
    </message>
    <message>
        <source>Add measurements from a usage report (CSV or Excel)</source>
        <translation>Ajouter des mesures depuis un rapport d’usage (CSV ou Excel)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the window</source>
        <translation>Fermer la fenêtre</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit the app</source>
        <translation>Quitter l’application</translation>
    </message>
    <message>
        <source>&amp;Findings</source>
        <translation>&amp;Constats</translation>
    </message>
    <message>
        <source>Show the method checks' findings</source>
        <translation>Afficher les constats des contrôles de méthode</translation>
    </message>
    <message>
        <source>F&amp;ull Screen</source>
        <translation>Plein &amp;écran</translation>
    </message>
    <message>
        <source>Show the window on the whole screen</source>
        <translation>Afficher la fenêtre sur tout l’écran</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>&amp;Langue du système</translation>
    </message>
    <message>
        <source>Follow the system's language</source>
        <translation>Suivre la langue du système</translation>
    </message>
    <message>
        <source>&amp;System Setting</source>
        <translation>&amp;Paramètre du système</translation>
    </message>
    <message>
        <source>Follow the system's light or dark mode</source>
        <translation>Suivre le mode clair ou sombre du système</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <source>Always use light colours</source>
        <translation>Toujours utiliser des couleurs claires</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <source>Always use dark colours</source>
        <translation>Toujours utiliser des couleurs sombres</translation>
    </message>
    <message>
        <source>&amp;About Pilot-to-Scale Planner</source>
        <translation>À &amp;propos de Pilot-to-Scale Planner</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translation>Version et licence</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>Your name for shared roadmaps, and how often to autosave</source>
        <translation>Votre nom pour les feuilles de route partagées, et la fréquence de l’enregistrement automatique</translation>
    </message>
    <message>
        <source>Undo the last change</source>
        <translation>Annuler la dernière modification</translation>
    </message>
    <message>
        <source>Redo the change undone last</source>
        <translation>Rétablir la dernière modification annulée</translation>
    </message>
    <message>
        <source>Show {page}</source>
        <translation>Afficher {page}</translation>
    </message>
</context>
<context>
    <name>BaselinesDialog</name>
    <message>
        <source>Baselines</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>A baseline records the planned dates of every stage and use case on a day, such as what the steering committee was shown. Slip is measured against it.</source>
        <translation>Une référence enregistre les dates prévues de chaque étape et de chaque cas d’usage à un jour donné, par exemple ce qui a été présenté au comité de pilotage. Les glissements se mesurent par rapport à elle.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Captured on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Baselines of this roadmap</source>
        <translation>Références de cette feuille de route</translation>
    </message>
    <message>
        <source>&amp;Show slip against it</source>
        <translation>&amp;Afficher les glissements par rapport à elle</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected baseline</source>
        <translation>Supprimer la référence sélectionnée</translation>
    </message>
    <message>
        <source>Capture a baseline of the dates planned now</source>
        <translation>Enregistrer une référence des dates prévues aujourd’hui</translation>
    </message>
    <message>
        <source>Name of the new baseline</source>
        <translation>Nom de la nouvelle référence</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Capture date</source>
        <translation>Date d’enregistrement</translation>
    </message>
    <message>
        <source>Captured &amp;on:</source>
        <translation>Enregistrée &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>{name} (shown)</source>
        <translation>{name} (affichée)</translation>
    </message>
    <message>
        <source>{later} later, {earlier} earlier</source>
        <translation>{later} plus tard, {earlier} plus tôt</translation>
    </message>
    <message>
        <source>Capture baseline '{name}'</source>
        <translation>Enregistrer la référence « {name} »</translation>
    </message>
    <message>
        <source>Delete baseline '{name}'</source>
        <translation>Supprimer la référence « {name} »</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare with {file}</source>
        <translation>Comparer avec {file}</translation>
    </message>
    <message>
        <source>Which version is newer</source>
        <translation>Quelle version est la plus récente</translation>
    </message>
    <message>
        <source>Summary of the changes</source>
        <translation>Résumé des modifications</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Double-click a change to show it in the roadmap.</source>
        <translation>Double-cliquez sur une modification pour la voir dans la feuille de route.</translation>
    </message>
    <message>
        <source>&amp;Copy as text</source>
        <translation>&amp;Copier en texte</translation>
    </message>
    <message>
        <source>Copy the changes as text</source>
        <translation>Copier les modifications en texte</translation>
    </message>
    <message>
        <source>{file} cannot be opened:</source>
        <translation>{file} ne peut pas être ouvert :</translation>
    </message>
    <message>
        <source>this roadmap</source>
        <translation>cette feuille de route</translation>
    </message>
    <message>
        <source>What changed in {file} since this roadmap.</source>
        <translation>Ce qui a changé dans {file} par rapport à cette feuille de route.</translation>
    </message>
    <message>
        <source>What changed in this roadmap since {file}.</source>
        <translation>Ce qui a changé dans cette feuille de route depuis {file}.</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>Aucune différence.</translation>
    </message>
    <message>
        <source>Each change ({n})</source>
        <translation>Chaque modification ({n})</translation>
    </message>
    <message>
        <source>Not in this roadmap any more</source>
        <translation>N’est plus dans cette feuille de route</translation>
    </message>
</context>
<context>
    <name>ConflictRow</name>
    <message>
        <source>Mine: {what}</source>
        <translation>Ma copie : {what}</translation>
    </message>
    <message>
        <source>Theirs: {what}</source>
        <translation>Leur copie : {what}</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>Autre valeur :</translation>
    </message>
    <message>
        <source>Settle with my copy</source>
        <translation>Régler avec ma copie</translation>
    </message>
    <message>
        <source>Settle with their copy</source>
        <translation>Régler avec leur copie</translation>
    </message>
    <message>
        <source>Settle with a value of my own</source>
        <translation>Régler avec une valeur choisie</translation>
    </message>
    <message>
        <source>Use this value</source>
        <translation>Utiliser cette valeur</translation>
    </message>
    <message>
        <source>Not settled yet: this choice breaks a rule; choose another.</source>
        <translation>Pas encore réglé : ce choix enfreint une règle ; choisissez-en un autre.</translation>
    </message>
    <message>
        <source>To settle.</source>
        <translation>À régler.</translation>
    </message>
    <message>
        <source>Settled.</source>
        <translation>Réglé.</translation>
    </message>
    <message>
        <source>Settled by another choice.</source>
        <translation>Réglé par un autre choix.</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>This roadmap is open read-only; use Save As to edit a copy.</source>
        <translation>Cette feuille de route est ouverte en lecture seule ; utilisez Enregistrer sous pour modifier une copie.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>At gate</source>
        <translation>En revue de passage</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Franchie</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêtée</translation>
    </message>
    <message>
        <source>≥ at least</source>
        <translation>≥ au moins</translation>
    </message>
    <message>
        <source>≤ at most</source>
        <translation>≤ au plus</translation>
    </message>
    <message>
        <source>= equal to</source>
        <translation>= égal à</translation>
    </message>
    <message>
        <source>Latest week</source>
        <translation>Dernière semaine</translation>
    </message>
    <message>
        <source>Mean of last weeks</source>
        <translation>Moyenne des dernières semaines</translation>
    </message>
    <message>
        <source>Adoption</source>
        <translation>Adoption</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Bénéfice</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Data readiness</source>
        <translation>Maturité des données</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Plus haut, c’est mieux</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Plus bas, c’est mieux</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Ambassadors per 100 (computed)</source>
        <translation>Ambassadeurs pour 100 (calculé)</translation>
    </message>
    <message>
        <source>Key users trained % (computed)</source>
        <translation>Utilisateurs clés formés en % (calculé)</translation>
    </message>
    <message>
        <source>Data readiness (computed)</source>
        <translation>Maturité des données (calculée)</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Moyenne pondérée</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>Somme</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Piloting</source>
        <translation>En pilote</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En production</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Abandonné</translation>
    </message>
    <message>
        <source>Small</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyen</translation>
    </message>
    <message>
        <source>Large</source>
        <translation>Important</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Temps</translation>
    </message>
    <message>
        <source>Productivity</source>
        <translation>Productivité</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Centralised</source>
        <translation>Centralisée</translation>
    </message>
    <message>
        <source>Siloed</source>
        <translation>En silo</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Restricted</source>
        <translation>Restreint</translation>
    </message>
    <message>
        <source>Unavailable</source>
        <translation>Indisponible</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Defined</source>
        <translation>Définie</translation>
    </message>
    <message>
        <source>Enforced</source>
        <translation>Appliquée</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Internal</source>
        <translation>Interne</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation>Enquête</translation>
    </message>
    <message>
        <source>Interview</source>
        <translation>Entretien</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Observation</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positif</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Neutre</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Négatif</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <source>Go with conditions</source>
        <translation>Go sous conditions</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Attendre</translation>
    </message>
    <message>
        <source>Recycle</source>
        <translation>Retravailler</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Atténué</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Roll-up</source>
        <translation>Agrégation</translation>
    </message>
    <message>
        <source>Minimum</source>
        <translation>Minimum</translation>
    </message>
    <message>
        <source>Maximum</source>
        <translation>Maximum</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <source>Actual start</source>
        <translation>Début réel</translation>
    </message>
    <message>
        <source>Actual end</source>
        <translation>Fin réelle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Target users</source>
        <translation>Utilisateurs visés</translation>
    </message>
    <message>
        <source>Teams</source>
        <translation>Équipes</translation>
    </message>
    <message>
        <source>Gate review</source>
        <translation>Revue de passage</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Couleur</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Comparator</source>
        <translation>Comparaison</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>Evaluated on</source>
        <translation>Évalué sur</translation>
    </message>
    <message>
        <source>Weeks in window</source>
        <translation>Semaines de la fenêtre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Friction points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Progress %</source>
        <translation>Avancement %</translation>
    </message>
    <message>
        <source>Hours saved / user / week</source>
        <translation>Heures gagnées / utilisateur / semaine</translation>
    </message>
    <message>
        <source>Value per year (entered)</source>
        <translation>Valeur par an (saisie)</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Coût par an</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Depends on</source>
        <translation>Dépend de</translation>
    </message>
    <message>
        <source>Process</source>
        <translation>Processus</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Hours lost / person / week</source>
        <translation>Heures perdues / personne / semaine</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Headcount</source>
        <translation>Effectif</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Key user</source>
        <translation>Utilisateur clé</translation>
    </message>
    <message>
        <source>Trained on</source>
        <translation>Formé le</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Sensitivity</source>
        <translation>Sensibilité</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Week (Monday)</source>
        <translation>Semaine (lundi)</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Taille de l’échantillon</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Suggested by evidence</source>
        <translation>Suggérée par les données</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Conditions</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Likelihood (1–5)</source>
        <translation>Probabilité (1–5)</translation>
    </message>
    <message>
        <source>Impact (1–5)</source>
        <translation>Impact (1–5)</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Captured on</source>
        <translation>Capturée le</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Roadmaps (*.pilotplan)</source>
        <translation>Feuilles de route (*.pilotplan)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Do you want to save the changes to “{name}”?</source>
        <translation>Voulez-vous enregistrer les modifications de « {name} » ?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don't save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Don't Save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>AI adoption (with sample content)</source>
        <translation>Adoption de l’IA (avec contenu d’exemple)</translation>
    </message>
    <message>
        <source>Blank roadmap</source>
        <translation>Feuille de route vierge</translation>
    </message>
    <message>
        <source>Three stages of growing ambition — writing assistance, project management, bespoke tasks — with gates, friction points, use cases, people and sample usage data.</source>
        <translation>Trois étapes d’ambition croissante — aide à la rédaction, gestion de projet, tâches sur mesure — avec critères de passage, points de friction, cas d’usage, personnes et données d’usage d’exemple.</translation>
    </message>
    <message>
        <source>The standard metrics and one pilot stage, ready to fill in.</source>
        <translation>Les indicateurs standard et une étape pilote, prêts à remplir.</translation>
    </message>
    <message>
        <source>New Roadmap</source>
        <translation>Nouvelle feuille de route</translation>
    </message>
    <message>
        <source>&amp;Start from this template:</source>
        <translation>&amp;Partir de ce modèle :</translation>
    </message>
    <message>
        <source>Cannot Create Roadmap</source>
        <translation>Impossible de créer la feuille de route</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be used.</source>
        <translation>Le modèle « {name} » ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>New roadmap from “{name}”</source>
        <translation>Nouvelle feuille de route d’après « {name} »</translation>
    </message>
    <message>
        <source>Open Roadmap</source>
        <translation>Ouvrir une feuille de route</translation>
    </message>
    <message>
        <source>Cannot Open Roadmap</source>
        <translation>Impossible d’ouvrir la feuille de route</translation>
    </message>
    <message>
        <source>“{name}” cannot be opened.</source>
        <translation>« {name} » ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>“{name}” is already open</source>
        <translation>« {name} » est déjà ouvert</translation>
    </message>
    <message>
        <source>Opened “{name}”</source>
        <translation>« {name} » ouvert</translation>
    </message>
    <message>
        <source>Roadmap in Use</source>
        <translation>Feuille de route en cours d’utilisation</translation>
    </message>
    <message>
        <source>If you both change it, one of you will overwrite the other's work. You can open it read-only, open a copy of your own, or open it anyway.</source>
        <translation>Si vous la modifiez tous les deux, l’un de vous écrasera le travail de l’autre. Vous pouvez l’ouvrir en lecture seule, ouvrir votre propre copie ou l’ouvrir quand même.</translation>
    </message>
    <message>
        <source>Open &amp;Read-Only</source>
        <translation>Ouvrir en &amp;lecture seule</translation>
    </message>
    <message>
        <source>Open a &amp;Copy</source>
        <translation>Ouvrir une &amp;copie</translation>
    </message>
    <message>
        <source>Open &amp;Anyway</source>
        <translation>Ouvrir &amp;quand même</translation>
    </message>
    <message>
        <source>“{name}” is open in another window.</source>
        <translation>« {name} » est ouvert dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>{who} on {host}</source>
        <translation>{who} sur {host}</translation>
    </message>
    <message>
        <source>Someone</source>
        <translation>Quelqu’un</translation>
    </message>
    <message>
        <source>Someone on this computer</source>
        <translation>Quelqu’un sur cet ordinateur</translation>
    </message>
    <message>
        <source>{who} has “{name}” open.</source>
        <translation>{who} a ouvert « {name} ».</translation>
    </message>
    <message>
        <source>{who} has had “{name}” open since {since}.</source>
        <translation>{who} a ouvert « {name} » depuis le {since}.</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copie)</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Fichier modifié sur le disque</translation>
    </message>
    <message>
        <source>“{name}” has been changed on disk since you opened it.</source>
        <translation>« {name} » a été modifié sur le disque depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Someone or another program has changed or replaced it. Overwrite it with your version, or save yours under another name?</source>
        <translation>Quelqu’un ou un autre programme l’a modifié ou remplacé. L’écraser avec votre version, ou enregistrer la vôtre sous un autre nom ?</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Overwrite</source>
        <translation>É&amp;craser</translation>
    </message>
    <message>
        <source>Cannot Save</source>
        <translation>Impossible d’enregistrer</translation>
    </message>
    <message>
        <source>“{name}” is read-only.</source>
        <translation>« {name} » est en lecture seule.</translation>
    </message>
    <message>
        <source>Choose another name or folder.</source>
        <translation>Choisissez un autre nom ou un autre dossier.</translation>
    </message>
    <message>
        <source>Save Roadmap As</source>
        <translation>Enregistrer la feuille de route sous</translation>
    </message>
    <message>
        <source>Choose another name, or ask them to close it first.</source>
        <translation>Choisissez un autre nom, ou demandez d’abord à cette personne de le fermer.</translation>
    </message>
    <message>
        <source>“{name}” could not be saved.</source>
        <translation>« {name} » n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>{reason}. The file on disk was not changed.</source>
        <translation>{reason}. Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>« {name} » enregistré</translation>
    </message>
    <message>
        <source>Save a Copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>A copy cannot replace the roadmap it is a copy of.</source>
        <translation>Une copie ne peut pas remplacer la feuille de route dont elle est la copie.</translation>
    </message>
    <message>
        <source>Choose another name.</source>
        <translation>Choisissez un autre nom.</translation>
    </message>
    <message>
        <source>Saved a copy as “{name}”</source>
        <translation>Copie enregistrée sous « {name} »</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard your changes and reopen “{name}” as saved?</source>
        <translation>Abandonner vos modifications et rouvrir « {name} » tel qu’enregistré ?</translation>
    </message>
    <message>
        <source>Your unsaved changes will be lost.</source>
        <translation>Vos modifications non enregistrées seront perdues.</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Revenir</translation>
    </message>
    <message>
        <source>Reverted to the saved “{name}”</source>
        <translation>Retour à la version enregistrée de « {name} »</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Échec de l’enregistrement automatique : {reason}</translation>
    </message>
    <message>
        <source>Its unsaved work was autosaved on {time}.</source>
        <translation>Le travail non enregistré a été sauvegardé automatiquement le {time}.</translation>
    </message>
    <message>
        <source>Its file: {path}</source>
        <translation>Son fichier : {path}</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>The app closed unexpectedly while “{name}” had unsaved changes.</source>
        <translation>L’application s’est fermée de façon inattendue alors que « {name} » avait des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Recover it? You can then save it where you like.</source>
        <translation>Le récupérer ? Vous pourrez ensuite l’enregistrer où vous voulez.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Récupérer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Abandonner</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Récupération impossible</translation>
    </message>
    <message>
        <source>The autosaved work cannot be read.</source>
        <translation>Le travail sauvegardé automatiquement ne peut pas être lu.</translation>
    </message>
    <message>
        <source>{name} (recovered)</source>
        <translation>{name} (récupéré)</translation>
    </message>
    <message>
        <source>Recovered “{name}”; save it to keep it</source>
        <translation>« {name} » récupéré ; enregistrez-le pour le conserver</translation>
    </message>
</context>
<context>
    <name>FindingsButton</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the list of findings</source>
        <translation>Afficher la liste des constats</translation>
    </message>
</context>
<context>
    <name>FindingsDock</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Findings of the method checks</source>
        <translation>Constats des contrôles de méthode</translation>
    </message>
    <message>
        <source>No findings: the method checks found nothing to fix.</source>
        <translation>Aucun constat : les contrôles de méthode n’ont rien trouvé à corriger.</translation>
    </message>
</context>
<context>
    <name>Kind</name>
    <message>
        <source>metric</source>
        <translation>indicateur</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>indicateurs</translation>
    </message>
    <message>
        <source>team</source>
        <translation>équipe</translation>
    </message>
    <message>
        <source>teams</source>
        <translation>équipes</translation>
    </message>
    <message>
        <source>stage</source>
        <translation>étape</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>étapes</translation>
    </message>
    <message>
        <source>gate criterion</source>
        <translation>critère de passage</translation>
    </message>
    <message>
        <source>gate criteria</source>
        <translation>critères de passage</translation>
    </message>
    <message>
        <source>person</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>people</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>data source</source>
        <translation>source de données</translation>
    </message>
    <message>
        <source>data sources</source>
        <translation>sources de données</translation>
    </message>
    <message>
        <source>friction point</source>
        <translation>point de friction</translation>
    </message>
    <message>
        <source>friction points</source>
        <translation>points de friction</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>cas d’usage</translation>
    </message>
    <message>
        <source>use cases</source>
        <translation>cas d’usage</translation>
    </message>
    <message>
        <source>measurement</source>
        <translation>mesure</translation>
    </message>
    <message>
        <source>measurements</source>
        <translation>mesures</translation>
    </message>
    <message>
        <source>feedback</source>
        <translation>retour</translation>
    </message>
    <message>
        <source>gate decision</source>
        <translation>décision de passage</translation>
    </message>
    <message>
        <source>gate decisions</source>
        <translation>décisions de passage</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>risque</translation>
    </message>
    <message>
        <source>risks</source>
        <translation>risques</translation>
    </message>
    <message>
        <source>baseline</source>
        <translation>référence</translation>
    </message>
    <message>
        <source>baselines</source>
        <translation>références</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sample roadmap</source>
        <translation>Feuille de route d’exemple</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <source>Stages &amp; gates</source>
        <translation>Étapes et passages</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Friction points</source>
        <translation>Points de friction</translation>
    </message>
    <message>
        <source>People &amp; teams</source>
        <translation>Personnes et équipes</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation>Sources de données</translation>
    </message>
    <message>
        <source>Measurements &amp; feedback</source>
        <translation>Mesures et retours</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Décisions</translation>
    </message>
    <message>
        <source>Risks</source>
        <translation>Risques</translation>
    </message>
    <message>
        <source>{name} (read-only)</source>
        <translation>{name} (lecture seule)</translation>
    </message>
    <message>
        <source>{name}[*] — {app}</source>
        <translation>{name}[*] — {app}</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistrée</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fichier : {name}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Apparence</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Navigator</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Pages of the roadmap (Ctrl+1 … Ctrl+0)</source>
        <translation>Pages de la feuille de route (Ctrl+1 … Ctrl+0)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Arrêter l’export</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Avancement de l’export</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>À propos de {app}</translation>
    </message>
    <message>
        <source>{app}, version {version}</source>
        <translation>{app}, version {version}</translation>
    </message>
    <message>
        <source>Plan and steer an AI programme from isolated pilots to real use at scale.
Works offline: it never connects to the network.

Qt {qt} · PySide6 {pyside} · Python {python}</source>
        <translation>Planifier et piloter un programme d’IA, des pilotes isolés à l’usage réel à grande échelle.
Fonctionne hors ligne : l’application ne se connecte jamais au réseau.

Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
    <message>
        <source>Export Steering-Committee Workbook</source>
        <translation>Exporter le classeur du comité de pilotage</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Exporting {sheet}…</source>
        <translation>Export de {sheet}…</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Export annulé</translation>
    </message>
    <message>
        <source>Exported “{name}”</source>
        <translation>« {name} » exporté</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>The workbook was saved as “{name}”.</source>
        <translation>Le classeur a été enregistré sous « {name} ».</translation>
    </message>
    <message>
        <source>Open Containing &amp;Folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Échec de l’export</translation>
    </message>
    <message>
        <source>The workbook “{name}” could not be written.</source>
        <translation>Le classeur « {name} » n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge a copy into this roadmap</source>
        <translation>Fusionner une copie dans cette feuille de route</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>The version that was sent (base)</source>
        <translation>La version envoyée (base)</translation>
    </message>
    <message>
        <source>Version that was &amp;sent:</source>
        <translation>Version &amp;envoyée :</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Their copy (theirs)</source>
        <translation>Leur copie</translation>
    </message>
    <message>
        <source>&amp;Their copy:</source>
        <translation>&amp;Leur copie :</translation>
    </message>
    <message>
        <source>How the files are related</source>
        <translation>Lien entre les fichiers</translation>
    </message>
    <message>
        <source>Combined automatically</source>
        <translation>Combiné automatiquement</translation>
    </message>
    <message>
        <source>Changes combined automatically</source>
        <translation>Modifications combinées automatiquement</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflits</translation>
    </message>
    <message>
        <source>&amp;Apply merge</source>
        <translation>&amp;Appliquer la fusion</translation>
    </message>
    <message>
        <source>Apply the merge to this roadmap</source>
        <translation>Appliquer la fusion à cette feuille de route</translation>
    </message>
    <message>
        <source>Choose the version that was sent</source>
        <translation>Choisir la version envoyée</translation>
    </message>
    <message>
        <source>Choose their copy</source>
        <translation>Choisir leur copie</translation>
    </message>
    <message>
        <source>{file} cannot be opened:</source>
        <translation>{file} ne peut pas être ouvert :</translation>
    </message>
    <message>
        <source>Choose the version that was sent and their copy.</source>
        <translation>Choisissez la version envoyée et leur copie.</translation>
    </message>
    <message>
        <source>this roadmap</source>
        <translation>cette feuille de route</translation>
    </message>
    <message>
        <source>theirs</source>
        <translation>leur copie</translation>
    </message>
    <message>
        <source>the version that was sent</source>
        <translation>la version envoyée</translation>
    </message>
    <message>
        <source>Warning: {sentence}</source>
        <translation>Attention : {sentence}</translation>
    </message>
    <message>
        <source>Nothing: theirs brings no change.</source>
        <translation>Rien : leur copie n’apporte aucune modification.</translation>
    </message>
    <message>
        <source>No conflicts: everything combines.</source>
        <translation>Aucun conflit : tout se combine.</translation>
    </message>
    <message>
        <source>Every conflict is settled.</source>
        <translation>Tous les conflits sont réglés.</translation>
    </message>
    <message>
        <source>{open} of {total} conflicts still to settle.</source>
        <translation>{open} conflit(s) sur {total} encore à régler.</translation>
    </message>
    <message>
        <source>Merge with {file}</source>
        <translation>Fusion avec {file}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Roadmap title</source>
        <translation>Titre de la feuille de route</translation>
    </message>
    <message>
        <source>As of {date} · horizon {start} – {end}</source>
        <translation>Au {date} · horizon du {start} au {end}</translation>
    </message>
    <message>
        <source>Stages and gate readiness</source>
        <translation>Étapes et préparation des passages</translation>
    </message>
    <message>
        <source>Costliest friction points</source>
        <translation>Points de friction les plus coûteux</translation>
    </message>
    <message>
        <source>No stages yet.</source>
        <translation>Aucune étape pour l’instant.</translation>
    </message>
    <message>
        <source>{start} – {end} · gate review {review}</source>
        <translation>{start} – {end} · revue de passage le {review}</translation>
    </message>
    <message>
        <source>No gate criteria yet.</source>
        <translation>Aucun critère de passage pour l’instant.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met</source>
        <translation>{met} critères remplis sur {total}</translation>
    </message>
    <message>
        <source>Suggested outcome: {outcome}</source>
        <translation>Décision suggérée : {outcome}</translation>
    </message>
    <message>
        <source>Show in Stages</source>
        <translation>Voir dans Étapes</translation>
    </message>
    <message>
        <source>Show {stage} in Stages</source>
        <translation>Voir {stage} dans Étapes</translation>
    </message>
    <message>
        <source>No friction points yet.</source>
        <translation>Aucun point de friction pour l’instant.</translation>
    </message>
    <message>
        <source>{cost} a year ({hours} hours)</source>
        <translation>{cost} par an ({hours} heures)</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>“{name}” is a read-only file. You can look at it; to make changes, save a copy with Save As.</source>
        <translation>« {name} » est un fichier en lecture seule. Vous pouvez le consulter ; pour le modifier, enregistrez une copie avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>The folder of “{name}” cannot be written to, so it opened read-only. To make changes, save it elsewhere with Save As.</source>
        <translation>Le dossier de « {name} » n’est pas accessible en écriture : le fichier est ouvert en lecture seule. Pour le modifier, enregistrez-le ailleurs avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>“{name}” is open on another computer or in another window; you opened it read-only. To make changes, save a copy with Save As.</source>
        <translation>« {name} » est ouvert sur un autre ordinateur ou dans une autre fenêtre ; vous l’avez ouvert en lecture seule. Pour le modifier, enregistrez une copie avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Timeline of stages and use cases</source>
        <translation>Calendrier des étapes et des cas d’usage</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>{count} rows: stages and their use cases</source>
        <translation>{count} lignes : les étapes et leurs cas d’usage</translation>
    </message>
    <message>
        <source>Stage / use case</source>
        <translation>Étape / cas d’usage</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>feedback of {date}</source>
        <translation>retour du {date}</translation>
    </message>
</context>
<context>
    <name>ValueEditor</name>
    <message>
        <source>Value of my own</source>
        <translation>Valeur choisie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Autosave interval in minutes</source>
        <translation>Intervalle d’enregistrement automatique en minutes</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Enregistrer automatiquement toutes les :</translation>
    </message>
    <message>
        <source>Your name is shown to colleagues who open a roadmap you have open. Autosave keeps unsaved work in a private recovery folder, never in your file.</source>
        <translation>Votre nom est montré aux collègues qui ouvrent une feuille de route que vous avez ouverte. L’enregistrement automatique garde le travail non enregistré dans un dossier de récupération privé, jamais dans votre fichier.</translation>
    </message>
</context>
</TS>
