#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes CSV (RFC 4180): a header row of column ids, then one row per record.
    Columns are WriteOptions::csvColumns (field ids as fieldKeyId() gives them, plus
    "type", "authors", "editors", "translators", "series-editors", "year" and "id"), or
    defaultColumns() when that is empty. Repeated values are joined with "; ". The column
    "other" (last by default) holds, as "name: value" lines, every field and person list
    that no other column shows, so a CSV export loses nothing it was not asked to drop;
    each such field is reported in the warnings. */
class CsvWriter : public Writer
{
public:
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;

    static QStringList defaultColumns();
};

} // namespace refmend
