#pragma once

#include "../model/collection.h"
#include "../text/mojibakerepair.h"

#include <QList>

namespace refmend {

/*! \brief Where in a record a piece of text lives: a field or one person's name. */
struct TextLocation {
    int fieldIndex = -1;                     // index in Record::fields, or -1
    PersonRole role = PersonRole::Author;    // used when fieldIndex == -1
    int personIndex = -1;

    bool isPerson() const { return fieldIndex < 0; }
};

/*! \brief One garbled piece of text found in a collection, with its proposed repair. */
struct MojibakeFinding {
    int recordIndex = -1;
    TextLocation where;
    QString label;        // "Author 5", "Abstract"
    TextRepair repair;    // before/after of the whole text
    int line = 0;
    int column = 0;
};

//! Every field value and person name in \a records that proposeMojibakeRepair() would change.
QList<MojibakeFinding> scanForMojibake(const QList<Record> &records);

//! Applies \a findings (all concerning \a record) and returns the repaired record. Person
//! names are re-parsed from the repaired text.
Record applyMojibakeRepairs(const Record &record, const QList<MojibakeFinding> &findings);

/*! \brief One record's repairs, ready to apply (or to push as one undo command). */
struct RecordRepair {
    int recordIndex = -1;
    Record after;
    int repairedTexts = 0;   // findings that changed text (a stale finding changes nothing)
};

//! Groups \a findings by record and applies them; records that would not change are left out.
QList<RecordRepair> planMojibakeRepairs(const QList<Record> &records,
                                        const QList<MojibakeFinding> &findings);

//! Convenience: repairs every finding in \a records in place; returns how many changed.
int repairAllMojibake(QList<Record> &records);

} // namespace refmend
