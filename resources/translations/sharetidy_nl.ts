<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AmbassadorPage</name>
        <message>
            <source>You may hand in to the drop folder but not look inside it; that is normal, and the migration team can tell you how far your department is.</source>
            <translation>Je mag wel iets in de inlevermap zetten, maar er niet in kijken; dat is normaal, en het migratieteam kan je vertellen hoe ver je afdeling is.</translation>
        </message>
        <message>
            <source>The drop folder cannot be reached right now; please try again later.</source>
            <translation>De inlevermap is nu niet bereikbaar; probeer het later nog eens.</translation>
        </message>
        <message>
            <source>Your organisation's settings name no drop folder, so there is nothing to show yet.</source>
            <translation>In de instellingen van je organisatie staat geen inlevermap, dus er is nog niets te zien.</translation>
        </message>
        <message>
            <source>This version of ShareTidy has no department overview; the migration team can tell you how far your department is.</source>
            <translation>Deze versie van ShareTidy heeft geen overzicht van de afdeling; het migratieteam kan je vertellen hoe ver je afdeling is.</translation>
        </message>
        <message>
            <source>The drop folder could not be read: %1</source>
            <translation>De inlevermap kon niet worden gelezen: %1</translation>
        </message>
        <message>
            <source>Reading the drop folder…</source>
            <translation>De inlevermap wordt gelezen…</translation>
        </message>
        <message>
            <source>Nobody of %1 has handed in yet.</source>
            <translation>Nog niemand van %1 heeft ingeleverd.</translation>
        </message>
        <message>
            <source>Nobody has handed in yet.</source>
            <translation>Nog niemand heeft ingeleverd.</translation>
        </message>
        <message numerus="yes">
            <source>%n colleague(s) of %1 handed in.</source>
            <translation>
                <numerusform>%n collega van %1 heeft ingeleverd.</numerusform>
                <numerusform>%n collega's van %1 hebben ingeleverd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n colleague(s) handed in.</source>
            <translation>
                <numerusform>%n collega heeft ingeleverd.</numerusform>
                <numerusform>%n collega's hebben ingeleverd.</numerusform>
            </translation>
        </message>
        <message>
            <source>They decided %1% of their files themselves; the rest keeps the suggestion.</source>
            <translation>Van hun bestanden is %1% zelf besloten; voor de rest geldt het voorstel.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in the drop folder could not be used; the migration team sees that too.</source>
            <translation>
                <numerusform>%n bestand in de inlevermap kon niet worden gebruikt; het migratieteam ziet dat ook.</numerusform>
                <numerusform>%n bestanden in de inlevermap konden niet worden gebruikt; het migratieteam ziet dat ook.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your department at a glance</source>
            <translation>Overzicht van je afdeling</translation>
        </message>
        <message>
            <source>Here you see who handed in and when, and how much of their files each colleague decided themselves. The numbers come from the drop folder, just as the migration team sees them.</source>
            <translation>Hier zie je wie heeft ingeleverd en wanneer, en hoeveel van de eigen bestanden elke collega zelf heeft besloten. De cijfers komen uit de inlevermap, net zoals het migratieteam ze ziet.</translation>
        </message>
        <message>
            <source>Drop folder: %1</source>
            <translation>Inlevermap: %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Afdeling</translation>
        </message>
        <message>
            <source>Handed in</source>
            <translation>Ingeleverd</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Decided themselves</source>
            <translation>Zelf besloten</translation>
        </message>
        <message>
            <source>Helped by</source>
            <translation>Geholpen door</translation>
        </message>
        <message>
            <source>Colleagues who handed in</source>
            <translation>Collega's die hebben ingeleverd</translation>
        </message>
        <message>
            <source>&amp;Read again</source>
            <translation>&amp;Opnieuw lezen</translation>
        </message>
        <message>
            <source>Read the drop folder again</source>
            <translation>De inlevermap opnieuw lezen</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <source>Go back to where you were</source>
            <translation>Terug naar waar je was</translation>
        </message>
        <message>
            <source>Fetches the newest hand-ins from the drop folder.</source>
            <translation>Haalt de nieuwste inleveringen op uit de inlevermap.</translation>
        </message>
        <message>
            <source>Returns to the screen you came from.</source>
            <translation>Gaat terug naar het scherm waar je vandaan kwam.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>ShareTidy cannot start</source>
            <translation>ShareTidy kan niet starten</translation>
        </message>
        <message>
            <source>The settings file of your organisation has an error, so ShareTidy cannot start. Please tell the service desk:

%1</source>
            <translation>Er staat een fout in het instellingenbestand van je organisatie. Daarom kan ShareTidy niet starten. Geef dit door aan de servicedesk:

%1</translation>
        </message>
        <message>
            <source>ShareTidy is already open</source>
            <translation>ShareTidy is al open</translation>
        </message>
        <message>
            <source>ShareTidy is already open on this computer. Use that window.</source>
            <translation>ShareTidy is al open op deze computer. Gebruik dat venster.</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Text size %1% (the largest).</source>
            <translation>Tekstgrootte %1% (de grootste).</translation>
        </message>
        <message>
            <source>Text size %1% (normal).</source>
            <translation>Tekstgrootte %1% (normaal).</translation>
        </message>
        <message>
            <source>Text size %1%.</source>
            <translation>Tekstgrootte %1%.</translation>
        </message>
        <message>
            <source>High contrast is on.</source>
            <translation>Hoog contrast staat aan.</translation>
        </message>
        <message>
            <source>High contrast is off.</source>
            <translation>Hoog contrast staat uit.</translation>
        </message>
    </context>
    <context>
        <name>AppearanceButton</name>
        <message>
            <source>Text and contrast</source>
            <translation>Tekst en contrast</translation>
        </message>
        <message>
            <source>Larger text (Ctrl+plus), smaller text (Ctrl+minus), contrast</source>
            <translation>Grotere tekst (Ctrl+plus), kleinere tekst (Ctrl+min), contrast</translation>
        </message>
        <message>
            <source>Text and &amp;contrast</source>
            <translation>Tekst en &amp;contrast</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Grotere tekst</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>&amp;Kleinere tekst</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>&amp;Normale tekstgrootte</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;Hoog contrast</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>ShareTidy ran into a problem</source>
            <translation>ShareTidy heeft een probleem</translation>
        </message>
        <message>
            <source>Something went wrong, but your decisions so far are saved and you can carry on working.

If this keeps happening, please send this file to the service desk:
%1</source>
            <translation>Er ging iets mis, maar je besluiten tot nu toe zijn bewaard en je kunt gewoon verder werken.

Gebeurt dit vaker? Stuur dan dit bestand naar de servicedesk:
%1</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>nog %n dag</numerusform>
                <numerusform>nog %n dagen</numerusform>
            </translation>
        </message>
        <message>
            <source>The deadline (%1) has passed. Please finish soon.</source>
            <translation>De uiterste datum (%1) is voorbij. Rond het zo snel mogelijk af.</translation>
        </message>
        <message>
            <source>Today (%1) is the last day.</source>
            <translation>Vandaag (%1) is de laatste dag.</translation>
        </message>
        <message numerus="yes">
            <source>Deadline %1: %n day(s) left</source>
            <translation>
                <numerusform>Klaar vóór %1: nog %n dag</numerusform>
                <numerusform>Klaar vóór %1: nog %n dagen</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DecisionCommand</name>
        <message numerus="yes">
            <source>%n file(s) back to the suggestion</source>
            <translation>
                <numerusform>%n bestand terug naar het voorstel</numerusform>
                <numerusform>%n bestanden terug naar het voorstel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n file(s)</source>
            <translation>
                <numerusform>%1: %n bestand</numerusform>
                <numerusform>%1: %n bestanden</numerusform>
            </translation>
        </message>
        <message>
            <source>the whole share</source>
            <translation>de hele schijf</translation>
        </message>
        <message>
            <source>Folder %1 back to the suggestions</source>
            <translation>Map %1 terug naar de voorstellen</translation>
        </message>
        <message>
            <source>%1: folder %2</source>
            <translation>%1: map %2</translation>
        </message>
        <message>
            <source>Accept the suggestions in %1</source>
            <translation>Voorstellen goedkeuren in %1</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>(top folder of the share)</source>
            <translation>(bovenste map van de schijf)</translation>
        </message>
        <message>
            <source>In folder: %1</source>
            <translation>In de map: %1</translation>
        </message>
        <message>
            <source>%1 (rule: %2)</source>
            <translation>%1 (regel: %2)</translation>
        </message>
        <message>
            <source>%1, decided by you for the folder %2</source>
            <translation>%1, door jou besloten voor de map %2</translation>
        </message>
        <message>
            <source>%1, decided by you</source>
            <translation>%1, door jou besloten</translation>
        </message>
        <message>
            <source>%1, the suggestion (not decided yet)</source>
            <translation>%1, het voorstel (nog niet besloten)</translation>
        </message>
        <message>
            <source>Protected: this looks like an official record. It cannot be deleted; choose Archive or Keep.</source>
            <translation>Beschermd: dit lijkt een officieel stuk. Je kunt het niet verwijderen. Kies Archiveren of Bewaren.</translation>
        </message>
        <message>
            <source>This file changed after you decided. Please look at it again.</source>
            <translation>Dit bestand is veranderd nadat je besliste. Kijk er nog eens naar.</translation>
        </message>
        <message numerus="yes">
            <source>Other copies (%n)</source>
            <translation>
                <numerusform>Andere kopie (%n)</numerusform>
                <numerusform>Andere kopieën (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems for SharePoint</source>
            <translation>Problemen voor SharePoint</translation>
        </message>
        <message>
            <source>Choose a file in the list to see why ShareTidy suggests this.</source>
            <translation>Kies een bestand in de lijst. Hier zie je dan waarom ShareTidy dit voorstelt.</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Grootte:</translation>
        </message>
        <message>
            <source>Last changed:</source>
            <translation>Laatst gewijzigd:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Soort:</translation>
        </message>
        <message>
            <source>Suggestion:</source>
            <translation>Voorstel:</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Besluit:</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Waarom?</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>Bestand &amp;openen</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Bestand openen</translation>
        </message>
        <message>
            <source>Show in fo&amp;lder</source>
            <translation>In map &amp;tonen</translation>
        </message>
        <message>
            <source>Show the file in its folder</source>
            <translation>Het bestand in zijn map tonen</translation>
        </message>
        <message>
            <source>Details of the file</source>
            <translation>Gegevens van het bestand</translation>
        </message>
        <message>
            <source>Opens the file in its own program, so you can see what is in it.</source>
            <translation>Opent het bestand in het eigen programma, zodat je ziet wat erin staat.</translation>
        </message>
        <message>
            <source>Opens the folder that holds this file.</source>
            <translation>Opent de map waarin dit bestand staat.</translation>
        </message>
        <message>
            <source>Shows the size, the date, the suggestion and the reason for the chosen file.</source>
            <translation>Toont de grootte, de datum, het voorstel en de reden voor het gekozen bestand.</translation>
        </message>
    </context>
    <context>
        <name>FileTableModel</name>
        <message>
            <source>Keep</source>
            <translation>Bewaren</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Rekenblad</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Presentatie</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>Sound or music</source>
            <translation>Geluid of muziek</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Compressed folder (zip)</source>
            <translation>Gecomprimeerde map (zip)</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installatiebestand</translation>
        </message>
        <message>
            <source>Temporary or system file</source>
            <translation>Tijdelijk of systeembestand</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Snelkoppeling</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Gewijzigd</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Soort</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Voorstel</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reden</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <source>(top folder)</source>
            <translation>(bovenste map)</translation>
        </message>
        <message>
            <source>Protected: this looks like an official record, so it is never deleted.</source>
            <translation>Beschermd: dit lijkt een officieel stuk. Het wordt daarom nooit verwijderd.</translation>
        </message>
        <message>
            <source>Changed since you decided: please look at it again.</source>
            <translation>Veranderd nadat je besliste. Kijk er nog eens naar.</translation>
        </message>
        <message>
            <source>changed since you decided</source>
            <translation>veranderd nadat je besliste</translation>
        </message>
        <message>
            <source>Decided for the whole folder %1.</source>
            <translation>Besloten voor de hele map %1.</translation>
        </message>
        <message>
            <source>This is the suggestion; you have not decided yet.</source>
            <translation>Dit is het voorstel. Je hebt nog niet besloten.</translation>
        </message>
        <message>
            <source>%1, decided by you</source>
            <translation>%1, door jou besloten</translation>
        </message>
        <message>
            <source>%1, suggested</source>
            <translation>%1, voorgesteld</translation>
        </message>
        <message>
            <source>%1, changed since you decided</source>
            <translation>%1, veranderd nadat je besliste</translation>
        </message>
        <message>
            <source>%1, protected</source>
            <translation>%1, beschermd</translation>
        </message>
        <message>
            <source>%1, changed</source>
            <translation>%1, gewijzigd</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Zoeken:</translation>
        </message>
        <message>
            <source>Part of a file or folder name (Ctrl+F)</source>
            <translation>Deel van een bestands- of mapnaam (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search by file or folder name</source>
            <translation>Zoeken op bestands- of mapnaam</translation>
        </message>
        <message>
            <source>Su&amp;ggestion:</source>
            <translation>&amp;Voorstel:</translation>
        </message>
        <message>
            <source>Show files with this suggestion</source>
            <translation>Bestanden met dit voorstel tonen</translation>
        </message>
        <message>
            <source>Decis&amp;ion:</source>
            <translation>Beslu&amp;it:</translation>
        </message>
        <message>
            <source>Show files with this decision</source>
            <translation>Bestanden met dit besluit tonen</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Soort:</translation>
        </message>
        <message>
            <source>Show files of this type</source>
            <translation>Bestanden van deze soort tonen</translation>
        </message>
        <message>
            <source>All</source>
            <translation>Alle</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>Alle soorten</translation>
        </message>
        <message>
            <source>D&amp;uplicates</source>
            <translation>D&amp;ubbele bestanden</translation>
        </message>
        <message>
            <source>Show only files with identical copies</source>
            <translation>Alleen bestanden met precies dezelfde kopie tonen</translation>
        </message>
        <message>
            <source>Share&amp;Point problems</source>
            <translation>Share&amp;Point-problemen</translation>
        </message>
        <message>
            <source>Older than</source>
            <translation>Ouder dan</translation>
        </message>
        <message>
            <source>&amp;Reset filters</source>
            <translation>Filters wiss&amp;en</translation>
        </message>
        <message>
            <source>Show only files SharePoint will not accept</source>
            <translation>Alleen bestanden tonen die SharePoint niet accepteert</translation>
        </message>
        <message>
            <source>&amp;Not decided yet</source>
            <translation>&amp;Nog niet besloten</translation>
        </message>
        <message>
            <source>Show only files you have not decided</source>
            <translation>Alleen bestanden tonen waarover je nog niet besliste</translation>
        </message>
        <message>
            <source>Show only files older than</source>
            <translation>Alleen bestanden tonen ouder dan</translation>
        </message>
        <message>
            <source> years</source>
            <translation> jaar</translation>
        </message>
        <message>
            <source>Number of years</source>
            <translation>Aantal jaren</translation>
        </message>
        <message>
            <source>Clear every filter</source>
            <translation>Alle filters wissen</translation>
        </message>
        <message>
            <source>The list shows only the files with the suggestion you choose here.</source>
            <translation>De lijst toont alleen de bestanden met het voorstel dat je hier kiest.</translation>
        </message>
        <message>
            <source>The list shows only the files with the decision you choose here.</source>
            <translation>De lijst toont alleen de bestanden met het besluit dat je hier kiest.</translation>
        </message>
        <message>
            <source>The list shows only the files of the type you choose, such as PDF or image.</source>
            <translation>De lijst toont alleen de bestanden van de soort die je kiest, zoals pdf of afbeelding.</translation>
        </message>
        <message>
            <source>These are files that exist more than once with exactly the same content.</source>
            <translation>Dit zijn bestanden die vaker bestaan, met precies dezelfde inhoud.</translation>
        </message>
        <message>
            <source>These are files SharePoint refuses, for example because of a sign in the name.</source>
            <translation>Dit zijn bestanden die SharePoint weigert, bijvoorbeeld door een teken in de naam.</translation>
        </message>
        <message>
            <source>Hides the files you already made a decision about.</source>
            <translation>Verbergt de bestanden waarover je al een besluit nam.</translation>
        </message>
        <message>
            <source>Uses the number of years next to it and looks at when a file last changed.</source>
            <translation>Gebruikt het aantal jaren ernaast en kijkt wanneer een bestand voor het laatst veranderde.</translation>
        </message>
        <message>
            <source>How many years ago a file last changed, for the Older than filter.</source>
            <translation>Hoeveel jaar geleden een bestand voor het laatst veranderde, voor het filter Ouder dan.</translation>
        </message>
        <message>
            <source>Empties the search and sets every filter back; your decisions stay.</source>
            <translation>Maakt het zoekveld leeg en zet alle filters terug; je besluiten blijven staan.</translation>
        </message>
    </context>
    <context>
        <name>FolderTreeModel</name>
        <message>
            <source>Folder</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Besloten</translation>
        </message>
        <message>
            <source>How many of the files in the folder you have decided</source>
            <translation>Hoeveel bestanden in de map je al hebt besloten</translation>
        </message>
        <message>
            <source>%1 decided</source>
            <translation>%1 besloten</translation>
        </message>
        <message>
            <source>%1 files, %2; %3 decided by you</source>
            <translation>%1 bestanden, %2; %3 door jou besloten</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Keep</source>
            <translation>Bewaren</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archiveren</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Moves to Microsoft 365.</source>
            <translation>Gaat mee naar Microsoft 365.</translation>
        </message>
        <message>
            <source>Goes to the archive (records management).</source>
            <translation>Gaat naar het archief (DIV).</translation>
        </message>
        <message>
            <source>Does not move. The migration team can still restore it for a while.</source>
            <translation>Gaat niet mee. Het migratieteam kan het nog een tijd terugzetten.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Rekenblad</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Presentatie</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>Picture</source>
            <translation>Afbeelding</translation>
        </message>
        <message>
            <source>Sound or music</source>
            <translation>Geluid of muziek</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Compressed folder (zip)</source>
            <translation>Gecomprimeerde map (zip)</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installatiebestand</translation>
        </message>
        <message>
            <source>Temporary or system file</source>
            <translation>Tijdelijk of systeembestand</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Snelkoppeling</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Overig</translation>
        </message>
    </context>
    <context>
        <name>LiveView</name>
        <message>
            <source>Getting ready to follow changes…</source>
            <translation>Even geduld: ShareTidy gaat wijzigingen volgen…</translation>
        </message>
        <message>
            <source>Not reachable right now: your decisions are kept</source>
            <translation>Nu niet bereikbaar: je keuzes blijven bewaard</translation>
        </message>
        <message>
            <source>Changes are followed directly</source>
            <translation>Wijzigingen worden direct gevolgd</translation>
        </message>
        <message>
            <source>Network drive: checked %1</source>
            <translation>Netwerkschijf: %1 gecontroleerd</translation>
        </message>
        <message>
            <source>Too many folders to follow directly: checked %1</source>
            <translation>Te veel mappen om direct te volgen: %1 gecontroleerd</translation>
        </message>
        <message>
            <source>Checked for changes %1</source>
            <translation>ShareTidy kijkt %1 of er iets is veranderd</translation>
        </message>
        <message>
            <source>ShareTidy cannot reach this folder. It checks again every few seconds and carries on by itself when the folder is back.</source>
            <translation>ShareTidy kan deze map nu niet bereiken. Het kijkt om de paar seconden opnieuw en gaat vanzelf verder als de map terug is.</translation>
        </message>
        <message>
            <source>New, changed and removed files show up in the list within a few seconds.</source>
            <translation>Nieuwe, gewijzigde en verwijderde bestanden zie je binnen een paar seconden in de lijst.</translation>
        </message>
        <message>
            <source>A network drive does not report changes by itself, so ShareTidy looks at all folders now and then. On a big drive that takes a while, so it does not look more often.</source>
            <translation>Een netwerkschijf meldt wijzigingen niet vanzelf. Daarom kijkt ShareTidy af en toe in alle mappen. Op een grote schijf kost dat tijd, dus vaker kijken gaat niet.</translation>
        </message>
        <message>
            <source>This computer cannot follow this many folders directly, so ShareTidy looks at all folders now and then.</source>
            <translation>Deze computer kan zoveel mappen niet direct volgen. Daarom kijkt ShareTidy af en toe in alle mappen.</translation>
        </message>
        <message numerus="yes">
            <source>every %n minute(s)</source>
            <translation>
                <numerusform>elke %n minuut</numerusform>
                <numerusform>elke %n minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n second(s)</source>
            <translation>
                <numerusform>elke %n seconde</numerusform>
                <numerusform>elke %n seconden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A scan is already running.</source>
            <translation>Er loopt al een scan.</translation>
        </message>
        <message>
            <source>Looking for identical copies: %1 of %2 files read</source>
            <translation>Dubbele bestanden zoeken: %1 van %2 bestanden gelezen</translation>
        </message>
        <message>
            <source>The search for identical copies stopped.</source>
            <translation>Het zoeken naar dubbele bestanden is gestopt.</translation>
        </message>
        <message numerus="yes">
            <source>Identical copies found: %n group(s).</source>
            <translation>
                <numerusform>Dubbele bestanden gevonden: %n groep.</numerusform>
                <numerusform>Dubbele bestanden gevonden: %n groepen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Scan finished: %n file(s).</source>
            <translation>
                <numerusform>Scan klaar: %n bestand.</numerusform>
                <numerusform>Scan klaar: %n bestanden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) could not be read.</source>
            <translation>
                <numerusform>%n onderdeel kon niet worden gelezen.</numerusform>
                <numerusform>%n onderdelen konden niet worden gelezen.</numerusform>
            </translation>
        </message>
        <message>
            <source>The scan was cancelled. Nothing was changed.</source>
            <translation>De scan is gestopt. Er is niets veranderd.</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Ongedaan maken: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>Opnieu&amp;w: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>Opnieu&amp;w</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Opnieuw</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Sneltoetsen</translation>
        </message>
        <message>
            <source>Ctrl+1 to Ctrl+5: go to Start, Scan, Review, Overview or Hand in
K, A, D: keep, archive or delete the selected files
Ctrl+Z: undo the last decision
Ctrl+Shift+Z or Ctrl+Y: redo
Ctrl+F: search for a file
Tab and Shift+Tab: go to the next or previous part of the window
Alt + the underlined letter: press that button</source>
            <translation>Ctrl+1 tot Ctrl+5: naar Start, Scannen, Beoordelen, Overzicht of Inleveren
K, A, D: de gekozen bestanden bewaren (Keep), archiveren of verwijderen (Delete)
Ctrl+Z: het laatste besluit ongedaan maken
Ctrl+Shift+Z of Ctrl+Y: opnieuw doen
Ctrl+F: een bestand zoeken
Tab en Shift+Tab: naar het volgende of vorige deel van het venster
Alt + de onderstreepte letter: die knop indrukken</translation>
        </message>
        <message>
            <source>About ShareTidy</source>
            <translation>Over ShareTidy</translation>
        </message>
        <message>
            <source>ShareTidy %1

Helps you tidy your files on the network drives before the move to Microsoft 365. It only records your decisions; it never deletes anything on a network drive.</source>
            <translation>ShareTidy %1

Helpt je om je bestanden op de netwerkschijven op te ruimen vóór de overstap naar Microsoft 365. Het programma legt alleen je besluiten vast. Het verwijdert nooit iets op een netwerkschijf.</translation>
        </message>
        <message>
            <source>practice mode</source>
            <translation>oefenomgeving</translation>
        </message>
        <message>
            <source>1  Start</source>
            <translation>1  Start</translation>
        </message>
        <message>
            <source>2  Scan</source>
            <translation>2  Scannen</translation>
        </message>
        <message>
            <source>3  Review and decide</source>
            <translation>3  Bekijken en beslissen</translation>
        </message>
        <message>
            <source>4  Overview</source>
            <translation>4  Overzicht</translation>
        </message>
        <message>
            <source>Your shares (Ctrl+1)</source>
            <translation>Jouw schijven (Ctrl+1)</translation>
        </message>
        <message>
            <source>The running scan (Ctrl+2)</source>
            <translation>De scan die nu loopt (Ctrl+2)</translation>
        </message>
        <message>
            <source>Look at the files and decide (Ctrl+3)</source>
            <translation>De bestanden bekijken en beslissen (Ctrl+3)</translation>
        </message>
        <message>
            <source>Where the space goes, and what moves (Ctrl+4)</source>
            <translation>Waar de ruimte zit, en wat er meegaat (Ctrl+4)</translation>
        </message>
        <message>
            <source>5  Hand in</source>
            <translation>5  Inleveren</translation>
        </message>
        <message>
            <source>Hand your choices to the migration team (Ctrl+5)</source>
            <translation>Je keuzes inleveren bij het migratieteam (Ctrl+5)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Be&amp;werken</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Bee&amp;ld</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Add a folder…</source>
            <translation>Map &amp;toevoegen…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>&amp;Nederlands</source>
            <translation>&amp;Nederlands</translation>
        </message>
        <message>
            <source>&amp;English</source>
            <translation>&amp;English</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Sneltoetsen</translation>
        </message>
        <message>
            <source>&amp;About ShareTidy</source>
            <translation>&amp;Over ShareTidy</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Stappen</translation>
        </message>
        <message>
            <source>&amp;Department overview</source>
            <translation>Overzicht van de &amp;afdeling</translation>
        </message>
        <message>
            <source>Who in your department handed in, and how much they decided (Ctrl+Shift+A)</source>
            <translation>Wie van je afdeling heeft ingeleverd, en hoeveel er is besloten (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Ctrl+plus and Ctrl+minus: larger or smaller text; Ctrl+0: normal size
Ctrl+Shift+H: high contrast on or off
Ctrl+G: step by step (guided) on or off
Ctrl+Shift+A: the overview of your department</source>
            <translation>Ctrl+plus en Ctrl+min: grotere of kleinere tekst; Ctrl+0: normale grootte
Ctrl+Shift+H: hoog contrast aan of uit
Ctrl+G: stap voor stap (begeleid) aan of uit
Ctrl+Shift+A: het overzicht van je afdeling</translation>
        </message>
        <message>
            <source>Undo and redo</source>
            <translation>Ongedaan maken en opnieuw</translation>
        </message>
        <message>
            <source>Undo, redo, text and contrast</source>
            <translation>Ongedaan maken, opnieuw, tekst en contrast</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>the whole share</source>
            <translation>de hele schijf</translation>
        </message>
        <message>
            <source>The map shows: %1</source>
            <translation>De kaart toont: %1</translation>
        </message>
        <message>
            <source>&amp;Open this folder in the list</source>
            <translation>Deze map in de lijst &amp;openen</translation>
        </message>
        <message>
            <source>Open %1 in the list of files</source>
            <translation>%1 openen in de lijst met bestanden</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Totaal</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) (%1) move to Microsoft 365.</source>
            <translation>
                <numerusform>%n bestand (%1) gaat mee naar Microsoft 365.</numerusform>
                <numerusform>%n bestanden (%1) gaan mee naar Microsoft 365.</numerusform>
            </translation>
        </message>
        <message>
            <source>Their new place: %1</source>
            <translation>Hun nieuwe plek: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) (%1) go to the archive.</source>
            <translation>
                <numerusform>%n bestand (%1) gaat naar het archief.</numerusform>
                <numerusform>%n bestanden (%1) gaan naar het archief.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) (%1) do not move.</source>
            <translation>
                <numerusform>%n bestand (%1) gaat niet mee.</numerusform>
                <numerusform>%n bestanden (%1) gaan niet mee.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files you did not decide yet count with their suggestion. Nothing is deleted until the migration team carries out the plan, and they can restore files.</source>
            <translation>Bestanden waarover je nog niet besliste, tellen mee met hun voorstel. Er wordt pas iets verwijderd als het migratieteam het plan uitvoert. Het team kan bestanden ook terugzetten.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overzicht</translation>
        </message>
        <message>
            <source>Each block is a folder; the bigger the block, the more space it takes. The colour shows the decision. Click a block (or press Enter) to look inside that folder.</source>
            <translation>Elk blok is een map. Hoe groter het blok, hoe meer ruimte de map inneemt. De kleur toont het besluit. Klik op een blok (of druk op Enter) om in die map te kijken.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totalen</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Besluit</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>What moves to Microsoft 365</source>
            <translation>Wat gaat er mee naar Microsoft 365</translation>
        </message>
        <message>
            <source>Map of the folders by size</source>
            <translation>Kaart van de mappen naar grootte</translation>
        </message>
        <message>
            <source>Totals and what moves</source>
            <translation>Totalen en wat er meegaat</translation>
        </message>
        <message>
            <source>Goes to the list of files and shows only the files of this folder.</source>
            <translation>Gaat naar de lijst met bestanden en toont alleen de bestanden van deze map.</translation>
        </message>
        <message>
            <source>Shows how many files go where, counting your decisions and the suggestions.</source>
            <translation>Toont hoeveel bestanden waarheen gaan, met je besluiten en de voorstellen samen.</translation>
        </message>
    </context>
    <context>
        <name>PracticeBanner</name>
        <message>
            <source>Practice: these are sample files on this PC. What you do here never changes your real files.</source>
            <translation>Oefenen: dit zijn voorbeeldbestanden op deze pc. Wat je hier doet, verandert nooit je echte bestanden.</translation>
        </message>
        <message>
            <source>Practice mode</source>
            <translation>Oefenen</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>First choose one or more files in the list.</source>
            <translation>Kies eerst een of meer bestanden in de lijst.</translation>
        </message>
        <message numerus="yes">
            <source>You accepted the suggestions for %n file(s).</source>
            <translation>
                <numerusform>Je keurde het voorstel voor %n bestand goed.</numerusform>
                <numerusform>Je keurde de voorstellen voor %n bestanden goed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ctrl+Z undoes this.</source>
            <translation>Met Ctrl+Z maak je dit ongedaan.</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n file(s).</source>
            <translation>
                <numerusform>Opgeslagen: %n bestand.</numerusform>
                <numerusform>Opgeslagen: %n bestanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Er is niets veranderd.</translation>
        </message>
        <message>
            <source>Some files cannot be deleted</source>
            <translation>Sommige bestanden kunnen niet worden verwijderd</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like official records, such as a decision or a contract. Official records are never deleted: they go to the archive. They keep their suggestion; choose Archive or Keep for them.</source>
            <translation>
                <numerusform>%n bestand lijkt een officieel stuk, zoals een besluit of een contract. Officiële stukken worden nooit verwijderd: ze gaan naar het archief. Het bestand houdt zijn voorstel. Kies Archiveren of Bewaren.</numerusform>
                <numerusform>%n bestanden lijken officiële stukken, zoals een besluit of een contract. Officiële stukken worden nooit verwijderd: ze gaan naar het archief. Deze bestanden houden hun voorstel. Kies Archiveren of Bewaren.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Keep the whole folder</source>
            <translation>Hele map &amp;bewaren</translation>
        </message>
        <message>
            <source>&amp;Archive the whole folder</source>
            <translation>Hele map &amp;archiveren</translation>
        </message>
        <message>
            <source>&amp;Delete the whole folder</source>
            <translation>Hele map &amp;verwijderen</translation>
        </message>
        <message>
            <source>A&amp;ccept the suggestions in this folder</source>
            <translation>Voorstellen in deze map &amp;goedkeuren</translation>
        </message>
        <message>
            <source>&amp;Back to the suggestions</source>
            <translation>&amp;Terug naar de voorstellen</translation>
        </message>
        <message>
            <source>Showing %1 of %2 files (%3).</source>
            <translation>Je ziet %1 van de %2 bestanden (%3).</translation>
        </message>
        <message numerus="yes">
            <source>%n selected.</source>
            <translation>
                <numerusform>%n gekozen.</numerusform>
                <numerusform>%n gekozen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Review and decide: %1</source>
            <translation>Bekijken en beslissen: %1</translation>
        </message>
        <message>
            <source>Review and decide</source>
            <translation>Bekijken en beslissen</translation>
        </message>
        <message>
            <source>Selected files:</source>
            <translation>Gekozen bestanden:</translation>
        </message>
        <message>
            <source>&amp;Keep (K)</source>
            <translation>Bewaren (&amp;K)</translation>
        </message>
        <message>
            <source>Keep the selected files</source>
            <translation>De gekozen bestanden bewaren</translation>
        </message>
        <message>
            <source>Moves to Microsoft 365. Key: K</source>
            <translation>Gaat mee naar Microsoft 365. Toets: K</translation>
        </message>
        <message>
            <source>&amp;Archive (A)</source>
            <translation>Archiveren (&amp;A)</translation>
        </message>
        <message>
            <source>Archive the selected files</source>
            <translation>De gekozen bestanden archiveren</translation>
        </message>
        <message>
            <source>Goes to the archive. Key: A</source>
            <translation>Gaat naar het archief. Toets: A</translation>
        </message>
        <message>
            <source>&amp;Delete (D)</source>
            <translation>Verwijderen (&amp;D)</translation>
        </message>
        <message>
            <source>Delete the selected files</source>
            <translation>De gekozen bestanden verwijderen</translation>
        </message>
        <message>
            <source>Does not move. Key: D</source>
            <translation>Gaat niet mee. Toets: D</translation>
        </message>
        <message>
            <source>&amp;Back to the suggestion</source>
            <translation>Te&amp;rug naar het voorstel</translation>
        </message>
        <message>
            <source>Take the selected files back to the suggestion</source>
            <translation>De gekozen bestanden terugzetten naar het voorstel</translation>
        </message>
        <message>
            <source>A&amp;ccept the suggestions here</source>
            <translation>Voorstellen hier &amp;goedkeuren</translation>
        </message>
        <message>
            <source>Accept the suggestions in the chosen folder</source>
            <translation>De voorstellen in de gekozen map goedkeuren</translation>
        </message>
        <message>
            <source>Decide the &amp;whole folder…</source>
            <translation>Hele &amp;map beslissen…</translation>
        </message>
        <message>
            <source>Decide the whole chosen folder</source>
            <translation>Over de hele gekozen map beslissen</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation>Mappen</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Bestanden</translation>
        </message>
        <message>
            <source>Column titles of the folders</source>
            <translation>Kolomtitels van de mappen</translation>
        </message>
        <message>
            <source>Column titles of the files</source>
            <translation>Kolomtitels van de bestanden</translation>
        </message>
        <message>
            <source>%1 cannot be reached right now, perhaps because the network or VPN connection is gone. You can go on looking and deciding: everything is kept. As soon as the folder is back, ShareTidy brings the list up to date by itself.</source>
            <translation>%1 is nu niet bereikbaar. Misschien is de netwerk- of VPN-verbinding weg. Je kunt gewoon verder kijken en kiezen: alles blijft bewaard. Zodra de map terug is, werkt ShareTidy de lijst vanzelf bij.</translation>
        </message>
        <message>
            <source>This folder</source>
            <translation>Deze map</translation>
        </message>
        <message>
            <source>Move to the recycle bin now…</source>
            <translation>Nu naar de prullenbak…</translation>
        </message>
        <message>
            <source>Move the files you set to Delete to the recycle bin now</source>
            <translation>De bestanden die je op Verwijderen hebt gezet nu naar de prullenbak verplaatsen</translation>
        </message>
        <message>
            <source>This folder is on this computer: the files you set to Delete can go to the recycle bin now. You see the list first.</source>
            <translation>Deze map staat op deze computer. De bestanden die je op Verwijderen hebt gezet, kunnen nu al naar de prullenbak. Je ziet eerst de lijst.</translation>
        </message>
        <message>
            <source>In practice mode only the sample files can go to the recycle bin.</source>
            <translation>In de oefenomgeving kunnen alleen de oefenbestanden naar de prullenbak.</translation>
        </message>
        <message>
            <source>Removes your own decision; the suggestion counts again.</source>
            <translation>Haalt je eigen besluit weg; het voorstel telt weer.</translation>
        </message>
        <message>
            <source>Makes the suggestion for every file in this folder your decision.</source>
            <translation>Maakt van het voorstel voor elk bestand in deze map jouw besluit.</translation>
        </message>
        <message>
            <source>Opens a menu to keep, archive or delete everything in this folder at once.</source>
            <translation>Opent een menu om alles in deze map in één keer te bewaren, archiveren of verwijderen.</translation>
        </message>
        <message>
            <source>Choose a folder to see its files in the list.</source>
            <translation>Kies een map om de bestanden ervan in de lijst te zien.</translation>
        </message>
        <message>
            <source>Each row is a file with its suggestion; choose files, then a decision.</source>
            <translation>Elke regel is een bestand met het voorstel; kies bestanden en dan een besluit.</translation>
        </message>
        <message>
            <source>Asks first, then moves those files to the recycle bin; you can get them back.</source>
            <translation>Vraagt het eerst en zet die bestanden dan in de prullenbak; je kunt ze terughalen.</translation>
        </message>
    </context>
    <context>
        <name>RuleNames</name>
        <message>
            <source>duplicate files</source>
            <translation>dubbele bestanden</translation>
        </message>
        <message>
            <source>empty files</source>
            <translation>lege bestanden</translation>
        </message>
        <message>
            <source>official records</source>
            <translation>officiële stukken</translation>
        </message>
        <message>
            <source>larger than %1</source>
            <translation>groter dan %1</translation>
        </message>
        <message>
            <source>smaller than %1</source>
            <translation>kleiner dan %1</translation>
        </message>
        <message numerus="yes">
            <source>older than %n year(s)</source>
            <translation>
                <numerusform>ouder dan %n jaar</numerusform>
                <numerusform>ouder dan %n jaar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>newer than %n year(s)</source>
            <translation>
                <numerusform>jonger dan %n jaar</numerusform>
                <numerusform>jonger dan %n jaar</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>older than %n month(s)</source>
            <translation>
                <numerusform>ouder dan %n maand</numerusform>
                <numerusform>ouder dan %n maanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>newer than %n month(s)</source>
            <translation>
                <numerusform>jonger dan %n maand</numerusform>
                <numerusform>jonger dan %n maanden</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanPage</name>
        <message>
            <source>Stopping…</source>
            <translation>Bezig met stoppen…</translation>
        </message>
        <message>
            <source>The scan stopped</source>
            <translation>De scan is gestopt</translation>
        </message>
        <message>
            <source>ShareTidy could not finish the scan of %1: %2</source>
            <translation>ShareTidy kon de scan van %1 niet afmaken: %2</translation>
        </message>
        <message>
            <source>Step 1 of 3: making a list of your files</source>
            <translation>Stap 1 van 3: een lijst maken van je bestanden</translation>
        </message>
        <message>
            <source>Step 2 of 3: looking for identical copies (%1 of %2)</source>
            <translation>Stap 2 van 3: zoeken naar dubbele bestanden (%1 van %2)</translation>
        </message>
        <message>
            <source>Step 2 of 3: looking for identical copies</source>
            <translation>Stap 2 van 3: zoeken naar dubbele bestanden</translation>
        </message>
        <message>
            <source>Step 3 of 3: working out the suggestions</source>
            <translation>Stap 3 van 3: de voorstellen bepalen</translation>
        </message>
        <message>
            <source>%1 files per second</source>
            <translation>%1 bestanden per seconde</translation>
        </message>
        <message>
            <source>Scanning %1</source>
            <translation>%1 scannen</translation>
        </message>
        <message>
            <source>ShareTidy reads the list of your files. It does not open or change them. This can take a few minutes on a large share; you can cancel at any time.</source>
            <translation>ShareTidy leest de lijst van je bestanden. Het programma opent of verandert ze niet. Bij een grote schijf kan dit een paar minuten duren. Je kunt altijd stoppen.</translation>
        </message>
        <message>
            <source>Tip: you can keep working in other programs meanwhile. When the scan is done, ShareTidy shows your files with a suggestion for each one.</source>
            <translation>Tip: je kunt intussen gewoon doorwerken in andere programma's. Als de scan klaar is, toont ShareTidy je bestanden met een voorstel voor elk bestand.</translation>
        </message>
        <message>
            <source>Files found:</source>
            <translation>Gevonden bestanden:</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Snelheid:</translation>
        </message>
        <message>
            <source>Size so far:</source>
            <translation>Grootte tot nu toe:</translation>
        </message>
        <message>
            <source>Now reading:</source>
            <translation>Nu bezig met:</translation>
        </message>
        <message>
            <source>&amp;Cancel the scan</source>
            <translation>Scan &amp;stoppen</translation>
        </message>
        <message>
            <source>Cancel the scan</source>
            <translation>Scan stoppen</translation>
        </message>
        <message>
            <source>Scan progress</source>
            <translation>Voortgang van de scan</translation>
        </message>
        <message>
            <source>Folder being read</source>
            <translation>Map die nu wordt gelezen</translation>
        </message>
        <message>
            <source>Stops reading the list; your files and earlier choices stay as they were.</source>
            <translation>Stopt met lezen; je bestanden en eerdere keuzes blijven zoals ze waren.</translation>
        </message>
    </context>
    <context>
        <name>ShareCard</name>
        <message>
            <source>This folder cannot be reached right now. Is the network connected?</source>
            <translation>Deze map is nu niet bereikbaar. Is het netwerk aangesloten?</translation>
        </message>
        <message>
            <source>Not scanned yet. Scanning only reads; it changes nothing.</source>
            <translation>Nog niet gescand. Scannen leest alleen; er verandert niets.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s), %1 in total</source>
            <translation>
                <numerusform>%n bestand, samen %1</numerusform>
                <numerusform>%n bestanden, samen %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting what you decided…</source>
            <translation>Bezig met tellen wat je besliste…</translation>
        </message>
        <message numerus="yes">
            <source>You decided %1% of the files (%n file(s))</source>
            <translation>
                <numerusform>Je besliste over %1% van de bestanden (%n bestand)</numerusform>
                <numerusform>Je besliste over %1% van de bestanden (%n bestanden)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation>&amp;Scannen</translation>
        </message>
        <message>
            <source>&amp;Scan again</source>
            <translation>&amp;Opnieuw scannen</translation>
        </message>
        <message>
            <source>&amp;Review files</source>
            <translation>Be&amp;kijken</translation>
        </message>
        <message>
            <source>Scan %1</source>
            <translation>%1 scannen</translation>
        </message>
        <message>
            <source>Review the files of %1</source>
            <translation>De bestanden van %1 bekijken</translation>
        </message>
        <message>
            <source>Part of the files decided</source>
            <translation>Deel van de bestanden besloten</translation>
        </message>
        <message>
            <source>Checking whether this folder can be reached…</source>
            <translation>Even kijken of deze map bereikbaar is…</translation>
        </message>
        <message>
            <source>Reads only the list of your files; nothing changes.</source>
            <translation>Leest alleen de lijst van je bestanden; er verandert niets.</translation>
        </message>
        <message>
            <source>Shows your files with a suggestion for each one, so you can decide.</source>
            <translation>Toont je bestanden met een voorstel voor elk bestand, zodat je kunt beslissen.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>No shares were found. Add a folder to begin.</source>
            <translation>Er zijn geen schijven gevonden. Voeg een map toe om te beginnen.</translation>
        </message>
        <message>
            <source>Choose your department</source>
            <translation>Kies je afdeling</translation>
        </message>
        <message>
            <source>Choose a folder to tidy</source>
            <translation>Kies een map om op te ruimen</translation>
        </message>
        <message>
            <source>Welcome to ShareTidy</source>
            <translation>Welkom bij ShareTidy</translation>
        </message>
        <message>
            <source>Before the move to Microsoft 365, %1 asks you to look at your files on the network drives. For every file ShareTidy suggests keep, archive or delete, and says why. You decide.</source>
            <translation>Vóór de overstap naar Microsoft 365 vraagt %1 je om je bestanden op de netwerkschijven te bekijken. ShareTidy doet voor elk bestand een voorstel: bewaren, archiveren of verwijderen. En het zegt waarom. Jij beslist.</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>je organisatie</translation>
        </message>
        <message>
            <source>Your &amp;department:</source>
            <translation>Jouw &amp;afdeling:</translation>
        </message>
        <message>
            <source>Your department</source>
            <translation>Jouw afdeling</translation>
        </message>
        <message>
            <source>&amp;Add a folder…</source>
            <translation>Map &amp;toevoegen…</translation>
        </message>
        <message>
            <source>Add a folder</source>
            <translation>Map toevoegen</translation>
        </message>
        <message>
            <source>Your shares</source>
            <translation>Jouw schijven</translation>
        </message>
        <message>
            <source>Opens a window to choose one more folder to tidy up.</source>
            <translation>Opent een venster om nog een map te kiezen om op te ruimen.</translation>
        </message>
        <message>
            <source>Each card is a drive with its own buttons to scan and to review it.</source>
            <translation>Elke kaart is een schijf met eigen knoppen om hem te scannen en te bekijken.</translation>
        </message>
    </context>
    <context>
        <name>SubmitPage</name>
        <message>
            <source>ShareTidy could not count your choices: %1</source>
            <translation>ShareTidy kon je keuzes niet tellen: %1</translation>
        </message>
        <message>
            <source>Nothing to hand in yet: scan a share first (step 1).</source>
            <translation>Er is nog niets om in te leveren: scan eerst een schijf (stap 1).</translation>
        </message>
        <message>
            <source>Counting your choices…</source>
            <translation>Je keuzes worden geteld…</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Schijf</translation>
        </message>
        <message>
            <source>Still the suggestion</source>
            <translation>Nog het voorstel</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n bestand</numerusform>
                <numerusform>%n bestanden</numerusform>
            </translation>
        </message>
        <message>
            <source>Files you did not decide are handed in with their suggestion; the migration team sees which ones you chose yourself.</source>
            <translation>Bestanden waarover je niet besliste, worden ingeleverd met het voorstel; het migratieteam ziet welke je zelf koos.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still only have the suggestion.</source>
            <translation>
                <numerusform>%n bestand heeft nog alleen het voorstel.</numerusform>
                <numerusform>%n bestanden hebben nog alleen het voorstel.</numerusform>
            </translation>
        </message>
        <message>
            <source>Handing in your choices…</source>
            <translation>Je keuzes worden ingeleverd…</translation>
        </message>
        <message>
            <source>Your choices could not be handed in.</source>
            <translation>Je keuzes konden niet worden ingeleverd.</translation>
        </message>
        <message>
            <source>Nothing was lost; you can try again. What went wrong: %1</source>
            <translation>Er is niets verloren gegaan; je kunt het opnieuw proberen. Wat er misging: %1</translation>
        </message>
        <message>
            <source>Handed in at %1</source>
            <translation>Ingeleverd om %1</translation>
        </message>
        <message>
            <source>Handed in on %1 at %2</source>
            <translation>Ingeleverd op %1 om %2</translation>
        </message>
        <message>
            <source>The drop folder cannot be reached right now; the network may be down.</source>
            <translation>De inlevermap is nu niet bereikbaar; misschien is het netwerk weg.</translation>
        </message>
        <message>
            <source>You may not create files in the drop folder; the service desk can help.</source>
            <translation>Je mag geen bestanden in de inlevermap zetten; de servicedesk kan je helpen.</translation>
        </message>
        <message>
            <source>The drop folder is full; the service desk can help.</source>
            <translation>De inlevermap is vol; de servicedesk kan je helpen.</translation>
        </message>
        <message>
            <source>Your organisation's settings name no drop folder yet.</source>
            <translation>In de instellingen van je organisatie staat nog geen inlevermap.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reden: %1</translation>
        </message>
        <message>
            <source>The migration team received the list of your choices. You can change your choices and hand in again; the newest list counts.</source>
            <translation>Het migratieteam heeft de lijst met je keuzes ontvangen. Je kunt je keuzes nog veranderen en opnieuw inleveren; de nieuwste lijst telt.</translation>
        </message>
        <message>
            <source>Your choices are ready and will be sent as soon as the drop folder can be reached.</source>
            <translation>Je keuzes staan klaar en worden verstuurd zodra de inlevermap bereikbaar is.</translation>
        </message>
        <message>
            <source>ShareTidy tries again every few minutes; nothing is lost.</source>
            <translation>ShareTidy probeert het om de paar minuten opnieuw; er gaat niets verloren.</translation>
        </message>
        <message>
            <source>You can change your choices and hand in again; the newest list counts.</source>
            <translation>Je kunt je keuzes nog veranderen en opnieuw inleveren; de nieuwste lijst telt.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be handed in because the name cannot be read. Please rename them and hand in again:</source>
            <translation>
                <numerusform>%n bestand kon niet worden ingeleverd omdat de naam onleesbaar is. Geef het een andere naam en lever opnieuw in:</numerusform>
                <numerusform>%n bestanden konden niet worden ingeleverd omdat de naam onleesbaar is. Geef ze een andere naam en lever opnieuw in:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>en nog %n</numerusform>
                <numerusform>en nog %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Hand in</source>
            <translation>Inleveren</translation>
        </message>
        <message>
            <source>When you hand in, the migration team receives a list of your choices; nothing is deleted now.</source>
            <translation>Als je inlevert, krijgt het migratieteam een lijst met je keuzes; er wordt nu niets verwijderd.</translation>
        </message>
        <message>
            <source>What you hand in</source>
            <translation>Wat je inlevert</translation>
        </message>
        <message>
            <source>Helped b&amp;y (optional):</source>
            <translation>Geholpen &amp;door (niet verplicht):</translation>
        </message>
        <message>
            <source>Helped by</source>
            <translation>Geholpen door</translation>
        </message>
        <message>
            <source>Name of the colleague who helped you</source>
            <translation>Naam van de collega die jou hielp</translation>
        </message>
        <message>
            <source>Hand &amp;in</source>
            <translation>&amp;Inleveren</translation>
        </message>
        <message>
            <source>Hand in your choices</source>
            <translation>Je keuzes inleveren</translation>
        </message>
        <message>
            <source>In practice mode ShareTidy hands in only to the practice drop folder.</source>
            <translation>Bij het oefenen levert ShareTidy alleen in bij de inlevermap van de oefening.</translation>
        </message>
        <message>
            <source>Shows what you hand in and the button to hand it in.</source>
            <translation>Toont wat je inlevert en de knop om het in te leveren.</translation>
        </message>
    </context>
    <context>
        <name>TrashAction</name>
        <message>
            <source>There are no files that you set to Delete.</source>
            <translation>Er zijn geen bestanden die je op Verwijderen hebt gezet.</translation>
        </message>
        <message>
            <source>None of these files can go to the recycle bin; they stay where they are.</source>
            <translation>Geen van deze bestanden kan naar de prullenbak. Ze blijven staan waar ze staan.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) are now in the recycle bin.</source>
            <translation>
                <numerusform>%n bestand staat nu in de prullenbak.</numerusform>
                <numerusform>%n bestanden staan nu in de prullenbak.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) stayed where they were.</source>
            <translation>
                <numerusform>%n bestand is blijven staan.</numerusform>
                <numerusform>%n bestanden zijn blijven staan.</numerusform>
            </translation>
        </message>
        <message>
            <source>Something changed in the meantime, so nothing was removed. Please look at the list again.</source>
            <translation>Er is intussen iets veranderd. Daarom is er niets verwijderd. Kijk de lijst nog een keer na.</translation>
        </message>
        <message>
            <source>Nothing was removed: %1</source>
            <translation>Er is niets verwijderd: %1</translation>
        </message>
        <message>
            <source>A network drive has no recycle bin, so ShareTidy never removes files there: what you set to Delete goes to the migration team&apos;s list instead.</source>
            <translation>Een netwerkschijf heeft geen prullenbak. Daarom haalt ShareTidy daar nooit bestanden weg: wat je op Verwijderen zet, gaat mee in de lijst voor het migratieteam.</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>To the recycle bin now</source>
            <translation>Nu naar de prullenbak</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) (%1) go to the recycle bin of this computer:</source>
            <translation>
                <numerusform>%n bestand (%1) gaat naar de prullenbak van deze computer:</numerusform>
                <numerusform>%n bestanden (%1) gaan naar de prullenbak van deze computer:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more file(s)</source>
            <translation>
                <numerusform>…en nog %n bestand</numerusform>
                <numerusform>…en nog %n bestanden</numerusform>
            </translation>
        </message>
        <message>
            <source>You can get them back from the recycle bin for as long as it is not emptied.</source>
            <translation>Je kunt ze terughalen uit de prullenbak, zolang die niet is geleegd.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) stay where they are: official records, cloud files or files that changed since the scan.</source>
            <translation>
                <numerusform>%n bestand blijft staan: een officieel stuk, een bestand in de cloud of een bestand dat na de scan is veranderd.</numerusform>
                <numerusform>%n bestanden blijven staan: officiële stukken, bestanden in de cloud of bestanden die na de scan zijn veranderd.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Move to the recycle bin now</source>
            <translation>&amp;Nu naar de prullenbak</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Annuleren</translation>
        </message>
    </context>
    <context>
        <name>TreemapWidget</name>
        <message>
            <source>Map of the folders by size</source>
            <translation>Kaart van de mappen naar grootte</translation>
        </message>
        <message>
            <source>%1 (suggestion, not decided yet)</source>
            <translation>%1 (voorstel, nog niet besloten)</translation>
        </message>
        <message>
            <source>%1% decided by you</source>
            <translation>%1% door jou besloten</translation>
        </message>
        <message>
            <source>Up to %1</source>
            <translation>Terug naar %1</translation>
        </message>
        <message>
            <source>%1 more files</source>
            <translation>nog %1 bestanden</translation>
        </message>
        <message>
            <source>Nothing to show in this folder</source>
            <translation>In deze map is niets te zien</translation>
        </message>
        <message>
            <source>lighter: suggestion, not decided yet</source>
            <translation>lichter: voorstel, nog niet besloten</translation>
        </message>
    </context>
    <context>
        <name>GuidedDecisionBar</name>
        <message>
            <source>First choose one or more files in the list.</source>
            <translation>Kies eerst een of meer bestanden in de lijst.</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n file(s).</source>
            <translation>
                <numerusform>Opgeslagen: %n bestand.</numerusform>
                <numerusform>Opgeslagen: %n bestanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Er is niets veranderd.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like official records. Those are never deleted; choose Archive or Keep for them.</source>
            <translation>
                <numerusform>%n bestand lijkt een officieel stuk. Dat wordt nooit verwijderd; kies Archiveren of Bewaren.</numerusform>
                <numerusform>%n bestanden lijken officiële stukken. Die worden nooit verwijderd; kies Archiveren of Bewaren.</numerusform>
            </translation>
        </message>
        <message>
            <source>You already chose for every file in this list.</source>
            <translation>Je hebt al voor elk bestand in deze lijst gekozen.</translation>
        </message>
        <message numerus="yes">
            <source>Accept the suggestions: %n file(s)</source>
            <translation>
                <numerusform>Voorstellen overnemen: %n bestand</numerusform>
                <numerusform>Voorstellen overnemen: %n bestanden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You accepted the suggestion for %n file(s).</source>
            <translation>
                <numerusform>Je hebt het voorstel overgenomen voor %n bestand.</numerusform>
                <numerusform>Je hebt het voorstel overgenomen voor %n bestanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ctrl+Z undoes this.</source>
            <translation>Met Ctrl+Z maak je dit ongedaan.</translation>
        </message>
        <message>
            <source>Selected files:</source>
            <translation>Gekozen bestanden:</translation>
        </message>
        <message>
            <source>&amp;Archive (A)</source>
            <translation>Archiveren (&amp;A)</translation>
        </message>
        <message>
            <source>Archive the selected files</source>
            <translation>De gekozen bestanden archiveren</translation>
        </message>
        <message>
            <source>Goes to the archive. Key: A</source>
            <translation>Gaat naar het archief. Toets: A</translation>
        </message>
        <message>
            <source>&amp;Delete (D)</source>
            <translation>Verwijderen (&amp;D)</translation>
        </message>
        <message>
            <source>Delete the selected files</source>
            <translation>De gekozen bestanden verwijderen</translation>
        </message>
        <message>
            <source>Does not move. Key: D</source>
            <translation>Gaat niet mee. Toets: D</translation>
        </message>
        <message>
            <source>&amp;Keep (K)</source>
            <translation>Bewaren (&amp;K)</translation>
        </message>
        <message>
            <source>Keep the selected files</source>
            <translation>De gekozen bestanden bewaren</translation>
        </message>
        <message>
            <source>Moves to Microsoft 365. Key: K</source>
            <translation>Gaat mee naar Microsoft 365. Toets: K</translation>
        </message>
        <message>
            <source>Accept all &amp;suggestions</source>
            <translation>Alle voorstellen &amp;overnemen</translation>
        </message>
        <message>
            <source>Accept the suggestion for every file in this list</source>
            <translation>Het voorstel overnemen voor elk bestand in deze lijst</translation>
        </message>
    </context>
    <context>
        <name>GuidedFileList</name>
        <message>
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Grootte</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Leeftijd</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Voorstel</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Jouw keuze</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>ticked</source>
            <translation>aangevinkt</translation>
        </message>
        <message>
            <source>not ticked</source>
            <translation>niet aangevinkt</translation>
        </message>
        <message>
            <source>(top of the share)</source>
            <translation>(bovenin de schijf)</translation>
        </message>
        <message>
            <source>%1 (official record)</source>
            <translation>%1 (officieel stuk)</translation>
        </message>
        <message>
            <source>not chosen yet</source>
            <translation>nog niet gekozen</translation>
        </message>
        <message>
            <source>less than a year</source>
            <translation>minder dan een jaar</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n jaar</numerusform>
                <numerusform>%n jaar</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuidedFolderCard</name>
        <message>
            <source>&amp;Continue with this folder</source>
            <translation>Verder met deze &amp;map</translation>
        </message>
        <message>
            <source>Continue with %1</source>
            <translation>Verder met %1</translation>
        </message>
        <message>
            <source>Goes on with the next steps for this folder.</source>
            <translation>Gaat verder met de volgende stappen voor deze map.</translation>
        </message>
    </context>
    <context>
        <name>GuidedFoldersStep</name>
        <message>
            <source>No folders were found. Add a folder to begin.</source>
            <translation>Er zijn geen mappen gevonden. Kies een map om te beginnen.</translation>
        </message>
        <message>
            <source>Choose your department</source>
            <translation>Kies je afdeling</translation>
        </message>
        <message>
            <source>Choose a folder to tidy</source>
            <translation>Kies een map om op te ruimen</translation>
        </message>
        <message>
            <source>The scan was cancelled. Nothing was changed.</source>
            <translation>Het scannen is gestopt. Er is niets veranderd.</translation>
        </message>
        <message>
            <source>Choose a folder: scan it, or continue with it.</source>
            <translation>Kies een map: scan hem, of ga verder met een map die al gescand is.</translation>
        </message>
        <message numerus="yes">
            <source>Done: ShareTidy found %n file(s) in %1. Choose Next to go on.</source>
            <translation>
                <numerusform>Klaar: ShareTidy vond %n bestand in %1. Kies Volgende om verder te gaan.</numerusform>
                <numerusform>Klaar: ShareTidy vond %n bestanden in %1. Kies Volgende om verder te gaan.</numerusform>
            </translation>
        </message>
        <message>
            <source>You are working on %1. Choose Next to go on.</source>
            <translation>Je werkt nu aan %1. Kies Volgende om verder te gaan.</translation>
        </message>
        <message>
            <source>Choose the folder you want to tidy. ShareTidy first reads which files are in it (scanning). Scanning changes nothing.</source>
            <translation>Kies de schijf of map die je wilt opruimen. ShareTidy leest eerst welke bestanden erin staan (scannen). Scannen verandert niets.</translation>
        </message>
        <message>
            <source>Your &amp;department:</source>
            <translation>Jouw &amp;afdeling:</translation>
        </message>
        <message>
            <source>Your department</source>
            <translation>Jouw afdeling</translation>
        </message>
        <message>
            <source>&amp;Add another folder…</source>
            <translation>Andere map &amp;kiezen…</translation>
        </message>
        <message>
            <source>Add another folder</source>
            <translation>Een andere map kiezen</translation>
        </message>
        <message>
            <source>Your folders</source>
            <translation>Jouw mappen</translation>
        </message>
    </context>
    <context>
        <name>GuidedMode</name>
        <message>
            <source>&amp;Step by step (guided)</source>
            <translation>&amp;Stap voor stap (begeleid)</translation>
        </message>
        <message>
            <source>One small step at a time, with a tip for each (Ctrl+G)</source>
            <translation>Eén kleine stap tegelijk, met een tip bij elke stap (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>GuidedOldFiles</name>
        <message>
            <source>No old files in this folder. Choose Next to go on.</source>
            <translation>Geen oude bestanden in deze map. Kies Volgende om verder te gaan.</translation>
        </message>
        <message numerus="yes">
            <source>%n old file(s).</source>
            <translation>
                <numerusform>%n oud bestand.</numerusform>
                <numerusform>%n oude bestanden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them look like official records.</source>
            <translation>
                <numerusform>%n daarvan is waarschijnlijk een officieel stuk.</numerusform>
                <numerusform>%n daarvan zijn waarschijnlijk officiële stukken.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why this suggestion for %1:</source>
            <translation>Waarom dit voorstel voor %1:</translation>
        </message>
        <message>
            <source>This looks like an official record. The law says it must be kept for a set time, so it cannot be put on delete: choose Archive (or Keep if you still work with it).</source>
            <translation>Dit lijkt een officieel stuk. De wet zegt hoe lang het bewaard moet worden. Daarom kan het niet op Verwijderen: kies Archiveren (of Bewaren als je er nog mee werkt).</translation>
        </message>
        <message>
            <source>These files have not been changed for a long time. For each file you see its age and what the retention rule says. Choose Archive or Delete, or accept all suggestions at once.</source>
            <translation>Deze bestanden zijn lang niet gewijzigd. Bij elk bestand zie je hoe oud het is en wat de bewaarregel zegt. Kies Archiveren of Verwijderen, of neem alle voorstellen in één keer over.</translation>
        </message>
        <message>
            <source>Some of these files look like official records, such as a decision or a contract. Those are never deleted: they go to the archive.</source>
            <translation>Een deel van deze bestanden lijkt op officiële stukken, zoals een besluit of een contract. Die worden nooit verwijderd: ze gaan naar het archief.</translation>
        </message>
        <message>
            <source>Old files</source>
            <translation>Oude bestanden</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Kolomtitels</translation>
        </message>
        <message>
            <source>Why this suggestion</source>
            <translation>Waarom dit voorstel</translation>
        </message>
    </context>
    <context>
        <name>GuidedPage</name>
        <message>
            <source>The steps of the guided path</source>
            <translation>De stappen van het stappenplan</translation>
        </message>
        <message>
            <source>Tip: %1</source>
            <translation>Tip: %1</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Terug</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Terug naar de vorige stap</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Volgende</translation>
        </message>
        <message>
            <source>Go on to the next step</source>
            <translation>Verder naar de volgende stap</translation>
        </message>
        <message>
            <source>Goes back one step; what you did so far is kept.</source>
            <translation>Gaat een stap terug; wat je tot nu toe deed, blijft bewaard.</translation>
        </message>
        <message>
            <source>Goes on to the next step; what you did so far is kept.</source>
            <translation>Gaat door naar de volgende stap; wat je tot nu toe deed, blijft bewaard.</translation>
        </message>
    </context>
    <context>
        <name>GuidedPath</name>
        <message>
            <source>Why we tidy up</source>
            <translation>Waarom we opruimen</translation>
        </message>
        <message>
            <source>Your folders</source>
            <translation>Jouw mappen</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Snel opruimen</translation>
        </message>
        <message>
            <source>Old files</source>
            <translation>Oude bestanden</translation>
        </message>
        <message>
            <source>Names SharePoint does not accept</source>
            <translation>Namen die SharePoint niet accepteert</translation>
        </message>
        <message>
            <source>The rest</source>
            <translation>De overige bestanden</translation>
        </message>
        <message>
            <source>Summary and hand in</source>
            <translation>Overzicht en inleveren</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation>Mappen</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Namen</translation>
        </message>
        <message>
            <source>Hand in</source>
            <translation>Inleveren</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Stap %1 van %2</translation>
        </message>
    </context>
    <context>
        <name>GuidedProblemList</name>
        <message>
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <source>Name now</source>
            <translation>Naam nu</translation>
        </message>
        <message>
            <source>In folder</source>
            <translation>In map</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Wat is er mis</translation>
        </message>
        <message>
            <source>Proposed name</source>
            <translation>Nieuwe naam (voorstel)</translation>
        </message>
        <message numerus="yes">
            <source>Folder (%n file(s))</source>
            <translation>
                <numerusform>Map (%n bestand)</numerusform>
                <numerusform>Map (%n bestanden)</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>Bestand</translation>
        </message>
        <message>
            <source>(top of the share)</source>
            <translation>(bovenin de schijf)</translation>
        </message>
        <message>
            <source>choose a shorter name</source>
            <translation>kies een kortere naam</translation>
        </message>
        <message>
            <source>cannot be fixed by a new name</source>
            <translation>een nieuwe naam helpt hier niet</translation>
        </message>
    </context>
    <context>
        <name>GuidedQuickWins</name>
        <message>
            <source>No quick wins in this folder. Choose Next to go on.</source>
            <translation>Hier is niets snel op te ruimen. Kies Volgende om verder te gaan.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) found, %1 in total.</source>
            <translation>
                <numerusform>%n bestand gevonden, samen %1.</numerusform>
                <numerusform>%n bestanden gevonden, samen %1.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Delete these %n file(s)</source>
            <translation>
                <numerusform>&amp;Dit %n bestand verwijderen</numerusform>
                <numerusform>&amp;Deze %n bestanden verwijderen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Put the %n ticked file(s) on delete</source>
            <translation>
                <numerusform>Het %n aangevinkte bestand op Verwijderen zetten</numerusform>
                <numerusform>De %n aangevinkte bestanden op Verwijderen zetten</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Er is niets veranderd.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) are now on delete.</source>
            <translation>
                <numerusform>%n bestand staat nu op Verwijderen.</numerusform>
                <numerusform>%n bestanden staan nu op Verwijderen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed your mind? Choose Undo.</source>
            <translation>Toch niet? Kies Ongedaan maken.</translation>
        </message>
        <message>
            <source>Delete these files?</source>
            <translation>Deze bestanden verwijderen?</translation>
        </message>
        <message numerus="yes">
            <source>Put %n file(s) (%1) on delete?</source>
            <translation>
                <numerusform>%n bestand (%1) op Verwijderen zetten?</numerusform>
                <numerusform>%n bestanden (%1) op Verwijderen zetten?</numerusform>
            </translation>
        </message>
        <message>
            <source>They will not move to Microsoft 365. Nothing is deleted now, and the migration team can still restore them for a while.</source>
            <translation>Ze gaan niet mee naar Microsoft 365. Er wordt nu niets gewist, en het migratieteam kan ze nog een tijd terugzetten.</translation>
        </message>
        <message>
            <source>Yes, put them on delete</source>
            <translation>Ja, op Verwijderen zetten</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>Nee, terug</translation>
        </message>
        <message>
            <source>Undone: the files have their earlier choice again.</source>
            <translation>Ongedaan gemaakt: de bestanden hebben weer hun vorige keuze.</translation>
        </message>
        <message>
            <source>These files are almost never needed: temporary and system files, installers, and spare copies of a file that is also elsewhere (the copy that is kept is not in this list).</source>
            <translation>Deze bestanden zijn bijna nooit nodig: tijdelijke bestanden, systeembestanden, installatiebestanden en extra kopieën van een bestand dat ook ergens anders staat (de kopie die we bewaren staat niet in deze lijst).</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>Undo putting these files on delete</source>
            <translation>Deze bestanden niet meer op Verwijderen zetten</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Snel opruimen</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Kolomtitels</translation>
        </message>
    </context>
    <context>
        <name>GuidedRename</name>
        <message>
            <source>There is already a file or folder called “%1” there. ShareTidy never overwrites anything: choose another name.</source>
            <translation>Daar staat al een bestand of map met de naam “%1”. ShareTidy overschrijft nooit iets: kies een andere naam.</translation>
        </message>
        <message>
            <source>Type the new name first.</source>
            <translation>Typ eerst de nieuwe naam.</translation>
        </message>
        <message>
            <source>A name cannot contain / or \.</source>
            <translation>In een naam mag geen / of \ staan.</translation>
        </message>
        <message>
            <source>This name is too long: 255 characters at most.</source>
            <translation>Deze naam is te lang: hooguit 255 tekens.</translation>
        </message>
        <message>
            <source>SharePoint does not accept this name either. Choose another name.</source>
            <translation>Ook deze naam accepteert SharePoint niet. Kies een andere naam.</translation>
        </message>
        <message>
            <source>The new name is the same as the old one.</source>
            <translation>De nieuwe naam is dezelfde als de oude.</translation>
        </message>
        <message>
            <source>It is no longer there: it may have been moved or renamed. Scan the folder again.</source>
            <translation>Het staat er niet meer: misschien is het verplaatst of hernoemd. Scan de map opnieuw.</translation>
        </message>
        <message>
            <source>In practice mode ShareTidy only renames the practice files.</source>
            <translation>In de oefenomgeving hernoemt ShareTidy alleen de oefenbestanden.</translation>
        </message>
        <message>
            <source>Scan the folder first.</source>
            <translation>Scan eerst de map.</translation>
        </message>
        <message>
            <source>It could not be renamed (%1). Is it open in another program?</source>
            <translation>Hernoemen lukte niet (%1). Is het bestand open in een ander programma?</translation>
        </message>
        <message>
            <source>Rename “%1” to “%2”</source>
            <translation>“%1” hernoemen naar “%2”</translation>
        </message>
        <message>
            <source>Renamed again: “%1” is now called “%2”.</source>
            <translation>Opnieuw hernoemd: “%1” heet nu “%2”.</translation>
        </message>
        <message>
            <source>Undone: the name is “%1” again.</source>
            <translation>Ongedaan gemaakt: de naam is weer “%1”.</translation>
        </message>
    </context>
    <context>
        <name>GuidedRestStep</name>
        <message>
            <source>No other files in this folder. Choose Next to go on.</source>
            <translation>Geen andere bestanden in deze map. Kies Volgende om verder te gaan.</translation>
        </message>
        <message numerus="yes">
            <source>%n other file(s).</source>
            <translation>
                <numerusform>%n ander bestand.</numerusform>
                <numerusform>%n andere bestanden.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them still only have the suggestion.</source>
            <translation>
                <numerusform>Bij %n daarvan staat nog alleen het voorstel.</numerusform>
                <numerusform>Bij %n daarvan staat nog alleen het voorstel.</numerusform>
            </translation>
        </message>
        <message>
            <source>These are the other files, with ShareTidy's suggestion. Accept the suggestions, or choose per file. Files you do not choose are handed in with their suggestion.</source>
            <translation>Dit zijn de andere bestanden, met het voorstel van ShareTidy. Neem de voorstellen over, of kies per bestand. Bestanden waarvoor je niet kiest, lever je in met het voorstel.</translation>
        </message>
        <message>
            <source>Other files</source>
            <translation>Andere bestanden</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Kolomtitels</translation>
        </message>
    </context>
    <context>
        <name>GuidedSharePointStep</name>
        <message numerus="yes">
            <source>%n name(s) to fix.</source>
            <translation>
                <numerusform>%n naam om te verbeteren.</numerusform>
                <numerusform>%n namen om te verbeteren.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every name in this folder fits SharePoint. Choose Next to go on.</source>
            <translation>Alle namen in deze map passen in SharePoint. Kies Volgende om verder te gaan.</translation>
        </message>
        <message>
            <source>The folder “%1”:</source>
            <translation>De map “%1”:</translation>
        </message>
        <message>
            <source>The file “%1”:</source>
            <translation>Het bestand “%1”:</translation>
        </message>
        <message>
            <source>A new name cannot fix this. Choose Archive for it in the review, or ask the migration team.</source>
            <translation>Een nieuwe naam lost dit niet op. Kies hiervoor Archiveren bij Bekijken en beslissen, of vraag het migratieteam.</translation>
        </message>
        <message>
            <source>Type a shorter name, or rename a folder above it.</source>
            <translation>Typ een kortere naam, of geef een map erboven een kortere naam.</translation>
        </message>
        <message>
            <source>“%1” will be called “%2”.</source>
            <translation>“%1” gaat “%2” heten.</translation>
        </message>
        <message>
            <source>Renamed: the folder “%1” is now called “%2”.</source>
            <translation>Hernoemd: de map “%1” heet nu “%2”.</translation>
        </message>
        <message>
            <source>Renamed: the file “%1” is now called “%2”.</source>
            <translation>Hernoemd: het bestand “%1” heet nu “%2”.</translation>
        </message>
        <message>
            <source>Changed your mind? Choose Undo.</source>
            <translation>Toch niet? Kies Ongedaan maken.</translation>
        </message>
        <message>
            <source>SharePoint does not accept some names. Below is each problem with a new name that does work. Check the name, change it if you like, and choose Rename.</source>
            <translation>Sommige namen accepteert SharePoint niet. Hieronder staat elk probleem met een nieuwe naam die wel kan. Kijk de naam na, pas hem aan als je wilt, en kies Hernoemen.</translation>
        </message>
        <message>
            <source>Renaming is safe: ShareTidy never overwrites a file or folder that already has the new name, and Undo gives the old name back.</source>
            <translation>Hernoemen is veilig: ShareTidy overschrijft nooit een bestand of map die de nieuwe naam al heeft, en met Ongedaan maken krijg je de oude naam terug.</translation>
        </message>
        <message>
            <source>New na&amp;me:</source>
            <translation>&amp;Nieuwe naam:</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>Nieuwe naam</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>He&amp;rnoemen</translation>
        </message>
        <message>
            <source>Rename to the new name</source>
            <translation>Hernoemen naar de nieuwe naam</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Ongedaan maken</translation>
        </message>
        <message>
            <source>Undo the last rename</source>
            <translation>De laatste nieuwe naam ongedaan maken</translation>
        </message>
        <message>
            <source>Names to fix</source>
            <translation>Namen om te verbeteren</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Kolomtitels</translation>
        </message>
    </context>
    <context>
        <name>GuidedSummaryStep</name>
        <message numerus="yes">
            <source>In %1 you chose for %2 of the %n file(s) yourself.</source>
            <translation>
                <numerusform>In %1 heb je zelf gekozen voor %2 van %n bestand.</numerusform>
                <numerusform>In %1 heb je zelf gekozen voor %2 van de %n bestanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Tidy another folder</source>
            <translation>Nog een &amp;map opruimen</translation>
        </message>
        <message>
            <source>Tidy another folder (back to step 2)</source>
            <translation>Nog een map opruimen (terug naar stap 2)</translation>
        </message>
    </context>
    <context>
        <name>GuidedTips</name>
        <message>
            <source>Because you make the choices yourself, it helps to know first what each choice means. Take your time to read this.</source>
            <translation>Omdat je zelf kiest, is het fijn om eerst te weten wat elke keuze betekent. Lees dit rustig door.</translation>
        </message>
        <message>
            <source>Because scanning only reads the list of your files, it is safe. On a large folder it can take a few minutes.</source>
            <translation>Scannen is veilig, want ShareTidy leest alleen de lijst van je bestanden. Bij een grote map duurt het een paar minuten.</translation>
        </message>
        <message>
            <source>Because these files are of no use to anyone, you can put them all on delete at once. Untick a file if you still want to keep it.</source>
            <translation>Omdat niemand deze bestanden nodig heeft, kun je ze in één keer op Verwijderen zetten. Haal het vinkje weg bij een bestand dat je toch wilt houden.</translation>
        </message>
        <message>
            <source>Because the law says how long we keep documents, each file shows its age and the rule. If in doubt, choose Archive.</source>
            <translation>Omdat de wet zegt hoe lang we stukken bewaren, zie je bij elk bestand de leeftijd en de regel. Twijfel je, kies dan Archiveren.</translation>
        </message>
        <message>
            <source>Because SharePoint refuses these names, these files would otherwise not move. Check the new name and choose Rename.</source>
            <translation>Omdat SharePoint deze namen weigert, gaan deze bestanden anders niet mee. Kijk de nieuwe naam na en kies Hernoemen.</translation>
        </message>
        <message>
            <source>Because the suggestion is usually right, you can accept it for all of them at once. Have a quick look for anything you want otherwise.</source>
            <translation>Omdat het voorstel meestal klopt, kun je het voor alles in één keer overnemen. Kijk wel even of er iets tussen staat dat je anders wilt.</translation>
        </message>
        <message>
            <source>Because the migration team needs your choices for the move, you hand them in here. You can change them later and hand in again.</source>
            <translation>Omdat het migratieteam je keuzes nodig heeft voor de verhuizing, lever je ze hier in. Je kunt later nog iets veranderen en opnieuw inleveren.</translation>
        </message>
    </context>
    <context>
        <name>GuidedWhyStep</name>
        <message>
            <source>your organisation</source>
            <translation>je organisatie</translation>
        </message>
        <message>
            <source>%1 is moving from the network drives to Microsoft 365. Only the files that are still needed move along. You know your own files best, so you choose.</source>
            <translation>%1 stapt over van de netwerkschijven naar Microsoft 365. Alleen bestanden die nog nodig zijn, gaan mee. Jij kent je eigen bestanden het best, dus jij kiest.</translation>
        </message>
        <message>
            <source>The law says how long official records, such as decisions and contracts, must be kept: the retention period. Those go to the archive. Other files need not be kept forever.</source>
            <translation>De wet zegt hoe lang officiële stukken, zoals besluiten en contracten, bewaard moeten worden: de bewaartermijn. Die stukken gaan naar het archief. Andere bestanden hoeven we niet voor altijd te bewaren.</translation>
        </message>
        <message>
            <source>What happens to each choice</source>
            <translation>Wat er met elke keuze gebeurt</translation>
        </message>
        <message>
            <source>Nothing is deleted now. ShareTidy only writes down your choices and hands them to the migration team.</source>
            <translation>Er wordt nu niets gewist. ShareTidy schrijft alleen je keuzes op en geeft ze aan het migratieteam.</translation>
        </message>
    </context>
</TS>
