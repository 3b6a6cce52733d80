#pragma once

#include "format.h"

namespace refmend {

/*! \brief Reads EndNote tagged (Refer) text: "%0 Journal Article", "%A Name", ...
    Records end at a blank line or at a second non-empty %0; lines that are not tags continue
    the field before them. Records flattened onto one line (" %A " inside a tag line) are
    split back into tags. Unknown tags are kept as FieldKey::Other under their tag, and text
    before a record's first tag is kept as a %Z note (with a warning), so nothing is dropped. */
class EndNoteReader : public Reader
{
public:
    void read(const QString &text, Collection &out) const override;
};

} // namespace refmend
