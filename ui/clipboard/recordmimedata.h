#pragma once

#include "formats/citationformatter.h"
#include "model/record.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QMimeData;

namespace refmend {

class Document;

/*! \brief Records on the clipboard and in drags between windows.

    Copy and drag offer the formatted citations (text/plain, text/html) for other programs
    and the records themselves under MimeType for RefMend. Those bytes are the records written
    in their own format when they all came from one that RefMend writes (a record read from
    an EndNote file is carried as EndNote, and an unedited one byte for byte), so another
    RefMend window reads them back equal; otherwise they are CSL-JSON. FormatMimeType names
    the format. Paste and drop read MimeType first, else any text in a format RefMend reads. */
class RecordMimeData
{
    Q_DECLARE_TR_FUNCTIONS(RecordMimeData)
public:
    static const QString MimeType;         // "application/x-refmend-records"
    static const QString FormatMimeType;   // "application/x-refmend-records-format": a format id
    //! The pseudo format of Edit > Copy As > Formatted Citation.
    static const QString CitationFormatId; // "citation"

    //! Copy and drag: citations in \a style as text and HTML, and the records under MimeType.
    static QMimeData *create(const QList<Record> &records, CitationStyle style);
    /*! Edit > Copy As: the records as the text of \a formatId ("bibtex", "ris", "csl-json"),
        or, for CitationFormatId, the citations in \a style (text and HTML). Null for a
        format that has no writer. */
    static QMimeData *createAs(const QList<Record> &records, const QString &formatId,
                               CitationStyle style);

    //! The format the records travel in under MimeType (see the class comment).
    static QString carrierFormat(const QList<Record> &records);

    //! Whether \a data holds RefMend records (no parsing: for drag enter).
    static bool hasRecords(const QMimeData *data);
    /*! The records in \a data: those under MimeType, else the ones read from its text in
        whatever supported format it is (text that no reader understands gives none). */
    static QList<Record> records(const QMimeData *data);

    //! How records arrived, for the name of the undo step.
    enum Arrival { Paste, Drop };
    /*! Inserts the records of \a data before \a row of \a document (at the end when \a row
        is out of range) as one undo step. Returns how many; 0 inserts nothing. */
    static int insert(Document *document, int row, const QMimeData *data, Arrival arrival = Paste);
};

} // namespace refmend
