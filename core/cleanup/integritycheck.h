#pragma once

#include "cleanup/cleanupactions.h"
#include "formats/diagnostic.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace refmend {

// Checks behind the Problems panel, the live problems column and `refmend-cli check`.
// Each problem has a stable check id (listed by integrityChecks()) and, where one exists,
// a fix in the RecordRepair form the GUI applies as one undo step.

/*! \brief One problem found in one record. */
struct IntegrityProblem {
    int recordIndex = -1;
    Severity severity = Severity::Warning;
    QString checkId;          // "invalid-doi", "missing-field", ...
    TextLocation where;       // the field or person; fieldIndex and personIndex both -1: the record
    QString location;         // "DOI", "Author 3"; empty for the whole record
    QString message;          // one line, for `refmend-cli check`
    int line = 0;             // source position of the field or name (else the record), 0 when unknown
    int column = 0;
    std::optional<RecordRepair> fix;      // this problem's fix alone, ready to apply
    QList<CleanupChange> fixChanges;      // the same as changes, to merge with other fixes
    QString fixDescription;   // "Repair as \"Lúcia\"", shown on the fix button

    bool concernsRecord() const { return where.fieldIndex < 0 && where.personIndex < 0; }
    Diagnostic toDiagnostic() const;
    //! "file:12:4: warning: DOI \"x\" is not a DOI [invalid-doi]"
    QString toString(const QString &fileName) const;
};

struct IntegrityCheckInfo {
    QString id;
    QString displayName;   // translated
};

//! Every check, in the order checkRecord() runs them.
QList<IntegrityCheckInfo> integrityChecks();

struct IntegrityOptions {
    int currentYear = 0;          // 0: this year (years after currentYear + 2 are suspect)
    QStringList disabledChecks;   // check ids to skip
};

//! Every problem in \a records, by record, then by source position (else in check order).
QList<IntegrityProblem> checkIntegrity(const QList<Record> &records, const IntegrityOptions &options = {});

/*! \brief The checks that need only \a record (for the live column). Duplicate citation keys
    and the collection-wide hints (NFC mixing, family names known from other records) need
    checkIntegrity(). */
QList<IntegrityProblem> checkRecord(const Record &record, int recordIndex, const IntegrityOptions &options = {});

//! The fixes of \a problems (the ones that have one), merged per record, in record order;
//! fixes of the same text after the first are stale and skipped.
QList<RecordRepair> planIntegrityFixes(const QList<Record> &records, const QList<IntegrityProblem> &problems);

} // namespace refmend
