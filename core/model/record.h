#pragma once

#include "fieldkey.h"
#include "person.h"
#include "recordtype.h"

#include <QList>
#include <QString>
#include <array>

namespace refmend {

/*! \brief One (key, value) pair of a record, in source order.
    \c tag is the tag as the source wrote it ("J" for EndNote %J, "JO" for RIS); for
    FieldKey::Other it is the field's only identity. */
struct Field {
    FieldKey key = FieldKey::Other;
    QString tag;
    QString value;
    int line = 0;     // 1-based position of the value in the source, 0 when unknown
    int column = 0;

    friend bool operator==(const Field &a, const Field &b)
    { return a.key == b.key && a.tag == b.tag && a.value == b.value; }
    friend bool operator!=(const Field &a, const Field &b) { return !(a == b); }
};

using RecordId = quint64;

/*! \brief Where a record stands in the text it was read from.
    Kept so that a record nobody edited is written back byte for byte (its line endings,
    spacing, tag order and macros), and so that the text between records (blank lines,
    comments) survives a save. The file's text is one implicitly shared QString for all its
    records, so this costs no copy. */
struct SourceSpan {
    QString file;             // the whole decoded text the record was read from
    qsizetype gapStart = 0;   // start of the text before the record (the previous one's end)
    qsizetype start = 0;      // the record's first character
    qsizetype end = 0;        // one past its last character, its final line end included
    qsizetype tailEnd = 0;    // == end, except on the last record: the end of the text
    size_t fingerprint = 0;   // Record::contentFingerprint() as read

    bool isValid() const { return !file.isNull(); }
    QStringView before() const { return QStringView(file).sliced(gapStart, start - gapStart); }
    QStringView text() const { return QStringView(file).sliced(start, end - start); }
    QStringView after() const { return QStringView(file).sliced(end, tailEnd - end); }
};

/*! \brief A citation: type, ordered fields and the person lists. Plain value type. */
class Record
{
public:
    RecordId id = 0;
    RecordType type = RecordType::Generic;
    QString sourceType;     // the type as the source wrote it ("Journal Article", "JOUR")
    QString sourceFormat;   // format id of the file it came from ("endnote"); tags are that format's
    QList<Field> fields;
    int line = 0;           // 1-based line where the record starts in its source
    SourceSpan source;      // its text in the source file, when read from one
    //! The reader could not make sense of this record: it has no fields, only its source
    //! text, which is shown, flagged and written back unchanged (never dropped).
    bool unparsed = false;

    //! First value of \a key, or an empty string.
    QString value(FieldKey key) const;
    QStringList values(FieldKey key) const;
    bool has(FieldKey key) const;
    //! Index of the first field with \a key (or, for Other, with \a tag), -1 if none.
    int indexOf(FieldKey key, QStringView tag = {}) const;
    //! Sets the first field with \a key; appends one (with \a tag) if there is none;
    //! removes it when \a value is empty.
    void setValue(FieldKey key, const QString &value, const QString &tag = {});

    const PersonList &persons(PersonRole role) const { return m_persons[size_t(role)]; }
    void setPersons(PersonRole role, const PersonList &list) { m_persons[size_t(role)] = list; }
    PersonList &personsRef(PersonRole role) { return m_persons[size_t(role)]; }
    const PersonList &authors() const { return persons(PersonRole::Author); }

    //! The four digits of the year (from Year, else Date), or empty.
    QString year() const;
    //! Authors in display form joined with "; ".
    QString authorsText() const;

    /*! \brief Records where the record stands in \a file: [\a start, \a end), with the text
        from \a gapStart before it. Call when the record is complete (takes its fingerprint). */
    void setSource(const QString &file, qsizetype gapStart, qsizetype start, qsizetype end);
    //! A hash of everything a writer writes: type, fields and persons (not ids or positions).
    size_t contentFingerprint() const;
    //! True when the record still reads as its source text, which a writer of the same
    //! format can then copy byte for byte.
    bool isPristine() const
    { return source.isValid() && source.fingerprint == contentFingerprint(); }

    friend bool operator==(const Record &a, const Record &b);
    friend bool operator!=(const Record &a, const Record &b) { return !(a == b); }

private:
    std::array<PersonList, size_t(PersonRole::Count)> m_persons;
};

} // namespace refmend
