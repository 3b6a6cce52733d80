#pragma once

#include "../model/collection.h"
#include "readprogress.h"
#include "writeprogress.h"

#include <QList>
#include <QString>

#include <optional>
#include <QStringView>

namespace refmend {

/*! \brief Reads one format from decoded text. Never throws: a broken record is reported as
    a Diagnostic and skipped, and the rest of the text still loads. */
class Reader
{
public:
    virtual ~Reader() = default;
    /*! Appends the records and diagnostics found in \a text to \a out. Records keep a
        shallow copy of \a text (SourceSpan) so that unedited ones are written back as read. */
    virtual void read(const QString &text, Collection &out) const = 0;

    /*! Where read() reports its position and learns that it should stop (between records,
        keeping what it has); null (the default) for neither. Not owned. */
    void setProgress(ReadProgress *progress) { m_progress = progress; }
    ReadProgress *progress() const { return m_progress; }

private:
    ReadProgress *m_progress = nullptr;
};

/*! \brief How BibTeX and BibLaTeX write characters outside ASCII.
    Auto: as the file being written had them (a record read from a UTF-8 .bib stays UTF-8;
    others: LaTeX commands for BibTeX, UTF-8 for BibLaTeX). Latex: LaTeX commands ({\'u}),
    an ASCII file. Unicode: the characters themselves (ú), for biber and UTF-8 LaTeX. */
enum class BibtexCharacters { Auto, Latex, Unicode };

//! "auto", "latex", "unicode".
QString bibtexCharactersId(BibtexCharacters characters);
std::optional<BibtexCharacters> bibtexCharactersFromId(QStringView id);

struct WriteOptions {
    LineEnding lineEnding = LineEnding::Lf;
    BibtexCharacters bibtexCharacters = BibtexCharacters::Auto;
    QString encoding;           // empty: UTF-8; else a name QStringEncoder knows ("windows-1252")
    bool writeBom = false;
    QStringList csvColumns;     // CSV: field ids to write; empty means the default set
    //! Collection::textWithoutRecords, written before the records in \c leadingTextFormat
    //! only (it is text of that format); another format reports it as not carried.
    QString leadingText;
    QString leadingTextFormat;
    //! Told of each record written, and able to stop the write (null: neither).
    WriteProgress *progress = nullptr;

    //! The line endings, encoding and BOM of \a collection's file, so that saving it in its
    //! own format changes nothing that was not edited.
    static WriteOptions sameAs(const Collection &collection);
};

//! "\n", "\r\n" or "\r".
QStringView lineEndingText(LineEnding ending);

//! Appends \a text, whose lines end in '\n', with its line ends converted to \a ending.
void appendWithLineEnding(QString &out, QStringView text, LineEnding ending);

/*! \brief Writes records in one format. Fields the format cannot carry are reported in
    \a warnings (never silently dropped) and kept in a note where the format has one. */
class Writer
{
public:
    virtual ~Writer() = default;
    virtual QString write(const QList<Record> &records, const WriteOptions &options,
                          QList<Diagnostic> *warnings = nullptr) const = 0;
};

} // namespace refmend
