#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes RIS: "TY  - JOUR", the names and fields, "ER  - ", a blank line between
    records. A record read from RIS keeps its type name and tags (where the tag still means
    the field's key) and, when unedited, its text byte for byte. Pages "12-34" are written as
    SP and EP. A field with no RIS tag is written under its own tag when that is a two-letter
    tag RIS gives no other meaning, and otherwise as an N1 note "tag: value"; both are
    reported as warnings. */
class RisWriter : public Writer
{
public:
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;
};

} // namespace refmend
