#pragma once

#include "format.h"

namespace refmend {

/*! \brief Writes BibTeX ("bibtex": LaTeX for everything outside ASCII) or BibLaTeX
    ("biblatex": UTF-8 kept, journaltitle/date/location) as "@type{key,\n  name = {value},\n}".
    Records read from the same format are copied from their source when unedited; an edited
    one is written again with the fields nobody changed exactly as they were written (macros,
    braces, LaTeX). Records without a citation key get one (FamilyYear, unique). Fields and
    names BibTeX has no place for go into the note, with a warning. */
class BibTeXWriter : public Writer
{
public:
    explicit BibTeXWriter(bool biblatex = false) : m_biblatex(biblatex) {}
    QString write(const QList<Record> &records, const WriteOptions &options,
                  QList<Diagnostic> *warnings = nullptr) const override;

private:
    bool m_biblatex;
};

} // namespace refmend
