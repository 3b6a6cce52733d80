#pragma once

#include "cleanup/mojibakescan.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace refmend {

// The collection-wide cleanup actions of `refmend-cli convert --clean=LIST` and of the
// Cleanup preview dialog. Each action previews a list of changes (before/after per field or
// person); the chosen changes are planned as RecordRepairs, which the GUI applies as one
// undo step. Every action leaves clean data alone, so running it twice changes nothing more.

//! How the pages action writes a range.
enum class PageRangeForm {
    Hyphen,        // "1-10"
    DoubleHyphen,  // "1--10" (BibTeX)
    EnDash         // "1–10"
};

//! How the names action writes a person (Person::raw); the parts are the same either way.
enum class NameForm {
    FamilyFirst,   // "Costa, Luís"
    GivenFirst     // "Luís Costa"
};

struct CleanupOptions {
    PageRangeForm pageRangeForm = PageRangeForm::Hyphen;
    NameForm nameForm = NameForm::FamilyFirst;
};

/*! \brief One action of the registry: a stable id (for the CLI) and translated texts. */
struct CleanupActionInfo {
    QString id;            // "mojibake", "names", ...
    QString displayName;   // "Repair mojibake"
    QString description;   // one sentence for a tooltip or `--help`
    bool suggestsOnly = false;   // its changes are flagged, never applied by "all"
};

//! Every action, in the order the pipeline applies them (mojibake first, titlecase last).
QList<CleanupActionInfo> cleanupActions();
QStringList cleanupActionIds();
bool isCleanupAction(QStringView id);

/*! \brief Parses "mojibake,doi" or "all" (also "all,titlecase") into action ids in
    pipeline order. Unknown ids set \a error (which lists the valid ids) and return {}. */
QStringList parseCleanupActionList(QStringView list, QString *error = nullptr);

/*! \brief One proposed edit: a field value or a person that an action would change. */
struct CleanupChange {
    enum class Kind {
        SetFieldValue,   // fields[where.fieldIndex].value becomes after
        SetPerson,       // persons(where.role)[where.personIndex] becomes person
        MoveToField      // after goes into a new targetKey field; where's field is removed
                         // when removeSource (it held nothing else), else kept
    };

    int recordIndex = -1;
    QString actionId;
    Kind kind = Kind::SetFieldValue;
    TextLocation where;
    QString label;              // "Author 3", "DOI", "DOI (from URL)"
    QString before;             // the text as it is now (also the staleness check)
    QString after;
    bool flaggedOnly = false;   // a suggestion (title case): shown unticked, never forced
    int line = 0;               // source position of the text, 0 when unknown
    int column = 0;

    Person person;              // SetPerson: the replacement (keeps line/column)
    FieldKey targetKey = FieldKey::Other;   // MoveToField
    bool removeSource = false;              // MoveToField
};

/*! \brief The changes \a actionId would make to \a records. Unknown ids give no changes.
    The names action reads the whole collection first: a compound family name written
    family-first somewhere ("García Márquez, Mary") settles how "Luís García Márquez"
    splits elsewhere. */
QList<CleanupChange> previewCleanup(const QList<Record> &records, QStringView actionId,
                                    const CleanupOptions &options = {});

//! The same for one record (\a recordIndex is copied into the changes; name hints come
//! from this record alone).
QList<CleanupChange> previewCleanupRecord(const Record &record, int recordIndex,
                                          QStringView actionId, const CleanupOptions &options = {});

/*! \brief Applies \a changes (all concerning \a record) and returns the new record. A change
    whose text is no longer \c before (edited since the preview) is skipped. */
Record applyCleanupChanges(const Record &record, const QList<CleanupChange> &changes,
                           int *appliedCount = nullptr);

/*! \brief Groups \a changes by record and applies them: one RecordRepair per record that
    changes, in record order. Flagged changes are applied too: pass only the ticked ones. */
QList<RecordRepair> planCleanup(const QList<Record> &records, const QList<CleanupChange> &changes);

// ---- Helpers shared with the integrity check and the duplicate finder ----

/*! \brief The bare, lower-case DOI in \a text ("https://doi.org/10.1000/ABC." ->
    "10.1000/abc"), or an empty string when \a text is not one DOI after stripping the
    resolver prefix, "doi:" and trailing punctuation. */
QString normaliseDoi(QStringView text);
//! True for "10.NNNN/suffix" (4-9 digit registrant, non-empty suffix without spaces).
bool isValidDoi(QStringView doi);
//! The first DOI inside free text ("see doi:10.1/x." or a doi.org URL), normalised; or empty.
QString findDoiIn(QStringView text);

/*! \brief An ISSN or ISBN found in a text: where it is and whether its checksum holds. */
struct StandardNumber {
    enum class Kind { Issn, Isbn10, Isbn13 };
    Kind kind = Kind::Isbn13;
    qsizetype start = 0;     // position of the number as written in the text
    qsizetype length = 0;
    QString compact;         // digits (and a final X), no separators
    bool valid = false;      // the check digit holds
};

//! Every run of 8, 10 or 13 digits (with "-" or " " separators, final X) in \a text.
QList<StandardNumber> findStandardNumbers(QStringView text);
bool isValidIssn(QStringView compact);
bool isValidIsbn10(QStringView compact);
bool isValidIsbn13(QStringView compact);

//! The record's Person written for comparisons: raw, or the display name when raw is empty.
QString personText(const Person &person);
//! "Author 3", "DOI", or an unknown field's tag.
QString fieldLocationLabel(const Field &field);
QString personLocationLabel(PersonRole role, int index);

} // namespace refmend
