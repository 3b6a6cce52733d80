<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplyRepairsCommand</name>
    <message numerus="yes">
        <source>Repair %n garbled text(s)</source>
        <translation>
            <numerusform>Repair %n garbled text</numerusform>
            <numerusform>Repair %n garbled texts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CleanupCommand</name>
    <message numerus="yes">
        <source>%1 in %n record(s)</source>
        <translation>
            <numerusform>%1 in %n record</numerusform>
            <numerusform>%1 in %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindReplaceCommand</name>
    <message numerus="yes">
        <source>Replace “%1” with “%2” in %n record(s)</source>
        <translation>
            <numerusform>Replace “%1” with “%2” in %n record</numerusform>
            <numerusform>Replace “%1” with “%2” in %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FixProblemsCommand</name>
    <message numerus="yes">
        <source>Fix %n problem(s)</source>
        <translation>
            <numerusform>Fix %n problem</numerusform>
            <numerusform>Fix %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeRecordsCommand</name>
    <message numerus="yes">
        <source>Merge %n record(s) into “%1”</source>
        <translation>
            <numerusform>Merge %n record into “%1”</numerusform>
            <numerusform>Merge %n records into “%1”</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %n duplicate group(s)</source>
        <translation>
            <numerusform>Merge %n duplicate group</numerusform>
            <numerusform>Merge %n duplicate groups</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordMimeData</name>
    <message numerus="yes">
        <source>Drop %n Record(s)</source>
        <translation>
            <numerusform>Drop %n Record</numerusform>
            <numerusform>Drop %n Records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n Record(s)</source>
        <translation>
            <numerusform>Paste %n Record</numerusform>
            <numerusform>Paste %n Records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RenamePersonCommand</name>
    <message numerus="yes">
        <source>Rename to %1 in %n record(s)</source>
        <translation>
            <numerusform>Rename to %1 in %n record</numerusform>
            <numerusform>Rename to %1 in %n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::AuthorClusterModel</name>
    <message numerus="yes">
        <source>Written %n way(s): %1</source>
        <translation>
            <numerusform>Written %n way: %1</numerusform>
            <numerusform>Written %n ways: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::AuthorListEditor</name>
    <message numerus="yes">
        <source>Remove %n people</source>
        <translation>
            <numerusform>Remove %n person</numerusform>
            <numerusform>Remove %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n names</source>
        <translation>
            <numerusform>Paste %n name</numerusform>
            <numerusform>Paste %n names</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::AuthorsView</name>
    <message numerus="yes">
        <source>Apply to %n Record(s)</source>
        <translation>
            <numerusform>Apply to %n Record</numerusform>
            <numerusform>Apply to %n Records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renamed %n name(s) in %1 records.</source>
        <translation>
            <numerusform>Renamed %n name in %1 records.</numerusform>
            <numerusform>Renamed %n names in %1 records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::ChangePreviewModel</name>
    <message numerus="yes">
        <source>%1 (%2 of %n change(s))</source>
        <translation>
            <numerusform>%1 (%2 of %n change)</numerusform>
            <numerusform>%1 (%2 of %n changes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::CleanupDialog</name>
    <message numerus="yes">
        <source>%1 of %n change(s) checked.</source>
        <translation>
            <numerusform>%1 of %n change checked.</numerusform>
            <numerusform>%1 of %n changes checked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::CleanupPipeline</name>
    <message numerus="yes">
        <source>%n text(s) changed</source>
        <translation>
            <numerusform>%n text changed</numerusform>
            <numerusform>%n texts changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n suggestion(s) not applied (name the action to apply them)</source>
        <translation>
            <numerusform>%n suggestion not applied (name the action to apply it)</numerusform>
            <numerusform>%n suggestions not applied (name the action to apply them)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n group(s) merged</source>
        <translation>
            <numerusform>%n group merged</numerusform>
            <numerusform>%n groups merged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::CompareDialog</name>
    <message numerus="yes">
        <source>%1 on disk and the version open here differ in %n record(s).</source>
        <translation>
            <numerusform>%1 on disk and the version open here differ in %n record.</numerusform>
            <numerusform>%1 on disk and the version open here differ in %n records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::DocumentGuard</name>
    <message numerus="yes">
        <source>%n record(s) were kept for recovery.</source>
        <translation>
            <numerusform>%n record was kept for recovery.</numerusform>
            <numerusform>%n records were kept for recovery.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::DuplicateGroupModel</name>
    <message numerus="yes">
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n record)</numerusform>
            <numerusform>%1 (%n records)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::DuplicatesDialog</name>
    <message numerus="yes">
        <source>%n group(s), %1 records.</source>
        <translation>
            <numerusform>%n group, %1 records.</numerusform>
            <numerusform>%n groups, %1 records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::ExportDialog</name>
    <message numerus="yes">
        <source>Only the %n selected record(s)</source>
        <translation>
            <numerusform>Only the selected record</numerusform>
            <numerusform>Only the %n selected records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::FindReplaceDialog</name>
    <message numerus="yes">
        <source>%n match(es) in %1 texts.</source>
        <translation>
            <numerusform>%n match in %1 texts.</numerusform>
            <numerusform>%n matches in %1 texts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::HistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::LibrarySync</name>
    <message numerus="yes">
        <source>Offline: %n change(s) waiting for the library</source>
        <translation>
            <numerusform>Offline: %n change waiting for the library</numerusform>
            <numerusform>Offline: %n changes waiting for the library</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) updated from the library</source>
        <translation>
            <numerusform>%n record updated from the library</numerusform>
            <numerusform>%n records updated from the library</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::MainWindow</name>
    <message numerus="yes">
        <source>Imported %n record(s) from %1</source>
        <translation>
            <numerusform>Imported %n record from %1</numerusform>
            <numerusform>Imported %n records from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened the library %1: %n record(s).</source>
        <translation>
            <numerusform>Opened the library %1: %n record.</numerusform>
            <numerusform>Opened the library %1: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n record(s).</source>
        <translation>
            <numerusform>Copied %n record.</numerusform>
            <numerusform>Copied %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Pasted %n record(s).</source>
        <translation>
            <numerusform>Pasted %n record.</numerusform>
            <numerusform>Pasted %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) of the file, shown while the rest is read</source>
        <translation>
            <numerusform>The first record of the file, shown while the rest is read</numerusform>
            <numerusform>The first %n records of the file, shown while the rest is read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The first %n record(s) are shown; reading the rest…</source>
        <translation>
            <numerusform>The first record is shown; reading the rest…</numerusform>
            <numerusform>The first %n records are shown; reading the rest…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n record(s) by %1…</source>
        <translation>
            <numerusform>Sorting %n record by %1…</numerusform>
            <numerusform>Sorting %n records by %1…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Searching %n record(s)…</source>
        <translation>
            <numerusform>Searching %n record…</numerusform>
            <numerusform>Searching %n records…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>refmend::ProblemsPanel</name>
    <message numerus="yes">
        <source>%n problem(s), %1 with a fix</source>
        <translation>
            <numerusform>%n problem, %1 with a fix</numerusform>
            <numerusform>%n problems, %1 with a fix</numerusform>
        </translation>
    </message>
</context>
</TS>
