<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <source>mandatory criteria met</source>
        <translation>critères obligatoires remplis</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>pas commencée</translation>
    </message>
    <message>
        <source>no criteria</source>
        <translation>aucun critère</translation>
    </message>
    <message>
        <source>{glyph} {state} · {met}/{total}</source>
        <translation>{glyph} {state} · {met}/{total}</translation>
    </message>
    <message>
        <source>1 week</source>
        <translation>1 semaine</translation>
    </message>
    <message>
        <source>{n} weeks</source>
        <translation>{n} semaines</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 jour</translation>
    </message>
    <message>
        <source>{n} days</source>
        <translation>{n} jours</translation>
    </message>
    <message>
        <source>{sign}{n} wk</source>
        <translation>{sign}{n} sem.</translation>
    </message>
    <message>
        <source>{sign}{n} d</source>
        <translation>{sign}{n} j</translation>
    </message>
    <message>
        <source>Q{n} {year}</source>
        <translation>T{n} {year}</translation>
    </message>
    <message>
        <source>Q{n}</source>
        <translation>T{n}</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>&amp;Undo “{step}”</source>
        <translation>&amp;Annuler&#x202f;: {step}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo “{step}”</source>
        <translation>&amp;Rétablir&#x202f;: {step}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;New from Template…</source>
        <translation>&amp;Nouveau à partir d’un modèle…</translation>
    </message>
    <message>
        <source>Start a new roadmap: the stages, gates and metrics of a template</source>
        <translation>Commencer une feuille de route : les étapes, jalons et indicateurs d’un modèle</translation>
    </message>
    <message>
        <source>Open the Sample Pro&amp;gramme</source>
        <translation>Ouvrir le pro&amp;gramme d’exemple</translation>
    </message>
    <message>
        <source>A full example programme to look around in (unsaved)</source>
        <translation>Un programme d’exemple complet, pour découvrir l’application (non enregistré)</translation>
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
        <source>&amp;Timeline as PDF or PNG…</source>
        <translation>Chronologie en &amp;PDF ou PNG…</translation>
    </message>
    <message>
        <source>Print the timeline to a PDF, or a picture for slides</source>
        <translation>Imprimer la chronologie en PDF, ou en image pour des diapositives</translation>
    </message>
    <message>
        <source>Committee &amp;Slides (PowerPoint)…</source>
        <translation>&amp;Diaporama du comité (PowerPoint)…</translation>
    </message>
    <message>
        <source>Export the committee slides: editable text, tables and charts</source>
        <translation>Exporter le diaporama du comité&#x202f;: textes, tableaux et graphiques modifiables</translation>
    </message>
    <message>
        <source>Review &amp;Calendar (.ics)…</source>
        <translation>Calendrier des &amp;revues (.ics)…</translation>
    </message>
    <message>
        <source>Export gate reviews and planned trainings for Outlook or any calendar</source>
        <translation>Exporter les revues de jalon et les formations prévues pour Outlook ou tout agenda</translation>
    </message>
    <message>
        <source>MS &amp;Project (XML)…</source>
        <translation>MS Pro&amp;ject (XML)…</translation>
    </message>
    <message>
        <source>Export the plan for MS Project: stages, use cases, gate reviews</source>
        <translation>Exporter le plan pour MS Project&#x202f;: étapes, cas d’usage, revues de jalon</translation>
    </message>
    <message>
        <source>Import MS Pro&amp;ject Plan…</source>
        <translation>Importer un plan MS Pro&amp;ject…</translation>
    </message>
    <message>
        <source>Bring stages and use cases in from an MS Project XML file</source>
        <translation>Importer des étapes et des cas d’usage depuis un fichier XML de MS Project</translation>
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
        <source>Roadmap &amp;Properties…</source>
        <translation>&amp;Propriétés de la feuille de route…</translation>
    </message>
    <message>
        <source>Title, organisation, currency, cost of an hour, horizon</source>
        <translation>Titre, organisation, devise, coût horaire, horizon</translation>
    </message>
    <message>
        <source>&amp;Gate Review…</source>
        <translation>Revue de &amp;jalon…</translation>
    </message>
    <message>
        <source>The evidence for a stage&apos;s gate and the committee&apos;s decision</source>
        <translation>Les données du jalon d’une étape et la décision du comité</translation>
    </message>
    <message>
        <source>&amp;Baselines…</source>
        <translation>&amp;Références…</translation>
    </message>
    <message>
        <source>Capture the planned dates, e.g. what the committee saw, and show slip</source>
        <translation>Enregistrer les dates prévues, par ex. celles présentées au comité, et afficher les glissements</translation>
    </message>
    <message>
        <source>Com&amp;pare With…</source>
        <translation>Com&amp;parer avec…</translation>
    </message>
    <message>
        <source>List what changed between this roadmap and another version of it</source>
        <translation>Lister les modifications entre cette feuille de route et une autre de ses versions</translation>
    </message>
    <message>
        <source>&amp;Merge a Colleague&apos;s Copy…</source>
        <translation>F&amp;usionner la copie d’un collègue…</translation>
    </message>
    <message>
        <source>Combine a copy edited offline with this roadmap</source>
        <translation>Intégrer à cette feuille de route une copie modifiée hors ligne</translation>
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
        <source>Show the method checks&apos; findings</source>
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
        <source>Follow the system&apos;s language</source>
        <translation>Suivre la langue du système</translation>
    </message>
    <message>
        <source>&amp;System Setting</source>
        <translation>&amp;Paramètre du système</translation>
    </message>
    <message>
        <source>Follow the system&apos;s light or dark mode</source>
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
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>The method, a month with the app, what each gate figure means</source>
        <translation>La méthode, un mois avec l’application, ce que signifie chaque chiffre d’un jalon</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every command that has a key, in the guide</source>
        <translation>Toutes les commandes qui ont une touche, dans le guide</translation>
    </message>
    <message>
        <source>&amp;What&apos;s This?</source>
        <translation>&amp;Qu’est-ce que c’est&#x202f;?</translation>
    </message>
    <message>
        <source>Click a figure of the Overview to read what it means</source>
        <translation>Cliquez sur un chiffre de la vue d’ensemble pour lire ce qu’il signifie</translation>
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
        <translation>Afficher la page {page}</translation>
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
        <translation>&amp;Nom&#x202f;:</translation>
    </message>
    <message>
        <source>Capture date</source>
        <translation>Date d’enregistrement</translation>
    </message>
    <message>
        <source>Captured &amp;on:</source>
        <translation>Enregistrée &amp;le&#x202f;:</translation>
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
        <source>Capture baseline &apos;{name}&apos;</source>
        <translation>Enregistrer la référence «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Delete baseline &apos;{name}&apos;</source>
        <translation>Supprimer la référence «&#xa0;{name}&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Clipboard</name>
    <message>
        <source>The clipboard holds no rows copied from a roadmap.</source>
        <translation>Le presse-papiers ne contient aucune ligne copiée depuis une feuille de route.</translation>
    </message>
    <message>
        <source>the clipboard</source>
        <translation>le presse-papiers</translation>
    </message>
    <message>
        <source>Paste {count} {kind}</source>
        <translation>Coller {count} {kind}</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Computed: change the values it comes from.</source>
        <translation>Calculé&#x202f;: modifiez les valeurs dont il découle.</translation>
    </message>
    <message>
        <source>Entered value per year.</source>
        <translation>Valeur annuelle saisie.</translation>
    </message>
    <message>
        <source>Hours saved per user per week × users × working weeks × hourly cost.</source>
        <translation>Heures gagnées par utilisateur et par semaine × utilisateurs × semaines travaillées × coût horaire.</translation>
    </message>
    <message>
        <source>Share of the yearly cost of the friction points it addresses.</source>
        <translation>Part du coût annuel des points de friction qu’il traite.</translation>
    </message>
    <message>
        <source>No value: enter one, hours saved or friction points.</source>
        <translation>Aucune valeur&#x202f;: saisissez-en une, des heures gagnées ou des points de friction.</translation>
    </message>
    <message>
        <source>Value / year</source>
        <translation>Valeur / an</translation>
    </message>
    <message>
        <source>Value per year: entered, else from hours saved, else from friction.</source>
        <translation>Valeur par an&#x202f;: saisie, sinon d’après les heures gagnées, sinon d’après les frictions.</translation>
    </message>
    <message>
        <source>ROI</source>
        <translation>ROI</translation>
    </message>
    <message>
        <source>Return on investment: (value − cost) ÷ cost.</source>
        <translation>Retour sur investissement&#x202f;: (valeur − coût) ÷ coût.</translation>
    </message>
    <message>
        <source>Data readiness</source>
        <translation>Maturité des données</translation>
    </message>
    <message>
        <source>The weakest readiness (0–4) of the data sources it needs.</source>
        <translation>La plus faible maturité (0–4) des sources de données dont il a besoin.</translation>
    </message>
    <message>
        <source>AI Act tier</source>
        <translation>Niveau AI Act</translation>
    </message>
    <message>
        <source>Risk tier under the EU AI Act, from the screening in the use case&apos;s register (or set by hand with a justification). Decision support, not legal advice.</source>
        <translation>Niveau de risque au sens de l’AI Act, d’après l’évaluation de la fiche au registre du cas d’usage (ou fixé à la main avec une justification). Aide à la décision, pas un avis juridique.</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>How many use cases belong to the stage.</source>
        <translation>Nombre de cas d’usage rattachés à l’étape.</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Critères de jalon</translation>
    </message>
    <message>
        <source>How many gate criteria guard the stage.</source>
        <translation>Nombre de critères de jalon qui conditionnent l’étape.</translation>
    </message>
    <message>
        <source>Hours lost / year</source>
        <translation>Heures perdues / an</translation>
    </message>
    <message>
        <source>Hours per person per week × people affected × working weeks.</source>
        <translation>Heures par personne et par semaine × personnes concernées × semaines travaillées.</translation>
    </message>
    <message>
        <source>Cost / year</source>
        <translation>Coût / an</translation>
    </message>
    <message>
        <source>Hours lost per year × hourly cost.</source>
        <translation>Heures perdues par an × coût horaire.</translation>
    </message>
    <message>
        <source>People listed</source>
        <translation>Personnes listées</translation>
    </message>
    <message>
        <source>How many people of the People table belong to the team.</source>
        <translation>Nombre de personnes du tableau Personnes rattachées à l’équipe.</translation>
    </message>
    <message>
        <source>Ambassadors / 100</source>
        <translation>Ambassadeurs / 100</translation>
    </message>
    <message>
        <source>Ambassadors of the team per 100 people of its headcount.</source>
        <translation>Ambassadeurs de l’équipe pour 100 personnes de son effectif.</translation>
    </message>
    <message>
        <source>Key users trained</source>
        <translation>Utilisateurs clés formés</translation>
    </message>
    <message>
        <source>Share of the team&apos;s key users trained on or before the as-of date.</source>
        <translation>Part des utilisateurs clés de l’équipe formés à la date de situation ou avant.</translation>
    </message>
    <message>
        <source>Readiness (0–4)</source>
        <translation>Maturité (0–4)</translation>
    </message>
    <message>
        <source>0 if unavailable; else 1, +1 if centralised, +1 defined or +2 enforced governance.</source>
        <translation>0 si indisponible&#x202f;; sinon 1, +1 si centralisée, +1 si gouvernance définie ou +2 si appliquée.</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Likelihood × impact (1–25).</source>
        <translation>Probabilité × impact (1–25).</translation>
    </message>
    <message>
        <source>Cost / month</source>
        <translation>Coût / mois</translation>
    </message>
    <message>
        <source>Seats × price per seat per month.</source>
        <translation>Licences × prix par licence et par mois.</translation>
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
        <translation>{file} ne peut pas être ouvert&#x202f;:</translation>
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
        <translation>Ma copie&#x202f;: {what}</translation>
    </message>
    <message>
        <source>Theirs: {what}</source>
        <translation>Leur copie&#x202f;: {what}</translation>
    </message>
    <message>
        <source>Edit:</source>
        <translation>Autre valeur&#x202f;:</translation>
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
        <translation>Pas encore réglé&#x202f;: ce choix enfreint une règle&#x202f;; choisissez-en un autre.</translation>
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
    <name>DashboardWidget</name>
    <message>
        <source>&amp;As of:</source>
        <translation>S&amp;ituation au&#x202f;:</translation>
    </message>
    <message>
        <source>Date the overview is shown for</source>
        <translation>Date à laquelle la vue d’ensemble est établie</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>Aujourd’&amp;hui</translation>
    </message>
    <message>
        <source>Show the overview as of today</source>
        <translation>Afficher la vue d’ensemble à la date d’aujourd’hui</translation>
    </message>
    <message>
        <source>Gate readiness by stage</source>
        <translation>Préparation des jalons par étape</translation>
    </message>
    <message>
        <source>No stages yet.</source>
        <translation>Aucune étape pour l’instant.</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>Value against cost by stage</source>
        <translation>Valeur face au coût, par étape</translation>
    </message>
    <message>
        <source>Adoption by team and week</source>
        <translation>Adoption par équipe et par semaine</translation>
    </message>
    <message>
        <source>&amp;Figure:</source>
        <translation>&amp;Indicateur&#x202f;:</translation>
    </message>
    <message>
        <source>Figure the team grids show</source>
        <translation>Indicateur affiché par les grilles des équipes</translation>
    </message>
    <message>
        <source>Colour against the stage&apos;s gate threshold: ✓ met, ~ within 80 % of it, ✗ below; — no figure (no data, or withheld for privacy). Click a team to see its people.</source>
        <translation>Couleur selon le seuil du jalon de l’étape&#x202f;: ✓ atteint, ~ à moins de 80&#x202f;% près, ✗ en dessous&#x202f;; — aucun chiffre (pas de données, ou retenu pour la confidentialité). Cliquez sur une équipe pour voir ses membres.</translation>
    </message>
    <message>
        <source>Ambassadors and training by team</source>
        <translation>Ambassadeurs et formation par équipe</translation>
    </message>
    <message>
        <source>Friction points by yearly cost, with the use cases addressing them</source>
        <translation>Points de friction par coût annuel, avec les cas d’usage qui les traitent</translation>
    </message>
    <message>
        <source>Method findings</source>
        <translation>Constats de méthode</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Décision&#x202f;:</translation>
    </message>
    <message>
        <source>{outcome} (suggested)</source>
        <translation>{outcome} (suggérée)</translation>
    </message>
    <message>
        <source>Date the decision is recorded</source>
        <translation>Date d’enregistrement de la décision</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#x202f;:</translation>
    </message>
    <message>
        <source>answers the gate &amp;review of</source>
        <translation>répond à la &amp;revue de jalon du</translation>
    </message>
    <message>
        <source>Gate review the decision answers</source>
        <translation>Revue de jalon à laquelle répond la décision</translation>
    </message>
    <message>
        <source>Why the committee decided this</source>
        <translation>Pourquoi le comité a pris cette décision</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>One person per line</source>
        <translation>Une personne par ligne</translation>
    </message>
    <message>
        <source>Attendees, one per line</source>
        <translation>Participants, un par ligne</translation>
    </message>
    <message>
        <source>R&amp;ationale:</source>
        <translation>&amp;Justification&#x202f;:</translation>
    </message>
    <message>
        <source>A&amp;ctions:</source>
        <translation>A&amp;ctions&#x202f;:</translation>
    </message>
    <message>
        <source>A&amp;ttendees:</source>
        <translation>&amp;Participants&#x202f;:</translation>
    </message>
    <message>
        <source>Stage status after the decision</source>
        <translation>Statut de l’étape après la décision</translation>
    </message>
    <message>
        <source>Leave it as it is ({status})</source>
        <translation>Ne pas le changer ({status})</translation>
    </message>
    <message>
        <source>Set it to {status}</source>
        <translation>Le passer à «&#xa0;{status}&#xa0;»</translation>
    </message>
    <message>
        <source>Stage &amp;status:</source>
        <translation>&amp;Statut de l’étape&#x202f;:</translation>
    </message>
    <message>
        <source>What must be done</source>
        <translation>Ce qu’il faut faire</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Actions the decision asks for</source>
        <translation>Actions demandées par la décision</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove action</source>
        <translation>Retirer l’action</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Date d’échéance</translation>
    </message>
    <message>
        <source>The stage runs on.</source>
        <translation>L’étape continue.</translation>
    </message>
    <message>
        <source>A {outcome} often moves the stage to {status}: choose it if so.</source>
        <translation>Une décision «&#xa0;{outcome}&#xa0;» fait souvent passer l’étape à «&#xa0;{status}&#xa0;»&#x202f;: choisissez-le si c’est le cas.</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>and {n} more</source>
        <translation>et {n} de plus</translation>
    </message>
    <message>
        <source>&apos;{title}&apos;</source>
        <comment>a name in a list</comment>
        <translation>«&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>Other items refer to the {kind} &apos;{title}&apos;.</source>
        <translation>D’autres éléments font référence à «&#xa0;{title}&#xa0;» ({kind}).</translation>
    </message>
    <message>
        <source>Other items refer to the {count} {kind}.</source>
        <translation>D’autres éléments font référence à ces {count} {kind}.</translation>
    </message>
    <message>
        <source>• Also deleted: {count} {kind} — {names}</source>
        <translation>• À supprimer aussi&#x202f;: {count} {kind} — {names}</translation>
    </message>
    <message>
        <source>• Kept but no longer linked to it: {count} {kind} — {names}</source>
        <translation>• À conserver sans ce lien&#x202f;: {count} {kind} — {names}</translation>
    </message>
    <message>
        <source>Edit ▸ Undo restores everything.</source>
        <translation>Édition ▸ Annuler rétablit tout.</translation>
    </message>
    <message>
        <source>Delete {kind} &apos;{title}&apos;</source>
        <translation>Supprimer «&#xa0;{title}&#xa0;» ({kind})</translation>
    </message>
    <message>
        <source>Delete {count} {kind}</source>
        <translation>Supprimer {count} {kind}</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Computed, read-only</source>
        <translation>Calculé, en lecture seule</translation>
    </message>
    <message>
        <source>Select a row to see and edit all its details.</source>
        <translation>Sélectionnez une ligne pour voir et modifier tous ses détails.</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}&#x202f;: {title}</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <source>This roadmap is open read-only; use Save As to edit a copy.</source>
        <translation>Cette feuille de route est ouverte en lecture seule&#x202f;; utilisez Enregistrer sous pour modifier une copie.</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <source>— none —</source>
        <translation>— aucun —</translation>
    </message>
    <message>
        <source>{field}: has a date</source>
        <translation>{field}&#x202f;: date renseignée</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>Un nom par ligne</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nombre</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>«&#xa0;{text}&#xa0;» n’est pas un nombre entier</translation>
    </message>
    <message>
        <source>Has a date</source>
        <translation>Date renseignée</translation>
    </message>
    <message>
        <source>Untick to leave the date empty</source>
        <translation>Décochez pour laisser la date vide</translation>
    </message>
    <message>
        <source>Nothing is chosen</source>
        <translation>Aucun choix</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter the list</source>
        <translation>Filtrer la liste</translation>
    </message>
    <message>
        <source>Choices</source>
        <translation>Choix</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <source>Colour as #RRGGBB</source>
        <translation>Couleur au format #RRVVBB</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Change {field} of &apos;{title}&apos;</source>
        <translation>Modifier {field} de «&#xa0;{title}&#xa0;»</translation>
    </message>
    <message>
        <source>The {kind} no longer exists; the change was not made.</source>
        <translation>Cet élément ({kind}) n’existe plus&#x202f;; la modification n’a pas été faite.</translation>
    </message>
</context>
<context>
    <name>EntityBrowser</name>
    <message>
        <source>Column headers (click to sort)</source>
        <translation>En-têtes de colonnes (cliquer pour trier)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <source>Add a {kind}</source>
        <translation>Ajouter un élément ({kind})</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Duplicate the selected {kind}</source>
        <translation>Dupliquer l’élément sélectionné ({kind})</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected {kind}</source>
        <translation>Supprimer l’élément sélectionné ({kind})</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move the {kind} up</source>
        <translation>Monter l’élément ({kind})</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>Move the {kind} down</source>
        <translation>Descendre l’élément ({kind})</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the selected rows (paste them here or in a spreadsheet)</source>
        <translation>Copier les lignes sélectionnées (à coller ici ou dans un tableur)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;oller</translation>
    </message>
    <message>
        <source>Paste copied rows as new ones</source>
        <translation>Coller les lignes copiées comme nouvelles lignes</translation>
    </message>
    <message>
        <source>{kinds} tools</source>
        <translation>Outils des {kinds}</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Filtrer…</translation>
    </message>
    <message>
        <source>Filter {kinds}</source>
        <translation>Filtrer les {kinds}</translation>
    </message>
    <message>
        <source>Show only rows containing every word typed, in any column</source>
        <translation>N’afficher que les lignes contenant tous les mots saisis, dans n’importe quelle colonne</translation>
    </message>
    <message>
        <source>Add {kind} &apos;{title}&apos;</source>
        <translation>Ajouter «&#xa0;{title}&#xa0;» ({kind})</translation>
    </message>
    <message>
        <source>Duplicate {kind} &apos;{title}&apos;</source>
        <translation>Dupliquer «&#xa0;{title}&#xa0;» ({kind})</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Move {kind} &apos;{title}&apos; up</source>
        <translation>Monter «&#xa0;{title}&#xa0;» ({kind})</translation>
    </message>
    <message>
        <source>Move {kind} &apos;{title}&apos; down</source>
        <translation>Descendre «&#xa0;{title}&#xa0;» ({kind})</translation>
    </message>
    <message>
        <source>The clipboard is empty.</source>
        <translation>Le presse-papiers est vide.</translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>How many of the stage&apos;s gate criteria are met as of the date shown at the top. Only weeks starting on or before that date count.</source>
        <translation>Combien de critères du jalon de l’étape sont remplis à la date affichée en haut. Seules comptent les semaines qui commencent ce jour-là ou avant.</translation>
    </message>
    <message>
        <source>Mandatory criteria must all be met for a plain go; advisory ones inform the committee.</source>
        <translation>Tous les critères obligatoires doivent être remplis pour un go simple&#x202f;; les critères indicatifs éclairent le comité.</translation>
    </message>
    <message>
        <source>What the evidence suggests; the committee decides. Everything met: go. Every mandatory criterion met: go with conditions. A mandatory usage criterion unlikely, not progressing or moving away: recycle. Too little data, or otherwise: hold.</source>
        <translation>Ce que suggèrent les éléments&#x202f;; le comité décide. Tout est rempli&#x202f;: go. Tous les critères obligatoires sont remplis&#x202f;: go sous conditions. Un critère d’usage obligatoire improbable, qui ne progresse pas ou s’éloigne&#x202f;: retravailler. Trop peu de données, ou sinon&#x202f;: suspendre.</translation>
    </message>
    <message>
        <source>✓ met, ✗ not met, ? no data (no value measured in the window).</source>
        <translation>✓ rempli, ✗ non rempli, ? pas de données (aucune valeur mesurée dans la fenêtre).</translation>
    </message>
    <message>
        <source>The metric the criterion is measured on, mandatory or advisory.</source>
        <translation>L’indicateur sur lequel se mesure le critère, obligatoire ou indicatif.</translation>
    </message>
    <message>
        <source>The threshold, and the window: the latest measured week, or the mean of the last N measured weeks.</source>
        <translation>Le seuil, et la fenêtre&#x202f;: la dernière semaine mesurée, ou la moyenne des N dernières semaines mesurées.</translation>
    </message>
    <message>
        <source>The stage&apos;s value for the window: the whole stage&apos;s figure, else its teams&apos; combined, else its use cases&apos; combined.</source>
        <translation>La valeur de l’étape sur la fenêtre&#x202f;: le chiffre de toute l’étape, sinon celui de ses équipes combinées, sinon celui de ses cas d’usage combinés.</translation>
    </message>
    <message>
        <source>The weeks the value comes from.</source>
        <translation>Les semaines d’où vient la valeur.</translation>
    </message>
    <message>
        <source>The slope of the last 6 weekly values: flat under 1 % of the criterion&apos;s scale per week; unknown with fewer than 3 weeks.</source>
        <translation>La pente des 6 dernières valeurs hebdomadaires&#x202f;: stable sous 1&#xa0;% de l’échelle du critère par semaine&#x202f;; inconnue avec moins de 3 semaines.</translation>
    </message>
    <message>
        <source>For a criterion not met: the first week a fitted adoption curve crosses the threshold, on track or at risk against the review date; no date when the data are too few, flat, falling or too noisy.</source>
        <translation>Pour un critère non rempli&#x202f;: la première semaine où une courbe d’adoption ajustée franchit le seuil, en bonne voie ou à risque par rapport à la date de revue&#x202f;; pas de date quand les données sont trop rares, stables, en baisse ou trop bruitées.</translation>
    </message>
    <message>
        <source>The stage&apos;s weekly value of the metric. Dashed line: the threshold (green when met). Dotted vertical line: the gate review. Red line: the as-of date. A dotted line to a hollow circle: when the forecast expects the threshold to be crossed. Click to see the criterion.</source>
        <translation>La valeur hebdomadaire de l’indicateur pour l’étape. Ligne tiretée&#x202f;: le seuil (vert s’il est rempli). Ligne verticale pointillée&#x202f;: la revue de jalon. Ligne rouge&#x202f;: la date de situation. Une ligne pointillée vers un cercle creux&#x202f;: quand la prévision attend le franchissement du seuil. Cliquez pour voir le critère.</translation>
    </message>
    <message>
        <source>Every figure of the app is computed for this date: the Overview, the tables&apos; computed columns, the timeline and the gate review.</source>
        <translation>Chaque chiffre de l’application est calculé à cette date&#x202f;: la vue d’ensemble, les colonnes calculées des tableaux, la chronologie et la revue de jalon.</translation>
    </message>
    <message>
        <source>The team&apos;s headcount.</source>
        <translation>L’effectif de l’équipe.</translation>
    </message>
    <message>
        <source>People of the team marked as ambassadors; a team with none is flagged.</source>
        <translation>Les personnes de l’équipe désignées ambassadeurs&#x202f;; une équipe qui n’en a aucun est signalée.</translation>
    </message>
    <message>
        <source>Ambassadors per 100 people of the team&apos;s headcount.</source>
        <translation>Ambassadeurs pour 100 personnes de l’effectif de l’équipe.</translation>
    </message>
    <message>
        <source>Share of the team&apos;s key users trained on or before the as-of date.</source>
        <translation>Part des utilisateurs clés de l’équipe formés à la date de situation ou avant.</translation>
    </message>
    <message>
        <source>Hours lost per person per week × people affected × working weeks × the cost of an hour (Roadmap ▸ Roadmap Properties).</source>
        <translation>Heures perdues par personne et par semaine × personnes concernées × semaines travaillées × coût d’une heure (Feuille de route ▸ Propriétés de la feuille de route).</translation>
    </message>
    <message>
        <source>Hours lost per person per week × people affected × working weeks.</source>
        <translation>Heures perdues par personne et par semaine × personnes concernées × semaines travaillées.</translation>
    </message>
    <message>
        <source>Rank by yearly cost, the costliest first.</source>
        <translation>Rang selon le coût annuel, le plus coûteux en premier.</translation>
    </message>
    <message>
        <source>What the method checks flag: warnings first (a team with no ambassador, a use case with no friction point, siloed data in an active stage…), then information.</source>
        <translation>Ce que signalent les contrôles de méthode&#x202f;: d’abord les avertissements (une équipe sans ambassadeur, un cas d’usage sans point de friction, des données en silo dans une étape en cours…), puis les informations.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>As-of date</source>
        <translation>Date de situation</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Au&#x202f;:</translation>
    </message>
    <message>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <source>&amp;Sheets:</source>
        <translation>&amp;Feuilles&#x202f;:</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>The newest baseline</source>
        <translation>La référence la plus récente</translation>
    </message>
    <message>
        <source>&amp;Baseline:</source>
        <translation>&amp;Référence&#x202f;:</translation>
    </message>
    <message>
        <source>No Changes sheet</source>
        <translation>Pas de feuille Modifications</translation>
    </message>
    <message>
        <source>Changes since the roadmap file</source>
        <translation>Modifications depuis le fichier de feuille de route</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Changes since:</source>
        <translation>&amp;Modifications depuis&#x202f;:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The app&apos;s language</source>
        <translation>La langue de l’application</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Open the file when it is written</source>
        <translation>&amp;Ouvrir le fichier une fois écrit</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>Export Steering-Committee Workbook</source>
        <translation>Exporter le classeur du comité de pilotage</translation>
    </message>
    <message>
        <source>Export Committee Slides</source>
        <translation>Exporter le diaporama du comité</translation>
    </message>
    <message>
        <source>Export Review Calendar</source>
        <translation>Exporter le calendrier des revues</translation>
    </message>
    <message>
        <source>Export to MS Project</source>
        <translation>Exporter vers MS Project</translation>
    </message>
    <message>
        <source>An Excel workbook for the committee: summary, timeline, gates, adoption and every table, ready to print.</source>
        <translation>Un classeur Excel pour le comité&#x202f;: synthèse, chronologie, jalons, adoption et tous les tableaux, prêt à imprimer.</translation>
    </message>
    <message>
        <source>A PowerPoint deck: the programme at a glance, one slide per stage under review, the timeline, decisions and findings — all editable.</source>
        <translation>Un diaporama PowerPoint&#x202f;: le programme en un coup d’œil, une diapositive par étape en revue, la chronologie, les décisions et les constats — entièrement modifiable.</translation>
    </message>
    <message>
        <source>Gate reviews and planned trainings as all-day events for Outlook or any calendar; importing a newer file updates the events instead of copying them.</source>
        <translation>Les revues de jalon et les formations prévues, en événements d’une journée pour Outlook ou tout agenda&#x202f;; importer un fichier plus récent met à jour les événements au lieu de les dupliquer.</translation>
    </message>
    <message>
        <source>An MS Project XML plan: stages as summary tasks, use cases as tasks, gate reviews as milestones, dependencies and baselines.</source>
        <translation>Un plan XML pour MS Project&#x202f;: étapes en tâches récapitulatives, cas d’usage en tâches, revues de jalon en jalons, dépendances et références.</translation>
    </message>
    <message>
        <source>Choose at least one sheet.</source>
        <translation>Choisissez au moins une feuille.</translation>
    </message>
</context>
<context>
    <name>ExportProgress</name>
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
</context>
<context>
    <name>Exports</name>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>PowerPoint presentations (*.pptx)</source>
        <translation>Présentations PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Calendars (*.ics)</source>
        <translation>Calendriers (*.ics)</translation>
    </message>
    <message>
        <source>MS Project XML (*.xml)</source>
        <translation>XML MS Project (*.xml)</translation>
    </message>
    <message>
        <source>Changes Since Which Version?</source>
        <translation>Modifications depuis quelle version&#x202f;?</translation>
    </message>
    <message>
        <source>Roadmaps (*.pilotplan)</source>
        <translation>Feuilles de route (*.pilotplan)</translation>
    </message>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
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
        <translation>«&#xa0;{name}&#xa0;» exporté</translation>
    </message>
    <message>
        <source>Export Finished</source>
        <translation>Export terminé</translation>
    </message>
    <message>
        <source>“{name}” was saved.</source>
        <translation>«&#xa0;{name}&#xa0;» a été enregistré.</translation>
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
        <source>“{name}” could not be written.</source>
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être écrit.</translation>
    </message>
</context>
<context>
    <name>Field</name>
    <message>
        <source>{label}:</source>
        <comment>a label beside an editor</comment>
        <translation>{label}&#x202f;:</translation>
    </message>
</context>
<context>
    <name>FileAsker</name>
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
        <translation>Voulez-vous enregistrer les modifications de «&#xa0;{name}&#xa0;»&#x202f;?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Vos modifications seront perdues si vous ne les enregistrez pas.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t Save</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Blank roadmap</source>
        <translation>Feuille de route vierge</translation>
    </message>
    <message>
        <source>AI adoption: stages, gates and metrics</source>
        <translation>Adoption de l’IA : étapes, jalons et indicateurs</translation>
    </message>
    <message>
        <source>Sample programme</source>
        <translation>Programme d’exemple</translation>
    </message>
    <message>
        <source>Three stages of growing ambition — writing assistance, project management, bespoke tasks — each with a go/no-go gate whose thresholds cite their source, and the standard usage metrics. Your teams, use cases and figures go in; nothing invented to delete first.</source>
        <translation>Trois étapes d’ambition croissante — aide à la rédaction, gestion de projet, tâches sur mesure — chacune avec un jalon go/no-go dont les seuils citent leur source, et les indicateurs d’usage standard. Vous y saisissez vos équipes, vos cas d’usage et vos chiffres ; rien d’inventé à supprimer d’abord.</translation>
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
        <translation>&amp;Partir de ce modèle&#x202f;:</translation>
    </message>
    <message>
        <source>Cannot Create Roadmap</source>
        <translation>Impossible de créer la feuille de route</translation>
    </message>
    <message>
        <source>The template “{name}” cannot be used.</source>
        <translation>Le modèle «&#xa0;{name}&#xa0;» ne peut pas être utilisé.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sans titre</translation>
    </message>
    <message>
        <source>New roadmap from “{name}”</source>
        <translation>Nouvelle feuille de route d’après «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Sample roadmap</source>
        <translation>Feuille de route d’exemple</translation>
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
        <translation>«&#xa0;{name}&#xa0;» ne peut pas être ouvert.</translation>
    </message>
    <message>
        <source>“{name}” is already open</source>
        <translation>«&#xa0;{name}&#xa0;» est déjà ouvert</translation>
    </message>
    <message>
        <source>Opened “{name}”</source>
        <translation>«&#xa0;{name}&#xa0;» ouvert</translation>
    </message>
    <message>
        <source>Roadmap in Use</source>
        <translation>Feuille de route en cours d’utilisation</translation>
    </message>
    <message>
        <source>If you both change it, one of you will overwrite the other&apos;s work. You can open it read-only, open a copy of your own, or open it anyway.</source>
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
        <translation>«&#xa0;{name}&#xa0;» est ouvert dans une autre fenêtre.</translation>
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
        <translation>{who} a ouvert «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>{who} has had “{name}” open since {since}.</source>
        <translation>{who} a ouvert «&#xa0;{name}&#xa0;» depuis le {since}.</translation>
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
        <translation>«&#xa0;{name}&#xa0;» a été modifié sur le disque depuis que vous l’avez ouvert.</translation>
    </message>
    <message>
        <source>Someone or another program has changed or replaced it. Overwrite it with your version, or save yours under another name?</source>
        <translation>Quelqu’un ou un autre programme l’a modifié ou remplacé. L’écraser avec votre version, ou enregistrer la vôtre sous un autre nom&#x202f;?</translation>
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
        <translation>«&#xa0;{name}&#xa0;» est en lecture seule.</translation>
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
        <translation>«&#xa0;{name}&#xa0;» n’a pas pu être enregistré.</translation>
    </message>
    <message>
        <source>{reason}. The file on disk was not changed.</source>
        <translation>{reason}. Le fichier sur le disque n’a pas été modifié.</translation>
    </message>
    <message>
        <source>Saved “{name}”</source>
        <translation>«&#xa0;{name}&#xa0;» enregistré</translation>
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
        <translation>Copie enregistrée sous «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Revert to Saved</source>
        <translation>Revenir à la version enregistrée</translation>
    </message>
    <message>
        <source>Discard your changes and reopen “{name}” as saved?</source>
        <translation>Abandonner vos modifications et rouvrir «&#xa0;{name}&#xa0;» tel qu’enregistré&#x202f;?</translation>
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
        <translation>Retour à la version enregistrée de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Autosave failed: {reason}</source>
        <translation>Échec de l’enregistrement automatique&#x202f;: {reason}</translation>
    </message>
    <message>
        <source>Its unsaved work was autosaved on {time}.</source>
        <translation>Le travail non enregistré a été sauvegardé automatiquement le {time}.</translation>
    </message>
    <message>
        <source>Its file: {path}</source>
        <translation>Son fichier&#x202f;: {path}</translation>
    </message>
    <message>
        <source>Recover Unsaved Work</source>
        <translation>Récupérer le travail non enregistré</translation>
    </message>
    <message>
        <source>The app closed unexpectedly while “{name}” had unsaved changes.</source>
        <translation>L’application s’est fermée de façon inattendue alors que «&#xa0;{name}&#xa0;» avait des modifications non enregistrées.</translation>
    </message>
    <message>
        <source>Recover it? You can then save it where you like.</source>
        <translation>Le récupérer&#x202f;? Vous pourrez ensuite l’enregistrer où vous voulez.</translation>
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
        <source>Opening “{name}”…</source>
        <translation>Ouverture de «&#xa0;{name}&#xa0;»…</translation>
    </message>
    <message>
        <source>Opening “{name}” was cancelled</source>
        <translation>Ouverture de «&#xa0;{name}&#xa0;» annulée</translation>
    </message>
    <message>
        <source>Recovered “{name}”; save it to keep it</source>
        <translation>«&#xa0;{name}&#xa0;» récupéré&#x202f;; enregistrez-le pour le conserver</translation>
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
        <translation>Aucun constat&#x202f;: les contrôles de méthode n’ont rien trouvé à corriger.</translation>
    </message>
</context>
<context>
    <name>FrozenColumnTable</name>
    <message>
        <source>First column, kept in view</source>
        <translation>Première colonne, toujours visible</translation>
    </message>
    <message>
        <source>Header of the first column</source>
        <translation>En-tête de la première colonne</translation>
    </message>
</context>
<context>
    <name>GateReviewDialog</name>
    <message>
        <source>Gate review — {stage}</source>
        <translation>Revue de jalon — {stage}</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non définie</translation>
    </message>
    <message>
        <source>Review date {review} · evidence as of {date} · stage {status}</source>
        <translation>Revue le {review} · données au {date} · étape {status}</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Criteria ({n})</source>
        <translation>Critères ({n})</translation>
    </message>
    <message>
        <source>Feedback ({n})</source>
        <translation>Retours ({n})</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Likelihood</source>
        <translation>Probabilité</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Atténuation</translation>
    </message>
    <message>
        <source>Open risks of the stage</source>
        <translation>Risques ouverts de l’étape</translation>
    </message>
    <message>
        <source>Open risks ({n})</source>
        <translation>Risques ouverts ({n})</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandée le</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>Open actions of the stage</source>
        <translation>Actions ouvertes de l’étape</translation>
    </message>
    <message>
        <source>Open actions ({n})</source>
        <translation>Actions ouvertes ({n})</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggérée</translation>
    </message>
    <message>
        <source>Rationale</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Earlier decisions for the stage</source>
        <translation>Décisions précédentes pour l’étape</translation>
    </message>
    <message>
        <source>Earlier decisions ({n})</source>
        <translation>Décisions précédentes ({n})</translation>
    </message>
    <message>
        <source>&amp;Record decision</source>
        <translation>&amp;Enregistrer la décision</translation>
    </message>
    <message>
        <source>This roadmap is open read-only: the decision cannot be recorded.</source>
        <translation>Cette feuille de route est ouverte en lecture seule&#x202f;: la décision ne peut pas être enregistrée.</translation>
    </message>
    <message>
        <source>The gate has no criteria yet.</source>
        <translation>Ce jalon n’a pas encore de critères.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met</source>
        <translation>{met} critères remplis sur {total}</translation>
    </message>
    <message>
        <source>✗ mandatory not met: {names}</source>
        <translation>✗ obligatoires non remplis&#x202f;: {names}</translation>
    </message>
    <message>
        <source>✓ every mandatory criterion met</source>
        <translation>✓ tous les critères obligatoires sont remplis</translation>
    </message>
    <message>
        <source>suggested outcome: {outcome}</source>
        <translation>décision suggérée&#x202f;: {outcome}</translation>
    </message>
    <message>
        <source>Feedback since the last decision ({date})</source>
        <translation>Retours depuis la dernière décision ({date})</translation>
    </message>
    <message>
        <source>Feedback since the stage started ({date})</source>
        <translation>Retours depuis le début de l’étape ({date})</translation>
    </message>
    <message>
        <source>{p} positive · {n} neutral · {m} negative</source>
        <translation>positifs&#x202f;: {p} · neutres&#x202f;: {n} · négatifs&#x202f;: {m}</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Sentiment</source>
        <translation>Ressenti</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Ce qui a été dit</translation>
    </message>
    <message>
        <source>Feedback of the period</source>
        <translation>Retours de la période</translation>
    </message>
    <message>
        <source>Record gate decision for &apos;{stage}&apos;</source>
        <translation>Enregistrer la décision de jalon pour «&#xa0;{stage}&#xa0;»</translation>
    </message>
    <message>
        <source>The decision was refused.</source>
        <translation>La décision a été refusée.</translation>
    </message>
</context>
<context>
    <name>GuideWindow</name>
    <message>
        <source>Guide — {page}</source>
        <translation>Guide — {page}</translation>
    </message>
    <message>
        <source>Links outside the guide are not opened (the app stays offline): {url}</source>
        <translation>Les liens hors du guide ne sont pas ouverts (l’application reste hors ligne)&#x202f;: {url}</translation>
    </message>
    <message>
        <source>The method in one page</source>
        <translation>La méthode en une page</translation>
    </message>
    <message>
        <source>A month with the app</source>
        <translation>Un mois avec l’application</translation>
    </message>
    <message>
        <source>What each gate figure means</source>
        <translation>Ce que signifie chaque chiffre d’un jalon</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>In tables: Insert adds a row, Ctrl+D duplicates it, Del deletes it, Alt+↑ and Alt+↓ move it, F2 edits a cell, Ctrl+C and Ctrl+V copy and paste rows.</source>
        <translation>Dans les tableaux&#x202f;: Inser ajoute une ligne, Ctrl+D la duplique, Suppr la supprime, Alt+↑ et Alt+↓ la déplacent, F2 modifie une cellule, Ctrl+C et Ctrl+V copient et collent des lignes.</translation>
    </message>
    <message>
        <source>In the timeline: ↑ and ↓ select a row, Shift+← and Shift+→ move its bar, Ctrl+Shift+← and Ctrl+Shift+→ move its end, F fits the plan, Enter shows the row in its table.</source>
        <translation>Dans la chronologie&#x202f;: ↑ et ↓ choisissent une ligne, Maj+← et Maj+→ déplacent sa barre, Ctrl+Maj+← et Ctrl+Maj+→ déplacent sa fin, F ajuste le plan à la fenêtre, Entrée montre la ligne dans son tableau.</translation>
    </message>
    <message>
        <source>Pages of the guide</source>
        <translation>Pages du guide</translation>
    </message>
    <message>
        <source>Page of the guide</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>← &amp;Back</source>
        <translation>← &amp;Précédent</translation>
    </message>
    <message>
        <source>&amp;Forward →</source>
        <translation>&amp;Suivant →</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Reading cancelled: nothing was read.</source>
        <translation>Lecture annulée&#xa0;: rien n’a été lu.</translation>
    </message>
    <message>
        <source>Import usage data</source>
        <translation>Importer des données d’usage</translation>
    </message>
    <message>
        <source>A CSV or Excel usage report: type or paste its path, or choose it</source>
        <translation>Un rapport d’usage CSV ou Excel : saisissez ou collez son chemin, ou choisissez-le</translation>
    </message>
    <message>
        <source>Usage file</source>
        <translation>Fichier d’usage</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choisir un fichier…</translation>
    </message>
    <message>
        <source>Usage &amp;file:</source>
        <translation>&amp;Fichier d’usage&#x202f;:</translation>
    </message>
    <message>
        <source>How to read it</source>
        <translation>Comment le lire</translation>
    </message>
    <message>
        <source>Recognise automatically</source>
        <translation>Reconnaître automatiquement</translation>
    </message>
    <message>
        <source>&amp;Layout:</source>
        <translation>&amp;Disposition&#x202f;:</translation>
    </message>
    <message>
        <source>Every running stage, each over the people of its own teams</source>
        <translation>Chaque étape en cours, chacune sur les personnes de ses propres équipes</translation>
    </message>
    <message>
        <source>Stage: {name}</source>
        <translation>Étape&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Use case: {name}</source>
        <translation>Cas d’usage&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Figures &amp;for:</source>
        <translation>Données &amp;pour&#x202f;:</translation>
    </message>
    <message>
        <source>none: use the file&apos;s team column, if any</source>
        <translation>aucun&#x202f;: utiliser la colonne équipe du fichier, s’il y en a une</translation>
    </message>
    <message>
        <source>Team mapping file</source>
        <translation>Fichier de correspondance des équipes</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Clea&amp;r</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>&amp;Team mapping (user,team):</source>
        <translation>Correspondance des é&amp;quipes (utilisateur,équipe)&#x202f;:</translation>
    </message>
    <message>
        <source>Figures over fewer people than this are not stored</source>
        <translation>Les chiffres portant sur moins de personnes ne sont pas conservés</translation>
    </message>
    <message>
        <source>&amp;Smallest group stored:</source>
        <translation>Plus petit &amp;groupe conservé&#x202f;:</translation>
    </message>
    <message>
        <source>Import the good rows when some are refused</source>
        <translation>Importer les lignes valides quand certaines sont refusées</translation>
    </message>
    <message>
        <source>Survey: keep free-text comments as feedback, without author</source>
        <translation>Sondage&#xa0;: garder les commentaires libres comme retours, sans auteur</translation>
    </message>
    <message>
        <source>Off by default: comments can identify people. When on, each comment is stored as survey feedback of the stage, dated by its week, without author or team, and only from weeks with at least the smallest group of respondents.</source>
        <translation>Désactivé par défaut&#xa0;: un commentaire peut identifier une personne. Activé, chaque commentaire est enregistré comme retour de sondage de l’étape, daté de sa semaine, sans auteur ni équipe, et seulement pour les semaines ayant au moins le plus petit groupe de répondants.</translation>
    </message>
    <message>
        <source>Columns of the tidy table (* required)</source>
        <translation>Colonnes du tableau normalisé (* obligatoire)</translation>
    </message>
    <message>
        <source>(recognise by name)</source>
        <translation>(reconnaître par le nom)</translation>
    </message>
    <message>
        <source>First rows of the file:</source>
        <translation>Premières lignes du fichier&#x202f;:</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>What the import will do:</source>
        <translation>Ce que l’import va faire&#x202f;:</translation>
    </message>
    <message>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <source>Choose a file to see what would be imported.</source>
        <translation>Choisissez un fichier pour voir ce qui serait importé.</translation>
    </message>
    <message>
        <source>Figures to store</source>
        <translation>Chiffres à enregistrer</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Usage reports (*.csv *.xlsx *.txt)</source>
        <translation>Rapports d’usage (*.csv *.xlsx *.txt)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Le fichier {path} n’existe pas.</translation>
    </message>
    <message>
        <source>Choose a usage report</source>
        <translation>Choisir un rapport d’usage</translation>
    </message>
    <message>
        <source>Choose a team mapping file</source>
        <translation>Choisir un fichier de correspondance des équipes</translation>
    </message>
    <message>
        <source>Tick “Import the good rows when some are refused” to import the others.</source>
        <translation>Cochez «&#xa0;Importer les lignes valides quand certaines sont refusées&#xa0;» pour importer les autres.</translation>
    </message>
    <message>
        <source>Nothing to import: every figure is already in the roadmap.</source>
        <translation>Rien à importer&#x202f;: tous les chiffres sont déjà dans la feuille de route.</translation>
    </message>
    <message>
        <source>Figures to store ({n})</source>
        <translation>Chiffres à enregistrer ({n})</translation>
    </message>
    <message>
        <source>{format}. Recognised as: {layout} (column names on row {line}).</source>
        <translation>{format}. Reconnu comme&#x202f;: {layout} (noms de colonnes à la ligne {line}).</translation>
    </message>
    <message>
        <source>{format}. Recognised as: {layout} (column names on line {line}).</source>
        <translation>{format}. Reconnu comme&#x202f;: {layout} (noms de colonnes à la ligne {line}).</translation>
    </message>
    <message>
        <source>Import usage from {file}</source>
        <translation>Importer l’usage depuis {file}</translation>
    </message>
</context>
<context>
    <name>ImportProjectDialog</name>
    <message>
        <source>Import MS Project Plan</source>
        <translation>Importer un plan MS Project</translation>
    </message>
    <message>
        <source>“{file}”: {added} to add, {changed} to change, {same} already the same.</source>
        <translation>«&#xa0;{file}&#xa0;»&#x202f;: {added} à ajouter, {changed} à modifier, {same} déjà identiques.</translation>
    </message>
    <message>
        <source>Stages and use cases to import</source>
        <translation>Étapes et cas d’usage à importer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Dates</translation>
    </message>
    <message>
        <source>Stage or review</source>
        <translation>Étape ou revue</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajout</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>What is not imported</source>
        <translation>Ce qui n’est pas importé</translation>
    </message>
    <message>
        <source>Not imported, or left as it is:</source>
        <translation>Non importé, ou laissé tel quel&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Sample roadmap</source>
        <translation>Feuille de route d’exemple</translation>
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
        <translation>Fichier&#x202f;: {name}</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Lecture seule</translation>
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
Fonctionne hors ligne&#x202f;: l’application ne se connecte jamais au réseau.

Qt {qt} · PySide6 {pyside} · Python {python}</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
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
        <source>&amp;Roadmap</source>
        <translation>Feuille de &amp;route</translation>
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
        <translation>Version &amp;envoyée&#x202f;:</translation>
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
        <translation>&amp;Leur copie&#x202f;:</translation>
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
        <translation>{file} ne peut pas être ouvert&#x202f;:</translation>
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
        <translation>Attention&#x202f;: {sentence}</translation>
    </message>
    <message>
        <source>Nothing: theirs brings no change.</source>
        <translation>Rien&#x202f;: leur copie n’apporte aucune modification.</translation>
    </message>
    <message>
        <source>No conflicts: everything combines.</source>
        <translation>Aucun conflit&#x202f;: tout se combine.</translation>
    </message>
    <message>
        <source>Every conflict is settled.</source>
        <translation>Tous les conflits sont réglés.</translation>
    </message>
    <message>
        <source>{open} of {total} conflicts still to settle.</source>
        <translation>Conflits encore à régler&#x202f;: {open} sur {total}.</translation>
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
    <name>Navigator</name>
    <message>
        <source>Navigator</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Pages of the roadmap (Ctrl+1 … Ctrl+0)</source>
        <translation>Pages de la feuille de route (Ctrl+1 … Ctrl+0)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Stages &amp; gates</source>
        <translation>Étapes et jalons</translation>
    </message>
    <message>
        <source>Use cases</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Scale-out</source>
        <translation>Passage à l’échelle</translation>
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
        <source>Licences &amp; costs</source>
        <translation>Licences et coûts</translation>
    </message>
</context>
<context>
    <name>PictureExport</name>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PictureOptionsDialog</name>
    <message>
        <source>Export Timeline</source>
        <translation>Exporter la chronologie</translation>
    </message>
    <message>
        <source>The timeline as it is printed: a title block with the roadmap, the date and the legend, then the stages and use cases.</source>
        <translation>La chronologie telle qu’elle s’imprime&#x202f;: un cartouche avec la feuille de route, la date et la légende, puis les étapes et les cas d’usage.</translation>
    </message>
    <message>
        <source>PDF document (pages to print)</source>
        <translation>Document PDF (pages à imprimer)</translation>
    </message>
    <message>
        <source>PNG picture (for slides)</source>
        <translation>Image PNG (pour des diapositives)</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>&amp;File type:</source>
        <translation>&amp;Type de fichier&#x202f;:</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Landscape</source>
        <translation>Pa&amp;ysage</translation>
    </message>
    <message>
        <source>Po&amp;rtrait</source>
        <translation>P&amp;ortrait</translation>
    </message>
    <message>
        <source>Orientation:</source>
        <translation>Orientation&#x202f;:</translation>
    </message>
    <message>
        <source>Fit the whole plan to one page &amp;wide</source>
        <translation>&amp;Ajuster tout le planning à la largeur d’une page</translation>
    </message>
    <message>
        <source>&amp;Tile across pages at a readable month scale, row names repeated</source>
        <translation>&amp;Répartir sur plusieurs pages à une échelle mensuelle lisible, noms des lignes répétés</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Échelle&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>E&amp;xporter…</translation>
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
        <translation>Votre &amp;nom&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Autosave every:</source>
        <translation>&amp;Enregistrer automatiquement toutes les&#x202f;:</translation>
    </message>
    <message>
        <source>Your name is shown to colleagues who open a roadmap you have open. Autosave keeps unsaved work in a private recovery folder, never in your file.</source>
        <translation>Votre nom est montré aux collègues qui ouvrent une feuille de route que vous avez ouverte. L’enregistrement automatique garde le travail non enregistré dans un dossier de récupération privé, jamais dans votre fichier.</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>“{name}” is a read-only file. You can look at it; to make changes, save a copy with Save As.</source>
        <translation>«&#xa0;{name}&#xa0;» est un fichier en lecture seule. Vous pouvez le consulter&#x202f;; pour le modifier, enregistrez une copie avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>The folder of “{name}” cannot be written to, so it opened read-only. To make changes, save it elsewhere with Save As.</source>
        <translation>Le dossier de «&#xa0;{name}&#xa0;» n’est pas accessible en écriture&#x202f;: le fichier est ouvert en lecture seule. Pour le modifier, enregistrez-le ailleurs avec Enregistrer sous.</translation>
    </message>
    <message>
        <source>“{name}” is open on another computer or in another window; you opened it read-only. To make changes, save a copy with Save As.</source>
        <translation>«&#xa0;{name}&#xa0;» est ouvert sur un autre ordinateur ou dans une autre fenêtre&#x202f;; vous l’avez ouvert en lecture seule. Pour le modifier, enregistrez une copie avec Enregistrer sous.</translation>
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
    <name>Register</name>
    <message>
        <source>AI register of the stage</source>
        <translation>Registre IA de l’étape</translation>
    </message>
    <message>
        <source>Complete the register…</source>
        <translation>Compléter le registre…</translation>
    </message>
    <message>
        <source>Show the AI register of {name}</source>
        <translation>Afficher le registre IA de {name}</translation>
    </message>
    <message>
        <source>All tiers</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>Show the use cases of one AI Act tier</source>
        <translation>Afficher les cas d’usage d’un niveau AI Act</translation>
    </message>
    <message>
        <source>AI Act tier</source>
        <translation>Niveau AI Act</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>AI register</source>
        <translation>Registre IA</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Ce que c’est</translation>
    </message>
    <message>
        <source>Oversight and records</source>
        <translation>Contrôle humain et traces</translation>
    </message>
    <message>
        <source>Where the screening&apos;s facts come from</source>
        <translation>D’où viennent les faits de l’évaluation</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Rules checked on {day}.</source>
        <translation>Règles vérifiées le {day}.</translation>
    </message>
    <message>
        <source>Screening questionnaire</source>
        <translation>Questionnaire d’évaluation</translation>
    </message>
    <message>
        <source>Register fields</source>
        <translation>Champs du registre</translation>
    </message>
    <message>
        <source>Duties and dates</source>
        <translation>Obligations et dates</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation>Niveau fixé à la main</translation>
    </message>
    <message>
        <source>Select a use case to see its AI register entry.</source>
        <translation>Sélectionnez un cas d’usage pour voir sa fiche au registre IA.</translation>
    </message>
    <message>
        <source>AI Act tier: {tier}</source>
        <translation>Niveau AI Act&#x202f;: {tier}</translation>
    </message>
    <message>
        <source>(set by hand)</source>
        <translation>(fixé à la main)</translation>
    </message>
    <message>
        <source>To complete the entry:</source>
        <translation>Pour compléter la fiche&#x202f;:</translation>
    </message>
    <message>
        <source>The entry is complete.</source>
        <translation>La fiche est complète.</translation>
    </message>
    <message>
        <source>Answer &apos;{answer}&apos; in the AI register of &apos;{name}&apos;</source>
        <translation>Répondre «&#xa0;{answer}&#xa0;» dans le registre IA de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Change {field} in the AI register of &apos;{name}&apos;</source>
        <translation>Modifier {field} dans le registre IA de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Record &apos;{state}&apos; in the lifecycle of &apos;{name}&apos;</source>
        <translation>Enregistrer «&#xa0;{state}&#xa0;» dans le cycle de vie de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Remove a lifecycle state of &apos;{name}&apos;</source>
        <translation>Retirer un état du cycle de vie de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Set the AI Act tier of &apos;{name}&apos; by hand</source>
        <translation>Fixer à la main le niveau AI Act de «&#xa0;{name}&#xa0;»</translation>
    </message>
    <message>
        <source>Return &apos;{name}&apos; to its screened tier</source>
        <translation>Rendre à «&#xa0;{name}&#xa0;» le niveau de son évaluation</translation>
    </message>
    <message>
        <source>Prohibited practices — Art. 5</source>
        <translation>Pratiques interdites — art. 5</translation>
    </message>
    <message>
        <source>High-risk uses — Art. 6(1) and Annex III</source>
        <translation>Usages à haut risque — art. 6, §&#xa0;1, et annexe III</translation>
    </message>
    <message>
        <source>Exception for an Annex III use — Art. 6(3)</source>
        <translation>Exception pour un usage de l’annexe III — art. 6, §&#xa0;3</translation>
    </message>
    <message>
        <source>Transparency — Art. 50</source>
        <translation>Transparence — art. 50</translation>
    </message>
    <message>
        <source>Fundamental-rights impact assessment — Art. 27</source>
        <translation>Analyse d’impact sur les droits fondamentaux — art. 27</translation>
    </message>
    <message>
        <source>not answered</source>
        <translation>sans réponse</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>{answer}: {question}</source>
        <translation>{answer}&#x202f;: {question}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>remplie</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>upcoming</source>
        <translation>à venir</translation>
    </message>
    <message>
        <source>to check</source>
        <translation>à vérifier</translation>
    </message>
    <message>
        <source>Duties</source>
        <translation>Obligations</translation>
    </message>
    <message>
        <source>No duties.</source>
        <translation>Aucune obligation.</translation>
    </message>
    <message>
        <source>Applies from {day}</source>
        <translation>S’applique dès le {day}</translation>
    </message>
    <message>
        <source>pending amendment, not law: {day}</source>
        <translation>modification en attente, pas en vigueur&#x202f;: {day}</translation>
    </message>
    <message>
        <source>Register shows: {detail}</source>
        <translation>Le registre montre&#x202f;: {detail}</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Depuis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Lifecycle history</source>
        <translation>Historique du cycle de vie</translation>
    </message>
    <message>
        <source>New state</source>
        <translation>Nouvel état</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>Note (facultative)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected state</source>
        <translation>Retirer l’état sélectionné</translation>
    </message>
    <message>
        <source>Why the screening&apos;s tier does not fit (required), and who decided</source>
        <translation>Pourquoi le niveau de l’évaluation ne convient pas (obligatoire), et qui l’a décidé</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Set the tier</source>
        <translation>Fixer le niveau</translation>
    </message>
    <message>
        <source>Back to the screening&apos;s tier</source>
        <translation>Revenir au niveau de l’évaluation</translation>
    </message>
    <message>
        <source>The screening gives: {tier}. Another tier may be set only with a written justification; it stays with the entry and is shown wherever the tier is.</source>
        <translation>L’évaluation donne&#x202f;: {tier}. Un autre niveau ne peut être fixé qu’avec une justification écrite&#x202f;; elle reste avec la fiche et s’affiche partout où le niveau apparaît.</translation>
    </message>
    <message>
        <source>Write the justification first</source>
        <translation>Rédigez d’abord la justification</translation>
    </message>
</context>
<context>
    <name>RoadmapDialogs</name>
    <message>
        <source>Compare With Another Version</source>
        <translation>Comparer avec une autre version</translation>
    </message>
    <message>
        <source>Roadmaps (*.pilotplan)</source>
        <translation>Feuilles de route (*.pilotplan)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>RoadmapForm</name>
    <message>
        <source>ISO 4217 code, e.g. EUR, USD, CHF</source>
        <translation>Code ISO 4217, par ex. EUR, USD, CHF</translation>
    </message>
    <message>
        <source>Change {field} of the roadmap</source>
        <translation>Modifier {field} de la feuille de route</translation>
    </message>
    <message>
        <source>Roadmap properties</source>
        <translation>Propriétés de la feuille de route</translation>
    </message>
</context>
<context>
    <name>ScaleOut</name>
    <message>
        <source>Show the use cases not yet proven</source>
        <translation>Montrer les cas d’usage pas encore prouvés</translation>
    </message>
    <message>
        <source>Plan it</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Plan the selected candidate in one step: the use case for the team in the next stage, after the current gate, with an ambassador and a training action (Undo takes it all back).</source>
        <translation>Planifier le candidat choisi en une étape&#x202f;: le cas d’usage pour l’équipe dans l’étape suivante, après le passage en cours, avec un ambassadeur et une action de formation (Annuler défait le tout).</translation>
    </message>
    <message>
        <source>Add the team to the use case</source>
        <translation>Ajouter l’équipe au cas d’usage</translation>
    </message>
    <message>
        <source>Instead of a new use case in the next stage: the team joins the proven use case and its stage, with an ambassador and a training action (one undo step).</source>
        <translation>Au lieu d’un nouveau cas d’usage dans l’étape suivante&#x202f;: l’équipe rejoint le cas d’usage prouvé et son étape, avec un ambassadeur et une action de formation (une seule étape d’annulation).</translation>
    </message>
    <message>
        <source>Promote to a use case</source>
        <translation>En faire un cas d’usage</translation>
    </message>
    <message>
        <source>Add an idea</source>
        <translation>Ajouter une idée</translation>
    </message>
    <message>
        <source>Ideas backlog</source>
        <translation>Idées en attente</translation>
    </message>
    <message>
        <source>All ideas</source>
        <translation>Toutes les idées</translation>
    </message>
    <message>
        <source>Proven use cases</source>
        <translation>Cas d’usage prouvés</translation>
    </message>
    <message>
        <source>Candidates, highest expected value first</source>
        <translation>Candidats, par valeur attendue décroissante</translation>
    </message>
    <message>
        <source>Ideas from the field</source>
        <translation>Idées du terrain</translation>
    </message>
    <message>
        <source>Scale-out as of {day}</source>
        <translation>Passage à l’échelle au {day}</translation>
    </message>
    <message>
        <source>Planned from {day}; Undo takes it back.</source>
        <translation>Planifié à partir du {day}&#x202f;; Annuler le défait.</translation>
    </message>
    <message>
        <source>Column headers</source>
        <translation>En-têtes de colonne</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Active users</source>
        <translation>Utilisateurs actifs</translation>
    </message>
    <message>
        <source>Bar</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Value per seat vs price</source>
        <translation>Valeur par licence / prix</translation>
    </message>
    <message>
        <source>Negative feedback</source>
        <translation>Retours négatifs</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>{negative} of {total}</source>
        <translation>{negative} sur {total}</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Expected value / year</source>
        <translation>Valeur attendue / an</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Ambassador</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Raisons</translation>
    </message>
    <message>
        <source>Not ready</source>
        <translation>Pas prêt</translation>
    </message>
    <message>
        <source>Idea</source>
        <translation>Idée</translation>
    </message>
    <message>
        <source>Friction point</source>
        <translation>Point de friction</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Trained</source>
        <translation>Formés</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Data sources the use case needs are ready</source>
        <translation>Les sources de données du cas d’usage sont prêtes</translation>
    </message>
    <message>
        <source>The team has an ambassador</source>
        <translation>L’équipe a un ambassadeur</translation>
    </message>
    <message>
        <source>The team&apos;s key users are trained</source>
        <translation>Les utilisateurs clés de l’équipe sont formés</translation>
    </message>
    <message>
        <source>The use case&apos;s register entry is complete (n/a: no entry)</source>
        <translation>La fiche du registre du cas d’usage est complète (s.o.&#x202f;: pas de fiche)</translation>
    </message>
    <message>
        <source>Friction cost / year</source>
        <translation>Coût de la friction / an</translation>
    </message>
    <message>
        <source>Reach (teams)</source>
        <translation>Portée (équipes)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Effort</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>not scored: no friction point named</source>
        <translation>sans score&#x202f;: aucun point de friction indiqué</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Feedback</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>Sizing</name>
    <message>
        <source>More tools</source>
        <translation>Autres outils</translation>
    </message>
</context>
<context>
    <name>StagesPage</name>
    <message>
        <source>Gate criteria of the selected stage</source>
        <translation>Critères de jalon de l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Gate decisions of the selected stage</source>
        <translation>Décisions de jalon de l’étape sélectionnée</translation>
    </message>
</context>
<context>
    <name>StoredFigures</name>
    <message>
        <source>Figures the import would store</source>
        <translation>Chiffres que l’import enregistrerait</translation>
    </message>
    <message>
        <source>Stage or use case</source>
        <translation>Étape ou cas d’usage</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Semaine</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Effet</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
    <message>
        <source>replaces {old}</source>
        <translation>remplace {old}</translation>
    </message>
    <message>
        <source>removed: beside the new figures it would reveal a small group</source>
        <translation>retiré : à côté des nouveaux chiffres, il révélerait un petit groupe</translation>
    </message>
    <message>
        <source>already stored</source>
        <translation>déjà enregistré</translation>
    </message>
    <message>
        <source>whole stage</source>
        <translation>toute l’étape</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>{n} later</source>
        <translation>{n} plus tard</translation>
    </message>
    <message>
        <source>{n} earlier</source>
        <translation>{n} plus tôt</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Move stage &apos;{name}&apos; and its use cases {n} later</source>
        <translation>Retarder l’étape «&#xa0;{name}&#xa0;» et ses cas d’usage de {n}</translation>
    </message>
    <message>
        <source>Move stage &apos;{name}&apos; and its use cases {n} earlier</source>
        <translation>Avancer l’étape «&#xa0;{name}&#xa0;» et ses cas d’usage de {n}</translation>
    </message>
    <message>
        <source>Move &apos;{name}&apos; {n} later</source>
        <translation>Retarder «&#xa0;{name}&#xa0;» de {n}</translation>
    </message>
    <message>
        <source>Move &apos;{name}&apos; {n} earlier</source>
        <translation>Avancer «&#xa0;{name}&#xa0;» de {n}</translation>
    </message>
    <message>
        <source>Start &apos;{name}&apos; {n} later</source>
        <translation>Commencer «&#xa0;{name}&#xa0;» {n} plus tard</translation>
    </message>
    <message>
        <source>Start &apos;{name}&apos; {n} earlier</source>
        <translation>Commencer «&#xa0;{name}&#xa0;» {n} plus tôt</translation>
    </message>
    <message>
        <source>End &apos;{name}&apos; {n} later</source>
        <translation>Terminer «&#xa0;{name}&#xa0;» {n} plus tard</translation>
    </message>
    <message>
        <source>End &apos;{name}&apos; {n} earlier</source>
        <translation>Terminer «&#xa0;{name}&#xa0;» {n} plus tôt</translation>
    </message>
    <message>
        <source>Baseline &apos;{name}&apos;: {dates}</source>
        <translation>Référence «&#xa0;{name}&#xa0;»&#x202f;: {dates}</translation>
    </message>
    <message>
        <source>Slip: {slip}</source>
        <translation>Glissement&#x202f;: {slip}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Gate review of {stage}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Revue de jalon de {stage}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Double-click to open the gate review.</source>
        <translation>Double-cliquez pour ouvrir la revue de jalon.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>Stages and their use cases as bars over time. Arrow keys select, Shift+Left/Right moves the selected bar, Enter opens it.</source>
        <translation>Les étapes et leurs cas d’usage en barres sur l’axe du temps. Les flèches sélectionnent, Maj+Gauche/Droite déplace la barre sélectionnée, Entrée l’ouvre.</translation>
    </message>
    <message>
        <source>Zoom:</source>
        <translation>Zoom&#x202f;:</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>One column per week</source>
        <translation>Une colonne par semaine</translation>
    </message>
    <message>
        <source>&amp;Month</source>
        <translation>&amp;Mois</translation>
    </message>
    <message>
        <source>One column per month</source>
        <translation>Une colonne par mois</translation>
    </message>
    <message>
        <source>&amp;Quarter</source>
        <translation>&amp;Trimestre</translation>
    </message>
    <message>
        <source>One column per quarter</source>
        <translation>Une colonne par trimestre</translation>
    </message>
    <message>
        <source>F&amp;it</source>
        <translation>A&amp;juster</translation>
    </message>
    <message>
        <source>Fit the whole plan to the window (F)</source>
        <translation>Ajuster tout le planning à la fenêtre (F)</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>Vue &amp;globale</translation>
    </message>
    <message>
        <source>Every row at once, drawn as bands; click a band to zoom in there</source>
        <translation>Toutes les lignes à la fois, en bandes&#x202f;; cliquez sur une bande pour y zoomer</translation>
    </message>
    <message>
        <source>Baseline:</source>
        <translation>Référence&#x202f;:</translation>
    </message>
    <message>
        <source>Baseline compared with</source>
        <translation>Référence de comparaison</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>S&amp;ituation au&#x202f;:</translation>
    </message>
    <message>
        <source>Date the gates and today&apos;s line are shown for</source>
        <translation>Date pour laquelle les jalons et la ligne du jour sont affichés</translation>
    </message>
    <message>
        <source>&amp;Gate review…</source>
        <translation>Re&amp;vue de jalon…</translation>
    </message>
    <message>
        <source>The evidence and decision for the selected stage</source>
        <translation>Les données et la décision pour l’étape sélectionnée</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Newest ({name})</source>
        <translation>La plus récente ({name})</translation>
    </message>
    <message>
        <source>Newest</source>
        <translation>La plus récente</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Open the gate review of the selected stage</source>
        <translation>Ouvrir la revue de jalon de l’étape sélectionnée</translation>
    </message>
</context>
<context>
    <name>Titles</name>
    <message>
        <source>{stage} {date}: {outcome}</source>
        <translation>{stage} {date}&#x202f;: {outcome}</translation>
    </message>
    <message>
        <source>feedback of {date}</source>
        <translation>retour du {date}</translation>
    </message>
</context>
<context>
    <name>ValueCard</name>
    <message>
        <source>Show stage {name}</source>
        <translation>Afficher l’étape {name}</translation>
    </message>
    <message>
        <source>Assumptions…</source>
        <translation>Hypothèses…</translation>
    </message>
    <message>
        <source>Change the value assumptions of the roadmap</source>
        <translation>Modifier les hypothèses de valeur de la feuille de route</translation>
    </message>
    <message>
        <source>{weeks} weeks of usage data</source>
        <translation>{weeks} semaines de données d’usage</translation>
    </message>
    <message>
        <source>{seats} × {price} a month ({products})</source>
        <translation>{seats} × {price} par mois ({products})</translation>
    </message>
    <message>
        <source>none licensed this week</source>
        <translation>aucune cette semaine</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Cost so far</source>
        <translation>Coût à ce jour</translation>
    </message>
    <message>
        <source>{total} (licences {licences} · one-off {one_off})</source>
        <translation>{total} (licences {licences} · ponctuels {one_off})</translation>
    </message>
    <message>
        <source>Realised value (measured)</source>
        <translation>Valeur réalisée (mesurée)</translation>
    </message>
    <message>
        <source>{value}: {hours} h saved × {cost} an hour × {rate} recaptured</source>
        <translation>{value}&#xa0;: {hours} h gagnées × {cost} de l’heure × {rate} converti</translation>
    </message>
    <message>
        <source>Telemetry estimate</source>
        <translation>Estimation par télémétrie</translation>
    </message>
    <message>
        <source>{value}: {hours} h from actions × {minutes} min</source>
        <translation>{value}&#xa0;: {hours} h tirées des actions × {minutes} min</translation>
    </message>
    <message>
        <source>Net value</source>
        <translation>Valeur nette</translation>
    </message>
    <message>
        <source> ({share} of its price)</source>
        <translation> ({share} de son prix)</translation>
    </message>
    <message>
        <source>Value per seat</source>
        <translation>Valeur par licence</translation>
    </message>
    <message>
        <source>{value} a month</source>
        <translation>{value} par mois</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Investissement récupéré</translation>
    </message>
    <message>
        <source>; measured: {minutes} per active user</source>
        <translation>&#x202f;; mesuré&#xa0;: {minutes} par utilisateur actif</translation>
    </message>
    <message>
        <source>Break-even</source>
        <translation>Seuil de rentabilité</translation>
    </message>
    <message>
        <source>{minutes} min saved a week per seat holder</source>
        <translation>{minutes} min gagnées par semaine et par titulaire de licence</translation>
    </message>
    <message>
        <source>{expected}; adjusted by measured adoption ({adoption}): {adjusted}</source>
        <translation>{expected}&#x202f;; ajusté de l’adoption mesurée ({adoption})&#xa0;: {adjusted}</translation>
    </message>
    <message>
        <source>Expected ROI</source>
        <translation>ROI attendu</translation>
    </message>
    <message>
        <source>Assumptions: {cost} an hour · {rate} of saved time recaptured · {minutes} min per action · {days} days a week · no figure before {weeks} weeks</source>
        <translation>Hypothèses&#xa0;: {cost} de l’heure · {rate} du temps gagné converti · {minutes} min par action · {days} jours par semaine · aucun chiffre avant {weeks} semaines</translation>
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
    <name>texts</name>
    <message>
        <source>rising</source>
        <translation>en hausse</translation>
    </message>
    <message>
        <source>flat</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>en baisse</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>week of {date}</source>
        <translation>semaine du {date}</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Criterion</source>
        <translation>Critère</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Seuil</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Mesuré</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendance</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Gate criteria</source>
        <translation>Critères de jalon</translation>
    </message>
    <message>
        <source>mandatory</source>
        <translation>obligatoire</translation>
    </message>
    <message>
        <source>advisory</source>
        <translation>indicatif</translation>
    </message>
    <message>
        <source>Show stage {name}</source>
        <translation>Afficher l’étape {name}</translation>
    </message>
    <message>
        <source>{start} – {end} · gate review {review}</source>
        <translation>{start} – {end} · revue de jalon le {review}</translation>
    </message>
    <message>
        <source>No gate criteria yet.</source>
        <translation>Aucun critère de jalon pour l’instant.</translation>
    </message>
    <message>
        <source>{met} of {total} criteria met</source>
        <translation>{met} critères remplis sur {total}</translation>
    </message>
    <message>
        <source>✗ Mandatory not met ({n}): {names}</source>
        <translation>✗ Obligatoires non remplis ({n})&#x202f;: {names}</translation>
    </message>
    <message>
        <source>✓ Every mandatory criterion is met</source>
        <translation>✓ Tous les critères obligatoires sont remplis</translation>
    </message>
    <message>
        <source>Suggested outcome: {outcome}</source>
        <translation>Décision suggérée&#x202f;: {outcome}</translation>
    </message>
    <message>
        <source>Not measured yet: {names}</source>
        <translation>Pas encore mesurés&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Gate review…</source>
        <translation>Revue de jalon…</translation>
    </message>
    <message>
        <source>Open the gate review of {name}</source>
        <translation>Ouvrir la revue de jalon de {name}</translation>
    </message>
    <message>
        <source>met</source>
        <translation>rempli</translation>
    </message>
    <message>
        <source>not met</source>
        <translation>non rempli</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>pas de données</translation>
    </message>
    <message>
        <source>over {n} weeks</source>
        <translation>sur {n} semaines</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>en bonne voie</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>à risque</translation>
    </message>
    <message>
        <source>unlikely</source>
        <translation>improbable</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>pas assez de données</translation>
    </message>
    <message>
        <source>not progressing</source>
        <translation>ne progresse pas</translation>
    </message>
    <message>
        <source>Chart of {metric}</source>
        <translation>Graphique de {metric}</translation>
    </message>
    <message>
        <source>expected {date}</source>
        <translation>attendu le {date}</translation>
    </message>
    <message>
        <source>review</source>
        <translation>revue</translation>
    </message>
    <message>
        <source>as of</source>
        <translation>situation</translation>
    </message>
    <message>
        <source>no data yet</source>
        <translation>pas encore de données</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Ambassadors</source>
        <translation>Ambassadeurs</translation>
    </message>
    <message>
        <source>Ambassadors per 100</source>
        <translation>Ambassadeurs pour 100</translation>
    </message>
    <message>
        <source>Key users trained</source>
        <translation>Utilisateurs clés formés</translation>
    </message>
    <message>
        <source>Ambassador and training coverage per team</source>
        <translation>Couverture en ambassadeurs et en formation par équipe</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>… and {n} more teams</source>
        <translation>… autres équipes&#x202f;: {n}</translation>
    </message>
    <message>
        <source>No team is in scope of a running stage.</source>
        <translation>Aucune équipe ne relève d’une étape en cours.</translation>
    </message>
    <message>
        <source>Friction point / use case</source>
        <translation>Point de friction / cas d’usage</translation>
    </message>
    <message>
        <source>Cost per year</source>
        <translation>Coût par an</translation>
    </message>
    <message>
        <source>Hours per year</source>
        <translation>Heures par an</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Friction points ranked by yearly cost</source>
        <translation>Points de friction classés par coût annuel</translation>
    </message>
    <message>
        <source>no use case addresses it yet</source>
        <translation>aucun cas d’usage ne le traite encore</translation>
    </message>
    <message>
        <source>↳ … and {n} more use cases</source>
        <translation>↳ … autres cas d’usage&#x202f;: {n}</translation>
    </message>
    <message>
        <source>… and {n} more friction points</source>
        <translation>… autres points de friction&#x202f;: {n}</translation>
    </message>
    <message>
        <source>No friction points yet.</source>
        <translation>Aucun point de friction pour l’instant.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Method findings</source>
        <translation>Constats de méthode</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>… and {n} more findings</source>
        <translation>… autres constats&#x202f;: {n}</translation>
    </message>
    <message>
        <source>Nothing to flag: the roadmap follows the method.</source>
        <translation>Rien à signaler&#x202f;: la feuille de route suit la méthode.</translation>
    </message>
    <message>
        <source>Timeline as of {date}</source>
        <translation>Chronologie au {date}</translation>
    </message>
    <message>
        <source>compared with baseline &apos;{name}&apos; of {date}</source>
        <translation>comparée à la référence «&#xa0;{name}&#xa0;» du {date}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>Page {n} sur {total}</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Étapes&#x202f;:</translation>
    </message>
    <message>
        <source>Use cases:</source>
        <translation>Cas d’usage&#x202f;:</translation>
    </message>
    <message>
        <source>(dark part: progress)</source>
        <translation>(partie foncée&#x202f;: avancement)</translation>
    </message>
    <message>
        <source>Gate reviews:</source>
        <translation>Revues de jalon&#x202f;:</translation>
    </message>
    <message>
        <source>decision recorded</source>
        <translation>décision enregistrée</translation>
    </message>
    <message>
        <source>earlier decision</source>
        <translation>décision précédente</translation>
    </message>
    <message>
        <source>baseline dates</source>
        <translation>dates de référence</translation>
    </message>
    <message>
        <source>+2 wk: later than the baseline</source>
        <translation>+2 sem.&#x202f;: plus tard que la référence</translation>
    </message>
    <message>
        <source>today (as-of date)</source>
        <translation>aujourd’hui (date de situation)</translation>
    </message>
    <message>
        <source>No stage</source>
        <translation>Aucune étape</translation>
    </message>
    <message>
        <source>Stage / use case</source>
        <translation>Étape / cas d’usage</translation>
    </message>
    <message>
        <source>Active users %</source>
        <translation>Utilisateurs actifs en&#x202f;%</translation>
    </message>
    <message>
        <source>Habitual users %</source>
        <translation>Utilisateurs réguliers en&#x202f;%</translation>
    </message>
    <message>
        <source>Actions per active user</source>
        <translation>Actions par utilisateur actif</translation>
    </message>
    <message>
        <source>{stage}: {figure} by team and week</source>
        <translation>{stage}&#x202f;: {figure} par équipe et par semaine</translation>
    </message>
    <message>
        <source>Whole stage</source>
        <translation>Toute l’étape</translation>
    </message>
    <message>
        <source>Ambassadors: {names}</source>
        <translation>Ambassadeurs&#x202f;: {names}</translation>
    </message>
    <message>
        <source>Key users trained: {done} of {total}</source>
        <translation>Utilisateurs clés formés&#x202f;: {done} sur {total}</translation>
    </message>
    <message>
        <source>Click to show the team and its people.</source>
        <translation>Cliquez pour afficher l’équipe et ses membres.</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Open actions</source>
        <translation>Actions ouvertes</translation>
    </message>
    <message>
        <source>{date} (overdue)</source>
        <translation>{date} (en retard)</translation>
    </message>
    <message>
        <source>… and {n} more open actions</source>
        <translation>… et {n} autres actions ouvertes</translation>
    </message>
    <message>
        <source>No open action.</source>
        <translation>Aucune action ouverte.</translation>
    </message>
</context>
</TS>
