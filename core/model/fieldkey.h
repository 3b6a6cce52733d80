#pragma once

#include <QString>

namespace refmend {

/*! \brief Canonical field keys shared by every format.
    A field whose source tag maps to none of these is kept as FieldKey::Other with the
    tag verbatim, so no tag is ever dropped. */
enum class FieldKey {
    Other,            // unknown to RefMend: identified by Field::tag alone
    Title,
    ShortTitle,
    ContainerTitle,   // journal, book title, proceedings title
    SeriesTitle,
    Year,             // year of publication as written ("2013", "2013a", "in press")
    Date,             // fuller date as written ("2013/05/12", "May 12")
    Volume,
    Issue,
    Pages,
    Edition,
    Publisher,
    PublisherPlace,
    Doi,
    Url,
    Abstract,
    Keywords,         // one field per keyword (formats with repeated keyword tags)
    Note,
    Isbn,             // ISBN or ISSN as written
    Language,
    Label,
    CallNumber,
    AccessionNumber,
    AuthorAddress,
    Section,
    NumberOfVolumes,
    Database,
    Count
};

//! Translatable display label ("Journal / Container").
QString fieldKeyDisplayName(FieldKey key);
//! Stable identifier ("container-title"); used by the CLI and CSV headers.
QString fieldKeyId(FieldKey key);
FieldKey fieldKeyFromId(QStringView id);

} // namespace refmend
