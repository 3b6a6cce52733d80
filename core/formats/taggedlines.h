#pragma once

#include "format.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <functional>

namespace refmend {

/*! \brief What the line-tagged readers and writers (RIS, MEDLINE, Web of Science) share:
    walking a text line by line with offsets, interning tags, the source-span and diagnostic
    bookkeeping of a record, and the writers' loop that copies unedited records verbatim. */
namespace tagged {

//! One line of the text, without its line end.
struct Line {
    QStringView text;        // after a leading byte order mark, without the line end
    qsizetype start = 0;     // offset of text's first character
    qsizetype next = 0;      // offset of the following line (line end included)
    int number = 0;          // 1-based
    int columnOffset = 0;    // 1 when a byte order mark was skipped (files joined with cat)
    bool hasControlCharacters = false;   // other than tab and form feed
    bool hasNul = false;                 // U+0000: binary data, not text

    bool isBlank() const;
    //! 1-based column of text.at(index).
    int column(qsizetype index) const { return int(index) + 1 + columnOffset; }
};

//! Walks \a text line by line; LF, CRLF and lone CR all end a line.
class LineReader
{
public:
    //! \a text must outlive the reader.
    explicit LineReader(QStringView text) : m_text(text) {}
    bool next(Line &line);

private:
    QStringView m_text;
    qsizetype m_pos = 0;
    int m_number = 0;
};

bool isBlank(QStringView text);
//! \a text with its line breaks (and the spaces around them) made single spaces: a name
//! or a value that must stay on one line.
QString oneLine(const QString &text);
//! \a text without the whitespace at its end.
QStringView chopTrailingSpace(QStringView text);
//! Up to four ASCII characters packed into one number (0 for anything else), for tables of tags.
quint32 packTag(QStringView tag);
//! "1.", "12", "3." alone on a line: the record numbers some exports put before a record.
bool isRecordNumberLine(QStringView text);

/*! \brief Hands out one shared QString per short ASCII tag, so that a million fields do not
    allocate a million two-letter strings. One per parse; not thread-safe. */
class TagCache
{
public:
    const QString &intern(QStringView tag);

private:
    QHash<quint64, QString> m_tags;
    QString m_other;
};

/*! \brief parsePersonName() with a memory: files name the same people again and again, and
    the parts of a name already seen are shared rather than parsed and stored again. */
class NameCache
{
public:
    Person parse(QStringView text);

private:
    QHash<QString, Person> m_names;
};

/*! \brief Appends finished records to a Collection: sets their source spans so that every
    character of the text belongs to one record's before/text/after, and gives the record's
    diagnostics its index. */
class RecordSink
{
public:
    RecordSink(const QString &text, Collection &out, QString formatId);

    //! A diagnostic about the record being read; its index is set when the record is added.
    void recordDiagnostic(Severity severity, int line, int column, const QString &message);
    //! A diagnostic about the text, not a record (text between records, empty file).
    void textDiagnostic(Severity severity, int line, int column, const QString &message);

    /*! Adds \a record, whose own text is [\a start, \a end); the text since the previous
        record becomes its before(). Returns its index in the collection. */
    int add(Record &&record, qsizetype start, qsizetype end);
    /*! Adds an unparsed record for [\a start, \a end) with an Error diagnostic. */
    int addUnparsed(int line, qsizetype start, qsizetype end, const QString &message);
    //! Gives the text after the last record to that record, and flushes diagnostics.
    void finish();

    int recordCount() const { return m_added; }
    const QString &text() const { return m_text; }

    //! Where the parser reports its position (null: nowhere); see proceed().
    void setProgress(ReadProgress *progress) { m_progress = progress; }
    //! Reports the parser's position \a pos in the text; false when the read was cancelled.
    bool proceed(qsizetype pos) const { return refmend::proceed(m_progress, pos, m_text.size()); }

private:
    void flush(int recordIndex);

    QString m_text;
    Collection &m_out;
    QString m_formatId;
    qsizetype m_previousEnd = 0;
    qsizetype m_firstIndex = 0;
    int m_added = 0;
    QList<Diagnostic> m_pending;
    ReadProgress *m_progress = nullptr;
};

/*! \brief Control characters in the lines of one record: NUL means binary data (the record
    is kept unparsed); any other is kept, with one warning per record. */
struct ControlCharacters {
    bool binary = false;
    bool warned = false;
    void check(const Line &line, RecordSink &sink);
    void reset() { binary = warned = false; }
};

//! Adds a warning about \a record (index \a recordIndex) that a writer could not place
//! \a field as it is; \a field names the tag or field for the loss summary.
void addWriteWarning(QList<Diagnostic> *warnings, int recordIndex, const QString &message,
                     const QString &field = QString());

/*! \brief One item of a record in the order a writer emits it: a field, or a person of a role.
    Built by orderedItems(). */
struct Item {
    const Field *field = nullptr;
    const Person *person = nullptr;
    PersonRole role = PersonRole::Author;
    int index = 0;            // index of the person in its role's list, or of the field
};

/*! Fields and persons merged in source order (by line and column), so that a regenerated
    record keeps its tags where they were; within each list the order is kept. Items with no
    position follow the one before them in their list; with none at all, persons come first. */
QList<Item> orderedItems(const Record &record);

/*! Person::textForWriting(), unless that is markup of the format it came from (BibTeX
    braces or commands): then Person::displayName(). */
QString plainNameForWriting(const Person &person);
/*! "Family, Given, Suffix" from the person: \c raw when it is already written family first
    and still parses to the same parts, else Person::displayName(). */
QString familyFirstName(const Person &person);
/*! A name as EndNote writes it (tagged and XML): a trailing comma marks a corporate author
    ("World Health Organization,", "GERMS SA,"), so that it is not read as a person. */
Person parseEndNoteName(const QString &text);
//! The text EndNote reads back as \a person: an institution that would read back as a
//! person's name gets the trailing comma.
QString endNoteNameText(const Person &person);
//! "J R" style initials of a given name ("Jean-Luc" -> "JL", "María José" -> "MJ").
QString initialsOf(QStringView given);

//! How many line ends stand between the last text of \a text and the first of \a next
//! ("\r\n" is one, also split between the two): 2 or more leave a blank line.
qsizetype lineEndsWhereTheyMeet(QStringView text, QStringView next);
//! Ends the last line of \a out and leaves one blank line before what follows, unless it
//! already ends that way. Nothing when \a out is empty. A last line that ends in a lone
//! "\r" gets its blank line even when \a ending is LF, which would otherwise join it.
void separateRecords(QString &out, LineEnding ending);

/*! \brief The writers' loop. A record read from \a formatId is written as its source
    before(), its text verbatim when pristine (else what \a generate writes), and its source
    after(); other records are generated, each after a blank line. \a generate writes with
    '\n' line ends; they are converted to options.lineEnding. */
using GenerateRecord = std::function<void(const Record &record, int index, QString &out)>;
QString writeRecords(const QList<Record> &records, const QString &formatId,
                     const WriteOptions &options, const GenerateRecord &generate);

} // namespace tagged
} // namespace refmend
