#pragma once

#include "cleanup/cleanupactions.h"
#include "cleanup/duplicatefinder.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace refmend {

// What `refmend-cli convert --clean=LIST --dedupe` runs: the chosen cleanup actions in
// pipeline order (mojibake, latex, nfc, whitespace, names, doi, pages, dates, isbn,
// titlecase), then duplicate merging, with counts for the report.

struct CleanupActionCount {
    QString actionId;
    int recordsChanged = 0;
    int textsChanged = 0;
    int flagged = 0;        // suggestions found but not applied (titlecase under "all")
};

/*! \brief One merge: the records (by their index in the input) that became one. */
struct CleanupMerge {
    QList<int> inputIndexes;      // ascending; the first is the one kept
    DuplicateReason reason = DuplicateReason::SameDoi;
    QString label;                // "Costa 2013: The treatment of…"
};

struct CleanupReport {
    QString error;                // unknown action ids (with the valid ones); nothing ran
    QList<CleanupActionCount> actions;
    QList<CleanupMerge> merges;
    bool deduplicated = false;    // dedupe ran (even if it merged nothing)
    int recordsBefore = 0;
    int recordsAfter = 0;

    bool ok() const { return error.isEmpty(); }
};

/*! \brief Runs \a actionIds (ids or "all"; see parseCleanupActionList()) over \a records in
    pipeline order, then, when \a dedupe, merges duplicate groups. Title-case suggestions are
    applied only when "titlecase" is named; under "all" they are only counted. Unknown ids
    leave \a records untouched and set CleanupReport::error. */
CleanupReport runCleanup(QList<Record> &records, const QStringList &actionIds,
                         const CleanupOptions &options = {}, bool dedupe = false,
                         const DuplicateOptions &duplicateOptions = {});

//! The report as lines for a terminal ("names: 12 records, 30 texts").
QStringList cleanupReportLines(const CleanupReport &report);

} // namespace refmend
