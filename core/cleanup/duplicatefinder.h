#pragma once

#include "model/record.h"

#include <QList>
#include <QMap>
#include <QString>

namespace refmend {

// Finding records that describe the same work, and merging them.
// Two records are the same work when their normalised DOIs are equal, or when (neither has
// a DOI that contradicts the other and) they have the same year, the same folded family
// name of the first author, and titles that are equal after folding and dropping
// punctuation and spaces (or, below a similarity of 1.0, trigram-similar enough).
// Records are compared only inside blocks of equal year + first-author key, never all
// pairs, so 100,000 records take well under a second.

struct DuplicateOptions {
    //! 1.0: normalised titles must be equal; below: trigram Jaccard of the normalised
    //! titles must reach it (0.85 catches a changed word in a long title).
    double titleSimilarity = 1.0;
    bool matchDoi = true;
    bool matchTitle = true;
};

enum class DuplicateReason {
    SameDoi,
    SameTitle,      // normalised title, year and first author equal
    SimilarTitle    // the same, with titles similar above the threshold
};

/*! \brief Records that are one work. The first index is the one a merge keeps. */
struct DuplicateGroup {
    QList<int> recordIndexes;        // ascending
    DuplicateReason reason = DuplicateReason::SameDoi;   // the strongest link in the group
    double similarity = 1.0;         // the lowest title similarity that joined it
};

//! Groups of two or more records, ordered by their first index.
QList<DuplicateGroup> findDuplicates(const QList<Record> &records, const DuplicateOptions &options = {});

//! Folded title with everything but letters and digits removed ("The DNA: a Review." -> "thednaareview").
QString normalisedTitleKey(QStringView title);
//! Jaccard similarity of the character trigrams of two normalised title keys (1.0 when equal).
double titleSimilarity(QStringView keyA, QStringView keyB);

/*! \brief Which record of a group each part of the merged record comes from (positions in
    the list given to mergeRecords()). Anything not chosen takes the default. */
struct MergeChoices {
    QMap<FieldKey, int> fields;         // canonical key -> source position
    QMap<PersonRole, int> persons;      // role -> source position
    int type = -1;                      // record type from; -1: the primary record
};

/*! \brief Merges \a records (one group, in group order) into one record.
    The primary record is the most complete one (most non-empty fields and persons; the
    first on ties); it gives the id, type, source and position. Each canonical field comes
    from the chosen record, by default the primary, else the first record that has it;
    keywords by default are the union of all records'. Each person list comes from the
    chosen record, by default the longest list. Unknown (FieldKey::Other) fields are the
    union of all records' fields, deduplicated on tag and value. */
Record mergeRecords(const QList<Record> &records, const MergeChoices &choices = {});

//! The position mergeRecords() treats as primary.
int primaryRecordPosition(const QList<Record> &records);

/*! \brief One group's merge, as the GUI applies it in one undo step: the merged record
    replaces keepIndex, the records at removeIndexes are removed. */
struct DedupePlan {
    int keepIndex = -1;
    Record merged;
    QList<int> removeIndexes;     // ascending
    QString label;                // "Costa 2013: The treatment of liver metastases…"
    DuplicateReason reason = DuplicateReason::SameDoi;
};

DedupePlan planMerge(const QList<Record> &records, const DuplicateGroup &group,
                     const MergeChoices &choices = {});
QList<DedupePlan> planDedupe(const QList<Record> &records, const QList<DuplicateGroup> &groups);

//! Applies \a plans to \a records (replacements first, then removals from the back).
void applyDedupePlans(QList<Record> &records, const QList<DedupePlan> &plans);

//! "Costa 2013: The treatment of…", for reports and the merge dialog's title.
QString shortRecordLabel(const Record &record);
QString duplicateReasonDescription(DuplicateReason reason);

} // namespace refmend
