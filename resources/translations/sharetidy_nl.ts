<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>App</name>
        <message>
            <source>ShareTidy cannot start</source>
            <translation>ShareTidy kan niet starten</translation>
        </message>
        <message>
            <source>The settings file of your organisation has an error, so ShareTidy cannot start. Please tell the service desk:

%1</source>
            <translation>Er staat een fout in het instellingenbestand van uw organisatie. Daarom kan ShareTidy niet starten. Geef dit door aan de servicedesk:

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
        <name>CrashDialog</name>
        <message>
            <source>ShareTidy ran into a problem</source>
            <translation>ShareTidy heeft een probleem</translation>
        </message>
        <message>
            <source>Something went wrong, but your decisions so far are saved and you can carry on working.

If this keeps happening, please send this file to the service desk:
%1</source>
            <translation>Er ging iets mis, maar uw besluiten tot nu toe zijn bewaard en u kunt gewoon verder werken.

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
            <source>%1 (rule "%2")</source>
            <translation>%1 (regel "%2")</translation>
        </message>
        <message>
            <source>%1, decided by you for the folder %2</source>
            <translation>%1, door u besloten voor de map %2</translation>
        </message>
        <message>
            <source>%1, decided by you</source>
            <translation>%1, door u besloten</translation>
        </message>
        <message>
            <source>%1, the suggestion (not decided yet)</source>
            <translation>%1, het voorstel (nog niet besloten)</translation>
        </message>
        <message>
            <source>Protected: this looks like an official record. It cannot be deleted; choose Archive or Keep.</source>
            <translation>Beschermd: dit lijkt een officieel stuk. U kunt het niet verwijderen. Kies Archiveren of Bewaren.</translation>
        </message>
        <message>
            <source>This file changed after you decided. Please look at it again.</source>
            <translation>Dit bestand is veranderd nadat u besliste. Kijk er nog eens naar.</translation>
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
            <translation>Kies een bestand in de lijst. Hier ziet u dan waarom ShareTidy dit voorstelt.</translation>
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
            <translation>Veranderd nadat u besliste. Kijk er nog eens naar.</translation>
        </message>
        <message>
            <source>changed since you decided</source>
            <translation>veranderd nadat u besliste</translation>
        </message>
        <message>
            <source>Decided for the whole folder %1.</source>
            <translation>Besloten voor de hele map %1.</translation>
        </message>
        <message>
            <source>This is the suggestion; you have not decided yet.</source>
            <translation>Dit is het voorstel. U hebt nog niet besloten.</translation>
        </message>
        <message>
            <source>%1, decided by you</source>
            <translation>%1, door u besloten</translation>
        </message>
        <message>
            <source>%1, suggested</source>
            <translation>%1, voorgesteld</translation>
        </message>
        <message>
            <source>%1, changed since you decided</source>
            <translation>%1, veranderd nadat u besliste</translation>
        </message>
        <message>
            <source>%1, protected</source>
            <translation>%1, beschermd</translation>
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
            <translation>Alleen bestanden tonen waarover u nog niet besliste</translation>
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
            <translation>Hoeveel bestanden in de map u al hebt besloten</translation>
        </message>
        <message>
            <source>%1 decided</source>
            <translation>%1 besloten</translation>
        </message>
        <message>
            <source>%1 files, %2; %3 decided by you</source>
            <translation>%1 bestanden, %2; %3 door u besloten</translation>
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
        <name>MainWindow</name>
        <message>
            <source>A scan is already running.</source>
            <translation>Er loopt al een scan.</translation>
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

Helpt u om uw bestanden op de netwerkschijven op te ruimen vóór de overstap naar Microsoft 365. Het programma legt alleen uw besluiten vast. Het verwijdert nooit iets op een netwerkschijf.</translation>
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
            <translation>Uw schijven (Ctrl+1)</translation>
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
            <translation>Uw keuzes inleveren bij het migratieteam (Ctrl+5)</translation>
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
            <translation>Bestanden waarover u nog niet besliste, tellen mee met hun voorstel. Er wordt pas iets verwijderd als het migratieteam het plan uitvoert. Het team kan bestanden ook terugzetten.</translation>
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
                <numerusform>U keurde het voorstel voor %n bestand goed.</numerusform>
                <numerusform>U keurde de voorstellen voor %n bestanden goed.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ctrl+Z undoes this.</source>
            <translation>Met Ctrl+Z maakt u dit ongedaan.</translation>
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
            <translation>U ziet %1 van de %2 bestanden (%3).</translation>
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
            <translation>Stap 1 van 3: een lijst maken van uw bestanden</translation>
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
            <translation>ShareTidy leest de lijst van uw bestanden. Het programma opent of verandert ze niet. Bij een grote schijf kan dit een paar minuten duren. U kunt altijd stoppen.</translation>
        </message>
        <message>
            <source>Tip: you can keep working in other programs meanwhile. When the scan is done, ShareTidy shows your files with a suggestion for each one.</source>
            <translation>Tip: u kunt intussen gewoon doorwerken in andere programma's. Als de scan klaar is, toont ShareTidy uw bestanden met een voorstel voor elk bestand.</translation>
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
            <translation>Bezig met tellen wat u besliste…</translation>
        </message>
        <message numerus="yes">
            <source>You decided %1% of the files (%n file(s))</source>
            <translation>
                <numerusform>U besliste over %1% van de bestanden (%n bestand)</numerusform>
                <numerusform>U besliste over %1% van de bestanden (%n bestanden)</numerusform>
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
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>No shares were found. Add a folder to begin.</source>
            <translation>Er zijn geen schijven gevonden. Voeg een map toe om te beginnen.</translation>
        </message>
        <message>
            <source>Choose your department</source>
            <translation>Kies uw afdeling</translation>
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
            <translation>Vóór de overstap naar Microsoft 365 vraagt %1 u om uw bestanden op de netwerkschijven te bekijken. ShareTidy doet voor elk bestand een voorstel: bewaren, archiveren of verwijderen. En het zegt waarom. U beslist.</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>uw organisatie</translation>
        </message>
        <message>
            <source>Practice mode: these are sample files on this PC. Nothing you do here touches your real files.</source>
            <translation>Oefenomgeving: dit zijn voorbeeldbestanden op deze pc. Wat u hier doet, raakt uw echte bestanden niet.</translation>
        </message>
        <message>
            <source>Your &amp;department:</source>
            <translation>Uw &amp;afdeling:</translation>
        </message>
        <message>
            <source>Your department</source>
            <translation>Uw afdeling</translation>
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
            <translation>Uw schijven</translation>
        </message>
    </context>
    <context>
        <name>SubmitPage</name>
        <message>
            <source>ShareTidy could not count your choices: %1</source>
            <translation>ShareTidy kon uw keuzes niet tellen: %1</translation>
        </message>
        <message>
            <source>Nothing to hand in yet: scan a share first (step 1).</source>
            <translation>Er is nog niets om in te leveren: scan eerst een schijf (stap 1).</translation>
        </message>
        <message>
            <source>Counting your choices…</source>
            <translation>Uw keuzes worden geteld…</translation>
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
            <translation>Bestanden waarover u niet besliste, worden ingeleverd met het voorstel; het migratieteam ziet welke u zelf koos.</translation>
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
            <translation>Uw keuzes worden ingeleverd…</translation>
        </message>
        <message>
            <source>Your choices could not be handed in.</source>
            <translation>Uw keuzes konden niet worden ingeleverd.</translation>
        </message>
        <message>
            <source>Nothing was lost; you can try again. What went wrong: %1</source>
            <translation>Er is niets verloren gegaan; u kunt het opnieuw proberen. Wat er misging: %1</translation>
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
            <translation>U mag geen bestanden in de inlevermap zetten; de servicedesk kan u helpen.</translation>
        </message>
        <message>
            <source>The drop folder is full; the service desk can help.</source>
            <translation>De inlevermap is vol; de servicedesk kan u helpen.</translation>
        </message>
        <message>
            <source>Your organisation's settings name no drop folder yet.</source>
            <translation>In de instellingen van uw organisatie staat nog geen inlevermap.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reden: %1</translation>
        </message>
        <message>
            <source>The migration team received the list of your choices. You can change your choices and hand in again; the newest list counts.</source>
            <translation>Het migratieteam heeft de lijst met uw keuzes ontvangen. U kunt uw keuzes nog veranderen en opnieuw inleveren; de nieuwste lijst telt.</translation>
        </message>
        <message>
            <source>Your choices are ready and will be sent as soon as the drop folder can be reached.</source>
            <translation>Uw keuzes staan klaar en worden verstuurd zodra de inlevermap bereikbaar is.</translation>
        </message>
        <message>
            <source>ShareTidy tries again every few minutes; nothing is lost.</source>
            <translation>ShareTidy probeert het om de paar minuten opnieuw; er gaat niets verloren.</translation>
        </message>
        <message>
            <source>You can change your choices and hand in again; the newest list counts.</source>
            <translation>U kunt uw keuzes nog veranderen en opnieuw inleveren; de nieuwste lijst telt.</translation>
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
            <translation>Als u inlevert, krijgt het migratieteam een lijst met uw keuzes; er wordt nu niets verwijderd.</translation>
        </message>
        <message>
            <source>What you hand in</source>
            <translation>Wat u inlevert</translation>
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
            <translation>Naam van de collega die u hielp</translation>
        </message>
        <message>
            <source>Hand &amp;in</source>
            <translation>&amp;Inleveren</translation>
        </message>
        <message>
            <source>Hand in your choices</source>
            <translation>Uw keuzes inleveren</translation>
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
            <translation>%1% door u besloten</translation>
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
</TS>
