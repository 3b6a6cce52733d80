#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes Web of Science tagged text: the "FN"/"VR 1.0" header, each record from PT to
    ER (names as AU short forms and AF full names, continuation lines indented by three
    spaces), and EF at the end. A file read from Web of Science keeps its own header and end
    mark, and its unedited records byte for byte. Web of Science has no note field: fields it
    has no tag for are written under RefMend's N1 tag "tag: value" and reported as warnings. */
class WosWriter : public Writer
{
public:
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;
};

} // namespace refmend
