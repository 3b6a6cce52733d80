#pragma once

#include <QString>

namespace refmend {

/*! \brief The canonical kind of work a record describes.
    Each format maps its own type names onto these; the name the source used is kept
    beside it on the Record so that nothing is lost when a format has finer types. */
enum class RecordType {
    Generic,
    Article,          // journal, magazine or newspaper article
    Book,
    Chapter,          // book section
    ConferencePaper,
    Thesis,
    Report,
    WebPage,
    Dataset,
    Patent,
    Software,
    Count
};

//! Human-readable, translatable-at-UI name ("Journal Article").
QString recordTypeDisplayName(RecordType type);
//! Stable identifier used in files written by RefMend and by the CLI ("article").
QString recordTypeId(RecordType type);
RecordType recordTypeFromId(QStringView id);

} // namespace refmend
