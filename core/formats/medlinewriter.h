#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes MEDLINE (.nbib): "PMID- 123", "TI  - ...", values wrapped onto lines
    indented by six spaces, a blank line after each record. Each author is a FAU "Last, First"
    followed by its AU short form (the file's own, when the record came from MEDLINE and the
    name is unchanged), organisations are CN. A record read from MEDLINE keeps its tags and,
    unedited, its text byte for byte. Fields MEDLINE has no tag for go into a GN note
    "tag: value" and are reported as warnings. */
class MedlineWriter : public Writer
{
public:
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;
};

} // namespace refmend
