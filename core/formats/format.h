#pragma once

#include "../model/collection.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace refmend {

/*! \brief Reads one format from decoded text. Never throws: a broken record is reported as
    a Diagnostic and skipped, and the rest of the text still loads. */
class Reader
{
public:
    virtual ~Reader() = default;
    //! Appends the records and diagnostics found in \a text to \a out.
    virtual void read(QStringView text, Collection &out) const = 0;
};

struct WriteOptions {
    LineEnding lineEnding = LineEnding::Lf;
    QStringList csvColumns;     // CSV: field ids to write; empty means the default set
};

/*! \brief Writes records in one format. Fields the format cannot carry are reported in
    \a warnings (never silently dropped) and kept in a note where the format has one. */
class Writer
{
public:
    virtual ~Writer() = default;
    virtual QString write(const QList<Record> &records, const WriteOptions &options,
                          QList<Diagnostic> *warnings = nullptr) const = 0;
};

} // namespace refmend
