#pragma once

#include "record.h"

#include <QList>
#include <QStringList>

namespace refmend {

/*! \brief One difference between two versions of the same records (the file on disk and
    the document open in RefMend): a record only one of them has, or one both have but
    with different contents. */
struct RecordDifference {
    enum class Kind { OnlyInFirst, OnlyInSecond, Changed };
    Kind kind = Kind::Changed;
    int first = -1;              // row in the first list; -1 for OnlyInSecond
    int second = -1;             // row in the second list; -1 for OnlyInFirst
    // For Changed: what differs.
    bool typeChanged = false;
    QList<PersonRole> roles;     // person lists
    QList<FieldKey> fields;      // canonical fields (values, or the tag they are written with)
    QStringList otherTags;       // fields with no canonical key, by their tag
};

/*! \brief What differs between \a first and \a second.
    Records are paired when identical, then by citation key, DOI, title with year, and
    authors with year and type (each step among those still unpaired); paired records that differ are Changed, the rest are
    only in one list. Identical pairs are not listed. The result follows \a second's order,
    with the records only in \a first after them, in their order. */
QList<RecordDifference> compareRecords(const QList<Record> &first, const QList<Record> &second);

/*! \brief Merges two versions of one record made from the same \a base: each part (type,
    each person list, the values of each field key or unknown tag) comes from the side that
    changed it. Where both changed it differently, \a mine wins and the part is named in
    \a conflicts ("title", "author", "type", "tag:XY"). The result has \a theirs' field
    order, with \a mine's new fields after it, and \a theirs' id and source. */
Record mergeThreeWay(const Record &base, const Record &mine, const Record &theirs,
                     QStringList *conflicts = nullptr);

//! A one-line name for \a record in lists: "smith2013: Smith (2013) The title".
QString recordSummary(const Record &record);

} // namespace refmend
