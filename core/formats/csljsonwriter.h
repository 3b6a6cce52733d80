#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes CSL-JSON (the citeproc input format): an indented JSON array, one object
    per record. Fields CSL has no variable for go into "note" as "tag: value" lines and are
    reported in the warnings. */
class CslJsonWriter : public Writer
{
public:
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;
};

} // namespace refmend
