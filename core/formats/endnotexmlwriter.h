#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes EndNote XML: <xml><records><record>, each text in one
    <style face="normal" font="default" size="100%">, escaped by QXmlStreamWriter.
    Records read from EndNote XML keep their element paths (and so the elements RefMend has
    no key for) and are copied as read while unedited; when the records still cover their
    source file in order, the text around them (declaration, wrappers) is kept too, so an
    unedited file is written back byte for byte. Fields from other formats that EndNote XML
    has no element for go into <notes> as "tag: value" and are reported in the warnings. */
class EndNoteXmlWriter : public Writer
{
public:
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;
};

} // namespace refmend
