<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AmbassadorPage</name>
        <message>
            <source>You may hand in to the drop folder but not look inside it; that is normal, and the migration team can tell you how far your department is.</source>
            <translation>You may hand in to the drop folder but not look inside it; that is normal, and the migration team can tell you how far your department is.</translation>
        </message>
        <message>
            <source>The drop folder cannot be reached right now; please try again later.</source>
            <translation>The drop folder cannot be reached right now; please try again later.</translation>
        </message>
        <message>
            <source>Your organisation's settings name no drop folder, so there is nothing to show yet.</source>
            <translation>Your organisation's settings name no drop folder, so there is nothing to show yet.</translation>
        </message>
        <message>
            <source>This version of ShareTidy has no department overview; the migration team can tell you how far your department is.</source>
            <translation>This version of ShareTidy has no department overview; the migration team can tell you how far your department is.</translation>
        </message>
        <message>
            <source>The drop folder could not be read: %1</source>
            <translation>The drop folder could not be read: %1</translation>
        </message>
        <message>
            <source>Reading the drop folder…</source>
            <translation>Reading the drop folder…</translation>
        </message>
        <message>
            <source>Nobody of %1 has handed in yet.</source>
            <translation>Nobody of %1 has handed in yet.</translation>
        </message>
        <message>
            <source>Nobody has handed in yet.</source>
            <translation>Nobody has handed in yet.</translation>
        </message>
        <message numerus="yes">
            <source>%n colleague(s) of %1 handed in.</source>
            <translation>
                <numerusform>%n colleague of %1 handed in.</numerusform>
                <numerusform>%n colleagues of %1 handed in.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n colleague(s) handed in.</source>
            <translation>
                <numerusform>%n colleague handed in.</numerusform>
                <numerusform>%n colleagues handed in.</numerusform>
            </translation>
        </message>
        <message>
            <source>They decided %1% of their files themselves; the rest keeps the suggestion.</source>
            <translation>They decided %1% of their files themselves; the rest keeps the suggestion.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) in the drop folder could not be used; the migration team sees that too.</source>
            <translation>
                <numerusform>%n file in the drop folder could not be used; the migration team sees that too.</numerusform>
                <numerusform>%n files in the drop folder could not be used; the migration team sees that too.</numerusform>
            </translation>
        </message>
        <message>
            <source>Your department at a glance</source>
            <translation>Your department at a glance</translation>
        </message>
        <message>
            <source>Here you see who handed in and when, and how much of their files each colleague decided themselves. The numbers come from the drop folder, just as the migration team sees them.</source>
            <translation>Here you see who handed in and when, and how much of their files each colleague decided themselves. The numbers come from the drop folder, just as the migration team sees them.</translation>
        </message>
        <message>
            <source>Drop folder: %1</source>
            <translation>Drop folder: %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Handed in</source>
            <translation>Handed in</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Decided themselves</source>
            <translation>Decided themselves</translation>
        </message>
        <message>
            <source>Helped by</source>
            <translation>Helped by</translation>
        </message>
        <message>
            <source>Colleagues who handed in</source>
            <translation>Colleagues who handed in</translation>
        </message>
        <message>
            <source>&amp;Read again</source>
            <translation>&amp;Read again</translation>
        </message>
        <message>
            <source>Read the drop folder again</source>
            <translation>Read the drop folder again</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Go back to where you were</source>
            <translation>Go back to where you were</translation>
        </message>
        <message>
            <source>Fetches the newest hand-ins from the drop folder.</source>
            <translation>Fetches the newest hand-ins from the drop folder.</translation>
        </message>
        <message>
            <source>Returns to the screen you came from.</source>
            <translation>Returns to the screen you came from.</translation>
        </message>
    </context>
    <context>
        <name>App</name>
        <message>
            <source>ShareTidy cannot start</source>
            <translation>ShareTidy cannot start</translation>
        </message>
        <message>
            <source>The settings file of your organisation has an error, so ShareTidy cannot start. Please tell the service desk:

%1</source>
            <translation>The settings file of your organisation has an error, so ShareTidy cannot start. Please tell the service desk:

%1</translation>
        </message>
        <message>
            <source>ShareTidy is already open</source>
            <translation>ShareTidy is already open</translation>
        </message>
        <message>
            <source>ShareTidy is already open on this computer. Use that window.</source>
            <translation>ShareTidy is already open on this computer. Use that window.</translation>
        </message>
    </context>
    <context>
        <name>Appearance</name>
        <message>
            <source>Text size %1% (the largest).</source>
            <translation>Text size %1% (the largest).</translation>
        </message>
        <message>
            <source>Text size %1% (normal).</source>
            <translation>Text size %1% (normal).</translation>
        </message>
        <message>
            <source>Text size %1%.</source>
            <translation>Text size %1%.</translation>
        </message>
        <message>
            <source>High contrast is on.</source>
            <translation>High contrast is on.</translation>
        </message>
        <message>
            <source>High contrast is off.</source>
            <translation>High contrast is off.</translation>
        </message>
    </context>
    <context>
        <name>AppearanceButton</name>
        <message>
            <source>Text and contrast</source>
            <translation>Text and contrast</translation>
        </message>
        <message>
            <source>Larger text (Ctrl+plus), smaller text (Ctrl+minus), contrast</source>
            <translation>Larger text (Ctrl+plus), smaller text (Ctrl+minus), contrast</translation>
        </message>
        <message>
            <source>Text and &amp;contrast</source>
            <translation>Text and &amp;contrast</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>&amp;Larger text</translation>
        </message>
        <message>
            <source>&amp;Smaller text</source>
            <translation>&amp;Smaller text</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>&amp;Normal text size</translation>
        </message>
        <message>
            <source>&amp;High contrast</source>
            <translation>&amp;High contrast</translation>
        </message>
    </context>
    <context>
        <name>CrashDialog</name>
        <message>
            <source>ShareTidy ran into a problem</source>
            <translation>ShareTidy ran into a problem</translation>
        </message>
        <message>
            <source>Something went wrong, but your decisions so far are saved and you can carry on working.

If this keeps happening, please send this file to the service desk:
%1</source>
            <translation>Something went wrong, but your decisions so far are saved and you can carry on working.

If this keeps happening, please send this file to the service desk:
%1</translation>
        </message>
    </context>
    <context>
        <name>Deadline</name>
        <message numerus="yes">
            <source>%n day(s) left</source>
            <translation>
                <numerusform>%n day left</numerusform>
                <numerusform>%n days left</numerusform>
            </translation>
        </message>
        <message>
            <source>The deadline (%1) has passed. Please finish soon.</source>
            <translation>The deadline (%1) has passed. Please finish soon.</translation>
        </message>
        <message>
            <source>Today (%1) is the last day.</source>
            <translation>Today (%1) is the last day.</translation>
        </message>
        <message numerus="yes">
            <source>Deadline %1: %n day(s) left</source>
            <translation>
                <numerusform>Deadline %1: %n day left</numerusform>
                <numerusform>Deadline %1: %n days left</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DecisionCommand</name>
        <message numerus="yes">
            <source>%n file(s) back to the suggestion</source>
            <translation>
                <numerusform>%n file back to the suggestion</numerusform>
                <numerusform>%n files back to the suggestion</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1: %n file(s)</source>
            <translation>
                <numerusform>%1: %n file</numerusform>
                <numerusform>%1: %n files</numerusform>
            </translation>
        </message>
        <message>
            <source>the whole share</source>
            <translation>the whole share</translation>
        </message>
        <message>
            <source>Folder %1 back to the suggestions</source>
            <translation>Folder %1 back to the suggestions</translation>
        </message>
        <message>
            <source>%1: folder %2</source>
            <translation>%1: folder %2</translation>
        </message>
        <message>
            <source>Accept the suggestions in %1</source>
            <translation>Accept the suggestions in %1</translation>
        </message>
    </context>
    <context>
        <name>DetailsPane</name>
        <message>
            <source>(top folder of the share)</source>
            <translation>(top folder of the share)</translation>
        </message>
        <message>
            <source>In folder: %1</source>
            <translation>In folder: %1</translation>
        </message>
        <message>
            <source>%1 (rule: %2)</source>
            <translation>%1 (rule: %2)</translation>
        </message>
        <message>
            <source>%1, decided by you for the folder %2</source>
            <translation>%1, decided by you for the folder %2</translation>
        </message>
        <message>
            <source>%1, decided by you</source>
            <translation>%1, decided by you</translation>
        </message>
        <message>
            <source>%1, the suggestion (not decided yet)</source>
            <translation>%1, the suggestion (not decided yet)</translation>
        </message>
        <message>
            <source>Protected: this looks like an official record. It cannot be deleted; choose Archive or Keep.</source>
            <translation>Protected: this looks like an official record. It cannot be deleted; choose Archive or Keep.</translation>
        </message>
        <message>
            <source>This file changed after you decided. Please look at it again.</source>
            <translation>This file changed after you decided. Please look at it again.</translation>
        </message>
        <message numerus="yes">
            <source>Other copies (%n)</source>
            <translation>
                <numerusform>Other copy (%n)</numerusform>
                <numerusform>Other copies (%n)</numerusform>
            </translation>
        </message>
        <message>
            <source>Problems for SharePoint</source>
            <translation>Problems for SharePoint</translation>
        </message>
        <message>
            <source>Choose a file in the list to see why ShareTidy suggests this.</source>
            <translation>Choose a file in the list to see why ShareTidy suggests this.</translation>
        </message>
        <message>
            <source>Size:</source>
            <translation>Size:</translation>
        </message>
        <message>
            <source>Last changed:</source>
            <translation>Last changed:</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>Type:</translation>
        </message>
        <message>
            <source>Suggestion:</source>
            <translation>Suggestion:</translation>
        </message>
        <message>
            <source>Decision:</source>
            <translation>Decision:</translation>
        </message>
        <message>
            <source>Why?</source>
            <translation>Why?</translation>
        </message>
        <message>
            <source>&amp;Open the file</source>
            <translation>&amp;Open the file</translation>
        </message>
        <message>
            <source>Open the file</source>
            <translation>Open the file</translation>
        </message>
        <message>
            <source>Show in fo&amp;lder</source>
            <translation>Show in fo&amp;lder</translation>
        </message>
        <message>
            <source>Show the file in its folder</source>
            <translation>Show the file in its folder</translation>
        </message>
        <message>
            <source>Details of the file</source>
            <translation>Details of the file</translation>
        </message>
        <message>
            <source>Opens the file in its own program, so you can see what is in it.</source>
            <translation>Opens the file in its own program, so you can see what is in it.</translation>
        </message>
        <message>
            <source>Opens the folder that holds this file.</source>
            <translation>Opens the folder that holds this file.</translation>
        </message>
        <message>
            <source>Shows the size, the date, the suggestion and the reason for the chosen file.</source>
            <translation>Shows the size, the date, the suggestion and the reason for the chosen file.</translation>
        </message>
    </context>
    <context>
        <name>FileTableModel</name>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Spreadsheet</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Presentation</translation>
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
            <translation>Picture</translation>
        </message>
        <message>
            <source>Sound or music</source>
            <translation>Sound or music</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Compressed folder (zip)</source>
            <translation>Compressed folder (zip)</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>Temporary or system file</source>
            <translation>Temporary or system file</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Modified</source>
            <translation>Modified</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>(top folder)</source>
            <translation>(top folder)</translation>
        </message>
        <message>
            <source>Protected: this looks like an official record, so it is never deleted.</source>
            <translation>Protected: this looks like an official record, so it is never deleted.</translation>
        </message>
        <message>
            <source>Changed since you decided: please look at it again.</source>
            <translation>Changed since you decided: please look at it again.</translation>
        </message>
        <message>
            <source>changed since you decided</source>
            <translation>changed since you decided</translation>
        </message>
        <message>
            <source>Decided for the whole folder %1.</source>
            <translation>Decided for the whole folder %1.</translation>
        </message>
        <message>
            <source>This is the suggestion; you have not decided yet.</source>
            <translation>This is the suggestion; you have not decided yet.</translation>
        </message>
        <message>
            <source>%1, decided by you</source>
            <translation>%1, decided by you</translation>
        </message>
        <message>
            <source>%1, suggested</source>
            <translation>%1, suggested</translation>
        </message>
        <message>
            <source>%1, changed since you decided</source>
            <translation>%1, changed since you decided</translation>
        </message>
        <message>
            <source>%1, protected</source>
            <translation>%1, protected</translation>
        </message>
        <message>
            <source>%1, changed</source>
            <translation>%1, changed</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>&amp;Search:</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <source>Part of a file or folder name (Ctrl+F)</source>
            <translation>Part of a file or folder name (Ctrl+F)</translation>
        </message>
        <message>
            <source>Search by file or folder name</source>
            <translation>Search by file or folder name</translation>
        </message>
        <message>
            <source>Su&amp;ggestion:</source>
            <translation>Su&amp;ggestion:</translation>
        </message>
        <message>
            <source>Show files with this suggestion</source>
            <translation>Show files with this suggestion</translation>
        </message>
        <message>
            <source>Decis&amp;ion:</source>
            <translation>Decis&amp;ion:</translation>
        </message>
        <message>
            <source>Show files with this decision</source>
            <translation>Show files with this decision</translation>
        </message>
        <message>
            <source>&amp;Type:</source>
            <translation>&amp;Type:</translation>
        </message>
        <message>
            <source>Show files of this type</source>
            <translation>Show files of this type</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>All types</translation>
        </message>
        <message>
            <source>D&amp;uplicates</source>
            <translation>D&amp;uplicates</translation>
        </message>
        <message>
            <source>Show only files with identical copies</source>
            <translation>Show only files with identical copies</translation>
        </message>
        <message>
            <source>Share&amp;Point problems</source>
            <translation>Share&amp;Point problems</translation>
        </message>
        <message>
            <source>Older than</source>
            <translation>Older than</translation>
        </message>
        <message>
            <source>&amp;Reset filters</source>
            <translation>&amp;Reset filters</translation>
        </message>
        <message>
            <source>Show only files SharePoint will not accept</source>
            <translation>Show only files SharePoint will not accept</translation>
        </message>
        <message>
            <source>&amp;Not decided yet</source>
            <translation>&amp;Not decided yet</translation>
        </message>
        <message>
            <source>Show only files you have not decided</source>
            <translation>Show only files you have not decided</translation>
        </message>
        <message>
            <source>Show only files older than</source>
            <translation>Show only files older than</translation>
        </message>
        <message>
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Number of years</source>
            <translation>Number of years</translation>
        </message>
        <message>
            <source>Clear every filter</source>
            <translation>Clear every filter</translation>
        </message>
        <message>
            <source>The list shows only the files with the suggestion you choose here.</source>
            <translation>The list shows only the files with the suggestion you choose here.</translation>
        </message>
        <message>
            <source>The list shows only the files with the decision you choose here.</source>
            <translation>The list shows only the files with the decision you choose here.</translation>
        </message>
        <message>
            <source>The list shows only the files of the type you choose, such as PDF or image.</source>
            <translation>The list shows only the files of the type you choose, such as PDF or image.</translation>
        </message>
        <message>
            <source>These are files that exist more than once with exactly the same content.</source>
            <translation>These are files that exist more than once with exactly the same content.</translation>
        </message>
        <message>
            <source>These are files SharePoint refuses, for example because of a sign in the name.</source>
            <translation>These are files SharePoint refuses, for example because of a sign in the name.</translation>
        </message>
        <message>
            <source>Hides the files you already made a decision about.</source>
            <translation>Hides the files you already made a decision about.</translation>
        </message>
        <message>
            <source>Uses the number of years next to it and looks at when a file last changed.</source>
            <translation>Uses the number of years next to it and looks at when a file last changed.</translation>
        </message>
        <message>
            <source>How many years ago a file last changed, for the Older than filter.</source>
            <translation>How many years ago a file last changed, for the Older than filter.</translation>
        </message>
        <message>
            <source>Empties the search and sets every filter back; your decisions stay.</source>
            <translation>Empties the search and sets every filter back; your decisions stay.</translation>
        </message>
    </context>
    <context>
        <name>FolderTreeModel</name>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>How many of the files in the folder you have decided</source>
            <translation>How many of the files in the folder you have decided</translation>
        </message>
        <message>
            <source>%1 decided</source>
            <translation>%1 decided</translation>
        </message>
        <message>
            <source>%1 files, %2; %3 decided by you</source>
            <translation>%1 files, %2; %3 decided by you</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Keep</source>
            <translation>Keep</translation>
        </message>
        <message>
            <source>Archive</source>
            <translation>Archive</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Moves to Microsoft 365.</source>
            <translation>Moves to Microsoft 365.</translation>
        </message>
        <message>
            <source>Goes to the archive (records management).</source>
            <translation>Goes to the archive (records management).</translation>
        </message>
        <message>
            <source>Does not move. The migration team can still restore it for a while.</source>
            <translation>Does not move. The migration team can still restore it for a while.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>Spreadsheet</source>
            <translation>Spreadsheet</translation>
        </message>
        <message>
            <source>Presentation</source>
            <translation>Presentation</translation>
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
            <translation>Picture</translation>
        </message>
        <message>
            <source>Sound or music</source>
            <translation>Sound or music</translation>
        </message>
        <message>
            <source>Video</source>
            <translation>Video</translation>
        </message>
        <message>
            <source>Compressed folder (zip)</source>
            <translation>Compressed folder (zip)</translation>
        </message>
        <message>
            <source>Installer</source>
            <translation>Installer</translation>
        </message>
        <message>
            <source>Temporary or system file</source>
            <translation>Temporary or system file</translation>
        </message>
        <message>
            <source>Shortcut</source>
            <translation>Shortcut</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>LiveView</name>
        <message>
            <source>Getting ready to follow changes…</source>
            <translation>Getting ready to follow changes…</translation>
        </message>
        <message>
            <source>Not reachable right now: your decisions are kept</source>
            <translation>Not reachable right now: your decisions are kept</translation>
        </message>
        <message>
            <source>Changes are followed directly</source>
            <translation>Changes are followed directly</translation>
        </message>
        <message>
            <source>Network drive: checked %1</source>
            <translation>Network drive: checked %1</translation>
        </message>
        <message>
            <source>Too many folders to follow directly: checked %1</source>
            <translation>Too many folders to follow directly: checked %1</translation>
        </message>
        <message>
            <source>Checked for changes %1</source>
            <translation>Checked for changes %1</translation>
        </message>
        <message>
            <source>ShareTidy cannot reach this folder. It checks again every few seconds and carries on by itself when the folder is back.</source>
            <translation>ShareTidy cannot reach this folder. It checks again every few seconds and carries on by itself when the folder is back.</translation>
        </message>
        <message>
            <source>New, changed and removed files show up in the list within a few seconds.</source>
            <translation>New, changed and removed files show up in the list within a few seconds.</translation>
        </message>
        <message>
            <source>A network drive does not report changes by itself, so ShareTidy looks at all folders now and then. On a big drive that takes a while, so it does not look more often.</source>
            <translation>A network drive does not report changes by itself, so ShareTidy looks at all folders now and then. On a big drive that takes a while, so it does not look more often.</translation>
        </message>
        <message>
            <source>This computer cannot follow this many folders directly, so ShareTidy looks at all folders now and then.</source>
            <translation>This computer cannot follow this many folders directly, so ShareTidy looks at all folders now and then.</translation>
        </message>
        <message numerus="yes">
            <source>every %n minute(s)</source>
            <translation>
                <numerusform>every %n minute</numerusform>
                <numerusform>every %n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>every %n second(s)</source>
            <translation>
                <numerusform>every %n second</numerusform>
                <numerusform>every %n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>A scan is already running.</source>
            <translation>A scan is already running.</translation>
        </message>
        <message>
            <source>Looking for identical copies: %1 of %2 files read</source>
            <translation>Looking for identical copies: %1 of %2 files read</translation>
        </message>
        <message>
            <source>The search for identical copies stopped.</source>
            <translation>The search for identical copies stopped.</translation>
        </message>
        <message numerus="yes">
            <source>Identical copies found: %n group(s).</source>
            <translation>
                <numerusform>Identical copies found: %n group.</numerusform>
                <numerusform>Identical copies found: %n groups.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Scan finished: %n file(s).</source>
            <translation>
                <numerusform>Scan finished: %n file.</numerusform>
                <numerusform>Scan finished: %n files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) could not be read.</source>
            <translation>
                <numerusform>%n item could not be read.</numerusform>
                <numerusform>%n items could not be read.</numerusform>
            </translation>
        </message>
        <message>
            <source>The scan was cancelled. Nothing was changed.</source>
            <translation>The scan was cancelled. Nothing was changed.</translation>
        </message>
        <message>
            <source>&amp;Undo: %1</source>
            <translation>&amp;Undo: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo: %1</source>
            <translation>&amp;Redo: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Undo</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>Redo</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Keyboard shortcuts</translation>
        </message>
        <message>
            <source>Ctrl+1 to Ctrl+5: go to Start, Scan, Review, Overview or Hand in
K, A, D: keep, archive or delete the selected files
Ctrl+Z: undo the last decision
Ctrl+Shift+Z or Ctrl+Y: redo
Ctrl+F: search for a file
Tab and Shift+Tab: go to the next or previous part of the window
Alt + the underlined letter: press that button</source>
            <translation>Ctrl+1 to Ctrl+5: go to Start, Scan, Review, Overview or Hand in
K, A, D: keep, archive or delete the selected files
Ctrl+Z: undo the last decision
Ctrl+Shift+Z or Ctrl+Y: redo
Ctrl+F: search for a file
Tab and Shift+Tab: go to the next or previous part of the window
Alt + the underlined letter: press that button</translation>
        </message>
        <message>
            <source>About ShareTidy</source>
            <translation>About ShareTidy</translation>
        </message>
        <message>
            <source>ShareTidy %1

Helps you tidy your files on the network drives before the move to Microsoft 365. It only records your decisions; it never deletes anything on a network drive.</source>
            <translation>ShareTidy %1

Helps you tidy your files on the network drives before the move to Microsoft 365. It only records your decisions; it never deletes anything on a network drive.</translation>
        </message>
        <message>
            <source>practice mode</source>
            <translation>practice mode</translation>
        </message>
        <message>
            <source>1  Start</source>
            <translation>1  Start</translation>
        </message>
        <message>
            <source>2  Scan</source>
            <translation>2  Scan</translation>
        </message>
        <message>
            <source>3  Review and decide</source>
            <translation>3  Review and decide</translation>
        </message>
        <message>
            <source>4  Overview</source>
            <translation>4  Overview</translation>
        </message>
        <message>
            <source>Your shares (Ctrl+1)</source>
            <translation>Your shares (Ctrl+1)</translation>
        </message>
        <message>
            <source>The running scan (Ctrl+2)</source>
            <translation>The running scan (Ctrl+2)</translation>
        </message>
        <message>
            <source>Look at the files and decide (Ctrl+3)</source>
            <translation>Look at the files and decide (Ctrl+3)</translation>
        </message>
        <message>
            <source>Where the space goes, and what moves (Ctrl+4)</source>
            <translation>Where the space goes, and what moves (Ctrl+4)</translation>
        </message>
        <message>
            <source>5  Hand in</source>
            <translation>5  Hand in</translation>
        </message>
        <message>
            <source>Hand your choices to the migration team (Ctrl+5)</source>
            <translation>Hand your choices to the migration team (Ctrl+5)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Add a folder…</source>
            <translation>&amp;Add a folder…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
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
            <translation>&amp;Keyboard shortcuts</translation>
        </message>
        <message>
            <source>&amp;About ShareTidy</source>
            <translation>&amp;About ShareTidy</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>&amp;Department overview</source>
            <translation>&amp;Department overview</translation>
        </message>
        <message>
            <source>Who in your department handed in, and how much they decided (Ctrl+Shift+A)</source>
            <translation>Who in your department handed in, and how much they decided (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>Ctrl+plus and Ctrl+minus: larger or smaller text; Ctrl+0: normal size
Ctrl+Shift+H: high contrast on or off
Ctrl+G: step by step (guided) on or off
Ctrl+Shift+A: the overview of your department</source>
            <translation>Ctrl+plus and Ctrl+minus: larger or smaller text; Ctrl+0: normal size
Ctrl+Shift+H: high contrast on or off
Ctrl+G: step by step (guided) on or off
Ctrl+Shift+A: the overview of your department</translation>
        </message>
        <message>
            <source>Undo and redo</source>
            <translation>Undo and redo</translation>
        </message>
        <message>
            <source>Undo, redo, text and contrast</source>
            <translation>Undo, redo, text and contrast</translation>
        </message>
    </context>
    <context>
        <name>OverviewPage</name>
        <message>
            <source>the whole share</source>
            <translation>the whole share</translation>
        </message>
        <message>
            <source>The map shows: %1</source>
            <translation>The map shows: %1</translation>
        </message>
        <message>
            <source>&amp;Open this folder in the list</source>
            <translation>&amp;Open this folder in the list</translation>
        </message>
        <message>
            <source>Open %1 in the list of files</source>
            <translation>Open %1 in the list of files</translation>
        </message>
        <message>
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) (%1) move to Microsoft 365.</source>
            <translation>
                <numerusform>%n file (%1) moves to Microsoft 365.</numerusform>
                <numerusform>%n files (%1) move to Microsoft 365.</numerusform>
            </translation>
        </message>
        <message>
            <source>Their new place: %1</source>
            <translation>Their new place: %1</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) (%1) go to the archive.</source>
            <translation>
                <numerusform>%n file (%1) goes to the archive.</numerusform>
                <numerusform>%n files (%1) go to the archive.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) (%1) do not move.</source>
            <translation>
                <numerusform>%n file (%1) does not move.</numerusform>
                <numerusform>%n files (%1) do not move.</numerusform>
            </translation>
        </message>
        <message>
            <source>Files you did not decide yet count with their suggestion. Nothing is deleted until the migration team carries out the plan, and they can restore files.</source>
            <translation>Files you did not decide yet count with their suggestion. Nothing is deleted until the migration team carries out the plan, and they can restore files.</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Each block is a folder; the bigger the block, the more space it takes. The colour shows the decision. Click a block (or press Enter) to look inside that folder.</source>
            <translation>Each block is a folder; the bigger the block, the more space it takes. The colour shows the decision. Click a block (or press Enter) to look inside that folder.</translation>
        </message>
        <message>
            <source>Totals</source>
            <translation>Totals</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>What moves to Microsoft 365</source>
            <translation>What moves to Microsoft 365</translation>
        </message>
        <message>
            <source>Map of the folders by size</source>
            <translation>Map of the folders by size</translation>
        </message>
        <message>
            <source>Totals and what moves</source>
            <translation>Totals and what moves</translation>
        </message>
        <message>
            <source>Goes to the list of files and shows only the files of this folder.</source>
            <translation>Goes to the list of files and shows only the files of this folder.</translation>
        </message>
        <message>
            <source>Shows how many files go where, counting your decisions and the suggestions.</source>
            <translation>Shows how many files go where, counting your decisions and the suggestions.</translation>
        </message>
    </context>
    <context>
        <name>PracticeBanner</name>
        <message>
            <source>Practice: these are sample files on this PC. What you do here never changes your real files.</source>
            <translation>Practice: these are sample files on this PC. What you do here never changes your real files.</translation>
        </message>
        <message>
            <source>Practice mode</source>
            <translation>Practice mode</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>First choose one or more files in the list.</source>
            <translation>First choose one or more files in the list.</translation>
        </message>
        <message numerus="yes">
            <source>You accepted the suggestions for %n file(s).</source>
            <translation>
                <numerusform>You accepted the suggestion for %n file.</numerusform>
                <numerusform>You accepted the suggestions for %n files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ctrl+Z undoes this.</source>
            <translation>Ctrl+Z undoes this.</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n file(s).</source>
            <translation>
                <numerusform>Saved: %n file.</numerusform>
                <numerusform>Saved: %n files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Some files cannot be deleted</source>
            <translation>Some files cannot be deleted</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like official records, such as a decision or a contract. Official records are never deleted: they go to the archive. They keep their suggestion; choose Archive or Keep for them.</source>
            <translation>
                <numerusform>%n file looks like an official record, such as a decision or a contract. Official records are never deleted: they go to the archive. It keeps its suggestion; choose Archive or Keep for it.</numerusform>
                <numerusform>%n files look like official records, such as a decision or a contract. Official records are never deleted: they go to the archive. They keep their suggestion; choose Archive or Keep for them.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Keep the whole folder</source>
            <translation>&amp;Keep the whole folder</translation>
        </message>
        <message>
            <source>&amp;Archive the whole folder</source>
            <translation>&amp;Archive the whole folder</translation>
        </message>
        <message>
            <source>&amp;Delete the whole folder</source>
            <translation>&amp;Delete the whole folder</translation>
        </message>
        <message>
            <source>A&amp;ccept the suggestions in this folder</source>
            <translation>A&amp;ccept the suggestions in this folder</translation>
        </message>
        <message>
            <source>&amp;Back to the suggestions</source>
            <translation>&amp;Back to the suggestions</translation>
        </message>
        <message>
            <source>Showing %1 of %2 files (%3).</source>
            <translation>Showing %1 of %2 files (%3).</translation>
        </message>
        <message numerus="yes">
            <source>%n selected.</source>
            <translation>
                <numerusform>%n selected.</numerusform>
                <numerusform>%n selected.</numerusform>
            </translation>
        </message>
        <message>
            <source>Review and decide: %1</source>
            <translation>Review and decide: %1</translation>
        </message>
        <message>
            <source>Review and decide</source>
            <translation>Review and decide</translation>
        </message>
        <message>
            <source>Selected files:</source>
            <translation>Selected files:</translation>
        </message>
        <message>
            <source>&amp;Keep (K)</source>
            <translation>&amp;Keep (K)</translation>
        </message>
        <message>
            <source>Keep the selected files</source>
            <translation>Keep the selected files</translation>
        </message>
        <message>
            <source>Moves to Microsoft 365. Key: K</source>
            <translation>Moves to Microsoft 365. Key: K</translation>
        </message>
        <message>
            <source>&amp;Archive (A)</source>
            <translation>&amp;Archive (A)</translation>
        </message>
        <message>
            <source>Archive the selected files</source>
            <translation>Archive the selected files</translation>
        </message>
        <message>
            <source>Goes to the archive. Key: A</source>
            <translation>Goes to the archive. Key: A</translation>
        </message>
        <message>
            <source>&amp;Delete (D)</source>
            <translation>&amp;Delete (D)</translation>
        </message>
        <message>
            <source>Delete the selected files</source>
            <translation>Delete the selected files</translation>
        </message>
        <message>
            <source>Does not move. Key: D</source>
            <translation>Does not move. Key: D</translation>
        </message>
        <message>
            <source>&amp;Back to the suggestion</source>
            <translation>&amp;Back to the suggestion</translation>
        </message>
        <message>
            <source>Take the selected files back to the suggestion</source>
            <translation>Take the selected files back to the suggestion</translation>
        </message>
        <message>
            <source>A&amp;ccept the suggestions here</source>
            <translation>A&amp;ccept the suggestions here</translation>
        </message>
        <message>
            <source>Accept the suggestions in the chosen folder</source>
            <translation>Accept the suggestions in the chosen folder</translation>
        </message>
        <message>
            <source>Decide the &amp;whole folder…</source>
            <translation>Decide the &amp;whole folder…</translation>
        </message>
        <message>
            <source>Decide the whole chosen folder</source>
            <translation>Decide the whole chosen folder</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation>Folders</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>Column titles of the folders</source>
            <translation>Column titles of the folders</translation>
        </message>
        <message>
            <source>Column titles of the files</source>
            <translation>Column titles of the files</translation>
        </message>
        <message>
            <source>%1 cannot be reached right now, perhaps because the network or VPN connection is gone. You can go on looking and deciding: everything is kept. As soon as the folder is back, ShareTidy brings the list up to date by itself.</source>
            <translation>%1 cannot be reached right now, perhaps because the network or VPN connection is gone. You can go on looking and deciding: everything is kept. As soon as the folder is back, ShareTidy brings the list up to date by itself.</translation>
        </message>
        <message>
            <source>This folder</source>
            <translation>This folder</translation>
        </message>
        <message>
            <source>Move to the recycle bin now…</source>
            <translation>Move to the recycle bin now…</translation>
        </message>
        <message>
            <source>Move the files you set to Delete to the recycle bin now</source>
            <translation>Move the files you set to Delete to the recycle bin now</translation>
        </message>
        <message>
            <source>This folder is on this computer: the files you set to Delete can go to the recycle bin now. You see the list first.</source>
            <translation>This folder is on this computer: the files you set to Delete can go to the recycle bin now. You see the list first.</translation>
        </message>
        <message>
            <source>In practice mode only the sample files can go to the recycle bin.</source>
            <translation>In practice mode only the sample files can go to the recycle bin.</translation>
        </message>
        <message>
            <source>Removes your own decision; the suggestion counts again.</source>
            <translation>Removes your own decision; the suggestion counts again.</translation>
        </message>
        <message>
            <source>Makes the suggestion for every file in this folder your decision.</source>
            <translation>Makes the suggestion for every file in this folder your decision.</translation>
        </message>
        <message>
            <source>Opens a menu to keep, archive or delete everything in this folder at once.</source>
            <translation>Opens a menu to keep, archive or delete everything in this folder at once.</translation>
        </message>
        <message>
            <source>Choose a folder to see its files in the list.</source>
            <translation>Choose a folder to see its files in the list.</translation>
        </message>
        <message>
            <source>Each row is a file with its suggestion; choose files, then a decision.</source>
            <translation>Each row is a file with its suggestion; choose files, then a decision.</translation>
        </message>
        <message>
            <source>Asks first, then moves those files to the recycle bin; you can get them back.</source>
            <translation>Asks first, then moves those files to the recycle bin; you can get them back.</translation>
        </message>
    </context>
    <context>
        <name>RuleNames</name>
        <message>
            <source>duplicate files</source>
            <translation>duplicate files</translation>
        </message>
        <message>
            <source>empty files</source>
            <translation>empty files</translation>
        </message>
        <message>
            <source>official records</source>
            <translation>official records</translation>
        </message>
        <message>
            <source>larger than %1</source>
            <translation>larger than %1</translation>
        </message>
        <message>
            <source>smaller than %1</source>
            <translation>smaller than %1</translation>
        </message>
        <message numerus="yes">
            <source>older than %n year(s)</source>
            <translation>
                <numerusform>older than %n year</numerusform>
                <numerusform>older than %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>newer than %n year(s)</source>
            <translation>
                <numerusform>newer than %n year</numerusform>
                <numerusform>newer than %n years</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>older than %n month(s)</source>
            <translation>
                <numerusform>older than %n month</numerusform>
                <numerusform>older than %n months</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>newer than %n month(s)</source>
            <translation>
                <numerusform>newer than %n month</numerusform>
                <numerusform>newer than %n months</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScanPage</name>
        <message>
            <source>Stopping…</source>
            <translation>Stopping…</translation>
        </message>
        <message>
            <source>The scan stopped</source>
            <translation>The scan stopped</translation>
        </message>
        <message>
            <source>ShareTidy could not finish the scan of %1: %2</source>
            <translation>ShareTidy could not finish the scan of %1: %2</translation>
        </message>
        <message>
            <source>Step 1 of 3: making a list of your files</source>
            <translation>Step 1 of 3: making a list of your files</translation>
        </message>
        <message>
            <source>Step 2 of 3: looking for identical copies (%1 of %2)</source>
            <translation>Step 2 of 3: looking for identical copies (%1 of %2)</translation>
        </message>
        <message>
            <source>Step 2 of 3: looking for identical copies</source>
            <translation>Step 2 of 3: looking for identical copies</translation>
        </message>
        <message>
            <source>Step 3 of 3: working out the suggestions</source>
            <translation>Step 3 of 3: working out the suggestions</translation>
        </message>
        <message>
            <source>%1 files per second</source>
            <translation>%1 files per second</translation>
        </message>
        <message>
            <source>Scanning %1</source>
            <translation>Scanning %1</translation>
        </message>
        <message>
            <source>ShareTidy reads the list of your files. It does not open or change them. This can take a few minutes on a large share; you can cancel at any time.</source>
            <translation>ShareTidy reads the list of your files. It does not open or change them. This can take a few minutes on a large share; you can cancel at any time.</translation>
        </message>
        <message>
            <source>Tip: you can keep working in other programs meanwhile. When the scan is done, ShareTidy shows your files with a suggestion for each one.</source>
            <translation>Tip: you can keep working in other programs meanwhile. When the scan is done, ShareTidy shows your files with a suggestion for each one.</translation>
        </message>
        <message>
            <source>Files found:</source>
            <translation>Files found:</translation>
        </message>
        <message>
            <source>Speed:</source>
            <translation>Speed:</translation>
        </message>
        <message>
            <source>Size so far:</source>
            <translation>Size so far:</translation>
        </message>
        <message>
            <source>Now reading:</source>
            <translation>Now reading:</translation>
        </message>
        <message>
            <source>&amp;Cancel the scan</source>
            <translation>&amp;Cancel the scan</translation>
        </message>
        <message>
            <source>Cancel the scan</source>
            <translation>Cancel the scan</translation>
        </message>
        <message>
            <source>Scan progress</source>
            <translation>Scan progress</translation>
        </message>
        <message>
            <source>Folder being read</source>
            <translation>Folder being read</translation>
        </message>
        <message>
            <source>Stops reading the list; your files and earlier choices stay as they were.</source>
            <translation>Stops reading the list; your files and earlier choices stay as they were.</translation>
        </message>
    </context>
    <context>
        <name>ShareCard</name>
        <message>
            <source>This folder cannot be reached right now. Is the network connected?</source>
            <translation>This folder cannot be reached right now. Is the network connected?</translation>
        </message>
        <message>
            <source>Not scanned yet. Scanning only reads; it changes nothing.</source>
            <translation>Not scanned yet. Scanning only reads; it changes nothing.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s), %1 in total</source>
            <translation>
                <numerusform>%n file, %1 in total</numerusform>
                <numerusform>%n files, %1 in total</numerusform>
            </translation>
        </message>
        <message>
            <source>Counting what you decided…</source>
            <translation>Counting what you decided…</translation>
        </message>
        <message numerus="yes">
            <source>You decided %1% of the files (%n file(s))</source>
            <translation>
                <numerusform>You decided %1% of the files (%n file)</numerusform>
                <numerusform>You decided %1% of the files (%n files)</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Scan</source>
            <translation>&amp;Scan</translation>
        </message>
        <message>
            <source>&amp;Scan again</source>
            <translation>&amp;Scan again</translation>
        </message>
        <message>
            <source>&amp;Review files</source>
            <translation>&amp;Review files</translation>
        </message>
        <message>
            <source>Scan %1</source>
            <translation>Scan %1</translation>
        </message>
        <message>
            <source>Review the files of %1</source>
            <translation>Review the files of %1</translation>
        </message>
        <message>
            <source>Part of the files decided</source>
            <translation>Part of the files decided</translation>
        </message>
        <message>
            <source>Checking whether this folder can be reached…</source>
            <translation>Checking whether this folder can be reached…</translation>
        </message>
        <message>
            <source>Reads only the list of your files; nothing changes.</source>
            <translation>Reads only the list of your files; nothing changes.</translation>
        </message>
        <message>
            <source>Shows your files with a suggestion for each one, so you can decide.</source>
            <translation>Shows your files with a suggestion for each one, so you can decide.</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>No shares were found. Add a folder to begin.</source>
            <translation>No shares were found. Add a folder to begin.</translation>
        </message>
        <message>
            <source>Choose your department</source>
            <translation>Choose your department</translation>
        </message>
        <message>
            <source>Choose a folder to tidy</source>
            <translation>Choose a folder to tidy</translation>
        </message>
        <message>
            <source>Welcome to ShareTidy</source>
            <translation>Welcome to ShareTidy</translation>
        </message>
        <message>
            <source>Before the move to Microsoft 365, %1 asks you to look at your files on the network drives. For every file ShareTidy suggests keep, archive or delete, and says why. You decide.</source>
            <translation>Before the move to Microsoft 365, %1 asks you to look at your files on the network drives. For every file ShareTidy suggests keep, archive or delete, and says why. You decide.</translation>
        </message>
        <message>
            <source>your organisation</source>
            <translation>your organisation</translation>
        </message>
        <message>
            <source>Your &amp;department:</source>
            <translation>Your &amp;department:</translation>
        </message>
        <message>
            <source>Your department</source>
            <translation>Your department</translation>
        </message>
        <message>
            <source>&amp;Add a folder…</source>
            <translation>&amp;Add a folder…</translation>
        </message>
        <message>
            <source>Add a folder</source>
            <translation>Add a folder</translation>
        </message>
        <message>
            <source>Your shares</source>
            <translation>Your shares</translation>
        </message>
        <message>
            <source>Opens a window to choose one more folder to tidy up.</source>
            <translation>Opens a window to choose one more folder to tidy up.</translation>
        </message>
        <message>
            <source>Each card is a drive with its own buttons to scan and to review it.</source>
            <translation>Each card is a drive with its own buttons to scan and to review it.</translation>
        </message>
    </context>
    <context>
        <name>SubmitPage</name>
        <message>
            <source>ShareTidy could not count your choices: %1</source>
            <translation>ShareTidy could not count your choices: %1</translation>
        </message>
        <message>
            <source>Nothing to hand in yet: scan a share first (step 1).</source>
            <translation>Nothing to hand in yet: scan a share first (step 1).</translation>
        </message>
        <message>
            <source>Counting your choices…</source>
            <translation>Counting your choices…</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>Still the suggestion</source>
            <translation>Still the suggestion</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s)</source>
            <translation>
                <numerusform>%n file</numerusform>
                <numerusform>%n files</numerusform>
            </translation>
        </message>
        <message>
            <source>Files you did not decide are handed in with their suggestion; the migration team sees which ones you chose yourself.</source>
            <translation>Files you did not decide are handed in with their suggestion; the migration team sees which ones you chose yourself.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) still only have the suggestion.</source>
            <translation>
                <numerusform>%n file still only has the suggestion.</numerusform>
                <numerusform>%n files still only have the suggestion.</numerusform>
            </translation>
        </message>
        <message>
            <source>Handing in your choices…</source>
            <translation>Handing in your choices…</translation>
        </message>
        <message>
            <source>Your choices could not be handed in.</source>
            <translation>Your choices could not be handed in.</translation>
        </message>
        <message>
            <source>Nothing was lost; you can try again. What went wrong: %1</source>
            <translation>Nothing was lost; you can try again. What went wrong: %1</translation>
        </message>
        <message>
            <source>Handed in at %1</source>
            <translation>Handed in at %1</translation>
        </message>
        <message>
            <source>Handed in on %1 at %2</source>
            <translation>Handed in on %1 at %2</translation>
        </message>
        <message>
            <source>The drop folder cannot be reached right now; the network may be down.</source>
            <translation>The drop folder cannot be reached right now; the network may be down.</translation>
        </message>
        <message>
            <source>You may not create files in the drop folder; the service desk can help.</source>
            <translation>You may not create files in the drop folder; the service desk can help.</translation>
        </message>
        <message>
            <source>The drop folder is full; the service desk can help.</source>
            <translation>The drop folder is full; the service desk can help.</translation>
        </message>
        <message>
            <source>Your organisation's settings name no drop folder yet.</source>
            <translation>Your organisation's settings name no drop folder yet.</translation>
        </message>
        <message>
            <source>Reason: %1</source>
            <translation>Reason: %1</translation>
        </message>
        <message>
            <source>The migration team received the list of your choices. You can change your choices and hand in again; the newest list counts.</source>
            <translation>The migration team received the list of your choices. You can change your choices and hand in again; the newest list counts.</translation>
        </message>
        <message>
            <source>Your choices are ready and will be sent as soon as the drop folder can be reached.</source>
            <translation>Your choices are ready and will be sent as soon as the drop folder can be reached.</translation>
        </message>
        <message>
            <source>ShareTidy tries again every few minutes; nothing is lost.</source>
            <translation>ShareTidy tries again every few minutes; nothing is lost.</translation>
        </message>
        <message>
            <source>You can change your choices and hand in again; the newest list counts.</source>
            <translation>You can change your choices and hand in again; the newest list counts.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) could not be handed in because the name cannot be read. Please rename them and hand in again:</source>
            <translation>
                <numerusform>%n file could not be handed in because the name cannot be read. Please rename it and hand in again:</numerusform>
                <numerusform>%n files could not be handed in because the name cannot be read. Please rename them and hand in again:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>and %n more</source>
            <translation>
                <numerusform>and %n more</numerusform>
                <numerusform>and %n more</numerusform>
            </translation>
        </message>
        <message>
            <source>Hand in</source>
            <translation>Hand in</translation>
        </message>
        <message>
            <source>When you hand in, the migration team receives a list of your choices; nothing is deleted now.</source>
            <translation>When you hand in, the migration team receives a list of your choices; nothing is deleted now.</translation>
        </message>
        <message>
            <source>What you hand in</source>
            <translation>What you hand in</translation>
        </message>
        <message>
            <source>Helped b&amp;y (optional):</source>
            <translation>Helped b&amp;y (optional):</translation>
        </message>
        <message>
            <source>Helped by</source>
            <translation>Helped by</translation>
        </message>
        <message>
            <source>Name of the colleague who helped you</source>
            <translation>Name of the colleague who helped you</translation>
        </message>
        <message>
            <source>Hand &amp;in</source>
            <translation>Hand &amp;in</translation>
        </message>
        <message>
            <source>Hand in your choices</source>
            <translation>Hand in your choices</translation>
        </message>
        <message>
            <source>In practice mode ShareTidy hands in only to the practice drop folder.</source>
            <translation>In practice mode ShareTidy hands in only to the practice drop folder.</translation>
        </message>
        <message>
            <source>Shows what you hand in and the button to hand it in.</source>
            <translation>Shows what you hand in and the button to hand it in.</translation>
        </message>
    </context>
    <context>
        <name>TrashAction</name>
        <message>
            <source>There are no files that you set to Delete.</source>
            <translation>There are no files that you set to Delete.</translation>
        </message>
        <message>
            <source>None of these files can go to the recycle bin; they stay where they are.</source>
            <translation>None of these files can go to the recycle bin; they stay where they are.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) are now in the recycle bin.</source>
            <translation>
                <numerusform>%n file is now in the recycle bin.</numerusform>
                <numerusform>%n files are now in the recycle bin.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) stayed where they were.</source>
            <translation>
                <numerusform>%n file stayed where it was.</numerusform>
                <numerusform>%n files stayed where they were.</numerusform>
            </translation>
        </message>
        <message>
            <source>Something changed in the meantime, so nothing was removed. Please look at the list again.</source>
            <translation>Something changed in the meantime, so nothing was removed. Please look at the list again.</translation>
        </message>
        <message>
            <source>Nothing was removed: %1</source>
            <translation>Nothing was removed: %1</translation>
        </message>
        <message>
            <source>A network drive has no recycle bin, so ShareTidy never removes files there: what you set to Delete goes to the migration team&apos;s list instead.</source>
            <translation>A network drive has no recycle bin, so ShareTidy never removes files there: what you set to Delete goes to the migration team&apos;s list instead.</translation>
        </message>
    </context>
    <context>
        <name>TrashDialog</name>
        <message>
            <source>To the recycle bin now</source>
            <translation>To the recycle bin now</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) (%1) go to the recycle bin of this computer:</source>
            <translation>
                <numerusform>%n file (%1) goes to the recycle bin of this computer:</numerusform>
                <numerusform>%n files (%1) go to the recycle bin of this computer:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>…and %n more file(s)</source>
            <translation>
                <numerusform>…and %n more file</numerusform>
                <numerusform>…and %n more files</numerusform>
            </translation>
        </message>
        <message>
            <source>You can get them back from the recycle bin for as long as it is not emptied.</source>
            <translation>You can get them back from the recycle bin for as long as it is not emptied.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) stay where they are: official records, cloud files or files that changed since the scan.</source>
            <translation>
                <numerusform>%n file stays where it is: an official record, a cloud file or a file that changed since the scan.</numerusform>
                <numerusform>%n files stay where they are: official records, cloud files or files that changed since the scan.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Move to the recycle bin now</source>
            <translation>&amp;Move to the recycle bin now</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>&amp;Cancel</translation>
        </message>
    </context>
    <context>
        <name>TreemapWidget</name>
        <message>
            <source>Map of the folders by size</source>
            <translation>Map of the folders by size</translation>
        </message>
        <message>
            <source>%1 (suggestion, not decided yet)</source>
            <translation>%1 (suggestion, not decided yet)</translation>
        </message>
        <message>
            <source>%1% decided by you</source>
            <translation>%1% decided by you</translation>
        </message>
        <message>
            <source>Up to %1</source>
            <translation>Up to %1</translation>
        </message>
        <message>
            <source>%1 more files</source>
            <translation>%1 more files</translation>
        </message>
        <message>
            <source>Nothing to show in this folder</source>
            <translation>Nothing to show in this folder</translation>
        </message>
        <message>
            <source>lighter: suggestion, not decided yet</source>
            <translation>lighter: suggestion, not decided yet</translation>
        </message>
    </context>
    <context>
        <name>GuidedDecisionBar</name>
        <message>
            <source>First choose one or more files in the list.</source>
            <translation>First choose one or more files in the list.</translation>
        </message>
        <message numerus="yes">
            <source>Saved: %n file(s).</source>
            <translation>
                <numerusform>Saved: %n file.</numerusform>
                <numerusform>Saved: %n files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) look like official records. Those are never deleted; choose Archive or Keep for them.</source>
            <translation>
                <numerusform>%n file looks like an official record. Those are never deleted; choose Archive or Keep for it.</numerusform>
                <numerusform>%n files look like official records. Those are never deleted; choose Archive or Keep for them.</numerusform>
            </translation>
        </message>
        <message>
            <source>You already chose for every file in this list.</source>
            <translation>You already chose for every file in this list.</translation>
        </message>
        <message numerus="yes">
            <source>Accept the suggestions: %n file(s)</source>
            <translation>
                <numerusform>Accept the suggestion: %n file</numerusform>
                <numerusform>Accept the suggestions: %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You accepted the suggestion for %n file(s).</source>
            <translation>
                <numerusform>You accepted the suggestion for %n file.</numerusform>
                <numerusform>You accepted the suggestion for %n files.</numerusform>
            </translation>
        </message>
        <message>
            <source>Ctrl+Z undoes this.</source>
            <translation>Ctrl+Z undoes this.</translation>
        </message>
        <message>
            <source>Selected files:</source>
            <translation>Selected files:</translation>
        </message>
        <message>
            <source>&amp;Archive (A)</source>
            <translation>&amp;Archive (A)</translation>
        </message>
        <message>
            <source>Archive the selected files</source>
            <translation>Archive the selected files</translation>
        </message>
        <message>
            <source>Goes to the archive. Key: A</source>
            <translation>Goes to the archive. Key: A</translation>
        </message>
        <message>
            <source>&amp;Delete (D)</source>
            <translation>&amp;Delete (D)</translation>
        </message>
        <message>
            <source>Delete the selected files</source>
            <translation>Delete the selected files</translation>
        </message>
        <message>
            <source>Does not move. Key: D</source>
            <translation>Does not move. Key: D</translation>
        </message>
        <message>
            <source>&amp;Keep (K)</source>
            <translation>&amp;Keep (K)</translation>
        </message>
        <message>
            <source>Keep the selected files</source>
            <translation>Keep the selected files</translation>
        </message>
        <message>
            <source>Moves to Microsoft 365. Key: K</source>
            <translation>Moves to Microsoft 365. Key: K</translation>
        </message>
        <message>
            <source>Accept all &amp;suggestions</source>
            <translation>Accept all &amp;suggestions</translation>
        </message>
        <message>
            <source>Accept the suggestion for every file in this list</source>
            <translation>Accept the suggestion for every file in this list</translation>
        </message>
    </context>
    <context>
        <name>GuidedFileList</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>Folder</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Age</source>
            <translation>Age</translation>
        </message>
        <message>
            <source>Suggestion</source>
            <translation>Suggestion</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Your choice</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>ticked</source>
            <translation>ticked</translation>
        </message>
        <message>
            <source>not ticked</source>
            <translation>not ticked</translation>
        </message>
        <message>
            <source>(top of the share)</source>
            <translation>(top of the share)</translation>
        </message>
        <message>
            <source>%1 (official record)</source>
            <translation>%1 (official record)</translation>
        </message>
        <message>
            <source>not chosen yet</source>
            <translation>not chosen yet</translation>
        </message>
        <message>
            <source>less than a year</source>
            <translation>less than a year</translation>
        </message>
        <message numerus="yes">
            <source>%n year(s)</source>
            <translation>
                <numerusform>%n year</numerusform>
                <numerusform>%n years</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GuidedFolderCard</name>
        <message>
            <source>&amp;Continue with this folder</source>
            <translation>&amp;Continue with this folder</translation>
        </message>
        <message>
            <source>Continue with %1</source>
            <translation>Continue with %1</translation>
        </message>
        <message>
            <source>Goes on with the next steps for this folder.</source>
            <translation>Goes on with the next steps for this folder.</translation>
        </message>
    </context>
    <context>
        <name>GuidedFoldersStep</name>
        <message>
            <source>No folders were found. Add a folder to begin.</source>
            <translation>No folders were found. Add a folder to begin.</translation>
        </message>
        <message>
            <source>Choose your department</source>
            <translation>Choose your department</translation>
        </message>
        <message>
            <source>Choose a folder to tidy</source>
            <translation>Choose a folder to tidy</translation>
        </message>
        <message>
            <source>The scan was cancelled. Nothing was changed.</source>
            <translation>The scan was cancelled. Nothing was changed.</translation>
        </message>
        <message>
            <source>Choose a folder: scan it, or continue with it.</source>
            <translation>Choose a folder: scan it, or continue with it.</translation>
        </message>
        <message numerus="yes">
            <source>Done: ShareTidy found %n file(s) in %1. Choose Next to go on.</source>
            <translation>
                <numerusform>Done: ShareTidy found %n file in %1. Choose Next to go on.</numerusform>
                <numerusform>Done: ShareTidy found %n files in %1. Choose Next to go on.</numerusform>
            </translation>
        </message>
        <message>
            <source>You are working on %1. Choose Next to go on.</source>
            <translation>You are working on %1. Choose Next to go on.</translation>
        </message>
        <message>
            <source>Choose the folder you want to tidy. ShareTidy first reads which files are in it (scanning). Scanning changes nothing.</source>
            <translation>Choose the folder you want to tidy. ShareTidy first reads which files are in it (scanning). Scanning changes nothing.</translation>
        </message>
        <message>
            <source>Your &amp;department:</source>
            <translation>Your &amp;department:</translation>
        </message>
        <message>
            <source>Your department</source>
            <translation>Your department</translation>
        </message>
        <message>
            <source>&amp;Add another folder…</source>
            <translation>&amp;Add another folder…</translation>
        </message>
        <message>
            <source>Add another folder</source>
            <translation>Add another folder</translation>
        </message>
        <message>
            <source>Your folders</source>
            <translation>Your folders</translation>
        </message>
    </context>
    <context>
        <name>GuidedMode</name>
        <message>
            <source>&amp;Step by step (guided)</source>
            <translation>&amp;Step by step (guided)</translation>
        </message>
        <message>
            <source>One small step at a time, with a tip for each (Ctrl+G)</source>
            <translation>One small step at a time, with a tip for each (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>GuidedOldFiles</name>
        <message>
            <source>No old files in this folder. Choose Next to go on.</source>
            <translation>No old files in this folder. Choose Next to go on.</translation>
        </message>
        <message numerus="yes">
            <source>%n old file(s).</source>
            <translation>
                <numerusform>%n old file.</numerusform>
                <numerusform>%n old files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them look like official records.</source>
            <translation>
                <numerusform>%n of them looks like an official record.</numerusform>
                <numerusform>%n of them look like official records.</numerusform>
            </translation>
        </message>
        <message>
            <source>Why this suggestion for %1:</source>
            <translation>Why this suggestion for %1:</translation>
        </message>
        <message>
            <source>This looks like an official record. The law says it must be kept for a set time, so it cannot be put on delete: choose Archive (or Keep if you still work with it).</source>
            <translation>This looks like an official record. The law says it must be kept for a set time, so it cannot be put on delete: choose Archive (or Keep if you still work with it).</translation>
        </message>
        <message>
            <source>These files have not been changed for a long time. For each file you see its age and what the retention rule says. Choose Archive or Delete, or accept all suggestions at once.</source>
            <translation>These files have not been changed for a long time. For each file you see its age and what the retention rule says. Choose Archive or Delete, or accept all suggestions at once.</translation>
        </message>
        <message>
            <source>Some of these files look like official records, such as a decision or a contract. Those are never deleted: they go to the archive.</source>
            <translation>Some of these files look like official records, such as a decision or a contract. Those are never deleted: they go to the archive.</translation>
        </message>
        <message>
            <source>Old files</source>
            <translation>Old files</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Column titles</translation>
        </message>
        <message>
            <source>Why this suggestion</source>
            <translation>Why this suggestion</translation>
        </message>
    </context>
    <context>
        <name>GuidedPage</name>
        <message>
            <source>The steps of the guided path</source>
            <translation>The steps of the guided path</translation>
        </message>
        <message>
            <source>Tip: %1</source>
            <translation>Tip: %1</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>Back to the previous step</source>
            <translation>Back to the previous step</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Next</translation>
        </message>
        <message>
            <source>Go on to the next step</source>
            <translation>Go on to the next step</translation>
        </message>
        <message>
            <source>Goes back one step; what you did so far is kept.</source>
            <translation>Goes back one step; what you did so far is kept.</translation>
        </message>
        <message>
            <source>Goes on to the next step; what you did so far is kept.</source>
            <translation>Goes on to the next step; what you did so far is kept.</translation>
        </message>
    </context>
    <context>
        <name>GuidedPath</name>
        <message>
            <source>Why we tidy up</source>
            <translation>Why we tidy up</translation>
        </message>
        <message>
            <source>Your folders</source>
            <translation>Your folders</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick wins</translation>
        </message>
        <message>
            <source>Old files</source>
            <translation>Old files</translation>
        </message>
        <message>
            <source>Names SharePoint does not accept</source>
            <translation>Names SharePoint does not accept</translation>
        </message>
        <message>
            <source>The rest</source>
            <translation>The rest</translation>
        </message>
        <message>
            <source>Summary and hand in</source>
            <translation>Summary and hand in</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Folders</source>
            <translation>Folders</translation>
        </message>
        <message>
            <source>Names</source>
            <translation>Names</translation>
        </message>
        <message>
            <source>Hand in</source>
            <translation>Hand in</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>GuidedProblemList</name>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Name now</source>
            <translation>Name now</translation>
        </message>
        <message>
            <source>In folder</source>
            <translation>In folder</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>What is wrong</translation>
        </message>
        <message>
            <source>Proposed name</source>
            <translation>Proposed name</translation>
        </message>
        <message numerus="yes">
            <source>Folder (%n file(s))</source>
            <translation>
                <numerusform>Folder (%n file)</numerusform>
                <numerusform>Folder (%n files)</numerusform>
            </translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>(top of the share)</source>
            <translation>(top of the share)</translation>
        </message>
        <message>
            <source>choose a shorter name</source>
            <translation>choose a shorter name</translation>
        </message>
        <message>
            <source>cannot be fixed by a new name</source>
            <translation>cannot be fixed by a new name</translation>
        </message>
    </context>
    <context>
        <name>GuidedQuickWins</name>
        <message>
            <source>No quick wins in this folder. Choose Next to go on.</source>
            <translation>No quick wins in this folder. Choose Next to go on.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) found, %1 in total.</source>
            <translation>
                <numerusform>%n file found, %1 in total.</numerusform>
                <numerusform>%n files found, %1 in total.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&amp;Delete these %n file(s)</source>
            <translation>
                <numerusform>&amp;Delete this file</numerusform>
                <numerusform>&amp;Delete these %n files</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Put the %n ticked file(s) on delete</source>
            <translation>
                <numerusform>Put the ticked file on delete</numerusform>
                <numerusform>Put the %n ticked files on delete</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message numerus="yes">
            <source>%n file(s) are now on delete.</source>
            <translation>
                <numerusform>%n file is now on delete.</numerusform>
                <numerusform>%n files are now on delete.</numerusform>
            </translation>
        </message>
        <message>
            <source>Changed your mind? Choose Undo.</source>
            <translation>Changed your mind? Choose Undo.</translation>
        </message>
        <message>
            <source>Delete these files?</source>
            <translation>Delete these files?</translation>
        </message>
        <message numerus="yes">
            <source>Put %n file(s) (%1) on delete?</source>
            <translation>
                <numerusform>Put %n file (%1) on delete?</numerusform>
                <numerusform>Put %n files (%1) on delete?</numerusform>
            </translation>
        </message>
        <message>
            <source>They will not move to Microsoft 365. Nothing is deleted now, and the migration team can still restore them for a while.</source>
            <translation>They will not move to Microsoft 365. Nothing is deleted now, and the migration team can still restore them for a while.</translation>
        </message>
        <message>
            <source>Yes, put them on delete</source>
            <translation>Yes, put them on delete</translation>
        </message>
        <message>
            <source>No, go back</source>
            <translation>No, go back</translation>
        </message>
        <message>
            <source>Undone: the files have their earlier choice again.</source>
            <translation>Undone: the files have their earlier choice again.</translation>
        </message>
        <message>
            <source>These files are almost never needed: temporary and system files, installers, and spare copies of a file that is also elsewhere (the copy that is kept is not in this list).</source>
            <translation>These files are almost never needed: temporary and system files, installers, and spare copies of a file that is also elsewhere (the copy that is kept is not in this list).</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Undo putting these files on delete</source>
            <translation>Undo putting these files on delete</translation>
        </message>
        <message>
            <source>Quick wins</source>
            <translation>Quick wins</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Column titles</translation>
        </message>
    </context>
    <context>
        <name>GuidedRename</name>
        <message>
            <source>There is already a file or folder called “%1” there. ShareTidy never overwrites anything: choose another name.</source>
            <translation>There is already a file or folder called “%1” there. ShareTidy never overwrites anything: choose another name.</translation>
        </message>
        <message>
            <source>Type the new name first.</source>
            <translation>Type the new name first.</translation>
        </message>
        <message>
            <source>A name cannot contain / or \.</source>
            <translation>A name cannot contain / or \.</translation>
        </message>
        <message>
            <source>This name is too long: 255 characters at most.</source>
            <translation>This name is too long: 255 characters at most.</translation>
        </message>
        <message>
            <source>SharePoint does not accept this name either. Choose another name.</source>
            <translation>SharePoint does not accept this name either. Choose another name.</translation>
        </message>
        <message>
            <source>The new name is the same as the old one.</source>
            <translation>The new name is the same as the old one.</translation>
        </message>
        <message>
            <source>It is no longer there: it may have been moved or renamed. Scan the folder again.</source>
            <translation>It is no longer there: it may have been moved or renamed. Scan the folder again.</translation>
        </message>
        <message>
            <source>In practice mode ShareTidy only renames the practice files.</source>
            <translation>In practice mode ShareTidy only renames the practice files.</translation>
        </message>
        <message>
            <source>Scan the folder first.</source>
            <translation>Scan the folder first.</translation>
        </message>
        <message>
            <source>It could not be renamed (%1). Is it open in another program?</source>
            <translation>It could not be renamed (%1). Is it open in another program?</translation>
        </message>
        <message>
            <source>Rename “%1” to “%2”</source>
            <translation>Rename “%1” to “%2”</translation>
        </message>
        <message>
            <source>Renamed again: “%1” is now called “%2”.</source>
            <translation>Renamed again: “%1” is now called “%2”.</translation>
        </message>
        <message>
            <source>Undone: the name is “%1” again.</source>
            <translation>Undone: the name is “%1” again.</translation>
        </message>
    </context>
    <context>
        <name>GuidedRestStep</name>
        <message>
            <source>No other files in this folder. Choose Next to go on.</source>
            <translation>No other files in this folder. Choose Next to go on.</translation>
        </message>
        <message numerus="yes">
            <source>%n other file(s).</source>
            <translation>
                <numerusform>%n other file.</numerusform>
                <numerusform>%n other files.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of them still only have the suggestion.</source>
            <translation>
                <numerusform>%n of them still only has the suggestion.</numerusform>
                <numerusform>%n of them still only have the suggestion.</numerusform>
            </translation>
        </message>
        <message>
            <source>These are the other files, with ShareTidy's suggestion. Accept the suggestions, or choose per file. Files you do not choose are handed in with their suggestion.</source>
            <translation>These are the other files, with ShareTidy's suggestion. Accept the suggestions, or choose per file. Files you do not choose are handed in with their suggestion.</translation>
        </message>
        <message>
            <source>Other files</source>
            <translation>Other files</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Column titles</translation>
        </message>
    </context>
    <context>
        <name>GuidedSharePointStep</name>
        <message numerus="yes">
            <source>%n name(s) to fix.</source>
            <translation>
                <numerusform>%n name to fix.</numerusform>
                <numerusform>%n names to fix.</numerusform>
            </translation>
        </message>
        <message>
            <source>Every name in this folder fits SharePoint. Choose Next to go on.</source>
            <translation>Every name in this folder fits SharePoint. Choose Next to go on.</translation>
        </message>
        <message>
            <source>The folder “%1”:</source>
            <translation>The folder “%1”:</translation>
        </message>
        <message>
            <source>The file “%1”:</source>
            <translation>The file “%1”:</translation>
        </message>
        <message>
            <source>A new name cannot fix this. Choose Archive for it in the review, or ask the migration team.</source>
            <translation>A new name cannot fix this. Choose Archive for it in the review, or ask the migration team.</translation>
        </message>
        <message>
            <source>Type a shorter name, or rename a folder above it.</source>
            <translation>Type a shorter name, or rename a folder above it.</translation>
        </message>
        <message>
            <source>“%1” will be called “%2”.</source>
            <translation>“%1” will be called “%2”.</translation>
        </message>
        <message>
            <source>Renamed: the folder “%1” is now called “%2”.</source>
            <translation>Renamed: the folder “%1” is now called “%2”.</translation>
        </message>
        <message>
            <source>Renamed: the file “%1” is now called “%2”.</source>
            <translation>Renamed: the file “%1” is now called “%2”.</translation>
        </message>
        <message>
            <source>Changed your mind? Choose Undo.</source>
            <translation>Changed your mind? Choose Undo.</translation>
        </message>
        <message>
            <source>SharePoint does not accept some names. Below is each problem with a new name that does work. Check the name, change it if you like, and choose Rename.</source>
            <translation>SharePoint does not accept some names. Below is each problem with a new name that does work. Check the name, change it if you like, and choose Rename.</translation>
        </message>
        <message>
            <source>Renaming is safe: ShareTidy never overwrites a file or folder that already has the new name, and Undo gives the old name back.</source>
            <translation>Renaming is safe: ShareTidy never overwrites a file or folder that already has the new name, and Undo gives the old name back.</translation>
        </message>
        <message>
            <source>New na&amp;me:</source>
            <translation>New na&amp;me:</translation>
        </message>
        <message>
            <source>New name</source>
            <translation>New name</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>&amp;Rename</translation>
        </message>
        <message>
            <source>Rename to the new name</source>
            <translation>Rename to the new name</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>Undo the last rename</source>
            <translation>Undo the last rename</translation>
        </message>
        <message>
            <source>Names to fix</source>
            <translation>Names to fix</translation>
        </message>
        <message>
            <source>Column titles</source>
            <translation>Column titles</translation>
        </message>
    </context>
    <context>
        <name>GuidedSummaryStep</name>
        <message numerus="yes">
            <source>In %1 you chose for %2 of the %n file(s) yourself.</source>
            <translation>
                <numerusform>In %1 you chose for %2 of the %n file yourself.</numerusform>
                <numerusform>In %1 you chose for %2 of the %n files yourself.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Tidy another folder</source>
            <translation>&amp;Tidy another folder</translation>
        </message>
        <message>
            <source>Tidy another folder (back to step 2)</source>
            <translation>Tidy another folder (back to step 2)</translation>
        </message>
    </context>
    <context>
        <name>GuidedTips</name>
        <message>
            <source>Because you make the choices yourself, it helps to know first what each choice means. Take your time to read this.</source>
            <translation>Because you make the choices yourself, it helps to know first what each choice means. Take your time to read this.</translation>
        </message>
        <message>
            <source>Because scanning only reads the list of your files, it is safe. On a large folder it can take a few minutes.</source>
            <translation>Because scanning only reads the list of your files, it is safe. On a large folder it can take a few minutes.</translation>
        </message>
        <message>
            <source>Because these files are of no use to anyone, you can put them all on delete at once. Untick a file if you still want to keep it.</source>
            <translation>Because these files are of no use to anyone, you can put them all on delete at once. Untick a file if you still want to keep it.</translation>
        </message>
        <message>
            <source>Because the law says how long we keep documents, each file shows its age and the rule. If in doubt, choose Archive.</source>
            <translation>Because the law says how long we keep documents, each file shows its age and the rule. If in doubt, choose Archive.</translation>
        </message>
        <message>
            <source>Because SharePoint refuses these names, these files would otherwise not move. Check the new name and choose Rename.</source>
            <translation>Because SharePoint refuses these names, these files would otherwise not move. Check the new name and choose Rename.</translation>
        </message>
        <message>
            <source>Because the suggestion is usually right, you can accept it for all of them at once. Have a quick look for anything you want otherwise.</source>
            <translation>Because the suggestion is usually right, you can accept it for all of them at once. Have a quick look for anything you want otherwise.</translation>
        </message>
        <message>
            <source>Because the migration team needs your choices for the move, you hand them in here. You can change them later and hand in again.</source>
            <translation>Because the migration team needs your choices for the move, you hand them in here. You can change them later and hand in again.</translation>
        </message>
    </context>
    <context>
        <name>GuidedWhyStep</name>
        <message>
            <source>your organisation</source>
            <translation>your organisation</translation>
        </message>
        <message>
            <source>%1 is moving from the network drives to Microsoft 365. Only the files that are still needed move along. You know your own files best, so you choose.</source>
            <translation>%1 is moving from the network drives to Microsoft 365. Only the files that are still needed move along. You know your own files best, so you choose.</translation>
        </message>
        <message>
            <source>The law says how long official records, such as decisions and contracts, must be kept: the retention period. Those go to the archive. Other files need not be kept forever.</source>
            <translation>The law says how long official records, such as decisions and contracts, must be kept: the retention period. Those go to the archive. Other files need not be kept forever.</translation>
        </message>
        <message>
            <source>What happens to each choice</source>
            <translation>What happens to each choice</translation>
        </message>
        <message>
            <source>Nothing is deleted now. ShareTidy only writes down your choices and hands them to the migration team.</source>
            <translation>Nothing is deleted now. ShareTidy only writes down your choices and hands them to the migration team.</translation>
        </message>
    </context>
</TS>
