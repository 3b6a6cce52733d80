#pragma once

#include "record.h"
#include "../formats/diagnostic.h"

#include <QList>
#include <QString>

namespace refmend {

enum class LineEnding { Lf, CrLf, Cr };

/*! \brief The records of one file or library, with how that file was written and what
    reading it found wrong. */
struct Collection {
    QList<Record> records;
    QString sourcePath;
    QString formatId;              // "endnote", "csl-json", ...
    QString encoding;              // name of the decoding used ("UTF-8", "GB18030", ...)
    bool hadBom = false;
    LineEnding lineEnding = LineEnding::Lf;
    QList<Diagnostic> diagnostics;
    //! The text of a file in which no record was found (a BibTeX file of @string macros and
    //! comments): saved in its own format, it comes before the records, so it is not lost.
    QString textWithoutRecords;

    //! Gives every record without one a fresh id, unique in this collection.
    void assignIds();
    int indexOfId(RecordId id) const;
    bool hasErrors() const;
    //! The messages of the Error diagnostics, one per line (why a read found nothing).
    QString errorMessages() const;
};

} // namespace refmend
