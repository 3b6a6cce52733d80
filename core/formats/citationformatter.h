#pragma once

#include <QList>
#include <QString>

namespace refmend {

class Record;

//! The reference-list styles RefMend formats with its own templates (no CSL, no network).
enum class CitationStyle {
    Apa,                 // APA 7th edition
    Vancouver,           // ICMJE / NLM Citing Medicine
    ChicagoAuthorDate,   // Chicago Manual of Style 17th edition, author-date
    Count
};

//! Stable identifier kept in settings: "apa", "vancouver", "chicago-author-date".
QString citationStyleId(CitationStyle style);
//! \a id's style, or \a fallback for an unknown id.
CitationStyle citationStyleFromId(QStringView id, CitationStyle fallback = CitationStyle::Apa);
//! Translatable name for menus and combo boxes ("APA 7", "Vancouver", "Chicago author-date").
QString citationStyleDisplayName(CitationStyle style);

/*! \brief Formats a Record as one entry of a reference list in a built-in style.

    Titles are kept as written (no sentence or title case is applied); page ranges get an
    en dash; a DOI is written as https://doi.org/..., a URL only when there is no DOI.
    Each style's own rules decide name forms (initials, particles, suffixes, institutions),
    how many authors are listed before "et al." (APA: 20, then ". . ." and the last;
    Vancouver: 6; Chicago: 10, then the first 7) and which titles are italic (none in
    Vancouver). toHtml() is toText() with the field text escaped and italics as <i>; it
    never holds links or any other markup. */
class CitationFormatter
{
public:
    explicit CitationFormatter(CitationStyle style = CitationStyle::Apa) : m_style(style) {}

    CitationStyle style() const { return m_style; }
    void setStyle(CitationStyle style) { m_style = style; }

    QString toText(const Record &record) const;
    QString toHtml(const Record &record) const;

    //! One entry per record, each on its own line.
    QString toText(const QList<Record> &records) const;
    //! One <p> per record, in an HTML fragment (for the clipboard).
    QString toHtml(const QList<Record> &records) const;

    //! A piece of an entry: text, italic or not.
    struct Run {
        QString text;
        bool italic = false;
    };
    //! The entry as runs, from which toText() and toHtml() are made.
    QList<Run> runs(const Record &record) const;

private:
    CitationStyle m_style;
};

} // namespace refmend
