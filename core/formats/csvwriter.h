#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes CSV (RFC 4180): a header row of column ids, then one row per record.
    Columns are WriteOptions::csvColumns (field ids as fieldKeyId() gives them, plus
    "type", "authors", "editors", "translators", "series-editors", "year" and "id"), or
    defaultColumns() when that is empty. Repeated values are joined with "; ". */
class CsvWriter : public Writer
{
public:
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;

    static QStringList defaultColumns();
};

} // namespace refmend
