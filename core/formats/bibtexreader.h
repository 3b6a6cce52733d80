#pragma once

#include "format.h"

#include <QStringView>

namespace refmend {

/*! \brief Reads BibTeX and BibLaTeX: "@type{key, name = value, ...}" and "@type(...)".
    @string macros and '#' are resolved into the values; @string, @preamble, @comment and any
    text between entries are no records: they are kept as the text before the next record (or
    after the last), so an unedited file is written back byte for byte. Values are decoded
    from LaTeX (latexToUnicode()); url, doi, file and the like are taken as written. The
    citation key is a FieldKey::Label field tagged bibtex::kKeyTag. A broken entry becomes an
    unparsed record with an Error diagnostic, and reading resumes at the next line that starts
    with '@'. */
class BibTeXReader : public Reader
{
public:
    //! \a formatId is written into Record::sourceFormat ("bibtex" or "biblatex").
    explicit BibTeXReader(const QString &formatId = QStringLiteral("bibtex"));
    void read(const QString &text, Collection &out) const override;

private:
    QString m_formatId;
};

//! Confidence 0..100 that \a head is BibTeX: an "@type{" line before any other text.
int sniffBibTeX(QStringView head);

/*! \brief The records with what their crossref and xdata parents give them filled in, for
    display and export. Only fields and names the child lacks are added (a parent's title
    becomes the booktitle of an @inproceedings or @incollection); the records themselves are
    not changed, so saving writes the crossref back as it was. */
QList<Record> resolveCrossrefs(const QList<Record> &records);

} // namespace refmend
