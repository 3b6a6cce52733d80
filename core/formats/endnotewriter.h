#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes EndNote tagged text: "%0 Type" first, then the people, then the fields in
    their order, one blank line between records; multi-line values go on continuation lines.
    Records read from EndNote keep their own tags, so an unedited file reads back the same.
    Fields from other formats that EndNote has no tag for are written as "%Z tag: value"
    notes and reported in the warnings. */
class EndNoteWriter : public Writer
{
public:
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;
};

} // namespace refmend
