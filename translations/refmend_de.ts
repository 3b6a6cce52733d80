<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ApplyRepairsCommand</name>
    <message numerus="yes">
        <source>Repair %n garbled text(s)</source>
        <translation>
            <numerusform>Zeichensalat in %n Text reparieren</numerusform>
            <numerusform>Zeichensalat in %n Texten reparieren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message numerus="yes">
        <source>%1 in %n record(s)</source>
        <translation>
            <numerusform>%1 in %n Eintrag</numerusform>
            <numerusform>%1 in %n Einträgen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FieldKey</name>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Short Title</source>
        <translation>Kurztitel</translation>
    </message>
    <message>
        <source>Journal / Container</source>
        <translation>Zeitschrift / Sammelwerk</translation>
    </message>
    <message>
        <source>Series</source>
        <translation>Reihe</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Band</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Heft</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Edition</source>
        <translation>Auflage</translation>
    </message>
    <message>
        <source>Publisher</source>
        <translation>Verlag</translation>
    </message>
    <message>
        <source>Place Published</source>
        <translation>Verlagsort</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Keywords</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>ISBN/ISSN</source>
        <translation>ISBN/ISSN</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Call Number</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Accession Number</source>
        <translation>Zugangsnummer</translation>
    </message>
    <message>
        <source>Author Address</source>
        <translation>Autorenadresse</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Number of Volumes</source>
        <translation>Anzahl der Bände</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
</context>
<context>
    <name>FindReplaceCommand</name>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n record(s)</source>
        <translation>
            <numerusform>„%1“ in %n Eintrag durch „%2“ ersetzen</numerusform>
            <numerusform>„%1“ in %n Einträgen durch „%2“ ersetzen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixProblemsCommand</name>
    <message numerus="yes">
        <source>Fix %n problem(s)</source>
        <translation>
            <numerusform>%n Problem beheben</numerusform>
            <numerusform>%n Probleme beheben</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeRecordsCommand</name>
    <message numerus="yes">
        <source>Merge %n record(s) into “%1”</source>
        <translation>
            <numerusform>%n Eintrag in „%1“ zusammenführen</numerusform>
            <numerusform>%n Einträge in „%1“ zusammenführen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate group(s)</source>
        <translation>
            <numerusform>%n Dublettengruppe zusammenführen</numerusform>
            <numerusform>%n Dublettengruppen zusammenführen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MojibakeRepair</name>
    <message>
        <source>GBK text read as Latin-1</source>
        <translation>GBK-Text als Latin-1 gelesen</translation>
    </message>
    <message>
        <source>UTF-8 text read as Windows-1252</source>
        <translation>UTF-8-Text als Windows-1252 gelesen</translation>
    </message>
    <message>
        <source>UTF-8 text read as Windows-1252 twice</source>
        <translation>UTF-8-Text zweimal als Windows-1252 gelesen</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Alles speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Ja, &amp;alle</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>N&amp;ein, keine</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignorieren</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Voreinstellungen</translation>
    </message>
</context>
<context>
    <name>RecordMimeData</name>
    <message numerus="yes">
        <source>Drop %n Record(s)</source>
        <translation>
            <numerusform>%n Eintrag ablegen</numerusform>
            <numerusform>%n Einträge ablegen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Record(s)</source>
        <translation>
            <numerusform>%n Eintrag einfügen</numerusform>
            <numerusform>%n Einträge einfügen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordType</name>
    <message>
        <source>Generic</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>Journal Article</source>
        <translation>Zeitschriftenartikel</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>Buch</translation>
    </message>
    <message>
        <source>Book Chapter</source>
        <translation>Buchkapitel</translation>
    </message>
    <message>
        <source>Conference Paper</source>
        <translation>Konferenzbeitrag</translation>
    </message>
    <message>
        <source>Thesis</source>
        <translation>Hochschulschrift</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Web Page</source>
        <translation>Webseite</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Patent</source>
        <translation>Patent</translation>
    </message>
    <message>
        <source>Software</source>
        <translation>Software</translation>
    </message>
</context>
<context>
    <name>RenamePersonCommand</name>
    <message numerus="yes">
        <source>Rename to %1 in %n record(s)</source>
        <translation>
            <numerusform>In %n Eintrag in %1 umbenennen</numerusform>
            <numerusform>In %n Einträgen in %1 umbenennen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SetFieldCommand</name>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetPersonsCommand</name>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
</context>
<context>
    <name>SetTypeCommand</name>
    <message>
        <source>Change type to %1</source>
        <translation>Typ in %1 ändern</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>View, repair and convert citation files.</source>
        <translation>Literaturdateien ansehen, reparieren und umwandeln.</translation>
    </message>
    <message>
        <source>Citation files to open.</source>
        <translation>Zu öffnende Literaturdateien.</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorClusterModel</name>
    <message>
        <source>Spelled with a transliteration (ü / ue, ø / oe)</source>
        <translation>Mit Umschrift geschrieben (ü / ue, ø / oe)</translation>
    </message>
    <message>
        <source>The initials fit more than one person</source>
        <translation>Die Initialen passen zu mehr als einer Person</translation>
    </message>
    <message>
        <source>Written with and without a suffix (Jr., III)</source>
        <translation>Mit und ohne Namenszusatz geschrieben (Jr., III)</translation>
    </message>
    <message numerus="yes">
        <source>Written %n way(s): %1</source>
        <translation>
            <numerusform>%n Schreibweise: %1</numerusform>
            <numerusform>%n Schreibweisen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation>Geschrieben als: %1</translation>
    </message>
    <message>
        <source>Possible match: %1</source>
        <translation>Mögliche Übereinstimmung: %1</translation>
    </message>
    <message>
        <source>%1. Check it to rename it together with this person.</source>
        <translation>%1. Ankreuzen, um ihn zusammen mit dieser Person umzubenennen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorListEditor</name>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Editors</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Series editors</source>
        <translation>Reihenherausgeber</translation>
    </message>
    <message>
        <source>Translators</source>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Add a person after the selected one</source>
        <translation>Eine Person nach der ausgewählten hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected people</source>
        <translation>Die ausgewählten Personen entfernen</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move the selected person up</source>
        <translation>Die ausgewählte Person nach oben verschieben</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Move the selected person down</source>
        <translation>Die ausgewählte Person nach unten verschieben</translation>
    </message>
    <message>
        <source>Swap</source>
        <translation>Tauschen</translation>
    </message>
    <message>
        <source>Exchange the given and family names of the selected people</source>
        <translation>Vor- und Nachnamen der ausgewählten Personen vertauschen</translation>
    </message>
    <message>
        <source>Paste…</source>
        <translation>Einfügen…</translation>
    </message>
    <message>
        <source>Add a list of names (&quot;A; B&quot;, one per line, or &quot;A and B&quot;)</source>
        <translation>Eine Liste von Namen hinzufügen („A; B“, einer pro Zeile oder „A and B“)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>%n Person entfernen</numerusform>
            <numerusform>%n Personen entfernen</numerusform>
        </translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Swap given and family names</source>
        <translation>Vor- und Nachname vertauschen</translation>
    </message>
    <message numerus="yes">
        <source>Paste %n names</source>
        <translation>
            <numerusform>%n Namen einfügen</numerusform>
            <numerusform>%n Namen einfügen</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <source>Add Person</source>
        <translation>Person hinzufügen</translation>
    </message>
    <message>
        <source>Name (for example &quot;van der Berg, Jan&quot; or &quot;Jan van der Berg&quot;):</source>
        <translation>Name (zum Beispiel „van der Berg, Jan“ oder „Jan van der Berg“):</translation>
    </message>
    <message>
        <source>Paste Names</source>
        <translation>Namen einfügen</translation>
    </message>
    <message>
        <source>Names, separated by &quot;;&quot;, by &quot; and &quot; or one per line:</source>
        <translation>Namen, getrennt durch „;“, durch „ and “ oder einer pro Zeile:</translation>
    </message>
</context>
<context>
    <name>refmend::AuthorsView</name>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Filter names</source>
        <translation>Namen filtern</translation>
    </message>
    <message>
        <source>All roles</source>
        <translation>Alle Rollen</translation>
    </message>
    <message>
        <source>Only names with variants</source>
        <translation>Nur Namen mit Varianten</translation>
    </message>
    <message>
        <source>Show only persons written more than one way or with a possible match</source>
        <translation>Nur Personen zeigen, die unterschiedlich geschrieben sind oder eine mögliche Übereinstimmung haben</translation>
    </message>
    <message>
        <source>Canonical form</source>
        <translation>Maßgebliche Form</translation>
    </message>
    <message>
        <source>van der, de la, von</source>
        <translation>van der, de la, von</translation>
    </message>
    <message>
        <source>Jr., III</source>
        <translation>Jr., III</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Institution:</translation>
    </message>
    <message>
        <source>&amp;Family:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <source>&amp;Given:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <source>&amp;Particle:</source>
        <translation>&amp;Präfix:</translation>
    </message>
    <message>
        <source>&amp;Suffix:</source>
        <translation>Namens&amp;zusatz:</translation>
    </message>
    <message>
        <source>Only the selected variant</source>
        <translation>Nur die ausgewählte Variante</translation>
    </message>
    <message>
        <source>Rename this way of writing the name only, not the whole cluster</source>
        <translation>Nur diese Schreibweise des Namens umbenennen, nicht die ganze Gruppe</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Write this form in every record that names the person (one undo step)</source>
        <translation>Diese Form in jeden Eintrag schreiben, der die Person nennt (in einem Schritt rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Pick a name or a variant in the list.</source>
        <translation>Wählen Sie einen Namen oder eine Variante in der Liste.</translation>
    </message>
    <message>
        <source>Written as: %1</source>
        <translation>Geschrieben als: %1</translation>
    </message>
    <message numerus="yes">
        <source>Apply to %n Record(s)</source>
        <translation>
            <numerusform>Auf %n Eintrag anwenden</numerusform>
            <numerusform>Auf %n Einträge anwenden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n name(s) in %1 records.</source>
        <translation>
            <numerusform>%n Name in %1 Einträgen umbenannt.</numerusform>
            <numerusform>%n Namen in %1 Einträgen umbenannt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::Autosaver</name>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot lock a recovery file in %1</source>
        <translation>eine Wiederherstellungsdatei in %1 kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>no format to write a recovery file in</source>
        <translation>es gibt kein Format, in dem sich eine Wiederherstellungsdatei schreiben lässt</translation>
    </message>
</context>
<context>
    <name>refmend::ChangePreviewModel</name>
    <message>
        <source>Record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2 of %n change(s))</source>
        <translation>
            <numerusform>%1 (%2 von %n Änderung)</numerusform>
            <numerusform>%1 (%2 von %n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>A suggestion: check it to apply it</source>
        <translation>Ein Vorschlag: zum Anwenden ankreuzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>refmend::CitationStyle</name>
    <message>
        <source>Vancouver</source>
        <translation>Vancouver</translation>
    </message>
    <message>
        <source>Chicago author-date</source>
        <translation>Chicago Autor-Jahr</translation>
    </message>
    <message>
        <source>APA 7</source>
        <translation>APA 7</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupActions</name>
    <message>
        <source>Repair mojibake</source>
        <translation>Zeichensalat reparieren</translation>
    </message>
    <message>
        <source>Undo encoding accidents such as &quot;JosÃ©&quot; or &quot;L¨²cia&quot; in names and fields.</source>
        <translation>Kodierungsfehler wie „JosÃ©“ oder „L¨²cia“ in Namen und Feldern rückgängig machen.</translation>
    </message>
    <message>
        <source>LaTeX to Unicode</source>
        <translation>LaTeX nach Unicode</translation>
    </message>
    <message>
        <source>Turn LaTeX accents and commands ({\&quot;u}, \&apos;e, \ss) into Unicode characters.</source>
        <translation>LaTeX-Akzente und -Befehle ({\&quot;u}, \&apos;e, \ss) in Unicode-Zeichen umwandeln.</translation>
    </message>
    <message>
        <source>Unicode NFC</source>
        <translation>Unicode NFC</translation>
    </message>
    <message>
        <source>Compose decomposed accents (e + combining acute becomes é).</source>
        <translation>Zerlegte Akzente zusammensetzen (e + kombinierender Akut wird zu é).</translation>
    </message>
    <message>
        <source>Trim whitespace</source>
        <translation>Leerraum bereinigen</translation>
    </message>
    <message>
        <source>Trim fields and names and collapse runs of spaces.</source>
        <translation>Leerraum am Anfang und Ende von Feldern und Namen entfernen und mehrfache Leerzeichen zusammenfassen.</translation>
    </message>
    <message>
        <source>Normalise person names</source>
        <translation>Personennamen vereinheitlichen</translation>
    </message>
    <message>
        <source>Write names in one form, space initials (J. R. R.), give ALL-CAPS names proper case.</source>
        <translation>Namen einheitlich schreiben, Initialen durch Leerzeichen trennen (J. R. R.), Namen in GROSSBUCHSTABEN normal schreiben.</translation>
    </message>
    <message>
        <source>Normalise DOIs</source>
        <translation>DOIs vereinheitlichen</translation>
    </message>
    <message>
        <source>Strip doi.org and doi: prefixes, lower-case, and move DOIs found in URL or note into the DOI field.</source>
        <translation>Präfixe doi.org und doi: entfernen, in Kleinbuchstaben schreiben und DOIs aus URL oder Notiz ins DOI-Feld verschieben.</translation>
    </message>
    <message>
        <source>Normalise page ranges</source>
        <translation>Seitenbereiche vereinheitlichen</translation>
    </message>
    <message>
        <source>Write page ranges (1-10, 1--10, 1–10, pp. 1 - 10) in the chosen form.</source>
        <translation>Seitenbereiche (1-10, 1--10, 1–10, pp. 1 - 10) in der gewählten Form schreiben.</translation>
    </message>
    <message>
        <source>Clean years</source>
        <translation>Jahreszahlen bereinigen</translation>
    </message>
    <message>
        <source>Remove punctuation around years (&quot;2013.&quot;, &quot;(2013)&quot;, &quot;c2013&quot;).</source>
        <translation>Satzzeichen um Jahreszahlen entfernen („2013.“, „(2013)“, „c2013“).</translation>
    </message>
    <message>
        <source>Hyphenate ISSN/ISBN</source>
        <translation>ISSN/ISBN mit Bindestrichen</translation>
    </message>
    <message>
        <source>Write valid ISSNs as 1234-5679 and ISBN separators as hyphens (grouping kept as written).</source>
        <translation>Gültige ISSNs als 1234-5679 und ISBN-Trennzeichen als Bindestriche schreiben (Gruppierung bleibt wie geschrieben).</translation>
    </message>
    <message>
        <source>ALL-CAPS titles</source>
        <translation>Titel in GROSSBUCHSTABEN</translation>
    </message>
    <message>
        <source>Suggest sentence case for titles written in capitals; never applied by &quot;all&quot;.</source>
        <translation>Für Titel in Großbuchstaben normale Satzschreibung vorschlagen; wird nie durch „all“ angewendet.</translation>
    </message>
    <message>
        <source>DOI (from %1)</source>
        <translation>DOI (aus %1)</translation>
    </message>
    <message>
        <source>unknown cleanup action(s): %1; valid: %2, all</source>
        <translation>unbekannte Bereinigungsaktion(en): %1; gültig: %2, all</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupDialog</name>
    <message>
        <source>Clean Up</source>
        <translation>Bereinigen</translation>
    </message>
    <message>
        <source>%1 Suggestions only: they start unticked.</source>
        <translation>%1 Nur Vorschläge: sie sind anfangs nicht angekreuzt.</translation>
    </message>
    <message>
        <source>1-10 (hyphen)</source>
        <translation>1-10 (Bindestrich)</translation>
    </message>
    <message>
        <source>1--10 (BibTeX)</source>
        <translation>1--10 (BibTeX)</translation>
    </message>
    <message>
        <source>1–10 (en dash)</source>
        <translation>1–10 (Halbgeviertstrich)</translation>
    </message>
    <message>
        <source>Family, Given (Costa, Luís)</source>
        <translation>Nachname, Vorname (Costa, Luís)</translation>
    </message>
    <message>
        <source>Given Family (Luís Costa)</source>
        <translation>Vorname Nachname (Luís Costa)</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>&amp;Page ranges:</source>
        <translation>&amp;Seitenbereiche:</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>Apply Checked</source>
        <translation>Angekreuzte anwenden</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Alle ankreuzen</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Keine ankreuzen</translation>
    </message>
    <message>
        <source>Each action&apos;s checked changes are applied as one undo step. Suggestions start unchecked.</source>
        <translation>Die angekreuzten Änderungen einer Aktion werden zusammen angewendet und lassen sich in einem Schritt rückgängig machen. Vorschläge sind anfangs nicht angekreuzt.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n change(s) checked.</source>
        <translation>
            <numerusform>%1 von %n Änderung angekreuzt.</numerusform>
            <numerusform>%1 von %n Änderungen angekreuzt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to do for: %1.</source>
        <translation>Nichts zu tun für: %1.</translation>
    </message>
</context>
<context>
    <name>refmend::CleanupPipeline</name>
    <message numerus="yes">
        <source>%n text(s) changed</source>
        <translation>
            <numerusform>%n Text geändert</numerusform>
            <numerusform>%n Texte geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) not applied (name the action to apply them)</source>
        <translation>
            <numerusform>%n Vorschlag nicht angewendet (zum Anwenden die Aktion angeben)</numerusform>
            <numerusform>%n Vorschläge nicht angewendet (zum Anwenden die Aktion angeben)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) merged</source>
        <translation>
            <numerusform>%n Gruppe zusammengeführt</numerusform>
            <numerusform>%n Gruppen zusammengeführt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 records -&gt; %2</source>
        <translation>%1 Einträge -&gt; %2</translation>
    </message>
    <message>
        <source>  merged %1 (%2): %3</source>
        <translation>  zusammengeführt %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>refmend::CompareDialog</name>
    <message>
        <source>Compare %1</source>
        <translation>%1 vergleichen</translation>
    </message>
    <message>
        <source>The records of %1 on disk and the version open here are the same; only the way the file is written differs.</source>
        <translation>Die Einträge von %1 auf dem Datenträger und in der hier geöffneten Version sind gleich; nur die Schreibweise der Datei unterscheidet sich.</translation>
    </message>
    <message numerus="yes">
        <source>%1 on disk and the version open here differ in %n record(s).</source>
        <translation>
            <numerusform>%1 auf dem Datenträger und die hier geöffnete Version unterscheiden sich in %n Eintrag.</numerusform>
            <numerusform>%1 auf dem Datenträger und die hier geöffnete Version unterscheiden sich in %n Einträgen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>On disk</source>
        <translation>Auf dem Datenträger</translation>
    </message>
    <message>
        <source>Open here</source>
        <translation>Hier geöffnet</translation>
    </message>
    <message>
        <source>(not there)</source>
        <translation>(nicht vorhanden)</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>how the fields are tagged</source>
        <translation>die Tags der Felder</translation>
    </message>
    <message>
        <source>changed: %1</source>
        <translation>geändert: %1</translation>
    </message>
    <message>
        <source>&amp;Reload from Disk</source>
        <translation>Vom Datenträger &amp;neu laden</translation>
    </message>
    <message>
        <source>Show the file as the other program left it (Undo brings your version back)</source>
        <translation>Die Datei so zeigen, wie das andere Programm sie hinterlassen hat (Rückgängig holt Ihre Version zurück)</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>Keep the version open here; saving it replaces the file on disk</source>
        <translation>Die hier geöffnete Version behalten; beim Speichern ersetzt sie die Datei auf dem Datenträger</translation>
    </message>
</context>
<context>
    <name>refmend::ConnectLibraryDialog</name>
    <message>
        <source>Connect to a Shared Library</source>
        <translation>Mit einer gemeinsamen Bibliothek verbinden</translation>
    </message>
    <message>
        <source>from PGPASSWORD</source>
        <translation>aus PGPASSWORD</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>for example: lab_references</source>
        <translation>zum Beispiel: lab_references</translation>
    </message>
    <message>
        <source>A shared library is a PostgreSQL database that several people edit at once. RefMend makes its tables the first time.</source>
        <translation>Eine gemeinsame Bibliothek ist eine PostgreSQL-Datenbank, die mehrere Personen gleichzeitig bearbeiten. RefMend legt ihre Tabellen beim ersten Mal an.</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>The password is not stored.</source>
        <translation>Das Passwort wird nicht gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
</context>
<context>
    <name>refmend::DetailView</name>
    <message>
        <source>No record selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;This record could not be read&lt;/b&gt; (line %1). Its text is kept as it is and saved back unchanged; the Problems panel says what was wrong.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Dieser Eintrag konnte nicht gelesen werden&lt;/b&gt; (Zeile %1). Sein Text bleibt, wie er ist, und wird unverändert gespeichert; die Leiste „Probleme“ nennt den Fehler.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (Eds.)</source>
        <translation>%1 (Hrsg.)</translation>
    </message>
    <message>
        <source>In %1 (Eds.), &lt;i&gt;%2&lt;/i&gt;</source>
        <translation>In %1 (Hrsg.), &lt;i&gt;%2&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>DOI:</source>
        <translation>DOI:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Keywords:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Citation &amp;style:</source>
        <translation>Zitier&amp;stil:</translation>
    </message>
</context>
<context>
    <name>refmend::Document</name>
    <message>
        <source>This file&apos;s format can be read but not written; use Save As.</source>
        <translation>Das Format dieser Datei kann gelesen, aber nicht geschrieben werden; verwenden Sie „Speichern unter“.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>%1 holds no records.</source>
        <translation>%1 enthält keine Einträge.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Reload %1 from Disk</source>
        <translation>%1 vom Datenträger neu laden</translation>
    </message>
</context>
<context>
    <name>refmend::DocumentGuard</name>
    <message>
        <source>an untitled collection</source>
        <translation>eine unbenannte Sammlung</translation>
    </message>
    <message>
        <source>Could not keep a recovery copy of your changes: %1</source>
        <translation>Es konnte keine Wiederherstellungskopie Ihrer Änderungen angelegt werden: %1</translation>
    </message>
    <message>
        <source>Recover Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
    <message>
        <source>RefMend closed without saving changes to %1 at %2. Recover them?</source>
        <translation>RefMend wurde am %2 beendet, ohne die Änderungen an %1 zu speichern. Wiederherstellen?</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) were kept for recovery.</source>
        <translation>
            <numerusform>%n Eintrag wurde zur Wiederherstellung aufbewahrt.</numerusform>
            <numerusform>%n Einträge wurden zur Wiederherstellung aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has changed on disk since then; saving the recovered version replaces it.</source>
        <translation>Die Datei wurde seitdem auf dem Datenträger geändert; das Speichern der wiederhergestellten Version ersetzt sie.</translation>
    </message>
    <message>
        <source>Decide Later keeps them for the next time you open the file.</source>
        <translation>„Später entscheiden“ bewahrt sie bis zum nächsten Öffnen der Datei auf.</translation>
    </message>
    <message>
        <source>&amp;Recover</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Decide &amp;Later</source>
        <translation>&amp;Später entscheiden</translation>
    </message>
    <message>
        <source>Cannot Recover</source>
        <translation>Wiederherstellung nicht möglich</translation>
    </message>
    <message>
        <source>The changes to %1 could not be recovered.</source>
        <translation>Die Änderungen an %1 konnten nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>%1

The recovery file is kept: %2</source>
        <translation>%1

Die Wiederherstellungsdatei bleibt erhalten: %2</translation>
    </message>
    <message>
        <source>Recovered the unsaved changes to %1</source>
        <translation>Ungespeicherte Änderungen an %1 wiederhergestellt</translation>
    </message>
    <message>
        <source>File Changed on Disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <source>%1 was changed by another program.</source>
        <translation>%1 wurde von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <source>You have unsaved changes. Reload shows the file as it is now (Undo brings your version back); Keep Mine keeps your version, and saving it replaces the other program&apos;s changes.</source>
        <translation>Sie haben ungespeicherte Änderungen. „Neu laden“ zeigt die Datei, wie sie jetzt ist (Rückgängig holt Ihre Version zurück); „Meine behalten“ behält Ihre Version, und beim Speichern ersetzt sie die Änderungen des anderen Programms.</translation>
    </message>
    <message>
        <source>Reload shows the file as it is now (Undo brings back the version you had); Keep Mine keeps the version open here, and saving it replaces the other program&apos;s changes.</source>
        <translation>„Neu laden“ zeigt die Datei, wie sie jetzt ist (Rückgängig holt die bisherige Version zurück); „Meine behalten“ behält die hier geöffnete Version, und beim Speichern ersetzt sie die Änderungen des anderen Programms.</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Meine behalten</translation>
    </message>
    <message>
        <source>&amp;Compare…</source>
        <translation>&amp;Vergleichen…</translation>
    </message>
    <message>
        <source>Cannot Compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be read; the version open here is kept.</source>
        <translation>%1 konnte nicht gelesen werden; die hier geöffnete Version bleibt erhalten.</translation>
    </message>
    <message>
        <source>Cannot Reload</source>
        <translation>Neu laden nicht möglich</translation>
    </message>
    <message>
        <source>Reloaded %1 from disk; Undo brings back the version you had</source>
        <translation>%1 vom Datenträger neu geladen; Rückgängig holt die bisherige Version zurück</translation>
    </message>
    <message>
        <source>File Removed</source>
        <translation>Datei entfernt</translation>
    </message>
    <message>
        <source>%1 was deleted or moved by another program.</source>
        <translation>%1 wurde von einem anderen Programm gelöscht oder verschoben.</translation>
    </message>
    <message>
        <source>The version open here is kept. Save it to write the file again.</source>
        <translation>Die hier geöffnete Version bleibt erhalten. Speichern Sie sie, um die Datei neu zu schreiben.</translation>
    </message>
</context>
<context>
    <name>refmend::DocumentLoader</name>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Decoding %1…</source>
        <translation>%1 wird dekodiert…</translation>
    </message>
    <message>
        <source>Reading the records of %1…</source>
        <translation>Die Einträge von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>Preparing the table for %1…</source>
        <translation>Die Tabelle für %1 wird vorbereitet…</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateFinder</name>
    <message>
        <source>same DOI</source>
        <translation>gleiche DOI</translation>
    </message>
    <message>
        <source>same title, year and first author</source>
        <translation>gleicher Titel, gleiches Jahr und gleicher Erstautor</translation>
    </message>
    <message>
        <source>similar title, same year and first author</source>
        <translation>ähnlicher Titel, gleiches Jahr und gleicher Erstautor</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n Eintrag)</numerusform>
            <numerusform>%1 (%n Einträge)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1 (%2 %)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (behalten)</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>refmend::DuplicatesDialog</name>
    <message>
        <source>Find Duplicates</source>
        <translation>Dubletten suchen</translation>
    </message>
    <message>
        <source>100%: titles must be equal once case, accents and punctuation are ignored; lower values also join titles that differ a little</source>
        <translation>100 %: Titel müssen gleich sein, wenn Groß-/Kleinschreibung, Akzente und Satzzeichen ignoriert werden; niedrigere Werte fassen auch leicht abweichende Titel zusammen</translation>
    </message>
    <message>
        <source>%</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Same &amp;DOI</source>
        <translation>Gleiche &amp;DOI</translation>
    </message>
    <message>
        <source>Same &amp;title, year and first author</source>
        <translation>Gleicher &amp;Titel, gleiches Jahr und gleicher Erstautor</translation>
    </message>
    <message>
        <source>Title &amp;similarity:</source>
        <translation>Titel&amp;ähnlichkeit:</translation>
    </message>
    <message>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <source>Choose field by field how the selected group&apos;s records become one</source>
        <translation>Feld für Feld wählen, wie die Einträge der ausgewählten Gruppe zu einem werden</translation>
    </message>
    <message>
        <source>Merge &amp;All</source>
        <translation>&amp;Alle zusammenführen</translation>
    </message>
    <message>
        <source>Merge every group, keeping the most complete values (one undo step)</source>
        <translation>Alle Gruppen zusammenführen und die vollständigsten Werte behalten (in einem Schritt rückgängig zu machen)</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>Keine Dubletten gefunden.</translation>
    </message>
    <message numerus="yes">
        <source>%n group(s), %1 records.</source>
        <translation>
            <numerusform>%n Gruppe, %1 Einträge.</numerusform>
            <numerusform>%n Gruppen, %1 Einträge.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with byte order mark</source>
        <translation>UTF-8 mit Byte-Order-Mark (BOM)</translation>
    </message>
    <message>
        <source>UTF-16 (little endian, with byte order mark)</source>
        <translation>UTF-16 (Little Endian, mit Byte-Order-Mark)</translation>
    </message>
    <message>
        <source>Windows-1252 (Western)</source>
        <translation>Windows-1252 (Westeuropäisch)</translation>
    </message>
    <message>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <source>LF (Linux, macOS)</source>
        <translation>LF (Linux, macOS)</translation>
    </message>
    <message>
        <source>CR LF (Windows)</source>
        <translation>CR LF (Windows)</translation>
    </message>
    <message numerus="yes">
        <source>Only the %n selected record(s)</source>
        <translation>
            <numerusform>Nur den ausgewählten Eintrag</numerusform>
            <numerusform>Nur die %n ausgewählten Einträge</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV columns:</source>
        <translation>CSV-Spalten:</translation>
    </message>
    <message>
        <source>Every field has a place in this format.</source>
        <translation>Jedes Feld hat in diesem Format einen Platz.</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <source>&amp;Line endings:</source>
        <translation>&amp;Zeilenenden:</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>What this format cannot carry:</source>
        <translation>Was dieses Format nicht aufnehmen kann:</translation>
    </message>
    <message>
        <source>Nothing: every field has a place.</source>
        <translation>Nichts: Jedes Feld hat einen Platz.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… und %n weiterer</numerusform>
            <numerusform>… und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>Eintrag %1: %2</translation>
    </message>
</context>
<context>
    <name>refmend::FindReplace</name>
    <message>
        <source>nothing to find</source>
        <translation>kein Suchtext angegeben</translation>
    </message>
    <message>
        <source>invalid regular expression at position %1: %2</source>
        <translation>ungültiger regulärer Ausdruck an Position %1: %2</translation>
    </message>
</context>
<context>
    <name>refmend::FindReplaceDialog</name>
    <message>
        <source>Find and Replace</source>
        <translation>Suchen und Ersetzen</translation>
    </message>
    <message>
        <source>Regular e&amp;xpression</source>
        <translation>Regulärer A&amp;usdruck</translation>
    </message>
    <message>
        <source>Perl-compatible; use \1 or $1 for groups in the replacement</source>
        <translation>Perl-kompatibel; \1 oder $1 für Gruppen in der Ersetzung verwenden</translation>
    </message>
    <message>
        <source>Match &amp;case</source>
        <translation>&amp;Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <source>&amp;Whole words</source>
        <translation>Nur ganze &amp;Wörter</translation>
    </message>
    <message>
        <source>&amp;All fields</source>
        <translation>&amp;Alle Felder</translation>
    </message>
    <message>
        <source>Other (unknown tags)</source>
        <translation>Sonstige (unbekannte Tags)</translation>
    </message>
    <message>
        <source>&amp;Names (authors, editors, …)</source>
        <translation>&amp;Namen (Autoren, Herausgeber, …)</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Suchen:</translation>
    </message>
    <message>
        <source>&amp;Replace with:</source>
        <translation>&amp;Ersetzen durch:</translation>
    </message>
    <message>
        <source>Search in:</source>
        <translation>Suchen in:</translation>
    </message>
    <message>
        <source>&amp;Replace Checked</source>
        <translation>Angekreuzte e&amp;rsetzen</translation>
    </message>
    <message>
        <source>No matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) in %1 texts.</source>
        <translation>
            <numerusform>%n Treffer in %1 Texten.</numerusform>
            <numerusform>%n Treffer in %1 Texten.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::HistoryDialog</name>
    <message>
        <source>&amp;Restore This Value</source>
        <translation>Diesen Wert &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Verlauf von %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Set this field back to the value it had before this change (a removed record comes back)</source>
        <translation>Dieses Feld auf den Wert vor dieser Änderung zurücksetzen (ein entfernter Eintrag kommt zurück)</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Type as written</source>
        <translation>Typ wie in der Datei</translation>
    </message>
    <message>
        <source>Field order</source>
        <translation>Reihenfolge der Felder</translation>
    </message>
    <message>
        <source>Field %1</source>
        <translation>Feld %1</translation>
    </message>
    <message>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n Änderung</numerusform>
            <numerusform>%n Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is back as it was before that change.</source>
        <translation>%1 ist wieder so wie vor dieser Änderung.</translation>
    </message>
    <message>
        <source>The library is offline: the restore waits and is written when it is back.</source>
        <translation>Die Bibliothek ist offline: Die Wiederherstellung wartet und wird geschrieben, sobald die Bibliothek wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>Could not restore: %1</source>
        <translation>Wiederherstellen nicht möglich: %1</translation>
    </message>
    <message>
        <source>the record changed meanwhile</source>
        <translation>der Eintrag wurde inzwischen geändert</translation>
    </message>
</context>
<context>
    <name>refmend::IntegrityCheck</name>
    <message>
        <source>Missing required field</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>Invalid DOI</source>
        <translation>Ungültige DOI</translation>
    </message>
    <message>
        <source>ISSN checksum</source>
        <translation>ISSN-Prüfziffer</translation>
    </message>
    <message>
        <source>ISBN checksum</source>
        <translation>ISBN-Prüfziffer</translation>
    </message>
    <message>
        <source>Year out of range</source>
        <translation>Jahr außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>Suspected mojibake</source>
        <translation>Vermuteter Zeichensalat</translation>
    </message>
    <message>
        <source>Decomposed Unicode (NFD)</source>
        <translation>Zerlegtes Unicode (NFD)</translation>
    </message>
    <message>
        <source>Name not split</source>
        <translation>Name nicht aufgeteilt</translation>
    </message>
    <message>
        <source>Name parts swapped</source>
        <translation>Namensteile vertauscht</translation>
    </message>
    <message>
        <source>Duplicate citation key</source>
        <translation>Doppelter Zitierschlüssel</translation>
    </message>
    <message>
        <source>%1 without %2</source>
        <translation>%1 ohne %2</translation>
    </message>
    <message>
        <source>authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>authors or editors</source>
        <translation>Autoren oder Herausgeber</translation>
    </message>
    <message>
        <source>%1 is not a DOI (10.NNNN/...)</source>
        <translation>%1 ist keine DOI (10.NNNN/...)</translation>
    </message>
    <message>
        <source>ISSN %1 fails its checksum</source>
        <translation>die Prüfziffer der ISSN %1 stimmt nicht</translation>
    </message>
    <message>
        <source>ISBN %1 does not start with 978 or 979</source>
        <translation>ISBN %1 beginnt nicht mit 978 oder 979</translation>
    </message>
    <message>
        <source>ISBN %1 fails its checksum</source>
        <translation>die Prüfziffer der ISBN %1 stimmt nicht</translation>
    </message>
    <message>
        <source>year %1 is out of range (1400-%2)</source>
        <translation>Jahr %1 liegt außerhalb des Bereichs (1400-%2)</translation>
    </message>
    <message>
        <source>suspected mojibake: %1 should read %2</source>
        <translation>vermuteter Zeichensalat: %1 sollte %2 lauten</translation>
    </message>
    <message>
        <source>Repair as %1</source>
        <translation>Zu %1 reparieren</translation>
    </message>
    <message>
        <source>text uses decomposed accents (NFD) while the collection uses composed ones (NFC)</source>
        <translation>Text verwendet zerlegte Akzente (NFD), die Sammlung zusammengesetzte (NFC)</translation>
    </message>
    <message>
        <source>text uses decomposed accents (NFD)</source>
        <translation>Text verwendet zerlegte Akzente (NFD)</translation>
    </message>
    <message>
        <source>Convert to NFC</source>
        <translation>In NFC umwandeln</translation>
    </message>
    <message>
        <source>%1 looks like a whole name in the family-name field</source>
        <translation>%1 sieht wie ein vollständiger Name im Nachnamensfeld aus</translation>
    </message>
    <message>
        <source>Split as %1</source>
        <translation>Als %1 aufteilen</translation>
    </message>
    <message>
        <source>given name %1 looks like a family name (swapped with %2?)</source>
        <translation>Vorname %1 sieht wie ein Nachname aus (mit %2 vertauscht?)</translation>
    </message>
    <message>
        <source>Swap to %1</source>
        <translation>Zu %1 vertauschen</translation>
    </message>
    <message>
        <source>citation key %1 is also used by record %2 (line %3)</source>
        <translation>Zitierschlüssel %1 wird auch von Eintrag %2 verwendet (Zeile %3)</translation>
    </message>
    <message>
        <source>citation key %1 is also used by record %2</source>
        <translation>Zitierschlüssel %1 wird auch von Eintrag %2 verwendet</translation>
    </message>
    <message>
        <source>Rename to %1</source>
        <translation>In %1 umbenennen</translation>
    </message>
</context>
<context>
    <name>refmend::IntegrityProblemModel</name>
    <message>
        <source>Record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Click to fix (one undo step)</source>
        <translation>Zum Beheben klicken (in einem Schritt rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
</context>
<context>
    <name>refmend::Library</name>
    <message>
        <source>No library given</source>
        <translation>Keine Bibliothek angegeben</translation>
    </message>
    <message>
        <source>The Qt SQLite driver (QSQLITE) is not installed</source>
        <translation>Der Qt-SQLite-Treiber (QSQLITE) ist nicht installiert</translation>
    </message>
    <message>
        <source>The Qt PostgreSQL driver (QPSQL) is not installed (Debian package libqt6sql6-psql)</source>
        <translation>Der Qt-PostgreSQL-Treiber (QPSQL) ist nicht installiert (Debian-Paket libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not a RefMend library (not an SQLite file)</source>
        <translation>%1 ist keine RefMend-Bibliothek (keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>Cannot open the library %1: %2</source>
        <translation>Die Bibliothek %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot set up the library: %1</source>
        <translation>Die Bibliothek kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <source>Cannot read the library: %1</source>
        <translation>Die Bibliothek kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The library %1 is not connected</source>
        <translation>Die Bibliothek %1 ist nicht verbunden</translation>
    </message>
    <message>
        <source>Nothing was added to the library: %1</source>
        <translation>Der Bibliothek wurde nichts hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Record %1 is not in the library (removed by someone else?)</source>
        <translation>Eintrag %1 ist nicht in der Bibliothek (von jemand anderem entfernt?)</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>No journal entry %1</source>
        <translation>Kein Verlaufseintrag %1</translation>
    </message>
    <message>
        <source>Only a removal can be undone from the journal</source>
        <translation>Über den Verlauf lässt sich nur das Entfernen eines Eintrags rückgängig machen</translation>
    </message>
    <message>
        <source>The record is not removed</source>
        <translation>Der Eintrag ist nicht entfernt</translation>
    </message>
</context>
<context>
    <name>refmend::LibrarySync</name>
    <message>
        <source>The library %1 is offline (%2): changes wait here and are written when it is back</source>
        <translation>Die Bibliothek %1 ist offline (%2): Änderungen warten hier und werden geschrieben, sobald sie wieder erreichbar ist</translation>
    </message>
    <message>
        <source>The library %1 is back: waiting changes were written</source>
        <translation>Die Bibliothek %1 ist wieder erreichbar: Wartende Änderungen wurden geschrieben</translation>
    </message>
    <message>
        <source>A record you edited had been removed by someone else: it was added again with your changes</source>
        <translation>Ein Eintrag, den Sie bearbeitet haben, wurde von jemand anderem entfernt: Er wurde mit Ihren Änderungen wieder hinzugefügt</translation>
    </message>
    <message>
        <source>Could not write to the library %1: %2</source>
        <translation>In die Bibliothek %1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting for the library</source>
        <translation>
            <numerusform>Offline: %n Änderung wartet auf die Bibliothek</numerusform>
            <numerusform>Offline: %n Änderungen warten auf die Bibliothek</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved to the library %1</source>
        <translation>In der Bibliothek %1 gespeichert</translation>
    </message>
    <message>
        <source>Merge with the library&apos;s version</source>
        <translation>Mit der Version der Bibliothek zusammenführen</translation>
    </message>
    <message>
        <source>Records were removed by someone else</source>
        <translation>Jemand anderes hat Einträge entfernt</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated from the library</source>
        <translation>
            <numerusform>%n Eintrag aus der Bibliothek aktualisiert</numerusform>
            <numerusform>%n Einträge aus der Bibliothek aktualisiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::MainWindow</name>
    <message>
        <source>Search all fields</source>
        <translation>Alle Felder durchsuchen</translation>
    </message>
    <message>
        <source>Every word must occur; case and accents are ignored</source>
        <translation>Jedes Wort muss vorkommen; Groß-/Kleinschreibung und Akzente werden ignoriert</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Add the records of another file to this collection</source>
        <translation>Die Einträge einer anderen Datei zu dieser Sammlung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Repair &amp;Garbled Text…</source>
        <translation>&amp;Zeichensalat reparieren…</translation>
    </message>
    <message>
        <source>Find and Rep&amp;lace…</source>
        <translation>Suchen und &amp;Ersetzen…</translation>
    </message>
    <message>
        <source>Replace text in chosen fields of every record, with a preview</source>
        <translation>Text in ausgewählten Feldern aller Einträge ersetzen, mit Vorschau</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Authors…</source>
        <translation>&amp;Autoren…</translation>
    </message>
    <message>
        <source>Every person in the collection, with name variants grouped</source>
        <translation>Alle Personen der Sammlung, mit gruppierten Namensvarianten</translation>
    </message>
    <message>
        <source>&amp;Clean Up…</source>
        <translation>&amp;Bereinigen…</translation>
    </message>
    <message>
        <source>Preview and apply cleanup actions to every record</source>
        <translation>Bereinigungsaktionen für alle Einträge ansehen und anwenden</translation>
    </message>
    <message>
        <source>Find &amp;Duplicates…</source>
        <translation>&amp;Dubletten suchen…</translation>
    </message>
    <message>
        <source>Find records that are the same work and merge them</source>
        <translation>Einträge finden, die dasselbe Werk beschreiben, und zusammenführen</translation>
    </message>
    <message>
        <source>Check &amp;Integrity</source>
        <translation>&amp;Integrität prüfen</translation>
    </message>
    <message>
        <source>List missing fields, invalid identifiers and suspicious names</source>
        <translation>Fehlende Felder, ungültige Kennungen und verdächtige Namen auflisten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <source>A&amp;uthors</source>
        <translation>A&amp;utoren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About RefMend</source>
        <translation>&amp;Über RefMend</translation>
    </message>
    <message>
        <source>About RefMend</source>
        <translation>Über RefMend</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RefMend %1&lt;/h3&gt;&lt;p&gt;Opens, repairs and converts reference (citation) files.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RefMend %1&lt;/h3&gt;&lt;p&gt;Öffnet, repariert und konvertiert Literaturdateien.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>Cannot Open File</source>
        <translation>Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1 could not be opened.

%2</source>
        <translation>%1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>The file could not be read.</source>
        <translation>Die Datei konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Your changes will be lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Cannot Save File</source>
        <translation>Datei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <source>Cannot Export</source>
        <translation>Export nicht möglich</translation>
    </message>
    <message>
        <source>Export as %1</source>
        <translation>Als %1 exportieren</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <source>Exported %1 (%2)</source>
        <translation>%1 exportiert (%2)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cannot Import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>%1 could not be imported.

%2</source>
        <translation>%1 konnte nicht importiert werden.

%2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n record(s) from %1</source>
        <translation>
            <numerusform>%n Eintrag aus %1 importiert</numerusform>
            <numerusform>%n Einträge aus %1 importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>No Recent Files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear Menu</source>
        <translation>Menü leeren</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>RefMend</source>
        <translation>RefMend</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 records</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
    <message>
        <source>Pr&amp;eferences…</source>
        <translation>E&amp;instellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Every action and its keyboard shortcut</source>
        <translation>Alle Aktionen und ihre Tastenkürzel</translation>
    </message>
    <message>
        <source>Main &amp;Toolbar</source>
        <translation>Haupt&amp;werkzeugleiste</translation>
    </message>
    <message>
        <source>&amp;Choose Format…</source>
        <translation>Format &amp;wählen…</translation>
    </message>
    <message>
        <source>Export with the default format of the Preferences, or another</source>
        <translation>Im Standardformat aus den Einstellungen oder in einem anderen exportieren</translation>
    </message>
    <message>
        <source>%1 could not be saved.

%2

Nothing on disk was changed, and your changes are still open here.</source>
        <translation>%1 konnte nicht gespeichert werden.

%2

Auf dem Datenträger wurde nichts geändert, und Ihre Änderungen sind hier weiterhin geöffnet.</translation>
    </message>
    <message>
        <source>Backup Incomplete</source>
        <translation>Sicherung unvollständig</translation>
    </message>
    <message>
        <source>%1 was saved, but the backup of its previous version is incomplete: %2</source>
        <translation>%1 wurde gespeichert, aber die Sicherung der vorherigen Version ist unvollständig: %2</translation>
    </message>
    <message>
        <source>Opening %1 was cancelled.</source>
        <translation>Das Öffnen von %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Opening %1</source>
        <translation>%1 wird geöffnet</translation>
    </message>
    <message>
        <source>&amp;Library</source>
        <translation>Bib&amp;liothek</translation>
    </message>
    <message>
        <source>&amp;Open Library…</source>
        <translation>Bibliothek &amp;öffnen…</translation>
    </message>
    <message>
        <source>Open or create a library file (.refmend), where every change is saved as you make it</source>
        <translation>Eine Bibliotheksdatei (.refmend) öffnen oder anlegen, in der jede Änderung sofort gespeichert wird</translation>
    </message>
    <message>
        <source>Connect to &amp;Shared Library…</source>
        <translation>Mit &amp;gemeinsamer Bibliothek verbinden…</translation>
    </message>
    <message>
        <source>Open a library on a PostgreSQL server that several people edit at once</source>
        <translation>Eine Bibliothek auf einem PostgreSQL-Server öffnen, die mehrere Personen gleichzeitig bearbeiten</translation>
    </message>
    <message>
        <source>Record &amp;History…</source>
        <translation>&amp;Verlauf des Eintrags…</translation>
    </message>
    <message>
        <source>Every change of the current record: who, when, before and after; restore any earlier value</source>
        <translation>Alle Änderungen des aktuellen Eintrags: wer, wann, vorher und nachher; jeden früheren Wert wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Close Library</source>
        <translation>Bibliothek &amp;schließen</translation>
    </message>
    <message>
        <source>Cannot Open Library</source>
        <translation>Bibliothek kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Every change is saved in the library %1.</source>
        <translation>Jede Änderung wird in der Bibliothek %1 gespeichert.</translation>
    </message>
    <message>
        <source>%1 (shared library)</source>
        <translation>%1 (gemeinsame Bibliothek)</translation>
    </message>
    <message>
        <source>%1 (library)</source>
        <translation>%1 (Bibliothek)</translation>
    </message>
    <message>
        <source>PostgreSQL library</source>
        <translation>PostgreSQL-Bibliothek</translation>
    </message>
    <message>
        <source>SQLite library</source>
        <translation>SQLite-Bibliothek</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password of %1 for the library %2:</source>
        <translation>Passwort von %1 für die Bibliothek %2:</translation>
    </message>
    <message>
        <source>The library %1 could not be opened.

%2</source>
        <translation>Die Bibliothek %1 konnte nicht geöffnet werden.

%2</translation>
    </message>
    <message>
        <source>%1: the undo history was cleared.</source>
        <translation>%1: Der Rückgängig-Verlauf wurde geleert.</translation>
    </message>
    <message numerus="yes">
        <source>Opened the library %1: %n record(s).</source>
        <translation>
            <numerusform>Bibliothek %1 geöffnet: %n Eintrag.</numerusform>
            <numerusform>Bibliothek %1 geöffnet: %n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open or Create a Library</source>
        <translation>Bibliothek öffnen oder anlegen</translation>
    </message>
    <message>
        <source>RefMend libraries (*.refmend)</source>
        <translation>RefMend-Bibliotheken (*.refmend)</translation>
    </message>
    <message>
        <source>This record is not in the library yet.</source>
        <translation>Dieser Eintrag ist noch nicht in der Bibliothek.</translation>
    </message>
    <message>
        <source>Someone else had saved this record meanwhile; their changes and yours were both kept.</source>
        <translation>Jemand anderes hatte diesen Eintrag inzwischen gespeichert; die Änderungen der anderen Person und Ihre wurden beide übernommen.</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre Version</translation>
    </message>
    <message>
        <source>In the library</source>
        <translation>In der Bibliothek</translation>
    </message>
    <message>
        <source>Saved by %1</source>
        <translation>Gespeichert von %1</translation>
    </message>
    <message>
        <source>Someone else saved this record while you were editing it, and you both changed: %1. Choose, for each field, the version to keep. Cancel keeps yours where you both changed it, and theirs elsewhere.</source>
        <translation>Jemand anderes hat diesen Eintrag gespeichert, während Sie ihn bearbeitet haben, und Sie beide haben geändert: %1. Wählen Sie für jedes Feld die Version, die erhalten bleiben soll. „Abbrechen“ behält Ihre Version dort, wo Sie beide etwas geändert haben, und sonst die der anderen Person.</translation>
    </message>
    <message>
        <source>Someone Else Changed This Record</source>
        <translation>Jemand anderes hat diesen Eintrag geändert</translation>
    </message>
    <message>
        <source>&amp;New Window</source>
        <translation>&amp;Neues Fenster</translation>
    </message>
    <message>
        <source>Open another window, to work on several files at once</source>
        <translation>Ein weiteres Fenster öffnen, um an mehreren Dateien gleichzeitig zu arbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the selected records as formatted citations, and as records for another RefMend window</source>
        <translation>Die ausgewählten Einträge als formatierte Literaturangaben und als Einträge für ein anderes RefMend-Fenster kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;As</source>
        <translation>Kopieren &amp;als</translation>
    </message>
    <message>
        <source>&amp;Formatted Citation</source>
        <translation>&amp;Formatierte Literaturangabe</translation>
    </message>
    <message>
        <source>&amp;BibTeX</source>
        <translation>&amp;BibTeX</translation>
    </message>
    <message>
        <source>&amp;RIS</source>
        <translation>&amp;RIS</translation>
    </message>
    <message>
        <source>CSL-&amp;JSON</source>
        <translation>CSL-&amp;JSON</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Ein&amp;fügen</translation>
    </message>
    <message>
        <source>Select the records to copy.</source>
        <translation>Wählen Sie die zu kopierenden Einträge aus.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>%n Eintrag kopiert.</numerusform>
            <numerusform>%n Einträge kopiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no records in a format RefMend reads.</source>
        <translation>Die Zwischenablage enthält keine Einträge in einem Format, das RefMend lesen kann.</translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n record(s).</source>
        <translation>
            <numerusform>%n Eintrag eingefügt.</numerusform>
            <numerusform>%n Einträge eingefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Insert the records on the clipboard (BibTeX, RIS, EndNote, CSL-JSON, …) after the current record</source>
        <translation>Die Einträge aus der Zwischenablage (BibTeX, RIS, EndNote, CSL-JSON, …) nach dem aktuellen Eintrag einfügen</translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) of the file, shown while the rest is read</source>
        <translation>
            <numerusform>Der erste Eintrag der Datei, angezeigt, während der Rest gelesen wird</numerusform>
            <numerusform>Die ersten %n Einträge der Datei, angezeigt, während der Rest gelesen wird</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) are shown; reading the rest…</source>
        <translation>
            <numerusform>Der erste Eintrag wird angezeigt; der Rest wird gelesen…</numerusform>
            <numerusform>Die ersten %n Einträge werden angezeigt; der Rest wird gelesen…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Schreibe %1…</translation>
    </message>
    <message>
        <source>Writing</source>
        <translation>Schreiben</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n record(s) by %1…</source>
        <translation>
            <numerusform>Sortiere %n Eintrag nach %1…</numerusform>
            <numerusform>Sortiere %n Einträge nach %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n record(s)…</source>
        <translation>
            <numerusform>Durchsuche %n Eintrag…</numerusform>
            <numerusform>Durchsuche %n Einträge…</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1 was cancelled; the file was not changed.</source>
        <translation>Das Schreiben von %1 wurde abgebrochen; die Datei ist unverändert.</translation>
    </message>
</context>
<context>
    <name>refmend::MergeDialog</name>
    <message>
        <source>Merge Records</source>
        <translation>Einträge zusammenführen</translation>
    </message>
    <message>
        <source>Merge “%1”</source>
        <translation>„%1“ zusammenführen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Field&lt;/b&gt;</source>
        <translation>&lt;b&gt;Feld&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Record %1 (most complete)</source>
        <translation>Eintrag %1 (am vollständigsten)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Merged&lt;/b&gt;</source>
        <translation>&lt;b&gt;Zusammengeführt&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Combine the keywords of all records</source>
        <translation>Schlagwörter aller Einträge kombinieren</translation>
    </message>
    <message>
        <source>Other fields</source>
        <translation>Weitere Felder</translation>
    </message>
    <message>
        <source>Fields RefMend does not know are kept from every record</source>
        <translation>Felder, die RefMend nicht kennt, werden aus allen Einträgen übernommen</translation>
    </message>
    <message>
        <source>Choose, for each field, the record it comes from. The merged record replaces the first record; the others are removed. One undo step restores them all.</source>
        <translation>Wählen Sie für jedes Feld den Eintrag, aus dem es stammt. Der zusammengeführte Eintrag ersetzt den ersten; die anderen werden entfernt. Ein einziges Rückgängigmachen stellt alle wieder her.</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
</context>
<context>
    <name>refmend::PersonListModel</name>
    <message>
        <source>An institution or a name that must not be split into parts</source>
        <translation>Eine Institution oder ein Name, der nicht in Teile zerlegt werden darf</translation>
    </message>
    <message>
        <source>As written in the file: %1</source>
        <translation>Wie in der Datei geschrieben: %1</translation>
    </message>
    <message>
        <source>Family name, or the whole name of an institution</source>
        <translation>Nachname oder der vollständige Name einer Institution</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Particle</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Suffix</source>
        <translation>Zusatz</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
</context>
<context>
    <name>refmend::PersonRole</name>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Editor</source>
        <translation>Herausgeber</translation>
    </message>
    <message>
        <source>Series editor</source>
        <translation>Reihenherausgeber</translation>
    </message>
    <message>
        <source>Translator</source>
        <translation>Übersetzer</translation>
    </message>
</context>
<context>
    <name>refmend::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Family name first (Curie, Marie)</source>
        <translation>Nachname zuerst (Curie, Marie)</translation>
    </message>
    <message>
        <source>Given name first (Marie Curie)</source>
        <translation>Vorname zuerst (Marie Curie)</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>&amp;Names:</source>
        <translation>&amp;Namen:</translation>
    </message>
    <message>
        <source>To choose the columns, right-click the header of the table.</source>
        <translation>Um die Spalten auszuwählen, klicken Sie mit der rechten Maustaste auf den Tabellenkopf.</translation>
    </message>
    <message>
        <source>Same as the open file</source>
        <translation>Wie die geöffnete Datei</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Default &amp;format:</source>
        <translation>Standard&amp;format:</translation>
    </message>
    <message>
        <source>Default &amp;encoding:</source>
        <translation>Standard&amp;kodierung:</translation>
    </message>
    <message>
        <source>File &gt; Export &gt; Choose Format starts with these; the Export dialog can still change them.</source>
        <translation>Datei &gt; Exportieren &gt; Format wählen beginnt mit diesen Werten; im Exportdialog lassen sie sich noch ändern.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>A new language is used the next time RefMend starts.</source>
        <translation>Eine neue Sprache wird beim nächsten Start von RefMend verwendet.</translation>
    </message>
    <message>
        <source>Keep a &amp;backup of the previous version (name.bak) when saving</source>
        <translation>Beim Speichern eine Si&amp;cherung der vorherigen Version anlegen (name.bak)</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Backups to &amp;keep:</source>
        <translation>&amp;Anzahl der Sicherungen:</translation>
    </message>
    <message>
        <source>Saving refs.bib keeps the version it replaces as refs.bib.bak; with more than one, the older ones move to refs.bib.bak2, refs.bib.bak3, … and the oldest beyond the number is removed. Saving a file that did not change keeps the backups as they are.</source>
        <translation>Beim Speichern von refs.bib wird die ersetzte Version als refs.bib.bak aufbewahrt; bei mehr als einer Sicherung rücken die älteren zu refs.bib.bak2, refs.bib.bak3, … auf, und die älteste über der Anzahl wird entfernt. Beim Speichern einer unveränderten Datei bleiben die Sicherungen, wie sie sind.</translation>
    </message>
    <message>
        <source>&amp;Citation style:</source>
        <translation>&amp;Zitierstil:</translation>
    </message>
    <message>
        <source>Used by the detail view and by Copy.</source>
        <translation>Für die Detailansicht und für Kopieren.</translation>
    </message>
    <message>
        <source>As the file has them</source>
        <translation>Wie in der Datei</translation>
    </message>
    <message>
        <source>LaTeX commands (L{\&apos;u}cia), plain ASCII</source>
        <translation>LaTeX-Befehle (L{\&apos;u}cia), reines ASCII</translation>
    </message>
    <message>
        <source>UTF-8 characters (Lúcia)</source>
        <translation>UTF-8-Zeichen (Lúcia)</translation>
    </message>
    <message>
        <source>How accented and other non-ASCII letters are written in BibTeX and BibLaTeX files. &quot;As the file has them&quot; keeps a UTF-8 file in UTF-8 and writes new BibTeX text with LaTeX commands.</source>
        <translation>Wie Buchstaben mit Akzent und andere Nicht-ASCII-Zeichen in BibTeX- und BibLaTeX-Dateien geschrieben werden. „Wie in der Datei“ lässt eine UTF-8-Datei in UTF-8 und schreibt neuen BibTeX-Text mit LaTeX-Befehlen.</translation>
    </message>
    <message>
        <source>&amp;BibTeX characters:</source>
        <translation>BibTeX-&amp;Zeichen:</translation>
    </message>
</context>
<context>
    <name>refmend::ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Line:Column</source>
        <translation>Zeile:Spalte</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>&amp;Fix Selected</source>
        <translation>Ausgewählte &amp;beheben</translation>
    </message>
    <message>
        <source>Apply the fixes of the selected problems (one undo step)</source>
        <translation>Die Behebungen der ausgewählten Probleme anwenden (in einem Schritt rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Fix &amp;All</source>
        <translation>&amp;Alle beheben</translation>
    </message>
    <message>
        <source>Apply every fix the checks offer (one undo step)</source>
        <translation>Alle Behebungen anwenden, die die Prüfungen anbieten (in einem Schritt rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Einlesen</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <source>Reading (%1)</source>
        <translation>Einlesen (%1)</translation>
    </message>
    <message>
        <source>Checks (%1)</source>
        <translation>Prüfungen (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s), %1 with a fix</source>
        <translation>
            <numerusform>%n Problem, %1 behebbar</numerusform>
            <numerusform>%n Probleme, %1 behebbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::RecordDifference</name>
    <message>
        <source>(no title)</source>
        <translation>(ohne Titel)</translation>
    </message>
</context>
<context>
    <name>refmend::RecordEditor</name>
    <message>
        <source>Tag %1</source>
        <translation>Tag %1</translation>
    </message>
    <message>
        <source>No record selected.</source>
        <translation>Kein Eintrag ausgewählt.</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Add Field</source>
        <translation>Feld hinzufügen</translation>
    </message>
    <message>
        <source>Written in the file with the tag &quot;%1&quot;</source>
        <translation>In der Datei mit dem Tag „%1“ geschrieben</translation>
    </message>
    <message>
        <source>(as written: %1)</source>
        <translation>(wie geschrieben: %1)</translation>
    </message>
    <message>
        <source>Edit %1 fields</source>
        <translation>%1 Felder bearbeiten</translation>
    </message>
    <message>
        <source>Other Tag…</source>
        <translation>Anderes Tag…</translation>
    </message>
    <message>
        <source>Tag of the new field, as the format writes it:</source>
        <translation>Tag des neuen Feldes, wie das Format es schreibt:</translation>
    </message>
    <message>
        <source>The DOI should look like 10.1234/abc.</source>
        <translation>Die DOI sollte wie 10.1234/abc aussehen.</translation>
    </message>
    <message>
        <source>The URL should start with http:// or https://.</source>
        <translation>Die URL sollte mit http:// oder https:// beginnen.</translation>
    </message>
</context>
<context>
    <name>refmend::RecordTableModel</name>
    <message>
        <source>Unreadable record (line %1)</source>
        <translation>Unlesbarer Eintrag (Zeile %1)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>Autoren</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Jahr</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Journal / Container</source>
        <translation>Zeitschrift / Sammelwerk</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>DOI</source>
        <translation>DOI</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>refmend::RepairBar</name>
    <message>
        <source>Review…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>See each garbled text and its repair, and choose which to apply</source>
        <translation>Jeden Text mit Zeichensalat und seine Reparatur ansehen und auswählen, welche angewendet werden</translation>
    </message>
    <message>
        <source>Repair All</source>
        <translation>Alle reparieren</translation>
    </message>
    <message>
        <source>Repair every garbled text (one undo step)</source>
        <translation>Allen Zeichensalat reparieren (in einem Schritt rückgängig zu machen)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>1 field looks garbled (wrong character encoding).</source>
        <translation>1 Feld enthält anscheinend Zeichensalat (falsche Zeichenkodierung).</translation>
    </message>
    <message>
        <source>%1 fields look garbled (wrong character encoding).</source>
        <translation>%1 Felder enthalten anscheinend Zeichensalat (falsche Zeichenkodierung).</translation>
    </message>
</context>
<context>
    <name>refmend::RepairDialog</name>
    <message>
        <source>Repair Garbled Text</source>
        <translation>Zeichensalat reparieren</translation>
    </message>
    <message>
        <source>These texts look as if they were read with the wrong character encoding. Checked repairs are applied together and can be undone in one step.</source>
        <translation>Diese Texte sehen aus, als wären sie mit der falschen Zeichenkodierung gelesen worden. Die angekreuzten Reparaturen werden zusammen angewendet und lassen sich in einem Schritt rückgängig machen.</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>Reparieren</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Record %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Repair Checked</source>
        <translation>Angekreuzte reparieren</translation>
    </message>
    <message>
        <source>Check All</source>
        <translation>Alle ankreuzen</translation>
    </message>
    <message>
        <source>Check None</source>
        <translation>Keine ankreuzen</translation>
    </message>
</context>
<context>
    <name>refmend::ShortcutsDialog</name>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten suchen</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>refmend::schema</name>
    <message>
        <source>Cannot update the library&apos;s tables: %1 (%2)</source>
        <translation>Die Tabellen der Bibliothek können nicht aktualisiert werden: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot update the library&apos;s tables: %1</source>
        <translation>Die Tabellen der Bibliothek können nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>This database holds other tables: it is not a RefMend library</source>
        <translation>Diese Datenbank enthält andere Tabellen: Sie ist keine RefMend-Bibliothek</translation>
    </message>
    <message>
        <source>This library was made by a newer RefMend (schema %1; this one knows %2)</source>
        <translation>Diese Bibliothek wurde mit einer neueren RefMend-Version angelegt (Schema %1; diese Version kennt %2)</translation>
    </message>
</context>
</TS>
